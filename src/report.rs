//! Terminal-free views of catalog facts shared by the TUI and the plain-text, Markdown and
//! JSON outputs: money and points formatting, the comparison table's rows.

use serde::Serialize;

use crate::catalog::{
    Catalog, ComparisonView, EducationDiff, Relation, Role, Salary, Source, Wages,
};

/// What the explorer and every output say for a fact the source does not have.
pub const NOT_IN_SOURCE: &str = "not in source";

/// `134107` → `$134,107`.
pub fn dollars(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 2);
    if value < 0 {
        out.push('-');
    }
    out.push('$');
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// `3503020` → `3,503,020`.
pub fn count(value: i64) -> String {
    dollars(value).replacen('$', "", 1)
}

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

/// Whether a cell says more, less or neither, for colour and arrows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tone {
    Neutral,
    More,
    Less,
}

impl Tone {
    fn of_points(value: f64) -> Tone {
        if value < 0.0 {
            Tone::Less
        } else if value > 0.0 {
            Tone::More
        } else {
            Tone::Neutral
        }
    }

    fn of_relation(relation: Relation) -> Tone {
        match relation {
            Relation::Lower => Tone::Less,
            Relation::Similar => Tone::Neutral,
            Relation::Higher => Tone::More,
        }
    }
}

/// One row of a comparison table: a label, the lines for each side, and the right side's tone.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompareRow {
    pub label: String,
    pub left: Vec<String>,
    pub right: Vec<String>,
    pub tone: Tone,
}

impl CompareRow {
    fn new(label: &str, left: Vec<String>, right: Vec<String>) -> Self {
        CompareRow {
            label: label.to_string(),
            left: or_not_in_source(left),
            right: or_not_in_source(right),
            tone: Tone::Neutral,
        }
    }

    /// A row that speaks of the right side relative to the left one: the left stays blank.
    fn relative(label: &str, right: Option<String>, tone: Tone) -> Self {
        CompareRow {
            label: label.to_string(),
            left: vec![String::new()],
            right: or_not_in_source(one(right)),
            tone,
        }
    }

    fn toned(mut self, tone: Tone) -> Self {
        self.tone = tone;
        self
    }
}

fn or_not_in_source(lines: Vec<String>) -> Vec<String> {
    if lines.is_empty() {
        vec![NOT_IN_SOURCE.to_string()]
    } else {
        lines
    }
}

fn one(value: Option<String>) -> Vec<String> {
    value.into_iter().collect()
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

fn related_titles(catalog: &Catalog, role: &Role, n: usize) -> Vec<String> {
    role.related
        .iter()
        .filter_map(|id| catalog.role(id))
        .take(n)
        .map(|r| r.title.clone())
        .collect()
}

/// The rows of the comparison table of `view.role` (left) against `view.other` (right).
/// Rows whose facts neither side has are left out, except the ones the source's comparisons
/// always speak of (skills, pay, education), which then say "not in source".
pub fn compare_rows(catalog: &Catalog, view: &ComparisonView<'_>) -> Vec<CompareRow> {
    let (a, b) = (&catalog.roles[view.role], &catalog.roles[view.other]);
    let mut rows = Vec::new();

    if view.authored {
        rows.push(CompareRow::new(
            "More likely skills",
            view.role_skills.to_vec(),
            view.other_skills.to_vec(),
        ));
    } else {
        let names = |r: &Role| {
            r.hard_skills
                .iter()
                .take(5)
                .map(|s| s.name.clone())
                .collect()
        };
        rows.push(CompareRow::new("Top skills", names(a), names(b)));
        let shared = shared_skills(a, b);
        if !shared.is_empty() {
            rows.push(CompareRow {
                label: "Skills in common".into(),
                left: shared,
                right: vec![],
                tone: Tone::Neutral,
            });
        }
    }

    let (sa, sb) = (a.salary.as_ref(), b.salary.as_ref());
    if sa.and_then(|s| s.average).is_some() || sb.and_then(|s| s.average).is_some() {
        rows.push(CompareRow::new(
            "Average salary",
            one(sa.and_then(|s| s.average).map(dollars)),
            one(sb.and_then(|s| s.average).map(dollars)),
        ));
    }
    let has_wages = a.wages.is_some() || b.wages.is_some();
    if !has_wages || sa.is_some() || sb.is_some() {
        rows.push(CompareRow::new(
            "Highest-paying industry",
            one(top_industry_pay(sa)),
            one(top_industry_pay(sb)),
        ));
    }
    if let Some(pay) = view.pay {
        rows.push(CompareRow::relative(
            "Average pay",
            Some(format!("{} than {}", pay.as_str(), a.title)),
            Tone::of_relation(pay),
        ));
    }

    if has_wages {
        let (wa, wb) = (a.wages.as_ref(), b.wages.as_ref());
        let (ma, mb) = (wa.and_then(|w| w.median), wb.and_then(|w| w.median));
        let mut right = one(mb.map(dollars));
        let mut tone = Tone::Neutral;
        if let (Some(ma), Some(mb)) = (ma, mb) {
            right.push(format!("{} a year", dollars_signed(mb - ma)));
            tone = match mb.cmp(&ma) {
                std::cmp::Ordering::Less => Tone::Less,
                std::cmp::Ordering::Equal => Tone::Neutral,
                std::cmp::Ordering::Greater => Tone::More,
            };
        }
        rows.push(CompareRow::new("Median wage", one(ma.map(dollars)), right).toned(tone));
        rows.push(CompareRow::new(
            "Mean wage",
            one(wa.and_then(|w| w.mean).map(dollars)),
            one(wb.and_then(|w| w.mean).map(dollars)),
        ));
        rows.push(CompareRow::new(
            "10th–90th percentile",
            one(wa.and_then(wage_range)),
            one(wb.and_then(wage_range)),
        ));
        rows.push(CompareRow::new(
            "Employment",
            one(wa.and_then(|w| w.employment).map(count)),
            one(wb.and_then(|w| w.employment).map(count)),
        ));
    }

    let has_levels = a.education.is_some() || b.education.is_some();
    if has_levels || !view.authored {
        rows.push(CompareRow::new(
            "Most common education",
            one(top_education(a)),
            one(top_education(b)),
        ));
    }
    if view.authored {
        let education = view.education.clone().unwrap_or_default();
        rows.extend(education_rows(&education, &a.title));
    }

    if !a.related.is_empty() || !b.related.is_empty() {
        rows.push(CompareRow::new(
            "Related roles",
            related_titles(catalog, a, 3),
            related_titles(catalog, b, 3),
        ));
    }
    rows
}

fn education_rows(education: &EducationDiff, role_title: &str) -> Vec<CompareRow> {
    let mut rows = Vec::new();
    if let Some(level) = education.level {
        rows.push(CompareRow::relative(
            "Education level",
            Some(format!("{} {role_title}", relation_phrase(level))),
            Tone::of_relation(level),
        ));
    }
    for (label, value) in [
        ("Master's degree", education.masters_points),
        ("Doctoral degree", education.doctoral_points),
    ] {
        let tone = value.map_or(Tone::Neutral, Tone::of_points);
        rows.push(CompareRow::relative(label, value.map(points), tone));
    }
    rows
}

fn relation_phrase(relation: Relation) -> &'static str {
    match relation {
        Relation::Lower => "lower than",
        Relation::Similar => "similar to",
        Relation::Higher => "higher than",
    }
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

/// `Name (publisher, version), updated DATE` for each source.
pub fn source_line(sources: &[Source]) -> String {
    if sources.is_empty() {
        return NOT_IN_SOURCE.to_string();
    }
    sources
        .iter()
        .map(|s| {
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
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn seed_comparison_rows() {
        let catalog = Catalog::embedded().unwrap();
        let som = catalog.index_of("senior-operations-manager").unwrap();
        let group = catalog.index_of("group-manager").unwrap();
        let rows = compare_rows(&catalog, &catalog.compare(som, group));
        let row = |label: &str| rows.iter().find(|r| r.label == label).unwrap();
        assert_eq!(row("More likely skills").right[0], "client facing");
        assert_eq!(
            row("Highest-paying industry").left,
            ["$134,107 (professional)"]
        );
        assert_eq!(row("Highest-paying industry").right, ["$135,074 (finance)"]);
        assert_eq!(
            row("Average pay").right,
            ["lower than Senior Operations Manager"]
        );
        assert_eq!(row("Doctoral degree").right, ["0.3 points more likely"]);
        assert_eq!(row("Doctoral degree").tone, Tone::More);
    }

    #[test]
    fn missing_comparison_says_not_in_source() {
        let catalog = Catalog::embedded().unwrap();
        let som = catalog.index_of("senior-operations-manager").unwrap();
        let perf = catalog.index_of("performance-manager").unwrap();
        let rows = compare_rows(&catalog, &catalog.compare(som, perf));
        let skills = rows
            .iter()
            .find(|r| r.label == "More likely skills")
            .unwrap();
        assert_eq!(skills.right, [NOT_IN_SOURCE]);
        let masters = rows.iter().find(|r| r.label == "Master's degree").unwrap();
        assert_eq!(masters.right, [NOT_IN_SOURCE]);
    }
}
