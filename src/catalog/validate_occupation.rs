//! Semantic checks of the occupational-data fields (see `model::occupation`): scales, counts
//! that must fit their lists, names that must be defined, and the state wage table's order.
//! Positions are searched for only when something is wrong, so a clean catalog costs no text
//! searches.

use std::collections::{HashMap, HashSet};

use super::model::{CatalogFile, ElementKind, OutlookLabel, Rating, Role, StateWageTable};
use super::validate::Checker;

/// A problem inside a role: the key to point at (its first occurrence in the role) and what.
type Found = (Option<&'static str>, String);

pub(super) fn check_file(c: &mut Checker<'_>, file: &CatalogFile) {
    let mut elements: HashMap<ElementKind, HashSet<&str>> = HashMap::new();
    for (i, element) in file.elements.iter().enumerate() {
        if element.name.trim().is_empty() {
            let at = c.locate.find("elements", 0);
            c.report(at, format!("elements[{i}].name: is empty"));
        } else if !elements
            .entry(element.kind)
            .or_default()
            .insert(element.name.as_str())
        {
            let at = c.locate.find(&format!("\"{}\"", element.name), 0);
            c.report(
                at,
                format!(
                    "elements[{i}]: {:?} \"{}\" is defined twice",
                    element.kind, element.name
                ),
            );
        }
    }
    let mut zones = HashSet::new();
    for (i, zone) in file.job_zones.iter().enumerate() {
        if !(1..=5).contains(&zone.zone) || !zones.insert(zone.zone) {
            let at = c.locate.find("job_zones", 0);
            c.report(
                at,
                format!(
                    "job_zones[{i}].zone: {} is not a Job Zone 1–5 defined once",
                    zone.zone
                ),
            );
        }
    }
    if let Some(p) = &file.projections {
        if p.base_year >= p.projected_year {
            let at = c.locate.find("projections", 0);
            c.report(
                at,
                format!(
                    "projections: base_year {} is not before projected_year {}",
                    p.base_year, p.projected_year
                ),
            );
        }
    }
    if let Some(table) = &file.state_wages {
        check_state_wages(c, table);
    }

    for (i, role) in file.roles.iter().enumerate() {
        let found = check_role(role, &elements, &zones);
        if !found.is_empty() {
            let at = c.role_offset(i, role);
            let name = format!("roles[{i}] ({})", role.id);
            for (key, message) in found {
                let offset = match key {
                    Some(key) => c.field_offset(at, key, 0),
                    None => at,
                };
                c.report(offset, format!("{name}.{message}"));
            }
        }
    }
}

fn check_role(
    role: &Role,
    elements: &HashMap<ElementKind, HashSet<&str>>,
    zones: &HashSet<u8>,
) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    if let Some(code) = role
        .nearest_occupation
        .as_deref()
        .filter(|c| !is_onet_code(c))
    {
        found.push((
            Some("nearest_occupation"),
            format!("nearest_occupation: \"{code}\" is not an O*NET-SOC code like 11-1021.00"),
        ));
    }
    if let Some(t) = role.task_types {
        let typed = t.core as usize + t.supplemental as usize;
        if typed > role.responsibilities.len() {
            found.push((
                Some("task_types"),
                format!(
                    "task_types: {typed} typed tasks, but {} responsibilities",
                    role.responsibilities.len()
                ),
            ));
        }
    }
    if let Some(t) = role.related_tiers {
        let tiered = t.primary_short as usize + t.primary_long as usize;
        if tiered > role.related.len() {
            found.push((
                Some("related_tiers"),
                format!(
                    "related_tiers: {tiered} primary related roles, but {} related",
                    role.related.len()
                ),
            ));
        }
    }
    for (field, kind, ratings) in [
        ("skills", ElementKind::Skill, &role.skills),
        ("knowledge", ElementKind::Knowledge, &role.knowledge),
    ] {
        check_ratings(field, kind, ratings, elements, &mut found);
    }
    let styles = elements.get(&ElementKind::WorkStyle);
    let mut seen = HashSet::new();
    for (k, style) in role.work_styles.iter().enumerate() {
        let at = Some("work_styles");
        if !(-3.0..=3.0).contains(&style.impact) {
            found.push((
                at,
                format!("work_styles[{k}].impact: {} is outside −3–3", style.impact),
            ));
        }
        if let Some(rank) = style.distinctiveness.filter(|r| !(1..=10).contains(r)) {
            found.push((
                at,
                format!("work_styles[{k}].distinctiveness: {rank} is outside 1–10"),
            ));
        }
        check_name("work_styles", k, &style.name, styles, &mut seen, &mut found);
    }
    for (k, group) in role.technology.iter().enumerate() {
        if group.category.trim().is_empty() {
            found.push((
                Some("technology"),
                format!("technology[{k}].category: is empty"),
            ));
        }
        if let Some(j) = group.examples.iter().position(|t| t.name.trim().is_empty()) {
            found.push((
                Some("technology"),
                format!("technology[{k}].examples[{j}].name: is empty"),
            ));
        }
    }
    if let Some(wages) = &role.wages {
        if let Some(hourly) = &wages.hourly {
            for (field, value) in hourly.figures() {
                if let Some(v) = value.filter(|v| !v.is_finite() || *v < 0.0) {
                    found.push((
                        Some("hourly"),
                        format!("wages.hourly.{field}: {v} is not a wage"),
                    ));
                }
            }
        }
        if let Some(code) = wages
            .broader
            .as_ref()
            .map(|b| &b.code)
            .filter(|c| !is_soc(c))
        {
            found.push((
                Some("broader"),
                format!("wages.broader.code: \"{code}\" is not a SOC code like 29-1141"),
            ));
        }
    }
    if let Some(outlook) = &role.outlook {
        for (field, value) in [
            ("employment", outlook.employment),
            ("projected_employment", outlook.projected_employment),
            ("openings", outlook.openings),
        ] {
            if let Some(v) = value.filter(|v| *v < 0) {
                found.push((Some("outlook"), format!("outlook.{field}: {v} is negative")));
            }
        }
        match (outlook.percent_change, outlook.label) {
            (Some(p), _) if !p.is_finite() => {
                found.push((
                    Some("outlook"),
                    format!("outlook.percent_change: {p} is not a number"),
                ));
            }
            (Some(p), Some(label)) if OutlookLabel::for_change(p) != label => {
                let expected = OutlookLabel::for_change(p);
                found.push((
                    Some("label"),
                    format!(
                        "outlook.label: \"{}\" does not fit a change of {p}%; the rule gives \"{}\" ({})",
                        label.as_str(),
                        expected.as_str(),
                        OutlookLabel::RULE
                    ),
                ));
            }
            _ => {}
        }
    }
    if let Some(zone) = role.job_zone {
        if !(1..=5).contains(&zone) || (!zones.is_empty() && !zones.contains(&zone)) {
            found.push((
                Some("job_zone"),
                format!("job_zone: {zone} is not a Job Zone of this catalog (1–5)"),
            ));
        }
    }
    if let Some(interests) = &role.interests {
        if !is_riasec_code(&interests.code) {
            found.push((
                Some("interests"),
                format!(
                    "interests.code: \"{}\" is not 1–3 different letters of RIASEC",
                    interests.code
                ),
            ));
        }
        for (name, score) in interests.scores() {
            if let Some(s) = score.filter(|s| !(1.0..=7.0).contains(s)) {
                found.push((
                    Some("interests"),
                    format!(
                        "interests.{}: {s} is outside 1–7",
                        name.to_ascii_lowercase()
                    ),
                ));
            }
        }
    }
    found
}

fn check_ratings(
    field: &'static str,
    kind: ElementKind,
    ratings: &[Rating],
    elements: &HashMap<ElementKind, HashSet<&str>>,
    found: &mut Vec<Found>,
) {
    let known = elements.get(&kind);
    let mut seen = HashSet::new();
    for (k, rating) in ratings.iter().enumerate() {
        if !(1.0..=5.0).contains(&rating.importance) {
            found.push((
                Some(field),
                format!(
                    "{field}[{k}].importance: {} is outside 1–5",
                    rating.importance
                ),
            ));
        }
        if let Some(level) = rating.level.filter(|l| !(0.0..=7.0).contains(l)) {
            found.push((
                Some(field),
                format!("{field}[{k}].level: {level} is outside 0–7"),
            ));
        }
        check_name(field, k, &rating.name, known, &mut seen, found);
    }
}

/// A rated name: not empty, once per role, and defined when the catalog defines that kind.
fn check_name<'a>(
    field: &'static str,
    k: usize,
    name: &'a str,
    known: Option<&HashSet<&str>>,
    seen: &mut HashSet<&'a str>,
    found: &mut Vec<Found>,
) {
    if name.trim().is_empty() {
        found.push((Some(field), format!("{field}[{k}].name: is empty")));
    } else if !seen.insert(name) {
        found.push((
            Some(field),
            format!("{field}[{k}]: \"{name}\" is rated twice"),
        ));
    } else if known.is_some_and(|known| !known.contains(name)) {
        found.push((
            Some(field),
            format!("{field}[{k}]: \"{name}\" is not among the catalog's elements"),
        ));
    }
}

fn check_state_wages(c: &mut Checker<'_>, table: &StateWageTable) {
    let table_at = c.locate.find("state_wages", 0);
    let mut codes = HashSet::new();
    for (i, state) in table.states.iter().enumerate() {
        if state.code.trim().is_empty() || !codes.insert(state.code.as_str()) {
            c.report(
                table_at,
                format!(
                    "state_wages.states[{i}].code: \"{}\" is empty or used twice",
                    state.code
                ),
            );
        }
    }
    let mut previous: Option<&str> = None;
    for (i, occupation) in table.occupations.iter().enumerate() {
        let soc = occupation.soc.as_str();
        if !is_soc(&occupation.soc) {
            let at = c.locate.find(&format!("\"{soc}\""), table_at.unwrap_or(0));
            c.report(
                at,
                format!(
                    "state_wages.occupations[{i}].soc: \"{}\" is not a SOC code like 29-1141",
                    occupation.soc
                ),
            );
        } else if previous.is_some_and(|p| p >= occupation.soc.as_str()) {
            let at = c.locate.find(&format!("\"{soc}\""), table_at.unwrap_or(0));
            c.report(
                at,
                format!(
                    "state_wages.occupations[{i}].soc: \"{}\" is out of order (codes must increase)",
                    occupation.soc
                ),
            );
        }
        previous = Some(&occupation.soc);
        for (k, figures) in occupation.by_state.iter().enumerate() {
            // (field, what is wrong); the place is written out only when something is.
            let mut problems: Vec<(String, String)> = Vec::new();
            if !codes.contains(figures.state.as_str()) {
                problems.push((
                    String::new(),
                    format!("unknown state \"{}\"", figures.state),
                ));
            }
            for (field, value) in figures.figures() {
                if let Some(v) = value.filter(|v| *v < 0) {
                    problems.push((format!(".{field}"), format!("{v} is negative")));
                }
            }
            let pay = [
                figures.p10,
                figures.p25,
                figures.median,
                figures.p75,
                figures.p90,
            ];
            let mut previous = None;
            for value in pay.into_iter().flatten() {
                if previous.is_some_and(|p| p > value) {
                    problems.push((
                        String::new(),
                        "percentiles are not in increasing order".into(),
                    ));
                    break;
                }
                previous = Some(value);
            }
            if let Some(hourly) = &figures.hourly {
                for (field, value) in hourly.figures() {
                    if let Some(v) = value.filter(|v| !v.is_finite() || *v < 0.0) {
                        problems.push((format!(".hourly.{field}"), format!("{v} is not a wage")));
                    }
                }
            }
            if !problems.is_empty() {
                let at = c.locate.find(&format!("\"{soc}\""), table_at.unwrap_or(0));
                for (field, problem) in problems {
                    c.report(
                        at,
                        format!(
                            "state_wages.occupations[{i}] ({soc}).by_state[{k}]{field}: {problem}"
                        ),
                    );
                }
            }
        }
    }
}

/// `11-1021.00`.
fn is_onet_code(code: &str) -> bool {
    code.len() == 10 && code.as_bytes()[7] == b'.' && is_soc(&code[..7]) && {
        let b = code.as_bytes();
        b[8].is_ascii_digit() && b[9].is_ascii_digit()
    }
}

/// `29-1141`.
fn is_soc(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 7
        && b[2] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
}

/// One to three different letters of `RIASEC`.
fn is_riasec_code(code: &str) -> bool {
    let mut seen = HashSet::new();
    (1..=3).contains(&code.len()) && code.chars().all(|c| "RIASEC".contains(c) && seen.insert(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert!(is_onet_code("11-1021.00"));
        assert!(!is_onet_code("11-1021"));
        assert!(!is_onet_code("11-1021.0x"));
        assert!(!is_onet_code("11-1021,00"));
        assert!(is_soc("29-1141"));
        assert!(!is_soc("29-114"));
        assert!(is_riasec_code("EC"));
        assert!(is_riasec_code("SIA"));
        assert!(!is_riasec_code("EE"));
        assert!(!is_riasec_code("ECSI"));
        assert!(!is_riasec_code(""));
        assert!(!is_riasec_code("X"));
    }
}
