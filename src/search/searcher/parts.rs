//! Searching in parts on every core: the candidates split where no role's names are cut, each
//! part's matches found (and its role names' support set) on a thread of its own, the parts
//! joined in candidate order, the broadest keystrokes pruned to what can reach the screen.

use super::*;

/// Fewest candidates a thread of its own is worth: below this, starting one costs more than
/// it saves, so small catalogs (the built-in ones) stay on one thread. Tests split their small
/// catalogs too, so every search test checks that the parts join into one pass's result.
pub(super) const MIN_PART: usize = if cfg!(test) { 256 } else { 32 * 1024 };

/// Fewest matches worth pruning (see [`join`]): a narrower query evaluates every term afresh
/// on a pruned level's ids, where it would re-evaluate only the changed term on its matches,
/// so only the broadest keystrokes (a first letter, a common second) are pruned, whose next
/// keystroke is one term anyway. Tests prune their small catalogs too.
pub(super) const PRUNE_FROM: usize = if cfg!(test) { 64 } else { 256 * 1024 };

/// Hits a pruned level still ranks exactly, at least: far more rows than a screen shows, so
/// scrolling rarely needs every match again.
pub(super) const KEEP: usize = if cfg!(test) { 12 } else { 1024 };

/// Items whose facts and texts are read ahead together ([`SearchIndex::warm`]) before a
/// keystroke evaluates them.
pub(super) const WARM_BATCH: usize = 16;

/// The matches `find(part, out)` pushes for each part of candidates `0..candidates`, in order:
/// the parts are searched on every core (up to 4), the first on this thread, and joined in
/// candidate order, so the result is exactly what one pass over all candidates gives. With
/// `prune`, only the matches that can rank among the first hits are kept ([`join`]).
///
/// Each part's role names get their support ([`name_support`]) on its own thread: a part begins
/// only where `starts_part(candidate)` (never within one role's names), so each role's matched
/// names are all in one part.
pub(super) fn in_parts(
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
pub(super) struct Parts {
    /// Every match, or, when `pruned` is set, the ones that can rank among its first `reach`.
    pub(super) matches: Vec<Match>,
    /// How many matches are a role's name after a name of the same role (see
    /// [`name_support`]), over every match.
    pub(super) others: usize,
    pub(super) pruned: Option<Pruned>,
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
pub(super) fn evaluate_ids(index: &SearchIndex, query: &Query, ids: &[u32], prune: bool) -> Parts {
    // A part begins at an item that is not a name of the role before it.
    let starts_part = |at: usize| {
        let item = index.item(ids[at]);
        let before = index.item(ids[at - 1]);
        item.kind != Kind::Role || before.kind != Kind::Role || before.role != item.role
    };
    in_parts(index, ids.len(), prune, starts_part, |part, matches| {
        for batch in ids[part].chunks(WARM_BATCH) {
            index.warm(batch.iter().copied());
            for &item in batch {
                if let Some(eval) = query.evaluate(index, item) {
                    let salience = index.meta(item).salience;
                    matches.push(Match {
                        item,
                        salience,
                        eval,
                    });
                }
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

/// The salience of a title that is the query: above every other name's (see [`salience`]).
const TITLE_IS_QUERY: u8 = 63;

/// Sets the salience of each match that is a role's name (see [`salience`]); `matches` are in
/// catalog order, so a role's names are together. Returns how many of them are a role's name
/// after a name of the same role, which fold into one hit (as [`other_names`] counts; one pass
/// instead of two saves ~1 M item look-ups on a broad keystroke at 1.25 M items).
///
/// Counts in `hits` each hit (a role's names folded into one, at its best group) by group.
pub(super) fn name_support(
    index: &SearchIndex,
    matches: &mut [Match],
    hits: &mut [u32; 256],
) -> usize {
    let mut others = 0;
    let mut start = 0;
    while start < matches.len() {
        // The kind first: it is beside the facts evaluating the match just read.
        if index.kind(matches[start].item) != Kind::Role {
            hits[matches[start].eval.group as usize] += 1;
            start += 1;
            continue;
        }
        let item = index.item(matches[start].item);
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
                && m.eval.group == crate::search::query::group(Class::Exact, Kind::Role);
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
pub(super) fn other_names(index: &SearchIndex, items: impl Iterator<Item = u32>) -> usize {
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
pub(super) fn order_by_bound(matches: &[Match]) -> Vec<u32> {
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
