//! A long property test over the importer's readers, kept out of the default run:
//! `cargo test --test import_onet fuzz -- --ignored` (`PROPTEST_CASES` sets the count).
//! Random O*NET text files, OEWS CSV tables, projections and workbook bytes, made of cells
//! that are near the real ones (codes, numbers, markers, quotes, escapes, CRLF, tabs, very long
//! or non-ASCII text). Whatever the input, the import never panics, every warning names a file
//! and a position inside it and carries no control characters, and a catalog it builds always
//! passes the loader's own checks.

use proptest::prelude::*;

use career_explorer::catalog::parse_str;
use career_explorer::import::{self, OnetImport};

fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(&CODES[..]).prop_map(str::to_string),
        prop::sample::select(&SOC_CODES[..]).prop_map(str::to_string),
        Just("CA".to_string()),
        Just("000000".to_string()),
        Just("13-1020".to_string()),
        Just("IM".to_string()),
        Just("LV".to_string()),
        Just("WI".to_string()),
        Just("DR".to_string()),
        Just("OI".to_string()),
        Just("IH".to_string()),
        Just("RL".to_string()),
        Just("Y".to_string()),
        Just("#".to_string()),
        Just("*".to_string()),
        Just("**".to_string()),
        Just("—".to_string()),
        Just("Line item".to_string()),
        Just("\"3,503,020\"".to_string()),
        Just("\"a \"\"quoted\"\" \r\n field\"".to_string()),
        Just("\u{1b}]52;c;AAAA\u{7}\u{1b}[2J".to_string()),
        Just("\u{feff}".to_string()),
        Just("\u{2028}".to_string()),
        (-1e6f64..1e6).prop_map(|v| format!("{v}")),
        (0u32..20).prop_map(|v| v.to_string()),
        "[a-zA-Z ,.'é経\\-]{0,24}",
        ".{0,12}",
        Just("x".repeat(5000)),
    ]
}

/// Codes that are occupations of the random `Occupation Data` most of the time, so the other
/// tables join to them.
const CODES: [&str; 4] = ["11-1021.00", "11-1011.03", "29-1141.01", "13-1021.00"];
/// The SOC codes of those, as BLS tables name them.
const SOC_CODES: [&str; 4] = ["11-1021", "11-1011", "29-1141", "13-1020"];

/// Rows of a table: mostly the header's width with a known code first, sometimes anything.
fn rows(width: usize, codes: &'static [&'static str]) -> impl Strategy<Value = Vec<Vec<String>>> {
    let known = (
        prop::sample::select(codes),
        prop::collection::vec(cell(), width.saturating_sub(1)),
    )
        .prop_map(|(code, mut rest)| {
            rest.insert(0, code.to_string());
            rest
        });
    let any = prop::collection::vec(cell(), 0..(width + 2));
    prop::collection::vec(prop_oneof![4 => known, 1 => any], 0..12)
}

fn table(
    separator: &'static str,
    header: &'static [&'static str],
) -> impl Strategy<Value = String> {
    let codes: &'static [&'static str] = if header[0] == "OCC_CODE" {
        &SOC_CODES
    } else {
        &CODES
    };
    (rows(header.len(), codes), prop::bool::ANY).prop_map(move |(rows, crlf)| {
        let newline = if crlf { "\r\n" } else { "\n" };
        let mut text = header.join(separator);
        for row in rows {
            text.push_str(newline);
            text.push_str(&row.join(separator));
        }
        text
    })
}

const OCCUPATIONS: &[&str] = &["O*NET-SOC Code", "Title", "Description"];
const SKILLS: &[&str] = &[
    "O*NET-SOC Code",
    "Element ID",
    "Element Name",
    "Scale ID",
    "Data Value",
    "Not Relevant",
];
const STYLES: &[&str] = &[
    "O*NET-SOC Code",
    "Element ID",
    "Element Name",
    "Scale ID",
    "Data Value",
];
const TASKS: &[&str] = &["O*NET-SOC Code", "Task", "Task Type"];
const RELATED: &[&str] = &[
    "O*NET-SOC Code",
    "Related O*NET-SOC Code",
    "Relatedness Tier",
    "Index",
];
const TECH: &[&str] = &[
    "O*NET-SOC Code",
    "Example",
    "Commodity Title",
    "Hot Technology",
    "In Demand",
];
const NATIONAL: &[&str] = &[
    "OCC_CODE",
    "OCC_TITLE",
    "TOT_EMP",
    "H_MEAN",
    "A_MEAN",
    "A_MEDIAN",
    "A_PCT90",
];
const STATE: &[&str] = &[
    "OCC_CODE",
    "PRIM_STATE",
    "AREA_TITLE",
    "OCC_TITLE",
    "TOT_EMP",
    "A_MEDIAN",
    "H_MEDIAN",
];
const SECTOR: &[&str] = &[
    "OCC_CODE",
    "NAICS",
    "NAICS_TITLE",
    "OCC_TITLE",
    "TOT_EMP",
    "A_MEDIAN",
    "A_MEAN",
];

#[derive(Debug, Clone)]
struct Inputs {
    occupations: String,
    skills: String,
    styles: String,
    tasks: String,
    related: String,
    tech: String,
    national: String,
    state: String,
    sector: String,
    workbook: Vec<u8>,
}

fn inputs() -> impl Strategy<Value = Inputs> {
    (
        (
            table("\t", OCCUPATIONS),
            table("\t", SKILLS),
            table("\t", STYLES),
            table("\t", TASKS),
            table("\t", RELATED),
        ),
        (
            table("\t", TECH),
            table(",", NATIONAL),
            table(",", STATE),
            table(",", SECTOR),
            workbook(),
        ),
    )
        .prop_map(
            |(
                (occupations, skills, styles, tasks, related),
                (tech, national, state, sector, workbook),
            )| {
                Inputs {
                    occupations,
                    skills,
                    styles,
                    tasks,
                    related,
                    tech,
                    national,
                    state,
                    sector,
                    workbook,
                }
            },
        )
}

/// A fixture workbook with some bytes changed, or random bytes behind a zip signature.
fn workbook() -> impl Strategy<Value = Vec<u8>> {
    let fixture = include_bytes!("../fixtures/onet-excel/Knowledge.xlsx").to_vec();
    prop_oneof![
        prop::collection::vec((0..fixture.len(), any::<u8>()), 0..6).prop_map(move |edits| {
            let mut bytes = fixture.clone();
            for (at, byte) in edits {
                bytes[at] = byte;
            }
            bytes
        }),
        prop::collection::vec(any::<u8>(), 0..200).prop_map(|mut tail| {
            let mut bytes = b"PK\x03\x04".to_vec();
            bytes.append(&mut tail);
            bytes
        }),
    ]
}

fn check(inputs: &Inputs) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let onet = dir.path().join("onet");
    std::fs::create_dir(&onet).unwrap();
    let write = |name: &str, text: &[u8]| std::fs::write(onet.join(name), text).unwrap();
    write("Occupation Data.txt", inputs.occupations.as_bytes());
    write("Skills.txt", inputs.skills.as_bytes());
    write("Work Styles.txt", inputs.styles.as_bytes());
    write("Task Statements.txt", inputs.tasks.as_bytes());
    write("Related Occupations.txt", inputs.related.as_bytes());
    write("Technology Skills.txt", inputs.tech.as_bytes());
    write("Knowledge.xlsx", &inputs.workbook);
    let csv = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        Some(path)
    };
    let options = OnetImport {
        dirs: vec![onet.clone()],
        wages: csv("national_M2025_dl.csv", &inputs.national),
        wages_by_state: csv("state_M2025_dl.csv", &inputs.state),
        wages_by_industry: csv("natsector_M2025_dl.csv", &inputs.sector),
        ..OnetImport::default()
    };
    let Ok(import) = import::import(&options) else {
        // Refused as a whole (no usable Occupation Data, a broken workbook): a clear error.
        return Ok(());
    };
    for warning in &import.warnings {
        let text = warning.to_string();
        prop_assert!(!text.chars().any(char::is_control), "{text:?}");
        prop_assert!(
            text.starts_with(&dir.path().display().to_string()),
            "{text}"
        );
        if let Some((line, col)) = warning.position {
            prop_assert!(line >= 1 && col >= 1, "{text}");
        }
    }
    if import.catalog.roles.is_empty() {
        // Nothing to write: a catalog without roles is refused at load.
        return Ok(());
    }
    let text = import.to_ron().expect("serialises");
    let loaded = parse_str("fuzz.ron", &text);
    prop_assert!(loaded.is_ok(), "{}", loaded.unwrap_err());
    prop_assert_eq!(&loaded.unwrap().file, &import.catalog);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(3000),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    #[ignore = "long: run with --ignored"]
    fn the_importer_survives_any_input(inputs in inputs()) {
        check(&inputs)?;
    }
}
