//! The catalog: data model, loading with clear errors, and lookups across every loaded file.
//! Knows nothing of terminals.

pub mod compiled;
mod load;
pub mod model;
mod problem;
mod resolve;
pub mod sanitize;
mod validate;

use std::collections::HashMap;
use std::path::PathBuf;

pub use load::{LoadedFile, MAX_CATALOG_BYTES, load_path, parse_str, read_text};
pub use model::*;
pub use problem::{CatalogError, Problem};
pub use resolve::{Suggestion, UnknownRole};
pub use validate::{closest, is_slug};

/// The catalogs built into the binary (`assets/*.ron`), compiled by `build.rs`: parsed and
/// validated at build time, loaded here without parsing. The seed catalog comes first, so the
/// explorer opens on the senior operations manager.
static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalogs.bin"));

/// Where a role was loaded from.
#[derive(Debug, Clone, PartialEq)]
pub struct Origin {
    /// The file path, or `embedded:NAME` for a built-in catalog.
    pub label: String,
    pub title: String,
    pub sources: Vec<Source>,
    /// What hard skill values measure, when not the share of resumes (see `CatalogFile`).
    pub skill_measure: Option<String>,
}

/// Every loaded catalog file merged: roles are unique by id across files.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub origins: Vec<Origin>,
    pub roles: Vec<Role>,
    pub comparisons: Vec<Comparison>,
    /// Non-fatal findings while loading (text that had to be cleaned).
    pub warnings: Vec<Problem>,
    role_origin: Vec<usize>,
    by_id: HashMap<String, usize>,
}

/// Sizes reported by `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub roles: usize,
    pub responsibilities: usize,
    pub comparisons: usize,
}

impl Catalog {
    /// The built-in catalogs.
    pub fn embedded() -> Result<Catalog, CatalogError> {
        let files = compiled::decode(EMBEDDED).map_err(|e| {
            Problem::new(
                "embedded",
                format!("the built-in catalogs cannot be read: {e}"),
            )
        })?;
        Catalog::from_loaded(
            files
                .into_iter()
                .map(|file| {
                    let label = file.label.clone();
                    file.into_loaded(&label)
                })
                .collect(),
        )
    }

    /// Loads the given files, or the built-in catalogs when there are none.
    /// Problems from every file are reported together.
    pub fn load(paths: &[PathBuf]) -> Result<Catalog, CatalogError> {
        if paths.is_empty() {
            return Catalog::embedded();
        }
        let mut files = Vec::new();
        let mut problems = Vec::new();
        for path in paths {
            match load_path(path) {
                Ok(file) => files.push(file),
                Err(e) => problems.extend(e.problems),
            }
        }
        if !problems.is_empty() {
            return Err(CatalogError { problems });
        }
        Catalog::from_loaded(files)
    }

    /// Merges loaded files; a role id used by two files is an error naming both.
    pub fn from_loaded(files: Vec<LoadedFile>) -> Result<Catalog, CatalogError> {
        let mut catalog = Catalog {
            origins: Vec::with_capacity(files.len()),
            roles: Vec::new(),
            comparisons: Vec::new(),
            warnings: Vec::new(),
            role_origin: Vec::new(),
            by_id: HashMap::new(),
        };
        let mut problems = Vec::new();
        for loaded in files {
            let origin = catalog.origins.len();
            for role in loaded.file.roles {
                if let Some(&existing) = catalog.by_id.get(&role.id) {
                    let first = &catalog.origins[catalog.role_origin[existing]].label;
                    problems.push(Problem::new(
                        &loaded.label,
                        format!("role id \"{}\" is also defined in {first}; ids must be unique across catalogs", role.id),
                    ));
                    continue;
                }
                catalog.by_id.insert(role.id.clone(), catalog.roles.len());
                catalog.roles.push(role);
                catalog.role_origin.push(origin);
            }
            catalog.comparisons.extend(loaded.file.comparisons);
            catalog.warnings.extend(loaded.warnings);
            catalog.origins.push(Origin {
                label: loaded.label,
                title: loaded.file.title,
                sources: loaded.file.sources,
                skill_measure: loaded.file.skill_measure,
            });
        }
        if problems.is_empty() {
            Ok(catalog)
        } else {
            Err(CatalogError { problems })
        }
    }

    pub fn counts(&self) -> Counts {
        Counts {
            roles: self.roles.len(),
            responsibilities: self.roles.iter().map(|r| r.responsibilities.len()).sum(),
            comparisons: self.comparisons.len(),
        }
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.index_of(id).map(|i| &self.roles[i])
    }

    /// The file a role came from, with its sources.
    pub fn origin_of(&self, role: usize) -> &Origin {
        &self.origins[self.role_origin[role]]
    }

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
#[derive(Debug, Clone, PartialEq)]
pub struct ComparisonView<'a> {
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

/// `"Area Manager"` → `"area-manager"`: lower-case ASCII words joined by single hyphens.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_catalog_loads_clean() {
        let catalog = Catalog::embedded().expect("embedded catalog is valid");
        assert!(catalog.warnings.is_empty(), "{:?}", catalog.warnings);
        assert_eq!(catalog.index_of("senior-operations-manager"), Some(0));
    }

    #[test]
    fn resolve_by_id_title_and_slug() {
        let catalog = Catalog::embedded().unwrap();
        let area = catalog.index_of("area-manager").unwrap();
        assert_eq!(catalog.resolve("area-manager"), Ok(area));
        assert_eq!(catalog.resolve("AREA MANAGER"), Ok(area));
        assert_eq!(catalog.resolve("  area manager "), Ok(area));
        let err = catalog.resolve("area-manger").unwrap_err();
        assert_eq!(err.closest[0].role, area, "{err:?}");
    }

    #[test]
    fn reversed_comparison_flips_signs_and_sides() {
        let catalog = Catalog::embedded().unwrap();
        let som = catalog.index_of("senior-operations-manager").unwrap();
        let area = catalog.index_of("area-manager").unwrap();
        let view = catalog.compare(area, som);
        assert!(view.authored);
        assert_eq!(view.role, area);
        assert_eq!(view.other_skills[0], "project management");
        let education = view.education.unwrap();
        assert_eq!(education.masters_points, Some(6.6));
        assert_eq!(education.level, Some(Relation::Higher));
    }

    #[test]
    fn slugify_titles() {
        assert_eq!(
            slugify("General & Operations Managers"),
            "general-operations-managers"
        );
        assert_eq!(slugify("  Área manager "), "rea-manager");
    }
}
