//! `search`: the explorer's search from the shell, for people and scripts.

use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;

use serde::Serialize;

use super::compare::RoleRef;
use super::{Failure, Outcome, OutputFormat, resolve, style};
use crate::cache::Cache;
use crate::cli::SearchArgs;
use crate::search::{Class, Hit, Kind, Query, Scope, SearchIndex, search, window};

#[derive(Serialize)]
struct HitJson<'a> {
    role: RoleRef<'a>,
    kind: Kind,
    /// Position of the item in the role's list of its kind.
    index: usize,
    text: &'a str,
    /// For a hit on another name of the role: that name (`text` is the same).
    also_called: Option<&'a str>,
    /// How it matched: exact, prefix, whole, word, inside or scattered.
    class: Class,
    score: i64,
    /// Char indices of the matched letters in `text`.
    positions: Vec<usize>,
}

#[derive(Serialize)]
struct SearchJson<'a> {
    query: &'a str,
    matched: usize,
    hits: Vec<HitJson<'a>>,
}

/// Searches the catalogs of `data` (the built-in ones when empty). A cached `--data` catalog
/// answers from its search index alone, unless `--role` needs the catalog to resolve.
pub fn run(data: &[PathBuf], args: &SearchArgs, out: &mut impl Write) -> Outcome {
    // A terminal gets rows cut to its width around the match, a pipe whole rows; highlights
    // are worked out only where colour is shown.
    let terminal = std::io::stdout().is_terminal();
    let width = terminal.then(terminal_width).flatten();
    // Colour by the rule of every output (NO_COLOR, CLICOLOR, CLICOLOR_FORCE, a terminal).
    let colour = crate::explorer::theme::colour_allowed();
    let output = Output { width, colour };
    let cache = Cache::from_env();
    if args.role.is_none() {
        if let Some(index) = cache.index(data)? {
            let result = print(&index, args, None, output, out);
            // The process ends next: freeing the index piece by piece would only cost time.
            std::mem::forget(index);
            return result;
        }
    }
    let (catalog, index) = cache.catalog_and_index(data)?;
    let role = args
        .role
        .as_deref()
        .map(|r| resolve(&catalog, r))
        .transpose();
    let result = role.and_then(|role| print(&index, args, role, output, out));
    std::mem::forget((catalog, index));
    result
}

/// How text output looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Output {
    /// Cut rows to this many columns, around their match.
    width: Option<usize>,
    /// Compute highlights (anstream drops the colour itself where it is not shown).
    colour: bool,
}

/// Runs the search on `index` and prints it; `role` is the `--role` scope, resolved.
fn print(
    index: &SearchIndex,
    args: &SearchArgs,
    role: Option<usize>,
    output: Output,
    out: &mut impl Write,
) -> Outcome {
    let scope = Scope {
        role,
        kind: args.kind,
    };
    let limit = (args.limit > 0).then_some(args.limit);
    let (hits, matched) = search(index, &args.query, scope, limit);
    let query = Query::parse(&args.query);
    // Thousands of rows with `--limit 0`: one write per buffer, not per line.
    let mut out = BufWriter::with_capacity(1 << 16, out);
    match args.format {
        OutputFormat::Json => {
            let json = SearchJson {
                query: &args.query,
                matched,
                hits: hits
                    .iter()
                    .map(|hit| hit_json(index, &query, hit))
                    .collect(),
            };
            super::output::write_json(&mut out, &json)?;
        }
        OutputFormat::Text | OutputFormat::Markdown => {
            for hit in &hits {
                writeln!(out, "{}", text_row(index, &query, hit, output))?;
            }
        }
    }
    out.flush()?;
    if matched == 0 {
        return Err(Failure::Message(format!(
            "nothing matches \"{}\"",
            args.query
        )));
    }
    Ok(())
}

fn hit_json<'a>(index: &'a SearchIndex, query: &Query, hit: &Hit) -> HitJson<'a> {
    let item = index.item(hit.item);
    HitJson {
        role: RoleRef {
            id: index.role_id(item.role),
            title: index.role_title(item.role),
        },
        kind: item.kind,
        index: item.index,
        text: index.text(hit.item),
        also_called: index.also_called(hit.item),
        class: hit.class(),
        score: hit.score,
        positions: query.highlight(index, hit.item),
    }
}

/// One hit as a line: `role-id · kind  text`, where a hit on another name of a role reads
/// `Title · also called Name`; cut around the match to `output.width`.
fn text_row(index: &SearchIndex, query: &Query, hit: &Hit, output: Output) -> String {
    let (d, m) = (style::DIM, style::MATCH);
    let item = index.item(hit.item);
    let head = format!("{} · {}  ", index.role_id(item.role), item.kind.as_str());
    let text = index.text(hit.item);
    let (prefix, text) = match index.also_called(hit.item) {
        Some(name) => (
            format!("{} · also called ", index.role_title(item.role)),
            name,
        ),
        None => (String::new(), text),
    };
    let positions = if output.colour || output.width.is_some() {
        query.highlight(index, hit.item)
    } else {
        Vec::new()
    };
    let room = output.width.map(|width| {
        let used = unicode_width::UnicodeWidthStr::width(format!("{head}{prefix}").as_str());
        width.saturating_sub(used).max(12)
    });
    let shown = match room {
        Some(room) => window(text, &positions, room),
        None => crate::search::Window {
            text: text.to_string(),
            positions,
        },
    };
    if !output.colour {
        return format!("{head}{prefix}{}", shown.text);
    }
    let mut line = format!("{d}{head}{d:#}{prefix}");
    for (i, c) in shown.text.chars().enumerate() {
        if shown.positions.binary_search(&i).is_ok() {
            line.push_str(&format!("{m}{c}{m:#}"));
        } else {
            line.push(c);
        }
    }
    line
}

/// The terminal's width in columns, when stdout is one.
fn terminal_width() -> Option<usize> {
    ratatui::crossterm::terminal::size()
        .ok()
        .map(|(columns, _)| columns as usize)
        .filter(|&c| c > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    fn args(query: &str) -> SearchArgs {
        SearchArgs {
            query: query.to_string(),
            role: None,
            kind: None,
            limit: 20,
            format: OutputFormat::Text,
        }
    }

    fn run_text(index: &SearchIndex, args: &SearchArgs, output: Output) -> (String, bool) {
        let mut out = Vec::new();
        let ok = print(index, args, None, output, &mut out).is_ok();
        (String::from_utf8(out).unwrap(), ok)
    }

    #[test]
    fn a_query_that_matches_nothing_is_a_failure() {
        let index = SearchIndex::build(&Catalog::embedded().unwrap());
        let plain = Output {
            width: None,
            colour: false,
        };
        let (text, ok) = run_text(&index, &args("zzqxj"), plain);
        assert!(!ok);
        assert_eq!(text, "");
        // Scattered letters across a title are no match (skim alone would find these).
        let (text, _) = run_text(&index, &args("doctor"), plain);
        assert!(!text.contains("tax-examiners"), "{text}");
        assert!(!text.contains("railroad-conductors"), "{text}");
    }

    #[test]
    fn long_rows_are_cut_around_the_match_on_a_terminal() {
        let index = SearchIndex::build(&Catalog::embedded().unwrap());
        let mut one = args("iso standard");
        one.limit = 1;
        let narrow = Output {
            width: Some(80),
            colour: false,
        };
        let (text, _) = run_text(&index, &one, narrow);
        insta::assert_snapshot!(
            text,
            @"senior-operations-manager · responsibility  …management up to the ISO standard."
        );
        // Without a width (a pipe) rows are whole.
        let (whole, _) = run_text(
            &index,
            &one,
            Output {
                width: None,
                colour: false,
            },
        );
        assert!(whole.contains("Manage and coordinate the staff"), "{whole}");
    }
}
