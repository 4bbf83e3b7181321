//! Terminal hygiene: entering and leaving the full-screen mode exactly once each way, on every
//! way out (quit, error, panic, terminating signals), and job control (Ctrl-Z / SIGTSTP leaves
//! the full screen before stopping; `fg` comes back and redraws).

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};
use signal_hook::consts::signal::*;
use signal_hook::low_level;

/// Whether the terminal is in the explorer's mode now (raw, alternate screen, mouse).
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Set when the screen must be drawn from scratch (after `fg`).
static REDRAW: AtomicBool = AtomicBool::new(false);
/// A terminating signal received, for the loop to save what it must and leave (0: none).
static TERMINATE: AtomicI32 = AtomicI32::new(0);
/// Held while writing to the terminal, so a signal never restores it in the middle of a frame.
static WRITING: Mutex<()> = Mutex::new(());

/// Signals that end the explorer: the terminal is restored first. (SIGKILL cannot be caught;
/// SIGSTOP, SIGSEGV and friends cannot be handled safely.)
const TERMINATING: &[i32] = &[
    SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGXCPU, SIGXFSZ,
];

/// Takes the terminal for writing. A panic while it was held does not keep it.
pub fn lock() -> MutexGuard<'static, ()> {
    WRITING.lock().unwrap_or_else(|e| e.into_inner())
}

/// The terminating signal received, if any: the loop leaves, the state is saved, and the
/// process ends with 128 + the signal's number, as if the signal had ended it.
pub fn terminating() -> Option<i32> {
    Some(TERMINATE.load(Ordering::SeqCst)).filter(|&s| s != 0)
}

/// Whether the screen must be drawn from scratch; true once per request.
pub fn take_redraw() -> bool {
    REDRAW.swap(false, Ordering::SeqCst)
}

/// Puts the terminal in the explorer's mode, unless it is already.
pub fn enter() -> io::Result<()> {
    if ACTIVE.swap(true, Ordering::SeqCst) {
        return Ok(());
    }
    enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste,
        cursor::Hide
    )
}

/// Puts the terminal back as it was found, once: later calls do nothing (leaving the
/// alternate screen twice would move the cursor back over what was printed since).
pub fn restore() {
    // A panic while drawing holds the lock on this very thread: restore without it then.
    let guard = WRITING.try_lock().ok();
    restore_into(&mut io::stdout());
    drop(guard);
}

/// Writes the restoring sequences to `out` if the terminal is in the explorer's mode; true if
/// it was.
pub fn restore_into(out: &mut impl Write) -> bool {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return false;
    }
    let _ = disable_raw_mode();
    let _ = execute!(
        out,
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = out.flush();
    true
}

/// Restores the terminal when dropped, so early returns and errors restore it too.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Takes the terminal: panics and terminating signals restore it before the process ends,
/// Ctrl-Z and SIGTSTP restore it before stopping, and `fg` takes it again.
pub fn setup() -> io::Result<Guard> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    let mut watched = TERMINATING.to_vec();
    watched.extend([SIGTSTP, SIGCONT]);
    let mut signals = signal_hook::iterator::Signals::new(watched)?;
    std::thread::spawn(move || {
        for signal in signals.forever() {
            match signal {
                SIGTSTP => {
                    {
                        let _writing = lock();
                        restore_into(&mut io::stdout());
                    }
                    // Stop as the default action would; SIGCONT wakes us here.
                    let _ = low_level::raise(SIGSTOP);
                }
                SIGCONT => resume(),
                signal => {
                    // The loop saves the state and leaves (the resize wakes it from waiting
                    // for input); should it not manage in a moment, leave from here.
                    TERMINATE.store(signal, Ordering::SeqCst);
                    let _ = low_level::raise(SIGWINCH);
                    std::thread::sleep(Duration::from_millis(750));
                    let _writing = lock();
                    restore_into(&mut io::stdout());
                    std::process::exit(128 + signal);
                }
            }
        }
    });
    enter()?;
    Ok(Guard)
}

/// Back from a stop: take the terminal again and have the loop draw everything.
fn resume() {
    {
        let _writing = lock();
        if enter().is_err() {
            return;
        }
    }
    REDRAW.store(true, Ordering::SeqCst);
    // The loop blocks reading input; a resize event wakes it (crossterm watches SIGWINCH).
    let _ = low_level::raise(SIGWINCH);
}

/// Ctrl-Z: stop as a shell's job does, through the same path as SIGTSTP.
pub fn suspend() {
    let _ = low_level::raise(SIGTSTP);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restoring_twice_writes_once() {
        ACTIVE.store(true, Ordering::SeqCst);
        let mut first = Vec::new();
        assert!(restore_into(&mut first));
        let text = String::from_utf8_lossy(&first);
        assert!(
            text.contains("\u{1b}[?1049l"),
            "leaves the alternate screen: {text:?}"
        );
        let mut second = Vec::new();
        assert!(!restore_into(&mut second));
        assert!(second.is_empty(), "a second restore must write nothing");
    }
}
