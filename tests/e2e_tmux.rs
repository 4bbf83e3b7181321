//! The real binary in a real terminal (tmux): keys arrive, panes show what they should, and
//! after `q` the terminal is back in cooked mode with the main screen restored.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "e2e"])
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "e2e"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// Waits until the screen shows `text`, or fails with the last screen.
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            if start.elapsed() > Duration::from_secs(10) {
                panic!("screen never showed {text:?}; last screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.run(&["kill-server"]);
    }
}

fn tmux_available() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Starts the explorer on the seed catalog in a detached tmux session of `width`×`height`.
/// When it exits, the pane's shell prints its exit status, saves `stty -a` and prints "exited".
/// `None` when tmux is missing (allowed only outside CI).
fn start(name: &str, width: u16, height: u16) -> Option<(Tmux, tempfile::TempDir)> {
    if !tmux_available() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install tmux (.ci/run does)"
        );
        eprintln!("skipping: tmux is not installed");
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_career-explorer");
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/roles.ron");
    let script = format!(
        "{bin} --data '{}'; echo \"status $?\"; stty -a > '{}'; echo exited; sleep 30",
        seed.display(),
        dir.path().join("stty").display()
    );
    let tmux = Tmux {
        socket: format!("career-{name}-{}", std::process::id()),
    };
    let (width, height) = (width.to_string(), height.to_string());
    tmux.run(&[
        "new-session",
        "-d",
        "-s",
        "e2e",
        "-x",
        &width,
        "-y",
        &height,
        "sh",
        "-c",
        &script,
    ]);
    Some((tmux, dir))
}

/// After the explorer exited: the main screen is back and the terminal is in cooked mode.
fn assert_restored(tmux: &Tmux, dir: &tempfile::TempDir, status: &str) {
    let screen = tmux.wait_for("exited");
    assert!(
        screen.contains(&format!("status {status}")),
        "exit status:\n{screen}"
    );
    assert!(
        !screen.contains("Roles (5)"),
        "the alternate screen was left:\n{screen}"
    );
    let modes = std::fs::read_to_string(dir.path().join("stty")).unwrap();
    let flags: Vec<&str> = modes.split_whitespace().collect();
    assert!(
        flags.contains(&"icanon") && flags.contains(&"echo"),
        "terminal not back in cooked mode:\n{modes}"
    );
}

#[test]
fn explorer_in_a_real_terminal() {
    let Some((tmux, dir)) = start("e2e", 120, 35) else {
        return;
    };

    let screen = tmux.wait_for("Roles (5)");
    assert!(screen.contains("Senior Operations Manager"), "{screen}");
    assert!(screen.contains("Top employers"), "{screen}");

    tmux.keys(&["2"]);
    tmux.wait_for("15 of 15");
    tmux.keys(&["/", "k", "a", "i", "z", "e", "n"]);
    let screen = tmux.wait_for("/ kaizen");
    assert!(screen.contains("Perform Kaizen test"), "{screen}");
    tmux.keys(&["Escape"]);
    tmux.wait_for("15 of 15");

    tmux.keys(&["3"]);
    let screen = tmux.wait_for("Hard skills");
    assert!(
        screen.contains("Customer Service") && screen.contains("10%"),
        "{screen}"
    );

    tmux.keys(&["4"]);
    let screen = tmux.wait_for("1 of 4");
    assert!(screen.contains("General Manager of Operations"), "{screen}");
    tmux.keys(&["Right"]);
    let screen = tmux.wait_for("2 of 4");
    assert!(screen.contains("$135,074 (finance)"), "{screen}");

    tmux.keys(&["?"]);
    tmux.wait_for("Keys · Esc closes");
    tmux.keys(&["Escape"]);
    tmux.keys(&["1"]);
    tmux.wait_for("Top employers");

    tmux.keys(&["q"]);
    assert_restored(&tmux, &dir, "0");
}

#[test]
fn sigterm_restores_the_terminal() {
    let Some((tmux, dir)) = start("term", 100, 30) else {
        return;
    };
    tmux.wait_for("Roles (5)");
    let shell = tmux.run(&["list-panes", "-t", "e2e", "-F", "#{pane_pid}"]);
    let children = Command::new("pgrep")
        .args(["-P", shell.trim()])
        .output()
        .unwrap();
    let explorer = String::from_utf8_lossy(&children.stdout).trim().to_string();
    assert!(
        !explorer.is_empty(),
        "no explorer process under the pane's shell"
    );
    Command::new("kill")
        .args(["-TERM", &explorer])
        .status()
        .unwrap();
    assert_restored(&tmux, &dir, "143");
}
