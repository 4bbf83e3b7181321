//! The comparison of two roles as every output shows it: the table's rows, and the JSON of a
//! comparison, which is the comparison view itself serialised.

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::{
    NOT_IN_SOURCE, RoleRef, count, dollars, dollars_signed, points, shared_skills, top_education,
    top_industry_pay, wage_range,
};
use crate::catalog::{Catalog, ComparisonView, EducationDiff, Relation, Role};

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

/// The JSON of a comparison: the facts of both sides, then the rows as the explorer shows them.
impl Serialize for ComparisonView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let catalog = self.catalog;
        let (a, b) = (&catalog.roles[self.role], &catalog.roles[self.other]);
        let median = |r: &Role| r.wages.as_ref().and_then(|w| w.median);
        let mut json = serializer.serialize_struct("Comparison", 15)?;
        json.serialize_field("role", &RoleRef::of(a))?;
        json.serialize_field("other", &RoleRef::of(b))?;
        json.serialize_field("authored", &self.authored)?;
        json.serialize_field("description", &self.description)?;
        json.serialize_field("role_skills", self.role_skills)?;
        json.serialize_field("other_skills", self.other_skills)?;
        json.serialize_field("shared_skills", &shared_skills(a, b))?;
        json.serialize_field("pay", &self.pay)?;
        json.serialize_field("education", &self.education)?;
        json.serialize_field("role_salary", &a.salary)?;
        json.serialize_field("other_salary", &b.salary)?;
        json.serialize_field("role_wages", &a.wages)?;
        json.serialize_field("other_wages", &b.wages)?;
        let difference = median(a).zip(median(b)).map(|(x, y)| y - x);
        json.serialize_field("median_wage_difference", &difference)?;
        json.serialize_field("rows", &compare_rows(catalog, self))?;
        json.end()
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
