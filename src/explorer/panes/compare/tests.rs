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
