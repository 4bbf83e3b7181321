//! The role list's type-ahead filter: what it keeps, in which order, and a paste.

use super::*;

#[test]
fn the_filter_keeps_matching_roles_and_esc_clears_it() {
    let app = embedded();
    let catalog = &app.shared().catalog;
    let mut roles = list(catalog);
    act(&mut roles, catalog, &[Action::FilterRoles]);
    assert_eq!(roles.typing(), Some(Context::Filter));
    act(&mut roles, catalog, &[Action::Insert("nurse".into())]);
    let kept = ids(&roles, catalog);
    assert!(kept.len() > 5 && kept.len() < 60, "{kept:?}");
    assert!(kept.contains(&"registered-nurses".to_string()));
    // Kept for the title or another name (Nursery Manager, Nurse Educator, ...).
    let names = |r: usize| {
        let role = &catalog.roles[r];
        std::iter::once(&role.title)
            .chain(&role.alternate_titles)
            .map(|t| t.to_lowercase())
            .collect::<Vec<_>>()
    };
    assert!(
        roles
            .listed()
            .all(|r| names(r).iter().any(|n| n.contains("nurse"))),
        "{kept:?}"
    );
    assert_eq!(
        roles
            .listed()
            .filter(|&r| catalog.roles[r].title.to_lowercase().contains("nurse"))
            .count(),
        10,
        "every role titled so"
    );
    assert_eq!(
        roles.current(),
        roles.listed().next(),
        "the first match is shown"
    );
    assert!(
        roles.rows().iter().all(|r| !matches!(
            r,
            Row::Heading {
                section: Section::Apart(_),
                ..
            }
        )),
        "no career-page heading without its roles"
    );
    // Other keys are text or nothing while typing.
    assert_eq!(roles.update(&Action::SortRoles, catalog), Flow::UNCHANGED);
    // Other titles name specialties ("Registered Nurse" is an ICU nurse's too): the code narrows.
    act(&mut roles, catalog, &[Action::Insert(" 29-1141.00".into())]);
    assert_eq!(ids(&roles, catalog), ["registered-nurses"]);
    act(&mut roles, catalog, &[Action::Insert("zzz".into())]);
    assert!(roles.rows().is_empty());
    let nurses = catalog.index_of("registered-nurses").unwrap();
    assert_eq!(
        roles.current(),
        Some(nurses),
        "nothing matches: the role shown stays"
    );
    act(
        &mut roles,
        catalog,
        &[Action::DeleteBack, Action::DeleteBack, Action::DeleteBack],
    );
    act(&mut roles, catalog, &[Action::Confirm]);
    assert_eq!(roles.typing(), None, "Enter keeps the filter");
    assert_eq!(roles.listed().count(), 1);
    assert_eq!(roles.update(&Action::Back, catalog), Flow::CHANGED);
    assert!(roles.filter.is_none(), "Esc clears it");
    assert_eq!(roles.listed().count(), 1021);
    assert_eq!(roles.current(), Some(nurses), "on the role it showed");
    assert_eq!(roles.update(&Action::Back, catalog), Flow::Pass);
}

#[test]
fn the_filter_lists_roles_kept_for_their_title_first() {
    let app = embedded();
    let catalog = &app.shared().catalog;
    let mut roles = list(catalog);
    act(
        &mut roles,
        catalog,
        &[Action::FilterRoles, Action::Insert("nurse".into())],
    );
    let titled = |r: usize| catalog.roles[r].title.to_lowercase().contains("nurse");
    let listed: Vec<usize> = roles.listed().collect();
    let first_other = listed.iter().position(|&r| !titled(r)).unwrap();
    assert_eq!(first_other, 10, "the 10 roles titled so first");
    assert!(listed[first_other..].iter().all(|&r| !titled(r)));
    // Each part in the list's order (the catalog's: by code).
    assert!(listed[..first_other].windows(2).all(|w| w[0] < w[1]));
    assert!(listed[first_other..].windows(2).all(|w| w[0] < w[1]));
    let first = &catalog.roles[listed[0]];
    assert!(first.title.contains("Nurse"), "{}", first.title);
    assert_eq!(roles.current(), Some(listed[0]), "a nurse is shown first");
    // A role kept for another name says which.
    let filter = roles.filter.as_ref().unwrap();
    let farmers = listed
        .iter()
        .map(|&r| &catalog.roles[r])
        .find(|r| r.title.starts_with("Farmers, Ranchers"))
        .expect("farmers are kept for an alternate title");
    assert_eq!(filter.other_name(farmers), Some("Nursery Manager"));
    assert_eq!(filter.other_name(first), None);

    // Sorted by median wage: the titled roles with a wage first, highest first, then the others.
    act(
        &mut roles,
        catalog,
        &[Action::Confirm, Action::SortRoles, Action::SortRoles],
    );
    assert_eq!(roles.arrangement.sort, sorted_by("median_wage"));
    let listed: Vec<usize> = roles.listed().collect();
    let with_wage: Vec<usize> = listed
        .iter()
        .copied()
        .take_while(|&r| median(catalog, r).is_some())
        .collect();
    let split = with_wage.iter().position(|&r| !titled(r)).unwrap();
    assert!(split > 0 && with_wage[split..].iter().all(|&r| !titled(r)));
    for part in [&with_wage[..split], &with_wage[split..]] {
        assert!(
            part.windows(2)
                .all(|w| median(catalog, w[0]) >= median(catalog, w[1])),
            "{part:?}"
        );
    }
}

#[test]
fn a_pasted_page_is_one_filter_of_bounded_length() {
    let app = embedded();
    let catalog = &app.shared().catalog;
    let mut roles = list(catalog);
    act(&mut roles, catalog, &[Action::FilterRoles]);
    let paste = "manager\nof operations ".repeat(400);
    assert_eq!(roles.update(&Action::Insert(paste), catalog), Flow::CHANGED);
    let query = roles.filter.as_ref().unwrap().query.as_str();
    assert_eq!(query.chars().count(), MAX_QUERY);
    assert!(!query.contains('\n'));
    // The career page's role by its title; occupations by other titles ("Manager of Operations").
    let kept = ids(&roles, catalog);
    assert_eq!(kept[0], "general-manager-of-operations");
    assert!(kept.len() < 50, "{kept:?}");
}
