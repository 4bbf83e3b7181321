//! Queries: whitespace-separated terms that must all match, in any order, each with fzf's
//! smart case. A cheap byte prefilter rejects most non-matches; SkimMatcherV2 scores the rest.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::SearchIndex;
use super::bound::TermBound;
use super::index::byte_class_mask;
use super::replica;

/// Highlighting builds SkimMatcherV2's full score matrix (pattern × text cells of ~24 bytes);
/// past this many cells skim's own linear fallback picks the positions instead.
const HIGHLIGHT_MATRIX_LIMIT: usize = 1 << 22;

/// A parsed query. Cheap to build; parse it once per keystroke.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// In the order typed: narrowing compares terms position by position.
    terms: Vec<Term>,
    /// Term positions, longest first: a long term rejects a non-match soonest.
    check_order: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    text: String,
    /// Smart case, as fzf and SkimMatcherV2 decide it: an ASCII upper-case letter makes the
    /// term case-sensitive. (SkimMatcherV2 folds ASCII only, so "é" never matches "É".)
    case_sensitive: bool,
    /// What the prefilter looks for: the term's bytes, ASCII-folded unless case-sensitive.
    bytes: Vec<u8>,
    /// For a term with non-ASCII chars the byte test is only a necessary condition (a
    /// multi-byte char can be pieced from others' bytes), so those are also compared as chars.
    chars: Option<Vec<char>>,
    classes: u64,
    bound: TermBound,
}

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
            classes: byte_class_mask(&bytes.to_ascii_lowercase()),
            bound: TermBound::new(&chars, case_sensitive),
            chars: (!text.is_ascii()).then_some(chars),
            bytes,
        }
    }

    fn loose_bound(&self, index: &SearchIndex, id: u32) -> i64 {
        let (text, folded) = (index.text(id), index.folded(id));
        self.bound
            .loose(text, folded, self.case_sensitive, index.camel(id))
    }

    fn refined_bound(&self, index: &SearchIndex, id: u32) -> i64 {
        let (text, folded, camel) = (index.text(id), index.folded(id), index.camel(id));
        self.bound
            .refined(text, folded, self.case_sensitive, camel, index.ascii(id))
    }

    /// Exactly SkimMatcherV2's test of whether the term matches at all (its `cheap_matches`):
    /// every char in order, ASCII case folded unless case-sensitive. Cheapest checks first.
    /// On a match, returns where the leftmost match of its bytes ends (see [`Resume`]).
    fn check(&self, index: &SearchIndex, id: u32) -> Option<Resume> {
        if self.classes & !index.classes(id) != 0 {
            return None;
        }
        let end = match_end(&self.bytes, self.haystack(index, id), 0)?;
        match &self.chars {
            None => Some(end as Resume),
            Some(chars) => {
                chars_in_order(chars, index.text(id), self.case_sensitive).then_some(NO_RESUME)
            }
        }
    }

    /// [`Term::check`] for a term grown from `old`, whose bytes' leftmost match ended at `resume`:
    /// the leftmost match of the grown term extends it, so only the new bytes are looked for.
    fn check_grown(
        &self,
        old: &Term,
        index: &SearchIndex,
        id: u32,
        resume: Resume,
    ) -> Option<Resume> {
        if resume == NO_RESUME || old.case_sensitive != self.case_sensitive || self.chars.is_some()
        {
            return self.check(index, id);
        }
        if self.classes & !index.classes(id) != 0 {
            return None;
        }
        let new = &self.bytes[old.bytes.len()..];
        match_end(new, self.haystack(index, id), resume as usize).map(|end| end as Resume)
    }

    fn haystack<'a>(&self, index: &'a SearchIndex, id: u32) -> &'a [u8] {
        if self.case_sensitive {
            index.text(id).as_bytes()
        } else {
            index.folded(id)
        }
    }
}

/// Where the in-order byte test of a query's last term can resume when that term grows: the
/// byte offset just past the leftmost match of its bytes, or [`NO_RESUME`].
pub(super) type Resume = u32;
pub(super) const NO_RESUME: Resume = Resume::MAX;

impl Query {
    /// The query with no terms.
    pub const EMPTY: Query = Query {
        terms: Vec::new(),
        check_order: Vec::new(),
    };

    /// Splits on whitespace. Never fails: any text is a query, the empty one matches everything.
    pub fn parse(text: &str) -> Query {
        let terms: Vec<Term> = text.split_whitespace().map(Term::new).collect();
        let mut check_order: Vec<usize> = (0..terms.len()).collect();
        check_order.sort_by_key(|&i| std::cmp::Reverse(terms[i].bytes.len()));
        Query { terms, check_order }
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
    /// of the longer term holds the shorter one's letters in order, in the same or stricter case.
    pub fn narrows(&self, broader: &Query) -> bool {
        broader.terms.len() <= self.terms.len()
            && broader
                .terms
                .iter()
                .zip(&self.terms)
                .all(|(b, n)| n.text.starts_with(&b.text))
    }

    /// True when every term matches the item, as SkimMatcherV2 would decide. No skim call.
    pub fn matches(&self, index: &SearchIndex, id: u32) -> bool {
        self.check_order
            .iter()
            .all(|&t| self.terms[t].check(index, id).is_some())
    }

    /// For an item that matches, a cheap upper bound of its score (see `bound.rs`), and where
    /// a growing last term can resume its match test.
    pub(super) fn bound(&self, index: &SearchIndex, id: u32) -> Option<(i64, Resume)> {
        let mut resume = NO_RESUME;
        for &t in &self.check_order {
            let end = self.terms[t].check(index, id)?;
            if t + 1 == self.terms.len() {
                resume = end;
            }
        }
        let bound = self.terms.iter().map(|t| t.loose_bound(index, id)).sum();
        Some((bound, resume))
    }

    /// A tighter upper bound, for an item that matches; dearer than [`Query::bound`].
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

    /// [`Query::bound`] for an item that matched `broader` with `bound` and `resume`, looking
    /// only at the `changes` (from [`Query::changes_from`]): the other terms matched already.
    pub(super) fn rebound(
        &self,
        broader: &Query,
        changes: &[(Option<usize>, usize)],
        index: &SearchIndex,
        id: u32,
        (bound, resume): (i64, Resume),
    ) -> Option<(i64, Resume)> {
        let (mut bound, mut next_resume) = (bound, resume);
        for &(old, new) in changes {
            let term = &self.terms[new];
            let end = match old {
                // `resume` belongs to the broader query's last term.
                Some(o) if o + 1 == broader.terms.len() => {
                    term.check_grown(&broader.terms[o], index, id, resume)?
                }
                _ => term.check(index, id)?,
            };
            if new + 1 == self.terms.len() {
                next_resume = end;
            }
            bound += match old.map(|o| &broader.terms[o]) {
                // A grown term keeps its first char: no rescan, only the rest of its bound grows.
                Some(old) if old.case_sensitive == term.case_sensitive => {
                    let camel = index.camel(id);
                    term.bound.rest(camel) - old.bound.rest(camel)
                }
                Some(old) => term.loose_bound(index, id) - old.loose_bound(index, id),
                None => term.loose_bound(index, id),
            };
        }
        Some((bound, next_resume))
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

    /// SkimMatcherV2's scores summed, without the prefilter (for items known to match).
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
        for term in self.terms.iter().filter(|t| t.check(index, id).is_some()) {
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

/// When `needle`'s bytes occur in `haystack[from..]` in order, the offset just past the
/// leftmost such occurrence.
fn match_end(needle: &[u8], haystack: &[u8], from: usize) -> Option<usize> {
    if needle.len() > haystack.len().saturating_sub(from) {
        return None;
    }
    let mut at = from;
    for &b in needle {
        at += memchr::memchr(b, haystack.get(at..)?)? + 1;
    }
    Some(at)
}

/// True when `needle`'s chars occur in `text` in order: SkimMatcherV2's own match test.
fn chars_in_order(needle: &[char], text: &str, case_sensitive: bool) -> bool {
    let mut wanted = needle.iter().peekable();
    for c in text.chars() {
        match wanted.peek() {
            None => break,
            Some(&&w)
                if (case_sensitive && c == w)
                    || (!case_sensitive && c.eq_ignore_ascii_case(&w)) =>
            {
                wanted.next();
            }
            Some(_) => {}
        }
    }
    wanted.peek().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieced_multibyte_chars_do_not_match() {
        // "é" is C3 A9; "Ã©" is C3 83 C2 A9: the bytes are there in order, the char is not.
        assert!(match_end("é".as_bytes(), "Ã©".as_bytes(), 0).is_some());
        assert!(!chars_in_order(&['é'], "Ã©", false));
        assert!(chars_in_order(&['é', 'x'], "café x", false));
    }

    #[test]
    fn in_order_bytes_and_where_they_end() {
        assert_eq!(match_end(b"mgr", b"manager", 0), Some(7));
        assert_eq!(match_end(b"ma", b"manager", 0), Some(2));
        // Resuming after "ma" finds the "n" at 2 and the "g" at 4.
        assert_eq!(match_end(b"ng", b"manager", 2), Some(5));
        assert_eq!(match_end(b"", b"x", 0), Some(0));
        assert_eq!(match_end(b"rgm", b"manager", 0), None);
        assert_eq!(match_end(b"managers", b"manager", 0), None);
        assert_eq!(match_end(b"a", b"ab", 5), None);
    }

    #[test]
    fn terms_and_smart_case() {
        let q = Query::parse("  project  Manage\t");
        assert_eq!(q.terms().collect::<Vec<_>>(), ["project", "Manage"]);
        assert!(!q.terms[0].case_sensitive);
        assert!(q.terms[1].case_sensitive);
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
}
