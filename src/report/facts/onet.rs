//! O*NET's ratings as sections: skills and knowledge (importance with the level beside it),
//! work styles (impact), and the technology named in job postings. A role that is no occupation
//! and has none of them gets none of these sections.

use std::borrow::Cow;

use super::{Bar, Bars, Block, Row, Section, SectionId, bars, section};
use crate::catalog::{Catalog, Part, Rating, Role, source_of};

/// "O*NET 29.3" for the release that provided `part` of role `index`'s catalog.
fn release(catalog: &Catalog, index: usize, part: Part) -> String {
    source_of(&catalog.origin_of(index).sources, part)
        .and_then(|s| s.version.clone())
        .unwrap_or_else(|| "O*NET".into())
}

fn ratings<'a>(
    catalog: &Catalog,
    index: usize,
    id: SectionId,
    (name, part): (&str, Part),
    list: &'a [Rating],
) -> Option<Section<'a>> {
    let role = &catalog.roles[index];
    if list.is_empty() && role.code.is_none() {
        return None;
    }
    let title = format!(
        "{name} ({}: importance 1–5, level 0–7)",
        release(catalog, index, part)
    );
    let rated = list
        .iter()
        .map(|r| Bar {
            extra: Some(r.level.map_or("not relevant".into(), |l| format!("{l:.1}"))),
            ..Bar::new(&r.name, r.importance, format!("{:.1}", r.importance))
        })
        .collect();
    let mut chart = Bars::new(("Element", "Importance"), Some(5.0), rated);
    chart.extra = Some("Level");
    Some(section(id, title, bars(chart)))
}

/// Skills, knowledge, work styles and technology, where the role has them or is an occupation.
pub(super) fn sections(catalog: &Catalog, index: usize) -> Vec<Section<'_>> {
    let role: &Role = &catalog.roles[index];
    let mut out = Vec::new();
    out.extend(ratings(
        catalog,
        index,
        SectionId::Skills,
        ("Skills", Part::Skills),
        &role.skills,
    ));
    out.extend(ratings(
        catalog,
        index,
        SectionId::Knowledge,
        ("Knowledge", Part::Knowledge),
        &role.knowledge,
    ));
    if !role.work_styles.is_empty() || role.code.is_some() {
        let rows = role
            .work_styles
            .iter()
            .map(|w| {
                let mut value = format!("impact {:+.1}", w.impact);
                if let Some(rank) = w.distinctiveness {
                    value.push_str(&format!("; #{rank} most distinctive"));
                }
                Row::new(w.name.as_str(), value)
            })
            .collect::<Vec<_>>();
        let title = format!(
            "Work styles ({}: impact −3 to +3)",
            release(catalog, index, Part::WorkStyles)
        );
        let blocks = if rows.is_empty() {
            Vec::new()
        } else {
            vec![Block::Rows(rows)]
        };
        out.push(section(SectionId::WorkStyles, title, blocks));
    }
    if !role.technology.is_empty() || role.code.is_some() {
        let rows: Vec<Row<'_>> = role
            .technology
            .iter()
            .map(|group| {
                let names: Vec<Cow<'_, str>> = group
                    .examples
                    .iter()
                    .map(|t| match (t.hot, t.in_demand) {
                        (true, true) => format!("{} (hot, in demand)", t.name).into(),
                        (true, false) => format!("{} (hot)", t.name).into(),
                        (false, true) => format!("{} (in demand)", t.name).into(),
                        (false, false) => Cow::Borrowed(t.name.as_str()),
                    })
                    .collect();
                Row::new(group.category.as_str(), names.join(", "))
            })
            .collect();
        let title = format!(
            "Technology ({}: named in job postings)",
            release(catalog, index, Part::Technology)
        );
        let blocks = if rows.is_empty() {
            Vec::new()
        } else {
            vec![Block::Rows(rows)]
        };
        out.push(section(SectionId::Technology, title, blocks));
    }
    out
}
