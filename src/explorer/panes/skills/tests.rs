use super::*;
use crate::explorer::panes::Pane;
use crate::explorer::testing::{embedded, seed};
use crate::search::Item;

#[test]
fn the_seed_role_has_its_hard_and_soft_skills_each_a_chart() {
    let app = seed();
    let ctx = app.ctx().unwrap();
    let mut pane = Skills::default();
    pane.reset(&ctx);
    pane.layout(Rect::new(0, 0, 100, 30), &ctx);
    let kinds: Vec<ChartKind> = pane.charts.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [ChartKind::HardSkills, ChartKind::SoftSkills]);
    let items: Vec<usize> = pane.charts[0].items.iter().map(|i| i.0).collect();
    assert_eq!(items, [0, 1, 2, 3, 4, 5]);
    let _ = pane.update(&Action::MoveToBottom, &ctx);
    assert_eq!(pane.charts[0].list.selected, 5);
    assert_eq!(pane.update(&Action::NextChart, &ctx), Flow::CHANGED);
    assert_eq!(pane.current, 1);
    assert_eq!(pane.update(&Action::SelectRow(3), &ctx), Flow::CHANGED);
    assert_eq!(pane.charts[1].list.selected, 3);
    assert_eq!(pane.update(&Action::SelectRow(4), &ctx), Flow::Pass, "4 soft skills");
    assert_eq!(pane.update(&Action::NextChart, &ctx), Flow::CHANGED);
    assert_eq!(pane.current, 0, "wraps around");
    assert_eq!(pane.charts[0].list.selected, 5, "each chart keeps its selection");
    assert_eq!(pane.update(&Action::ScrollPane(-3), &ctx), Flow::CHANGED);
    assert_eq!(pane.charts[0].list.selected, 2);
}

#[test]
fn a_search_hit_on_a_skill_opens_its_chart_centred() {
    let app = seed();
    let ctx = app.ctx().unwrap();
    let mut pane = Skills::default();
    pane.reset(&ctx);
    pane.layout(Rect::new(0, 0, 100, 10), &ctx);
    let soft = Item {
        role: ctx.role,
        kind: Kind::Skill,
        index: 6 + 2,
    };
    assert_eq!(pane.update(&Action::Reveal(soft), &ctx), Flow::CHANGED);
    assert_eq!(pane.chart().unwrap().kind, ChartKind::SoftSkills);
    assert_eq!(pane.chart().unwrap().list.selected, 2);
}

#[test]
fn an_occupation_opens_on_the_first_chart_with_data() {
    let app = embedded();
    let developers = app.catalog().index_of("software-developers").unwrap();
    let app = app.open(developers, PaneId::Skills);
    let ctx = app.ctx().unwrap();
    let mut pane = Skills::default();
    pane.reset(&ctx);
    assert_eq!(pane.chart().unwrap().kind, ChartKind::WorkStyles);
    assert_eq!(
        pane.note.as_deref(),
        Some("O*NET 29.3 has no skills or knowledge for this occupation.")
    );
    let _ = pane.update(&Action::PreviousChart, &ctx);
    assert_eq!(pane.chart().unwrap().kind, ChartKind::Knowledge);
    assert!(pane.chart().unwrap().is_empty());
    assert_eq!(pane.update(&Action::MoveDown, &ctx), Flow::UNCHANGED);
}

#[test]
fn a_revealed_skill_sits_in_the_middle_of_the_list() {
    let skills: Vec<String> = (0..40)
        .map(|i| format!("HardSkill(name: \"Skill {i:02}\", share: {}.0)", 40 - i))
        .collect();
    let text = format!(
        "CatalogFile(title: \"t\", roles: [Role(id: \"r\", title: \"R\", hard_skills: [{}])])",
        skills.join(", ")
    );
    let file = crate::catalog::parse_str("t.ron", &text).unwrap();
    let app = crate::explorer::App::new(crate::catalog::Catalog::from_loaded(vec![file]).unwrap());
    let ctx = app.ctx().unwrap();
    let mut pane = Skills::default();
    pane.reset(&ctx);
    pane.layout(Rect::new(0, 0, 60, 20), &ctx);
    let height = pane.list().unwrap().height();
    assert!(height > 5 && height < 40, "{height}");
    let hit = Item {
        role: 0,
        kind: Kind::Skill,
        index: 30,
    };
    let _ = pane.update(&Action::Reveal(hit), &ctx);
    let list = pane.list().unwrap();
    assert_eq!(list.selected, 30, "largest share first: skill 30 is row 30");
    assert_eq!(list.offset, 30 - (height - 1) / 2, "in the middle, not on the last row");

    // Drawn: the selected row is the middle row of the list.
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(60, 20)).unwrap();
    let mut rows = Vec::new();
    terminal
        .draw(|f| rows = pane.draw(f, Rect::new(0, 0, 60, 20), &ctx, true))
        .unwrap();
    let (y, _) = rows.iter().find(|(_, item)| *item == 30).copied().unwrap();
    let first = rows[0].0;
    assert_eq!((y - first) as usize, (height - 1) / 2);
    let buffer = terminal.backend().buffer();
    let line: String = (0..60).map(|x| buffer[(x, y)].symbol().to_string()).collect();
    assert!(line.contains("▶ Skill 30"), "{line}");
}

#[test]
fn the_chart_shown_stays_from_role_to_role_when_it_can() {
    let app = embedded();
    let index = |id: &str| app.catalog().index_of(id).unwrap();
    let (nurses, developers, seed) = (
        index("registered-nurses"),
        index("software-developers"),
        index("senior-operations-manager"),
    );
    let at = |role: usize| Ctx {
        shared: app.shared(),
        role,
    };
    let mut pane = Skills::default();
    pane.reset(&at(nurses));
    let _ = pane.update(&Action::PreviousChart, &at(nurses));
    assert_eq!(pane.chart().unwrap().kind, ChartKind::Technology);
    pane.reset(&at(developers));
    assert_eq!(pane.chart().unwrap().kind, ChartKind::Technology);
    pane.reset(&at(nurses));
    let _ = pane.update(&Action::PreviousChart, &at(nurses));
    let _ = pane.update(&Action::PreviousChart, &at(nurses));
    assert_eq!(pane.chart().unwrap().kind, ChartKind::Knowledge);
    pane.reset(&at(developers));
    assert_eq!(
        pane.chart().unwrap().kind,
        ChartKind::WorkStyles,
        "no knowledge: the first chart with rows"
    );
    pane.reset(&at(seed));
    assert_eq!(pane.chart().unwrap().kind, ChartKind::HardSkills);
}
