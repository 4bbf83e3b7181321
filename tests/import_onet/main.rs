//! The importer on fixtures of our own in the official layouts, checked value by value:
//! tests/fixtures/onet (O*NET text edition: tab-separated, CRLF, with `Read Me.txt`),
//! tests/fixtures/onet-excel (O*NET Excel edition), tests/fixtures/bls/occupation.xlsx (BLS
//! Employment Projections) and tests/fixtures/onet/oews (OEWS tables as CSV with a BOM,
//! quoting, thousands separators and the BLS markers). The `.xlsx` fixtures are written by
//! scripts/write_xlsx_fixtures.py from tests/fixtures/xlsx-src.

mod bls;
mod excel;
mod fuzz;
mod output;
mod role;
mod text;

use std::path::{Path, PathBuf};

use career_explorer::catalog::{CatalogFile, IndustryWages, Role};
use career_explorer::import::{self, Import, OnetImport};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn onet_text() -> PathBuf {
    fixtures().join("onet")
}

fn onet_excel() -> PathBuf {
    fixtures().join("onet-excel")
}

fn oews(name: &str) -> PathBuf {
    fixtures().join("onet/oews").join(name)
}

/// Every input: the text edition first, so only Knowledge comes from the Excel folder.
fn all_inputs() -> OnetImport {
    OnetImport {
        dirs: vec![onet_text(), onet_excel()],
        wages: Some(oews("national_M2025_dl.csv")),
        wages_by_industry: Some(oews("natsector_M2025_dl.csv")),
        wages_by_state: Some(oews("state_M2025_dl.csv")),
        projections: Some(fixtures().join("bls/occupation.xlsx")),
        ..OnetImport::default()
    }
}

fn import_all() -> Import {
    import::import(&all_inputs()).expect("the fixtures import")
}

fn role<'a>(catalog: &'a CatalogFile, id: &str) -> &'a Role {
    catalog
        .roles
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no role {id}"))
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// Warnings as text, with the fixtures folder left out of the paths.
fn warnings(import: &Import) -> Vec<String> {
    let dir = format!("{}/", fixtures().display());
    import
        .warnings
        .iter()
        .map(|w| w.to_string().replace(&dir, ""))
        .collect()
}

fn industry(
    naics: &str,
    name: &str,
    employment: Option<i64>,
    median: Option<i64>,
    mean: Option<i64>,
) -> IndustryWages {
    IndustryWages {
        naics: Some(naics.to_string()),
        industry: name.to_string(),
        employment,
        median,
        mean,
    }
}

const RELEASE: &str = "BLS OEWS May 2025";
