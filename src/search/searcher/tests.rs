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
        assert_eq!(
            name_support(&index, &mut matches, &mut [0; 256]),
            expected,
            "{query:?}"
        );
        folded += expected;
    }
    assert!(
        folded > 0,
        "no query matched two names of a role: the test checks nothing"
    );
}

/// A broad keystroke keeps only the matches of the groups that hold its first hits (and
/// every match's id): the rows within reach rank as with every match, ranking deeper
/// evaluates the ids again, and a narrower query (a letter, or a new term) starts from the
/// ids. Everything as item-by-item scoring gives it.
#[test]
fn a_pruned_keystroke_ranks_and_narrows_like_every_item_one_by_one() {
    use crate::search::tests::brute_force;
    let catalog = crate::search::tests::generated(60, 30);
    let index = SearchIndex::build(&catalog);
    let mut pruned_any = false;
    for (first, next) in [
        ("p", "pr"),
        ("m", "ma"),
        ("e", "e s"),
        ("a", "ab"),
        ("s", "9"),
    ] {
        let expected = brute_force(&index, first, Scope::default());
        let mut searcher = Searcher::new();
        let matched = searcher.search(&index, first, Scope::default());
        assert_eq!(matched, expected.len(), "{first:?}");
        let level = searcher.levels.last().unwrap();
        if let Some(pruned) = &level.pruned {
            pruned_any = true;
            assert!(pruned.reach >= KEEP, "{first:?}: reach {}", pruned.reach);
            assert!(level.matches.len() < pruned.ids.len(), "{first:?}");
            let reach = pruned.reach;
            assert_eq!(searcher.top(&index, reach), &expected[..reach], "{first:?}");
            assert!(searcher.levels.last().unwrap().pruned.is_some());
        }
        // Narrowed from the pruned level, before ranking deeper.
        let narrower = brute_force(&index, next, Scope::default());
        let mut typed = searcher.clone();
        assert_eq!(typed.search(&index, next, Scope::default()), narrower.len());
        assert_eq!(typed.top(&index, usize::MAX), narrower, "{next:?}");
        // Deeper than its reach: every match again.
        assert_eq!(searcher.top(&index, usize::MAX), expected, "{first:?}");
        assert!(searcher.levels.last().unwrap().pruned.is_none());
        assert_eq!(searcher.all(&index), expected, "{first:?}");
    }
    assert!(
        pruned_any,
        "no keystroke was pruned: the test checks nothing"
    );
}

#[test]
fn a_match_takes_twenty_bytes() {
    assert_eq!(std::mem::size_of::<Match>(), 20);
    assert_eq!(std::mem::size_of::<Evaluation>(), 12);
}
