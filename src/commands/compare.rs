//! `compare`: the comparison of two roles, authored or built from what both hold, with the
//! wages of a chosen state beside the national ones. Every format draws the same
//! [`CompareReport`] the explorer's Compare pane draws.

use std::borrow::Cow;
use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use super::output::{style, text_width, wrap, write_json, write_wrapped};
use super::{Outcome, OutputFormat, resolve};
use crate::catalog::Catalog;
use crate::cli::CompareArgs;
use crate::report::compare::markdown;
use crate::report::{Cell, CompareReport, CompareRow, NOT_IN_SOURCE, SeveralReport, Tone, states};

pub use crate::report::RoleRef;

pub fn run(catalog: &Catalog, args: &CompareArgs, out: &mut impl Write) -> Outcome {
    let mut roles: Vec<usize> = Vec::new();
    for query in &args.roles {
        let role = resolve(catalog, query)?;
        if roles.contains(&role) {
            let id = &catalog.roles[role].id;
            return Err(if roles.len() == 1 {
                format!("cannot compare \"{id}\" with itself")
            } else {
                format!("\"{id}\" is named twice: each role can be compared once")
            }
            .into());
        }
        roles.push(role);
    }
    let state = match &args.state {
        Some(query) => Some(states::find(catalog, query)?),
        None => None,
    };
    let state = state.map(|s| s.code.as_str());
    if let [role, other] = roles[..] {
        let report = CompareReport::new(catalog.compare(role, other), state);
        match args.format.format {
            OutputFormat::Json => write_json(out, &report)?,
            OutputFormat::Text => write_text(&report, text_width(), out)?,
            OutputFormat::Markdown => markdown::write_pair(&report, out)?,
        }
    } else {
        let report = SeveralReport::new(catalog, &roles, state);
        match args.format.format {
            OutputFormat::Json => write_json(out, &report)?,
            OutputFormat::Text => write_several_text(&report, text_width(), out)?,
            OutputFormat::Markdown => markdown::write_several(&report, out)?,
        }
    }
    Ok(())
}

/// Several roles wrapped to `width`: the table, each role's wage percentiles, and the skills
/// and knowledge whose ratings spread most.
pub fn write_several_text(
    report: &SeveralReport<'_>,
    width: usize,
    out: &mut impl Write,
) -> io::Result<()> {
    let roles = report.role_refs();
    let titles: Vec<&str> = roles.iter().map(|r| r.title.as_str()).collect();
    let h = style::HEADING;
    write_wrapped(out, &titles.join(" vs "), width, ("", ""), h)?;
    writeln!(out)?;
    let widths = column_widths(&report.rows, &titles, width);
    write_row(&title_row(&titles), &widths, width, true, out)?;
    for row in &report.rows {
        write_row(row, &widths, width, false, out)?;
    }
    if report.wage_extent().is_some() {
        writeln!(out)?;
        write_wrapped(
            out,
            &format!("Wages ({})", report.wage_scope()),
            width,
            ("", ""),
            h,
        )?;
        for line in report.band_lines() {
            write_wrapped(out, &line, width, ("• ", "  "), style::PLAIN)?;
        }
    }
    writeln!(out)?;
    write_wrapped(
        out,
        "Skills and knowledge that differ most",
        width,
        ("", ""),
        h,
    )?;
    write_wrapped(out, &report.elements_note(), width, ("", ""), style::DIM)?;
    let rows = report.element_table();
    if !rows.is_empty() {
        let mut titles = titles.clone();
        titles.push("spread");
        let widths = column_widths(&rows, &titles, width);
        write_row(&title_row(&titles), &widths, width, true, out)?;
        for row in &rows {
            write_row(row, &widths, width, false, out)?;
        }
    }
    Ok(())
}

/// Widths of the label column and of each role's column but the last, which takes the rest.
fn column_widths(rows: &[CompareRow], titles: &[&str], width: usize) -> Vec<usize> {
    let widest =
        |cells: &mut dyn Iterator<Item = &str>| cells.map(|s| s.width()).max().unwrap_or(0);
    let label = widest(&mut rows.iter().map(|r| r.label.as_str()))
        .clamp(1, 24)
        .min(width / 3);
    let columns = titles.len().max(1);
    let rest = width.saturating_sub(label + 2 * columns).max(columns);
    let mut widths = vec![label];
    for (i, title) in titles.iter().enumerate().take(columns - 1) {
        let cells = rows
            .iter()
            .filter_map(|r| r.cells.get(i))
            .flat_map(|c| &c.lines)
            .map(String::as_str);
        let texts: Vec<&str> = cells.chain([*title]).collect();
        let longest = widest(&mut texts.iter().copied());
        // A word is not broken: the column is at least as wide as its longest (within reason),
        // so that it does not push the next column out of line.
        let word = widest(&mut texts.iter().flat_map(|t| t.split_whitespace()));
        widths.push(longest.clamp(1, rest / columns).max(word.min(rest / 2)));
    }
    widths
}

/// The report wrapped to `width`: each cell wraps inside its column, rows grow downwards; the
/// skill differences and the tasks in common follow the table.
pub fn write_text(
    report: &CompareReport<'_>,
    width: usize,
    out: &mut impl Write,
) -> io::Result<()> {
    let [a, b] = report.roles();
    let h = style::HEADING;
    write_wrapped(
        out,
        &format!("{} vs {}", a.title, b.title),
        width,
        ("", ""),
        h,
    )?;
    let description = format!(
        "{}: {}",
        b.title,
        report.view.description.unwrap_or(NOT_IN_SOURCE)
    );
    write_wrapped(out, &description, width, ("", "  "), style::PLAIN)?;
    writeln!(out)?;
    let titles = [a.title.as_str(), b.title.as_str()];
    let differences = report.difference_rows();
    let all: Vec<CompareRow> = report.rows.iter().chain(&differences).cloned().collect();
    let widths = column_widths(&all, &titles, width);
    let title_row = title_row(&titles);
    write_row(&title_row, &widths, width, true, out)?;
    for row in &report.rows {
        write_row(row, &widths, width, false, out)?;
    }
    if let Some((heading, note)) = report.skills_section() {
        writeln!(out)?;
        write_wrapped(out, heading, width, ("", ""), h)?;
        write_wrapped(out, &note, width, ("", ""), style::DIM)?;
        if !differences.is_empty() {
            write_row(&title_row, &widths, width, true, out)?;
        }
        for row in &differences {
            write_row(row, &widths, width, false, out)?;
        }
    }
    if let Some((heading, note)) = report.tasks_section() {
        writeln!(out)?;
        write_wrapped(out, &heading, width, ("", ""), h)?;
        write_wrapped(out, note, width, ("", ""), style::DIM)?;
        for task in &report.shared_tasks {
            write_wrapped(
                out,
                &format!("{}: {}", a.title, task.role),
                width,
                ("• ", "  "),
                style::PLAIN,
            )?;
            if task.other != task.role {
                write_wrapped(
                    out,
                    &format!("{}: {}", b.title, task.other),
                    width,
                    ("  ", "  "),
                    style::DIM,
                )?;
            }
        }
    }
    Ok(())
}

/// The titles as a row of their own.
fn title_row(titles: &[&str]) -> CompareRow {
    CompareRow {
        label: String::new(),
        cells: titles
            .iter()
            .map(|t| Cell {
                lines: vec![t.to_string()],
                tone: Tone::Neutral,
            })
            .collect(),
    }
}

/// One row of the table: every cell wrapped to its column, side by side; the last column takes
/// what is left of `width`.
fn write_row(
    row: &CompareRow,
    widths: &[usize],
    width: usize,
    heading: bool,
    out: &mut impl Write,
) -> io::Result<()> {
    let used: usize = widths.iter().map(|w| w + 2).sum();
    let last = width.saturating_sub(used).max(1);
    let width_of = |column: usize| widths.get(column + 1).copied().unwrap_or(last);
    let wrapped = |lines: &[String], width: usize| -> Vec<Cow<'static, str>> {
        lines
            .iter()
            .flat_map(|line| wrap(line, width, "", ""))
            .map(|l| Cow::Owned(l.into_owned()))
            .collect()
    };
    let label = wrapped(std::slice::from_ref(&row.label), widths[0]);
    let cells: Vec<Vec<Cow<str>>> = row
        .cells
        .iter()
        .enumerate()
        .map(|(i, c)| wrapped(&c.lines, width_of(i)))
        .collect();
    let styles: Vec<anstyle::Style> = row
        .cells
        .iter()
        .map(|c| match (heading, c.tone) {
            (true, _) => style::HEADING,
            (_, Tone::More) => style::MORE,
            (_, Tone::Less) => style::LESS,
            (_, Tone::Neutral) => style::PLAIN,
        })
        .collect();
    let pad = |s: &str, w: usize| " ".repeat(w.saturating_sub(s.width()));
    let height = cells
        .iter()
        .map(Vec::len)
        .chain([label.len()])
        .max()
        .unwrap_or(0);
    for i in 0..height {
        let label = label.get(i).map_or("", |s| s.as_ref());
        let mut line = format!("{label}{}", pad(label, widths[0]));
        let mut pending = String::new();
        for (column, cell) in cells.iter().enumerate() {
            let text = cell.get(i).map_or("", |s| s.as_ref());
            if !text.is_empty() {
                line.push_str(&pending);
                line.push_str("  ");
                let style = styles[column];
                line.push_str(&format!("{style}{text}{style:#}"));
                pending = pad(text, width_of(column));
            } else {
                pending.push_str("  ");
                pending.push_str(&" ".repeat(width_of(column)));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}
