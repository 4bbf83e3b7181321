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
    /// Shown in the footer of its context.
    pub hint: bool,
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
    hint: bool,
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
    b(&[(Enter, NONE)], "Enter", "keep the filter, back to the list", Action::Accept, SearchLine, true),
    b(&[(Esc, NONE)], "Esc", "clear the search", Action::Back, SearchLine, true),
    b(&[(Backspace, NONE)], "Backspace", "delete a character", Action::Backspace, SearchLine, false),
    b(&[(Char('u'), CTRL)], "Ctrl-U", "clear the query", Action::ClearInput, SearchLine, false),
    b(&[(Char('c'), CTRL)], "Ctrl-C", "quit", Action::Quit, SearchLine, false),
    b(&[(Up, NONE)], "↑/↓", "move the selection", Action::Up, SearchLine, true),
    b(&[(Down, NONE)], "", "", Action::Down, SearchLine, false),
    // The search palette and the role picker.
    b(&[(Enter, NONE)], "Enter", "jump to the hit", Action::Accept, Palette, true),
    b(&[(Esc, NONE)], "Esc", "close", Action::Back, Palette, true),
    b(&[(Backspace, NONE)], "", "", Action::Backspace, Palette, false),
    b(&[(Char('u'), CTRL)], "", "", Action::ClearInput, Palette, false),
    b(&[(Up, NONE), (Char('p'), CTRL)], "↑/↓", "move", Action::Up, Palette, true),
    b(&[(Down, NONE), (Char('n'), CTRL)], "", "", Action::Down, Palette, false),
    b(&[(PageUp, NONE)], "", "", Action::PageUp, Palette, false),
    b(&[(PageDown, NONE)], "", "", Action::PageDown, Palette, false),
    b(&[(Char('c'), CTRL)], "Ctrl-C", "quit", Action::Quit, Palette, false),
    // Overlays.
    b(&[(Esc, NONE), (Char('?'), NONE), (Char('q'), NONE)], "Esc", "close the help", Action::Back, Help, true),
    b(&[(Up, NONE), (Char('k'), NONE)], "↑/↓", "scroll", Action::Up, Help, true),
    b(&[(Down, NONE), (Char('j'), NONE)], "", "", Action::Down, Help, false),
    // Everywhere but in text input.
    b(&[(Char('c'), CTRL)], "Ctrl-C", "quit", Action::Quit, Global, false),
    b(&[(Char('p'), CTRL)], "Ctrl-P", "search everything", Action::Palette, Global, false),
    b(&[(Tab, NONE)], "Tab", "next pane", Action::NextPane, Global, true),
    b(&[(BackTab, SHIFT), (BackTab, NONE)], "Shift-Tab", "previous pane", Action::PrevPane, Global, false),
    b(&[(Char('1'), NONE)], "1-4", "jump to a pane", Action::GoPane(0), Global, false),
    b(&[(Char('2'), NONE)], "", "", Action::GoPane(1), Global, false),
    b(&[(Char('3'), NONE)], "", "", Action::GoPane(2), Global, false),
    b(&[(Char('4'), NONE)], "", "", Action::GoPane(3), Global, false),
    b(&[(Up, NONE), (Char('k'), NONE)], "↑/↓ j/k", "move", Action::Up, Global, true),
    b(&[(Down, NONE), (Char('j'), NONE)], "", "", Action::Down, Global, false),
    b(&[(PageUp, NONE)], "PgUp/PgDn", "page", Action::PageUp, Global, false),
    b(&[(PageDown, NONE)], "", "", Action::PageDown, Global, false),
    b(&[(Home, NONE), (Char('g'), NONE)], "Home/End g/G", "first / last", Action::Home, Global, false),
    b(&[(End, NONE), (Char('G'), SHIFT), (Char('G'), NONE)], "", "", Action::End, Global, false),
    b(&[(Char('q'), NONE)], "q", "quit", Action::Quit, Global, true),
    b(&[(Char('?'), NONE)], "?", "help", Action::Help, Global, true),
    b(&[(Char('/'), NONE)], "/", "search everything", Action::Palette, Global, true),
    b(&[(Left, NONE), (Char('h'), NONE), (Char('['), NONE)], "←/→ h/l [/]", "previous / next comparison", Action::Left, Compare, true),
    b(&[(Right, NONE), (Char('l'), NONE), (Char(']'), NONE)], "", "", Action::Right, Compare, false),
    b(&[(Enter, NONE)], "Enter", "open the other role", Action::Open, Compare, true),
    b(&[(Enter, NONE), (Right, NONE), (Char('l'), NONE)], "Enter/→", "into the pane", Action::Open, Roles, true),
    b(&[(Char('/'), NONE)], "/", "filter the list", Action::Search, Responsibilities, true),
    b(&[(Char('c'), NONE)], "c", "compare with any role", Action::PickOther, Compare, true),
    b(&[(Esc, NONE), (Left, NONE), (Char('h'), NONE)], "Esc/←", "back to the roles", Action::Back, Pane, true),
    b(&[(Esc, NONE)], "Esc", "back", Action::Back, Global, false),
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
        for binding in BINDINGS.iter().filter(|b| b.context == *context && b.hint) {
            if !seen.contains(&binding.label) {
                seen.push(binding.label);
                out.push((binding.label, binding.help));
            }
        }
    }
    out
}
