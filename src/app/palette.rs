//! The search palette (Ctrl-P, or `/` outside Responsibilities) over every role's titles,
//! responsibilities, skills and comparisons, and the role picker of Compare (`c`).

use super::Cursor;
use crate::search::{Hit, Kind, Scope, SearchIndex, Searcher};

/// How many ranked hits a keystroke asks for: a screenful and more. Moving further down ranks
/// more (`extend`), so only what is looked at is ever ranked.
pub const SHOWN: usize = 60;

/// What Enter does with the selected hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Jump to the item in its pane.
    Jump,
    /// Compare the current role with the picked role.
    CompareWith,
}

#[derive(Debug, Clone)]
pub struct Palette {
    pub purpose: Purpose,
    pub query: String,
    /// The best hits, best first.
    pub hits: Vec<Hit>,
    /// How many items match in all.
    pub matched: usize,
    pub cursor: Cursor,
    searcher: Searcher,
}

impl Palette {
    pub fn new(purpose: Purpose, index: &SearchIndex) -> Palette {
        let mut palette = Palette {
            purpose,
            query: String::new(),
            hits: Vec::new(),
            matched: 0,
            cursor: Cursor::default(),
            searcher: Searcher::new(),
        };
        palette.refresh(index);
        palette
    }

    pub fn scope(&self) -> Scope {
        match self.purpose {
            Purpose::Jump => Scope::default(),
            Purpose::CompareWith => Scope {
                role: None,
                kind: Some(Kind::Role),
            },
        }
    }

    /// Re-runs the query (incrementally when it only grew) and keeps the best hits.
    pub fn refresh(&mut self, index: &SearchIndex) {
        let scope = self.scope();
        self.matched = self.searcher.search(index, &self.query, scope);
        let mut hits = self.searcher.top(index, SHOWN).to_vec();
        if self.purpose == Purpose::CompareWith {
            // A role's alternate titles are hits of their own: show each role once.
            let mut seen = std::collections::HashSet::new();
            hits.retain(|h| seen.insert(index.item(h.item).role));
        }
        self.hits = hits;
        self.cursor = Cursor::default();
    }

    /// Ranks more hits when row `target` comes within a page of the last ranked one.
    pub fn extend(&mut self, index: &SearchIndex, target: usize, page: usize) {
        let wanted = target.saturating_add(page.max(1));
        if wanted > self.hits.len() && self.matched > self.hits.len() {
            let more = self
                .searcher
                .top(index, wanted.max(self.hits.len() * 2))
                .to_vec();
            if self.purpose == Purpose::Jump {
                self.hits = more;
            } else {
                let mut seen = std::collections::HashSet::new();
                self.hits = more
                    .into_iter()
                    .filter(|h| seen.insert(index.item(h.item).role))
                    .collect();
            }
        }
    }

    pub fn selected(&self) -> Option<Hit> {
        self.hits.get(self.cursor.selected).copied()
    }

    /// Char positions of `hit`'s text matched by the query, for the rows on screen.
    pub fn highlight(&self, index: &SearchIndex, hit: Hit) -> Vec<usize> {
        self.searcher.highlight(index, hit.item)
    }
}
