//! How the subcommands write: JSON that no terminal acts on, text wrapped to the terminal's
//! width, Markdown with its formatting characters escaped, and the few styles text uses.

use std::borrow::Cow;
use std::io::{self, Write};

use serde::Serialize;

use crate::catalog::sanitize;

/// Writes `value` as pretty JSON and a line break. serde_json escapes C0 controls; C1
/// controls, bidi controls and line separators are escaped here too (`\u202e`): the same JSON
/// value, with nothing in it a terminal would act on, whatever a string holds.
pub fn write_json(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(io::Error::from)?;
    let mut clean_from = 0;
    for (i, c) in text.char_indices() {
        if c != '\n' && sanitize::is_unsafe(c) {
            out.write_all(&text.as_bytes()[clean_from..i])?;
            write!(out, "\\u{:04x}", c as u32)?;
            clean_from = i + c.len_utf8();
        }
    }
    out.write_all(&text.as_bytes()[clean_from..])?;
    writeln!(out)
}

/// The width text output wraps at: the terminal's when stdout is one, else 80.
pub fn text_width() -> usize {
    terminal_width().unwrap_or(80)
}

/// The width of the terminal stdout is, if it is one.
pub fn terminal_width() -> Option<usize> {
    terminal_size::terminal_size_of(io::stdout()).map(|(w, _)| usize::from(w.0).max(20))
}

/// `text` wrapped at word boundaries to `width` columns, the first line starting with
/// `first`, the others with `rest` (a hanging indent). Words longer than a line (ids, web
/// addresses) are kept whole.
pub fn wrap<'t>(text: &'t str, width: usize, first: &str, rest: &str) -> Vec<Cow<'t, str>> {
    let options = textwrap::Options::new(width.max(1))
        .initial_indent(first)
        .subsequent_indent(rest)
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(text, options)
}

/// Writes `text` wrapped as [`wrap`] does, each line in `style`.
pub fn write_wrapped(
    out: &mut dyn Write,
    text: &str,
    width: usize,
    (first, rest): (&str, &str),
    style: anstyle::Style,
) -> io::Result<()> {
    for line in wrap(text, width, first, rest) {
        writeln!(out, "{style}{line}{style:#}")?;
    }
    Ok(())
}

/// Escapes the characters Markdown would read as formatting (kept with the reports, which the
/// explorer's exports share).
pub use crate::report::md_escape;

/// Styles for plain text output; anstream strips them when stdout is not a terminal or
/// NO_COLOR is set.
pub mod style {
    use anstyle::{AnsiColor, Style};

    pub const PLAIN: Style = Style::new();
    pub const HEADING: Style = Style::new().bold();
    pub const DIM: Style = Style::new().dimmed();
    pub const MORE: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green)));
    pub const MATCH: Style = Style::new()
        .bold()
        .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));
    pub const LESS: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escapes_what_a_terminal_would_act_on() {
        let mut out = Vec::new();
        write_json(
            &mut out,
            &["a\u{1b}]52;c;x\u{7}", "b\u{9b}2J\u{202e}c\u{2028}d é"],
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.is_ascii() || text.chars().all(|c| c == '\n' || !sanitize::is_unsafe(c)));
        assert!(text.contains(r"b\u009b2J\u202ec\u2028d é"), "{text}");
        let back: Vec<String> = serde_json::from_str(&text).unwrap();
        assert_eq!(back[1], "b\u{9b}2J\u{202e}c\u{2028}d é", "the same value");
    }

    #[test]
    fn wrapping_keeps_words_and_hangs() {
        let lines = wrap("one two three four", 10, "  • ", "    ");
        assert_eq!(lines, ["  • one", "    two", "    three", "    four"]);
        let long = wrap("senior-operations-manager-of-everything x", 12, "", "  ");
        assert_eq!(long, ["senior-operations-manager-of-everything", "  x"]);
        let hyphens = wrap("updated 2025-01-08 senior-operations-manager", 20, "", "");
        assert_eq!(hyphens, ["updated 2025-01-08", "senior-operations-manager"]);
    }
}
