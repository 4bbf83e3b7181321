//! `compare`: the comparison table of two roles, authored or built from what both hold.

use std::borrow::Cow;
use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use super::output::{md_escape, style, text_width, wrap, write_json, write_wrapped};
use super::{Outcome, OutputFormat, resolve};
use crate::catalog::{Catalog, ComparisonView};
use crate::cli::CompareArgs;
use crate::report::{CompareRow, NOT_IN_SOURCE, Tone, compare_rows};

pub use crate::report::RoleRef;

pub fn run(catalog: &Catalog, args: &CompareArgs, out: &mut impl Write) -> Outcome {
    let role = resolve(catalog, &args.role)?;
    let other = resolve(catalog, &args.other)?;
    if role == other {
        return Err(format!("cannot compare \"{}\" with itself", catalog.roles[role].id).into());
    }
    let view = catalog.compare(role, other);
    match args.format.format {
        OutputFormat::Json => write_json(out, &view)?,
        OutputFormat::Text => write_text(&view, text_width(), out)?,
        OutputFormat::Markdown => write_markdown(&view, out)?,
    }
    Ok(())
}

/// Widths of the label column and the role's column; the other role's takes the rest.
fn column_widths(rows: &[CompareRow], left_title: &str, width: usize) -> (usize, usize) {
    let widest =
        |cells: &mut dyn Iterator<Item = &str>| cells.map(|s| s.width()).max().unwrap_or(0);
    let label = widest(&mut rows.iter().map(|r| r.label.as_str()))
        .clamp(1, 24)
        .min(width / 3);
    let rest = width.saturating_sub(label + 4).max(2);
    let left = widest(
        &mut rows
            .iter()
            .flat_map(|r| &r.left)
            .map(String::as_str)
            .chain([left_title]),
    );
    (label, left.clamp(1, rest / 2))
}

/// The table wrapped to `width`: each cell wraps inside its column, rows grow downwards.
pub fn write_text(view: &ComparisonView<'_>, width: usize, out: &mut impl Write) -> io::Result<()> {
    let catalog = view.catalog;
    let (a, b) = (&catalog.roles[view.role], &catalog.roles[view.other]);
    let h = style::HEADING;
    write_wrapped(
        out,
        &format!("{} vs {}", a.title, b.title),
        width,
        ("", ""),
        h,
    )?;
    let description = format!("{}: {}", b.title, view.description.unwrap_or(NOT_IN_SOURCE));
    write_wrapped(out, &description, width, ("", "  "), style::PLAIN)?;
    writeln!(out)?;
    let rows = compare_rows(catalog, view);
    let (label_width, left_width) = column_widths(&rows, &a.title, width);
    let right_width = width.saturating_sub(label_width + left_width + 4).max(1);
    let titles = CompareRow {
        label: String::new(),
        left: vec![a.title.clone()],
        right: vec![b.title.clone()],
        tone: Tone::Neutral,
    };
    let widths = (label_width, left_width, right_width);
    write_row(&titles, widths, (h, h), out)?;
    for row in &rows {
        let tone = match row.tone {
            Tone::More => style::MORE,
            Tone::Less => style::LESS,
            Tone::Neutral => style::PLAIN,
        };
        write_row(row, widths, (style::PLAIN, tone), out)?;
    }
    Ok(())
}

/// One row of the table: every cell wrapped to its column, side by side.
fn write_row(
    row: &CompareRow,
    (label_width, left_width, right_width): (usize, usize, usize),
    (left_style, right_style): (anstyle::Style, anstyle::Style),
    out: &mut impl Write,
) -> io::Result<()> {
    let cell = |lines: &[String], width: usize| -> Vec<Cow<'static, str>> {
        lines
            .iter()
            .flat_map(|line| wrap(line, width, "", ""))
            .map(|l| Cow::Owned(l.into_owned()))
            .collect()
    };
    let label = cell(std::slice::from_ref(&row.label), label_width);
    let left = cell(&row.left, left_width);
    let right = cell(&row.right, right_width);
    let pad = |s: &str, w: usize| " ".repeat(w.saturating_sub(s.width()));
    let styled = |s: &str, style: anstyle::Style| {
        if s.is_empty() {
            String::new()
        } else {
            format!("{style}{s}{style:#}")
        }
    };
    for i in 0..label.len().max(left.len()).max(right.len()) {
        let label = label.get(i).map_or("", |s| s.as_ref());
        let left = left.get(i).map_or("", |s| s.as_ref());
        let right = right.get(i).map_or("", |s| s.as_ref());
        let mut line = format!(
            "{label}{}  {}",
            pad(label, label_width),
            styled(left, left_style)
        );
        if !right.is_empty() {
            line.push_str(&pad(left, left_width));
            line.push_str("  ");
            line.push_str(&styled(right, right_style));
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

fn write_markdown(view: &ComparisonView<'_>, out: &mut impl Write) -> io::Result<()> {
    let catalog = view.catalog;
    let (a, b) = (&catalog.roles[view.role], &catalog.roles[view.other]);
    let e = md_escape;
    writeln!(out, "# {} vs {}\n", e(&a.title), e(&b.title))?;
    writeln!(out, "{}\n", e(view.description.unwrap_or(NOT_IN_SOURCE)))?;
    writeln!(
        out,
        "| | {} | {} |\n|---|---|---|",
        e(&a.title),
        e(&b.title)
    )?;
    for row in compare_rows(catalog, view) {
        let cell = |lines: &[String]| lines.iter().map(|l| e(l)).collect::<Vec<_>>().join("<br>");
        writeln!(
            out,
            "| {} | {} | {} |",
            e(&row.label),
            cell(&row.left),
            cell(&row.right)
        )?;
    }
    Ok(())
}
