//! The searchable corpus: every title, alternate title, summary, responsibility, skill and
//! comparison text of a catalog, flattened once into one string with an ASCII-folded copy and a
//! few bytes of facts per item, so a keystroke allocates nothing per item. It holds what a search
//! shows too (role ids and titles), so `search` can answer from a cached index alone.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::Kind;
pub(super) use super::bytes::{byte_class_mask, class_bit, describe, word_end, word_start};
use crate::catalog::{Catalog, Rating, Role};

/// One searchable text and where it lives in the catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// Index into `catalog.roles`.
    pub role: usize,
    pub kind: Kind,
    /// Position in that role's list for `kind` (see [`Kind`]).
    pub index: usize,
}

/// [`Item`] as stored: 8 bytes instead of 24 (its kind is in [`Meta`], which a keystroke
/// reads anyway).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Stored {
    role: u32,
    index: u32,
}

/// What a keystroke reads of an item, together, since ranking visits items out of order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Meta {
    /// Byte range of the item in `text`.
    pub start: u32,
    pub end: u32,
    /// Which byte classes occur in its text (see [`byte_class_mask`]).
    pub classes: u64,
    /// Which byte classes begin a word in it (see [`word_start`]).
    pub starts: u64,
    /// [`CAMEL`] and [`ASCII`].
    pub flags: u8,
    /// The text's first byte: what the cheap bound reads of it (see `bound.rs`), so a first
    /// letter over the whole corpus reads no text at all.
    pub first: u8,
    /// What the item is: here rather than in [`Stored`], so evaluating an item reads one
    /// array, not two (at 1.25 M items each array read is a cache miss).
    pub kind: Kind,
    /// How likely a person means this item when its text ties with another's: its role's
    /// employment, as a level 0–7 (see [`salience`]).
    pub salience: u8,
}

impl Default for Meta {
    fn default() -> Meta {
        Meta {
            start: 0,
            end: 0,
            classes: 0,
            starts: 0,
            flags: 0,
            first: 0,
            salience: 0,
            kind: Kind::Role,
        }
    }
}

/// The text has skim's camel-case bonus somewhere (an upper-case letter after a lower-case one
/// or a digit; see `bound.rs`).
pub(super) const CAMEL: u8 = 1;
/// The text is all ASCII (then its bytes are its chars).
pub(super) const ASCII: u8 = 2;

/// The flat corpus. Items are in catalog order: role by role, and within a role its titles,
/// summary, responsibilities, skills, then comparisons. Ties in ranking fall back to this order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchIndex {
    items: Vec<Stored>,
    meta: Vec<Meta>,
    /// Every item's text, back to back: one allocation instead of one per item.
    text: String,
    /// `text` with ASCII letters lower-cased. Same length and offsets as `text`, because
    /// ASCII folding never changes a byte's width (and keeps it UTF-8); SkimMatcherV2 folds
    /// only ASCII too. Not stored ([`SearchIndex::to_bytes`]): folding is quicker than reading.
    #[serde(skip)]
    folded: String,
    /// Per role, its items: a role scope is a slice, not a scan.
    role_items: Vec<(u32, u32)>,
    /// Per role, its id, as ranges of `ids`.
    ids: String,
    id_ends: Vec<u32>,
}

/// Every searchable text of a role, by kind, in the order the kind's items are numbered; the
/// comparisons, which belong to two roles, come from the catalog. A new kind of text is one more
/// line here (and, for a new [`Kind`], a place in the explorer to jump to).
fn role_texts(role: &Role, mut f: impl FnMut(Kind, &mut dyn Iterator<Item = &str>)) {
    f(
        Kind::Role,
        &mut std::iter::once(role.title.as_str())
            .chain(role.alternate_titles.iter().map(String::as_str)),
    );
    f(Kind::Summary, &mut role.summary.iter().map(String::as_str));
    f(
        Kind::Responsibility,
        &mut role.responsibilities.iter().map(String::as_str),
    );
    // Names only: they are what people type. Example lines are whole resume sentences that
    // would bury the skill under look-alikes of the responsibilities. O*NET rates every
    // occupation on every knowledge area: only those important to it are its own.
    f(
        Kind::Skill,
        &mut (role.hard_skills.iter().map(|s| s.name.as_str()))
            .chain(role.soft_skills.iter().map(|s| s.name.as_str()))
            .chain(important_knowledge(role).map(|k| k.name.as_str()))
            .chain(
                role.technology
                    .iter()
                    .flat_map(|g| &g.examples)
                    .map(|t| t.name.as_str()),
            ),
    );
}

/// O*NET's line for knowledge that matters to an occupation: importance 3 of 5 ("important"),
/// 50 on O*NET OnLine's 0–100 scale, where its summaries start listing an area.
pub const IMPORTANT_KNOWLEDGE: f64 = 3.0;

/// A role's knowledge areas of at least [`IMPORTANT_KNOWLEDGE`], most important first.
pub fn important_knowledge(role: &Role) -> impl Iterator<Item = &Rating> {
    role.knowledge
        .iter()
        .filter(|k| k.importance >= IMPORTANT_KNOWLEDGE)
}

/// Which of a role's skill items are technology O*NET marks In Demand for it (among what its job
/// postings ask for most): such a name ties with the same name in other roles ("Adobe
/// Photoshop" in 144 occupations) and is the role's more than theirs, so it comes first.
struct InDemand {
    /// The skill index of the role's first technology example.
    first: usize,
    flags: Vec<bool>,
}

impl InDemand {
    /// Added to the salience of an In Demand technology: above every employment level (0–7).
    const BONUS: u8 = 8;

    fn of(role: &Role) -> InDemand {
        InDemand {
            first: role.hard_skills.len()
                + role.soft_skills.len()
                + important_knowledge(role).count(),
            flags: (role.technology.iter().flat_map(|g| &g.examples))
                .map(|t| t.in_demand)
                .collect(),
        }
    }

    /// The bonus of skill item `i`.
    fn bonus(&self, i: usize) -> u8 {
        let flag = i.checked_sub(self.first).and_then(|t| self.flags.get(t));
        if flag == Some(&true) { Self::BONUS } else { 0 }
    }
}

impl SearchIndex {
    /// Flattens the catalog. Linear in its size; done once after loading.
    pub fn build(catalog: &Catalog) -> SearchIndex {
        let slots = comparison_slots(catalog);
        // Measure first, so the corpus is allocated once and never regrows.
        let (mut count, mut bytes) = (0, 0);
        visit(catalog, &slots, |_, _, _, text| {
            count += 1;
            bytes += text.len();
        });
        let mut index = SearchIndex {
            items: Vec::with_capacity(count),
            meta: Vec::with_capacity(count),
            text: String::with_capacity(bytes),
            role_items: Vec::with_capacity(catalog.roles.len()),
            ..SearchIndex::default()
        };
        let mut role_start = 0;
        let mut current = 0;
        let saliences: Vec<u8> = catalog.roles.iter().map(salience).collect();
        let in_demand: Vec<InDemand> = catalog.roles.iter().map(InDemand::of).collect();
        visit(catalog, &slots, |role, kind, i, text| {
            while current < role {
                index.close_role(&catalog.roles[current].id, &mut role_start);
                current += 1;
            }
            let bonus = if kind == Kind::Skill {
                in_demand[role].bonus(i)
            } else {
                0
            };
            index.push(role, kind, i, text, saliences[role] + bonus);
        });
        while current < catalog.roles.len() {
            index.close_role(&catalog.roles[current].id, &mut role_start);
            current += 1;
        }
        let mut folded = index.text.clone();
        folded.make_ascii_lowercase();
        index.folded = folded;
        // Describing every item is most of the build: spread it over the cores.
        let text = index.text.as_bytes();
        let describe_all = |metas: &mut [Meta]| {
            for meta in metas {
                let described = describe(&text[meta.start as usize..meta.end as usize]);
                meta.classes = described.classes;
                meta.starts = described.starts;
                meta.flags = described.flags;
                meta.first = text.get(meta.start as usize).copied().unwrap_or_default();
            }
        };
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        let per_thread = index.meta.len().div_ceil(threads).max(4096);
        std::thread::scope(|scope| {
            let mut parts = index.meta.chunks_mut(per_thread);
            let first = parts.next();
            for part in parts {
                scope.spawn(move || describe_all(part));
            }
            if let Some(first) = first {
                describe_all(first);
            }
        });
        index
    }

    fn push(&mut self, role: usize, kind: Kind, index: usize, text: &str, salience: u8) {
        // Empty texts can never match a term and show nothing. Offsets and ids are 32-bit:
        // past 4 GiB of text the rest is left out rather than wrapped.
        let start = self.text.len();
        let end = start + text.len();
        if text.is_empty() || end > u32::MAX as usize || self.items.len() >= u32::MAX as usize {
            return;
        }
        self.text.push_str(text);
        self.meta.push(Meta {
            start: start as u32,
            end: end as u32,
            salience,
            kind,
            ..Meta::default()
        });
        self.items.push(Stored {
            role: role as u32,
            index: index as u32,
        });
    }

    /// Ends the items of the role whose id is `id`.
    fn close_role(&mut self, id: &str, start: &mut u32) {
        let end = self.items.len() as u32;
        self.role_items.push((*start, end));
        *start = end;
        self.ids.push_str(id);
        self.id_ends.push(self.ids.len() as u32);
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// The index in a compact binary form, to keep beside a compiled catalog.
    pub fn to_bytes(&self) -> Result<Vec<u8>, postcard::Error> {
        postcard::to_allocvec(self)
    }

    /// An index from [`SearchIndex::to_bytes`], if the bytes make a sound one.
    pub fn from_bytes(bytes: &[u8]) -> Option<SearchIndex> {
        let mut index: SearchIndex = postcard::from_bytes(bytes).ok()?;
        let mut folded = index.text.clone();
        folded.make_ascii_lowercase();
        index.folded = folded;
        index.is_sound().then_some(index)
    }

    /// Whether the index holds together: every range inside the text and on char boundaries,
    /// as many facts as items, roles in order, each beginning with its title. What an index
    /// read from elsewhere (a cache) must pass before use, so that no lookup can panic.
    pub fn is_sound(&self) -> bool {
        let text = &self.text;
        let in_text = |start: u32, end: u32| {
            start <= end
                && text.is_char_boundary(start as usize)
                && text.is_char_boundary(end as usize)
        };
        let mut next_role = 0;
        let roles_in_order = self.role_items.iter().all(|&(start, end)| {
            let ok = start == next_role
                && start < end
                && end as usize <= self.items.len()
                && self.meta[start as usize].kind == Kind::Role
                && self.items[start as usize].index == 0;
            next_role = end;
            ok
        });
        let mut id_start = 0;
        let ids_in_order = self.id_ends.iter().all(|&end| {
            let ok = id_start <= end && self.ids.is_char_boundary(end as usize);
            id_start = end;
            ok
        });
        self.items.len() == self.meta.len()
            && text.len() == self.folded.len()
            && self.meta.iter().all(|m| in_text(m.start, m.end))
            && self
                .items
                .iter()
                .all(|i| (i.role as usize) < self.role_items.len())
            && roles_in_order
            && next_role as usize == self.items.len()
            && self.id_ends.len() == self.role_items.len()
            && ids_in_order
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// How many roles the indexed catalog has.
    pub fn roles(&self) -> usize {
        self.role_items.len()
    }

    /// Where item `id` lives in the catalog. Panics on an id not from this index.
    pub fn item(&self, id: u32) -> Item {
        let stored = self.items[id as usize];
        Item {
            role: stored.role as usize,
            kind: self.meta[id as usize].kind,
            index: stored.index as usize,
        }
    }

    /// The display text of item `id`.
    pub fn text(&self, id: u32) -> &str {
        let meta = &self.meta[id as usize];
        &self.text[meta.start as usize..meta.end as usize]
    }

    /// Item ids of one role; empty for a role index out of range.
    pub fn role_items(&self, role: usize) -> Range<u32> {
        self.role_items
            .get(role)
            .map_or(0..0, |&(start, end)| start..end)
    }

    /// The id of role `role` (an index into `catalog.roles`).
    pub fn role_id(&self, role: usize) -> &str {
        let start = match role {
            0 => 0,
            _ => self.id_ends[role - 1] as usize,
        };
        &self.ids[start..self.id_ends[role] as usize]
    }

    /// The title of role `role`: its first item, as titles are never empty.
    pub fn role_title(&self, role: usize) -> &str {
        self.text(self.role_items(role).start)
    }

    /// For a hit on one of a role's other names, that name: the hit says "also called".
    pub fn also_called(&self, id: u32) -> Option<&str> {
        let item = self.item(id);
        (item.kind == Kind::Role && item.index > 0).then(|| self.text(id))
    }

    /// The text of item `id` as bytes (no char-boundary checks: the hot paths read bytes).
    pub(super) fn raw(&self, id: u32) -> &[u8] {
        let meta = &self.meta[id as usize];
        &self.text.as_bytes()[meta.start as usize..meta.end as usize]
    }

    pub(super) fn meta(&self, id: u32) -> &Meta {
        &self.meta[id as usize]
    }

    pub(super) fn folded(&self, id: u32) -> &[u8] {
        let meta = &self.meta[id as usize];
        &self.folded.as_bytes()[meta.start as usize..meta.end as usize]
    }

    pub(super) fn kind(&self, id: u32) -> Kind {
        self.meta[id as usize].kind
    }

    /// Reads the first and last byte of the folded texts of items `texts` (their facts read
    /// already), and the facts of items `facts`, so that evaluating them next finds them in
    /// cache. Items a narrowing keystroke evaluates lie scattered over the corpus, each a
    /// cache miss or three; read one at a time, the misses come one after another, but these
    /// reads do not depend on each other, so the memory system serves a batch of them at once.
    /// (A prefetch instruction would need `unsafe`.)
    pub(super) fn warm(&self, texts: impl Iterator<Item = u32>, facts: impl Iterator<Item = u32>) {
        let folded = self.folded.as_bytes();
        let mut sum = 0u32;
        for id in facts {
            sum = sum.wrapping_add(self.meta[id as usize].end);
        }
        for id in texts {
            let meta = &self.meta[id as usize];
            let (first, last) = (meta.start as usize, (meta.end as usize).saturating_sub(1));
            sum = sum.wrapping_add(u32::from(folded[first]) + u32::from(folded[last]));
        }
        std::hint::black_box(sum);
    }
}

/// Calls `f(role, kind, index, text)` for every searchable text, in catalog order.
fn visit(
    catalog: &Catalog,
    comparison_slots: &[Vec<(usize, usize)>],
    mut f: impl FnMut(usize, Kind, usize, &str),
) {
    let mut joined = String::new();
    for (r, role) in catalog.roles.iter().enumerate() {
        role_texts(role, |kind, texts| {
            for (i, text) in texts.enumerate() {
                f(r, kind, i, text);
            }
        });
        for &(c, slot) in &comparison_slots[r] {
            let comparison = &catalog.comparisons[c];
            if let Some(description) = &comparison.description {
                f(r, Kind::Comparison, slot, description);
            }
            // Each skill list is one text, so "a hit" is a comparison, not each of its skills.
            for list in [&comparison.role_skills, &comparison.other_skills] {
                joined.clear();
                for (i, skill) in list.iter().enumerate() {
                    if i > 0 {
                        joined.push_str(", ");
                    }
                    joined.push_str(skill);
                }
                f(r, Kind::Comparison, slot, &joined);
            }
        }
    }
}

/// Per role, the authored comparisons written for it: (position in `catalog.comparisons`,
/// position in `catalog.comparisons_of(role)`). Unresolvable comparisons are left out, as
/// `comparisons_of` leaves them out. One pass instead of calling `comparisons_of` per role.
fn comparison_slots(catalog: &Catalog) -> Vec<Vec<(usize, usize)>> {
    let mut listed = vec![0usize; catalog.roles.len()];
    let mut slots = vec![Vec::new(); catalog.roles.len()];
    for (c, comparison) in catalog.comparisons.iter().enumerate() {
        let (Some(role), Some(other)) = (
            catalog.index_of(&comparison.role),
            catalog.index_of(&comparison.other),
        ) else {
            continue;
        };
        slots[role].push((c, listed[role]));
        // `comparisons_of` lists a comparison under both of its roles, in catalog order.
        listed[role] += 1;
        if other != role {
            listed[other] += 1;
        }
    }
    slots
}

/// A role's salience: its employment as a level, 1 for under 10 people up to 7 for ten million
/// or more; 0 when unknown. Only ties (the same text in many roles, as "Python" is) use it
/// (technology In Demand for the role first: [`InDemand`]).
fn salience(role: &Role) -> u8 {
    let employment = role.wages.as_ref().and_then(|w| w.employment).unwrap_or(0);
    match employment {
        ..=0 => 0,
        n => (n.ilog10() as u8 + 1).min(7),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    #[test]
    fn an_index_that_would_panic_is_not_sound() {
        let index = SearchIndex::build(&Catalog::embedded().unwrap());
        assert!(index.is_sound());
        let damages: [fn(&mut SearchIndex); 5] = [
            // A range inside a char ("Á" of a title is two bytes), past the end, reversed.
            |i| {
                i.text.replace_range(0..2, "Á");
                i.meta[0].end = 1;
            },
            |i| i.meta[0].end = i.text.len() as u32 + 1,
            |i| i.meta[3].start = i.meta[3].end + 1,
            |i| i.role_items[1].0 += 1,
            |i| {
                i.items.pop();
            },
        ];
        for (n, damage) in damages.iter().enumerate() {
            let mut damaged = index.clone();
            damage(&mut damaged);
            assert!(!damaged.is_sound(), "damage {n}");
        }
    }
}
