//! The O*NET + OEWS importer on hand-written fixtures in the official formats
//! (tests/fixtures/onet: tab-separated O*NET text files with CRLF; oews/: OEWS tables as CSV
//! with a BOM, quoting, thousands separators and the BLS markers), checked value by value.

use std::path::{Path, PathBuf};

use career_explorer::catalog::{
    CatalogFile, Education, EducationShare, HardSkill, IndustryWages, Role, Source, Wages,
    parse_str,
};
use career_explorer::commands::import::{ImportArgs, ImportSource, OnetArgs, run};
use career_explorer::import::{self, Import, ImportError, ImportStats, OnetImport, SEED_ROLE_IDS};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/onet")
}

fn import_fixtures() -> Import {
    let dir = fixtures();
    import::import_onet(
        &dir,
        Some(&dir.join("oews/national_M2025_dl.csv")),
        Some(&dir.join("oews/natsector_M2025_dl.csv")),
    )
    .expect("the fixtures import")
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

fn skills(items: &[(&str, f64)]) -> Vec<HardSkill> {
    items
        .iter()
        .map(|(name, share)| HardSkill {
            name: name.to_string(),
            share: *share,
            example: None,
        })
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

fn chief_executive_wages() -> Wages {
    Wages {
        release: RELEASE.into(),
        employment: Some(204_350),
        mean: Some(269_630),
        p10: Some(75_700),
        p25: Some(129_540),
        median: Some(213_990),
        p75: Some(356_200),
        // `#` in the source: left out, with the cap recorded and a note.
        p90: None,
        top_coded_at: Some(239_200),
        by_industry: vec![],
    }
}

const CHIEF_EXECUTIVE_TOP_CODED: &str = "BLS OEWS gives the national 90th percentile only as \
\"$239,200 a year or more\" (top-coded), so it is left out.";

#[test]
fn roles_in_code_order_with_unique_slug_ids() {
    let import = import_fixtures();
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
fn general_and_operations_managers_value_by_value() {
    let import = import_fixtures();
    let expected = Role {
        id: "general-and-operations-managers".into(),
        title: "General and Operations Managers".into(),
        code: Some("11-1021.00".into()),
        summary: Some(
            "Plan, direct, or coordinate the operations of public or private sector \
             organizations, overseeing multiple departments or locations."
                .into(),
        ),
        // Core first, then Supplemental, then untyped (n/a); file order within each.
        responsibilities: strings(&[
            "Review financial statements, sales or activity reports, or other performance data to measure productivity or goal achievement.",
            "Direct and coordinate activities of businesses or departments concerned with the production, pricing, sales, or distribution of products.",
            "Direct administrative activities directly related to making products or providing services.",
            "Prepare staff work schedules and assign specific duties.",
        ]),
        // Importance 1–5 → (v − 1) / 4 × 100; Programming is "Not Relevant" on its LV row.
        hard_skills: skills(&[
            ("Critical Thinking", 100.0),
            ("Active Listening", 81.3),
            ("Reading Comprehension", 78.0),
            ("Monitoring", 78.0),
            ("Writing", 50.0),
        ]),
        education: Some(Education {
            levels: vec![
                EducationShare {
                    level: "High School Diploma".into(),
                    share: 12.5,
                },
                EducationShare {
                    level: "Some College Courses".into(),
                    share: 7.14,
                },
                EducationShare {
                    level: "Associate's Degree".into(),
                    share: 3.57,
                },
                EducationShare {
                    level: "Bachelor's Degree".into(),
                    share: 58.93,
                },
                EducationShare {
                    level: "Master's Degree".into(),
                    share: 17.86,
                },
            ],
        }),
        alternate_titles: strings(&["Operations Manager", "General Manager (GM)", "GM"]),
        // By tier then index; the unknown 13-1199.05 and the role itself are dropped.
        related: strings(&[
            "chief-executives",
            "area-manager-11-3011-00",
            "chief-sustainability-officers",
            "farm-ranch-managers",
        ]),
        wages: Some(Wages {
            release: RELEASE.into(),
            employment: Some(3_503_020),
            mean: Some(134_940),
            p10: Some(50_090),
            p25: Some(72_320),
            median: Some(105_770),
            p75: Some(167_280),
            p90: Some(253_390),
            top_coded_at: Some(239_200),
            // The 10 largest by employment; Utilities, Agriculture and `**` are cut, and the
            // cross-industry 000000 row is not an industry.
            by_industry: vec![
                industry(
                    "44-45",
                    "Retail Trade",
                    Some(405_320),
                    Some(86_550),
                    Some(106_150),
                ),
                industry(
                    "62",
                    "Health Care and Social Assistance",
                    Some(303_990),
                    Some(96_210),
                    Some(118_950),
                ),
                industry(
                    "54",
                    "Professional, Scientific, and Technical Services",
                    Some(238_250),
                    Some(146_250),
                    Some(178_680),
                ),
                industry(
                    "23",
                    "Construction",
                    Some(233_210),
                    Some(111_330),
                    Some(139_070),
                ),
                industry(
                    "31-33",
                    "Manufacturing",
                    Some(223_190),
                    Some(121_440),
                    Some(146_670),
                ),
                industry(
                    "42",
                    "Wholesale Trade",
                    Some(207_560),
                    Some(124_940),
                    Some(158_230),
                ),
                industry(
                    "48-49",
                    "Transportation and Warehousing",
                    Some(131_850),
                    Some(100_810),
                    Some(121_030),
                ),
                industry(
                    "52",
                    "Finance and Insurance",
                    Some(99_650),
                    Some(152_850),
                    Some(185_530),
                ),
                industry(
                    "51",
                    "Information",
                    Some(55_320),
                    Some(160_810),
                    Some(190_640),
                ),
                industry(
                    "21",
                    "Mining, Quarrying, and Oil and Gas Extraction",
                    Some(14_390),
                    Some(150_660),
                    None,
                ),
            ],
        }),
        notes: strings(&[
            "BLS OEWS gives the mean in Mining, Quarrying, and Oil and Gas Extraction only as \
             \"$239,200 a year or more\" (top-coded), so it is left out.",
        ]),
        ..Role::default()
    };
    assert_eq!(
        role(&import.catalog, "general-and-operations-managers"),
        &expected
    );
}

#[test]
fn chief_executives_and_their_sub_occupation() {
    let import = import_fixtures();
    let ceo = role(&import.catalog, "chief-executives");
    assert_eq!(
        ceo,
        &Role {
            id: "chief-executives".into(),
            title: "Chief Executives".into(),
            code: Some("11-1011.00".into()),
            summary: Some(
                "Determine and formulate policies and provide overall direction of companies \
                 or private and public sector organizations."
                    .into()
            ),
            responsibilities: strings(&[
                "Direct or coordinate an organization's financial or budget activities."
            ]),
            // Eleven rated skills: the ten most important are kept; x.x5 rounds half up.
            hard_skills: skills(&[
                ("Skill 4.50", 87.5),
                ("Skill 4.25", 81.3),
                ("Skill 4.00", 75.0),
                ("Skill 3.75", 68.8),
                ("Skill 3.50", 62.5),
                ("Skill 3.25", 56.3),
                ("Skill 3.00", 50.0),
                ("Skill 2.75", 43.8),
                ("Skill 2.50", 37.5),
                ("Skill 2.25", 31.3),
            ]),
            alternate_titles: strings(&["CEO"]),
            related: strings(&["general-and-operations-managers"]),
            wages: Some(chief_executive_wages()),
            notes: strings(&[CHIEF_EXECUTIVE_TOP_CODED]),
            ..Role::default()
        }
    );

    let cso = role(&import.catalog, "chief-sustainability-officers");
    assert_eq!(
        cso,
        &Role {
            id: "chief-sustainability-officers".into(),
            title: "Chief Sustainability Officers".into(),
            code: Some("11-1011.03".into()),
            summary: Some(
                "Communicate and coordinate with management, shareholders, customers, and \
                 employees to address sustainability issues."
                    .into()
            ),
            wages: Some(chief_executive_wages()),
            notes: strings(&[
                "Wages are BLS OEWS figures for SOC 11-1011 Chief Executives, the broader SOC \
                 occupation that includes this O*NET occupation.",
                CHIEF_EXECUTIVE_TOP_CODED,
            ]),
            ..Role::default()
        }
    );
}

#[test]
fn wages_through_the_group_code_and_the_crosswalk() {
    let import = import_fixtures();
    let buyers = role(
        &import.catalog,
        "buyers-and-purchasing-agents-farm-products",
    );
    assert_eq!(
        buyers.wages,
        Some(Wages {
            release: RELEASE.into(),
            employment: Some(491_430),
            mean: Some(83_770),
            p10: Some(48_380),
            p25: Some(60_800),
            median: Some(77_710),
            p75: Some(100_820),
            p90: Some(128_870),
            top_coded_at: None,
            by_industry: vec![industry(
                "42",
                "Wholesale Trade",
                Some(61_210),
                Some(75_000),
                Some(80_000)
            )],
        })
    );
    assert_eq!(
        buyers.notes,
        strings(&[
            "Wages are BLS OEWS figures for SOC 13-1020 Buyers and Purchasing Agents, a broader \
             group that includes this occupation."
        ])
    );

    let counselors = role(
        &import.catalog,
        "substance-abuse-and-behavioral-disorder-counselors",
    );
    assert_eq!(
        counselors.wages,
        Some(Wages {
            release: RELEASE.into(),
            employment: Some(491_930),
            mean: Some(64_440),
            p10: Some(38_940),
            p25: Some(47_100),
            median: Some(59_350),
            p75: Some(76_530),
            p90: Some(97_590),
            top_coded_at: None,
            by_industry: vec![],
        })
    );
    assert_eq!(
        counselors.notes,
        strings(&[
            "Wages are BLS OEWS figures for SOC 21-1018 Substance Abuse, Behavioral Disorder, \
             and Mental Health Counselors: OEWS (SOC 2018) reports this occupation together \
             with others under that code."
        ])
    );
}

#[test]
fn markers_become_absent_figures() {
    let import = import_fixtures();

    // `*` everywhere but employment: an hourly-only occupation. The description had an
    // escape sequence, which is removed.
    let actors = role(&import.catalog, "actors");
    assert_eq!(
        actors.summary.as_deref(),
        Some("Play parts in stage, television, radio, video, or film productions.")
    );
    assert_eq!(
        actors.wages,
        Some(Wages {
            release: RELEASE.into(),
            employment: Some(55_000),
            by_industry: vec![industry(
                "71",
                "Arts, Entertainment, and Recreation",
                Some(25_610),
                None,
                None
            )],
            ..Wages::default()
        })
    );
    assert_eq!(
        actors.notes,
        strings(&["BLS OEWS publishes no annual wage figures for this occupation."])
    );

    // `**` employment, an empty p10, `#` by industry, a duplicate and a bad number.
    let cardiologists = role(&import.catalog, "cardiologists");
    assert_eq!(
        cardiologists.wages,
        Some(Wages {
            release: RELEASE.into(),
            employment: None,
            mean: Some(454_940),
            p10: None,
            p25: Some(274_280),
            median: Some(496_010),
            p75: Some(610_060),
            p90: Some(712_130),
            top_coded_at: Some(239_200),
            by_industry: vec![
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
            ],
        })
    );
    assert_eq!(
        cardiologists.notes,
        strings(&[
            "BLS OEWS gives the median and mean in Management of Companies and Enterprises only \
             as \"$239,200 a year or more\" (top-coded), so they are left out."
        ])
    );
    assert_eq!(
        cardiologists.education,
        Some(Education {
            levels: vec![EducationShare {
                level: "Doctoral Degree".into(),
                share: 100.0
            }]
        })
    );

    // A bad TOT_EMP leaves only employment out.
    let area = role(&import.catalog, "area-manager-11-3011-00");
    assert_eq!(
        area.wages,
        Some(Wages {
            release: RELEASE.into(),
            employment: None,
            mean: Some(131_370),
            p10: Some(67_990),
            p25: Some(86_450),
            median: Some(112_320),
            p75: Some(149_580),
            p90: Some(196_060),
            top_coded_at: None,
            by_industry: vec![],
        })
    );
    assert!(area.notes.is_empty());

    // Malformed OEWS row (farmers) and no OEWS data at all (military).
    for id in [
        "farm-ranch-managers",
        "farm-ranch-managers-11-9013-02",
        "air-crew-officers",
    ] {
        let r = role(&import.catalog, id);
        assert_eq!(r.wages, None, "{id}");
        assert!(r.notes.is_empty(), "{id}");
    }
}

#[test]
fn warnings_name_file_and_line_and_the_import_goes_on() {
    let import = import_fixtures();
    let dir = format!("{}/", fixtures().display());
    let warnings: Vec<&str> = import
        .warnings
        .iter()
        .map(|w| w.strip_prefix(&dir).unwrap_or(w))
        .collect();
    assert_eq!(
        warnings,
        [
            "Occupation Data.txt:8: malformed row: 2 tab-separated fields, the header has 3; row skipped",
            "Occupation Data.txt:12: O*NET-SOC Code \"11-101X.00\" is not a code like 11-1011.00; row skipped",
            "Task Statements.txt:7: malformed row: 3 tab-separated fields, the header has 7; row skipped",
            "Task Statements.txt:8: 1 row(s) from here on name an O*NET-SOC code that is not in Occupation Data.txt; ignored",
            "Task Statements.txt:9: empty Task; row skipped",
            "Skills.txt:11: Data Value \"abc\" is not a number; row skipped",
            "Skills.txt:12: Data Value 5.5 is outside the importance scale 1–5; row skipped",
            "Education, Training, and Experience.txt:15: Category \"13\" is not a Required Level of Education category (1–12); row skipped",
            "Education, Training, and Experience.txt:17: Data Value 101 is not a percentage (0–100); row skipped",
            "Related Occupations.txt:8: Index \"x\" is not a whole number; row skipped",
            "oews/national_M2025_dl.csv:5: TOT_EMP \"1,2x0\" is neither a number nor a BLS marker; left out",
            "oews/national_M2025_dl.csv:6: malformed row: 3 fields, the header has 12; row skipped",
            "oews/national_M2025_dl.csv:11: OCC_CODE 11-1021 again (first on line 4); row skipped",
            "oews/national_M2025_dl.csv:12: OCC_CODE \"11-1O21\" is not a SOC code like 11-1021; row skipped",
            "oews/natsector_M2025_dl.csv:20: NAICS 62 with OCC_CODE 29-1212 again (first on line 18); row skipped",
            "oews/natsector_M2025_dl.csv:21: malformed row: 8 fields, the header has 9; row skipped",
            "oews/natsector_M2025_dl.csv:22: A_MEDIAN \"12,3a4\" is neither a number nor a BLS marker; left out",
        ]
    );
}

#[test]
fn stats_and_sources() {
    let import = import_fixtures();
    let files = [
        "Occupation Data.txt",
        "Task Statements.txt",
        "Skills.txt",
        "Education, Training, and Experience.txt",
        "Related Occupations.txt",
        "Alternate Titles.txt",
    ];
    assert_eq!(
        import.stats,
        ImportStats {
            roles: 11,
            with_wages: 8,
            with_median: 7,
            wages_from_broader_code: 3,
            with_by_industry: 4,
            responsibilities: 5,
            with_skills: 2,
            with_education: 2,
            with_related: 2,
            related_dropped: 1,
            alternate_titles: 4,
            files_read: strings(&files),
            files_absent: vec![],
        }
    );
    assert_eq!(
        import.catalog.title,
        "US occupations from O*NET, with BLS OEWS May 2025 wages"
    );
    assert_eq!(
        import.catalog.sources,
        [
            Source {
                name: "O*NET Database".into(),
                publisher: Some(
                    "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)"
                        .into()
                ),
                // The folder is not named like db_29_2_text and no version was given.
                version: None,
                updated: None,
                url: Some("https://www.onetcenter.org/database.html".into()),
                licence: Some("CC BY 4.0".into()),
            },
            Source {
                name: "Occupational Employment and Wage Statistics (OEWS)".into(),
                publisher: Some("U.S. Bureau of Labor Statistics".into()),
                version: Some(RELEASE.into()),
                updated: None,
                url: Some("https://www.bls.gov/oes/".into()),
                licence: Some("Public domain (U.S. government work)".into()),
            },
        ]
    );
    assert!(import.catalog.comparisons.is_empty());
}

#[test]
fn ron_output_reads_back_as_the_same_catalog() {
    let import = import_fixtures();
    let text = import::to_ron(&import.catalog).unwrap();
    assert!(text.starts_with("// US occupations from O*NET"), "{text}");
    assert!(text.contains("\n#![enable(implicit_some)]\nCatalogFile(\n"));
    assert!(text.contains("CC BY 4.0"));
    // Empty role fields are left out; industries sit on one line each.
    for absent in ["duties:", "soft_skills:", "employers:", "salary:", "types:"] {
        assert!(!text.contains(absent), "{absent} in the output");
    }
    assert!(text.contains(
        "IndustryWages(naics: \"44-45\", industry: \"Retail Trade\", employment: 405320, median: 86550, mean: 106150),"
    ));
    let loaded = parse_str("fixture.ron", &text).expect("the output loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.file, import.catalog);
}

#[test]
fn seed_ids_are_the_ids_of_the_seed_catalog() {
    let seed = parse_str(
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
        fixtures().join("Occupation Data.txt"),
        dir.path().join("Occupation Data.txt"),
    )
    .unwrap();
    // A known file without the columns it needs is skipped with a warning.
    std::fs::write(
        dir.path().join("Skills.txt"),
        "O*NET-SOC Code\tElement Name\r\n11-1011.00\tWriting\r\n",
    )
    .unwrap();
    let import = import::import_onet(dir.path(), None, None).unwrap();
    assert_eq!(import.stats.roles, 11);
    assert_eq!(import.stats.with_wages, 0);
    assert_eq!(import.stats.files_read, strings(&["Occupation Data.txt"]));
    assert_eq!(
        import.stats.files_absent,
        strings(&[
            "Task Statements.txt",
            "Education, Training, and Experience.txt",
            "Related Occupations.txt",
            "Alternate Titles.txt",
        ])
    );
    let skills = format!("{}:1: ", dir.path().join("Skills.txt").display());
    assert!(
        import.warnings.contains(&format!(
            "{skills}missing column \"Element ID\", \"Scale ID\", \"Data Value\"; file skipped"
        )),
        "{:#?}",
        import.warnings
    );
    // Without wages there is one source, and no role has wages or notes.
    assert_eq!(import.catalog.sources.len(), 1);
    assert_eq!(import.catalog.title, "US occupations from O*NET");
    assert!(
        import
            .catalog
            .roles
            .iter()
            .all(|r| r.wages.is_none() && r.notes.is_empty())
    );
}

#[test]
fn version_from_the_official_folder_name_or_the_options() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("db_29_2_text");
    std::fs::create_dir(&dir).unwrap();
    std::fs::copy(
        fixtures().join("Occupation Data.txt"),
        dir.join("occupation data.txt"),
    )
    .unwrap();
    let import = import::import_onet(&dir, None, None).unwrap();
    assert_eq!(import.catalog.sources[0].version.as_deref(), Some("29.2"));
    assert_eq!(import.stats.roles, 11, "file names are matched in any case");

    let import = import::import(&OnetImport {
        dir: fixtures(),
        wages: Some(fixtures().join("oews/national_M2025_dl.csv")),
        onet_version: Some("25.1".into()),
        wages_release: Some("OEWS test release".into()),
        ..OnetImport::default()
    })
    .unwrap();
    assert_eq!(import.catalog.sources[0].version.as_deref(), Some("25.1"));
    assert_eq!(
        import.catalog.sources[1].version.as_deref(),
        Some("OEWS test release")
    );
    let ceo = import
        .catalog
        .roles
        .iter()
        .find(|r| r.id == "chief-executives")
        .unwrap();
    assert_eq!(ceo.wages.as_ref().unwrap().release, "OEWS test release");
}

#[test]
fn fatal_only_without_occupation_data_or_when_a_file_cannot_be_read() {
    let empty = tempfile::tempdir().unwrap();
    assert!(matches!(
        import::import_onet(empty.path(), None, None),
        Err(ImportError::NoOccupationData(_))
    ));
    assert!(matches!(
        import::import_onet(&empty.path().join("nope"), None, None),
        Err(ImportError::Read { .. })
    ));
    let missing = fixtures().join("oews/missing.csv");
    let err = import::import_onet(&fixtures(), Some(&missing), None).unwrap_err();
    assert!(matches!(err, ImportError::Read { .. }));
    assert!(
        err.to_string().contains("missing.csv: cannot read"),
        "{err}"
    );

    std::fs::write(empty.path().join("Occupation Data.txt"), "Code\tName\r\n").unwrap();
    let err = import::import_onet(empty.path(), None, None).unwrap_err();
    assert!(
        err.to_string()
            .ends_with("missing column \"O*NET-SOC Code\", \"Title\", \"Description\"; cannot import occupations without it"),
        "{err}"
    );
}

fn onet_args(dir: PathBuf, output: PathBuf) -> ImportArgs {
    ImportArgs {
        source: ImportSource::Onet(OnetArgs {
            wages: Some(fixtures().join("oews/national_M2025_dl.csv")),
            wages_by_industry: Some(fixtures().join("oews/natsector_M2025_dl.csv")),
            dir,
            output,
            onet_version: None,
            wages_release: None,
        }),
    }
}

#[test]
fn run_writes_a_loadable_catalog_and_never_clobbers_on_failure() {
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("us.ron");
    run(&onet_args(fixtures(), out.clone())).unwrap();
    let text = std::fs::read_to_string(&out).unwrap();
    let loaded = parse_str("us.ron", &text).unwrap();
    assert_eq!(loaded.file.roles.len(), 11);
    let leftovers: Vec<_> = std::fs::read_dir(out_dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, ["us.ron"], "no temporary file is left behind");

    // A failed import leaves the old file as it was.
    let empty = tempfile::tempdir().unwrap();
    assert!(run(&onet_args(empty.path().to_path_buf(), out.clone())).is_err());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), text);
}

#[test]
fn clap_shape_of_the_import_command() {
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        args: ImportArgs,
    }
    let cli = Cli::try_parse_from([
        "x",
        "onet",
        "db",
        "--wages",
        "n.csv",
        "--wages-by-industry",
        "s.csv",
        "-o",
        "out.ron",
    ])
    .unwrap();
    let ImportSource::Onet(onet) = cli.args.source;
    assert_eq!(onet.dir, Path::new("db"));
    assert_eq!(onet.wages.as_deref(), Some(Path::new("n.csv")));
    assert_eq!(onet.wages_by_industry.as_deref(), Some(Path::new("s.csv")));
    assert_eq!(onet.output, Path::new("out.ron"));
    assert!(
        Cli::try_parse_from(["x", "onet", "db"]).is_err(),
        "-o is required"
    );
}

#[test]
fn imported_skill_bars_say_what_they_measure() {
    let import = import_fixtures();
    assert_eq!(
        import.catalog.skill_measure.as_deref(),
        Some("O*NET importance, 0–100")
    );
    let text = import::to_ron(&import.catalog).unwrap();
    let catalog = career_explorer::catalog::Catalog::from_loaded(vec![
        career_explorer::catalog::parse_str("imported.ron", &text).unwrap(),
    ])
    .unwrap();
    let origin = catalog.origin_of(0);
    assert_eq!(
        career_explorer::report::skill_measure(origin),
        "O*NET importance, 0–100"
    );
    assert_eq!(career_explorer::report::skill_value(origin, 81.25), "81.2");
    let seed = career_explorer::catalog::Catalog::load(&["assets/roles.ron".into()]).unwrap();
    assert_eq!(
        career_explorer::report::skill_measure(seed.origin_of(0)),
        "share of resumes"
    );
    assert_eq!(
        career_explorer::report::skill_value(seed.origin_of(0), 10.0),
        "10%"
    );
}
