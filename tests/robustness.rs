//! No input makes the loader or the explorer panic: arbitrary bytes, mutated catalogs,
//! random catalogs at random terminal sizes under random keys.

use proptest::prelude::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use career_explorer::catalog::{
    Catalog, CatalogFile, Employer, HardSkill, LoadedFile, Role, SoftSkill, parse_str, sanitize,
};
use career_explorer::explorer::key::Key;
use career_explorer::explorer::offscreen::render;
use career_explorer::explorer::{Action, App, PaneId};

const SEED: &str = include_str!("../assets/roles.ron");

/// Text with a good share of what terminals act on: ESC and C1 introducers, BEL, ST, bidi
/// controls and line separators among ordinary characters.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-z \\[\\];0-9]{0,4}",
        Just("\u{1b}".to_string()),
        Just("\u{9b}".to_string()),
        Just("\u{9d}".to_string()),
        Just("\u{90}".to_string()),
        Just("\u{9c}".to_string()),
        Just("\u{7}".to_string()),
        Just("\u{202e}".to_string()),
        Just("\u{2028}".to_string()),
        Just("\r\n\t".to_string()),
        "\\PC{0,3}",
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics_the_loader(text in "\\PC{0,400}") {
        if let Err(e) = parse_str("fuzz.ron", &text) {
            prop_assert!(!e.problems.is_empty());
            prop_assert!(e.problems.iter().all(|p| p.file == "fuzz.ron"));
        }
    }

    #[test]
    fn mutated_catalogs_never_panic_the_loader(
        edits in proptest::collection::vec((0usize..SEED.len(), 0usize..8, "\\PC{0,6}"), 1..6)
    ) {
        let mut text = SEED.to_string();
        for (at, delete, insert) in edits {
            let mut at = at.min(text.len());
            while !text.is_char_boundary(at) { at -= 1; }
            let mut end = (at + delete).min(text.len());
            while !text.is_char_boundary(end) { end -= 1; }
            text.replace_range(at..end.max(at), &insert);
        }
        match parse_str("mutated.ron", &text) {
            Ok(loaded) => prop_assert!(!loaded.file.roles.is_empty()),
            Err(e) => prop_assert!(!e.problems.is_empty()),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Cleaned text has nothing a terminal acts on, and cleaning it again changes nothing.
    #[test]
    fn cleaned_text_is_harmless_and_stays_as_it_is(text in hostile_text()) {
        let cleaned = sanitize::clean(&text);
        prop_assert!(!cleaned.chars().any(sanitize::is_unsafe), "{cleaned:?}");
        prop_assert_eq!(sanitize::clean(&cleaned), cleaned.clone());
        let lines = sanitize::clean_lines(&text);
        prop_assert!(!lines.chars().any(|c| c != '\n' && sanitize::is_unsafe(c)), "{lines:?}");
    }
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z ]{0,12}",
        "\\PC{0,40}",
        Just("経営管理者のための業務改善".to_string()),
        Just("e\u{301}quipe\u{301} re\u{301}gionale".to_string()),
        Just(String::new()),
    ]
}

fn role(i: usize) -> impl Strategy<Value = Role> {
    (
        text(),
        proptest::option::of(text()),
        proptest::collection::vec(text(), 0..30),
        proptest::collection::vec((text(), 0.0f64..=100.0, proptest::option::of(text())), 0..8),
        proptest::collection::vec(text(), 0..4),
        proptest::collection::vec((text(), 0i64..1_000_000), 0..4),
    )
        .prop_map(
            move |(title, summary, responsibilities, hard, soft, employers)| Role {
                id: format!("role-{i}"),
                title: if title.trim().is_empty() {
                    format!("Role {i}")
                } else {
                    title
                },
                summary,
                responsibilities,
                hard_skills: hard
                    .into_iter()
                    .map(|(name, share, example)| HardSkill {
                        name,
                        share,
                        example,
                    })
                    .collect(),
                soft_skills: soft
                    .into_iter()
                    .map(|name| SoftSkill {
                        name,
                        why: None,
                        example: None,
                    })
                    .collect(),
                employers: employers
                    .into_iter()
                    .map(|(name, open_jobs)| Employer { name, open_jobs })
                    .collect(),
                ..Role::default()
            },
        )
}

fn key() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        Just(KeyCode::Tab),
        Just(KeyCode::BackTab),
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::PageUp),
        Just(KeyCode::PageDown),
        Just(KeyCode::Home),
        Just(KeyCode::End),
        Just(KeyCode::Enter),
        Just(KeyCode::Esc),
        Just(KeyCode::Backspace),
        prop::char::range(' ', '~')
            .prop_filter("not quit", |c| *c != 'q')
            .prop_map(KeyCode::Char),
        Just(KeyCode::Char('é')),
        Just(KeyCode::Char('経')),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn random_catalogs_sizes_and_keys_never_panic(
        roles in (1usize..6).prop_flat_map(|n| (0..n).map(role).collect::<Vec<_>>()),
        keys in proptest::collection::vec(key(), 0..40),
        width in 1u16..=300,
        height in 1u16..=100,
    ) {
        let file = CatalogFile { title: "random".into(), sources: vec![], roles, comparisons: vec![], ..CatalogFile::default() };
        let catalog = Catalog::from_loaded(vec![LoadedFile { label: "random".into(), file, warnings: vec![] }]).unwrap();
        let mut app = App::new(catalog);
        for code in keys {
            let key = Key::from_event(KeyEvent::new(code, KeyModifiers::NONE));
            if let Some(action) = app.key_action(key) {
                app.update(action);
            }
            render(&mut app, width, height);
        }
        // Draw under the overlays too, then without them to check the tabs.
        let with_help = render(&mut app, width, height);
        prop_assert_eq!(with_help.lines().count(), height as usize);
        while app.has_overlay() {
            app.update(Action::Back);
        }
        for &pane in PaneId::ALL {
            app.update(Action::ShowPane(pane));
            let screen = render(&mut app, width, height);
            prop_assert_eq!(screen.lines().count(), height as usize);
            if width >= 40 && height >= 10 {
                prop_assert!(screen.contains(pane.short_title()) || screen.contains(pane.title()));
            } else {
                prop_assert!(screen.trim().is_empty() || screen.contains("Enlarge") || width < 8);
            }
        }
    }
}
