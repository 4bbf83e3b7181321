//! Criterion benchmarks of search over a generated catalog of 1000 roles × 100 responsibilities
//! (124,000 searchable items): loading and validating its RON text, building the index, and
//! every keystroke of typing realistic queries, each measured from the state the keystroke
//! before left, including ranking and highlighting the 40 rows a screen shows.
//!
//! `cargo bench --bench search` (add a filter, e.g. `-- keystroke/kaizen`, to run a part).

use career_explorer::catalog;
#[path = "support/generate.rs"]
mod generate;
use generate::{Size, generate, to_ron};
use std::hint::black_box;
use std::time::Duration;

use career_explorer::catalog::{Catalog, parse_str};
use career_explorer::search::{Scope, SearchIndex, Searcher};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

/// Typed one char at a time: a common word, a rare one, and abbreviations across two words.
const QUERIES: &[&str] = &["manage vendor", "kaizen", "qrt rpt"];
const VISIBLE: usize = 40;

fn catalog_text() -> String {
    to_ron(&generate(Size::default())).expect("a generated catalog serialises")
}

fn load(text: &str) -> Catalog {
    let loaded = parse_str("generated", text).expect("a generated catalog is valid");
    Catalog::from_loaded(vec![loaded]).expect("a generated catalog is valid")
}

/// One keystroke as the TUI does it: search, rank the visible rows, highlight them.
fn keystroke(searcher: &mut Searcher, index: &SearchIndex, query: &str) -> usize {
    let matched = searcher.search(index, query, Scope::default());
    let rows: Vec<u32> = searcher
        .top(index, VISIBLE)
        .iter()
        .map(|h| h.item)
        .collect();
    let highlighted: usize = rows
        .iter()
        .map(|&id| searcher.highlight(index, id).len())
        .sum();
    matched + highlighted
}

fn loading(c: &mut Criterion) {
    let text = catalog_text();
    let catalog = load(&text);
    let mut group = c.benchmark_group("load");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    group.bench_function("parse and validate", |b| b.iter(|| load(black_box(&text))));
    group.bench_function("build index", |b| {
        b.iter(|| SearchIndex::build(black_box(&catalog)))
    });
    group.finish();
}

fn typing(c: &mut Criterion) {
    let catalog = load(&catalog_text());
    let index = SearchIndex::build(&catalog);
    let mut group = c.benchmark_group("keystroke");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for query in QUERIES {
        // The searcher as the previous keystroke left it; cloned so each run starts there.
        let mut before = Searcher::new();
        for (n, (at, c)) in query.char_indices().enumerate() {
            let typed = &query[..at + c.len_utf8()];
            let name = format!("{query}/{:02} {typed:?}", n + 1);
            group.bench_function(name, |b| {
                b.iter_batched(
                    || before.clone(),
                    |mut searcher| keystroke(&mut searcher, &index, black_box(typed)),
                    BatchSize::LargeInput,
                )
            });
            keystroke(&mut before, &index, typed);
        }
    }
    group.finish();
}

criterion_group!(benches, loading, typing);
criterion_main!(benches);
