//! The interactive explorer. Where things are:
//! - `run`: the terminal loop (events → actions → draw when changed); `terminal`: entering and
//!   leaving full-screen mode, signals and job control.
//! - `app`: the state and the routing of actions (overlay, then the focused part, then global);
//!   `action`: what can be asked, by intent; `keymap` and `key`: the bindings in force, from
//!   each part's defaults and the user's `config`; `state`: what is remembered between runs;
//!   `history`: back and forward through visited roles.
//! - `frame`: header, tabs and footer; `roles/`: the role list (filter, sorting, grouping,
//!   shortlist); `panes/` and `overlays/`: one file each; `widgets/`: the list, scrolling
//!   text, bars, text fitting, the query being typed; `theme`.
//! - `offscreen` draws a frame as text (for `render` and tests); `testing` builds apps for tests.

pub mod action;
pub mod app;
pub mod component;
pub mod config;
pub mod export;
pub mod frame;
pub mod history;
pub mod key;
pub mod keymap;
pub mod offscreen;
pub mod overlays;
pub mod panes;
pub mod roles;
pub mod run;
pub mod state;
pub mod terminal;
pub mod testing;
pub mod theme;
pub mod widgets;

pub use action::Action;
pub use app::{App, Focus};
pub use panes::PaneId;
pub use run::launch;

#[cfg(test)]
mod app_tests;

/// Every part's default bindings, in the order lookups try them within a context.
pub fn default_bindings() -> Vec<keymap::Bind> {
    let mut all = Vec::new();
    all.extend_from_slice(app::KEYS);
    all.extend_from_slice(app::occupations::KEYS);
    all.extend(app::pane_keys());
    all.extend_from_slice(roles::KEYS);
    all.extend_from_slice(panes::KEYS);
    for pane in PaneId::ALL {
        all.extend_from_slice(pane.keys());
    }
    all.extend_from_slice(widgets::input::KEYS);
    all.extend_from_slice(overlays::help::KEYS);
    all.extend_from_slice(overlays::palette::KEYS);
    all.extend_from_slice(overlays::states::KEYS);
    all
}
