//! `config`: the explorer's config file. With no option, checks it (FILE:LINE:COL on a
//! problem); `--path` says where it and the saved state live; `--print-default` prints a
//! complete, commented file with every default.

use std::io::Write;

use super::{Failure, Outcome};
use crate::cli::ConfigArgs;
use crate::explorer::{config, state};

pub fn run(args: &ConfigArgs, out: &mut impl Write) -> Outcome {
    if args.print_default {
        write!(out, "{}", config::default_text())?;
        return Ok(());
    }
    let config_path = config::path();
    if args.path {
        let show = |p: Option<std::path::PathBuf>| {
            p.map_or("(no home directory)".to_string(), |p| {
                p.display().to_string()
            })
        };
        writeln!(out, "config: {}", show(config_path))?;
        writeln!(out, "state:  {}", show(state::path()))?;
        return Ok(());
    }
    let Some(path) = config_path else {
        return Err(Failure::Message(
            "no home directory to look for a config file in".into(),
        ));
    };
    if !path.exists() {
        writeln!(
            out,
            "no config file at {}: the defaults apply (`career-explorer config --print-default` writes one)",
            path.display()
        )?;
        return Ok(());
    }
    match config::load(&path) {
        Ok(_) => {
            writeln!(out, "ok: {}", path.display())?;
            Ok(())
        }
        Err(problem) => Err(Failure::Message(problem.to_string())),
    }
}
