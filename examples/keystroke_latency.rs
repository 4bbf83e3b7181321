//! Measures what a user feels: load+validate time of a large catalog, index build time, and the
//! latency of every keystroke while typing realistic queries (search, rank the 40 rows on
//! screen, highlight them), as p50/p95/max.
//!
//! `cargo run --release --example keystroke_latency` (generates 1000 roles × 100 responsibilities
//! in memory), or `-- --data big.ron`, `--rounds N`.
//!
//! `-- --palette 80x24` measures the explorer itself over the built-in catalogs instead: from a
//! key typed into the search palette (Ctrl-P) or the role picker (`c`) to the frame drawn at
//! that size (terminal output aside): search, rank, cut rows around their match, draw.

use career_explorer::catalog;
#[path = "../benches/support/generate.rs"]
mod generate;
use generate::{Size, generate, to_ron};
use std::time::{Duration, Instant};

use career_explorer::cache::Cache;
use career_explorer::catalog::{Catalog, parse_str};
use career_explorer::search::{Kind, Scope, SearchIndex, Searcher};

/// Typed one character at a time, as a user would.
const QUERIES: &[&str] = &[
    "manage vendor",
    "kaizen",
    "qrt rpt",
    "project manage",
    "manage project",
    "onboarding",
    "ISO 9001",
    "Montréal",
    "supply chain analyst",
    "cut lead times",
    "sap",
    "kpi dashboards",
    "zzq",
];

/// Rows the TUI shows at once.
const VISIBLE: usize = 40;

struct Options {
    data: Option<String>,
    rounds: usize,
    /// Measure the explorer's palette at this size (columns, rows) instead.
    palette: Option<(u16, u16)>,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        data: None,
        rounds: 3,
        palette: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let number = || {
            value
                .parse::<usize>()
                .map_err(|_| format!("{flag}: not a number: {value}"))
        };
        match flag.as_str() {
            "--data" => options.data = Some(value.clone()),
            "--rounds" => options.rounds = number()?.max(1),
            "--palette" => {
                let size = value
                    .split_once('x')
                    .and_then(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?)))
                    .ok_or_else(|| format!("{flag}: not a size like 80x24: {value}"))?;
                options.palette = Some(size);
            }
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    Ok(options)
}

fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The `p`-th percentile (0–100) by nearest rank.
fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn summary(label: &str, samples: &mut [Duration]) {
    samples.sort();
    println!(
        "  {label:<34} n={:<4} p50 {:>6.2} ms   p95 {:>6.2} ms   max {:>6.2} ms",
        samples.len(),
        millis(percentile(samples, 50.0)),
        millis(percentile(samples, 95.0)),
        millis(samples.last().copied().unwrap_or_default()),
    );
}

/// One keystroke as the TUI does it: search, then rank and highlight what is on screen.
fn keystroke(
    searcher: &mut Searcher,
    index: &SearchIndex,
    query: &str,
    scope: Scope,
) -> (Duration, usize) {
    let start = Instant::now();
    let matched = searcher.search(index, query, scope);
    let rows: Vec<u32> = searcher
        .top(index, VISIBLE)
        .iter()
        .map(|h| h.item)
        .collect();
    let mut highlighted = 0;
    for id in rows {
        highlighted += searcher.highlight(index, id).len();
    }
    std::hint::black_box(highlighted);
    (start.elapsed(), matched)
}

/// Typed into the palette, one character at a time: names people call jobs, other names, words
/// of tasks and skills, and a word that matches nothing.
const PALETTE_QUERIES: &[&str] = &[
    "registered nurse",
    "er nurse",
    "rn",
    "electrician",
    "wiring",
    "software developer",
    "python",
    "anesthetics",
    "manage vendor",
    "kaizen",
    "cpa",
    "zzq",
];

/// Key to frame in the explorer's search palette and role picker over the built-in catalogs.
fn palette_latency((width, height): (u16, u16), rounds: usize) -> Result<(), String> {
    use career_explorer::explorer::offscreen::draw;
    use career_explorer::explorer::{Action, App};

    let catalog = Catalog::embedded().map_err(|e| e.to_string())?;
    println!(
        "explorer on the built-in catalogs ({} roles), key to a drawn {width}×{height} frame:",
        catalog.roles.len()
    );
    let mut app = App::new(catalog);
    // The search index is built by the first search, as in the explorer: not a keystroke's cost.
    let start = Instant::now();
    app.update(Action::OpenSearch);
    draw(&mut app, width, height);
    println!(
        "  opening the palette the first time (builds the index): {:.1} ms",
        millis(start.elapsed())
    );
    app.update(Action::Back);
    for (name, open) in [
        ("search palette (Ctrl-P)", Action::OpenSearch),
        ("role picker (c)", Action::PickRoleToCompare),
    ] {
        let mut first = Vec::new();
        let mut longer = Vec::new();
        let mut backspace = Vec::new();
        // Every keystroke's two parts: the key's work (search, rank) and drawing the frame.
        let mut work = Vec::new();
        let mut drawing = Vec::new();
        let mut timed = |app: &mut App, action: Action| {
            let start = Instant::now();
            app.update(action);
            let updated = start.elapsed();
            std::hint::black_box(draw(app, width, height));
            let took = start.elapsed();
            work.push(updated);
            drawing.push(took - updated);
            took
        };
        for _ in 0..rounds {
            for query in PALETTE_QUERIES {
                app.update(open.clone());
                draw(&mut app, width, height);
                for (n, c) in query.chars().enumerate() {
                    let took = timed(&mut app, Action::Insert(c.to_string()));
                    if n == 0 {
                        first.push(took)
                    } else {
                        longer.push(took)
                    }
                }
                for _ in query.chars() {
                    backspace.push(timed(&mut app, Action::DeleteBack));
                }
                app.update(Action::Back);
            }
        }
        let mut all: Vec<Duration> = first
            .iter()
            .chain(&longer)
            .chain(&backspace)
            .copied()
            .collect();
        let paste = "manager of operations and sales ".repeat(8);
        let mut pasted = Vec::new();
        for _ in 0..rounds * 4 {
            app.update(open.clone());
            draw(&mut app, width, height);
            pasted.push(timed(&mut app, Action::Insert(paste.clone())));
            app.update(Action::Back);
        }
        // The parts of the typed keystrokes, the pastes left out.
        work.truncate(all.len());
        drawing.truncate(all.len());
        println!("{name}:");
        summary("first keystroke (1 char)", &mut first);
        summary("later keystrokes (2+ chars)", &mut longer);
        summary("backspacing to empty", &mut backspace);
        summary("a 256-character paste", &mut pasted);
        summary("every keystroke", &mut all);
        summary("  of which the key's work", &mut work);
        summary("  of which drawing the frame", &mut drawing);
    }
    Ok(())
}

fn main() -> Result<(), String> {
    let options = parse_args()?;
    if let Some(size) = options.palette {
        return palette_latency(size, options.rounds);
    }
    let (label, text) = match &options.data {
        Some(path) => (
            path.clone(),
            std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?,
        ),
        None => {
            let size = Size::default();
            let text = to_ron(&generate(size)).map_err(|e| e.to_string())?;
            (
                format!("generated {}×{}", size.roles, size.responsibilities),
                text,
            )
        }
    };

    let start = Instant::now();
    let loaded = parse_str(&label, &text).map_err(|e| e.to_string())?;
    let parsed = start.elapsed();
    let catalog = Catalog::from_loaded(vec![loaded]).map_err(|e| e.to_string())?;
    let loaded = start.elapsed();
    let start = Instant::now();
    let index = SearchIndex::build(&catalog);
    let built = start.elapsed();
    let counts = catalog.counts();
    println!(
        "catalog {label}: {} bytes, {} roles, {} responsibilities, {} comparisons; {} searchable items",
        text.len(),
        counts.roles,
        counts.responsibilities,
        counts.comparisons,
        index.len()
    );
    println!(
        "load+validate {:.1} ms (of which parse+sanitise+validate {:.1} ms), index build {:.1} ms",
        millis(loaded),
        millis(parsed),
        millis(built)
    );
    if let Some(path) = &options.data {
        // As the binary loads a --data file: from the cache once it has an entry.
        let cache = Cache::from_env();
        let paths = [std::path::PathBuf::from(path)];
        for run in ["first", "second"] {
            let start = Instant::now();
            let loaded = cache.load(&paths, true).map_err(|e| e.to_string())?;
            let took = start.elapsed();
            let start = Instant::now();
            let index = cache.index(&paths).map_err(|e| e.to_string())?;
            println!(
                "  cache, {run} run: catalog and index {:.1} ms; index alone {:.1} ms",
                millis(took),
                millis(start.elapsed())
            );
            std::mem::forget((loaded, index));
        }
    }

    let new_searcher = Searcher::new;
    for (name, scope) in [
        ("whole catalog (Ctrl-P)", Scope::default()),
        (
            "responsibilities only",
            Scope {
                kind: Some(Kind::Responsibility),
                ..Scope::default()
            },
        ),
    ] {
        let mut first = Vec::new();
        let mut longer = Vec::new();
        let mut backspace = Vec::new();
        // Per typed prefix, its time in every round: a slow median is the engine, a single
        // slow sample is more likely the machine.
        let mut by_prefix: Vec<(&str, Vec<Duration>)> = Vec::new();
        for _ in 0..options.rounds {
            for query in QUERIES {
                // A fresh searcher per query: its first keystroke scans everything.
                let mut searcher = new_searcher();
                let chars: Vec<(usize, char)> = query.char_indices().collect();
                for (n, &(at, c)) in chars.iter().enumerate() {
                    let typed = &query[..at + c.len_utf8()];
                    let (took, _) = keystroke(&mut searcher, &index, typed, scope);
                    if n == 0 {
                        first.push(took)
                    } else {
                        longer.push(took)
                    }
                    match by_prefix.iter_mut().find(|(p, _)| *p == typed) {
                        Some((_, times)) => times.push(took),
                        None => by_prefix.push((typed, vec![took])),
                    }
                }
                for &(at, _) in chars.iter().rev() {
                    backspace.push(keystroke(&mut searcher, &index, &query[..at], scope).0);
                }
            }
        }
        println!("{name}:");
        summary("first keystroke (1 char)", &mut first);
        summary("later keystrokes (2+ chars)", &mut longer);
        summary("backspacing to empty", &mut backspace);
        let mut all: Vec<Duration> = first
            .iter()
            .chain(&longer)
            .chain(&backspace)
            .copied()
            .collect();
        summary("every keystroke", &mut all);
        for (_, times) in &mut by_prefix {
            times.sort();
        }
        by_prefix.sort_by_key(|(_, times)| std::cmp::Reverse(percentile(times, 50.0)));
        let slowest: Vec<String> = by_prefix
            .iter()
            .take(5)
            .map(|(typed, times)| {
                let (median, max) = (percentile(times, 50.0), times[times.len() - 1]);
                format!("{typed:?} {:.1}/{:.1}", millis(median), millis(max))
            })
            .collect();
        println!("  slowest prefixes, median/max ms: {}", slowest.join(", "));
    }

    for query in ["manage vendor", "onboarding", "cut lead times", "sap"] {
        let mut searcher = new_searcher();
        let chars: Vec<(usize, char)> = query.char_indices().collect();
        for &(at, c) in &chars {
            let typed = &query[..at + c.len_utf8()];
            let (took, matched) = keystroke(&mut searcher, &index, typed, Scope::default());
            let e = searcher.effort();
            let top = searcher.top(&index, 40);
            println!(
                "  {typed:<16} {matched:>7} of {:>7}  refined {:>6} replica {:>6} skim {:>4}  {:.2} ms  best {} 40th {}",
                e.candidates,
                e.refined,
                e.replica_calls,
                e.skim_calls,
                millis(took),
                top[0].score,
                top.last().map_or(0, |h| h.score)
            );
        }
    }
    println!("final match counts (whole catalog):");
    for query in QUERIES {
        let mut searcher = new_searcher();
        let (took, matched) = keystroke(&mut searcher, &index, query, Scope::default());
        println!(
            "  {query:<22} {matched:>7} of {:<7} ({:.2} ms pasted at once)",
            index.len(),
            millis(took)
        );
    }
    Ok(())
}
