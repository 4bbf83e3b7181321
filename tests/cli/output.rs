//! The shapes of the outputs: text wrapped to the width, JSON keys, Markdown, the data variable.

use super::*;

#[test]
fn data_from_the_environment() {
    let file = temp_catalog(MINIMAL);
    cli()
        .env("CAREER_EXPLORER_DATA", file.path())
        .arg("list")
        .assert()
        .success()
        .stdout("a  A\nb  B\n");
    // Empty means not set: the built-in catalogs.
    cli()
        .env("CAREER_EXPLORER_DATA", "")
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("ok: 1021 roles"));
}

#[test]
fn markdown_show() {
    cli()
        .args([
            "--data",
            SEED,
            "show",
            "group-manager",
            "--format",
            "markdown",
        ])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("# Group Manager\n"))
        .stdout(predicate::str::contains("$135,074 (finance)"));
}

#[test]
fn no_terminal_no_explorer() {
    cli()
        .assert()
        .code(1)
        .stderr(predicate::str::contains("the explorer needs a terminal"));
}

#[test]
fn render_prints_plain_text_at_the_given_size() {
    let out = cli()
        .args([
            "--data", SEED, "render", "--pane", "skills", "--size", "90x20",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let screen = String::from_utf8(out.stdout).unwrap();
    assert_eq!(screen.lines().count(), 20);
    assert!(
        screen
            .lines()
            .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 90)
    );
    assert!(screen.contains("Customer Service") && screen.contains("10%"));
    assert!(!screen.contains('\u{1b}'));
    cli()
        .args(["render", "--size", "0x5"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is not WIDTHxHEIGHT"));
}

fn stdout(args: &[&str]) -> String {
    let out = cli().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The words of `text`, for comparing text across line breaks.
fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

#[test]
fn show_and_compare_wrap_whole_words_at_80_columns_in_a_pipe() {
    let show = stdout(&["show", "software developers"]);
    let compare = stdout(&["compare", "senior-operations-manager", "group-manager"]);
    for text in [&show, &compare] {
        for line in text.lines() {
            assert!(
                unicode_width::UnicodeWidthStr::width(line) <= 80,
                "{line:?}"
            );
        }
    }
    // The summary's words, in order, across its lines: wrapped between words, never inside.
    let summary = embedded_json(&["show", "software developers", "--format", "json"])["summary"]
        .as_str()
        .unwrap()
        .to_string();
    let paragraph: Vec<&str> = show
        .split("What the role does\n")
        .nth(1)
        .unwrap()
        .split("\n\n")
        .next()
        .unwrap()
        .lines()
        // Other titles follow, indented ("  Also called: ...").
        .take_while(|line| !line.starts_with(' '))
        .collect();
    assert!(paragraph.len() > 3, "{paragraph:?}");
    assert_eq!(words(&paragraph.join(" ")), words(&summary));
    // A wrapped compare cell continues under itself, in the other role's column.
    let lines: Vec<&str> = compare.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("Average pay "))
        .unwrap();
    let column = lines[at].find("lower than Senior").unwrap();
    assert_eq!(lines[at + 1], format!("{:column$}Manager", ""), "{compare}");
    // A long duty hangs under its bullet.
    let seed = stdout(&["show", "area-manager"]);
    assert!(
        seed.contains(
            "  • Monitor and evaluate the performance and progress of stores and their\n    workforce\n"
        ),
        "{seed}"
    );
}

#[test]
fn list_pads_ids_to_a_column_not_to_the_longest() {
    let list = stdout(&["list"]);
    let line = |id: &str| {
        list.lines()
            .find(|l| l.split_whitespace().next() == Some(id))
            .unwrap()
            .to_string()
    };
    assert_eq!(
        line("group-manager"),
        format!("{:32}  Group Manager", "group-manager")
    );
    assert_eq!(
        line("chief-executives"),
        format!("{:32}  Chief Executives", "chief-executives")
    );
    let long = "entertainment-and-recreation-managers-except-gambling";
    assert_eq!(
        line(long),
        format!("{long}  Entertainment and Recreation Managers, Except Gambling")
    );
    let short_ids = list
        .lines()
        .filter(|l| l.split_whitespace().next().is_some_and(|id| id.len() <= 32));
    let over_80 = short_ids.filter(|l| l.len() > 80).count();
    assert!(
        over_80 < 120,
        "{over_80} lines with short ids run past 80 columns"
    );
}

/// Every key of every object in `value`, with its path (array items as `[]`).
fn key_paths(value: &Value, path: &str, out: &mut std::collections::BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                let path = format!("{path}.{key}");
                out.insert(path.clone());
                key_paths(item, &path, out);
            }
        }
        Value::Array(items) => items
            .iter()
            .for_each(|i| key_paths(i, &format!("{path}[]"), out)),
        _ => {}
    }
}

#[test]
fn json_keys_are_always_present() {
    let keys = |role: &str| {
        let json = embedded_json(&["show", role, "--format", "json"]);
        let mut top: Vec<String> = json.as_object().unwrap().keys().cloned().collect();
        top.sort();
        top
    };
    let seed = keys("senior-operations-manager");
    assert_eq!(
        seed,
        keys("registered-nurses"),
        "a career page role and an occupation"
    );
    assert_eq!(seed, keys("legislators"));
    for key in [
        "code",
        "wages",
        "alternate_titles",
        "related",
        "notes",
        "types",
        "summary",
    ] {
        assert!(
            seed.contains(&key.to_string()),
            "{key} missing from {seed:?}"
        );
    }
    // Nested objects too: sources and wages carry every key, null when unknown.
    let nurses = embedded_json(&["show", "registered-nurses", "--format", "json"]);
    let mut paths = std::collections::BTreeSet::new();
    key_paths(&nurses, "", &mut paths);
    for path in [
        ".sources[].publisher",
        ".sources[].updated",
        ".wages.top_coded_at",
        ".wages.by_industry[].naics",
        ".comparisons",
    ] {
        assert!(paths.contains(path), "{path} missing");
    }
    let list = embedded_json(&["list", "--format", "json"]);
    for entry in list.as_array().unwrap() {
        let mut keys: Vec<&str> = entry
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort();
        assert_eq!(
            keys,
            [
                "catalog",
                "code",
                "employment",
                "id",
                "job_zone",
                "median_wage",
                "openings",
                "outlook",
                "projected_growth",
                "title"
            ]
        );
    }
}

#[test]
fn list_json_has_the_figures_to_sort_by() {
    let list = embedded_json(&["list", "--format", "json"]);
    let nurses = list
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "registered-nurses")
        .unwrap();
    assert_eq!(nurses["code"], "29-1141.00");
    assert_eq!(nurses["median_wage"], 97550);
    assert_eq!(nurses["employment"], 3379720);
    assert_eq!(nurses["projected_growth"], 4.9);
    assert_eq!(nurses["openings"], 189100);
    assert_eq!(nurses["outlook"], "stable");
    assert_eq!(nurses["job_zone"], 4);
    assert_eq!(list[0]["code"], Value::Null, "the career page has no code");
    assert_eq!(list[0]["projected_growth"], Value::Null, "nor an outlook");
}

#[test]
fn markdown_show_has_everything_the_text_has() {
    for role in ["senior-operations-manager", "registered-nurses"] {
        let text = stdout(&["show", role]);
        let markdown = stdout(&["show", role, "--format", "markdown"]);
        // Every section of the text is a section of the Markdown.
        let sections: Vec<&str> = text
            .split("\n\n")
            .skip(1)
            .filter_map(|block| block.lines().next())
            .filter(|first| !first.starts_with("Not in source: "))
            .collect();
        assert!(sections.len() >= 9, "{sections:?}");
        // Sections the source has nothing for are named once, at the end, in both.
        let absent = text
            .lines()
            .find(|l| l.starts_with("Not in source: "))
            .unwrap_or_else(|| panic!("{role}: no absent sections named in\n{text}"));
        assert!(
            markdown.contains(&format!("*{absent}")),
            "{role}: {absent:?} not in\n{markdown}"
        );
        assert!(
            !text.contains("\n  not in source\n"),
            "{role}: an empty section printed"
        );
        for section in sections {
            let escaped = section.replace('*', "\\*");
            assert!(
                markdown.contains(&format!("\n## {escaped}\n")),
                "{role}: no {section:?} in\n{markdown}"
            );
        }
    }
    let nurses = stdout(&["show", "registered-nurses", "--format", "markdown"]);
    assert!(nurses.contains("Occupation code: 29-1141.00"), "{nurses}");
    assert!(
        nurses.contains("\n## Employment and median wage by industry\n\n| Industry | Employment | Median wage |\n|---|---:|---:|\n| Health Care and Social Assistance | 2,895,620 | $97,660 |"),
        "{nurses}"
    );
    let seed = stdout(&["show", "senior-operations-manager", "--format", "markdown"]);
    assert!(
        seed.contains(
            "- Group Manager: `career-explorer compare senior-operations-manager group-manager`"
        ),
        "{seed}"
    );
    // Education and industries, from a catalog that has them.
    let file = temp_catalog(
        r#"CatalogFile(title: "T", roles: [Role(id: "a", title: "A",
            education: Education(levels: [EducationShare(level: "Bachelor's Degree", share: 61.5)]),
            wages: Wages(release: "OEWS", median: 50000,
                by_industry: [IndustryWages(industry: "Retail Trade", employment: 1200)]))])"#,
    );
    let path = file.path().display().to_string();
    let text = stdout(&["--data", &path, "show", "a"]);
    assert!(
        text.contains("\nEducation\n  Bachelor's Degree: 61.5%\n"),
        "{text}"
    );
    assert!(
        text.contains("\nEmployment by industry\n  Retail Trade: 1,200\n"),
        "{text}"
    );
    let markdown = stdout(&["--data", &path, "show", "a", "--format", "markdown"]);
    assert!(
        markdown.contains("| Bachelor's Degree | 61.5% |"),
        "{markdown}"
    );
    assert!(markdown.contains("## Employment by industry\n\n| Industry | Employment |\n|---|---:|\n| Retail Trade | 1,200 |"), "{markdown}");
}

#[test]
fn the_occupation_code_is_in_text_output() {
    let text = stdout(&["show", "registered nurses"]);
    assert!(
        text.starts_with("Registered Nurses  registered-nurses\nOccupation code: 29-1141.00\n"),
        "{text}"
    );
}

#[test]
fn search_highlights_by_the_colour_rule_of_every_output() {
    let search = |env: &[(&str, &str)]| {
        let mut cmd = program();
        cmd.env_remove("NO_COLOR").env_remove("CLICOLOR");
        for (key, value) in env {
            cmd.env(key, value);
        }
        let out = cmd
            .args(["search", "nurse", "--limit", "1"])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    // The matched letters, bold yellow: forced on in a pipe, as `show` and `list` are.
    let forced = search(&[("CLICOLOR_FORCE", "1")]);
    assert!(forced.contains("\u{1b}[1m\u{1b}[33mN"), "{forced:?}");
    for off in [
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")][..],
        &[][..],
        &[("CLICOLOR", "0")][..],
    ] {
        let plain = search(off);
        assert!(!plain.contains('\u{1b}'), "{off:?}: {plain:?}");
        assert!(plain.contains("Registered Nurses"), "{plain:?}");
    }
}
