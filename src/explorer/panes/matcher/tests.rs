use super::*;
use crate::explorer::testing::{embedded, press};
use crate::explorer::{App, PaneId};
use ratatui::crossterm::event::KeyCode;

fn matcher_on(role: &str) -> App {
    let app = embedded();
    let index = app.catalog().index_of(role).unwrap();
    app.open(index, PaneId::Matcher)
}

fn matcher(app: &App) -> &Matcher {
    app.pane_state::<Matcher>().unwrap()
}

#[test]
fn keys_rate_the_selected_skill_and_the_ranking_follows() {
    let mut app = matcher_on("electricians");
    crate::explorer::offscreen::render(&mut app, 100, 30);
    assert!(matcher(&app).profile.ratings.is_empty());
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Left);
    let m = matcher(&app);
    assert_eq!(m.profile.rating("Reading Comprehension"), 4);
    assert_eq!(m.profile.rating("Active Listening"), 1);
    let before = m.ranked.clone();
    assert!(before[0].1 > 0.0);
    press(&mut app, KeyCode::Char('5'));
    assert_ne!(matcher(&app).ranked, before, "the list follows the rating");
    // The role's levels as a start (asked once more: there are ratings), then cleared.
    press(&mut app, KeyCode::Char('f'));
    assert_eq!(matcher(&app).profile.ratings.len(), 2);
    press(&mut app, KeyCode::Char('f'));
    assert_eq!(matcher(&app).profile.ratings.len(), 34);
    // Replacing every rating is asked once more: a stray key loses nothing.
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(matcher(&app).profile.ratings.len(), 34);
    assert!(
        app.notice.as_deref().is_some_and(|n| n.contains("34 ratings kept: press x again")),
        "{:?}",
        app.notice
    );
    // Asked, then away and back: the next x asks again.
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(matcher(&app).profile.ratings.len(), 34);
    press(&mut app, KeyCode::Char('x'));
    assert!(matcher(&app).profile.ratings.is_empty());
    // r moves to the occupations; Enter opens the selected one.
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('r'));
    press(&mut app, KeyCode::Down);
    let second = matcher(&app).ranked[1].0;
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.role(), Some(second));
}

/// Rating another skill reorders the occupations: one picked out of the list stays picked
/// wherever it moves, while a selection left at the top follows the new best.
#[test]
fn a_picked_occupation_stays_picked_when_a_rating_reorders_the_list() {
    let mut app = matcher_on("electricians");
    crate::explorer::offscreen::render(&mut app, 160, 48);
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Char('r'));
    for _ in 0..5 {
        press(&mut app, KeyCode::Down);
    }
    let picked = matcher(&app).ranked[5].0;
    press(&mut app, KeyCode::Char('r'));
    let mut moved = false;
    for _ in 0..12 {
        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Char('5'));
        let m = matcher(&app);
        assert_eq!(m.ranked[m.results.selected].0, picked);
        moved |= m.results.selected != 5;
    }
    assert!(moved, "no rating moved the picked occupation: the test checks nothing");
    // Back at the top, the top follows the ranking.
    press(&mut app, KeyCode::Char('r'));
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Char('r'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('5'));
    let m = matcher(&app);
    assert_eq!(m.results.selected, 0);
    assert_eq!(m.ranked[0], fit::rank(app.shared().moves(), &m.profile.vector(app.shared().moves()))[0]);
}

#[test]
fn a_narrow_pane_shows_one_list_at_a_time() {
    use crate::explorer::offscreen::render;
    let mut app = matcher_on("electricians");
    let screen = render(&mut app, 45, 14);
    assert!(screen.contains("Rate skills, then r"), "{screen}");
    press(&mut app, KeyCode::Char('5'));
    let screen = render(&mut app, 45, 14);
    assert!(screen.contains("●●●●●") && screen.contains("│ best "), "{screen}");
    assert!(!screen.contains("occupation"), "{screen}");
    press(&mut app, KeyCode::Char('r'));
    let screen = render(&mut app, 45, 14);
    assert!(screen.contains("fit  occupation"), "{screen}");
    assert!(!screen.contains("●●●●●"), "{screen}");
}

#[test]
fn the_profile_is_saved_and_read_back_and_a_bad_file_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profile.ron");
    let mut app = matcher_on("electricians");
    let m = app.pane_state_mut::<Matcher>().unwrap();
    assert_eq!(m.restore(path.clone()), None, "no file yet is no problem");
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('5'));
    let m = app.pane_state_mut::<Matcher>().unwrap();
    assert_eq!(m.finish_saving(), None);
    let saved = load_profile(&path).unwrap();
    assert_eq!(saved.rating("Reading Comprehension"), 3);
    assert_eq!(saved.rating("Active Listening"), 5);
    let mut fresh = Matcher::default();
    assert_eq!(fresh.restore(path.clone()), None);
    assert_eq!(fresh.profile, saved);

    std::fs::write(&path, "(ratings: {\"Writing\": oops})").unwrap();
    let mut broken = Matcher::default();
    let problem = broken.restore(path.clone()).unwrap();
    assert!(problem.starts_with(&format!("{}:1:", path.display())), "{problem}");
    assert!(problem.ends_with("the skills profile is ignored"), "{problem}");
    assert!(broken.profile.ratings.is_empty());
}
