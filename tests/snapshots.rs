//! Every pane of the explorer on the embedded catalog at 80×24 and 120×40, and the role list
//! (grouped, sorted, filtered) and wide layouts at 80×24 and 200×60, drawn through ratatui's
//! TestBackend. The snapshots in tests/snapshots/ are reviewed, committed files.

use career_explorer::explorer::offscreen::render;
use career_explorer::explorer::testing::{embedded, empty, seed};
use career_explorer::explorer::{Action, App, PaneId};

fn app(pane: PaneId) -> App {
    embedded().open(0, pane)
}

fn snapshot(name: &str, app: &mut App) {
    snapshot_at(name, app, &[(80, 24), (120, 40)]);
}

/// At the project's two sizes for new screens: 80×24 and 200×60.
fn snapshot_wide(name: &str, app: &mut App) {
    snapshot_at(name, app, &[(80, 24), (200, 60)]);
}

fn snapshot_at(name: &str, app: &mut App, sizes: &[(u16, u16)]) {
    for &(width, height) in sizes {
        insta::assert_snapshot!(
            format!("{name}_{width}x{height}"),
            render(app, width, height)
        );
    }
}

#[test]
fn overview() {
    snapshot("overview", &mut app(PaneId::Overview));
}

#[test]
fn responsibilities() {
    snapshot("responsibilities", &mut app(PaneId::Responsibilities));
}

#[test]
fn responsibilities_with_a_live_query() {
    let mut app = app(PaneId::Responsibilities);
    app.update(Action::FilterResponsibilities);
    app.update(Action::Insert("manage".into()));
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("/ manage█"), "{screen}");
    snapshot("responsibilities_query", &mut app);
}

#[test]
fn skills() {
    snapshot("skills", &mut app(PaneId::Skills));
}

#[test]
fn skills_soft_skill_selected() {
    let mut app = app(PaneId::Skills);
    app.update(Action::NextChart);
    let screen = render(&mut app, 120, 40);
    assert!(screen.contains("liaised with fda"), "{screen}");
    snapshot("skills_soft", &mut app);
}

#[test]
fn compare() {
    snapshot("compare", &mut app(PaneId::Compare));
}

#[test]
fn compare_group_manager() {
    let mut app = app(PaneId::Compare);
    app.update(Action::NextComparison);
    snapshot("compare_group", &mut app);
}

#[test]
fn help_overlay() {
    let mut app = app(PaneId::Overview);
    app.update(Action::ShowHelp);
    snapshot("help", &mut app);
}

#[test]
fn too_small() {
    let mut app = app(PaneId::Overview);
    insta::assert_snapshot!("too_small_30x6", render(&mut app, 30, 6));
    assert_eq!(
        render(&mut app, 1, 1),
        "E\n",
        "the first letter of the notice, nothing broken"
    );
}

#[test]
fn search_palette() {
    let mut app = app(PaneId::Overview);
    app.update(Action::OpenSearch);
    app.update(Action::Insert("manage staff".into()));
    let screen = render(&mut app, 120, 40);
    assert!(screen.contains("> manage staff█"), "{screen}");
    snapshot("palette", &mut app);
}

#[test]
fn compare_picked_role() {
    let mut app = app(PaneId::Compare);
    app.update(Action::PickRoleToCompare);
    app.update(Action::Insert("software developers".into()));
    insta::assert_snapshot!("picker_120x40", render(&mut app, 120, 40));
    app.update(Action::Confirm);
    let screen = render(&mut app, 120, 40);
    assert!(
        screen.contains("Senior Operations Manager  vs  Software Developers"),
        "{screen}"
    );
    snapshot("compare_any", &mut app);
}

#[test]
fn an_empty_catalog_draws_an_empty_state() {
    let mut app = empty();
    for action in [
        Action::MoveDown,
        Action::NextPane,
        Action::OpenPane,
        Action::OpenSearch,
        Action::ShowHelp,
        Action::PickRoleToCompare,
        Action::ToggleShortlist,
        Action::ShowShortlist,
        Action::HistoryBack,
        Action::SelectRole(0),
        Action::ScrollPane(3),
    ] {
        app.update(action);
    }
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("The catalog has no roles"), "{screen}");
    assert!(screen.contains("q quit"), "{screen}");
    insta::assert_snapshot!("empty_80x24", screen);
}

fn role(app: &App, id: &str) -> usize {
    app.catalog().index_of(id).unwrap()
}

#[test]
fn roles_grouped_by_occupation_group() {
    // A new app per size: a jump is centred by the first layout after it.
    let grouped = || {
        let app = embedded();
        let nurses = role(&app, "registered-nurses");
        let mut app = app.open(nurses, PaneId::Overview);
        app.update(Action::GroupRoles);
        app
    };
    let screen = render(&mut grouped(), 80, 24);
    assert!(screen.contains("─ Healthcare Practit… ╯"), "{screen}");
    assert!(screen.contains("▶ Registered Nurses"), "{screen}");
    let row = screen
        .lines()
        .position(|l| l.contains("▶ Registered Nurses"));
    assert_eq!(row, Some(11), "in the middle of the list:\n{screen}");
    insta::assert_snapshot!("roles_grouped_80x24", screen);
    insta::assert_snapshot!("roles_grouped_200x60", render(&mut grouped(), 200, 60));
}

#[test]
fn roles_sorted_by_median_wage() {
    let mut app = app(PaneId::Overview);
    app.update(Action::SortRoles);
    app.update(Action::SortRoles);
    let screen = render(&mut app, 200, 60);
    assert!(screen.contains("by median wage ↓"), "{screen}");
    assert!(screen.contains("not in source ─"), "{screen}");
    snapshot_wide("roles_sorted", &mut app);
}

#[test]
fn roles_filtered_while_typing() {
    let mut app = app(PaneId::Overview);
    app.update(Action::FilterRoles);
    app.update(Action::Insert("nurse".into()));
    let screen = render(&mut app, 200, 60);
    assert!(screen.contains("Roles / nurse█"), "{screen}");
    assert!(screen.contains(" of 1,021 "), "{screen}");
    snapshot_wide("roles_filtered", &mut app);
    // A role kept for its code (or another title) says so.
    app.update(Action::ClearQuery);
    app.update(Action::Insert("29-1141".into()));
    let screen = render(&mut app, 120, 40);
    assert!(
        screen.contains("▶ Registered Nurses · 29-1141.00"),
        "{screen}"
    );
}

#[test]
fn roles_filter_matching_nothing() {
    let mut app = app(PaneId::Overview);
    app.update(Action::FilterRoles);
    app.update(Action::Insert("zzz".into()));
    app.update(Action::Confirm);
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("nothing matches \"zzz\""), "{screen}");
    assert!(
        screen.contains("Senior Operations Manager"),
        "the role shown stays: {screen}"
    );
    insta::assert_snapshot!("roles_filtered_nothing_80x24", screen);
}

#[test]
fn wide_layout() {
    // The role list grows to its longest title: no title is cut at 200 columns.
    let mut app = app(PaneId::Overview);
    let screen = render(&mut app, 200, 60);
    let list: Vec<&str> = screen.lines().skip(2).take(57).collect();
    assert!(
        list.iter()
            .all(|l| !l.split('╮').next().unwrap().contains('…')),
        "{screen}"
    );
    let app = embedded();
    let longest = (0..app.catalog().roles.len())
        .max_by_key(|&r| app.catalog().roles[r].title.len())
        .unwrap();
    let title = app.catalog().roles[longest].title.clone();
    let mut app = app.open(longest, PaneId::Overview);
    let screen = render(&mut app, 200, 60);
    assert!(screen.contains(&format!("▶ {title}")), "{screen}");
    insta::assert_snapshot!("wide_overview_200x60", render(&mut embedded(), 200, 60));

    // Prose keeps a readable measure on a wide pane; the detail of a responsibility goes beside
    // the list.
    let mut app = seed().open(0, PaneId::Responsibilities);
    let screen = render(&mut app, 200, 60);
    assert!(
        screen.contains("15 of 15  │ Organize efforts of team"),
        "{screen}"
    );
    insta::assert_snapshot!("wide_responsibilities_200x60", screen);
    let mut app = seed().open(0, PaneId::Compare);
    let screen = render(&mut app, 200, 60);
    let widest = screen.lines().skip(2).take(57).map(|line| {
        let pane = line.split_once("││").map_or("", |(_, pane)| pane);
        pane.trim_end_matches(['│', '┃', ' ']).chars().count()
    });
    assert_eq!(
        widest.max(),
        Some(111),
        "110 columns of text and a margin:\n{screen}"
    );
    insta::assert_snapshot!("wide_compare_200x60", screen);
}

/// A US occupation's pane, opened afresh for each size (a jump is centred by the first layout).
fn occupation(id: &str, pane: PaneId) -> App {
    let app = embedded();
    let index = role(&app, id);
    app.open(index, pane)
}

/// At 80×24, 160×48 and 200×60, each drawn from a fresh app made by `make`.
fn snapshot_three(name: &str, make: impl Fn() -> App) {
    for (width, height) in [(80, 24), (160, 48), (200, 60)] {
        insta::assert_snapshot!(
            format!("{name}_{width}x{height}"),
            render(&mut make(), width, height)
        );
    }
}

#[test]
fn skills_of_a_us_occupation_each_chart() {
    for (chart, name) in ["skills", "knowledge", "work_styles", "technology"]
        .iter()
        .enumerate()
    {
        let make = || {
            let mut app = occupation("registered-nurses", PaneId::Skills);
            for _ in 0..chart {
                app.update(Action::NextChart);
            }
            app
        };
        snapshot_three(&format!("skills_nurses_{name}"), make);
    }
}

#[test]
fn skills_of_an_occupation_o_net_does_not_rate() {
    let make = || occupation("software-developers", PaneId::Skills);
    let screen = render(&mut make(), 200, 60);
    assert!(
        screen.contains("O*NET 29.3 has no skills or knowledge for this occupation."),
        "{screen}"
    );
    snapshot_wide("skills_developers", &mut make());
    let mut app = make();
    app.update(Action::PreviousChart);
    let screen = render(&mut app, 200, 60);
    assert!(
        screen.contains("O*NET 29.3 has no skills or knowledge for this occupation."),
        "on the Knowledge chart too:\n{screen}"
    );
}

#[test]
fn compare_a_us_occupation_with_its_related_occupations() {
    let make = || occupation("registered-nurses", PaneId::Compare);
    let screen = render(&mut make(), 200, 60);
    assert!(
        screen.contains("Registered Nurses  vs  Acute Care Nurses"),
        "{screen}"
    );
    assert!(screen.contains("[ 1 of 20 ]"), "{screen}");
    snapshot_three("compare_nurses", make);
}

#[test]
fn compare_with_a_chosen_state() {
    let make = || {
        let mut app = occupation("electricians", PaneId::Compare);
        app.set_wage_state(Some("TX".into()));
        // Plumbers, Pipefitters, and Steamfitters: the third related occupation.
        app.update(Action::NextComparison);
        app.update(Action::NextComparison);
        app
    };
    let screen = render(&mut make(), 200, 60);
    assert!(screen.contains("Median wage, Texas"), "{screen}");
    assert!(screen.contains("$58,570"), "{screen}");
    snapshot_wide("compare_electricians_texas", &mut make());
}
