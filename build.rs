//! Compiles the built-in catalogs at build time: parses, cleans and validates `assets/*.ron` with
//! the crate's own loading code (the modules below are the crate's files, not copies), and writes
//! them in the compiled binary form (`src/catalog/compiled.rs`) that `Catalog::embedded` loads
//! without parsing. A problem in a built-in catalog fails the build, naming file, line and column.
//!
//! Cargo reruns this whenever an asset or one of the included sources changes, so the compiled
//! form can never be stale; the round-trip test in `compiled.rs` proves it loads exactly what
//! the RON holds.

use std::path::Path;

// The crate's catalog modules, at the root here as they are siblings in `src/catalog/`; their
// own submodules (`model/`, `validate/`) come with them.
#[allow(dead_code)]
#[path = "src/catalog/compiled.rs"]
mod compiled;
#[allow(dead_code)]
#[path = "src/report/digits.rs"]
mod digits;
#[allow(dead_code)]
#[path = "src/catalog/load.rs"]
mod load;
#[allow(dead_code)]
#[path = "src/catalog/locate.rs"]
mod locate;
#[allow(dead_code)]
#[path = "src/catalog/model/mod.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/catalog/problem.rs"]
mod problem;
#[allow(dead_code)]
#[path = "src/catalog/sanitize.rs"]
mod sanitize;
#[allow(dead_code)]
#[path = "src/catalog/texts.rs"]
mod texts;
#[allow(dead_code, unused_imports)]
#[path = "src/catalog/validate/mod.rs"]
mod validate;

/// The crate's paths to those modules (`crate::catalog::model`, `crate::report::count`).
mod catalog {
    pub(crate) use super::{model, texts};
}
mod report {
    pub(crate) use super::digits::count;
}

use compiled::CompiledFile;

/// The built-in catalogs, in the order the explorer lists them (the seed catalog first).
const ASSETS: &[&str] = &["roles.ron", "us-occupations.ron"];

/// Every source file included above: a change to any of them changes what is compiled.
const INCLUDED: &[&str] = &[
    "src/catalog/compiled.rs",
    "src/catalog/load.rs",
    "src/catalog/locate.rs",
    "src/catalog/model/mod.rs",
    "src/catalog/model/bls.rs",
    "src/catalog/model/compact.rs",
    "src/catalog/model/occupation.rs",
    "src/catalog/problem.rs",
    "src/catalog/sanitize.rs",
    "src/catalog/texts.rs",
    "src/catalog/validate/mod.rs",
    "src/catalog/validate/occupation.rs",
    "src/catalog/validate/role.rs",
    "src/report/digits.rs",
];

/// Sources that decide the layout of the compiled and cached forms (the model, the envelope, the
/// search index kept beside a cached catalog). Their contents, with the crate version, make the
/// format fingerprint that keys the cache of `--data` files: a cache written by a build with
/// another layout is never read.
const LAYOUT: &[&str] = &[
    "src/catalog/model/mod.rs",
    "src/catalog/model/bls.rs",
    "src/catalog/model/compact.rs",
    "src/catalog/model/occupation.rs",
    "src/catalog/compiled.rs",
    "src/cache.rs",
    "src/search/index.rs",
    "src/search/bytes.rs",
    "src/search/mod.rs",
];

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&root);
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=build.rs");
    for source in INCLUDED.iter().chain(LAYOUT) {
        println!("cargo:rerun-if-changed={source}");
    }

    let mut files = Vec::new();
    let mut failed = false;
    for name in ASSETS {
        let path = format!("assets/{name}");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(root.join(&path))
            .unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        match load::parse_str(&format!("embedded:{name}"), &text) {
            // Built-in text is ours: anything that had to be cleaned is a bug in the asset.
            Ok(loaded) if loaded.warnings.is_empty() => files.push(CompiledFile::new(&loaded)),
            Ok(loaded) => {
                for warning in &loaded.warnings {
                    eprintln!("error: {path}: {warning}");
                }
                failed = true;
            }
            Err(e) => {
                for problem in &e.problems {
                    eprintln!("error: {path}: {problem}");
                }
                failed = true;
            }
        }
    }
    if failed {
        eprintln!("error: the built-in catalogs have problems (above); fix the assets");
        std::process::exit(1);
    }
    let bytes = compiled::encode(&files).expect("a validated catalog encodes");
    write_if_changed(&Path::new(&out).join("catalogs.bin"), &bytes);

    let mut layout = env!("CARGO_PKG_VERSION").as_bytes().to_vec();
    for source in LAYOUT {
        let text = std::fs::read(root.join(source)).unwrap_or_default();
        layout.extend_from_slice(source.as_bytes());
        layout.extend_from_slice(&text);
    }
    let fingerprint = xxhash_rust::xxh3::xxh3_128(&layout);
    println!("cargo:rustc-env=CAREER_EXPLORER_FORMAT={fingerprint:032x}");
}

/// Writes `bytes` unless the file holds them already (so nothing downstream rebuilds for nothing).
fn write_if_changed(path: &Path, bytes: &[u8]) {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return;
    }
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
