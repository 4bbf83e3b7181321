//! `check`: validate catalogs and print their size, or every problem.

use std::io::Write;
use std::path::PathBuf;

use super::{Failure, Outcome};
use crate::catalog::{Catalog, sanitize};
use crate::cli::CheckArgs;

pub fn run(data: &[PathBuf], args: &CheckArgs, out: &mut impl Write) -> Outcome {
    let files = if args.files.is_empty() {
        data
    } else {
        &args.files
    };
    let catalog = Catalog::load(files)?;
    let mut err = anstream::stderr().lock();
    for warning in &catalog.warnings {
        let warning = warning.to_string();
        writeln!(err, "warning: {}", sanitize::clean_lines(&warning)).map_err(Failure::Io)?;
    }
    let counts = catalog.counts();
    writeln!(
        out,
        "ok: {} roles, {} responsibilities, {} comparisons",
        counts.roles, counts.responsibilities, counts.comparisons
    )?;
    Ok(())
}
