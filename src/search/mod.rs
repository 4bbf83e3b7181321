//! Fuzzy search across the whole catalog, free of any terminal: the flat corpus
//! ([`SearchIndex`]), queries ([`Query`]) and the incremental, stateful [`Searcher`].
//!
//! Matching and ranking are SkimMatcherV2's: an item matches when every whitespace-separated
//! term matches it (fzf's smart case per term), and scores the sum of skim's term scores; ties
//! go to catalog order. How a keystroke stays cheap at 100,000+ items:
//! - the corpus is built once: one string of all texts, an ASCII-folded copy and per-item byte
//!   classes, so a keystroke allocates and lower-cases nothing per item;
//! - matching is decided without skim: a byte-class check, then an in-order byte search
//!   (memchr) that is exactly skim's own match test; the count of matches is exact;
//! - a query that only grows looks only at the previous matches, and a growing term resumes
//!   its byte search where the previous keystroke's ended; earlier results are kept, so a
//!   backspace costs nothing;
//! - skim costs ~2 µs an item here, so it is asked only about items that can reach the rows
//!   wanted: matches are ordered by a cheap upper bound of skim's score (`bound.rs`), which is
//!   tightened for the ones that come up, then replaced by an exact copy of skim's score
//!   computation (`replica.rs`); only the hits that rank are scored by skim itself. Typing a
//!   query asks skim about ~40 items per keystroke for 40 rows;
//! - ranking goes only as deep as asked: [`Searcher::page`] ranks further on demand, and
//!   paging to the very end scores each match once;
//! - one thread: on this 2-vCPU machine a second one gave ~1.3× on pure compute and nothing
//!   measurable per keystroke (less than nothing while another build ran);
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
