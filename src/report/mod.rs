//! Terminal-free views of catalog facts shared by the explorer and the plain-text, Markdown
//! and JSON outputs: money and points formatting ([`dollars`] and [`count`] are the one place
//! digits are grouped), a role's facts ([`facts`]), the comparison table ([`compare`]), the US
//! state chosen for wages ([`states`]).

pub mod compare;
pub mod credits;
mod digits;
pub mod facts;
pub mod markdown;
pub mod states;

use serde::Serialize;

use crate::catalog::{Role, Salary, Source, Wages};

pub use compare::{Cell, CompareReport, CompareRow, SeveralReport, Tone, compare_rows};
pub use digits::{count, dollars, dollars_cents};
pub use facts::RoleFacts;

/// A role named in JSON output: `{id, title}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RoleRef<'a> {
    pub id: &'a str,
    pub title: &'a str,
}

impl<'a> RoleRef<'a> {
    pub fn of(role: &'a Role) -> Self {
        RoleRef {
            id: &role.id,
            title: &role.title,
        }
    }
}

/// Escapes the characters Markdown would read as formatting.
pub use markdown::escape as md_escape;

/// What the explorer and every output say for a fact the source does not have.
pub const NOT_IN_SOURCE: &str = "not in source";

/// A signed difference in dollars: `+$1,200`, `-$300`, `$0`.
pub fn dollars_signed(value: i64) -> String {
    if value > 0 {
        format!("+{}", dollars(value))
    } else {
        dollars(value)
    }
}

/// `-4.3` → `4.3 points less likely`; zero counts as "more", as the source words it.
pub fn points(value: f64) -> String {
    let direction = if value < 0.0 { "less" } else { "more" };
    format!("{:.1} points {direction} likely", value.abs())
}

/// What hard skill values are, for headings: "share of resumes" unless the catalog says.
pub fn skill_measure(origin: &crate::catalog::Origin) -> &str {
    origin
        .skill_measure
        .as_deref()
        .unwrap_or("share of resumes")
}

/// A hard skill's value as shown: `10%` for a share of resumes, `81.3` on another scale.
pub fn skill_value(origin: &crate::catalog::Origin, value: f64) -> String {
    let number = if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    };
    match origin.skill_measure {
        None => format!("{number}%"),
        Some(_) => number,
    }
}

/// `$134,107 (professional)`: the best-paying industry and its average.
pub fn top_industry_pay(salary: Option<&Salary>) -> Option<String> {
    let top = salary?.top_industry.as_ref()?;
    Some(format!("{} ({})", dollars(top.average), top.industry))
}

/// `$50,090 – $253,390`
pub fn wage_range(wages: &Wages) -> Option<String> {
    Some(format!("{} – {}", dollars(wages.p10?), dollars(wages.p90?)))
}

/// Hard skill names both roles list, compared case-insensitively, in `a`'s order.
pub fn shared_skills(a: &Role, b: &Role) -> Vec<String> {
    a.hard_skills
        .iter()
        .filter(|s| {
            b.hard_skills
                .iter()
                .any(|t| t.name.eq_ignore_ascii_case(&s.name))
        })
        .map(|s| s.name.clone())
        .collect()
}

/// The most common education level, e.g. `Bachelor's Degree (45%)`.
pub fn top_education(role: &Role) -> Option<String> {
    let levels = &role.education.as_ref()?.levels;
    let top = levels.iter().max_by(|a, b| a.share.total_cmp(&b.share))?;
    Some(format!("{} ({:.0}%)", top.level, top.share))
}

/// The pay facts of a role as (label, value) pairs, in the order every output shows them.
/// A role with official wages and no career-page salary shows only the wages.
pub fn pay_lines(role: &Role) -> Vec<(&'static str, String)> {
    let mut lines = Vec::new();
    let salary = role.salary.as_ref();
    if salary.is_some() || role.wages.is_none() {
        lines.push((
            "Average salary",
            salary
                .and_then(|s| s.average)
                .map_or(NOT_IN_SOURCE.into(), dollars),
        ));
        lines.push((
            "Highest-paying industry",
            top_industry_pay(salary).unwrap_or(NOT_IN_SOURCE.into()),
        ));
    }
    if let Some(w) = &role.wages {
        let value = |v: Option<i64>| v.map_or(NOT_IN_SOURCE.into(), dollars);
        lines.push((
            "Median wage",
            format!("{} ({})", value(w.median), w.release),
        ));
        lines.push(("Mean wage", value(w.mean)));
        lines.push((
            "10th–90th percentile",
            wage_range(w).unwrap_or(NOT_IN_SOURCE.into()),
        ));
        lines.push((
            "Employment",
            w.employment.map_or(NOT_IN_SOURCE.into(), count),
        ));
    }
    lines
}

/// The sources as one credit: `Name (publisher, version), updated DATE, licence` for a source
/// alone; sources of one publisher under one licence are named together, their releases joined
/// without repeating the words they share: "O*NET 30.1 and 29.3 (U.S. Department of Labor, …),
/// CC BY 4.0".
pub fn source_line(sources: &[Source]) -> String {
    if sources.is_empty() {
        return NOT_IN_SOURCE.to_string();
    }
    let mut groups: Vec<Vec<&Source>> = Vec::new();
    for source in sources {
        let same = |s: &&Source| {
            s.publisher == source.publisher
                && s.licence == source.licence
                && s.updated == source.updated
                && s.publisher.is_some()
        };
        match groups.iter_mut().find(|g| g.first().is_some_and(same)) {
            Some(group) => group.push(source),
            None => groups.push(vec![source]),
        }
    }
    groups
        .iter()
        .map(|group| match group.as_slice() {
            [one] => credit_alone(one),
            [first, ..] => {
                let labels: Vec<&str> = group
                    .iter()
                    .map(|s| s.version.as_deref().unwrap_or(&s.name))
                    .collect();
                let mut line = labels[0].to_string();
                for (i, label) in labels.iter().enumerate().skip(1) {
                    let sep = if i + 1 == labels.len() { " and " } else { ", " };
                    line.push_str(sep);
                    line.push_str(without_shared_words(labels[0], label));
                }
                if let Some(publisher) = &first.publisher {
                    line.push_str(&format!(" ({publisher})"));
                }
                if let Some(updated) = &first.updated {
                    line.push_str(&format!(", updated {updated}"));
                }
                if let Some(licence) = &first.licence {
                    line.push_str(&format!(", {licence}"));
                }
                line
            }
            [] => String::new(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `label` without the leading words it shares with `first` ("O*NET 29.3" after "O*NET 30.1"
/// is "29.3"), or whole when nothing would be left.
fn without_shared_words<'a>(first: &str, label: &'a str) -> &'a str {
    let mut rest = label;
    for word in first.split(' ') {
        match rest.strip_prefix(word).and_then(|r| r.strip_prefix(' ')) {
            Some(after) if !after.is_empty() => rest = after,
            _ => break,
        }
    }
    rest
}

fn credit_alone(s: &Source) -> String {
    let mut line = s.name.clone();
    let extra: Vec<&str> = [s.publisher.as_deref(), s.version.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !extra.is_empty() {
        line.push_str(&format!(" ({})", extra.join(", ")));
    }
    if let Some(updated) = &s.updated {
        line.push_str(&format!(", updated {updated}"));
    }
    if let Some(licence) = &s.licence {
        line.push_str(&format!(", {licence}"));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_of_one_publisher_are_credited_together() {
        let source = |name: &str, version: &str, publisher: &str, licence: &str| Source {
            name: name.into(),
            version: Some(version.into()),
            publisher: Some(publisher.into()),
            licence: Some(licence.into()),
            ..Source::default()
        };
        let sources = [
            source("O*NET Database", "O*NET 30.1", "USDOL/ETA", "CC BY 4.0"),
            source("O*NET Database", "O*NET 29.3", "USDOL/ETA", "CC BY 4.0"),
            source("OEWS", "BLS OEWS May 2025", "BLS", "Public domain"),
            source(
                "Projections",
                "BLS Employment Projections 2024–34",
                "BLS",
                "Public domain",
            ),
        ];
        assert_eq!(
            source_line(&sources),
            "O*NET 30.1 and 29.3 (USDOL/ETA), CC BY 4.0; BLS OEWS May 2025 and Employment \
             Projections 2024–34 (BLS), Public domain"
        );
        assert_eq!(
            source_line(&sources[2..3]),
            "OEWS (BLS, BLS OEWS May 2025), Public domain"
        );
    }

    #[test]
    fn money_and_points() {
        assert_eq!(dollars(134107), "$134,107");
        assert_eq!(dollars(77), "$77");
        assert_eq!(dollars(1_000), "$1,000");
        assert_eq!(dollars(-1_234_567), "-$1,234,567");
        assert_eq!(count(3_503_020), "3,503,020");
        assert_eq!(dollars_signed(1200), "+$1,200");
        assert_eq!(points(-4.3), "4.3 points less likely");
        assert_eq!(points(0.0), "0.0 points more likely");
        assert_eq!(points(0.3), "0.3 points more likely");
    }
}
