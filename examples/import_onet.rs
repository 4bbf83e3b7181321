//! Runs `career-explorer import` until the lead wires it into the main CLI:
//! `cargo run --release --example import_onet -- onet DIR --wages FILE -o OUT.ron`.

use clap::Parser;

use career_explorer::commands::import::{ImportArgs, run};

#[derive(Parser)]
#[command(
    name = "import_onet",
    about = "Build a career-explorer catalog from public occupational data"
)]
struct Cli {
    #[command(flatten)]
    args: ImportArgs,
}

fn main() -> anyhow::Result<()> {
    run(&Cli::parse().args)
}
