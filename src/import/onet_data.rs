//! What the O*NET files hold once read: rows by O*NET-SOC code, ready to become roles.

use std::collections::HashMap;

use super::onet::Release;
use crate::catalog::{JobZone, Part};

/// The labels of the Required Level of Education (`RL`) categories 1–12.
const EDUCATION_LEVELS: [&str; 12] = [
    "Less than a High School Diploma",
    "High School Diploma",
    "Post-Secondary Certificate",
    "Some College Courses",
    "Associate's Degree",
    "Bachelor's Degree",
    "Post-Baccalaureate Certificate",
    "Master's Degree",
    "Post-Master's Certificate",
    "First Professional Degree",
    "Doctoral Degree",
    "Post-Doctoral Training",
];

/// The label of an `RL` category; callers only pass 1–12.
pub(crate) fn education_level(category: u8) -> &'static str {
    EDUCATION_LEVELS[usize::from(category.clamp(1, 12)) - 1]
}

/// The RIASEC letters in O*NET's order (interest elements 1.B.1.a–f, high-point values 1–6).
pub(crate) const RIASEC: [(&str, char); 6] = [
    ("Realistic", 'R'),
    ("Investigative", 'I'),
    ("Artistic", 'A'),
    ("Social", 'S'),
    ("Enterprising", 'E'),
    ("Conventional", 'C'),
];

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Occupation {
    pub code: String,
    pub title: String,
    pub description: String,
}

/// `Task Type`: core tasks sort before supplemental ones, and those before untyped (`n/a`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum TaskKind {
    Core,
    Supplemental,
    Untyped,
}

#[derive(Debug, Clone)]
pub(crate) struct Task {
    pub kind: TaskKind,
    pub text: String,
}

/// A skill, knowledge or work style element of one occupation, from its scale rows.
#[derive(Debug, Clone, Default)]
pub(crate) struct Rated {
    pub name: String,
    /// `IM` (skills, knowledge) or `WI` (work styles).
    pub value: Option<f64>,
    /// `LV` (level; absent when Not Relevant) or `DR` (distinctiveness rank; absent when 0).
    pub second: Option<f64>,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Level {
    pub category: u8,
    pub share: f64,
}

#[derive(Debug, Clone)]
pub(crate) struct Related {
    /// 0 Primary-Short, 1 Primary-Long, 2 Supplemental, 3 any other tier.
    pub tier: u8,
    pub index: u32,
    pub code: String,
}

#[derive(Debug, Clone)]
pub(crate) struct TechRow {
    pub name: String,
    pub category: String,
    pub hot: bool,
    pub in_demand: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct AlternateTitle {
    pub title: String,
    pub short: Option<String>,
    /// How many sources report the title.
    pub sources: usize,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct InterestRow {
    /// RIASEC scores (`OI`, 1–7), in RIASEC order.
    pub scores: [Option<f64>; 6],
    /// High points 1–3 (`IH`): 1–6 for a RIASEC type, 0 for none.
    pub high_points: [u8; 3],
}

/// Skills, Knowledge or Work Styles by code: each element's id and its ratings, in file order.
pub(crate) type RatedByCode = HashMap<String, Vec<(String, Rated)>>;

/// Everything read from the O*NET folders, keyed by O*NET-SOC code.
#[derive(Debug, Default)]
pub(crate) struct OnetData {
    /// Sorted by code.
    pub occupations: Vec<Occupation>,
    pub tasks: HashMap<String, Vec<Task>>,
    /// By code, then element id in file order.
    pub skills: RatedByCode,
    pub knowledge: RatedByCode,
    pub work_styles: RatedByCode,
    pub technology: HashMap<String, Vec<TechRow>>,
    pub education: HashMap<String, Vec<Level>>,
    pub job_zones: HashMap<String, u8>,
    pub interests: HashMap<String, InterestRow>,
    pub related: HashMap<String, Vec<Related>>,
    pub alternate_titles: HashMap<String, Vec<AlternateTitle>>,
    /// (title, shown in My Next Move).
    pub reported_titles: HashMap<String, Vec<(String, bool)>>,
    /// Content Model Reference: element id → (name, description).
    pub content_model: HashMap<String, (String, String)>,
    pub job_zone_reference: Vec<JobZone>,
    /// The release each part was read from.
    pub releases: Vec<(Part, Release)>,
    pub files_read: Vec<String>,
    pub files_absent: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn education_labels() {
        assert_eq!(education_level(1), "Less than a High School Diploma");
        assert_eq!(education_level(6), "Bachelor's Degree");
        assert_eq!(education_level(12), "Post-Doctoral Training");
    }
}
