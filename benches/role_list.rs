//! What a key in the explorer's role list costs over the 1,021 built-in roles, from the action
//! to a drawn 200×60 frame (terminal output aside): a filter keystroke (the first letter, one
//! more letter, backspace, a 256-character paste), the same sorted by median wage and grouped,
//! and changing the sort or the grouping. A frame is 16 ms; these should be far below it.
//! Run with `cargo bench --bench role_list`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};

use career_explorer::catalog::Catalog;
use career_explorer::explorer::offscreen::draw;
use career_explorer::explorer::{Action, App};

/// The binary's allocator, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;

/// The explorer on the built-in catalogs, drawn once, with `setup` applied.
fn app(setup: &[Action]) -> App {
    let mut app = App::new(Catalog::embedded().unwrap());
    for action in setup {
        app.update(action.clone());
    }
    draw(&mut app, WIDTH, HEIGHT);
    app
}

/// Times `action` and the frame after it; `undo` (not timed) puts the app back.
fn key_to_frame(app: &mut App, action: &Action, undo: &[Action], iters: u64) -> Duration {
    timed(app, action, undo, iters, true)
}

/// Times `action`, and the frame after it when `frame`; `undo` (not timed) puts the app back.
fn timed(app: &mut App, action: &Action, undo: &[Action], iters: u64, frame: bool) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        let start = Instant::now();
        app.update(action.clone());
        if frame {
            black_box(draw(app, WIDTH, HEIGHT));
        }
        total += start.elapsed();
        for action in undo {
            app.update(action.clone());
        }
    }
    total
}

fn typing(c: &mut Criterion, name: &str, arrangement: &[Action]) {
    let mut group = c.benchmark_group(name);
    let insert = |text: &str| Action::Insert(text.to_string());
    let filter = |query: &str| {
        let mut setup = arrangement.to_vec();
        setup.extend([Action::FilterRoles, insert(query)]);
        setup
    };

    let mut empty = app(&filter(""));
    group.bench_function("first letter (e)", |b| {
        b.iter_custom(|iters| key_to_frame(&mut empty, &insert("e"), &[Action::DeleteBack], iters))
    });
    let mut nurs = app(&filter("nurs"));
    group.bench_function("one more letter (nurs → nurse)", |b| {
        b.iter_custom(|iters| key_to_frame(&mut nurs, &insert("e"), &[Action::DeleteBack], iters))
    });
    group.bench_function("backspace (nurse → nurs)", |b| {
        b.iter_custom(|iters| key_to_frame(&mut nurs, &Action::DeleteBack, &[insert("s")], iters))
    });
    let paste = "manager of operations and sales ".repeat(8);
    let mut blank = app(&filter(""));
    group.bench_function("paste of 256 characters", |b| {
        b.iter_custom(|iters| {
            key_to_frame(&mut blank, &insert(&paste), &[Action::ClearQuery], iters)
        })
    });
    group.bench_function("first letter (e), the filter alone", |b| {
        b.iter_custom(|iters| {
            timed(
                &mut empty,
                &insert("e"),
                &[Action::DeleteBack],
                iters,
                false,
            )
        })
    });
    group.bench_function("paste of 256 characters, the filter alone", |b| {
        b.iter_custom(|iters| {
            timed(
                &mut blank,
                &insert(&paste),
                &[Action::ClearQuery],
                iters,
                false,
            )
        })
    });
    group.finish();
}

fn role_list(c: &mut Criterion) {
    typing(c, "filter keystroke", &[]);
    typing(
        c,
        "filter keystroke, by median wage, grouped",
        &[Action::SortRoles, Action::SortRoles, Action::GroupRoles],
    );

    let mut group = c.benchmark_group("arrangement");
    let mut app = app(&[]);
    group.bench_function("a frame alone (no key)", |b| {
        b.iter(|| black_box(draw(&mut app, WIDTH, HEIGHT)))
    });
    group.bench_function("s: next sort", |b| {
        b.iter_custom(|iters| key_to_frame(&mut app, &Action::SortRoles, &[], iters))
    });
    group.bench_function("t: group or not", |b| {
        b.iter_custom(|iters| key_to_frame(&mut app, &Action::GroupRoles, &[], iters))
    });
    group.bench_function("the first filter (builds what it looks in)", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let mut fresh = App::new(Catalog::embedded().unwrap());
                draw(&mut fresh, WIDTH, HEIGHT);
                fresh.update(Action::FilterRoles);
                let start = Instant::now();
                fresh.update(Action::Insert("n".into()));
                black_box(draw(&mut fresh, WIDTH, HEIGHT));
                total += start.elapsed();
            }
            total
        })
    });
    group.finish();
}

criterion_group!(benches, role_list);
criterion_main!(benches);
