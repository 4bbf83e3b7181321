//! The search engine against the issue: ranking, multi-word queries, smart case, highlight
//! positions on accented and CJK text, odd queries; and against plain SkimMatcherV2 ranking.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use proptest::prelude::*;

use super::*;

#[path = "../../../benches/support/generate.rs"]
mod generate;
use generate::{Size, generate};

mod generator;
mod judged;
mod occupations;
use crate::catalog;
use crate::catalog::{Catalog, CatalogFile, HardSkill, LoadedFile, Role, SoftSkill};

/// A catalog of roles given as (title, responsibilities).
pub(super) fn catalog(roles: &[(&str, &[&str])]) -> Catalog {
    let roles = roles
        .iter()
        .enumerate()
        .map(|(i, (title, lines))| Role {
            id: format!("role-{i}"),
            title: title.to_string(),
            responsibilities: lines.iter().map(|l| l.to_string()).collect(),
            ..Role::default()
        })
        .collect();
    let file = CatalogFile {
        title: "test".into(),
        sources: Vec::new(),
        roles,
        comparisons: Vec::new(),
        ..CatalogFile::default()
    };
    let loaded = LoadedFile {
        label: "test".into(),
        file,
        warnings: Vec::new(),
    };
    Catalog::from_loaded(vec![loaded]).unwrap()
}

pub(super) fn generated(roles: usize, responsibilities: usize) -> Catalog {
    let size = Size {
        roles,
        responsibilities,
        ..Size::default()
    };
    let loaded = LoadedFile {
        label: "generated".into(),
        file: generate(size),
        warnings: Vec::new(),
    };
    Catalog::from_loaded(vec![loaded]).unwrap()
}

/// The texts of every match, best first.
fn texts(index: &SearchIndex, query: &str) -> Vec<String> {
    let (hits, _) = search(index, query, Scope::default(), None);
    hits.iter()
        .map(|h| index.text(h.item).to_string())
        .collect()
}

/// The ranking the searcher must reproduce: every item evaluated and scored by skim, sorted by
/// `rank`, each role's best name kept.
pub(super) fn brute_force(index: &SearchIndex, query: &str, scope: Scope) -> Vec<Hit> {
    let parsed = Query::parse(query);
    let mut hits: Vec<Hit> = (0..index.len() as u32)
        .filter(|&id| {
            let item = index.item(id);
            scope.role.is_none_or(|r| item.role == r) && scope.kind.is_none_or(|k| item.kind == k)
        })
        .filter_map(|item| {
            if parsed.is_empty() {
                return index.also_called(item).is_none().then_some(Hit {
                    item,
                    score: 0,
                    group: 0,
                    salience: 0,
                });
            }
            let eval = parsed.evaluate(index, item)?;
            let score = parsed.skim_score(index, item).expect("a match scores");
            Some(Hit {
                item,
                score,
                group: eval.group,
                salience: index.meta(item).salience,
            })
        })
        .collect();
    // A name's salience counts its role's matching names.
    let mut names = std::collections::HashMap::new();
    for hit in &hits {
        let item = index.item(hit.item);
        if item.kind == Kind::Role {
            *names.entry(item.role).or_insert(0) += 1;
        }
    }
    for hit in &mut hits {
        let item = index.item(hit.item);
        if item.kind == Kind::Role && !parsed.is_empty() {
            hit.salience = searcher::salience(names[&item.role], hit.salience);
        }
    }
    hits.sort_by(rank);
    let mut named = std::collections::HashSet::new();
    hits.retain(|h| {
        let item = index.item(h.item);
        item.kind != Kind::Role || named.insert(item.role)
    });
    hits
}

#[test]
fn contiguous_and_word_start_matches_rank_above_scattered_ones() {
    let catalog = catalog(&[(
        "Operations Manager",
        &[
            "Maintain a new gear inventory",
            "Remanage stock levels",
            "Manage vendor onboarding",
            "Oversee the management office",
        ],
    )]);
    let index = SearchIndex::build(&catalog);
    let found = texts(&index, "manage");
    assert_eq!(
        found,
        [
            // Names first, then at word starts (at the very start best), then inside a word;
            // letters scattered across a sentence are no match.
            "Operations Manager",
            "Manage vendor onboarding",
            "Oversee the management office",
            "Remanage stock levels",
        ]
    );
}

#[test]
fn every_word_must_match_in_any_order() {
    let catalog = catalog(&[(
        "Program Lead",
        &[
            "Lead the project management office",
            "Manage project budgets",
            "Project kickoff planning",
            "Manage vendors",
        ],
    )]);
    let index = SearchIndex::build(&catalog);
    let mut forward = texts(&index, "project manage");
    let mut backward = texts(&index, "manage project");
    assert_eq!(forward.len(), 2, "{forward:?}");
    forward.sort();
    backward.sort();
    assert_eq!(
        forward,
        [
            "Lead the project management office",
            "Manage project budgets"
        ]
    );
    assert_eq!(forward, backward);
}

#[test]
fn smart_case_per_term() {
    let catalog = catalog(&[(
        "Network Lead",
        &[
            "Monitor the NOC",
            "Plan nocturnal shifts",
            "Nocturnal NOC audits",
        ],
    )]);
    let index = SearchIndex::build(&catalog);
    let mut lower = texts(&index, "noc");
    lower.sort();
    assert_eq!(
        lower,
        [
            "Monitor the NOC",
            "Nocturnal NOC audits",
            "Plan nocturnal shifts"
        ]
    );
    let mut upper = texts(&index, "NOC");
    upper.sort();
    assert_eq!(upper, ["Monitor the NOC", "Nocturnal NOC audits"]);
    assert_eq!(texts(&index, "Noc"), ["Nocturnal NOC audits"]);
    // Each term decides for itself: "audits" ignores case while "NOC" does not.
    assert_eq!(texts(&index, "AUDITS noc"), Vec::<String>::new());
    assert_eq!(texts(&index, "audits NOC"), ["Nocturnal NOC audits"]);
}

#[test]
fn highlights_are_char_indices_on_accented_and_cjk_text() {
    let catalog = catalog(&[("Área de gestión 経営管理", &["Cafe\u{301} manager"])]);
    let index = SearchIndex::build(&catalog);
    let mut searcher = Searcher::new();
    let positions = |searcher: &mut Searcher, query: &str| {
        searcher.search(&index, query, Scope::default());
        let hits = searcher.top(&index, 1).to_vec();
        assert_eq!(hits.len(), 1, "{query}");
        searcher.highlight(&index, hits[0].item)
    };
    assert_eq!(positions(&mut searcher, "gest"), [8, 9, 10, 11]);
    assert_eq!(positions(&mut searcher, "ón"), [13, 14]);
    assert_eq!(positions(&mut searcher, "管理"), [18, 19]);
    assert_eq!(positions(&mut searcher, "rea 経"), [1, 2, 3, 16]);
    // A combining accent is a char of its own: "manager" starts at char 6, byte 7.
    assert_eq!(
        positions(&mut searcher, "manager"),
        [6, 7, 8, 9, 10, 11, 12]
    );
}

#[test]
fn empty_query_is_everything_in_catalog_order_and_no_match_is_zero() {
    let catalog = Catalog::embedded().unwrap();
    let index = SearchIndex::build(&catalog);
    let mut searcher = Searcher::new();
    // Every item but the roles' other names (a role is listed once, by its title).
    let everything: Vec<u32> = (0..index.len() as u32)
        .filter(|&id| index.also_called(id).is_none())
        .collect();
    assert!(
        everything.len() < index.len(),
        "the catalog has other names"
    );
    for empty in ["", "   ", "\t\n"] {
        assert_eq!(
            searcher.search(&index, empty, Scope::default()),
            everything.len()
        );
        let items: Vec<u32> = searcher
            .top(&index, usize::MAX)
            .iter()
            .map(|h| h.item)
            .collect();
        assert_eq!(items, everything);
    }
    assert_eq!(searcher.search(&index, "zzqxj", Scope::default()), 0);
    assert!(searcher.top(&index, 40).is_empty());
}

#[test]
fn odd_queries_never_panic() {
    let catalog = catalog(&[(
        "Área manager 経営",
        &[
            "Manage (NOC) [tier-2] $5 budgets | 100% ^on* time?",
            "naïve café 経営管理",
        ],
    )]);
    let index = SearchIndex::build(&catalog);
    let long = "manage ".repeat(1500);
    let one_word = "m".repeat(10_000);
    let queries = [
        "   ",
        ".*+?[](){}^$|\\",
        "(NOC)",
        "\u{0}\u{1b}[31m\u{7}",
        "e\u{301}",
        "経営",
        "🦀",
        "\u{202e}evil",
        "\u{ffff}\u{10ffff}",
        long.as_str(),
        one_word.as_str(),
    ];
    let mut searcher = Searcher::new();
    for query in queries {
        let matched = searcher.search(&index, query, Scope::default());
        assert!(matched <= index.len());
        let hits = searcher.top(&index, usize::MAX).to_vec();
        assert_eq!(hits.len(), matched);
        for hit in hits {
            let chars = index.text(hit.item).chars().count();
            assert!(
                searcher
                    .highlight(&index, hit.item)
                    .iter()
                    .all(|&p| p < chars)
            );
        }
    }
    assert_eq!(
        texts(&index, "(NOC)"),
        ["Manage (NOC) [tier-2] $5 budgets | 100% ^on* time?"]
    );
    assert_eq!(texts(&index, &long).len(), 2);
}

#[test]
fn items_point_at_their_place_in_the_catalog() {
    let catalog = generated(30, 5);
    let index = SearchIndex::build(&catalog);
    let mut kinds = [0usize; 5];
    for id in 0..index.len() as u32 {
        let item = index.item(id);
        let role = &catalog.roles[item.role];
        let text = index.text(id);
        kinds[item.kind as usize] += 1;
        match item.kind {
            Kind::Role if item.index == 0 => assert_eq!(text, role.title),
            Kind::Role => assert_eq!(text, role.alternate_titles[item.index - 1]),
            Kind::Summary => assert_eq!(Some(text), role.summary.as_deref()),
            Kind::Responsibility => assert_eq!(text, role.responsibilities[item.index]),
            Kind::Skill => {
                let names: Vec<&str> = role
                    .hard_skills
                    .iter()
                    .map(|s: &HardSkill| s.name.as_str())
                    .chain(role.soft_skills.iter().map(|s: &SoftSkill| s.name.as_str()))
                    .collect();
                assert_eq!(text, names[item.index]);
            }
            Kind::Comparison => {
                let view = &catalog.comparisons_of(item.role)[item.index];
                assert!(view.authored && view.role == item.role);
                let joined = |list: &[String]| list.join(", ");
                assert!(
                    view.description == Some(text)
                        || joined(view.role_skills) == text
                        || joined(view.other_skills) == text,
                    "{text:?} is not in {view:?}"
                );
            }
        }
    }
    assert!(kinds.iter().all(|&n| n > 0), "{kinds:?}");
    assert_eq!(index.role_items(29).end as usize, index.len());
    assert_eq!(index.role_items(30), 0..0);
}

#[test]
fn kind_serialises_lowercase() {
    assert_eq!(
        serde_json::to_string(&Kind::Responsibility).unwrap(),
        "\"responsibility\""
    );
    assert_eq!(Kind::Comparison.as_str(), "comparison");
}

/// Typing, backspacing, editing and paging give exactly the ranking of scoring every item with
/// skim. (Debug builds also check every bound and replica score the searcher relies on.)
#[test]
fn incremental_search_ranks_exactly_like_skim_on_every_item() {
    let catalog = generated(40, 20);
    let index = SearchIndex::build(&catalog);
    let role = Scope {
        role: Some(7),
        ..Scope::default()
    };
    let skills = Scope {
        kind: Some(Kind::Skill),
        ..Scope::default()
    };
    for (query, scope) in [
        ("manage vendor", Scope::default()),
        ("qrt rpt", Scope::default()),
        ("cut lead times", Scope::default()),
        ("Kaizen", Scope::default()),
        ("sap ISO", Scope::default()),
        ("São Zürich", Scope::default()),
        ("pm", skills),
        ("onboarding", role),
    ] {
        let mut searcher = Searcher::new();
        let typed: Vec<&str> = query
            .char_indices()
            .map(|(at, c)| &query[..at + c.len_utf8()])
            .collect();
        // Type it, backspace it away, type it again.
        for partial in typed.iter().chain(typed.iter().rev()).chain(&typed) {
            let expected = brute_force(&index, partial, scope);
            assert_eq!(
                searcher.search(&index, partial, scope),
                expected.len(),
                "{partial:?}"
            );
            assert_eq!(
                searcher.top(&index, 10),
                &expected[..10.min(expected.len())],
                "{partial:?}"
            );
            assert_eq!(
                searcher.page(&index, 30..70),
                &expected[30.min(expected.len())..70.min(expected.len())]
            );
        }
        assert_eq!(
            searcher.top(&index, usize::MAX),
            brute_force(&index, query, scope)
        );
        let mut fresh = Searcher::new();
        fresh.search(&index, query, scope);
        fresh.top(&index, 5);
        assert_eq!(fresh.all(&index), brute_force(&index, query, scope));
    }
}

/// The broad first keystrokes, where every item is evaluated (in parts on every core, see
/// `searcher::in_parts`) and the next letter narrows all of those matches: the same hits, in
/// the same order, as evaluating and scoring every item one by one.
#[test]
fn one_and_two_letter_queries_match_and_rank_like_every_item_one_by_one() {
    let catalog = generated(60, 30);
    let index = SearchIndex::build(&catalog);
    assert!(
        index.len() > 4 * 256,
        "{} items: too few to split",
        index.len()
    );
    for query in [
        "p", "pr", "cu", "on", "ma", "s", "sa", "e", "rn", "P", "Pr", "9", "zq",
    ] {
        let expected = brute_force(&index, query, Scope::default());
        // Typed from scratch, and narrowed from its first letter.
        let mut fresh = Searcher::new();
        assert_eq!(
            fresh.search(&index, query, Scope::default()),
            expected.len(),
            "{query:?}"
        );
        assert_eq!(fresh.top(&index, 40), &expected[..40.min(expected.len())]);
        assert_eq!(fresh.all(&index), expected, "{query:?}");
        let mut typed = Searcher::new();
        let first = &query[..1];
        typed.search(&index, first, Scope::default());
        typed.top(&index, 40);
        assert_eq!(
            typed.search(&index, query, Scope::default()),
            expected.len()
        );
        assert_eq!(typed.top(&index, usize::MAX), expected, "{query:?}");
    }
}

/// Narrowing that is not typing at the end: a term grown in the middle, a term turned
/// case-sensitive, terms added in between; and queries that do not narrow at all.
#[test]
fn edits_and_case_changes_rank_like_skim() {
    let catalog = generated(40, 20);
    let index = SearchIndex::build(&catalog);
    let mut searcher = Searcher::new();
    for query in [
        "ma",
        "ma v",
        "man v",
        "mana ve",
        "manA ve",
        "manAg ve",
        "manAg ve x",
        "mana",
        "m a n",
        "m a n a",
        "me a n a",
        "S",
        "Sa",
        "sa",
        "sap IS",
        "sap ISO 9",
        "é",
        "é0",
        "Zür",
    ] {
        let expected = brute_force(&index, query, Scope::default());
        assert_eq!(
            searcher.search(&index, query, Scope::default()),
            expected.len(),
            "{query:?}"
        );
        assert_eq!(
            searcher.top(&index, 50),
            &expected[..50.min(expected.len())],
            "{query:?}"
        );
    }
}

#[test]
fn ranking_the_top_rows_asks_skim_about_few_items() {
    let catalog = generated(150, 40);
    let index = SearchIndex::build(&catalog);
    let mut searcher = Searcher::new();
    let matched = searcher.search(&index, "manage", Scope::default());
    assert!(matched > 1_000, "{matched}");
    searcher.top(&index, 40);
    let effort = searcher.effort();
    // 40 hits, and the few names of roles already named that scored on the way.
    assert!((40..45).contains(&effort.skim_calls), "{effort:?}");
    assert!(
        effort.replica_calls < matched / 10,
        "{effort:?} for {matched} matches"
    );
}

#[test]
fn one_shot_search_limits_and_counts() {
    let catalog = generated(20, 10);
    let index = SearchIndex::build(&catalog);
    let (hits, matched) = search(&index, "lead", Scope::default(), Some(5));
    assert_eq!(hits.len(), 5);
    assert_eq!(hits, brute_force(&index, "lead", Scope::default())[..5]);
    assert_eq!(matched, brute_force(&index, "lead", Scope::default()).len());
}

/// Texts and terms from a small alphabet with the chars skim treats specially: both cases,
/// digits, hard and soft separators, non-ASCII letters, NUL.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just('a'),
            Just('b'),
            Just('A'),
            Just('B'),
            Just('0'),
            Just(' '),
            Just('/'),
            Just('-'),
            Just('_'),
            Just('é'),
            Just('経'),
            Just('\0'),
        ],
        0..40,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

fn term() -> impl Strategy<Value = String> {
    "[abAB0/_é経-]{1,6}"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn replica_equals_skim_and_bound_is_above_it(text in text(), term in term()) {
        let case_sensitive = term.bytes().any(|b| b.is_ascii_uppercase());
        let skim = if case_sensitive {
            SkimMatcherV2::default().respect_case()
        } else {
            SkimMatcherV2::default().ignore_case()
        }
        .fuzzy_match(&text, &term);
        prop_assert_eq!(replica::score(&text, &term, case_sensitive), skim);
        if text.is_empty() {
            return Ok(());
        }
        let catalog = catalog(&[("x", &[text.as_str()])]);
        let index = SearchIndex::build(&catalog);
        let query = Query::parse(&term);
        let item = 1;
        // Every tier implies skim's own match.
        prop_assert!(!query.matches(&index, item) || skim.is_some());
        if let (Some(eval), Some(score)) = (query.evaluate(&index, item), skim) {
            let (loose, refined) = (i64::from(eval.bound), query.refined_bound(&index, item));
            prop_assert!(loose >= refined, "loose {} < refined {}", loose, refined);
            prop_assert!(refined >= score, "refined bound {} < skim {}", refined, score);
        }
    }

    #[test]
    fn random_queries_never_panic_and_highlights_are_in_order(query in "\\PC{0,12}|[ aemnrgtMN]{0,12}") {
        let catalog = catalog(&[
            ("Área manager 経営", &["Manage vendor onboarding", "naïve café ops", "Monitor the NOC"]),
            ("Team Lead", &["Mentor new agents", "Plan shift rotations (24/7)"]),
        ]);
        let index = SearchIndex::build(&catalog);
        let mut searcher = Searcher::new();
        let matched = searcher.search(&index, &query, Scope::default());
        let hits = searcher.top(&index, usize::MAX).to_vec();
        prop_assert_eq!(hits.len(), matched);
        for hit in hits {
            let chars = index.text(hit.item).chars().count();
            let positions = searcher.highlight(&index, hit.item);
            prop_assert!(positions.iter().all(|&p| p < chars));
            prop_assert!(positions.windows(2).all(|w| w[0] < w[1]));
        }
    }
}
