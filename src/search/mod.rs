//! Fuzzy search across the whole catalog, free of any terminal: the flat corpus
//! ([`SearchIndex`]), queries ([`Query`]) and the incremental, stateful [`Searcher`].
//!
//! How a keystroke stays cheap at 100,000+ items:
//! - the corpus is built once: one string of all texts plus an ASCII-folded copy and a 64-bit
//!   set of byte classes per item, so nothing is allocated or lower-cased per item per keystroke;
//! - a prefilter (byte classes, then an in-order byte scan of the folded text) rejects items
//!   before SkimMatcherV2 is asked; for ASCII terms it accepts exactly what skim would match,
//!   and skim's score alone decides the ranking;
//! - a query that only grows re-scores only the previous matches; earlier results are kept,
//!   so a backspace costs nothing;
//! - scoring is split across the cores when there are many candidates;
//! - results are sorted lazily: a selection brings the rows asked for to the front and only
//!   those are sorted, so the TUI pays for the rows on screen, and paging through every match
//!   still costs O(n log n) in all;
//! - highlight positions are computed per visible row, not per match.

mod bound;
mod index;
mod query;
mod replica;
mod searcher;

use serde::Serialize;

pub use index::{Item, SearchIndex};
pub use query::Query;
pub use searcher::{Effort, Searcher, rank};

/// What an item is. Ordered as items are within a role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A role's title or one of its alternate titles.
    Role,
    Responsibility,
    /// A hard or soft skill's name.
    Skill,
    /// An authored comparison's description or one of its skill lists.
    Comparison,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Role => "role",
            Kind::Responsibility => "responsibility",
            Kind::Skill => "skill",
            Kind::Comparison => "comparison",
        }
    }
}

/// Which items a search looks at; the default is all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Scope {
    /// Only this role's items (an index into `catalog.roles`).
    pub role: Option<usize>,
    pub kind: Option<Kind>,
}

/// A matching item and its score (higher is better).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Hit {
    /// An item id of the [`SearchIndex`] searched.
    pub item: u32,
    pub score: i64,
}

/// One search without keeping state, as the `search` subcommand needs: the best `limit` hits
/// (all of them for `None`) and how many matched.
pub fn search(
    index: &SearchIndex,
    query: &str,
    scope: Scope,
    limit: Option<usize>,
) -> (Vec<Hit>, usize) {
    let mut searcher = Searcher::new();
    let matched = searcher.search(index, query, scope);
    (
        searcher.top(index, limit.unwrap_or(matched)).to_vec(),
        matched,
    )
}

#[cfg(test)]
mod tests;
