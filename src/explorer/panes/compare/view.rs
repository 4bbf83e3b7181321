//! The Compare pane's lines at one width: which two roles and why, the other role's description,
//! the table (a label column and a column per role, so more roles are more columns), where
//! skills and knowledge differ most as signed bars, and the tasks in common.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::{Compare, HERE, Target, Why, pager};
use crate::catalog::{ElementKind, RelatedTier, Role};
use crate::explorer::action::Action;
use crate::explorer::component::Ctx;
use crate::explorer::keymap::Context;
use crate::explorer::panes::overview::MAX_SHOWN_TEXT;
use crate::explorer::theme::Theme;
use crate::explorer::widgets::signed_bars::{
    SignedBar, SignedLayout, SignedStyle, caption, signed_bar_lines,
};
use crate::explorer::widgets::text::{fit, head, wrap};
use crate::report::compare::differences::SkillDifference;
use crate::report::{CompareReport, CompareRow, NOT_IN_SOURCE, Tone};

/// A full half of a difference bar: importance runs 1–5, so two sides differ by at most 4.
const DIFFERENCE_SCALE: f64 = 4.0;

/// The pane's lines at `width`: the comparison, or what to do when there is none.
pub(super) fn lines(pane: &Compare, ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let theme = ctx.theme();
    let Some((target, view)) = pane.current(ctx) else {
        let mut lines: Vec<Line> = wrap(
            &format!("The catalog compares this role with no other ({NOT_IN_SOURCE})."),
            width,
        )
        .into_iter()
        .map(|l| Line::from(Span::styled(l, theme.missing())))
        .collect();
        let keys = ctx
            .shared
            .keymap
            .keys_for(&[Context::Everywhere], &Action::PickRoleToCompare);
        if let Some(key) = keys.first() {
            lines.extend([
                Line::default(),
                Line::from(vec![
                    Span::styled(key.label(), theme.key()),
                    Span::raw(" picks any role to compare with."),
                ]),
            ]);
        }
        return lines;
    };
    let count = pane.targets(ctx).len();
    let position = pane.comparison.min(count.saturating_sub(1)) + 1;
    let report = CompareReport::new(view, ctx.shared.wage_state.as_deref());
    let mut out = heading_lines(ctx, &report, target, (position, count), width);
    out.extend(table_lines(&report, theme, width));
    out.extend(difference_lines(&report, theme, width));
    out.extend(task_lines(&report, theme, width));
    out
}

/// Who is compared with whom, why, where in the carousel, and the other role's description.
fn heading_lines(
    ctx: &Ctx,
    report: &CompareReport<'_>,
    target: Target,
    (position, count): (usize, usize),
    width: usize,
) -> Vec<Line<'static>> {
    let theme = ctx.theme();
    let [a, b] = report.roles();
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let place = pager(
        ctx,
        HERE,
        (&Action::PreviousComparison, &Action::NextComparison),
        position,
        count,
    );
    let title = format!("{}  vs  {}", a.title, b.title);
    let room = width.saturating_sub(place.width() + 1);
    let mut out = vec![Line::from(vec![
        Span::styled(fit(&title, room), bold),
        Span::raw(" "),
        Span::styled(place, theme.key()),
    ])];
    let built = "built from both roles' data";
    let why = match target.why {
        _ if report.view.authored => "as the source compares them".to_string(),
        Why::Picked | Why::Authored => format!("picked · {built}"),
        Why::Nearest => format!("the nearest US occupation · {built}"),
        Why::Related(Some(tier)) => format!("related occupation, {} · {built}", tier_words(tier)),
        Why::Related(None) => format!("related role · {built}"),
    };
    out.extend(
        wrap(&why, width)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, theme.dim()))),
    );
    out.push(Line::default());
    match report.view.description {
        Some(description) => out.extend(
            wrap(head(description, MAX_SHOWN_TEXT), width)
                .into_iter()
                .map(Line::from),
        ),
        None => out.push(Line::from(Span::styled(NOT_IN_SOURCE, theme.missing()))),
    }
    out.push(Line::default());
    out
}

/// O*NET's tier, by its name.
fn tier_words(tier: RelatedTier) -> &'static str {
    match tier {
        RelatedTier::PrimaryShort => "O*NET Primary-Short",
        RelatedTier::PrimaryLong => "O*NET Primary-Long",
        RelatedTier::Supplemental => "O*NET Supplemental",
    }
}

/// The widths of the label column and of each role's column.
pub(super) fn columns(rows: &[CompareRow], roles: usize, width: usize) -> (usize, usize) {
    let longest = rows.iter().map(|r| r.label.width()).max().unwrap_or(0);
    let label = longest.min((width * 2 / 7).max(15)).min(24);
    let column = (width.saturating_sub(label + roles) / roles.max(1)).max(1);
    (label, column)
}

/// The table: a heading row of titles, then each row's cells wrapped in their columns, the
/// other roles' cells coloured and marked ▲/▼ against the role's.
fn table_lines(report: &CompareReport<'_>, theme: Theme, width: usize) -> Vec<Line<'static>> {
    let titles: Vec<&str> = report.roles().iter().map(|r| r.title.as_str()).collect();
    grid(&titles, &report.rows, theme, width)
}

/// A table of `rows` under `titles`, a column each, at `width`: used for two roles and for the
/// columns of several on screen.
pub(super) fn grid(
    titles: &[&str],
    rows: &[CompareRow],
    theme: Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let (label_width, column) = columns(rows, titles.len(), width);
    let mut out = Vec::new();
    let mut heading = vec![Span::raw(" ".repeat(label_width))];
    for title in titles {
        heading.push(Span::raw(" "));
        heading.push(Span::styled(fit(title, column), theme.heading()));
    }
    out.push(Line::from(heading));
    for row in rows {
        let cells: Vec<Vec<String>> = row
            .cells
            .iter()
            .map(|c| {
                c.lines
                    .iter()
                    .flat_map(|l| wrap(l, column.saturating_sub(2)))
                    .collect()
            })
            .collect();
        let labels = wrap(&row.label, label_width);
        let height = cells.iter().map(Vec::len).chain([labels.len()]).max().unwrap_or(0);
        for i in 0..height {
            let label = labels.get(i).map_or("", String::as_str);
            let mut spans = vec![Span::styled(fit(label, label_width), theme.dim())];
            for (c, (cell, lines)) in row.cells.iter().zip(&cells).enumerate() {
                let text = lines.get(i).map_or("", String::as_str);
                let (style, arrow) = match cell.tone {
                    _ if text == NOT_IN_SOURCE => (theme.missing(), ""),
                    Tone::More => (theme.more(), " ▲"),
                    Tone::Less => (theme.less(), " ▼"),
                    Tone::Neutral => (Style::new(), ""),
                };
                let arrow = if i == 0 { arrow } else { "" };
                spans.push(Span::raw(" "));
                let last = c + 1 == row.cells.len();
                let shown = format!("{text}{arrow}");
                spans.push(Span::styled(
                    if last { shown } else { fit(&shown, column) },
                    style,
                ));
            }
            out.push(Line::from(spans));
        }
    }
    out
}

/// Where skills and knowledge differ most: a signed bar per element (to the left where the
/// role rates it higher, to the right where the other role does), each side's importance at
/// its end; skills, then knowledge.
fn difference_lines(report: &CompareReport<'_>, theme: Theme, width: usize) -> Vec<Line<'static>> {
    let Some((heading, note)) = report.skills_section() else {
        return Vec::new();
    };
    let mut out = vec![
        Line::default(),
        Line::from(Span::styled(heading, theme.heading())),
    ];
    out.extend(
        wrap(&note, width)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, theme.dim()))),
    );
    let differences = report.skills.differences();
    if differences.is_empty() {
        return out;
    }
    let bars: Vec<SignedBar> = differences.iter().map(bar).collect();
    let layout = SignedLayout::new(&bars, width);
    let style = SignedStyle {
        negative: theme.bar(),
        positive: theme.bar(),
        axis: theme.dim(),
    };
    let [a, b] = report.roles();
    out.push(caption(&a.title, &b.title, layout, style));
    for (kind, title) in [
        (ElementKind::Skill, "Skills"),
        (ElementKind::Knowledge, "Knowledge"),
    ] {
        let of_kind: Vec<SignedBar> = differences
            .iter()
            .filter(|d| d.kind == kind)
            .map(bar)
            .collect();
        if of_kind.is_empty() {
            continue;
        }
        out.push(Line::from(Span::styled(
            title,
            Style::new().add_modifier(Modifier::BOLD),
        )));
        out.extend(signed_bar_lines(&of_kind, DIFFERENCE_SCALE, layout, style));
    }
    out
}

fn bar<'a>(d: &SkillDifference<'a>) -> SignedBar<'a> {
    SignedBar {
        label: d.name,
        value: d.difference,
        left: format!("{:.2}", d.role),
        right: format!("{:.2}", d.other),
    }
}

/// The tasks both roles do: the role's statement, and the other's where it is worded otherwise.
fn task_lines(report: &CompareReport<'_>, theme: Theme, width: usize) -> Vec<Line<'static>> {
    let Some((heading, note)) = report.tasks_section() else {
        return Vec::new();
    };
    let [_, b]: [&Role; 2] = report.roles();
    let mut out = vec![
        Line::default(),
        Line::from(Span::styled(heading, theme.heading())),
    ];
    out.extend(
        wrap(note, width)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, theme.dim()))),
    );
    for task in &report.shared_tasks {
        for (i, line) in wrap(head(task.role, MAX_SHOWN_TEXT), width.saturating_sub(2))
            .into_iter()
            .enumerate()
        {
            let bullet = if i == 0 { "• " } else { "  " };
            out.push(Line::from(format!("{bullet}{line}")));
        }
        if task.other != task.role {
            let other = format!("{}: {}", b.title, head(task.other, MAX_SHOWN_TEXT));
            out.extend(
                wrap(&other, width.saturating_sub(4))
                    .into_iter()
                    .map(|l| Line::from(Span::styled(format!("    {l}"), theme.dim()))),
            );
        }
    }
    out
}
