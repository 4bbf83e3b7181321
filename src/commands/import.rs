//! `import onet DIR… [--wages FILE] [--wages-by-industry FILE] [--wages-by-state FILE]
//! [--projections FILE] -o OUT.ron`: builds a catalog from O*NET files and BLS tables
//! ([`crate::import`]) and writes it, never half-done and never over an input.

use std::path::PathBuf;

use anyhow::{Context, anyhow};

use crate::catalog::parse_str;
use crate::import::{self, OnetImport};

/// Warnings printed before the rest are only counted.
const MAX_WARNINGS_SHOWN: usize = 200;

/// Build a catalog from public occupational data.
#[derive(Debug, Clone, clap::Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    pub source: ImportSource,
}

#[derive(Debug, Clone, clap::Subcommand)]
pub enum ImportSource {
    /// O*NET database (text or Excel edition), with BLS wages and projections joined on the SOC code
    Onet(OnetArgs),
}

#[derive(Debug, Clone, clap::Args)]
pub struct OnetArgs {
    /// Folders with O*NET database files, text (.txt) or Excel (.xlsx); each file is read from the first folder that has it
    #[arg(value_name = "DIR", required = true)]
    pub dirs: Vec<PathBuf>,
    /// BLS OEWS national table, CSV or .xlsx (e.g. national_M2025_dl.csv)
    #[arg(long, value_name = "FILE")]
    pub wages: Option<PathBuf>,
    /// BLS OEWS national table by industry, CSV or .xlsx (e.g. natsector_M2025_dl.csv)
    #[arg(long, value_name = "FILE")]
    pub wages_by_industry: Option<PathBuf>,
    /// BLS OEWS table by state, CSV or .xlsx (e.g. state_M2025_dl.csv)
    #[arg(long, value_name = "FILE")]
    pub wages_by_state: Option<PathBuf>,
    /// BLS Employment Projections occupation.xlsx (table 1.2)
    #[arg(long, value_name = "FILE")]
    pub projections: Option<PathBuf>,
    /// The catalog file to write
    #[arg(short, long, value_name = "OUT.ron")]
    pub output: PathBuf,
    /// O*NET release of a folder without Read Me.txt, e.g. 30.1 [default: from a folder named like db_30_1_text]
    #[arg(long, value_name = "VERSION")]
    pub onet_version: Option<String>,
    /// Wage release to credit [default: from a file name like national_M2025_dl.csv]
    #[arg(long, value_name = "TEXT")]
    pub wages_release: Option<String>,
}

pub fn run(args: &ImportArgs) -> anyhow::Result<()> {
    match &args.source {
        ImportSource::Onet(onet) => run_onet(onet),
    }
}

fn run_onet(args: &OnetArgs) -> anyhow::Result<()> {
    let options = OnetImport {
        dirs: args.dirs.clone(),
        wages: args.wages.clone(),
        wages_by_industry: args.wages_by_industry.clone(),
        wages_by_state: args.wages_by_state.clone(),
        projections: args.projections.clone(),
        onet_version: args.onet_version.clone(),
        wages_release: args.wages_release.clone(),
    };
    // Before reading anything: an import must never replace one of its own inputs.
    import::check_output(&args.output, &options.inputs()).map_err(|e| anyhow!(e))?;
    let import = import::import(&options)?;

    for warning in import.warnings.iter().take(MAX_WARNINGS_SHOWN) {
        eprintln!("{warning}");
    }
    if import.warnings.len() > MAX_WARNINGS_SHOWN {
        eprintln!(
            "... and {} more warnings",
            import.warnings.len() - MAX_WARNINGS_SHOWN
        );
    }

    let text = import.to_ron().context("cannot write the catalog as RON")?;
    let label = crate::catalog::sanitize::clean(&args.output.display().to_string()).into_owned();
    // Checked before anything is written, so a bad import never replaces a good file.
    parse_str(&label, &text)
        .map_err(|e| anyhow!("the imported catalog does not load; nothing written:\n{e}"))?;
    import::write_atomically(&args.output, text.as_bytes())
        .map_err(|e| anyhow!("{label}: cannot write: {e}"))?;
    println!(
        "wrote {label} ({} bytes): {}; {} warning(s)",
        crate::report::count(text.len() as i64),
        import.stats,
        import.warnings.len()
    );
    Ok(())
}
