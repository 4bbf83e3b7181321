//! Search across the whole catalog, free of any terminal: the flat corpus ([`SearchIndex`]),
//! queries ([`Query`]), the incremental, stateful [`Searcher`], and [`window`], which cuts a long
//! row around its match for display.
//!
//! What matches: every whitespace-separated term must, in any order, with fzf's smart case, and
//! each term only as a person would mean it (`term.rs`): a whole word, a word start, inside a
//! word, or, in names only, initials ("rn") or an abbreviation ("mgr"). Letters scattered over a
//! sentence or a long title are no match.
//!
//! How hits rank ([`rank`]): first by group, the match's [`Class`] with the kind of item (a
//! role name that is the query, then one that begins with it, then names holding the words, then
//! skill names, acronyms of role names, then words in summaries and responsibilities, and
//! comparisons last; see `query::group`); then by SkimMatcherV2's score, summed over the terms;
//! then by salience (how many of a role's names matched, its employment); then catalog order. A
//! role's names fold into one hit, its best.
//!
//! How a keystroke stays cheap at 100,000+ items:
//! - the corpus is built once: one string of all texts, an ASCII-folded copy and per-item byte
//!   classes and word-start classes, so a keystroke allocates and lower-cases nothing per item,
//!   and a one-letter term is decided from the classes alone;
//! - a query that only grows looks only at the previous matches (every tier of a term implies a
//!   tier of its prefix), re-evaluating only the term that changed; earlier results are kept, so
//!   a backspace costs nothing;
//! - skim costs ~2 µs an item here, so it is asked only about items that can reach the rows
//!   wanted: within a group, matches are ordered by a cheap upper bound of skim's score
//!   (`bound.rs`), tightened for the ones that come up, then replaced by an exact copy of skim's
//!   computation (`replica.rs`); only the hits that rank are scored by skim itself;
//! - ranking goes only as deep as asked: [`Searcher::page`] ranks further on demand;
//! - a keystroke that evaluates more than 32,768 candidates (a first letter, or the next letter
//!   narrowing its matches) splits them over the cores (up to 4), joined in catalog order, so
//!   the matches are exactly one pass's; smaller catalogs (the built-in ones) stay on one
//!   thread. On a 2-vCPU machine shared with other builds this helps at 1.25 M items more than
//!   at 125,000 (README, "Per keystroke");
//! - past 256 Ki candidates a keystroke is broad (`searcher/broad.rs`): it keeps every match's
//!   id and group, and makes a ranked match only of those that can reach the first 256 hits;
//! - at a million items a keystroke is bound by cache misses more than by work: an item's facts
//!   hold what a keystroke reads (its kind, its text's first byte), and scattered candidates are
//!   read ahead in batches so their misses overlap;
//! - highlight positions are computed per visible row, not per match.

mod bound;
mod bytes;
mod index;
mod query;
mod replica;
mod searcher;
mod term;
mod window;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

pub use index::{Item, SearchIndex};
pub use query::{Class, Query};
pub use searcher::{Effort, Searcher, rank};
pub use term::Tier;
pub use window::{Window, window};

/// What an item is. Ordered as items are within a role; each kind's items are numbered from 0
/// in the role's list for it (`Item::index`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A role's title (0) or one of its alternate titles (1 + i for `alternate_titles[i]`).
    Role,
    /// A role's summary (0).
    Summary,
    /// Index into `responsibilities`.
    Responsibility,
    /// A hard skill's name (index into `hard_skills`), then a soft skill's
    /// (`hard_skills.len() + i` for `soft_skills[i]`), then the knowledge areas important to
    /// the role (`index::important_knowledge`), then the technology named in job postings (every
    /// example of every `technology` group, in order).
    Skill,
    /// An authored comparison's description or one of its skill lists (index into
    /// `catalog.comparisons_of(role)`).
    Comparison,
}

impl Kind {
    /// Every kind, in order.
    pub const ALL: [Kind; 5] = [
        Kind::Role,
        Kind::Summary,
        Kind::Responsibility,
        Kind::Skill,
        Kind::Comparison,
    ];

    /// Every kind's name, as [`Kind::as_str`] gives it and [`FromStr`] reads it.
    pub const NAMES: [&'static str; 5] =
        ["role", "summary", "responsibility", "skill", "comparison"];

    pub fn as_str(self) -> &'static str {
        Kind::NAMES[self as usize]
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A name that is not a kind's; it lists the valid ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownKind(pub String);

impl fmt::Display for UnknownKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown kind \"{}\" (one of: {})",
            self.0,
            Kind::NAMES.join(", ")
        )
    }
}

impl std::error::Error for UnknownKind {}

impl FromStr for Kind {
    type Err = UnknownKind;

    /// A kind's name, in any case.
    fn from_str(name: &str) -> Result<Kind, UnknownKind> {
        Kind::ALL
            .into_iter()
            .find(|kind| kind.as_str().eq_ignore_ascii_case(name.trim()))
            .ok_or_else(|| UnknownKind(name.to_string()))
    }
}

/// Which items a search looks at; the default is all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Scope {
    /// Only this role's items (an index into `catalog.roles`).
    pub role: Option<usize>,
    pub kind: Option<Kind>,
}

/// A matching item, how well it matched and its score; [`rank`] orders hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// An item id of the [`SearchIndex`] searched.
    pub item: u32,
    /// SkimMatcherV2's score, summed over the terms (higher is better).
    pub score: i64,
    /// How it matched and what it is, as one byte that ranks before the score (see
    /// [`Hit::class`]).
    pub group: u8,
    /// Breaks ties of the same text in many roles (its role's employment; see `index.rs`).
    pub salience: u8,
}

impl Hit {
    /// How well the hit matched the query.
    pub fn class(&self) -> Class {
        query::class_of_group(self.group)
    }
}

/// One search without keeping state, as the `search` subcommand needs: the best `limit` hits
/// (all of them for `None`, see [`Searcher::all`]) and how many matched.
pub fn search(
    index: &SearchIndex,
    query: &str,
    scope: Scope,
    limit: Option<usize>,
) -> (Vec<Hit>, usize) {
    let mut searcher = Searcher::new();
    let matched = searcher.search(index, query, scope);
    let hits = match limit {
        Some(limit) => searcher.top(index, limit).to_vec(),
        None => searcher.all(index).to_vec(),
    };
    (hits, matched)
}

#[cfg(test)]
mod tests;
