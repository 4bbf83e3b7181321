//! The terminal loop: set the terminal up, turn events into actions, draw when something
//! changed, and restore the terminal on every way out (quit, error, panic, SIGTERM).

use std::io::{self, Stdout};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};

use crate::app::{Action, App, keys};
use crate::ui::{self, Hitmap};

/// Puts the terminal back as we found it. Safe to call more than once.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
}

/// Restores the terminal when dropped, so early returns and errors restore it too.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

fn setup() -> io::Result<(Guard, Terminal<CrosstermBackend<Stdout>>)> {
    // Panics restore the terminal first, then report with the previous hook.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    // SIGTERM and SIGHUP would otherwise kill us with the terminal still raw.
    let mut signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            restore();
            std::process::exit(128 + signal);
        }
    });

    enable_raw_mode()?;
    let guard = Guard;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste,
        cursor::Hide
    )?;
    let terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    Ok((guard, terminal))
}

/// Runs the explorer until the user quits.
pub fn run(mut app: App) -> io::Result<()> {
    let (_guard, mut terminal) = setup()?;
    let mut hits = Hitmap::default();
    let mut dirty = true;
    while !app.should_quit {
        if dirty {
            terminal.draw(|frame| hits = ui::draw(frame, &app))?;
            let (roles, pane, text) = hits.viewport;
            if (roles, pane) != app.viewport || text != app.text_lines {
                app.update(Action::Viewport { roles, pane, text });
            }
            dirty = false;
        }
        // Block until something happens (an idle explorer uses no CPU), then take everything
        // already queued before drawing once.
        let mut next = Some(event::read()?);
        while let Some(event) = next.take() {
            dirty |= handle(&mut app, &hits, event);
            if app.should_quit {
                break;
            }
            if event::poll(Duration::ZERO)? {
                next = Some(event::read()?);
            }
        }
    }
    Ok(())
}

/// Applies one terminal event; true when the screen must be redrawn.
pub fn handle(app: &mut App, hits: &Hitmap, event: Event) -> bool {
    let action = match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => key_action(app, key),
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => hits.click(mouse.column, mouse.row),
            MouseEventKind::ScrollDown => hits.wheel(mouse.column, mouse.row, 3),
            MouseEventKind::ScrollUp => hits.wheel(mouse.column, mouse.row, -3),
            _ => None,
        },
        Event::Paste(text) if app.wants_text() => {
            for c in text.chars().filter(|c| !c.is_control()) {
                app.update(Action::Input(c));
            }
            return true;
        }
        Event::Resize(..) => return true,
        _ => None,
    };
    match action {
        Some(action) => {
            app.update(action);
            true
        }
        None => false,
    }
}

/// The action a key asks for now: the binding table first, then text input.
pub fn key_action(app: &App, key: event::KeyEvent) -> Option<Action> {
    keys::action_for(&app.contexts(), key).or_else(|| match key.code {
        event::KeyCode::Char(c)
            if app.wants_text()
                && !key
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(Action::Input(c))
        }
        _ => None,
    })
}
