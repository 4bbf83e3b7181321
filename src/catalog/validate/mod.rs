//! Semantic checks of one catalog file, all reported at once with the best position we can find.
//! Linear in the size of the file and the number of problems: positions are searched front to
//! back, and a clean file costs no text searches at all.

mod occupation;
mod role;

use std::collections::HashMap;

pub use occupation::{is_onet_code, is_soc};

use super::locate::Locator;
use super::model::CatalogFile;
use super::problem::{CatalogError, Problem};
use super::texts::{MAX_NAME_CHARS, Place, Scope};

/// Unknown ids get "did you mean" hints up to this many times per file: each hint compares
/// the id with every role.
const MAX_HINTS: usize = 20;

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

/// `roles[3] (data-engineer)`, `sources[0]`, `comparisons[2]`; `None` for the file itself.
pub fn scope_name(file: &CatalogFile, scope: Scope) -> Option<String> {
    match scope {
        Scope::File => None,
        Scope::Source(i) => Some(format!("sources[{i}]")),
        Scope::Role(i) => Some(format!("roles[{i}] ({})", file.roles[i].id)),
        Scope::Comparison(i) => Some(format!("comparisons[{i}]")),
        Scope::StateWages(i) => {
            let soc = file
                .state_wages
                .as_ref()
                .map_or("", |t| &t.occupations[i].soc);
            Some(format!("state_wages.occupations[{i}] ({soc})"))
        }
    }
}

/// Where a problem is: a scope, and inside it a field path (`wages.by_industry`), an item of
/// the list there and a part of that item, as in [`Place`].
#[derive(Clone, Copy)]
struct At {
    scope: Scope,
    field: &'static str,
    item: Option<usize>,
    part: Option<&'static str>,
    part_item: Option<usize>,
}

impl At {
    fn new(scope: Scope, field: &'static str) -> Self {
        At {
            scope,
            field,
            item: None,
            part: None,
            part_item: None,
        }
    }

    fn item(mut self, item: usize) -> Self {
        self.item = Some(item);
        self
    }

    fn part(mut self, part: &'static str) -> Self {
        self.part = Some(part);
        self
    }

    /// An item of the list `part` is: `technology[2].examples[5]`.
    fn part_item(mut self, item: usize) -> Self {
        self.part_item = Some(item);
        self
    }

    fn path(&self) -> String {
        Place {
            scope: self.scope,
            field: self.field,
            item: self.item,
            part: self.part,
            part_item: self.part_item,
            limit: 0,
        }
        .path()
    }
}

struct Checker<'a> {
    label: &'a str,
    file: &'a CatalogFile,
    locate: Locator<'a>,
    problems: Vec<Problem>,
    /// Where each role starts (its `id` key), found front to back as far as was needed.
    role_starts: Vec<Option<usize>>,
    hints: usize,
}

impl<'a> Checker<'a> {
    /// Reports `message` for the text at `at`, as `roles[3] (id).field[2].part: message`.
    fn report(&mut self, at: At, message: impl std::fmt::Display) {
        let offset = self.offset(at);
        let path = at.path();
        let full = match scope_name(self.file, at.scope) {
            Some(name) if path.is_empty() => format!("{name}: {message}"),
            Some(name) => format!("{name}.{path}: {message}"),
            None => format!("{path}: {message}"),
        };
        let position = offset.map(|o| self.locate.position(o));
        self.problems
            .push(Problem::new(self.label, full).at(position));
    }

    /// Best-effort byte offset of `at`: its scope's start, then each key of the path in turn.
    fn offset(&mut self, at: At) -> Option<usize> {
        let start = self.scope_start(at.scope);
        let mut offset = start?;
        if at.field.is_empty() {
            return Some(offset);
        }
        for key in at.field.split('.') {
            match self.locate.find_key(key, offset) {
                Some(found) => offset = found,
                None => return Some(offset),
            }
        }
        match (at.item, at.part) {
            (Some(n), Some(part)) => {
                Some(self.locate.find_nth_key(part, offset, n).unwrap_or(offset))
            }
            (None, Some(part)) => Some(self.locate.find_key(part, offset).unwrap_or(offset)),
            _ => Some(offset),
        }
    }

    fn scope_start(&mut self, scope: Scope) -> Option<usize> {
        match scope {
            Scope::File => Some(0),
            Scope::Source(i) => {
                let sources = self.locate.find_key("sources", 0)?;
                self.locate.find_nth_key("name", sources, i)
            }
            Scope::Role(i) => self.role_start(i),
            Scope::Comparison(i) => {
                let comparisons = self.locate.find_key("comparisons", 0)?;
                self.locate.find_nth_key("role", comparisons, i)
            }
            Scope::StateWages(i) => {
                let table = self.locate.find_key("state_wages", 0)?;
                let occupations = self.locate.find_key("occupations", table)?;
                self.locate.find_nth_key("soc", occupations, i)
            }
        }
    }

    /// Role `i` starts at the first `id` key after role `i - 1`'s, or the second when only that
    /// one holds its id (the first was inside a text).
    fn role_start(&mut self, i: usize) -> Option<usize> {
        while self.role_starts.len() <= i {
            let k = self.role_starts.len();
            let from = match k.checked_sub(1) {
                Some(previous) => self.role_starts[previous].map(|at| at + 1),
                None => self.locate.find_key("roles", 0),
            };
            let id = self.file.roles[k].id.as_str();
            let start = from.and_then(|from| {
                let first = self.locate.find_key("id", from)?;
                if self.locate.has_value(first, "id", id) {
                    return Some(first);
                }
                let second = self.locate.find_key("id", first + 2);
                Some(
                    second
                        .filter(|&s| self.locate.has_value(s, "id", id))
                        .unwrap_or(first),
                )
            });
            self.role_starts.push(start);
        }
        self.role_starts[i]
    }

    /// ` (did you mean "a", "b"?)` for the ids closest to `id`, for the first few unknown ids.
    fn hint(&mut self, id: &str, ids: &HashMap<&str, usize>) -> String {
        if self.hints >= MAX_HINTS {
            return String::new();
        }
        self.hints += 1;
        closest_hint(id, ids.keys().copied())
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

fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// `YYYY-MM-DD`, a day that exists in the proleptic Gregorian calendar.
fn is_iso_date(date: &str) -> bool {
    let b = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r.clone()]
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| date[r].parse::<u32>().ok())
            .flatten()
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// Checks one file; `text` is its source, used only to point at problems. `oversized` are the
/// texts over their length limit, with their length in characters.
pub fn check_file(
    label: &str,
    text: &str,
    file: &CatalogFile,
    oversized: &[(Place, usize)],
) -> Result<(), CatalogError> {
    let mut c = Checker {
        label,
        file,
        locate: Locator::new(text),
        problems: Vec::new(),
        role_starts: Vec::new(),
        hints: 0,
    };
    for (place, chars) in oversized {
        let kind = if place.limit == MAX_NAME_CHARS {
            "names and titles"
        } else {
            "texts"
        };
        let at = At {
            scope: place.scope,
            field: place.field,
            item: place.item,
            part: place.part,
            part_item: place.part_item,
        };
        c.report(
            at,
            format!(
                "{} characters; {kind} may have at most {}",
                crate::report::count(*chars as i64),
                crate::report::count(place.limit as i64)
            ),
        );
    }
    if is_blank(&file.title) {
        c.report(At::new(Scope::File, "title"), "is empty");
    }
    if file.skill_measure.as_deref().is_some_and(is_blank) {
        c.report(At::new(Scope::File, "skill_measure"), "is empty");
    }
    if file.roles.is_empty() {
        c.report(
            At::new(Scope::File, "roles"),
            "no roles; a catalog needs at least one",
        );
    }
    for (i, source) in file.sources.iter().enumerate() {
        let at = |field| At::new(Scope::Source(i), field);
        if is_blank(&source.name) {
            c.report(at("name"), "is empty");
        }
        if let Some(date) = source.updated.as_deref().filter(|d| !is_iso_date(d)) {
            c.report(
                at("updated"),
                format!("\"{date}\" is not a date (YYYY-MM-DD, a day that exists)"),
            );
        }
    }

    let mut ids: HashMap<&str, usize> = HashMap::with_capacity(file.roles.len());
    for (i, role) in file.roles.iter().enumerate() {
        role::check(&mut c, i, role, &mut ids);
    }
    for (i, role) in file.roles.iter().enumerate() {
        role::check_related(&mut c, i, role, &ids);
    }
    check_comparisons(&mut c, &ids);
    occupation::check_file(&mut c);

    if c.problems.is_empty() {
        Ok(())
    } else {
        Err(CatalogError {
            problems: c.problems,
        })
    }
}

fn check_comparisons(c: &mut Checker<'_>, ids: &HashMap<&str, usize>) {
    let file = c.file;
    // Each pair of roles, either way round, with the first comparison that states it.
    let mut pairs: HashMap<(&str, &str), usize> = HashMap::new();
    for (i, comparison) in file.comparisons.iter().enumerate() {
        let scope = Scope::Comparison(i);
        for (field, id) in [("role", &comparison.role), ("other", &comparison.other)] {
            if !ids.contains_key(id.as_str()) {
                let hint = c.hint(id, ids);
                c.report(
                    At::new(scope, field),
                    format!("unknown role \"{id}\"{hint}"),
                );
            }
        }
        let (a, b) = (comparison.role.as_str(), comparison.other.as_str());
        if a == b {
            c.report(
                At::new(scope, "other"),
                format!("compares \"{a}\" with itself"),
            );
        } else if let Some(first) = pairs.insert((a.min(b), a.max(b)), i) {
            pairs.insert((a.min(b), a.max(b)), first);
            c.report(
                At::new(scope, "role"),
                format!(
                    "compares \"{a}\" and \"{b}\" again (comparisons[{first}] already does); \
                     state each pair once"
                ),
            );
        }
        if let Some(education) = &comparison.education {
            for (part, value) in [
                ("masters_points", education.masters_points),
                ("doctoral_points", education.doctoral_points),
            ] {
                if let Some(message) = check_points(value) {
                    c.report(At::new(scope, "education").part(part), message);
                }
            }
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
    fn dates_that_exist() {
        assert!(is_iso_date("2025-01-08"));
        assert!(is_iso_date("2024-02-29"));
        assert!(is_iso_date("2000-02-29"));
        assert!(!is_iso_date("1900-02-29"));
        assert!(!is_iso_date("2025-02-29"));
        assert!(!is_iso_date("2025-02-30"));
        assert!(!is_iso_date("2025-04-31"));
        assert!(!is_iso_date("2025-13-08"));
        assert!(!is_iso_date("2025-00-08"));
        assert!(!is_iso_date("2025-01-00"));
        assert!(!is_iso_date("2025-1-08x"));
        assert!(!is_iso_date("+025-01-08"));
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
