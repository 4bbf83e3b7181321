//! Everything a role's page says, described once without a terminal: sections of labelled rows,
//! tables, bars and lists, in the order `show` prints them. `show` renders them as text and as
//! Markdown; the explorer's Overview draws the same sections with widgets of its own, in an
//! arrangement of its own (it picks sections by [`SectionId`]).

mod occupation;
mod onet;
mod pay;
#[cfg(test)]
mod tests;

use std::borrow::Cow;

use super::states::StatePay;
use super::{NOT_IN_SOURCE, count, skill_measure, skill_value, source_line};
use crate::catalog::{Catalog, Role, State};

pub use pay::{Band, HOURS_A_YEAR, Unit};

/// A role's facts: who it is, where the facts come from, and its sections.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleFacts<'a> {
    pub id: &'a str,
    pub title: &'a str,
    /// The occupation code (O*NET-SOC) when the role comes from a classification.
    pub code: Option<&'a str>,
    /// The role's sources on one line.
    pub source: String,
    /// The state whose wages are shown beside the national ones, when one was asked for.
    pub state: Option<StatePay<'a>>,
    pub sections: Vec<Section<'a>>,
}

/// Which part of the page a section is, whatever its title says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionId {
    About,
    Duties,
    Pay,
    Industries,
    Outlook,
    Education,
    JobZone,
    Interests,
    Employers,
    Responsibilities,
    HardSkills,
    SoftSkills,
    Skills,
    Knowledge,
    WorkStyles,
    Technology,
    Types,
    Notes,
    Related,
    Compared,
}

impl SectionId {
    /// The section in a few lower-case words, for "Not in source: pay, types".
    pub fn name(self) -> &'static str {
        match self {
            SectionId::About => "summary",
            SectionId::Duties => "duties",
            SectionId::Pay => "pay",
            SectionId::Industries => "pay by industry",
            SectionId::Outlook => "job outlook",
            SectionId::Education => "education",
            SectionId::JobZone => "job zone",
            SectionId::Interests => "interests",
            SectionId::Employers => "top employers",
            SectionId::Responsibilities => "responsibilities",
            SectionId::HardSkills => "hard skills",
            SectionId::SoftSkills => "soft skills",
            SectionId::Skills => "skills",
            SectionId::Knowledge => "knowledge",
            SectionId::WorkStyles => "work styles",
            SectionId::Technology => "technology",
            SectionId::Types => "types",
            SectionId::Notes => "notes",
            SectionId::Related => "related roles",
            SectionId::Compared => "comparisons",
        }
    }
}

/// A titled part of the page. A section the source says nothing about holds one
/// [`Block::Missing`]; some sections are left out when empty (notes, related roles, comparisons,
/// and the occupational ones on a role that is no occupation).
#[derive(Debug, Clone, PartialEq)]
pub struct Section<'a> {
    pub id: SectionId,
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
    /// A remark on the figures around it (how a label is worked out, whose figures they are).
    Note(Cow<'a, str>),
    /// Labelled values on one line each: `Median wage: $105,770`.
    Rows(Vec<Row<'a>>),
    /// Other names, the most common first; `shown` of them are worth showing, the rest are
    /// counted ("and 130 more").
    Names {
        label: &'static str,
        names: &'a [String],
        shown: usize,
    },
    /// Another role this one leads to (a career page's role to its nearest US occupation).
    Link(Link<'a>),
    /// Figures in columns (a state's beside the nation's), with a band per column.
    Table(Table<'a>),
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
    pub fn new(label: impl Into<Cow<'a, str>>, value: impl Into<Cow<'a, str>>) -> Self {
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

/// A role linked by occupation code: `role` is its index and itself when a loaded catalog has it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link<'a> {
    pub label: &'static str,
    pub code: &'a str,
    pub role: Option<(usize, &'a Role)>,
}

/// Rows of values in columns with headings; `bands` has one entry per column, or none.
#[derive(Debug, Clone, PartialEq)]
pub struct Table<'a> {
    pub columns: Vec<Cow<'a, str>>,
    pub rows: Vec<TableRow<'a>>,
    pub bands: Vec<Option<Band>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TableRow<'a> {
    pub label: &'static str,
    pub values: Vec<Cow<'a, str>>,
}

/// Rows with a number each: what a bar chart draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Bars<'a> {
    /// What the labels and the values are, e.g. ("Employer", "Open jobs"): table headers.
    pub columns: (&'static str, Cow<'a, str>),
    /// The heading of a second figure shown beside each bar's value, e.g. "Median wage".
    pub extra: Option<&'static str>,
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
    /// The second figure, when the bars have one (see [`Bars::extra`]).
    pub extra: Option<String>,
    /// A line under the bar (a resume example).
    pub detail: Option<&'a str>,
}

impl<'a> Bar<'a> {
    fn new(label: &'a str, value: f64, text: String) -> Self {
        Bar {
            label,
            value,
            text,
            extra: None,
            detail: None,
        }
    }
}

impl<'a> Bars<'a> {
    fn new(
        columns: (&'static str, impl Into<Cow<'a, str>>),
        scale: Option<f64>,
        bars: Vec<Bar<'a>>,
    ) -> Self {
        let largest = bars.iter().map(|b| b.value).fold(0.0, f64::max);
        Bars {
            columns: (columns.0, columns.1.into()),
            extra: None,
            full: scale.unwrap_or(largest),
            bars,
        }
    }
}

fn section<'a>(
    id: SectionId,
    title: impl Into<Cow<'static, str>>,
    blocks: Vec<Block<'a>>,
) -> Section<'a> {
    let blocks = if blocks.is_empty() {
        vec![Block::Missing]
    } else {
        blocks
    };
    Section {
        id,
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

fn bars<'a>(bars: Bars<'a>) -> Vec<Block<'a>> {
    if bars.bars.is_empty() {
        Vec::new()
    } else {
        vec![Block::Bars(bars)]
    }
}

/// A share as shown in facts: `45.0%`.
fn percent(share: f64) -> String {
    format!("{share:.1}%")
}

/// How many of `names` (most common first) a page shows before "and N more": a few, and fewer
/// when they are long.
pub fn few_names(names: &[String]) -> usize {
    const MOST: usize = 5;
    const ROOM: usize = 90;
    let mut used = 0;
    let fit = names
        .iter()
        .take(MOST)
        .take_while(|name| {
            used += name.chars().count() + 3;
            used <= ROOM
        })
        .count();
    fit.max(1).min(names.len())
}

/// The role whose occupation code is role `index`'s nearest occupation, when a loaded
/// catalog has it.
pub fn nearest_occupation(catalog: &Catalog, index: usize) -> Option<usize> {
    let code = catalog.roles[index].nearest_occupation.as_deref()?;
    catalog
        .roles
        .iter()
        .position(|r| r.code.as_deref() == Some(code))
}

impl<'a> RoleFacts<'a> {
    /// The facts of role `index` of `catalog`, with the nation's wages only.
    pub fn of(catalog: &'a Catalog, index: usize) -> Self {
        RoleFacts::with_state(catalog, index, None)
    }

    /// The facts of role `index`, with the wages of `state` beside the nation's.
    pub fn with_state(catalog: &'a Catalog, index: usize, state: Option<&'a State>) -> Self {
        let role = &catalog.roles[index];
        let origin = catalog.origin_of(index);
        let state = state.map(|s| super::states::pay_in(catalog, index, s));
        let mut sections = vec![about(catalog, index)];
        sections.push(section(SectionId::Duties, "Duties", list(&role.duties)));
        sections.extend(pay::sections(role, state.as_ref()));
        sections.extend(occupation::outlook(catalog, index));
        sections.push(occupation::education(role));
        sections.extend(occupation::job_zone(catalog, index));
        sections.extend(occupation::interests(role));

        let employers = role
            .employers
            .iter()
            .map(|e| Bar::new(&e.name, e.open_jobs as f64, count(e.open_jobs)))
            .collect();
        sections.push(section(
            SectionId::Employers,
            "Top employers (open jobs)",
            bars(Bars::new(("Employer", "Open jobs"), None, employers)),
        ));

        sections.push(section(
            SectionId::Responsibilities,
            format!("Responsibilities ({})", role.responsibilities.len()),
            list(&role.responsibilities),
        ));

        let measure = skill_measure(origin);
        let hard = role
            .hard_skills
            .iter()
            .map(|s| Bar {
                detail: s.example.as_deref(),
                ..Bar::new(&s.name, s.share, skill_value(origin, s.share))
            })
            .collect();
        // Shares of resumes are drawn on 0–100; other measures say their own scale in words.
        let scale = origin.skill_measure.is_none().then_some(100.0);
        sections.push(section(
            SectionId::HardSkills,
            format!("Hard skills ({measure})"),
            bars(Bars::new(("Skill", measure), scale, hard)),
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
            SectionId::SoftSkills,
            "Soft skills",
            if soft.is_empty() {
                Vec::new()
            } else {
                vec![Block::Rows(soft)]
            },
        ));

        sections.extend(onet::sections(catalog, index));

        sections.push(section(
            SectionId::Types,
            "Types",
            list(role.types.as_deref().unwrap_or_default()),
        ));
        if !role.notes.is_empty() {
            sections.push(section(SectionId::Notes, "Notes", list(&role.notes)));
        }
        let related: Vec<&Role> = role
            .related
            .iter()
            .filter_map(|id| catalog.role(id))
            .collect();
        if !related.is_empty() {
            sections.push(section(
                SectionId::Related,
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
                SectionId::Compared,
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
            state,
            sections,
        }
    }

    pub fn section(&self, id: SectionId) -> Option<&Section<'a>> {
        self.sections.iter().find(|s| s.id == id)
    }
}

/// What the role does, its other names, and the occupation it is nearest to.
fn about(catalog: &Catalog, index: usize) -> Section<'_> {
    let role = &catalog.roles[index];
    let mut blocks = vec![match &role.summary {
        Some(summary) => Block::Text(summary),
        None => Block::Missing,
    }];
    if !role.alternate_titles.is_empty() {
        blocks.push(Block::Names {
            label: "Also called",
            names: &role.alternate_titles,
            shown: few_names(&role.alternate_titles),
        });
    }
    if let Some(code) = role.nearest_occupation.as_deref() {
        let role = nearest_occupation(catalog, index).map(|i| (i, &catalog.roles[i]));
        blocks.push(Block::Link(Link {
            label: "Nearest US occupation",
            code,
            role,
        }));
    }
    section(SectionId::About, "What the role does", blocks)
}
