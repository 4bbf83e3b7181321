//! Keys in, state out, through the whole app: routing between the role list, the panes, the
//! overlays and the global actions, without a terminal.

use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;

use super::Action;
use super::app::{App, Focus};
use super::overlays::help::Help;
use super::overlays::palette::Palette;
use super::panes::PaneId;
use super::panes::compare::Compare;
use super::panes::overview::Overview;
use super::panes::responsibilities::Responsibilities;
use super::panes::skills::Skills;
use super::testing::{ctrl, embedded, press, seed, type_text};

/// The seed catalog laid out on a 100×30 screen.
fn app() -> App {
    let mut app = seed();
    app.layout(Rect::new(0, 0, 100, 30));
    app
}

fn role_id(app: &App) -> String {
    app.catalog().roles[app.role().unwrap()].id.clone()
}

fn compared(app: &App) -> String {
    let ctx = app.ctx().unwrap();
    let other = app
        .pane_state::<Compare>()
        .unwrap()
        .current(&ctx)
        .unwrap()
        .1
        .other;
    app.catalog().roles[other].id.clone()
}

fn responsibilities(app: &App) -> &Responsibilities {
    app.pane_state::<Responsibilities>().unwrap()
}

#[test]
fn tab_cycles_panes_both_ways() {
    let mut app = app();
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.pane, PaneId::Responsibilities);
    assert_eq!(app.focus, Focus::Pane);
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(
        app.pane,
        PaneId::Matcher,
        "round from the first to the last"
    );
    // In the Skills matcher the digits rate the selected skill; Tab still moves on.
    press(&mut app, KeyCode::Char('3'));
    assert_eq!(app.pane, PaneId::Matcher);
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::Char('3'));
    assert_eq!(app.pane, PaneId::Skills);
}

#[test]
fn arrows_move_roles_then_pane_content() {
    let mut app = app();
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(role_id(&app), "group-manager");
    press(&mut app, KeyCode::Char('G'));
    assert_eq!(app.role(), Some(4));
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.role(), Some(0));
    press(&mut app, KeyCode::Char('2'));
    app.layout(Rect::new(0, 0, 100, 30));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    assert_eq!(
        app.role(),
        Some(0),
        "in a pane, arrows move the pane's selection"
    );
    assert_eq!(responsibilities(&app).list.selected, 2);
    press(&mut app, KeyCode::End);
    assert_eq!(responsibilities(&app).list.selected, 14);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.focus, Focus::Roles);
}

#[test]
fn left_goes_back_to_the_roles_from_every_pane() {
    let mut app = app();
    for &pane in PaneId::ALL {
        app.update(Action::ShowPane(pane));
        assert_eq!(app.focus, Focus::Pane);
        if pane == PaneId::Matcher {
            // ←/→ rate the selected skill there, as the issue asks; h and Esc go back.
            press(&mut app, KeyCode::Char('h'));
        } else {
            press(&mut app, KeyCode::Left);
        }
        assert_eq!(app.focus, Focus::Roles, "← in {pane}");
        press(&mut app, KeyCode::Right);
        assert_eq!(app.focus, Focus::Pane, "→ back into {pane}");
    }
}

#[test]
fn changing_role_resets_pane_state() {
    let mut app = app();
    press(&mut app, KeyCode::Char('2'));
    app.layout(Rect::new(0, 0, 100, 30));
    press(&mut app, KeyCode::PageDown);
    assert!(responsibilities(&app).list.selected > 0);
    app.update(Action::SelectRole(3));
    assert_eq!(app.role(), Some(3));
    assert_eq!(app.focus, Focus::Roles);
    assert_eq!(responsibilities(&app).list.selected, 0);
}

#[test]
fn the_filter_takes_every_key_while_typing() {
    let mut app = app();
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('/'));
    assert!(app.wants_text());
    type_text(&mut app, "kaiz");
    let pane = responsibilities(&app);
    let first = pane.shown(0).unwrap();
    assert!(app.catalog().roles[0].responsibilities[first].starts_with("Perform Kaizen test"));
    // q, ? and digits are text while typing, not commands.
    type_text(&mut app, "q?1");
    assert!(!app.should_quit && !app.has_overlay());
    assert_eq!(app.pane, PaneId::Responsibilities);
    for _ in 0..3 {
        press(&mut app, KeyCode::Backspace);
    }
    press(&mut app, KeyCode::Enter);
    assert!(!app.wants_text());
    assert_eq!(
        responsibilities(&app)
            .filter
            .as_ref()
            .unwrap()
            .query
            .as_str(),
        "kaiz"
    );
    press(&mut app, KeyCode::Esc);
    assert!(responsibilities(&app).filter.is_none());
    assert_eq!(app.focus, Focus::Pane, "the first Esc clears the filter");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.focus, Focus::Roles, "the second goes back to the roles");
}

#[test]
fn compare_walks_comparisons_opens_the_other_role_and_goes_back() {
    let mut app = app();
    press(&mut app, KeyCode::Char('4'));
    assert_eq!(compared(&app), "general-manager-of-operations");
    press(&mut app, KeyCode::Char(']'));
    assert_eq!(compared(&app), "group-manager");
    press(&mut app, KeyCode::Char('['));
    press(&mut app, KeyCode::Char('['));
    assert_eq!(compared(&app), "performance-manager");
    press(&mut app, KeyCode::Enter);
    assert_eq!(role_id(&app), "performance-manager");
    assert_eq!(app.pane, PaneId::Overview);
    // The reverse comparison is there for the other role too.
    press(&mut app, KeyCode::Char('4'));
    assert_eq!(compared(&app), "senior-operations-manager");
    press(&mut app, KeyCode::Enter);
    assert_eq!(role_id(&app), "senior-operations-manager");
    // Back through the roles visited, and forward again.
    press(&mut app, KeyCode::Backspace);
    assert_eq!(role_id(&app), "performance-manager");
    assert_eq!(app.pane, PaneId::Compare, "back where it was left");
    press(&mut app, KeyCode::Backspace);
    assert_eq!(role_id(&app), "senior-operations-manager");
    assert_eq!(app.pane, PaneId::Compare);
    press(&mut app, KeyCode::Backspace);
    assert!(
        app.notice
            .as_ref()
            .unwrap()
            .contains("No role visited before")
    );
    app.update(Action::HistoryForward);
    assert_eq!(role_id(&app), "performance-manager");
}

#[test]
fn c_outside_compare_picks_a_role_and_shows_compare() {
    let mut app = embedded();
    app.layout(Rect::new(0, 0, 100, 30));
    press(&mut app, KeyCode::Char('c'));
    assert!(app.overlay_state::<Palette>().is_some());
    type_text(&mut app, "registered nurses");
    press(&mut app, KeyCode::Enter);
    assert!(!app.has_overlay());
    assert_eq!(app.pane, PaneId::Compare);
    assert_eq!(compared(&app), "registered-nurses");
    let pane = app.pane_state::<Compare>().unwrap();
    assert_eq!(pane.comparison, 0, "the picked role comes first");
    // The authored comparisons are still one key away.
    press(&mut app, KeyCode::Char(']'));
    assert_eq!(compared(&app), "general-manager-of-operations");
}

#[test]
fn help_opens_over_everything_and_ctrl_c_still_quits() {
    let mut app = app();
    press(&mut app, KeyCode::Char('?'));
    assert!(app.overlay_state::<Help>().is_some());
    press(&mut app, KeyCode::Tab);
    assert_eq!(
        app.pane,
        PaneId::Overview,
        "keys under the overlay do nothing"
    );
    press(&mut app, KeyCode::Esc);
    assert!(!app.has_overlay());
    press(&mut app, KeyCode::Char('?'));
    ctrl(&mut app, 'c');
    assert!(app.should_quit, "Ctrl-C quits from the help");
}

#[test]
fn ctrl_c_and_ctrl_z_work_while_typing() {
    let mut app = app();
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('/'));
    ctrl(&mut app, 'z');
    assert!(app.suspend);
    ctrl(&mut app, 'c');
    assert!(app.should_quit);
}

#[test]
fn the_overview_scrolls_and_the_wheel_scrolls_the_pane_under_it() {
    let mut app = app();
    assert_eq!(app.focus, Focus::Roles);
    app.update(Action::ScrollPane(3));
    assert_eq!(app.role(), Some(0), "the role stays");
    assert_eq!(app.pane_state::<Overview>().unwrap().scroll(), 3);
    app.update(Action::ScrollRoles(3));
    assert_eq!(
        app.role(),
        Some(3),
        "over the role list the wheel moves the selection"
    );
    app.update(Action::ScrollRoles(3));
    assert_eq!(app.role(), Some(4), "clamped to the last role");
}

#[test]
fn mouse_actions_select_roles_and_rows() {
    let mut app = app();
    app.update(Action::SelectRole(2));
    assert_eq!(app.role(), Some(2));
    assert_eq!(app.focus, Focus::Roles);
    app.update(Action::SelectRole(0));
    app.update(Action::ShowPane(PaneId::Skills));
    app.layout(Rect::new(0, 0, 100, 30));
    app.update(Action::SelectRow(1));
    assert_eq!(app.focus, Focus::Pane);
    assert_eq!(
        app.pane_state::<Skills>().unwrap().list().unwrap().selected,
        1
    );
}

#[test]
fn the_palette_jumps_to_responsibilities_skills_and_comparisons() {
    let mut app = app();
    ctrl(&mut app, 'p');
    assert!(app.wants_text());
    type_text(&mut app, "kaizen");
    press(&mut app, KeyCode::Enter);
    assert!(!app.has_overlay());
    assert_eq!(app.pane, PaneId::Responsibilities);
    assert_eq!(app.focus, Focus::Pane);
    assert_eq!(responsibilities(&app).list.selected, 12);

    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('/'));
    assert!(
        app.has_overlay(),
        "/ in a pane without a list filter opens the palette"
    );
    type_text(&mut app, "Logistics");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.pane, PaneId::Skills);
    assert_eq!(
        app.pane_state::<Skills>().unwrap().list().unwrap().selected,
        5
    );

    ctrl(&mut app, 'p');
    type_text(&mut app, "client facing");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.pane, PaneId::Compare);
    assert_eq!(compared(&app), "group-manager");
}

#[test]
fn a_technology_hit_opens_its_role_where_no_pane_lists_it() {
    let mut app = embedded();
    app.layout(Rect::new(0, 0, 120, 40));
    ctrl(&mut app, 'p');
    type_text(&mut app, "Kubernetes");
    let palette = app.overlay_state::<Palette>().unwrap();
    assert!(palette.matched > 10, "{}", palette.matched);
    press(&mut app, KeyCode::Enter);
    assert!(!app.has_overlay());
    let role = &app.shared().catalog.roles[app.role().unwrap()];
    assert!(
        role.technology
            .iter()
            .flat_map(|g| &g.examples)
            .any(|t| t.name == "Kubernetes"),
        "{}",
        role.id
    );
    assert_eq!(app.pane, PaneId::Overview);
    assert_eq!(app.focus, Focus::Roles);
}

#[test]
fn the_palette_closes_with_esc_and_its_keys_are_text() {
    let mut app = app();
    ctrl(&mut app, 'p');
    type_text(&mut app, "q?1");
    assert!(!app.should_quit);
    assert_eq!(
        app.overlay_state::<Palette>().unwrap().query.as_str(),
        "q?1"
    );
    press(&mut app, KeyCode::Esc);
    assert!(!app.has_overlay());
    assert_eq!(app.pane, PaneId::Overview);
}

#[test]
fn the_shortlist_is_saved_and_restored_with_the_role_and_pane() {
    let mut app = app();
    press(&mut app, KeyCode::Char('m'));
    press(&mut app, KeyCode::Char('G'));
    press(&mut app, KeyCode::Char('m'));
    press(&mut app, KeyCode::Char('3'));
    app.set_wage_state(Some("TX".into()));
    let saved = app.saved_state();
    assert_eq!(
        saved.shortlist,
        ["senior-operations-manager", "performance-manager"]
    );
    assert_eq!(saved.role.as_deref(), Some("performance-manager"));
    assert_eq!(saved.pane.as_deref(), Some("skills"));

    let mut again = seed();
    again.restore(&saved);
    assert_eq!(again.saved_state(), saved);
    assert_eq!(again.role(), Some(4));
    assert_eq!(again.pane, PaneId::Skills);
    press(&mut again, KeyCode::Char('M'));
    assert!(again.roles.only_shortlist());
    assert_eq!(again.roles.list.len(), 2);
}

#[test]
fn a_state_naming_roles_the_catalog_lacks_is_restored_as_far_as_it_goes() {
    let mut app = seed();
    let state = super::state::SavedState {
        role: Some("gone".into()),
        pane: Some("graphs".into()),
        wage_state: None,
        shortlist: vec!["gone".into(), "group-manager".into()],
        role_list: Default::default(),
        compare_picks: vec!["gone".into(), "area-manager".into()],
    };
    app.restore(&state);
    assert_eq!(app.role(), Some(0));
    assert_eq!(app.pane, PaneId::Overview);
    assert_eq!(app.saved_state().shortlist, ["group-manager"]);
    assert_eq!(app.saved_state().compare_picks, ["area-manager"]);
}

#[test]
fn a_notice_lasts_until_the_next_key() {
    let mut app = app();
    press(&mut app, KeyCode::Char('M'));
    assert!(app.notice.as_ref().unwrap().contains("shortlist is empty"));
    assert!(
        press(&mut app, KeyCode::Char('j')),
        "redrawn to clear the notice"
    );
    assert!(app.notice.is_none());
}

#[test]
fn after_a_jump_or_a_restore_the_role_sits_in_the_middle_of_the_list() {
    let middle = |app: &App| {
        let list = &app.roles.list;
        (list.selected - list.offset, (list.height() - 1) / 2)
    };
    let mut app = embedded();
    app.layout(Rect::new(0, 0, 100, 30));
    ctrl(&mut app, 'p');
    type_text(&mut app, "registered nurses");
    press(&mut app, KeyCode::Enter);
    assert_eq!(role_id(&app), "registered-nurses");
    let (at, want) = middle(&app);
    assert_eq!(at, want, "a search hit");
    ctrl(&mut app, 'p');
    type_text(&mut app, "electricians");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Backspace);
    assert_eq!(role_id(&app), "registered-nurses");
    let (at, want) = middle(&app);
    assert_eq!(at, want, "back");

    let saved = app.saved_state();
    let mut again = embedded();
    again.restore(&saved);
    again.layout(Rect::new(0, 0, 100, 30));
    let (at, want) = middle(&again);
    assert_eq!(at, want, "a restored state, centred by the first layout");
}

#[test]
fn slash_in_the_role_list_filters_it_and_the_footer_follows() {
    let mut app = embedded();
    app.layout(Rect::new(0, 0, 100, 30));
    let footer = |app: &App| {
        let (hints, _) = app.hints();
        hints
            .iter()
            .map(|(k, w)| format!("{k} {w}"))
            .collect::<Vec<_>>()
    };
    assert!(
        footer(&app).contains(&"/ filter".to_string()),
        "{:?}",
        footer(&app)
    );
    assert!(footer(&app).contains(&"Ctrl-P search".to_string()));
    press(&mut app, KeyCode::Char('/'));
    assert!(!app.has_overlay() && app.wants_text());
    assert_eq!(footer(&app), ["Enter keep", "Esc clear", "↑/↓ move"]);
    // q, ? and digits are text while typing.
    type_text(&mut app, "q?1");
    assert!(!app.should_quit && !app.has_overlay() && app.focus == Focus::Roles);
    press(&mut app, KeyCode::Char('u'));
    ctrl(&mut app, 'u');
    type_text(&mut app, "electricians");
    assert_eq!(role_id(&app), "electricians");
    press(&mut app, KeyCode::Enter);
    assert!(!app.wants_text());
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.focus, Focus::Pane, "the second Enter opens the role");
    assert_eq!(app.pane, PaneId::Overview);
    // A tab clicked while typing switches panes and stops the typing.
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Char('/'));
    app.update(Action::ShowPane(PaneId::Skills));
    assert!(!app.wants_text());
    assert_eq!(
        app.roles.filter.as_ref().unwrap().query.as_str(),
        "electricians"
    );
}
