//! Writes a large, deterministic, valid catalog to stdout, for benchmarks and stress tests:
//! `cargo run --release --example gen_catalog -- --roles 1000 --responsibilities 100 > big.ron`

use career_explorer::catalog;
#[path = "../benches/support/generate.rs"]
mod generate;
use generate::{Size, generate, to_ron};
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str =
    "usage: gen_catalog [--roles N] [--responsibilities N] [--seed N] > catalog.ron";

fn parse_args() -> Result<Size, String> {
    let mut size = Size::default();
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        if flag == "-h" || flag == "--help" {
            return Err(USAGE.into());
        }
        let value = args
            .next()
            .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        let number = |what: &str| -> Result<u64, String> {
            value
                .parse()
                .map_err(|_| format!("{what}: \"{value}\" is not a whole number\n{USAGE}"))
        };
        match flag.as_str() {
            "--roles" => size.roles = number("--roles")? as usize,
            "--responsibilities" => size.responsibilities = number("--responsibilities")? as usize,
            "--seed" => size.seed = number("--seed")?,
            _ => return Err(format!("unknown option {flag}\n{USAGE}")),
        }
    }
    Ok(size)
}

fn main() -> ExitCode {
    let size = match parse_args() {
        Ok(size) => size,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let text = match to_ron(&generate(size)) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("gen_catalog: {e}");
            return ExitCode::FAILURE;
        }
    };
    // A closed pipe (`| head`) is not an error worth a panic.
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_catalog: {e}");
            ExitCode::FAILURE
        }
    }
}
