//! The terminal loop: read what is queued, turn it into actions, draw only when something
//! changed. Typing and pasting between two other keys is one edit, so a pasted page costs one
//! search, and Ctrl-C after it is handled in the same pass.

use std::io::{self, Stdout};
use std::path::PathBuf;
use std::time::Duration;

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyEventKind, MouseButton, MouseEventKind};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use super::action::Action;
use super::app::App;
use super::frame::{self, Hitmap};
use super::key::Key;
use super::state::{self, SavedState};
use super::{config, terminal, theme};
use crate::catalog::Catalog;
use crate::search::SearchIndex;

/// The drawing area never exceeds this, whatever the terminal says: a frame's cost is bounded,
/// and a 30000×30000 terminal does not ask for a 43 GB screen buffer.
pub const MAX_COLUMNS: u16 = 1000;
pub const MAX_ROWS: u16 = 500;

/// Events taken in one pass before drawing.
const MAX_BATCH: usize = 4096;

/// How long a pass waits for more input before drawing. Not zero: crossterm's level-triggered
/// reader only looks at the terminal for a non-zero wait, and a millisecond is not felt.
const SETTLE: Duration = Duration::from_millis(1);

/// Opens the explorer on `catalog` with the user's config and saved state, and runs it until
/// the user quits, searching `index` when one is given (a cached catalog's) instead of building
/// one on the first search. A bad config or state file is said once in the footer, never fatal.
pub fn launch(catalog: Catalog, index: Option<SearchIndex>) -> io::Result<()> {
    let mut notices = Vec::new();
    let settings = match config::path().map(|p| config::load(&p)) {
        Some(Ok(settings)) => settings,
        Some(Err(problem)) => {
            notices.push(format!("{problem} (using the default keys and theme)"));
            config::Config::default()
        }
        None => config::Config::default(),
    };
    let mut app = App::new(catalog);
    if let Some(index) = index {
        app.set_search_index(index);
    }
    app.set_theme(theme::Theme::for_terminal(settings.theme));
    app.set_keymap(settings.keymap);
    let state_path = state::path();
    if let Some(path) = &state_path {
        let (saved, problem) = state::load(path);
        notices.extend(problem);
        app.restore(&saved);
    }
    if let Some(path) = super::panes::matcher::profile_path() {
        if let Some(matcher) = app.pane_state_mut::<super::panes::matcher::Matcher>() {
            notices.extend(matcher.restore(path));
        }
    }
    if !notices.is_empty() {
        app.notice = Some(notices.join(" · "));
    }
    let result = run(&mut app, state_path.as_ref());
    // The skills profile is saved off the key path: wait for its last change.
    if let Some(matcher) = app.pane_state_mut::<super::panes::matcher::Matcher>() {
        if let Some(problem) = matcher.finish_saving() {
            eprintln!("warning: {problem}");
        }
    }
    // The terminal is restored by now: a state that cannot be saved is a warning, not a failure.
    if let Some(path) = &state_path {
        if let Err(e) = state::save(path, &app.saved_state()) {
            eprintln!(
                "warning: could not save the explorer's state to {}: {e}",
                path.display()
            );
        }
    }
    if let Some(signal) = terminal::terminating() {
        std::process::exit(128 + signal);
    }
    // The process ends right after: freeing the catalog piece by piece would only delay it.
    std::mem::forget(app);
    result
}

fn save(path: Option<&PathBuf>, state: &SavedState) -> io::Result<()> {
    match path {
        Some(path) => state::save(path, state),
        None => Ok(()),
    }
}

/// The terminal's size, capped.
fn screen_size() -> io::Result<Rect> {
    let (width, height) = ratatui::crossterm::terminal::size()?;
    Ok(drawing_area(width, height))
}

/// Where the explorer draws on a terminal of `width`×`height`: all of it, up to the caps.
pub fn drawing_area(width: u16, height: u16) -> Rect {
    Rect::new(0, 0, width.min(MAX_COLUMNS), height.min(MAX_ROWS))
}

/// Runs the loop on the real terminal until the user quits.
pub fn run(app: &mut App, state_path: Option<&PathBuf>) -> io::Result<()> {
    let _guard = terminal::setup()?;
    let mut area = screen_size()?;
    // A fixed viewport: ratatui never sizes its buffers from the terminal on its own.
    let mut screen: Terminal<CrosstermBackend<Stdout>> = Terminal::with_options(
        CrosstermBackend::new(io::stdout()),
        TerminalOptions {
            viewport: Viewport::Fixed(area),
        },
    )?;
    let mut hits = Hitmap::default();
    let mut dirty = true;
    let mut shortlist = app.roles.shortlist.clone();
    loop {
        if terminal::take_redraw() {
            let _writing = terminal::lock();
            screen.clear()?;
            dirty = true;
        }
        if dirty {
            let now = screen_size()?;
            if now != area {
                area = now;
                screen.resize(area)?;
            }
            app.layout(area);
            let _writing = terminal::lock();
            screen.draw(|f| hits = frame::draw(f, app))?;
        }
        // Block until something happens (an idle explorer uses no CPU), then take everything
        // already queued before drawing once.
        let mut events = vec![event::read()?];
        while events.len() < MAX_BATCH && event::poll(SETTLE)? {
            events.push(event::read()?);
        }
        dirty = apply(app, &hits, events);
        if app.should_quit || terminal::terminating().is_some() {
            return Ok(());
        }
        if app.suspend {
            app.suspend = false;
            terminal::suspend();
        }
        // Marks are kept at once, so none is lost if the explorer is killed.
        if app.roles.shortlist != shortlist {
            shortlist = app.roles.shortlist.clone();
            if let Err(e) = save(state_path, &app.saved_state()) {
                app.notice = Some(format!("could not save the shortlist: {e}"));
            }
        }
    }
}

/// Applies a batch of terminal events; true when the screen must be drawn again. Text typed or
/// pasted between two other events is applied as one edit.
pub fn apply(app: &mut App, hits: &Hitmap, events: Vec<Event>) -> bool {
    let mut changed = false;
    let mut text = String::new();
    for event in events {
        let action = match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                // A notice lasts until the next key, whatever the key does.
                if app.notice.take().is_some() {
                    changed = true;
                }
                match app.key_action(Key::from_event(key)) {
                    Some(Action::Insert(typed)) => {
                        text.push_str(&typed);
                        continue;
                    }
                    action => action,
                }
            }
            Event::Paste(pasted) => {
                if app.wants_text() {
                    text.push_str(&pasted);
                }
                continue;
            }
            Event::Mouse(mouse) => match mouse.kind {
                MouseEventKind::Down(MouseButton::Left) => hits.click(mouse.column, mouse.row),
                MouseEventKind::ScrollDown => hits.wheel(mouse.column, mouse.row, 3),
                MouseEventKind::ScrollUp => hits.wheel(mouse.column, mouse.row, -3),
                _ => None,
            },
            Event::Resize(..) => {
                changed = true;
                None
            }
            _ => None,
        };
        let Some(action) = action else {
            continue;
        };
        if !text.is_empty() {
            changed |= app.update(Action::Insert(std::mem::take(&mut text)));
        }
        changed |= app.update(action);
        if app.should_quit || app.suspend {
            return changed;
        }
    }
    if !text.is_empty() {
        changed |= app.update(Action::Insert(text));
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explorer::panes::PaneId;
    use crate::explorer::panes::responsibilities::Responsibilities;
    use crate::explorer::testing::seed;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn key(code: KeyCode) -> Event {
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn typed_characters_between_keys_are_one_edit_and_ctrl_c_still_quits() {
        let mut app = seed().open(0, PaneId::Responsibilities);
        let mut events = vec![key(KeyCode::Char('/'))];
        events.extend("kaizen".chars().map(|c| key(KeyCode::Char(c))));
        events.push(Event::Paste("\nline two".into()));
        events.push(Event::Key(KeyEvent::new(
            KeyCode::Char('c'),
            KeyModifiers::CONTROL,
        )));
        events.push(key(KeyCode::Char('x')));
        assert!(apply(&mut app, &Hitmap::default(), events));
        let pane = app.pane_state::<Responsibilities>().unwrap();
        let query = pane.filter.as_ref().unwrap().query.as_str();
        assert_eq!(query, "kaizen line two");
        assert!(app.should_quit, "Ctrl-C after a paste quits");
    }

    #[test]
    fn a_huge_terminal_gets_a_capped_drawing_area() {
        let area = drawing_area(30000, 30000);
        assert_eq!((area.width, area.height), (MAX_COLUMNS, MAX_ROWS));
        // What one frame can cost: two screen buffers of at most this many cells.
        assert!(area.area() <= 500_000);
        assert_eq!(drawing_area(120, 40), Rect::new(0, 0, 120, 40));
        let mut app = seed();
        let screen = crate::explorer::offscreen::render(&mut app, area.width, area.height);
        assert_eq!(screen.lines().count(), MAX_ROWS as usize);
        assert!(screen.contains("Roles (5)"));
    }

    #[test]
    fn a_paste_outside_a_query_does_nothing() {
        let mut app = seed();
        let changed = apply(
            &mut app,
            &Hitmap::default(),
            vec![Event::Paste("q?1".into())],
        );
        assert!(!changed);
        assert!(!app.should_quit && !app.has_overlay());
    }
}
