//! The checks of one role: its id, names, shares, counts and wages, and its related roles.

use std::collections::HashMap;

use super::{At, Checker, check_count, check_share, is_blank, is_slug};
use crate::catalog::model::{Role, Wages};
use crate::catalog::texts::Scope;

/// Checks role `i`; `ids` gathers the ids seen so far, with the role that used each first.
/// Problems are gathered first and placed afterwards, so a clean role costs no text search.
pub(super) fn check<'f>(
    c: &mut Checker<'f>,
    i: usize,
    role: &'f Role,
    ids: &mut HashMap<&'f str, usize>,
) {
    let scope = Scope::Role(i);
    let at = |field| At::new(scope, field);
    let mut found: Vec<(At, String)> = Vec::new();
    let empty = |found: &mut Vec<(At, String)>, place: At, text: &str| {
        if is_blank(text) {
            found.push((place, "is empty".into()));
        }
    };
    if !is_slug(&role.id) {
        found.push((
            at("id"),
            format!(
                "\"{}\" is not a slug (lower-case letters, digits and single hyphens)",
                role.id
            ),
        ));
    }
    if let Some(&previous) = ids.get(role.id.as_str()) {
        found.push((
            at("id"),
            format!(
                "duplicate id \"{}\" (first used by roles[{previous}])",
                role.id
            ),
        ));
    } else {
        ids.insert(role.id.as_str(), i);
    }
    empty(&mut found, at("title"), &role.title);
    for (k, skill) in role.hard_skills.iter().enumerate() {
        let skill_at = at("hard_skills").item(k);
        if let Some(message) = check_share(skill.share) {
            found.push((skill_at.part("share"), message));
        }
        empty(&mut found, skill_at.part("name"), &skill.name);
    }
    for (k, skill) in role.soft_skills.iter().enumerate() {
        empty(
            &mut found,
            at("soft_skills").item(k).part("name"),
            &skill.name,
        );
    }
    for (k, employer) in role.employers.iter().enumerate() {
        let employer_at = at("employers").item(k);
        if let Some(message) = check_count(Some(employer.open_jobs)) {
            found.push((employer_at.part("open_jobs"), message));
        }
        empty(&mut found, employer_at.part("name"), &employer.name);
    }
    if let Some(salary) = &role.salary {
        if let Some(message) = check_count(salary.average) {
            found.push((at("salary").part("average"), message));
        }
        if let Some(top) = &salary.top_industry {
            let top_at = at("salary.top_industry");
            if let Some(message) = check_count(Some(top.average)) {
                found.push((top_at.part("average"), message));
            }
            empty(&mut found, top_at.part("industry"), &top.industry);
        }
    }
    if let Some(wages) = &role.wages {
        check_wages(wages, scope, &mut found);
    }
    if let Some(education) = &role.education {
        for (k, level) in education.levels.iter().enumerate() {
            let level_at = at("education.levels").item(k);
            if let Some(message) = check_share(level.share) {
                found.push((level_at.part("share"), message));
            }
            empty(&mut found, level_at.part("level"), &level.level);
        }
    }
    for (place, message) in found {
        c.report(place, message);
    }
}

fn check_wages(wages: &Wages, scope: Scope, found: &mut Vec<(At, String)>) {
    let at = At::new(scope, "wages");
    if is_blank(&wages.release) {
        found.push((at.part("release"), "is empty".into()));
    }
    let percentiles = [
        ("p10", wages.p10),
        ("p25", wages.p25),
        ("median", wages.median),
        ("p75", wages.p75),
        ("p90", wages.p90),
    ];
    for (field, value) in [("employment", wages.employment), ("mean", wages.mean)]
        .into_iter()
        .chain(percentiles)
    {
        if let Some(message) = check_count(value) {
            found.push((at.part(field), message));
        }
    }
    if let Some((high, message)) = percentiles_fall(&percentiles) {
        found.push((at.part(high), message));
    }
    for (k, industry) in wages.by_industry.iter().enumerate() {
        let industry_at = At::new(scope, "wages.by_industry").item(k);
        for (part, value) in [
            ("employment", industry.employment),
            ("median", industry.median),
            ("mean", industry.mean),
        ] {
            if let Some(message) = check_count(value) {
                found.push((industry_at.part(part), message));
            }
        }
        if is_blank(&industry.industry) {
            found.push((industry_at.part("industry"), "is empty".into()));
        }
    }
}

/// The first stated percentile below the one stated before it, with what is wrong: each must be
/// at least the one before.
pub(super) fn percentiles_fall(
    percentiles: &[(&'static str, Option<i64>)],
) -> Option<(&'static str, String)> {
    let stated: Vec<(&str, i64)> = percentiles
        .iter()
        .filter_map(|&(name, value)| Some((name, value?)))
        .collect();
    let pair = stated.windows(2).find(|pair| pair[1].1 < pair[0].1)?;
    let ((low, low_value), (high, high_value)) = (pair[0], pair[1]);
    Some((
        high,
        format!(
            "{high} ({high_value}) is below {low} ({low_value}); \
             percentiles must rise: p10 ≤ p25 ≤ median ≤ p75 ≤ p90"
        ),
    ))
}

/// Related roles must exist in the file and be other roles.
pub(super) fn check_related(
    c: &mut Checker<'_>,
    i: usize,
    role: &Role,
    ids: &HashMap<&str, usize>,
) {
    for (k, related) in role.related.iter().enumerate() {
        let at = At::new(Scope::Role(i), "related").item(k);
        if *related == role.id {
            c.report(at, format!("\"{related}\" is the role itself"));
        } else if !ids.contains_key(related.as_str()) {
            let hint = c.hint(related, ids);
            c.report(at, format!("unknown role \"{related}\"{hint}"));
        }
    }
}
