//! Drawing reports where things landed: mouse clicks map back to tabs, roles and rows, and
//! without colour the selection is still marked (REVERSED), as NO_COLOR users need.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

use career_explorer::app::{Action, App, Pane};
use career_explorer::catalog::Catalog;
use career_explorer::ui::{self, Hitmap};

fn seed() -> App {
    App::new(Catalog::load(&["assets/roles.ron".into()]).unwrap())
}

fn draw(app: &App, width: u16, height: u16) -> (Hitmap, ratatui::buffer::Buffer) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut hits = Hitmap::default();
    terminal.draw(|frame| hits = ui::draw(frame, app)).unwrap();
    (hits, terminal.backend().buffer().clone())
}

/// The screen position of the first cell of `text`.
fn find(buffer: &ratatui::buffer::Buffer, text: &str) -> (u16, u16) {
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
    let (hits, buffer) = draw(&app, 100, 30);
    let (x, y) = find(&buffer, "3 Skills");
    assert_eq!(hits.click(x + 2, y), Some(Action::GoPane(2)));
    let (x, y) = find(&buffer, "Area Manager");
    assert_eq!(hits.click(x, y), Some(Action::SelectRole(3)));
    assert_eq!(
        hits.wheel(x, y, 3),
        Some(Action::Scroll { roles: true, by: 3 })
    );

    app.update(Action::GoPane(1));
    let (hits, buffer) = draw(&app, 100, 30);
    let (x, y) = find(&buffer, "Provide mentoring");
    assert_eq!(hits.click(x, y), Some(Action::SelectRow(6)));
    assert_eq!(
        hits.wheel(x, y, -3),
        Some(Action::Scroll {
            roles: false,
            by: -3
        })
    );

    app.update(Action::GoPane(2));
    let (hits, buffer) = draw(&app, 100, 30);
    let (x, y) = find(&buffer, "Leadership");
    assert_eq!(
        hits.click(x, y),
        Some(Action::SelectRow(7)),
        "6 hard skills, then soft skills"
    );
    let (x, y) = find(&buffer, "Hard skills");
    assert_eq!(hits.click(x, y), None, "headings are not rows");
}

#[test]
fn viewport_reports_visible_rows() {
    let app = seed().open(0, Pane::Responsibilities);
    let (hits, _) = draw(&app, 100, 30);
    let (roles, pane, _) = hits.viewport;
    assert_eq!(
        roles, 26,
        "30 rows less header, footer and the list's borders"
    );
    assert!(pane > 10 && pane < 26, "{pane}");
}

#[test]
fn without_colour_the_selection_is_reversed_and_nothing_is_coloured() {
    let mut app = seed();
    app.color = false;
    let (_, buffer) = draw(&app, 100, 30);
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
fn education_differences_are_coloured_by_sign() {
    let mut app = seed().open(0, Pane::Compare);
    app.color = true;
    let (_, buffer) = draw(&app, 120, 40);
    let (x, y) = find(&buffer, "4.3 points less likely");
    assert_eq!(buffer[(x, y)].fg, Color::Red);
    app.update(Action::Right);
    let (_, buffer) = draw(&app, 120, 40);
    let (x, y) = find(&buffer, "0.3 points more likely");
    assert_eq!(buffer[(x, y)].fg, Color::Green);
}
