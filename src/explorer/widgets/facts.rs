//! A role's facts (`report::facts`) drawn as lines: headings, labelled rows with hanging
//! indents, tables of figures with a wage band per column, bar charts, other names, links and
//! notes. Every line returned fits the width it was drawn for, so a pane lays them out once per
//! width and may set them side by side.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::band;
use super::bars::bar_chart;
use super::scroll::wrap_line;
use super::text::{bullets, fit, head, truncate};
use crate::explorer::theme::Theme;
use crate::report::NOT_IN_SOURCE;
use crate::report::facts::{Bars, Block, Link, Row, Table};

/// A text longer than this is cut in the explorer (`show` prints it all): wrapping and
/// drawing cost grows with the text, and nobody reads 64 KB in a pane.
pub const MAX_SHOWN_TEXT: usize = 64 * 1024;

/// Bars are at most this wide, however wide the pane: long bars are hard to compare.
const WIDEST_BARS: usize = 80;

/// How blocks are drawn: the width, the theme, and the key that follows a link.
#[derive(Debug, Clone, Copy)]
pub struct Drawing<'a> {
    pub width: usize,
    pub theme: Theme,
    pub link_key: Option<&'a str>,
}

/// A catalog text as shown: cut at `MAX_SHOWN_TEXT`, saying so.
pub fn shown(text: &str) -> String {
    let cut = head(text, MAX_SHOWN_TEXT);
    if cut.len() == text.len() {
        text.to_string()
    } else {
        format!(
            "{cut}… [{} KB more; `career-explorer show` prints it all]",
            (text.len() - cut.len()) / 1024
        )
    }
}

pub fn heading(title: &str, theme: Theme) -> Line<'static> {
    Line::from(Span::styled(title.to_string(), theme.heading()))
}

pub fn missing(theme: Theme) -> Line<'static> {
    Line::from(Span::styled(NOT_IN_SOURCE, theme.missing()))
}

/// The lines of one block.
pub fn block(block: &Block<'_>, d: &Drawing) -> Vec<Line<'static>> {
    let theme = d.theme;
    match block {
        Block::Text(text) => wrap_line(Line::from(shown(text)), d.width),
        Block::Note(text) => wrap_line(
            Line::from(Span::styled(text.to_string(), theme.dim())),
            d.width,
        ),
        Block::Missing => vec![missing(theme)],
        Block::List(items) => {
            let items: Vec<String> = items.iter().map(|i| shown(i)).collect();
            bullets(&items, d.width)
                .into_iter()
                .map(Line::from)
                .collect()
        }
        Block::Rows(rows) => rows_lines(rows, d),
        Block::Names {
            label,
            names,
            shown: few,
        } => {
            let few = (*few).min(names.len());
            let mut value = vec![Span::raw(names[..few].join(" · "))];
            if names.len() > few {
                value.push(Span::styled(
                    format!(" · +{} more (searchable)", names.len() - few),
                    theme.dim(),
                ));
            }
            let label = format!("{label} ");
            hanging(
                vec![Span::styled(label.clone(), theme.dim())],
                label.width(),
                value,
                d.width,
            )
        }
        Block::Link(link) => link_lines(link, d),
        Block::Table(table) => table_lines(table, d),
        Block::Bars(bars) => bar_lines(bars, d),
        // Other roles are the business of other panes.
        Block::Roles { .. } => Vec::new(),
    }
}

/// `prefix value…` with the value wrapped under itself (a hanging indent), or the whole line
/// wrapped when the prefix leaves too little room.
fn hanging(
    prefix: Vec<Span<'static>>,
    prefix_width: usize,
    value: Vec<Span<'static>>,
    width: usize,
) -> Vec<Line<'static>> {
    let room = width.saturating_sub(prefix_width);
    if room < 12 || room < width * 3 / 5 {
        let mut spans = prefix;
        spans.extend(value);
        return wrap_line(Line::from(spans), width);
    }
    wrap_line(Line::from(value), room)
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            let mut spans = if i == 0 {
                prefix.clone()
            } else {
                vec![Span::raw(" ".repeat(prefix_width))]
            };
            spans.extend(line.spans);
            Line::from(spans)
        })
        .collect()
}

fn value_style(value: &str, theme: Theme) -> Style {
    if value == NOT_IN_SOURCE {
        theme.missing()
    } else {
        Style::new()
    }
}

/// Labels in one column (as wide as the widest, within half the width), values beside.
fn rows_lines(rows: &[Row<'_>], d: &Drawing) -> Vec<Line<'static>> {
    let label_width = rows
        .iter()
        .map(|r| r.label.width())
        .max()
        .unwrap_or(0)
        .min(d.width / 2);
    rows.iter()
        .flat_map(|row| {
            let prefix = vec![
                Span::styled(fit(&row.label, label_width), d.theme.dim()),
                Span::raw(" "),
            ];
            let value = vec![Span::styled(
                row.value.to_string(),
                value_style(&row.value, d.theme),
            )];
            hanging(prefix, label_width + 1, value, d.width)
        })
        .collect()
}

fn link_lines(link: &Link<'_>, d: &Drawing) -> Vec<Line<'static>> {
    let theme = d.theme;
    let label = format!("{} ", link.label);
    let value = match link.role {
        Some((_, role)) => vec![
            Span::raw(role.title.clone()),
            Span::styled(format!(" ({})", link.code), theme.dim()),
        ],
        None => vec![
            Span::raw(link.code.to_string()),
            Span::styled(" (not in the loaded catalogs)", theme.missing()),
        ],
    };
    let mut lines = hanging(
        vec![Span::styled(label.clone(), theme.dim())],
        label.width(),
        value,
        d.width,
    );
    // "· press o" whole, on the last line or a line of its own.
    if let (Some(key), Some(_), Some(last)) = (d.link_key, link.role, lines.last_mut()) {
        let press = vec![
            Span::styled(" · press ", theme.dim()),
            Span::styled(key.to_string(), theme.key()),
        ];
        let width: usize = press.iter().map(Span::width).sum();
        if last.width() + width <= d.width {
            last.spans.extend(press);
        } else {
            let mut own = vec![Span::styled("press ", theme.dim())];
            own.extend(press.into_iter().skip(1));
            lines.push(Line::from(own));
        }
    }
    lines
}

/// A table: with one column, labelled rows and the band with its ends; with more, the columns
/// under their headings with a band each on one scale, or each column in turn when they do not
/// fit the width.
fn table_lines(table: &Table<'_>, d: &Drawing) -> Vec<Line<'static>> {
    let theme = d.theme;
    let column_rows = |c: usize| -> Vec<Row<'_>> {
        table
            .rows
            .iter()
            .map(|r| Row::new(r.label, r.values[c].as_ref()))
            .collect()
    };
    if table.columns.len() == 1 {
        let mut out = rows_lines(&column_rows(0), d);
        if let Some(Some(band)) = table.bands.first() {
            out.extend(band::with_ends(band, d.width, theme));
        }
        return out;
    }
    let label_width = table
        .rows
        .iter()
        .map(|r| r.label.width())
        .max()
        .unwrap_or(0);
    let widths: Vec<usize> = (0..table.columns.len())
        .map(|c| {
            table
                .rows
                .iter()
                .map(|r| r.values[c].width())
                .chain([table.columns[c].width(), 13])
                .max()
                .unwrap_or(0)
        })
        .collect();
    // One column between the labels and the first values, two between values.
    let total = label_width + widths.iter().map(|w| w + 2).sum::<usize>() - 1;
    if total > d.width {
        let mut out = Vec::new();
        for (c, column) in table.columns.iter().enumerate() {
            out.push(Line::from(Span::styled(column.to_string(), theme.dim())));
            out.extend(rows_lines(&column_rows(c), d));
        }
        return out;
    }
    let row = |label: Span<'static>, cells: Vec<Span<'static>>| {
        let mut spans = vec![label];
        for (i, (cell, w)) in cells.into_iter().zip(&widths).enumerate() {
            let pad = w.saturating_sub(cell.width());
            spans.push(Span::raw(if i == 0 { " " } else { "  " }));
            spans.push(cell);
            spans.push(Span::raw(" ".repeat(pad)));
        }
        Line::from(spans)
    };
    let mut out = vec![row(
        Span::raw(" ".repeat(label_width)),
        table
            .columns
            .iter()
            .map(|c| Span::styled(c.to_string(), theme.dim()))
            .collect(),
    )];
    for r in &table.rows {
        out.push(row(
            Span::styled(fit(r.label, label_width), theme.dim()),
            r.values
                .iter()
                .map(|v| Span::styled(v.to_string(), value_style(v, theme)))
                .collect(),
        ));
    }
    let bands: Vec<_> = table.bands.iter().flatten().collect();
    if !bands.is_empty() {
        let low = bands.iter().map(|b| b.p10).fold(f64::INFINITY, f64::min);
        let high = bands
            .iter()
            .map(|b| b.p90)
            .fold(f64::NEG_INFINITY, f64::max);
        let mut spans = vec![Span::raw(" ".repeat(label_width))];
        for (i, (b, w)) in table.bands.iter().zip(&widths).enumerate() {
            spans.push(Span::raw(if i == 0 { " " } else { "  " }));
            match b {
                Some(b) => spans.extend(band::cells(b, low, high, *w, theme)),
                None => spans.push(Span::raw(" ".repeat(*w))),
            }
        }
        out.push(Line::from(spans));
        out.extend(wrap_line(
            Line::from(Span::styled(
                format!("{}, on one scale", band::LEGEND),
                theme.dim(),
            )),
            d.width,
        ));
    }
    out
}

/// A bar chart; a second figure (pay beside employment) gets a column of its own, and both
/// columns a heading.
fn bar_lines(bars: &Bars<'_>, d: &Drawing) -> Vec<Line<'static>> {
    let Some(extra) = bars.extra else {
        let rows = bars.bars.iter().map(|b| (b.label, b.value, b.text.clone()));
        return bar_chart(
            rows.collect(),
            Some(bars.full),
            d.width,
            WIDEST_BARS,
            d.theme.bar(),
        );
    };
    let heading = bars.columns.1.as_ref();
    let text_width = bars
        .bars
        .iter()
        .map(|b| b.text.width())
        .chain([heading.width()])
        .max()
        .unwrap_or(0);
    let extra_width = bars
        .bars
        .iter()
        .filter_map(|b| b.extra.as_deref())
        .map(UnicodeWidthStr::width)
        .chain([extra.width()])
        .max()
        .unwrap_or(0);
    let rows = bars.bars.iter().map(|b| {
        let more = b.extra.as_deref().unwrap_or(NOT_IN_SOURCE);
        let text = format!("{:>text_width$}  {more:>extra_width$}", b.text);
        (b.label, b.value, text)
    });
    let chart_width = d.width.min(WIDEST_BARS);
    let headings = format!("{heading:>text_width$}  {extra:>extra_width$}");
    let mut out = vec![Line::from(Span::styled(
        truncate(&format!("{headings:>chart_width$}"), d.width),
        d.theme.dim(),
    ))];
    let rows: Vec<_> = rows.collect();
    // Labels leave the bars 12 cells; where that cuts them short, each label goes on a line of
    // its own above its bar.
    let values = text_width + 2 + extra_width + 1;
    let label_room = (chart_width * 3 / 5).min(chart_width.saturating_sub(values + 13));
    if label_room >= 20 {
        let cut: Vec<String> = rows.iter().map(|r| truncate(r.0, label_room)).collect();
        let rows = rows
            .into_iter()
            .zip(&cut)
            .map(|((_, value, text), label)| (label.as_str(), value, text))
            .collect();
        out.extend(bar_chart(
            rows,
            Some(bars.full),
            d.width,
            WIDEST_BARS,
            d.theme.bar(),
        ));
        return out;
    }
    for (label, value, text) in rows {
        out.push(Line::from(truncate(label, d.width)));
        out.extend(bar_chart(
            vec![("", value, text)],
            Some(bars.full),
            d.width,
            WIDEST_BARS,
            d.theme.bar(),
        ));
    }
    out
}
