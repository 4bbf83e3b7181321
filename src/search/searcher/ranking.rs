//! Ranking a level's matches lazily, as deep as asked: each pending match is known by an
//! upper bound of its score, made tighter each time it comes up (the cheap bound, then
//! `bound.rs`'s refined one, then our exact copy of skim's computation), and scored by skim
//! last; a scored hit is final once it ranks before the best pending bound.

use super::parts::{on_every_core, threads};
use super::*;

/// Fewest matches alike in group and cheap bound that are tightened together
/// ([`Level::tighten_alike`]). Tests tighten small runs so.
pub(super) const ALIKE: usize = if cfg!(test) { 64 } else { 1024 };

/// Most matches tightened or scored together at once: a longer run is taken in such steps, so
/// a run of which only the first few were needed costs at most one step more (~2 ms).
const TOGETHER: usize = 4 * ALIKE;

/// A match not yet scored by skim, keyed by an upper bound of its score. Each time it comes
/// up, its bound is made tighter, and at last it is scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Pending {
    bound: First,
    tier: Tier,
}

/// How a pending match's bound was found, from the cheapest (given to every match on every
/// keystroke) to exact; each is at most the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tier {
    /// From where each term's first char is (`bound.rs`).
    Loose,
    /// From where the first two chars of each term are (`bound.rs`).
    Refined,
    /// Our copy of skim's computation (`replica.rs`).
    Exact,
}

impl Ord for Pending {
    fn cmp(&self, other: &Self) -> Ordering {
        self.bound.cmp(&other.bound)
    }
}

impl PartialOrd for Pending {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Level {
    /// The best pending match with a cheap bound, as a hit keyed by that bound.
    fn next_loose(&self) -> Option<First> {
        let m = &self.matches[*self.by_bound.get(self.next_loose)? as usize];
        Some(First(m.pending()))
    }

    /// Puts a hit in final order, unless its role has a better name there already.
    pub(super) fn finish(&mut self, index: &SearchIndex, hit: Hit) {
        let item = index.item(hit.item);
        if item.kind != Kind::Role || self.named.insert(item.role) {
            self.ranked.push(hit);
        }
    }

    /// Tightens at once, on every core, the next matches by cheap bound (up to [`TOGETHER`])
    /// when at least [`ALIKE`] of them share its group and bound and the first one's bound is
    /// not its tightened one: then most likely they all need tightening before any of them can
    /// rank (a bound of theirs stays above the best score until each is tightened), and one by
    /// one that is most of a keystroke ("kpi da" over 13,000 tasks of one phrase in a
    /// generated catalog: 13 ms). Returns whether it did.
    fn tighten_alike(&mut self, index: &SearchIndex) -> bool {
        let Some(&first) = self.by_bound.get(self.next_loose) else {
            return false;
        };
        let key = |at: u32| {
            let m = &self.matches[at as usize];
            (m.eval.group, m.eval.bound)
        };
        let alike = self.by_bound[self.next_loose..]
            .iter()
            .take_while(|&&at| key(at) == key(first))
            .take(TOGETHER)
            .count();
        if alike < ALIKE {
            return false;
        }
        // When the first one's bound holds, the others' likely do too: one at a time, few
        // need tightening before the first hits rank.
        let hit = self.matches[first as usize].pending();
        if self.query.refined_bound(index, hit.item) == hit.score {
            return false;
        }
        let run = &self.by_bound[self.next_loose..self.next_loose + alike];
        let per_part = run.len().div_ceil(threads());
        let (query, matches) = (&self.query, &self.matches);
        let tightened = on_every_core(run.chunks(per_part).collect(), |part: &[u32]| {
            let tighten = |&at: &u32| {
                let hit = matches[at as usize].pending();
                let score = query.refined_bound(index, hit.item);
                debug_assert!(score <= hit.score, "{:?}", index.text(hit.item));
                Pending {
                    bound: First(Hit { score, ..hit }),
                    tier: Tier::Refined,
                }
            };
            part.iter().map(tighten).collect::<Vec<_>>()
        });
        self.tightened.extend(tightened.into_iter().flatten());
        self.next_loose += alike;
        self.effort.refined += alike;
        self.effort.together += alike;
        true
    }

    /// With `next`, just taken from the tightened matches, scores exactly at once, on every
    /// core, the tightened matches (up to [`TOGETHER`]) that share its group and bound when they
    /// are at least [`ALIKE`] and `next` does not score its bound: as with
    /// [`Level::tighten_alike`], such a run most likely is all scored before any of it ranks.
    /// Returns whether it did.
    fn score_alike(&mut self, index: &SearchIndex, next: Hit) -> bool {
        let key = |hit: &Hit| (hit.group, hit.score);
        if self.few_alike == Some(key(&next)) {
            return false;
        }
        // As in `tighten_alike`: when the first one scores its bound, one at a time.
        if self.query.replica_score(index, next.item) == Some(next.score) {
            self.few_alike = Some(key(&next));
            return false;
        }
        let mut alike = vec![next];
        while let Some(pending) = self.tightened.peek() {
            if alike.len() == TOGETHER
                || pending.tier != Tier::Refined
                || key(&pending.bound.0) != key(&next)
            {
                break;
            }
            if let Some(pending) = self.tightened.pop() {
                alike.push(pending.bound.0);
            }
        }
        if alike.len() < ALIKE {
            self.few_alike = Some(key(&next));
            for hit in alike.drain(1..) {
                self.tightened.push(Pending {
                    bound: First(hit),
                    tier: Tier::Refined,
                });
            }
            return false;
        }
        let per_part = alike.len().div_ceil(threads());
        let query = &self.query;
        let scored = on_every_core(alike.chunks(per_part).collect(), |part: &[Hit]| {
            let score = |hit: &Hit| {
                let score = query.replica_score(index, hit.item);
                debug_assert!(score.is_some(), "{:?}", index.text(hit.item));
                Some(Pending {
                    bound: First(Hit {
                        score: score?,
                        ..*hit
                    }),
                    tier: Tier::Exact,
                })
            };
            part.iter().filter_map(score).collect::<Vec<_>>()
        });
        self.effort.replica_calls += alike.len();
        self.effort.together += alike.len();
        let scored: Vec<Pending> = scored.into_iter().flatten().collect();
        // Every tier implies skim's own test: none is lost (see `rank_first`).
        self.matched -= alike.len() - scored.len();
        self.tightened.extend(scored);
        true
    }

    /// Ranks until `n` hits (or every match) are in final order.
    pub(super) fn rank_first(&mut self, index: &SearchIndex, n: usize) {
        while self.ranked.len() < n {
            let loose = self.next_loose();
            let next = loose.max(self.tightened.peek().map(|p| p.bound));
            let take_scored = match (self.scored.peek(), next) {
                (Some(best), Some(next)) => *best > next,
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => return,
            };
            if take_scored {
                if let Some(First(hit)) = self.scored.pop() {
                    self.finish(index, hit);
                }
                continue;
            }
            let (First(next), tier) = match loose {
                Some(loose) if Some(loose) == next => {
                    if self.tighten_alike(index) {
                        continue;
                    }
                    self.next_loose += 1;
                    (loose, Tier::Loose)
                }
                _ => match self.tightened.pop() {
                    Some(pending) => (pending.bound, pending.tier),
                    None => return,
                },
            };
            let item = next.item;
            let (score, tier) = match tier {
                Tier::Loose => {
                    self.effort.refined += 1;
                    (Some(self.query.refined_bound(index, item)), Tier::Refined)
                }
                Tier::Refined => {
                    if self.score_alike(index, next) {
                        continue;
                    }
                    self.effort.replica_calls += 1;
                    (self.query.replica_score(index, item), Tier::Exact)
                }
                Tier::Exact => {
                    self.effort.skim_calls += 1;
                    let score = self.query.skim_score(index, item);
                    debug_assert!(
                        score.is_none_or(|s| s == next.score),
                        "replica differs from skim on {:?}",
                        index.text(item)
                    );
                    if let Some(score) = score {
                        self.scored.push(First(Hit { score, ..next }));
                        continue;
                    }
                    (None, Tier::Exact)
                }
            };
            match score {
                Some(score) => {
                    debug_assert!(
                        score <= next.score,
                        "a bound below the next for {:?}",
                        index.text(item)
                    );
                    self.tightened.push(Pending {
                        bound: First(Hit { score, ..next }),
                        tier,
                    });
                }
                None => {
                    // Every tier implies skim's own test (the letters in order), so this does
                    // not happen; if it did, the item simply would not be a match.
                    debug_assert!(
                        false,
                        "{:?} passed the tier test but skim does not match it",
                        index.text(item)
                    );
                    self.matched -= 1;
                }
            }
        }
    }
}
