//! The comparison of roles as every output shows it: the table's rows (for any number of roles
//! side by side, the role first), where their skills and knowledge differ most
//! ([`differences`]), the tasks they share ([`tasks`]), and the JSON of a comparison. The
//! explorer's Compare pane and `compare` in text, JSON and Markdown all draw a
//! [`CompareReport`].

mod data;
pub mod differences;
pub mod markdown;
pub mod several;
pub mod tasks;

use std::cmp::Ordering;

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::{NOT_IN_SOURCE, RoleRef, dollars, points, shared_skills, top_industry_pay};
use crate::catalog::{
    ComparisonView, EducationDiff, Part, RelatedTier, Relation, Role, State, source_of,
};

pub use data::state_figures;
pub use differences::{SkillComparison, SkillDifference};
pub use several::{ElementRow, SeveralReport, WageBand};
pub use tasks::{SharedTask, shared_tasks};

/// Whether a cell says more, less or neither than the role's, for colour and arrows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tone {
    Neutral,
    More,
    Less,
}

impl Tone {
    /// The tone of a value that compares `ordering` with the role's.
    pub fn of(ordering: Ordering) -> Tone {
        match ordering {
            Ordering::Less => Tone::Less,
            Ordering::Equal => Tone::Neutral,
            Ordering::Greater => Tone::More,
        }
    }

    fn of_points(value: f64) -> Tone {
        Tone::of(value.total_cmp(&0.0))
    }

    fn of_relation(relation: Relation) -> Tone {
        match relation {
            Relation::Lower => Tone::Less,
            Relation::Similar => Tone::Neutral,
            Relation::Higher => Tone::More,
        }
    }
}

/// One role's cell of a row: its lines, and how it stands against the role's (the first cell
/// is always neutral).
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub lines: Vec<String>,
    pub tone: Tone,
}

impl Cell {
    fn plain(lines: Vec<String>) -> Self {
        Cell {
            lines,
            tone: Tone::Neutral,
        }
    }
}

/// One row of a comparison table: a label and a cell for each role, the role's first. In JSON
/// (two roles): `{label, left, right, tone}`, the tone being the other role's.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareRow {
    pub label: String,
    pub cells: Vec<Cell>,
}

impl CompareRow {
    fn new(label: &str, left: Vec<String>, right: Vec<String>) -> Self {
        CompareRow {
            label: label.to_string(),
            cells: vec![
                Cell::plain(or_not_in_source(left)),
                Cell::plain(or_not_in_source(right)),
            ],
        }
    }

    /// A row that speaks of the other side relative to the role: the role's cell stays blank.
    fn relative(label: &str, right: Option<String>, tone: Tone) -> Self {
        CompareRow {
            label: label.to_string(),
            cells: vec![
                Cell::plain(vec![String::new()]),
                Cell {
                    lines: or_not_in_source(one(right)),
                    tone,
                },
            ],
        }
    }

    /// The role's lines.
    pub fn left(&self) -> &[String] {
        self.cells.first().map_or(&[], |c| &c.lines)
    }

    /// The other role's lines.
    pub fn right(&self) -> &[String] {
        self.cells.get(1).map_or(&[], |c| &c.lines)
    }

    /// How the other role's cell stands against the role's.
    pub fn tone(&self) -> Tone {
        self.cells.get(1).map_or(Tone::Neutral, |c| c.tone)
    }
}

impl Serialize for CompareRow {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut json = serializer.serialize_struct("CompareRow", 4)?;
        json.serialize_field("label", &self.label)?;
        json.serialize_field("left", self.left())?;
        json.serialize_field("right", self.right())?;
        json.serialize_field("tone", &self.tone())?;
        json.end()
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

/// Everything a comparison of two roles shows, worked out once: the pane and every output of
/// `compare` draw this.
#[derive(Debug, Clone)]
pub struct CompareReport<'a> {
    pub view: ComparisonView<'a>,
    /// The state or territory whose wages show beside the national ones.
    pub state: Option<&'a State>,
    pub rows: Vec<CompareRow>,
    pub skills: SkillComparison<'a>,
    /// The tasks both roles do, by [`tasks`]' rule.
    pub shared_tasks: Vec<SharedTask<'a>>,
}

impl<'a> CompareReport<'a> {
    /// The comparison `view`, with the wages of `state` (a postal code or a name) when given
    /// and known to the catalog.
    pub fn new(view: ComparisonView<'a>, state: Option<&str>) -> Self {
        let catalog = view.catalog;
        let (a, b) = (&catalog.roles[view.role], &catalog.roles[view.other]);
        let state = state.and_then(|s| super::states::any_table(catalog)?.state(s));
        CompareReport {
            rows: compare_rows(&view, state),
            skills: SkillComparison::of(a, b),
            shared_tasks: shared_tasks(&a.responsibilities, &b.responsibilities),
            state,
            view,
        }
    }

    /// The role (left) and the other role (right).
    pub fn roles(&self) -> [&'a Role; 2] {
        let catalog = self.view.catalog;
        [
            &catalog.roles[self.view.role],
            &catalog.roles[self.view.other],
        ]
    }

    /// The other role's O*NET relatedness tier, when it is among the role's related roles and
    /// the catalog gives tiers.
    pub fn related_tier(&self) -> Option<RelatedTier> {
        let [a, b] = self.roles();
        let at = a.related.iter().position(|id| *id == b.id)?;
        a.related_tier(at)
    }

    /// What the skill comparison measures and where from: `importance 1–5 · O*NET 29.3`.
    pub fn skills_source(&self) -> String {
        let [a, _] = self.roles();
        let rated = if a.skills.is_empty() && a.knowledge.is_empty() {
            self.view.other
        } else {
            self.view.role
        };
        let origin = self.view.catalog.origin_of(rated);
        let release = source_of(&origin.sources, Part::Skills)
            .map(|s| s.version.clone().unwrap_or_else(|| s.name.clone()));
        match release {
            Some(release) => format!("importance 1–5 · {release}"),
            None => "importance 1–5".to_string(),
        }
    }
}

impl CompareReport<'_> {
    /// The heading of the skills section and what it says of itself, or `None` when neither
    /// role has O*NET ratings (the section is left out).
    pub fn skills_section(&self) -> Option<(&'static str, String)> {
        let [a, b] = self.roles();
        let source = self.skills_source();
        let note = match &self.skills {
            SkillComparison::Unrated => return None,
            SkillComparison::OneSided { role_rated } => {
                let (rated, unrated) = if *role_rated { (a, b) } else { (b, a) };
                format!(
                    "Only {} has skill and knowledge ratings ({source}); {} has none.",
                    rated.title, unrated.title
                )
            }
            SkillComparison::Differences(found) if found.is_empty() => format!(
                "No skill or knowledge element differs clearly ({source}: by {} or more where one side rates it {} or more).",
                differences::CLEAR_DIFFERENCE,
                differences::IMPORTANT
            ),
            SkillComparison::Differences(_) => format!(
                "{source}; a difference of {} or more where one side rates {} or more (at most {} a side)",
                differences::CLEAR_DIFFERENCE,
                differences::IMPORTANT,
                differences::PER_SIDE
            ),
        };
        Some(("Where skills and knowledge differ most", note))
    }

    /// The differences as table rows, for text and Markdown: the name (knowledge marked), each
    /// side's importance, and the difference beside the other's.
    pub fn difference_rows(&self) -> Vec<CompareRow> {
        self.skills
            .differences()
            .iter()
            .map(|d| CompareRow {
                label: difference_label(d),
                cells: vec![
                    Cell::plain(vec![format!("{:.2}", d.role)]),
                    Cell {
                        lines: vec![format!("{:.2} ({:+.2})", d.other, d.difference)],
                        tone: Tone::of(d.difference.total_cmp(&0.0)),
                    },
                ],
            })
            .collect()
    }

    /// The heading of the shared tasks and how they are found, when there are any.
    pub fn tasks_section(&self) -> Option<(String, &'static str)> {
        if self.shared_tasks.is_empty() {
            return None;
        }
        Some((
            format!("Tasks in common ({})", self.shared_tasks.len()),
            "worded alike: at least half of the two statements' words the same",
        ))
    }
}

/// An element's name as a row label: knowledge is marked, since "Mathematics" is both.
pub fn difference_label(d: &SkillDifference<'_>) -> String {
    match d.kind {
        crate::catalog::ElementKind::Knowledge => format!("{} (knowledge)", d.name),
        _ => d.name.to_string(),
    }
}

/// The rows of the comparison table of `view.role` (left) against `view.other` (right).
/// Rows whose facts neither side has are left out, except, in an authored comparison, the ones
/// the source's comparisons always speak of (skills, pay, education), which then say "not in
/// source".
pub fn compare_rows(view: &ComparisonView<'_>, state: Option<&State>) -> Vec<CompareRow> {
    let catalog = view.catalog;
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
        if !a.hard_skills.is_empty() || !b.hard_skills.is_empty() {
            rows.push(CompareRow::new("Top skills", names(a), names(b)));
        }
        let shared = shared_skills(a, b);
        if !shared.is_empty() {
            rows.push(CompareRow {
                label: "Skills in common".into(),
                cells: vec![Cell::plain(shared), Cell::plain(Vec::new())],
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
    if sa.is_some() || sb.is_some() || (view.authored && !has_wages) {
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

    rows.extend(data::data_rows(catalog, &[view.role, view.other], state));

    if view.authored {
        let education = view.education.clone().unwrap_or_default();
        rows.extend(education_rows(&education, &a.title));
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

/// The JSON of a comparison: the facts of both sides, then the rows as the explorer shows them,
/// where skills and knowledge differ, and the tasks in common.
impl Serialize for CompareReport<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let view = &self.view;
        let catalog = view.catalog;
        let [a, b] = self.roles();
        let median = |r: &Role| r.wages.as_ref().and_then(|w| w.median);
        let state_figures = |role: usize| {
            self.state
                .and_then(|s| state_figures(catalog, role, &s.code))
        };
        let (fa, fb) = (state_figures(view.role), state_figures(view.other));
        let mut json = serializer.serialize_struct("Comparison", 26)?;
        json.serialize_field("role", &RoleRef::of(a))?;
        json.serialize_field("other", &RoleRef::of(b))?;
        json.serialize_field("authored", &view.authored)?;
        json.serialize_field("related_tier", &self.related_tier())?;
        json.serialize_field("description", &view.description)?;
        json.serialize_field("role_skills", view.role_skills)?;
        json.serialize_field("other_skills", view.other_skills)?;
        json.serialize_field("shared_skills", &shared_skills(a, b))?;
        json.serialize_field("pay", &view.pay)?;
        json.serialize_field("education", &view.education)?;
        json.serialize_field("role_salary", &a.salary)?;
        json.serialize_field("other_salary", &b.salary)?;
        json.serialize_field("role_wages", &a.wages)?;
        json.serialize_field("other_wages", &b.wages)?;
        let difference = median(a).zip(median(b)).map(|(x, y)| y - x);
        json.serialize_field("median_wage_difference", &difference)?;
        json.serialize_field("state", &self.state)?;
        json.serialize_field("role_state_wages", &fa)?;
        json.serialize_field("other_state_wages", &fb)?;
        let in_state = fa
            .and_then(|f| f.median)
            .zip(fb.and_then(|f| f.median))
            .map(|(x, y)| y - x);
        json.serialize_field("state_median_wage_difference", &in_state)?;
        json.serialize_field("role_outlook", &a.outlook)?;
        json.serialize_field("other_outlook", &b.outlook)?;
        json.serialize_field("role_job_zone", &a.job_zone)?;
        json.serialize_field("other_job_zone", &b.job_zone)?;
        json.serialize_field("rows", &self.rows)?;
        json.serialize_field("skill_differences", self.skills.differences())?;
        json.serialize_field("shared_tasks", &self.shared_tasks)?;
        json.end()
    }
}

/// A comparison on its own (in `show`'s JSON) is its report without a state.
impl Serialize for ComparisonView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        CompareReport::new(self.clone(), None).serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    #[test]
    fn seed_comparison_rows() {
        let catalog = Catalog::embedded().unwrap();
        let som = catalog.index_of("senior-operations-manager").unwrap();
        let group = catalog.index_of("group-manager").unwrap();
        let rows = compare_rows(&catalog.compare(som, group), None);
        let row = |label: &str| rows.iter().find(|r| r.label == label).unwrap();
        assert_eq!(row("More likely skills").right()[0], "client facing");
        assert_eq!(
            row("Highest-paying industry").left(),
            ["$134,107 (professional)"]
        );
        assert_eq!(
            row("Highest-paying industry").right(),
            ["$135,074 (finance)"]
        );
        assert_eq!(
            row("Average pay").right(),
            ["lower than Senior Operations Manager"]
        );
        assert_eq!(row("Doctoral degree").right(), ["0.3 points more likely"]);
        assert_eq!(row("Doctoral degree").tone(), Tone::More);
    }

    #[test]
    fn missing_comparison_says_not_in_source() {
        let catalog = Catalog::embedded().unwrap();
        let som = catalog.index_of("senior-operations-manager").unwrap();
        let perf = catalog.index_of("performance-manager").unwrap();
        let rows = compare_rows(&catalog.compare(som, perf), None);
        let skills = rows
            .iter()
            .find(|r| r.label == "More likely skills")
            .unwrap();
        assert_eq!(skills.right(), [NOT_IN_SOURCE]);
        let masters = rows.iter().find(|r| r.label == "Master's degree").unwrap();
        assert_eq!(masters.right(), [NOT_IN_SOURCE]);
    }
}
