//! Text fitting for drawing: display-width truncation and padding, wrapping, highlights, rows
//! cut around their match, headings across a list. Every helper costs at most what it shows: a
//! 5 MB text is never measured in full per frame.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::explorer::theme::Theme;
use crate::report::count;
use crate::search::window;

/// Texts longer than this (in bytes) are not cut around their match: a row shows their start.
/// Search hits are highlighted only up to this length (see `Searcher::highlight`'s callers).
pub const MAX_WINDOWED: usize = 4096;

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

/// `text` in one row of `width` columns with the chars at `positions` (char indices,
/// ascending, as a search highlights them) styled `matched` and in sight: the whole text when it
/// fits, else the stretch around the first match, with "…" wherever text was left out
/// (`…install electrical wiring in new…`). Without positions, or for a text longer than
/// [`MAX_WINDOWED`], its start.
pub fn windowed<'a>(
    text: &str,
    positions: &[usize],
    width: usize,
    base: Style,
    matched: Style,
) -> Vec<Span<'a>> {
    if positions.is_empty() || text.len() > MAX_WINDOWED {
        return vec![Span::styled(tight_ellipsis(truncate(text, width)), base)];
    }
    let shown = window(text, positions, width);
    highlighted(&tight_ellipsis(shown.text), &shown.positions, base, matched)
}

/// A cut text's closing "…" right after its last word (`or…`, not `or …`). Only chars before
/// the ellipsis go, so highlight positions before them stay right.
fn tight_ellipsis(mut text: String) -> String {
    if let Some(before) = text.strip_suffix('…') {
        let kept = before.trim_end().len();
        if kept < before.len() && kept > 0 {
            text.replace_range(kept..before.len(), "");
        }
    }
    text
}

/// `words ───── n` across `width` columns, the words in `style`: a heading in a list.
pub fn rule(words: &str, style: Style, n: usize, width: usize, theme: Theme) -> Line<'static> {
    let n = count(n as i64);
    let words = truncate(words, width.saturating_sub(n.width() + 3));
    let fill = width.saturating_sub(words.width() + n.width() + 2);
    Line::from(vec![
        Span::styled(words, style),
        Span::raw(" "),
        Span::styled("─".repeat(fill), theme.dim()),
        Span::styled(format!(" {n}"), theme.dim()),
    ])
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

    /// Spans as text, the matched ones in brackets.
    fn marked(spans: &[Span]) -> String {
        let matched = Style::new().bold();
        spans
            .iter()
            .map(|s| {
                if s.style == matched {
                    format!("[{}]", s.content)
                } else {
                    s.content.to_string()
                }
            })
            .collect()
    }

    fn row(text: &str, word: &str, width: usize) -> String {
        let positions: Vec<usize> = match text.find(word) {
            Some(at) => {
                let start = text[..at].chars().count();
                (start..start + word.chars().count()).collect()
            }
            None => Vec::new(),
        };
        let spans = windowed(text, &positions, width, Style::new(), Style::new().bold());
        let shown: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert!(shown.width() <= width, "{shown:?} is wider than {width}");
        marked(&spans)
    }

    #[test]
    fn a_row_is_cut_around_its_match_at_the_start_middle_and_end() {
        let task = "Administer local, inhalation, intravenous, or other anesthetics.";
        assert_eq!(
            row(task, "Administer", 30),
            "[Administer] local, inhalation,…"
        );
        assert_eq!(
            row(task, "intravenous", 30),
            "…inhalation, [intravenous], or…"
        );
        assert_eq!(
            row(task, "anesthetics", 30),
            "…venous, or other [anesthetics]."
        );
        // What fits is left whole; no match shows the start, cut honestly.
        assert_eq!(
            row(task, "local", 80),
            format!("Administer [local]{}", &task[16..])
        );
        assert_eq!(row(task, "zzz", 20), "Administer local, i…");
        assert_eq!(
            row(task, "zzz", 19),
            "Administer local,…",
            "no space before the ellipsis"
        );
    }

    #[test]
    fn wide_characters_count_two_columns_in_a_cut_row() {
        let text = "東京都の病院で患者の記録を管理し、投薬を行い、看護計画を立てる";
        // At the start, in the middle and at the end; never wider than the row.
        assert_eq!(row(text, "東京", 12), "[東京]都の病…");
        assert_eq!(row(text, "投薬", 12), "…、[投薬]を行…");
        assert_eq!(row(text, "立てる", 12), "…画を[立てる]");
        // A wide char never straddles the edge: an odd width leaves a column free.
        assert_eq!(row(text, "投薬", 11), "…、[投薬]を…");
        let mixed = "Operate the 経営管理 software and report to the plant manager each week";
        assert_eq!(row(mixed, "経営", 16), "…the [経営]管理…");
    }

    #[test]
    fn headings_rule_across_the_width() {
        let line = rule("Core", Style::new(), 15, 20, Theme::plain());
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, "Core ──────────── 15");
        assert_eq!(text.width(), 20);
    }
}
