//! The catalog's data model: exactly what a RON catalog file holds, as serde types.
//! The same types are the stable JSON schema of `show` and friends: every field is always
//! serialised (absent values as `null` / `[]`), except in the importer's compact RON
//! ([`compact::compact`]), where empty fields are left out.
//!
//! The fields of occupational data (O*NET ratings, job outlook, state wages, ...) are in
//! [`occupation`] and [`bls`]; every one of them is optional.

mod bls;
pub mod compact;
mod occupation;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

pub use bls::*;
use compact::{compact_record, skip};
pub use occupation::*;

/// One catalog file: metadata, roles and authored comparisons, and the reference tables its
/// roles point into (what rated elements measure, job zones, wages by state).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogFile {
    /// What this catalog is, e.g. "Senior operations manager career page".
    pub title: String,
    /// Where the facts come from; every role of the file inherits these.
    #[serde(default, skip_serializing_if = "skip")]
    pub sources: Vec<Source>,
    /// What each O*NET element the roles rate measures (skills, knowledge, work styles,
    /// interests), once per catalog; roles name them. See [`Element`].
    #[serde(default, skip_serializing_if = "skip")]
    pub elements: Vec<Element>,
    /// What each Job Zone (1–5) a role gives means. See [`JobZone`].
    #[serde(default, skip_serializing_if = "skip")]
    pub job_zones: Vec<JobZone>,
    /// The projection period of the roles' `outlook` figures. See [`Projections`].
    #[serde(default, skip_serializing_if = "skip")]
    pub projections: Option<Projections>,
    pub roles: Vec<Role>,
    #[serde(default, skip_serializing_if = "skip")]
    pub comparisons: Vec<Comparison>,
    /// What a hard skill's `share` measures when it is not the share of resumes listing the
    /// skill, e.g. "importance, 0–100 (O*NET)". Absent: the share of resumes, in percent.
    #[serde(default, skip_serializing_if = "skip")]
    pub skill_measure: Option<String>,
    /// Wages by state and territory, keyed by SOC code (once per SOC occupation, not per role).
    /// See [`StateWageTable`].
    #[serde(default, skip_serializing_if = "skip")]
    pub state_wages: Option<StateWageTable>,
}

/// A publication the facts are taken from.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub name: String,
    #[serde(default, skip_serializing_if = "skip")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "skip")]
    pub version: Option<String>,
    /// The date the source was last updated, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "skip")]
    pub updated: Option<String>,
    #[serde(default, skip_serializing_if = "skip")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "skip")]
    pub licence: Option<String>,
    /// The parts of the catalog this source (and this release of it) provided, e.g.
    /// `[skills, knowledge]`; empty: everything, or not said.
    #[serde(default, skip_serializing_if = "skip")]
    pub parts: Vec<Part>,
}

/// A role (occupation). Absent fields and empty lists mean "not in source".
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Lower-case slug, unique across every loaded catalog.
    pub id: String,
    pub title: String,
    /// Occupation code (O*NET-SOC) when the role comes from a classification.
    #[serde(default, skip_serializing_if = "skip")]
    pub code: Option<String>,
    /// The O*NET-SOC code of the official occupation nearest to this role, e.g. "11-1021.00",
    /// for a role that is not one itself (a career page's role): the way to its BLS and O*NET
    /// facts in another catalog.
    #[serde(default, skip_serializing_if = "skip")]
    pub nearest_occupation: Option<String>,
    /// What the role does.
    #[serde(default, skip_serializing_if = "skip")]
    pub summary: Option<String>,
    /// Typical duties, short phrases.
    #[serde(default, skip_serializing_if = "skip")]
    pub duties: Vec<String>,
    /// Responsibilities, e.g. lines from real resumes or task statements.
    #[serde(default, skip_serializing_if = "skip")]
    pub responsibilities: Vec<String>,
    /// How many of the `responsibilities`, from the first, are O*NET Core and Supplemental
    /// tasks (see [`Role::task_type`]).
    #[serde(default, skip_serializing_if = "skip")]
    pub task_types: Option<TaskTypes>,
    /// Hard skills with the share (0–100) of resumes or the importance that lists them.
    #[serde(default, skip_serializing_if = "skip")]
    pub hard_skills: Vec<HardSkill>,
    #[serde(default, skip_serializing_if = "skip")]
    pub soft_skills: Vec<SoftSkill>,
    /// O*NET Skills: every rated element, most important first (see [`Rating`]).
    #[serde(default, skip_serializing_if = "skip")]
    pub skills: Vec<Rating>,
    /// O*NET Knowledge: every rated element, most important first (see [`Rating`]).
    #[serde(default, skip_serializing_if = "skip")]
    pub knowledge: Vec<Rating>,
    /// O*NET Work Styles (soft skills), largest impact first (see [`WorkStyle`]).
    #[serde(default, skip_serializing_if = "skip")]
    pub work_styles: Vec<WorkStyle>,
    /// O*NET Technology Skills: software and technology named in job postings, by category.
    #[serde(default, skip_serializing_if = "skip")]
    pub technology: Vec<TechnologyGroup>,
    /// Employers hiring the most for this role.
    #[serde(default, skip_serializing_if = "skip")]
    pub employers: Vec<Employer>,
    #[serde(default, skip_serializing_if = "skip")]
    pub salary: Option<Salary>,
    /// Official wage statistics (e.g. BLS OEWS).
    #[serde(default, skip_serializing_if = "skip")]
    pub wages: Option<Wages>,
    /// Projected employment and openings (e.g. BLS Employment Projections).
    #[serde(default, skip_serializing_if = "skip")]
    pub outlook: Option<JobOutlook>,
    #[serde(default, skip_serializing_if = "skip")]
    pub education: Option<Education>,
    /// O*NET Job Zone, 1–5: how much preparation the role needs (the catalog's `job_zones`
    /// say what each means).
    #[serde(default, skip_serializing_if = "skip")]
    pub job_zone: Option<u8>,
    /// O*NET interest profile: the RIASEC scores and code.
    #[serde(default, skip_serializing_if = "skip")]
    pub interests: Option<Interests>,
    /// Other names the role goes by (searchable), the most common first: for imported roles the
    /// titles incumbents report (those My Next Move shows first), then O*NET's alternate titles,
    /// those more sources give first.
    #[serde(default, skip_serializing_if = "skip")]
    pub alternate_titles: Vec<String>,
    /// Ids of related roles, most related first (for imported roles: O*NET's order).
    #[serde(default, skip_serializing_if = "skip")]
    pub related: Vec<String>,
    /// How many of the `related` roles, from the first, are in O*NET's Primary-Short and
    /// Primary-Long tiers; the rest are Supplemental (see [`Role::related_tier`]).
    #[serde(default, skip_serializing_if = "skip")]
    pub related_tiers: Option<RelatedTiers>,
    /// Kinds or specialisations of the role; absent when the source has none.
    #[serde(default, skip_serializing_if = "skip")]
    pub types: Option<Vec<String>>,
    /// Further facts from the source that fit no field above.
    #[serde(default, skip_serializing_if = "skip")]
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HardSkill {
    pub name: String,
    /// Share of resumes listing the skill, in percent (0–100).
    pub share: f64,
    /// A real resume line showing the skill.
    #[serde(default, skip_serializing_if = "skip")]
    pub example: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SoftSkill {
    pub name: String,
    /// Why the skill matters for the role.
    #[serde(default, skip_serializing_if = "skip")]
    pub why: Option<String>,
    #[serde(default, skip_serializing_if = "skip")]
    pub example: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Employer {
    pub name: String,
    /// Open jobs for the role at this employer.
    pub open_jobs: i64,
}

/// Salary facts from a career page.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Salary {
    /// Average yearly salary in US dollars.
    #[serde(default, skip_serializing_if = "skip")]
    pub average: Option<i64>,
    /// The industry where the role is paid best, with its average there.
    #[serde(default, skip_serializing_if = "skip")]
    pub top_industry: Option<IndustryPay>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndustryPay {
    pub industry: String,
    /// Average yearly salary in that industry, US dollars.
    pub average: i64,
}

/// Official wage statistics, yearly US dollars. `None` is "not available".
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wages {
    /// The release the figures come from, e.g. "BLS OEWS May 2025".
    pub release: String,
    #[serde(default, skip_serializing_if = "skip")]
    pub employment: Option<i64>,
    #[serde(default, skip_serializing_if = "skip")]
    pub mean: Option<i64>,
    #[serde(default, skip_serializing_if = "skip")]
    pub p10: Option<i64>,
    #[serde(default, skip_serializing_if = "skip")]
    pub p25: Option<i64>,
    #[serde(default, skip_serializing_if = "skip")]
    pub median: Option<i64>,
    #[serde(default, skip_serializing_if = "skip")]
    pub p75: Option<i64>,
    #[serde(default, skip_serializing_if = "skip")]
    pub p90: Option<i64>,
    /// The wage the source caps its figures at; a figure equal to it means "at least this".
    #[serde(default, skip_serializing_if = "skip")]
    pub top_coded_at: Option<i64>,
    /// Employment and pay per industry, largest employment first.
    #[serde(default, skip_serializing_if = "skip")]
    pub by_industry: Vec<IndustryWages>,
    /// Hourly figures, for occupations the source publishes only by the hour (actors, dancers):
    /// their yearly figures above are then absent.
    #[serde(default, skip_serializing_if = "skip")]
    pub hourly: Option<HourlyWages>,
    /// Set when the figures are those of a broader occupation than the role (an O*NET
    /// sub-occupation, or a SOC code the source reports several occupations under): which one,
    /// so a figure can say "(all Registered Nurses)".
    #[serde(default, skip_serializing_if = "skip")]
    pub broader: Option<SocOccupation>,
}

compact_record! {
    /// Employment and pay in one industry. Compact RON: `(naics, industry, employment, median, mean)`.
    pub struct IndustryWages {
        /// NAICS code of the industry.
        pub naics: Option<String>,
        pub industry: String,
        pub employment: Option<i64>,
        pub median: Option<i64>,
        pub mean: Option<i64>,
    }
}

/// Education facts: the share of workers at each level.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Education {
    #[serde(default, skip_serializing_if = "skip")]
    pub levels: Vec<EducationShare>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EducationShare {
    pub level: String,
    /// Percent of workers (0–100).
    pub share: f64,
}

/// How the other role stands against the role: lower, similar or higher.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    Lower,
    Similar,
    Higher,
}

impl Relation {
    /// The same fact seen from the other side.
    pub fn flipped(self) -> Self {
        match self {
            Relation::Lower => Relation::Higher,
            Relation::Similar => Relation::Similar,
            Relation::Higher => Relation::Lower,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Lower => "lower",
            Relation::Similar => "similar",
            Relation::Higher => "higher",
        }
    }
}

/// An authored comparison of `role` against `other`, as the source states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    /// Id of the role the comparison is written for.
    pub role: String,
    /// Id of the role it is compared with.
    pub other: String,
    /// A description of the other role; absent means: use the other role's summary.
    #[serde(default, skip_serializing_if = "skip")]
    pub description: Option<String>,
    /// Skills `role` is more likely to list.
    #[serde(default, skip_serializing_if = "skip")]
    pub role_skills: Vec<String>,
    /// Skills `other` is more likely to list.
    #[serde(default, skip_serializing_if = "skip")]
    pub other_skills: Vec<String>,
    /// How the other role's average pay compares.
    #[serde(default, skip_serializing_if = "skip")]
    pub pay: Option<Relation>,
    #[serde(default, skip_serializing_if = "skip")]
    pub education: Option<EducationDiff>,
}

/// Education of the other role against the role.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EducationDiff {
    /// Overall level: lower, similar or higher.
    #[serde(default, skip_serializing_if = "skip")]
    pub level: Option<Relation>,
    /// Percentage points more (+) or less (−) likely to hold a Master's degree.
    #[serde(default, skip_serializing_if = "skip")]
    pub masters_points: Option<f64>,
    /// Percentage points more (+) or less (−) likely to hold a Doctoral degree.
    #[serde(default, skip_serializing_if = "skip")]
    pub doctoral_points: Option<f64>,
}

impl EducationDiff {
    /// The same difference seen from the other side.
    pub fn flipped(&self) -> Self {
        EducationDiff {
            level: self.level.map(Relation::flipped),
            masters_points: self.masters_points.map(negate),
            doctoral_points: self.doctoral_points.map(negate),
        }
    }
}

/// Negates without producing `-0.0`, so a flipped "0.0 points" stays "0.0 points".
fn negate(points: f64) -> f64 {
    if points == 0.0 { 0.0 } else { -points }
}
