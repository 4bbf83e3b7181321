//! A whole search as one process without the cache, to time against `fzf --filter`: load and
//! validate a catalog, build the index, run one query, print the matching texts best first, one
//! per line. (`career-explorer --data FILE search` is the same with the cache.)
//!
//! `search_once CATALOG QUERY [--limit N]`, or `search_once CATALOG --lines` to print every
//! searchable text, one per line, for fzf to read the same strings.

use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use career_explorer::catalog::{Catalog, load_path};
use career_explorer::search::{Scope, SearchIndex, search};

const USAGE: &str = "usage: search_once CATALOG (QUERY [--limit N] | --lines)";

fn run(args: &[String]) -> Result<(), String> {
    let (path, rest) = args.split_first().ok_or(USAGE)?;
    let loaded = load_path(Path::new(path)).map_err(|e| e.to_string())?;
    let catalog = Catalog::from_loaded(vec![loaded]).map_err(|e| e.to_string())?;
    let index = SearchIndex::build(&catalog);
    let mut out = BufWriter::new(std::io::stdout().lock());
    let result = match rest {
        [flag] if flag == "--lines" => {
            (0..index.len() as u32).try_for_each(|id| writeln!(out, "{}", index.text(id)))
        }
        [query, options @ ..] => {
            let limit = match options {
                [] => None,
                [flag, n] if flag == "--limit" => Some(n.parse().map_err(|_| USAGE)?),
                _ => return Err(USAGE.into()),
            };
            let (hits, _) = search(&index, query, Scope::default(), limit);
            hits.iter()
                .try_for_each(|hit| writeln!(out, "{}", index.text(hit.item)))
        }
        [] => return Err(USAGE.into()),
    };
    let flushed = result.and_then(|()| out.flush());
    // The process ends next: freeing 100,000 strings one by one would only cost time.
    std::mem::forget((catalog, index));
    match flushed {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
        _ => Ok(()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}
