//! The searchable corpus: every title, responsibility, skill and comparison text of a catalog,
//! flattened once into one string with an ASCII-folded copy, so a keystroke allocates nothing per item.

use std::ops::Range;

use super::Kind;
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

#[derive(Debug, Clone, Default)]
struct Meta {
    /// Byte range of the item in `text`.
    start: usize,
    end: usize,
    /// Which byte classes occur in its text (see [`byte_class_mask`]).
    classes: u64,
    /// Whether skim's camel-case bonus can occur in it (see `bound.rs`).
    camel: bool,
    /// Whether its text is all ASCII (then its bytes are its chars).
    ascii: bool,
}

/// The flat corpus. Items are in catalog order: role by role, and within a role its titles,
/// responsibilities, skills, then comparisons. Ties in ranking fall back to this order.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    items: Vec<Item>,
    /// What a keystroke reads of each item, together, since refining bounds visits items
    /// out of catalog order.
    meta: Vec<Meta>,
    /// Every item's text, back to back: one allocation instead of one per item.
    text: String,
    /// `text` with ASCII letters lower-cased. Same length and offsets as `text`, because
    /// ASCII folding never changes a byte's width; SkimMatcherV2 folds only ASCII too.
    folded: Vec<u8>,
    /// Per role, its items: a role scope is a slice, not a scan.
    role_items: Vec<Range<u32>>,
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
            ..SearchIndex::default()
        };
        visit(catalog, &slots, |role, kind, i, text| {
            index.push(role, kind, i, text)
        });
        index.role_items = role_ranges(&index.items, catalog.roles.len());
        index.folded = index.text.as_bytes().to_ascii_lowercase();
        for meta in &mut index.meta {
            let text = &index.text.as_bytes()[meta.start..meta.end];
            (meta.classes, meta.camel) = describe(text);
            meta.ascii = text.is_ascii();
        }
        index
    }

    fn push(&mut self, role: usize, kind: Kind, index: usize, text: &str) {
        // Empty texts can never match a term and show nothing; item ids must also fit in u32.
        if text.is_empty() || self.items.len() >= u32::MAX as usize {
            return;
        }
        let start = self.text.len();
        self.text.push_str(text);
        self.meta.push(Meta {
            start,
            end: self.text.len(),
            ..Meta::default()
        });
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
        let meta = &self.meta[id as usize];
        &self.text[meta.start..meta.end]
    }

    /// Item ids of one role; empty for a role index out of range.
    pub fn role_items(&self, role: usize) -> Range<u32> {
        self.role_items.get(role).cloned().unwrap_or(0..0)
    }

    pub(super) fn folded(&self, id: u32) -> &[u8] {
        let meta = &self.meta[id as usize];
        &self.folded[meta.start..meta.end]
    }

    pub(super) fn classes(&self, id: u32) -> u64 {
        self.meta[id as usize].classes
    }

    pub(super) fn camel(&self, id: u32) -> bool {
        self.meta[id as usize].camel
    }

    pub(super) fn ascii(&self, id: u32) -> bool {
        self.meta[id as usize].ascii
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
        f(r, Kind::Role, 0, &role.title);
        for (i, title) in role.alternate_titles.iter().enumerate() {
            f(r, Kind::Role, 1 + i, title);
        }
        for (i, line) in role.responsibilities.iter().enumerate() {
            f(r, Kind::Responsibility, i, line);
        }
        // Names only: they are what people type. Example lines are whole resume sentences
        // that would bury the skill under look-alikes of the responsibilities.
        let hard = role.hard_skills.iter().map(|s| &s.name);
        for (i, name) in hard
            .chain(role.soft_skills.iter().map(|s| &s.name))
            .enumerate()
        {
            f(r, Kind::Skill, i, name);
        }
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

/// Each role's item ids; `items` are in role order.
fn role_ranges(items: &[Item], roles: usize) -> Vec<Range<u32>> {
    let mut ranges = Vec::with_capacity(roles);
    let mut start = 0;
    for role in 0..roles {
        let end = start
            + items[start..]
                .iter()
                .take_while(|item| item.role == role)
                .count();
        ranges.push(start as u32..end as u32);
        start = end;
    }
    ranges
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

/// A 64-bit set of the byte classes in `bytes`: one bit per ASCII letter (either case) or
/// digit, a few for punctuation, one for any non-ASCII byte. A term can only match text
/// holding all its classes.
pub(super) fn byte_class_mask(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0, |mask, &b| mask | CLASS_BITS[b as usize])
}

/// A text's byte classes (as [`byte_class_mask`]), and whether it has camel case: an ASCII
/// upper-case letter right after a lower-case letter or digit, the only place SkimMatcherV2
/// gives its camel bonus (most texts have none, which tightens `bound.rs`). One branch-free
/// pass, as it runs over the whole corpus.
pub(super) fn describe(text: &[u8]) -> (u64, bool) {
    let (mut classes, mut camel, mut previous) = (0, 0, 0);
    for &b in text {
        classes |= CLASS_BITS[b as usize];
        let flags = CAMEL_FLAGS[b as usize];
        camel |= flags & (previous >> 1);
        previous = flags;
    }
    (classes, camel & UPPER != 0)
}

/// Per byte: [`UPPER`] for an ASCII upper-case letter, [`LOWER_OR_DIGIT`] for a byte of a char
/// skim types as lower-case or number (skim counts non-ASCII chars and ASCII controls other
/// than NUL as lower-case).
static CAMEL_FLAGS: [u8; 256] = {
    let mut flags = [0; 256];
    let mut b = 0;
    while b < 256 {
        flags[b] = match b as u8 {
            b'A'..=b'Z' => UPPER,
            b'a'..=b'z' | b'0'..=b'9' | 0x80..=0xff | 1..=0x1f | 0x7f => LOWER_OR_DIGIT,
            _ => 0,
        };
        b += 1;
    }
    flags
};
const UPPER: u8 = 1;
const LOWER_OR_DIGIT: u8 = 2;

static CLASS_BITS: [u64; 256] = {
    let mut bits = [0; 256];
    let mut b = 0;
    while b < 256 {
        bits[b] = 1 << byte_class(b as u8);
        b += 1;
    }
    bits
};

const fn byte_class(b: u8) -> u32 {
    match b {
        b'a'..=b'z' => (b - b'a') as u32,
        b'A'..=b'Z' => (b - b'A') as u32,
        b'0'..=b'9' => 26 + (b - b'0') as u32,
        0x80..=0xff => 63,
        // The remaining ASCII bytes (punctuation, space, controls) share 27 slots.
        _ => 36 + (b as u32 % 27),
    }
}
