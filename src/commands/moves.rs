//! `moves` and `match`: Next moves from a role and the Skills matcher, from the shell.

use std::io::Write;

use super::output::{text_width, write_json, write_wrapped};
use super::{Failure, Outcome, OutputFormat, resolve, style};
use crate::catalog::{Catalog, closest, sanitize};
use crate::cli::{MatchArgs, MovesArgs};
use crate::moves::fit::{MAX_RATING, Profile};
use crate::moves::next::Filters;
use crate::moves::report::{
    FIT_RULE, MatchReport, MovesReport, SIMILARITY_RULE, gap_words, outlook_words, pay_change,
    zone_words,
};
use crate::moves::{Space, origin_of};
use crate::report::{dollars, states};

fn state_code<'c>(catalog: &'c Catalog, state: Option<&str>) -> Result<Option<&'c str>, Failure> {
    match state {
        Some(query) => Ok(Some(states::find(catalog, query)?.code.as_str())),
        None => Ok(None),
    }
}

pub fn run_moves(catalog: &Catalog, args: &MovesArgs, out: &mut impl Write) -> Outcome {
    let role = resolve(catalog, &args.role)?;
    let state = state_code(catalog, args.state.as_deref())?;
    let space = Space::build(catalog);
    let Some(origin) = origin_of(catalog, &space, role) else {
        return Err(format!(
            "\"{}\" has no O*NET skills or knowledge ratings, nor a rated nearest occupation: \
             there is nothing to find moves from",
            catalog.roles[role].id
        )
        .into());
    };
    let filters = Filters {
        higher_pay: args.higher_pay,
        growing: args.growing,
        same_or_lower_zone: args.same_zone,
    };
    let report = MovesReport::new(catalog, &space, &origin, filters, state, args.limit);
    match args.format.format {
        OutputFormat::Json => write_json(out, &report)?,
        OutputFormat::Markdown => out.write_all(report.markdown().as_bytes())?,
        OutputFormat::Text => write_moves_text(&report, text_width(), out)?,
    }
    if report.matched == 0 {
        return Err(format!(
            "no move from \"{}\" passes the filters ({})",
            catalog.roles[role].id,
            filters.words()
        )
        .into());
    }
    Ok(())
}

fn write_moves_text(
    report: &MovesReport,
    width: usize,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let bold = style::HEADING;
    let dim = style::DIM;
    writeln!(out, "{bold}Next moves from {}{bold:#}", report.role.title)?;
    if report.via_nearest {
        writeln!(
            out,
            "from the nearest rated occupation, {}",
            report.from.title
        )?;
    }
    let mut pay = format!("Pay: {}", report.basis);
    if let Some(m) = report.median {
        pay.push_str(&format!(", {} for {}", dollars(m), report.median_of));
    }
    if report.filters.any() {
        pay.push_str(&format!(". Only: {}", report.filters.words()));
    }
    write_wrapped(out, &pay, width, ("", ""), dim)?;
    write_wrapped(out, SIMILARITY_RULE, width, ("", ""), dim)?;
    for (i, m) in report.moves.iter().enumerate() {
        let related = if m.related { "  related" } else { "" };
        writeln!(out)?;
        writeln!(
            out,
            "{:>2}. {bold}{}{bold:#}  {:.2}{related}",
            i + 1,
            m.role.title,
            m.similarity
        )?;
        let line = format!(
            "pay {} · outlook {} · job zone {}",
            pay_change(m.prospects.wage_change, m.prospects.median),
            outlook_words(m.prospects.outlook, m.prospects.percent_change),
            zone_words(m.prospects.job_zone, m.prospects.zone_step)
        );
        write_wrapped(out, &line, width, ("    ", "    "), anstyle::Style::new())?;
        if !m.to_build.is_empty() {
            let names: Vec<&str> = m.to_build.iter().map(|b| b.label).collect();
            let line = format!("to build: {}", names.join(", "));
            write_wrapped(out, &line, width, ("    ", "    "), anstyle::Style::new())?;
        }
    }
    if report.matched > report.moves.len() {
        writeln!(
            out,
            "\n{dim}{} of {} shown (--limit 0 for all){dim:#}",
            report.moves.len(),
            report.matched
        )?;
    }
    Ok(())
}

/// `critical-thinking=4,programming=5` as (id, rating) pairs: a part that is not ID=RATING and a
/// rating outside 0–5 are errors that name them.
fn parse_ratings(text: &str) -> Result<Vec<(&str, u8)>, Failure> {
    let mut out = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((id, rating)) = part.split_once('=') else {
            return Err(format!(
                "--skills: \"{}\" is not ID=RATING (e.g. critical-thinking=4)",
                sanitize::clean(part)
            )
            .into());
        };
        let (id, rating) = (id.trim(), rating.trim());
        let Some(value) = rating.parse::<u8>().ok().filter(|r| *r <= MAX_RATING) else {
            return Err(format!(
                "--skills: the rating of \"{}\" must be a whole number from 0 to 5, not \"{}\"",
                sanitize::clean(id),
                sanitize::clean(rating)
            )
            .into());
        };
        out.push((id, value));
    }
    Ok(out)
}

/// Sets `ratings` in `profile`: an unknown skill id is an error naming it and the closest ids.
fn apply_ratings(space: &Space, ratings: &[(&str, u8)], profile: &mut Profile) -> Outcome {
    for &(id, value) in ratings {
        let Some(d) = space.skill(id) else {
            let ids = space.skill_dims().iter().map(|d| d.id.as_str());
            let near = closest(id, ids, 3);
            let hint = if near.is_empty() {
                " (`match --help` and the README list the skill ids)".to_string()
            } else {
                format!(" (did you mean {}?)", near.join(", "))
            };
            return Err(
                format!("--skills: unknown skill \"{}\"{hint}", sanitize::clean(id)).into(),
            );
        };
        profile.set(&space.dims[d].name, value);
    }
    Ok(())
}

#[cfg(test)]
fn parse_skills(space: &Space, text: &str, profile: &mut Profile) -> Outcome {
    apply_ratings(space, &parse_ratings(text)?, profile)
}

pub fn run_match(catalog: &Catalog, args: &MatchArgs, out: &mut impl Write) -> Outcome {
    // What was typed is checked first, so an error names it whatever the catalogs hold.
    let from_role = args
        .from
        .as_deref()
        .map(|q| resolve(catalog, q))
        .transpose()?;
    let ratings = args.skills.as_deref().map(parse_ratings).transpose()?;
    let state = state_code(catalog, args.state.as_deref())?;
    let space = Space::build(catalog);
    if space.skills == 0 {
        return Err("the loaded catalogs have no O*NET skills ratings to match"
            .to_string()
            .into());
    }
    let mut profile = Profile::default();
    let mut from = None;
    if let Some(role) = from_role {
        let origin = origin_of(catalog, &space, role).ok_or_else(|| {
            format!(
                "\"{}\" has no O*NET skills ratings to start from",
                catalog.roles[role].id
            )
        })?;
        profile = Profile::from_role(&space, origin.occupation).unwrap_or_default();
        from = Some(origin.occupation);
    }
    if let Some(ratings) = &ratings {
        apply_ratings(&space, ratings, &mut profile)?;
    }
    let report = MatchReport::new(catalog, &space, &profile, from, state, args.limit);
    match args.format.format {
        OutputFormat::Json => write_json(out, &report)?,
        OutputFormat::Markdown => out.write_all(report.markdown().as_bytes())?,
        OutputFormat::Text => write_match_text(&report, text_width(), out)?,
    }
    if report.matched == 0 {
        return Err("no occupation to match".to_string().into());
    }
    Ok(())
}

fn write_match_text(
    report: &MatchReport,
    width: usize,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let bold = style::HEADING;
    let dim = style::DIM;
    writeln!(out, "{bold}Occupations by fit{bold:#}")?;
    if let Some(from) = report.from {
        writeln!(out, "ratings from {}", from.title)?;
    }
    write_wrapped(out, FIT_RULE, width, ("", ""), dim)?;
    write_wrapped(out, &format!("Pay: {}", report.basis), width, ("", ""), dim)?;
    writeln!(out)?;
    for (i, m) in report.matches.iter().enumerate() {
        let pay = m
            .median
            .map(dollars)
            .unwrap_or_else(|| crate::report::NOT_IN_SOURCE.into());
        writeln!(
            out,
            "{:>2}. {:>3.0}%  {bold}{}{bold:#}  {pay}",
            i + 1,
            m.fit * 100.0,
            m.role.title
        )?;
        if !m.gaps.is_empty() {
            let gaps: Vec<String> = m.gaps.iter().map(gap_words).collect();
            let line = format!("gaps: {}", gaps.join(", "));
            write_wrapped(out, &line, width, ("         ", "         "), dim)?;
        }
    }
    if report.matched > report.matches.len() {
        writeln!(
            out,
            "\n{dim}{} of {} shown (--limit 0 for all){dim:#}",
            report.matches.len(),
            report.matched
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skills_parse_by_id_and_errors_name_what_is_wrong() {
        let catalog = Catalog::embedded().unwrap();
        let space = Space::build(&catalog);
        let mut profile = Profile::default();
        parse_skills(
            &space,
            "critical-thinking=4, Programming = 5,",
            &mut profile,
        )
        .unwrap();
        assert_eq!(profile.rating("Critical Thinking"), 4);
        assert_eq!(profile.rating("Programming"), 5);
        let error = |text: &str| match parse_skills(&space, text, &mut Profile::default()) {
            Err(Failure::Message(m)) => m,
            other => panic!("{other:?}"),
        };
        let unknown = error("critical-thinkin=4");
        assert!(
            unknown.starts_with(
                "--skills: unknown skill \"critical-thinkin\" (did you mean critical-thinking"
            ),
            "{unknown}"
        );
        assert_eq!(
            error("writing=6"),
            "--skills: the rating of \"writing\" must be a whole number from 0 to 5, not \"6\""
        );
        assert!(error("writing").contains("is not ID=RATING"));
    }
}
