//! The subcommands that run without the TUI: plain text, JSON or Markdown on stdout.

mod check;
mod compare;
pub mod import;
mod list;
pub mod render;
mod search;
mod show;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::CommandFactory;

use crate::catalog::{Catalog, CatalogError};
use crate::cli::{Cli, Command};

/// How a subcommand prints its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum OutputFormat {
    /// Plain, readable text (coloured only on a terminal without NO_COLOR)
    #[default]
    Text,
    /// Stable JSON for scripts
    Json,
    /// Markdown, for notes and documents
    Markdown,
}

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
        Command::Render(args) => load(cli).and_then(|c| render::run(c, args, &mut out)),
        Command::Import(args) => import::run(args).map_err(|e| Failure::Message(format!("{e:#}"))),
        Command::Completions(args) => {
            let mut command = Cli::command();
            clap_complete::generate(args.shell, &mut command, "career-explorer", &mut out);
            Ok(())
        }
    };
    let flushed = out.flush().map_err(Failure::Io);
    report(result.and(flushed))
}

/// Prints a failure on stderr and turns it into the exit code.
pub fn report(result: Outcome) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(failure) => {
            let mut err = anstream::stderr().lock();
            let style = anstyle::Style::new()
                .bold()
                .fg_color(Some(anstyle::AnsiColor::Red.into()));
            let _ = match failure {
                Failure::Catalog(e) => e
                    .problems
                    .iter()
                    .try_for_each(|p| writeln!(err, "{style}error{style:#}: {p}")),
                Failure::Message(m) => writeln!(err, "{style}error{style:#}: {m}"),
                Failure::Io(e) => writeln!(err, "{style}error{style:#}: {e}"),
            };
            ExitCode::FAILURE
        }
    }
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

/// Styles for plain text output; anstream strips them when stdout is not a terminal or NO_COLOR is set.
mod style {
    use anstyle::{AnsiColor, Style};

    pub const HEADING: Style = Style::new().bold();
    pub const DIM: Style = Style::new().dimmed();
    pub const MORE: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green)));
    pub const MATCH: Style = Style::new()
        .bold()
        .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));
    pub const LESS: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));
}
