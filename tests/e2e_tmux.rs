//! The real binary in a real terminal (tmux): keys arrive, panes show what they should, the
//! shortlist and the state chosen for wages survive a restart, pastes do not freeze it, and after `q`, Ctrl-C, Ctrl-Z and
//! signals the terminal is back in cooked mode with the main screen restored. Every run uses its
//! own config and state files, never the user's.

use std::path::{Path, PathBuf};
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

    /// Pastes `text` as a terminal does (bracketed, since the explorer asks for it).
    fn paste(&self, text: &str) {
        self.run(&["set-buffer", "-b", "paste", text]);
        self.run(&["paste-buffer", "-p", "-b", "paste", "-t", "e2e"]);
    }

    /// From the start screen, opens a role by typing `typed` into the role list's filter and
    /// pressing Enter once `selected` is the selected row.
    fn open_by_filter(&self, typed: &str, selected: &str) {
        self.wait_for("Roles (1,021)");
        self.keys(&["/"]);
        self.wait_for("1,021 of 1,021");
        self.keys(&["-l", typed]);
        self.wait_for(&format!("▶ {selected}"));
        self.keys(&["Enter"]);
    }

    /// Waits until the screen shows `text`, or fails with the last screen.
    fn wait_for(&self, text: &str) -> String {
        self.wait_until(text, |screen| screen.contains(text))
    }

    /// Waits until the screen shows every one of `texts`: a frame is read as it is written,
    /// so a part of it can show before the rest.
    fn wait_for_all(&self, texts: &[&str]) -> String {
        self.wait_until(&texts.join(", "), |screen| {
            texts.iter().all(|t| screen.contains(t))
        })
    }

    fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            // Generous: under load a debug build takes seconds to start and draw.
            if start.elapsed() > Duration::from_secs(30) {
                panic!("screen never showed {what:?}; last screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The explorer's process id: the child of the pane's shell.
    fn explorer_pid(&self) -> String {
        let shell = self.run(&["list-panes", "-t", "e2e", "-F", "#{pane_pid}"]);
        let children = Command::new("pgrep")
            .args(["-P", shell.trim()])
            .output()
            .unwrap();
        let pid = String::from_utf8_lossy(&children.stdout).trim().to_string();
        assert!(
            !pid.is_empty(),
            "no explorer process under the pane's shell"
        );
        pid
    }

    fn signal(&self, name: &str) {
        Command::new("kill")
            .args([&format!("-{name}"), &self.explorer_pid()])
            .status()
            .unwrap();
    }

    /// The terminal's modes as `stty -a` reports them now.
    fn stty(&self) -> String {
        let tty = self.run(&["display", "-p", "-t", "e2e", "#{pane_tty}"]);
        let out = Command::new("stty")
            .args(["-a", "-F", tty.trim()])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
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

/// A folder for one test's config, state and `stty` output.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// Starts the explorer on the seed catalog in a detached tmux session of `width`×`height`,
/// with `env` set. When it exits, the pane's shell prints its exit status, saves `stty -a` and
/// prints "exited". `None` when tmux is missing (allowed only outside CI).
fn start_in(name: &str, home: &Home, size: (u16, u16), env: &str) -> Option<Tmux> {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/roles.ron");
    start_on(
        name,
        home,
        size,
        env,
        &format!("--data '{}'", seed.display()),
    )
}

/// Starts the explorer with `args` (no `--data`: the built-in catalogs).
fn start_on(name: &str, home: &Home, size: (u16, u16), env: &str, args: &str) -> Option<Tmux> {
    if !tmux_available() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install tmux (.ci/run does)"
        );
        eprintln!("skipping: tmux is not installed");
        return None;
    }
    let bin = env!("CARGO_BIN_EXE_career-explorer");
    let script = format!(
        "CAREER_EXPLORER_CONFIG='{}' CAREER_EXPLORER_STATE='{}' CAREER_EXPLORER_CACHE='{}' \
         {env} {bin} {args}; echo \"status $?\"; stty -a > '{}'; echo exited; sleep 30",
        home.path("config.ron").display(),
        home.path("state.ron").display(),
        home.path("cache").display(),
        home.path("stty").display()
    );
    let tmux = Tmux {
        socket: format!("career-{name}-{}", std::process::id()),
    };
    let (width, height) = (size.0.to_string(), size.1.to_string());
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
    Some(tmux)
}

fn start(name: &str, home: &Home, size: (u16, u16)) -> Option<Tmux> {
    start_in(name, home, size, "")
}

fn assert_cooked(modes: &str) {
    let flags: Vec<&str> = modes.split_whitespace().collect();
    assert!(
        flags.contains(&"icanon") && flags.contains(&"echo"),
        "terminal not back in cooked mode:\n{modes}"
    );
}

/// After the explorer exited: the main screen is back and the terminal is in cooked mode.
fn assert_restored(tmux: &Tmux, home: &Home, status: &str) -> String {
    let screen = tmux.wait_for("exited");
    assert!(
        screen.contains(&format!("status {status}")),
        "exit status:\n{screen}"
    );
    assert!(
        !screen.contains("Roles (5)"),
        "the alternate screen was left:\n{screen}"
    );
    assert_cooked(&std::fs::read_to_string(home.path("stty")).unwrap());
    screen
}

#[test]
fn explorer_in_a_real_terminal() {
    let home = Home::new();
    let Some(tmux) = start("e2e", &home, (120, 35)) else {
        return;
    };

    tmux.wait_for_all(&["Roles (5)", "Senior Operations Manager", "Top employers"]);

    tmux.keys(&["2"]);
    tmux.wait_for("Responsibilities (15)");
    tmux.keys(&["/", "k", "a", "i", "z", "e", "n"]);
    tmux.wait_for_all(&["/ kaizen", "Perform Kaizen test"]);
    tmux.keys(&["Escape"]);
    tmux.wait_for("Responsibilities (15)");

    tmux.keys(&["3"]);
    tmux.wait_for_all(&["Hard skills", "Customer Service", "10%"]);

    tmux.keys(&["4"]);
    tmux.wait_for_all(&["1 of 4", "General Manager of Operations"]);
    tmux.keys(&["]"]);
    tmux.wait_for_all(&["2 of 4", "$135,074 (finance)"]);

    tmux.keys(&["?"]);
    tmux.wait_for("Keys · Esc closes");
    // Esc and a key in the same write read as Alt and the key: wait in between.
    tmux.keys(&["Escape"]);
    tmux.wait_until("the help closed", |s| !s.contains("Keys · Esc closes"));
    tmux.keys(&["1"]);
    tmux.wait_for("Top employers");

    tmux.keys(&["q"]);
    assert_restored(&tmux, &home, "0");
}

#[test]
fn back_after_enter_in_compare() {
    let home = Home::new();
    let Some(tmux) = start("back", &home, (120, 35)) else {
        return;
    };
    tmux.wait_for("Roles (5)");
    tmux.keys(&["4"]);
    tmux.wait_for("1 of 4");
    tmux.keys(&["Enter"]);
    tmux.wait_for(" career-explorer   General Manager of Operations");
    tmux.keys(&["BSpace"]);
    tmux.wait_for_all(&[" career-explorer   Senior Operations Manager", "1 of 4"]);
    tmux.keys(&["M-Right"]);
    tmux.wait_for(" career-explorer   General Manager of Operations");
    tmux.keys(&["q"]);
    assert_restored(&tmux, &home, "0");
}

#[test]
fn the_shortlist_and_the_last_role_survive_a_restart() {
    let home = Home::new();
    let Some(tmux) = start("shortlist", &home, (100, 30)) else {
        return;
    };
    tmux.wait_for("Roles (5)");
    tmux.keys(&["m", "j", "j", "j", "m", "3"]);
    tmux.wait_for("★ Area Manager");
    tmux.keys(&["q"]);
    assert_restored(&tmux, &home, "0");
    drop(tmux);

    let Some(tmux) = start("shortlist-again", &home, (100, 30)) else {
        return;
    };
    let screen = tmux.wait_for("Roles (5)");
    assert!(
        screen.contains(" career-explorer   Area Manager"),
        "{screen}"
    );
    assert!(
        screen.contains("Hard skills"),
        "the Skills pane again:\n{screen}"
    );
    tmux.keys(&["M"]);
    // The border is drawn before the rows under it: wait for the whole list.
    tmux.wait_until("the shortlist alone", |screen| {
        screen.contains("Shortlist (2 of 5)")
            && screen.contains("★ Senior Operations")
            && !screen.contains("│  Group Manager")
    });
    tmux.keys(&["q"]);
    assert_restored(&tmux, &home, "0");
}

#[test]
fn a_role_list_filter_opens_a_role_and_is_there_after_a_restart() {
    let home = Home::new();
    let Some(tmux) = start_on("roles", &home, (120, 35), "", "") else {
        return;
    };
    tmux.wait_for_all(&["Roles (1,021)", "◆ Career page", "Occupations"]);
    tmux.keys(&["/"]);
    tmux.wait_for_all(&["Roles / █", "1,021 of 1,021", "Enter keep"]);
    // Kept by the title first (Advanced Practice Psychiatric Nurses), then by another name:
    // Registered Nurses for its "Psychiatric RN".
    tmux.keys(&["-l", "psych nurse"]);
    // The list's border keeps the end of a long filter in view. A frame is read as it is
    // written: wait for all of it.
    tmux.wait_until("the four roles kept", |screen| {
        screen.contains("ych nurse█")
            && screen.contains("4 of 1,021")
            && screen.contains("▶ Advanced Practice Psychiatric N")
            && screen.contains("  Registered Nurses · Psychiatric")
            && !screen.contains("Chief Executives")
    });
    tmux.keys(&["Down"]);
    tmux.wait_for_all(&[
        " career-explorer   Registered Nurses ",
        "▶ Registered Nurses · Psychiatric",
    ]);
    tmux.keys(&["Enter"]);
    tmux.wait_for_all(&["Roles / psych nurse ", "Enter open"]);
    tmux.keys(&["Enter", "3"]);
    tmux.wait_for_all(&["Work styles", "← roles"]);
    tmux.keys(&["q"]);
    assert_restored(&tmux, &home, "0");
    drop(tmux);
    let state = std::fs::read_to_string(home.path("state.ron")).unwrap();
    assert!(state.contains("filter: \"psych nurse\""), "{state}");

    let Some(tmux) = start_on("roles-again", &home, (120, 35), "", "") else {
        return;
    };
    // Every part of the restored frame, the selected row too, before reading any of it.
    tmux.wait_for_all(&[
        "Roles / psych nurse ",
        "4 of 1,021",
        "Work styles",
        "▶ Registered Nurses · Psychiatric",
    ]);
    tmux.keys(&["Left", "Escape"]);
    tmux.wait_for("Roles (1,021)");
    tmux.keys(&["q"]);
    assert_restored(&tmux, &home, "0");
}

#[test]
fn a_state_picked_for_wages_is_there_after_a_restart() {
    let home = Home::new();
    let Some(tmux) = start_on("state", &home, (100, 30), "", "") else {
        return;
    };
    tmux.open_by_filter("electricians", "Electricians");
    tmux.wait_for("Roles / electricians ");
    tmux.keys(&["w"]);
    tmux.wait_for_all(&["Wages in a state", "US  United States"]);
    tmux.keys(&["-l", "texas"]);
    tmux.wait_for_all(&["> texas█", "▶ TX  Texas"]);
    tmux.keys(&["Enter"]);
    // Texas's median, under the heading: wait for the frame to be whole.
    tmux.wait_for_all(&[
        "Wages: Texas",
        "Pay in Texas (BLS OEWS May 2025)",
        "$58,570",
    ]);
    tmux.keys(&["q"]);
    assert_restored(&tmux, &home, "0");
    drop(tmux);
    let state = std::fs::read_to_string(home.path("state.ron")).unwrap();
    assert!(state.contains("wage_state: Some(\"TX\")"), "{state}");

    let Some(tmux) = start_on("state-again", &home, (100, 30), "", "") else {
        return;
    };
    let screen = tmux.wait_for_all(&["Wages: Texas", "Pay in Texas", "▶ Electricians"]);
    assert!(
        screen.contains(" career-explorer   Electricians  47-2111.00"),
        "{screen}"
    );
    // Back to the nation's figures alone.
    tmux.keys(&["w"]);
    tmux.wait_for("Wages in a state");
    tmux.keys(&["-l", "united"]);
    tmux.wait_for("▶ US  United States");
    tmux.keys(&["Enter"]);
    tmux.wait_until("the state cleared", |s| {
        !s.contains("Wages: Texas") && s.contains("Pay (BLS OEWS May 2025)")
    });
    tmux.keys(&["q"]);
    assert_restored(&tmux, &home, "0");
}

#[test]
fn a_bad_config_is_reported_once_and_the_defaults_apply() {
    let home = Home::new();
    std::fs::write(
        home.path("config.ron"),
        "(\n  keys: { \"everywhere\": { \"quit\": [\"Hyper-Q\"] } },\n)",
    )
    .unwrap();
    let Some(tmux) = start("config", &home, (160, 30)) else {
        return;
    };
    tmux.wait_for_all(&["Roles (5)", "config.ron:2:", "unknown key \"Hyper-Q\""]);
    tmux.keys(&["j"]);
    tmux.wait_until("the notice gone", |s| {
        !s.contains("config.ron:2:") && s.contains("? help · q quit")
    });
    tmux.keys(&["q"]);
    assert_restored(&tmux, &home, "0");
}

#[test]
fn a_4kb_paste_into_the_palette_and_the_filter_answers_and_ctrl_c_quits() {
    let home = Home::new();
    let Some(tmux) = start("paste", &home, (120, 35)) else {
        return;
    };
    tmux.wait_for("Roles (5)");
    let page = "manage the vendors\nand report ".repeat(140);
    assert!(page.len() > 4096);

    tmux.keys(&["C-p"]);
    tmux.wait_for("Search everything");
    tmux.paste(&page);
    tmux.wait_for("nothing matches");
    tmux.keys(&["C-u", "k", "a", "i", "z", "e", "n"]);
    tmux.wait_for("> kaizen█");
    tmux.keys(&["Escape"]);
    tmux.wait_until("the palette closed", |s| !s.contains("Search everything"));

    tmux.keys(&["2", "/"]);
    tmux.wait_for("/ █");
    tmux.paste(&page);
    tmux.wait_for("nothing matches");
    // Typed rather than pasted (no bracketed paste): still one edit per pass.
    tmux.keys(&["C-u"]);
    tmux.keys(&["-l", &"x".repeat(4096)]);
    tmux.wait_for("nothing matches \"xxxx");
    tmux.keys(&["C-c"]);
    assert_restored(&tmux, &home, "0");
}

#[test]
fn ctrl_z_leaves_the_screen_and_sigcont_brings_it_back() {
    let home = Home::new();
    let Some(tmux) = start("suspend", &home, (100, 30)) else {
        return;
    };
    tmux.wait_for("Roles (5)");
    let pid = tmux.explorer_pid();
    tmux.keys(&["C-z"]);
    tmux.wait_until("the main screen", |s| !s.contains("Roles (5)"));
    let state = || {
        let out = Command::new("ps")
            .args(["-o", "stat=", "-p", &pid])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    let start = Instant::now();
    while !state().starts_with('T') && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(state().starts_with('T'), "stopped: {}", state());
    assert_cooked(&tmux.stty());
    assert!(
        !tmux.stty().contains(" -echo "),
        "echo back on while stopped"
    );

    Command::new("kill").args(["-CONT", &pid]).status().unwrap();
    tmux.wait_for("Roles (5)");
    tmux.keys(&["2"]);
    tmux.wait_for("Responsibilities (15)");
    tmux.keys(&["q"]);
    assert_restored(&tmux, &home, "0");
}

#[test]
fn terminating_signals_restore_the_terminal() {
    for (signal, status) in [
        ("TERM", "143"),
        ("QUIT", "131"),
        ("USR1", "138"),
        ("HUP", "129"),
    ] {
        let home = Home::new();
        let Some(tmux) = start(&format!("signal-{signal}"), &home, (100, 30)) else {
            return;
        };
        tmux.wait_for("Roles (5)");
        tmux.keys(&["j"]);
        tmux.wait_for(" career-explorer   General Manager of Operations");
        tmux.signal(signal);
        assert_restored(&tmux, &home, status);
        let state = std::fs::read_to_string(home.path("state.ron")).unwrap_or_default();
        assert!(
            state.contains("general-manager-of-operations"),
            "the last role saved on SIG{signal}:\n{state}"
        );
    }
}

#[test]
fn a_dumb_terminal_is_told_what_to_use_instead() {
    let home = Home::new();
    let Some(tmux) = start_in("dumb", &home, (100, 30), "TERM=dumb") else {
        return;
    };
    let screen = tmux.wait_for_all(&["exited", "TERM is \"dumb\"", "status 1"]);
    assert!(!screen.contains('\u{1b}'), "{screen}");
}

#[test]
fn compare_keeps_columns_and_exports_them_and_the_shortlist() {
    let home = Home::new();
    let exports = home.path("exports");
    std::fs::create_dir_all(&exports).unwrap();
    let env = format!("CAREER_EXPLORER_EXPORT_DIR='{}'", exports.display());
    let Some(tmux) = start_in("export", &home, (100, 30), &env) else {
        return;
    };
    tmux.wait_for("Roles (5)");
    // Compare, into the pane, keep the comparison shown, walk on: three columns.
    tmux.keys(&["4", "l", "a", "]"]);
    tmux.wait_for("3 roles, 1 kept");
    tmux.keys(&["e"]);
    tmux.wait_for("Exported to");
    let name = "career-explorer-compare-senior-operations-manager-general-manager-of-operations-group-manager.md";
    let written = std::fs::read_to_string(exports.join(name)).unwrap();
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/roles.ron");
    let shell = Command::new(env!("CARGO_BIN_EXE_career-explorer"))
        .args(["--data"])
        .arg(&seed)
        .args([
            "compare",
            "senior-operations-manager",
            "general-manager-of-operations",
            "group-manager",
            "--format",
            "markdown",
        ])
        .env("CAREER_EXPLORER_CACHE", "")
        .output()
        .unwrap();
    assert_eq!(
        written,
        String::from_utf8_lossy(&shell.stdout),
        "the shell's Markdown"
    );
    assert!(
        written.starts_with("# Senior Operations Manager vs "),
        "{written}"
    );

    // From the role list: the marked roles.
    tmux.keys(&["h", "m"]);
    tmux.wait_for("★ Senior Operations");
    tmux.keys(&["e"]);
    let file = exports.join("career-explorer-shortlist.md");
    tmux.wait_until("the shortlist written", |_| file.exists());
    let shortlist = std::fs::read_to_string(&file).unwrap();
    assert!(
        shortlist.starts_with(
            "# Shortlist (1 role)\n\n| Role | id | Median wage | Outlook | Job Zone |"
        ),
        "{shortlist}"
    );
    assert!(
        shortlist.contains("| Senior Operations Manager | `senior-operations-manager` |"),
        "{shortlist}"
    );
    tmux.keys(&["q"]);
    assert_restored(&tmux, &home, "0");
}

/// The Skills matcher's ranked occupations on `screen`: each row's text after its fit.
fn matcher_results(screen: &str) -> Vec<String> {
    screen
        .lines()
        .filter_map(|line| {
            let at = line.find("% ")?;
            let rest = &line[at + 2..];
            Some(rest.split('│').next().unwrap_or(rest).trim().to_string())
        })
        .collect()
}

#[test]
fn skills_rated_in_the_matcher_are_there_after_a_restart() {
    let home = Home::new();
    let Some(tmux) = start_on("matcher", &home, (100, 30), "", "") else {
        return;
    };
    tmux.open_by_filter("electricians", "Electricians");
    tmux.wait_for("Roles / electricians ");
    tmux.keys(&["6"]);
    tmux.wait_for_all(&["Skills matcher", "0 of 35 rated", "Rate a few skills"]);
    // Reading Comprehension 4: a first list.
    tmux.keys(&["4"]);
    let first = matcher_results(&tmux.wait_for("1 of 35 rated"));
    assert!(first.len() > 5, "{first:?}");
    // Mathematics 5 (four down), Science 3 (one more down, → three times).
    tmux.keys(&["Down", "Down", "Down", "Down", "5"]);
    tmux.wait_for("2 of 35 rated");
    tmux.keys(&["Down", "Right", "Right", "Right"]);
    let screen = tmux.wait_until("three skills rated", |s| {
        s.contains("3 of 35 rated")
            && s.lines()
                .any(|l| l.contains("Science") && l.contains("●●●··"))
    });
    let third = matcher_results(&screen);
    assert_ne!(
        first[..3],
        third[..3],
        "the list follows the ratings:\n{screen}"
    );
    tmux.keys(&["q"]);
    assert_restored(&tmux, &home, "0");
    drop(tmux);
    let profile = std::fs::read_to_string(home.path("profile.ron")).unwrap();
    for rating in [
        "\"Reading Comprehension\": 4",
        "\"Mathematics\": 5",
        "\"Science\": 3",
    ] {
        assert!(profile.contains(rating), "{rating} in\n{profile}");
    }

    let Some(tmux) = start_on("matcher-again", &home, (100, 30), "", "") else {
        return;
    };
    let screen = tmux.wait_for_all(&["Skills matcher", "3 of 35 rated"]);
    assert_eq!(matcher_results(&screen)[..3], third[..3], "{screen}");
    // Into the pane (the role list has the focus at start), cleared (asked once more), and
    // saved so.
    tmux.keys(&["Right", "x"]);
    tmux.wait_for("press x again to clear them");
    tmux.keys(&["x"]);
    tmux.wait_for("0 of 35 rated");
    tmux.keys(&["q"]);
    assert_restored(&tmux, &home, "0");
    let profile = std::fs::read_to_string(home.path("profile.ron")).unwrap();
    assert!(!profile.contains("Science"), "{profile}");
}

#[test]
fn next_moves_filter_and_export_to_markdown() {
    let home = Home::new();
    let env = format!("CAREER_EXPLORER_EXPORT_DIR='{}'", home.path("").display());
    let Some(tmux) = start_on("moves", &home, (120, 30), &env, "") else {
        return;
    };
    tmux.open_by_filter("registered nurses", "Registered Nurses");
    tmux.wait_for("4 of 1,021");
    tmux.keys(&["5"]);
    tmux.wait_for_all(&["Next moves from Registered Nurses", "Acute Care Nurses ●"]);
    tmux.keys(&["p"]);
    // The whole frame drawn: the filter on, and the selection's line below the list follows.
    let screen = tmux.wait_until("the list filtered by higher pay", |s| {
        s.contains("p ✓ higher pay") && s.contains("Nurse Midwives ● related in O*NET")
    });
    assert!(
        !screen.contains("Acute Care Nurses ●"),
        "same pay is left out:\n{screen}"
    );
    tmux.keys(&["e"]);
    let screen = tmux.wait_for("Exported to");
    let file = home.path("career-explorer-moves-registered-nurses.md");
    assert!(
        screen.contains("career-explorer-moves-registered-nurses.md"),
        "{screen}"
    );
    let markdown = std::fs::read_to_string(&file).unwrap();
    assert!(
        markdown.starts_with("# Next moves from Registered Nurses\n"),
        "{markdown}"
    );
    assert!(markdown.contains("Only: higher pay."), "{markdown}");
    assert!(
        markdown.contains("| 1 | Nurse Midwives (related) | 0.89 | +$36,490 ($134,040) |"),
        "{markdown}"
    );
    tmux.keys(&["q"]);
    assert_restored(&tmux, &home, "0");
}
