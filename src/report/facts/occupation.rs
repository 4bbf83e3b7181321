//! The occupational sections: job outlook (BLS Employment Projections), education, Job Zone and
//! interests (O*NET). A role that is no occupation (no code) and has none of these facts gets
//! none of these sections, rather than a row of "not in source": its nearest occupation has them.

use std::borrow::Cow;

use super::{Bar, Bars, Block, Row, Section, SectionId, bars, percent, section};
use crate::catalog::{Catalog, OutlookLabel, Projections, Role};
use crate::report::{NOT_IN_SOURCE, count};

fn is_occupation(role: &Role) -> bool {
    role.code.is_some()
}

/// "2024–34" for the projections' period.
pub fn period(projections: &Projections) -> String {
    format!(
        "{}–{:02}",
        projections.base_year,
        projections.projected_year % 100
    )
}

/// "+4.9%", "−2.0%", "0.0%".
pub fn signed_percent(value: f64) -> String {
    if value > 0.0 {
        format!("+{value:.1}%")
    } else if value < 0.0 {
        format!("−{:.1}%", -value)
    } else {
        format!("{value:.1}%")
    }
}

fn signed_count(value: i64) -> String {
    match value {
        v if v > 0 => format!("+{}", count(v)),
        v if v < 0 => format!("−{}", count(-v)),
        _ => "0".into(),
    }
}

/// Projected employment, its change and openings, the outlook label with its rule, and what
/// entry takes.
pub(super) fn outlook(catalog: &Catalog, index: usize) -> Option<Section<'_>> {
    let role = &catalog.roles[index];
    let projections = catalog.origin_of(index).projections.as_ref();
    let title: Cow<'static, str> = match projections {
        Some(p) => format!("Job outlook {}", period(p)).into(),
        None => "Job outlook".into(),
    };
    let Some(outlook) = &role.outlook else {
        return is_occupation(role).then(|| section(SectionId::Outlook, title, Vec::new()));
    };
    let missing = || Cow::Borrowed(NOT_IN_SOURCE);
    // A broader occupation's figures name it; BLS writes its titles in sentence case, O*NET
    // (and OEWS) in title case: the wages' title reads better when they name the same one.
    let broader = outlook.broader.as_ref().map(|b| {
        match role.wages.as_ref().and_then(|w| w.broader.as_ref()) {
            Some(w) if w.code == b.code => w.title.as_str(),
            _ => b.title.as_str(),
        }
    });
    let year = |y: Option<u16>| y.map(|y| format!(" in {y}")).unwrap_or_default();
    let (base, projected) = (
        year(projections.map(|p| p.base_year)),
        year(projections.map(|p| p.projected_year)),
    );
    let employment = match (outlook.employment, outlook.projected_employment) {
        (Some(now), Some(then)) => {
            let mut text = format!("{}{base} → {}{projected}", count(now), count(then));
            if let Some(broader) = broader {
                text.push_str(&format!(" (all {broader})"));
            }
            Cow::Owned(text)
        }
        _ => missing(),
    };
    let change = match outlook.percent_change {
        Some(percent) => {
            let mut text = signed_percent(percent);
            if let Some(change) = outlook.change {
                text.push_str(&format!(" ({})", signed_count(change)));
            }
            if let Some(average) = projections.and_then(|p| p.average_change) {
                text.push_str(&format!("; all occupations {}", signed_percent(average)));
            }
            Cow::Owned(text)
        }
        None => missing(),
    };
    let label = outlook
        .label
        .or(outlook.percent_change.map(OutlookLabel::for_change));
    let text = |value: &Option<String>| value.clone().map_or_else(missing, Cow::Owned);
    let rows = vec![
        Row::new("Employment", employment),
        Row::new("Change", change),
        Row::new(
            "Outlook",
            label.map_or_else(missing, |l| Cow::Borrowed(l.as_str())),
        ),
        Row::new(
            "Openings",
            outlook
                .openings
                .map_or_else(missing, |o| Cow::Owned(format!("{} a year", count(o)))),
        ),
        Row::new("Entry education", text(&outlook.entry_education)),
        Row::new("Work experience", text(&outlook.work_experience)),
        Row::new("On-the-job training", text(&outlook.training)),
    ];
    let mut blocks = vec![Block::Rows(rows)];
    if label.is_some() {
        blocks.push(Block::Note(OutlookLabel::RULE.into()));
    }
    Some(section(SectionId::Outlook, title, blocks))
}

/// The share of workers at each level of education their job requires.
pub(super) fn education(role: &Role) -> Section<'_> {
    let levels: Vec<Bar<'_>> = role
        .education
        .iter()
        .flat_map(|e| &e.levels)
        .map(|l| Bar::new(&l.level, l.share, percent(l.share)))
        .collect();
    let mut blocks = Vec::new();
    if !levels.is_empty() && is_occupation(role) {
        blocks.push(Block::Note(
            "Share of workers by the education their job requires (O*NET).".into(),
        ));
    }
    let chart = bars(Bars::new(("Level", "Share"), Some(100.0), levels));
    if chart.is_empty() {
        blocks.clear();
    }
    blocks.extend(chart);
    section(SectionId::Education, "Education", blocks)
}

/// The Job Zone and what it means: the education, experience and training occupations in it
/// need.
pub(super) fn job_zone(catalog: &Catalog, index: usize) -> Option<Section<'_>> {
    let role = &catalog.roles[index];
    let Some(zone) = role.job_zone else {
        return is_occupation(role).then(|| section(SectionId::JobZone, "Job Zone", Vec::new()));
    };
    let meaning = catalog
        .origin_of(index)
        .job_zones
        .iter()
        .find(|z| z.zone == zone);
    let title = match meaning {
        Some(m) => format!("Job Zone {zone} of 5: {}", m.name),
        None => format!("Job Zone {zone} of 5"),
    };
    let mut rows = Vec::new();
    if let Some(m) = meaning {
        for (label, text) in [
            ("Education", &m.education),
            ("Experience", &m.experience),
            ("Training", &m.training),
        ] {
            if let Some(text) = text {
                rows.push(Row::new(label, text.as_str()));
            }
        }
    }
    let blocks = if rows.is_empty() {
        vec![Block::Note("What the zone means is not in source.".into())]
    } else {
        vec![Block::Rows(rows)]
    };
    Some(section(SectionId::JobZone, title, blocks))
}

/// The RIASEC interest code and the six scores, on O*NET's 1–7 scale.
pub(super) fn interests(role: &Role) -> Option<Section<'_>> {
    let Some(interests) = &role.interests else {
        return is_occupation(role).then(|| section(SectionId::Interests, "Interests", Vec::new()));
    };
    let names: Vec<&str> = interests
        .code
        .chars()
        .filter_map(|c| {
            interests
                .scores()
                .into_iter()
                .find(|(name, _)| name.starts_with(c))
                .map(|(name, _)| name)
        })
        .collect();
    let code = if names.is_empty() {
        interests.code.clone()
    } else {
        format!("{} ({})", interests.code, names.join(", "))
    };
    let scores = interests
        .scores()
        .into_iter()
        .filter_map(|(name, score)| Some(Bar::new(name, score?, format!("{:.1}", score?))))
        .collect();
    let mut blocks = vec![Block::Rows(vec![Row::new("RIASEC code", code)])];
    blocks.extend(bars(Bars::new(
        ("Interest", "Score (1–7)"),
        Some(7.0),
        scores,
    )));
    Some(section(SectionId::Interests, "Interests", blocks))
}
