//! The broadest keystrokes: a first letter over a large catalog, or the next letter over its
//! matches (at 1.25 M items, about a million of them). Only a screenful of their hits is ever
//! looked at, so they keep every match's id (where the next keystroke starts) and group, 5
//! bytes instead of a 20-byte [`Match`], and make a `Match`, with a score bound and a
//! salience, only of those that can rank among the first hits.

use std::cmp::Reverse;
use std::ops::Range;

use super::parts::{name_salience, on_every_core, split, warm_ahead};
use super::*;

/// Fewest candidates that make a keystroke broad. Tests make the first letters over their
/// small catalogs broad too (and the keystrokes after them not).
pub(super) const BROAD_FROM: usize = if cfg!(test) { 512 } else { 256 * 1024 };

/// Hits a pruned level still ranks exactly, at least: far more rows than a screen shows, so
/// scrolling rarely needs every match again.
pub(super) const KEEP: usize = if cfg!(test) { 12 } else { 256 };

/// One part's matches: their ids and groups, how many of them are a role's name after a
/// name of the same role (as [`name_support`] counts), and how many hits (a role's names
/// folded into one, at its best group) each group has. (Storing each match's bound and
/// salience as well costs more in fresh memory than working them out again for the few kept.)
struct Sparse {
    ids: Vec<u32>,
    groups: Vec<u8>,
    others: usize,
    hits: [u32; 256],
}

impl Sparse {
    /// Counts a hit of `group`.
    fn hit(&mut self, group: Option<u8>) {
        if let Some(group) = group {
            self.hits[group as usize] += 1;
        }
    }
}

/// Where a broad keystroke's matches are cut: only those of `group` or better can rank among
/// the first `reach` hits.
#[derive(Debug, Clone, Copy)]
struct Cut {
    group: u8,
    reach: usize,
    /// How many of `group`'s hits rank among the first `reach`, of how many it has.
    need: usize,
    size: usize,
}

/// The matches of `query` among candidates `0..candidates`, where `item(at)` is candidate
/// `at`'s item (`None`: out of scope), in catalog order; parts begin where `starts_part`
/// allows (see [`in_parts`]). `scattered` candidates (the matches of an earlier keystroke)
/// have their facts and texts read ahead ([`warm_ahead`]).
///
/// Kept: the matches of the best groups that hold [`KEEP`] hits between them (group ranks
/// first, so no match of a worse group can rank before them), and of the worst of those
/// groups, when it is big, only those that can rank among the first [`KEEP`]
/// ([`last_needed`]); of the others, only their ids. Ranking deeper than that evaluates the
/// ids again ([`Level::complete`]).
pub(super) fn broad(
    index: &SearchIndex,
    query: &Query,
    candidates: usize,
    starts_part: impl Fn(usize) -> bool,
    scattered: bool,
    item: impl Fn(usize) -> Option<u32> + Sync,
) -> Parts {
    let found = on_every_core(split(candidates, starts_part), |part| {
        find(index, query, candidates, part, scattered, &item)
    });
    let others = found.iter().map(|f| f.others).sum();
    let mut hits = [0usize; 256];
    for f in &found {
        for (sum, &n) in hits.iter_mut().zip(&f.hits) {
            *sum += n as usize;
        }
    }
    let mut cut = cut(&hits);
    let last = cut.map_or(Last::All, |cut| last_needed(index, query, cut, &found));
    if let (Some(cut), Last::Through(_) | Last::These(_)) = (&mut cut, &last) {
        cut.reach = KEEP;
    }
    // Each part's kept matches on its own thread: a part holds all its roles' names.
    let kept = on_every_core(found.iter().collect(), |part: &Sparse| {
        keep(index, query, part, cut, &last)
    });
    let mut found = found.into_iter();
    let mut kept = kept.into_iter();
    let (Some(first), Some(mut matches)) = (found.next(), kept.next()) else {
        return Parts {
            matches: Vec::new(),
            others,
            pruned: None,
        };
    };
    let mut ids = first.ids;
    for (part, part_kept) in found.zip(kept) {
        ids.extend_from_slice(&part.ids);
        matches.extend_from_slice(&part_kept);
    }
    if let Last::These(mut these) = last {
        // In catalog order, as every group's matches are.
        these.sort_unstable_by_key(|hit| hit.item);
        matches.extend(these.into_iter().map(|hit| Match {
            item: hit.item,
            salience: hit.salience,
            eval: Evaluation {
                tiers: 0,
                group: hit.group,
                bound: i32::try_from(hit.score).unwrap_or(i32::MAX),
            },
        }));
    }
    Parts {
        matches,
        others,
        pruned: cut.map(|cut| Pruned {
            ids,
            reach: cut.reach,
        }),
    }
}

/// The matches among candidates `part` (see [`broad`]), with their names folded.
fn find(
    index: &SearchIndex,
    query: &Query,
    candidates: usize,
    part: Range<usize>,
    scattered: bool,
    item: impl Fn(usize) -> Option<u32>,
) -> Sparse {
    // Room for every candidate in the first part: the others are joined onto it.
    let room = if part.start == 0 {
        candidates
    } else {
        part.len()
    };
    let mut sparse = Sparse {
        ids: Vec::with_capacity(room),
        groups: Vec::with_capacity(room),
        others: 0,
        hits: [0; 256],
    };
    // The role whose names are matching, and their best group so far.
    let mut names: Option<(usize, u8)> = None;
    for at in part.clone() {
        if scattered {
            warm_ahead(index, &part, at, &item);
        }
        let Some(id) = item(at) else {
            continue;
        };
        let Some(group) = query.group(index, id) else {
            continue;
        };
        sparse.ids.push(id);
        sparse.groups.push(group);
        if index.kind(id) != Kind::Role {
            sparse.hit(names.take().map(|(_, best)| best));
            sparse.hit(Some(group));
            continue;
        }
        let role = index.item(id).role;
        match &mut names {
            Some((named, best)) if *named == role => {
                sparse.others += 1;
                *best = (*best).max(group);
            }
            _ => {
                let ended = names.replace((role, group));
                sparse.hit(ended.map(|(_, best)| best));
            }
        }
    }
    sparse.hit(names.map(|(_, best)| best));
    sparse
}

/// The cut of a broad keystroke: the best groups that hold [`KEEP`] hits between them,
/// leaving out at least the worst group that has any. `None` when every group is needed.
fn cut(hits: &[usize; 256]) -> Option<Cut> {
    let lowest = hits.iter().position(|&n| n > 0)?;
    let mut reach = 0;
    let group = (lowest + 1..256).rev().find(|&group| {
        reach += hits[group];
        reach >= KEEP
    })?;
    Some(Cut {
        group: group as u8,
        reach,
        need: KEEP - (reach - hits[group]),
        size: hits[group],
    })
}

impl Sparse {
    /// Calls `f`, in order, with the position of each match whose group passes `wanted`, the
    /// facts (and with `texts` the texts) of a batch of them read ahead together
    /// ([`SearchIndex::warm`]): they lie scattered over the corpus.
    fn each(
        &self,
        index: &SearchIndex,
        wanted: impl Fn(u8) -> bool,
        texts: bool,
        mut f: impl FnMut(usize),
    ) {
        let mut batch = Vec::with_capacity(AHEAD);
        let mut members = (0..self.ids.len()).filter(|&at| wanted(self.groups[at]));
        loop {
            batch.clear();
            batch.extend(members.by_ref().take(AHEAD));
            if batch.is_empty() {
                return;
            }
            let ids = batch.iter().map(|&at| self.ids[at]);
            index.warm(std::iter::empty(), ids.clone());
            if texts {
                index.warm(ids, std::iter::empty());
            }
            batch.iter().for_each(|&at| f(at));
        }
    }
}

/// Matches whose facts are read ahead together by [`Sparse::each`].
const AHEAD: usize = 32;

/// Match `id` of `group` as a hit keyed by its cheap bound, as the level will rank it (for a
/// match that is not a role name).
fn pending(index: &SearchIndex, query: &Query, id: u32, group: u8) -> Hit {
    Hit {
        item: id,
        score: query.bound(index, id).into(),
        group,
        salience: index.meta(id).salience,
    }
}

/// What a broad keystroke keeps of its cut group (see [`last_needed`]).
#[derive(Debug, Clone)]
enum Last {
    /// Every match.
    All,
    /// The matches whose cheap bound ranks at or before this hit.
    Through(Hit),
    /// Exactly these, keyed by their cheap bounds: the others rank after them all.
    These(Vec<Hit>),
}

/// Exact scores a broad keystroke works out per hit it needs of its cut group.
const SAMPLE: usize = 2;

/// What a broad keystroke must keep of its cut group, when that is worth knowing: the cut
/// group may hold most of the matches (every responsibility where a letter begins a word, in
/// a search of responsibilities), of which only `need` rank among the first hits.
///
/// The [`SAMPLE`]` × need` best by cheap bound are scored exactly (by our copy of skim's
/// computation). The `need`-th best of those exact hits, `last`, has at least `need` of the
/// group's hits ranking at or before it; a match whose bound (so its score, too) ranks after
/// `last` can rank only after them, and is left out ([`Last::Through`]). When even the worst
/// of the sample by bound ranks after `last`, so does every match left out of the sample, and
/// the sample's matches that rank at or before it are all that is kept ([`Last::These`]).
///
/// [`Last::All`] when the group holds role names (whose hits fold: a role's best name stands
/// for it) or is not much bigger than the sample.
fn last_needed(index: &SearchIndex, query: &Query, cut: Cut, found: &[Sparse]) -> Last {
    let size = SAMPLE * cut.need;
    if cut.size < 2 * size {
        return Last::All;
    }
    let samples = on_every_core(found.iter().collect(), |part: &Sparse| {
        // The `size` best of the part by bound, the worst on top.
        let mut best: BinaryHeap<Reverse<First>> = BinaryHeap::with_capacity(size + 1);
        let mut names = false;
        part.each(
            index,
            |group| group == cut.group,
            false,
            |at| {
                let id = part.ids[at];
                names |= index.kind(id) == Kind::Role;
                let hit = First(pending(index, query, id, cut.group));
                if best.len() < size {
                    best.push(Reverse(hit));
                } else if best.peek().is_some_and(|worst| hit > worst.0) {
                    best.pop();
                    best.push(Reverse(hit));
                }
            },
        );
        let best = best.into_iter().map(|Reverse(First(hit))| hit);
        (!names).then(|| best.collect::<Vec<_>>())
    });
    let mut sample = Vec::new();
    for part in samples {
        match part {
            Some(part) => sample.extend(part),
            None => return Last::All,
        }
    }
    if sample.len() > size {
        sample.select_nth_unstable_by(size - 1, rank);
        sample.truncate(size);
    }
    let Some(worst) = sample.iter().copied().max_by(rank) else {
        return Last::All;
    };
    let exact: Option<Vec<Hit>> = sample
        .iter()
        .map(|&hit| {
            let score = query.replica_score(index, hit.item)?;
            Some(Hit { score, ..hit })
        })
        .collect();
    let Some(mut exact) = exact else {
        return Last::All;
    };
    let (_, &mut last, _) = exact.select_nth_unstable_by(cut.need - 1, rank);
    if rank(&worst, &last) == Ordering::Greater {
        sample.retain(|hit| rank(hit, &last) != Ordering::Greater);
        Last::These(sample)
    } else {
        Last::Through(last)
    }
}

/// The matches of a part (in catalog order) that `cut` keeps: all of them without one; with
/// one, those of the groups above it, and of the cut group those `last` keeps (but not
/// [`Last::These`], which are added after). A role's name gets its salience here: it counts
/// every matched name of its role, kept or not, as [`name_support`] does.
fn keep(
    index: &SearchIndex,
    query: &Query,
    part: &Sparse,
    cut: Option<Cut>,
    last: &Last,
) -> Vec<Match> {
    let ids = &part.ids;
    let best = cut.map_or(0, |cut| cut.group);
    let is_name = |at: usize| index.kind(ids[at]) == Kind::Role;
    let role = |at: usize| index.item(ids[at]).role;
    // The positions of the role names matched around the last kept one.
    let mut names = 0..0;
    let mut matches = Vec::new();
    let wanted = |group: u8| group > best || (group == best && !matches!(last, Last::These(_)));
    part.each(index, wanted, cut.is_none(), |at| {
        let (item, group) = (ids[at], part.groups[at]);
        // A pruned level is never narrowed from its matches (the next keystroke starts from
        // its ids): their tiers are not needed, and the kept ones cost no second look at their
        // text.
        let eval = match cut {
            Some(_) => Evaluation {
                tiers: 0,
                group,
                bound: query.bound(index, item),
            },
            None => match query.evaluate(index, item) {
                Some(eval) => eval,
                None => return,
            },
        };
        debug_assert_eq!(eval.group, group);
        let salience = if is_name(at) {
            if !names.contains(&at) {
                let same = |other: usize| is_name(other) && role(other) == role(at);
                let start = (0..at).rev().take_while(|&o| same(o)).count();
                let end = (at + 1..ids.len()).take_while(|&o| same(o)).count();
                names = at - start..at + 1 + end;
            }
            name_salience(index, item, group, names.len())
        } else {
            index.meta(item).salience
        };
        let m = Match {
            item,
            salience,
            eval,
        };
        if let Last::Through(last) = last {
            if group == best && rank(&m.pending(), last) == Ordering::Greater {
                return;
            }
        }
        matches.push(m);
    });
    matches
}
