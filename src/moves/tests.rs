//! Small hand-made catalogs where the right order is known by construction.

use super::fit::{self, Profile};
use super::next::{self, Filters};
use super::*;
use crate::catalog::{CatalogFile, JobOutlook, LoadedFile, OutlookLabel, Wages};

pub(crate) fn rating(name: &str, importance: f64, level: f64) -> Rating {
    Rating {
        name: name.into(),
        importance,
        level: Some(level),
    }
}

/// A role rating skills A–D with `skills` (importance, level), with a median wage, an outlook
/// (percent change) and a job zone.
pub(crate) fn role(id: &str, skills: [(f64, f64); 4], median: i64, growth: f64, zone: u8) -> Role {
    Role {
        id: id.into(),
        title: id.to_uppercase(),
        code: Some(format!("00-{id}")),
        skills: ["A", "B", "C", "D"]
            .iter()
            .zip(skills)
            .map(|(n, (i, l))| rating(n, i, l))
            .collect(),
        wages: Some(Wages {
            release: "test".into(),
            median: Some(median),
            ..Wages::default()
        }),
        outlook: Some(JobOutlook {
            percent_change: Some(growth),
            ..JobOutlook::default()
        }),
        job_zone: Some(zone),
        ..Role::default()
    }
}

pub(crate) fn catalog_of(roles: Vec<Role>) -> Catalog {
    Catalog::from_loaded(vec![LoadedFile {
        label: "test".into(),
        file: CatalogFile {
            title: "test".into(),
            roles,
            ..CatalogFile::default()
        },
        warnings: Vec::new(),
    }])
    .unwrap()
}

/// `from` rates A and B; the others move away from it step by step, so the order is known.
fn ladder() -> Catalog {
    catalog_of(vec![
        role(
            "from",
            [(5.0, 5.0), (5.0, 5.0), (1.0, 0.0), (1.0, 0.0)],
            50_000,
            1.0,
            3,
        ),
        // Same direction, half the size: cosine 1 with `from`.
        role(
            "half",
            [(3.0, 3.0), (3.0, 3.0), (1.0, 0.0), (1.0, 0.0)],
            40_000,
            8.0,
            2,
        ),
        // A and B with a little C.
        role(
            "near",
            [(5.0, 5.0), (5.0, 5.0), (3.0, 6.0), (1.0, 0.0)],
            70_000,
            12.0,
            4,
        ),
        // A and C.
        role(
            "mid",
            [(5.0, 5.0), (1.0, 0.0), (5.0, 6.0), (1.0, 0.0)],
            60_000,
            -3.0,
            3,
        ),
        // Only D: nothing in common.
        role(
            "far",
            [(1.0, 0.0), (1.0, 0.0), (1.0, 0.0), (5.0, 6.0)],
            90_000,
            20.0,
            1,
        ),
        // No ratings at all: not in the space.
        Role {
            id: "unrated".into(),
            title: "Unrated".into(),
            ..Role::default()
        },
    ])
}

fn ids(catalog: &Catalog, roles: impl IntoIterator<Item = usize>) -> Vec<&str> {
    roles
        .into_iter()
        .map(|r| catalog.roles[r].id.as_str())
        .collect()
}

#[test]
fn a_role_ranks_itself_first_with_similarity_one() {
    let catalog = ladder();
    let space = Space::build(&catalog);
    assert_eq!(space.len(), 5, "the unrated role is left out");
    assert_eq!(space.row(5), None);
    for from in 0..5 {
        let ranked = next::rank(&space, space.row(from).unwrap());
        assert_eq!(ranked[0], (from, 1.0), "{}", catalog.roles[from].id);
    }
}

#[test]
fn moves_rank_by_cosine_of_centred_importance() {
    let catalog = ladder();
    let space = Space::build(&catalog);
    let ranked = next::rank(&space, 0);
    // Importance less 1: from (4,4,0,0), half (2,2,0,0), near (4,4,2,0), mid (4,0,4,0),
    // far (0,0,0,4); the mean (2.8,2,1.2,0.8). Centred: from (1.2,2,-1.2,-0.8), near
    // (1.2,2,0.8,-0.8): cosine 5.12/√(7.52·6.72). half (-0.8,0,-1.2,-0.8): 1.12/√(7.52·2.72).
    // mid and far lean the other way.
    assert_eq!(
        ids(&catalog, ranked.iter().map(|r| r.0)),
        ["from", "near", "half", "mid", "far"]
    );
    let close = |x: f64, y: f64| (x - y).abs() < 1e-5;
    assert!(
        close(ranked[1].1, 5.12 / (7.52f64 * 6.72).sqrt()),
        "{}",
        ranked[1].1
    );
    assert!(
        close(ranked[2].1, 1.12 / (7.52f64 * 2.72).sqrt()),
        "{}",
        ranked[2].1
    );
    assert!(ranked[3].1 < 0.0 && ranked[4].1 < ranked[3].1, "{ranked:?}");
    // Symmetric.
    let back = next::rank(&space, 2);
    let to_from = back.iter().find(|r| r.0 == 0).unwrap().1;
    assert!(close(to_from, ranked[1].1));
}

#[test]
fn moves_leave_the_role_out_and_filter() {
    let catalog = ladder();
    let space = Space::build(&catalog);
    let origin = origin_of(&catalog, &space, 0).unwrap();
    assert!(!origin.via_nearest);
    let all = next::moves(&catalog, &space, &origin, Filters::default(), None);
    assert_eq!(
        ids(&catalog, all.iter().map(|m| m.role)),
        ["near", "half", "mid", "far"]
    );
    assert_eq!(all[1].prospects.wage_change, Some(-10_000));
    assert_eq!(all[1].prospects.zone_step, Some(-1));
    assert_eq!(all[0].prospects.outlook, Some(OutlookLabel::GrowingFast));
    let keep = |filters: Filters| -> Vec<String> {
        next::moves(&catalog, &space, &origin, filters, None)
            .iter()
            .map(|m| catalog.roles[m.role].id.clone())
            .collect()
    };
    let higher = Filters {
        higher_pay: true,
        ..Filters::default()
    };
    assert_eq!(keep(higher), ["near", "mid", "far"]);
    let growing = Filters {
        growing: true,
        ..Filters::default()
    };
    assert_eq!(keep(growing), ["near", "half", "far"]);
    let zone = Filters {
        same_or_lower_zone: true,
        ..Filters::default()
    };
    assert_eq!(keep(zone), ["half", "mid", "far"]);
    let all_three = Filters {
        higher_pay: true,
        growing: true,
        same_or_lower_zone: true,
    };
    assert_eq!(keep(all_three), ["far"]);
}

#[test]
fn related_occupations_are_marked() {
    let mut roles = ladder().roles;
    roles[0].related = vec!["mid".into()];
    let catalog = catalog_of(roles);
    let space = Space::build(&catalog);
    let origin = origin_of(&catalog, &space, 0).unwrap();
    let moves = next::moves(&catalog, &space, &origin, Filters::default(), None);
    let related: Vec<bool> = moves.iter().map(|m| m.related).collect();
    assert_eq!(related, [false, false, true, false]);
}

#[test]
fn a_career_page_role_moves_from_its_nearest_occupation() {
    let mut roles = ladder().roles;
    roles.push(Role {
        id: "page".into(),
        title: "Page".into(),
        nearest_occupation: roles[2].code.clone(),
        ..Role::default()
    });
    let catalog = catalog_of(roles);
    let space = Space::build(&catalog);
    let origin = origin_of(&catalog, &space, 6).unwrap();
    assert_eq!((origin.occupation, origin.via_nearest), (2, true));
    let moves = next::moves(&catalog, &space, &origin, Filters::default(), None);
    assert!(moves.iter().all(|m| m.role != 2 && m.role != 6));
    assert_eq!(moves.len(), 4);
    // The unrated role without a nearest occupation has nothing to move from.
    assert_eq!(origin_of(&catalog, &space, 5), None);
}

#[test]
fn an_unrated_occupation_moves_from_its_most_related_rated_one() {
    let mut roles = ladder().roles;
    // Related to itself, to the page (neither rated), then to `mid` and `near`.
    roles[5].related = vec![
        "unrated".into(),
        "nowhere".into(),
        "mid".into(),
        "near".into(),
    ];
    let catalog = catalog_of(roles);
    let space = Space::build(&catalog);
    let origin = origin_of(&catalog, &space, 5).unwrap();
    assert_eq!((origin.occupation, origin.via_nearest), (3, true));
}

#[test]
fn skills_to_build_are_the_clear_gaps_largest_first() {
    let catalog = ladder();
    let space = Space::build(&catalog);
    // from → mid: C goes from 1 to 5 (level 0 to 6); A is the same; B drops.
    let build = next::to_build(&space, 0, 3, 3);
    let names: Vec<&str> = build.iter().map(|b| b.name).collect();
    assert_eq!(names, ["C"]);
    assert_eq!(
        (build[0].importance_from, build[0].importance_to),
        (1.0, 5.0)
    );
    // from → near: C is 3 vs 1 (+2): kept; to far: D.
    assert_eq!(next::to_build(&space, 0, 2, 3)[0].name, "C");
    assert_eq!(next::to_build(&space, 0, 4, 3)[0].name, "D");
    // half → from: A and B both rise by 2 in importance and 2 in level: both, in dim order.
    let names: Vec<&str> = next::to_build(&space, 1, 0, 3)
        .iter()
        .map(|b| b.name)
        .collect();
    assert_eq!(names, ["A", "B"]);
    assert!(next::to_build(&space, 0, 1, 3).is_empty(), "less is needed");
}

#[test]
fn fit_ranks_by_weighted_coverage_and_names_the_gaps() {
    let catalog = ladder();
    let space = Space::build(&catalog);
    assert_eq!(space.skill("a"), Some(0));
    assert_eq!(space.skill("D"), Some(3));
    // Rated A and B at 5. `from` needs A and B at 5×5/7: all covered, 5/7 of the ratings
    // used: fit 2·(5/7)/(1 + 5/7) = 10/12. `half` needs less: covered, less used.
    let mut profile = Profile::default();
    profile.set("A", 5);
    profile.set("B", 5);
    let ratings = profile.vector(&space);
    let ranked = fit::rank(&space, &ratings);
    assert_eq!(
        ids(&catalog, ranked.iter().map(|r| r.0)),
        ["from", "near", "half", "mid", "far"]
    );
    let close = |x: f64, y: f64| (x - y).abs() < 1e-5;
    assert!(close(ranked[0].1, 10.0 / 12.0), "{}", ranked[0].1);
    // half: use 2·(15/7)/10 = 3/7, fit 2·(3/7)/(10/7) = 0.6.
    assert!(close(ranked[2].1, 0.6), "{}", ranked[2].1);
    assert_eq!(ranked[4].1, 0.0, "far needs only D");
    let gaps = fit::gaps(&space, 3, &ratings, 3);
    assert_eq!(gaps.len(), 1);
    assert_eq!((gaps[0].skill, gaps[0].rating), ("C", 0));
    assert_eq!(gaps[0].needed, 4.29, "6 × 5/7, two decimals");
    // Rating C too: near and mid, which need C, come first; from and half use less of it.
    profile.set("C", 5);
    let ranked = fit::rank(&space, &profile.vector(&space));
    assert_eq!(
        ids(&catalog, ranked.iter().map(|r| r.0)),
        ["near", "mid", "from", "half", "far"]
    );
    // D at 2 for `far` (needs D at 30/7): coverage 7/15, use 1.
    let mut d_only = Profile::default();
    d_only.set("D", 2);
    let fit = fit::fit_of(&space, space.row(4).unwrap(), &d_only.vector(&space));
    let coverage = 2.0 / (6.0 * 5.0 / 7.0);
    assert!(
        close(f64::from(fit), 2.0 * coverage / (coverage + 1.0)),
        "{fit}"
    );
    // Nothing rated: no fit anywhere.
    let none = fit::rank(&space, &Profile::default().vector(&space));
    assert!(none.iter().all(|r| r.1 == 0.0));
}

#[test]
fn a_profile_starts_from_a_role_and_clears() {
    let catalog = ladder();
    let space = Space::build(&catalog);
    let profile = Profile::from_role(&space, 2).unwrap();
    // Levels 5, 5, 6 on 0–7 → 4, 4, 4 on 0–5; D (level 0) is left unrated.
    assert_eq!(
        profile
            .ratings
            .iter()
            .map(|(k, v)| (k.as_str(), *v))
            .collect::<Vec<_>>(),
        [("A", 4), ("B", 4), ("C", 4)]
    );
    assert_eq!(Profile::from_role(&space, 5), None);
    let mut p = profile.clone();
    assert!(p.set("A", 9), "clamped to 5");
    assert_eq!(p.rating("A"), 5);
    assert!(p.set("A", 0));
    assert!(!p.ratings.contains_key("A"));
    assert!(!p.set("A", 0));
}

#[test]
fn an_occupation_paid_by_the_hour_counts_a_full_time_year() {
    let mut roles = ladder().roles;
    roles[1].wages = Some(Wages {
        release: "test".into(),
        hourly: Some(crate::catalog::HourlyWages {
            median: Some(20.0),
            ..Default::default()
        }),
        ..Wages::default()
    });
    let catalog = catalog_of(roles);
    assert_eq!(super::median_wage(&catalog, 1, None), Some(41_600));
    let space = Space::build(&catalog);
    let origin = origin_of(&catalog, &space, 0).unwrap();
    let moves = next::moves(&catalog, &space, &origin, Filters::default(), None);
    let half = moves.iter().find(|m| m.role == 1).unwrap();
    assert_eq!(half.prospects.wage_change, Some(41_600 - 50_000));
}
