//! The searchable corpus: every title, responsibility, skill and comparison text of a catalog,
//! flattened once into one string with an ASCII-folded copy, so a keystroke allocates nothing per item.

use std::ops::Range;

use super::Kind;
use super::bound::has_camel_case;
use crate::catalog::Catalog;

/// One searchable text and where it lives in the catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// Index into `catalog.roles`.
    pub role: usize,
    pub kind: Kind,
    /// Position in that role's list for `kind`:
    /// - `Role`: 0 for the title, 1 + i for `alternate_titles[i]`;
    /// - `Responsibility`: index into `responsibilities`;
    /// - `Skill`: index into `hard_skills`, then `hard_skills.len() + i` for `soft_skills[i]`;
    /// - `Comparison`: index into `catalog.comparisons_of(role)`.
    pub index: usize,
}

/// The flat corpus. Items are in catalog order: role by role, and within a role its titles,
/// responsibilities, skills, then comparisons. Ties in ranking fall back to this order.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    items: Vec<Item>,
    /// Byte range of each item in `text`.
    spans: Vec<Range<usize>>,
    /// Every item's text, back to back: one allocation instead of one per item.
    text: String,
    /// `text` with ASCII letters lower-cased. Same length and offsets as `text`, because
    /// ASCII folding never changes a byte's width; SkimMatcherV2 folds only ASCII too.
    folded: Vec<u8>,
    /// Per item, which byte classes occur in its folded text (see [`byte_class_mask`]).
    classes: Vec<u64>,
    /// Per item, whether skim's camel-case bonus can occur in it (see `bound.rs`).
    camel: Vec<bool>,
    /// Per item, whether its text is all ASCII (then its bytes are its chars).
    ascii: Vec<bool>,
    /// Per role, its items: a role scope is a slice, not a scan.
    role_items: Vec<Range<u32>>,
}

impl SearchIndex {
    /// Flattens the catalog. Linear in its size; done once after loading.
    pub fn build(catalog: &Catalog) -> SearchIndex {
        let mut index = SearchIndex::default();
        let comparison_slots = comparison_slots(catalog);
        let mut joined = String::new();
        for (r, role) in catalog.roles.iter().enumerate() {
            let first = index.items.len() as u32;
            index.push(r, Kind::Role, 0, &role.title);
            for (i, title) in role.alternate_titles.iter().enumerate() {
                index.push(r, Kind::Role, 1 + i, title);
            }
            for (i, line) in role.responsibilities.iter().enumerate() {
                index.push(r, Kind::Responsibility, i, line);
            }
            // Names only: they are what people type. Example lines are whole resume sentences
            // that would bury the skill under look-alikes of the responsibilities.
            let skills = role.hard_skills.iter().map(|s| &s.name);
            for (i, name) in skills
                .chain(role.soft_skills.iter().map(|s| &s.name))
                .enumerate()
            {
                index.push(r, Kind::Skill, i, name);
            }
            for &(c, slot) in &comparison_slots[r] {
                let comparison = &catalog.comparisons[c];
                if let Some(description) = &comparison.description {
                    index.push(r, Kind::Comparison, slot, description);
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
                    let text = std::mem::take(&mut joined);
                    index.push(r, Kind::Comparison, slot, &text);
                    joined = text;
                }
            }
            index.role_items.push(first..index.items.len() as u32);
        }
        index.folded = index.text.as_bytes().to_ascii_lowercase();
        index.classes = index
            .spans
            .iter()
            .map(|span| byte_class_mask(&index.folded[span.clone()]))
            .collect();
        index.camel = index
            .spans
            .iter()
            .map(|span| has_camel_case(&index.text.as_bytes()[span.clone()]))
            .collect();
        index.ascii = index
            .spans
            .iter()
            .map(|span| index.text[span.clone()].is_ascii())
            .collect();
        index
    }

    fn push(&mut self, role: usize, kind: Kind, index: usize, text: &str) {
        // Empty texts can never match a term and show nothing; item ids must also fit in u32.
        if text.is_empty() || self.items.len() >= u32::MAX as usize {
            return;
        }
        let start = self.text.len();
        self.text.push_str(text);
        self.spans.push(start..self.text.len());
        self.items.push(Item { role, kind, index });
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Where item `id` lives in the catalog. Panics on an id not from this index.
    pub fn item(&self, id: u32) -> Item {
        self.items[id as usize]
    }

    /// The display text of item `id`.
    pub fn text(&self, id: u32) -> &str {
        &self.text[self.spans[id as usize].clone()]
    }

    /// Item ids of one role; empty for a role index out of range.
    pub fn role_items(&self, role: usize) -> Range<u32> {
        self.role_items.get(role).cloned().unwrap_or(0..0)
    }

    pub(super) fn folded(&self, id: u32) -> &[u8] {
        &self.folded[self.spans[id as usize].clone()]
    }

    pub(super) fn classes(&self, id: u32) -> u64 {
        self.classes[id as usize]
    }

    pub(super) fn camel(&self, id: u32) -> bool {
        self.camel[id as usize]
    }

    pub(super) fn ascii(&self, id: u32) -> bool {
        self.ascii[id as usize]
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

/// A 64-bit set of the byte classes in `bytes`: one bit per ASCII letter or digit, a few for
/// punctuation, one for any non-ASCII byte. A term can only match text holding all its classes.
pub(super) fn byte_class_mask(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0, |mask, &b| mask | 1 << byte_class(b))
}

fn byte_class(b: u8) -> u32 {
    match b {
        b'a'..=b'z' => (b - b'a') as u32,
        b'A'..=b'Z' => (b - b'A') as u32,
        b'0'..=b'9' => 26 + (b - b'0') as u32,
        0x80..=0xff => 63,
        // The remaining ASCII bytes (punctuation, space, controls) share 27 slots.
        _ => 36 + (b as u32 % 27),
    }
}
