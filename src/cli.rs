//! The command line, as clap derive types. Running them lives in `commands`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::commands::OutputFormat;

const ABOUT: &str = "Explore careers in the terminal: what a role does, its pay, responsibilities, \
skills, and how it compares with related roles.";

const AFTER_HELP: &str =
    "With no command, opens the interactive explorer (press ? inside for keys).

Examples:
  career-explorer                                  open the explorer
  career-explorer show \"area manager\"              everything on one role
  career-explorer compare senior-operations-manager group-manager --format json
  career-explorer --data my-roles.ron check        validate your own catalog";

/// The version line with the attribution the bundled data's licences ask for.
pub const LONG_VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    "\n\nBuilt-in data:\n",
    "  roles.ron: a career page on the senior operations manager and four related roles (updated 2025-01-08).\n",
    "  us-occupations.ron: 1,016 US occupations from O*NET with BLS OEWS May 2025 wages.\n\n",
    crate::attribution!()
);

#[derive(Debug, Parser)]
#[command(
    name = "career-explorer",
    version,
    long_version = LONG_VERSION,
    about = ABOUT,
    after_help = AFTER_HELP,
)]
pub struct Cli {
    /// Use this RON catalog instead of the built-in ones (repeat for several files)
    #[arg(
        long = "data",
        short = 'd',
        value_name = "FILE",
        global = true,
        env = "CAREER_EXPLORER_DATA"
    )]
    pub data: Vec<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a catalog: prints counts, or every problem with FILE:LINE:COLUMN
    Check(CheckArgs),
    /// List every role: id and title
    List(FormatArgs),
    /// Everything the catalog holds on a role
    Show(ShowArgs),
    /// The comparison table of two roles
    Compare(CompareArgs),
    /// Fuzzy-search every role's titles, responsibilities, skills and comparisons
    Search(SearchArgs),
    /// Draw one frame of the explorer as plain text (no escape codes)
    Render(RenderArgs),
    /// Build a catalog from public data (O*NET text files, BLS OEWS wage tables)
    Import(crate::commands::import::ImportArgs),
    /// Print shell completions
    Completions(CompletionsArgs),
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The pane to draw
    #[arg(long, value_enum, default_value_t = crate::app::Pane::Overview)]
    pub pane: crate::app::Pane,
    /// The role to show (id or title; default: the first role)
    #[arg(long)]
    pub role: Option<String>,
    /// The screen size, WIDTHxHEIGHT
    #[arg(long, default_value = "100x30")]
    pub size: String,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Catalog files to check (default: --data, else the built-in catalogs)
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct FormatArgs {
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t)]
    pub format: OutputFormat,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Role id (senior-operations-manager) or title in any case ("area manager")
    pub role: String,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The role to compare (id or title)
    pub role: String,
    /// The role to compare it with (id or title)
    pub other: String,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to print completions for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words that must all match, in any order; upper case makes a word case-sensitive
    pub query: String,
    /// Only this role's items (id or title)
    #[arg(long)]
    pub role: Option<String>,
    /// Only items of this kind
    #[arg(long, value_parser = kind_parser())]
    pub kind: Option<crate::search::Kind>,
    /// How many hits to print, best first (0: all)
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Output format (markdown prints text)
    #[arg(long, short = 'f', value_enum, default_value_t)]
    pub format: OutputFormat,
}

/// `--kind`: one of the search kinds' names; help and errors list them.
fn kind_parser() -> impl clap::builder::TypedValueParser<Value = crate::search::Kind> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(crate::search::Kind::NAMES)
        .try_map(|name| name.parse::<crate::search::Kind>())
}
