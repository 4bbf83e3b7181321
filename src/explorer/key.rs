//! A key as the keymap knows it: parsed from and written to config files ("Ctrl-P",
//! "Shift-Tab", "G", "PageDown"), shown on screen ("↑", "PgDn"), and matched against what the
//! terminal reports.

use std::fmt;
use std::str::FromStr;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    /// Ctrl and Alt only: Shift is part of the character ("G", "?") or of BackTab.
    pub modifiers: KeyModifiers,
}

/// Named keys: the config file's name, then the label on screen.
const NAMED: &[(KeyCode, &str, &str)] = &[
    (KeyCode::Enter, "Enter", "Enter"),
    (KeyCode::Esc, "Esc", "Esc"),
    (KeyCode::Tab, "Tab", "Tab"),
    (KeyCode::BackTab, "Shift-Tab", "Shift-Tab"),
    (KeyCode::Backspace, "Backspace", "Backspace"),
    (KeyCode::Delete, "Delete", "Del"),
    (KeyCode::Insert, "Insert", "Ins"),
    (KeyCode::Up, "Up", "↑"),
    (KeyCode::Down, "Down", "↓"),
    (KeyCode::Left, "Left", "←"),
    (KeyCode::Right, "Right", "→"),
    (KeyCode::Home, "Home", "Home"),
    (KeyCode::End, "End", "End"),
    (KeyCode::PageUp, "PageUp", "PgUp"),
    (KeyCode::PageDown, "PageDown", "PgDn"),
    (KeyCode::Char(' '), "Space", "Space"),
];

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            modifiers: KeyModifiers::NONE,
        }
    }

    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            modifiers: KeyModifiers::CONTROL,
        }
    }

    /// The key a terminal event stands for, Shift folded into the character or BackTab.
    pub fn from_event(event: KeyEvent) -> Key {
        let mut modifiers = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        let code = match event.code {
            // Some terminals report Ctrl-Shift-letter as an upper-case letter.
            KeyCode::Char(c) if modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            KeyCode::Tab if event.modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            code => code,
        };
        if code == KeyCode::BackTab {
            modifiers -= KeyModifiers::SHIFT;
        }
        Key { code, modifiers }
    }

    /// Whether this is a plain character, as typed into a query.
    pub fn typed_char(self) -> Option<char> {
        match self.code {
            KeyCode::Char(c) if self.modifiers.is_empty() => Some(c),
            _ => None,
        }
    }

    /// How the key is written on screen: `↑`, `Ctrl-P`, `PgDn`.
    pub fn label(self) -> String {
        self.written(|(_, _, label)| label)
    }

    /// The key in words, naming keys with `pick` from `NAMED`.
    fn written(self, pick: fn(&(KeyCode, &'static str, &'static str)) -> &'static str) -> String {
        let name = match self.code {
            KeyCode::Char(c) if c != ' ' => self.char_name(c),
            KeyCode::F(n) => format!("F{n}"),
            code => NAMED
                .iter()
                .find(|(named, _, _)| *named == code)
                .map_or("?", pick)
                .to_string(),
        };
        format!("{}{name}", prefix(self.modifiers))
    }
}

impl Key {
    /// Ctrl-letters are written in upper case, as menus do (`Ctrl-P`); they match either.
    fn char_name(self, c: char) -> String {
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            c.to_ascii_uppercase().to_string()
        } else {
            c.to_string()
        }
    }
}

fn prefix(modifiers: KeyModifiers) -> String {
    let mut out = String::new();
    if modifiers.contains(KeyModifiers::CONTROL) {
        out.push_str("Ctrl-");
    }
    if modifiers.contains(KeyModifiers::ALT) {
        out.push_str("Alt-");
    }
    out
}

/// How the key is written in a config file: `Up`, `Ctrl-P`, `PageDown`.
impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.written(|(_, name, _)| name))
    }
}

impl FromStr for Key {
    type Err = String;

    /// `q`, `?`, `G`, `Enter`, `PageDown`, `F1`, `Space`, `Ctrl-P`, `Alt-Left`, `Shift-Tab`;
    /// names are not case-sensitive, single characters are.
    fn from_str(text: &str) -> Result<Key, String> {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = text;
        let mut shift = false;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (flag, len) = if lower.starts_with("ctrl-") {
                (Some(KeyModifiers::CONTROL), 5)
            } else if lower.starts_with("alt-") {
                (Some(KeyModifiers::ALT), 4)
            } else if lower.starts_with("shift-") {
                (None, 6)
            } else {
                break;
            };
            if rest.len() == len {
                break;
            }
            match flag {
                Some(flag) => modifiers |= flag,
                None => shift = true,
            }
            rest = &rest[len..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() => {
                if shift {
                    KeyCode::Char(c.to_ascii_uppercase())
                } else if modifiers.contains(KeyModifiers::CONTROL) {
                    KeyCode::Char(c.to_ascii_lowercase())
                } else {
                    KeyCode::Char(c)
                }
            }
            _ if shift && rest.eq_ignore_ascii_case("tab") => KeyCode::BackTab,
            _ => {
                let named = NAMED
                    .iter()
                    .find(|(_, name, _)| name.eq_ignore_ascii_case(rest))
                    .map(|(code, _, _)| *code);
                let function = rest
                    .strip_prefix(['F', 'f'])
                    .and_then(|n| n.parse::<u8>().ok())
                    .filter(|n| (1..=12).contains(n))
                    .map(KeyCode::F);
                named.or(function).ok_or_else(|| {
                    format!(
                        "unknown key \"{text}\"; write a character (\"q\", \"?\"), a name \
                         (Enter, Esc, Tab, Backspace, Up, Down, Left, Right, Home, End, PageUp, \
                         PageDown, Delete, Insert, Space, F1–F12), with Ctrl-, Alt- or Shift- before it"
                    )
                })?
            }
        };
        Ok(Key { code, modifiers })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_writes_back() {
        for text in [
            "q",
            "?",
            "G",
            "Enter",
            "Shift-Tab",
            "Ctrl-p",
            "Alt-Left",
            "PageDown",
            "F5",
            "Space",
            "[",
            "-",
        ] {
            let key: Key = text.parse().unwrap();
            assert_eq!(key.to_string().parse::<Key>(), Ok(key), "{text}");
        }
        assert_eq!("ctrl-P".parse::<Key>(), Ok(Key::ctrl('p')));
        assert_eq!(
            "Shift-g".parse::<Key>().unwrap(),
            Key::plain(KeyCode::Char('G'))
        );
        assert_eq!("pagedown".parse::<Key>().unwrap().label(), "PgDn");
        assert!(
            "Hyper-x"
                .parse::<Key>()
                .unwrap_err()
                .contains("unknown key")
        );
        assert!("F13".parse::<Key>().is_err());
    }

    #[test]
    fn events_fold_shift_into_the_key() {
        let event = |code, modifiers| Key::from_event(KeyEvent::new(code, modifiers));
        assert_eq!(
            event(KeyCode::Char('G'), KeyModifiers::SHIFT),
            Key::plain(KeyCode::Char('G'))
        );
        assert_eq!(
            event(KeyCode::BackTab, KeyModifiers::SHIFT),
            Key::plain(KeyCode::BackTab)
        );
        assert_eq!(
            event(
                KeyCode::Char('C'),
                KeyModifiers::CONTROL | KeyModifiers::SHIFT
            ),
            Key::ctrl('c')
        );
        assert_eq!(event(KeyCode::Up, KeyModifiers::NONE).label(), "↑");
    }
}
