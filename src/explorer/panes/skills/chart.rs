//! The charts of the Skills pane: which a role has, what each measures and from which release,
//! and the order of its rows. Drawing is in `draw`.

use crate::catalog::{ElementKind, Origin, Part, Role, source_of};
use crate::explorer::widgets::list::ListState;

/// A chart of the Skills pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// A career page's skills with the share of resumes listing them.
    HardSkills,
    /// A career page's soft skills with why they matter.
    SoftSkills,
    /// O*NET Skills: importance 1–5 and level 0–7.
    Skills,
    /// O*NET Knowledge: importance 1–5 and level 0–7.
    Knowledge,
    /// O*NET Work Styles: impact −3–3.
    WorkStyles,
    /// O*NET Technology Skills by category, with their marks.
    Technology,
}

impl ChartKind {
    /// In the order the pane shows them.
    pub const ALL: [ChartKind; 6] = [
        ChartKind::HardSkills,
        ChartKind::SoftSkills,
        ChartKind::Skills,
        ChartKind::Knowledge,
        ChartKind::WorkStyles,
        ChartKind::Technology,
    ];

    pub fn title(self) -> &'static str {
        match self {
            ChartKind::HardSkills => "Hard skills",
            ChartKind::SoftSkills => "Soft skills",
            ChartKind::Skills => "Skills",
            ChartKind::Knowledge => "Knowledge",
            ChartKind::WorkStyles => "Work styles",
            ChartKind::Technology => "Technology",
        }
    }

    /// The catalog part the chart draws, which names its release.
    pub fn part(self) -> Option<Part> {
        match self {
            ChartKind::HardSkills | ChartKind::SoftSkills => None,
            ChartKind::Skills => Some(Part::Skills),
            ChartKind::Knowledge => Some(Part::Knowledge),
            ChartKind::WorkStyles => Some(Part::WorkStyles),
            ChartKind::Technology => Some(Part::Technology),
        }
    }

    /// The kind of element a row names, for what it measures.
    pub fn element(self) -> Option<ElementKind> {
        match self {
            ChartKind::Skills => Some(ElementKind::Skill),
            ChartKind::Knowledge => Some(ElementKind::Knowledge),
            ChartKind::WorkStyles => Some(ElementKind::WorkStyle),
            _ => None,
        }
    }

    /// The release of the chart's data, e.g. "O*NET 29.3", when the catalog's sources say.
    pub fn release(self, origin: &Origin) -> Option<String> {
        let part = self.part()?;
        let source = source_of(&origin.sources, part)?;
        Some(source.version.clone().unwrap_or_else(|| source.name.clone()))
    }

    /// How many rows the chart has for `role`.
    fn len(self, role: &Role) -> usize {
        match self {
            ChartKind::HardSkills => role.hard_skills.len(),
            ChartKind::SoftSkills => role.soft_skills.len(),
            ChartKind::Skills => role.skills.len(),
            ChartKind::Knowledge => role.knowledge.len(),
            ChartKind::WorkStyles => role.work_styles.len(),
            ChartKind::Technology => role.technology.iter().map(|g| g.examples.len()).sum(),
        }
    }
}

/// One chart for one role: its rows in the order shown, and its own selection (kept while
/// another chart is shown).
#[derive(Debug, Clone)]
pub struct Chart {
    pub kind: ChartKind,
    /// Each row's item: an index into the role's list; for technology, (category, example).
    pub items: Vec<(usize, usize)>,
    pub list: ListState,
}

impl Chart {
    fn new(kind: ChartKind, role: &Role) -> Chart {
        let mut items: Vec<(usize, usize)> = match kind {
            ChartKind::Technology => role
                .technology
                .iter()
                .enumerate()
                .flat_map(|(g, group)| (0..group.examples.len()).map(move |e| (g, e)))
                .collect(),
            _ => (0..kind.len(role)).map(|i| (i, 0)).collect(),
        };
        // Largest first, ties in the catalog's order (the sort is stable).
        let by = |value: &dyn Fn(usize) -> f64, items: &mut Vec<(usize, usize)>| {
            items.sort_by(|a, b| value(b.0).total_cmp(&value(a.0)));
        };
        match kind {
            ChartKind::HardSkills => by(&|i| role.hard_skills[i].share, &mut items),
            ChartKind::Skills => by(&|i| role.skills[i].importance, &mut items),
            ChartKind::Knowledge => by(&|i| role.knowledge[i].importance, &mut items),
            ChartKind::WorkStyles => by(&|i| role.work_styles[i].impact, &mut items),
            ChartKind::SoftSkills | ChartKind::Technology => {}
        }
        Chart {
            kind,
            list: ListState::new(items.len()),
            items,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// The charts of `role`: each O*NET chart the role has data for, or its catalog provides (so
/// an occupation O*NET does not rate says so); the career page's hard and soft skills when the
/// role has them, or when it has no O*NET chart at all (they then say "not in source").
pub fn charts(role: &Role, origin: &Origin) -> Vec<Chart> {
    let provided = |part: Part| origin.sources.iter().any(|s| s.parts.contains(&part));
    let onet = |kind: ChartKind| kind.len(role) > 0 || kind.part().is_some_and(provided);
    let any_onet = ChartKind::ALL.iter().any(|&k| k.part().is_some() && onet(k));
    ChartKind::ALL
        .into_iter()
        .filter(|&kind| match kind.part() {
            Some(_) => onet(kind),
            None => kind.len(role) > 0 || !any_onet,
        })
        .map(|kind| Chart::new(kind, role))
        .collect()
}

/// The O*NET charts `charts` holds without data, as a sentence naming each release: "O*NET
/// 29.3 has no skills or knowledge for this occupation."
pub fn missing_note(charts: &[Chart], origin: &Origin) -> Option<String> {
    let mut by_release: Vec<(String, Vec<String>)> = Vec::new();
    for chart in charts.iter().filter(|c| c.is_empty() && c.kind.part().is_some()) {
        let release = chart
            .kind
            .release(origin)
            .unwrap_or_else(|| "The source".to_string());
        let name = chart.kind.title().to_lowercase();
        match by_release.iter_mut().find(|(r, _)| *r == release) {
            Some((_, names)) => names.push(name),
            None => by_release.push((release, vec![name])),
        }
    }
    let parts: Vec<String> = by_release
        .iter()
        .enumerate()
        .map(|(i, (release, names))| {
            let verb = if i == 0 { "has no" } else { "no" };
            format!("{release} {verb} {}", join_or(names))
        })
        .collect();
    match parts.as_slice() {
        [] => None,
        [one] => Some(format!("{one} for this occupation.")),
        [first, rest @ ..] => Some(format!(
            "{first}, and {}, for this occupation.",
            rest.join(", and ")
        )),
    }
}

fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    fn kinds(catalog: &Catalog, id: &str) -> (Vec<ChartKind>, Vec<usize>, Option<String>) {
        let i = catalog.index_of(id).unwrap();
        let origin = catalog.origin_of(i);
        let charts = charts(&catalog.roles[i], origin);
        (
            charts.iter().map(|c| c.kind).collect(),
            charts.iter().map(|c| c.items.len()).collect(),
            missing_note(&charts, origin),
        )
    }

    #[test]
    fn each_role_gets_the_charts_it_has_or_its_catalog_rates() {
        let catalog = Catalog::embedded().unwrap();
        let (seed, sizes, note) = kinds(&catalog, "senior-operations-manager");
        assert_eq!(seed, [ChartKind::HardSkills, ChartKind::SoftSkills]);
        assert_eq!(sizes, [6, 4]);
        assert_eq!(note, None);
        let (nurses, sizes, note) = kinds(&catalog, "registered-nurses");
        assert_eq!(
            nurses,
            [
                ChartKind::Skills,
                ChartKind::Knowledge,
                ChartKind::WorkStyles,
                ChartKind::Technology
            ]
        );
        assert!(sizes.iter().all(|&n| n > 0), "{sizes:?}");
        assert_eq!(note, None);
        let (developers, sizes, note) = kinds(&catalog, "software-developers");
        assert_eq!(developers, nurses, "the charts O*NET has no ratings for stay");
        assert_eq!(&sizes[..2], [0, 0]);
        assert_eq!(
            note.as_deref(),
            Some("O*NET 29.3 has no skills or knowledge for this occupation.")
        );
        let (_, sizes, note) = kinds(&catalog, "managers-all-other");
        assert_eq!(sizes, [0, 0, 0, 0]);
        assert_eq!(
            note.as_deref(),
            Some(
                "O*NET 29.3 has no skills or knowledge, and O*NET 30.1 no work styles or \
                 technology, for this occupation."
            )
        );
    }

    #[test]
    fn rows_are_most_important_first() {
        let catalog = Catalog::embedded().unwrap();
        let i = catalog.index_of("registered-nurses").unwrap();
        let role = &catalog.roles[i];
        let charts = charts(role, catalog.origin_of(i));
        let knowledge = &charts[1];
        let importance: Vec<f64> = knowledge
            .items
            .iter()
            .map(|&(k, _)| role.knowledge[k].importance)
            .collect();
        assert!(importance.windows(2).all(|w| w[0] >= w[1]), "{importance:?}");
        assert_eq!(role.knowledge[knowledge.items[0].0].name, "Psychology");
        let technology = &charts[3];
        assert_eq!(technology.items[0], (0, 0));
        assert_eq!(technology.items.len(), technology.list.len());
    }
}
