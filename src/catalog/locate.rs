//! Finding where things are in a catalog's source text, for problems serde cannot place.
//! Best effort (`None` when the text cannot be found), and linear: a file with thousands of
//! problems is searched front to back once per kind of search, never from the start per problem.

use std::cell::{Cell, OnceCell};

/// The last `find_nth_key` answer: (from, key, n, offset).
type NthKey = (usize, &'static str, usize, usize);

pub struct Locator<'a> {
    text: &'a str,
    /// Byte offset of every line's start, built on the first `position` call.
    line_starts: OnceCell<Vec<usize>>,
    /// The last position computed: (offset, its line's start, column), so a column on a long
    /// line is counted from there when the offsets asked for grow.
    last: Cell<(usize, usize, usize)>,
    /// So that asking for the 0th, 1st, 2nd... key after the same place costs one scan.
    nth: Cell<Option<NthKey>>,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Self {
        Locator {
            text,
            line_starts: OnceCell::new(),
            last: Cell::new((0, 0, 1)),
            nth: Cell::new(None),
        }
    }

    /// Byte offset of the first `needle` at or after `from`.
    pub fn find(&self, needle: &str, from: usize) -> Option<usize> {
        memchr::memmem::find(self.text.as_bytes().get(from..)?, needle.as_bytes()).map(|i| i + from)
    }

    /// Byte offset of the first `key` written as a field name (`key:`, `key :`) at or after
    /// `from`, not as part of a longer name.
    pub fn find_key(&self, key: &str, from: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let mut at = from;
        loop {
            let found = self.find(key, at)?;
            let after = self.text[found + key.len()..].trim_start();
            if starts_field(bytes, found) && after.starts_with(':') {
                return Some(found);
            }
            at = found + key.len();
        }
    }

    /// Byte offset of the `n`th (0-based) field name `key` at or after `from`. Asking for growing
    /// `n` from the same `from` continues where the last answer left off.
    pub fn find_nth_key(&self, key: &'static str, from: usize, n: usize) -> Option<usize> {
        let (mut at, mut i) = match self.nth.get() {
            Some((f, k, m, at)) if f == from && k == key && m <= n => (at, m),
            _ => (self.find_key(key, from)?, 0),
        };
        while i < n {
            at = self.find_key(key, at + key.len())?;
            i += 1;
        }
        self.nth.set(Some((from, key, n, at)));
        Some(at)
    }

    /// Whether the field name at `at` is `key` with the value `"value"`.
    pub fn has_value(&self, at: usize, key: &str, value: &str) -> bool {
        self.text[at..]
            .strip_prefix(key)
            .and_then(|rest| rest.trim_start().strip_prefix(':'))
            .and_then(|rest| rest.trim_start().strip_prefix('"'))
            .and_then(|rest| rest.strip_prefix(value))
            .is_some_and(|rest| rest.starts_with('"'))
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i + 1))
                .collect()
        });
        let line = starts.partition_point(|&s| s <= offset);
        let line_start = starts[line - 1];
        let (last_offset, last_start, last_col) = self.last.get();
        let col = if last_start == line_start && last_offset <= offset {
            last_col + self.text[last_offset..offset].chars().count()
        } else {
            self.text[line_start..offset].chars().count() + 1
        };
        self.last.set((offset, line_start, col));
        (line, col)
    }
}

/// Whether a field name may start at `at`: after `(`, `,`, white space or nothing.
fn starts_field(bytes: &[u8], at: usize) -> bool {
    at == 0 || matches!(bytes[at - 1], b'(' | b',' | b' ' | b'\t' | b'\n' | b'\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_in_any_order() {
        let text = "ab\ncdé f\n\nx";
        let l = Locator::new(text);
        assert_eq!(l.position(0), (1, 1));
        assert_eq!(l.position(7), (2, 4));
        assert_eq!(l.position(4), (2, 2));
        assert_eq!(l.position(text.len()), (4, 2));
        assert_eq!(l.position(10), (3, 1));
        assert_eq!(l.position(6), (2, 3), "inside é: its start");
        assert_eq!(l.position(8), (2, 5), "counted on from the last answer");
    }

    #[test]
    fn keys_are_whole_field_names() {
        let text =
            r#"Role(hard_skills: [], title: "skills: x", skills : 1, id: "a", xid: "b", id:"b")"#;
        let l = Locator::new(text);
        assert_eq!(l.find_key("skills", 0), text.find("skills :"));
        let id_b = text.find("id:\"b\"").unwrap();
        assert!(l.has_value(id_b, "id", "b") && !l.has_value(id_b, "id", "a"));
    }

    #[test]
    fn nth_keys_continue_from_the_last_answer() {
        let text = "(name: 1, x: (name: 2), name: 3)";
        let l = Locator::new(text);
        let names: Vec<_> = (0..4).map(|n| l.find_nth_key("name", 0, n)).collect();
        assert_eq!(names, [Some(1), Some(14), Some(24), None]);
        assert_eq!(l.find_nth_key("name", 0, 1), Some(14));
    }
}
