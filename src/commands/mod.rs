//! The subcommands that run without the TUI: plain text, JSON or Markdown on stdout.

/// How a subcommand prints its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum OutputFormat {
    /// Plain, readable text (coloured only on a terminal without NO_COLOR).
    #[default]
    Text,
    /// Stable JSON for scripts.
    Json,
    /// Markdown, for notes and documents.
    Markdown,
}
