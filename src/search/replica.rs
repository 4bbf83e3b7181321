//! A line-by-line copy of how SkimMatcherV2 computes a score (fuzzy-matcher 0.3.7,
//! `SkimMatcherV2::fuzzy` with `with_pos = false`, default `SkimScoreConfig`, on a fresh matcher),
//! run on bytes when text and term are ASCII, and on a reused buffer: about 5× cheaper than
//! calling skim. The searcher uses it only to decide which items to ask skim about; every score
//! it shows comes from skim, and debug builds assert the two agree.
//!
//! Kept deliberately close to the original, quirks included (the consecutive bonus is read from
//! the cell left of the current one, and row boundaries keep values from two rows before), since
//! being exact is its whole point. The tests compare it with skim on random texts and terms.

use std::cell::RefCell;

/// `SkimScoreConfig::default()`.
const SCORE_MATCH: i32 = 16;
const GAP_START: i32 = -3;
const GAP_EXTENSION: i32 = -1;
const BONUS_FIRST_CHAR_MULTIPLIER: i32 = 2;
const BONUS_HEAD: i32 = SCORE_MATCH / 2;
const BONUS_BREAK: i32 = SCORE_MATCH / 2 + GAP_EXTENSION;
const BONUS_CAMEL: i32 = SCORE_MATCH / 2 + 2 * GAP_EXTENSION;
const BONUS_CONSECUTIVE: i32 = -(GAP_START + GAP_EXTENSION);
const PENALTY_CASE_MISMATCH: i32 = GAP_EXTENSION * 2;
const NEG_INFINITY: i32 = i16::MIN as i32;

/// skim's `CharType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CharType {
    Empty,
    Upper,
    Lower,
    Number,
    HardSep,
    SoftSep,
}

/// What the score needs of a char; implemented for `u8` (ASCII text) and `char`.
pub(super) trait Symbol: Copy + PartialEq {
    const EMPTY: Self;
    fn char_type(self) -> CharType;
    fn same(self, other: Self, case_sensitive: bool) -> bool;
}

impl Symbol for char {
    const EMPTY: char = '\0';

    fn char_type(self) -> CharType {
        if self.is_ascii() {
            BYTE_TYPES[self as usize]
        } else {
            CharType::Lower
        }
    }

    fn same(self, other: char, case_sensitive: bool) -> bool {
        if case_sensitive {
            self == other
        } else {
            self.eq_ignore_ascii_case(&other)
        }
    }
}

/// The type of the char each byte is or belongs to (every byte of a non-ASCII char is part of
/// a `Lower` char, as skim types all non-ASCII chars): looked up rather than matched.
static BYTE_TYPES: [CharType; 256] = {
    let mut types = [CharType::Lower; 256];
    let mut b = 0;
    while b < 128 {
        types[b] = ascii_type(b as u8);
        b += 1;
    }
    types
};

/// skim's `CharType::of` for an ASCII char.
const fn ascii_type(b: u8) -> CharType {
    match b {
        0 => CharType::Empty,
        b' ' | b'/' | b'\\' | b'|' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => CharType::HardSep,
        b'!'..=b'\'' | b'*'..=b'.' | b':'..=b'@' | b'^'..=b'`' | b'~' => CharType::SoftSep,
        b'0'..=b'9' => CharType::Number,
        b'A'..=b'Z' => CharType::Upper,
        _ => CharType::Lower,
    }
}

impl Symbol for u8 {
    const EMPTY: u8 = 0;

    fn char_type(self) -> CharType {
        BYTE_TYPES[self as usize]
    }

    fn same(self, other: u8, case_sensitive: bool) -> bool {
        if case_sensitive {
            self == other
        } else {
            self.eq_ignore_ascii_case(&other)
        }
    }
}

/// skim's in-place bonus of a char of type `cur` after one of type `prev`.
pub(super) fn position_bonus(prev: CharType, cur: CharType) -> i32 {
    match (prev, cur) {
        (CharType::Empty | CharType::HardSep, _) => BONUS_HEAD,
        (CharType::SoftSep, _) => BONUS_BREAK,
        (CharType::Lower | CharType::Number, CharType::Upper) => BONUS_CAMEL,
        _ => 0,
    }
}

#[derive(Debug, Clone, Copy)]
struct Cell {
    m_score: i32,
    p_score: i32,
    bonus: i32,
}

/// `MatrixCell::default()` and `reset()` (the moves do not affect the score).
const FRESH: Cell = Cell {
    m_score: NEG_INFINITY,
    p_score: NEG_INFINITY,
    bonus: 0,
};

#[derive(Default)]
struct Scratch {
    cells: Vec<Cell>,
    bonuses: Vec<i32>,
    first_matches: Vec<usize>,
    choice: Vec<char>,
    pattern: Vec<char>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// What a fresh `SkimMatcherV2::default()` with the given case mode returns from
/// `fuzzy_match(text, term)`.
pub(super) fn score(text: &str, term: &str, case_sensitive: bool) -> Option<i64> {
    SCRATCH.with(|scratch| {
        let mut scratch = scratch.borrow_mut();
        let scratch = &mut *scratch;
        if text.is_ascii() && term.is_ascii() {
            score_in(text.as_bytes(), term.as_bytes(), case_sensitive, scratch)
        } else {
            let (mut choice, mut pattern) = (
                std::mem::take(&mut scratch.choice),
                std::mem::take(&mut scratch.pattern),
            );
            choice.clear();
            choice.extend(text.chars());
            pattern.clear();
            pattern.extend(term.chars());
            let score = score_in(&choice, &pattern, case_sensitive, scratch);
            (scratch.choice, scratch.pattern) = (choice, pattern);
            score
        }
    })
}

fn score_in<S: Symbol>(
    choice: &[S],
    pattern: &[S],
    case_sensitive: bool,
    scratch: &mut Scratch,
) -> Option<i64> {
    if pattern.is_empty() {
        return Some(0);
    }
    // `cheap_matches`: the first match of each pattern char, greedily; no match, no score.
    let first = &mut scratch.first_matches;
    first.clear();
    let mut wanted = pattern.iter().peekable();
    for (idx, &c) in choice.iter().enumerate() {
        match wanted.peek() {
            Some(&&p) if c.same(p, case_sensitive) => {
                first.push(idx);
                wanted.next();
            }
            Some(_) => {}
            None => break,
        }
    }
    if wanted.peek().is_some() {
        return None;
    }

    let cols = choice.len() + 1;
    // Two fresh rows, as a new matcher's first call has.
    let m = &mut scratch.cells;
    m.clear();
    m.resize(2 * cols, FRESH);
    let at = |row: usize, col: usize| row * cols + col;

    let bonuses = &mut scratch.bonuses;
    bonuses.clear();
    bonuses.resize(cols, 0);
    let mut prev = S::EMPTY;
    for (j, &c) in choice.iter().enumerate() {
        bonuses[j + 1] = position_bonus(prev.char_type(), c.char_type());
        prev = c;
    }
    if cols > 1 {
        bonuses[1] *= BONUS_FIRST_CHAR_MULTIPLIER;
    }

    m[at(0, 0)] = FRESH;
    m[at(1, first[0])] = FRESH;
    for j in 0..cols {
        m[at(0, j)] = Cell {
            p_score: GAP_EXTENSION,
            ..FRESH
        };
    }

    for (i, &p) in pattern.iter().enumerate() {
        let row = (i + 1) & 1;
        let row_prev = i & 1;
        let to_skip = first[i];
        for (j, &c) in choice[to_skip..].iter().enumerate() {
            let col = to_skip + j + 1;
            let (cur, last, diag) = (at(row, col), at(row, col - 1), at(row_prev, col - 1));
            if c.same(p, case_sensitive) {
                let matched = if !case_sensitive && p != c {
                    (SCORE_MATCH + PENALTY_CASE_MISMATCH).max(0)
                } else {
                    SCORE_MATCH
                };
                let in_place = bonuses[col];
                let consecutive = m[last].bonus.max(in_place.max(BONUS_CONSECUTIVE));
                m[last].bonus = consecutive;
                let score_match = m[diag].m_score + consecutive;
                let score_skip = m[diag].p_score + in_place;
                m[cur].m_score = score_match.max(score_skip) + matched;
            } else {
                m[cur].m_score = NEG_INFINITY;
                m[cur].bonus = 0;
            }
            let from_match = GAP_START + GAP_EXTENSION + m[last].m_score;
            let from_skip = GAP_EXTENSION + m[last].p_score;
            m[cur].p_score = from_match.max(from_skip);
        }
    }

    let last_row = pattern.len() & 1;
    let from = first[first.len() - 1];
    (from..cols)
        .map(|col| m[at(last_row, col)].m_score as i64)
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fuzzy_matcher::FuzzyMatcher;
    use fuzzy_matcher::skim::SkimMatcherV2;

    #[test]
    fn same_as_skim_on_examples() {
        for (text, term) in [
            ("manage", "m"),
            ("Manage vendor onboarding", "ma"),
            ("x manage", "man"),
            ("project management", "pm"),
            ("SharePoint sites", "ep"),
            ("Mississippi", "ssi"),
            ("aaaa bab aab", "aab"),
            ("m", "mm"),
            ("Área manager 経営", "経"),
            ("Área manager", "árm"),
            ("naïve café", "ïve"),
            ("Manage the NOC", "NOC"),
            ("", "a"),
            ("abc", ""),
        ] {
            let case_sensitive = term.bytes().any(|b| b.is_ascii_uppercase());
            let matcher = if case_sensitive {
                SkimMatcherV2::default().respect_case()
            } else {
                SkimMatcherV2::default().ignore_case()
            };
            assert_eq!(
                score(text, term, case_sensitive),
                matcher.fuzzy_match(text, term),
                "{term:?} in {text:?}"
            );
        }
    }
}
