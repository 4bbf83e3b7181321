//! The Compare pane's lines with columns kept (several roles): who is compared, the wage bands
//! of every role on one shared axis (a row each, so they all show at any width), the table of
//! the columns that fit (`<`/`>` for the others), and the skills and knowledge whose ratings
//! spread most, a small bar per column.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::view::{columns, grid};
use super::{Compare, HERE, MAX_COLUMNS, pager};
use crate::catalog::ElementKind;
use crate::explorer::action::Action;
use crate::explorer::component::Ctx;
use crate::explorer::theme::Theme;
use crate::explorer::widgets::bars::bar;
use crate::explorer::widgets::text::{fit, wrap};
use crate::explorer::widgets::wage_band::{self, Axis};
use crate::report::compare::several::SeveralReport;
use crate::report::{CompareRow, dollars};

/// The narrowest a role's column gets, and the label column's least width.
const MIN_COLUMN: usize = 17;
const MIN_LABEL: usize = 15;
/// Skill and knowledge rows shown, largest spread first.
const ELEMENT_ROWS: usize = 12;
/// Importance runs 1–5; a bar is drawn from 0.
const MAX_IMPORTANCE: f64 = 5.0;

/// How many role columns fit in `width`.
pub(super) fn fit_columns(width: usize) -> usize {
    (width.saturating_sub(MIN_LABEL) / (MIN_COLUMN + 1)).clamp(1, MAX_COLUMNS)
}

pub(super) fn lines(pane: &Compare, ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let theme = ctx.theme();
    let all = pane.columns(ctx);
    let report = SeveralReport::new(ctx.catalog(), &all, ctx.shared.wage_state.as_deref());
    let (first, fit) = pane.visible_columns(all.len());
    let shown = first..(first + fit).min(all.len());

    let mut out = heading_lines(pane, ctx, &report, (first, fit), width);
    out.extend(band_lines(&report, theme, width));

    let roles = report.role_refs();
    let titles: Vec<&str> = roles[shown.clone()]
        .iter()
        .map(|r| r.title.as_str())
        .collect();
    let rows: Vec<CompareRow> = report
        .rows
        .iter()
        .map(|r| CompareRow {
            label: r.label.clone(),
            cells: r.cells.get(shown.clone()).unwrap_or_default().to_vec(),
        })
        .collect();
    out.push(Line::default());
    out.extend(grid(&titles, &rows, theme, width));
    out.extend(element_lines(&report, &titles, shown, theme, width));
    out
}

/// The roles, where the walked comparison is, and which columns show.
fn heading_lines(
    pane: &Compare,
    ctx: &Ctx,
    report: &SeveralReport<'_>,
    (first, shown): (usize, usize),
    width: usize,
) -> Vec<Line<'static>> {
    let theme = ctx.theme();
    let roles = report.role_refs();
    let count = pane.targets(ctx).len();
    let place = if count > 0 {
        let position = pane.comparison.min(count - 1) + 1;
        pager(
            ctx,
            HERE,
            (&Action::PreviousComparison, &Action::NextComparison),
            position,
            count,
        )
    } else {
        String::new()
    };
    let title: Vec<&str> = roles.iter().map(|r| r.title.as_str()).collect();
    let room = width.saturating_sub(place.width() + 1);
    let mut out = vec![Line::from(vec![
        Span::styled(
            fit(&title.join("  +  "), room),
            Style::new().add_modifier(Modifier::BOLD),
        ),
        Span::raw(" "),
        Span::styled(place, theme.key()),
    ])];
    let kept = roles.len().saturating_sub(1).min(pane.picks.len());
    let mut about = format!(
        "{} roles, {kept} kept · ▲▼ against {}",
        roles.len(),
        roles[0].title
    );
    if shown < roles.len() {
        let keys = |a: &Action| pane.key_label(ctx, a);
        about.push_str(&format!(
            " · columns {}–{} of {} ({} {})",
            first + 1,
            first + shown,
            roles.len(),
            keys(&Action::PreviousColumns),
            keys(&Action::NextColumns)
        ));
    }
    out.extend(
        wrap(&about, width)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, theme.dim()))),
    );
    out.push(Line::default());
    out
}

/// Every role's wage band on one axis, a row each, the median at the end; the legend, and
/// what a band leaves out.
fn band_lines(report: &SeveralReport<'_>, theme: Theme, width: usize) -> Vec<Line<'static>> {
    let mut out = vec![Line::from(Span::styled(
        format!("Wages, {}", report.wage_scope()),
        theme.heading(),
    ))];
    let roles = report.role_refs();
    let label_width = roles
        .iter()
        .map(|r| r.title.width())
        .max()
        .unwrap_or(0)
        .min(24)
        .min(width / 3);
    let medians: Vec<String> = report
        .wages
        .iter()
        .map(|w| {
            w.as_ref()
                .and_then(|w| w.median.map(|m| median_text(w, m)))
                .unwrap_or_default()
        })
        .collect();
    let median_width = medians.iter().map(|m| m.width()).max().unwrap_or(0);
    let band_width = width.saturating_sub(label_width + median_width + 2);
    let Some(axis) = Axis::over(report.wages.iter().flatten(), band_width) else {
        out.push(Line::from(Span::styled(
            "No wage figures for these roles (not in source).",
            theme.missing(),
        )));
        return out;
    };
    if band_width < 10 {
        return out;
    }
    let mut labels = vec![Span::raw(" ".repeat(label_width + 1))];
    labels.extend(axis.labels(theme).spans);
    out.push(Line::from(labels));
    let mut notes = Vec::new();
    for ((role, band), median) in roles.iter().zip(&report.wages).zip(&medians) {
        let mut spans = vec![Span::raw(fit(&role.title, label_width)), Span::raw(" ")];
        match band {
            Some(band) => {
                spans.extend(wage_band::band_spans(band, &axis, theme));
                let pad = median_width.saturating_sub(median.width());
                spans.push(Span::raw(format!(" {}{median}", " ".repeat(pad))));
                let mut said = Vec::new();
                said.extend(wage_band::missing_words(band));
                if band.from_hourly {
                    said.push("hourly figures × 2,080".into());
                }
                if let Some(top) = band.top_coded_at {
                    said.push(format!("▶ {} or more", dollars(top)));
                }
                if report.state.is_some() && band.state.is_none() {
                    said.push("national".into());
                }
                if !said.is_empty() {
                    notes.push(format!("{}: {}", role.title, said.join(", ")));
                }
            }
            None => spans.push(Span::styled("not in source", theme.missing())),
        }
        out.push(Line::from(spans));
    }
    out.extend(
        wrap(wage_band::LEGEND, width)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, theme.dim()))),
    );
    for note in notes {
        out.extend(
            wrap(&note, width)
                .into_iter()
                .map(|l| Line::from(Span::styled(l, theme.dim()))),
        );
    }
    out
}

fn median_text(band: &crate::report::compare::WageBand, median: i64) -> String {
    if band.is_top_coded(median) {
        format!("{}+", dollars(median))
    } else {
        dollars(median)
    }
}

/// Skills and knowledge, largest spread first: a small bar per column shown, the importance
/// beside it.
fn element_lines(
    report: &SeveralReport<'_>,
    titles: &[&str],
    shown: std::ops::Range<usize>,
    theme: Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let mut out = vec![
        Line::default(),
        Line::from(Span::styled(
            "Skills and knowledge that differ most",
            theme.heading(),
        )),
    ];
    let rated = report
        .role_refs()
        .iter()
        .filter(|r| !r.skills.is_empty() || !r.knowledge.is_empty())
        .count();
    if report.elements.is_empty() {
        let why = if rated < 2 {
            "Fewer than two of these roles have O*NET skill and knowledge ratings."
        } else {
            "No element is rated by two or more of these roles."
        };
        out.extend(
            wrap(why, width)
                .into_iter()
                .map(|l| Line::from(Span::styled(l, theme.missing()))),
        );
        return out;
    }
    let note = format!(
        "O*NET importance 1–5, the {} with the largest spread across all {} roles",
        ELEMENT_ROWS.min(report.elements.len()),
        report.roles.len()
    );
    out.extend(
        wrap(&note, width)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, theme.dim()))),
    );
    let elements = &report.elements[..ELEMENT_ROWS.min(report.elements.len())];
    let labels: Vec<String> = elements
        .iter()
        .map(|e| match e.kind {
            ElementKind::Knowledge => format!("{} (K)", e.name),
            _ => e.name.to_string(),
        })
        .collect();
    let label_rows: Vec<CompareRow> = labels
        .iter()
        .map(|l| CompareRow {
            label: l.clone(),
            cells: Vec::new(),
        })
        .collect();
    let (label_width, column) = columns(&label_rows, titles.len(), width);
    let mut heading = vec![Span::raw(" ".repeat(label_width))];
    for title in titles {
        heading.push(Span::raw(" "));
        heading.push(Span::styled(fit(title, column), theme.heading()));
    }
    out.push(Line::from(heading));
    // ` ████▌ 4.25`: the value takes five cells, the bar the rest of the column.
    let bar_width = column.saturating_sub(6).min(20);
    for (element, label) in elements.iter().zip(&labels) {
        let mut spans = vec![Span::styled(fit(label, label_width), theme.dim())];
        for importance in &element.importance[shown.clone()] {
            spans.push(Span::raw(" "));
            match importance {
                Some(value) => {
                    let drawn = bar(*value, MAX_IMPORTANCE, bar_width);
                    let pad = " ".repeat(bar_width.saturating_sub(drawn.width()));
                    spans.push(Span::styled(drawn, theme.bar()));
                    spans.push(Span::raw(format!("{pad} {value:.2}")));
                    let used = bar_width + 5;
                    spans.push(Span::raw(" ".repeat(column.saturating_sub(used))));
                }
                None => spans.push(Span::styled(fit("not rated", column), theme.missing())),
            }
        }
        out.push(Line::from(spans));
    }
    out.push(Line::from(Span::styled(
        "(K): knowledge",
        theme.dim(),
    )));
    out
}
