//! The `career-explorer` binary: parse the command line, then run a subcommand or the explorer.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use career_explorer::app::App;
use career_explorer::cli::Cli;
use career_explorer::commands::{self, Failure};
use career_explorer::tui;

/// Loading a catalog is allocation-heavy (one String per text); mimalloc makes it markedly faster.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match &cli.command {
        Some(command) => commands::run(&cli, command),
        None => commands::report(explore(&cli)),
    }
}

/// Opens the interactive explorer on the loaded catalogs.
fn explore(cli: &Cli) -> Result<(), Failure> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Failure::Message(
            "the explorer needs a terminal; for scripts use `show`, `compare`, `search` or `render` (see --help)".into(),
        ));
    }
    // A cached `--data` catalog brings its search index: the first search is instant too.
    let loaded = career_explorer::cache::Cache::from_env().load(&cli.data, true)?;
    let mut app = App::new(loaded.catalog);
    app.search_index = loaded.index;
    tui::run(app).map_err(Failure::Io)
}
