//! The O*NET text edition and the OEWS national tables.

use career_explorer::catalog::{ElementKind, Part, SocOccupation, Wages};
use career_explorer::import::{self, ImportError, OnetImport, SEED_ROLE_IDS};

use super::*;

#[test]
fn roles_in_code_order_with_unique_slug_ids() {
    let import = import_all();
    let ids: Vec<(&str, &str)> = import
        .catalog
        .roles
        .iter()
        .map(|r| (r.id.as_str(), r.code.as_deref().unwrap()))
        .collect();
    assert_eq!(
        ids,
        [
            ("chief-executives", "11-1011.00"),
            ("chief-sustainability-officers", "11-1011.03"),
            ("general-and-operations-managers", "11-1021.00"),
            // "area-manager" belongs to the seed catalog.
            ("area-manager-11-3011-00", "11-3011.00"),
            // Both titles slug to farm-ranch-managers: the lower code keeps it.
            ("farm-ranch-managers", "11-9013.01"),
            ("farm-ranch-managers-11-9013-02", "11-9013.02"),
            ("buyers-and-purchasing-agents-farm-products", "13-1021.00"),
            (
                "substance-abuse-and-behavioral-disorder-counselors",
                "21-1011.00"
            ),
            ("actors", "27-2011.00"),
            ("cardiologists", "29-1212.00"),
            ("air-crew-officers", "55-1011.00"),
        ]
    );
}

#[test]
fn a_sub_occupation_borrows_its_soc_occupations_figures_and_says_so() {
    let import = import_all();
    let ceo = role(&import.catalog, "chief-executives");
    let cso = role(&import.catalog, "chief-sustainability-officers");
    let ceo_wages = ceo.wages.clone().unwrap();
    assert_eq!(ceo_wages.broader, None);
    assert_eq!(ceo_wages.p90, None, "`#` is left out");
    assert_eq!(ceo_wages.top_coded_at, Some(239_200));
    assert_eq!(
        cso.wages,
        Some(Wages {
            broader: Some(SocOccupation {
                code: "11-1011".into(),
                title: "Chief Executives".into(),
            }),
            ..ceo_wages
        })
    );
    assert_eq!(
        cso.outlook.as_ref().unwrap().broader,
        Some(SocOccupation {
            code: "11-1011".into(),
            title: "Chief executives".into(),
        })
    );
    assert_eq!(cso.wage_soc(), Some("11-1011"));
    // Eleven rated skills: all are kept, most important first.
    let names: Vec<&str> = ceo.skills.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names.len(), 11);
    assert_eq!((names[0], names[10]), ("Skill 4.50", "Skill 2.00"));
}

#[test]
fn wages_through_the_group_code_and_the_crosswalk() {
    let import = import_all();
    let buyers = role(
        &import.catalog,
        "buyers-and-purchasing-agents-farm-products",
    );
    let wages = buyers.wages.as_ref().unwrap();
    assert_eq!(
        (wages.employment, wages.median, wages.broader.clone()),
        (
            Some(491_430),
            Some(77_710),
            Some(SocOccupation {
                code: "13-1020".into(),
                title: "Buyers and Purchasing Agents".into()
            })
        )
    );
    assert!(buyers.notes.is_empty(), "the structured field says it");
    let counselors = role(
        &import.catalog,
        "substance-abuse-and-behavioral-disorder-counselors",
    );
    let wages = counselors.wages.as_ref().unwrap();
    assert_eq!(
        (
            wages.median,
            wages.broader.as_ref().map(|b| b.code.as_str())
        ),
        (Some(59_350), Some("21-1018"))
    );
}

#[test]
fn markers_hourly_only_and_gaps() {
    let import = import_all();
    // `*` for every yearly figure: an hourly-only occupation gets its hourly figures. The
    // description had an escape sequence, which is removed.
    let actors = role(&import.catalog, "actors");
    assert_eq!(
        actors.summary.as_deref(),
        Some("Play parts in stage, television, radio, video, or film productions.")
    );
    let wages = actors.wages.as_ref().unwrap();
    assert_eq!(
        (wages.employment, wages.mean, wages.median),
        (Some(55_000), None, None)
    );
    let hourly = wages.hourly.as_ref().unwrap();
    assert_eq!(
        hourly.figures(),
        [
            ("mean", Some(58.29)),
            ("p10", Some(16.5)),
            ("p25", Some(20.34)),
            ("median", Some(29.05)),
            ("p75", Some(97.95)),
            ("p90", Some(143.68)),
        ]
    );
    assert_eq!(
        actors.notes,
        strings(&["BLS OEWS publishes this occupation's wages by the hour only."])
    );
    assert_eq!(actors.job_zone, None, "Job Zone 9 was skipped");

    // `**` employment, an empty p10, `#` by industry, a duplicate and a bad number.
    let cardiologists = role(&import.catalog, "cardiologists");
    let wages = cardiologists.wages.as_ref().unwrap();
    assert_eq!(
        (
            wages.employment,
            wages.p10,
            wages.median,
            wages.top_coded_at
        ),
        (None, None, Some(496_010), Some(239_200))
    );
    assert_eq!(
        wages.by_industry,
        [
            industry(
                "62",
                "Health Care and Social Assistance",
                Some(15_980),
                Some(506_320),
                Some(465_020)
            ),
            industry("61", "Educational Services", Some(880), None, Some(401_000)),
            industry(
                "55",
                "Management of Companies and Enterprises",
                Some(280),
                None,
                None
            ),
        ]
    );
    // A bad TOT_EMP leaves only employment out.
    let area = role(&import.catalog, "area-manager-11-3011-00");
    let wages = area.wages.as_ref().unwrap();
    assert_eq!((wages.employment, wages.median), (None, Some(112_320)));
    // A malformed OEWS row (farmers) and no BLS data at all (military).
    for id in [
        "farm-ranch-managers",
        "farm-ranch-managers-11-9013-02",
        "air-crew-officers",
    ] {
        let r = role(&import.catalog, id);
        assert_eq!(r.wages, None, "{id}");
        assert!(r.notes.is_empty(), "{id}");
    }
    assert_eq!(role(&import.catalog, "air-crew-officers").outlook, None);
}

#[test]
fn warnings_name_file_line_and_column_and_the_import_goes_on() {
    let import = import_all();
    assert_eq!(
        warnings(&import),
        [
            "onet/Occupation Data.txt:8:1: malformed row: 2 tab-separated fields, the header has 3; row skipped",
            "onet/Occupation Data.txt:12:1: O*NET-SOC Code \"11-101X.00\" is not a code like 11-1011.00; row skipped",
            "onet/Task Statements.txt:7:1: malformed row: 3 tab-separated fields, the header has 7; row skipped",
            "onet/Task Statements.txt:8:1: 1 row(s) from here on name an O*NET-SOC code that is not in Occupation Data; ignored",
            "onet/Task Statements.txt:9:17: empty Task; row skipped",
            "onet-excel/Skills.xlsx: not read: onet/Skills.txt is read instead",
            "onet/Skills.txt:11:32: Data Value \"abc\" is not a number; row skipped",
            "onet/Skills.txt:12:35: Data Value 5.5 is outside the IM scale 1–5; row skipped",
            "onet-excel/Knowledge.xlsx!Knowledge:9:7: Data Value 7.5 is outside the LV scale 0–7; row skipped",
            "onet/Work Styles.txt:8:33: Data Value 3.5 is outside the WI scale -3–3; row skipped",
            "onet/Technology Skills.txt:7:12: empty Example; row skipped",
            "onet/Education, Training, and Experience.txt:15:49: Category \"13\" is not a Required Level of Education category (1–12); row skipped",
            "onet/Education, Training, and Experience.txt:17:52: Data Value 101 is not a percentage (0–100); row skipped",
            "onet/Job Zones.txt:4:12: Job Zone \"9\" is not 1–5; row skipped",
            "onet/Interests.txt:11:32: Data Value 8.5 is outside the OI scale; row skipped",
            "onet/Related Occupations.txt:8:37: Index \"x\" is not a whole number; row skipped",
            "onet/oews/national_M2025_dl.csv:5:51: TOT_EMP \"1,2x0\" is neither a number nor a BLS marker; left out",
            "onet/oews/national_M2025_dl.csv:6:1: malformed row: 3 fields, the header has 17; row skipped",
            "onet/oews/national_M2025_dl.csv:11:1: OCC_CODE 11-1021 again (first on line 4); row skipped",
            "onet/oews/national_M2025_dl.csv:12:1: OCC_CODE \"11-1O21\" is not a SOC code like 11-1021; row skipped",
            "onet/oews/natsector_M2025_dl.csv:20:45: NAICS 62 with OCC_CODE 29-1212 again (first on line 18); row skipped",
            "onet/oews/natsector_M2025_dl.csv:21:1: malformed row: 8 fields, the header has 9; row skipped",
            "onet/oews/natsector_M2025_dl.csv:22:68: A_MEDIAN \"12,3a4\" is neither a number nor a BLS marker; left out",
            "onet/oews/state_M2025_dl.csv:7:17: PRIM_STATE \"California\" is not a two-letter postal code; row skipped",
            "onet/oews/state_M2025_dl.csv:8:42: CA with OCC_CODE 11-1021 again (first on line 4); row skipped",
            "bls/occupation.xlsx!Table 1.2:12:2: code \"11-10x1\" is not a SOC code like 11-1021; row skipped",
            "bls/occupation.xlsx!Table 1.2:13:9: \"x.y\" is not a number; left out",
        ]
    );
}

#[test]
fn stats_sources_and_reference_tables() {
    let import = import_all();
    let s = &import.stats;
    assert_eq!(
        (
            s.roles,
            s.with_wages,
            s.with_median,
            s.with_hourly,
            s.wages_from_broader_code
        ),
        (11, 8, 7, 1, 3)
    );
    assert_eq!(
        (
            s.with_by_industry,
            s.with_state_wages,
            s.with_outlook,
            s.responsibilities
        ),
        (4, 5, 10, 5)
    );
    assert_eq!(
        (
            s.with_skills,
            s.with_knowledge,
            s.with_work_styles,
            s.with_technology
        ),
        (2, 2, 2, 2)
    );
    assert_eq!(
        (
            s.with_education,
            s.with_related,
            s.related_dropped,
            s.alternate_titles
        ),
        (2, 2, 1, 5)
    );
    assert_eq!(s.files_read.len(), 14);
    assert_eq!(s.files_read[2], "Skills.txt");
    assert_eq!(s.files_read[3], "Knowledge.xlsx");
    assert!(s.files_absent.is_empty());

    let catalog = &import.catalog;
    assert_eq!(
        catalog.title,
        "US occupations from O*NET, with BLS OEWS May 2025 wages and BLS Employment Projections 2024–34 job outlook"
    );
    let versions: Vec<(&str, Vec<Part>)> = catalog
        .sources
        .iter()
        .map(|s| (s.version.as_deref().unwrap(), s.parts.clone()))
        .collect();
    use Part::*;
    assert_eq!(
        versions,
        [
            (
                "O*NET 30.1",
                vec![
                    Occupations,
                    Tasks,
                    Skills,
                    WorkStyles,
                    Technology,
                    Education,
                    JobZones,
                    Interests,
                    Related,
                    Titles
                ]
            ),
            ("O*NET 29.3", vec![Knowledge]),
            ("BLS OEWS May 2025", vec![Wages, StateWages]),
            ("BLS Employment Projections 2024–34", vec![Outlook]),
        ]
    );
    assert_eq!(
        career_explorer::catalog::credit_line(&catalog.sources),
        "O*NET 30.1; knowledge O*NET 29.3; BLS OEWS May 2025; BLS Employment Projections 2024–34"
    );
    assert_eq!(
        import::credit(&catalog.sources),
        "This product includes information from the O*NET 30.1 Database (knowledge from the \
         O*NET 29.3 Database) by the U.S. Department of Labor, Employment and Training \
         Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of \
         USDOL/ETA. career-explorer has modified all or some of this information. USDOL/ETA has \
         not approved, endorsed, or tested these modifications. BLS OEWS May 2025; BLS \
         Employment Projections 2024–34: U.S. Bureau of Labor Statistics, public domain."
    );

    // Elements: descriptions from the Content Model Reference, once per catalog; Mathematics
    // is both a skill and a knowledge area.
    let element = |kind, name: &str| {
        catalog
            .elements
            .iter()
            .find(|e| e.kind == kind && e.name == name)
            .unwrap_or_else(|| panic!("no {kind:?} {name}"))
    };
    assert_eq!(
        element(ElementKind::Skill, "Critical Thinking")
            .description
            .as_deref(),
        Some(
            "Using logic and reasoning to identify the strengths and weaknesses of alternative solutions, conclusions, or approaches to problems."
        )
    );
    assert_eq!(
        element(ElementKind::Knowledge, "Mathematics").id.as_deref(),
        Some("2.C.4.a")
    );
    assert_eq!(
        element(ElementKind::Knowledge, "Customer and Personal Service").description,
        None
    );
    assert_eq!(
        element(ElementKind::WorkStyle, "Dependability")
            .description
            .as_deref(),
        Some(
            "A tendency to be reliable, responsible, and consistent in meeting work-related obligations."
        )
    );
    assert_eq!(
        element(ElementKind::Interest, "Enterprising").id.as_deref(),
        Some("1.B.1.e")
    );
    assert_eq!(catalog.elements.len(), 17 + 3 + 3 + 6);
    let zones: Vec<(u8, &str, Option<&str>)> = catalog
        .job_zones
        .iter()
        .map(|z| (z.zone, z.name.as_str(), z.svp.as_deref()))
        .collect();
    assert_eq!(
        zones,
        [
            (4, "Considerable Preparation Needed", Some("7.0 to < 8.0")),
            (5, "Extensive Preparation Needed", Some("8.0 and above")),
        ]
    );
    assert!(catalog.comparisons.is_empty());
}

#[test]
fn seed_ids_are_the_ids_of_the_seed_catalog() {
    let seed = career_explorer::catalog::parse_str(
        "roles.ron",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/roles.ron")),
    )
    .unwrap();
    let ids: Vec<&str> = seed.file.roles.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, SEED_ROLE_IDS);
}

#[test]
fn only_occupation_data_is_required() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        onet_text().join("Occupation Data.txt"),
        dir.path().join("Occupation Data.txt"),
    )
    .unwrap();
    // A known file without the columns it needs is skipped with a warning at its header.
    std::fs::write(
        dir.path().join("Skills.txt"),
        "O*NET-SOC Code\tElement Name\r\n11-1011.00\tWriting\r\n",
    )
    .unwrap();
    let import = import::import_onet(dir.path(), None, None).unwrap();
    assert_eq!(import.stats.roles, 11);
    assert_eq!(import.stats.with_wages, 0);
    assert_eq!(import.stats.files_read, strings(&["Occupation Data.txt"]));
    assert_eq!(import.stats.files_absent.len(), 12);
    assert_eq!(import.stats.files_absent[0], "Task Statements.txt");
    let skills = format!("{}:1:1: ", dir.path().join("Skills.txt").display());
    let warnings: Vec<String> = import.warnings.iter().map(ToString::to_string).collect();
    assert!(
        warnings.contains(&format!(
            "{skills}missing column \"Element ID\", \"Scale ID\", \"Data Value\"; file skipped"
        )),
        "{warnings:#?}"
    );
    // No Read Me and no official folder name: the release is not known.
    assert_eq!(import.catalog.sources.len(), 1);
    assert_eq!(import.catalog.sources[0].version, None);
    assert_eq!(import.catalog.title, "US occupations from O*NET");
    assert!(
        import
            .catalog
            .roles
            .iter()
            .all(|r| r.wages.is_none() && r.notes.is_empty() && r.outlook.is_none())
    );
}

#[test]
fn the_release_from_the_folder_name_or_the_options() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("db_29_2_text");
    std::fs::create_dir(&dir).unwrap();
    std::fs::copy(
        onet_text().join("Occupation Data.txt"),
        dir.join("occupation data.txt"),
    )
    .unwrap();
    let import = import::import_onet(&dir, None, None).unwrap();
    assert_eq!(
        import.catalog.sources[0].version.as_deref(),
        Some("O*NET 29.2")
    );
    assert_eq!(import.stats.roles, 11, "file names are matched in any case");

    let plain = parent.path().join("plain");
    std::fs::create_dir(&plain).unwrap();
    std::fs::copy(
        onet_text().join("Occupation Data.txt"),
        plain.join("Occupation Data.txt"),
    )
    .unwrap();
    let import = import::import(&OnetImport {
        dirs: vec![plain],
        wages: Some(oews("national_M2025_dl.csv")),
        onet_version: Some("25.1".into()),
        wages_release: Some("OEWS test release".into()),
        ..OnetImport::default()
    })
    .unwrap();
    assert_eq!(
        import.catalog.sources[0].version.as_deref(),
        Some("O*NET 25.1")
    );
    assert_eq!(
        import.catalog.sources[1].version.as_deref(),
        Some("OEWS test release")
    );
    let ceo = role(&import.catalog, "chief-executives");
    assert_eq!(ceo.wages.as_ref().unwrap().release, "OEWS test release");
}

#[test]
fn fatal_only_without_occupation_data_or_when_an_input_cannot_be_read() {
    let empty = tempfile::tempdir().unwrap();
    assert!(matches!(
        import::import_onet(empty.path(), None, None),
        Err(ImportError::NoOccupationData(_))
    ));
    assert!(matches!(
        import::import_onet(&empty.path().join("nope"), None, None),
        Err(ImportError::Read { .. })
    ));
    let missing = oews("missing.csv");
    let err = import::import_onet(&onet_text(), Some(&missing), None).unwrap_err();
    assert!(matches!(err, ImportError::Read { .. }));
    assert!(
        err.to_string().contains("missing.csv: cannot read"),
        "{err}"
    );

    std::fs::write(empty.path().join("Occupation Data.txt"), "Code\tName\r\n").unwrap();
    let err = import::import_onet(empty.path(), None, None).unwrap_err();
    assert!(
        err.to_string().ends_with(
            "missing column \"O*NET-SOC Code\", \"Title\", \"Description\"; cannot import occupations without it"
        ),
        "{err}"
    );
}
