//! The config file: `config.ron` in the platform's config directory (or
//! `$CAREER_EXPLORER_CONFIG`) may choose a theme and replace any key binding. A bad file is
//! reported as FILE:LINE:COL and the explorer starts with the defaults.

use std::fmt::{self, Write as _};
use std::marker::PhantomData;
use std::path::{Path, PathBuf};

use directories::ProjectDirs;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::action::Action;
use super::key::Key;
use super::keymap::{Context, Keymap};
use super::theme::ThemeName;
use crate::catalog::Problem;

/// Names the config file instead of the platform's config directory (tests use it).
pub const CONFIG_ENV: &str = "CAREER_EXPLORER_CONFIG";

/// Config files larger than this are refused.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// The settings in force.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    pub theme: ThemeName,
    pub keymap: Keymap,
}

pub fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "career-explorer")
}

/// `$CAREER_EXPLORER_CONFIG`, else `config.ron` in the platform's config directory
/// (`~/.config/career-explorer` on Linux); `None` when there is no home.
pub fn path() -> Option<PathBuf> {
    match std::env::var_os(CONFIG_ENV) {
        Some(path) if !path.is_empty() => Some(PathBuf::from(path)),
        _ => project_dirs().map(|d| d.config_dir().join("config.ron")),
    }
}

/// Reads the config file at `path`: the defaults when there is none, a problem when it is bad.
pub fn load(path: &Path) -> Result<Config, Problem> {
    let label = path.display().to_string();
    let text = match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => return Err(Problem::new(&label, format!("cannot read: {e}"))),
        Ok(meta) if meta.len() > MAX_CONFIG_BYTES => {
            return Err(Problem::new(&label, "larger than 1 MiB: not a config file"));
        }
        Ok(_) => std::fs::read_to_string(path)
            .map_err(|e| Problem::new(&label, format!("cannot read: {e}")))?,
    };
    parse(&label, &text)
}

/// The config in `text`; problems name `label`, the line and the column.
pub fn parse(label: &str, text: &str) -> Result<Config, Problem> {
    let file: File = ron::Options::default().from_str(text).map_err(|e| {
        let at = e.span.start;
        Problem::new(label, e.code.to_string()).at(Some((at.line, at.col)))
    })?;
    let mut config = Config {
        theme: file.theme.0,
        keymap: Keymap::defaults(),
    };
    let mut from = 0;
    for (Named(context), actions) in file.keys.0 {
        from = find(text, &format!("\"{}\"", context.name()), from);
        let mut action_from = from;
        for (Named(action), keys) in actions.0 {
            let name = action.name().unwrap_or_default();
            action_from = find(text, &format!("\"{name}\""), action_from);
            let keys = keys.into_iter().map(|k| k.0).collect();
            config
                .keymap
                .set(context, &action, keys)
                .map_err(|message| {
                    Problem::new(label, message).at(Some(position(text, action_from)))
                })?;
        }
    }
    Ok(config)
}

/// Where `needle` is at or after `from`, else `from` (positions are best effort).
fn find(text: &str, needle: &str, from: usize) -> usize {
    text.get(from..)
        .and_then(|rest| rest.find(needle))
        .map_or(from, |i| from + i)
}

/// The 1-based line and column of a byte offset.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

/// Each place's actions and their keys, in the order written.
type KeyTable = Entries<Named<Context>, Entries<Named<Action>, Vec<Named<Key>>>>;

/// The file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    theme: Named<ThemeName>,
    #[serde(default)]
    keys: KeyTable,
}

/// A string naming something; a bad name is an error where it stands in the file.
#[derive(Default)]
struct Named<T>(T);

trait FromName: Sized {
    fn from_name(name: &str) -> Result<Self, String>;
}

impl FromName for ThemeName {
    fn from_name(name: &str) -> Result<Self, String> {
        name.parse()
    }
}

impl FromName for Key {
    fn from_name(name: &str) -> Result<Self, String> {
        name.parse()
    }
}

impl FromName for Context {
    fn from_name(name: &str) -> Result<Self, String> {
        Context::from_name(name).ok_or_else(|| {
            let names: Vec<&str> = Context::all().into_iter().map(|c| c.name()).collect();
            format!("unknown place \"{name}\"; places: {}", names.join(", "))
        })
    }
}

impl FromName for Action {
    fn from_name(name: &str) -> Result<Self, String> {
        Action::from_name(name).ok_or_else(|| {
            format!(
                "unknown action \"{name}\"; `career-explorer config --print-default` lists them"
            )
        })
    }
}

impl<'de, T: FromName> Deserialize<'de> for Named<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        T::from_name(&name).map(Named).map_err(de::Error::custom)
    }
}

/// A map's entries in the order written.
struct Entries<K, V>(Vec<(K, V)>);

impl<K, V> Default for Entries<K, V> {
    fn default() -> Self {
        Entries(Vec::new())
    }
}

impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for Entries<K, V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor<K, V>(PhantomData<(K, V)>);
        impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for EntriesVisitor<K, V> {
            type Value = Entries<K, V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(EntriesVisitor(PhantomData))
    }
}

/// A complete config file with every default, commented: `config --print-default`.
pub fn default_text() -> String {
    let quote = |text: &str| ron::to_string(text).unwrap_or_else(|_| format!("{text:?}"));
    let keymap = Keymap::defaults();
    let mut out = String::from(
        "// career-explorer settings: the theme and every key. Each value below is the default:
// keep only what you change. Place this file where `career-explorer config --path` says.
//
// A key is a character (\"q\", \"?\", \"G\") or one of Enter, Esc, Tab, Shift-Tab, Backspace,
// Delete, Insert, Up, Down, Left, Right, Home, End, PageUp, PageDown, Space, F1 to F12, with
// Ctrl- or Alt- before it if wanted (\"Ctrl-P\", \"Alt-Left\"). An action's list replaces its
// keys in that place; [] leaves the action without a key.
(
    // \"dark\" or \"light\". Without colour (NO_COLOR, CLICOLOR=0) neither applies.
",
    );
    let _ = writeln!(out, "    theme: {},", quote(ThemeName::default().as_str()));
    out.push_str("    keys: {\n");
    for context in Context::all() {
        let bindings: Vec<_> = keymap
            .bindings()
            .iter()
            .filter(|b| b.context == context)
            .collect();
        if bindings.is_empty() {
            continue;
        }
        let _ = writeln!(out, "        // {}", context.title());
        let _ = writeln!(out, "        {}: {{", quote(context.name()));
        for binding in bindings {
            let keys: Vec<String> = binding.keys.iter().map(|k| quote(&k.to_string())).collect();
            let _ = writeln!(
                out,
                "            {}: [{}], // {}",
                quote(&binding.action.name().unwrap_or_default()),
                keys.join(", "),
                binding.help
            );
        }
        out.push_str("        },\n");
    }
    out.push_str("    },\n)\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyCode;

    #[test]
    fn the_default_file_reads_back_as_the_defaults() {
        let text = default_text();
        assert_eq!(parse("default.ron", &text), Ok(Config::default()));
        assert!(
            text.contains("\"next_comparison\": [\"]\", \"n\"], // next comparison"),
            "{text}"
        );
    }

    #[test]
    fn overrides_apply_and_the_rest_stays() {
        let text = r#"(
            theme: "light",
            keys: {
                "everywhere": { "quit": ["x", "Ctrl-Q"], "show_help": ["F1"] },
                "compare": { "next_comparison": ["n"] },
            },
        )"#;
        let config = parse("config.ron", text).unwrap();
        assert_eq!(config.theme, ThemeName::Light);
        let keymap = &config.keymap;
        let everywhere = [Context::Everywhere];
        let char = |c| Key::plain(KeyCode::Char(c));
        assert_eq!(
            keymap.action_for(&everywhere, char('x')),
            Some(Action::Quit)
        );
        assert_eq!(
            keymap.action_for(&everywhere, Key::ctrl('q')),
            Some(Action::Quit)
        );
        assert_eq!(keymap.action_for(&everywhere, char('q')), None);
        assert_eq!(
            keymap.action_for(&everywhere, Key::plain(KeyCode::F(1))),
            Some(Action::ShowHelp)
        );
        assert_eq!(keymap.action_for(&everywhere, char('?')), None);
        assert_eq!(
            keymap.action_for(&everywhere, char('j')),
            Some(Action::MoveDown)
        );
        let compare = [Context::Pane(super::super::panes::PaneId::Compare)];
        assert_eq!(
            keymap.action_for(&compare, char('n')),
            Some(Action::NextComparison)
        );
        assert_eq!(
            keymap.action_for(&compare, char('[')),
            Some(Action::PreviousComparison)
        );
    }

    #[test]
    fn a_bad_file_is_reported_with_its_position() {
        let problem = |text: &str| parse("config.ron", text).unwrap_err().to_string();
        assert_eq!(
            problem("(\n  theme: \"solarized\",\n)"),
            "config.ron:2:11: unknown theme \"solarized\"; themes: dark, light"
        );
        let text = "(\n  keys: {\n    \"everywhere\": {\n      \"quit\": [\"Hyper-Q\"],";
        assert!(
            problem(text).starts_with("config.ron:4:"),
            "{}",
            problem(text)
        );
        assert!(problem(text).contains("unknown key \"Hyper-Q\""));
        let text = "(\n  keys: {\n    \"role_list\": {\n      \"next_comparison\": [\"n\"],\n    },\n  },\n)";
        assert_eq!(
            problem(text),
            "config.ron:4:7: \"next_comparison\" is not an action of \"role_list\"; its actions: open_pane, filter_roles, sort_roles, reverse_sort, group_roles, export"
        );
        assert!(problem("(colour: \"red\")").starts_with("config.ron:1:"));
        assert!(problem("(theme: \"dark\"").starts_with("config.ron:1:"));
    }

    #[test]
    fn a_missing_file_is_the_defaults_and_a_directory_is_a_problem() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(&dir.path().join("none.ron")), Ok(Config::default()));
        let problem = load(dir.path()).unwrap_err();
        assert!(problem.message.starts_with("cannot read"), "{problem}");
    }
}
