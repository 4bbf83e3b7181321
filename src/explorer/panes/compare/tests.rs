use super::*;
use crate::explorer::panes::Pane;
use crate::explorer::testing::{embedded, seed};

#[test]
fn walks_the_comparisons_and_asks_to_open_the_other_role() {
    let app = seed();
    let ctx = app.ctx().unwrap();
    let mut pane = Compare::default();
    pane.reset(&ctx);
    let other = |pane: &Compare| ctx.catalog().roles[pane.current(&ctx).unwrap().0.role].id.clone();
    assert_eq!(other(&pane), "general-manager-of-operations");
    assert_eq!(pane.update(&Action::NextComparison, &ctx), Flow::CHANGED);
    assert_eq!(other(&pane), "group-manager");
    let _ = pane.update(&Action::PreviousComparison, &ctx);
    let _ = pane.update(&Action::PreviousComparison, &ctx);
    assert_eq!(other(&pane), "performance-manager", "wraps around");
    let open = pane.update(&Action::OpenComparedRole, &ctx);
    let index = ctx.catalog().index_of("performance-manager").unwrap();
    assert_eq!(open, Flow::Request(Request::OpenRole(index)));
    assert_eq!(pane.update(&Action::FocusRoles, &ctx), Flow::Pass);
}

#[test]
fn a_picked_role_comes_first_and_text_scrolls_within_its_lines() {
    let app = seed();
    let ctx = app.ctx().unwrap();
    let mut pane = Compare::default();
    pane.reset(&ctx);
    let _ = pane.update(&Action::NextComparison, &ctx);
    assert_eq!(pane.update(&Action::CompareWith(3), &ctx), Flow::CHANGED);
    assert_eq!(pane.comparison, 0);
    let (target, view) = pane.current(&ctx).unwrap();
    assert_eq!((target.why, view.other), (Why::Picked, 3));
    pane.layout(Rect::new(0, 0, 50, 8), &ctx);
    let _ = pane.update(&Action::MoveToBottom, &ctx);
    assert_eq!(pane.scroll(), pane.text.total() - 8);
}

#[test]
fn an_occupation_is_compared_with_its_related_occupations_in_order_with_their_tier() {
    let app = embedded();
    let nurses = app.catalog().index_of("registered-nurses").unwrap();
    let app = app.open(nurses, PaneId::Compare);
    let ctx = app.ctx().unwrap();
    let mut pane = Compare::default();
    pane.reset(&ctx);
    let targets = pane.targets(&ctx);
    let role = ctx.role();
    let ids: Vec<&str> = targets
        .iter()
        .map(|t| ctx.catalog().roles[t.role].id.as_str())
        .collect();
    assert_eq!(ids, role.related.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(ids[0], "acute-care-nurses");
    let tiers: Vec<Why> = targets.iter().map(|t| t.why).collect();
    assert_eq!(tiers[4], Why::Related(Some(RelatedTier::PrimaryShort)));
    assert_eq!(tiers[5], Why::Related(Some(RelatedTier::PrimaryLong)));
    assert_eq!(tiers[10], Why::Related(Some(RelatedTier::Supplemental)));

    pane.layout(Rect::new(0, 0, 80, 40), &ctx);
    let text = pane.text();
    assert!(text[0].ends_with("[ 1 of 20 ]"), "{text:#?}");
    assert!(text[1].contains("O*NET Primary-Short"), "{text:#?}");
}

#[test]
fn the_carousel_names_the_keys_in_force() {
    let app = seed();
    let ctx = app.ctx().unwrap();
    let place = pager(
        &ctx,
        HERE,
        (&Action::PreviousComparison, &Action::NextComparison),
        3,
        20,
    );
    assert_eq!(place, "[ 3 of 20 ]");
}

#[test]
fn a_career_page_role_is_compared_with_its_nearest_occupation_after_the_authored_ones() {
    let app = embedded();
    let ctx = app.ctx().unwrap();
    assert_eq!(ctx.role().id, "senior-operations-manager");
    let pane = Compare::default();
    let targets = pane.targets(&ctx);
    assert_eq!(targets.len(), 5);
    let last = targets[4];
    assert_eq!(last.why, Why::Nearest);
    assert_eq!(ctx.catalog().roles[last.role].code.as_deref(), Some("11-1021.00"));
}

#[test]
fn coming_back_to_a_role_shows_the_comparison_left() {
    let app = embedded();
    let nurses = app.catalog().index_of("registered-nurses").unwrap();
    let electricians = app.catalog().index_of("electricians").unwrap();
    let app = app.open(nurses, PaneId::Compare);
    let mut pane = Compare::default();
    let at = |role: usize| Ctx {
        shared: app.shared(),
        role,
    };
    pane.reset(&at(nurses));
    let _ = pane.update(&Action::NextComparison, &at(nurses));
    let _ = pane.update(&Action::NextComparison, &at(nurses));
    pane.reset(&at(electricians));
    assert_eq!(pane.comparison, 0, "another role starts at its first");
    pane.reset(&at(nurses));
    assert_eq!(pane.comparison, 2, "the nurses' third again");
}

fn index(app: &crate::explorer::App, id: &str) -> usize {
    app.catalog().index_of(id).unwrap()
}

/// Registered Nurses in Compare with Nurse Practitioners (their second related occupation)
/// kept as a column.
fn nurses_keeping_practitioners() -> crate::explorer::App {
    let app = embedded();
    let nurses = index(&app, "registered-nurses");
    let mut app = app.open(nurses, PaneId::Compare);
    app.update(Action::NextComparison);
    app.update(Action::PinComparison);
    app
}

#[test]
fn a_kept_column_stays_while_moving_between_roles() {
    let app = nurses_keeping_practitioners();
    let (nurses, practitioners) = (
        index(&app, "registered-nurses"),
        index(&app, "nurse-practitioners"),
    );
    let electricians = index(&app, "electricians");
    let pane = app.pane_state::<Compare>().unwrap();
    assert_eq!(pane.picks, [practitioners]);
    // Walking on adds the comparison shown as the last column.
    let mut app = app;
    app.update(Action::NextComparison);
    let ctx = app.ctx().unwrap();
    let pane = app.pane_state::<Compare>().unwrap();
    let critical = index(&app, "critical-care-nurses");
    assert_eq!(pane.columns(&ctx), [nurses, practitioners, critical]);

    // Another role: the pick stays, the other role comes first.
    let mut app = app.open(electricians, PaneId::Compare);
    let ctx = app.ctx().unwrap();
    let pane = app.pane_state::<Compare>().unwrap();
    assert_eq!(pane.picks, [practitioners]);
    let columns = pane.columns(&ctx);
    assert_eq!(columns[..2], [electricians, practitioners]);
    assert_eq!(columns.len(), 3, "and the electricians' first comparison");
    let (hints, _) = app.hints();
    assert!(hints.iter().any(|(k, w)| k == "x" && *w == "drop"), "{hints:?}");

    // Dropping it goes back to comparing two.
    app.update(Action::DropPick);
    let ctx = app.ctx().unwrap();
    let pane = app.pane_state::<Compare>().unwrap();
    assert!(pane.picks.is_empty());
    assert!(!pane.several(&ctx));
    assert_eq!(pane.columns(&ctx).len(), 2);
}

/// `x` drops the comparison shown when it is a kept column: walk to a column, drop it.
#[test]
fn x_drops_the_kept_comparison_shown_else_the_last_kept() {
    let mut app = nurses_keeping_practitioners();
    let practitioners = index(&app, "nurse-practitioners");
    let critical = index(&app, "critical-care-nurses");
    app.update(Action::NextComparison);
    app.update(Action::PinComparison);
    assert_eq!(app.pane_state::<Compare>().unwrap().picks, [practitioners, critical]);
    // Back on the practitioners, a kept column: it goes, the later one stays.
    app.update(Action::PreviousComparison);
    app.update(Action::DropPick);
    assert_eq!(app.pane_state::<Compare>().unwrap().picks, [critical]);
    // On a comparison that is not kept, the last kept goes.
    app.update(Action::NextComparison);
    app.update(Action::NextComparison);
    app.update(Action::DropPick);
    assert!(app.pane_state::<Compare>().unwrap().picks.is_empty());
}

#[test]
fn four_columns_at_most_and_a_pick_is_kept_once() {
    let mut app = nurses_keeping_practitioners();
    // The comparison shown is already kept.
    app.update(Action::PinComparison);
    assert!(
        app.notice.as_deref().is_some_and(|n| n.contains("already a column")),
        "{:?}",
        app.notice
    );
    for _ in 0..2 {
        app.update(Action::NextComparison);
        app.update(Action::PinComparison);
    }
    let ctx = app.ctx().unwrap();
    let pane = app.pane_state::<Compare>().unwrap();
    assert_eq!(pane.picks.len(), 3);
    assert_eq!(pane.columns(&ctx).len(), MAX_COLUMNS);
    app.update(Action::NextComparison);
    app.update(Action::PinComparison);
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.contains("Compare holds 4 roles: drop one first (x)")),
        "{:?}",
        app.notice
    );
    assert_eq!(app.pane_state::<Compare>().unwrap().picks.len(), 3);
}

#[test]
fn columns_scroll_when_not_all_fit() {
    let mut app = nurses_keeping_practitioners();
    app.update(Action::NextComparison);
    let ctx = app.ctx().unwrap();
    let mut pane = Compare {
        picks: app.pane_state::<Compare>().unwrap().picks.clone(),
        comparison: 2,
        ..Compare::default()
    };
    pane.layout(Rect::new(0, 0, 54, 40), &ctx);
    assert_eq!(pane.visible_columns(3), (0, 2));
    assert!(
        pane.text().iter().any(|l| l.contains("columns 1–2 of 3 (< >)")),
        "{:#?}",
        pane.text()
    );
    assert_eq!(pane.update(&Action::NextColumns, &ctx), Flow::CHANGED);
    assert_eq!(pane.update(&Action::NextColumns, &ctx), Flow::UNCHANGED);
    pane.layout(Rect::new(0, 0, 54, 40), &ctx);
    assert_eq!(pane.visible_columns(3), (1, 2));
    let text = pane.text();
    let titles = text
        .iter()
        .find(|l| l.contains("Nurse Practition") && !l.contains('+') && !l.contains('├'))
        .unwrap();
    assert!(!titles.contains("Registered Nurses"), "{text:#?}");
    assert!(text.iter().any(|l| l.contains("columns 2–3 of 3")), "{text:#?}");
    // Wide enough, all show.
    pane.layout(Rect::new(0, 0, 112, 40), &ctx);
    assert_eq!(pane.visible_columns(3), (0, 3));
}

#[test]
fn the_export_is_the_markdown_of_the_columns_shown() {
    let mut app = nurses_keeping_practitioners();
    app.update(Action::NextComparison);
    let ctx = app.ctx().unwrap();
    let pane = app.pane_state::<Compare>().unwrap();
    let columns = pane.columns(&ctx);
    let markdown = crate::report::compare::markdown::of_roles(ctx.catalog(), &columns, None);
    assert!(
        markdown
            .starts_with("# Registered Nurses vs Nurse Practitioners vs Critical Care Nurses\n"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| Median wage | $97,550 | $132,300<br>+$34,750 a year |"),
        "{markdown}"
    );
    // (The file itself is written by the real binary in tests/e2e_tmux.rs.)
}

#[test]
fn kept_columns_are_restored_after_a_restart() {
    let mut app = nurses_keeping_practitioners();
    app.update(Action::NextComparison);
    app.update(Action::PinComparison);
    let saved = app.saved_state();
    assert_eq!(
        saved.compare_picks,
        ["nurse-practitioners", "critical-care-nurses"]
    );
    // Through the file, as a restart reads it.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.ron");
    crate::explorer::state::save(&path, &saved).unwrap();
    let (loaded, problem) = crate::explorer::state::load(&path);
    assert_eq!(problem, None);
    let mut again = embedded();
    again.restore(&loaded);
    let ctx = again.ctx().unwrap();
    let pane = again.pane_state::<Compare>().unwrap();
    let ids: Vec<&str> = pane
        .columns(&ctx)
        .iter()
        .map(|&r| ctx.catalog().roles[r].id.as_str())
        .collect();
    assert_eq!(
        ids[..3],
        ["registered-nurses", "nurse-practitioners", "critical-care-nurses"]
    );
    assert_eq!(again.saved_state(), saved);
}
