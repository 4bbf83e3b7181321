//! `list`: every role, id and title.

use std::io::Write;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::{Outcome, OutputFormat, style};
use crate::catalog::Catalog;

#[derive(Serialize)]
struct RoleEntry<'a> {
    id: &'a str,
    title: &'a str,
    catalog: &'a str,
}

pub fn run(catalog: &Catalog, format: OutputFormat, out: &mut impl Write) -> Outcome {
    let entries: Vec<RoleEntry<'_>> = catalog
        .roles
        .iter()
        .enumerate()
        .map(|(i, r)| RoleEntry {
            id: &r.id,
            title: &r.title,
            catalog: &catalog.origin_of(i).label,
        })
        .collect();
    match format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &entries).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        OutputFormat::Markdown => {
            writeln!(out, "| id | title |\n|---|---|")?;
            for e in &entries {
                writeln!(out, "| `{}` | {} |", e.id, super::show::md_escape(e.title))?;
            }
        }
        OutputFormat::Text => {
            let width = entries.iter().map(|e| e.id.width()).max().unwrap_or(0);
            for e in &entries {
                let pad = width - e.id.width();
                let d = style::DIM;
                writeln!(out, "{d}{}{d:#}{:pad$}  {}", e.id, "", e.title)?;
            }
        }
    }
    Ok(())
}
