//! Searching in parts on every core: the candidates split where no role's names are cut, each
//! part's matches found (and its role names' support set) on a thread of its own, the parts
//! joined in candidate order. (The broadest keystrokes go their own way: `broad.rs`.)

use super::broad::{BROAD_FROM, broad};
use super::*;

/// Fewest candidates a thread of its own is worth: below this, starting one costs more than
/// it saves, so small catalogs (the built-in ones) stay on one thread. Tests split their small
/// catalogs too, so every search test checks that the parts join into one pass's result.
pub(super) const MIN_PART: usize = if cfg!(test) { 256 } else { 32 * 1024 };

/// Items whose facts and texts are read ahead together ([`SearchIndex::warm`]) before a
/// keystroke evaluates them.
const WARM_BATCH: usize = 32;

/// Whether `count` items, ascending from `span.0` to `span.1`, lie scattered enough over the
/// corpus to be read ahead ([`warm_ahead`]): under three in four of the items they span.
/// Denser, the hardware's own read-ahead serves them, and reading ahead only adds work: at
/// 1.25 M items `pr` after `p` (83% of the items) takes 17 ms instead of 19–21, where `onb`
/// after `on` (69%) takes 9 instead of 12 with it.
pub(super) fn scattered(count: usize, span: Option<(u32, u32)>) -> bool {
    span.is_some_and(|(first, last)| count * 4 < ((last - first) as usize + 1) * 3)
}

/// Reads ahead, at each batch of candidates `part` that begins at `at` (where `item(at)` is the
/// candidate's item): the texts of this batch, whose facts the batch before read, and the facts
/// of the next, so each batch waits for one round of cache misses, not two.
pub(super) fn warm_ahead(
    index: &SearchIndex,
    part: &Range<usize>,
    at: usize,
    item: impl Fn(usize) -> Option<u32>,
) {
    if (at - part.start) % WARM_BATCH != 0 {
        return;
    }
    let this = at..part.end.min(at + WARM_BATCH);
    let next = this.end..part.end.min(this.end + WARM_BATCH);
    if at == part.start {
        index.warm(std::iter::empty(), this.clone().filter_map(&item));
    }
    index.warm(this.filter_map(&item), next.filter_map(&item));
}

/// The matches `find(part, out)` pushes for each part of candidates `0..candidates`, in order:
/// the parts are searched on every core ([`on_every_core`]) and joined in candidate order, so
/// the result is exactly what one pass over all candidates gives.
///
/// Each part's role names get their support ([`name_support`]) on its own thread: a part begins
/// only where `starts_part(candidate)` (never within one role's names), so each role's matched
/// names are all in one part.
pub(super) fn in_parts(
    index: &SearchIndex,
    candidates: usize,
    starts_part: impl Fn(usize) -> bool,
    find: impl Fn(Range<usize>, &mut Vec<Match>) + Sync,
) -> Parts {
    let found = on_every_core(split(candidates, starts_part), |part| {
        // Room for every candidate in the first part: the others are joined onto it without
        // regrowth, and unused room costs no pages.
        let room = if part.start == 0 {
            candidates
        } else {
            part.len()
        };
        let mut matches = Vec::with_capacity(room);
        find(part, &mut matches);
        let others = name_support(index, &mut matches);
        (matches, others)
    });
    let others = found.iter().map(|(_, others)| others).sum();
    let mut found = found.into_iter();
    let mut matches = found.next().map(|(matches, _)| matches).unwrap_or_default();
    for (part, _) in found {
        matches.extend_from_slice(&part);
    }
    Parts {
        matches,
        others,
        pruned: None,
    }
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

/// The matches of `query` among `ids` (items in catalog order), with their names' support set:
/// as a first search finds them, but only over these items. A broad keystroke (at least
/// [`BROAD_FROM`] ids) is pruned ([`broad`]) unless `every` match is wanted.
pub(super) fn evaluate_ids(index: &SearchIndex, query: &Query, ids: &[u32], every: bool) -> Parts {
    // A part begins at an item that is not a name of the role before it.
    let starts_part = |at: usize| {
        let item = index.item(ids[at]);
        let before = index.item(ids[at - 1]);
        item.kind != Kind::Role || before.kind != Kind::Role || before.role != item.role
    };
    let scattered = scattered(ids.len(), ids.first().copied().zip(ids.last().copied()));
    if !every && ids.len() >= BROAD_FROM {
        return broad(index, query, ids.len(), starts_part, scattered, |at| {
            Some(ids[at])
        });
    }
    in_parts(index, ids.len(), starts_part, |part, matches| {
        for at in part.clone() {
            if scattered {
                warm_ahead(index, &part, at, |at| Some(ids[at]));
            }
            matches.extend(Match::of(index, query, ids[at]));
        }
    })
}

/// Candidates `0..candidates` in parts of about an equal share of the cores each (at least
/// [`MIN_PART`]), each moved on to where `starts_part` allows.
pub(super) fn split(candidates: usize, starts_part: impl Fn(usize) -> bool) -> Vec<Range<usize>> {
    let per_part = candidates.div_ceil(threads()).max(MIN_PART).max(1);
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
    bounds.windows(2).map(|w| w[0]..w[1]).collect()
}

/// How many threads a keystroke's work is split over: the cores, up to 4 (always 4 in tests,
/// so they split their small catalogs).
pub(super) fn threads() -> usize {
    // Asked once: the standard library reads the cgroup's files for it on every call.
    static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    match cfg!(test) {
        true => 4,
        false => *THREADS
            .get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get().min(4))),
    }
}

/// `work` on each of `parts`, the first on this thread and the others on threads of their
/// own (there are at most 4, see [`split`]): the results in order.
pub(super) fn on_every_core<P: Send, T: Send>(
    parts: Vec<P>,
    work: impl Fn(P) -> T + Sync,
) -> Vec<T> {
    let mut parts = parts.into_iter();
    let Some(first) = parts.next() else {
        return Vec::new();
    };
    let work = &work;
    std::thread::scope(|scope| {
        let spawned: Vec<_> = parts.map(|part| scope.spawn(move || work(part))).collect();
        let mut done = vec![work(first)];
        for part in spawned {
            // A panic in a part is one in the search itself: pass it on.
            done.push(part.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        done
    })
}

/// The salience of a title that is the query: above every other name's (see [`salience`]).
const TITLE_IS_QUERY: u8 = 63;

/// The salience of role name `item` in `group`, one of `names` of its role that matched.
pub(super) fn name_salience(index: &SearchIndex, item: u32, group: u8, names: usize) -> u8 {
    // A title that is the query ("Area Manager") before other roles' other names that are:
    // the role a person names by its title is that one.
    let title_is_query = index.item(item).index == 0
        && group == crate::search::query::group(Class::Exact, Kind::Role);
    if title_is_query {
        TITLE_IS_QUERY
    } else {
        salience(names, index.meta(item).salience)
    }
}

/// Sets the salience of each match that is a role's name (see [`salience`]); `matches` are in
/// catalog order, so a role's names are together. Returns how many of them are a role's name
/// after a name of the same role, which fold into one hit (as [`other_names`] counts; one pass
/// instead of two saves ~1 M item look-ups on a broad keystroke at 1.25 M items).
pub(super) fn name_support(index: &SearchIndex, matches: &mut [Match]) -> usize {
    let mut others = 0;
    let mut start = 0;
    while start < matches.len() {
        // The kind first: it is beside the facts evaluating the match just read.
        if index.kind(matches[start].item) != Kind::Role {
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
        for m in &mut matches[start..end] {
            m.salience = name_salience(index, m.item, m.eval.group, end - start);
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
