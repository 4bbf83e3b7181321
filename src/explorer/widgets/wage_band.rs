//! Wage bands of several roles on one shared axis, a row each: the 10th to the 90th percentile
//! as a thin line, the 25th to the 75th thick, the median `●`, so the gap between roles shows at
//! a glance. One [`Axis`] serves every row (and its labels), so a dollar value lands in the same
//! column in each. A band missing a percentile is drawn as far as it is known (`╌` past it);
//! a figure at the source's cap ends in `▶` ("or more").

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::explorer::theme::Theme;
use crate::report::compare::WageBand;

/// What the marks mean, for a line under the bands.
pub const LEGEND: &str = "thin: 10th–90th percentile · thick: 25th–75th · ●: median · ▶: or more";

/// A scale from `low` to `high` dollars over `width` cells.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Axis {
    pub low: i64,
    pub high: i64,
    pub width: usize,
}

impl Axis {
    /// The axis over every band's figures, `width` cells wide: a little room either side, so
    /// the lowest and highest figures do not sit on the edge.
    pub fn over<'a>(bands: impl IntoIterator<Item = &'a WageBand>, width: usize) -> Option<Axis> {
        let extents: Vec<(i64, i64)> = bands.into_iter().filter_map(|b| b.extent()).collect();
        let low = extents.iter().map(|e| e.0).min()?;
        let high = extents.iter().map(|e| e.1).max()?;
        let margin = ((high - low) / 20).max(1000);
        Some(Axis {
            low: (low - margin).max(0),
            high: high + margin,
            width,
        })
    }

    /// The cell `value` falls in: the same for every row.
    pub fn column(&self, value: i64) -> usize {
        if self.width == 0 || self.high <= self.low {
            return 0;
        }
        let at = (value - self.low) as f64 / (self.high - self.low) as f64;
        (at.clamp(0.0, 1.0) * (self.width - 1) as f64).round() as usize
    }

    /// Round values to label, at least `gap` cells apart: $10k, $20k, $25k, $50k, ...
    pub fn ticks(&self, gap: usize) -> Vec<i64> {
        if self.width == 0 || self.high <= self.low {
            return Vec::new();
        }
        let per_cell = (self.high - self.low) as f64 / self.width.max(1) as f64;
        let least = per_cell * gap as f64;
        let step = [
            1_000, 2_000, 5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 200_000, 250_000,
            500_000, 1_000_000,
        ]
        .into_iter()
        .find(|s| *s as f64 >= least)
        .unwrap_or(1_000_000);
        let first = (self.low + step - 1) / step * step;
        (0..)
            .map(|i| first + i * step)
            .take_while(|v| *v <= self.high)
            .collect()
    }

    /// The axis labels as a line `width` cells wide: `$40k` under its value's cell (moved left
    /// to fit at the right edge).
    pub fn labels(&self, theme: Theme) -> Line<'static> {
        let mut text = String::new();
        // As close as the labels allow: the widest label and a little space.
        let gap = short_dollars(self.high / 1000 * 1000).width() + 2;
        for value in self.ticks(gap) {
            let label = short_dollars(value);
            let at = self
                .column(value)
                .min(self.width.saturating_sub(label.width()));
            let used = text.width();
            if at < used + usize::from(used > 0) {
                continue;
            }
            text.push_str(&" ".repeat(at - used));
            text.push_str(&label);
        }
        Line::from(Span::styled(text, theme.dim()))
    }
}

/// `$40k`, `$1.2m`.
pub fn short_dollars(value: i64) -> String {
    if value >= 1_000_000 {
        format!("${:.1}m", value as f64 / 1e6)
    } else if value % 1000 == 0 {
        format!("${}k", value / 1000)
    } else {
        format!("${:.1}k", value as f64 / 1000.0)
    }
}

/// The band's cells on `axis`: blank outside it, `├`/`┤` at known ends, `╌` where a percentile
/// is missing (from the median or a quartile to the edge of what is known), `▶` at a capped end.
pub fn band_spans(band: &WageBand, axis: &Axis, theme: Theme) -> Vec<Span<'static>> {
    let width = axis.width;
    let Some((low, high)) = band.extent() else {
        return vec![Span::raw(" ".repeat(width))];
    };
    let at = |v: i64| axis.column(v);
    let (start, end) = (at(low), at(high).max(at(low)));
    let q1 = band.p25.map(at);
    let q3 = band.p75.map(at);
    let median = band.median.map(at);
    let capped = band.is_top_coded(high);
    let mut spans = Vec::with_capacity(width);
    for i in 0..width {
        let inside_quartiles = match (q1, q3) {
            (Some(a), Some(b)) => i >= a && i <= b,
            (Some(a), None) => i >= a && i <= median.unwrap_or(a),
            (None, Some(b)) => i <= b && i >= median.unwrap_or(b),
            (None, None) => false,
        };
        let open_left = band.p10.is_none() && i + 1 == start;
        let open_right = band.p90.is_none() && !capped && i == end + 1;
        let (symbol, style) = if open_left || open_right {
            ("╌", theme.dim())
        } else if i < start || i > end {
            (" ", theme.dim())
        } else if Some(i) == median {
            ("●", theme.more())
        } else if i == end && capped {
            ("▶", theme.more())
        } else if i == start && band.p10.is_some() {
            ("├", theme.dim())
        } else if i == end && band.p90.is_some() {
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

/// What a band leaves out, in words: `no 90th percentile`, or `None` when it is whole.
pub fn missing_words(band: &WageBand) -> Option<String> {
    let names = ["10th", "25th", "median", "75th", "90th"];
    let missing: Vec<&str> = band
        .figures()
        .iter()
        .zip(names)
        .filter(|(f, _)| f.is_none())
        .map(|(_, n)| n)
        .collect();
    if missing.is_empty() {
        None
    } else {
        Some(format!("no {} in source", missing.join(", ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn band(figures: [Option<i64>; 5]) -> WageBand {
        let [p10, p25, median, p75, p90] = figures;
        WageBand {
            p10,
            p25,
            median,
            p75,
            p90,
            top_coded_at: None,
            from_hourly: false,
            state: None,
        }
    }

    fn text(spans: &[Span]) -> String {
        spans.iter().map(|s| s.content.as_ref()).collect()
    }

    /// The column of the `n`th character of a row (characters are one cell each here).
    fn position(row: &str, symbol: char) -> Option<usize> {
        row.chars().position(|c| c == symbol)
    }

    #[test]
    fn one_axis_puts_the_same_dollar_value_in_the_same_column_in_every_row() {
        let nurses = band([
            Some(68_940),
            Some(80_330),
            Some(97_550),
            Some(112_350),
            Some(137_470),
        ]);
        // Its median is the first role's 90th percentile: the same column.
        let practitioners = band([
            Some(101_340),
            Some(117_990),
            Some(137_470),
            Some(156_700),
            Some(174_420),
        ]);
        let practical = band([
            Some(49_740),
            Some(59_000),
            Some(64_400),
            Some(76_030),
            Some(83_440),
        ]);
        let bands = [&nurses, &practitioners, &practical];
        let axis = Axis::over(bands, 60).unwrap();
        assert!(axis.low <= 49_740 && axis.high >= 174_420);
        let rows: Vec<String> = bands
            .iter()
            .map(|b| text(&band_spans(b, &axis, Theme::plain())))
            .collect();
        assert!(rows.iter().all(|r| r.chars().count() == 60), "{rows:#?}");
        // The nurses' 90th and the practitioners' median: one value, one column.
        let nurses_end = position(&rows[0], '┤').unwrap();
        let practitioners_median = position(&rows[1], '●').unwrap();
        assert_eq!(nurses_end, practitioners_median, "{rows:#?}");
        assert_eq!(nurses_end, axis.column(137_470));
        // Every mark where the axis puts its value, on every row.
        for (row, b) in rows.iter().zip(bands) {
            assert_eq!(
                position(row, '├'),
                Some(axis.column(b.p10.unwrap())),
                "{row}"
            );
            assert_eq!(
                position(row, '●'),
                Some(axis.column(b.median.unwrap())),
                "{row}"
            );
        }
        // The lowest band starts left of the others: the gap shows.
        assert!(position(&rows[2], '├') < position(&rows[0], '├'));
        // Labels sit over their values' cells.
        let labels = axis.labels(Theme::plain()).to_string();
        let at = labels.find("$100k").unwrap();
        assert_eq!(at, axis.column(100_000), "{labels}");
    }

    #[test]
    fn a_missing_percentile_is_drawn_as_far_as_known_and_a_cap_is_marked() {
        let mut capped = band([Some(100_000), Some(150_000), Some(200_000), None, None]);
        let axis = Axis {
            low: 100_000,
            high: 240_000,
            width: 15,
        };
        let row = text(&band_spans(&capped, &axis, Theme::plain()));
        assert_eq!(row, "├────━━━━━●╌   ", "drawn to the median, open past it");
        assert_eq!(missing_words(&capped).unwrap(), "no 75th, 90th in source");
        capped.p75 = Some(239_200);
        capped.p90 = Some(239_200);
        capped.top_coded_at = Some(239_200);
        let row = text(&band_spans(&capped, &axis, Theme::plain()));
        assert!(row.trim_end().ends_with('▶'), "{row}");
        assert_eq!(missing_words(&capped), None);
        assert_eq!(short_dollars(40_000), "$40k");
    }
}
