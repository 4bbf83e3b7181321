//! An upper bound on SkimMatcherV2's score of one term in one text, from one byte scan.
//!
//! SkimMatcherV2 costs about 2 µs per 75-character item on our machines, so scoring every match
//! of a short query (70,000 of 100,000 items for "ma") takes 150 ms. The searcher instead ranks
//! matches by this bound and asks skim only about items whose bound can still reach the rows
//! wanted: skim still gives every score shown, the bound only decides whom to ask.
//!
//! Why it holds, reading `SkimMatcherV2::fuzzy` of fuzzy-matcher 0.3.7 with its default
//! `SkimScoreConfig` (the compressed, two-row matrix that `fuzzy_match` uses):
//! - the first term char, matched at char `x`, scores exactly `match + bonus(x) - 1`: `match`
//!   is 16, or 14 when an ASCII letter matched in the other case; `bonus(0)` is 16 (head bonus
//!   times the first-char multiplier), otherwise 8 after a space-like separator (or NUL),
//!   7 after other punctuation, 6 for an ASCII upper-case letter after a lower-case letter or
//!   digit ("camel"), else 0;
//! - every further char adds at most 16 plus the larger of: 4 (the least consecutive bonus),
//!   the bonus of its position when it directly follows the previous term char (so 8 or 7 only
//!   when that char is a separator, 6 only for camel case), and a bonus after a gap (≤ 8)
//!   minus the gap's cost (≥ 4);
//! - the "consecutive bonus" skim carries in its matrix cells is, within one call, always one
//!   computed for the same position, so it adds nothing above; between calls it would leak
//!   through skim's cached matrix, which is why the searcher uses a fresh matcher per call;
//! - where skim's row boundaries keep values from two rows before, the path skips term chars
//!   and so scores below the bound, which grows by at least 20 per char.
//!
//! The property tests check the bound against skim on random texts and terms, and debug builds
//! assert it on every skim call the searcher makes.

use super::replica::{CharType, Symbol, position_bonus};

/// The constants of `SkimScoreConfig::default()` that the bound depends on.
const SCORE_MATCH: i64 = 16;
const CASE_MISMATCH: i64 = -2;
const BONUS_HEAD: i64 = 8;
const BONUS_CAMEL: i64 = 6;
const BONUS_CONSECUTIVE: i64 = 4;
/// The first char's head bonus, times the first-char multiplier.
const BONUS_FIRST: i64 = 16;
/// The cheapest gap, one skipped char: gap start −3 and one extension −1.
const GAP_MIN_COST: i64 = 4;

/// The least the refined bound counts for one later char, and how far below the best first
/// char plus a match its first pair may go. Paths through skim's row boundaries skip two term
/// chars and gain at most 20 for them and the char after (a match, a bonus ≤ 8, a gap ≥ 4),
/// or, at the first boundary, start from −2 and reach at most 22 with the third char; counting
/// at least 7 per char and the first pair at least 6 above the first char keeps every
/// such path below the bound.
const STEP_FLOOR: i64 = 7;
const PAIR_FLOOR: i64 = -10;

/// The precomputed part of one term's bound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct TermBound {
    first: First,
    /// The term's chars as searched for, when it is ASCII and longer than one char: then the
    /// refined bound looks at where each char actually follows the one before.
    searched: Option<Vec<u8>>,
    /// The most the second char can add, `[in text without camel case, with]`; 0 if none.
    second_step: [i64; 2],
    /// The most the chars after the second can add.
    tail: [i64; 2],
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum First {
    /// An ASCII char, as the prefilter searches for it (folded unless case-sensitive).
    Byte(u8),
    Char(char),
}

/// A term char as the prefilter searches for it.
fn searched(c: char, case_sensitive: bool) -> Option<u8> {
    c.is_ascii().then(|| {
        if case_sensitive {
            c as u8
        } else {
            c.to_ascii_lowercase() as u8
        }
    })
}

impl TermBound {
    /// `chars` is the term (at least one char), `case_sensitive` its smart-case decision.
    pub(super) fn new(chars: &[char], case_sensitive: bool) -> TermBound {
        // Which types the text char matching `c` can have.
        let types_of = |c: char| -> &'static [CharType] {
            if !case_sensitive && c.is_ascii_alphabetic() {
                &[CharType::Lower, CharType::Upper]
            } else {
                match c.char_type() {
                    CharType::Empty => &[CharType::Empty],
                    CharType::Upper => &[CharType::Upper],
                    CharType::Lower => &[CharType::Lower],
                    CharType::Number => &[CharType::Number],
                    CharType::HardSep => &[CharType::HardSep],
                    CharType::SoftSep => &[CharType::SoftSep],
                }
            }
        };
        // The most char `k` can add: a match, plus the best of a consecutive bonus (at least
        // 4, more only after a separator or for camel case) and a bonus after a gap (≤ 8 − 4).
        let step = |k: usize, camel: bool| {
            let mut step = BONUS_CONSECUTIVE.max(BONUS_HEAD - GAP_MIN_COST);
            for &prev in types_of(chars[k - 1]) {
                for &cur in types_of(chars[k]) {
                    let bonus = position_bonus(prev, cur) as i64;
                    if bonus != BONUS_CAMEL || camel {
                        step = step.max(bonus);
                    }
                }
            }
            SCORE_MATCH + step
        };
        let steps = |range: std::ops::Range<usize>| {
            [false, true].map(|camel| range.clone().map(|k| step(k, camel)).sum())
        };
        let first = match chars.first() {
            Some(&c) => searched(c, case_sensitive).map_or(First::Char(c), First::Byte),
            None => First::Char('\0'),
        };
        let all_searched: Option<Vec<u8>> =
            chars.iter().map(|&c| searched(c, case_sensitive)).collect();
        TermBound {
            first,
            searched: all_searched.filter(|chars| chars.len() > 1),
            second_step: steps(1.min(chars.len())..2.min(chars.len())),
            tail: steps(2.min(chars.len())..chars.len()),
        }
    }

    /// The most the chars after the first can add. As a term is typed on, its first char and so
    /// its [`TermBound::loose`] first part stay the same: only this changes.
    pub(super) fn rest(&self, camel: bool) -> i64 {
        self.second_step[camel as usize] + self.tail[camel as usize]
    }

    /// [`TermBound::loose`] or above it, without reading the text past its first byte: for a term
    /// beginning with an ASCII letter or digit, whether that char begins a word anywhere (`starts`,
    /// the item's word-start classes) says whether it can earn more than a plain match, since skim
    /// gives its bonuses only where such a char begins a word. `None` for other terms.
    /// Of the text it needs only its first byte, `first`.
    pub(super) fn quick(
        &self,
        first: u8,
        case_sensitive: bool,
        starts: u64,
        camel: bool,
    ) -> Option<i64> {
        let First::Byte(c) = self.first else {
            return None;
        };
        if !c.is_ascii_alphanumeric() {
            return None;
        }
        let searched = match case_sensitive {
            true => first,
            false => first.to_ascii_lowercase(),
        };
        let first = if searched == c {
            // `first_value` at 0, from the byte alone.
            BONUS_FIRST
                + match first == c {
                    true => SCORE_MATCH,
                    false => SCORE_MATCH + CASE_MISMATCH,
                }
        } else if starts & super::index::class_bit(c) != 0 {
            SCORE_MATCH + BONUS_HEAD
        } else {
            SCORE_MATCH
        };
        Some(first - 1 + self.rest(camel))
    }

    /// A bound from the best place of the first char alone; one scan of the text.
    /// `folded` is `text` ASCII-lower-cased; `camel` says whether the text has camel case.
    pub(super) fn loose(
        &self,
        text: &str,
        folded: &[u8],
        case_sensitive: bool,
        camel: bool,
    ) -> i64 {
        self.first_char(text, folded, case_sensitive) - 1 + self.rest(camel)
    }

    /// A tighter bound that also looks at where each char follows the one before, in ASCII
    /// text (where byte distances are the char gaps skim charges); else [`TermBound::loose`].
    /// The first two chars are taken together with the first char's place; each later char adds
    /// at most its best step from any place of the char before it.
    pub(super) fn refined(
        &self,
        text: &str,
        folded: &[u8],
        case_sensitive: bool,
        camel: bool,
        ascii: bool,
    ) -> i64 {
        match &self.searched {
            Some(chars) if ascii => {
                let raw = text.as_bytes();
                let haystack = if case_sensitive { raw } else { folded };
                let later: i64 = chars
                    .windows(2)
                    .skip(1)
                    .map(|pair| best_step(raw, haystack, pair[0], pair[1]).max(STEP_FLOOR))
                    .sum();
                self.pair(raw, haystack, chars[0], chars[1]) - 1 + later
            }
            _ => self.loose(text, folded, case_sensitive, camel),
        }
    }

    /// The best `match + bonus` of the first char plus what the second adds from there, over
    /// every place the two can be matched, and no less than [`PAIR_FLOOR`] below the best
    /// first. One pass: a pair with a gap scores `V(x) + x + match + bonus(y) - 2 - y` (open
    /// the gap −3, −1 per skipped char), so the best earlier first char is a running maximum.
    fn pair(&self, raw: &[u8], haystack: &[u8], first: u8, second: u8) -> i64 {
        const NONE: i64 = i64::MIN / 4;
        let (mut best, mut best_first) = (NONE, NONE);
        // max of V(x) + x over first-char places x at least two before the current one.
        let mut gapped = NONE;
        // The latest first-char place and its V, until it is two or more behind.
        let mut latest: Option<(usize, i64)> = None;
        for y in memchr::memchr2_iter(first, second, haystack) {
            if let Some((x, v)) = latest.filter(|&(x, _)| x + 1 < y) {
                gapped = gapped.max(v + x as i64);
                latest = None;
            }
            if haystack[y] == second && y > 0 {
                if let Some((x, v)) = latest {
                    best = best.max(v + step(raw, x, y, second));
                }
                // Over a gap from x: V(x) + match + bonus − 3 − (y − x − 1).
                let (matched, bonus) = arrival(raw, y, second);
                best = best.max(gapped + matched + bonus - 2 - y as i64);
            }
            if haystack[y] == first {
                if let Some((x, v)) = latest {
                    gapped = gapped.max(v + x as i64);
                }
                let v = first_value(raw, y, first);
                best_first = best_first.max(v);
                latest = Some((y, v));
            }
        }
        best.max(best_first + SCORE_MATCH + PAIR_FLOOR)
    }

    /// The best `match + bonus` of the term's first char anywhere in the text.
    fn first_char(&self, text: &str, folded: &[u8], case_sensitive: bool) -> i64 {
        // Anywhere but the start a char scores at most a match and a head bonus.
        const BEST_LATER: i64 = SCORE_MATCH + BONUS_HEAD;
        let raw = text.as_bytes();
        let mut best = i64::MIN / 4;
        match self.first {
            First::Byte(c) => {
                let haystack = if case_sensitive { raw } else { folded };
                if haystack.first() == Some(&c) {
                    // At the start even a case mismatch (30) beats any later place.
                    return first_value(raw, 0, c);
                }
                for x in memchr::memchr_iter(c, haystack) {
                    best = best.max(first_value(raw, x, c));
                    if best == BEST_LATER {
                        break;
                    }
                }
            }
            First::Char(c) => {
                let mut prev: Option<char> = None;
                for ch in text.chars() {
                    if ch == c {
                        let bonus = match prev {
                            None => BONUS_FIRST,
                            Some(p) => position_bonus(p.char_type(), ch.char_type()) as i64,
                        };
                        best = best.max(SCORE_MATCH + bonus);
                    }
                    prev = Some(ch);
                }
            }
        }
        best
    }
}

/// What matching `cur` at some place right after, or a gap after, a place of `prev` adds at
/// best (both ASCII, as searched). Only the latest `prev` before each `cur` matters: a gap
/// costs one point per char, a bonus is at most 8.
fn best_step(raw: &[u8], haystack: &[u8], prev: u8, cur: u8) -> i64 {
    let mut best = i64::MIN / 4;
    let mut latest = None;
    for y in memchr::memchr2_iter(prev, cur, haystack) {
        if haystack[y] == cur {
            if let Some(x) = latest {
                best = best.max(step(raw, x, y, cur));
            }
        }
        if haystack[y] == prev {
            latest = Some(y);
        }
    }
    best
}

/// What the term char `cur` matched at `y` adds after the one before it matched at `x < y`:
/// a match, then the consecutive bonus (at least 4), or the in-place bonus minus the gap.
fn step(raw: &[u8], x: usize, y: usize, cur: u8) -> i64 {
    let (matched, bonus) = arrival(raw, y, cur);
    // After a gap of `g` skipped chars: −3 to open it, −1 per skipped char.
    matched
        + if y == x + 1 {
            bonus.max(BONUS_CONSECUTIVE)
        } else {
            bonus - 3 - (y - x - 1) as i64
        }
}

/// The match score and in-place bonus of the term char `cur` (as searched) at byte `y > 0`.
fn arrival(raw: &[u8], y: usize, cur: u8) -> (i64, i64) {
    let matched = if raw[y] == cur {
        SCORE_MATCH
    } else {
        SCORE_MATCH + CASE_MISMATCH
    };
    (
        matched,
        position_bonus(raw[y - 1].char_type(), raw[y].char_type()) as i64,
    )
}

/// `match + bonus` of the first term char (`searched`, ASCII) matched at byte `x`.
fn first_value(raw: &[u8], x: usize, searched: u8) -> i64 {
    let matched = if raw[x] == searched {
        SCORE_MATCH
    } else {
        SCORE_MATCH + CASE_MISMATCH
    };
    let bonus = match x {
        0 => BONUS_FIRST,
        _ => position_bonus(raw[x - 1].char_type(), raw[x].char_type()) as i64,
    };
    matched + bonus
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::index::{CAMEL, describe};
    use fuzzy_matcher::FuzzyMatcher;
    use fuzzy_matcher::skim::SkimMatcherV2;

    fn check(text: &str, term: &str) -> (i64, Option<i64>) {
        let sensitive = term.bytes().any(|b| b.is_ascii_uppercase());
        let chars: Vec<char> = term.chars().collect();
        let (folded, camel) = (
            text.as_bytes().to_ascii_lowercase(),
            describe(text.as_bytes()).flags & CAMEL != 0,
        );
        let bound = TermBound::new(&chars, sensitive);
        let loose = bound.loose(text, &folded, sensitive, camel);
        let refined = bound.refined(text, &folded, sensitive, camel, text.is_ascii());
        assert!(
            refined <= loose,
            "{term:?} in {text:?}: refined {refined} > loose {loose}"
        );
        (refined, SkimMatcherV2::default().fuzzy_match(text, term))
    }

    #[test]
    fn exact_for_single_chars_and_contiguous_word_starts() {
        // These are the cases that fill the top rows, so the bound must not overshoot them.
        for (text, term) in [
            ("manage", "m"),
            ("Manage", "m"),
            ("x manage", "m"),
            ("Manage", "ma"),
            ("x manage", "ma"),
            ("Manage vendor", "manage"),
            ("x-ray", "r"),
            ("área manager", "á"),
            ("Área manager", "Á"),
            ("x Área", "Á"),
        ] {
            let (bound, score) = check(text, term);
            assert_eq!(Some(bound), score, "{term:?} in {text:?}");
        }
    }

    #[test]
    fn above_scattered_matches() {
        for (text, term) in [
            ("xmanage", "ma"),
            ("project management", "pm"),
            ("m a", "ma"),
            ("SharePoint", "ep"),
            ("Coordinate customer escalations to cut lead times", "cut"),
            ("aaaa bab aab", "aab"),
            ("Mississippi", "ssi"),
        ] {
            let (bound, score) = check(text, term);
            let score = score.unwrap();
            assert!(
                bound >= score,
                "{term:?} in {text:?}: bound {bound} < score {score}"
            );
        }
    }

    #[test]
    fn camel_case_is_found() {
        for (text, camel) in [
            ("SharePoint", true),
            ("x9Y", true),
            ("naïveX", true),
            ("Manage the NOC", false),
            ("X-Ray", false),
            ("", false),
        ] {
            assert_eq!(
                describe(text.as_bytes()).flags & CAMEL != 0,
                camel,
                "{text:?}"
            );
        }
    }
}
