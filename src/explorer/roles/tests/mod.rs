//! The role list, actions in and state out: the shortlist, the filter, sorting and grouping.

use std::collections::BTreeSet;

use ratatui::layout::Rect;

use super::arrange::{Row, SORTS, Section};
use super::{RoleList, SavedList};
use crate::catalog::{Catalog, OCCUPATION_GROUPS};
use crate::explorer::action::Action;
use crate::explorer::component::{Flow, Request};
use crate::explorer::keymap::Context;
use crate::explorer::testing::{embedded, seed};
use crate::explorer::widgets::input::MAX_QUERY;

mod filter;

/// A role list over `catalog` showing 20 rows.
fn list(catalog: &Catalog) -> RoleList {
    let mut roles = RoleList::new(catalog);
    roles.layout(Rect::new(0, 0, 40, 22));
    roles
}

fn act(roles: &mut RoleList, catalog: &Catalog, actions: &[Action]) {
    for action in actions {
        let _ = roles.update(action, catalog);
    }
}

fn ids(roles: &RoleList, catalog: &Catalog) -> Vec<String> {
    roles
        .listed()
        .map(|r| catalog.roles[r].id.clone())
        .collect()
}

fn sorted_by(id: &str) -> usize {
    SORTS.iter().position(|s| s.id == id).unwrap()
}

fn median(catalog: &Catalog, role: usize) -> Option<i64> {
    catalog.roles[role].wages.as_ref()?.median
}

#[test]
fn the_shortlist_marks_roles_and_can_be_shown_alone() {
    let app = seed();
    let catalog = &app.shared().catalog;
    let mut roles = list(catalog);
    assert!(matches!(
        roles.update(&Action::ShowShortlist, catalog),
        Flow::Request(Request::Notice(_))
    ));
    act(
        &mut roles,
        catalog,
        &[
            Action::ToggleShortlist,
            Action::MoveToBottom,
            Action::ToggleShortlist,
        ],
    );
    assert_eq!(roles.shortlist, BTreeSet::from([0, 4]));
    act(&mut roles, catalog, &[Action::ShowShortlist]);
    assert!(roles.only_shortlist());
    assert_eq!(roles.list.len(), 2);
    assert_eq!(roles.current(), Some(4), "the role shown stays selected");
    act(&mut roles, catalog, &[Action::MoveUp]);
    assert_eq!(roles.current(), Some(0));
    // Unmarking a role while only the shortlist shows takes it off the list.
    act(&mut roles, catalog, &[Action::ToggleShortlist]);
    assert_eq!(roles.list.len(), 1);
    assert_eq!(roles.current(), Some(4));
    // Revealing a role not on the shortlist shows every role again.
    roles.reveal_role(2, catalog);
    assert!(!roles.only_shortlist());
    assert_eq!(roles.current(), Some(2));
}

#[test]
fn clicks_and_the_wheel_select_roles_never_headings() {
    let app = embedded();
    let catalog = &app.shared().catalog;
    let mut roles = list(catalog);
    assert_eq!(
        roles.rows()[0],
        Row::Heading {
            section: Section::Apart(0),
            roles: 5
        },
        "the career page's roles are set apart"
    );
    assert_eq!(roles.current(), Some(0));
    assert_eq!(
        roles.update(&Action::SelectRole(0), catalog),
        Flow::UNCHANGED,
        "a heading"
    );
    let _ = roles.update(&Action::SelectRole(4), catalog);
    assert_eq!(roles.current(), Some(3));
    let _ = roles.update(&Action::ScrollRoles(3), catalog);
    assert_eq!(
        roles.current(),
        Some(5),
        "over the next heading to the first occupation"
    );
    assert_eq!(roles.list.selected, 7);
    let _ = roles.update(&Action::ScrollRoles(-1), catalog);
    assert_eq!(roles.current(), Some(4), "back over the heading");
    let _ = roles.update(&Action::MoveToTop, catalog);
    assert_eq!((roles.list.selected, roles.list.offset), (1, 0));
    assert_eq!(
        roles.update(&Action::MoveUp, catalog),
        Flow::UNCHANGED,
        "nothing above the first role but its heading"
    );
}

#[test]
fn grouped_by_occupation_group_with_the_career_page_first() {
    let app = embedded();
    let catalog = &app.shared().catalog;
    let mut roles = list(catalog);
    act(&mut roles, catalog, &[Action::GroupRoles]);
    assert!(roles.arrangement.grouped);
    let headings: Vec<(Section, usize)> = roles
        .rows()
        .iter()
        .filter_map(|r| match r {
            Row::Heading { section, roles } => Some((*section, *roles)),
            _ => None,
        })
        .collect();
    assert_eq!(headings.len(), 1 + OCCUPATION_GROUPS.len());
    assert_eq!(headings[0], (Section::Apart(0), 5));
    assert_eq!(headings[1].0.title(catalog), "Management");
    assert_eq!(
        headings[10].0.title(catalog),
        "Healthcare Practitioners and Technical"
    );
    assert_eq!(headings.iter().map(|h| h.1).sum::<usize>(), 1021);
    // Every role under the heading of its code's group.
    let mut group = None;
    for row in roles.rows() {
        match row {
            Row::Heading { section, .. } => group = Some(*section),
            Row::Role(role) => assert_eq!(Some(Section::of(catalog, *role, true)), group),
            Row::NotInSource { .. } => panic!("not sorted by a figure"),
        }
    }
    let nurses = catalog.index_of("registered-nurses").unwrap();
    roles.reveal_role(nurses, catalog);
    assert_eq!(roles.current(), Some(nurses));
    act(&mut roles, catalog, &[Action::GroupRoles]);
    assert_eq!(roles.current(), Some(nurses), "the role stays selected");
    assert_eq!(
        roles
            .rows()
            .iter()
            .filter(|r| matches!(r, Row::Heading { .. }))
            .count(),
        2
    );
}

#[test]
fn sorted_by_median_wage_with_roles_not_in_source_last() {
    let app = embedded();
    let catalog = &app.shared().catalog;
    let mut roles = list(catalog);
    act(&mut roles, catalog, &[Action::SortRoles, Action::SortRoles]);
    assert_eq!(roles.arrangement.sort, sorted_by("median_wage"));
    assert_eq!(
        roles.arrangement.describe().as_deref(),
        Some("by median wage ↓")
    );
    let rows = roles.rows();
    // The career page has no median wage: its roles are all under "not in source".
    assert_eq!(rows[1], Row::NotInSource { roles: 5 });
    let occupations = rows
        .iter()
        .position(|r| {
            matches!(
                r,
                Row::Heading {
                    section: Section::Occupations,
                    ..
                }
            )
        })
        .unwrap();
    let mut with_wage = Vec::new();
    let mut without = 0;
    let mut past_divider = false;
    for row in &rows[occupations + 1..] {
        match row {
            Row::Role(role) => match median(catalog, *role) {
                Some(wage) => {
                    assert!(!past_divider, "a wage after the divider");
                    with_wage.push(wage);
                }
                None => {
                    assert!(past_divider, "a missing wage before the divider");
                    without += 1;
                }
            },
            Row::NotInSource { roles } => {
                past_divider = true;
                assert!(*roles > 0);
            }
            Row::Heading { .. } => panic!("one section of occupations"),
        }
    }
    assert!(with_wage.windows(2).all(|w| w[0] >= w[1]), "highest first");
    assert!(
        with_wage.len() > 900 && without > 0,
        "{} {without}",
        with_wage.len()
    );

    act(&mut roles, catalog, &[Action::ReverseSort]);
    assert_eq!(
        roles.arrangement.describe().as_deref(),
        Some("by median wage ↑")
    );
    let wages: Vec<Option<i64>> = roles.listed().skip(5).map(|r| median(catalog, r)).collect();
    let known: Vec<i64> = wages.iter().map_while(|w| *w).collect();
    assert!(known.windows(2).all(|w| w[0] <= w[1]), "lowest first");
    assert_eq!(known.len(), with_wage.len());
    assert!(
        wages[known.len()..].iter().all(Option::is_none),
        "still last, never as zero"
    );
}

#[test]
fn sorted_by_title_and_employment_within_groups() {
    let app = embedded();
    let catalog = &app.shared().catalog;
    let mut roles = list(catalog);
    act(&mut roles, catalog, &[Action::SortRoles]);
    assert_eq!(
        roles.arrangement.describe().as_deref(),
        Some("by title A–Z")
    );
    let titles: Vec<String> = roles
        .listed()
        .skip(5)
        .map(|r| catalog.roles[r].title.to_lowercase())
        .collect();
    assert!(titles.windows(2).all(|w| w[0] <= w[1]));
    act(
        &mut roles,
        catalog,
        &[Action::SortRoles, Action::SortRoles, Action::GroupRoles],
    );
    assert_eq!(roles.arrangement.sort, sorted_by("employment"));
    let mut last: Option<(Option<Section>, i64)> = None;
    let mut section = None;
    for row in roles.rows() {
        match row {
            Row::Heading { section: s, .. } => section = Some(*s),
            Row::Role(role) => {
                let Some(employment) = catalog.roles[*role]
                    .wages
                    .as_ref()
                    .and_then(|w| w.employment)
                else {
                    continue;
                };
                if let Some((s, before)) = last.filter(|(s, _)| *s == section) {
                    assert!(before >= employment, "{s:?}");
                }
                last = Some((section, employment));
            }
            Row::NotInSource { .. } => {}
        }
    }
    // The sort walks back to the catalog's order.
    for _ in roles.arrangement.sort..SORTS.len() {
        act(&mut roles, catalog, &[Action::SortRoles]);
    }
    assert_eq!(roles.arrangement.sort, 0);
    assert_eq!(roles.arrangement.describe(), None);
}

/// Sorts `roles` by `id` and checks the order: after the career page's roles (no figure, set
/// apart), the figures in order (`highest` first or lowest), then the roles without one.
fn check_sort(
    roles: &mut RoleList,
    catalog: &Catalog,
    (id, words, highest): (&str, &str, bool),
    figure: impl Fn(usize) -> Option<f64>,
) {
    while roles.arrangement.sort != sorted_by(id) {
        act(roles, catalog, &[Action::SortRoles]);
    }
    assert_eq!(roles.arrangement.describe().as_deref(), Some(words));
    let figures: Vec<Option<f64>> = roles.listed().skip(5).map(figure).collect();
    let known = figures.iter().take_while(|f| f.is_some()).count();
    assert!(known > 700, "{id}: {known}");
    let in_order = |w: &[Option<f64>]| if highest { w[0] >= w[1] } else { w[0] <= w[1] };
    assert!(figures[..known].windows(2).all(in_order), "{id}");
    assert!(
        figures[known..].iter().all(Option::is_none),
        "{id}: last, never as zero"
    );
}

#[test]
fn sorted_by_growth_openings_and_job_zone() {
    let app = embedded();
    let catalog = &app.shared().catalog;
    let mut roles = list(catalog);
    let outlook = |r: usize| catalog.roles[r].outlook.as_ref();
    let growth = ("growth", "by projected growth ↓", true);
    check_sort(&mut roles, catalog, growth, |r| outlook(r)?.percent_change);
    let openings = ("openings", "by openings a year ↓", true);
    check_sort(&mut roles, catalog, openings, |r| {
        Some(outlook(r)?.openings? as f64)
    });
    let zone = ("job_zone", "by job zone (preparation) ↑", false);
    check_sort(&mut roles, catalog, zone, |r| {
        Some(f64::from(catalog.roles[r].job_zone?))
    });
}

#[test]
fn filter_sort_group_and_shortlist_work_together() {
    let app = embedded();
    let catalog = &app.shared().catalog;
    let mut roles = list(catalog);
    for id in [
        "registered-nurses",
        "nurse-practitioners",
        "area-manager",
        "electricians",
    ] {
        roles.reveal_role(catalog.index_of(id).unwrap(), catalog);
        act(&mut roles, catalog, &[Action::ToggleShortlist]);
    }
    act(
        &mut roles,
        catalog,
        &[
            Action::ShowShortlist,
            Action::GroupRoles,
            Action::SortRoles,
            Action::SortRoles,
            Action::FilterRoles,
            Action::Insert("nurse".into()),
            Action::Confirm,
        ],
    );
    assert_eq!(
        ids(&roles, catalog),
        ["nurse-practitioners", "registered-nurses"],
        "by wage"
    );
    assert_eq!(
        roles.rows()[0],
        Row::Heading {
            section: Section::Group(9),
            roles: 2
        }
    );
    // All of it is remembered, and comes back.
    let saved = roles.saved();
    assert_eq!(
        saved,
        SavedList {
            sort: Some("median_wage".into()),
            reversed: false,
            grouped: true,
            filter: "nurse".into(),
            only_shortlist: true,
        }
    );
    let mut again = list(catalog);
    again.restore(&saved, roles.shortlist.clone(), catalog);
    assert_eq!(again.rows(), roles.rows());
    assert_eq!(again.typing(), None);
    // A jump to a role the filter hides lifts the filter and the shortlist view.
    let chiefs = catalog.index_of("chief-executives").unwrap();
    again.reveal_role(chiefs, catalog);
    assert!(again.filter.is_none() && !again.only_shortlist());
    assert!(again.arrangement.grouped, "the grouping stays");
    assert_eq!(again.current(), Some(chiefs));
}

#[test]
fn a_saved_sort_this_version_does_not_know_is_the_catalog_order() {
    let app = seed();
    let catalog = &app.shared().catalog;
    let mut roles = list(catalog);
    let saved = SavedList {
        sort: Some("happiness".into()),
        only_shortlist: true,
        ..SavedList::default()
    };
    roles.restore(&saved, BTreeSet::new(), catalog);
    assert_eq!(roles.arrangement.sort, 0);
    assert!(!roles.only_shortlist(), "no shortlist to show");
    assert_eq!(roles.listed().count(), 5);
}

#[test]
fn every_arrangement_draws_at_every_size_with_the_selection_on_screen() {
    use crate::explorer::offscreen::render;
    let arrangements: &[&[Action]] = &[
        &[],
        &[Action::GroupRoles],
        &[Action::SortRoles, Action::SortRoles, Action::ReverseSort],
        &[
            Action::SortRoles,
            Action::SortRoles,
            Action::SortRoles,
            Action::GroupRoles,
        ],
        &[Action::FilterRoles, Action::Insert("e".into())],
        &[
            Action::ToggleShortlist,
            Action::ShowShortlist,
            Action::GroupRoles,
        ],
    ];
    for actions in arrangements {
        let mut app = embedded();
        for action in actions.iter() {
            app.update(action.clone());
        }
        let title = app.catalog().roles[app.role().unwrap()].title.clone();
        for (width, height) in [
            (40, 10),
            (41, 11),
            (57, 24),
            (80, 24),
            (119, 40),
            (200, 60),
            (257, 70),
        ] {
            let screen = render(&mut app, width, height);
            let selected = screen
                .lines()
                .find(|l| l.contains("│▶ "))
                .unwrap_or_else(|| {
                    panic!("no selection at {width}×{height} after {actions:?}:\n{screen}")
                });
            let start: String = title.chars().take(3).collect();
            assert!(
                selected.contains(&start),
                "{width}×{height} {actions:?}:\n{screen}"
            );
        }
    }
}
