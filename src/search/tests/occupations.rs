//! Search over the occupational data: knowledge areas and technology are searched as skills,
//! technology a role's postings ask for most comes first, and a title that is the query comes
//! before other roles' other names.

use super::*;
use crate::catalog::{Rating, Technology, TechnologyGroup, Wages};

fn role(id: &str, title: &str, employment: i64) -> Role {
    Role {
        id: id.into(),
        title: title.into(),
        wages: Some(Wages {
            release: "test".into(),
            employment: Some(employment),
            ..Wages::default()
        }),
        ..Role::default()
    }
}

fn technology(names: &[(&str, bool)]) -> Vec<TechnologyGroup> {
    vec![TechnologyGroup {
        category: "Software".into(),
        examples: names
            .iter()
            .map(|&(name, in_demand)| Technology {
                name: name.into(),
                hot: true,
                in_demand,
            })
            .collect(),
    }]
}

fn index(roles: Vec<Role>) -> SearchIndex {
    let file = CatalogFile {
        title: "test".into(),
        roles,
        ..CatalogFile::default()
    };
    let loaded = LoadedFile {
        label: "test".into(),
        file,
        warnings: Vec::new(),
    };
    SearchIndex::build(&Catalog::from_loaded(vec![loaded]).unwrap())
}

/// (role id, kind, text) of the best `n` hits.
fn top(index: &SearchIndex, query: &str, n: usize) -> Vec<(String, Kind, String)> {
    let (hits, _) = search(index, query, Scope::default(), Some(n));
    hits.iter()
        .map(|h| {
            let item = index.item(h.item);
            let id = index.role_id(item.role).to_string();
            (id, item.kind, index.text(h.item).to_string())
        })
        .collect()
}

#[test]
fn important_knowledge_and_technology_are_skills() {
    let mut analyst = role("analyst", "Analyst", 1000);
    analyst.hard_skills = vec![HardSkill {
        name: "Forecasting".into(),
        share: 40.0,
        example: None,
    }];
    analyst.knowledge = vec![
        Rating {
            name: "Economics and Accounting".into(),
            importance: 4.2,
            level: Some(5.0),
        },
        Rating {
            name: "Fine Arts".into(),
            importance: 1.4,
            level: None,
        },
    ];
    analyst.technology = technology(&[("Microsoft Excel", true), ("Python", false)]);
    let index = index(vec![analyst]);
    let skill = |name: &str| ("analyst".to_string(), Kind::Skill, name.to_string());
    assert_eq!(
        top(&index, "economics", 5),
        [skill("Economics and Accounting")]
    );
    assert_eq!(top(&index, "python", 5), [skill("Python")]);
    assert_eq!(top(&index, "excel", 5), [skill("Microsoft Excel")]);
    // Rated, but not important to the role: not its own.
    assert!(top(&index, "fine arts", 5).is_empty());
    // Numbered after the hard and soft skills, knowledge before technology.
    let (hits, _) = search(&index, "python", Scope::default(), Some(1));
    assert_eq!(index.item(hits[0].item).index, 3);
}

#[test]
fn technology_in_demand_for_a_role_comes_before_the_same_name_elsewhere() {
    let mut managers = role("managers", "Managers", 3_000_000);
    managers.technology = technology(&[("Adobe Photoshop", false)]);
    let mut designers = role("designers", "Designers", 200_000);
    designers.technology = technology(&[("Adobe Photoshop", true)]);
    let mut clerks = role("clerks", "Clerks", 2_000_000);
    clerks.technology = technology(&[("Adobe Photoshop", false)]);
    let index = index(vec![managers, clerks, designers]);
    let ids: Vec<String> = top(&index, "photoshop", 3)
        .into_iter()
        .map(|(id, ..)| id)
        .collect();
    // In demand first; the rest by employment.
    assert_eq!(ids, ["designers", "managers", "clerks"]);
}

#[test]
fn a_whole_word_in_a_skill_comes_before_a_word_start_in_a_role_name() {
    let mut clerks = role("clerks", "Office Clerks", 100);
    clerks.technology = technology(&[("Microsoft Excel", false)]);
    let cutters = role("cutters", "Excelsior Cutters", 1_000_000);
    let index = index(vec![cutters, clerks]);
    assert_eq!(top(&index, "excel", 1)[0].0, "clerks");
    // A role name still comes first when it holds the word whole.
    assert_eq!(top(&index, "cutters", 1)[0].0, "cutters");
}

#[test]
fn a_title_that_is_the_query_comes_before_other_roles_other_names() {
    let area = role("area-manager", "Area Manager", 0);
    let mut general = role("general-managers", "General Managers", 2_000_000);
    general.alternate_titles = vec![
        "Area Manager".into(),
        "Area Operations Manager".into(),
        "Regional Area Manager".into(),
    ];
    let index = index(vec![general, area]);
    let found = top(&index, "area manager", 2);
    assert_eq!(found[0].0, "area-manager", "{found:?}");
    assert_eq!(found[1].0, "general-managers", "{found:?}");
}
