//! `show`: everything the catalog holds on one role, as text, JSON or Markdown. Text and
//! Markdown both render the role's [`RoleFacts`]; `--state` puts a US state's wages beside the
//! nation's.

use std::io::{self, Write};

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::output::{md_escape, style, text_width, write_json, write_wrapped};
use super::{Outcome, OutputFormat, resolve};
use crate::catalog::{Catalog, ComparisonView, Role, Source};
use crate::cli::ShowArgs;
use crate::report::NOT_IN_SOURCE;
use crate::report::facts::{Bars, Block, Link, RoleFacts, Row, Table};
use crate::report::states::{self, StatePay};

/// The JSON of `show`: the role's own fields, where they come from, and its comparisons.
#[derive(Serialize)]
pub struct RoleJson<'a> {
    #[serde(flatten)]
    pub role: &'a Role,
    /// The catalog file the role was loaded from.
    pub catalog: &'a str,
    pub sources: &'a [Source],
    pub comparisons: Vec<ComparisonView<'a>>,
    /// The role's wages in the state `--state` names; `null` without it.
    pub state_wages: Option<StatePay<'a>>,
}

pub fn run(catalog: &Catalog, args: &ShowArgs, out: &mut impl Write) -> Outcome {
    let index = resolve(catalog, &args.role)?;
    let state = match &args.state {
        Some(query) => Some(states::find(catalog, query)?),
        None => None,
    };
    match args.format.format {
        OutputFormat::Json => {
            let origin = catalog.origin_of(index);
            let json = RoleJson {
                role: &catalog.roles[index],
                catalog: &origin.label,
                sources: &origin.sources,
                comparisons: catalog.comparisons_of(index),
                state_wages: state.map(|s| states::pay_in(catalog, index, s)),
            };
            write_json(out, &json)?;
        }
        OutputFormat::Text => write_text(
            &RoleFacts::with_state(catalog, index, state),
            text_width(),
            out,
        )?,
        OutputFormat::Markdown => {
            write_markdown(&RoleFacts::with_state(catalog, index, state), out)?
        }
    }
    Ok(())
}

/// The facts as text wrapped to `width`: headings, indented rows and bullets, hanging indents.
pub fn write_text(facts: &RoleFacts<'_>, width: usize, out: &mut impl Write) -> io::Result<()> {
    let (h, d) = (style::HEADING, style::DIM);
    if facts.title.width() + 2 + facts.id.width() <= width {
        writeln!(out, "{h}{}{h:#}  {d}{}{d:#}", facts.title, facts.id)?;
    } else {
        write_wrapped(out, facts.title, width, ("", ""), h)?;
        writeln!(out, "{d}{}{d:#}", facts.id)?;
    }
    if let Some(code) = facts.code {
        writeln!(out, "{d}Occupation code: {code}{d:#}")?;
    }
    write_wrapped(
        out,
        &format!("Source: {}", facts.source),
        width,
        ("", "  "),
        d,
    )?;
    for section in facts.sections.iter().filter(|s| !s.is_missing()) {
        writeln!(out, "\n{h}{}{h:#}", section.title)?;
        for block in &section.blocks {
            text_block(block, facts.id, width, out)?;
        }
    }
    if let Some(absent) = absent(facts) {
        writeln!(out)?;
        write_wrapped(
            out,
            &format!("Not in source: {absent}"),
            width,
            ("", "  "),
            d,
        )?;
    }
    Ok(())
}

/// The sections the source has nothing for, named in one line ("duties, top employers")
/// rather than each printed empty.
fn absent(facts: &RoleFacts<'_>) -> Option<String> {
    let names: Vec<&str> = facts
        .sections
        .iter()
        .filter(|s| s.is_missing())
        .map(|s| s.id.name())
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}

fn text_block(block: &Block<'_>, id: &str, width: usize, out: &mut impl Write) -> io::Result<()> {
    let (plain, d) = (style::PLAIN, style::DIM);
    match block {
        Block::Text(text) => write_wrapped(out, text, width, ("", ""), plain),
        Block::Note(text) => write_wrapped(out, text, width, ("  ", "  "), d),
        Block::Missing => writeln!(out, "  {NOT_IN_SOURCE}"),
        Block::List(items) => items
            .iter()
            .try_for_each(|item| write_wrapped(out, item, width, ("  • ", "    "), plain)),
        Block::Rows(rows) => rows
            .iter()
            .try_for_each(|row| text_row(row, "  ", width, out)),
        Block::Names {
            label,
            names,
            shown,
        } => text_row(
            &Row::new(*label, some_names(names, *shown, ", ", " and ")),
            "  ",
            width,
            out,
        ),
        Block::Link(link) => text_row(&Row::new(link.label, link_text(link)), "  ", width, out),
        Block::Table(table) => text_table(table, width, out),
        Block::Bars(bars) => text_bars(bars, width, out),
        Block::Roles { roles, compare } => roles.iter().try_for_each(|other| {
            let command = if *compare {
                format!("career-explorer compare {id} {}", other.id)
            } else {
                other.id.clone()
            };
            if 2 + other.title.width() + 2 + command.width() <= width {
                writeln!(out, "  {}  {d}{command}{d:#}", other.title)
            } else {
                write_wrapped(out, &other.title, width, ("  ", "    "), plain)?;
                write_wrapped(out, &command, width, ("    ", "      "), d)
            }
        }),
    }
}

/// The first `shown` names and how many more: `A, B and 130 more` (`A, B and C` when all show).
fn some_names(names: &[String], shown: usize, sep: &str, and: &str) -> String {
    let shown = shown.min(names.len());
    let more = names.len() - shown;
    let mut text = names[..shown].join(sep);
    if more > 0 {
        text.push_str(&format!("{and}{more} more"));
    }
    text
}

/// `General and Operations Managers (11-1021.00); career-explorer show ID`.
fn link_text(link: &Link<'_>) -> String {
    match link.role {
        Some((_, role)) => format!(
            "{} ({}); career-explorer show {}",
            role.title, link.code, role.id
        ),
        None => format!("{} (not in the loaded catalogs)", link.code),
    }
}

/// A table as text: a row per label with the columns aligned under their headings; where the
/// columns do not fit `width`, each column's rows in turn.
fn text_table(table: &Table<'_>, width: usize, out: &mut impl Write) -> io::Result<()> {
    if let [_] = table.columns.as_slice() {
        return table.rows.iter().try_for_each(|row| {
            text_row(
                &Row::new(row.label, row.values[0].as_ref()),
                "  ",
                width,
                out,
            )
        });
    }
    let label_width = table
        .rows
        .iter()
        .map(|r| r.label.width())
        .max()
        .unwrap_or(0);
    let widths: Vec<usize> = (0..table.columns.len())
        .map(|c| {
            table
                .rows
                .iter()
                .map(|r| r.values[c].width())
                .chain([table.columns[c].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let total = 2 + label_width + widths.iter().map(|w| w + 2).sum::<usize>();
    if total > width {
        for (c, column) in table.columns.iter().enumerate() {
            writeln!(out, "  {column}:")?;
            for row in &table.rows {
                let row = Row::new(row.label, row.values[c].as_ref());
                text_row(&row, "    ", width, out)?;
            }
        }
        return Ok(());
    }
    let line = |label: &str, cells: Vec<&str>| {
        let mut line = format!("  {label:<label_width$}");
        for (cell, w) in cells.iter().zip(&widths) {
            line.push_str(&format!("  {cell:<w$}"));
        }
        line.trim_end().to_string()
    };
    let d = style::DIM;
    let headings = line("", table.columns.iter().map(|c| c.as_ref()).collect());
    writeln!(out, "{d}{headings}{d:#}")?;
    for row in &table.rows {
        let cells = row.values.iter().map(|v| v.as_ref()).collect();
        writeln!(out, "{}", line(row.label, cells))?;
    }
    Ok(())
}

/// `  label: value`, the value wrapped under itself, then `    e.g. "detail"`.
fn text_row(row: &Row<'_>, indent: &str, width: usize, out: &mut impl Write) -> io::Result<()> {
    let line = format!("{}: {}", row.label, row.value);
    let hang = format!("{indent}  ");
    write_wrapped(out, &line, width, (indent, &hang), style::PLAIN)?;
    if let Some(detail) = row.detail {
        let d = style::DIM;
        let first = format!("{indent}  e.g. ");
        let rest = format!("{indent}        ");
        write_wrapped(out, &format!("\"{detail}\""), width, (&first, &rest), d)?;
    }
    Ok(())
}

fn text_bars(bars: &Bars<'_>, width: usize, out: &mut impl Write) -> io::Result<()> {
    bars.bars.iter().try_for_each(|bar| {
        let value = match (&bar.extra, bars.extra) {
            (Some(extra), Some(heading)) => {
                format!("{} ({} {extra})", bar.text, heading.to_lowercase())
            }
            _ => bar.text.clone(),
        };
        let row = Row {
            label: bar.label.into(),
            value: value.into(),
            detail: bar.detail,
        };
        text_row(&row, "  ", width, out)
    })
}

/// The facts as Markdown: one `##` section each, tables for bars, lists for the rest.
pub fn write_markdown(facts: &RoleFacts<'_>, out: &mut impl Write) -> io::Result<()> {
    let e = md_escape;
    writeln!(out, "# {}\n", e(facts.title))?;
    write!(out, "`{}`", facts.id)?;
    if let Some(code) = facts.code {
        write!(out, " · Occupation code: {}", e(code))?;
    }
    writeln!(out, "\n\n*Source: {}*", e(&facts.source))?;
    for section in facts.sections.iter().filter(|s| !s.is_missing()) {
        writeln!(out, "\n## {}\n", e(&section.title))?;
        for (i, block) in section.blocks.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            markdown_block(block, facts.id, out)?;
        }
    }
    if let Some(absent) = absent(facts) {
        writeln!(out, "\n*Not in source: {absent}*")?;
    }
    Ok(())
}

fn markdown_block(block: &Block<'_>, id: &str, out: &mut impl Write) -> io::Result<()> {
    let e = md_escape;
    match block {
        Block::Text(text) => writeln!(out, "{}", e(text)),
        Block::Note(text) => writeln!(out, "*{}*", e(text)),
        Block::Missing => writeln!(out, "*{NOT_IN_SOURCE}*"),
        Block::List(items) => items.iter().try_for_each(|i| writeln!(out, "- {}", e(i))),
        Block::Rows(rows) => rows.iter().try_for_each(|row| {
            writeln!(out, "- **{}:** {}", e(&row.label), e(&row.value))?;
            match row.detail {
                Some(detail) => writeln!(out, "  > {}", e(detail)),
                None => Ok(()),
            }
        }),
        Block::Names {
            label,
            names,
            shown,
        } => {
            let names: Vec<String> = names.iter().map(|n| e(n)).collect();
            writeln!(
                out,
                "- **{label}:** {}",
                some_names(&names, *shown, ", ", " and ")
            )
        }
        Block::Link(link) => match link.role {
            Some((_, role)) => writeln!(
                out,
                "- **{}:** {} ({}): `career-explorer show {}`",
                link.label,
                e(&role.title),
                e(link.code),
                role.id
            ),
            None => writeln!(out, "- **{}:** {}", link.label, e(&link_text(link))),
        },
        Block::Table(table) => {
            if let [_] = table.columns.as_slice() {
                return table.rows.iter().try_for_each(|row| {
                    writeln!(out, "- **{}:** {}", row.label, e(&row.values[0]))
                });
            }
            let headings: Vec<String> = table.columns.iter().map(|c| e(c)).collect();
            writeln!(out, "| | {} |", headings.join(" | "))?;
            writeln!(out, "|---|{}", "---:|".repeat(table.columns.len()))?;
            table.rows.iter().try_for_each(|row| {
                let cells: Vec<String> = row.values.iter().map(|v| e(v)).collect();
                writeln!(out, "| {} | {} |", row.label, cells.join(" | "))
            })
        }
        Block::Bars(bars) => {
            let details = bars.bars.iter().any(|b| b.detail.is_some());
            let (label, value) = &bars.columns;
            write!(out, "| {label} | {} |", e(value))?;
            if let Some(extra) = bars.extra {
                write!(out, " {extra} |")?;
            }
            if details {
                write!(out, " Example |")?;
            }
            let columns = 1 + usize::from(bars.extra.is_some());
            writeln!(
                out,
                "\n|---|{}{}",
                "---:|".repeat(columns),
                if details { "---|" } else { "" }
            )?;
            bars.bars.iter().try_for_each(|bar| {
                write!(out, "| {} | {} |", e(bar.label), e(&bar.text))?;
                if bars.extra.is_some() {
                    write!(
                        out,
                        " {} |",
                        e(bar.extra.as_deref().unwrap_or(NOT_IN_SOURCE))
                    )?;
                }
                if details {
                    write!(out, " {} |", bar.detail.map(e).unwrap_or_default())?;
                }
                writeln!(out)
            })
        }
        Block::Roles { roles, compare } => roles.iter().try_for_each(|other| {
            if *compare {
                let command = format!("career-explorer compare {id} {}", other.id);
                writeln!(out, "- {}: `{command}`", e(&other.title))
            } else {
                writeln!(out, "- {} (`{}`)", e(&other.title), other.id)
            }
        }),
    }
}
