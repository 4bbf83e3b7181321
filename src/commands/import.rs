//! `import onet DIR… [--wages FILE] [--wages-by-industry FILE] [--wages-by-state FILE]
//! [--projections FILE] -o OUT.ron`: builds a catalog from O*NET files and BLS tables
//! ([`crate::import`]) and writes it, never half-done and never over an input.

use anyhow::{Context, anyhow};

use crate::catalog::parse_str;
// The arguments are command line types; they live with the others in `cli`.
pub use crate::cli::{ImportArgs, ImportSource, OnetArgs};
use crate::import::{self, OnetImport};

/// Warnings printed before the rest are only counted.
const MAX_WARNINGS_SHOWN: usize = 200;

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
