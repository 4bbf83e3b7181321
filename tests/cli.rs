//! The command line end to end: every figure of the seed catalog through `show` and
//! `compare` JSON, and every kind of bad input with its message, position and exit code.

use std::io::Write;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const SEED: &str = "assets/roles.ron";

fn cli() -> Command {
    let mut cmd = Command::cargo_bin("career-explorer").unwrap();
    cmd.env_remove("CAREER_EXPLORER_DATA").env("NO_COLOR", "1");
    cmd
}

/// The JSON a command prints on the seed catalog alone.
fn json(args: &[&str]) -> Value {
    embedded_json(&[&["--data", SEED], args].concat())
}

fn temp_catalog(text: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::Builder::new().suffix(".ron").tempfile().unwrap();
    file.write_all(text.as_bytes()).unwrap();
    file
}

const MINIMAL: &str = r#"CatalogFile(
    title: "Test",
    roles: [
        Role(id: "a", title: "A"),
        Role(id: "b", title: "B"),
    ],
)"#;

#[test]
fn seed_role_carries_every_figure() {
    let som = json(&["show", "senior-operations-manager", "--format", "json"]);
    assert_eq!(som["title"], "Senior Operations Manager");
    assert_eq!(som["sources"][0]["updated"], "2025-01-08");
    let responsibilities = som["responsibilities"].as_array().unwrap();
    assert_eq!(responsibilities.len(), 15);
    assert_eq!(
        responsibilities[12],
        "Perform Kaizen test to improve operational efficiency in imaging center."
    );
    let skills: Vec<(String, f64)> = som["hard_skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap().to_string(),
                s["share"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        skills,
        [
            ("Customer Service".to_string(), 10.0),
            ("Project Management".to_string(), 8.0),
            ("Continuous Improvement".to_string(), 7.0),
            ("Oversight".to_string(), 6.0),
            ("Process Improvement".to_string(), 5.0),
            ("Logistics".to_string(), 5.0),
        ]
    );
    assert!(
        som["hard_skills"][5]["example"]
            .as_str()
            .unwrap()
            .starts_with("Developed cross-training program")
    );
    let soft: Vec<&str> = som["soft_skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        soft,
        [
            "Communication",
            "Leadership",
            "Problem-solving",
            "Time-management"
        ]
    );
    assert!(
        som["soft_skills"][0]["example"]
            .as_str()
            .unwrap()
            .starts_with("liaised with fda")
    );
    let employers: Vec<(&str, i64)> = som["employers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["name"].as_str().unwrap(),
                e["open_jobs"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        employers,
        [
            ("PwC", 199),
            ("Takeda Pharmaceuticals U.S.A., Inc.", 164),
            ("Deloitte", 140)
        ]
    );
    assert_eq!(som["salary"]["top_industry"]["industry"], "professional");
    assert_eq!(som["salary"]["top_industry"]["average"], 134107);
    assert_eq!(
        som["salary"]["average"],
        Value::Null,
        "the page gives no overall average"
    );
    assert_eq!(
        som["types"],
        Value::Null,
        "the page's types section is empty"
    );
    assert_eq!(som["comparisons"].as_array().unwrap().len(), 4);
}

/// (other, Master's points, Doctoral points, other's top industry and pay, role skills, other skills)
type Case = (
    &'static str,
    Option<f64>,
    Option<f64>,
    Option<(&'static str, i64)>,
    &'static [&'static str],
    &'static [&'static str],
);

#[test]
fn seed_comparisons_carry_every_figure() {
    // (other, masters, doctoral, other's top industry and pay, role skills, other skills)
    let cases: [Case; 4] = [
        (
            "general-manager-of-operations",
            Some(-4.3),
            Some(-0.3),
            None,
            &[
                "project management",
                "excellent interpersonal",
                "patients",
                "strong project management",
            ],
            &[
                "develop team",
                "financial statements",
                "personnel processes",
                "loss prevention",
            ],
        ),
        (
            "group-manager",
            Some(0.0),
            Some(0.3),
            Some(("finance", 135074)),
            &[
                "oversight",
                "excellent interpersonal",
                "patients",
                "strong project management",
            ],
            &[
                "client facing",
                "client relationships",
                "quality standards",
                "financial analysis",
            ],
        ),
        (
            "area-manager",
            Some(-6.6),
            Some(-0.5),
            Some(("technology", 77221)),
            &[
                "project management",
                "oversight",
                "patients",
                "strong project management",
            ],
            &[
                "safety standards",
                "business plan",
                "employee development",
                "loss prevention",
            ],
        ),
        ("performance-manager", None, None, None, &[], &[]),
    ];
    for (other, masters, doctoral, pay, role_skills, other_skills) in cases {
        let c = json(&[
            "compare",
            "senior-operations-manager",
            other,
            "--format",
            "json",
        ]);
        assert_eq!(c["authored"], true, "{other}");
        assert_eq!(
            c["education"]["masters_points"].as_f64(),
            masters,
            "{other}"
        );
        assert_eq!(
            c["education"]["doctoral_points"].as_f64(),
            doctoral,
            "{other}"
        );
        assert_eq!(c["role_salary"]["top_industry"]["average"], 134107);
        match pay {
            Some((industry, average)) => {
                assert_eq!(c["other_salary"]["top_industry"]["industry"], industry);
                assert_eq!(c["other_salary"]["top_industry"]["average"], average);
            }
            None => assert_eq!(c["other_salary"], Value::Null, "{other}"),
        }
        let strings = |v: &Value| -> Vec<String> {
            v.as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap().to_string())
                .collect()
        };
        assert_eq!(strings(&c["role_skills"]), role_skills, "{other}");
        assert_eq!(strings(&c["other_skills"]), other_skills, "{other}");
        assert!(
            c["description"].as_str().is_some_and(|d| !d.is_empty()),
            "{other}"
        );
    }
    let group = json(&[
        "compare",
        "senior-operations-manager",
        "group-manager",
        "--format",
        "json",
    ]);
    assert_eq!(group["pay"], "lower");
    assert_eq!(group["education"]["level"], "similar");
    let area = json(&[
        "compare",
        "senior-operations-manager",
        "area-manager",
        "--format",
        "json",
    ]);
    assert_eq!(area["education"]["level"], "lower");
}

#[test]
fn compare_text_shows_signed_points_and_not_in_source() {
    cli()
        .args([
            "--data",
            SEED,
            "compare",
            "senior-operations-manager",
            "area manager",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("6.6 points less likely"))
        .stdout(predicate::str::contains("0.5 points less likely"))
        .stdout(predicate::str::contains("$77,221 (technology)"))
        .stdout(predicate::str::contains("\u{1b}").not());
    cli()
        .args([
            "--data",
            SEED,
            "compare",
            "senior-operations-manager",
            "performance-manager",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("not in source"));
}

#[test]
fn check_counts_the_seed() {
    cli()
        .args(["check", SEED])
        .assert()
        .success()
        .stdout("ok: 5 roles, 15 responsibilities, 4 comparisons\n");
}

#[test]
fn list_json_and_titles_in_any_case() {
    let list = json(&["list", "--format", "json"]);
    assert_eq!(list.as_array().unwrap().len(), 5);
    assert_eq!(list[3]["id"], "area-manager");
    let area = json(&["show", "AREA manager", "--format", "json"]);
    assert_eq!(area["id"], "area-manager");
}

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
        "roles[1].id: duplicate id \"a\"".to_string(),
        "roles[2].id: \"Not A Slug\" is not a slug".to_string(),
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

#[test]
fn data_from_the_environment() {
    let file = temp_catalog(MINIMAL);
    cli()
        .env("CAREER_EXPLORER_DATA", file.path())
        .arg("list")
        .assert()
        .success()
        .stdout("a  A\nb  B\n");
}

#[test]
fn markdown_and_completions() {
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
    cli()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("career-explorer"));
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

/// The JSON a command prints on the built-in catalogs.
fn embedded_json(args: &[&str]) -> Value {
    let out = cli().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn row<'a>(comparison: &'a Value, label: &str) -> &'a Value {
    comparison["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["label"] == label)
        .unwrap_or_else(|| panic!("no row {label:?}"))
}

#[test]
fn compare_a_seed_role_with_a_us_occupation() {
    let c = embedded_json(&[
        "compare",
        "senior-operations-manager",
        "general and operations managers",
        "--format",
        "json",
    ]);
    assert_eq!(c["authored"], false);
    assert_eq!(c["other"]["id"], "general-and-operations-managers");
    assert_eq!(c["role_salary"]["top_industry"]["average"], 134107);
    assert_eq!(c["other_wages"]["median"], 105770);
    assert_eq!(row(&c, "Median wage")["left"][0], "not in source");
    assert_eq!(row(&c, "Median wage")["right"][0], "$105,770");
    assert_eq!(
        row(&c, "Highest-paying industry")["left"][0],
        "$134,107 (professional)"
    );
    assert_eq!(row(&c, "Employment")["right"][0], "3,503,020");
    assert_eq!(c["median_wage_difference"], Value::Null);
}

#[test]
fn compare_two_us_occupations() {
    let c = embedded_json(&[
        "compare",
        "software developers",
        "registered nurses",
        "--format",
        "json",
    ]);
    assert_eq!(c["role_wages"]["median"], 135980);
    assert_eq!(c["other_wages"]["median"], 97550);
    assert_eq!(c["median_wage_difference"], 97550 - 135980);
    let median = row(&c, "Median wage");
    assert_eq!(median["left"][0], "$135,980");
    assert_eq!(
        median["right"],
        serde_json::json!(["$97,550", "-$38,430 a year"])
    );
    assert_eq!(median["tone"], "less");
    assert_eq!(
        row(&c, "10th–90th percentile")["right"][0],
        "$68,940 – $137,470"
    );
    assert_eq!(row(&c, "Employment")["left"][0], "1,687,890");
}

#[test]
fn both_built_in_catalogs_by_default() {
    let out = cli().arg("check").output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.starts_with("ok: 1021 roles"), "{stdout}");
    let list = embedded_json(&["list", "--format", "json"]);
    assert_eq!(
        list[0]["id"], "senior-operations-manager",
        "the explorer opens on it"
    );
    assert_eq!(list[0]["catalog"], "embedded:roles.ron");
    assert_eq!(list[5]["catalog"], "embedded:us-occupations.ron");
    let nurse = embedded_json(&["show", "registered nurses", "--format", "json"]);
    let sources: Vec<&str> = nurse["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        sources,
        [
            "O*NET Database",
            "O*NET Database",
            "Occupational Employment and Wage Statistics (OEWS)",
            "Employment Projections"
        ]
    );
}

#[test]
fn version_carries_the_attribution() {
    cli()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains("USDOL/ETA"))
        .stdout(predicate::str::contains("CC BY 4.0"))
        .stdout(predicate::str::contains("Bureau of Labor Statistics"));
}
