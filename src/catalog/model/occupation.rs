//! The occupational-data part of the model: O*NET ratings, titles and job zones, BLS job outlook
//! and wages by state. Every field that uses these types is optional, so a hand-written catalog
//! leaves them out; the importer fills them from O*NET and BLS tables.

use serde::{Deserialize, Serialize};

use super::compact::{compact_record, skip};
use super::{Role, Source};

/// A part of a catalog that a [`Source`] can provide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// Titles, codes and descriptions of the occupations.
    Occupations,
    /// Task statements (`responsibilities`, `task_types`).
    Tasks,
    /// Alternate and reported titles.
    Titles,
    Skills,
    Knowledge,
    WorkStyles,
    Technology,
    Education,
    JobZones,
    Interests,
    Related,
    /// National wages and wages by industry.
    Wages,
    StateWages,
    Outlook,
}

impl Part {
    /// The part in words, as a credit line names it: "skills", "work styles".
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Occupations => "occupations",
            Part::Tasks => "tasks",
            Part::Titles => "titles",
            Part::Skills => "skills",
            Part::Knowledge => "knowledge",
            Part::WorkStyles => "work styles",
            Part::Technology => "technology",
            Part::Education => "education",
            Part::JobZones => "job zones",
            Part::Interests => "interests",
            Part::Related => "related occupations",
            Part::Wages => "wages",
            Part::StateWages => "wages by state",
            Part::Outlook => "job outlook",
        }
    }
}

/// The source of a part: the first source that names it, else the first without parts.
pub fn source_of(sources: &[Source], part: Part) -> Option<&Source> {
    sources
        .iter()
        .find(|s| s.parts.contains(&part))
        .or_else(|| sources.iter().find(|s| s.parts.is_empty()))
}

/// Each source by its version, with the parts it provided when it is not the first of its
/// name: "O*NET 30.1; skills and knowledge O*NET 29.3; BLS OEWS May 2025".
pub fn credit_line(sources: &[Source]) -> String {
    let mut seen: Vec<&str> = Vec::new();
    sources
        .iter()
        .map(|s| {
            let release = s.version.clone().unwrap_or_else(|| s.name.clone());
            let again = seen.contains(&s.name.as_str());
            seen.push(&s.name);
            if again && !s.parts.is_empty() {
                let parts: Vec<&str> = s.parts.iter().map(|p| p.as_str()).collect();
                format!("{} {release}", join_and(&parts))
            } else {
                release
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// What kind of O*NET element a rating is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ElementKind {
    Skill,
    Knowledge,
    WorkStyle,
    Interest,
}

/// An element of the O*NET Content Model: what a skill, knowledge area, work style or
/// interest measures. Roles name elements by `name`, unique within a kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Element {
    pub kind: ElementKind,
    pub name: String,
    /// O*NET Content Model element id, e.g. "2.A.2.a".
    #[serde(default, skip_serializing_if = "skip")]
    pub id: Option<String>,
    /// What the element is, e.g. "Using logic and reasoning to identify ...".
    #[serde(default, skip_serializing_if = "skip")]
    pub description: Option<String>,
}

/// An O*NET Job Zone: how much preparation occupations in it need.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobZone {
    /// 1 (little or no preparation) to 5 (extensive preparation).
    pub zone: u8,
    /// E.g. "Considerable Preparation Needed".
    pub name: String,
    /// The work experience occupations in the zone need.
    #[serde(default, skip_serializing_if = "skip")]
    pub experience: Option<String>,
    /// The education they need.
    #[serde(default, skip_serializing_if = "skip")]
    pub education: Option<String>,
    /// The job training they need.
    #[serde(default, skip_serializing_if = "skip")]
    pub training: Option<String>,
    /// What occupations in the zone involve, with examples.
    #[serde(default, skip_serializing_if = "skip")]
    pub examples: Option<String>,
    /// Specific Vocational Preparation range, e.g. "7.0 to < 8.0".
    #[serde(default, skip_serializing_if = "skip")]
    pub svp: Option<String>,
}

/// The projection period of the roles' job outlook.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Projections {
    /// E.g. "BLS Employment Projections 2024–34".
    pub release: String,
    /// The year of `JobOutlook::employment`, e.g. 2024.
    pub base_year: u16,
    /// The year of `JobOutlook::projected_employment`, e.g. 2034.
    pub projected_year: u16,
    /// Percent change of employment over the period, all occupations together (3.1 for
    /// 2024–34): the average a role's change compares with.
    #[serde(default, skip_serializing_if = "skip")]
    pub average_change: Option<f64>,
}

/// How many leading responsibilities are O*NET Core, then Supplemental, tasks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskTypes {
    /// Core tasks: critical to the occupation, done by most incumbents.
    pub core: u32,
    /// Supplemental tasks, after the core ones.
    #[serde(default)]
    pub supplemental: u32,
}

/// O*NET's task type: Core tasks are critical and done by most incumbents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskType {
    Core,
    Supplemental,
}

/// How many leading related roles are in O*NET's Primary-Short, then Primary-Long, tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelatedTiers {
    /// The most related occupations (O*NET shows five).
    pub primary_short: u32,
    /// The next most related, after those.
    #[serde(default)]
    pub primary_long: u32,
}

/// O*NET's relatedness tier: Primary-Short are the five most related occupations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelatedTier {
    PrimaryShort,
    PrimaryLong,
    Supplemental,
}

compact_record! {
    /// An O*NET rating of a skill or knowledge element. Compact RON: `(name, importance, level)`.
    pub struct Rating {
        /// The element's name, as in the catalog's `elements`.
        pub name: String,
        /// Importance, 1 (not important) to 5 (extremely important).
        pub importance: f64,
        /// Level needed, 0 to 7; absent when O*NET marks it not relevant to the occupation.
        pub level: Option<f64>,
    }
}

compact_record! {
    /// An O*NET work style. Compact RON: `(name, impact, distinctiveness)`.
    pub struct WorkStyle {
        /// The element's name, as in the catalog's `elements`.
        pub name: String,
        /// Work Styles Impact, −3 (hinders performance) to +3 (helps it a lot).
        pub impact: f64,
        /// Distinctiveness rank, 1–10, for the styles O*NET ranks as most distinctive of the
        /// occupation; absent for the others.
        pub distinctiveness: Option<u8>,
    }
}

/// Technology examples under one category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TechnologyGroup {
    /// The category (UNSPSC commodity title), e.g. "Spreadsheet software".
    pub category: String,
    pub examples: Vec<Technology>,
}

compact_record! {
    /// A technology named in job postings. Compact RON: `(name, hot, in_demand)`.
    pub struct Technology {
        /// E.g. "Microsoft Excel".
        pub name: String,
        /// O*NET Hot Technology: often named in employers' job postings.
        pub hot: bool,
        /// O*NET In Demand: among the technologies most often requested for this occupation.
        pub in_demand: bool,
    }
}

/// The O*NET interest profile (Holland's RIASEC types), scores 1–7.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interests {
    /// The high-point code, up to three letters of RIASEC, strongest first, e.g. "EC".
    pub code: String,
    #[serde(default, skip_serializing_if = "skip")]
    pub realistic: Option<f64>,
    #[serde(default, skip_serializing_if = "skip")]
    pub investigative: Option<f64>,
    #[serde(default, skip_serializing_if = "skip")]
    pub artistic: Option<f64>,
    #[serde(default, skip_serializing_if = "skip")]
    pub social: Option<f64>,
    #[serde(default, skip_serializing_if = "skip")]
    pub enterprising: Option<f64>,
    #[serde(default, skip_serializing_if = "skip")]
    pub conventional: Option<f64>,
}

impl Interests {
    /// The six scores with their names, in RIASEC order.
    pub fn scores(&self) -> [(&'static str, Option<f64>); 6] {
        [
            ("Realistic", self.realistic),
            ("Investigative", self.investigative),
            ("Artistic", self.artistic),
            ("Social", self.social),
            ("Enterprising", self.enterprising),
            ("Conventional", self.conventional),
        ]
    }
}

impl Role {
    /// The O*NET task type of `responsibilities[index]`, when `task_types` gives one.
    pub fn task_type(&self, index: usize) -> Option<TaskType> {
        let types = self.task_types?;
        let core = types.core as usize;
        if index < core {
            Some(TaskType::Core)
        } else if index < core + types.supplemental as usize {
            Some(TaskType::Supplemental)
        } else {
            None
        }
    }

    /// The O*NET relatedness tier of `related[index]`, when `related_tiers` gives one.
    pub fn related_tier(&self, index: usize) -> Option<RelatedTier> {
        let tiers = self.related_tiers?;
        let short = tiers.primary_short as usize;
        if index >= self.related.len() {
            None
        } else if index < short {
            Some(RelatedTier::PrimaryShort)
        } else if index < short + tiers.primary_long as usize {
            Some(RelatedTier::PrimaryLong)
        } else {
            Some(RelatedTier::Supplemental)
        }
    }

    /// The 6-digit SOC code of an O*NET-SOC `code`: "29-1141.01" → "29-1141".
    pub fn soc_code(&self) -> Option<&str> {
        let code = self.code.as_deref()?;
        let soc = code.get(..7)?;
        let b = soc.as_bytes();
        (b[2] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 2 || c.is_ascii_digit()))
        .then_some(soc)
    }

    /// The SOC code the role's wages are for (a broader one, or its own): the key of the
    /// catalog's `state_wages`.
    pub fn wage_soc(&self) -> Option<&str> {
        match self.wages.as_ref().and_then(|w| w.broader.as_ref()) {
            Some(broader) => Some(&broader.code),
            None => self.soc_code(),
        }
    }
}
