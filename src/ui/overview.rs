//! The Overview pane: what the role does, pay and wages, education, top employers, sources.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::text::{bar_line, bullets, fit};
use super::{Drawn, Theme};
use crate::app::App;
use crate::catalog::{Role, Wages};
use crate::report::{NOT_IN_SOURCE, count, dollars, pay_lines, source_line};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: Theme) -> Drawn {
    let inner = Rect {
        x: area.x + 1,
        width: area.width.saturating_sub(3).min(super::MAX_TEXT_WIDTH),
        ..area
    };
    let lines = lines(app, inner.width as usize, theme);
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let total = paragraph.line_count(inner.width).min(u16::MAX as usize) as u16;
    let scroll = app.overview_scroll.min(total.saturating_sub(inner.height));
    frame.render_widget(paragraph.scroll((scroll, 0)), inner);
    super::scrollbar(frame, area, total as usize, scroll as usize, theme);
    Drawn {
        items: Vec::new(),
        visible: inner.height,
        text_lines: total,
    }
}

fn heading(text: &str, theme: Theme) -> Line<'static> {
    Line::from(Span::styled(text.to_string(), theme.heading()))
}

fn fact(label: &str, value: String, width: usize, theme: Theme) -> Line<'static> {
    let style = if value == NOT_IN_SOURCE {
        theme.missing()
    } else {
        Style::new()
    };
    Line::from(vec![
        Span::styled(fit(label, width), theme.dim()),
        Span::raw(" "),
        Span::styled(value, style),
    ])
}

fn missing(theme: Theme) -> Line<'static> {
    Line::from(Span::styled(NOT_IN_SOURCE, theme.missing()))
}

/// Every line of the overview, before wrapping.
pub fn lines(app: &App, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let role = &app.catalog.roles[app.role];
    let mut out = Vec::new();
    // Sections the source has nothing for are named once, at the end, not one by one.
    let mut absent: Vec<&str> = Vec::new();
    match &role.summary {
        Some(summary) => out.push(Line::from(summary.clone())),
        None => out.push(missing(theme)),
    }
    if !role.alternate_titles.is_empty() {
        let shown: Vec<&str> = role
            .alternate_titles
            .iter()
            .take(8)
            .map(String::as_str)
            .collect();
        let more = role.alternate_titles.len() - shown.len();
        let mut also = shown.join(" · ");
        if more > 0 {
            also.push_str(&format!(" · and {more} more (searchable)"));
        }
        out.push(Line::from(vec![
            Span::styled("Also called ", theme.dim()),
            Span::raw(also),
        ]));
    }

    if role.salary.is_none() && role.wages.is_none() {
        absent.push("pay");
    } else {
        section(&mut out, "Pay", theme);
        let pay = pay_lines(role);
        let label_width = pay.iter().map(|(l, _)| l.width()).max().unwrap_or(0);
        out.extend(pay.into_iter().map(|(l, v)| fact(l, v, label_width, theme)));
        if let Some(wages) = &role.wages {
            out.extend(wage_band(wages, width, theme));
            out.extend(industries(wages, width, theme));
        }
    }

    match role.education.as_ref().filter(|e| !e.levels.is_empty()) {
        Some(education) => {
            section(&mut out, "Education", theme);
            let rows = education.levels.iter().map(|l| {
                let value = format!("{:.0}%", l.share);
                (l.level.as_str(), l.share, value)
            });
            out.extend(bar_chart(rows.collect(), Some(100.0), width, 72, theme));
        }
        None if has_degree_comparison(app) => {
            section(&mut out, "Education", theme);
            out.push(Line::from(vec![
                Span::styled(NOT_IN_SOURCE, theme.missing()),
                Span::styled(" · degree differences are in Compare (4)", theme.dim()),
            ]));
        }
        None => absent.push("education"),
    }

    if role.employers.is_empty() {
        absent.push("top employers");
    } else {
        section(&mut out, "Top employers (open jobs)", theme);
        employers(role, width, theme, &mut out);
    }

    if role.duties.is_empty() {
        absent.push("duties");
    } else {
        section(&mut out, "Duties", theme);
        out.extend(bullets(&role.duties, width).into_iter().map(Line::from));
    }

    match &role.types {
        Some(types) if !types.is_empty() => {
            section(&mut out, "Types", theme);
            out.extend(bullets(types, width).into_iter().map(Line::from));
        }
        _ => absent.push("types"),
    }

    if !role.notes.is_empty() {
        section(&mut out, "Notes", theme);
        out.extend(bullets(&role.notes, width).into_iter().map(Line::from));
    }

    out.push(Line::default());
    if !absent.is_empty() {
        out.push(Line::from(vec![
            Span::styled("Not in source: ", theme.dim()),
            Span::styled(absent.join(", "), theme.missing()),
        ]));
    }
    out.push(Line::from(vec![
        Span::styled("Source ", theme.dim()),
        Span::raw(source_line(&app.catalog.origin_of(app.role).sources)),
    ]));
    out
}

fn section(out: &mut Vec<Line<'static>>, title: &str, theme: Theme) {
    out.push(Line::default());
    out.push(heading(title, theme));
}

fn has_degree_comparison(app: &App) -> bool {
    app.catalog
        .comparisons_of(app.role)
        .iter()
        .any(|c| c.education.is_some())
}

fn employers(role: &Role, width: usize, theme: Theme, out: &mut Vec<Line<'static>>) {
    if role.employers.is_empty() {
        out.push(missing(theme));
        return;
    }
    let rows = role
        .employers
        .iter()
        .map(|e| (e.name.as_str(), e.open_jobs as f64, count(e.open_jobs)));
    out.extend(bar_chart(rows.collect(), None, width, 80, theme));
}

/// The 10th–90th percentile range as a band with the quartiles thicker and the median marked:
/// `$50,090 ├───━━━━●━━━━━━━───────┤ $253,390`.
fn wage_band(wages: &Wages, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let (Some(p10), Some(p90)) = (wages.p10, wages.p90) else {
        return Vec::new();
    };
    let (left, right) = (dollars(p10), dollars(p90));
    let band = width
        .min(72)
        .saturating_sub(left.width() + right.width() + 4);
    if band < 5 || p90 <= p10 {
        return Vec::new();
    }
    let at =
        |v: i64| (((v - p10) as f64 / (p90 - p10) as f64) * (band - 1) as f64).round() as usize;
    let q1 = wages.p25.map(at);
    let q3 = wages.p75.map(at);
    let median = wages.median.map(at);
    let mut cells: Vec<Span<'static>> = Vec::with_capacity(band);
    for i in 0..band {
        let inside_quartiles = q1.zip(q3).is_some_and(|(a, b)| i >= a && i <= b);
        let (symbol, style) = if Some(i) == median {
            ("●", theme.more())
        } else if inside_quartiles {
            ("━", theme.bar())
        } else {
            ("─", theme.dim())
        };
        cells.push(Span::styled(symbol, style));
    }
    let mut line = vec![Span::raw(format!("{left} ├"))];
    line.extend(cells);
    line.push(Span::raw(format!("┤ {right}")));
    let legend = Line::from(Span::styled(
        "10th–90th percentile · thick: 25th–75th · ●: median",
        theme.dim(),
    ));
    vec![Line::from(line), legend]
}

fn industries(wages: &Wages, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let shown: Vec<_> = wages
        .by_industry
        .iter()
        .filter(|i| i.employment.is_some())
        .take(8)
        .collect();
    if shown.is_empty() {
        return Vec::new();
    }
    let mut out = vec![Line::default(), heading("Employment by industry", theme)];
    let rows = shown.iter().map(|i| {
        let employment = i.employment.unwrap_or(0);
        (i.industry.as_str(), employment as f64, count(employment))
    });
    out.extend(bar_chart(rows.collect(), None, width, 80, theme));
    out
}

/// Horizontal bars for (label, value, value as text) rows, at most `widest` columns wide, labels
/// in one column of at most three fifths of `width`; bars scale to `max`, or the largest value.
fn bar_chart(
    rows: Vec<(&str, f64, String)>,
    max: Option<f64>,
    width: usize,
    widest: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let max = max.unwrap_or_else(|| rows.iter().map(|r| r.1).fold(0.0, f64::max));
    let label_width = rows
        .iter()
        .map(|r| r.0.width())
        .max()
        .unwrap_or(0)
        .min(width * 3 / 5);
    rows.into_iter()
        .map(|(label, value, text)| {
            bar_line(
                label,
                label_width,
                value,
                max,
                text,
                width.min(widest),
                theme.bar(),
            )
        })
        .collect()
}
