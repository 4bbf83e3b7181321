//! `show`: everything the catalog holds on one role, as text, JSON or Markdown.

use std::io::Write;

use serde::Serialize;

use super::compare::ComparisonJson;
use super::{Outcome, OutputFormat, resolve, style};
use crate::catalog::{Catalog, Role, Source};
use crate::cli::ShowArgs;
use crate::report::{NOT_IN_SOURCE, count, pay_lines, skill_measure, skill_value, source_line};

/// The JSON of `show`: the role's own fields, where they come from, and its comparisons.
#[derive(Serialize)]
pub struct RoleJson<'a> {
    #[serde(flatten)]
    pub role: &'a Role,
    /// The catalog file the role was loaded from.
    pub catalog: &'a str,
    pub sources: &'a [Source],
    pub comparisons: Vec<ComparisonJson<'a>>,
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
                comparisons: catalog
                    .comparisons_of(index)
                    .iter()
                    .map(|v| ComparisonJson::new(catalog, v))
                    .collect(),
            };
            serde_json::to_writer_pretty(&mut *out, &json).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        OutputFormat::Text => write_text(catalog, index, out)?,
        OutputFormat::Markdown => write_markdown(catalog, index, out)?,
    }
    Ok(())
}

fn write_text(catalog: &Catalog, index: usize, out: &mut impl Write) -> std::io::Result<()> {
    let role = &catalog.roles[index];
    let (h, d) = (style::HEADING, style::DIM);
    let origin = catalog.origin_of(index);
    writeln!(out, "{h}{}{h:#}  {d}{}{d:#}", role.title, role.id)?;
    writeln!(out, "{d}Source: {}{d:#}", source_line(&origin.sources))?;

    let section = |out: &mut dyn Write, title: &str| writeln!(out, "\n{h}{title}{h:#}");
    section(out, "What the role does")?;
    writeln!(out, "{}", role.summary.as_deref().unwrap_or(NOT_IN_SOURCE))?;
    if !role.alternate_titles.is_empty() {
        writeln!(out, "Also called: {}", role.alternate_titles.join(", "))?;
    }

    section(out, "Duties")?;
    bullets(out, &role.duties)?;

    section(out, "Pay")?;
    for (label, value) in pay_lines(role) {
        writeln!(out, "  {label}: {value}")?;
    }
    if let Some(w) = role.wages.as_ref().filter(|w| !w.by_industry.is_empty()) {
        writeln!(out, "  Employment by industry:")?;
        for i in &w.by_industry {
            let employment = i.employment.map_or(NOT_IN_SOURCE.into(), count);
            writeln!(out, "    {}: {employment}", i.industry)?;
        }
    }

    section(out, "Education")?;
    match role.education.as_ref().filter(|e| !e.levels.is_empty()) {
        Some(e) => {
            for level in &e.levels {
                writeln!(out, "  {}: {:.1}%", level.level, level.share)?;
            }
        }
        None => writeln!(out, "  {NOT_IN_SOURCE}")?,
    }

    section(out, "Top employers (open jobs)")?;
    if role.employers.is_empty() {
        writeln!(out, "  {NOT_IN_SOURCE}")?;
    }
    for e in &role.employers {
        writeln!(out, "  {}: {}", e.name, count(e.open_jobs))?;
    }

    section(
        out,
        &format!("Responsibilities ({})", role.responsibilities.len()),
    )?;
    bullets(out, &role.responsibilities)?;

    let origin = catalog.origin_of(index);
    section(out, &format!("Hard skills ({})", skill_measure(origin)))?;
    if role.hard_skills.is_empty() {
        writeln!(out, "  {NOT_IN_SOURCE}")?;
    }
    for s in &role.hard_skills {
        writeln!(out, "  {}: {}", s.name, skill_value(origin, s.share))?;
        if let Some(example) = &s.example {
            writeln!(out, "    {d}e.g. \"{example}\"{d:#}")?;
        }
    }

    section(out, "Soft skills")?;
    if role.soft_skills.is_empty() {
        writeln!(out, "  {NOT_IN_SOURCE}")?;
    }
    for s in &role.soft_skills {
        writeln!(
            out,
            "  {}: {}",
            s.name,
            s.why.as_deref().unwrap_or(NOT_IN_SOURCE)
        )?;
        if let Some(example) = &s.example {
            writeln!(out, "    {d}e.g. \"{example}\"{d:#}")?;
        }
    }

    section(out, "Types")?;
    match &role.types {
        Some(types) if !types.is_empty() => bullets(out, types)?,
        _ => writeln!(out, "  {NOT_IN_SOURCE}")?,
    }

    if !role.notes.is_empty() {
        section(out, "Notes")?;
        bullets(out, &role.notes)?;
    }

    let related: Vec<&str> = role
        .related
        .iter()
        .filter_map(|id| catalog.role(id))
        .map(|r| r.title.as_str())
        .collect();
    if !related.is_empty() {
        section(out, "Related roles")?;
        writeln!(out, "  {}", related.join(", "))?;
    }

    let comparisons = catalog.comparisons_of(index);
    if !comparisons.is_empty() {
        section(out, "Compared with")?;
        for view in comparisons {
            let other = &catalog.roles[view.other];
            writeln!(
                out,
                "  {}  {d}career-explorer compare {} {}{d:#}",
                other.title, role.id, other.id
            )?;
        }
    }
    Ok(())
}

fn bullets(out: &mut dyn Write, items: &[String]) -> std::io::Result<()> {
    if items.is_empty() {
        return writeln!(out, "  {NOT_IN_SOURCE}");
    }
    items
        .iter()
        .try_for_each(|item| writeln!(out, "  • {item}"))
}

/// Escapes the characters Markdown would read as formatting.
pub fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn write_markdown(catalog: &Catalog, index: usize, out: &mut impl Write) -> std::io::Result<()> {
    let role = &catalog.roles[index];
    let e = md_escape;
    let list = |out: &mut dyn Write, items: &[String]| -> std::io::Result<()> {
        if items.is_empty() {
            return writeln!(out, "*{NOT_IN_SOURCE}*");
        }
        items.iter().try_for_each(|i| writeln!(out, "- {}", e(i)))
    };
    writeln!(out, "# {}\n", e(&role.title))?;
    writeln!(
        out,
        "*Source: {}*\n",
        e(&source_line(&catalog.origin_of(index).sources))
    )?;
    writeln!(
        out,
        "{}\n",
        e(role.summary.as_deref().unwrap_or(NOT_IN_SOURCE))
    )?;
    writeln!(out, "## Duties\n")?;
    list(out, &role.duties)?;
    writeln!(out, "\n## Pay\n")?;
    for (label, value) in pay_lines(role) {
        writeln!(out, "- **{label}:** {}", e(&value))?;
    }
    writeln!(out, "\n## Top employers\n")?;
    if role.employers.is_empty() {
        writeln!(out, "*{NOT_IN_SOURCE}*")?;
    } else {
        writeln!(out, "| Employer | Open jobs |\n|---|---:|")?;
        for em in &role.employers {
            writeln!(out, "| {} | {} |", e(&em.name), count(em.open_jobs))?;
        }
    }
    writeln!(out, "\n## Responsibilities\n")?;
    list(out, &role.responsibilities)?;
    writeln!(out, "\n## Hard skills\n")?;
    if role.hard_skills.is_empty() {
        writeln!(out, "*{NOT_IN_SOURCE}*")?;
    } else {
        let origin = catalog.origin_of(index);
        let measure = skill_measure(origin);
        writeln!(out, "| Skill | {} | Example |\n|---|---:|---|", e(measure))?;
        for s in &role.hard_skills {
            let example = s.example.as_deref().map(e).unwrap_or_default();
            let value = skill_value(origin, s.share);
            writeln!(out, "| {} | {value} | {example} |", e(&s.name))?;
        }
    }
    writeln!(out, "\n## Soft skills\n")?;
    if role.soft_skills.is_empty() {
        writeln!(out, "*{NOT_IN_SOURCE}*")?;
    }
    for s in &role.soft_skills {
        writeln!(
            out,
            "- **{}:** {}",
            e(&s.name),
            e(s.why.as_deref().unwrap_or(NOT_IN_SOURCE))
        )?;
        if let Some(example) = &s.example {
            writeln!(out, "  > {}", e(example))?;
        }
    }
    writeln!(out, "\n## Types\n")?;
    list(out, role.types.as_deref().unwrap_or_default())?;
    if !role.notes.is_empty() {
        writeln!(out, "\n## Notes\n")?;
        list(out, &role.notes)?;
    }
    Ok(())
}
