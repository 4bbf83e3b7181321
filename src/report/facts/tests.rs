use super::*;
use crate::catalog::OutlookLabel;
use crate::report::states;

fn block<'a, 'b>(facts: &'b RoleFacts<'a>, id: SectionId, n: usize) -> &'b Block<'a> {
    &facts
        .section(id)
        .unwrap_or_else(|| panic!("no {id:?}"))
        .blocks[n]
}

fn table<'a, 'b>(facts: &'b RoleFacts<'a>) -> &'b Table<'a> {
    let pay = facts.section(SectionId::Pay).unwrap();
    pay.blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .expect("a pay table")
}

fn cell<'a>(table: &'a Table<'_>, label: &str) -> Vec<&'a str> {
    table
        .rows
        .iter()
        .find(|r| r.label == label)
        .unwrap_or_else(|| panic!("no row {label}"))
        .values
        .iter()
        .map(|v| v.as_ref())
        .collect()
}

#[test]
fn seed_role_sections_in_order() {
    let catalog = Catalog::embedded().unwrap();
    let facts = RoleFacts::of(&catalog, 0);
    let titles: Vec<&str> = facts.sections.iter().map(|s| s.title.as_ref()).collect();
    assert_eq!(
        titles,
        [
            "What the role does",
            "Duties",
            "Pay",
            "Education",
            "Top employers (open jobs)",
            "Responsibilities (15)",
            "Hard skills (share of resumes)",
            "Soft skills",
            "Types",
            "Notes",
            "Compared with"
        ]
    );
    assert!(facts.section(SectionId::Types).unwrap().is_missing());
    let Block::Bars(employers) = block(&facts, SectionId::Employers, 0) else {
        panic!("employers are bars")
    };
    assert_eq!(employers.full, 199.0);
    assert_eq!(employers.bars[0].label, "PwC");
    let Block::Bars(skills) = block(&facts, SectionId::HardSkills, 0) else {
        panic!("hard skills are bars")
    };
    assert_eq!(skills.full, 100.0, "a share of resumes is drawn on 0–100");
    assert_eq!(skills.bars[0].text, "10%");
    // The link to the nearest US occupation, after the summary.
    let Block::Link(link) = block(&facts, SectionId::About, 1) else {
        panic!("a link")
    };
    assert_eq!(link.code, "11-1021.00");
    let (index, role) = link.role.unwrap();
    assert_eq!(role.title, "General and Operations Managers");
    assert_eq!(catalog.roles[index].id, "general-and-operations-managers");
}

#[test]
fn registered_nurses_pay_outlook_zone_and_interests() {
    let catalog = Catalog::embedded().unwrap();
    let nurses = catalog.index_of("registered-nurses").unwrap();
    let facts = RoleFacts::of(&catalog, nurses);
    assert_eq!(facts.code, Some("29-1141.00"));
    let ids: Vec<SectionId> = facts.sections.iter().map(|s| s.id).collect();
    assert_eq!(
        ids[..9],
        [
            SectionId::About,
            SectionId::Duties,
            SectionId::Pay,
            SectionId::Industries,
            SectionId::Outlook,
            SectionId::Education,
            SectionId::JobZone,
            SectionId::Interests,
            SectionId::Employers,
        ]
    );
    assert_eq!(
        facts.section(SectionId::Pay).unwrap().title,
        "Pay (BLS OEWS May 2025)"
    );
    let pay = table(&facts);
    assert_eq!(pay.columns, ["United States"]);
    assert_eq!(cell(pay, "Median a year"), ["$97,550"]);
    assert_eq!(cell(pay, "Median an hour"), ["$46.90"]);
    assert_eq!(cell(pay, "Mean a year"), ["$101,420"]);
    assert_eq!(cell(pay, "10th–90th"), ["$68,940–$137,470"]);
    assert_eq!(cell(pay, "Employment"), ["3,379,720"]);
    let band = pay.bands[0].unwrap();
    assert_eq!(
        (band.p10, band.median, band.p90),
        (68940.0, Some(97550.0), 137470.0)
    );

    let Block::Names { names, shown, .. } = block(&facts, SectionId::About, 1) else {
        panic!("other names")
    };
    assert_eq!(names[0], "Charge Nurse", "the most common first");
    assert!(
        (1..=5).contains(shown) && names.len() > 100,
        "{shown} of {}",
        names.len()
    );

    let Block::Bars(industries) = block(&facts, SectionId::Industries, 0) else {
        panic!("industries are bars")
    };
    assert_eq!(industries.extra, Some("Median wage"));
    assert_eq!(industries.bars[0].text, "2,895,620");
    assert_eq!(industries.bars[0].extra.as_deref(), Some("$97,660"));

    let outlook = facts.section(SectionId::Outlook).unwrap();
    assert_eq!(outlook.title, "Job outlook 2024–34");
    let Block::Rows(rows) = &outlook.blocks[0] else {
        panic!("outlook rows")
    };
    let value = |label: &str| {
        rows.iter()
            .find(|r| r.label == label)
            .unwrap()
            .value
            .as_ref()
    };
    assert_eq!(value("Employment"), "3,391,000 in 2024 → 3,557,100 in 2034");
    assert_eq!(value("Change"), "+4.9% (+166,100); all occupations +3.1%");
    assert_eq!(value("Outlook"), "Stable");
    assert_eq!(value("Openings"), "189,100 a year");
    assert_eq!(value("Entry education"), "Bachelor's degree");
    assert_eq!(outlook.blocks[1], Block::Note(OutlookLabel::RULE.into()));

    let zone = facts.section(SectionId::JobZone).unwrap();
    assert_eq!(
        zone.title,
        "Job Zone 4 of 5: Considerable Preparation Needed"
    );
    let interests = facts.section(SectionId::Interests).unwrap();
    let Block::Rows(code) = &interests.blocks[0] else {
        panic!("the code")
    };
    assert_eq!(code[0].value, "SIC (Social, Investigative, Conventional)");
    let Block::Bars(scores) = &interests.blocks[1] else {
        panic!("scores")
    };
    assert_eq!(scores.full, 7.0);
    assert_eq!(scores.bars[3].label, "Social");
    assert_eq!(scores.bars[3].text, "5.6");
}

#[test]
fn a_state_beside_the_nation() {
    let catalog = Catalog::embedded().unwrap();
    let electricians = catalog.index_of("electricians").unwrap();
    let texas = states::find(&catalog, "texas").unwrap();
    let facts = RoleFacts::with_state(&catalog, electricians, Some(texas));
    assert_eq!(
        facts.section(SectionId::Pay).unwrap().title,
        "Pay in Texas (BLS OEWS May 2025)"
    );
    let pay = table(&facts);
    assert_eq!(pay.columns, ["Texas", "United States"]);
    assert_eq!(cell(pay, "Median a year")[0], "$58,570");
    assert_eq!(cell(pay, "Employment")[0], "76,770");
    assert_eq!(pay.bands.len(), 2);
    assert_eq!(pay.bands[0].unwrap().p10, 37920.0);
}

#[test]
fn hourly_only_occupations_show_hourly_figures() {
    let catalog = Catalog::embedded().unwrap();
    let actors = catalog.index_of("actors").unwrap();
    let facts = RoleFacts::of(&catalog, actors);
    let pay = table(&facts);
    assert_eq!(cell(pay, "Median an hour"), ["$29.05"]);
    assert_eq!(cell(pay, "10th–90th an hour"), ["$16.50–$143.68"]);
    assert_eq!(cell(pay, "Employment"), ["55,000"]);
    assert!(pay.rows.iter().all(|r| r.label != "Median a year"));
    assert_eq!(pay.bands[0].unwrap().unit, Unit::Hour);
}

#[test]
fn borrowed_figures_name_the_broader_occupation_in_place() {
    let catalog = Catalog::embedded().unwrap();
    let acute = catalog.index_of("acute-care-nurses").unwrap();
    let facts = RoleFacts::of(&catalog, acute);
    assert_eq!(
        cell(table(&facts), "Employment"),
        ["3,379,720 (all Registered Nurses)"]
    );
    let Block::Rows(rows) = block(&facts, SectionId::Outlook, 0) else {
        panic!("outlook rows")
    };
    assert!(
        rows[0].value.ends_with("(all Registered Nurses)"),
        "{}",
        rows[0].value
    );
}

#[test]
fn few_other_names_and_long_ones_fewer() {
    let names = |n: usize, len: usize| -> Vec<String> { (0..n).map(|_| "x".repeat(len)).collect() };
    assert_eq!(few_names(&names(3, 10)), 3);
    assert_eq!(few_names(&names(100, 10)), 5);
    assert_eq!(few_names(&names(100, 40)), 2);
    assert_eq!(few_names(&names(100, 400)), 1, "one at least");
}

#[test]
fn onet_ratings_and_what_the_source_lacks() {
    let catalog = Catalog::embedded().unwrap();
    let nurses = catalog.index_of("registered-nurses").unwrap();
    let facts = RoleFacts::of(&catalog, nurses);
    let skills = facts.section(SectionId::Skills).unwrap();
    assert_eq!(
        skills.title,
        "Skills (O*NET 29.3: importance 1–5, level 0–7)"
    );
    let Block::Bars(rated) = &skills.blocks[0] else {
        panic!("skills are bars")
    };
    assert_eq!(rated.full, 5.0);
    assert_eq!(rated.bars[0].label, "Social Perceptiveness");
    assert_eq!(rated.bars[0].text, "4.1");
    assert_eq!(rated.bars[0].extra.as_deref(), Some("4.4"));
    assert!(facts.section(SectionId::Technology).is_some());
    // Software Developers have no skills or knowledge in O*NET 29.3: said, not left out.
    let developers = catalog.index_of("software-developers").unwrap();
    let facts = RoleFacts::of(&catalog, developers);
    assert!(facts.section(SectionId::Skills).unwrap().is_missing());
    assert!(facts.section(SectionId::Knowledge).unwrap().is_missing());
    // A career page's role has none of these sections.
    let seed = RoleFacts::of(&catalog, 0);
    assert!(seed.section(SectionId::Skills).is_none());
    assert!(seed.section(SectionId::Outlook).is_none());
}
