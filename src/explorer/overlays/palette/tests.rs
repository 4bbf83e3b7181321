//! The search palette and the role picker without a terminal: jumps, ranking on demand, rows.

use super::*;
use crate::explorer::testing::{embedded, seed};

#[test]
fn confirm_asks_to_jump_to_the_selected_hit() {
    let app = seed();
    let ctx = app.ctx().unwrap();
    let mut palette = Palette::new(Purpose::Jump, &ctx);
    let _ = palette.update(&Action::Insert("kaizen".into()), &ctx);
    // "kaizen" scattered across a sentence about sortation is no match.
    assert_eq!(palette.matched, 1);
    let Flow::Request(Request::Jump(item)) = palette.update(&Action::Confirm, &ctx) else {
        panic!("no jump");
    };
    assert_eq!(item.kind, Kind::Responsibility);
    assert_eq!(item.index, 12);
    assert_eq!(
        palette.update(&Action::Back, &ctx),
        Flow::Request(Request::Close)
    );
}

#[test]
fn ranks_more_as_the_selection_moves_down() {
    let app = embedded();
    let ctx = app.ctx().unwrap();
    let mut palette = Palette::new(Purpose::Jump, &ctx);
    palette.layout(Rect::new(0, 0, 100, 28), &ctx);
    let _ = palette.update(&Action::Insert("e".into()), &ctx);
    assert!(palette.matched > 200, "{}", palette.matched);
    assert_eq!(palette.hits.len(), SHOWN);
    for _ in 0..10 {
        let _ = palette.update(&Action::PageDown, &ctx);
    }
    assert!(palette.list.selected >= 190, "{}", palette.list.selected);
    assert!(palette.hits.len() > palette.list.selected);
}

#[test]
fn the_picker_shows_each_role_once_and_never_the_role_itself() {
    let app = embedded();
    let ctx = app.ctx().unwrap();
    let mut picker = Palette::new(Purpose::CompareWith, &ctx);
    let _ = picker.update(&Action::Insert("operations manager".into()), &ctx);
    let roles: Vec<usize> = picker
        .hits
        .iter()
        .map(|h| ctx.index().item(h.item).role)
        .collect();
    let unique: HashSet<_> = roles.iter().collect();
    assert_eq!(unique.len(), roles.len());
    assert!(!roles.contains(&ctx.role), "the role shown is not offered");
    assert_eq!(picker.matched, roles.len(), "nor counted");
    assert_eq!(
        picker.update(&Action::Confirm, &ctx),
        Flow::Request(Request::CompareWith(roles[0]))
    );
    let picker = Palette::new(Purpose::CompareWith, &ctx);
    assert_eq!(picker.total, ctx.catalog().roles.len() - 1);
}

#[test]
fn a_hit_on_another_name_says_whose_it_is_and_the_counter_counts_roles_once() {
    let app = embedded();
    let ctx = app.ctx().unwrap();
    let index = ctx.index();
    let mut palette = Palette::new(Purpose::Jump, &ctx);
    // Everything there is to search, a role's other names aside.
    assert!(palette.total < index.len(), "{}", palette.total);
    assert_eq!(palette.total, palette.matched);
    let _ = palette.update(&Action::Insert("er nurse".into()), &ctx);
    let best = palette.selected().unwrap();
    assert_eq!(index.also_called(best.item), Some("ER Nurse"));
    assert_eq!(
        index.role_title(index.item(best.item).role),
        "Registered Nurses"
    );
    let columns = palette.columns(index, 68);
    let row = text(&palette.row(index, best, columns, Style::new(), Theme::plain()));
    assert_eq!(
        row.trim_end(),
        "role     Registered Nurses · also called ER Nurse"
    );
    // Roles named with both words come before a guess that finds "nurse" in pieces of
    // words ("NUmerical Control Router SEt Up Operator").
    let roles: Vec<&str> = palette
        .hits
        .iter()
        .take(12)
        .map(|h| ctx.catalog().roles[index.item(h.item).role].id.as_str())
        .collect();
    let at = |id: &str| roles.iter().position(|&r| r == id);
    assert!(at("nurse-practitioners").is_some(), "{roles:?}");
    assert_eq!(
        at("computer-numerically-controlled-tool-operators"),
        None,
        "{roles:?}"
    );
}

#[test]
fn every_row_fits_its_width_and_keeps_its_match_in_sight() {
    let app = embedded();
    let ctx = app.ctx().unwrap();
    let index = ctx.index();
    let mut palette = Palette::new(Purpose::Jump, &ctx);
    palette.layout(Rect::new(0, 0, 80, 24), &ctx);
    let _ = palette.update(&Action::Insert("anesthetics".into()), &ctx);
    for width in [20, 40, 68, 176] {
        let columns = palette.columns(index, width);
        for &hit in &palette.hits[palette.list.visible()] {
            let matched = Theme::new(crate::explorer::theme::ThemeName::Dark).matched();
            let spans = palette.row(
                index,
                hit,
                columns,
                Style::new(),
                Theme::new(crate::explorer::theme::ThemeName::Dark),
            );
            let shown: usize = spans.iter().map(Span::width).sum();
            assert!(shown <= width, "{shown} > {width}: {spans:?}");
            if width >= 40 {
                assert!(
                    spans.iter().any(|s| s.style == matched),
                    "no highlight at {width}: {spans:?}"
                );
            }
        }
    }
}

/// Spans as plain text.
fn text(spans: &[Span]) -> String {
    spans.iter().map(|s| s.content.as_ref()).collect()
}

#[test]
fn the_title_gives_way_to_the_other_name_down_to_a_third() {
    let plain = Style::new();
    let row = |name: &str, room: usize| {
        text(&also_called(
            "First-Line Supervisors of Office and Administrative Support Workers",
            name,
            &[0],
            room,
            plain,
            plain,
            plain,
        ))
    };
    let name = "Staff Services Manager";
    assert_eq!(
        row(name, 60),
        "First-Line Supervisors… · also called Staff Services Manager"
    );
    assert_eq!(
        row(name, 50),
        "First-Line Supe… · also called Staff Services…"
    );
    // Too narrow to say why: the name alone.
    assert_eq!(row("RN", 10), "RN");
}

#[test]
fn a_paste_is_one_edit_of_bounded_length() {
    let app = seed();
    let ctx = app.ctx().unwrap();
    let mut palette = Palette::new(Purpose::Jump, &ctx);
    let paste = "manage\nvendors ".repeat(400);
    assert_eq!(palette.update(&Action::Insert(paste), &ctx), Flow::CHANGED);
    assert_eq!(
        palette.query.as_str().chars().count(),
        crate::explorer::widgets::input::MAX_QUERY
    );
    assert!(!palette.query.as_str().contains('\n'));
}
