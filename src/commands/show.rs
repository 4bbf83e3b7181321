//! `show`: everything the catalog holds on one role, as text, JSON or Markdown. Text and
//! Markdown both render the role's [`RoleFacts`].

use std::io::{self, Write};

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::output::{md_escape, style, text_width, write_json, write_wrapped};
use super::{Outcome, OutputFormat, resolve};
use crate::catalog::{Catalog, ComparisonView, Role, Source};
use crate::cli::ShowArgs;
use crate::report::NOT_IN_SOURCE;
use crate::report::facts::{Bars, Block, RoleFacts, Row};

/// The JSON of `show`: the role's own fields, where they come from, and its comparisons.
#[derive(Serialize)]
pub struct RoleJson<'a> {
    #[serde(flatten)]
    pub role: &'a Role,
    /// The catalog file the role was loaded from.
    pub catalog: &'a str,
    pub sources: &'a [Source],
    pub comparisons: Vec<ComparisonView<'a>>,
}

pub fn run(catalog: &Catalog, args: &ShowArgs, out: &mut impl Write) -> Outcome {
    let index = resolve(catalog, &args.role)?;
    match args.format.format {
        OutputFormat::Json => {
            let origin = catalog.origin_of(index);
            let json = RoleJson {
                role: &catalog.roles[index],
                catalog: &origin.label,
                sources: &origin.sources,
                comparisons: catalog.comparisons_of(index),
            };
            write_json(out, &json)?;
        }
        OutputFormat::Text => write_text(&RoleFacts::of(catalog, index), text_width(), out)?,
        OutputFormat::Markdown => write_markdown(&RoleFacts::of(catalog, index), out)?,
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
    for section in &facts.sections {
        writeln!(out, "\n{h}{}{h:#}", section.title)?;
        for block in &section.blocks {
            text_block(block, facts.id, width, out)?;
        }
    }
    Ok(())
}

fn text_block(block: &Block<'_>, id: &str, width: usize, out: &mut impl Write) -> io::Result<()> {
    let plain = style::PLAIN;
    match block {
        Block::Text(text) => write_wrapped(out, text, width, ("", ""), plain),
        Block::Missing => writeln!(out, "  {NOT_IN_SOURCE}"),
        Block::List(items) => items
            .iter()
            .try_for_each(|item| write_wrapped(out, item, width, ("  • ", "    "), plain)),
        Block::Rows(rows) => rows
            .iter()
            .try_for_each(|row| text_row(row, "  ", width, out)),
        Block::Bars(bars) => text_bars(bars, width, out),
        Block::Roles { roles, compare } => roles.iter().try_for_each(|other| {
            let d = style::DIM;
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
    let indent = match bars.title {
        Some(title) => {
            writeln!(out, "  {title}:")?;
            "    "
        }
        None => "  ",
    };
    bars.bars.iter().try_for_each(|bar| {
        let row = Row {
            label: bar.label.into(),
            value: bar.text.as_str().into(),
            detail: bar.detail,
        };
        text_row(&row, indent, width, out)
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
    for section in &facts.sections {
        writeln!(out, "\n## {}\n", e(&section.title))?;
        for (i, block) in section.blocks.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            markdown_block(block, facts.id, out)?;
        }
    }
    Ok(())
}

fn markdown_block(block: &Block<'_>, id: &str, out: &mut impl Write) -> io::Result<()> {
    let e = md_escape;
    match block {
        Block::Text(text) => writeln!(out, "{}", e(text)),
        Block::Missing => writeln!(out, "*{NOT_IN_SOURCE}*"),
        Block::List(items) => items.iter().try_for_each(|i| writeln!(out, "- {}", e(i))),
        Block::Rows(rows) => rows.iter().try_for_each(|row| {
            writeln!(out, "- **{}:** {}", e(&row.label), e(&row.value))?;
            match row.detail {
                Some(detail) => writeln!(out, "  > {}", e(detail)),
                None => Ok(()),
            }
        }),
        Block::Bars(bars) => {
            if let Some(title) = bars.title {
                writeln!(out, "### {title}\n")?;
            }
            let details = bars.bars.iter().any(|b| b.detail.is_some());
            let (label, value) = &bars.columns;
            if details {
                writeln!(out, "| {label} | {} | Example |\n|---|---:|---|", e(value))?;
            } else {
                writeln!(out, "| {label} | {} |\n|---|---:|", e(value))?;
            }
            bars.bars.iter().try_for_each(|bar| {
                write!(out, "| {} | {} |", e(bar.label), e(&bar.text))?;
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
