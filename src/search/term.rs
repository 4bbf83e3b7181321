//! How well one term of a query matches one text: the quality gate of a match and the first
//! part of its rank. Skim would match any text holding the term's letters in order ("doctor"
//! in "Tax Examiners and Collectors, and Revenue Agents"); a person would not. A term matches
//! only as one of these, best first:
//! - [`Tier::Whole`]: a whole word, or one with a plural ending ("nurse" in "Registered
//!   Nurses");
//! - [`Tier::Word`]: contiguous, starting a word ("regist" in "Registered Nurses");
//! - [`Tier::Inside`]: contiguous inside a word ("wiring" in "rewiring");
//! - [`Tier::Initials`]: pieces of at most four letters that each begin a word, in order, as
//!   acronyms do ("rn" in "Registered Nurses", "hvac" in "Heating, Ventilation, and Air
//!   Conditioning"), the term at most four letters; words like "and" and "of" are no part of
//!   them;
//! - [`Tier::Abbreviation`]: letters in order within one word it begins ("mgr" in "manager",
//!   "electrican" in "Electricians"), or a longer term in such pieces ("regnur" in "Registered
//!   Nurses", but also "nurse" in "Numerical Router Set Up Operator": a guess).
//!
//! The scattered tiers (the last two) count only in names (titles, alternate titles, skill
//! names), where people abbreviate and acronyms live; in sentences they are mostly chance
//! ("nurs" in "numerous", "rn" in "review new"), so there only words count. They also need an
//! ASCII term; a term with other chars matches contiguously only.
//! Each tier of a term implies some tier of every prefix of the term, so the matches of a query
//! that only grew are among the previous matches (the searcher narrows on that).

use memchr::memmem;

use super::index::{Meta, class_bit, word_end, word_start};

/// How a term matched, worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    Abbreviation = 0,
    Initials = 1,
    Inside = 2,
    Word = 3,
    Whole = 4,
}

impl Tier {
    pub(super) const ALL: [Tier; 5] = [
        Tier::Abbreviation,
        Tier::Initials,
        Tier::Inside,
        Tier::Word,
        Tier::Whole,
    ];
}

/// The longest term and the most word starts the initials test considers; past them a term
/// can still match contiguously or as an abbreviation.
const MAX_INITIALS_TERM: usize = 32;
const MAX_INITIALS_WORDS: usize = 127;
/// The longest term whose initials rank as an acronym ("hvac"); a longer one matching only in
/// pieces of words ranks as a guess, with abbreviations.
const MAX_ACRONYM: usize = 4;
/// The longest piece of initials: "electric" + "an" in "Electrical and …" is a typo of
/// "electrician", not an acronym.
const MAX_PIECE: usize = 4;
/// Words acronyms leave out.
const LEFT_OUT: &[&[u8]] = &[
    b"a", b"an", b"and", b"as", b"at", b"by", b"for", b"from", b"in", b"into", b"of", b"on", b"or",
    b"the", b"to", b"with",
];

/// A term as the tier test needs it.
#[derive(Debug, Clone)]
pub(super) struct Pattern {
    /// The term's bytes, ASCII-folded unless case-sensitive.
    bytes: Vec<u8>,
    finder: memmem::Finder<'static>,
    /// A single ASCII letter or digit matched in either case: decided by the class masks alone.
    single: Option<u64>,
    /// The class bit of the first byte, when the term is ASCII (scattered tiers need it to
    /// begin a word).
    first: Option<u64>,
}

impl Pattern {
    /// `bytes` as [`Pattern::bytes`]; `case_sensitive` is the term's smart-case decision.
    pub(super) fn new(bytes: &[u8], case_sensitive: bool) -> Pattern {
        let ascii = bytes.is_ascii();
        let single = match bytes {
            [b] if b.is_ascii_digit() || (b.is_ascii_lowercase() && !case_sensitive) => {
                Some(class_bit(*b))
            }
            _ => None,
        };
        Pattern {
            finder: memmem::Finder::new(bytes).into_owned(),
            single,
            first: bytes.first().filter(|_| ascii).map(|&b| class_bit(b)),
            bytes: bytes.to_vec(),
        }
    }

    /// The tier of the term in an item: `raw` is its text, `haystack` the same bytes as the term
    /// is searched for (folded unless case-sensitive), `meta` its facts, `scattered` whether the
    /// item is a name (see above). `None`: no match.
    pub(super) fn tier(
        &self,
        raw: &[u8],
        haystack: &[u8],
        meta: &Meta,
        scattered: bool,
    ) -> Option<Tier> {
        if let Some(bit) = self.single {
            // A lone letter is a word's start at best ("a" as a whole word is chance).
            return match (meta.starts & bit != 0, meta.classes & bit != 0) {
                (true, _) => Some(Tier::Word),
                (false, true) => Some(Tier::Inside),
                (false, false) => None,
            };
        }
        let mut best = None;
        // `find` from each position rather than `find_iter`, which copies the finder's searcher
        // (a few hundred bytes) on every call: the same positions, ~30 instructions fewer per
        // item (measured with callgrind).
        let mut from = 0;
        while let Some(found) = haystack.get(from..).and_then(|rest| self.finder.find(rest)) {
            let at = from + found;
            from = at + self.bytes.len().max(1);
            if !word_start(raw, at) {
                best = best.max(Some(Tier::Inside));
            } else if ends_word(raw, at + self.bytes.len()) {
                return Some(Tier::Whole);
            } else {
                best = Some(Tier::Word);
            }
        }
        if best.is_some() || !scattered {
            return best;
        }
        // Both scattered tiers begin at a word start with the term's first char.
        let first = self.first?;
        if meta.starts & first == 0 || !in_order(&self.bytes, haystack) {
            return None;
        }
        if self.initials(raw, haystack) {
            // Acronyms are short; a longer term in pieces ("nurse" in "NUmerical Router SEt")
            // is a guess, ranked with abbreviations.
            Some(if self.bytes.len() <= MAX_ACRONYM {
                Tier::Initials
            } else {
                Tier::Abbreviation
            })
        } else if self.abbreviation(raw, haystack) {
            Some(Tier::Abbreviation)
        } else {
            None
        }
    }

    /// Whether the term splits into pieces that each begin a word, the words in order: a
    /// backward pass over (term position, word) pairs, a bit per word.
    fn initials(&self, raw: &[u8], haystack: &[u8]) -> bool {
        let term = &self.bytes;
        let n = term.len();
        if n > MAX_INITIALS_TERM {
            return false;
        }
        let starts: Vec<usize> = (0..raw.len())
            .filter(|&at| word_start(raw, at))
            .filter(|&at| {
                let word = &raw[at..word_end(raw, at)];
                !LEFT_OUT.iter().any(|w| w.eq_ignore_ascii_case(word))
            })
            .take(MAX_INITIALS_WORDS + 1)
            .collect();
        if starts.len() > MAX_INITIALS_WORDS {
            return false;
        }
        // can[i] bit j: term[i..] can be matched by pieces beginning words j, j+1, ….
        let mut can = [0u128; MAX_INITIALS_TERM + 1];
        can[n] = u128::MAX;
        for i in (0..n).rev() {
            let mut bits = 0u128;
            for (j, &start) in starts.iter().enumerate().rev() {
                // Skip word j, or match a piece beginning it and go on after it.
                let mut ok = bits & (1 << (j + 1)) != 0;
                let mut len = 0;
                while !ok
                    && len < MAX_PIECE
                    && i + len < n
                    && haystack.get(start + len) == Some(&term[i + len])
                {
                    len += 1;
                    ok = i + len == n || can[i + len] & (1 << (j + 1)) != 0;
                }
                if ok {
                    bits |= 1 << j;
                }
            }
            can[i] = bits;
        }
        can[0] & 1 != 0
    }

    /// Whether the term's letters occur in order within one word that its first letter begins.
    fn abbreviation(&self, raw: &[u8], haystack: &[u8]) -> bool {
        let (first, rest) = (self.bytes[0], &self.bytes[1..]);
        memchr::memchr_iter(first, haystack)
            .filter(|&at| word_start(raw, at))
            .any(|at| in_order(rest, &haystack[at + 1..word_end(raw, at)]))
    }
}

/// True when a word ends at byte `at` of `raw`, or a plural ending does ("s", "es").
pub(super) fn ends_word(raw: &[u8], at: usize) -> bool {
    let rest = &raw[at.min(raw.len())..];
    let ends = |n: usize| {
        rest.get(n)
            .is_none_or(|&b| !(b.is_ascii_alphanumeric() || b >= 0x80))
    };
    let is = |n: usize, c: u8| rest.get(n).is_some_and(|b| b.eq_ignore_ascii_case(&c));
    ends(0) || (is(0, b's') && ends(1)) || (is(0, b'e') && is(1, b's') && ends(2))
}

/// True when `needle`'s bytes occur in `haystack` in order.
pub(super) fn in_order(needle: &[u8], haystack: &[u8]) -> bool {
    let mut at = 0;
    for &b in needle {
        match haystack.get(at..).and_then(|rest| memchr::memchr(b, rest)) {
            Some(found) => at += found + 1,
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::index::describe;

    /// The tier of `term` in a name (scattered tiers allowed).
    fn tier(term: &str, text: &str) -> Option<Tier> {
        tier_in(term, text, true)
    }

    fn tier_in(term: &str, text: &str, scattered: bool) -> Option<Tier> {
        let case_sensitive = term.bytes().any(|b| b.is_ascii_uppercase());
        let bytes = if case_sensitive {
            term.as_bytes().to_vec()
        } else {
            term.as_bytes().to_ascii_lowercase()
        };
        let folded = text.as_bytes().to_ascii_lowercase();
        let described = describe(text.as_bytes());
        let meta = Meta {
            classes: described.classes,
            starts: described.starts,
            flags: described.flags,
            ..Meta::default()
        };
        let haystack = if case_sensitive {
            text.as_bytes()
        } else {
            &folded
        };
        Pattern::new(&bytes, case_sensitive).tier(text.as_bytes(), haystack, &meta, scattered)
    }

    #[test]
    fn tiers_of_what_people_type() {
        use Tier::*;
        for (term, text, expected) in [
            ("regist", "Registered Nurses", Some(Word)),
            ("nurse", "ER Nurse", Some(Whole)),
            ("nurse", "Registered Nurses", Some(Whole)),
            ("mechanic", "Mechanical Engineers", Some(Word)),
            ("mechanic", "Bus Mechanics", Some(Whole)),
            ("wiring", "Install rewiring kits", Some(Inside)),
            ("wiring", "Install electrical wiring.", Some(Whole)),
            ("rn", "Registered Nurses", Some(Initials)),
            ("regnur", "Registered Nurses", Some(Abbreviation)),
            (
                "nurse",
                "Numerical Control Router Set Up Operator",
                Some(Abbreviation),
            ),
            (
                "hvac",
                "Heating, Ventilation, and Air Conditioning",
                Some(Initials),
            ),
            ("hvaac", "Heating, Ventilation, and Air Conditioning", None),
            ("electrican", "Electrical and Radio Mechanic", None),
            ("patients", "Patient Service Representative", None),
            ("cpa", "Certified Public Accountants", Some(Initials)),
            ("mgr", "Office manager", Some(Abbreviation)),
            ("electrican", "Electricians", Some(Abbreviation)),
            ("point", "SharePoint sites", Some(Whole)),
            ("m", "Manage", Some(Word)),
            ("m", "Formal", Some(Inside)),
            ("x", "Formal", None),
            ("N", "Registered Nurses", Some(Word)),
            ("NU", "Registered NURSES", Some(Word)),
            ("N", "registered nurses", None),
            ("é", "Café", Some(Inside)),
        ] {
            assert_eq!(tier(term, text), expected, "{term:?} in {text:?}");
        }
    }

    #[test]
    fn scattered_letters_across_words_do_not_match() {
        for (term, text) in [
            ("doctor", "Tax Examiners and Collectors, and Revenue Agents"),
            ("doctor", "Railroad Conductors and Yardmasters"),
            ("python", "Physics Teachers, Postsecondary"),
            ("rgn", "Registered Nurses"),
        ] {
            assert_eq!(tier(term, text), None, "{term:?} in {text:?}");
        }
        // In sentences only words count.
        assert_eq!(tier("nurs", "Numerous reports"), Some(Tier::Abbreviation));
        assert_eq!(tier_in("nurs", "Numerous reports", false), None);
        assert_eq!(tier_in("rn", "Review new plans", false), None);
        assert_eq!(
            tier_in("wiring", "Install rewiring kits", false),
            Some(Tier::Inside)
        );
    }

    #[test]
    fn a_term_that_matches_has_prefixes_that_match() {
        let texts = [
            "Registered Nurses",
            "Office manager (RN)",
            "Install electrical wiring",
            "SharePoint-based CRM",
        ];
        for text in texts {
            for term in ["regnurse", "offmgr", "mgrn", "elwiring", "spcrm", "shbcrm"] {
                if tier(term, text).is_some() {
                    for end in 1..term.len() {
                        assert!(
                            tier(&term[..end], text).is_some(),
                            "{term:?} matches {text:?} but {:?} does not",
                            &term[..end]
                        );
                    }
                }
            }
        }
    }
}
