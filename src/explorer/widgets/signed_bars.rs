//! Signed bars around a centre line: a negative value grows to the left of the axis, a positive
//! one to the right, both on one scale, in half cells.
//!
//! ```text
//!                          ◀ more for Nurses │ more for Electricians ▶
//! Social Perceptiveness   4.12 ██████████████│                   2.50
//! Installation            1.00               │█████████████████▌ 4.25
//! ```
//!
//! Block elements fill a cell's left half (`▌`) but a left-growing bar ends on the right half of
//! its last cell (`▐`); eighths exist only from the left, so both sides draw in halves, alike.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::bars::label_width;
use super::text::{fit, truncate};

/// One bar: its label, its value (negative: the left side's), and a text at each end.
#[derive(Debug, Clone, PartialEq)]
pub struct SignedBar<'a> {
    pub label: &'a str,
    pub value: f64,
    /// Beside the left half (e.g. the left side's own figure); may be empty.
    pub left: String,
    /// After the right half; may be empty.
    pub right: String,
}

/// How a chart of signed bars is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SignedStyle {
    /// Bars to the left of the axis.
    pub negative: Style,
    /// Bars to the right.
    pub positive: Style,
    /// The axis and the captions.
    pub axis: Style,
}

/// Where the parts of each row go, the same for every row of a chart (and its caption).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignedLayout {
    pub label: usize,
    pub left: usize,
    /// Columns left of the axis.
    pub left_half: usize,
    /// Columns right of the axis.
    pub right_half: usize,
    pub right: usize,
}

impl SignedLayout {
    /// Columns for `bars` in `width`: labels take at most 45%, the texts what their widest
    /// needs, and the two sides of the axis the rest, equally.
    pub fn new(bars: &[SignedBar<'_>], width: usize) -> SignedLayout {
        let label = label_width(bars.iter().map(|b| b.label), width * 9 / 20);
        let left = bars.iter().map(|b| b.left.width()).max().unwrap_or(0);
        let right = bars.iter().map(|b| b.right.width()).max().unwrap_or(0);
        // label, space, left text, space, half, axis, half, space, right text
        let fixed = label + 1 + left + usize::from(left > 0) + 1 + usize::from(right > 0) + right;
        let half = width.saturating_sub(fixed) / 2;
        SignedLayout {
            label,
            left,
            left_half: half,
            right_half: half,
            right,
        }
    }

    /// As [`SignedLayout::new`], but a side no bar goes to gets no room: the axis moves to the
    /// edge and the other side takes both halves (the scale's full value fills it).
    pub fn fitted(bars: &[SignedBar<'_>], width: usize) -> SignedLayout {
        let mut layout = SignedLayout::new(bars, width);
        let room = layout.left_half + layout.right_half;
        if !bars.iter().any(|b| b.value < 0.0) {
            (layout.left_half, layout.right_half) = (0, room);
        } else if !bars.iter().any(|b| b.value > 0.0) {
            (layout.left_half, layout.right_half) = (room, 0);
        }
        layout
    }

    /// The column of the axis, from the start of a row.
    pub fn axis(&self) -> usize {
        self.label + 1 + self.left + usize::from(self.left > 0) + self.left_half
    }
}

/// The rows of the chart: values of magnitude `scale` fill a half.
pub fn signed_bar_lines(
    bars: &[SignedBar<'_>],
    scale: f64,
    layout: SignedLayout,
    style: SignedStyle,
) -> Vec<Line<'static>> {
    bars.iter()
        .map(|bar| {
            let (left, right) = if bar.value < 0.0 {
                (half_cells(bar.value, scale, layout.left_half), 0)
            } else {
                (0, half_cells(bar.value, scale, layout.right_half))
            };
            let mut spans = vec![Span::raw(fit(bar.label, layout.label)), Span::raw(" ")];
            if layout.left > 0 {
                let text = truncate(&bar.left, layout.left);
                let pad = " ".repeat(layout.left - text.width());
                spans.push(Span::raw(format!("{pad}{text} ")));
            }
            let left_bar = grow_left(left);
            spans.push(Span::raw(
                " ".repeat(layout.left_half.saturating_sub(left_bar.width())),
            ));
            spans.push(Span::styled(left_bar, style.negative));
            spans.push(Span::styled("│", style.axis));
            let right_bar = grow_right(right);
            let pad = layout.right_half.saturating_sub(right_bar.width());
            spans.push(Span::styled(right_bar, style.positive));
            if layout.right > 0 && !bar.right.is_empty() {
                spans.push(Span::raw(format!(
                    "{} {}",
                    " ".repeat(pad),
                    truncate(&bar.right, layout.right)
                )));
            }
            Line::from(spans)
        })
        .collect()
}

/// A caption over the axis: `◀ left` ending at it, `right ▶` starting after it; each cut to
/// the room it has.
pub fn caption(left: &str, right: &str, layout: SignedLayout, style: SignedStyle) -> Line<'static> {
    let axis = layout.axis();
    let before = truncate(&format!("◀ {left} "), axis);
    let room_after = layout.right_half + usize::from(layout.right > 0) + layout.right;
    let after = truncate(&format!(" {right} ▶"), room_after);
    Line::from(vec![
        Span::raw(" ".repeat(axis - before.width())),
        Span::styled(before, style.axis),
        Span::styled("│", style.axis),
        Span::styled(after, style.axis),
    ])
}

/// Half cells a bar of `value` takes when `scale` fills `half` columns.
fn half_cells(value: f64, scale: f64, half: usize) -> usize {
    if scale <= 0.0 || !value.is_finite() {
        return 0;
    }
    ((value.abs() / scale).min(1.0) * half as f64 * 2.0).round() as usize
}

fn grow_right(halves: usize) -> String {
    let mut bar = "█".repeat(halves / 2);
    if halves % 2 == 1 {
        bar.push('▌');
    }
    bar
}

fn grow_left(halves: usize) -> String {
    let mut bar = String::new();
    if halves % 2 == 1 {
        bar.push('▐');
    }
    bar.push_str(&"█".repeat(halves / 2));
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, value: f64, left: &str, right: &str) -> SignedBar<'static> {
        SignedBar {
            label: Box::leak(label.to_string().into_boxed_str()),
            value,
            left: left.into(),
            right: right.into(),
        }
    }

    fn text(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    const PLAIN: SignedStyle = SignedStyle {
        negative: Style::new(),
        positive: Style::new(),
        axis: Style::new(),
    };

    #[test]
    fn negative_values_grow_left_and_positive_right_on_one_scale() {
        let bars = [
            bar("Speaking", -2.0, "4", "2"),
            bar("Repairing", 1.25, "1", "2.25"),
        ];
        // 9 + 1 + 1 + 1 + half + 1 + half + 1 + 4 = 34: halves of 8 columns.
        let layout = SignedLayout::new(&bars, 34);
        assert_eq!(
            layout,
            SignedLayout {
                label: 9,
                left: 1,
                left_half: 8,
                right_half: 8,
                right: 4
            }
        );
        let lines = text(&signed_bar_lines(&bars, 4.0, layout, PLAIN));
        assert_eq!(
            lines,
            [
                // 2 of 4 fills half of the half: 4 cells.
                "Speaking  4     ████│         2",
                // 1.25 of 4: 5 half cells.
                "Repairing 1         │██▌      2.25",
            ]
        );
        let axis = |line: &str| line.chars().position(|c| c == '│');
        assert_eq!(axis(&lines[0]), Some(layout.axis()));
        assert_eq!(axis(&lines[1]), Some(layout.axis()), "one axis");
        let caption = caption("A", "B", layout, PLAIN).to_string();
        assert_eq!(caption, format!("{}◀ A │ B ▶", " ".repeat(16)));
    }

    #[test]
    fn a_side_no_bar_goes_to_gets_no_room() {
        let bars = [bar("Helps", 3.0, "", "+3"), bar("Less", 1.5, "", "+1.5")];
        let layout = SignedLayout::fitted(&bars, 20);
        // label 5, space, axis, space, "+1.5": 12 columns; both halves' 8 go to the right.
        assert_eq!((layout.left_half, layout.right_half), (0, 8));
        let lines = text(&signed_bar_lines(&bars, 3.0, layout, PLAIN));
        assert_eq!(lines, ["Helps │████████ +3", "Less  │████     +1.5"]);
        let both = [bar("Hinders", -1.0, "", "-1"), bar("Helps", 3.0, "", "+3")];
        let layout = SignedLayout::fitted(&both, 20);
        assert_eq!(layout.left_half, layout.right_half);
    }

    #[test]
    fn odd_half_cells_end_on_the_side_away_from_the_axis() {
        assert_eq!(grow_left(3), "▐█");
        assert_eq!(grow_right(3), "█▌");
        assert_eq!(half_cells(-10.0, 4.0, 5), 10, "clamped to the scale");
        assert_eq!(half_cells(f64::NAN, 4.0, 5), 0);
        assert_eq!(half_cells(1.0, 0.0, 5), 0);
    }

    #[test]
    fn narrow_widths_cut_texts_never_panic() {
        let bars = [bar("A very long element name", -1.0, "", "+2.93")];
        for width in 0..20 {
            let layout = SignedLayout::new(&bars, width);
            let lines = signed_bar_lines(&bars, 3.0, layout, PLAIN);
            assert!(lines[0].to_string().contains('│'));
            let caption = caption("left", "right", layout, PLAIN).to_string();
            assert_eq!(caption.chars().position(|c| c == '│'), Some(layout.axis()));
        }
    }
}
