//! The `career-explorer` binary: parse the command line, then run a subcommand or the explorer.

use std::io::IsTerminal;
use std::process::ExitCode;

use career_explorer::app::App;
use career_explorer::cli::{self, Cli};
use career_explorer::commands::{self, Failure};
use career_explorer::tui;

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
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Failure::Message(
            "the explorer needs a terminal; for scripts use `show`, `compare`, `search` or `render` (see --help)".into(),
        ));
    }
    let catalog = commands::load(cli)?;
    tui::run(App::new(catalog)).map_err(Failure::Io)
}
