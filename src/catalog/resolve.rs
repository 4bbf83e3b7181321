//! Finding a role by what a person calls it: its id, its title or any of its other names.

use std::collections::HashMap;

use super::validate::closest;
use super::{Catalog, slugify};

/// A role argument that names no role, with the names that come closest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRole {
    /// What was asked for, trimmed.
    pub query: String,
    /// Up to three roles, closest first, each by the name that came close.
    pub closest: Vec<Suggestion>,
}

/// A role an unknown name may have meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// Index into `catalog.roles`.
    pub role: usize,
    /// The name that came close: the role's id, title or one of its alternate titles.
    pub name: String,
}

/// How many roles an unknown name suggests.
const SUGGESTIONS: usize = 3;

impl Catalog {
    /// Finds a role by id, title or alternate title, in any case (`"RN"`, `"er nurse"`), or by
    /// the slug of a title (`"Area Manager!"`), singular or plural (`"lawyer"`). A title wins over another role's alternate
    /// title; a name several roles share goes to the one employing the most people.
    pub fn resolve(&self, query: &str) -> Result<usize, UnknownRole> {
        let query = query.trim();
        if let Some(i) = self.index_of(query) {
            return Ok(i);
        }
        let by_title = self
            .roles
            .iter()
            .position(|r| r.title.eq_ignore_ascii_case(query) || caseless_eq(&r.title, query));
        let by_name = || {
            let employment = |r: usize| {
                let wages = self.roles[r].wages.as_ref();
                wages.and_then(|w| w.employment).unwrap_or(0)
            };
            (0..self.roles.len())
                .filter(|&r| {
                    self.roles[r].alternate_titles.iter().any(|t| {
                        names_of(t).any(|n| n.eq_ignore_ascii_case(query) || caseless_eq(n, query))
                    })
                })
                // The most employment, then the first in the catalog.
                .min_by_key(|&r| (std::cmp::Reverse(employment(r)), r))
        };
        by_title
            .or_else(by_name)
            .or_else(|| self.index_of(&slugify(query)))
            // O*NET titles are plural: "registered nurse" is "Registered Nurses".
            .or_else(|| self.index_of(&format!("{}s", slugify(query))))
            .ok_or_else(|| UnknownRole {
                query: query.to_string(),
                closest: self.closest_names(query),
            })
    }

    /// The roles whose id, title or alternate titles come closest to `query`, each once.
    fn closest_names(&self, query: &str) -> Vec<Suggestion> {
        let mut owner: HashMap<&str, usize> = HashMap::new();
        for (r, role) in self.roles.iter().enumerate() {
            let names = [role.id.as_str(), role.title.as_str()]
                .into_iter()
                .chain(role.alternate_titles.iter().map(String::as_str));
            for name in names {
                owner.entry(name).or_insert(r);
            }
        }
        let mut suggestions: Vec<Suggestion> = Vec::new();
        for name in closest(query, owner.keys().copied(), usize::MAX) {
            let role = owner[name];
            if suggestions.iter().all(|s| s.role != role) {
                suggestions.push(Suggestion {
                    role,
                    name: name.to_string(),
                });
            }
            if suggestions.len() == SUGGESTIONS {
                break;
            }
        }
        suggestions
    }
}

/// An alternate title and, when it ends in a parenthesis, the name before it and the one inside:
/// "Licensed Practical Nurse (LPN)" is also "Licensed Practical Nurse" and "LPN".
fn names_of(title: &str) -> impl Iterator<Item = &str> {
    let parts = title
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once(" ("))
        .map(|(before, inside)| [before.trim(), inside.trim()]);
    std::iter::once(title).chain(parts.into_iter().flatten().filter(|n| !n.is_empty()))
}

/// Equal ignoring case beyond ASCII too ("ÁREA" and "área").
fn caseless_eq(a: &str, b: &str) -> bool {
    !a.is_ascii() && a.to_lowercase() == b.to_lowercase()
}

#[cfg(test)]
mod tests {
    use crate::catalog::{Catalog, CatalogFile, LoadedFile, Role, Wages};

    fn role(id: &str, title: &str, names: &[&str], employment: i64) -> Role {
        Role {
            id: id.into(),
            title: title.into(),
            alternate_titles: names.iter().map(|n| n.to_string()).collect(),
            wages: Some(Wages {
                release: "test".into(),
                employment: Some(employment),
                ..Wages::default()
            }),
            ..Role::default()
        }
    }

    fn catalog() -> Catalog {
        let file = CatalogFile {
            title: "test".into(),
            roles: vec![
                role(
                    "critical-care-nurses",
                    "Critical Care Nurses",
                    &["ICU Nurse", "Intensive Care Nurse (ICU)", "RN"],
                    10,
                ),
                role(
                    "registered-nurses",
                    "Registered Nurses",
                    &["ER Nurse", "RN"],
                    3_000_000,
                ),
                role("lawyers", "Lawyers", &["Attorney", "Área Counsel"], 700_000),
            ],
            ..CatalogFile::default()
        };
        Catalog::from_loaded(vec![LoadedFile {
            label: "test".into(),
            file,
            warnings: Vec::new(),
        }])
        .unwrap()
    }

    #[test]
    fn roles_resolve_through_every_name() {
        let catalog = catalog();
        assert_eq!(catalog.resolve("lawyers"), Ok(2));
        assert_eq!(catalog.resolve(" LAWYERS "), Ok(2));
        assert_eq!(catalog.resolve("attorney"), Ok(2));
        assert_eq!(catalog.resolve("er nurse"), Ok(1));
        assert_eq!(catalog.resolve("área COUNSEL"), Ok(2));
        assert_eq!(catalog.resolve("ÁREA counsel"), Ok(2));
        // Shared by two roles: the one employing the most.
        assert_eq!(catalog.resolve("rn"), Ok(1));
        assert_eq!(catalog.resolve("Registered Nurses!"), Ok(1));
        // The singular of a plural title.
        assert_eq!(catalog.resolve("registered nurse"), Ok(1));
        assert_eq!(catalog.resolve("Lawyer"), Ok(2));
        // Either side of an alternate title's parenthesis.
        assert_eq!(catalog.resolve("intensive care nurse"), Ok(0));
        assert_eq!(catalog.resolve("ICU"), Ok(0));
    }

    #[test]
    fn an_unknown_role_names_the_closest_names() {
        let catalog = catalog();
        let unknown = catalog.resolve("registerd nurse").unwrap_err();
        assert_eq!(unknown.query, "registerd nurse");
        assert_eq!(unknown.closest[0].role, 1);
        assert_eq!(unknown.closest[0].name, "Registered Nurses");
        let unknown = catalog.resolve("atorney").unwrap_err();
        assert_eq!(unknown.closest[0].name, "Attorney");
        assert_eq!(unknown.closest.len(), 1, "{unknown:?}");
        assert!(catalog.resolve("zzzz").unwrap_err().closest.is_empty());
    }
}
