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
pub(super) enum Tier {
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

/// `work` on each of `items`, in parts on every core: what it gives, in order.
fn each_on_every_core<T: Sync, R: Send>(
    items: &[T],
    work: impl Fn(&T) -> Option<R> + Sync,
) -> Vec<R> {
    let per_part = items.len().div_ceil(threads()).max(1);
    let parts = on_every_core(items.chunks(per_part).collect(), |part: &[T]| {
        part.iter().filter_map(&work).collect::<Vec<_>>()
    });
    parts.into_iter().flatten().collect()
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

    /// After a match just tightened from `tier`'s bound before (`key`: its group and that
    /// bound) came out below it: takes the matches alike after it (the same group and bound)
    /// to the same tier at once, on every core, when they are at least [`ALIKE`] (up to
    /// [`TOGETHER`]). Their bounds most likely come down as its did, so they all need it
    /// before any of them can rank, and one by one that is most of a keystroke ("kpi da" over
    /// 13,000 tasks of one phrase in a generated catalog: 13 ms). Fewer than that, they go one
    /// by one, and the key is remembered so as not to look again.
    fn take_alike(&mut self, index: &SearchIndex, tier: Tier, key: (u8, i64)) {
        if self.one_by_one == Some((tier, key)) {
            return;
        }
        let taken = match tier {
            Tier::Loose => true,
            Tier::Refined => self.tighten_alike(index, key),
            Tier::Exact => self.score_alike(index, key),
        };
        if !taken {
            self.one_by_one = Some((tier, key));
        }
    }

    /// The next matches by cheap bound while they are `key`, tightened (see
    /// [`Level::take_alike`]); whether there were enough.
    fn tighten_alike(&mut self, index: &SearchIndex, key: (u8, i64)) -> bool {
        let key_of = |at: &u32| {
            let m = &self.matches[*at as usize];
            (m.eval.group, i64::from(m.eval.bound))
        };
        let alike = self.by_bound[self.next_loose..]
            .iter()
            .take_while(|at| key_of(at) == key)
            .take(TOGETHER)
            .count();
        if alike < ALIKE {
            return false;
        }
        let run = &self.by_bound[self.next_loose..self.next_loose + alike];
        let (query, matches) = (&self.query, &self.matches);
        let tightened = each_on_every_core(run, |&at| {
            let hit = matches[at as usize].pending();
            let score = query.refined_bound(index, hit.item);
            debug_assert!(score <= hit.score, "{:?}", index.text(hit.item));
            Some(Pending {
                bound: First(Hit { score, ..hit }),
                tier: Tier::Refined,
            })
        });
        self.tightened.extend(tightened);
        self.next_loose += alike;
        self.effort.refined += alike;
        self.effort.together += alike;
        true
    }

    /// The tightened matches on top while they are `key`, scored exactly (see
    /// [`Level::take_alike`]); whether there were enough.
    fn score_alike(&mut self, index: &SearchIndex, key: (u8, i64)) -> bool {
        let mut alike = Vec::new();
        while let Some(pending) = self.tightened.peek() {
            let hit = pending.bound.0;
            if alike.len() == TOGETHER
                || pending.tier != Tier::Refined
                || (hit.group, hit.score) != key
            {
                break;
            }
            self.tightened.pop();
            alike.push(hit);
        }
        if alike.len() < ALIKE {
            let back = alike.into_iter().map(|hit| Pending {
                bound: First(hit),
                tier: Tier::Refined,
            });
            self.tightened.extend(back);
            return false;
        }
        let query = &self.query;
        let scored = each_on_every_core(&alike, |hit| {
            let score = query.replica_score(index, hit.item);
            debug_assert!(score.is_some(), "{:?}", index.text(hit.item));
            Some(Pending {
                bound: First(Hit {
                    score: score?,
                    ..*hit
                }),
                tier: Tier::Exact,
            })
        });
        self.effort.replica_calls += alike.len();
        self.effort.together += alike.len();
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
                    if score < next.score {
                        self.take_alike(index, tier, (next.group, next.score));
                    }
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
