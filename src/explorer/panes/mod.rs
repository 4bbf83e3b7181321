//! The panes, one file each. A pane answers four questions in its file: what it remembers
//! (its struct), what it does with an action (`update`), how it draws (`layout` once per
//! change of size or content, then `draw`, which only reads), and which keys it offers
//! (`KEYS`, `hints`). A new pane is a new file and one line in `panes!` below.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::action::Action;
use super::component::{AsAny, Ctx, Flow};
use super::keymap::{Bind, Context, Hint, bind};

/// One pane of the explorer.
pub trait Pane: AsAny {
    /// A role is shown (at start, or another one was picked): start afresh for it.
    fn reset(&mut self, ctx: &Ctx);
    /// The pane will be drawn in `area`: keep what depends on its size (rows that fit, text
    /// wrapped to its width). Called before every draw, so it must be cheap when nothing
    /// changed; it is also where scrolling is clamped, once.
    fn layout(&mut self, area: Rect, ctx: &Ctx);
    /// Takes an action meant for the pane (keys while it has the focus, the mouse over it).
    fn update(&mut self, action: &Action, ctx: &Ctx) -> Flow;
    /// Draws the pane in `area` (the same as the last `layout`); returns the screen row of each
    /// list item shown, with its index, for mouse clicks.
    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, focused: bool) -> Vec<(u16, usize)>;
    /// The pane loses the focus or leaves the screen (a click elsewhere while typing).
    fn blur(&mut self) {}
    /// While text is being typed into the pane, the context whose keys apply (no others do).
    fn typing(&self) -> Option<Context> {
        None
    }
    /// The footer's hints for the pane, most useful first.
    fn hints(&self) -> &'static [Hint] {
        &[]
    }
}

/// The pane's id, title and short title, from its file.
#[derive(Debug, Clone, Copy)]
pub struct About {
    /// In config files, `render --pane` and saved state.
    pub id: &'static str,
    pub title: &'static str,
    /// On the tabs of narrow terminals.
    pub short_title: &'static str,
}

macro_rules! panes {
    ($($variant:ident => $module:ident::$pane:ident),* $(,)?) => {
        $(pub mod $module;)*

        /// The panes, in tab order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum PaneId {
            $($variant),*
        }

        impl PaneId {
            pub const ALL: &'static [PaneId] = &[$(PaneId::$variant),*];

            pub fn about(self) -> &'static About {
                match self {
                    $(PaneId::$variant => &$module::ABOUT),*
                }
            }

            /// The pane's own key bindings.
            pub fn keys(self) -> &'static [Bind] {
                match self {
                    $(PaneId::$variant => $module::KEYS),*
                }
            }

            /// A new pane of this kind, with nothing shown yet.
            pub fn build(self) -> Box<dyn Pane> {
                match self {
                    $(PaneId::$variant => Box::new($module::$pane::default())),*
                }
            }
        }
    };
}

panes! {
    Overview => overview::Overview,
    Responsibilities => responsibilities::Responsibilities,
    Skills => skills::Skills,
    Compare => compare::Compare,
    Moves => moves::Moves,
    Matcher => matcher::Matcher,
}

impl Default for PaneId {
    fn default() -> Self {
        PaneId::ALL[0]
    }
}

impl PaneId {
    pub fn id(self) -> &'static str {
        self.about().id
    }

    pub fn title(self) -> &'static str {
        self.about().title
    }

    pub fn short_title(self) -> &'static str {
        self.about().short_title
    }

    pub fn index(self) -> usize {
        PaneId::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    pub fn from_id(id: &str) -> Option<PaneId> {
        PaneId::ALL.iter().copied().find(|p| p.id() == id)
    }

    pub fn offset(self, by: isize) -> PaneId {
        let n = PaneId::ALL.len() as isize;
        PaneId::ALL[(self.index() as isize + by).rem_euclid(n) as usize]
    }
}

/// `"skills"` → `PaneId::Skills`; the error lists the panes.
impl std::str::FromStr for PaneId {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PaneId::from_id(&s.to_ascii_lowercase()).ok_or_else(|| {
            let ids: Vec<&str> = PaneId::ALL.iter().map(|p| p.id()).collect();
            format!("unknown pane \"{s}\"; panes: {}", ids.join(", "))
        })
    }
}

impl std::fmt::Display for PaneId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// Keys inside any pane.
pub const KEYS: &[Bind] = &[bind(
    Context::AnyPane,
    Action::FocusRoles,
    "Left h",
    "back to the role list",
)];

/// The pane's rows as (screen row, item) pairs for a list drawn from `first` in `area`.
pub fn rows_from(area: Rect, first: usize, count: usize) -> Vec<(u16, usize)> {
    (0..count.min(area.height as usize))
        .map(|r| (area.y + r as u16, first + r))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_parse_by_id_and_the_error_lists_them() {
        assert_eq!("skills".parse::<PaneId>(), Ok(PaneId::Skills));
        assert_eq!("Compare".parse::<PaneId>(), Ok(PaneId::Compare));
        let error = "graphs".parse::<PaneId>().unwrap_err();
        assert_eq!(
            error,
            "unknown pane \"graphs\"; panes: overview, responsibilities, skills, compare, moves, matcher"
        );
        assert_eq!(PaneId::Matcher.offset(1), PaneId::Overview);
    }
}
