//! A comparison in Markdown, as `compare --format markdown` prints it and the explorer's `e`
//! writes it: two roles ([`write_pair`]) or three and four ([`write_several`]).

use std::io::{self, Write};

use super::{CompareReport, CompareRow, NOT_IN_SOURCE, SeveralReport};
use crate::catalog::Catalog;
use crate::report::markdown::escape as md_escape;

/// The Markdown `compare --format markdown` prints for `roles` (the role first, two to four):
/// the explorer's export writes the same.
pub fn of_roles(catalog: &Catalog, roles: &[usize], state: Option<&str>) -> String {
    let mut out = Vec::new();
    let written = if let [role, other] = roles[..] {
        write_pair(
            &CompareReport::new(catalog.compare(role, other), state),
            &mut out,
        )
    } else {
        write_several(&SeveralReport::new(catalog, roles, state), &mut out)
    };
    match written {
        Ok(()) => String::from_utf8_lossy(&out).into_owned(),
        Err(e) => format!("Could not write the comparison: {e}\n"),
    }
}

/// Two roles: the table, where skills and knowledge differ, the tasks in common.
pub fn write_pair(report: &CompareReport<'_>, out: &mut impl Write) -> io::Result<()> {
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

/// Three or four roles: the table, each role's percentiles, the elements that spread most.
pub fn write_several(report: &SeveralReport<'_>, out: &mut impl Write) -> io::Result<()> {
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
        for line in report.band_lines() {
            writeln!(out, "- {}", e(&line))?;
        }
    }
    writeln!(
        out,
        "\n## Skills and knowledge that differ most\n\n{}\n",
        e(&report.elements_note())
    )?;
    let rows = report.element_table();
    if !rows.is_empty() {
        let mut titles = titles.clone();
        titles.push("spread".to_string());
        table(&rows, &titles, out)?;
    }
    Ok(())
}
