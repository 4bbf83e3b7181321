//! Semantic checks of the occupational-data fields (see `model::occupation` and `model::bls`):
//! scales, counts that must fit their lists, names that must be defined, and the state wage
//! table's order. Problems are gathered first and placed afterwards, so a clean catalog costs no
//! text searches.

use std::collections::{HashMap, HashSet};

use super::{At, Checker, is_blank};
use crate::catalog::model::{ElementKind, OutlookLabel, Rating, Role, StateWageTable};
use crate::catalog::texts::Scope;

type Found = Vec<(At, String)>;

pub(super) fn check_file(c: &mut Checker<'_>) {
    let file = c.file;
    let mut found: Found = Vec::new();
    let mut elements: HashMap<ElementKind, HashSet<&str>> = HashMap::new();
    for (i, element) in file.elements.iter().enumerate() {
        let at = At::new(Scope::File, "elements").item(i);
        if is_blank(&element.name) {
            found.push((at.part("name"), "is empty".into()));
        } else if !elements
            .entry(element.kind)
            .or_default()
            .insert(element.name.as_str())
        {
            found.push((
                at.part("name"),
                format!("{:?} \"{}\" is defined twice", element.kind, element.name),
            ));
        }
    }
    let mut zones = HashSet::new();
    for (i, zone) in file.job_zones.iter().enumerate() {
        if !(1..=5).contains(&zone.zone) || !zones.insert(zone.zone) {
            found.push((
                At::new(Scope::File, "job_zones").item(i).part("zone"),
                format!("{} is not a Job Zone 1–5 defined once", zone.zone),
            ));
        }
    }
    if let Some(p) = &file.projections {
        let at = At::new(Scope::File, "projections");
        if is_blank(&p.release) {
            found.push((at.part("release"), "is empty".into()));
        }
        if p.base_year >= p.projected_year {
            found.push((
                at.part("base_year"),
                format!(
                    "{} is not before projected_year {}",
                    p.base_year, p.projected_year
                ),
            ));
        }
    }
    for (i, role) in file.roles.iter().enumerate() {
        check_role(Scope::Role(i), role, &elements, &zones, &mut found);
    }
    if let Some(table) = &file.state_wages {
        check_state_wages(table, &mut found);
    }
    for (place, message) in found {
        c.report(place, message);
    }
}

fn check_role(
    scope: Scope,
    role: &Role,
    elements: &HashMap<ElementKind, HashSet<&str>>,
    zones: &HashSet<u8>,
    found: &mut Found,
) {
    let at = |field| At::new(scope, field);
    if let Some(code) = role
        .nearest_occupation
        .as_deref()
        .filter(|c| !is_onet_code(c))
    {
        found.push((
            at("nearest_occupation"),
            format!("\"{code}\" is not an O*NET-SOC code like 11-1021.00"),
        ));
    }
    if let Some(t) = role.task_types {
        let typed = t.core as usize + t.supplemental as usize;
        if typed > role.responsibilities.len() {
            found.push((
                at("task_types"),
                format!(
                    "{typed} typed tasks, but {} responsibilities",
                    role.responsibilities.len()
                ),
            ));
        }
    }
    if let Some(t) = role.related_tiers {
        let tiered = t.primary_short as usize + t.primary_long as usize;
        if tiered > role.related.len() {
            found.push((
                at("related_tiers"),
                format!(
                    "{tiered} primary related roles, but {} related",
                    role.related.len()
                ),
            ));
        }
    }
    for (field, kind, ratings) in [
        ("skills", ElementKind::Skill, &role.skills),
        ("knowledge", ElementKind::Knowledge, &role.knowledge),
    ] {
        check_ratings(at(field), kind, ratings, elements, found);
    }
    let styles = elements.get(&ElementKind::WorkStyle);
    let mut seen = HashSet::new();
    for (k, style) in role.work_styles.iter().enumerate() {
        let style_at = at("work_styles").item(k);
        if !(-3.0..=3.0).contains(&style.impact) {
            found.push((style_at, format!("impact {} is outside −3–3", style.impact)));
        }
        if let Some(rank) = style.distinctiveness.filter(|r| !(1..=10).contains(r)) {
            found.push((style_at, format!("distinctiveness {rank} is outside 1–10")));
        }
        check_name(style_at, &style.name, styles, &mut seen, found);
    }
    for (k, group) in role.technology.iter().enumerate() {
        let group_at = at("technology").item(k);
        if is_blank(&group.category) {
            found.push((group_at.part("category"), "is empty".into()));
        }
        if let Some(j) = group.examples.iter().position(|t| is_blank(&t.name)) {
            found.push((
                group_at.part("examples").part_item(j),
                "the name is empty".into(),
            ));
        }
    }
    if let Some(wages) = &role.wages {
        if let Some(hourly) = &wages.hourly {
            for (part, value) in hourly.figures() {
                if let Some(v) = value.filter(|v| !v.is_finite() || *v < 0.0) {
                    found.push((at("wages.hourly").part(part), format!("{v} is not a wage")));
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
                at("wages.broader").part("code"),
                format!("\"{code}\" is not a SOC code like 29-1141"),
            ));
        }
    }
    if let Some(outlook) = &role.outlook {
        for (part, value) in [
            ("employment", outlook.employment),
            ("projected_employment", outlook.projected_employment),
            ("openings", outlook.openings),
        ] {
            if let Some(v) = value.filter(|v| *v < 0) {
                found.push((at("outlook").part(part), format!("{v} is negative")));
            }
        }
        match (outlook.percent_change, outlook.label) {
            (Some(p), _) if !p.is_finite() => {
                found.push((
                    at("outlook").part("percent_change"),
                    format!("{p} is not a number"),
                ));
            }
            (Some(p), Some(label)) if OutlookLabel::for_change(p) != label => {
                let expected = OutlookLabel::for_change(p);
                found.push((
                    at("outlook").part("label"),
                    format!(
                        "\"{}\" does not fit a change of {p}%; the rule gives \"{}\" ({})",
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
                at("job_zone"),
                format!("{zone} is not a Job Zone of this catalog (1–5)"),
            ));
        }
    }
    if let Some(interests) = &role.interests {
        if !is_riasec_code(&interests.code) {
            found.push((
                at("interests").part("code"),
                format!(
                    "\"{}\" is not 1–3 different letters of RIASEC",
                    interests.code
                ),
            ));
        }
        const PARTS: [&str; 6] = [
            "realistic",
            "investigative",
            "artistic",
            "social",
            "enterprising",
            "conventional",
        ];
        for (part, (_, score)) in PARTS.into_iter().zip(interests.scores()) {
            if let Some(s) = score.filter(|s| !(1.0..=7.0).contains(s)) {
                found.push((at("interests").part(part), format!("{s} is outside 1–7")));
            }
        }
    }
}

/// Ratings are compact records (`(name, importance, level)`): a problem points at the list and
/// names the figure in its message.
fn check_ratings(
    field: At,
    kind: ElementKind,
    ratings: &[Rating],
    elements: &HashMap<ElementKind, HashSet<&str>>,
    found: &mut Found,
) {
    let known = elements.get(&kind);
    let mut seen = HashSet::new();
    for (k, rating) in ratings.iter().enumerate() {
        let at = field.item(k);
        if !(1.0..=5.0).contains(&rating.importance) {
            found.push((
                at,
                format!("importance {} is outside 1–5", rating.importance),
            ));
        }
        if let Some(level) = rating.level.filter(|l| !(0.0..=7.0).contains(l)) {
            found.push((at, format!("level {level} is outside 0–7")));
        }
        check_name(at, &rating.name, known, &mut seen, found);
    }
}

/// A rated name: not empty, once per role, and defined when the catalog defines that kind.
fn check_name<'a>(
    at: At,
    name: &'a str,
    known: Option<&HashSet<&str>>,
    seen: &mut HashSet<&'a str>,
    found: &mut Found,
) {
    if is_blank(name) {
        found.push((at, "the name is empty".into()));
    } else if !seen.insert(name) {
        found.push((at, format!("\"{name}\" is rated twice")));
    } else if known.is_some_and(|known| !known.contains(name)) {
        found.push((
            at,
            format!("\"{name}\" is not among the catalog's elements"),
        ));
    }
}

/// The table's states are defined once; occupations come in increasing SOC order (they are
/// looked up by binary search); each state's figures are of a defined state, not negative, and
/// rise from p10 to p90. State figures are compact records: a problem names the figure.
fn check_state_wages(table: &StateWageTable, found: &mut Found) {
    if is_blank(&table.release) {
        found.push((
            At::new(Scope::File, "state_wages").part("release"),
            "is empty".into(),
        ));
    }
    let mut codes = HashSet::new();
    for (i, state) in table.states.iter().enumerate() {
        if is_blank(&state.code) || !codes.insert(state.code.as_str()) {
            found.push((
                At::new(Scope::File, "state_wages.states")
                    .item(i)
                    .part("code"),
                format!("\"{}\" is empty or used twice", state.code),
            ));
        }
    }
    let mut previous: Option<&str> = None;
    for (i, occupation) in table.occupations.iter().enumerate() {
        let scope = Scope::StateWages(i);
        let soc = occupation.soc.as_str();
        if !is_soc(soc) {
            found.push((
                At::new(scope, "soc"),
                format!("\"{soc}\" is not a SOC code like 29-1141"),
            ));
        } else if previous.is_some_and(|p| p >= soc) {
            found.push((
                At::new(scope, "soc"),
                format!("\"{soc}\" is out of order (codes must increase)"),
            ));
        }
        previous = Some(soc);
        for (k, figures) in occupation.by_state.iter().enumerate() {
            let at = At::new(scope, "by_state").item(k);
            if !codes.contains(figures.state.as_str()) {
                found.push((at, format!("unknown state \"{}\"", figures.state)));
            }
            for (field, value) in figures.figures() {
                if let Some(v) = value.filter(|v| *v < 0) {
                    found.push((at, format!("{field} {v} is negative")));
                }
            }
            let percentiles = [
                ("p10", figures.p10),
                ("p25", figures.p25),
                ("median", figures.median),
                ("p75", figures.p75),
                ("p90", figures.p90),
            ];
            if let Some((_, message)) = super::role::percentiles_fall(&percentiles) {
                found.push((at, message));
            }
            if let Some(hourly) = &figures.hourly {
                for (field, value) in hourly.figures() {
                    if let Some(v) = value.filter(|v| !v.is_finite() || *v < 0.0) {
                        found.push((at, format!("hourly {field} {v} is not a wage")));
                    }
                }
            }
        }
    }
}

/// An O*NET-SOC code like `11-1021.00`. The one test of it, for validation and the importer.
pub fn is_onet_code(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 10
        && code.is_ascii()
        && b[7] == b'.'
        && is_soc(&code[..7])
        && b[8].is_ascii_digit()
        && b[9].is_ascii_digit()
}

/// A 6-digit SOC code like `29-1141`. The one test of it, for validation and the importer.
pub fn is_soc(code: &str) -> bool {
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
        assert!(!is_onet_code("111011.00x"));
        assert!(!is_onet_code("1é-1011.00"));
        assert!(is_soc("29-1141"));
        assert!(!is_soc("29-114"));
        assert!(!is_soc("11-1O21"));
        assert!(is_riasec_code("EC"));
        assert!(is_riasec_code("SIA"));
        assert!(!is_riasec_code("EE"));
        assert!(!is_riasec_code("ECSI"));
        assert!(!is_riasec_code(""));
        assert!(!is_riasec_code("X"));
    }

    #[test]
    fn problems_name_their_place() {
        let text = r#"CatalogFile(
    title: "T",
    elements: [Element(kind: skill, name: "Writing"), Element(kind: skill, name: "Writing")],
    roles: [Role(
        id: "a",
        title: "A",
        nearest_occupation: "11-1021",
        responsibilities: ["One"],
        task_types: TaskTypes(core: 2),
        skills: [("Writing", 9.0, 2.0), ("Speaking", 3.0)],
        technology: [TechnologyGroup(category: "Office", examples: [("Excel"), ("")])],
        outlook: JobOutlook(percent_change: 12.0, label: stable, openings: -1),
        interests: Interests(code: "EX", social: 9.0),
    )],
    state_wages: StateWageTable(
        release: "R",
        states: [State(code: "CA", name: "California")],
        occupations: [
            SocStateWages(soc: "29-1141", title: "RN", by_state: [("CA", 10, 1, 5, 4), ("NY")]),
            SocStateWages(soc: "11-1011", title: "CE", by_state: []),
        ],
    ),
)"#;
        let error = crate::catalog::parse_str("o.ron", text).unwrap_err();
        let problems: Vec<String> = error.problems.iter().map(|p| p.to_string()).collect();
        let rule = OutlookLabel::RULE;
        let expected = [
            "o.ron:3:76: elements[1].name: Skill \"Writing\" is defined twice".to_string(),
            "o.ron:7:9: roles[0] (a).nearest_occupation: \"11-1021\" is not an O*NET-SOC code like 11-1021.00".into(),
            "o.ron:9:9: roles[0] (a).task_types: 2 typed tasks, but 1 responsibilities".into(),
            "o.ron:10:9: roles[0] (a).skills[0]: importance 9 is outside 1–5".into(),
            "o.ron:10:9: roles[0] (a).skills[1]: \"Speaking\" is not among the catalog's elements".into(),
            "o.ron:11:58: roles[0] (a).technology[0].examples[1]: the name is empty".into(),
            "o.ron:12:66: roles[0] (a).outlook.openings: -1 is negative".into(),
            format!("o.ron:12:51: roles[0] (a).outlook.label: \"Stable\" does not fit a change of 12%; the rule gives \"Growing fast\" ({rule})"),
            "o.ron:13:30: roles[0] (a).interests.code: \"EX\" is not 1–3 different letters of RIASEC".into(),
            "o.ron:13:42: roles[0] (a).interests.social: 9 is outside 1–7".into(),
            "o.ron:19:56: state_wages.occupations[0] (29-1141).by_state[0]: p25 (4) is below p10 (5); percentiles must rise: p10 ≤ p25 ≤ median ≤ p75 ≤ p90".into(),
            "o.ron:19:56: state_wages.occupations[0] (29-1141).by_state[1]: unknown state \"NY\"".into(),
            "o.ron:20:27: state_wages.occupations[1] (11-1011).soc: \"11-1011\" is out of order (codes must increase)".into(),
        ];
        assert_eq!(problems, expected);
    }
}
