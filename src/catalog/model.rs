//! The catalog's data model: exactly what a RON catalog file holds, as serde types.
//! The same types are the stable JSON schema of `show` and friends.

use std::cell::Cell;

use serde::{Deserialize, Serialize};

thread_local! {
    /// True while a RON writer serialises (see [`compact`]).
    static COMPACT: Cell<bool> = const { Cell::new(false) };
}

/// Runs `write` with the empty fields marked `omit_*` left out of what serde writes, as RON
/// catalog files want them (an absent field means empty there). Everything else writes every
/// field: JSON output has every documented key, and the compiled binary form, which has no field
/// names, could not be read back if a field were skipped.
pub fn compact<T>(write: impl FnOnce() -> T) -> T {
    /// Restores the previous state even if `write` panics.
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            COMPACT.set(self.0);
        }
    }
    let _restore = Restore(COMPACT.replace(true));
    write()
}

fn omit_none<T>(value: &Option<T>) -> bool {
    value.is_none() && COMPACT.get()
}

fn omit_empty<T>(value: &[T]) -> bool {
    value.is_empty() && COMPACT.get()
}

/// One catalog file: metadata, roles and authored comparisons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogFile {
    /// What this catalog is, e.g. "Senior operations manager career page".
    pub title: String,
    /// Where the facts come from; every role of the file inherits these.
    #[serde(default)]
    pub sources: Vec<Source>,
    pub roles: Vec<Role>,
    #[serde(default)]
    pub comparisons: Vec<Comparison>,
    /// What a hard skill's `share` measures when it is not the share of resumes listing the
    /// skill, e.g. "importance, 0–100 (O*NET)". Absent: the share of resumes, in percent.
    #[serde(default, skip_serializing_if = "omit_none")]
    pub skill_measure: Option<String>,
}

/// A publication the facts are taken from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub name: String,
    #[serde(default, skip_serializing_if = "omit_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "omit_none")]
    pub version: Option<String>,
    /// The date the source was last updated, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "omit_none")]
    pub updated: Option<String>,
    #[serde(default, skip_serializing_if = "omit_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "omit_none")]
    pub licence: Option<String>,
}

/// A role (occupation). Absent fields and empty lists mean "not in source".
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Lower-case slug, unique across every loaded catalog.
    pub id: String,
    pub title: String,
    /// Occupation code (O*NET-SOC) when the role comes from a classification.
    #[serde(default, skip_serializing_if = "omit_none")]
    pub code: Option<String>,
    /// What the role does.
    #[serde(default)]
    pub summary: Option<String>,
    /// Typical duties, short phrases.
    #[serde(default)]
    pub duties: Vec<String>,
    /// Responsibilities, e.g. lines from real resumes or task statements.
    #[serde(default)]
    pub responsibilities: Vec<String>,
    /// Hard skills with the share (0–100) of resumes or the importance that lists them.
    #[serde(default)]
    pub hard_skills: Vec<HardSkill>,
    #[serde(default)]
    pub soft_skills: Vec<SoftSkill>,
    /// Employers hiring the most for this role.
    #[serde(default)]
    pub employers: Vec<Employer>,
    #[serde(default)]
    pub salary: Option<Salary>,
    /// Official wage statistics (e.g. BLS OEWS).
    #[serde(default, skip_serializing_if = "omit_none")]
    pub wages: Option<Wages>,
    #[serde(default)]
    pub education: Option<Education>,
    /// Other names the role goes by (searchable).
    #[serde(default, skip_serializing_if = "omit_empty")]
    pub alternate_titles: Vec<String>,
    /// Ids of related roles, most related first.
    #[serde(default, skip_serializing_if = "omit_empty")]
    pub related: Vec<String>,
    /// Kinds or specialisations of the role; absent when the source has none.
    #[serde(default)]
    pub types: Option<Vec<String>>,
    /// Further facts from the source that fit no field above.
    #[serde(default, skip_serializing_if = "omit_empty")]
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HardSkill {
    pub name: String,
    /// Share of resumes listing the skill, in percent (0–100).
    pub share: f64,
    /// A real resume line showing the skill.
    #[serde(default)]
    pub example: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SoftSkill {
    pub name: String,
    /// Why the skill matters for the role.
    #[serde(default)]
    pub why: Option<String>,
    #[serde(default)]
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
    #[serde(default)]
    pub average: Option<i64>,
    /// The industry where the role is paid best, with its average there.
    #[serde(default)]
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
    #[serde(default)]
    pub employment: Option<i64>,
    #[serde(default)]
    pub mean: Option<i64>,
    #[serde(default)]
    pub p10: Option<i64>,
    #[serde(default)]
    pub p25: Option<i64>,
    #[serde(default)]
    pub median: Option<i64>,
    #[serde(default)]
    pub p75: Option<i64>,
    #[serde(default)]
    pub p90: Option<i64>,
    /// The wage the source caps its figures at; a figure equal to it means "at least this".
    #[serde(default, skip_serializing_if = "omit_none")]
    pub top_coded_at: Option<i64>,
    /// Employment and pay per industry, largest employment first.
    #[serde(default, skip_serializing_if = "omit_empty")]
    pub by_industry: Vec<IndustryWages>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndustryWages {
    /// NAICS code of the industry.
    #[serde(default, skip_serializing_if = "omit_none")]
    pub naics: Option<String>,
    pub industry: String,
    #[serde(default)]
    pub employment: Option<i64>,
    #[serde(default)]
    pub median: Option<i64>,
    #[serde(default)]
    pub mean: Option<i64>,
}

/// Education facts: the share of workers at each level.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Education {
    #[serde(default)]
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
    #[serde(default, skip_serializing_if = "omit_none")]
    pub description: Option<String>,
    /// Skills `role` is more likely to list.
    #[serde(default)]
    pub role_skills: Vec<String>,
    /// Skills `other` is more likely to list.
    #[serde(default)]
    pub other_skills: Vec<String>,
    /// How the other role's average pay compares.
    #[serde(default)]
    pub pay: Option<Relation>,
    #[serde(default)]
    pub education: Option<EducationDiff>,
}

/// Education of the other role against the role.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EducationDiff {
    /// Overall level: lower, similar or higher.
    #[serde(default)]
    pub level: Option<Relation>,
    /// Percentage points more (+) or less (−) likely to hold a Master's degree.
    #[serde(default)]
    pub masters_points: Option<f64>,
    /// Percentage points more (+) or less (−) likely to hold a Doctoral degree.
    #[serde(default)]
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
