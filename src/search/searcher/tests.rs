use super::*;

/// A broad keystroke at 1.25 M items writes ~1 M matches: each is kept at 20 bytes (it was
/// 32 with a 64-bit bound and tiers), which the README's "Per keystroke" figures rely on.
/// `name_support` counts the names that fold as `other_names` does, over every query's
/// matches in a generated catalog (its roles have many names, some matching, some not).
#[test]
fn name_support_counts_the_names_that_fold() {
    let catalog = crate::search::tests::generated(40, 3);
    let index = SearchIndex::build(&catalog);
    let mut folded = 0;
    for query in ["a", "an", "man", "nurse", "o", "er", "zzq", "s t"] {
        let query = Query::parse(query);
        let mut matches: Vec<Match> = (0..index.len() as u32)
            .filter_map(|item| {
                let eval = query.evaluate(&index, item)?;
                Some(Match {
                    item,
                    salience: 0,
                    eval,
                })
            })
            .collect();
        let expected = other_names(&index, matches.iter().map(|m| m.item));
        assert_eq!(name_support(&index, &mut matches), expected, "{query:?}");
        folded += expected;
    }
    assert!(
        folded > 0,
        "no query matched two names of a role: the test checks nothing"
    );
}

/// A broad keystroke keeps only the matches that can rank among its first hits: those of
/// the groups that hold them, and of the worst of those, when it is big, those whose bound
/// reaches the first hits' exact scores (and every match's id). The rows within reach rank as
/// with every match, ranking deeper evaluates the ids again, and a narrower query (a letter,
/// or a new term) starts from the ids. Everything as item-by-item scoring gives it, over the
/// whole catalog (where role names hold the first hits) and over responsibilities (where one
/// big group does).
#[test]
fn a_pruned_keystroke_ranks_and_narrows_like_every_item_one_by_one() {
    use crate::search::tests::brute_force;
    let catalog = crate::search::tests::generated(60, 30);
    let index = SearchIndex::build(&catalog);
    let responsibilities = Scope {
        kind: Some(Kind::Responsibility),
        ..Scope::default()
    };
    let (mut pruned_any, mut trimmed_any) = (false, false);
    for scope in [Scope::default(), responsibilities] {
        for (first, next) in [
            ("p", "pr"),
            ("m", "ma"),
            ("e", "e s"),
            ("a", "ab"),
            ("s", "9"),
            ("t", "th"),
            ("c", "co"),
        ] {
            let expected = brute_force(&index, first, scope);
            let mut searcher = Searcher::new();
            let matched = searcher.search(&index, first, scope);
            assert_eq!(matched, expected.len(), "{first:?} in {scope:?}");
            let level = searcher.levels.last().unwrap();
            if let Some(pruned) = &level.pruned {
                pruned_any = true;
                assert!(pruned.reach >= KEEP, "{first:?}: reach {}", pruned.reach);
                assert!(level.matches.len() < pruned.ids.len(), "{first:?}");
                // The cut group trimmed to what can reach the first hits.
                trimmed_any |= level.matches.len() < 4 * KEEP && 8 * KEEP < expected.len();
                let reach = pruned.reach;
                let top = searcher.top(&index, reach);
                assert_eq!(top, &expected[..reach], "{first:?} in {scope:?}");
                assert!(searcher.levels.last().unwrap().pruned.is_some());
            }
            // Narrowed from the pruned level, before ranking deeper.
            let narrower = brute_force(&index, next, scope);
            let mut typed = searcher.clone();
            assert_eq!(typed.search(&index, next, scope), narrower.len());
            assert_eq!(
                typed.top(&index, usize::MAX),
                narrower,
                "{next:?} in {scope:?}"
            );
            // Deeper than its reach: every match again.
            assert_eq!(searcher.top(&index, usize::MAX), expected, "{first:?}");
            assert!(searcher.levels.last().unwrap().pruned.is_none());
            assert_eq!(searcher.all(&index), expected, "{first:?} in {scope:?}");
        }
    }
    assert!(
        pruned_any,
        "no keystroke was pruned: the test checks nothing"
    );
    assert!(
        trimmed_any,
        "no keystroke's cut group was trimmed: the test checks too little"
    );
}

/// Many matches alike (one phrase in every role, in the other case than typed, so no bound
/// is its score) are tightened and scored together, on every core, and rank as item-by-item
/// scoring ranks them.
#[test]
fn matches_alike_are_tightened_together_and_rank_the_same() {
    use crate::search::tests::{brute_force, catalog};
    let titles: Vec<String> = (0..3 * ALIKE).map(|i| format!("Analyst {i}")).collect();
    let lines: &[&str] = &[
        "Establish KPI dashboards for retail stores to strengthen OSHA compliance.",
        "Recruit KPI dashboards across 35 contact centers, helping to keep service levels up.",
    ];
    let roles: Vec<(&str, &[&str])> = titles.iter().map(|t| (t.as_str(), lines)).collect();
    let index = SearchIndex::build(&catalog(&roles));
    let mut searcher = Searcher::new();
    let (mut together, mut scored_together) = (0, false);
    for query in ["k", "kp", "kpi", "kpi d", "kpi da", "kpi dash"] {
        let expected = brute_force(&index, query, Scope::default());
        assert_eq!(
            searcher.search(&index, query, Scope::default()),
            expected.len()
        );
        assert_eq!(
            searcher.top(&index, 40),
            &expected[..40.min(expected.len())],
            "{query:?}"
        );
        let effort = searcher.effort();
        together += effort.together;
        // More together than tightened: some were scored together too.
        scored_together |= effort.together > effort.refined;
    }
    assert!(
        together > 0,
        "nothing was tightened together: the test checks nothing"
    );
    assert!(
        scored_together,
        "nothing was scored together: the test checks too little"
    );
}

#[test]
fn a_match_takes_twenty_bytes() {
    assert_eq!(std::mem::size_of::<Match>(), 20);
    assert_eq!(std::mem::size_of::<Evaluation>(), 12);
}
