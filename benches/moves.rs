//! What Next moves and the Skills matcher cost on the built-in catalogs (about 880 rated
//! occupations, 35 skills + 33 knowledge areas): a re-rank after a rating change, alone and from
//! the key to a drawn frame (with and without saving the profile), a filter toggle in Next moves
//! to its frame, and building the vectors (once per catalog, the first time a pane needs them).
//! Each key-to-frame benchmark also prints its 95th percentile: the goal is under 8 ms.
//! Run with `cargo bench --bench moves`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};

use career_explorer::catalog::Catalog;
use career_explorer::explorer::offscreen::draw;
use career_explorer::explorer::panes::matcher::Matcher;
use career_explorer::explorer::{Action, App, PaneId};
use career_explorer::moves::Space;
use career_explorer::moves::fit::{self, Profile};
use career_explorer::moves::next::{self, Filters};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;

fn app_on(pane: PaneId) -> App {
    let catalog = Catalog::embedded().unwrap();
    let electricians = catalog.index_of("electricians").unwrap();
    let mut app = App::new(catalog).open(electricians, pane);
    draw(&mut app, WIDTH, HEIGHT);
    app
}

/// Times `iters` rounds of `actions` (one timed key and frame each, in turn), keeping every
/// round's time in `times` for the percentile.
fn keys(app: &mut App, actions: &[Action], iters: u64, times: &mut Vec<Duration>) -> Duration {
    let mut total = Duration::ZERO;
    for i in 0..iters {
        let action = &actions[i as usize % actions.len()];
        let start = Instant::now();
        app.update(action.clone());
        black_box(draw(app, WIDTH, HEIGHT));
        let took = start.elapsed();
        times.push(took);
        total += took;
    }
    total
}

fn p95(name: &str, times: &mut [Duration]) {
    if times.is_empty() {
        return;
    }
    times.sort();
    let at = (times.len() * 95 / 100).min(times.len() - 1);
    println!(
        "{name}: p95 {:.3} ms over {} keys",
        times[at].as_secs_f64() * 1000.0,
        times.len()
    );
}

fn moves(c: &mut Criterion) {
    let catalog = Catalog::embedded().unwrap();
    let space = Space::build(&catalog);
    let mut group = c.benchmark_group("moves");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(3));

    group.bench_function("build the vectors", |b| {
        b.iter(|| black_box(Space::build(&catalog)))
    });
    let mut profile =
        Profile::from_role(&space, catalog.index_of("electricians").unwrap()).unwrap_or_default();
    let mut rating = 0u8;
    group.bench_function("re-rank after a rating change (the ranking alone)", |b| {
        b.iter(|| {
            rating = (rating + 1) % 6;
            profile.set("Programming", rating);
            black_box(fit::rank(&space, &profile.vector(&space)))
        })
    });
    let origin = career_explorer::moves::origin_of(&catalog, &space, 0).unwrap();
    group.bench_function("next moves of a role (the ranking alone)", |b| {
        b.iter(|| {
            black_box(next::moves(
                &catalog,
                &space,
                &origin,
                Filters::default(),
                None,
            ))
        })
    });

    let rate = [Action::Rate(4), Action::Rate(2)];
    let mut times = Vec::new();
    let mut app = app_on(PaneId::Matcher);
    group.bench_function("matcher: rating key to frame, 200x60", |b| {
        b.iter_custom(|iters| keys(&mut app, &rate, iters, &mut times))
    });
    p95("matcher: rating key to frame", &mut times);

    let dir = tempfile::tempdir().unwrap();
    let mut saving = app_on(PaneId::Matcher);
    if let Some(matcher) = saving.pane_state_mut::<Matcher>() {
        let _ = matcher.restore(dir.path().join("profile.ron"));
    }
    let mut times = Vec::new();
    group.bench_function("matcher: rating key to frame, saving the profile", |b| {
        b.iter_custom(|iters| keys(&mut saving, &rate, iters, &mut times))
    });
    p95(
        "matcher: rating key to frame, saving the profile",
        &mut times,
    );

    let mut app = app_on(PaneId::Moves);
    let mut times = Vec::new();
    group.bench_function("next moves: filter key to frame, 200x60", |b| {
        b.iter_custom(|iters| keys(&mut app, &[Action::ToggleGrowing], iters, &mut times))
    });
    p95("next moves: filter key to frame", &mut times);
    group.finish();
}

criterion_group!(benches, moves);
criterion_main!(benches);
