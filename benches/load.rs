//! How long loading the built-in catalogs takes: `parse_str` (RON parsing, sanitising and
//! validation, which `build.rs` now does at build time) on the seed catalog and on the catalog
//! of US occupations, RON deserialisation alone, decoding the compiled form (what start-up
//! pays; the roles on every core), the wages by state decoded on first use, and start-up as a user sees it: both built-in catalogs loaded and the explorer's first
//! frame drawn.
//! Run with `cargo bench --bench load`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use ron::extensions::Extensions;

use career_explorer::catalog::{Catalog, CatalogFile, parse_str};
use career_explorer::explorer::App;
use career_explorer::explorer::offscreen::draw;

/// The binary's allocator, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const ROLES: &str = include_str!("../assets/roles.ron");
const US_OCCUPATIONS: &str = include_str!("../assets/us-occupations.ron");

fn load(c: &mut Criterion) {
    c.bench_function("parse_str roles.ron", |b| {
        b.iter(|| parse_str("roles.ron", black_box(ROLES)).unwrap())
    });

    let mut group = c.benchmark_group("us-occupations.ron");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("parse_str", |b| {
        b.iter(|| parse_str("us-occupations.ron", black_box(US_OCCUPATIONS)).unwrap())
    });
    group.bench_function("ron deserialise only", |b| {
        let options = ron::Options::default()
            .with_default_extension(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_NEWTYPES);
        b.iter(|| {
            options
                .from_str::<CatalogFile>(black_box(US_OCCUPATIONS))
                .unwrap()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("compiled");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(10));
    // What start-up pays now: the built-in catalogs decoded from their compiled form.
    group.bench_function("Catalog::embedded (decode, no parse)", |b| {
        b.iter(|| Catalog::embedded().unwrap())
    });
    // What the first use of wages by state pays (the state picker, `show --state`): decoded
    // then, not at start-up.
    group.bench_function("wages by state, on first use", |b| {
        b.iter_batched(
            || Catalog::embedded().unwrap(),
            |catalog| black_box(catalog.origins[1].state_wages.is_some()),
            criterion::BatchSize::LargeInput,
        )
    });
    group.finish();

    let mut group = c.benchmark_group("start-up");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("both built-in catalogs + first frame 120x40", |b| {
        b.iter(|| {
            let mut app = App::new(Catalog::embedded().unwrap());
            black_box(draw(&mut app, 120, 40))
        })
    });
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
