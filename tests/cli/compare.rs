//! `compare` of US occupations: wages in a chosen state, where skills and knowledge differ, the
//! tasks in common, in every format. Figures are the committed asset's, looked up by hand in
//! `assets/us-occupations.ron` (BLS OEWS May 2025 by state, O*NET 29.3 importance).

use predicates::prelude::*;
use serde_json::Value;

use super::{cli, embedded_json, row};

fn compare(args: &[&str]) -> Value {
    embedded_json(&[&["compare"], args, &["--format", "json"]].concat())
}

#[test]
fn state_wages_beside_the_national_ones() {
    // By code and by name, in any case: the same comparison.
    for state in ["TX", "tx", "Texas", " texas "] {
        let c = compare(&[
            "electricians",
            "plumbers-pipefitters-and-steamfitters",
            "--state",
            state,
        ]);
        assert_eq!(
            c["state"],
            serde_json::json!({"code": "TX", "name": "Texas"}),
            "{state}"
        );
        // ("TX", 76770, 59280, 37920, 46670, 58570, 71130, 80300) for 47-2111
        assert_eq!(c["role_state_wages"]["median"], 58570);
        assert_eq!(c["role_state_wages"]["employment"], 76770);
        // ("TX", 44090, 60780, 38270, 47380, 59840, 74100, 81890) for 47-2152
        assert_eq!(c["other_state_wages"]["median"], 59840);
        assert_eq!(c["other_state_wages"]["p90"], 81890);
        assert_eq!(c["state_median_wage_difference"], 59840 - 58570);
        let texas = row(&c, "Median wage, Texas");
        assert_eq!(texas["left"], serde_json::json!(["$58,570"]));
        assert_eq!(
            texas["right"],
            serde_json::json!(["$59,840", "+$1,270 a year"])
        );
        assert_eq!(texas["tone"], "more");
        // The national figures stay.
        assert_eq!(row(&c, "Median wage")["left"][0], "$63,190");
    }
    // Without --state every state key is there, null.
    let c = compare(&["electricians", "plumbers-pipefitters-and-steamfitters"]);
    for key in [
        "state",
        "role_state_wages",
        "other_state_wages",
        "state_median_wage_difference",
    ] {
        assert_eq!(c[key], Value::Null, "{key}");
    }
    assert!(
        !c["rows"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["label"].as_str().unwrap().starts_with("Median wage,"))
    );
}

#[test]
fn text_and_markdown_show_the_state_row() {
    let args = [
        "compare",
        "registered nurses",
        "licensed-practical-and-licensed-vocational-nurses",
        "--state",
        "california",
    ];
    // ("CA", 338940, 150280, 101260, 122440, 140270, ...) for 29-1141 and
    // ("CA", 82850, 82340, 64390, 74840, 79750, ...) for 29-2061.
    cli().args(args).assert().success().stdout(
        predicate::str::is_match(
            r"Median wage, California +\$140,270 +\$79,750\n +-\$60,520 a year\n",
        )
        .unwrap(),
    );
    cli()
        .args(args)
        .args(["--format", "markdown"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "| Median wage, California | $140,270 | $79,750<br>-$60,520 a year |",
        ))
        .stdout(predicate::str::contains("## Tasks in common (2)"))
        .stdout(predicate::str::contains(
            "- Registered Nurses: Prepare patients for and assist with examinations or treatments.",
        ));
}

#[test]
fn hourly_only_occupations_compare_by_the_hour() {
    // Actors, dancers, musicians: BLS publishes hourly figures only. New York:
    // ("NY", 6630, None, ..., (mean: 50.16, p10: 20.8, p25: 26.61, median: 28.44, ...)) for
    // actors (27-2011), ("NY", 1170, ..., (..., median: 26.32, ...)) for dancers (27-2031),
    // ("NY", 5470) for musicians and singers (27-2042): no pay figures there.
    let c = compare(&["actors", "dancers", "--state", "NY"]);
    let national = row(&c, "Median wage");
    assert_eq!(national["left"], serde_json::json!(["$29.05 an hour"]));
    assert_eq!(c["role_state_wages"]["hourly"]["median"], 28.44);
    let state = row(&c, "Median wage, New York");
    assert_eq!(state["left"], serde_json::json!(["$28.44 an hour"]));
    assert_eq!(
        state["right"],
        serde_json::json!(["$26.32 an hour", "-$2.12 an hour"])
    );
    assert_eq!(
        c["state_median_wage_difference"],
        Value::Null,
        "yearly medians only"
    );
    let c = compare(&["actors", "musicians-and-singers", "--state", "NY"]);
    let state = row(&c, "Median wage, New York");
    assert_eq!(state["right"], serde_json::json!(["not in source"]));
    assert_eq!(c["other_state_wages"]["employment"], 5470);
}

#[test]
fn an_unknown_state_is_an_error_listing_the_codes() {
    cli()
        .args(["compare", "electricians", "plumber", "--state", "Atlantis"])
        .assert()
        .failure()
        .stdout("")
        .stderr(predicate::str::contains("unknown state \"Atlantis\""))
        .stderr(predicate::str::contains("AL, AK, AZ, AR, CA,"))
        .stderr(predicate::str::contains(" PR, "))
        .stderr(predicate::str::contains("WI, WY"));
    // A catalog without wages by state says so.
    cli()
        .args([
            "--data",
            super::SEED,
            "compare",
            "group-manager",
            "area-manager",
            "--state",
            "CA",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no wages by state"));
}

#[test]
fn skill_differences_and_shared_tasks_in_json() {
    let c = compare(&[
        "registered nurses",
        "licensed-practical-and-licensed-vocational-nurses",
    ]);
    assert_eq!(c["related_tier"], "primary_short");
    let differences = c["skill_differences"].as_array().unwrap();
    // Psychology (knowledge): 4.58 for registered nurses, 3.71 for LPNs, the largest gap.
    assert_eq!(
        differences[0],
        serde_json::json!({
            "kind": "knowledge", "name": "Psychology", "role": 4.58, "other": 3.71,
            "difference": 3.71 - 4.58
        })
    );
    for d in differences {
        let (role, other) = (d["role"].as_f64().unwrap(), d["other"].as_f64().unwrap());
        assert!((role - other).abs() >= 0.5 - 1e-9, "{d}");
        assert!(role.max(other) >= 3.0, "{d}");
    }
    let tasks = c["shared_tasks"].as_array().unwrap();
    assert_eq!(tasks.len(), 2);
    assert_eq!(
        tasks[0]["other"],
        "Prepare patients for examinations, tests, or treatments and explain procedures."
    );
    assert!(tasks[0]["similarity"].as_f64().unwrap() >= 0.5);
    assert_eq!(c["role_job_zone"], 4);
    assert_eq!(c["other_job_zone"], 3);
    assert_eq!(c["role_outlook"]["percent_change"], 4.9);

    // Software developers have no O*NET 29.3 ratings: nothing to compare, said in text.
    let c = compare(&["software developers", "computer programmers"]);
    assert_eq!(c["skill_differences"], serde_json::json!([]));
    cli()
        .args(["compare", "software developers", "computer programmers"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Only Computer Programmers has skill and knowledge ratings",
        ));
}

/// Registered nurses, nurse practitioners and LPNs: the national figures of 29-1141, 29-1171
/// and 29-2061 (BLS OEWS May 2025).
const THREE: [&str; 3] = [
    "registered nurses",
    "nurse-practitioners",
    "licensed-practical-and-licensed-vocational-nurses",
];

#[test]
fn three_roles_in_json() {
    let c = compare(&THREE);
    let ids: Vec<&str> = c["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "registered-nurses",
            "nurse-practitioners",
            "licensed-practical-and-licensed-vocational-nurses"
        ]
    );
    assert_eq!(c["state"], Value::Null);
    assert_eq!(
        c["wages"][0],
        serde_json::json!({
            "p10": 68940, "p25": 80330, "median": 97550, "p75": 112350, "p90": 137470,
            "top_coded_at": null, "from_hourly": false, "state": null
        })
    );
    assert_eq!(c["wages"][1]["median"], 132300);
    assert_eq!(c["wages"][2]["median"], 64400);
    assert_eq!(
        c["median_wage_differences"],
        serde_json::json!([0, 132300 - 97550, 64400 - 97550])
    );
    let median = c["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["label"] == "Median wage")
        .unwrap();
    assert_eq!(
        median["cells"],
        serde_json::json!([
            {"lines": ["$97,550"], "tone": "neutral"},
            {"lines": ["$132,300", "+$34,750 a year"], "tone": "more"},
            {"lines": ["$64,400", "-$33,150 a year"], "tone": "less"},
        ])
    );
    // Largest spread first: Biology (knowledge) 3.02, 4.22, 2.53 leads the skills and
    // knowledge all three rate.
    let elements = c["elements"].as_array().unwrap();
    assert_eq!(
        elements[0],
        serde_json::json!({
            "kind": "knowledge", "name": "Biology", "importance": [3.02, 4.22, 2.53],
            "spread": 4.22 - 2.53
        })
    );
    let spreads: Vec<f64> = elements
        .iter()
        .map(|e| e["spread"].as_f64().unwrap())
        .collect();
    assert!(spreads.windows(2).all(|w| w[0] >= w[1]), "{spreads:?}");
    // Two roles keep the two-role shape.
    let two = compare(&THREE[..2]);
    assert_eq!(two["other"]["id"], "nurse-practitioners");
    assert!(two.get("roles").is_none());
}

#[test]
fn three_roles_in_text_and_markdown() {
    cli()
        .args([&["compare"], &THREE[..]].concat())
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Registered Nurses vs Nurse Practitioners vs Licensed Practical and Licensed",
        ))
        .stdout(
            predicate::str::is_match(
                r"\nMedian wage +\$97,550 +\$132,300 +\$64,400\n +\+\$34,750 a year +-\$33,150 a year\n",
            )
            .unwrap(),
        )
        .stdout(predicate::str::contains(
            "• Registered Nurses: 10th $68,940 · 25th $80,330 · median $97,550 · 75th\n  $112,350 · 90th $137,470\n",
        ))
        .stdout(predicate::str::is_match(r"\nBiology \(knowledge\) +3\.02 +4\.22 +2\.53 +1\.69\n").unwrap());
    cli()
        .args([&["compare"], &THREE[..], &["--format", "markdown"]].concat())
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "# Registered Nurses vs Nurse Practitioners vs Licensed Practical and Licensed Vocational Nurses\n\n\
             | | Registered Nurses | Nurse Practitioners | Licensed Practical and Licensed Vocational Nurses |\n\
             |---|---|---|---|\n",
        ))
        .stdout(predicate::str::contains(
            "| Median wage | $97,550 | $132,300<br>+$34,750 a year | $64,400<br>-$33,150 a year |",
        ))
        .stdout(predicate::str::contains("## Wages (national figures)"))
        .stdout(predicate::str::contains(
            "| Biology (knowledge) | 3.02 | 4.22 | 2.53 | 1.69 |",
        ));
}

#[test]
fn four_roles_with_a_state_mark_a_capped_wage() {
    // California, 27-2021: ("CA", 830, 294080, 40120, 65780, 79040, 149490, None, None, true):
    // the 90th percentile is top-coded (at $239,200 in the table).
    let c = compare(&[
        "athletes and sports competitors",
        "coaches-and-scouts",
        "umpires-referees-and-other-sports-officials",
        "registered-nurses",
        "--state",
        "CA",
    ]);
    assert_eq!(c["roles"].as_array().unwrap().len(), 4);
    assert_eq!(c["state"]["code"], "CA");
    let athletes = &c["wages"][0];
    assert_eq!(athletes["p75"], 149490);
    assert_eq!(athletes["p90"], 239200);
    assert_eq!(athletes["top_coded_at"], 239200);
    assert_eq!(athletes["state"], "California");
    assert_eq!(c["wages"][3]["median"], 140270, "the nurses in California");
    cli()
        .args([
            "compare",
            "athletes and sports competitors",
            "coaches-and-scouts",
            "umpires-referees-and-other-sports-officials",
            "--state",
            "CA",
            "--format",
            "markdown",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("## Wages (California figures)"))
        .stdout(predicate::str::contains(
            "90th $239,200 or more (California)",
        ));
}

#[test]
fn a_role_named_twice_or_five_roles_are_errors() {
    cli()
        .args([
            "compare",
            "electricians",
            "plumbers-pipefitters-and-steamfitters",
            "electricians",
        ])
        .assert()
        .failure()
        .stdout("")
        .stderr(predicate::str::contains(
            "\"electricians\" is named twice: each role can be compared once",
        ));
    cli()
        .args(["compare", "electricians", "electricians"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "cannot compare \"electricians\" with itself",
        ));
    cli()
        .args(["compare", "a", "b", "c", "d", "e"])
        .assert()
        .failure()
        .code(2)
        .stderr(predicate::str::contains("unexpected value 'e'"));
}
