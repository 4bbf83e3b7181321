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

/// A match not yet scored by skim, keyed by an upper bound of its score. Each time it comes
/// up, its bound is made tighter, and at last it is scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pending {
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
}

/// A match as a narrower query needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Match {
    item: u32,
    salience: u8,
    eval: Evaluation,
}

impl Match {
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
    /// Every match, in catalog order: where a narrower query starts.
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
    effort: Effort,
    /// Set when `matches` holds only the matches that can rank among the first hits (a broad
    /// keystroke, see [`join`]).
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
        let parts = evaluate_ids(index, &self.query, &pruned.ids, false);
        let effort = self.effort;
        *self = Level::new(self.query.clone(), self.scope, parts, effort.candidates);
        self.effort = effort;
    }

    /// The best pending match with a cheap bound, as a hit keyed by that bound.
    fn next_loose(&self) -> Option<First> {
        let m = &self.matches[*self.by_bound.get(self.next_loose)? as usize];
        Some(First(m.pending()))
    }

    /// Puts a hit in final order, unless its role has a better name there already.
    fn finish(&mut self, index: &SearchIndex, hit: Hit) {
        let item = index.item(hit.item);
        if item.kind != Kind::Role || self.named.insert(item.role) {
            self.ranked.push(hit);
        }
    }

    /// Ranks until `n` hits (or every match) are in final order.
    fn rank_first(&mut self, index: &SearchIndex, n: usize) {
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
                let parts = evaluate_ids(index, &query, &pruned.ids, true);
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
                let parts = in_parts(
                    index,
                    base.matches.len(),
                    true,
                    starts_part,
                    |part, matches| {
                        for m in &base.matches[part] {
                            if let Some(eval) =
                                query.reevaluate(&base.query, &changes, index, m.item, m.eval)
                            {
                                matches.push(Match { eval, ..*m });
                            }
                        }
                    },
                );
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
    let in_scope = |id: u32| scope.kind.is_none_or(|kind| index.item(id).kind == kind);
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
    let parts = in_parts(index, candidates, true, starts_part, |part, matches| {
        for item in first + part.start as u32..first + part.end as u32 {
            if !in_scope(item) {
                continue;
            }
            if let Some(eval) = query.evaluate(index, item) {
                let salience = index.meta(item).salience;
                matches.push(Match {
                    item,
                    salience,
                    eval,
                });
            }
        }
    });
    Level::new(query, scope, parts, candidates)
}

/// Fewest candidates a thread of its own is worth: below this, starting one costs more than
/// it saves, so small catalogs (the built-in ones) stay on one thread. Tests split their small
/// catalogs too, so every search test checks that the parts join into one pass's result.
const MIN_PART: usize = if cfg!(test) { 256 } else { 32 * 1024 };

/// Fewest matches worth pruning (see [`join`]): a narrower query evaluates every term afresh
/// on a pruned level's ids, where it would re-evaluate only the changed term on its matches,
/// so only the broadest keystrokes (a first letter, a common second) are pruned, whose next
/// keystroke is one term anyway. Tests prune their small catalogs too.
const PRUNE_FROM: usize = if cfg!(test) { 64 } else { 256 * 1024 };

/// Hits a pruned level still ranks exactly, at least: far more rows than a screen shows, so
/// scrolling rarely needs every match again.
const KEEP: usize = if cfg!(test) { 12 } else { 1024 };

/// The matches `find(part, out)` pushes for each part of candidates `0..candidates`, in order:
/// the parts are searched on every core (up to 4), the first on this thread, and joined in
/// candidate order, so the result is exactly what one pass over all candidates gives. With
/// `prune`, only the matches that can rank among the first hits are kept ([`join`]).
///
/// Each part's role names get their support ([`name_support`]) on its own thread: a part begins
/// only where `starts_part(candidate)` (never within one role's names), so each role's matched
/// names are all in one part.
fn in_parts(
    index: &SearchIndex,
    candidates: usize,
    prune: bool,
    starts_part: impl Fn(usize) -> bool,
    find: impl Fn(Range<usize>, &mut Vec<Match>) + Sync,
) -> Parts {
    // Asked once: the standard library reads the cgroup's files for it on every call.
    static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let threads = match cfg!(test) {
        true => 4,
        false => *THREADS
            .get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get().min(4))),
    };
    let per_part = candidates.div_ceil(threads).max(MIN_PART);
    let found = in_parts_of(index, candidates, per_part, starts_part, find);
    join(found, prune)
}

/// The matches of a keystroke, in candidate order, with their names' support set.
struct Parts {
    /// Every match, or, when `pruned` is set, the ones that can rank among its first `reach`.
    matches: Vec<Match>,
    /// How many matches are a role's name after a name of the same role (see
    /// [`name_support`]), over every match.
    others: usize,
    pruned: Option<Pruned>,
}

/// One part's matches, its count of names that fold ([`name_support`]), and how many hits
/// (names folded) each group has.
struct Found {
    matches: Vec<Match>,
    others: usize,
    hits: [u32; 256],
}

/// The matches of `query` among `ids` (items in catalog order), with their names' support set:
/// as a first search finds them, but only over these items.
fn evaluate_ids(index: &SearchIndex, query: &Query, ids: &[u32], prune: bool) -> Parts {
    // A part begins at an item that is not a name of the role before it.
    let starts_part = |at: usize| {
        let item = index.item(ids[at]);
        let before = index.item(ids[at - 1]);
        item.kind != Kind::Role || before.kind != Kind::Role || before.role != item.role
    };
    in_parts(index, ids.len(), prune, starts_part, |part, matches| {
        for &item in &ids[part] {
            if let Some(eval) = query.evaluate(index, item) {
                let salience = index.meta(item).salience;
                matches.push(Match {
                    item,
                    salience,
                    eval,
                });
            }
        }
    })
}

/// [`in_parts`] with parts of about `per_part` candidates, each moved on to where
/// `starts_part` allows: each part's matches, in order.
fn in_parts_of(
    index: &SearchIndex,
    candidates: usize,
    per_part: usize,
    starts_part: impl Fn(usize) -> bool,
    find: impl Fn(Range<usize>, &mut Vec<Match>) + Sync,
) -> Vec<Found> {
    let per_part = per_part.max(1);
    let mut bounds: Vec<usize> = vec![0];
    for mut at in (per_part..candidates).step_by(per_part) {
        at = at.max(bounds[bounds.len() - 1]);
        while at < candidates && !starts_part(at) {
            at += 1;
        }
        if at < candidates && at > bounds[bounds.len() - 1] {
            bounds.push(at);
        }
    }
    bounds.push(candidates);
    let mut parts = bounds.windows(2).map(|w| w[0]..w[1]);
    let Some(first) = parts.next() else {
        return Vec::new();
    };
    let find = &find;
    let search = move |part: Range<usize>, mut matches: Vec<Match>| {
        find(part, &mut matches);
        let mut hits = [0; 256];
        let others = name_support(index, &mut matches, &mut hits);
        Found {
            matches,
            others,
            hits,
        }
    };
    let search = &search;
    std::thread::scope(|scope| {
        let spawned: Vec<_> = parts
            .map(|part| scope.spawn(move || search(part.clone(), Vec::with_capacity(part.len()))))
            .collect();
        // Room for every candidate up front: the parts are joined onto it without regrowth,
        // and unused room costs no pages.
        let mut found = vec![search(first, Vec::with_capacity(candidates))];
        for part in spawned {
            // A panic in a part is one in the search itself: pass it on.
            found.push(part.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        found
    })
}

/// The parts' matches joined in order; with `prune`, only those that can rank among the
/// first [`KEEP`] hits or more when there are many ([`PRUNE_FROM`]): every match of the best
/// groups that hold `KEEP` hits between them (group ranks first, so no match of a worse group
/// can rank before them), the ids of all matches kept aside. A first letter at 1.25 M items
/// then keeps the role names that hold it instead of ~1 M matches to join and order.
fn join(found: Vec<Found>, prune: bool) -> Parts {
    let others = found.iter().map(|f| f.others).sum();
    let total: usize = found.iter().map(|f| f.matches.len()).sum();
    let cut = if prune && total >= PRUNE_FROM {
        let mut hits = [0usize; 256];
        for f in &found {
            for (sum, &n) in hits.iter_mut().zip(&f.hits) {
                *sum += n as usize;
            }
        }
        let lowest = hits.iter().position(|&n| n > 0).unwrap_or(0);
        let mut reach = 0;
        (lowest + 1..256)
            .rev()
            .find(|&group| {
                reach += hits[group];
                reach >= KEEP
            })
            .map(|group| (group as u8, reach))
    } else {
        None
    };
    let mut found = found.into_iter();
    let Some(Found { mut matches, .. }) = found.next() else {
        return Parts {
            matches: Vec::new(),
            others,
            pruned: None,
        };
    };
    let Some((best, reach)) = cut else {
        for f in found {
            matches.extend_from_slice(&f.matches);
        }
        return Parts {
            matches,
            others,
            pruned: None,
        };
    };
    let mut ids = Vec::with_capacity(total);
    let mut kept = Vec::new();
    for part in std::iter::once(matches).chain(found.map(|f| f.matches)) {
        ids.extend(part.iter().map(|m| m.item));
        kept.extend(part.iter().filter(|m| m.eval.group >= best));
    }
    Parts {
        matches: kept,
        others,
        pruned: Some(Pruned { ids, reach }),
    }
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

/// The salience of a title that is the query: above every other name's (see [`salience`]).
const TITLE_IS_QUERY: u8 = 63;

/// Sets the salience of each match that is a role's name (see [`salience`]); `matches` are in
/// catalog order, so a role's names are together. Returns how many of them are a role's name
/// after a name of the same role, which fold into one hit (as [`other_names`] counts; one pass
/// instead of two saves ~1 M item look-ups on a broad keystroke at 1.25 M items).
///
/// Counts in `hits` each hit (a role's names folded into one, at its best group) by group.
fn name_support(index: &SearchIndex, matches: &mut [Match], hits: &mut [u32; 256]) -> usize {
    let mut others = 0;
    let mut start = 0;
    while start < matches.len() {
        let item = index.item(matches[start].item);
        if item.kind != Kind::Role {
            hits[matches[start].eval.group as usize] += 1;
            start += 1;
            continue;
        }
        let same_role = |m: &Match| {
            let other = index.item(m.item);
            other.kind == Kind::Role && other.role == item.role
        };
        let end = start + matches[start..].iter().take_while(|m| same_role(m)).count();
        others += end - start - 1;
        let best = matches[start..end].iter().map(|m| m.eval.group).max();
        hits[best.unwrap_or(0) as usize] += 1;
        for m in &mut matches[start..end] {
            // A title that is the query ("Area Manager") before other roles' other names
            // that are: the role a person names by its title is that one.
            let title_is_query = index.item(m.item).index == 0
                && m.eval.group == super::query::group(Class::Exact, Kind::Role);
            m.salience = if title_is_query {
                TITLE_IS_QUERY
            } else {
                salience(end - start, index.meta(m.item).salience)
            };
        }
        start = end;
    }
    others
}

/// How many of `items` (in catalog order) are a role's name after a name of the same role:
/// they fold into one hit. The searcher counts them in [`name_support`]; the tests check that
/// both agree.
#[cfg(test)]
fn other_names(index: &SearchIndex, items: impl Iterator<Item = u32>) -> usize {
    let mut last_named = None;
    let mut others = 0;
    for id in items {
        let item = index.item(id);
        if item.kind == Kind::Role {
            if last_named == Some(item.role) {
                others += 1;
            }
            last_named = Some(item.role);
        }
    }
    others
}

/// Positions of `matches` (which are in catalog order) by their pending rank: group, then cheap
/// bound, then salience, all best first, ties in catalog order. A counting sort: groups,
/// bounds and saliences are small integers close together.
fn order_by_bound(matches: &[Match]) -> Vec<u32> {
    let bounds = matches.iter().map(|m| m.eval.bound);
    let groups = matches.iter().map(|m| m.eval.group);
    let (Some(low), Some(high)) = (bounds.clone().min(), bounds.max()) else {
        return Vec::new();
    };
    let (Some(low_group), Some(high_group)) = (groups.clone().min(), groups.max()) else {
        return Vec::new();
    };
    const SALIENCES: usize = 64;
    let span = high.checked_sub(low).and_then(|s| usize::try_from(s).ok());
    let slots = span.map(|span| (span + 1) * (high_group - low_group + 1) as usize * SALIENCES);
    let Some(slots) = slots.filter(|&s| s < 1 << 20) else {
        // Absurd queries (thousands of terms) spread bounds widely: sort instead.
        let mut order: Vec<u32> = (0..matches.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| {
            let (a, b) = (&matches[a as usize], &matches[b as usize]);
            rank(&a.pending(), &b.pending())
        });
        return order;
    };
    let span = (high - low) as usize + 1;
    let slot = |m: &Match| {
        let group = (high_group - m.eval.group) as usize;
        let bound = (high - m.eval.bound) as usize;
        let salience = SALIENCES - 1 - (m.salience as usize).min(SALIENCES - 1);
        (group * span + bound) * SALIENCES + salience
    };
    let mut starts = vec![0u32; slots + 1];
    for m in matches {
        starts[slot(m) + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut order = vec![0u32; matches.len()];
    for (position, m) in matches.iter().enumerate() {
        let next = &mut starts[slot(m)];
        order[*next as usize] = position as u32;
        *next += 1;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A broad keystroke at 1.25 M items writes ~1 M matches: each is kept at 20 bytes (it was
    /// 32 with a 64-bit bound and tiers), which the README's "Per keystroke" figures rely on.
    /// `name_support` counts the names that fold as `other_names` does, over every query's
    /// matches in a generated catalog (its roles have many names, some matching, some not).
    #[test]
    fn name_support_counts_the_names_that_fold() {
        let catalog = crate::search::tests::generated(40, 3);
        let index = SearchIndex::build(&catalog);
        let mut folded = 0;
        for query in ["a", "an", "man", "nurse", "o", "er", "zzq", "s t"] {
            let query = Query::parse(query);
            let mut matches: Vec<Match> = (0..index.len() as u32)
                .filter_map(|item| {
                    let eval = query.evaluate(&index, item)?;
                    Some(Match {
                        item,
                        salience: 0,
                        eval,
                    })
                })
                .collect();
            let expected = other_names(&index, matches.iter().map(|m| m.item));
            assert_eq!(
                name_support(&index, &mut matches, &mut [0; 256]),
                expected,
                "{query:?}"
            );
            folded += expected;
        }
        assert!(
            folded > 0,
            "no query matched two names of a role: the test checks nothing"
        );
    }

    /// A broad keystroke keeps only the matches of the groups that hold its first hits (and
    /// every match's id): the rows within reach rank as with every match, ranking deeper
    /// evaluates the ids again, and a narrower query (a letter, or a new term) starts from the
    /// ids. Everything as item-by-item scoring gives it.
    #[test]
    fn a_pruned_keystroke_ranks_and_narrows_like_every_item_one_by_one() {
        use crate::search::tests::brute_force;
        let catalog = crate::search::tests::generated(60, 30);
        let index = SearchIndex::build(&catalog);
        let mut pruned_any = false;
        for (first, next) in [
            ("p", "pr"),
            ("m", "ma"),
            ("e", "e s"),
            ("a", "ab"),
            ("s", "9"),
        ] {
            let expected = brute_force(&index, first, Scope::default());
            let mut searcher = Searcher::new();
            let matched = searcher.search(&index, first, Scope::default());
            assert_eq!(matched, expected.len(), "{first:?}");
            let level = searcher.levels.last().unwrap();
            if let Some(pruned) = &level.pruned {
                pruned_any = true;
                assert!(pruned.reach >= KEEP, "{first:?}: reach {}", pruned.reach);
                assert!(level.matches.len() < pruned.ids.len(), "{first:?}");
                let reach = pruned.reach;
                assert_eq!(searcher.top(&index, reach), &expected[..reach], "{first:?}");
                assert!(searcher.levels.last().unwrap().pruned.is_some());
            }
            // Narrowed from the pruned level, before ranking deeper.
            let narrower = brute_force(&index, next, Scope::default());
            let mut typed = searcher.clone();
            assert_eq!(typed.search(&index, next, Scope::default()), narrower.len());
            assert_eq!(typed.top(&index, usize::MAX), narrower, "{next:?}");
            // Deeper than its reach: every match again.
            assert_eq!(searcher.top(&index, usize::MAX), expected, "{first:?}");
            assert!(searcher.levels.last().unwrap().pruned.is_none());
            assert_eq!(searcher.all(&index), expected, "{first:?}");
        }
        assert!(
            pruned_any,
            "no keystroke was pruned: the test checks nothing"
        );
    }

    #[test]
    fn a_match_takes_twenty_bytes() {
        assert_eq!(std::mem::size_of::<Match>(), 20);
        assert_eq!(std::mem::size_of::<Evaluation>(), 12);
    }
}
