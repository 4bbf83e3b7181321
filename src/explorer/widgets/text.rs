//! Text fitting for drawing: display-width truncation and padding, wrapping, highlights.
//! Every helper costs at most what it shows: a 5 MB text is never measured in full per frame.

use ratatui::style::Style;
use ratatui::text::Span;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Cuts `text` to at most `width` display columns, ending in `…` when cut. Looks at no more
/// of `text` than it needs.
pub fn truncate(text: &str, width: usize) -> String {
    let mut used = 0;
    // The end of the text that fits with room for the ellipsis, and of the text that fits.
    let mut with_ellipsis = 0;
    for (at, c) in text.char_indices() {
        let w = c.width().unwrap_or(0);
        if used + w < width {
            with_ellipsis = at + c.len_utf8();
        }
        used += w;
        if used > width {
            let mut out = text[..with_ellipsis].to_string();
            if width > 0 {
                out.push('…');
            }
            return out;
        }
    }
    text.to_string()
}

/// Cuts `text` to at most `width` display columns from its start, keeping the end (a query
/// being typed keeps its cursor in view): `…ing typed`.
pub fn truncate_start(text: &str, width: usize) -> String {
    let reversed: String = text.chars().rev().collect();
    truncate(&reversed, width).chars().rev().collect()
}

/// At most `max` bytes of `text` (cut at a char boundary), for work that only needs the start
/// of a text: wrapping what a box of known size can show, measuring a label.
pub fn head(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Pads or cuts `text` to exactly `width` display columns.
pub fn fit(text: &str, width: usize) -> String {
    let cut = truncate(text, width);
    let pad = width.saturating_sub(cut.width());
    format!("{cut}{}", " ".repeat(pad))
}

/// Wraps `text` to `width` columns (at least 1), keeping words whole where they fit.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    textwrap::wrap(text, width.max(1))
        .into_iter()
        .map(|l| l.into_owned())
        .collect()
}

/// `• item` lines wrapped to `width` with a hanging indent, so wrapped lines align with the text.
pub fn bullets(items: &[String], width: usize) -> Vec<String> {
    let options = textwrap::Options::new(width.max(3))
        .initial_indent("• ")
        .subsequent_indent("  ");
    items
        .iter()
        .flat_map(|item| {
            textwrap::wrap(item, &options)
                .into_iter()
                .map(|l| l.into_owned())
        })
        .collect()
}

/// `text` as spans with the characters at `positions` (char indices, ascending) styled.
pub fn highlighted<'a>(
    text: &str,
    positions: &[usize],
    base: Style,
    matched: Style,
) -> Vec<Span<'a>> {
    let mut spans = Vec::new();
    let mut current = String::new();
    let mut in_match = false;
    let mut next = positions.iter().peekable();
    for (i, c) in text.chars().enumerate() {
        let is_match = next.peek() == Some(&&i);
        if is_match {
            next.next();
        }
        if is_match != in_match && !current.is_empty() {
            let style = if in_match { base.patch(matched) } else { base };
            spans.push(Span::styled(std::mem::take(&mut current), style));
        }
        in_match = is_match;
        current.push(c);
    }
    if !current.is_empty() {
        let style = if in_match { base.patch(matched) } else { base };
        spans.push(Span::styled(current, style));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_by_display_width() {
        assert_eq!(truncate("Area Manager", 20), "Area Manager");
        assert_eq!(truncate("Area Manager", 6), "Area …");
        assert_eq!(truncate("経営管理者", 5), "経営…");
        assert_eq!(fit("ab", 4), "ab  ");
        assert_eq!(truncate_start("registered nurse", 6), "…nurse");
    }

    #[test]
    fn truncation_stops_early_on_huge_text() {
        let huge = "word ".repeat(1_000_000);
        assert_eq!(truncate(&huge, 7), "word w…");
        assert_eq!(truncate("abc", 3), "abc");
        assert_eq!(truncate("abcd", 0), "");
        assert_eq!(head("ééé", 3), "é");
    }

    #[test]
    fn highlight_groups_runs() {
        let spans = highlighted("Kaizen", &[0, 2, 3], Style::new(), Style::new().bold());
        let texts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["K", "a", "iz", "en"]);
    }
}
