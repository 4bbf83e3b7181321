//! Helpers for tests of the explorer: apps on the committed catalogs with no colour, keys
//! pressed as a user would, and screens as text (see `offscreen`). Nothing here touches the
//! user's config or saved state.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::app::App;
use super::key::Key;
use super::theme::Theme;
use crate::catalog::{Catalog, parse_str};

/// The seed catalog (`assets/roles.ron`, 5 roles), without colour.
pub fn seed() -> App {
    let catalog = Catalog::from_loaded(vec![
        parse_str("roles.ron", include_str!("../../assets/roles.ron"))
            .expect("the seed catalog loads"),
    ])
    .expect("the seed catalog loads");
    plain(App::new(catalog))
}

/// Both built-in catalogs (1,021 roles), without colour.
pub fn embedded() -> App {
    plain(App::new(
        Catalog::embedded().expect("the built-in catalogs load"),
    ))
}

/// A catalog without a single role, as a broken import could write.
pub fn empty() -> App {
    let catalog = parse_str("empty.ron", "CatalogFile(title: \"nothing\", roles: [])")
        .and_then(|file| Catalog::from_loaded(vec![file]));
    match catalog {
        Ok(catalog) => plain(App::new(catalog)),
        // Should the loader refuse empty catalogs, empty a loaded one.
        Err(_) => {
            let mut catalog = Catalog::embedded().expect("the built-in catalogs load");
            catalog.roles.clear();
            catalog.comparisons.clear();
            plain(App::new(catalog))
        }
    }
}

fn plain(mut app: App) -> App {
    app.set_theme(Theme::plain());
    app
}

/// Presses `code` (no modifiers) as the terminal loop would.
pub fn press(app: &mut App, code: KeyCode) -> bool {
    press_key(app, Key::plain(code))
}

/// Presses Ctrl and `c`.
pub fn ctrl(app: &mut App, c: char) -> bool {
    press_key(
        app,
        Key {
            code: KeyCode::Char(c),
            modifiers: KeyModifiers::CONTROL,
        },
    )
}

pub fn press_key(app: &mut App, key: Key) -> bool {
    match app.key_action(key) {
        Some(action) => app.update(action),
        None => false,
    }
}

/// Types `text` one key at a time.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}
