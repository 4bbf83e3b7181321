//! The O*NET Excel edition: the same tables as workbooks, problems placed as FILE!SHEET:ROW:COL.

use career_explorer::catalog::{Part, Rating};
use career_explorer::import::{self, OnetImport};

use super::*;

/// The Excel folder first: Skills and Knowledge come from the 29.3 workbooks.
fn excel_first() -> Import {
    import::import(&OnetImport {
        dirs: vec![onet_excel(), onet_text()],
        ..OnetImport::default()
    })
    .expect("the fixtures import")
}

#[test]
fn skills_and_knowledge_from_workbooks_value_by_value() {
    let import = excel_first();
    let managers = role(&import.catalog, "general-and-operations-managers");
    let rating = |name: &str, importance, level| Rating {
        name: name.into(),
        importance,
        level,
    };
    assert_eq!(
        managers.skills,
        [
            rating("Critical Thinking", 4.0, Some(4.12)),
            rating("Reading Comprehension", 3.88, Some(3.75)),
            // Not Relevant = Y on its LV row: no level.
            rating("Programming", 1.12, None),
        ]
    );
    assert_eq!(
        role(&import.catalog, "chief-executives").skills,
        [rating("Reading Comprehension", 4.12, Some(4.62))]
    );
    assert_eq!(
        role(&import.catalog, "chief-executives").knowledge,
        [rating("Administration and Management", 4.78, Some(6.5))]
    );
    // Skills and Knowledge credited to 29.3, the rest to 30.1, from each folder's Read Me.
    let parts = |version: &str| {
        import
            .catalog
            .sources
            .iter()
            .find(|s| s.version.as_deref() == Some(version))
            .map(|s| s.parts.clone())
            .unwrap()
    };
    assert_eq!(parts("O*NET 29.3"), [Part::Skills, Part::Knowledge]);
    assert!(parts("O*NET 30.1").contains(&Part::Tasks));
    assert!(!parts("O*NET 30.1").contains(&Part::Skills));
    assert_eq!(
        import.stats.files_read[..4],
        strings(&[
            "Occupation Data.txt",
            "Task Statements.txt",
            "Skills.xlsx",
            "Knowledge.xlsx"
        ])
    );
}

#[test]
fn problems_in_a_workbook_name_file_sheet_row_and_column() {
    let import = excel_first();
    let warnings = warnings(&import);
    let from_excel: Vec<&String> = warnings
        .iter()
        .filter(|w| w.contains(".xlsx") || w.contains("onet/Skills.txt"))
        .collect();
    assert_eq!(
        from_excel,
        [
            "onet/Skills.txt: not read: onet-excel/Skills.xlsx is read instead",
            "onet-excel/Skills.xlsx!Skills:6:7: Data Value \"abc\" is not a number; row skipped",
            "onet-excel/Skills.xlsx!Skills:11:1: 1 row(s) from here on name an O*NET-SOC code that is not in Occupation Data; ignored",
            "onet-excel/Knowledge.xlsx!Knowledge:9:7: Data Value 7.5 is outside the LV scale 0–7; row skipped",
        ]
    );
}

#[test]
fn a_broken_workbook_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        onet_text().join("Occupation Data.txt"),
        dir.path().join("Occupation Data.txt"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("Skills.xlsx"),
        b"PK\x03\x04 not really a zip",
    )
    .unwrap();
    let err = import::import_onet(dir.path(), None, None).unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("Skills.xlsx: not an Excel workbook"),
        "{message}"
    );
}
