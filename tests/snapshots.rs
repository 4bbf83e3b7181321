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

/// A frame as text with every run of highlighted (underlined) cells in brackets, as the design
/// sketches show matched letters: `Perform [K]a[iz]en test`.
fn render_marked(app: &mut App, width: u16, height: u16) -> String {
    use ratatui::style::Modifier;
    use unicode_width::UnicodeWidthStr;
    let buffer = career_explorer::explorer::offscreen::draw(app, width, height);
    let mut out = String::new();
    for y in 0..height {
        let mut line = String::new();
        let mut marked = false;
        let mut skip = 0;
        for x in 0..width {
            let cell = &buffer[(x, y)];
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let matched = cell.modifier.contains(Modifier::UNDERLINED);
            if matched != marked {
                line.push(if matched { '[' } else { ']' });
                marked = matched;
            }
            line.push_str(cell.symbol());
            skip = cell.symbol().width().saturating_sub(1);
        }
        if marked {
            line.push(']');
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The explorer on Registered Nurses (29-1141.00: 15 Core and 12 Supplemental tasks).
fn nurses(pane: PaneId) -> App {
    let app = embedded();
    let nurses = role(&app, "registered-nurses");
    app.open(nurses, pane)
}

#[test]
fn responsibilities_of_an_occupation_by_task_type() {
    let mut app = nurses(PaneId::Responsibilities);
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("│ Tasks (27)  / to filter"), "{screen}");
    assert!(screen.contains("│ Core ─────"), "{screen}");
    assert!(
        screen.contains("│ ▶ Record patients' medical information"),
        "{screen}"
    );
    let wide = render(&mut app, 200, 60);
    assert!(wide.contains("│ Supplemental ─────"), "{wide}");
    snapshot_wide("responsibilities_nurses", &mut app);
}

#[test]
fn responsibilities_filter_shows_a_match_at_the_end_of_a_long_task() {
    let mut app = nurses(PaneId::Responsibilities);
    app.update(Action::FilterResponsibilities);
    app.update(Action::Insert("anesthe".into()));
    let screen = render_marked(&mut app, 60, 24);
    // Both tasks end in the match, far past what a row shows from their start.
    assert!(
        screen.contains("│ ▶ …local, inhalation, intravenous, or other [anesthe]tics."),
        "{screen}"
    );
    assert!(screen.contains("during [anesthe]sia."), "{screen}");
    assert!(screen.contains("Tasks / anesthe█"), "{screen}");
    insta::assert_snapshot!("responsibilities_match_at_end_60x24", screen);
    insta::assert_snapshot!(
        "responsibilities_match_at_end_200x60",
        render_marked(&mut app, 200, 60)
    );
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
fn palette_says_which_other_name_a_role_was_found_by() {
    let mut app = nurses(PaneId::Overview);
    app.update(Action::OpenSearch);
    app.update(Action::Insert("er nurse".into()));
    let screen = render_marked(&mut app, 80, 24);
    assert!(
        screen.contains("Registered Nurses · also called [ER] [Nurse]"),
        "{screen}"
    );
    insta::assert_snapshot!("palette_also_called_80x24", screen);
    insta::assert_snapshot!(
        "palette_also_called_200x60",
        render_marked(&mut app, 200, 60)
    );
}

#[test]
fn palette_names_the_kind_and_role_of_each_hit() {
    let mut app = nurses(PaneId::Overview);
    app.update(Action::OpenSearch);
    app.update(Action::Insert("intravenous".into()));
    let screen = render_marked(&mut app, 80, 24);
    assert!(screen.contains(" of "), "{screen}");
    insta::assert_snapshot!("palette_kinds_80x24", screen);
    insta::assert_snapshot!("palette_kinds_200x60", render_marked(&mut app, 200, 60));
}

#[test]
fn role_picker() {
    let mut app = nurses(PaneId::Compare);
    app.update(Action::PickRoleToCompare);
    app.update(Action::Insert("rn".into()));
    let screen = render_marked(&mut app, 80, 24);
    assert!(
        screen.contains("Compare Registered Nurses with…"),
        "{screen}"
    );
    insta::assert_snapshot!("picker_80x24", screen);
    insta::assert_snapshot!("picker_200x60", render_marked(&mut app, 200, 60));
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
    // The role list takes 30% of a wide terminal (60 columns at 200): the seed's titles and
    // most occupations' are whole; a longer one is cut in the list and whole in the header.
    let mut app = app(PaneId::Overview);
    let screen = render(&mut app, 200, 60);
    let list: Vec<&str> = screen.lines().skip(2).take(8).collect();
    assert!(
        list.iter()
            .all(|l| !l.split('╮').next().unwrap().contains('…')),
        "{screen}"
    );
    let list_edge = screen
        .lines()
        .nth(1)
        .unwrap()
        .chars()
        .position(|c| c == '╮');
    assert_eq!(list_edge, Some(59), "{screen}");
    let app = embedded();
    let longest = (0..app.catalog().roles.len())
        .max_by_key(|&r| app.catalog().roles[r].title.len())
        .unwrap();
    let title = app.catalog().roles[longest].title.clone();
    let mut app = app.open(longest, PaneId::Overview);
    let screen = render(&mut app, 200, 60);
    assert!(screen.lines().next().unwrap().contains(&title), "{screen}");
    assert!(line_with(&screen, "▶ ").contains('…'), "{screen}");
    insta::assert_snapshot!("wide_overview_200x60", render(&mut embedded(), 200, 60));

    // Prose keeps a readable measure on a wide pane; the detail of a responsibility goes beside
    // the list.
    let mut app = seed().open(0, PaneId::Responsibilities);
    let screen = render(&mut app, 200, 60);
    assert!(
        screen
            .lines()
            .any(|l| l.contains("Responsibilities (15)  / to filter")
                && l.contains("│ Organize efforts of team")),
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

/// A US occupation's Overview, opened from the role list as a user would.
fn occupation(id: &str) -> App {
    let app = embedded();
    let index = role(&app, id);
    app.open(index, PaneId::Overview)
}

/// The line of `screen` holding `text`.
fn line_with<'a>(screen: &'a str, text: &str) -> &'a str {
    screen
        .lines()
        .find(|l| l.contains(text))
        .unwrap_or_else(|| panic!("no {text:?} in\n{screen}"))
}

#[test]
fn overview_registered_nurses() {
    let screen = render(&mut occupation("registered-nurses"), 80, 24);
    assert!(
        screen.contains(" Registered Nurses  29-1141.00 "),
        "{screen}"
    );
    assert!(
        line_with(&screen, "Median a year").contains("$97,550"),
        "{screen}"
    );
    assert!(
        line_with(&screen, "Median an hour").contains("$46.90"),
        "{screen}"
    );
    assert!(
        screen.contains("+136 more"),
        "a few other names, not 138: {screen}"
    );
    // Wide: the role list a bounded share, pay beside the outlook, everything on one screen.
    let screen = render(&mut occupation("registered-nurses"), 200, 60);
    let pay = line_with(&screen, "Pay (BLS OEWS May 2025)");
    assert!(pay.contains("Job outlook 2024–34"), "{screen}");
    assert_eq!(pay.find("│ Pay").map(|at| at < 70), Some(true), "{pay}");
    assert!(
        line_with(&screen, "Job Zone 4 of 5").contains("Interests"),
        "{screen}"
    );
    assert!(
        screen.contains("Source O*NET 30.1 and 29.3 (U.S. Department of Labor"),
        "{screen}"
    );
    assert!(
        screen.contains("O*NET 30.1; skills and knowledge O*NET 29.3; BLS OEWS May 2025; BLS Employment Projections 2024–34"),
        "{screen}"
    );
    snapshot_at(
        "overview_registered_nurses",
        &mut occupation("registered-nurses"),
        &[(80, 24), (160, 48), (200, 60)],
    );
}

#[test]
fn overview_electricians_in_texas() {
    let texas = || {
        let mut app = occupation("electricians");
        app.set_wage_state(Some("TX".into()));
        app
    };
    let screen = render(&mut texas(), 200, 60);
    assert!(screen.contains("Wages: Texas · O*NET 30.1"), "{screen}");
    assert!(
        screen.contains("Pay in Texas (BLS OEWS May 2025)"),
        "{screen}"
    );
    let median = line_with(&screen, "Median a year");
    let (texas_at, nation_at) = (median.find("$58,570"), median.find("$63,190"));
    assert!(texas_at < nation_at && texas_at.is_some(), "{median}");
    assert!(
        line_with(&screen, "Outlook ").contains("Growing"),
        "{screen}"
    );
    assert!(
        screen.contains("growing from +5% to under +10%"),
        "the rule: {screen}"
    );
    snapshot_at(
        "overview_electricians_texas",
        &mut texas(),
        &[(80, 24), (200, 60)],
    );
}

#[test]
fn overview_actors_hourly() {
    let screen = render(&mut occupation("actors"), 200, 60);
    assert!(
        line_with(&screen, "Median an hour").contains("$29.05"),
        "{screen}"
    );
    assert!(!screen.contains("Median a year"), "{screen}");
    snapshot_at(
        "overview_actors",
        &mut occupation("actors"),
        &[(80, 24), (200, 60)],
    );
}

#[test]
fn overview_software_developers() {
    let screen = render(&mut occupation("software-developers"), 200, 60);
    assert!(
        line_with(&screen, "Median a year").contains("$"),
        "{screen}"
    );
    snapshot_at(
        "overview_software_developers",
        &mut occupation("software-developers"),
        &[(80, 24), (200, 60)],
    );
}

#[test]
fn overview_seed_role_links_its_nearest_occupation() {
    let screen = render(&mut app(PaneId::Overview), 200, 60);
    assert!(
        screen.contains(
            "Nearest US occupation General and Operations Managers (11-1021.00) · press o"
        ),
        "{screen}"
    );
    // The key follows the link, remembered for back.
    let mut app = app(PaneId::Overview);
    app.update(Action::OpenNearestOccupation);
    let screen = render(&mut app, 80, 24);
    assert!(
        screen.contains(" General and Operations Managers  11-1021.00"),
        "{screen}"
    );
    app.update(Action::HistoryBack);
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains(" Senior Operations Manager "), "{screen}");
}

#[test]
fn state_picker() {
    let mut app = occupation("electricians");
    app.update(Action::PickWageState);
    let screen = render(&mut app, 80, 24);
    assert!(
        screen.contains("US  United States · national figures only ✓ shown"),
        "{screen}"
    );
    app.update(Action::Insert("tex".into()));
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("> tex█"), "{screen}");
    assert!(screen.contains("▶ TX  Texas"), "{screen}");
    insta::assert_snapshot!("state_picker_80x24", screen);
    app.update(Action::Confirm);
    assert_eq!(app.wage_state(), Some("TX"));
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("Wages: Texas"), "{screen}");
    assert!(screen.contains("Pay in Texas"), "{screen}");
    // "United States" takes the choice back.
    app.update(Action::PickWageState);
    app.update(Action::Insert("united".into()));
    app.update(Action::Confirm);
    assert_eq!(app.wage_state(), None);
    let screen = render(&mut app, 80, 24);
    assert!(!screen.contains("Texas"), "{screen}");
}

/// A US occupation's pane, opened afresh for each size (a jump is centred by the first layout).
fn occupation_in(id: &str, pane: PaneId) -> App {
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
            let mut app = occupation_in("registered-nurses", PaneId::Skills);
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
    let make = || occupation_in("software-developers", PaneId::Skills);
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
    let make = || occupation_in("registered-nurses", PaneId::Compare);
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
        let mut app = occupation_in("electricians", PaneId::Compare);
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

/// Registered Nurses with Nurse Practitioners kept as a column and Licensed Practical Nurses
/// walked to: three columns; `four` keeps those and walks on to Nurse Anesthetists (whose top
/// wages the source caps).
fn nurses_several(four: bool) -> App {
    let mut app = occupation_in("registered-nurses", PaneId::Compare);
    app.update(Action::NextComparison);
    app.update(Action::PinComparison);
    for _ in 0..3 {
        app.update(Action::NextComparison);
    }
    if four {
        app.update(Action::PinComparison);
        for _ in 0..3 {
            app.update(Action::NextComparison);
        }
    }
    app
}

#[test]
fn compare_several_roles_as_columns() {
    for (four, name) in [(false, "compare_three"), (true, "compare_four")] {
        let make = || nurses_several(four);
        let wide = render(&mut make(), 160, 48);
        line_with(
            &wide,
            "Registered Nurses  +  Nurse Practitioners  +  Licensed",
        );
        let count = if four { 4 } else { 3 };
        line_with(&wide, &format!("{count} roles, {} kept", count - 2));
        // Nurse Anesthetists' band (median $236,590) only with four columns.
        assert!(wide.contains("├"), "{wide}");
        assert_eq!(wide.contains("$236,590"), four, "{wide}");
        // The shared axis: a band row per role, the medians at their ends.
        assert!(line_with(&wide, "├").contains("$97,550"), "{wide}");
        assert!(
            !wide.contains("columns 1–2"),
            "all columns fit at 160×48:\n{wide}"
        );
        // At 80 columns (the role list folded away) three fit; the fourth scrolls in.
        let narrow = render(&mut make(), 80, 24);
        assert_eq!(
            narrow.contains(&format!("columns 1–3 of {count}")),
            four,
            "{narrow}"
        );
        let narrower = render(&mut make(), 60, 24);
        assert!(
            narrower.contains(&format!("1–2 of {count} (< >)")),
            "{narrower}"
        );
        for (width, height) in [(80, 24), (160, 48)] {
            insta::assert_snapshot!(
                format!("{name}_{width}x{height}"),
                render(&mut make(), width, height)
            );
        }
    }
}

#[test]
fn compare_several_draws_the_chosen_state_s_wage_bands() {
    let mut app = occupation_in("electricians", PaneId::Compare);
    app.set_wage_state(Some("TX".into()));
    // Plumbers, Pipefitters, and Steamfitters is the third related occupation: kept, then
    // one more walked to.
    app.update(Action::NextComparison);
    app.update(Action::NextComparison);
    app.update(Action::PinComparison);
    app.update(Action::NextComparison);
    let screen = render(&mut app, 160, 48);
    line_with(&screen, "Wages, Texas figures");
    // ("TX", 76770, 59280, 37920, 46670, 58570, ...) for 47-2111 and
    // ("TX", 44090, 60780, 38270, 47380, 59840, ...) for 47-2152: the medians end the bands.
    let electricians = line_with(&screen, "$58,570┃");
    assert!(electricians.contains("││ Electricians  "), "{screen}");
    assert!(electricians.contains('●'), "{screen}");
    let plumbers = line_with(&screen, "$59,840┃");
    assert!(plumbers.contains('●'), "{screen}");
    assert!(screen.contains("Median wage, Texas"), "{screen}");
}

#[test]
fn next_moves_of_registered_nurses() {
    let make = || occupation_in("registered-nurses", PaneId::Moves);
    let screen = render(&mut make(), 160, 48);
    assert!(
        line_with(&screen, "Next moves from Registered Nurses").contains("national median $97,550"),
        "{screen}"
    );
    let screen = render(&mut make(), 80, 24);
    // Most similar first, the role itself left out, O*NET's related occupations marked.
    let first = line_with(&screen, "▶ 0.92");
    assert!(
        first.contains("Acute Care Nu") && first.contains("●"),
        "{screen}"
    );
    assert!(
        !screen.contains("▶ 1.00") && !screen.contains(" 1.00  "),
        "{screen}"
    );
    assert!(
        screen.contains("to build: Education and Training"),
        "{screen}"
    );
    assert!(screen.contains("Similarity: cosine"), "{screen}");
    for (width, height) in [(80, 24), (160, 48)] {
        insta::assert_snapshot!(
            format!("moves_nurses_{width}x{height}"),
            render(&mut make(), width, height)
        );
    }
    // Higher pay and growing: every row gains and grows.
    let mut app = make();
    app.update(Action::ToggleHigherPay);
    app.update(Action::ToggleGrowing);
    let screen = render(&mut app, 160, 48);
    assert!(
        screen.contains("p ✓ higher pay  u ✓ growing  z same zone or lower"),
        "{screen}"
    );
    let rows: Vec<&str> = screen.lines().filter(|l| l.contains("  0.")).collect();
    assert!(rows.len() > 10, "{screen}");
    for row in rows {
        assert!(row.contains("+$"), "{row}");
    }
    insta::assert_snapshot!("moves_nurses_higher_pay_growing_160x48", screen);
    // With a state chosen, its wages: the title says which.
    let mut app = make();
    app.set_wage_state(Some("TX".into()));
    let screen = render(&mut app, 160, 48);
    let title = line_with(&screen, "Next moves from Registered Nurses");
    assert!(title.contains("median in Texas $"), "{screen}");
    assert!(
        !title.contains("$97,550"),
        "not the national median: {screen}"
    );
}

#[test]
fn next_moves_of_a_career_page_role_and_of_an_unrated_occupation() {
    let mut app = embedded().open(0, PaneId::Moves);
    let screen = render(&mut app, 80, 24);
    assert!(
        screen.contains(
            "Next moves from Senior Operations Manager · national median $105,770 · rated"
        ),
        "{screen}"
    );
    // O*NET 29.3 does not rate Software Developers: its most related rated occupation stands in.
    let screen = render(
        &mut occupation_in("software-developers", PaneId::Moves),
        80,
        24,
    );
    assert!(
        screen.contains("Next moves from Software Developers · national median $135,980 · rated"),
        "{screen}"
    );
    let mut app = occupation_in("managers-all-other", PaneId::Moves);
    let screen = render(&mut app, 80, 24);
    assert!(
        screen.contains("Neither Managers, All Other nor any of its related occupations"),
        "{screen}"
    );
    insta::assert_snapshot!("moves_unrated_80x24", screen);
}

#[test]
fn skills_matcher_after_rating_three_skills() {
    let empty = render(&mut occupation_in("electricians", PaneId::Matcher), 80, 24);
    assert!(empty.contains("0 of 35 rated"), "{empty}");
    assert!(empty.contains("Rate a few skills"), "{empty}");
    let make = || {
        let mut app = occupation_in("electricians", PaneId::Matcher);
        render(&mut app, 80, 24);
        // Reading Comprehension 3, Mathematics 5 (four down), Science 4 with → from 3.
        app.update(Action::Rate(3));
        for _ in 0..4 {
            app.update(Action::MoveDown);
        }
        app.update(Action::Rate(5));
        app.update(Action::MoveDown);
        app.update(Action::Rate(3));
        app.update(Action::RateUp);
        app
    };
    let screen = render(&mut make(), 80, 24);
    assert!(screen.contains("3 of 35 rated"), "{screen}");
    assert!(
        line_with(&screen, "Mathematics").contains("●●●●●"),
        "{screen}"
    );
    assert!(line_with(&screen, "Science").contains("●●●●·"), "{screen}");
    assert!(screen.contains("gaps:"), "{screen}");
    for (width, height) in [(80, 24), (160, 48)] {
        insta::assert_snapshot!(
            format!("matcher_three_skills_{width}x{height}"),
            render(&mut make(), width, height)
        );
    }
    // Starting from the role fills the ratings from its levels; clearing empties them. Each
    // replaces every rating, so each asks once more.
    let mut app = make();
    app.update(Action::StartFromRole);
    assert!(render(&mut app, 160, 48).contains("3 ratings kept: press f again to replace them"));
    app.update(Action::StartFromRole);
    let screen = render(&mut app, 160, 48);
    assert!(screen.contains("34 of 35 rated"), "{screen}");
    app.update(Action::ClearProfile);
    assert!(render(&mut app, 80, 24).contains("34 ratings kept: press x again to clear them"));
    app.update(Action::ClearProfile);
    assert!(render(&mut app, 80, 24).contains("0 of 35 rated"));
}
