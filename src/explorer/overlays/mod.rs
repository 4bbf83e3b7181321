//! Overlays drawn over the panes, one file each: the help, the search palette (which is also
//! the role picker of Compare), and the picker of a US state for wages. An open overlay gets every action first.

pub mod help;
pub mod palette;
pub mod states;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::action::Action;
use super::component::{AsAny, Ctx, Flow};
use super::keymap::{Context, Hint};

pub trait Overlay: AsAny {
    /// The overlay will be drawn over `area` (the whole screen): keep what depends on it.
    fn layout(&mut self, area: Rect, ctx: &Ctx);
    /// Takes an action; `Flow::Pass` lets the app have it (quitting, suspending).
    fn update(&mut self, action: &Action, ctx: &Ctx) -> Flow;
    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx);
    /// The context whose keys apply while it is open.
    fn context(&self) -> Context;
    /// Whether plain characters are text for it.
    fn wants_text(&self) -> bool {
        false
    }
    fn hints(&self) -> &'static [Hint];
}
