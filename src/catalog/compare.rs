//! Comparisons seen from one role's side: the authored ones, flipped when written the other
//! way round, or one built from what the two roles hold.

use super::Catalog;
use super::model::{Comparison, EducationDiff, Relation};

impl Catalog {
    /// The authored comparisons that involve `role`, seen from its side, in catalog order.
    pub fn comparisons_of(&self, role: usize) -> Vec<ComparisonView<'_>> {
        let id = self.roles[role].id.as_str();
        self.comparisons
            .iter()
            .filter_map(|c| {
                if c.role == id {
                    Some(ComparisonView::authored(self, c, false)?)
                } else if c.other == id {
                    Some(ComparisonView::authored(self, c, true)?)
                } else {
                    None
                }
            })
            .collect()
    }

    /// The comparison of two roles: the authored one (either direction) when it exists,
    /// otherwise a view with only what the two roles hold themselves.
    pub fn compare(&self, role: usize, other: usize) -> ComparisonView<'_> {
        let (a, b) = (self.roles[role].id.as_str(), self.roles[other].id.as_str());
        self.comparisons
            .iter()
            .find_map(|c| {
                if c.role == a && c.other == b {
                    ComparisonView::authored(self, c, false)
                } else if c.role == b && c.other == a {
                    ComparisonView::authored(self, c, true)
                } else {
                    None
                }
            })
            .unwrap_or(ComparisonView {
                catalog: self,
                role,
                other,
                description: self.roles[other].summary.as_deref(),
                role_skills: &[],
                other_skills: &[],
                pay: None,
                education: None,
                authored: false,
            })
    }
}

/// A comparison seen from `role`'s side; reversed authored comparisons are flipped.
/// Serialised, it is the JSON of `compare` (see `report::compare`).
#[derive(Clone)]
pub struct ComparisonView<'a> {
    /// The catalog both roles are in.
    pub catalog: &'a Catalog,
    pub role: usize,
    pub other: usize,
    /// What the other role is: the comparison's own description, else the other role's summary.
    pub description: Option<&'a str>,
    /// Skills `role` is more likely to list.
    pub role_skills: &'a [String],
    /// Skills `other` is more likely to list.
    pub other_skills: &'a [String],
    /// How the other role's pay compares with `role`'s.
    pub pay: Option<Relation>,
    /// The other role's education against `role`'s.
    pub education: Option<EducationDiff>,
    /// Whether the catalog authored this comparison (else it is built from the two roles).
    pub authored: bool,
}

impl<'a> ComparisonView<'a> {
    fn authored(catalog: &'a Catalog, c: &'a Comparison, reversed: bool) -> Option<Self> {
        let (role, other) = (catalog.index_of(&c.role)?, catalog.index_of(&c.other)?);
        Some(if reversed {
            ComparisonView {
                catalog,
                role: other,
                other: role,
                description: catalog.roles[role].summary.as_deref(),
                role_skills: &c.other_skills,
                other_skills: &c.role_skills,
                pay: c.pay.map(Relation::flipped),
                education: c.education.as_ref().map(EducationDiff::flipped),
                authored: true,
            }
        } else {
            ComparisonView {
                catalog,
                role,
                other,
                description: c
                    .description
                    .as_deref()
                    .or(catalog.roles[other].summary.as_deref()),
                role_skills: &c.role_skills,
                other_skills: &c.other_skills,
                pay: c.pay,
                education: c.education.clone(),
                authored: true,
            }
        })
    }
}

impl std::fmt::Debug for ComparisonView<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ComparisonView")
            .field("role", &self.catalog.roles[self.role].id)
            .field("other", &self.catalog.roles[self.other].id)
            .field("description", &self.description)
            .field("role_skills", &self.role_skills)
            .field("other_skills", &self.other_skills)
            .field("pay", &self.pay)
            .field("education", &self.education)
            .field("authored", &self.authored)
            .finish()
    }
}
