//! `import onet DIR [--wages FILE] [--wages-by-industry FILE] -o OUT.ron`: builds a catalog from
//! O*NET text files and BLS OEWS wage tables ([`crate::import`]) and writes it, never half-done.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::Path;

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
    let import = import::import(&OnetImport {
        dir: args.dir.clone(),
        wages: args.wages.clone(),
        wages_by_industry: args.wages_by_industry.clone(),
        onet_version: args.onet_version.clone(),
        wages_release: args.wages_release.clone(),
    })?;

    for warning in import.warnings.iter().take(MAX_WARNINGS_SHOWN) {
        eprintln!("{warning}");
    }
    if import.warnings.len() > MAX_WARNINGS_SHOWN {
        eprintln!(
            "... and {} more warnings",
            import.warnings.len() - MAX_WARNINGS_SHOWN
        );
    }

    let text = import::to_ron(&import.catalog).context("cannot write the catalog as RON")?;
    let label = args.output.display().to_string();
    // Checked before anything is written, so a bad import never replaces a good file.
    parse_str(&label, &text)
        .map_err(|e| anyhow!("the imported catalog does not load; nothing written:\n{e}"))?;
    write_atomically(&args.output, text.as_bytes())?;
    println!(
        "wrote {label} ({} bytes): {}; {} warning(s)",
        text.len(),
        import.stats,
        import.warnings.len()
    );
    Ok(())
}

/// Writes a sibling temporary file and renames it over `path`: readers see the old file or the
/// new one, and a failure leaves the old one untouched.
fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| anyhow!("{}: not a file name", path.display()))?;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let written = (|| {
        let mut file = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    written.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        anyhow!("{}: cannot write: {e}", path.display())
    })
}
