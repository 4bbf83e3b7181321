//! Ranking a role's own short lists (responsibilities) for the search line: fuzzy, every
//! space-separated word must match in any order, smart case.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// Indices of the items matching `query`, best first (ties in catalog order).
/// An empty query keeps every item in catalog order.
pub fn rank<'a>(items: impl Iterator<Item = &'a str>, query: &str) -> Vec<usize> {
    let terms: Vec<&str> = query.split_whitespace().collect();
    if terms.is_empty() {
        return items.enumerate().map(|(i, _)| i).collect();
    }
    let matcher = SkimMatcherV2::default().smart_case();
    let mut scored: Vec<(i64, usize)> = items
        .enumerate()
        .filter_map(|(i, text)| {
            terms
                .iter()
                .try_fold(0i64, |sum, term| {
                    Some(sum + matcher.fuzzy_match(text, term)?)
                })
                .map(|score| (score, i))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, i)| i).collect()
}

/// Char indices of `text` matched by the words of `query`, ascending, for highlighting.
pub fn highlight(text: &str, query: &str) -> Vec<usize> {
    let matcher = SkimMatcherV2::default().smart_case();
    let mut positions: Vec<usize> = query
        .split_whitespace()
        .filter_map(|term| matcher.fuzzy_indices(text, term))
        .flat_map(|(_, indices)| indices)
        .collect();
    positions.sort_unstable();
    positions.dedup();
    positions
}
