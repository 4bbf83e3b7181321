//! The `career-explorer` binary: parse the command line, then run a subcommand or the explorer.

use std::process::ExitCode;

use clap::Parser;

use career_explorer::cli::Cli;
use career_explorer::commands;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match &cli.command {
        Some(command) => commands::run(&cli, command),
        None => {
            // The interactive explorer is not built yet: show the help instead.
            use clap::CommandFactory;
            let _ = Cli::command().print_help();
            ExitCode::SUCCESS
        }
    }
}
