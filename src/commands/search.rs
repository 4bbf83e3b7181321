//! `search`: the explorer's fuzzy ranking from the shell, for scripts.

use std::io::{IsTerminal, Write};

use serde::Serialize;

use super::compare::RoleRef;
use super::{Failure, Outcome, OutputFormat, resolve, style};
use crate::catalog::Catalog;
use crate::cli::SearchArgs;
use crate::search::{Kind, Scope, SearchIndex, search};

#[derive(Serialize)]
struct HitJson<'a> {
    role: RoleRef<'a>,
    kind: Kind,
    /// Position of the item in the role's list of its kind.
    index: usize,
    text: &'a str,
    score: i64,
    /// Char indices of the matched letters.
    positions: Vec<usize>,
}

#[derive(Serialize)]
struct SearchJson<'a> {
    query: &'a str,
    matched: usize,
    hits: Vec<HitJson<'a>>,
}

pub fn run(catalog: &Catalog, args: &SearchArgs, out: &mut impl Write) -> Outcome {
    let role = args
        .role
        .as_deref()
        .map(|r| resolve(catalog, r))
        .transpose()?;
    let scope = Scope {
        role,
        kind: args.kind,
    };
    let index = SearchIndex::build(catalog);
    let limit = (args.limit > 0).then_some(args.limit);
    let (hits, matched) = search(&index, &args.query, scope, limit);
    let query = crate::search::Query::parse(&args.query);
    match args.format {
        OutputFormat::Json => {
            let json = SearchJson {
                query: &args.query,
                matched,
                hits: hits
                    .iter()
                    .map(|hit| {
                        let item = index.item(hit.item);
                        let r = &catalog.roles[item.role];
                        HitJson {
                            role: RoleRef {
                                id: &r.id,
                                title: &r.title,
                            },
                            kind: item.kind,
                            index: item.index,
                            text: index.text(hit.item),
                            score: hit.score,
                            positions: query.highlight(&index, hit.item),
                        }
                    })
                    .collect(),
            };
            super::output::write_json(out, &json)?;
        }
        OutputFormat::Text | OutputFormat::Markdown => {
            let (d, m) = (style::DIM, style::MATCH);
            // Highlights only matter where colour is shown: skip their cost in pipes.
            let colour = std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            for hit in &hits {
                let item = index.item(hit.item);
                let text = index.text(hit.item);
                let positions = if colour {
                    query.highlight(&index, hit.item)
                } else {
                    Vec::new()
                };
                let mut line = String::with_capacity(text.len() + 16);
                for (i, c) in text.chars().enumerate() {
                    if positions.binary_search(&i).is_ok() {
                        line.push_str(&format!("{m}{c}{m:#}"));
                    } else {
                        line.push(c);
                    }
                }
                writeln!(
                    out,
                    "{d}{} · {}{d:#}  {line}",
                    catalog.roles[item.role].id,
                    item.kind.as_str()
                )?;
            }
        }
    }
    if matched == 0 {
        return Err(Failure::Message(format!(
            "nothing matches \"{}\"",
            args.query
        )));
    }
    Ok(())
}
