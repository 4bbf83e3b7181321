//! The `career-explorer` binary: parse the command line, then run a subcommand or the explorer.

use std::io::IsTerminal;
use std::process::ExitCode;

use career_explorer::cli::{self, Cli};
use career_explorer::commands::{self, Failure};
use career_explorer::explorer;

/// Loading a catalog is allocation-heavy (one String per text); mimalloc makes it markedly faster.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::parse();
    match &cli.command {
        Some(command) => commands::run(&cli, command),
        None => commands::report(explore(&cli)),
    }
}

/// Opens the interactive explorer on the loaded catalogs.
fn explore(cli: &Cli) -> Result<(), Failure> {
    const SHELL: &str = "for scripts and plain terminals use `list`, `show`, `compare`, `search` or `render` (see --help)";
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Failure::Message(format!(
            "the explorer needs a terminal; {SHELL}"
        )));
    }
    // A dumb terminal cannot move the cursor: full-screen drawing would be garbage.
    if std::env::var_os("TERM").is_some_and(|t| t == "dumb") {
        return Err(Failure::Message(format!(
            "the explorer needs a terminal that can move the cursor, and TERM is \"dumb\"; {SHELL}"
        )));
    }
    // A cached `--data` catalog brings its search index: the first search is instant too.
    let loaded = career_explorer::cache::Cache::from_env().load(&cli.data, true)?;
    explorer::launch(loaded.catalog, loaded.index).map_err(Failure::Io)
}
