//! A wage band: the 10th to the 90th percentile as a line, the quartiles thicker and the median
//! marked, `$50,090 ├───━━━━●━━━━━━━───────┤ $253,390`; bands of several places share a scale.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::scroll::wrap_line;
use crate::explorer::theme::Theme;
use crate::report::facts::Band;

/// What a band's marks mean, for a line under it.
pub const LEGEND: &str = "10th–90th percentile · thick: 25th–75th · ●: median";

/// The band drawn in `width` cells on a scale from `low` to `high` (so that bands of several
/// places line up): blank outside the band, `├` and `┤` at its ends.
pub fn cells(band: &Band, low: f64, high: f64, width: usize, theme: Theme) -> Vec<Span<'static>> {
    if width < 3 || high <= low {
        return Vec::new();
    }
    let at =
        |v: f64| (((v - low) / (high - low)).clamp(0.0, 1.0) * (width - 1) as f64).round() as usize;
    let (start, end) = (
        at(band.p10),
        at(band.p90).max(at(band.p10) + 1).min(width - 1),
    );
    let q1 = band.p25.map(at);
    let q3 = band.p75.map(at);
    let median = band.median.map(at);
    let mut spans = Vec::with_capacity(width);
    for i in 0..width {
        let inside_quartiles = q1.zip(q3).is_some_and(|(a, b)| i >= a && i <= b);
        let (symbol, style) = if i < start || i > end {
            (" ", theme.dim())
        } else if Some(i) == median {
            ("●", theme.more())
        } else if i == start {
            ("├", theme.dim())
        } else if i == end {
            ("┤", theme.dim())
        } else if inside_quartiles {
            ("━", theme.bar())
        } else {
            ("─", theme.dim())
        };
        spans.push(Span::styled(symbol, style));
    }
    spans
}

/// The band with its ends written beside it, at most `width` (and 72) columns wide, and the
/// legend under it; nothing when the band has no room.
pub fn with_ends(band: &Band, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let (left, right) = (band.unit.money(band.p10), band.unit.money(band.p90));
    let room = width
        .min(72)
        .saturating_sub(left.width() + right.width() + 2);
    if room < 7 {
        return Vec::new();
    }
    let mut line = vec![Span::raw(format!("{left} "))];
    line.extend(cells(band, band.p10, band.p90, room, theme));
    line.push(Span::raw(format!(" {right}")));
    let mut lines = vec![Line::from(line)];
    lines.extend(wrap_line(
        Line::from(Span::styled(LEGEND, theme.dim())),
        width,
    ));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::facts::Unit;

    fn text(spans: &[Span]) -> String {
        spans.iter().map(|s| s.content.as_ref()).collect()
    }

    const NURSES: Band = Band {
        unit: Unit::Year,
        p10: 68940.0,
        p25: Some(80330.0),
        median: Some(97550.0),
        p75: Some(112350.0),
        p90: 137470.0,
    };

    #[test]
    fn the_median_and_quartiles_fall_where_their_values_are() {
        let cells = text(&cells(&NURSES, NURSES.p10, NURSES.p90, 21, Theme::plain()));
        // 25th at cell 3, the median at 8, the 75th at 13 of 0–20.
        assert_eq!(cells, "├──━━━━━●━━━━━──────┤");
        let lines = with_ends(&NURSES, 40, Theme::plain());
        let line = lines[0].to_string();
        assert!(
            line.starts_with("$68,940 ├") && line.ends_with("┤ $137,470"),
            "{line}"
        );
        assert_eq!(line.width(), 40);
        assert!(lines.iter().all(|l| l.width() <= 40));
    }

    #[test]
    fn bands_on_a_shared_scale_leave_the_rest_blank() {
        let lower = Band {
            p10: 40000.0,
            p90: 80000.0,
            p25: None,
            median: None,
            p75: None,
            ..NURSES
        };
        let cells = text(&cells(&lower, 0.0, 160000.0, 17, Theme::plain()));
        assert_eq!(cells, "    ├───┤        ");
    }
}
