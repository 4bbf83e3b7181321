//! Sanitising the occupational-data fields of a catalog (see `model::occupation`): every text
//! of them is untrusted, like the rest of a catalog.

use super::model::{CatalogFile, Role};
use super::sanitize::clean_all;

/// Cleans the texts of a role's occupational fields; true when something was removed.
pub(super) fn clean_role(r: &mut Role) -> bool {
    let mut texts: Vec<&mut String> = Vec::new();
    texts.extend(r.nearest_occupation.as_mut());
    for rating in r.skills.iter_mut().chain(r.knowledge.iter_mut()) {
        texts.push(&mut rating.name);
    }
    texts.extend(r.work_styles.iter_mut().map(|s| &mut s.name));
    for group in &mut r.technology {
        texts.push(&mut group.category);
        texts.extend(group.examples.iter_mut().map(|t| &mut t.name));
    }
    if let Some(broader) = r.wages.as_mut().and_then(|w| w.broader.as_mut()) {
        texts.push(&mut broader.code);
        texts.push(&mut broader.title);
    }
    if let Some(outlook) = r.outlook.as_mut() {
        texts.extend(outlook.entry_education.as_mut());
        texts.extend(outlook.work_experience.as_mut());
        texts.extend(outlook.training.as_mut());
        if let Some(broader) = outlook.broader.as_mut() {
            texts.push(&mut broader.code);
            texts.push(&mut broader.title);
        }
    }
    texts.extend(r.interests.as_mut().map(|i| &mut i.code));
    clean_all(texts)
}

/// Cleans the catalog-level reference tables; returns the places that changed.
pub(super) fn clean_reference(file: &mut CatalogFile) -> Vec<String> {
    let mut changed = Vec::new();
    for (i, element) in file.elements.iter_mut().enumerate() {
        let texts = [&mut element.name]
            .into_iter()
            .chain(element.id.as_mut())
            .chain(element.description.as_mut());
        if clean_all(texts) {
            changed.push(format!("elements[{i}]"));
        }
    }
    for (i, zone) in file.job_zones.iter_mut().enumerate() {
        let texts = [&mut zone.name].into_iter().chain(
            [
                &mut zone.experience,
                &mut zone.education,
                &mut zone.training,
                &mut zone.examples,
                &mut zone.svp,
            ]
            .into_iter()
            .flatten(),
        );
        if clean_all(texts) {
            changed.push(format!("job_zones[{i}]"));
        }
    }
    if let Some(projections) = file.projections.as_mut() {
        if clean_all([&mut projections.release]) {
            changed.push("projections".to_string());
        }
    }
    if let Some(table) = file.state_wages.as_mut() {
        let mut texts: Vec<&mut String> = vec![&mut table.release];
        for state in &mut table.states {
            texts.push(&mut state.code);
            texts.push(&mut state.name);
        }
        for occupation in &mut table.occupations {
            texts.push(&mut occupation.soc);
            texts.push(&mut occupation.title);
            texts.extend(occupation.by_state.iter_mut().map(|f| &mut f.state));
        }
        if clean_all(texts) {
            changed.push("state_wages".to_string());
        }
    }
    changed
}
