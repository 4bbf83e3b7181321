//! The Responsibilities pane without a terminal: filtering, task types, moving over headings.

use super::*;
use crate::explorer::panes::Pane;
use crate::explorer::testing::seed;

fn pane(ctx: &Ctx) -> Responsibilities {
    let mut pane = Responsibilities::default();
    pane.reset(ctx);
    pane.layout(Rect::new(0, 0, 80, 16), ctx);
    pane
}

#[test]
fn the_filter_narrows_ranks_and_clears() {
    let app = seed();
    let ctx = app.ctx().unwrap();
    let mut pane = pane(&ctx);
    assert_eq!(pane.list.len(), 15);
    let _ = pane.update(&Action::FilterResponsibilities, &ctx);
    assert_eq!(pane.typing(), Some(Context::Filter));
    let _ = pane.update(&Action::Insert("kaiz".into()), &ctx);
    let first = pane.shown(0).unwrap();
    assert!(ctx.role().responsibilities[first].starts_with("Perform Kaizen test"));
    assert!(pane.list.len() < 15);
    // Keys other than the filter's do nothing while typing.
    assert_eq!(pane.update(&Action::NextPane, &ctx), Flow::UNCHANGED);
    let _ = pane.update(&Action::Insert("qq".into()), &ctx);
    assert_eq!(pane.list.len(), 0);
    let _ = pane.update(&Action::DeleteBack, &ctx);
    let _ = pane.update(&Action::DeleteBack, &ctx);
    let _ = pane.update(&Action::Confirm, &ctx);
    assert_eq!(pane.typing(), None);
    assert_eq!(pane.filter.as_ref().unwrap().query.as_str(), "kaiz");
    // Esc clears a kept filter; a second Esc is for the app (back to the roles).
    assert_eq!(pane.update(&Action::Back, &ctx), Flow::CHANGED);
    assert!(pane.filter.is_none());
    assert_eq!(pane.list.len(), 15);
    assert_eq!(pane.update(&Action::Back, &ctx), Flow::Pass);
}

#[test]
fn a_pasted_page_is_one_search_of_bounded_length() {
    let app = seed();
    let ctx = app.ctx().unwrap();
    let mut pane = pane(&ctx);
    let _ = pane.update(&Action::FilterResponsibilities, &ctx);
    let paste = "manage\nvendors ".repeat(400);
    assert_eq!(pane.update(&Action::Insert(paste), &ctx), Flow::CHANGED);
    let query = pane.filter.as_ref().unwrap().query.as_str();
    assert_eq!(query.chars().count(), crate::explorer::widgets::input::MAX_QUERY);
    assert!(!query.contains('\n'));
}

#[test]
fn moves_page_by_the_rows_that_show() {
    let app = seed();
    let ctx = app.ctx().unwrap();
    let mut pane = pane(&ctx);
    let height = pane.list.height();
    assert!(height > 5 && height < 15, "{height}");
    let _ = pane.update(&Action::PageDown, &ctx);
    assert_eq!(pane.list.selected, height - 1);
    let _ = pane.update(&Action::MoveToBottom, &ctx);
    assert_eq!(pane.list.selected, 14);
    assert_eq!(pane.list.offset, 15 - height);
    let _ = pane.update(&Action::SelectRow(2), &ctx);
    assert_eq!(pane.list.selected, 2);
}

/// The pane on Registered Nurses (27 O*NET tasks: 15 Core, then 12 Supplemental).
fn nurses() -> crate::explorer::App {
    let app = crate::explorer::testing::embedded();
    let role = app.catalog().index_of("registered-nurses").unwrap();
    app.open(role, PaneId::Responsibilities)
}

fn headings(pane: &Responsibilities) -> Vec<(usize, &'static str, usize)> {
    pane.rows
        .iter()
        .enumerate()
        .filter_map(|(at, row)| match row {
            Row::Heading { kind, tasks } => Some((at, type_name(*kind), *tasks)),
            Row::Item { .. } => None,
        })
        .collect()
}

#[test]
fn an_occupations_tasks_are_under_a_heading_per_type() {
    let app = nurses();
    let ctx = app.ctx().unwrap();
    let mut pane = pane(&ctx);
    assert_eq!(
        headings(&pane),
        [(0, "Core", 15), (16, "Supplemental", 12)]
    );
    assert_eq!(pane.list.len(), 29);
    assert_eq!(pane.list.selected, 1, "the first task, not its heading");
    assert_eq!(pane.list.offset, 0, "the heading shows above it");
    assert_eq!(pane.shown(17), Some(15), "the first supplemental task");
    // Moves step over headings; a click on one selects nothing.
    let _ = pane.update(&Action::SelectRow(15), &ctx);
    let _ = pane.update(&Action::MoveDown, &ctx);
    assert_eq!(pane.list.selected, 17);
    let _ = pane.update(&Action::MoveUp, &ctx);
    assert_eq!(pane.list.selected, 15);
    assert_eq!(pane.update(&Action::SelectRow(16), &ctx), Flow::UNCHANGED);
    assert_eq!(pane.list.selected, 15);
    let _ = pane.update(&Action::MoveToTop, &ctx);
    assert_eq!((pane.list.selected, pane.list.offset), (1, 0));
    let _ = pane.update(&Action::MoveToBottom, &ctx);
    assert_eq!(pane.shown(pane.list.selected), Some(26));
}

#[test]
fn a_filter_keeps_the_types_and_ranks_within_each() {
    let app = nurses();
    let ctx = app.ctx().unwrap();
    let mut pane = pane(&ctx);
    let _ = pane.update(&Action::FilterResponsibilities, &ctx);
    let _ = pane.update(&Action::Insert("patients".into()), &ctx);
    let found = headings(&pane);
    assert_eq!(found.len(), 2, "{found:?}");
    let (core, supplemental) = (found[0], found[1]);
    assert_eq!((core.0, core.1, supplemental.1), (0, "Core", "Supplemental"));
    assert_eq!(core.2 + supplemental.2, pane.shown_count());
    assert_eq!(pane.filter.as_ref().unwrap().matched, pane.shown_count());
    let role = ctx.role();
    for row in 1..pane.rows.len() {
        let expected = if row < supplemental.0 {
            Some(TaskType::Core)
        } else {
            Some(TaskType::Supplemental)
        };
        if let Some(i) = pane.shown(row) {
            assert_eq!(role.task_type(i), expected, "row {row}");
            assert!(role.responsibilities[i].contains("patient"));
        }
    }
    assert_eq!(pane.list.selected, 1, "the best core match");
    // Within a type, the search's order: the best match first.
    let index = ctx.index();
    let (ranked, _) = crate::search::search(
        index,
        "patients",
        Scope {
            role: Some(ctx.role),
            kind: Some(Kind::Responsibility),
        },
        None,
    );
    let core_order: Vec<usize> = ranked
        .iter()
        .map(|h| index.item(h.item).index)
        .filter(|&i| role.task_type(i) == Some(TaskType::Core))
        .collect();
    let shown: Vec<usize> = (1..supplemental.0).filter_map(|r| pane.shown(r)).collect();
    assert_eq!(shown, core_order);
}

#[test]
fn a_search_hit_is_revealed_under_its_heading() {
    let mut app = nurses();
    let ctx = app.ctx().unwrap();
    let item = crate::search::Item {
        role: ctx.role,
        kind: Kind::Responsibility,
        index: 20,
    };
    app.jump(item);
    let pane = app.pane_state::<Responsibilities>().unwrap();
    assert_eq!(pane.shown(pane.list.selected), Some(20));
    assert_eq!(pane.list.selected, 22, "two headings above it");
}

#[test]
fn tasks_the_source_gives_no_type_come_last_under_their_own_heading() {
    let role = Role {
        responsibilities: ["a", "b", "c", "d"].map(String::from).to_vec(),
        task_types: Some(crate::catalog::TaskTypes {
            core: 1,
            supplemental: 2,
        }),
        code: Some("29-1141.00".into()),
        ..Role::default()
    };
    let shown = [(3, None), (1, None), (0, None), (2, None)];
    assert_eq!(
        rows(&role, &shown),
        [
            Row::Heading {
                kind: Some(TaskType::Core),
                tasks: 1
            },
            Row::Item {
                index: 0,
                hit: None
            },
            Row::Heading {
                kind: Some(TaskType::Supplemental),
                tasks: 2
            },
            Row::Item {
                index: 1,
                hit: None
            },
            Row::Item {
                index: 2,
                hit: None
            },
            Row::Heading {
                kind: None,
                tasks: 1
            },
            Row::Item {
                index: 3,
                hit: None
            },
        ]
    );
    assert_eq!(type_name(None), "Type not in source");
    assert_eq!(noun(&role), "Tasks");
    // Without types (a career page's resume lines), the order as it comes, no headings.
    let lines = Role {
        task_types: None,
        code: None,
        ..role
    };
    assert_eq!(rows(&lines, &shown).len(), 4);
    assert_eq!(noun(&lines), "Responsibilities");
}

#[test]
fn a_search_hit_in_another_role_is_selected_there() {
    use crate::explorer::testing::{ctrl, press, type_text};
    use ratatui::crossterm::event::KeyCode;
    let mut app = nurses();
    app.layout(Rect::new(0, 0, 80, 24));
    ctrl(&mut app, 'p');
    type_text(&mut app, "intravenous");
    // The second hit: a task of Acute Care Nurses.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    let role = &app.catalog().roles[app.role().unwrap()];
    assert_eq!(role.title, "Acute Care Nurses");
    let pane = app.pane_state::<Responsibilities>().unwrap();
    let task = &role.responsibilities[pane.shown(pane.list.selected).unwrap()];
    assert!(task.contains("intravenous"), "{task}");
}
