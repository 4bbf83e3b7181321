//! The catalog loader on arbitrary text: it returns problems or a catalog, never panics, and a
//! catalog it returns is whole: every text clean and within its limit, every role described,
//! compared and written as JSON.

#![no_main]

use libfuzzer_sys::fuzz_target;

use career_explorer::catalog::{Catalog, parse_str, sanitize, texts};
use career_explorer::report::RoleFacts;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let loaded = match parse_str("fuzz.ron", text) {
        Ok(loaded) => loaded,
        Err(e) => {
            assert!(!e.problems.is_empty());
            for problem in &e.problems {
                assert_eq!(problem.file, "fuzz.ron");
                if let Some((line, col)) = problem.position {
                    assert!(line >= 1 && col >= 1, "{problem}");
                    assert!(line <= text.lines().count().max(1) + 1, "{problem}");
                }
            }
            return;
        }
    };
    let mut file = loaded.file.clone();
    texts::visit(&mut file, &mut |place, text: &mut String| {
        assert!(
            matches!(sanitize::clean(text), std::borrow::Cow::Borrowed(_)),
            "{} is not clean: {text:?}",
            place.path()
        );
        assert!(
            texts::over_limit(text, place.limit).is_none(),
            "{}",
            place.path()
        );
    });
    let catalog = Catalog::from_loaded(vec![loaded]).expect("one valid file is a catalog");
    assert!(!catalog.roles.is_empty());
    for role in 0..catalog.roles.len() {
        let _ = RoleFacts::of(&catalog, role);
        for other in 0..catalog.roles.len().min(4) {
            if other != role {
                serde_json::to_string(&catalog.compare(role, other)).expect("JSON");
            }
        }
    }
});
