//! `show --state`: a US state's wages beside the nation's in text, Markdown and JSON, by code or
//! name in any case; an unknown state is an error that lists the codes.

use predicates::prelude::*;
use serde_json::Value;

use super::{SEED, cli, embedded_json};

fn stdout(args: &[&str]) -> String {
    let out = cli().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The line of `text` that starts with `start`, with its words.
fn line<'a>(text: &'a str, start: &str) -> Vec<&'a str> {
    text.lines()
        .find(|l| l.starts_with(start))
        .unwrap_or_else(|| panic!("no line {start:?} in\n{text}"))
        .split_whitespace()
        .collect()
}

#[test]
fn text_puts_the_state_beside_the_nation() {
    let text = stdout(&["show", "electricians", "--state", "tx"]);
    assert!(
        text.contains("\nPay in Texas (BLS OEWS May 2025)\n"),
        "{text}"
    );
    assert_eq!(
        line(&text, "                  Texas"),
        ["Texas", "United", "States"]
    );
    // Texas, then the nation, as the asset holds them (BLS OEWS May 2025).
    assert_eq!(
        line(&text, "  Median a year"),
        ["Median", "a", "year", "$58,570", "$63,190"]
    );
    assert_eq!(
        line(&text, "  Median an hour"),
        ["Median", "an", "hour", "$28.16", "$30.38"]
    );
    assert_eq!(
        line(&text, "  10th–90th"),
        ["10th–90th", "$37,920–$80,300", "$42,640–$108,510"]
    );
    assert_eq!(
        line(&text, "  Employment"),
        ["Employment", "76,770", "757,220"]
    );
    // A name in any case finds the same state.
    let by_name = stdout(&["show", "electricians", "--state", "  TEXAS "]);
    assert_eq!(by_name, text);
    let markdown = stdout(&[
        "show",
        "electricians",
        "--state",
        "new york",
        "--format",
        "markdown",
    ]);
    assert!(
        markdown.contains(
            "| | New York | United States |\n|---|---:|---:|\n| Median a year | $78,750 | $63,190 |"
        ),
        "{markdown}"
    );
}

#[test]
fn national_figures_without_a_state() {
    let text = stdout(&["show", "registered nurses"]);
    assert!(
        text.contains(
            "\nPay (BLS OEWS May 2025)\n  Median a year: $97,550\n  Median an hour: $46.90\n"
        ),
        "{text}"
    );
    assert!(text.contains("  Also called: Charge Nurse, Emergency Department RN (Emergency Department\n    Registered Nurse) and 136 more\n"), "{text}");
    assert!(
        text.contains(
            "\nJob outlook 2024–34\n  Employment: 3,391,000 in 2024 → 3,557,100 in 2034\n"
        ),
        "{text}"
    );
    assert!(text.contains("  Outlook: Stable\n"), "{text}");
    assert!(
        text.contains("stable between −2% and +5%"),
        "the rule is stated: {text}"
    );
    assert!(
        text.contains("\nJob Zone 4 of 5: Considerable Preparation Needed\n"),
        "{text}"
    );
    assert!(
        text.contains("  RIASEC code: SIC (Social, Investigative, Conventional)\n"),
        "{text}"
    );
    // Actors are published by the hour only.
    let actors = stdout(&["show", "actors"]);
    assert!(
        actors.contains("  Median an hour: $29.05\n  Mean an hour: $58.29\n"),
        "{actors}"
    );
    assert!(!actors.contains("Median a year"), "{actors}");
    // A sub-occupation's figures are those of its SOC occupation, and say so in place.
    let acute = stdout(&["show", "acute care nurses"]);
    assert!(
        acute.contains("  Employment: 3,379,720 (all Registered Nurses)\n"),
        "{acute}"
    );
}

#[test]
fn json_gains_the_state_wages_object() {
    let json = embedded_json(&["show", "electricians", "--state", "TX", "--format", "json"]);
    let state = &json["state_wages"];
    let mut keys: Vec<&str> = state
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        ["code", "figures", "name", "release", "soc", "top_coded_at"]
    );
    assert_eq!(state["code"], "TX");
    assert_eq!(state["name"], "Texas");
    assert_eq!(state["release"], "BLS OEWS May 2025");
    assert_eq!(state["soc"], "47-2111");
    assert_eq!(state["figures"]["median"], 58570);
    assert_eq!(state["figures"]["employment"], 76770);
    assert_eq!(state["figures"]["hourly"], Value::Null);
    // Every other name is in the JSON, not only the few text shows.
    assert!(json["alternate_titles"].as_array().unwrap().len() > 5);
    // The key is always there; null without --state.
    let json = embedded_json(&["show", "electricians", "--format", "json"]);
    assert_eq!(json["state_wages"], Value::Null);
    // A career page's role has no state figures: the state is named, the figures are null.
    let seed = embedded_json(&[
        "show",
        "senior-operations-manager",
        "--state",
        "ca",
        "--format",
        "json",
    ]);
    assert_eq!(seed["state_wages"]["name"], "California");
    assert_eq!(seed["state_wages"]["soc"], Value::Null);
    assert_eq!(seed["state_wages"]["figures"], Value::Null);
}

#[test]
fn an_unknown_state_is_an_error_listing_the_codes() {
    cli()
        .args(["show", "electricians", "--state", "Texxas"])
        .assert()
        .failure()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("unknown state \"Texxas\""))
        .stderr(predicate::str::contains("AL, AK, AZ"))
        .stderr(predicate::str::contains("WY"));
    cli()
        .args(["--data", SEED, "show", "group-manager", "--state", "CA"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no wages by state"));
}
