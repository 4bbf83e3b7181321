//! Hostile text on every path to the terminal: escape sequences, C1 controls, bidi overrides
//! and line separators in every string of a catalog, in its file name and in the arguments,
//! through every output (text, JSON, Markdown, `render`, warnings and errors). Colour is forced
//! on, so nothing is stripped for us because stdout is a pipe: only our own SGR styles may pass.

use std::collections::BTreeSet;

use career_explorer::catalog::CatalogFile;
use career_explorer::catalog::sanitize::is_unsafe;

/// Clipboard write (OSC 52), clear screen (CSI 2J), retitle (OSC 0 ended by ST), the C1 forms
/// of CSI, OSC and DCS, BEL, backspace and delete.
const VANISHING: &str = "\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}[2J\u{1b}]0;pwned\u{1b}\\\u{9b}1;1H\u{9d}0;pwned\u{9c}\u{90}q\u{9c}\u{7}\u{8}\u{7f}\u{202e}\u{2066}\u{61c}";
/// Line breaks of every kind, which become spaces.
const BREAKING: &str = "\r\u{2028}\u{2029}\u{85}\u{b}\u{c}";

use super::*;

/// Every string-bearing field of the model, filled.
fn complete_catalog() -> Value {
    let role = |id: &str, other: &str| {
        serde_json::json!({
            "id": id, "title": "Title", "code": "11-1011.00", "summary": "Summary",
            "duties": ["Duty"], "responsibilities": ["Responsibility"],
            "hard_skills": [{"name": "Skill", "share": 42.0, "example": "Example"}],
            "soft_skills": [{"name": "Soft", "why": "Why", "example": "Example"}],
            "employers": [{"name": "Employer", "open_jobs": 3}],
            "salary": {"average": 100000, "top_industry": {"industry": "Industry", "average": 120000}},
            "wages": {"release": "Release", "employment": 1000, "mean": 60000, "p10": 30000,
                "p25": 40000, "median": 50000, "p75": 70000, "p90": 90000, "top_coded_at": 239200,
                "by_industry": [{"naics": "44-45", "industry": "Industry", "employment": 10,
                    "median": 50000, "mean": 60000}],
                "hourly": {"mean": 28.8, "p10": 14.4, "p25": 19.2, "median": 24.0, "p75": 33.6,
                    "p90": 43.2},
                "broader": {"code": "11-1011", "title": "Broader"}},
            "education": {"levels": [{"level": "Level", "share": 40.0}]},
            "alternate_titles": ["Alternate"], "related": [other], "types": ["Type"],
            "notes": ["Note"],
            "nearest_occupation": "11-1011.00",
            "task_types": {"core": 1, "supplemental": 0},
            "skills": [{"name": "Rated skill", "importance": 4.0, "level": 3.5}],
            "knowledge": [{"name": "Knowledge", "importance": 3.0, "level": 2.5}],
            "work_styles": [{"name": "Style", "impact": 1.5, "distinctiveness": 2}],
            "technology": [{"category": "Category",
                "examples": [{"name": "Technology", "hot": true, "in_demand": true}]}],
            "outlook": {"employment": 100, "projected_employment": 110, "change": 10,
                "percent_change": 10.0, "openings": 12, "entry_education": "Entry",
                "work_experience": "Experience", "training": "Training", "label": "growing_fast",
                "broader": {"code": "11-1011", "title": "Broader"}},
            "job_zone": 4,
            "interests": {"code": "EC", "realistic": 1.0, "investigative": 2.0, "artistic": 3.0,
                "social": 4.0, "enterprising": 7.0, "conventional": 6.0},
            "related_tiers": {"primary_short": 1, "primary_long": 0}
        })
    };
    serde_json::json!({
        "title": "Catalog", "skill_measure": "Measure",
        "sources": [{"name": "Source", "publisher": "Publisher", "version": "1",
            "updated": "2025-01-08", "url": "https://example.com", "licence": "Licence",
            "parts": ["skills"]}],
        // Interests only: ratings of kinds the catalog does not define are not checked against it.
        "elements": [{"kind": "interest", "name": "Realistic", "id": "1.B.1.a",
            "description": "Element"}],
        "job_zones": [{"zone": 4, "name": "Zone", "experience": "Experience",
            "education": "Education", "training": "Training", "examples": "Examples",
            "svp": "7.0 to < 8.0"}],
        "projections": {"release": "Projections", "base_year": 2024, "projected_year": 2034,
            "average_change": 3.1},
        "state_wages": {"release": "Release", "top_coded_at": 239200,
            "states": [{"code": "CA", "name": "State"}],
            "occupations": [{"soc": "11-1011", "title": "Occupation", "by_state": [{
                "state": "CA", "employment": 10, "mean": 60000, "p10": 30000, "p25": 40000,
                "median": 50000, "p75": 70000, "p90": 90000,
                "hourly": {"mean": 28.8, "p10": 14.4, "p25": 19.2, "median": 24.0, "p75": 33.6,
                    "p90": 43.2},
                "top_coded": true}]}]},
        "roles": [role("a", "b"), role("b", "a")],
        "comparisons": [{"role": "a", "other": "b", "description": "Description",
            "role_skills": ["Mine"], "other_skills": ["Theirs"], "pay": "lower",
            "education": {"level": "higher", "masters_points": 2.5, "doctoral_points": -1.0}}]
    })
}

/// Paths of nulls and empty lists in `value`: fields the hostile catalog would not test.
fn unfilled(value: &Value, path: String, out: &mut Vec<String>) {
    match value {
        Value::Null => out.push(path),
        Value::Array(items) if items.is_empty() => out.push(path),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                unfilled(item, format!("{path}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                unfilled(item, format!("{path}.{key}"), out);
            }
        }
        _ => {}
    }
}

/// Puts a marker `vN:` and the payload into every string; ids, dates and codes keep their
/// shape once cleaned (they only get what vanishes). Returns the marker of each string's path.
fn poison(value: &mut Value, path: &str, key: &str, markers: &mut Vec<String>) {
    match value {
        // Names of values (`pay: lower`, `label: growing_fast`, `parts: [skills]`) are not texts.
        Value::String(text) if ["lower", "similar", "higher"].contains(&text.as_str()) => {}
        Value::String(_) if matches!(key, "label" | "kind" | "parts") => {}
        Value::String(text) => {
            // Ids, dates and codes are checked: they keep their shape, and the state wage
            // table's states must be those its figures name.
            let keeps_shape = matches!(
                key,
                "id" | "related"
                    | "role"
                    | "other"
                    | "updated"
                    | "code"
                    | "nearest_occupation"
                    | "soc"
                    | "state"
            );
            *text = if keeps_shape {
                format!("{VANISHING}{text}{VANISHING}")
            } else {
                let n = markers.len();
                markers.push(path.to_string());
                format!("v{n}:{VANISHING}{text}{BREAKING}{VANISHING}end")
            };
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                poison(item, &format!("{path}[{i}]"), key, markers);
            }
        }
        Value::Object(map) => {
            for (k, item) in map.iter_mut() {
                poison(item, &format!("{path}.{k}"), k, markers);
            }
        }
        _ => {}
    }
}

/// Our own styles (`ESC [ digits m`) taken out; what is left must be harmless.
fn assert_harmless(what: &str, output: &[u8]) {
    let text = String::from_utf8_lossy(output);
    let mut rest = text.as_ref();
    let mut plain = String::new();
    while let Some(at) = rest.find('\u{1b}') {
        plain.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let sgr = after.strip_prefix('[').and_then(|p| {
            let end = p.find(|c: char| !(c.is_ascii_digit() || c == ';'))?;
            p[end..].starts_with('m').then(|| &p[end + 1..])
        });
        match sgr {
            Some(next) => rest = next,
            None => panic!("{what}: an escape sequence got through: {:?}", &rest[at..]),
        }
    }
    plain.push_str(rest);
    if let Some(c) = plain.chars().find(|&c| c != '\n' && is_unsafe(c)) {
        panic!("{what}: {c:?} got through in {plain:?}");
    }
}

fn hostile() -> Command {
    let mut cmd = program();
    cmd.env_remove("NO_COLOR").env("CLICOLOR_FORCE", "1");
    cmd
}

#[test]
fn no_catalog_text_reaches_the_terminal_raw() {
    let mut value = complete_catalog();
    let mut missing = Vec::new();
    let model: CatalogFile = serde_json::from_value(value.clone()).unwrap();
    unfilled(
        &serde_json::to_value(&model).unwrap(),
        String::new(),
        &mut missing,
    );
    assert!(
        missing.is_empty(),
        "fill {missing:?} in complete_catalog(), so that every field is tested"
    );
    let mut markers = Vec::new();
    poison(&mut value, "", "", &mut markers);
    let model: CatalogFile = serde_json::from_value(value).unwrap();
    let text = ron::to_string(&model).unwrap();
    // The file name is hostile too: it is printed in problems, warnings and JSON.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("evil\u{1b}]0;x\u{7}\u{202e}\u{9b}2J.ron");
    std::fs::write(&path, text).unwrap();

    let mut runs: Vec<Vec<&str>> = vec![vec!["check"]];
    for format in ["text", "json", "markdown"] {
        runs.push(vec!["list", "--format", format]);
        for role in ["a", "b"] {
            runs.push(vec!["show", role, "--format", format]);
        }
        runs.push(vec!["compare", "a", "b", "--format", format]);
        runs.push(vec!["compare", "b", "a", "--format", format]);
        runs.push(vec!["moves", "a", "--format", format]);
        runs.push(vec!["match", "--from", "a", "--format", format]);
    }
    for format in ["text", "json"] {
        runs.push(vec!["search", "v", "--limit", "0", "--format", format]);
    }
    for pane in [
        "overview",
        "responsibilities",
        "skills",
        "compare",
        "moves",
        "matcher",
    ] {
        for role in ["a", "b"] {
            runs.push(vec![
                "render", "--pane", pane, "--role", role, "--size", "200x60",
            ]);
        }
    }
    let mut everything = String::new();
    for args in &runs {
        let out = hostile()
            .arg("--data")
            .arg(&path)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_harmless(&format!("{args:?} stdout"), &out.stdout);
        assert_harmless(&format!("{args:?} stderr"), &out.stderr);
        if args.contains(&"json") {
            let _: Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
        }
        everything.push_str(&String::from_utf8_lossy(&out.stdout));
        everything.push_str(&String::from_utf8_lossy(&out.stderr));
    }
    // Every string was printed somewhere, so every one was tested; the catalog's own title and
    // its reference tables (what elements are, a job zone's examples and SVP range, the
    // projection period, the state wage table's names) are the ones no command prints yet: those are checked clean in the
    // loaded model instead.
    let unseen: BTreeSet<&str> = markers
        .iter()
        .enumerate()
        .filter(|(n, _)| !everything.contains(&format!("v{n}:")))
        .map(|(_, path)| path.as_str())
        .collect();
    let unprinted = BTreeSet::from([
        ".title",
        ".elements[0].name",
        ".elements[0].description",
        ".job_zones[0].examples",
        ".job_zones[0].svp",
        ".projections.release",
        ".state_wages.release",
        ".state_wages.states[0].name",
        ".state_wages.occupations[0].title",
    ]);
    assert_eq!(unseen, unprinted);
    let loaded = career_explorer::catalog::load_path(&path).unwrap();
    let loaded = serde_json::to_value(&loaded.file).unwrap();
    for path in unprinted {
        let pointer = path.replace(['.', '['], "/").replace(']', "");
        let text = loaded.pointer(&pointer).and_then(Value::as_str).unwrap();
        assert!(!text.chars().any(is_unsafe), "{path}: {text:?}");
        assert!(
            text.starts_with('v') && text.ends_with("end"),
            "{path}: {text:?}"
        );
    }
    assert!(everything.contains("removed control characters"), "warned");
}

#[test]
fn no_argument_reaches_the_terminal_raw() {
    let evil = format!("x{VANISHING}{BREAKING}y");
    let evil_rating = format!("writing={evil}");
    let runs: Vec<Vec<&str>> = vec![
        vec!["show", &evil],
        vec!["compare", "group-manager", &evil],
        vec!["search", &evil],
        vec!["search", &evil, "--format", "json"],
        vec!["moves", &evil],
        vec!["match", "--from", &evil],
        vec!["match", "--skills", &evil],
        vec!["match", "--skills", &evil_rating],
        vec!["search", "manager", "--role", &evil],
        vec!["render", "--size", &evil],
        vec!["render", "--role", &evil],
        vec!["list", "--format", &evil],
        vec!["check", &evil],
        vec!["--data", &evil, "list"],
        vec![&evil],
    ];
    for args in runs {
        let out = hostile()
            .args(["--data", SEED])
            .args(&args)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?}");
        assert_harmless(&format!("{args:?} stdout"), &out.stdout);
        assert_harmless(&format!("{args:?} stderr"), &out.stderr);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("error"), "{args:?}: {stderr}");
        assert!(
            stderr.contains('x'),
            "{args:?} names what was typed: {stderr}"
        );
    }
}
