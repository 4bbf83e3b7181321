//! One role per O*NET occupation, completed from every file read and from the BLS tables.

use std::collections::{HashMap, HashSet};

use super::ImportStats;
use super::onet_data::{Occupation, OnetData, RIASEC, Rated, TaskKind, TechRow, education_level};
use super::projections::ProjectionTable;
use super::soc::{self, SocMatch};
use super::wages::{WageTables, wage_record};
use crate::catalog::{
    Education, EducationShare, Interests, JobOutlook, OutlookLabel, Rating, RelatedTiers, Role,
    SocOccupation, TaskTypes, Technology, TechnologyGroup, WorkStyle, slugify,
};

/// Ids of the seed catalog (`assets/roles.ron`); imported roles never take them, because ids
/// must be unique across every loaded catalog. A test keeps this list in step with the file.
pub const SEED_ROLE_IDS: &[&str] = &[
    "senior-operations-manager",
    "general-manager-of-operations",
    "group-manager",
    "area-manager",
    "performance-manager",
];

/// What every role is built from.
pub(crate) struct Sources<'a> {
    pub data: &'a OnetData,
    pub id_of: HashMap<&'a str, &'a str>,
    pub wages: WageTables<'a>,
    pub projections: Option<&'a ProjectionTable>,
}

/// Role ids: the slug of the title. Deterministic when slugs collide: in code order the first
/// keeps the plain slug and later ones get their O*NET-SOC code appended; seed ids always do.
pub(crate) fn assign_ids(occupations: &[Occupation]) -> Vec<String> {
    let mut taken: HashSet<String> = SEED_ROLE_IDS.iter().map(|s| s.to_string()).collect();
    occupations
        .iter()
        .map(|o| {
            let slug = slugify(&o.title);
            let code = slugify(&o.code);
            let mut id = if slug.is_empty() {
                code.clone()
            } else if taken.contains(&slug) {
                format!("{slug}-{code}")
            } else {
                slug
            };
            // Only reachable with titles built to collide with a code-suffixed id.
            let base = id.clone();
            let mut n = 2;
            while taken.contains(&id) {
                id = format!("{base}-{n}");
                n += 1;
            }
            taken.insert(id.clone());
            id
        })
        .collect()
}

pub(crate) fn build_role(
    occupation: &Occupation,
    id: &str,
    from: &Sources<'_>,
    stats: &mut ImportStats,
) -> Role {
    let code = occupation.code.as_str();
    let data = from.data;
    let mut role = Role {
        id: id.to_string(),
        title: occupation.title.clone(),
        code: Some(occupation.code.clone()),
        summary: Some(occupation.description.clone()).filter(|d| !d.is_empty()),
        ..Role::default()
    };

    if let Some(tasks) = data.tasks.get(code) {
        let mut tasks: Vec<_> = tasks.iter().collect();
        // Core tasks first; the sort is stable, so file order holds within a type.
        tasks.sort_by_key(|t| t.kind);
        let count = |kind| tasks.iter().filter(|t| t.kind == kind).count() as u32;
        let types = TaskTypes {
            core: count(TaskKind::Core),
            supplemental: count(TaskKind::Supplemental),
        };
        role.task_types = (types != TaskTypes::default()).then_some(types);
        role.responsibilities = tasks.into_iter().map(|t| t.text.clone()).collect();
        stats.responsibilities += role.responsibilities.len();
    }

    role.skills = ratings(data.skills.get(code));
    role.knowledge = ratings(data.knowledge.get(code));
    stats.with_skills += usize::from(!role.skills.is_empty());
    stats.with_knowledge += usize::from(!role.knowledge.is_empty());
    if let Some(styles) = data.work_styles.get(code) {
        let mut seen = HashSet::new();
        let mut styles: Vec<WorkStyle> = styles
            .iter()
            .filter(|(_, r)| seen.insert(r.name.as_str()))
            .filter_map(|(_, r)| {
                Some(WorkStyle {
                    name: r.name.clone(),
                    impact: r.value?,
                    distinctiveness: r.second.map(|v| v as u8),
                })
            })
            .collect();
        styles.sort_by(|a, b| b.impact.total_cmp(&a.impact));
        role.work_styles = styles;
        stats.with_work_styles += usize::from(!role.work_styles.is_empty());
    }
    if let Some(rows) = data.technology.get(code) {
        role.technology = technology(rows);
        stats.with_technology += usize::from(!role.technology.is_empty());
    }

    if let Some(levels) = data.education.get(code) {
        let mut levels = levels.clone();
        levels.sort_by_key(|l| l.category);
        let levels: Vec<EducationShare> = levels
            .into_iter()
            .filter(|l| l.share > 0.0)
            .map(|l| EducationShare {
                level: education_level(l.category).to_string(),
                share: l.share,
            })
            .collect();
        if !levels.is_empty() {
            role.education = Some(Education { levels });
            stats.with_education += 1;
        }
    }
    role.job_zone = data.job_zones.get(code).copied();
    role.interests = data.interests.get(code).and_then(|row| {
        let mut letters = String::new();
        for &point in &row.high_points {
            let letter = usize::from(point)
                .checked_sub(1)
                .and_then(|i| RIASEC.get(i))
                .map(|(_, c)| *c);
            // A type named twice counts once.
            if let Some(letter) = letter.filter(|l| !letters.contains(*l)) {
                letters.push(letter);
            }
        }
        let [r, i, a, s, e, c] = row.scores;
        let interests = Interests {
            code: letters,
            realistic: r,
            investigative: i,
            artistic: a,
            social: s,
            enterprising: e,
            conventional: c,
        };
        (!interests.code.is_empty()).then_some(interests)
    });

    role.alternate_titles = titles(data, code, &role.title);
    stats.alternate_titles += role.alternate_titles.len();

    if let Some(related) = data.related.get(code) {
        let mut related: Vec<_> = related.iter().collect();
        related.sort_by_key(|r| (r.tier, r.index));
        let mut tiers = RelatedTiers::default();
        for r in related {
            match from.id_of.get(r.code.as_str()) {
                Some(other) if *other != id && !role.related.iter().any(|x| x == other) => {
                    role.related.push(other.to_string());
                    match r.tier {
                        0 => tiers.primary_short += 1,
                        1 => tiers.primary_long += 1,
                        _ => {}
                    }
                }
                Some(_) => {}
                None => stats.related_dropped += 1,
            }
        }
        role.related_tiers = (tiers != RelatedTiers::default()).then_some(tiers);
        stats.with_related += usize::from(!role.related.is_empty());
    }

    if let Some((record, notes)) = wage_record(code, &from.wages) {
        stats.with_wages += 1;
        stats.with_median += usize::from(record.median.is_some());
        stats.with_hourly += usize::from(record.hourly.is_some());
        stats.with_by_industry += usize::from(!record.by_industry.is_empty());
        stats.wages_from_broader_code += usize::from(record.broader.is_some());
        role.notes.extend(notes);
        role.wages = Some(record);
    }
    if let Some(table) = from.projections {
        role.outlook = outlook(code, table);
        stats.with_outlook += usize::from(role.outlook.is_some());
    }
    role
}

/// Every rated element with an importance, most important first (O*NET order among equals);
/// a name given under two element ids counts once.
fn ratings(rows: Option<&Vec<(String, Rated)>>) -> Vec<Rating> {
    let mut seen = HashSet::new();
    let mut ratings: Vec<Rating> = rows
        .into_iter()
        .flatten()
        .filter(|(_, r)| seen.insert(r.name.as_str()))
        .filter_map(|(_, r)| {
            Some(Rating {
                name: r.name.clone(),
                importance: r.value?,
                level: r.second,
            })
        })
        .collect();
    ratings.sort_by(|a, b| b.importance.total_cmp(&a.importance));
    ratings
}

/// Technology by category: categories with more In Demand, then Hot Technology, examples
/// first, then by name; in each, In Demand examples first, then Hot, then O*NET's order.
fn technology(rows: &[TechRow]) -> Vec<TechnologyGroup> {
    let mut groups: Vec<TechnologyGroup> = Vec::new();
    for row in rows {
        let example = Technology {
            name: row.name.clone(),
            hot: row.hot,
            in_demand: row.in_demand,
        };
        match groups.iter_mut().find(|g| g.category == row.category) {
            Some(group) => group.examples.push(example),
            None => groups.push(TechnologyGroup {
                category: row.category.clone(),
                examples: vec![example],
            }),
        }
    }
    let weight = |g: &TechnologyGroup| {
        let count = |f: fn(&Technology) -> bool| g.examples.iter().filter(|t| f(t)).count();
        (count(|t| t.in_demand), count(|t| t.hot))
    };
    groups.sort_by(|a, b| {
        weight(b)
            .cmp(&weight(a))
            .then_with(|| a.category.cmp(&b.category))
    });
    for group in &mut groups {
        group.examples.sort_by_key(|t| (!t.in_demand, !t.hot));
    }
    groups
}

/// Reported titles (those My Next Move shows first), then alternate titles with their short
/// forms, more sources first; without repeats or the title itself, in any case.
fn titles(data: &OnetData, code: &str, title: &str) -> Vec<String> {
    let mut seen: HashSet<String> = HashSet::from([title.to_lowercase()]);
    let mut out = Vec::new();
    let mut add = |t: &str| {
        if seen.insert(t.to_lowercase()) {
            out.push(t.to_string());
        }
    };
    if let Some(reported) = data.reported_titles.get(code) {
        let mut reported: Vec<_> = reported.iter().collect();
        reported.sort_by_key(|(_, shown)| !shown);
        for (t, _) in reported {
            add(t);
        }
    }
    if let Some(alternates) = data.alternate_titles.get(code) {
        let mut alternates: Vec<_> = alternates.iter().collect();
        alternates.sort_by_key(|a| std::cmp::Reverse(a.sources));
        for a in alternates {
            add(&a.title);
            if let Some(short) = &a.short {
                add(short);
            }
        }
    }
    out
}

/// The projection of an O*NET occupation, joined on the SOC code as wages are.
fn outlook(onet_code: &str, table: &ProjectionTable) -> Option<JobOutlook> {
    let matched = soc::match_soc(onet_code, |c| table.rows.contains_key(c))?;
    let row = table.rows.get(matched.soc())?;
    Some(JobOutlook {
        employment: row.employment,
        projected_employment: row.projected_employment,
        change: row.change,
        percent_change: row.percent_change,
        openings: row.openings,
        entry_education: row.entry_education.clone(),
        work_experience: row.work_experience.clone(),
        training: row.training.clone(),
        label: row.percent_change.map(OutlookLabel::for_change),
        broader: broader(onet_code, &matched, &row.title),
    })
}

/// The broader occupation a match stands for, if it is broader than the O*NET code.
pub(crate) fn broader(onet_code: &str, matched: &SocMatch, title: &str) -> Option<SocOccupation> {
    matched.is_broader(onet_code).then(|| SocOccupation {
        code: matched.soc().to_string(),
        title: title.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occupation(code: &str, title: &str) -> Occupation {
        Occupation {
            code: code.into(),
            title: title.into(),
            description: String::new(),
        }
    }

    #[test]
    fn ids_are_slugs_made_unique_in_code_order() {
        let ids = assign_ids(&[
            occupation("11-1011.00", "Farm/Ranch Managers"),
            occupation("11-1011.03", "Farm Ranch Managers"),
            occupation("11-2011.00", "Area Manager"),
            occupation("11-3011.00", "***"),
        ]);
        assert_eq!(
            ids,
            [
                "farm-ranch-managers",
                "farm-ranch-managers-11-1011-03",
                "area-manager-11-2011-00",
                "11-3011-00",
            ]
        );
    }
}
