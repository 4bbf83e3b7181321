//! Every figure of the built-in catalogs through `show`, `compare` and `list`.

use super::*;

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
