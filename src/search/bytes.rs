//! What each byte of a text is, as matching and skim's scoring see it: its class (a set
//! of which a term's text must hold all), whether it begins a word, whether it is part of one,
//! and each text's facts read in one pass ([`describe`]).

use super::index::{ASCII, CAMEL};

/// A 64-bit set of the byte classes in `bytes`: one bit per ASCII letter (either case) or
/// digit, a few for punctuation, one for any non-ASCII byte. A term can only match text
/// holding all its classes.
pub(super) fn byte_class_mask(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0, |mask, &b| mask | CLASS_BITS[b as usize])
}

/// The class bit of one byte.
pub(super) fn class_bit(b: u8) -> u64 {
    CLASS_BITS[b as usize]
}

pub(super) struct Described {
    pub classes: u64,
    pub starts: u64,
    pub flags: u8,
}

/// A text's byte classes (as [`byte_class_mask`]), the classes that begin a word, whether it
/// has camel case (most texts have none, which tightens `bound.rs`) and whether it is ASCII.
/// One pass over the bytes, as it runs over the whole corpus.
pub(super) fn describe(text: &[u8]) -> Described {
    let (mut classes, mut starts, mut camel, mut high) = (0, 0, 0, 0);
    let mut previous = 0u8;
    for &b in text {
        let bit = CLASS_BITS[b as usize];
        let flags = BYTE_FLAGS[b as usize];
        classes |= bit;
        if starts_word(previous, flags) {
            starts |= bit;
        }
        camel |= flags & (previous >> 1);
        high |= b;
        previous = flags;
    }
    Described {
        classes,
        starts,
        flags: if camel & UPPER != 0 { CAMEL } else { 0 } | if high < 0x80 { ASCII } else { 0 },
    }
}

/// True when byte `at` of `raw` begins a word: a letter, digit or non-ASCII char at the start,
/// after anything else, or an upper-case letter after a lower-case letter or digit (camel case).
pub(super) fn word_start(raw: &[u8], at: usize) -> bool {
    let previous = match at {
        0 => 0,
        _ => BYTE_FLAGS[raw[at - 1] as usize],
    };
    starts_word(previous, BYTE_FLAGS[raw[at] as usize])
}

fn starts_word(previous: u8, current: u8) -> bool {
    current & WORD != 0
        && (previous & WORD == 0 || (previous & LOWER_OR_DIGIT != 0 && current & UPPER != 0))
}

/// Where the word that starts at `at` ends: the first byte that is not a letter, digit or part
/// of a non-ASCII char.
pub(super) fn word_end(raw: &[u8], at: usize) -> usize {
    raw[at..]
        .iter()
        .position(|&b| BYTE_FLAGS[b as usize] & WORD == 0)
        .map_or(raw.len(), |n| at + n)
}

/// Per byte: [`UPPER`] for an ASCII upper-case letter, [`LOWER_OR_DIGIT`] for a byte of a char
/// skim types as lower-case or number (skim counts non-ASCII chars and ASCII controls other
/// than NUL as lower-case); [`WORD`] for bytes that make words (letters, digits, non-ASCII).
static BYTE_FLAGS: [u8; 256] = {
    let mut flags = [0; 256];
    let mut b = 0;
    while b < 256 {
        flags[b] = match b as u8 {
            b'A'..=b'Z' => UPPER | WORD,
            b'a'..=b'z' | b'0'..=b'9' | 0x80..=0xff => LOWER_OR_DIGIT | WORD,
            1..=0x1f | 0x7f => LOWER_OR_DIGIT,
            _ => 0,
        };
        b += 1;
    }
    flags
};
const UPPER: u8 = 1;
const LOWER_OR_DIGIT: u8 = 2;
const WORD: u8 = 4;

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
