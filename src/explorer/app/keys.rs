//! The explorer's global keys, the keys that jump to a pane, and the footer's hints that are no
//! one part's.

use crate::explorer::action::Action;
use crate::explorer::keymap::{Bind, Context, Hint, bind, hint};
use crate::explorer::panes::PaneId;

use Context::{Always, Everywhere};

/// The global keys.
pub const KEYS: &[Bind] = &[
    bind(Always, Action::Quit, "Ctrl-c", "quit"),
    bind(
        Always,
        Action::Suspend,
        "Ctrl-z",
        "suspend (the shell's fg brings it back)",
    ),
    bind(Everywhere, Action::Quit, "q", "quit"),
    bind(Everywhere, Action::ShowHelp, "?", "help: every key"),
    bind(
        Everywhere,
        Action::OpenSearch,
        "/ Ctrl-p",
        "search everything",
    ),
    bind(Everywhere, Action::NextPane, "Tab", "next pane"),
    bind(
        Everywhere,
        Action::PreviousPane,
        "Shift-Tab",
        "previous pane",
    ),
    bind(Everywhere, Action::MoveUp, "Up k", "move up"),
    bind(Everywhere, Action::MoveDown, "Down j", "move down"),
    bind(Everywhere, Action::PageUp, "PageUp", "page up"),
    bind(Everywhere, Action::PageDown, "PageDown", "page down"),
    bind(Everywhere, Action::MoveToTop, "Home g", "first"),
    bind(Everywhere, Action::MoveToBottom, "End G", "last"),
    bind(
        Everywhere,
        Action::Back,
        "Esc",
        "back: clear a filter, return to the role list",
    ),
    bind(
        Everywhere,
        Action::PickRoleToCompare,
        "c",
        "compare with any role (opens Compare)",
    ),
    bind(
        Everywhere,
        Action::ToggleShortlist,
        "m",
        "mark or unmark the role (shortlist)",
    ),
    bind(
        Everywhere,
        Action::ShowShortlist,
        "M",
        "show only the marked roles, or all again",
    ),
    bind(
        Everywhere,
        Action::HistoryBack,
        "Backspace Alt-Left",
        "back to the role visited before",
    ),
    bind(
        Everywhere,
        Action::HistoryForward,
        "Alt-Right",
        "forward to the role visited after",
    ),
];

/// Keys that jump to a pane: the pane's number in tab order.
pub fn pane_keys() -> Vec<Bind> {
    const DIGITS: [&str; 9] = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];
    PaneId::ALL
        .iter()
        .zip(DIGITS)
        .map(|(&pane, digit)| bind(Everywhere, Action::ShowPane(pane), digit, pane.title()))
        .collect()
}

pub(super) const GLOBAL_HINTS: &[Hint] = &[
    hint(&[Action::NextPane], "pane"),
    hint(&[Action::MoveUp, Action::MoveDown], "move"),
    hint(&[Action::OpenSearch], "search"),
    hint(&[Action::ToggleShortlist], "mark"),
];

pub(super) const PANE_HINTS: &[Hint] = &[hint(&[Action::FocusRoles], "roles")];

/// Always at the end of the footer, whatever else has to make room.
pub const ESSENTIAL_HINTS: &[Hint] = &[
    hint(&[Action::ShowHelp], "help"),
    hint(&[Action::Quit], "quit"),
];
