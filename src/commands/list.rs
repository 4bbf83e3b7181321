//! `list`: every role, id and title; in JSON with the key figures a script sorts by.

use std::io::Write;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::output::{md_escape, style, terminal_width, wrap, write_json};
use super::{Outcome, OutputFormat};
use crate::catalog::{Catalog, OutlookLabel, Role};

/// Ids are padded to the longest up to this width; longer ones push their title right.
const MAX_ID_COLUMN: usize = 32;

/// One role in `list --format json`. Every key is always present (`null` when not known).
#[derive(Serialize)]
struct RoleEntry<'a> {
    id: &'a str,
    title: &'a str,
    /// The catalog file the role was loaded from.
    catalog: &'a str,
    /// Occupation code (O*NET-SOC).
    code: Option<&'a str>,
    /// Yearly median wage, US dollars (official wage statistics).
    median_wage: Option<i64>,
    /// Number employed (official wage statistics).
    employment: Option<i64>,
    /// Projected change in employment over the projection period, in percent (job outlook).
    projected_growth: Option<f64>,
    /// Openings a year on average over the period (job outlook).
    openings: Option<i64>,
    /// The outlook in a word: `growing_fast`, `growing`, `stable`, `declining`.
    outlook: Option<OutlookLabel>,
    /// O*NET Job Zone, 1 (little preparation) to 5 (extensive).
    job_zone: Option<u8>,
}

impl<'a> RoleEntry<'a> {
    fn new(catalog: &'a Catalog, index: usize, role: &'a Role) -> Self {
        let wages = role.wages.as_ref();
        let outlook = role.outlook.as_ref();
        RoleEntry {
            id: &role.id,
            title: &role.title,
            catalog: &catalog.origin_of(index).label,
            code: role.code.as_deref(),
            median_wage: wages.and_then(|w| w.median),
            employment: wages.and_then(|w| w.employment),
            projected_growth: outlook.and_then(|o| o.percent_change),
            openings: outlook.and_then(|o| o.openings),
            outlook: outlook.and_then(|o| o.label),
            job_zone: role.job_zone,
        }
    }
}

pub fn run(catalog: &Catalog, format: OutputFormat, out: &mut impl Write) -> Outcome {
    let roles = || catalog.roles.iter().enumerate();
    match format {
        OutputFormat::Json => {
            let entries: Vec<RoleEntry<'_>> = roles()
                .map(|(i, r)| RoleEntry::new(catalog, i, r))
                .collect();
            write_json(out, &entries)?;
        }
        OutputFormat::Markdown => {
            writeln!(out, "| id | title |\n|---|---|")?;
            for (_, role) in roles() {
                writeln!(out, "| `{}` | {} |", role.id, md_escape(&role.title))?;
            }
        }
        OutputFormat::Text => write_text(catalog, terminal_width(), out)?,
    }
    Ok(())
}

/// `id  title`, one role per line, titles in a column after ids of up to 32 characters. On a
/// terminal, titles wrap inside their column (after a longer id, on the line below it); in a
/// pipe each role stays on one line, for `grep` and friends.
fn write_text(
    catalog: &Catalog,
    width: Option<usize>,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let column = catalog
        .roles
        .iter()
        .map(|r| r.id.width())
        .max()
        .unwrap_or(0)
        .min(MAX_ID_COLUMN);
    let d = style::DIM;
    let hang = " ".repeat(column + 2);
    for role in &catalog.roles {
        let Some(width) = width else {
            let pad = column.saturating_sub(role.id.width());
            writeln!(out, "{d}{}{d:#}{:pad$}  {}", role.id, "", role.title)?;
            continue;
        };
        // Titles start in their column: after a longer id, on the next line.
        let own_line = role.id.width() > column;
        if own_line {
            writeln!(out, "{d}{}{d:#}", role.id)?;
        }
        for (i, line) in wrap(&role.title, width, &hang, &hang).iter().enumerate() {
            if i == 0 && !own_line {
                // The line starts with blanks as wide as the id column: the id takes their place.
                let rest = line.get(role.id.len()..).unwrap_or_default();
                writeln!(out, "{d}{}{d:#}{rest}", role.id)?;
            } else {
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(())
}
