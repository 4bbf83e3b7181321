//! The US state or territory chosen for wages: finding it by code or name, and a role's
//! figures there. Shared by `show --state`, the explorer's state picker and its panes.

use serde::Serialize;

use crate::catalog::{Catalog, State, StateFigures, StateWageTable};

/// The wages-by-state table that answers for role `index`: its own catalog's, else the first
/// loaded catalog's that has one.
pub fn table_for(catalog: &Catalog, index: usize) -> Option<&StateWageTable> {
    catalog
        .origin_of(index)
        .state_wages
        .as_ref()
        .or_else(|| any_table(catalog))
}

/// The first loaded catalog's wages-by-state table.
pub fn any_table(catalog: &Catalog) -> Option<&StateWageTable> {
    catalog.origins.iter().find_map(|o| o.state_wages.as_ref())
}

/// A state or territory by its two-letter code or its name, in any case. The error says what
/// was asked and lists the codes there are.
pub fn find<'a>(catalog: &'a Catalog, query: &str) -> Result<&'a State, String> {
    let Some(table) = any_table(catalog) else {
        return Err("the loaded catalogs have no wages by state".into());
    };
    table.state(query).ok_or_else(|| {
        let codes: Vec<&str> = table.states.iter().map(|s| s.code.as_str()).collect();
        format!(
            "unknown state \"{}\"; give a two-letter code or a name: {}",
            crate::catalog::sanitize::clean(query.trim()),
            codes.join(", ")
        )
    })
}

/// The state with code `code`, when some catalog has it (a saved choice is checked with this).
pub fn by_code<'a>(catalog: &'a Catalog, code: &str) -> Option<&'a State> {
    any_table(catalog)?.states.iter().find(|s| s.code == code)
}

/// A state that matches a query, and the characters of its name that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateHit {
    /// An index into the table's `states`.
    pub state: usize,
    /// Char indices into the state's name.
    pub positions: Vec<usize>,
}

/// The states matching `query`, best first: the code itself, then names that begin with it,
/// then names with a word that does, then names holding its letters in order (fuzzy), each
/// group in the table's order (by name). A blank query keeps every state, in order.
pub fn rank(states: &[State], query: &str) -> Vec<StateHit> {
    use fuzzy_matcher::FuzzyMatcher;
    let query = query.trim().to_lowercase();
    if query.is_empty() {
        return (0..states.len())
            .map(|state| StateHit {
                state,
                positions: Vec::new(),
            })
            .collect();
    }
    let matcher = fuzzy_matcher::skim::SkimMatcherV2::default().ignore_case();
    let letters = query.chars().count();
    let mut hits: Vec<(u8, i64, StateHit)> = states
        .iter()
        .enumerate()
        .filter_map(|(state, s)| {
            let name = s.name.to_lowercase();
            let hit = |positions| StateHit { state, positions };
            if s.code.eq_ignore_ascii_case(&query) {
                return Some((0, 0, hit(Vec::new())));
            }
            if name.starts_with(&query) {
                return Some((1, 0, hit((0..letters).collect())));
            }
            let word = name
                .char_indices()
                .filter(|&(i, _)| i > 0 && name[..i].ends_with(' '))
                .find(|&(i, _)| name[i..].starts_with(&query));
            if let Some((at, _)) = word {
                let start = name[..at].chars().count();
                return Some((2, 0, hit((start..start + letters).collect())));
            }
            let (score, positions) = matcher.fuzzy_indices(&s.name, &query)?;
            Some((3, -score, hit(positions)))
        })
        .collect();
    hits.sort_by_key(|(class, score, hit)| (*class, *score, hit.state));
    hits.into_iter().map(|(_, _, hit)| hit).collect()
}

/// A role's wages in one state: `figures` is `None` when the source has none for it there (or
/// the role is no occupation the table knows).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct StatePay<'a> {
    /// The state's postal code, e.g. "TX".
    pub code: &'a str,
    pub name: &'a str,
    /// E.g. "BLS OEWS May 2025".
    pub release: &'a str,
    /// The SOC occupation the figures are for (a broader one than the role, or its own).
    pub soc: Option<&'a str>,
    /// A figure the source top-coded is absent from `figures` and at least this much a year.
    pub top_coded_at: Option<i64>,
    pub figures: Option<&'a StateFigures>,
}

/// Role `index`'s wages in `state`.
pub fn pay_in<'a>(catalog: &'a Catalog, index: usize, state: &'a State) -> StatePay<'a> {
    let table = table_for(catalog, index);
    let soc = catalog.roles[index].wage_soc();
    StatePay {
        code: &state.code,
        name: &state.name,
        release: table.map_or("", |t| t.release.as_str()),
        soc,
        top_coded_at: table.and_then(|t| t.top_coded_at),
        figures: table
            .zip(soc)
            .and_then(|(table, soc)| table.figures(soc, &state.code)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_by_code_or_name_in_any_case() {
        let catalog = Catalog::embedded().unwrap();
        assert_eq!(find(&catalog, "tx").unwrap().name, "Texas");
        assert_eq!(find(&catalog, " new YORK ").unwrap().code, "NY");
        let error = find(&catalog, "Texxas").unwrap_err();
        assert!(error.starts_with("unknown state \"Texxas\""), "{error}");
        assert!(error.contains("AL, AK, AZ"), "{error}");
        assert!(error.contains("WY"), "{error}");
        assert_eq!(by_code(&catalog, "PR").unwrap().name, "Puerto Rico");
        assert_eq!(by_code(&catalog, "tx"), None, "a saved code is exact");
    }

    #[test]
    fn states_rank_by_code_then_name_then_fuzzy() {
        let catalog = Catalog::embedded().unwrap();
        let states = &any_table(&catalog).unwrap().states;
        let names = |query: &str| -> Vec<&str> {
            rank(states, query)
                .iter()
                .map(|h| states[h.state].name.as_str())
                .collect()
        };
        assert_eq!(names("").len(), 54);
        assert_eq!(names("tx"), ["Texas"]);
        assert_eq!(names("ca")[0], "California");
        assert_eq!(
            names("new")[..4],
            ["New Hampshire", "New Jersey", "New Mexico", "New York"]
        );
        assert_eq!(names("york"), ["New York"]);
        assert_eq!(names("nyrk"), ["New York"], "letters in order");
        assert_eq!(names("vi")[0], "Virgin Islands", "the code first");
        assert!(names("zzz").is_empty());
        let york = &rank(states, "york")[0];
        assert_eq!(york.positions, [4, 5, 6, 7]);
    }

    #[test]
    fn electricians_in_texas() {
        let catalog = Catalog::embedded().unwrap();
        let electricians = catalog.index_of("electricians").unwrap();
        let texas = find(&catalog, "TX").unwrap();
        let pay = pay_in(&catalog, electricians, texas);
        assert_eq!(pay.soc, Some("47-2111"));
        assert_eq!(pay.release, "BLS OEWS May 2025");
        let figures = pay.figures.unwrap();
        assert_eq!(figures.median, Some(58570));
        assert_eq!(figures.employment, Some(76770));
        // The career page's roles are no occupation of the table.
        assert_eq!(pay_in(&catalog, 0, texas).figures, None);
    }
}
