//! `compare`: the comparison table of two roles, authored or built from what both hold.

use std::io::Write;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::show::md_escape;
use super::{Outcome, OutputFormat, resolve, style};
use crate::catalog::{Catalog, ComparisonView, EducationDiff, Relation, Salary, Wages};
use crate::cli::CompareArgs;
use crate::report::{CompareRow, NOT_IN_SOURCE, Tone, compare_rows, shared_skills};

#[derive(Serialize)]
pub struct RoleRef<'a> {
    pub id: &'a str,
    pub title: &'a str,
}

/// The JSON of a comparison: the facts, then the table rows exactly as the explorer shows them.
#[derive(Serialize)]
pub struct ComparisonJson<'a> {
    pub role: RoleRef<'a>,
    pub other: RoleRef<'a>,
    /// Whether the catalog authored this comparison, rather than it being built from both roles.
    pub authored: bool,
    pub description: Option<&'a str>,
    pub role_skills: &'a [String],
    pub other_skills: &'a [String],
    pub shared_skills: Vec<String>,
    /// How the other role's pay compares: lower, similar or higher.
    pub pay: Option<Relation>,
    pub education: Option<EducationDiff>,
    pub role_salary: Option<&'a Salary>,
    pub other_salary: Option<&'a Salary>,
    pub role_wages: Option<&'a Wages>,
    pub other_wages: Option<&'a Wages>,
    /// Other's median wage minus role's, when both have one.
    pub median_wage_difference: Option<i64>,
    pub rows: Vec<CompareRow>,
}

impl<'a> ComparisonJson<'a> {
    pub fn new(catalog: &'a Catalog, view: &ComparisonView<'a>) -> Self {
        let (a, b) = (&catalog.roles[view.role], &catalog.roles[view.other]);
        let median = |r: &crate::catalog::Role| r.wages.as_ref().and_then(|w| w.median);
        ComparisonJson {
            role: RoleRef {
                id: &a.id,
                title: &a.title,
            },
            other: RoleRef {
                id: &b.id,
                title: &b.title,
            },
            authored: view.authored,
            description: view.description,
            role_skills: view.role_skills,
            other_skills: view.other_skills,
            shared_skills: shared_skills(a, b),
            pay: view.pay,
            education: view.education.clone(),
            role_salary: a.salary.as_ref(),
            other_salary: b.salary.as_ref(),
            role_wages: a.wages.as_ref(),
            other_wages: b.wages.as_ref(),
            median_wage_difference: median(a).zip(median(b)).map(|(x, y)| y - x),
            rows: compare_rows(catalog, view),
        }
    }
}

pub fn run(catalog: &Catalog, args: &CompareArgs, out: &mut impl Write) -> Outcome {
    let role = resolve(catalog, &args.role)?;
    let other = resolve(catalog, &args.other)?;
    if role == other {
        return Err(format!("cannot compare \"{}\" with itself", catalog.roles[role].id).into());
    }
    let view = catalog.compare(role, other);
    match args.format.format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &ComparisonJson::new(catalog, &view))
                .map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        OutputFormat::Text => write_text(catalog, &view, out)?,
        OutputFormat::Markdown => write_markdown(catalog, &view, out)?,
    }
    Ok(())
}

fn write_text(
    catalog: &Catalog,
    view: &ComparisonView<'_>,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let (a, b) = (&catalog.roles[view.role], &catalog.roles[view.other]);
    let h = style::HEADING;
    writeln!(out, "{h}{} vs {}{h:#}", a.title, b.title)?;
    writeln!(
        out,
        "{}: {}",
        b.title,
        view.description.unwrap_or(NOT_IN_SOURCE)
    )?;
    writeln!(out)?;
    let rows = compare_rows(catalog, view);
    let label_width = rows
        .iter()
        .map(|r| r.label.width())
        .max()
        .unwrap_or(0)
        .max(1);
    let left_width = rows
        .iter()
        .flat_map(|r| r.left.iter())
        .chain(std::iter::once(&a.title))
        .map(|s| s.width())
        .max()
        .unwrap_or(0);
    let pad = |s: &str, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(s.width())));
    writeln!(
        out,
        "{}  {h}{}{h:#}  {h}{}{h:#}",
        pad("", label_width),
        pad(&a.title, left_width),
        b.title
    )?;
    for row in &rows {
        let lines = row.left.len().max(row.right.len());
        let tone = match row.tone {
            Tone::More => style::MORE,
            Tone::Less => style::LESS,
            Tone::Neutral => anstyle::Style::new(),
        };
        for i in 0..lines {
            let label = if i == 0 { row.label.as_str() } else { "" };
            let left = row.left.get(i).map_or("", String::as_str);
            let right = row.right.get(i).map_or("", String::as_str);
            let line = format!(
                "{}  {}  {tone}{right}{tone:#}",
                pad(label, label_width),
                pad(left, left_width)
            );
            writeln!(out, "{}", line.trim_end())?;
        }
    }
    Ok(())
}

fn write_markdown(
    catalog: &Catalog,
    view: &ComparisonView<'_>,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let (a, b) = (&catalog.roles[view.role], &catalog.roles[view.other]);
    writeln!(
        out,
        "# {} vs {}\n",
        md_escape(&a.title),
        md_escape(&b.title)
    )?;
    writeln!(
        out,
        "{}\n",
        md_escape(view.description.unwrap_or(NOT_IN_SOURCE))
    )?;
    writeln!(
        out,
        "| | {} | {} |\n|---|---|---|",
        md_escape(&a.title),
        md_escape(&b.title)
    )?;
    for row in compare_rows(catalog, view) {
        let cell = |lines: &[String]| {
            lines
                .iter()
                .map(|l| md_escape(l))
                .collect::<Vec<_>>()
                .join("<br>")
        };
        writeln!(
            out,
            "| {} | {} | {} |",
            md_escape(&row.label),
            cell(&row.left),
            cell(&row.right)
        )?;
    }
    Ok(())
}
