//! What Compare with four columns costs, from the key to a drawn frame (terminal output aside):
//! `]` walks to the next comparison, which is a new fourth column, so the comparison of four
//! roles is worked out (table, wage bands, every skill and knowledge element by spread) and laid
//! out again; at 80×24 and 200×60. And the comparison alone, as `compare A B C D` builds it.
//! A frame is 16 ms. Run with `cargo bench --bench compare`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};

use career_explorer::catalog::Catalog;
use career_explorer::explorer::offscreen::draw;
use career_explorer::explorer::{Action, App, PaneId};
use career_explorer::report::SeveralReport;

/// The binary's allocator, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Registered Nurses in Compare with two related occupations kept: a third walked to makes four.
fn nurses_with_two_kept(size: (u16, u16)) -> App {
    let catalog = Catalog::embedded().unwrap();
    let nurses = catalog.index_of("registered-nurses").unwrap();
    let mut app = App::new(catalog).open(nurses, PaneId::Compare);
    for action in [
        Action::NextComparison,
        Action::PinComparison,
        Action::NextComparison,
        Action::PinComparison,
        Action::NextComparison,
    ] {
        app.update(action);
    }
    draw(&mut app, size.0, size.1);
    app
}

fn compare(c: &mut Criterion) {
    let mut group = c.benchmark_group("compare four");
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(2));
    for (width, height) in [(80, 24), (200, 60)] {
        let mut app = nurses_with_two_kept((width, height));
        group.bench_function(format!("]: a new fourth column, {width}x{height}"), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let start = Instant::now();
                    app.update(Action::NextComparison);
                    black_box(draw(&mut app, width, height));
                    total += start.elapsed();
                }
                total
            })
        });
    }
    let catalog = Catalog::embedded().unwrap();
    let roles: Vec<usize> = [
        "registered-nurses",
        "nurse-practitioners",
        "licensed-practical-and-licensed-vocational-nurses",
        "nurse-anesthetists",
    ]
    .iter()
    .map(|id| catalog.index_of(id).unwrap())
    .collect();
    group.bench_function("the report of four roles alone", |b| {
        b.iter(|| black_box(SeveralReport::new(&catalog, &roles, Some("CA"))))
    });
    group.finish();
}

criterion_group!(benches, compare);
criterion_main!(benches);
