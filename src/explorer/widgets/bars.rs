//! Horizontal bar charts: `label ████▌ value`, in eighths of a cell.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::text::{fit, head};

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

/// The display width of the widest label, measuring no label past what `cap` columns show.
pub fn label_width<'a>(labels: impl Iterator<Item = &'a str>, cap: usize) -> usize {
    labels
        .map(|l| head(l, cap.saturating_mul(4) + 4).width())
        .max()
        .unwrap_or(0)
        .min(cap)
}

/// Horizontal bars for (label, value, value as text) rows, at most `widest` columns wide, labels
/// in one column of at most three fifths of that; bars scale to `max`, or the largest value.
/// The chart is laid out in the width it is drawn in, so a wider pane never makes bars shorter.
pub fn bar_chart(
    rows: Vec<(&str, f64, String)>,
    max: Option<f64>,
    width: usize,
    widest: usize,
    style: Style,
) -> Vec<Line<'static>> {
    let width = width.min(widest);
    let max = max.unwrap_or_else(|| rows.iter().map(|r| r.1).fold(0.0, f64::max));
    // Labels take at most three fifths, and leave a bar of at least 8 cells beside the values.
    let values = rows.iter().map(|r| r.2.width() + 1).max().unwrap_or(0);
    let cap = (width * 3 / 5).min(width.saturating_sub(values + 1 + 8));
    let label_width = label_width(rows.iter().map(|r| r.0), cap);
    rows.into_iter()
        .map(|(label, value, text)| bar_line(label, label_width, value, max, text, width, style))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_in_eighths() {
        assert_eq!(bar(10.0, 10.0, 4), "████");
        assert_eq!(bar(5.0, 10.0, 4), "██");
        assert_eq!(bar(1.0, 16.0, 2), "▏");
        assert_eq!(bar(0.0, 10.0, 4), "");
        assert_eq!(bar(1.0, 0.0, 4), "");
    }

    #[test]
    fn bars_never_get_shorter_on_wider_panes() {
        let label = "Administrative and Support and Waste Management and Remediation Services";
        let bar_cells = |width: usize| {
            let lines = bar_chart(
                vec![(label, 10.0, "2,895,620".into())],
                None,
                width,
                80,
                Style::new(),
            );
            lines[0].to_string().matches('█').count()
        };
        let widths = [40, 60, 80, 100, 138, 200];
        let cells: Vec<usize> = widths.iter().map(|&w| bar_cells(w)).collect();
        assert!(cells.windows(2).all(|w| w[0] <= w[1]), "{cells:?}");
        assert!(cells[3] >= 20, "{cells:?}");
    }

    #[test]
    fn labels_share_one_column() {
        let lines = bar_chart(
            vec![("PwC", 2.0, "2".into()), ("Deloitte", 1.0, "1".into())],
            None,
            30,
            30,
            Style::new(),
        );
        let text: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        assert_eq!(text[0], format!("PwC      {} 2", "█".repeat(19)));
        assert_eq!(
            text[1],
            format!("Deloitte {}▌{} 1", "█".repeat(9), " ".repeat(9))
        );
    }
}
