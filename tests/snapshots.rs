//! Every pane of the explorer on the embedded catalog at 80×24 and 120×40, drawn through
//! ratatui's TestBackend. The snapshots in tests/snapshots/ are reviewed, committed files.

use career_explorer::app::{Action, App, Pane};
use career_explorer::catalog::Catalog;
use career_explorer::commands::render::render;

fn app(pane: Pane) -> App {
    let mut app = App::new(Catalog::embedded().unwrap()).open(0, pane);
    app.color = false;
    app
}

fn snapshot(name: &str, app: &App) {
    for (width, height) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(
            format!("{name}_{width}x{height}"),
            render(app, width, height)
        );
    }
}

#[test]
fn overview() {
    snapshot("overview", &app(Pane::Overview));
}

#[test]
fn responsibilities() {
    snapshot("responsibilities", &app(Pane::Responsibilities));
}

#[test]
fn responsibilities_with_a_live_query() {
    let mut app = app(Pane::Responsibilities);
    app.update(Action::Search);
    for c in "manage".chars() {
        app.update(Action::Input(c));
    }
    let screen = render(&app, 80, 24);
    assert!(screen.contains("/ manage█"), "{screen}");
    snapshot("responsibilities_query", &app);
}

#[test]
fn skills() {
    snapshot("skills", &app(Pane::Skills));
}

#[test]
fn skills_soft_skill_selected() {
    let mut app = app(Pane::Skills);
    app.update(Action::SelectRow(6));
    let screen = render(&app, 120, 40);
    assert!(screen.contains("liaised with fda"), "{screen}");
    snapshot("skills_soft", &app);
}

#[test]
fn compare() {
    snapshot("compare", &app(Pane::Compare));
}

#[test]
fn compare_group_manager() {
    let mut app = app(Pane::Compare);
    app.update(Action::Right);
    snapshot("compare_group", &app);
}

#[test]
fn help_overlay() {
    let mut app = app(Pane::Overview);
    app.update(Action::Help);
    snapshot("help", &app);
}

#[test]
fn too_small() {
    let app = app(Pane::Overview);
    insta::assert_snapshot!("too_small_30x6", render(&app, 30, 6));
    assert_eq!(
        render(&app, 1, 1),
        "E\n",
        "the first letter of the notice, nothing broken"
    );
}

#[test]
fn search_palette() {
    let mut app = app(Pane::Overview);
    app.update(Action::Palette);
    for c in "manage staff".chars() {
        app.update(Action::Input(c));
    }
    let screen = render(&app, 120, 40);
    assert!(screen.contains("> manage staff█"), "{screen}");
    snapshot("palette", &app);
}

#[test]
fn compare_picked_role() {
    let mut app = app(Pane::Compare);
    app.update(Action::PickOther);
    for c in "software developers".chars() {
        app.update(Action::Input(c));
    }
    insta::assert_snapshot!("picker_120x40", render(&app, 120, 40));
    app.update(Action::Accept);
    let screen = render(&app, 120, 40);
    assert!(
        screen.contains("Senior Operations Manager  vs  Software Developers"),
        "{screen}"
    );
    snapshot("compare_any", &app);
}
