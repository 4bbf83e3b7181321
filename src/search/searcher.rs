//! The search state the TUI keeps between keystrokes. It remembers the results of the queries
//! typed so far, so a query that only grows looks only at the previous matches and a backspace
//! returns a remembered result; and it ranks lazily, asking SkimMatcherV2 only about items that
//! can still reach the rows wanted.

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::ops::Range;

use super::query::{NO_RESUME, Query, Resume};
use super::{Hit, Scope, SearchIndex};

/// Results kept for backspacing. The oldest (broadest) go first; memory stays bounded
/// (about 16 bytes a match) and dropping one only costs a rescan if the user backspaces that far.
const MAX_LEVELS: usize = 24;

/// Below this many candidates a second thread costs more to start than it saves.
const PARALLEL_MIN: usize = 8_192;

/// The order of results: best score first, then catalog order.
pub fn rank(a: &Hit, b: &Hit) -> Ordering {
    b.score.cmp(&a.score).then(a.item.cmp(&b.item))
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
    /// Where the in-order test of the last term can resume when it grows.
    resume: Resume,
    /// The cheap upper bound of its score.
    bound: i64,
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
    effort: Effort,
}

impl Level {
    fn new(query: Query, scope: Scope, matches: Vec<Match>, candidates: usize) -> Level {
        Level {
            query,
            scope,
            matched: matches.len(),
            by_bound: order_by_bound(&matches),
            next_loose: 0,
            matches,
            tightened: BinaryHeap::new(),
            scored: BinaryHeap::new(),
            ranked: Vec::new(),
            effort: Effort {
                candidates,
                ..Effort::default()
            },
        }
    }

    /// Every item in scope, in catalog order: the result of the empty query, ranked already.
    fn everything(query: Query, scope: Scope, items: Vec<Hit>) -> Level {
        Level {
            query,
            scope,
            matched: items.len(),
            ranked: items.clone(),
            effort: Effort {
                candidates: items.len(),
                ..Effort::default()
            },
            matches: items
                .iter()
                .map(|hit| Match {
                    item: hit.item,
                    resume: NO_RESUME,
                    bound: 0,
                })
                .collect(),
            by_bound: Vec::new(),
            next_loose: 0,
            tightened: BinaryHeap::new(),
            scored: BinaryHeap::new(),
        }
    }

    /// The best pending match with a cheap bound, as a hit keyed by that bound.
    fn next_loose(&self) -> Option<First> {
        let m = &self.matches[*self.by_bound.get(self.next_loose)? as usize];
        Some(First(Hit {
            item: m.item,
            score: m.bound,
        }))
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
                    self.ranked.push(hit);
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
                        self.scored.push(First(Hit { item, score }));
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
                        bound: First(Hit { item, score }),
                        tier,
                    });
                }
                None => {
                    // The prefilter is skim's own test, so this does not happen; if it did,
                    // the item simply would not be a match.
                    debug_assert!(
                        false,
                        "{:?} passed the prefilter but did not match",
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
#[derive(Debug, Clone)]
pub struct Searcher {
    /// Results of earlier queries, broadest first; each narrows the one below it. The last one
    /// is the current result.
    levels: Vec<Level>,
    threads: usize,
}

impl Default for Searcher {
    fn default() -> Self {
        Searcher::new()
    }
}

impl Searcher {
    /// A searcher that scans on as many threads as the machine has cores.
    pub fn new() -> Searcher {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Searcher::with_threads(cores)
    }

    /// A searcher that scans on at most `threads` threads (1: only the caller's).
    pub fn with_threads(threads: usize) -> Searcher {
        Searcher {
            levels: Vec::new(),
            threads: threads.max(1),
        }
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
            Some(base) => {
                let changes = query.changes_from(&base.query);
                let matches =
                    collect_parallel(base.matches.len(), self.threads, |positions, out| {
                        for m in &base.matches[positions] {
                            let (item, before) = (m.item, (m.bound, m.resume));
                            if let Some((bound, resume)) =
                                query.rebound(&base.query, &changes, index, item, before)
                            {
                                out.push(Match {
                                    item,
                                    resume,
                                    bound,
                                });
                            }
                        }
                    });
                Level::new(query, scope, matches, base.matches.len())
            }
            None => scan(index, query, scope, self.threads),
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
        level.rank_first(index, range.end);
        let end = range.end.min(level.ranked.len());
        &level.ranked[range.start.min(end)..end]
    }

    /// Char indices of item `id`'s text matched by the last query, for drawing a visible row.
    pub fn highlight(&self, index: &SearchIndex, id: u32) -> Vec<usize> {
        self.query().highlight(index, id)
    }
}

/// The first search of a query: every item in scope.
fn scan(index: &SearchIndex, query: Query, scope: Scope, threads: usize) -> Level {
    let items = match scope.role {
        Some(role) => index.role_items(role),
        None => 0..index.len() as u32,
    };
    let in_scope = |id: u32| scope.kind.is_none_or(|kind| index.item(id).kind == kind);
    if query.is_empty() {
        let all = items
            .filter(|&id| in_scope(id))
            .map(|item| Hit { item, score: 0 });
        return Level::everything(query, scope, all.collect());
    }
    let (start, candidates) = (items.start, items.len());
    let matches = collect_parallel(candidates, threads, |positions, out| {
        for item in positions
            .map(|p| start + p as u32)
            .filter(|&id| in_scope(id))
        {
            if let Some((bound, resume)) = query.bound(index, item) {
                out.push(Match {
                    item,
                    resume,
                    bound,
                });
            }
        }
    });
    Level::new(query, scope, matches, candidates)
}

/// Positions of `matches` (which are in catalog order) by cheap bound, best first, ties in
/// catalog order: a counting sort, as bounds are small integers close together.
fn order_by_bound(matches: &[Match]) -> Vec<u32> {
    let bounds = matches.iter().map(|m| m.bound);
    let (Some(low), Some(high)) = (bounds.clone().min(), bounds.max()) else {
        return Vec::new();
    };
    let span = high.checked_sub(low).and_then(|s| usize::try_from(s).ok());
    let Some(span) = span.filter(|&s| s < 1 << 16) else {
        // Absurd queries (thousands of terms) spread bounds widely: sort instead.
        let mut order: Vec<u32> = (0..matches.len() as u32).collect();
        order.sort_unstable_by_key(|&i| (std::cmp::Reverse(matches[i as usize].bound), i));
        return order;
    };
    let slot = |bound: i64| (high - bound) as usize;
    let mut starts = vec![0u32; span + 2];
    for m in matches {
        starts[slot(m.bound) + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut order = vec![0u32; matches.len()];
    for (position, m) in matches.iter().enumerate() {
        let next = &mut starts[slot(m.bound)];
        order[*next as usize] = position as u32;
        *next += 1;
    }
    order
}

/// Runs `work` over `0..len` split into one contiguous part per thread (the caller's thread
/// takes the first), and concatenates what each part pushed.
fn collect_parallel<T: Send>(
    len: usize,
    threads: usize,
    work: impl Fn(Range<usize>, &mut Vec<T>) + Sync,
) -> Vec<T> {
    // Room for every candidate up front: no regrowth, and untouched capacity costs no pages.
    if threads <= 1 || len < PARALLEL_MIN {
        let mut out = Vec::with_capacity(len);
        work(0..len, &mut out);
        return out;
    }
    let part = len.div_ceil(threads);
    std::thread::scope(|s| {
        let work = &work;
        let others: Vec<_> = (1..threads)
            .map(|t| (t * part).min(len)..((t + 1) * part).min(len))
            .map(|range| {
                s.spawn(move || {
                    let mut out = Vec::with_capacity(range.len());
                    work(range, &mut out);
                    out
                })
            })
            .collect();
        let mut out = Vec::with_capacity(len);
        work(0..part.min(len), &mut out);
        for other in others {
            match other.join() {
                Ok(part) => out.extend(part),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        out
    })
}
