//! `moves` and `match` on the built-in catalogs: the JSON shapes the README documents, the
//! filters, the state's wages, and bad input.

use predicates::prelude::*;
use serde_json::Value;

use super::{cli, embedded_json};

/// An object's keys, sorted (serde_json keeps them so).
fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    keys.sort_unstable();
    keys
}

fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|m| m["role"]["id"].as_str().unwrap())
        .collect()
}

#[test]
fn moves_json_shape_and_order() {
    let m = embedded_json(&["moves", "registered-nurses", "--limit", "5", "-f", "json"]);
    assert_eq!(m["role"]["id"], "registered-nurses");
    assert_eq!(m["from"]["id"], "registered-nurses");
    assert_eq!(m["via_nearest"], false);
    assert_eq!(m["median"], 97550);
    assert_eq!(m["job_zone"], 4);
    assert_eq!(m["state"], Value::Null);
    assert_eq!(
        m["filters"],
        serde_json::json!({"higher_pay": false, "growing": false, "same_or_lower_zone": false})
    );
    assert!(m["matched"].as_u64().unwrap() > 800);
    let moves = m["moves"].as_array().unwrap();
    assert_eq!(moves.len(), 5);
    assert!(
        !ids(&m["moves"]).contains(&"registered-nurses"),
        "not itself"
    );
    let first = &moves[0];
    assert_eq!(
        keys(first),
        [
            "job_zone",
            "median",
            "outlook",
            "percent_change",
            "related",
            "role",
            "similarity",
            "to_build",
            "wage_change",
            "zone_step",
        ]
    );
    // Most similar first, each similarity at most 1.
    let sims: Vec<f64> = moves
        .iter()
        .map(|m| m["similarity"].as_f64().unwrap())
        .collect();
    assert!(sims.windows(2).all(|w| w[0] >= w[1]), "{sims:?}");
    assert!(sims[0] <= 1.0 && sims[4] > 0.5, "{sims:?}");
    // The wage change is the target's median less the nurses'.
    for m in moves {
        if let (Some(median), Some(change)) = (m["median"].as_i64(), m["wage_change"].as_i64()) {
            assert_eq!(median - 97550, change);
        }
    }
    let b = &moves
        .iter()
        .find(|m| !m["to_build"].as_array().unwrap().is_empty())
        .unwrap()["to_build"][0];
    assert_eq!(
        keys(b),
        [
            "importance_from",
            "importance_to",
            "kind",
            "level_from",
            "level_to",
            "name"
        ]
    );
    assert!(b["importance_to"].as_f64().unwrap() >= 3.0);
    // Related occupations from O*NET are marked.
    assert!(moves.iter().any(|m| m["related"] == true));
}

#[test]
fn moves_filters_keep_what_they_say() {
    let m = embedded_json(&[
        "moves",
        "registered-nurses",
        "--higher-pay",
        "--growing",
        "--same-zone",
        "--limit",
        "0",
        "-f",
        "json",
    ]);
    let moves = m["moves"].as_array().unwrap();
    assert!(!moves.is_empty());
    assert_eq!(m["matched"].as_u64().unwrap() as usize, moves.len());
    for mv in moves {
        assert!(mv["wage_change"].as_i64().unwrap() > 0, "{mv}");
        assert!(
            ["growing", "growing_fast"].contains(&mv["outlook"].as_str().unwrap()),
            "{mv}"
        );
        assert!(mv["zone_step"].as_i64().unwrap() <= 0, "{mv}");
    }
}

#[test]
fn a_career_page_role_moves_from_its_nearest_occupation_in_a_state() {
    let m = embedded_json(&[
        "moves",
        "senior-operations-manager",
        "--state",
        "tx",
        "--limit",
        "3",
        "-f",
        "json",
    ]);
    assert_eq!(m["via_nearest"], true);
    assert_eq!(m["from"]["title"], "General and Operations Managers");
    assert_eq!(m["state"], "TX");
    assert_eq!(m["median"], 103230);
    let text = cli()
        .args(["moves", "senior-operations-manager", "--limit", "2"])
        .assert()
        .success();
    let out = String::from_utf8(text.get_output().stdout.clone()).unwrap();
    assert!(out.starts_with("Next moves from Senior Operations Manager\nfrom the nearest rated occupation, General and Operations Managers\n"), "{out}");
    assert!(out.contains(" 1. "), "{out}");
    assert!(out.contains("Similarity: cosine"), "{out}");
}

#[test]
fn match_json_shape_and_ratings() {
    let m = embedded_json(&[
        "match",
        "--skills",
        "programming=5,critical-thinking=4,mathematics=4,complex-problem-solving=4",
        "--limit",
        "3",
        "-f",
        "json",
    ]);
    assert_eq!(
        m["ratings"],
        serde_json::json!({"complex-problem-solving": 4, "critical-thinking": 4, "mathematics": 4, "programming": 5})
    );
    assert_eq!(m["from"], Value::Null);
    let matches = m["matches"].as_array().unwrap();
    assert_eq!(matches.len(), 3);
    assert_eq!(keys(&matches[0]), ["fit", "gaps", "median", "role"]);
    let fits: Vec<f64> = matches.iter().map(|m| m["fit"].as_f64().unwrap()).collect();
    assert!(
        fits.windows(2).all(|w| w[0] >= w[1]) && fits[0] <= 1.0,
        "{fits:?}"
    );
    let gap = &matches[0]["gaps"][0];
    assert_eq!(keys(gap), ["needed", "rating", "skill"]);
    assert!(gap["needed"].as_f64().unwrap() > gap["rating"].as_f64().unwrap());
    // Starting from a role leaves that role out and rates from its levels.
    let from = embedded_json(&[
        "match",
        "--from",
        "electricians",
        "--skills",
        "programming=5",
        "-f",
        "json",
    ]);
    assert_eq!(from["from"]["id"], "electricians");
    assert_eq!(from["ratings"]["programming"], 5);
    assert!(!ids(&from["matches"]).contains(&"electricians"));
}

#[test]
fn match_errors_name_the_skill_and_the_rating() {
    cli()
        .args(["match", "--skills", "critical-thinkin=4"])
        .assert()
        .failure()
        .stdout("")
        .stderr(predicate::str::contains(
            "unknown skill \"critical-thinkin\" (did you mean critical-thinking",
        ));
    cli()
        .args(["match", "--skills", "writing=7"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "the rating of \"writing\" must be a whole number from 0 to 5, not \"7\"",
        ));
    cli()
        .args(["match"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--skills"));
    // A role without ratings, a rated nearest occupation or a rated related one has nothing
    // to move from.
    cli()
        .args(["moves", "managers-all-other"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("nothing to find moves from"));
}

#[test]
fn nothing_passing_the_filters_exits_1_and_says_so() {
    let file = super::temp_catalog(
        r#"CatalogFile(
    title: "Tiny",
    elements: [(kind: skill, name: "Alpha"), (kind: skill, name: "Beta")],
    roles: [
        Role(id: "a", title: "A", code: "11-0001.00", skills: [("Alpha", 4.38, 5.0), ("Beta", 2.0, 1.0)],
            wages: (release: "x", median: 90000), job_zone: 3),
        Role(id: "b", title: "B", code: "11-0002.00", skills: [("Alpha", 3.0, 4.0), ("Beta", 3.5, 3.0)],
            wages: (release: "x", median: 50000), job_zone: 2),
    ],
)"#,
    );
    let data = ["--data", file.path().to_str().unwrap()];
    cli()
        .args(data)
        .args(["moves", "a", "--higher-pay"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "no move from \"a\" passes the filters (higher pay)",
        ));
    let out = cli()
        .args(data)
        .args(["moves", "a", "-f", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let m: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(ids(&m["moves"]), ["b"]);
    assert_eq!(m["moves"][0]["wage_change"], -40000);
    assert_eq!(m["moves"][0]["zone_step"], -1);
    // Beta: 3.5 against 2.0, and figures as the catalog gives them.
    assert_eq!(
        m["moves"][0]["to_build"],
        serde_json::json!([{"kind": "skill", "name": "Beta", "importance_from": 2.0,
            "importance_to": 3.5, "level_from": 1.0, "level_to": 3.0}])
    );
    let out = cli()
        .args(data)
        .args(["match", "--skills", "alpha=5", "-f", "json"])
        .output()
        .unwrap();
    let m: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        m["matches"][0]["gaps"][0],
        serde_json::json!({"skill": "Beta", "rating": 0, "needed": 0.71})
    );
}
