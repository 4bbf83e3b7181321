//! Semantic checks of one catalog file, all reported at once with the best position we can find.

use std::collections::HashMap;

use super::model::{CatalogFile, Role};
use super::problem::{CatalogError, Locator, Problem};

/// True for lower-case ASCII slugs: `senior-operations-manager`, `11-1021-00`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

pub(super) struct Checker<'a> {
    label: &'a str,
    pub(super) locate: Locator<'a>,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    pub(super) fn report(&mut self, offset: Option<usize>, message: String) {
        let position = offset.map(|o| self.locate.position(o));
        self.problems
            .push(Problem::new(self.label, message).at(position));
    }

    /// Where role `index` starts: its quoted id, else its n-th `id:` key.
    pub(super) fn role_offset(&self, index: usize, role: &Role) -> Option<usize> {
        let roles = self.locate.find("roles", 0).unwrap_or(0);
        if !role.id.is_empty() {
            if let Some(at) = self.locate.find(&format!("\"{}\"", role.id), roles) {
                return Some(at);
            }
        }
        self.locate.find_nth("id:", roles, index)
    }

    /// The `n`th occurrence of `key` inside a role, falling back to the role itself.
    pub(super) fn field_offset(
        &self,
        role_at: Option<usize>,
        key: &str,
        n: usize,
    ) -> Option<usize> {
        role_at.and_then(|at| self.locate.find_nth(key, at, n).or(Some(at)))
    }
}

fn check_share(value: f64) -> Option<String> {
    if value.is_nan() || !(0.0..=100.0).contains(&value) {
        Some(format!("{value} is outside 0–100"))
    } else {
        None
    }
}

fn check_count(value: Option<i64>) -> Option<String> {
    value.filter(|v| *v < 0).map(|v| format!("{v} is negative"))
}

fn check_points(value: Option<f64>) -> Option<String> {
    value
        .filter(|v| v.is_nan() || !(-100.0..=100.0).contains(v))
        .map(|v| format!("{v} is outside −100–100 percentage points"))
}

fn is_iso_date(date: &str) -> bool {
    let b = date.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&date[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&date[8..10].parse::<u8>().unwrap_or(0))
}

/// Checks one file; `text` is its source, used only to point at problems.
pub fn check_file(label: &str, text: &str, file: &CatalogFile) -> Result<(), CatalogError> {
    let mut c = Checker {
        label,
        locate: Locator::new(text),
        problems: Vec::new(),
    };
    if file.title.trim().is_empty() {
        let at = c.locate.find("title", 0);
        c.report(at, "title: is empty".into());
    }
    for (i, source) in file.sources.iter().enumerate() {
        if source.name.trim().is_empty() {
            let at = c
                .locate
                .find_nth("name", c.locate.find("sources", 0).unwrap_or(0), 0);
            c.report(at, format!("sources[{i}].name: is empty"));
        }
        if let Some(date) = source.updated.as_deref().filter(|d| !is_iso_date(d)) {
            let at = c.locate.find(&format!("\"{date}\""), 0);
            c.report(
                at,
                format!("sources[{i}].updated: \"{date}\" is not a date (YYYY-MM-DD)"),
            );
        }
    }

    let mut first_seen: HashMap<&str, usize> = HashMap::new();
    for (i, role) in file.roles.iter().enumerate() {
        check_role(&mut c, i, role, &mut first_seen);
    }

    for (i, role) in file.roles.iter().enumerate() {
        for related in &role.related {
            if !first_seen.contains_key(related.as_str()) {
                let at = c.locate.find(&format!("\"{related}\""), 0);
                c.report(
                    at,
                    format!(
                        "roles[{i}] ({}).related: unknown role \"{related}\"",
                        role.id
                    ),
                );
            }
        }
    }

    super::validate_occupation::check_file(&mut c, file);

    let comparisons_at = c.locate.find("comparisons", 0).unwrap_or(0);
    for (i, comparison) in file.comparisons.iter().enumerate() {
        for (field, id) in [("role", &comparison.role), ("other", &comparison.other)] {
            if !first_seen.contains_key(id.as_str()) {
                let at = c.locate.find(&format!("\"{id}\""), comparisons_at);
                let hint = closest_hint(id, first_seen.keys().copied());
                c.report(
                    at,
                    format!("comparisons[{i}].{field}: unknown role \"{id}\"{hint}"),
                );
            }
        }
        if comparison.role == comparison.other {
            let at = c
                .locate
                .find(&format!("\"{}\"", comparison.other), comparisons_at);
            c.report(
                at,
                format!(
                    "comparisons[{i}]: compares \"{}\" with itself",
                    comparison.role
                ),
            );
        }
        if let Some(education) = &comparison.education {
            for (field, value) in [
                ("masters_points", education.masters_points),
                ("doctoral_points", education.doctoral_points),
            ] {
                if let Some(message) = check_points(value) {
                    let at = c.locate.find_nth(field, comparisons_at, 0);
                    c.report(at, format!("comparisons[{i}].education.{field}: {message}"));
                }
            }
        }
    }

    if c.problems.is_empty() {
        Ok(())
    } else {
        Err(CatalogError {
            problems: c.problems,
        })
    }
}

fn check_role<'f>(
    c: &mut Checker<'_>,
    i: usize,
    role: &'f Role,
    first_seen: &mut HashMap<&'f str, usize>,
) {
    // Each problem with where it is inside the role: (key, n-th occurrence), or the role
    // itself. The role's position is searched for only when something is wrong, so a clean
    // catalog costs no text searches.
    let mut found: Vec<(Option<(&str, usize)>, String)> = Vec::new();
    let name = format!("roles[{i}] ({})", role.id);
    if !is_slug(&role.id) {
        found.push((
            None,
            format!(
                "roles[{i}].id: \"{}\" is not a slug (lower-case letters, digits and single hyphens)",
                role.id
            ),
        ));
    }
    if let Some(previous) = first_seen.insert(role.id.as_str(), i) {
        found.push((
            None,
            format!(
                "roles[{i}].id: duplicate id \"{}\" (first used by roles[{previous}])",
                role.id
            ),
        ));
        first_seen.insert(role.id.as_str(), previous);
    }
    if role.title.trim().is_empty() {
        found.push((Some(("title", 0)), format!("{name}.title: is empty")));
    }
    for (k, skill) in role.hard_skills.iter().enumerate() {
        if let Some(message) = check_share(skill.share) {
            found.push((
                Some(("share", k)),
                format!("{name}.hard_skills[{k}].share: {message}"),
            ));
        }
        if skill.name.trim().is_empty() {
            found.push((None, format!("{name}.hard_skills[{k}].name: is empty")));
        }
    }
    for (k, employer) in role.employers.iter().enumerate() {
        if let Some(message) = check_count(Some(employer.open_jobs)) {
            found.push((
                Some(("open_jobs", k)),
                format!("{name}.employers[{k}].open_jobs: {message}"),
            ));
        }
    }
    if let Some(salary) = &role.salary {
        if let Some(message) = check_count(salary.average) {
            found.push((
                Some(("average", 0)),
                format!("{name}.salary.average: {message}"),
            ));
        }
        if let Some(message) = check_count(salary.top_industry.as_ref().map(|t| t.average)) {
            found.push((
                Some(("top_industry", 0)),
                format!("{name}.salary.top_industry.average: {message}"),
            ));
        }
    }
    if let Some(wages) = &role.wages {
        let fields = [
            ("employment", wages.employment),
            ("mean", wages.mean),
            ("p10", wages.p10),
            ("p25", wages.p25),
            ("median", wages.median),
            ("p75", wages.p75),
            ("p90", wages.p90),
        ];
        for (field, value) in fields {
            if let Some(message) = check_count(value) {
                found.push((Some((field, 0)), format!("{name}.wages.{field}: {message}")));
            }
        }
        for (k, industry) in wages.by_industry.iter().enumerate() {
            for (field, value) in [
                ("employment", industry.employment),
                ("median", industry.median),
                ("mean", industry.mean),
            ] {
                if let Some(message) = check_count(value) {
                    found.push((
                        None,
                        format!("{name}.wages.by_industry[{k}].{field}: {message}"),
                    ));
                }
            }
        }
    }
    if let Some(education) = &role.education {
        for (k, level) in education.levels.iter().enumerate() {
            if let Some(message) = check_share(level.share) {
                found.push((
                    Some(("share", role.hard_skills.len() + k)),
                    format!("{name}.education.levels[{k}].share: {message}"),
                ));
            }
        }
    }
    if !found.is_empty() {
        let at = c.role_offset(i, role);
        for (field, message) in found {
            let offset = match field {
                Some((key, n)) => c.field_offset(at, key, n),
                None => at,
            };
            c.report(offset, message);
        }
    }
}

/// ` (did you mean "a", "b"?)` for the ids closest to `id`, or nothing.
pub fn closest_hint<'a>(id: &str, ids: impl Iterator<Item = &'a str>) -> String {
    let near = closest(id, ids, 3);
    if near.is_empty() {
        String::new()
    } else {
        let quoted: Vec<String> = near.iter().map(|n| format!("\"{n}\"")).collect();
        format!(" (did you mean {}?)", quoted.join(", "))
    }
}

/// Up to `n` candidates closest to `query`, closest first, leaving out poor matches.
pub fn closest<'a>(
    query: &str,
    candidates: impl Iterator<Item = &'a str>,
    n: usize,
) -> Vec<&'a str> {
    let query = query.to_lowercase();
    let mut scored: Vec<(f64, &str)> = candidates
        .map(|c| (strsim::jaro_winkler(&query, &c.to_lowercase()), c))
        .filter(|(score, _)| *score > 0.7)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    scored.into_iter().take(n).map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("senior-operations-manager"));
        assert!(is_slug("11-1021"));
        assert!(!is_slug("Senior"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug("-a"));
        assert!(!is_slug(""));
        assert!(!is_slug("a b"));
    }

    #[test]
    fn dates() {
        assert!(is_iso_date("2025-01-08"));
        assert!(!is_iso_date("2025-13-08"));
        assert!(!is_iso_date("January 8, 2025"));
    }

    #[test]
    fn closest_ids_first() {
        let ids = ["area-manager", "group-manager", "performance-manager"];
        assert_eq!(
            closest("area-manger", ids.into_iter(), 3)[0],
            "area-manager"
        );
        assert!(closest("zzzz", ids.into_iter(), 3).is_empty());
    }
}
