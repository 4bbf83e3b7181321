//! The subcommands that run without the explorer: plain text, JSON or Markdown on stdout.

mod check;
mod compare;
mod config;
pub mod import;
mod list;
mod moves;
pub mod output;
pub mod render;
mod search;
mod show;

use std::io::{self, Write};
use std::process::ExitCode;

use crate::catalog::{Catalog, CatalogError};
use crate::cli::{Cli, Command, CompletionsArgs, print_error, print_errors};

pub use crate::cli::OutputFormat;
use output::style;

/// A failure a subcommand reports: catalog problems are listed one per line.
#[derive(Debug)]
pub enum Failure {
    Catalog(CatalogError),
    Message(String),
    Io(io::Error),
}

impl From<CatalogError> for Failure {
    fn from(e: CatalogError) -> Self {
        Failure::Catalog(e)
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Io(e)
    }
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Message(message)
    }
}

pub type Outcome = Result<(), Failure>;

/// Runs a parsed command line without a TUI command (the caller opens the explorer for those).
pub fn run(cli: &Cli, command: &Command) -> ExitCode {
    let mut out = anstream::stdout().lock();
    let result = match command {
        Command::Check(args) => check::run(&cli.data, args, &mut out),
        Command::List(args) => with_catalog(cli, |c| list::run(c, args.format, &mut out)),
        Command::Show(args) => with_catalog(cli, |c| show::run(c, args, &mut out)),
        Command::Compare(args) => with_catalog(cli, |c| compare::run(c, args, &mut out)),
        Command::Search(args) => search::run(&cli.data, args, &mut out),
        Command::Moves(args) => with_catalog(cli, |c| moves::run_moves(c, args, &mut out)),
        Command::Match(args) => with_catalog(cli, |c| moves::run_match(c, args, &mut out)),
        Command::Render(args) => load(cli).and_then(|c| render::run(c, args, &mut out)),
        Command::Config(args) => config::run(args, &mut out),
        Command::Import(args) => import::run(args).map_err(|e| Failure::Message(format!("{e:#}"))),
        Command::Completions(args) => completions(args, &mut out),
    };
    let flushed = out.flush().map_err(Failure::Io);
    report(result.and(flushed))
}

/// Prints a failure on stderr and turns it into the exit code. Every message is sanitised:
/// it may quote a file name, an argument or a catalog.
pub fn report(result: Outcome) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(failure) => {
            match failure {
                Failure::Catalog(e) => {
                    let lines: Vec<String> = e.problems.iter().map(|p| p.to_string()).collect();
                    print_errors(lines.iter().map(String::as_str));
                }
                Failure::Message(m) => print_error(&m),
                Failure::Io(e) => print_error(&e.to_string()),
            }
            ExitCode::FAILURE
        }
    }
}

/// The shell code that asks `career-explorer` itself for completions (`COMPLETE=SHELL`): options
/// of every subcommand, and role ids from the catalogs a run would load.
fn completions(args: &CompletionsArgs, out: &mut impl Write) -> Outcome {
    use clap_complete::Shell;
    use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};
    let shell: &dyn EnvCompleter = match args.shell {
        Shell::Bash => &Bash,
        Shell::Elvish => &Elvish,
        Shell::Fish => &Fish,
        Shell::PowerShell => &Powershell,
        Shell::Zsh => &Zsh,
        other => return Err(format!("no completions for {other}").into()),
    };
    let name = "career-explorer";
    shell.write_registration("COMPLETE", name, name, name, out)?;
    Ok(())
}

/// Runs `command` on the loaded catalog. The process ends right after, so the catalog is not
/// freed piece by piece: on a 100,000-item catalog that alone costs a noticeable part of a run.
fn with_catalog(cli: &Cli, command: impl FnOnce(&Catalog) -> Outcome) -> Outcome {
    let catalog = load(cli)?;
    let result = command(&catalog);
    std::mem::forget(catalog);
    result
}

/// Loads `--data` files (compiled once and kept in the cache, see `crate::cache`), else the
/// built-in catalogs.
pub fn load(cli: &Cli) -> Result<Catalog, Failure> {
    Ok(crate::cache::Cache::from_env().catalog(&cli.data)?)
}

/// Resolves a role argument (id, title or other name) to its index, or fails naming the
/// closest roles.
fn resolve(catalog: &Catalog, query: &str) -> Result<usize, Failure> {
    catalog.resolve(query).map_err(|unknown| {
        let near: Vec<String> = unknown
            .closest
            .iter()
            .map(|s| {
                let id = &catalog.roles[s.role].id;
                if &s.name == id {
                    id.clone()
                } else {
                    format!("{id} (\"{}\")", s.name)
                }
            })
            .collect();
        let query = &unknown.query;
        Failure::Message(if near.is_empty() {
            format!("unknown role \"{query}\" (try `career-explorer search \"{query}\"`)")
        } else {
            format!("unknown role \"{query}\"; closest: {}", near.join(", "))
        })
    })
}
