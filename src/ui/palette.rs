//! The search palette and role picker overlay: the query, "N of M", and ranked hits with
//! their role and kind, matched letters highlighted (computed only for the rows on screen).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::text::{fit, highlighted, truncate};
use super::{Theme, centered, popup};
use crate::app::App;
use crate::app::palette::{Palette, Purpose};

pub fn draw(frame: &mut Frame, area: Rect, app: &App, palette: &Palette, theme: Theme) {
    let Some(index) = app.search_index.as_ref() else {
        return;
    };
    let width = (area.width * 9 / 10).max(20);
    let height = (area.height * 8 / 10).max(6);
    let title = match palette.purpose {
        Purpose::Jump => "Search everything · Enter jumps · Esc closes".to_string(),
        Purpose::CompareWith => format!(
            "Compare {} with… · Enter picks · Esc closes",
            app.catalog.roles[app.role].title
        ),
    };
    let inner = popup(frame, centered(area, width, height), &title, theme);
    if inner.height < 2 {
        return;
    }
    let total = match palette.purpose {
        Purpose::Jump => index.len(),
        Purpose::CompareWith => app.catalog.roles.len(),
    };
    let counter = if palette.matched > palette.hits.len() {
        format!(
            "{} of {total}, best {} shown ",
            palette.matched,
            palette.hits.len()
        )
    } else {
        format!("{} of {total} ", palette.hits.len().min(palette.matched))
    };
    let room = (inner.width as usize).saturating_sub(counter.width() + 4);
    let query: String = {
        let reversed: String = palette.query.chars().rev().collect();
        truncate(&reversed, room).chars().rev().collect()
    };
    let prompt = Rect { height: 1, ..inner };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("> ", theme.key()),
            Span::raw(query),
            Span::raw("█"),
        ])),
        prompt,
    );
    frame.render_widget(
        Paragraph::new(Span::styled(counter, theme.dim())).right_aligned(),
        prompt,
    );

    let list = Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    };
    if palette.hits.is_empty() {
        let message = if palette.query.trim().is_empty() {
            "nothing to search"
        } else {
            "nothing matches"
        };
        frame.render_widget(
            Paragraph::new(Span::styled(format!("  {message}"), theme.missing())),
            list,
        );
        return;
    }
    let cursor = palette
        .cursor
        .in_view(list.height as usize, palette.hits.len());
    let width = list.width as usize;
    let lines: Vec<Line> = palette
        .hits
        .iter()
        .enumerate()
        .skip(cursor.offset)
        .take(list.height as usize)
        .map(|(row, hit)| {
            let item = index.item(hit.item);
            let selected = row == cursor.selected;
            let base = if selected {
                theme.selected(true)
            } else {
                Style::new()
            };
            let marker = if selected { "▶ " } else { "  " };
            let mut spans = vec![Span::styled(marker, base)];
            let mut used = 2;
            if palette.purpose == Purpose::Jump {
                // A role hit's text is the role itself: no need to name it twice.
                let role = match item.kind {
                    crate::search::Kind::Role => "",
                    _ => app.catalog.roles[item.role].title.as_str(),
                };
                let role_width = (width / 4).max(8);
                let label = format!("{} {} ", fit(item.kind.as_str(), 14), fit(role, role_width));
                used += label.width();
                spans.push(Span::styled(
                    label,
                    if selected { base } else { theme.dim() },
                ));
            }
            let text = truncate(index.text(hit.item), width.saturating_sub(used));
            let positions = palette.highlight(index, *hit);
            spans.extend(highlighted(&text, &positions, base, theme.matched()));
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
}
