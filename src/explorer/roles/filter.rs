//! The role list's type-ahead filter, without the terminal: every word of the query must be in
//! the role's title, one of its other titles or its occupation code, in any order; a word with
//! an upper-case letter is case-sensitive, a lower-case one is not (as in search). A query
//! that only grew narrows the last result instead of starting over. Roles whose title holds
//! every word come first ([`RoleFilter::by_title`]); those kept through another name follow.

use memchr::memmem::Finder;

use crate::catalog::{Catalog, Role};
use crate::explorer::widgets::input::Query;

/// What the filter looks in, per role: the titles and the code, one per line, as written and
/// lower-cased. Built once, on the first filter.
#[derive(Debug, Clone, Default)]
pub struct Haystacks {
    exact: Vec<String>,
    folded: Vec<String>,
    /// Per role: the length of the title, the first line, in `exact` and in `folded`.
    titles: Vec<(usize, usize)>,
}

impl Haystacks {
    pub fn new(catalog: &Catalog) -> Haystacks {
        let exact: Vec<String> = catalog
            .roles
            .iter()
            .map(|role| {
                let mut text = role.title.clone();
                for other in role.alternate_titles.iter().chain(&role.code) {
                    text.push('\n');
                    text.push_str(other);
                }
                text
            })
            .collect();
        let folded: Vec<String> = exact.iter().map(|t| t.to_lowercase()).collect();
        let titles = exact
            .iter()
            .zip(&folded)
            .map(|(exact, folded)| (title_len(exact), title_len(folded)))
            .collect();
        Haystacks {
            exact,
            folded,
            titles,
        }
    }

    pub fn len(&self) -> usize {
        self.exact.len()
    }

    pub fn is_empty(&self) -> bool {
        self.exact.is_empty()
    }
}

/// The length of a haystack's first line (the title: titles are one line).
fn title_len(text: &str) -> usize {
    memchr::memchr(b'\n', text.as_bytes()).unwrap_or(text.len())
}

/// The filter: its query, whether it is being typed, and the roles it keeps.
#[derive(Debug, Clone, Default)]
pub struct RoleFilter {
    pub query: Query,
    pub editing: bool,
    /// Per role: kept by the query `matched_for`.
    kept: Vec<bool>,
    /// Per role: kept, and every word of the query is in its title.
    by_title: Vec<bool>,
    count: usize,
    /// The query `kept` was worked out for; `None` before the first time.
    matched_for: Option<String>,
}

impl RoleFilter {
    /// A filter being typed, starting from `query`.
    pub fn typing(query: Query) -> RoleFilter {
        RoleFilter {
            query,
            editing: true,
            ..RoleFilter::default()
        }
    }

    /// Whether the query keeps fewer than every role (a blank one keeps them all).
    pub fn active(&self) -> bool {
        !self.query.is_blank()
    }

    /// Whether role `index` is kept.
    pub fn keeps(&self, index: usize) -> bool {
        !self.active() || self.kept.get(index).copied().unwrap_or(false)
    }

    /// Whether role `index` is kept for its title (every word of the query is in it), not
    /// only for another name: those come first in the list.
    pub fn by_title(&self, index: usize) -> bool {
        !self.active() || self.by_title.get(index).copied().unwrap_or(false)
    }

    /// How many roles the query keeps.
    pub fn count(&self) -> usize {
        self.count
    }

    /// When the query keeps `role` for another of its names than its title, that name (an
    /// alternate title or the code): the first that holds a word the title lacks. Only asked
    /// for the rows on screen.
    pub fn other_name<'a>(&self, role: &'a Role) -> Option<&'a str> {
        if !self.active() {
            return None;
        }
        let holds = |text: &str, word: &str| {
            if word.chars().any(char::is_uppercase) {
                text.contains(word)
            } else {
                text.to_lowercase().contains(word)
            }
        };
        let missing: Vec<&str> = self
            .query
            .as_str()
            .split_whitespace()
            .filter(|w| !holds(&role.title, w))
            .collect();
        if missing.is_empty() {
            return None;
        }
        role.alternate_titles
            .iter()
            .chain(&role.code)
            .map(String::as_str)
            .find(|name| missing.iter().any(|w| holds(name, w)))
    }

    /// Works out the roles the query keeps: from the last result when the query only grew,
    /// else over every role.
    pub fn refresh(&mut self, haystacks: &Haystacks) {
        let query = self.query.as_str();
        if self.matched_for.as_deref() == Some(query) && self.kept.len() == haystacks.len() {
            return;
        }
        let narrowing = self.kept.len() == haystacks.len()
            && self
                .matched_for
                .as_deref()
                .is_some_and(|before| query.starts_with(before) && !before.trim().is_empty());
        if !narrowing {
            self.kept = vec![true; haystacks.len()];
        }
        let words: Vec<(Finder<'_>, bool)> = query
            .split_whitespace()
            .map(|w| (Finder::new(w), w.chars().any(char::is_uppercase)))
            .collect();
        let mut count = 0;
        self.by_title = vec![false; haystacks.len()];
        for (i, kept) in self.kept.iter_mut().enumerate() {
            if *kept {
                let (exact_title, folded_title) = haystacks.titles[i];
                let mut title = true;
                *kept = words.iter().all(|(word, exact)| {
                    let (text, title_end) = if *exact {
                        (&haystacks.exact[i], exact_title)
                    } else {
                        (&haystacks.folded[i], folded_title)
                    };
                    match word.find(text.as_bytes()) {
                        Some(at) => {
                            // The first hit is in the title, or the title has none.
                            title &= at + word.needle().len() <= title_end;
                            true
                        }
                        None => false,
                    }
                });
                self.by_title[i] = *kept && title;
                count += usize::from(*kept);
            }
        }
        self.count = count;
        self.matched_for = Some(query.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::parse_str;

    fn catalog() -> Catalog {
        let mut catalog = Catalog::from_loaded(vec![
            parse_str("roles.ron", include_str!("../../../assets/roles.ron")).unwrap(),
        ])
        .unwrap();
        catalog.roles.push(Role {
            id: "registered-nurses".into(),
            title: "Registered Nurses".into(),
            code: Some("29-1141.00".into()),
            alternate_titles: vec!["RN".into(), "ER Nurse".into()],
            ..Role::default()
        });
        catalog
    }

    fn kept(filter: &RoleFilter, n: usize) -> Vec<usize> {
        (0..n).filter(|&i| filter.keeps(i)).collect()
    }

    #[test]
    fn every_word_in_any_title_or_the_code_in_any_order() {
        let catalog = catalog();
        let haystacks = Haystacks::new(&catalog);
        let mut filter = RoleFilter::typing(Query::new("manager group"));
        filter.refresh(&haystacks);
        assert_eq!(kept(&filter, 6), [2]);
        assert_eq!(filter.count(), 1);
        for (query, want) in [
            ("er nurse", vec![5]),
            ("rn", vec![5]),
            ("29-1141", vec![5]),
            ("manag", vec![0, 1, 2, 3, 4]),
            ("", vec![0, 1, 2, 3, 4, 5]),
            ("nothing like it", vec![]),
        ] {
            let mut filter = RoleFilter::typing(Query::new(query));
            filter.refresh(&haystacks);
            assert_eq!(kept(&filter, 6), want, "{query:?}");
        }
    }

    #[test]
    fn a_role_kept_for_another_name_says_which() {
        let catalog = catalog();
        let nurses = &catalog.roles[5];
        let name = |query: &str| {
            let filter = RoleFilter::typing(Query::new(query));
            filter.other_name(nurses).map(str::to_string)
        };
        assert_eq!(name("registered"), None, "the title matches");
        assert_eq!(name("er nurse"), None, "both words are in the title");
        assert_eq!(name("RN"), Some("RN".into()));
        assert_eq!(name("nurse ER"), Some("ER Nurse".into()));
        assert_eq!(name("1141"), Some("29-1141.00".into()));
        assert_eq!(name(""), None);
    }

    #[test]
    fn an_upper_case_word_is_case_sensitive() {
        let catalog = catalog();
        let haystacks = Haystacks::new(&catalog);
        let mut filter = RoleFilter::typing(Query::new("RN"));
        filter.refresh(&haystacks);
        assert_eq!(kept(&filter, 6), [5], "the alternate title, not 'Governor'");
        let mut filter = RoleFilter::typing(Query::new("rn"));
        filter.refresh(&haystacks);
        assert_eq!(kept(&filter, 6), [5]);
        let mut filter = RoleFilter::typing(Query::new("Area"));
        filter.refresh(&haystacks);
        assert_eq!(kept(&filter, 6), [3]);
        let mut filter = RoleFilter::typing(Query::new("AREA"));
        filter.refresh(&haystacks);
        assert_eq!(kept(&filter, 6), Vec::<usize>::new());
    }

    #[test]
    fn a_growing_query_narrows_and_a_shorter_one_starts_over() {
        let catalog = catalog();
        let haystacks = Haystacks::new(&catalog);
        let mut filter = RoleFilter::typing(Query::default());
        for c in "manager".chars() {
            filter.query.insert(&c.to_string());
            filter.refresh(&haystacks);
        }
        assert_eq!(filter.count(), 5);
        filter.query.insert(" a");
        filter.refresh(&haystacks);
        assert_eq!(filter.count(), 5, "every manager has an a");
        filter.query.insert("r");
        filter.refresh(&haystacks);
        assert_eq!(kept(&filter, 6), [3]);
        filter.query.clear();
        filter.query.insert("nurse");
        filter.refresh(&haystacks);
        assert_eq!(kept(&filter, 6), [5], "not narrowed from the last result");
    }
}
