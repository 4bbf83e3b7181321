//! Pieces every view draws with: the selectable list, scrolling text laid out once per width,
//! bar charts (and signed bars around an axis), text fitting, the query line, popups and
//! scrollbars.

pub mod band;
pub mod bars;
pub mod facts;
pub mod input;
pub mod list;
pub mod scroll;
pub mod signed_bars;
pub mod text;
pub mod wage_band;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, BorderType, Borders, Clear};

use super::theme::Theme;

/// Text reads badly in very long lines: prose panes stop at this width.
pub const MAX_TEXT_WIDTH: u16 = 110;

/// A scrollbar on the right edge of `area` when `total` lines do not fit in it.
pub fn scrollbar(frame: &mut Frame, area: Rect, total: usize, position: usize, theme: Theme) {
    if total <= area.height as usize || area.width == 0 {
        return;
    }
    let mut state =
        ratatui::widgets::ScrollbarState::new(total.saturating_sub(area.height as usize))
            .position(position);
    frame.render_stateful_widget(
        ratatui::widgets::Scrollbar::new(ratatui::widgets::ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .track_symbol(Some("│"))
            .thumb_symbol("┃")
            .style(theme.dim()),
        area,
        &mut state,
    );
}

/// A centered rectangle of at most `width`×`height` inside `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// Clears `area` and draws a bordered block titled `title`; returns the inside.
pub fn popup(frame: &mut Frame, area: Rect, title: &str, theme: Theme) -> Rect {
    frame.render_widget(Clear, area);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border(true))
        .title(Span::styled(format!(" {title} "), theme.heading()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

/// `area` less a column of margin on the left and `right` columns on the right.
pub fn inset(area: Rect, right: u16) -> Rect {
    Rect {
        x: area.x.saturating_add(1).min(area.right()),
        width: area.width.saturating_sub(1 + right),
        ..area
    }
}
