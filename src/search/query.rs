//! Queries: whitespace-separated terms that must all match, in any order, each with fzf's smart
//! case. How a term matches (its [`Tier`]) gates and groups matches; what a match scores comes
//! from SkimMatcherV2, bounded beforehand by `bound.rs` and `replica.rs`.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::bound::TermBound;
use super::index::{ASCII, CAMEL, byte_class_mask};
use super::term::{Pattern, Tier, ends_word, in_order};
use super::{Kind, SearchIndex, replica};

/// Highlighting builds SkimMatcherV2's full score matrix (pattern × text cells of ~24 bytes);
/// past this many cells skim's own linear fallback picks the positions instead.
const HIGHLIGHT_MATRIX_LIMIT: usize = 1 << 22;

/// Terms whose tiers a match remembers (3 bits each, in a `u32` so a match takes 20 bytes,
/// not 32: a broad keystroke at 1.25 M items writes ~1 M of them); a longer query works them
/// out anew.
const REMEMBERED_TERMS: usize = 10;
const TIER_BITS: u32 = 3;
const TIER_MASK: Tiers = 7;

/// How well a whole match fits the query, worst first: with the kind of item, the first key of
/// its rank (see [`group`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    /// Some term matched as an abbreviation or with a letter missed ("mgr" in "manager",
    /// "electrican" in "Electricians"); names only.
    Abbreviation,
    /// Some term matched as initials ("rn" in "Registered Nurses"); names only.
    Initials,
    /// Every term contiguous, some inside a word ("wiring" in "rewiring").
    Inside,
    /// Every term at the start of a word, some not a whole word ("nurs").
    Word,
    /// Every term a whole word, or one with a plural ending.
    Whole,
    /// A name (title, alternate title, skill) that begins with the query's words.
    Prefix,
    /// A name that is the query, or its plural.
    Exact,
}

impl Class {
    const ALL: [Class; 7] = [
        Class::Abbreviation,
        Class::Initials,
        Class::Inside,
        Class::Word,
        Class::Whole,
        Class::Prefix,
        Class::Exact,
    ];

    fn of_tier(tier: Tier) -> Class {
        match tier {
            Tier::Abbreviation => Class::Abbreviation,
            Tier::Initials => Class::Initials,
            Tier::Inside => Class::Inside,
            Tier::Word => Class::Word,
            Tier::Whole => Class::Whole,
        }
    }
}

/// Whether `kind` holds names, where scattered tiers count (see `term.rs`) and a query can be
/// the whole text.
fn is_name(kind: Kind) -> bool {
    matches!(kind, Kind::Role | Kind::Skill)
}

/// The rank of a match's class and kind together, higher first. A role's names come first as
/// long as they hold the words whole (so "customer service" finds Customer Service
/// Representatives before a skill of that name), then skill names that are the query, then
/// skill names holding the words whole, then acronyms of role names and role names where the
/// words start words; then whole words, word starts, and text inside words, each in skill names,
/// then summaries and responsibilities, then comparisons; last, the guesses: acronyms of skill
/// names and abbreviations (or typos) of names.
pub(super) fn group(class: Class, kind: Kind) -> u8 {
    // A role's summary and responsibilities say what it does, alike; comparisons are about
    // another role.
    let text_rank = match kind {
        Kind::Role => 3,
        Kind::Skill => 2,
        Kind::Summary | Kind::Responsibility => 1,
        Kind::Comparison => 0,
    };
    match (class, kind) {
        (Class::Exact, Kind::Role) => 31,
        (Class::Prefix, Kind::Role) => 30,
        (Class::Whole, Kind::Role) => 29,
        (Class::Exact, _) => 27,
        (Class::Prefix, _) => 26,
        // A skill holding the query as a whole word ("Microsoft Excel") before a role name
        // where it only starts words ("EXCept Legal", "Excelsior Cutter").
        (Class::Whole, Kind::Skill) => 25,
        (Class::Initials, Kind::Role) => 24,
        (Class::Word, Kind::Role) => 23,
        (Class::Whole, _) => 20 + text_rank,
        (Class::Word, _) => 15 + text_rank,
        (Class::Inside, _) => 10 + text_rank,
        (Class::Initials, _) => 9,
        (Class::Abbreviation, Kind::Role) => 8,
        (Class::Abbreviation, _) => 7,
    }
}

/// The class of a group.
pub(super) fn class_of_group(group: u8) -> Class {
    Class::ALL
        .into_iter()
        .rev()
        .find(|&class| {
            crate::search::Kind::ALL
                .into_iter()
                .any(|k| self::group(class, k) == group)
        })
        .unwrap_or(Class::Abbreviation)
}

/// A parsed query. Cheap to build; parse it once per keystroke.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// In the order typed: narrowing compares terms position by position.
    terms: Vec<Term>,
    /// Term positions, longest first: a long term rejects a non-match soonest.
    check_order: Vec<usize>,
    /// The terms folded and joined by single spaces: what an exact or prefix name match is.
    phrase: Vec<u8>,
}

#[derive(Debug, Clone)]
struct Term {
    text: String,
    /// Smart case, as fzf and SkimMatcherV2 decide it: an ASCII upper-case letter makes the
    /// term case-sensitive. (SkimMatcherV2 folds ASCII only, so "é" never matches "É".)
    case_sensitive: bool,
    /// The term's bytes, ASCII-folded unless case-sensitive.
    bytes: Vec<u8>,
    classes: u64,
    pattern: Pattern,
    bound: TermBound,
}

impl PartialEq for Term {
    fn eq(&self, other: &Term) -> bool {
        self.text == other.text
    }
}

impl Eq for Term {}

impl Term {
    fn new(text: &str) -> Term {
        let case_sensitive = text.bytes().any(|b| b.is_ascii_uppercase());
        let bytes = if case_sensitive {
            text.as_bytes().to_vec()
        } else {
            text.as_bytes().to_ascii_lowercase()
        };
        let chars: Vec<char> = text.chars().collect();
        Term {
            text: text.to_string(),
            case_sensitive,
            classes: byte_class_mask(&bytes),
            pattern: Pattern::new(&bytes, case_sensitive),
            bound: TermBound::new(&chars, case_sensitive),
            bytes,
        }
    }

    fn haystack<'a>(&self, index: &'a SearchIndex, id: u32) -> &'a [u8] {
        if self.case_sensitive {
            index.raw(id)
        } else {
            index.folded(id)
        }
    }

    /// How the term matches item `id`, if it does.
    fn tier(&self, index: &SearchIndex, id: u32) -> Option<Tier> {
        let meta = index.meta(id);
        if self.classes & !meta.classes != 0 {
            return None;
        }
        let haystack = self.haystack(index, id);
        // Words begin at the same bytes of the folded text as of the text itself, unless an
        // upper-case letter begins one after a lower-case one (camel case): most texts have
        // none, and then the text itself (another cache miss at 1.25 M items) is not read.
        let raw = match meta.flags & CAMEL {
            0 => haystack,
            _ => index.raw(id),
        };
        self.pattern.tier(raw, haystack, meta, is_name(meta.kind))
    }

    /// A cheap upper bound of skim's score of the term in item `id`.
    fn loose_bound(&self, index: &SearchIndex, id: u32) -> i64 {
        let meta = index.meta(id);
        let camel = meta.flags & CAMEL != 0;
        self.bound
            .quick(meta.first, self.case_sensitive, meta.starts, camel)
            .unwrap_or_else(|| {
                self.bound
                    .loose(index.text(id), index.folded(id), self.case_sensitive, camel)
            })
    }

    fn refined_bound(&self, index: &SearchIndex, id: u32) -> i64 {
        let meta = index.meta(id);
        let (text, folded) = (index.text(id), index.folded(id));
        let (camel, ascii) = (meta.flags & CAMEL != 0, meta.flags & ASCII != 0);
        self.bound
            .refined(text, folded, self.case_sensitive, camel, ascii)
    }
}

/// What a match remembers of how it matched: each term's tier (3 bits a term, for the first
/// [`REMEMBERED_TERMS`]), so a narrower query works out only the terms that changed.
pub(super) type Tiers = u32;

/// A bound as a match keeps it. Skim's scores grow with the query's length (a few dozen per
/// char), not the text's, so a bound past `i32` would need a query of tens of millions of
/// chars, more than a command line or a search box holds; it saturates, and one below
/// `i32::MIN` is kept as that, still an upper bound.
fn store_bound(bound: i64) -> i32 {
    i32::try_from(bound).unwrap_or(if bound > 0 { i32::MAX } else { i32::MIN })
}

/// A matching item as the searcher keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Evaluation {
    pub tiers: Tiers,
    /// Class and kind ([`group`]).
    pub group: u8,
    /// A cheap upper bound of its score (an `i32` to keep a match small; see [`store_bound`]).
    pub bound: i32,
}

impl Query {
    /// The query with no terms.
    pub const EMPTY: Query = Query {
        terms: Vec::new(),
        check_order: Vec::new(),
        phrase: Vec::new(),
    };

    /// Splits on whitespace. Never fails: any text is a query, the empty one matches everything.
    pub fn parse(text: &str) -> Query {
        let terms: Vec<Term> = text.split_whitespace().map(Term::new).collect();
        let mut check_order: Vec<usize> = (0..terms.len()).collect();
        check_order.sort_by_key(|&i| std::cmp::Reverse(terms[i].bytes.len()));
        let phrase = terms
            .iter()
            .map(|t| t.text.to_ascii_lowercase())
            .collect::<Vec<_>>()
            .join(" ")
            .into_bytes();
        Query {
            terms,
            check_order,
            phrase,
        }
    }

    /// True for a query with no terms (empty or only whitespace): it matches every item.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The terms, in the order typed.
    pub fn terms(&self) -> impl Iterator<Item = &str> {
        self.terms.iter().map(|t| t.text.as_str())
    }

    /// True when every item matching `self` also matches `broader`: each of `broader`'s terms
    /// is a prefix of the term at the same place here (typing on, or adding a term). A match
    /// of the longer term implies one of the shorter (see `term.rs`), in the same or a stricter
    /// case.
    pub fn narrows(&self, broader: &Query) -> bool {
        broader.terms.len() <= self.terms.len()
            && broader
                .terms
                .iter()
                .zip(&self.terms)
                .all(|(b, n)| n.text.starts_with(&b.text))
    }

    /// True when every term matches the item. No skim call.
    pub fn matches(&self, index: &SearchIndex, id: u32) -> bool {
        self.evaluate(index, id).is_some()
    }

    /// How the item matches, if it does: every term's tier, its group and a score bound.
    pub(super) fn evaluate(&self, index: &SearchIndex, id: u32) -> Option<Evaluation> {
        let (tiers, worst) = self.tiers(index, id)?;
        Some(Evaluation {
            tiers,
            group: self.group_of(index, id, worst),
            bound: self.bound(index, id),
        })
    }

    /// The group of item `id` if it matches: what [`Query::evaluate`] gives as its group,
    /// without the bound (for a broad keystroke, which bounds only the matches it keeps).
    pub(super) fn group(&self, index: &SearchIndex, id: u32) -> Option<u8> {
        let (_, worst) = self.tiers(index, id)?;
        Some(self.group_of(index, id, worst))
    }

    /// The cheap bound [`Query::evaluate`] gives, for an item known to match: from its facts
    /// alone for terms beginning with an ASCII letter or digit.
    pub(super) fn bound(&self, index: &SearchIndex, id: u32) -> i32 {
        store_bound(self.terms.iter().map(|t| t.loose_bound(index, id)).sum())
    }

    /// Each term's tier in item `id` (the first [`REMEMBERED_TERMS`]), and the worst of them,
    /// if every term matches.
    fn tiers(&self, index: &SearchIndex, id: u32) -> Option<(Tiers, Tier)> {
        let mut tiers: Tiers = 0;
        let mut worst = Tier::Whole;
        for &t in &self.check_order {
            let tier = self.terms[t].tier(index, id)?;
            worst = worst.min(tier);
            if t < REMEMBERED_TERMS {
                tiers |= (tier as Tiers) << (TIER_BITS * t as u32);
            }
        }
        Some((tiers, worst))
    }

    /// [`Query::evaluate`] for an item that matched `broader` as `before`, working out only the
    /// `changes` (from [`Query::changes_from`]): the other terms matched already, as they did.
    pub(super) fn reevaluate(
        &self,
        broader: &Query,
        changes: &[(Option<usize>, usize)],
        index: &SearchIndex,
        id: u32,
        before: Evaluation,
    ) -> Option<Evaluation> {
        if self.terms.len() > REMEMBERED_TERMS {
            return self.evaluate(index, id);
        }
        let (mut tiers, mut bound) = (before.tiers, i64::from(before.bound));
        for &(old, new) in changes {
            let term = &self.terms[new];
            let tier = term.tier(index, id)?;
            let shift = TIER_BITS * new as u32;
            tiers = (tiers & !(TIER_MASK << shift)) | ((tier as Tiers) << shift);
            bound += match old.map(|o| &broader.terms[o]) {
                // A grown term keeps its first char: only the rest of its bound grows.
                Some(old) if old.case_sensitive == term.case_sensitive => {
                    let camel = index.meta(id).flags & CAMEL != 0;
                    term.bound.rest(camel) - old.bound.rest(camel)
                }
                Some(old) => term.loose_bound(index, id) - old.loose_bound(index, id),
                None => term.loose_bound(index, id),
            };
        }
        let worst = (0..self.terms.len())
            .map(|t| Tier::ALL[((tiers >> (TIER_BITS * t as u32)) & TIER_MASK) as usize])
            .min()
            .unwrap_or(Tier::Whole);
        Some(Evaluation {
            tiers,
            group: self.group_of(index, id, worst),
            bound: store_bound(bound),
        })
    }

    /// The group of an item whose worst term tier is `worst`.
    fn group_of(&self, index: &SearchIndex, id: u32, worst: Tier) -> u8 {
        let meta = index.meta(id);
        let kind = meta.kind;
        let mut class = Class::of_tier(worst);
        // The first byte from the facts: most names do not begin with the query, and then
        // their text is not read (at 1.25 M items a first letter reads no text at all).
        let begins = |phrase: &[u8]| phrase.first() == Some(&meta.first.to_ascii_lowercase());
        if is_name(kind) && begins(&self.phrase) {
            let folded = index.folded(id);
            match folded.strip_prefix(self.phrase.as_slice()) {
                Some(b"" | b"s" | b"es") => class = Class::Exact,
                Some(_) if ends_word(folded, self.phrase.len()) => class = Class::Prefix,
                _ => {}
            }
        }
        group(class, kind)
    }

    /// A tighter upper bound, for an item that matches; dearer than the evaluation's.
    pub(super) fn refined_bound(&self, index: &SearchIndex, id: u32) -> i64 {
        self.terms.iter().map(|t| t.refined_bound(index, id)).sum()
    }

    /// The terms that differ from `broader`'s, as (its term, this query's term) positions;
    /// `self` must narrow `broader`. Usually one: the term being typed.
    pub(super) fn changes_from(&self, broader: &Query) -> Vec<(Option<usize>, usize)> {
        (0..self.terms.len())
            .filter(|&i| broader.terms.get(i) != Some(&self.terms[i]))
            .map(|i| ((i < broader.terms.len()).then_some(i), i))
            .collect()
    }

    /// The score SkimMatcherV2 will give, from our copy of its computation (see `replica.rs`).
    pub(super) fn replica_score(&self, index: &SearchIndex, id: u32) -> Option<i64> {
        let text = index.text(id);
        self.terms.iter().try_fold(0i64, |sum, term| {
            Some(sum + replica::score(text, &term.text, term.case_sensitive)?)
        })
    }

    /// The item's score when every term matches: the sum of SkimMatcherV2's term scores.
    pub fn score(&self, index: &SearchIndex, id: u32) -> Option<i64> {
        if !self.matches(index, id) {
            return None;
        }
        self.skim_score(index, id)
    }

    /// SkimMatcherV2's scores summed, without the tier test (for items known to match).
    pub(super) fn skim_score(&self, index: &SearchIndex, id: u32) -> Option<i64> {
        let text = index.text(id);
        self.terms.iter().try_fold(0i64, |sum, term| {
            Some(sum + matcher(term.case_sensitive).fuzzy_match(text, &term.text)?)
        })
    }

    /// Char (not byte) indices of `index.text(id)` that the terms matched, ascending, without
    /// repeats: the positions SkimMatcherV2 scored for each matching term.
    pub fn highlight(&self, index: &SearchIndex, id: u32) -> Vec<usize> {
        let text = index.text(id);
        let mut positions = Vec::new();
        for term in &self.terms {
            if !in_order(&term.bytes, term.haystack(index, id)) {
                continue;
            }
            let matcher = matcher(term.case_sensitive).element_limit(HIGHLIGHT_MATRIX_LIMIT);
            if let Some((_, indices)) = matcher.fuzzy_indices(text, &term.text) {
                positions.extend(indices);
            }
        }
        positions.sort_unstable();
        positions.dedup();
        positions
    }
}

/// A SkimMatcherV2 for one call. Not a long-lived one: its cached score matrix leaks a stale
/// "consecutive bonus" from one call into the next, so a score could depend on which item was
/// scored before it, and so the ranking on the order of work. `use_cache(false)` would avoid
/// that but panics in fuzzy-matcher 0.3.7 (a RefCell borrowed twice; fixed upstream in
/// skim-rs/fuzzy-matcher#22, unreleased). A fresh matcher costs a few small allocations, and
/// the searcher makes a few hundred calls per keystroke.
fn matcher(case_sensitive: bool) -> SkimMatcherV2 {
    let matcher = SkimMatcherV2::default();
    if case_sensitive {
        matcher.respect_case()
    } else {
        matcher.ignore_case()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_and_smart_case() {
        let q = Query::parse("  project  Manage\t");
        assert_eq!(q.terms().collect::<Vec<_>>(), ["project", "Manage"]);
        assert!(!q.terms[0].case_sensitive);
        assert!(q.terms[1].case_sensitive);
        assert_eq!(q.phrase, b"project manage");
        assert!(Query::parse(" \t\n ").is_empty());
    }

    #[test]
    fn narrowing_means_prefix_terms() {
        let broad = Query::parse("man ven");
        assert!(Query::parse("manage ven").narrows(&broad));
        assert!(Query::parse("man vendor kpi").narrows(&broad));
        assert!(Query::parse("man ven").narrows(&broad));
        assert!(Query::parse("anything").narrows(&Query::parse("")));
        assert!(!Query::parse("ma ven").narrows(&broad));
        assert!(!Query::parse("man").narrows(&broad));
        assert!(!Query::parse("ven man").narrows(&broad));
    }

    #[test]
    fn groups_rank_names_then_words() {
        use Class::*;
        let order = [
            (Exact, Kind::Role),
            (Prefix, Kind::Role),
            (Whole, Kind::Role),
            (Exact, Kind::Skill),
            (Prefix, Kind::Skill),
            (Whole, Kind::Skill),
            (Initials, Kind::Role),
            (Word, Kind::Role),
            (Whole, Kind::Responsibility),
            (Whole, Kind::Comparison),
            (Word, Kind::Summary),
            (Word, Kind::Comparison),
            (Inside, Kind::Role),
            (Inside, Kind::Comparison),
            (Initials, Kind::Skill),
            (Abbreviation, Kind::Role),
            (Abbreviation, Kind::Skill),
        ];
        assert_eq!(
            group(Whole, Kind::Summary),
            group(Whole, Kind::Responsibility)
        );
        for pair in order.windows(2) {
            assert!(
                group(pair[0].0, pair[0].1) > group(pair[1].0, pair[1].1),
                "{pair:?}"
            );
        }
        for (class, kind) in order {
            assert_eq!(class_of_group(group(class, kind)), class);
        }
    }
}
