//! The command line, as clap derive types, and how it is read: shell completions, the data
//! variable, errors that quote what was typed. Running the commands lives in `commands`, which
//! depends on this module, never the other way round.

use std::ffi::OsStr;
use std::io::Write;
use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueHint};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};

use crate::catalog::{Catalog, sanitize};

const ABOUT: &str = "Explore careers in the terminal: what a role does, its pay, responsibilities, \
skills, and how it compares with related roles.";

const AFTER_HELP: &str =
    "With no command, opens the interactive explorer (press ? inside for keys).

Examples:
  career-explorer                                  open the explorer
  career-explorer show \"area manager\"              everything on one role
  career-explorer compare senior-operations-manager group-manager --format json
  career-explorer --data my-roles.ron check        validate your own catalog";

/// The variable `--data` is read from when it is not given; empty means not set.
pub const DATA_ENV: &str = "CAREER_EXPLORER_DATA";

/// The version line with the attribution the bundled data's licences ask for.
pub const LONG_VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    "\n\nBuilt-in data:\n",
    "  roles.ron: a career page on the senior operations manager and four related roles (updated 2025-01-08).\n",
    "  us-occupations.ron: 1,016 US occupations: tasks, skills, knowledge, work styles, technology,\n",
    "    education, job zones, interests and related occupations from O*NET; wages (national, by\n",
    "    industry, by state) and job outlook from BLS.\n",
    "  Sources: O*NET 30.1; skills and knowledge O*NET 29.3; BLS OEWS May 2025;\n",
    "    BLS Employment Projections 2024–34.\n\n",
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
        value_hint = ValueHint::FilePath,
        global = true,
        env = DATA_ENV
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
    /// The comparison of two to four roles side by side
    Compare(CompareArgs),
    /// Fuzzy-search every role's titles, responsibilities, skills and comparisons
    Search(SearchArgs),
    /// The occupations a role could move to, by similarity of O*NET skills and knowledge
    Moves(MovesArgs),
    /// Occupations ranked by how well your 0–5 skill ratings fit them
    Match(MatchArgs),
    /// Draw one frame of the explorer as plain text (no escape codes)
    Render(RenderArgs),
    /// The explorer's config file: where it is, whether it is valid, a complete example
    Config(ConfigArgs),
    /// Build a catalog from public data (O*NET text files, BLS OEWS wage tables)
    Import(ImportArgs),
    /// Print the shell code that completes commands, options and role ids
    Completions(CompletionsArgs),
}

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

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The pane to draw
    #[arg(long, default_value = "overview", value_parser = pane_parser())]
    pub pane: crate::explorer::PaneId,
    /// The role to show (id or title; default: the first role)
    #[arg(long, add = role_completer())]
    pub role: Option<String>,
    /// The screen size, WIDTHxHEIGHT
    #[arg(long, default_value = "100x30")]
    pub size: String,
}

/// Pane ids as clap's possible values: completions and the error list them.
fn pane_parser() -> impl clap::builder::TypedValueParser<Value = crate::explorer::PaneId> {
    use crate::explorer::PaneId;
    use clap::builder::TypedValueParser;
    let ids: Vec<&'static str> = PaneId::ALL.iter().map(|p| p.id()).collect();
    clap::builder::PossibleValuesParser::new(ids).map(|id| id.parse::<PaneId>().unwrap_or_default())
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Print a complete config file with every default, commented
    #[arg(long)]
    pub print_default: bool,
    /// Print where the config file and the saved state are kept
    #[arg(long, conflicts_with = "print_default")]
    pub path: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Catalog files to check (default: --data, else the built-in catalogs)
    #[arg(value_name = "FILE", value_hint = ValueHint::FilePath)]
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
    #[arg(add = role_completer())]
    pub role: String,
    /// A US state or territory whose wages to show beside the national ones: its two-letter
    /// code or its name, in any case (CA, "new york")
    #[arg(long, value_name = "STATE")]
    pub state: Option<String>,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The roles to compare, two to four (ids or titles), the first in the first column
    #[arg(value_name = "ROLE", num_args = 2..=4, required = true, add = role_completer())]
    pub roles: Vec<String>,
    /// Also compare wages in this US state or territory (two-letter code or name, e.g. CA)
    #[arg(long, value_name = "STATE")]
    pub state: Option<String>,
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
    #[arg(long, add = role_completer())]
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

#[derive(Debug, Args)]
pub struct MovesArgs {
    /// Role id or title; a career page's role moves from its nearest US occupation
    #[arg(add = role_completer())]
    pub role: String,
    /// Wages in this US state or territory (two-letter code or name) instead of the nation's
    #[arg(long, value_name = "STATE")]
    pub state: Option<String>,
    /// Only occupations with a higher median wage
    #[arg(long)]
    pub higher_pay: bool,
    /// Only occupations projected to grow (+5% or more)
    #[arg(long)]
    pub growing: bool,
    /// Only the same or a lower job zone (no more preparation)
    #[arg(long)]
    pub same_zone: bool,
    /// How many moves to print, most similar first (0: all)
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    #[command(flatten)]
    pub format: FormatArgs,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("profile").required(true).multiple(true).args(["skills", "from"])))]
pub struct MatchArgs {
    /// Your ratings, 0–5, by skill id: "critical-thinking=4,programming=5" (unrated: 0)
    #[arg(long, value_name = "ID=RATING,...")]
    pub skills: Option<String>,
    /// Start from a role's skill levels (id or title); --skills then changes some
    #[arg(long, value_name = "ROLE", add = role_completer())]
    pub from: Option<String>,
    /// Wages in this US state or territory (two-letter code or name) instead of the nation's
    #[arg(long, value_name = "STATE")]
    pub state: Option<String>,
    /// How many occupations to print, best fit first (0: all)
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    #[command(flatten)]
    pub format: FormatArgs,
}

/// Build a catalog from public occupational data.
#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    pub source: ImportSource,
}

#[derive(Debug, Clone, Subcommand)]
pub enum ImportSource {
    /// O*NET database (text or Excel edition), with BLS wages and projections joined on the SOC code
    Onet(OnetArgs),
}

#[derive(Debug, Clone, Args)]
pub struct OnetArgs {
    /// Folders with O*NET database files, text (.txt) or Excel (.xlsx); each file is read from the first folder that has it
    #[arg(value_name = "DIR", required = true, value_hint = ValueHint::DirPath)]
    pub dirs: Vec<PathBuf>,
    /// BLS OEWS national table, CSV or .xlsx (e.g. national_M2025_dl.csv)
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub wages: Option<PathBuf>,
    /// BLS OEWS national table by industry, CSV or .xlsx (e.g. natsector_M2025_dl.csv)
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub wages_by_industry: Option<PathBuf>,
    /// BLS OEWS table by state, CSV or .xlsx (e.g. state_M2025_dl.csv)
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub wages_by_state: Option<PathBuf>,
    /// BLS Employment Projections occupation.xlsx (table 1.2)
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub projections: Option<PathBuf>,
    /// The catalog file to write
    #[arg(short, long, value_name = "OUT.ron", value_hint = ValueHint::FilePath)]
    pub output: PathBuf,
    /// O*NET release of a folder without Read Me.txt, e.g. 30.1 [default: from a folder named like db_30_1_text]
    #[arg(long, value_name = "VERSION")]
    pub onet_version: Option<String>,
    /// Wage release to credit [default: from a file name like national_M2025_dl.csv]
    #[arg(long, value_name = "TEXT")]
    pub wages_release: Option<String>,
}

/// Reads the command line. Answers a shell's completion request and exits; prints errors (with
/// whatever was typed made harmless) and exits; an empty `CAREER_EXPLORER_DATA` counts as unset.
pub fn parse() -> Cli {
    clap_complete::CompleteEnv::with_factory(Cli::command).complete();
    let mut command = Cli::command();
    if std::env::var_os(DATA_ENV).is_some_and(|v| v.is_empty()) {
        command = command.mut_arg("data", |arg| arg.env(None));
    }
    let parsed = command
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    parsed.unwrap_or_else(|e| {
        if !e.use_stderr() {
            e.exit() // --help and --version: clap's own text, nothing typed in it
        }
        print_error(e.render().to_string().trim_start_matches("error: "));
        std::process::exit(e.exit_code())
    })
}

/// Prints `error: MESSAGE` on stderr, `error` in bold red on a terminal. Every line of the
/// message is sanitised, as it may quote a file name, an argument or a catalog.
pub fn print_error(message: &str) {
    print_errors(std::iter::once(message));
}

/// Prints each message as [`print_error`] does, with one write for them all: thousands of
/// problems take no longer to print than to find.
pub fn print_errors<'m>(messages: impl IntoIterator<Item = &'m str>) {
    let style = anstyle::Style::new()
        .bold()
        .fg_color(Some(anstyle::AnsiColor::Red.into()));
    let mut text = String::new();
    for message in messages {
        let message = sanitize::clean_lines(message.trim_end());
        text.push_str(&format!("{style}error{style:#}: {message}\n"));
    }
    let _ = anstream::stderr().lock().write_all(text.as_bytes());
}

/// The shell completes role ids from the catalogs a run would load.
fn role_completer() -> ArgValueCompleter {
    ArgValueCompleter::new(complete_role)
}

fn complete_role(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(current) = current.to_str() else {
        return Vec::new();
    };
    let Ok(catalog) = Catalog::load(&data_for_completion()) else {
        return Vec::new();
    };
    catalog
        .roles
        .iter()
        .filter(|r| r.id.starts_with(current))
        .map(|r| CompletionCandidate::new(&r.id).help(Some(r.title.clone().into())))
        .collect()
}

/// The `--data` files of the command line being completed (the shell passes it after `--`),
/// else the data variable.
fn data_for_completion() -> Vec<PathBuf> {
    let args: Vec<_> = std::env::args_os().skip_while(|a| a != "--").collect();
    let mut data = Vec::new();
    for (i, arg) in args.iter().enumerate() {
        let arg = arg.to_string_lossy();
        if let Some(path) = arg.strip_prefix("--data=") {
            data.push(PathBuf::from(path));
        } else if arg == "--data" || arg == "-d" {
            data.extend(args.get(i + 1).map(PathBuf::from));
        }
    }
    if data.is_empty() {
        data.extend(
            std::env::var_os(DATA_ENV)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from),
        );
    }
    data
}

/// `--kind`: one of the search kinds' names; help and errors list them.
fn kind_parser() -> impl clap::builder::TypedValueParser<Value = crate::search::Kind> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(crate::search::Kind::NAMES)
        .try_map(|name| name.parse::<crate::search::Kind>())
}
