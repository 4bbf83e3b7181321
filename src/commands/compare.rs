//! `compare`: the comparison of two roles, authored or built from what both hold, with the
//! wages of a chosen state beside the national ones. Every format draws the same
//! [`CompareReport`] the explorer's Compare pane draws.

use std::borrow::Cow;
use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use super::output::{md_escape, style, text_width, wrap, write_json, write_wrapped};
use super::{Outcome, OutputFormat, resolve};
use crate::catalog::{Catalog, ElementKind};
use crate::cli::CompareArgs;
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
            OutputFormat::Markdown => write_markdown(&report, out)?,
        }
    } else {
        let report = SeveralReport::new(catalog, &roles, state);
        match args.format.format {
            OutputFormat::Json => write_json(out, &report)?,
            OutputFormat::Text => write_several_text(&report, text_width(), out)?,
            OutputFormat::Markdown => write_several_markdown(&report, out)?,
        }
    }
    Ok(())
}

/// The Markdown `compare --format markdown` prints for `roles` (the role first, two to four):
/// the explorer's export writes the same.
pub fn markdown(catalog: &Catalog, roles: &[usize], state: Option<&str>) -> String {
    let mut out = Vec::new();
    let written = if let [role, other] = roles[..] {
        write_markdown(
            &CompareReport::new(catalog.compare(role, other), state),
            &mut out,
        )
    } else {
        write_several_markdown(&SeveralReport::new(catalog, roles, state), &mut out)
    };
    match written {
        Ok(()) => String::from_utf8_lossy(&out).into_owned(),
        Err(e) => format!("Could not write the comparison: {e}\n"),
    }
}

/// At most this many skill and knowledge rows in text and Markdown.
const ELEMENT_ROWS: usize = 12;

/// The element rows as table rows: each role's importance, and the spread.
fn element_table(report: &SeveralReport<'_>) -> Vec<CompareRow> {
    report
        .elements
        .iter()
        .take(ELEMENT_ROWS)
        .map(|e| {
            let label = match e.kind {
                ElementKind::Knowledge => format!("{} (knowledge)", e.name),
                _ => e.name.to_string(),
            };
            let mut cells: Vec<Cell> = e
                .importance
                .iter()
                .map(|i| Cell {
                    lines: vec![i.map_or("not rated".to_string(), |i| format!("{i:.2}"))],
                    tone: Tone::Neutral,
                })
                .collect();
            cells.push(Cell {
                lines: vec![format!("{:.2}", e.spread)],
                tone: Tone::Neutral,
            });
            CompareRow { label, cells }
        })
        .collect()
}

fn elements_note(report: &SeveralReport<'_>) -> String {
    let end = if report.elements.is_empty() {
        ": none is rated by two or more of them."
    } else {
        "."
    };
    format!(
        "O*NET importance 1–5 of the elements at least two of the roles rate, the largest spread (highest less lowest) first, at most {ELEMENT_ROWS}{end}"
    )
}

/// Each role's wage band as a line: `Registered Nurses: $66,030 · $79,700 · $93,600 (median) · ...`.
fn band_lines(report: &SeveralReport<'_>) -> Vec<String> {
    report
        .role_refs()
        .iter()
        .zip(&report.wages)
        .map(|(role, band)| {
            let Some(band) = band else {
                return format!("{}: {NOT_IN_SOURCE}", role.title);
            };
            let figure = |v: Option<i64>| v.map_or("?".to_string(), |v| band.text(v));
            let mut line = format!(
                "{}: 10th {} · 25th {} · median {} · 75th {} · 90th {}",
                role.title,
                figure(band.p10),
                figure(band.p25),
                figure(band.median),
                figure(band.p75),
                figure(band.p90)
            );
            if band.from_hourly {
                line.push_str(" (hourly × 2,080)");
            }
            if let (Some(state), Some(_)) = (&band.state, report.state) {
                line.push_str(&format!(" ({state})"));
            } else if report.state.is_some() {
                line.push_str(" (national)");
            }
            line
        })
        .collect()
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
        for line in band_lines(report) {
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
    write_wrapped(out, &elements_note(report), width, ("", ""), style::DIM)?;
    let rows = element_table(report);
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

fn write_several_markdown(report: &SeveralReport<'_>, out: &mut impl Write) -> io::Result<()> {
    let e = md_escape;
    let roles = report.role_refs();
    let titles: Vec<String> = roles.iter().map(|r| e(&r.title)).collect();
    writeln!(out, "# {}\n", titles.join(" vs "))?;
    let table = |rows: &[CompareRow], titles: &[String], out: &mut dyn Write| -> io::Result<()> {
        writeln!(out, "| | {} |", titles.join(" | "))?;
        writeln!(out, "|---|{}", "---|".repeat(titles.len()))?;
        for row in rows {
            let cells: Vec<String> = row
                .cells
                .iter()
                .map(|c| {
                    c.lines
                        .iter()
                        .map(|l| e(l))
                        .collect::<Vec<_>>()
                        .join("<br>")
                })
                .collect();
            writeln!(out, "| {} | {} |", e(&row.label), cells.join(" | "))?;
        }
        Ok(())
    };
    table(&report.rows, &titles, out)?;
    if report.wage_extent().is_some() {
        writeln!(out, "\n## Wages ({})\n", e(&report.wage_scope()))?;
        for line in band_lines(report) {
            writeln!(out, "- {}", e(&line))?;
        }
    }
    writeln!(
        out,
        "\n## Skills and knowledge that differ most\n\n{}\n",
        e(&elements_note(report))
    )?;
    let rows = element_table(report);
    if !rows.is_empty() {
        let mut titles = titles.clone();
        titles.push("spread".to_string());
        table(&rows, &titles, out)?;
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
        let widest = widest(&mut cells.chain([*title]));
        widths.push(widest.clamp(1, rest / columns));
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

fn write_markdown(report: &CompareReport<'_>, out: &mut impl Write) -> io::Result<()> {
    let [a, b] = report.roles();
    let e = md_escape;
    writeln!(out, "# {} vs {}\n", e(&a.title), e(&b.title))?;
    writeln!(
        out,
        "{}\n",
        e(report.view.description.unwrap_or(NOT_IN_SOURCE))
    )?;
    let table = |rows: &[CompareRow], out: &mut dyn Write| -> io::Result<()> {
        writeln!(
            out,
            "| | {} | {} |\n|---|---|---|",
            e(&a.title),
            e(&b.title)
        )?;
        for row in rows {
            let cell =
                |lines: &[String]| lines.iter().map(|l| e(l)).collect::<Vec<_>>().join("<br>");
            writeln!(
                out,
                "| {} | {} | {} |",
                e(&row.label),
                cell(row.left()),
                cell(row.right())
            )?;
        }
        Ok(())
    };
    table(&report.rows, out)?;
    if let Some((heading, note)) = report.skills_section() {
        writeln!(out, "\n## {heading}\n\n{}\n", e(&note))?;
        let rows = report.difference_rows();
        if !rows.is_empty() {
            table(&rows, out)?;
        }
    }
    if let Some((heading, note)) = report.tasks_section() {
        writeln!(out, "\n## {}\n\n{}\n", e(&heading), e(note))?;
        for task in &report.shared_tasks {
            writeln!(out, "- {}: {}", e(&a.title), e(task.role))?;
            if task.other != task.role {
                writeln!(out, "  {}: {}", e(&b.title), e(task.other))?;
            }
        }
    }
    Ok(())
}
