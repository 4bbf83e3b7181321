//! The Skills pane: hard skills as bars by share, the selected skill's resume example, and
//! the soft skills with why they matter.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::text::{bar_line, fit};
use super::{Drawn, Theme};
use crate::app::{App, Focus};
use crate::report::{NOT_IN_SOURCE, skill_measure, skill_value};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: Theme) -> Drawn {
    let role = &app.catalog.roles[app.role];
    let order = app.hard_skills_by_share();
    let hard = order.len();
    let (list_area, detail_area) = if area.width >= 70 {
        let [l, r] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Fill(1)]).areas(area);
        (
            l,
            Rect {
                x: r.x + 1,
                width: r.width.saturating_sub(2),
                ..r
            },
        )
    } else {
        let detail = (area.height / 3).clamp(3, 6);
        let [l, r] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(detail)]).areas(area);
        (
            l,
            Rect {
                x: r.x + 1,
                width: r.width.saturating_sub(2),
                ..r
            },
        )
    };

    // One column of rows: the hard skills heading and bars, then the soft skills.
    let width = list_area.width.saturating_sub(1) as usize;
    let focused = app.focus == Focus::Pane;
    let mut rows: Vec<Line> = Vec::new();
    let mut item_rows: Vec<usize> = Vec::new();
    rows.push(Line::from(Span::styled(
        format!(
            " Hard skills · {}",
            skill_measure(app.catalog.origin_of(app.role))
        ),
        theme.heading(),
    )));
    if hard == 0 {
        rows.push(Line::from(Span::styled(
            format!("   {NOT_IN_SOURCE}"),
            theme.missing(),
        )));
    }
    let max = role.hard_skills.iter().map(|s| s.share).fold(0.0, f64::max);
    let label_width = role
        .hard_skills
        .iter()
        .map(|s| s.name.width())
        .max()
        .unwrap_or(0)
        .min(width / 2);
    for (row, &i) in order.iter().enumerate() {
        let skill = &role.hard_skills[i];
        let selected = app.skills.selected == row;
        let mut line = bar_line(
            &skill.name,
            label_width,
            skill.share,
            max,
            skill_value(app.catalog.origin_of(app.role), skill.share),
            width.saturating_sub(3),
            theme.bar(),
        );
        line.spans
            .insert(0, Span::raw(if selected { " ▶ " } else { "   " }));
        if selected {
            line = line.style(theme.selected(focused));
        }
        item_rows.push(rows.len());
        rows.push(line);
    }
    rows.push(Line::default());
    rows.push(Line::from(Span::styled(" Soft skills", theme.heading())));
    if role.soft_skills.is_empty() {
        rows.push(Line::from(Span::styled(
            format!("   {NOT_IN_SOURCE}"),
            theme.missing(),
        )));
    }
    for (k, skill) in role.soft_skills.iter().enumerate() {
        let selected = app.skills.selected == hard + k;
        let marker = if selected { " ▶ " } else { "   " };
        let mut line = Line::from(format!(
            "{marker}{}",
            fit(&skill.name, width.saturating_sub(3))
        ));
        if selected {
            line = line.style(theme.selected(focused));
        }
        item_rows.push(rows.len());
        rows.push(line);
    }

    // Keep the selected row on screen: the first rows scroll away only when needed.
    let height = list_area.height as usize;
    let selected_row = item_rows.get(app.skills.selected).copied().unwrap_or(0);
    let offset = (selected_row + 1).saturating_sub(height);
    frame.render_widget(Paragraph::new(rows).scroll((offset as u16, 0)), list_area);

    draw_detail(frame, detail_area, app, &order, theme);

    // Clicks land on screen rows; map each visible item's row back to its index.
    let items = item_rows
        .iter()
        .enumerate()
        .filter(|(_, row)| **row >= offset && **row < offset + height)
        .map(|(item, row)| (list_area.y + (row - offset) as u16, item))
        .collect();
    Drawn {
        items,
        visible: list_area.height.saturating_sub(2),
        text_lines: 0,
    }
}

fn draw_detail(frame: &mut Frame, area: Rect, app: &App, order: &[usize], theme: Theme) {
    let role = &app.catalog.roles[app.role];
    let selected = app.skills.selected;
    let mut lines: Vec<Line> = Vec::new();
    let example = |text: Option<&String>| match text {
        Some(e) => Line::from(format!("“{e}”")),
        None => Line::from(Span::styled(
            format!("Example: {NOT_IN_SOURCE}"),
            theme.missing(),
        )),
    };
    if let Some(&i) = order.get(selected) {
        let skill = &role.hard_skills[i];
        lines.push(Line::from(vec![
            Span::styled(skill.name.clone(), theme.heading()),
            Span::styled(
                {
                    let origin = app.catalog.origin_of(app.role);
                    let value = skill_value(origin, skill.share);
                    match &origin.skill_measure {
                        None => format!(" · {value} of resumes"),
                        Some(measure) => format!(" · {value} ({measure})"),
                    }
                },
                theme.dim(),
            ),
        ]));
        lines.push(Line::default());
        lines.push(example(skill.example.as_ref()));
    } else if let Some(skill) = role.soft_skills.get(selected.saturating_sub(order.len())) {
        lines.push(Line::from(Span::styled(
            skill.name.clone(),
            theme.heading(),
        )));
        lines.push(Line::default());
        lines.push(match &skill.why {
            Some(why) => Line::from(why.clone()),
            None => Line::from(Span::styled(
                format!("Why it matters: {NOT_IN_SOURCE}"),
                theme.missing(),
            )),
        });
        lines.push(Line::default());
        lines.push(example(skill.example.as_ref()));
    } else {
        lines.push(Line::from(Span::styled(NOT_IN_SOURCE, theme.missing())));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(
                Block::new()
                    .borders(Borders::LEFT)
                    .border_style(theme.dim())
                    .padding(ratatui::widgets::Padding::left(1)),
            )
            .style(Style::new()),
        area,
    );
}
