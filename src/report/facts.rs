//! Everything a role's page says, described once without a terminal: sections of labelled rows,
//! bars and lists, in the order every output shows them. `show` renders it as text and as
//! Markdown; a screen can draw the same sections with bars and styles of its own.

use std::borrow::Cow;

use super::{NOT_IN_SOURCE, count, pay_lines, skill_measure, skill_value, source_line};
use crate::catalog::{Catalog, Role};

/// A role's facts: who it is, where the facts come from, and its sections.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleFacts<'a> {
    pub id: &'a str,
    pub title: &'a str,
    /// The occupation code (O*NET-SOC) when the role comes from a classification.
    pub code: Option<&'a str>,
    /// The role's sources on one line.
    pub source: String,
    pub sections: Vec<Section<'a>>,
}

/// A titled part of the page. A section the source says nothing about holds one
/// [`Block::Missing`]; some sections are left out when empty (notes, related roles, comparisons).
#[derive(Debug, Clone, PartialEq)]
pub struct Section<'a> {
    pub title: Cow<'static, str>,
    pub blocks: Vec<Block<'a>>,
}

impl Section<'_> {
    /// True when the source has nothing for this section.
    pub fn is_missing(&self) -> bool {
        matches!(self.blocks.as_slice(), [Block::Missing])
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block<'a> {
    /// A paragraph of prose.
    Text(&'a str),
    /// Labelled values on one line each: `Median wage: $105,770`.
    Rows(Vec<Row<'a>>),
    /// Values that a screen draws as bars, and text shows as rows.
    Bars(Bars<'a>),
    /// A bulleted list.
    List(&'a [String]),
    /// Other roles, each with the command that compares it with this one when `compare` is set.
    Roles { roles: Vec<&'a Role>, compare: bool },
    /// The source does not have this.
    Missing,
}

/// A labelled value, with an optional line under it (a resume example).
#[derive(Debug, Clone, PartialEq)]
pub struct Row<'a> {
    pub label: Cow<'a, str>,
    pub value: Cow<'a, str>,
    pub detail: Option<&'a str>,
}

impl<'a> Row<'a> {
    fn new(label: impl Into<Cow<'a, str>>, value: impl Into<Cow<'a, str>>) -> Self {
        Row {
            label: label.into(),
            value: value.into(),
            detail: None,
        }
    }

    /// True for a value the source does not have.
    pub fn is_missing(&self) -> bool {
        self.value == NOT_IN_SOURCE
    }
}

/// Rows with a number each: what a bar chart draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Bars<'a> {
    /// A heading inside the section, e.g. "Employment by industry".
    pub title: Option<&'static str>,
    /// What the labels and the values are, e.g. ("Employer", "Open jobs"): table headers.
    pub columns: (&'static str, Cow<'a, str>),
    /// The value of a full bar: the scale's top when it has one (100 for shares), else the
    /// largest value.
    pub full: f64,
    pub bars: Vec<Bar<'a>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar<'a> {
    pub label: &'a str,
    pub value: f64,
    /// The value as shown: `45.0%`, `1,234`.
    pub text: String,
    /// A line under the bar (a resume example).
    pub detail: Option<&'a str>,
}

impl<'a> Bars<'a> {
    fn new(
        columns: (&'static str, impl Into<Cow<'a, str>>),
        scale: Option<f64>,
        bars: Vec<Bar<'a>>,
    ) -> Self {
        let largest = bars.iter().map(|b| b.value).fold(0.0, f64::max);
        Bars {
            title: None,
            columns: (columns.0, columns.1.into()),
            full: scale.unwrap_or(largest),
            bars,
        }
    }
}

fn section<'a>(title: impl Into<Cow<'static, str>>, blocks: Vec<Block<'a>>) -> Section<'a> {
    let blocks = if blocks.is_empty() {
        vec![Block::Missing]
    } else {
        blocks
    };
    Section {
        title: title.into(),
        blocks,
    }
}

fn list(items: &[String]) -> Vec<Block<'_>> {
    if items.is_empty() {
        Vec::new()
    } else {
        vec![Block::List(items)]
    }
}

/// A share as shown in facts: `45.0%`.
fn percent(share: f64) -> String {
    format!("{share:.1}%")
}

impl<'a> RoleFacts<'a> {
    /// The facts of role `index` of `catalog`.
    pub fn of(catalog: &'a Catalog, index: usize) -> Self {
        let role = &catalog.roles[index];
        let origin = catalog.origin_of(index);
        let mut sections = Vec::new();

        let mut about: Vec<Block<'a>> = role
            .summary
            .as_deref()
            .map(Block::Text)
            .into_iter()
            .collect();
        if !role.alternate_titles.is_empty() {
            about.push(Block::Rows(vec![Row::new(
                "Also called",
                role.alternate_titles.join(", "),
            )]));
        }
        sections.push(section("What the role does", about));
        sections.push(section("Duties", list(&role.duties)));

        let mut pay: Vec<Block<'a>> = vec![Block::Rows(
            pay_lines(role)
                .into_iter()
                .map(|(label, value)| Row::new(label, value))
                .collect(),
        )];
        if let Some(wages) = role.wages.as_ref().filter(|w| !w.by_industry.is_empty()) {
            let bars = wages
                .by_industry
                .iter()
                .map(|i| Bar {
                    label: &i.industry,
                    value: i.employment.unwrap_or(0) as f64,
                    text: i.employment.map_or(NOT_IN_SOURCE.into(), count),
                    detail: None,
                })
                .collect();
            let mut bars = Bars::new(("Industry", "Employment"), None, bars);
            bars.title = Some("Employment by industry");
            pay.push(Block::Bars(bars));
        }
        sections.push(section("Pay", pay));

        let education = role.education.iter().flat_map(|e| &e.levels).map(|l| Bar {
            label: &l.level,
            value: l.share,
            text: percent(l.share),
            detail: None,
        });
        let education: Vec<Bar<'a>> = education.collect();
        sections.push(section(
            "Education",
            if education.is_empty() {
                Vec::new()
            } else {
                vec![Block::Bars(Bars::new(
                    ("Level", "Share"),
                    Some(100.0),
                    education,
                ))]
            },
        ));

        let employers: Vec<Bar<'a>> = role
            .employers
            .iter()
            .map(|e| Bar {
                label: &e.name,
                value: e.open_jobs as f64,
                text: count(e.open_jobs),
                detail: None,
            })
            .collect();
        sections.push(section(
            "Top employers (open jobs)",
            if employers.is_empty() {
                Vec::new()
            } else {
                vec![Block::Bars(Bars::new(
                    ("Employer", "Open jobs"),
                    None,
                    employers,
                ))]
            },
        ));

        sections.push(section(
            format!("Responsibilities ({})", role.responsibilities.len()),
            list(&role.responsibilities),
        ));

        let measure = skill_measure(origin);
        let hard: Vec<Bar<'a>> = role
            .hard_skills
            .iter()
            .map(|s| Bar {
                label: &s.name,
                value: s.share,
                text: skill_value(origin, s.share),
                detail: s.example.as_deref(),
            })
            .collect();
        // Shares of resumes are drawn on 0–100; other measures say their own scale in words.
        let scale = origin.skill_measure.is_none().then_some(100.0);
        sections.push(section(
            format!("Hard skills ({measure})"),
            if hard.is_empty() {
                Vec::new()
            } else {
                vec![Block::Bars(Bars::new(("Skill", measure), scale, hard))]
            },
        ));

        let soft: Vec<Row<'a>> = role
            .soft_skills
            .iter()
            .map(|s| Row {
                label: Cow::Borrowed(s.name.as_str()),
                value: Cow::Borrowed(s.why.as_deref().unwrap_or(NOT_IN_SOURCE)),
                detail: s.example.as_deref(),
            })
            .collect();
        sections.push(section(
            "Soft skills",
            if soft.is_empty() {
                Vec::new()
            } else {
                vec![Block::Rows(soft)]
            },
        ));

        sections.push(section(
            "Types",
            list(role.types.as_deref().unwrap_or_default()),
        ));
        if !role.notes.is_empty() {
            sections.push(section("Notes", list(&role.notes)));
        }
        let related: Vec<&Role> = role
            .related
            .iter()
            .filter_map(|id| catalog.role(id))
            .collect();
        if !related.is_empty() {
            sections.push(section(
                "Related roles",
                vec![Block::Roles {
                    roles: related,
                    compare: false,
                }],
            ));
        }
        let compared: Vec<&Role> = catalog
            .comparisons_of(index)
            .iter()
            .map(|view| &catalog.roles[view.other])
            .collect();
        if !compared.is_empty() {
            sections.push(section(
                "Compared with",
                vec![Block::Roles {
                    roles: compared,
                    compare: true,
                }],
            ));
        }

        RoleFacts {
            id: &role.id,
            title: &role.title,
            code: role.code.as_deref(),
            source: source_line(&origin.sources),
            sections,
        }
    }

    pub fn section(&self, title: &str) -> Option<&Section<'a>> {
        self.sections.iter().find(|s| s.title == title)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_role_sections_in_order() {
        let catalog = Catalog::embedded().unwrap();
        let facts = RoleFacts::of(&catalog, 0);
        let titles: Vec<&str> = facts.sections.iter().map(|s| s.title.as_ref()).collect();
        assert_eq!(
            titles,
            [
                "What the role does",
                "Duties",
                "Pay",
                "Education",
                "Top employers (open jobs)",
                "Responsibilities (15)",
                "Hard skills (share of resumes)",
                "Soft skills",
                "Types",
                "Notes",
                "Compared with"
            ]
        );
        assert!(facts.section("Types").unwrap().is_missing());
        let Block::Bars(employers) = &facts.section("Top employers (open jobs)").unwrap().blocks[0]
        else {
            panic!("employers are bars")
        };
        assert_eq!(employers.full, 199.0);
        assert_eq!(employers.bars[0].label, "PwC");
        let Block::Bars(skills) = &facts
            .section("Hard skills (share of resumes)")
            .unwrap()
            .blocks[0]
        else {
            panic!("hard skills are bars")
        };
        assert_eq!(skills.full, 100.0, "a share of resumes is drawn on 0–100");
        assert_eq!(skills.bars[0].text, "10%");
    }

    #[test]
    fn occupation_code_and_industries() {
        let catalog = Catalog::embedded().unwrap();
        let nurses = catalog.index_of("registered-nurses").unwrap();
        let facts = RoleFacts::of(&catalog, nurses);
        assert_eq!(facts.code, Some("29-1141.00"));
        let pay = facts.section("Pay").unwrap();
        let Block::Bars(industries) = &pay.blocks[1] else {
            panic!("industries are bars")
        };
        assert_eq!(industries.title, Some("Employment by industry"));
        assert!(!industries.bars.is_empty());
    }
}
