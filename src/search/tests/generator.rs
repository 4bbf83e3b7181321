//! The benchmark catalog generator (`benches/support/generate.rs`) makes valid, varied,
//! reproducible catalogs.

use std::collections::HashSet;

use super::generate::*;
use crate::catalog::{self, Catalog, parse_str};

fn small() -> Size {
    Size {
        roles: 40,
        responsibilities: 12,
        ..Size::default()
    }
}

#[test]
fn generated_catalog_loads_without_warnings() {
    let text = to_ron(&generate(small())).unwrap();
    let loaded = parse_str("generated", &text).unwrap_or_else(|e| panic!("{e}"));
    let catalog = Catalog::from_loaded(vec![loaded]).unwrap();
    assert!(catalog.warnings.is_empty(), "{:?}", catalog.warnings);
    let counts = catalog.counts();
    assert_eq!(counts.roles, 40);
    assert_eq!(counts.responsibilities, 40 * 12);
    assert!(counts.comparisons >= 40, "{counts:?}");
}

#[test]
fn same_seed_same_text_other_seed_other_text() {
    let a = to_ron(&generate(small())).unwrap();
    assert_eq!(a, to_ron(&generate(small())).unwrap());
    let other = Size { seed: 7, ..small() };
    assert_ne!(a, to_ron(&generate(other)).unwrap());
}

#[test]
fn ids_stay_unique_past_the_title_combinations() {
    let combos = title_combinations();
    let titles = role_titles(&mut Rng(1), combos + 10);
    let ids = unique_ids(&titles);
    let distinct: HashSet<_> = ids.iter().collect();
    assert_eq!(distinct.len(), ids.len());
    assert!(ids.iter().all(|id| catalog::is_slug(id)));
}

#[test]
fn responsibilities_are_varied_words() {
    let file = generate(small());
    let lines: Vec<&String> = file
        .roles
        .iter()
        .flat_map(|r| &r.responsibilities)
        .collect();
    let distinct: HashSet<_> = lines.iter().collect();
    assert!(
        distinct.len() * 10 >= lines.len() * 9,
        "{} of {}",
        distinct.len(),
        lines.len()
    );
    let average = lines.iter().map(|l| l.len()).sum::<usize>() / lines.len();
    assert!((50..=140).contains(&average), "average length {average}");
}
