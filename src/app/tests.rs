//! Keys in, state out: navigation and state changes without a terminal.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::catalog::Catalog;

fn app() -> App {
    let mut app = App::new(Catalog::load(&["assets/roles.ron".into()]).unwrap());
    app.update(Action::Viewport {
        roles: 10,
        pane: 10,
        text: 100,
    });
    app
}

fn press(app: &mut App, code: KeyCode) {
    let key = KeyEvent::new(code, KeyModifiers::NONE);
    if let Some(action) = crate::tui::key_action(app, key) {
        app.update(action);
    }
}

fn type_text(app: &mut App, text: &str) {
    text.chars().for_each(|c| press(app, KeyCode::Char(c)));
}

#[test]
fn tab_cycles_panes_both_ways() {
    let mut app = app();
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.pane, Pane::Responsibilities);
    assert_eq!(app.focus, Focus::Pane);
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(app.pane, Pane::Compare);
    press(&mut app, KeyCode::Char('3'));
    assert_eq!(app.pane, Pane::Skills);
}

#[test]
fn arrows_move_roles_then_pane_content() {
    let mut app = app();
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(app.catalog.roles[app.role].id, "group-manager");
    press(&mut app, KeyCode::Char('G'));
    assert_eq!(app.role, 4);
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.role, 0);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    assert_eq!(app.role, 0, "in a pane, arrows move the pane's selection");
    assert_eq!(app.responsibilities.selected, 2);
    press(&mut app, KeyCode::End);
    assert_eq!(app.responsibilities.selected, 14);
    assert_eq!(
        app.responsibilities.offset, 5,
        "the selection stays in the 10 visible rows"
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.focus, Focus::Roles);
}

#[test]
fn changing_role_resets_pane_state() {
    let mut app = app();
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::PageDown);
    assert!(app.responsibilities.selected > 0);
    app.update(Action::SelectRole(3));
    assert_eq!(app.role, 3);
    assert_eq!(app.responsibilities, Cursor::default());
}

#[test]
fn filter_narrows_and_ranks_responsibilities() {
    let mut app = app();
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('/'));
    assert!(app.wants_text());
    type_text(&mut app, "kaiz");
    let role = &app.catalog.roles[app.role];
    let shown = app.visible_responsibilities();
    assert!(shown.len() < 15);
    assert!(
        role.responsibilities[shown[0]].starts_with("Perform Kaizen test"),
        "contiguous match first"
    );
    // q is text while typing, not quit.
    type_text(&mut app, "qq");
    assert!(!app.should_quit);
    assert!(app.visible_responsibilities().is_empty());
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Enter);
    assert!(!app.wants_text());
    assert_eq!(app.filter.as_ref().unwrap().query, "kaiz");
    press(&mut app, KeyCode::Esc);
    assert!(app.filter.is_none());
    assert_eq!(app.visible_responsibilities().len(), 15);
}

#[test]
fn multi_word_filter_in_any_order() {
    let mut app = app();
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "noc staff");
    let first = app.visible_responsibilities()[0];
    assert_eq!(
        app.catalog.roles[0].responsibilities[first],
        "Provide mentoring and career path development to NOC staff."
    );
}

#[test]
fn compare_walks_comparisons_and_opens_the_other_role() {
    let mut app = app();
    press(&mut app, KeyCode::Char('4'));
    let other = |app: &App| {
        app.catalog.roles[app.current_comparison().unwrap().other]
            .id
            .clone()
    };
    assert_eq!(other(&app), "general-manager-of-operations");
    press(&mut app, KeyCode::Right);
    assert_eq!(other(&app), "group-manager");
    press(&mut app, KeyCode::Char(']'));
    press(&mut app, KeyCode::Char('l'));
    assert_eq!(other(&app), "performance-manager");
    press(&mut app, KeyCode::Right);
    assert_eq!(other(&app), "general-manager-of-operations", "wraps around");
    press(&mut app, KeyCode::Left);
    assert_eq!(other(&app), "performance-manager");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.catalog.roles[app.role].id, "performance-manager");
    assert_eq!(app.pane, Pane::Overview);
    // The reverse comparison is there for the other role too.
    press(&mut app, KeyCode::Char('4'));
    assert_eq!(other(&app), "senior-operations-manager");
}

#[test]
fn help_overlay_opens_and_closes() {
    let mut app = app();
    press(&mut app, KeyCode::Char('?'));
    assert!(app.help.is_some());
    press(&mut app, KeyCode::Tab);
    assert_eq!(
        app.pane,
        Pane::Overview,
        "keys under the overlay do nothing"
    );
    press(&mut app, KeyCode::Esc);
    assert!(app.help.is_none());
    press(&mut app, KeyCode::Char('q'));
    assert!(app.should_quit);
}

#[test]
fn ctrl_c_quits_even_while_typing() {
    let mut app = app();
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('/'));
    let key = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    app.update(crate::tui::key_action(&app, key).unwrap());
    assert!(app.should_quit);
}

#[test]
fn skills_cursor_runs_over_hard_then_soft_skills() {
    let mut app = app();
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::End);
    assert_eq!(app.skills.selected, 9, "6 hard + 4 soft skills");
    app.update(Action::SelectRow(1));
    assert_eq!(app.skills.selected, 1);
    assert_eq!(app.hard_skills_by_share(), [0, 1, 2, 3, 4, 5]);
}

#[test]
fn overview_scroll_is_clamped_to_the_text() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    app.update(Action::Viewport {
        roles: 10,
        pane: 10,
        text: 25,
    });
    for _ in 0..40 {
        press(&mut app, KeyCode::Down);
    }
    assert_eq!(app.overview_scroll, 15);
}

#[test]
fn mouse_actions_select_roles_and_rows() {
    let mut app = app();
    app.update(Action::SelectRole(2));
    assert_eq!(app.role, 2);
    assert_eq!(app.focus, Focus::Roles);
    app.update(Action::SelectRole(99));
    assert_eq!(app.role, 4, "clamped to the last role");
    app.update(Action::GoPane(1));
    app.update(Action::SelectRow(0));
    assert_eq!(app.focus, Focus::Pane);
}

fn ctrl(app: &mut App, c: char) {
    let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
    if let Some(action) = crate::tui::key_action(app, key) {
        app.update(action);
    }
}

#[test]
fn palette_jump_lands_on_the_item_selected() {
    let mut app = app();
    ctrl(&mut app, 'p');
    assert!(app.palette.is_some() && app.wants_text());
    type_text(&mut app, "kaizen");
    let palette = app.palette.as_ref().unwrap();
    // "kaizen" scattered across a sentence about sortation is no match.
    assert_eq!(palette.matched, 1);
    press(&mut app, KeyCode::Enter);
    assert!(app.palette.is_none());
    assert_eq!(app.pane, Pane::Responsibilities);
    assert_eq!(app.focus, Focus::Pane);
    assert_eq!(app.responsibilities.selected, 12);
    assert!(app.catalog.roles[app.role].responsibilities[12].starts_with("Perform Kaizen"));
}

#[test]
fn palette_jumps_to_skills_and_comparisons() {
    let mut app = app();
    press(&mut app, KeyCode::Char('/'));
    assert!(
        app.palette.is_some(),
        "/ outside Responsibilities opens the palette"
    );
    type_text(&mut app, "Logistics");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.pane, Pane::Skills);
    assert_eq!(app.skills.selected, 5);

    ctrl(&mut app, 'p');
    type_text(&mut app, "client facing");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.pane, Pane::Compare);
    let other = app.current_comparison().unwrap().other;
    assert_eq!(app.catalog.roles[other].id, "group-manager");
}

#[test]
fn palette_esc_closes_and_keys_are_text() {
    let mut app = app();
    ctrl(&mut app, 'p');
    type_text(&mut app, "q?1");
    assert!(!app.should_quit && app.help.is_none());
    assert_eq!(app.palette.as_ref().unwrap().query, "q?1");
    press(&mut app, KeyCode::Esc);
    assert!(app.palette.is_none());
    assert_eq!(app.pane, Pane::Overview);
}

#[test]
fn compare_with_any_role_from_the_picker() {
    let mut app = App::new(Catalog::embedded().unwrap());
    app.update(Action::Viewport {
        roles: 10,
        pane: 10,
        text: 100,
    });
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Char('c'));
    type_text(&mut app, "registered nurses");
    press(&mut app, KeyCode::Enter);
    let view = app.current_comparison().unwrap();
    assert_eq!(app.catalog.roles[view.other].title, "Registered Nurses");
    assert!(!view.authored);
    assert_eq!(app.comparison, 0, "the picked role comes first");
    // The authored comparisons are still one key away.
    press(&mut app, KeyCode::Right);
    let other = app.current_comparison().unwrap().other;
    assert_eq!(app.catalog.roles[other].id, "general-manager-of-operations");
}

#[test]
fn palette_ranks_more_as_the_selection_moves_down() {
    let mut app = App::new(Catalog::embedded().unwrap());
    app.update(Action::Viewport {
        roles: 10,
        pane: 20,
        text: 100,
    });
    ctrl(&mut app, 'p');
    type_text(&mut app, "e");
    let palette = app.palette.as_ref().unwrap();
    assert!(palette.matched > 200, "{}", palette.matched);
    assert_eq!(palette.hits.len(), palette::SHOWN);
    for _ in 0..10 {
        press(&mut app, KeyCode::PageDown);
    }
    let palette = app.palette.as_ref().unwrap();
    assert!(
        palette.cursor.selected >= 190,
        "{}",
        palette.cursor.selected
    );
    assert!(palette.hits.len() > palette.cursor.selected);
}

#[test]
fn the_wheel_scrolls_the_pane_under_it_not_the_roles() {
    let mut app = app();
    assert_eq!(app.focus, Focus::Roles);
    app.update(Action::Viewport {
        roles: 10,
        pane: 10,
        text: 40,
    });
    app.update(Action::Scroll {
        roles: false,
        by: 3,
    });
    assert_eq!(app.role, 0, "the role stays");
    assert_eq!(app.overview_scroll, 3);
    app.update(Action::Scroll { roles: true, by: 3 });
    assert_eq!(
        app.role, 3,
        "over the role list the wheel moves the selection"
    );
    app.update(Action::Scroll { roles: true, by: 3 });
    assert_eq!(app.role, 4, "clamped to the last role");
}
