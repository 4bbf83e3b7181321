//! Drawing reports where things landed: mouse clicks map back to tabs, roles and rows, and
//! without colour the selection is still marked (REVERSED), as NO_COLOR users need.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use career_explorer::explorer::offscreen::draw_with_hits;
use career_explorer::explorer::testing::seed;
use career_explorer::explorer::theme::{Theme, ThemeName};
use career_explorer::explorer::{Action, PaneId};

/// The screen position of the first cell of `text`.
fn find(buffer: &Buffer, text: &str) -> (u16, u16) {
    let area = buffer.area;
    for y in 0..area.height {
        let line: String = (0..area.width)
            .map(|x| buffer[(x, y)].symbol().to_string())
            .collect();
        if let Some(byte) = line.find(text) {
            return (line[..byte].chars().count() as u16, y);
        }
    }
    panic!("{text:?} is not on screen");
}

#[test]
fn clicks_land_on_tabs_roles_and_rows() {
    let mut app = seed();
    let (buffer, hits) = draw_with_hits(&mut app, 100, 30);
    let (x, y) = find(&buffer, "3 Skills");
    assert_eq!(hits.click(x + 2, y), Some(Action::ShowPane(PaneId::Skills)));
    let (x, y) = find(&buffer, "Area Manager");
    assert_eq!(hits.click(x, y), Some(Action::SelectRole(3)));
    assert_eq!(hits.wheel(x, y, 3), Some(Action::ScrollRoles(3)));

    app.update(Action::ShowPane(PaneId::Responsibilities));
    let (buffer, hits) = draw_with_hits(&mut app, 100, 30);
    let (x, y) = find(&buffer, "Provide mentoring");
    assert_eq!(hits.click(x, y), Some(Action::SelectRow(6)));
    assert_eq!(hits.wheel(x, y, -3), Some(Action::ScrollPane(-3)));

    app.update(Action::ShowPane(PaneId::Skills));
    let (buffer, hits) = draw_with_hits(&mut app, 100, 30);
    let (x, y) = find(&buffer, "Logistics");
    assert_eq!(hits.click(x, y), Some(Action::SelectRow(5)));
    let (x, y) = find(&buffer, "Hard skills");
    assert_eq!(hits.click(x, y), None, "the charts' names are not rows");
    app.update(Action::NextChart);
    let (buffer, hits) = draw_with_hits(&mut app, 100, 30);
    let (x, y) = find(&buffer, "Leadership");
    assert_eq!(
        hits.click(x, y),
        Some(Action::SelectRow(1)),
        "the soft skills are a chart of their own"
    );
}

#[test]
fn the_layout_hands_each_list_the_rows_it_shows() {
    let mut app = seed().open(0, PaneId::Responsibilities);
    draw_with_hits(&mut app, 100, 30);
    assert_eq!(
        app.roles.list.height(),
        26,
        "30 rows less header, footer and the list's borders"
    );
    let pane = app
        .pane_state::<career_explorer::explorer::panes::responsibilities::Responsibilities>()
        .unwrap();
    let height = pane.list.height();
    assert!(height > 10 && height < 26, "{height}");
}

#[test]
fn without_colour_the_selection_is_reversed_and_nothing_is_coloured() {
    let mut app = seed();
    let (buffer, _) = draw_with_hits(&mut app, 100, 30);
    let (x, y) = find(&buffer, "▶ Senior Operations");
    assert!(buffer[(x, y)].modifier.contains(Modifier::REVERSED));
    for cell in buffer.content() {
        assert!(
            matches!(cell.fg, Color::Reset),
            "a coloured cell under NO_COLOR: {cell:?}"
        );
        assert!(
            matches!(cell.bg, Color::Reset),
            "a coloured cell under NO_COLOR: {cell:?}"
        );
    }
}

#[test]
fn education_differences_are_coloured_by_sign_in_both_themes() {
    for name in ThemeName::ALL {
        let mut app = seed().open(0, PaneId::Compare);
        app.set_theme(Theme::new(name));
        let (buffer, _) = draw_with_hits(&mut app, 120, 40);
        let (x, y) = find(&buffer, "4.3 points less likely");
        assert_eq!(buffer[(x, y)].fg, Color::Red);
        app.update(Action::NextComparison);
        let (buffer, _) = draw_with_hits(&mut app, 120, 40);
        let (x, y) = find(&buffer, "0.3 points more likely");
        assert_eq!(buffer[(x, y)].fg, Color::Green);
        // Nothing is drawn in the colours that vanish on common palettes.
        for cell in buffer.content() {
            assert!(
                !matches!(cell.fg, Color::DarkGray | Color::Black | Color::White),
                "{cell:?}"
            );
        }
    }
}

#[test]
fn the_footer_keeps_help_and_quit_at_80_columns_in_every_pane() {
    for &pane in PaneId::ALL {
        let mut app = seed().open(0, pane);
        let (buffer, _) = draw_with_hits(&mut app, 80, 24);
        let footer: String = (0..80)
            .map(|x| buffer[(x, 23)].symbol().to_string())
            .collect();
        assert!(footer.contains("? help · q quit"), "{pane}: {footer}");
    }
}
