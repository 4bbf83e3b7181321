//! Small text helpers for drawing: display-width truncation, wrapping, bars, highlights.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Cuts `text` to at most `width` display columns, ending in `…` when cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
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

const EIGHTHS: [&str; 8] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/// A horizontal bar of `value / max` of `width` columns, in eighths of a cell.
pub fn bar(value: f64, max: f64, width: usize) -> String {
    if width == 0 || max <= 0.0 || value.is_nan() {
        return String::new();
    }
    let eighths = ((value / max).clamp(0.0, 1.0) * width as f64 * 8.0).round() as usize;
    let mut out = "█".repeat(eighths / 8);
    if eighths % 8 > 0 {
        out.push_str(EIGHTHS[eighths % 8]);
    }
    out
}

/// `label ████▌ value`, with the label column `label_width` wide and the bar filling the rest.
pub fn bar_line<'a>(
    label: &str,
    label_width: usize,
    value: f64,
    max: f64,
    value_text: String,
    width: usize,
    bar_style: Style,
) -> Line<'a> {
    let value_width = value_text.width() + 1;
    let bar_width = width.saturating_sub(label_width + 1 + value_width);
    let bar_text = bar(value, max, bar_width);
    let pad = bar_width.saturating_sub(bar_text.width());
    Line::from(vec![
        Span::raw(fit(label, label_width)),
        Span::raw(" "),
        Span::styled(bar_text, bar_style),
        Span::raw(" ".repeat(pad)),
        Span::raw(format!(" {value_text}")),
    ])
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
    }

    #[test]
    fn bars_scale_in_eighths() {
        assert_eq!(bar(10.0, 10.0, 4), "████");
        assert_eq!(bar(5.0, 10.0, 4), "██");
        assert_eq!(bar(1.0, 16.0, 2), "▏");
        assert_eq!(bar(0.0, 10.0, 4), "");
        assert_eq!(bar(1.0, 0.0, 4), "");
    }

    #[test]
    fn highlight_groups_runs() {
        let spans = highlighted("Kaizen", &[0, 2, 3], Style::new(), Style::new().bold());
        let texts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["K", "a", "iz", "en"]);
    }
}
