//! Keys are data: each part of the explorer lists its default bindings (one line each, in its
//! own file), a config file may replace any of them, and the key lookup, the footer and the
//! `?` help are all generated from the bindings in force, so they never disagree.

use super::action::Action;
use super::key::Key;
use super::panes::PaneId;

/// Where a binding works. Lookups go through the contexts that apply now, most specific first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// Wherever the explorer is, even while typing and in overlays (Ctrl-C, Ctrl-Z).
    Always,
    /// Everywhere but while typing and in overlays.
    Everywhere,
    RoleList,
    /// Inside any pane.
    AnyPane,
    /// Inside one pane.
    Pane(PaneId),
    /// While typing the Responsibilities filter.
    Filter,
    /// The search palette and the role picker.
    Palette,
    /// The picker of a US state for wages.
    StatePicker,
    Help,
}

impl Context {
    /// Every context, in the order the help lists them.
    pub fn all() -> Vec<Context> {
        let mut all = vec![
            Context::Always,
            Context::Everywhere,
            Context::RoleList,
            Context::AnyPane,
        ];
        all.extend(PaneId::ALL.iter().map(|&p| Context::Pane(p)));
        all.extend([
            Context::Filter,
            Context::Palette,
            Context::StatePicker,
            Context::Help,
        ]);
        all
    }

    /// The context's name in a config file.
    pub fn name(self) -> &'static str {
        match self {
            Context::Always => "always",
            Context::Everywhere => "everywhere",
            Context::RoleList => "role_list",
            Context::AnyPane => "any_pane",
            Context::Pane(pane) => pane.id(),
            Context::Filter => "filter",
            Context::Palette => "palette",
            Context::StatePicker => "state_picker",
            Context::Help => "help",
        }
    }

    pub fn from_name(name: &str) -> Option<Context> {
        Context::all().into_iter().find(|c| c.name() == name)
    }

    /// The context's heading in the help.
    pub fn title(self) -> &'static str {
        match self {
            Context::Always => "Always, even while typing",
            Context::Everywhere => "Everywhere",
            Context::RoleList => "Role list",
            Context::AnyPane => "Inside a pane",
            Context::Pane(pane) => pane.title(),
            Context::Filter => "While typing a filter",
            Context::Palette => "Search palette and role picker",
            Context::StatePicker => "US state picker",
            Context::Help => "This help",
        }
    }
}

/// One default binding, as a part of the explorer lists it: `keys` as a config file writes
/// them, separated by spaces.
#[derive(Debug, Clone)]
pub struct Bind {
    pub context: Context,
    pub action: Action,
    pub keys: &'static str,
    pub help: &'static str,
}

pub const fn bind(
    context: Context,
    action: Action,
    keys: &'static str,
    help: &'static str,
) -> Bind {
    Bind {
        context,
        action,
        keys,
        help,
    }
}

/// Footer words for one or two actions (`↑/↓ move`); the keys come from the bindings in force.
#[derive(Debug, Clone)]
pub struct Hint {
    pub actions: &'static [Action],
    pub words: &'static str,
}

pub const fn hint(actions: &'static [Action], words: &'static str) -> Hint {
    Hint { actions, words }
}

/// Footer entries: the keys as shown, and the words.
pub type Hints = Vec<(String, &'static str)>;

/// A binding in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub context: Context,
    pub action: Action,
    pub keys: Vec<Key>,
    pub help: &'static str,
}

/// The bindings in force: the defaults with a config file's changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap::defaults()
    }
}

impl Keymap {
    /// Every part's default bindings.
    pub fn defaults() -> Keymap {
        let tables = super::default_bindings();
        let bindings = tables
            .iter()
            .map(|bind| Binding {
                context: bind.context,
                action: bind.action.clone(),
                keys: bind
                    .keys
                    .split_whitespace()
                    .filter_map(|k| k.parse().ok())
                    .collect(),
                help: bind.help,
            })
            .collect();
        Keymap { bindings }
    }

    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    /// The action `key` asks for in the contexts that apply (most specific first).
    pub fn action_for(&self, contexts: &[Context], key: Key) -> Option<Action> {
        contexts.iter().find_map(|&context| {
            self.bindings
                .iter()
                .find(|b| b.context == context && b.keys.contains(&key))
                .map(|b| b.action.clone())
        })
    }

    /// The keys that ask for `action` in `contexts`: those of the first context that binds
    /// it, less any a more specific context takes for something else.
    pub fn keys_for(&self, contexts: &[Context], action: &Action) -> Vec<Key> {
        contexts
            .iter()
            .find_map(|&context| {
                self.bindings
                    .iter()
                    .find(|b| b.context == context && b.action == *action && !b.keys.is_empty())
            })
            .map(|b| {
                b.keys
                    .iter()
                    .copied()
                    .filter(|&k| self.action_for(contexts, k).as_ref() == Some(action))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Binds `action` in `context` to `keys` (none: unbound). The keys leave any other action
    /// of the same context, so the new binding is never shadowed.
    pub fn set(&mut self, context: Context, action: &Action, keys: Vec<Key>) -> Result<(), String> {
        let Some(at) = self
            .bindings
            .iter()
            .position(|b| b.context == context && b.action == *action)
        else {
            let names: Vec<String> = self
                .bindings
                .iter()
                .filter(|b| b.context == context)
                .filter_map(|b| b.action.name())
                .collect();
            return Err(format!(
                "\"{}\" is not an action of \"{}\"; its actions: {}",
                action.name().unwrap_or_default(),
                context.name(),
                names.join(", ")
            ));
        };
        for binding in self.bindings.iter_mut().filter(|b| b.context == context) {
            binding.keys.retain(|k| !keys.contains(k));
        }
        self.bindings[at].keys = keys;
        Ok(())
    }

    /// Footer entries for `hints`: the first key of each action, joined by `/`, and the words.
    /// Hints whose actions have no key in `contexts` are left out.
    pub fn hints(&self, contexts: &[Context], hints: &[Hint]) -> Hints {
        hints
            .iter()
            .filter_map(|hint| {
                let labels: Option<Vec<String>> = hint
                    .actions
                    .iter()
                    .map(|a| self.keys_for(contexts, a).first().map(|k| k.label()))
                    .collect();
                labels.map(|l| (l.join("/"), hint.words))
            })
            .collect()
    }
}

/// The bindings as a Markdown table, grouped by where they work: the README's key table.
pub fn markdown_table(keymap: &Keymap) -> String {
    let mut out = String::from("| Where | Keys | What they do |\n|---|---|---|\n");
    for context in Context::all() {
        let mut first = true;
        for binding in keymap
            .bindings()
            .iter()
            .filter(|b| b.context == context && !b.keys.is_empty())
        {
            let keys: Vec<String> = binding
                .keys
                .iter()
                .map(|k| format!("`{}`", k.label().replace('|', "\\|")))
                .collect();
            let place = if first { context.title() } else { "" };
            first = false;
            out.push_str(&format!(
                "| {place} | {} | {} |\n",
                keys.join(" "),
                binding.help
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyCode;

    #[test]
    fn the_readme_key_table_is_the_default_keymap() {
        let readme = include_str!("../../README.md");
        let table = markdown_table(&Keymap::defaults());
        assert!(
            readme.contains(&table),
            "README.md's key table differs from the keymap; it should read:\n{table}"
        );
    }

    #[test]
    fn every_default_key_parses_and_no_context_binds_a_key_twice() {
        for bind in super::super::default_bindings() {
            for key in bind.keys.split_whitespace() {
                assert!(key.parse::<Key>().is_ok(), "{key} in {:?}", bind.action);
            }
        }
        let keymap = Keymap::defaults();
        for context in Context::all() {
            let mut seen = Vec::new();
            for b in keymap.bindings().iter().filter(|b| b.context == context) {
                for key in &b.keys {
                    assert!(!seen.contains(key), "{key} twice in {}", context.name());
                    seen.push(*key);
                }
                assert!(b.action.name().is_some(), "{:?} has no name", b.action);
            }
        }
    }

    #[test]
    fn overrides_take_keys_from_other_actions_of_the_context() {
        let mut keymap = Keymap::defaults();
        let quit_keys = [Key::plain(KeyCode::Char('x'))];
        keymap
            .set(Context::Everywhere, &Action::Quit, quit_keys.to_vec())
            .unwrap();
        let everywhere = [Context::Everywhere];
        assert_eq!(
            keymap.action_for(&everywhere, quit_keys[0]),
            Some(Action::Quit)
        );
        assert_eq!(
            keymap.action_for(&everywhere, Key::plain(KeyCode::Char('q'))),
            None
        );
        keymap
            .set(
                Context::Everywhere,
                &Action::ShowHelp,
                vec![Key::plain(KeyCode::Char('x'))],
            )
            .unwrap();
        assert_eq!(
            keymap.action_for(&everywhere, quit_keys[0]),
            Some(Action::ShowHelp)
        );
        assert!(keymap.keys_for(&everywhere, &Action::Quit).is_empty());
        let error = keymap
            .set(Context::RoleList, &Action::NextComparison, vec![])
            .unwrap_err();
        assert!(error.contains("not an action of \"role_list\""), "{error}");
    }
}
