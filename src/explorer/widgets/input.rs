//! A one-line query being typed: what a keystroke or a paste does to it. A paste is one edit,
//! line breaks become spaces, control characters are dropped, and a query stops at
//! `MAX_QUERY` characters, so no keystroke's work grows without bound.

use unicode_width::UnicodeWidthChar;

use crate::explorer::action::Action;
use crate::explorer::keymap::{Bind, Context, Hint, bind, hint};

/// The longest query, in characters. Longer searches are not useful, and each character
/// makes every later keystroke's search a little dearer.
pub const MAX_QUERY: usize = 256;

/// Keys while a filter is typed (the role list's, or a pane's).
pub const KEYS: &[Bind] = &[
    bind(
        Context::Filter,
        Action::Confirm,
        "Enter",
        "keep the filter, back to the list",
    ),
    bind(Context::Filter, Action::Back, "Esc", "clear the filter"),
    bind(
        Context::Filter,
        Action::DeleteBack,
        "Backspace",
        "delete a character",
    ),
    bind(
        Context::Filter,
        Action::ClearQuery,
        "Ctrl-u",
        "clear the query",
    ),
    bind(
        Context::Filter,
        Action::MoveUp,
        "Up",
        "move the selection up",
    ),
    bind(
        Context::Filter,
        Action::MoveDown,
        "Down",
        "move the selection down",
    ),
];

/// The footer while a filter is typed.
pub const TYPING_HINTS: &[Hint] = &[
    hint(&[Action::Confirm], "keep"),
    hint(&[Action::Back], "clear"),
    hint(&[Action::MoveUp, Action::MoveDown], "move"),
];

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    text: String,
    chars: usize,
}

impl Query {
    pub fn new(text: &str) -> Query {
        let mut query = Query::default();
        query.insert(text);
        query
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// Appends typed or pasted text as one edit; true when anything was added. Line breaks
    /// (and tabs) become spaces, other controls are dropped; past `MAX_QUERY` characters the
    /// rest is left out.
    pub fn insert(&mut self, text: &str) -> bool {
        let before = self.chars;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if self.chars >= MAX_QUERY {
                break;
            }
            if c == '\r' && chars.peek() == Some(&'\n') {
                continue;
            }
            let c = match c {
                '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' => ' ',
                c if c.is_control() || c.width().is_none() => continue,
                c => c,
            };
            self.text.push(c);
            self.chars += 1;
        }
        self.chars != before
    }

    /// Whether the last insert had to leave text out.
    pub fn is_full(&self) -> bool {
        self.chars >= MAX_QUERY
    }

    pub fn delete_back(&mut self) -> bool {
        let removed = self.text.pop().is_some();
        if removed {
            self.chars -= 1;
        }
        removed
    }

    pub fn clear(&mut self) -> bool {
        let had = !self.text.is_empty();
        self.text.clear();
        self.chars = 0;
        had
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paste_is_one_line_of_bounded_length() {
        let mut query = Query::default();
        assert!(query.insert("kaizen\r\ntest\tnow\u{1b}[2J"));
        assert_eq!(query.as_str(), "kaizen test now[2J");
        query.clear();
        query.insert(&"x".repeat(4096));
        assert_eq!(query.as_str().len(), MAX_QUERY);
        assert!(query.is_full());
        assert!(!query.insert("more"), "nothing past the limit");
        assert!(query.delete_back());
        assert!(query.insert("yz"));
        assert!(query.as_str().ends_with('y'));
    }
}
