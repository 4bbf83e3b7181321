//! The help overlay: every key, generated from the binding table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::text::fit;
use super::{Theme, centered, popup};
use crate::app::{App, Context, keys::BINDINGS};

const SECTIONS: [(Context, &str); 7] = [
    (Context::Global, "Everywhere"),
    (Context::Roles, "Role list"),
    (Context::Pane, "Inside a pane"),
    (Context::Responsibilities, "Responsibilities"),
    (Context::Compare, "Compare"),
    (Context::SearchLine, "While typing a filter"),
    (Context::Palette, "Search palette and role picker"),
];

/// The help text, one line per binding, grouped by where the keys work.
pub fn lines(theme: Theme) -> Vec<Line<'static>> {
    let key_width = BINDINGS.iter().map(|b| b.label.width()).max().unwrap_or(0);
    let mut out = Vec::new();
    for (context, title) in SECTIONS {
        out.push(Line::from(Span::styled(title, theme.heading())));
        for binding in BINDINGS
            .iter()
            .filter(|b| b.context == context && !b.label.is_empty())
        {
            out.push(Line::from(vec![
                Span::styled(format!("  {}", fit(binding.label, key_width)), theme.key()),
                Span::raw(format!("  {}", binding.help)),
            ]));
        }
        out.push(Line::default());
    }
    out.push(Line::from(Span::styled(
        "Mouse: click a tab, a role or a row; the wheel scrolls.",
        theme.dim(),
    )));
    out
}

pub fn draw(frame: &mut Frame, area: Rect, _app: &App, scroll: u16, theme: Theme) {
    let lines = lines(theme);
    let width = lines.iter().map(|l| l.width()).max().unwrap_or(0) as u16 + 4;
    let height = lines.len() as u16 + 2;
    let inner = popup(
        frame,
        centered(area, width, height),
        "Keys · Esc closes",
        theme,
    );
    let scroll = scroll.min((lines.len() as u16).saturating_sub(inner.height));
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll, 0)),
        Rect {
            x: inner.x + 1,
            width: inner.width.saturating_sub(1),
            ..inner
        },
    );
}
