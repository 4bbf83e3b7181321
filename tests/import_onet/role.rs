//! One role value by value: every field the importer fills, from every kind of input.

use career_explorer::catalog::{
    Education, EducationShare, Interests, JobOutlook, OutlookLabel, Rating, RelatedTiers, Role,
    TaskTypes, Technology, TechnologyGroup, Wages, WorkStyle,
};

use super::*;

fn rating(name: &str, importance: f64, level: Option<f64>) -> Rating {
    Rating {
        name: name.into(),
        importance,
        level,
    }
}

fn tech(name: &str, hot: bool, in_demand: bool) -> Technology {
    Technology {
        name: name.into(),
        hot,
        in_demand,
    }
}

#[test]
fn general_and_operations_managers_value_by_value() {
    let import = import_all();
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
        task_types: Some(TaskTypes {
            core: 2,
            supplemental: 1,
        }),
        // Every rated skill, most important first; a level only where there is an LV row, and
        // none where it is marked Not Relevant (Programming). "abc" and 5.5 were skipped.
        skills: vec![
            rating("Critical Thinking", 5.0, None),
            rating("Active Listening", 4.25, Some(4.0)),
            rating("Reading Comprehension", 4.12, Some(4.25)),
            rating("Monitoring", 4.12, None),
            rating("Writing", 3.0, None),
            rating("Programming", 1.0, None),
        ],
        // From Knowledge.xlsx (O*NET 29.3); the LV 7.5 of Mathematics was out of range.
        knowledge: vec![
            rating("Administration and Management", 4.59, Some(5.38)),
            rating("Customer and Personal Service", 3.9, Some(4.4)),
            rating("Mathematics", 3.1, None),
        ],
        // Largest impact first; a distinctiveness rank of 0 is none; Integrity's 3.5 skipped.
        work_styles: vec![
            WorkStyle {
                name: "Leadership Orientation".into(),
                impact: 2.93,
                distinctiveness: Some(3),
            },
            WorkStyle {
                name: "Dependability".into(),
                impact: 2.65,
                distinctiveness: Some(9),
            },
            WorkStyle {
                name: "Innovation".into(),
                impact: 1.6,
                distinctiveness: None,
            },
        ],
        // Categories with more In Demand, then Hot, examples first; the same within each.
        technology: vec![
            TechnologyGroup {
                category: "Enterprise resource planning ERP software".into(),
                examples: vec![
                    tech("SAP", true, true),
                    tech("Oracle PeopleSoft", true, false),
                ],
            },
            TechnologyGroup {
                category: "Spreadsheet software".into(),
                examples: vec![tech("Microsoft Excel", true, true)],
            },
            TechnologyGroup {
                category: "Accounting software".into(),
                examples: vec![tech("Intuit QuickBooks", true, false)],
            },
            TechnologyGroup {
                category: "Electronic mail software".into(),
                examples: vec![tech("Email software", false, false)],
            },
        ],
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
        job_zone: Some(4),
        interests: Some(Interests {
            code: "EC".into(),
            realistic: Some(2.22),
            investigative: Some(2.39),
            artistic: Some(1.31),
            social: Some(3.37),
            enterprising: Some(6.96),
            conventional: Some(5.32),
        }),
        // Reported titles shown in My Next Move, the other reported ones, then alternate
        // titles (more sources first) with their short forms; no repeats, not the title.
        alternate_titles: strings(&[
            "Operations Manager",
            "General Manager (GM)",
            "Plant Manager",
            "GM",
        ]),
        // By tier then index; the unknown 13-1199.05 and the role itself are dropped.
        related: strings(&[
            "chief-executives",
            "area-manager-11-3011-00",
            "chief-sustainability-officers",
            "farm-ranch-managers",
        ]),
        related_tiers: Some(RelatedTiers {
            primary_short: 2,
            primary_long: 1,
        }),
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
            hourly: None,
            broader: None,
        }),
        outlook: Some(JobOutlook {
            employment: Some(3_712_900),
            projected_employment: Some(3_876_800),
            change: Some(164_000),
            percent_change: Some(4.4),
            openings: Some(308_700),
            entry_education: Some("Bachelor's degree".into()),
            work_experience: Some("5 years or more".into()),
            training: Some("None".into()),
            label: Some(OutlookLabel::Stable),
            broader: None,
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
