//! Keys are data: one table maps keys to actions per context. The footer hints and the help
//! overlay are generated from this table, so they never go stale.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Action, Context};

/// One key binding: the keys, where it works, what it does.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [(KeyCode, KeyModifiers)],
    /// How the keys are written in the footer and the help.
    pub label: &'static str,
    pub help: &'static str,
    pub action: Action,
    pub context: Context,
    /// Short words for the footer of its context; `None` keeps it out of the footer.
    pub hint: Option<&'static str>,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

const fn b(
    keys: &'static [(KeyCode, KeyModifiers)],
    label: &'static str,
    help: &'static str,
    action: Action,
    context: Context,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        keys,
        label,
        help,
        action,
        context,
        hint,
    }
}

use Context::*;
use KeyCode::*;

/// Every binding, most specific contexts first; the first match wins.
pub const BINDINGS: &[Binding] = &[
    // Typing into the search line.
    b(
        &[(Enter, NONE)],
        "Enter",
        "keep the filter, back to the list",
        Action::Accept,
        SearchLine,
        Some("keep"),
    ),
    b(
        &[(Esc, NONE)],
        "Esc",
        "clear the search",
        Action::Back,
        SearchLine,
        Some("clear"),
    ),
    b(
        &[(Backspace, NONE)],
        "Backspace",
        "delete a character",
        Action::Backspace,
        SearchLine,
        None,
    ),
    b(
        &[(Char('u'), CTRL)],
        "Ctrl-U",
        "clear the query",
        Action::ClearInput,
        SearchLine,
        None,
    ),
    b(
        &[(Char('c'), CTRL)],
        "Ctrl-C",
        "quit",
        Action::Quit,
        SearchLine,
        None,
    ),
    b(
        &[(Up, NONE)],
        "↑/↓",
        "move the selection",
        Action::Up,
        SearchLine,
        Some("move"),
    ),
    b(&[(Down, NONE)], "", "", Action::Down, SearchLine, None),
    // The search palette and the role picker.
    b(
        &[(Enter, NONE)],
        "Enter",
        "jump to the hit",
        Action::Accept,
        Palette,
        Some("jump"),
    ),
    b(
        &[(Esc, NONE)],
        "Esc",
        "close",
        Action::Back,
        Palette,
        Some("close"),
    ),
    b(
        &[(Backspace, NONE)],
        "",
        "",
        Action::Backspace,
        Palette,
        None,
    ),
    b(
        &[(Char('u'), CTRL)],
        "",
        "",
        Action::ClearInput,
        Palette,
        None,
    ),
    b(
        &[(Up, NONE), (Char('p'), CTRL)],
        "↑/↓",
        "move",
        Action::Up,
        Palette,
        Some("move"),
    ),
    b(
        &[(Down, NONE), (Char('n'), CTRL)],
        "",
        "",
        Action::Down,
        Palette,
        None,
    ),
    b(&[(PageUp, NONE)], "", "", Action::PageUp, Palette, None),
    b(&[(PageDown, NONE)], "", "", Action::PageDown, Palette, None),
    b(
        &[(Char('c'), CTRL)],
        "Ctrl-C",
        "quit",
        Action::Quit,
        Palette,
        None,
    ),
    // Overlays.
    b(
        &[(Esc, NONE), (Char('?'), NONE), (Char('q'), NONE)],
        "Esc",
        "close the help",
        Action::Back,
        Help,
        Some("close"),
    ),
    b(
        &[(Up, NONE), (Char('k'), NONE)],
        "↑/↓",
        "scroll",
        Action::Up,
        Help,
        Some("scroll"),
    ),
    b(
        &[(Down, NONE), (Char('j'), NONE)],
        "",
        "",
        Action::Down,
        Help,
        None,
    ),
    // Everywhere but in text input.
    b(
        &[(Char('c'), CTRL)],
        "Ctrl-C",
        "quit",
        Action::Quit,
        Global,
        None,
    ),
    b(
        &[(Char('p'), CTRL)],
        "Ctrl-P",
        "search everything",
        Action::Palette,
        Global,
        None,
    ),
    b(
        &[(Tab, NONE)],
        "Tab",
        "next pane",
        Action::NextPane,
        Global,
        Some("pane"),
    ),
    b(
        &[(BackTab, SHIFT), (BackTab, NONE)],
        "Shift-Tab",
        "previous pane",
        Action::PrevPane,
        Global,
        None,
    ),
    b(
        &[(Char('1'), NONE)],
        "1-4",
        "jump to a pane",
        Action::GoPane(0),
        Global,
        None,
    ),
    b(
        &[(Char('2'), NONE)],
        "",
        "",
        Action::GoPane(1),
        Global,
        None,
    ),
    b(
        &[(Char('3'), NONE)],
        "",
        "",
        Action::GoPane(2),
        Global,
        None,
    ),
    b(
        &[(Char('4'), NONE)],
        "",
        "",
        Action::GoPane(3),
        Global,
        None,
    ),
    b(
        &[(Up, NONE), (Char('k'), NONE)],
        "↑/↓ j/k",
        "move",
        Action::Up,
        Global,
        Some("move"),
    ),
    b(
        &[(Down, NONE), (Char('j'), NONE)],
        "",
        "",
        Action::Down,
        Global,
        None,
    ),
    b(
        &[(PageUp, NONE)],
        "PgUp/PgDn",
        "page",
        Action::PageUp,
        Global,
        None,
    ),
    b(&[(PageDown, NONE)], "", "", Action::PageDown, Global, None),
    b(
        &[(Home, NONE), (Char('g'), NONE)],
        "Home/End g/G",
        "first / last",
        Action::Home,
        Global,
        None,
    ),
    b(
        &[(End, NONE), (Char('G'), SHIFT), (Char('G'), NONE)],
        "",
        "",
        Action::End,
        Global,
        None,
    ),
    b(
        &[(Char('q'), NONE)],
        "q",
        "quit",
        Action::Quit,
        Global,
        Some("quit"),
    ),
    b(
        &[(Char('?'), NONE)],
        "?",
        "help",
        Action::Help,
        Global,
        Some("help"),
    ),
    b(
        &[(Char('/'), NONE)],
        "/",
        "search everything",
        Action::Palette,
        Global,
        Some("search"),
    ),
    b(
        &[(Left, NONE), (Char('h'), NONE), (Char('['), NONE)],
        "←/→",
        "previous / next comparison (also h/l and [ ])",
        Action::Left,
        Compare,
        Some("comparison"),
    ),
    b(
        &[(Right, NONE), (Char('l'), NONE), (Char(']'), NONE)],
        "",
        "",
        Action::Right,
        Compare,
        None,
    ),
    b(
        &[(Enter, NONE)],
        "Enter",
        "open the other role",
        Action::Open,
        Compare,
        Some("open other role"),
    ),
    b(
        &[(Enter, NONE), (Right, NONE), (Char('l'), NONE)],
        "Enter/→",
        "into the pane",
        Action::Open,
        Roles,
        Some("open"),
    ),
    b(
        &[(Char('/'), NONE)],
        "/",
        "filter the list",
        Action::Search,
        Responsibilities,
        Some("filter"),
    ),
    b(
        &[(Char('c'), NONE)],
        "c",
        "compare with any role",
        Action::PickOther,
        Compare,
        Some("any role"),
    ),
    b(
        &[(Esc, NONE), (Left, NONE), (Char('h'), NONE)],
        "Esc",
        "back to the roles (also ← and h)",
        Action::Back,
        Pane,
        Some("roles"),
    ),
    b(&[(Esc, NONE)], "Esc", "back", Action::Back, Global, None),
];

/// The action for a key in a context stack (most specific first), if any.
pub fn action_for(contexts: &[Context], key: KeyEvent) -> Option<Action> {
    // Shift is part of upper-case letters and BackTab already; compare without it for those.
    let modifiers = match key.code {
        Char(c) if c.is_ascii_uppercase() || !c.is_ascii_alphanumeric() => key.modifiers - SHIFT,
        _ => key.modifiers,
    };
    contexts.iter().find_map(|context| {
        BINDINGS
            .iter()
            .filter(|binding| binding.context == *context)
            .find(|binding| {
                binding
                    .keys
                    .iter()
                    .any(|&(code, m)| code == key.code && (m == modifiers || m == key.modifiers))
            })
            .map(|binding| binding.action)
    })
}

/// The footer hints for a context stack, most specific first, each key label once.
pub fn hints(contexts: &[Context]) -> Vec<(&'static str, &'static str)> {
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for context in contexts {
        for binding in BINDINGS.iter().filter(|b| b.context == *context) {
            if let Some(hint) = binding.hint {
                if !seen.contains(&binding.label) {
                    seen.push(binding.label);
                    out.push((binding.label, hint));
                }
            }
        }
    }
    out
}
