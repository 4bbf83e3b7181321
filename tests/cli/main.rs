//! The command line end to end: every figure of the seed catalog through `show` and
//! `compare` JSON, every kind of bad input with its message, position and exit code, the
//! outputs' shapes, hostile text on every path to the terminal, and shell completions.

mod compare;
mod completions;
mod errors;
mod figures;
mod hostile;
mod moves;
mod output;
mod state;

use std::io::Write;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

pub const SEED: &str = "assets/roles.ron";

/// The program, as a user's shell would run it, except that it keeps no cache: a test never
/// writes to the real home folder (`~/.cache/career-explorer`).
pub fn cli() -> Command {
    let mut cmd = program();
    cmd.env("NO_COLOR", "1");
    cmd
}

/// The program without the environment of the test run: no data variable, no cache.
pub fn program() -> Command {
    let mut cmd = Command::cargo_bin("career-explorer").unwrap();
    cmd.env_remove("CAREER_EXPLORER_DATA")
        .env("CAREER_EXPLORER_CACHE", "");
    cmd
}

/// The JSON a command prints on the seed catalog alone.
pub fn json(args: &[&str]) -> Value {
    embedded_json(&[&["--data", SEED], args].concat())
}

pub fn temp_catalog(text: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::Builder::new().suffix(".ron").tempfile().unwrap();
    file.write_all(text.as_bytes()).unwrap();
    file
}

pub const MINIMAL: &str = r#"CatalogFile(
    title: "Test",
    roles: [
        Role(id: "a", title: "A"),
        Role(id: "b", title: "B"),
    ],
)"#;

/// The JSON a command prints on the built-in catalogs.
pub fn embedded_json(args: &[&str]) -> Value {
    let out = cli().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

pub fn row<'a>(comparison: &'a Value, label: &str) -> &'a Value {
    comparison["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["label"] == label)
        .unwrap_or_else(|| panic!("no row {label:?}"))
}
