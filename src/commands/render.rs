//! `render`: one frame of the explorer drawn off-screen and printed as plain text,
//! for the README, bug reports and tests.

use std::io::Write;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

use super::{Failure, Outcome, resolve};
use crate::app::App;
use crate::catalog::Catalog;
use crate::cli::RenderArgs;
use crate::ui;

pub fn run(catalog: Catalog, args: &RenderArgs, out: &mut impl Write) -> Outcome {
    let (width, height) = parse_size(&args.size)?;
    let pane = args.pane;
    let role = match &args.role {
        Some(role) => resolve(&catalog, role)?,
        None => 0,
    };
    let mut app = App::new(catalog).open(role, pane);
    app.color = false;
    write!(out, "{}", render(&app, width, height))?;
    Ok(())
}

/// `"80x24"` → (80, 24); both between 1 and 1000.
pub fn parse_size(size: &str) -> Result<(u16, u16), Failure> {
    let parsed = size
        .split_once(['x', 'X', '×'])
        .and_then(|(w, h)| Some((w.trim().parse::<u16>().ok()?, h.trim().parse::<u16>().ok()?)))
        .filter(|&(w, h)| (1..=1000).contains(&w) && (1..=1000).contains(&h));
    parsed.ok_or_else(|| {
        Failure::Message(format!(
            "--size \"{size}\" is not WIDTHxHEIGHT (1 to 1000 each, e.g. 100x30)"
        ))
    })
}

/// Draws `app` at `width`×`height` off-screen and returns the screen as text.
pub fn render(app: &App, width: u16, height: u16) -> String {
    buffer_text(&draw(app, width, height))
}

/// Draws `app` into a fresh buffer of `width`×`height`.
pub fn draw(app: &App, width: u16, height: u16) -> Buffer {
    let Ok(mut terminal) = Terminal::new(TestBackend::new(width, height));
    let Ok(_) = terminal.draw(|frame| {
        ui::draw(frame, app);
    });
    terminal.backend().buffer().clone()
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
