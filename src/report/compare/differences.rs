//! Where two roles' O*NET skills and knowledge differ most: the elements one side rates clearly
//! more important than the other, largest differences first, at most a few per side.
//!
//! The rule, as the README states it: an element counts when both roles rate it, the side that
//! rates it higher rates it at least [`IMPORTANT`] (3 on O*NET's 1–5 importance scale, the
//! "important" mark; O*NET OnLine lists an occupation's skills from there), and the two
//! ratings are at least [`CLEAR_DIFFERENCE`] apart (half a point: an eighth of the scale, well
//! above the usual standard error of an O*NET importance mean). Skills are compared with
//! skills and knowledge with knowledge, by name. Of those, the [`PER_SIDE`] largest for each
//! side are kept (ties: the more important element first, then by name).

use serde::Serialize;

use crate::catalog::{ElementKind, Rating, Role};

/// The least importance (1–5) the higher side must give an element.
pub const IMPORTANT: f64 = 3.0;
/// The least difference in importance (1–5) that counts as clearly higher.
pub const CLEAR_DIFFERENCE: f64 = 0.5;
/// At most this many elements for each side.
pub const PER_SIDE: usize = 5;

/// Ratings are given to two decimals: a difference of 0.5 must not be lost to rounding.
const EPSILON: f64 = 1e-9;

/// One element both roles rate, with each side's importance (1–5).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SkillDifference<'a> {
    /// `skill` or `knowledge`.
    pub kind: ElementKind,
    pub name: &'a str,
    /// The role's importance.
    pub role: f64,
    /// The other role's importance.
    pub other: f64,
    /// The other role's importance less the role's: positive when the other rates it higher.
    pub difference: f64,
}

/// Whether the two roles' skills and knowledge can be compared, and how they differ.
#[derive(Debug, Clone, PartialEq)]
pub enum SkillComparison<'a> {
    /// Neither role has ratings.
    Unrated,
    /// Only one side has ratings: `true` for the role, `false` for the other.
    OneSided { role_rated: bool },
    /// Both have ratings: the clear differences, the role's side first (possibly none).
    Differences(Vec<SkillDifference<'a>>),
}

impl<'a> SkillComparison<'a> {
    pub fn of(a: &'a Role, b: &'a Role) -> Self {
        let rated = |r: &Role| !r.skills.is_empty() || !r.knowledge.is_empty();
        match (rated(a), rated(b)) {
            (false, false) => SkillComparison::Unrated,
            (true, false) => SkillComparison::OneSided { role_rated: true },
            (false, true) => SkillComparison::OneSided { role_rated: false },
            (true, true) => SkillComparison::Differences(skill_differences(a, b)),
        }
    }

    /// The differences, when both sides are rated.
    pub fn differences(&self) -> &[SkillDifference<'a>] {
        match self {
            SkillComparison::Differences(d) => d,
            _ => &[],
        }
    }
}

/// The clear differences between `a`'s and `b`'s ratings by the rule above: first the
/// elements `a` rates higher, then those `b` rates higher, each largest first.
pub fn skill_differences<'a>(a: &'a Role, b: &'a Role) -> Vec<SkillDifference<'a>> {
    let mut candidates: Vec<SkillDifference<'a>> = Vec::new();
    for (kind, ours, theirs) in [
        (ElementKind::Skill, &a.skills, &b.skills),
        (ElementKind::Knowledge, &a.knowledge, &b.knowledge),
    ] {
        for rating in ours {
            let Some(other) = theirs.iter().find(|r| r.name == rating.name) else {
                continue;
            };
            if is_clear(rating, other) {
                candidates.push(SkillDifference {
                    kind,
                    name: &rating.name,
                    role: rating.importance,
                    other: other.importance,
                    difference: other.importance - rating.importance,
                });
            }
        }
    }
    let side = |role_higher: bool| {
        let mut side: Vec<SkillDifference<'a>> = candidates
            .iter()
            .filter(|d| (d.difference < 0.0) == role_higher)
            .cloned()
            .collect();
        side.sort_by(|x, y| {
            y.difference
                .abs()
                .total_cmp(&x.difference.abs())
                .then(y.role.max(y.other).total_cmp(&x.role.max(x.other)))
                .then(x.name.cmp(y.name))
        });
        side.truncate(PER_SIDE);
        side
    };
    let mut out = side(true);
    out.extend(side(false));
    out
}

fn is_clear(a: &Rating, b: &Rating) -> bool {
    let higher = a.importance.max(b.importance);
    higher >= IMPORTANT - EPSILON
        && (a.importance - b.importance).abs() >= CLEAR_DIFFERENCE - EPSILON
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rating(name: &str, importance: f64) -> Rating {
        Rating {
            name: name.into(),
            importance,
            level: None,
        }
    }

    fn role(skills: &[(&str, f64)], knowledge: &[(&str, f64)]) -> Role {
        Role {
            id: "r".into(),
            title: "R".into(),
            skills: skills.iter().map(|&(n, i)| rating(n, i)).collect(),
            knowledge: knowledge.iter().map(|&(n, i)| rating(n, i)).collect(),
            ..Role::default()
        }
    }

    fn names<'a>(differences: &[SkillDifference<'a>]) -> Vec<(&'a str, f64)> {
        differences
            .iter()
            .map(|d| (d.name, (d.difference * 100.0).round() / 100.0))
            .collect()
    }

    #[test]
    fn keeps_clear_differences_of_important_elements_on_each_side() {
        let a = role(
            &[
                ("Speaking", 4.0),        // a higher by 1.0: kept
                ("Writing", 3.5),         // a higher by exactly 0.5: kept
                ("Monitoring", 3.4),      // a higher by 0.4: not clear
                ("Programming", 1.2),     // b higher by 2.8: kept
                ("Repairing", 1.0),       // both under 3: never important
                ("Troubleshooting", 3.0), // b higher by 0.6: kept
                ("Only Ours", 5.0),       // b does not rate it
            ],
            &[("Mathematics", 2.0)],
        );
        let b = role(
            &[
                ("Speaking", 3.0),
                ("Writing", 3.0),
                ("Monitoring", 3.0),
                ("Programming", 4.0),
                ("Repairing", 2.9),
                ("Troubleshooting", 3.6),
            ],
            // Knowledge is compared with knowledge: "Mathematics" the skill is not this one.
            &[("Mathematics", 3.5)],
        );
        let found = skill_differences(&a, &b);
        assert_eq!(
            names(&found),
            [
                ("Speaking", -1.0),
                ("Writing", -0.5),
                ("Programming", 2.8),
                ("Mathematics", 1.5),
                ("Troubleshooting", 0.6),
            ]
        );
        assert_eq!(found[3].kind, ElementKind::Knowledge);
        assert_eq!((found[0].role, found[0].other), (4.0, 3.0));
    }

    #[test]
    fn at_most_five_per_side_largest_first() {
        let ours: Vec<(String, f64)> = (0..8).map(|i| (format!("S{i}"), 5.0)).collect();
        let theirs: Vec<(String, f64)> = (0..8)
            .map(|i| (format!("S{i}"), 1.0 + i as f64 * 0.5))
            .collect();
        let a = role(
            &ours
                .iter()
                .map(|(n, i)| (n.as_str(), *i))
                .collect::<Vec<_>>(),
            &[],
        );
        let b = role(
            &theirs
                .iter()
                .map(|(n, i)| (n.as_str(), *i))
                .collect::<Vec<_>>(),
            &[],
        );
        let found = skill_differences(&a, &b);
        // S0..S7 differ by 4, 3.5, ..., 0.5; S7 (4.5 vs 5) is clear too; the five largest stay.
        assert_eq!(
            names(&found),
            [
                ("S0", -4.0),
                ("S1", -3.5),
                ("S2", -3.0),
                ("S3", -2.5),
                ("S4", -2.0)
            ]
        );
        // Seen from the other side, the same elements with the sign turned.
        let back = skill_differences(&b, &a);
        assert_eq!(names(&back)[0], ("S0", 4.0));
        assert_eq!(back.len(), 5);
    }

    #[test]
    fn ties_go_to_the_more_important_element_then_the_name() {
        let a = role(&[("B", 4.0), ("A", 4.0), ("C", 4.5)], &[]);
        let b = role(&[("B", 3.0), ("A", 3.0), ("C", 3.5)], &[]);
        assert_eq!(
            names(&skill_differences(&a, &b)),
            [("C", -1.0), ("A", -1.0), ("B", -1.0)]
        );
    }

    #[test]
    fn roles_without_ratings_cannot_be_compared() {
        let rated = role(&[("Speaking", 4.0)], &[]);
        let unrated = role(&[], &[]);
        assert_eq!(
            SkillComparison::of(&unrated, &unrated),
            SkillComparison::Unrated
        );
        assert_eq!(
            SkillComparison::of(&unrated, &rated),
            SkillComparison::OneSided { role_rated: false }
        );
        assert_eq!(
            SkillComparison::of(&rated, &rated),
            SkillComparison::Differences(Vec::new()),
            "the same ratings: nothing differs"
        );
    }
}
