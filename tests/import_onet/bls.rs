//! BLS Employment Projections (table 1.2 of occupation.xlsx) and OEWS wages by state.

use career_explorer::catalog::{
    HourlyWages, JobOutlook, OutlookLabel, Projections, SocOccupation, State, StateFigures,
};
use career_explorer::import::{self, OnetImport};

use super::*;

#[test]
fn the_projection_period_and_average_from_the_table() {
    let import = import_all();
    assert_eq!(
        import.catalog.projections,
        Some(Projections {
            release: "BLS Employment Projections 2024–34".into(),
            base_year: 2024,
            projected_year: 2034,
            average_change: Some(3.1),
        })
    );
}

#[test]
fn outlook_joined_on_the_soc_code_value_by_value() {
    let import = import_all();
    let outlook = |id: &str| role(&import.catalog, id).outlook.clone();
    // Thousands become persons; the label follows the rule.
    assert_eq!(
        outlook("area-manager-11-3011-00"),
        Some(JobOutlook {
            employment: Some(231_800),
            projected_employment: Some(226_000),
            change: Some(-5_800),
            percent_change: Some(-2.5),
            openings: Some(18_400),
            entry_education: Some("Bachelor's degree".into()),
            work_experience: Some("Less than 5 years".into()),
            training: Some("None".into()),
            label: Some(OutlookLabel::Declining),
            broader: None,
        })
    );
    // Through the SOC 2018 crosswalk, growing fast.
    let counselors = outlook("substance-abuse-and-behavioral-disorder-counselors").unwrap();
    assert_eq!(
        (
            counselors.percent_change,
            counselors.label,
            counselors.broader.map(|b| b.code)
        ),
        (
            Some(17.1),
            Some(OutlookLabel::GrowingFast),
            Some("21-1018".into())
        )
    );
    // Through the group code.
    let buyers = outlook("buyers-and-purchasing-agents-farm-products").unwrap();
    assert_eq!(
        buyers.broader,
        Some(SocOccupation {
            code: "13-1020".into(),
            title: "Buyers and purchasing agents".into()
        })
    );
    // "—" is absent.
    let cardiologists = outlook("cardiologists").unwrap();
    assert_eq!(
        (
            cardiologists.work_experience,
            cardiologists.training.as_deref(),
            cardiologists.label
        ),
        (
            None,
            Some("Internship/residency"),
            Some(OutlookLabel::Growing)
        )
    );
    // A percent change that is not a number: no change, no label, the rest kept.
    let farm = outlook("farm-ranch-managers").unwrap();
    assert_eq!(
        (farm.employment, farm.percent_change, farm.label),
        (Some(836_100), None, None)
    );
}

#[test]
fn a_projections_workbook_without_its_columns_is_an_error() {
    let err = import::import(&OnetImport {
        dirs: vec![onet_text()],
        // Skills.xlsx has no "Table 1.2" sheet: its first sheet is read, without those columns.
        projections: Some(onet_excel().join("Skills.xlsx")),
        ..OnetImport::default()
    })
    .unwrap_err();
    assert!(
        err.to_string().contains(
            "Skills.xlsx: sheet \"Table 1.2\" has no \"… National Employment Matrix code\" column"
        ),
        "{err}"
    );
}

#[test]
fn wages_by_state_once_per_soc_code() {
    let import = import_all();
    let table = import.catalog.state_wages.as_ref().unwrap();
    assert_eq!(table.release, RELEASE);
    assert_eq!(table.top_coded_at, Some(239_200));
    let state = |code: &str, name: &str| State {
        code: code.into(),
        name: name.into(),
    };
    assert_eq!(
        table.states,
        [
            state("AL", "Alabama"),
            state("CA", "California"),
            state("DC", "District of Columbia")
        ]
    );
    // Only the SOC codes the roles' wages are for; 99-9999 is left out, and the chief
    // sustainability officers share 11-1011 with the chief executives.
    let socs: Vec<&str> = table.occupations.iter().map(|o| o.soc.as_str()).collect();
    assert_eq!(socs, ["11-1011", "11-1021", "13-1020", "27-2011"]);
    let figures = |soc: &str, state: &str| table.figures(soc, state).cloned();
    assert_eq!(
        figures("11-1021", "AL"),
        Some(StateFigures {
            state: "AL".into(),
            employment: Some(30_170),
            mean: Some(137_760),
            p10: Some(55_160),
            p25: Some(76_840),
            median: Some(111_790),
            p75: Some(169_510),
            p90: Some(243_600),
            hourly: None,
            top_coded: false,
        })
    );
    // `#` is left out and marked; the manufacturing row and the duplicate are not read.
    let california = figures("11-1021", "CA").unwrap();
    assert_eq!(
        (
            california.employment,
            california.median,
            california.p90,
            california.top_coded
        ),
        (Some(394_460), Some(125_950), None, true)
    );
    // Hourly only: hourly figures instead.
    assert_eq!(
        figures("27-2011", "CA").unwrap().hourly,
        Some(HourlyWages {
            mean: Some(75.03),
            p10: Some(26.24),
            p25: Some(36.34),
            median: Some(66.24),
            p75: Some(111.4),
            p90: Some(119.81),
        })
    );
    assert_eq!(
        figures("13-1020", "CA"),
        None,
        "the row with a bad PRIM_STATE"
    );
    assert_eq!(figures("13-1020", "DC").unwrap().median, Some(101_960));
    // A role finds its state figures through its wage SOC code.
    let cso = role(&import.catalog, "chief-sustainability-officers");
    assert_eq!(
        table.figures(cso.wage_soc().unwrap(), "AL").unwrap().median,
        Some(166_420)
    );
    assert_eq!(
        table.state("california").map(|s| s.code.as_str()),
        Some("CA")
    );
    assert_eq!(
        table.state("dc").map(|s| s.name.as_str()),
        Some("District of Columbia")
    );
    assert_eq!(table.state("Atlantis"), None);
}
