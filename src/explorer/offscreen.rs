//! Drawing off-screen: one frame of the explorer into a buffer, or as plain text. For the
//! `render` subcommand, the README's screens and the tests.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::app::App;
use super::frame::{self, Hitmap};

/// Lays `app` out for `width`×`height` and draws it into a fresh buffer, with what landed where.
pub fn draw_with_hits(app: &mut App, width: u16, height: u16) -> (Buffer, Hitmap) {
    app.layout(Rect::new(0, 0, width, height));
    let mut hits = Hitmap::default();
    let Ok(mut terminal) = Terminal::new(TestBackend::new(width, height));
    let Ok(_) = terminal.draw(|f| hits = frame::draw(f, app));
    (terminal.backend().buffer().clone(), hits)
}

/// Lays `app` out for `width`×`height` and draws it into a fresh buffer.
pub fn draw(app: &mut App, width: u16, height: u16) -> Buffer {
    draw_with_hits(app, width, height).0
}

/// One frame of `app` at `width`×`height` as text.
pub fn render(app: &mut App, width: u16, height: u16) -> String {
    buffer_text(&draw(app, width, height))
}

/// A buffer as lines of plain text, trailing spaces trimmed; wide characters counted once.
pub fn buffer_text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut skip = 0;
        for x in area.left()..area.right() {
            let symbol = buffer[(x, y)].symbol();
            if skip > 0 {
                skip -= 1;
                continue;
            }
            line.push_str(symbol);
            skip = symbol.width().saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
