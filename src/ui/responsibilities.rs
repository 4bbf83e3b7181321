//! The Responsibilities pane: a list with a selection, the search line, and a detail box
//! with the selected item in full.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::text::{highlighted, truncate, wrap};
use super::{Drawn, Theme};
use crate::app::{App, Focus};
use crate::report::NOT_IN_SOURCE;

pub fn draw(frame: &mut Frame, area: Rect, app: &App, theme: Theme) -> Drawn {
    let role = &app.catalog.roles[app.role];
    let items = &role.responsibilities;
    if items.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(NOT_IN_SOURCE, theme.missing())),
            Rect {
                x: area.x + 1,
                width: area.width.saturating_sub(1),
                ..area
            },
        );
        return Drawn::default();
    }
    let visible = app.visible_responsibilities();
    let selected = visible.get(app.responsibilities.selected).copied();
    let detail_text = selected.map(|i| items[i].as_str()).unwrap_or_default();
    let detail_lines = wrap(detail_text, area.width.saturating_sub(2) as usize)
        .len()
        .clamp(1, 4) as u16;
    let [status, list_area, detail] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(detail_lines + 1),
    ])
    .areas(area);

    draw_status(frame, status, app, visible.len(), items.len(), theme);

    let height = list_area.height as usize;
    let cursor = app.responsibilities.in_view(height, visible.len());
    let width = list_area.width.saturating_sub(4) as usize;
    let focused = app.focus == Focus::Pane;
    let query = app.filter.as_ref().map(|f| f.query.as_str()).unwrap_or("");
    let highlight = |row: usize| match (&app.filter, &app.search_index) {
        (Some(filter), Some(index)) => filter.highlight(index, row),
        _ => Vec::new(),
    };
    let lines: Vec<Line> = visible
        .iter()
        .enumerate()
        .skip(cursor.offset)
        .take(height)
        .map(|(row, &i)| {
            let is_selected = row == cursor.selected;
            let base = if is_selected {
                theme.selected(focused)
            } else {
                Style::new()
            };
            let text = truncate(&items[i], width);
            // Only rows on screen are highlighted: positions are computed here, per frame.
            let positions = highlight(row);
            let mut spans = vec![Span::styled(if is_selected { " ▶ " } else { "   " }, base)];
            spans.extend(highlighted(&text, &positions, base, theme.matched()));
            Line::from(spans)
        })
        .collect();
    if visible.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!("   nothing matches \"{query}\""),
                theme.missing(),
            )),
            list_area,
        );
    } else {
        frame.render_widget(Paragraph::new(lines), list_area);
        super::scrollbar(frame, list_area, visible.len(), cursor.offset, theme);
    }

    frame.render_widget(
        Paragraph::new(detail_text.to_string())
            .wrap(Wrap { trim: true })
            .block(Block::new().borders(Borders::TOP).border_style(theme.dim())),
        Rect {
            x: detail.x + 1,
            width: detail.width.saturating_sub(2),
            ..detail
        },
    );
    let shown = visible.len().saturating_sub(cursor.offset).min(height);
    Drawn {
        items: (0..shown)
            .map(|r| (list_area.y + r as u16, cursor.offset + r))
            .collect(),
        visible: list_area.height,
        text_lines: 0,
    }
}

fn draw_status(frame: &mut Frame, area: Rect, app: &App, shown: usize, total: usize, theme: Theme) {
    let counter = format!("{shown} of {total} ");
    let line = match &app.filter {
        Some(filter) => {
            let cursor = if filter.editing { "█" } else { "" };
            let room = (area.width as usize).saturating_sub(counter.len() + 6);
            let query = truncate_start(&filter.query, room);
            Line::from(vec![
                Span::styled(" / ", theme.key()),
                Span::raw(query),
                Span::raw(cursor),
            ])
        }
        None => Line::from(Span::styled(" / to filter", theme.dim())),
    };
    frame.render_widget(Paragraph::new(line), area);
    frame.render_widget(
        Paragraph::new(Span::styled(counter, theme.dim())).right_aligned(),
        area,
    );
}

/// Keeps the end of a long query visible while typing.
fn truncate_start(text: &str, width: usize) -> String {
    let reversed: String = text.chars().rev().collect();
    truncate(&reversed, width).chars().rev().collect()
}
