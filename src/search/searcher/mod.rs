//! The search state the TUI keeps between keystrokes. It remembers the results of the queries
//! typed so far, so a query that only grows looks only at the previous matches and a backspace
//! returns a remembered result; and it ranks lazily, asking SkimMatcherV2 only about items that
//! can still reach the rows wanted.
//!
//! A role's names (title and alternate titles) are one hit: the best of them. So "nurse" lists
//! Registered Nurses once, not once for each of its hundred kinds of nurse.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashSet};
use std::ops::Range;

use super::query::{Evaluation, Query};
use super::{Class, Hit, Kind, Scope, SearchIndex};

mod broad;
mod parts;
mod ranking;
#[cfg(test)]
use broad::KEEP;
use broad::{BROAD_FROM, broad};
use parts::{Parts, evaluate_ids, in_parts, order_by_bound, scattered, warm_ahead};
#[cfg(test)]
use parts::{name_support, other_names};
#[cfg(test)]
use ranking::ALIKE;
use ranking::{Pending, Tier};

/// Results kept for backspacing. The oldest (broadest) go first; memory stays bounded
/// (about 20 bytes a match) and dropping one only costs a rescan if the user backspaces that far.
const MAX_LEVELS: usize = 24;

/// The order of results: best group (class, then kind) first, then best score, then the more
/// salient item, then catalog order.
pub fn rank(a: &Hit, b: &Hit) -> Ordering {
    (b.group.cmp(&a.group))
        .then(b.score.cmp(&a.score))
        .then(b.salience.cmp(&a.salience))
        .then(a.item.cmp(&b.item))
}

/// A hit ordered for a max-heap: the greatest is the one [`rank`] puts first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct First(Hit);

impl Ord for First {
    fn cmp(&self, other: &Self) -> Ordering {
        rank(&other.0, &self.0)
    }
}

impl PartialOrd for First {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// How much work the last query took, for tests and measurements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Effort {
    /// Items the prefilter looked at.
    pub candidates: usize,
    /// Matches whose cheap bound was tightened (see `bound.rs`).
    pub refined: usize,
    /// Items whose exact score our copy of skim's computation worked out.
    pub replica_calls: usize,
    /// Items SkimMatcherV2 scored.
    pub skim_calls: usize,
    /// Of those tightened or scored exactly, how many together with others alike, on every
    /// core ([`ALIKE`]).
    pub together: usize,
}

/// A match as a narrower query needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Match {
    item: u32,
    salience: u8,
    eval: Evaluation,
}

impl Match {
    /// Item `item` as a match of `query`, if it is one (a name's salience is set with its
    /// role's other names, in `parts::name_support`).
    fn of(index: &SearchIndex, query: &Query, item: u32) -> Option<Match> {
        Some(Match {
            item,
            salience: index.meta(item).salience,
            eval: query.evaluate(index, item)?,
        })
    }

    /// The match as a hit keyed by its cheap bound.
    fn pending(&self) -> Hit {
        Hit {
            item: self.item,
            score: self.eval.bound.into(),
            group: self.eval.group,
            salience: self.salience,
        }
    }
}

/// The results of one query.
///
/// Every match is in exactly one of three places. Pending: not scored by skim, known by an
/// upper bound of its score: the cheap bound for those still in `by_bound` from `next_loose`
/// on, a tighter one for those in `tightened`. Scored: skim's score is known, but a pending
/// match could still beat it. Ranked: in final order. A scored hit is final once it ranks
/// before the best pending bound, since a pending match scores at most its bound.
#[derive(Debug, Clone)]
struct Level {
    query: Query,
    scope: Scope,
    /// Every match, in catalog order: where a narrower query starts. (A pruned level holds only
    /// the matches kept, each group's in catalog order, and starts narrower queries from
    /// `pruned.ids`.)
    matches: Vec<Match>,
    matched: usize,
    /// Positions in `matches`, best cheap bound first, ties in catalog order.
    by_bound: Vec<u32>,
    next_loose: usize,
    tightened: BinaryHeap<Pending>,
    scored: BinaryHeap<First>,
    ranked: Vec<Hit>,
    /// Roles with a name among `ranked`: their other names are left out.
    named: HashSet<usize>,
    /// A tier and the group and bound before it of matches found too few to take to that tier
    /// together ([`Level::take_alike`]), so it does not look again.
    one_by_one: Option<(Tier, (u8, i64))>,
    effort: Effort,
    /// Set when `matches` holds only the matches that can rank among the first hits (a broad
    /// keystroke, see [`broad`]).
    pruned: Option<Pruned>,
}

/// What a level whose `matches` were pruned keeps instead of the rest.
#[derive(Debug, Clone)]
struct Pruned {
    /// Every match's item, in catalog order: where a narrower query starts, and what is
    /// evaluated again when ranking goes deeper than `reach`.
    ids: Vec<u32>,
    /// How many hits rank exactly as they would with every match: all of the best groups'.
    reach: usize,
}

impl Level {
    /// A level of `matches` whose names have their support already (`Parts`).
    fn new(query: Query, scope: Scope, parts: Parts, candidates: usize) -> Level {
        let Parts {
            matches,
            others,
            pruned,
        } = parts;
        let total = pruned.as_ref().map_or(matches.len(), |p| p.ids.len());
        Level {
            query,
            scope,
            matched: total - others,
            pruned,
            by_bound: order_by_bound(&matches),
            next_loose: 0,
            matches,
            tightened: BinaryHeap::new(),
            scored: BinaryHeap::new(),
            ranked: Vec::new(),
            named: HashSet::new(),
            one_by_one: None,
            effort: Effort {
                candidates,
                ..Effort::default()
            },
        }
    }

    /// Every item in scope, in catalog order, a role's other names left out: the result of the
    /// empty query, ranked already. (Its matches, for narrowing, hold every item.)
    fn everything(query: Query, scope: Scope, index: &SearchIndex, items: Vec<u32>) -> Level {
        let ranked: Vec<Hit> = items
            .iter()
            .filter(|&&id| index.also_called(id).is_none())
            .map(|&item| Hit {
                item,
                score: 0,
                group: 0,
                salience: 0,
            })
            .collect();
        Level {
            query,
            scope,
            matched: ranked.len(),
            ranked,
            effort: Effort {
                candidates: items.len(),
                ..Effort::default()
            },
            matches: Vec::new(),
            by_bound: Vec::new(),
            next_loose: 0,
            tightened: BinaryHeap::new(),
            scored: BinaryHeap::new(),
            named: HashSet::new(),
            one_by_one: None,
            pruned: None,
        }
    }

    /// Makes `matches` hold every match again, if they were pruned and `n` hits are wanted
    /// beyond the pruned ones' reach: the pruned level's ids are evaluated again, and ranking
    /// starts over (it gives the same order).
    fn complete(&mut self, index: &SearchIndex, n: usize) {
        let Some(pruned) = &self.pruned else {
            return;
        };
        if n <= pruned.reach {
            return;
        }
        let parts = evaluate_ids(index, &self.query, &pruned.ids, true);
        let effort = self.effort;
        *self = Level::new(self.query.clone(), self.scope, parts, effort.candidates);
        self.effort = effort;
    }
}

/// Incremental fuzzy search over a [`SearchIndex`]. Keep one per search box: a change of scope
/// starts afresh. Call [`Searcher::clear`] when the index is rebuilt.
#[derive(Debug, Clone, Default)]
pub struct Searcher {
    /// Results of earlier queries, broadest first; each narrows the one below it. The last one
    /// is the current result.
    levels: Vec<Level>,
}

impl Searcher {
    pub fn new() -> Searcher {
        Searcher::default()
    }

    /// Forgets remembered results (needed after the index changes).
    pub fn clear(&mut self) {
        self.levels.clear();
    }

    /// Runs `query` over the items in `scope` and returns how many match. The count is exact;
    /// ranking is left to [`Searcher::top`] and [`Searcher::page`], which do only what they must.
    pub fn search(&mut self, index: &SearchIndex, query: &str, scope: Scope) -> usize {
        let query = Query::parse(query);
        // Drop remembered results that the new query does not narrow (a backspace, an edit).
        while let Some(level) = self.levels.last() {
            if level.scope == scope && query.narrows(&level.query) {
                break;
            }
            self.levels.pop();
        }
        if let Some(level) = self.levels.last() {
            if level.query == query {
                return level.matched;
            }
        }
        let level = match self.levels.last() {
            // A pruned level kept every match's id: the narrower query is evaluated afresh on them.
            Some(Level {
                pruned: Some(pruned),
                ..
            }) => {
                let parts = evaluate_ids(index, &query, &pruned.ids, false);
                Level::new(query, scope, parts, pruned.ids.len())
            }
            // The empty query's level lists everything; a first term starts afresh.
            Some(base) if !base.query.is_empty() => {
                let changes = query.changes_from(&base.query);
                // A part begins at a match that is not a name of the role before it.
                let starts_part = |at: usize| {
                    let item = index.item(base.matches[at].item);
                    let before = index.item(base.matches[at - 1].item);
                    item.kind != Kind::Role || before.kind != Kind::Role || before.role != item.role
                };
                let ends = base.matches.first().zip(base.matches.last());
                let scattered = scattered(base.matches.len(), ends.map(|(a, b)| (a.item, b.item)));
                let parts = if base.matches.len() >= BROAD_FROM {
                    // Only after ranking a broad keystroke's every match (`complete`).
                    broad(
                        index,
                        &query,
                        base.matches.len(),
                        starts_part,
                        scattered,
                        |at| Some(base.matches[at].item),
                    )
                } else {
                    in_parts(index, base.matches.len(), starts_part, |part, matches| {
                        for at in part.clone() {
                            if scattered {
                                warm_ahead(index, &part, at, |at| Some(base.matches[at].item));
                            }
                            let m = &base.matches[at];
                            if let Some(eval) =
                                query.reevaluate(&base.query, &changes, index, m.item, m.eval)
                            {
                                matches.push(Match { eval, ..*m });
                            }
                        }
                    })
                };
                Level::new(query, scope, parts, base.matches.len())
            }
            _ => scan(index, query, scope),
        };
        if self.levels.len() == MAX_LEVELS {
            self.levels.remove(0);
        }
        self.levels.push(level);
        self.matched()
    }

    /// How many items matched the last query.
    pub fn matched(&self) -> usize {
        self.levels.last().map_or(0, |l| l.matched)
    }

    /// The work done for the last query so far (ranking more rows adds to it).
    pub fn effort(&self) -> Effort {
        self.levels.last().map_or(Effort::default(), |l| l.effort)
    }

    /// The last query, parsed (empty before the first search).
    pub fn query(&self) -> &Query {
        const EMPTY: &Query = &Query::EMPTY;
        self.levels.last().map_or(EMPTY, |l| &l.query)
    }

    /// The best `k` matches, best first (ties in catalog order).
    pub fn top(&mut self, index: &SearchIndex, k: usize) -> &[Hit] {
        self.page(index, 0..k)
    }

    /// Matches `range` of the ranked list (clamped to what matched), e.g. the rows on screen.
    /// `index` must be the one searched.
    pub fn page(&mut self, index: &SearchIndex, range: Range<usize>) -> &[Hit] {
        let Some(level) = self.levels.last_mut() else {
            return &[];
        };
        level.complete(index, range.end);
        level.rank_first(index, range.end);
        let end = range.end.min(level.ranked.len());
        &level.ranked[range.start.min(end)..end]
    }

    /// Every match of the last query, in final order: what `top(index, matched)` gives, but
    /// each match scored once by our exact copy of skim's computation (`replica.rs`, proved
    /// equal to skim by the property tests) instead of skim itself, which costs ~5× as much:
    /// for listing everything (`search --limit 0`), where most matches are never looked at.
    pub fn all(&mut self, index: &SearchIndex) -> &[Hit] {
        let Some(level) = self.levels.last_mut() else {
            return &[];
        };
        level.complete(index, usize::MAX);
        if level.ranked.len() < level.matched {
            let mut hits: Vec<Hit> = level
                .matches
                .iter()
                .filter_map(|m| {
                    let score = level.query.replica_score(index, m.item)?;
                    Some(Hit {
                        score,
                        ..m.pending()
                    })
                })
                .collect();
            level.effort.replica_calls += hits.len();
            hits.sort_unstable_by(rank);
            level.ranked.clear();
            level.named.clear();
            for hit in hits {
                level.finish(index, hit);
            }
            level.next_loose = level.by_bound.len();
            level.tightened.clear();
            level.scored.clear();
            level.matched = level.ranked.len();
        }
        &level.ranked
    }

    /// Char indices of item `id`'s text matched by the last query, for drawing a visible row.
    pub fn highlight(&self, index: &SearchIndex, id: u32) -> Vec<usize> {
        self.query().highlight(index, id)
    }
}

/// The first search of a query: every item in scope.
fn scan(index: &SearchIndex, query: Query, scope: Scope) -> Level {
    let items = match scope.role {
        Some(role) => index.role_items(role),
        None => 0..index.len() as u32,
    };
    let in_scope = |id: u32| scope.kind.is_none_or(|kind| index.kind(id) == kind);
    if query.is_empty() {
        let all = items.filter(|&id| in_scope(id)).collect();
        return Level::everything(query, scope, index, all);
    }
    let candidates = items.len();
    let first = items.start;
    // A part begins at an item that is not a role's other name.
    let starts_part = |at: usize| {
        let item = index.item(first + at as u32);
        item.kind != Kind::Role || item.index == 0
    };
    if candidates >= BROAD_FROM {
        let item = |at: usize| Some(first + at as u32).filter(|&item| in_scope(item));
        let parts = broad(index, &query, candidates, starts_part, false, item);
        return Level::new(query, scope, parts, candidates);
    }
    let parts = in_parts(index, candidates, starts_part, |part, matches| {
        for item in first + part.start as u32..first + part.end as u32 {
            if in_scope(item) {
                matches.extend(Match::of(index, &query, item));
            }
        }
    });
    Level::new(query, scope, parts, candidates)
}

/// A hit's salience: how many of its role's names matched (for a name; "taxi" is more likely
/// Taxi Drivers, with many names beginning so, than dispatchers with one), then its role's
/// employment level (0–7).
pub(super) fn salience(names: usize, employment: u8) -> u8 {
    let support = match names {
        0 | 1 => 0,
        n => (usize::BITS - (n - 1).leading_zeros()).min(7) as u8,
    };
    support * 8 + employment.min(7)
}

#[cfg(test)]
mod tests;
