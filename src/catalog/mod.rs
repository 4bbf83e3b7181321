//! The catalog: data model, loading with clear errors, and lookups across every loaded file.
//! Knows nothing of terminals.

mod compare;
pub mod compiled;
mod lazy;
mod load;
mod locate;
pub mod model;
mod occupation_group;
mod problem;
mod resolve;
pub mod sanitize;
pub mod texts;
mod validate;

use std::collections::HashMap;
use std::path::PathBuf;

pub use compare::ComparisonView;
pub use lazy::LazyStateWages;
pub use load::{LoadedFile, MAX_CATALOG_BYTES, label_of, load_path, parse_str, read_text};
pub use model::*;
pub use occupation_group::{OCCUPATION_GROUPS, OccupationGroup};
pub use problem::{CatalogError, Problem};
pub use resolve::{Suggestion, UnknownRole};
pub use texts::{MAX_NAME_CHARS, MAX_TEXT_CHARS};
pub use validate::{closest, is_onet_code, is_slug, is_soc};

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
    /// The file's reference tables (see `CatalogFile`): what rated elements measure, job
    /// zones, the projection period, wages by state.
    pub elements: Vec<Element>,
    pub job_zones: Vec<JobZone>,
    pub projections: Option<Projections>,
    /// Decoded on first use; reads as `Option<StateWageTable>` (see [`LazyStateWages`]).
    pub state_wages: LazyStateWages,
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
        Catalog::from_compiled(EMBEDDED, None)
            .map_err(|e| -> CatalogError {
                Problem::new(
                    "embedded",
                    format!("the built-in catalogs cannot be read: {e}"),
                )
                .into()
            })
            .and_then(|catalog| catalog)
    }

    /// The catalogs in compiled bytes (`compiled::encode`), their files named by `labels` when
    /// given (else by the labels they were compiled with): the roles decoded on every core,
    /// the wages by state on first use. The outer error is bytes that do not decode (or labels
    /// that do not match the files), the inner one what merging the files finds.
    pub(crate) fn from_compiled(
        bytes: &'static [u8],
        labels: Option<&[String]>,
    ) -> Result<Result<Catalog, CatalogError>, postcard::Error> {
        Catalog::decode_compiled(bytes, labels, LazyStateWages::from_static)
    }

    /// [`Catalog::from_compiled`] for bytes that are not kept: the wages by state are copied.
    pub(crate) fn from_compiled_copy(
        bytes: &[u8],
        labels: Option<&[String]>,
    ) -> Result<Result<Catalog, CatalogError>, postcard::Error> {
        Catalog::decode_compiled(bytes, labels, LazyStateWages::from_bytes)
    }

    fn decode_compiled<'a>(
        bytes: &'a [u8],
        labels: Option<&[String]>,
        lazy: impl Fn(&'a [u8]) -> LazyStateWages,
    ) -> Result<Result<Catalog, CatalogError>, postcard::Error> {
        let files = compiled::unpack(bytes)?;
        if labels.is_some_and(|l| l.len() != files.len()) {
            return Err(postcard::Error::DeserializeBadEncoding);
        }
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let mut loaded = Vec::with_capacity(files.len());
        for (i, file) in files.into_iter().enumerate() {
            let roles = file.decode_roles(threads)?;
            let label = labels.map_or_else(|| file.label.clone(), |l| l[i].clone());
            let state_wages = file.state_wages.map(&lazy);
            loaded.push((
                LoadedFile {
                    warnings: file.problems(&label),
                    label,
                    file: CatalogFile {
                        roles,
                        ..file.header
                    },
                },
                state_wages,
            ));
        }
        Ok(Catalog::merge(loaded))
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

    /// Merges loaded files; a role id used by two files is an error naming both, and a catalog
    /// without roles is refused.
    pub fn from_loaded(files: Vec<LoadedFile>) -> Result<Catalog, CatalogError> {
        Catalog::merge(files.into_iter().map(|file| (file, None)).collect())
    }

    /// [`Catalog::from_loaded`], with wages by state still compiled for some files (theirs
    /// in the loaded file are then absent).
    fn merge(files: Vec<(LoadedFile, Option<LazyStateWages>)>) -> Result<Catalog, CatalogError> {
        let mut catalog = Catalog {
            origins: Vec::with_capacity(files.len()),
            roles: Vec::new(),
            comparisons: Vec::new(),
            warnings: Vec::new(),
            role_origin: Vec::new(),
            by_id: HashMap::new(),
        };
        let mut problems = Vec::new();
        for (loaded, lazy) in files {
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
                elements: loaded.file.elements,
                job_zones: loaded.file.job_zones,
                projections: loaded.file.projections,
                state_wages: lazy.unwrap_or_else(|| loaded.file.state_wages.into()),
            });
        }
        if problems.is_empty() && catalog.roles.is_empty() {
            // Each file is refused without roles when parsed; this is for no files at all.
            problems.push(Problem::new(
                "catalog",
                "no roles; a catalog needs at least one",
            ));
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
