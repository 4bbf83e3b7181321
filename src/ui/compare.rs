//! The Compare pane: the role against one related role, as a table with signed, coloured
//! differences. ←/→ walk the comparisons; `c` picks any role.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::text::{fit, wrap};
use super::{Drawn, Theme};
use crate::app::App;
use crate::report::{NOT_IN_SOURCE, Tone, compare_rows};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: Theme) -> Drawn {
    let inner = Rect {
        x: area.x + 1,
        width: area.width.saturating_sub(2),
        ..area
    };
    let width = inner.width as usize;
    let lines = match app.current_comparison() {
        Some(view) => {
            let targets = app.comparison_targets();
            let position = app.comparison.min(targets.len().saturating_sub(1)) + 1;
            lines(app, &view, position, targets.len(), width, theme)
        }
        None => {
            let mut lines: Vec<Line> = wrap(
                &format!("The catalog compares this role with no other ({NOT_IN_SOURCE})."),
                width,
            )
            .into_iter()
            .map(|l| Line::from(Span::styled(l, theme.missing())))
            .collect();
            lines.extend([
                Line::default(),
                Line::from(vec![
                    Span::styled("c", theme.key()),
                    Span::raw(" picks any role to compare with."),
                ]),
            ]);
            lines
        }
    };
    let total = lines.len().min(u16::MAX as usize) as u16;
    let scroll = app.compare_scroll.min(total.saturating_sub(inner.height));
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), inner);
    super::scrollbar(frame, area, total as usize, scroll as usize, theme);
    Drawn {
        items: Vec::new(),
        visible: inner.height,
        text_lines: total,
    }
}

fn lines(
    app: &App,
    view: &crate::catalog::ComparisonView<'_>,
    position: usize,
    count: usize,
    width: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let catalog = &app.catalog;
    let (a, b) = (&catalog.roles[view.role], &catalog.roles[view.other]);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let mut out = Vec::new();

    let pager = format!("◀ {position} of {count} ▶");
    let title = format!("{}  vs  {}", a.title, b.title);
    let room = width.saturating_sub(pager.width() + 1);
    out.push(Line::from(vec![
        Span::styled(fit(&title, room), bold),
        Span::raw(" "),
        Span::styled(pager, theme.key()),
    ]));
    let kind = if view.authored {
        "as the source compares them"
    } else {
        "built from what the catalog holds on both roles"
    };
    out.push(Line::from(Span::styled(kind.to_string(), theme.dim())));
    out.push(Line::default());
    match view.description {
        Some(description) => out.extend(wrap(description, width).into_iter().map(Line::from)),
        None => out.push(Line::from(Span::styled(NOT_IN_SOURCE, theme.missing()))),
    }
    out.push(Line::default());

    let rows = compare_rows(catalog, view);
    let longest = rows.iter().map(|r| r.label.width()).max().unwrap_or(0);
    let label_width = longest.min((width * 2 / 7).max(10)).min(24);
    let column = width.saturating_sub(label_width + 2) / 2;
    let column = column.max(1);
    out.push(Line::from(vec![
        Span::raw(" ".repeat(label_width + 1)),
        Span::styled(fit(&a.title, column), theme.heading()),
        Span::raw(" "),
        Span::styled(fit(&b.title, column), theme.heading()),
    ]));
    for row in rows {
        let wrapped = |cells: &[String]| -> Vec<String> {
            cells
                .iter()
                .flat_map(|c| wrap(c, column.saturating_sub(1)))
                .collect()
        };
        let (left, right) = (wrapped(&row.left), wrapped(&row.right));
        let labels = wrap(&row.label, label_width);
        let tone = match row.tone {
            Tone::More => theme.more(),
            Tone::Less => theme.less(),
            Tone::Neutral => Style::new(),
        };
        let arrow = match row.tone {
            Tone::More => " ▲",
            Tone::Less => " ▼",
            Tone::Neutral => "",
        };
        for i in 0..left.len().max(right.len()).max(labels.len()) {
            let label = labels.get(i).map_or("", String::as_str);
            let l = left.get(i).map_or("", String::as_str);
            let r = right.get(i).map_or("", String::as_str);
            let style_of = |text: &str, base: Style| {
                if text == NOT_IN_SOURCE {
                    theme.missing()
                } else {
                    base
                }
            };
            let mut spans = vec![
                Span::styled(fit(label, label_width), theme.dim()),
                Span::raw(" "),
                Span::styled(fit(l, column), style_of(l, Style::new())),
                Span::raw(" "),
                Span::styled(r.to_string(), style_of(r, tone)),
            ];
            if i == 0 && !arrow.is_empty() {
                spans.push(Span::styled(arrow, tone));
            }
            out.push(Line::from(spans));
        }
    }
    out
}
