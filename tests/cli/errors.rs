//! Bad input: every problem with its file, line, column and field, and exit code 1.

use super::*;

#[test]
fn unknown_role_names_the_closest_ids() {
    cli()
        .args(["--data", SEED, "show", "area-manger"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("unknown role \"area-manger\""))
        .stderr(predicate::str::contains("area-manager"));
}

#[test]
fn syntax_error_has_file_line_and_column() {
    let file = temp_catalog(
        "CatalogFile(\n    title: \"T\",\n    roles: [\n        Role(id: \"a\" title: \"A\"),\n    ],\n)",
    );
    let path = file.path().display().to_string();
    cli()
        .args(["check", &path])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(format!("error: {path}:4:")));
}

#[test]
fn unknown_field_is_named_with_its_position() {
    let file = temp_catalog(
        "CatalogFile(\n    title: \"T\",\n    roles: [Role(id: \"a\", title: \"A\", salry: None)],\n)",
    );
    cli()
        .args(["check"])
        .arg(file.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains(":3:"))
        .stderr(predicate::str::contains("salry"));
}

#[test]
fn semantic_problems_are_all_reported_at_once() {
    let text = r#"CatalogFile(
    title: "Broken",
    roles: [
        Role(id: "a", title: "A",
            hard_skills: [HardSkill(name: "X", share: 150.0)],
            employers: [Employer(name: "E", open_jobs: -3)],
        ),
        Role(id: "a", title: "Again"),
        Role(id: "Not A Slug", title: ""),
    ],
    comparisons: [
        Comparison(role: "a", other: "ghost"),
    ],
)"#;
    let file = temp_catalog(text);
    let path = file.path().display().to_string();
    let out = cli().args(["check", &path]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    for expected in [
        format!("{path}:5:"),
        "hard_skills[0].share: 150 is outside 0–100".to_string(),
        format!("{path}:6:"),
        "employers[0].open_jobs: -3 is negative".to_string(),
        // The duplicate's own line, not the first role's.
        format!("{path}:8:14: roles[1] (a).id: duplicate id \"a\" (first used by roles[0])"),
        "roles[2] (Not A Slug).id: \"Not A Slug\" is not a slug".to_string(),
        "(Not A Slug).title: is empty".to_string(),
        "comparisons[0].other: unknown role \"ghost\"".to_string(),
    ] {
        assert!(
            stderr.contains(&expected),
            "missing {expected:?} in:\n{stderr}"
        );
    }
    assert_eq!(stderr.lines().count(), 6, "{stderr}");
}

#[test]
fn ids_must_be_unique_across_files() {
    let first = temp_catalog(MINIMAL);
    let second = temp_catalog(MINIMAL);
    cli()
        .arg("--data")
        .arg(first.path())
        .arg("--data")
        .arg(second.path())
        .arg("list")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("role id \"a\" is also defined in"))
        .stderr(predicate::str::contains(first.path().display().to_string()));
}

#[test]
fn control_characters_are_removed_with_a_warning() {
    let text = MINIMAL.replace(
        "title: \"A\"",
        "title: \"A\\u{1b}]0;pwned\\u{7}\\u{1b}[31m red\"",
    );
    let file = temp_catalog(&text);
    cli()
        .arg("check")
        .arg(file.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("removed control characters"));
    let out = cli()
        .arg("--data")
        .arg(file.path())
        .args(["list"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("A red"), "{stdout}");
    assert!(
        !stdout.contains('\u{1b}') && !stdout.contains("pwned"),
        "{stdout:?}"
    );
}

#[test]
fn oversized_files_are_refused_before_reading() {
    let file = tempfile::NamedTempFile::new().unwrap();
    file.as_file().set_len(300 * 1024 * 1024).unwrap(); // sparse: costs no disk
    cli()
        .arg("check")
        .arg(file.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "catalogs over 256 MiB are refused",
        ));
}

#[test]
fn missing_file_and_directory_are_clear_errors() {
    cli()
        .args(["check", "no/such/catalog.ron"])
        .assert()
        .code(1)
        .stderr("error: no/such/catalog.ron: cannot open: no such file\n");
    cli()
        .args(["check", "assets"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is a directory"));
}

#[test]
fn invalid_utf8_is_reported_with_its_offset() {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(b"CatalogFile(title: \"\xff\")").unwrap();
    cli()
        .arg("check")
        .arg(file.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains(":1:21: not valid UTF-8 (byte 20)"));
}

/// The problems `check` prints for `text`, one per line, with the file name cut off.
fn problems(text: &str) -> Vec<String> {
    let file = temp_catalog(text);
    let path = file.path().display().to_string();
    let out = cli().args(["check", &path]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8(out.stderr)
        .unwrap()
        .lines()
        .map(|l| l.replacen(&format!("error: {path}:"), "", 1))
        .collect()
}

#[test]
fn validation_gaps_are_closed() {
    let text = r#"CatalogFile(
    title: "Gaps",
    sources: [Source(name: "Page", updated: "2025-02-30"), Source(name: " ")],
    roles: [
        Role(id: "a", title: "A", related: ["b", "a"],
            hard_skills: [HardSkill(name: "", share: 10.0)],
            soft_skills: [SoftSkill(name: "")],
            employers: [Employer(name: "", open_jobs: 3)],
            salary: Salary(top_industry: IndustryPay(industry: "", average: 1)),
            education: Education(levels: [EducationShare(level: "", share: 40.0)]),
        ),
        Role(id: "b", title: "B",
            wages: Wages(release: "OEWS", p10: 50000, p25: 40000, median: 60000,
                by_industry: [IndustryWages(industry: "", employment: 5)]),
        ),
    ],
    comparisons: [
        Comparison(role: "a", other: "b", pay: lower),
        Comparison(role: "b", other: "a", pay: lower),
    ],
)"#;
    let problems = problems(text);
    let expected = [
        "3:36: sources[0].updated: \"2025-02-30\" is not a date (YYYY-MM-DD, a day that exists)",
        "3:67: sources[1].name: is empty",
        "6:37: roles[0] (a).hard_skills[0].name: is empty",
        "7:37: roles[0] (a).soft_skills[0].name: is empty",
        "8:34: roles[0] (a).employers[0].name: is empty",
        "9:54: roles[0] (a).salary.top_industry.industry: is empty",
        "10:58: roles[0] (a).education.levels[0].level: is empty",
        "13:55: roles[1] (b).wages.p25: p25 (40000) is below p10 (50000); percentiles must rise: p10 ≤ p25 ≤ median ≤ p75 ≤ p90",
        "14:45: roles[1] (b).wages.by_industry[0].industry: is empty",
        "5:35: roles[0] (a).related[1]: \"a\" is the role itself",
        "19:20: comparisons[1].role: compares \"b\" and \"a\" again (comparisons[0] already does); state each pair once",
    ];
    assert_eq!(problems, expected);
}

#[test]
fn a_catalog_without_roles_is_refused_everywhere() {
    let file = temp_catalog("CatalogFile(title: \"Empty\",\n    roles: [],\n)");
    let path = file.path().display().to_string();
    let expected = format!("error: {path}:2:5: roles: no roles; a catalog needs at least one\n");
    cli()
        .arg("check")
        .arg(&path)
        .assert()
        .code(1)
        .stderr(expected.clone());
    for args in [&["list"][..], &["show", "a"], &["search", "a"], &["render"]] {
        cli()
            .arg("--data")
            .arg(&path)
            .args(args)
            .assert()
            .code(1)
            .stderr(expected.clone());
    }
}

#[test]
fn texts_over_their_limit_are_refused_with_their_place() {
    let summary = "word ".repeat(200_000);
    let text = format!(
        "CatalogFile(title: \"Huge\", roles: [\n    Role(id: \"a\", title: \"A\",\n        summary: \"{summary}\"),\n])"
    );
    assert_eq!(
        problems(&text),
        ["3:9: roles[0] (a).summary: 1,000,000 characters; texts may have at most 10,000"]
    );
    let title = "T".repeat(501);
    let text = format!("CatalogFile(title: \"{title}\", roles: [Role(id: \"a\", title: \"A\")])");
    assert_eq!(
        problems(&text),
        ["1:13: title: 501 characters; names and titles may have at most 500"]
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let file = temp_catalog(&format!("\u{feff}{MINIMAL}"));
    cli()
        .arg("check")
        .arg(file.path())
        .assert()
        .success()
        .stdout("ok: 2 roles, 0 responsibilities, 0 comparisons\n");
}

#[test]
fn a_quoted_name_says_which_names_fit() {
    let text = MINIMAL.replace(
        "],\n)",
        "],\n    comparisons: [Comparison(role: \"a\", other: \"b\", pay: \"lower\")],\n)",
    );
    assert_eq!(
        problems(&text),
        ["7:58: pay: expected lower, similar or higher, written without quotes"]
    );
}

/// Thousands of problems, each placed on its own line: placing them reads the file front to
/// back (how long it takes is measured in the README, not here).
#[test]
fn thousands_of_problems_each_on_its_own_line() {
    let mut text = String::from("CatalogFile(title: \"Many\", roles: [\n");
    for i in 0..3000 {
        text.push_str(&format!(
            "    Role(id: \"r{i}\", title: \"R\", related: [\"ghost-{i}\"]),\n"
        ));
    }
    text.push_str("])\n");
    let problems = problems(&text);
    assert_eq!(problems.len(), 3000);
    for (i, problem) in problems.iter().enumerate() {
        let expected = format!(
            "{}:{}: roles[{i}] (r{i}).related[0]: unknown role \"ghost-{i}\"",
            i + 2,
            31 + i.to_string().len()
        );
        assert!(
            problem.starts_with(&expected),
            "{problem} is not {expected}"
        );
    }
}
