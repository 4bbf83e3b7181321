//! A comparison of several roles at once (two to four, the role first): the table's rows, each
//! role's wage band (10th–90th percentile, the quartiles and the median, the chosen state's
//! figures where it has them), and the skills and knowledge elements ordered by how far the
//! roles' importance ratings spread. `compare A B C [D]` in every format and the explorer's
//! Compare pane with picks draw this.

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::data::{data_rows, state_figures};
use super::{
    Cell, CompareRow, NOT_IN_SOURCE, RoleRef, Tone, dollars, shared_skills, top_industry_pay,
};
use crate::catalog::{Catalog, ElementKind, HourlyWages, Role, State, Wages};

/// At most this many roles side by side.
pub const MAX_ROLES: usize = 4;

/// Hours in a working year: BLS turns an hourly wage into a yearly one by this.
pub use crate::report::facts::HOURS_A_YEAR;

/// One role's wage distribution in dollars a year. A percentile the source leaves out is
/// `None`; `top_coded` marks figures the source caps ("$239,200 or more"), set to the cap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WageBand {
    pub p10: Option<i64>,
    pub p25: Option<i64>,
    pub median: Option<i64>,
    pub p75: Option<i64>,
    pub p90: Option<i64>,
    /// The cap, when one of the figures is at it (it means "this or more").
    pub top_coded_at: Option<i64>,
    /// Whether the source gives hourly figures only: these are the hourly ones × 2,080.
    pub from_hourly: bool,
    /// The state the figures are for, or `None` for the national figures.
    pub state: Option<String>,
}

impl WageBand {
    /// The five figures, lowest first.
    pub fn figures(&self) -> [Option<i64>; 5] {
        [self.p10, self.p25, self.median, self.p75, self.p90]
    }

    /// Whether any figure is known.
    pub fn is_empty(&self) -> bool {
        self.figures().iter().all(Option::is_none)
    }

    /// The lowest and highest known figures.
    pub fn extent(&self) -> Option<(i64, i64)> {
        let known: Vec<i64> = self.figures().into_iter().flatten().collect();
        Some((*known.iter().min()?, *known.iter().max()?))
    }

    /// Whether `value` is a figure at the cap.
    pub fn is_top_coded(&self, value: i64) -> bool {
        self.top_coded_at == Some(value)
    }

    /// `$97,550`, or `$239,200 or more` at the cap.
    pub fn text(&self, value: i64) -> String {
        if self.is_top_coded(value) {
            format!("{} or more", dollars(value))
        } else {
            dollars(value)
        }
    }

    /// The hourly figures over a full-time year, for an occupation BLS pays only by the hour.
    fn set_from_hourly(&mut self, hourly: &HourlyWages) {
        let yearly = |v: Option<f64>| v.map(|v| (v * HOURS_A_YEAR).round() as i64);
        self.p10 = yearly(hourly.p10);
        self.p25 = yearly(hourly.p25);
        self.median = yearly(hourly.median);
        self.p75 = yearly(hourly.p75);
        self.p90 = yearly(hourly.p90);
        self.from_hourly = true;
    }

    fn national(wages: &Wages) -> Option<WageBand> {
        let mut band = WageBand {
            p10: wages.p10,
            p25: wages.p25,
            median: wages.median,
            p75: wages.p75,
            p90: wages.p90,
            top_coded_at: None,
            from_hourly: false,
            state: None,
        };
        if band.is_empty() {
            let hourly = wages.hourly.as_ref()?;
            band.set_from_hourly(hourly);
        }
        band.top_coded_at = wages
            .top_coded_at
            .filter(|top| band.figures().contains(&Some(*top)));
        (!band.is_empty()).then_some(band)
    }

    /// A state's figures; those the source top-coded are absent from the table and stand at
    /// the cap (the upper figures: a percentile above a capped one is capped too).
    fn of_state(catalog: &Catalog, role: usize, state: &State) -> Option<WageBand> {
        let figures = state_figures(catalog, role, &state.code)?;
        let top = catalog.origin_of(role).state_wages.as_ref()?.top_coded_at;
        let mut band = WageBand {
            p10: figures.p10,
            p25: figures.p25,
            median: figures.median,
            p75: figures.p75,
            p90: figures.p90,
            top_coded_at: None,
            from_hourly: false,
            state: Some(state.name.clone()),
        };
        if let (true, Some(top)) = (figures.top_coded, top) {
            for figure in [
                &mut band.p10,
                &mut band.p25,
                &mut band.median,
                &mut band.p75,
                &mut band.p90,
            ] {
                if figure.is_none() {
                    *figure = Some(top);
                }
            }
            band.top_coded_at = Some(top);
        }
        if band.is_empty() {
            let hourly = figures.hourly.as_ref()?;
            band.set_from_hourly(hourly);
        }
        (!band.is_empty()).then_some(band)
    }
}

/// One O*NET element across the roles: each role's importance (1–5; `None` where a role does
/// not rate it), and the spread (highest less lowest of those rated).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ElementRow<'a> {
    pub kind: ElementKind,
    pub name: &'a str,
    pub importance: Vec<Option<f64>>,
    pub spread: f64,
}

/// Everything a comparison of several roles shows, worked out once.
#[derive(Debug, Clone)]
pub struct SeveralReport<'a> {
    pub catalog: &'a Catalog,
    /// Indices into the catalog's roles, the role first.
    pub roles: Vec<usize>,
    /// The state whose wages show beside the national ones (and draw the bands).
    pub state: Option<&'a State>,
    pub rows: Vec<CompareRow>,
    /// Each role's wage band: the state's figures when a state is chosen and has them,
    /// national otherwise.
    pub wages: Vec<Option<WageBand>>,
    /// Skills, then knowledge, rated by at least two of the roles, largest spread first.
    pub elements: Vec<ElementRow<'a>>,
}

impl<'a> SeveralReport<'a> {
    /// The comparison of `roles` (the role first; at most [`MAX_ROLES`] are kept), with the
    /// wages of `state` (a postal code or a name) when given and known to the catalog.
    pub fn new(catalog: &'a Catalog, roles: &[usize], state: Option<&str>) -> Self {
        let roles: Vec<usize> = roles.iter().copied().take(MAX_ROLES).collect();
        let state = state.and_then(|s| crate::report::states::any_table(catalog)?.state(s));
        let mut rows = career_page_rows(catalog, &roles);
        rows.extend(data_rows(catalog, &roles, state));
        let wages = roles
            .iter()
            .map(|&i| {
                state
                    .and_then(|s| WageBand::of_state(catalog, i, s))
                    .or_else(|| WageBand::national(catalog.roles[i].wages.as_ref()?))
            })
            .collect();
        let all: Vec<&'a Role> = roles.iter().map(|&i| &catalog.roles[i]).collect();
        SeveralReport {
            catalog,
            elements: element_rows(&all),
            roles,
            state,
            rows,
            wages,
        }
    }

    pub fn role_refs(&self) -> Vec<&'a Role> {
        self.roles.iter().map(|&i| &self.catalog.roles[i]).collect()
    }

    /// What the bands show: `national figures`, `Texas figures`, or `Texas figures, national
    /// where Texas has none`.
    pub fn wage_scope(&self) -> String {
        let Some(state) = self.state else {
            return "national figures".to_string();
        };
        if self.wages.iter().flatten().all(|w| w.state.is_some()) {
            format!("{} figures", state.name)
        } else {
            format!(
                "{} figures, national where {} has none",
                state.name, state.name
            )
        }
    }

    /// The lowest and highest figure of all the bands: the shared axis.
    pub fn wage_extent(&self) -> Option<(i64, i64)> {
        let extents: Vec<(i64, i64)> = self
            .wages
            .iter()
            .flatten()
            .filter_map(|w| w.extent())
            .collect();
        Some((
            extents.iter().map(|e| e.0).min()?,
            extents.iter().map(|e| e.1).max()?,
        ))
    }
}

/// At most this many skill and knowledge rows in text and Markdown.
const ELEMENT_ROWS: usize = 12;

/// The text and Markdown of several roles (the explorer draws its own).
impl SeveralReport<'_> {
    /// The element rows as table rows: each role's importance, and the spread.
    pub fn element_table(&self) -> Vec<CompareRow> {
        self.elements
            .iter()
            .take(ELEMENT_ROWS)
            .map(|e| {
                let label = match e.kind {
                    ElementKind::Knowledge => format!("{} (knowledge)", e.name),
                    _ => e.name.to_string(),
                };
                let mut cells: Vec<Cell> = e
                    .importance
                    .iter()
                    .map(|i| Cell {
                        lines: vec![i.map_or("not rated".to_string(), |i| format!("{i:.2}"))],
                        tone: Tone::Neutral,
                    })
                    .collect();
                cells.push(Cell {
                    lines: vec![format!("{:.2}", e.spread)],
                    tone: Tone::Neutral,
                });
                CompareRow { label, cells }
            })
            .collect()
    }

    pub fn elements_note(&self) -> String {
        let end = if self.elements.is_empty() {
            ": none is rated by two or more of them."
        } else {
            "."
        };
        format!(
            "O*NET importance 1–5 of the elements at least two of the roles rate, the largest spread (highest less lowest) first, at most {ELEMENT_ROWS}{end}"
        )
    }

    /// Each role's wage band as a line: `Registered Nurses: $66,030 · $79,700 · $93,600 (median) · ...`.
    pub fn band_lines(&self) -> Vec<String> {
        self.role_refs()
            .iter()
            .zip(&self.wages)
            .map(|(role, band)| {
                let Some(band) = band else {
                    return format!("{}: {NOT_IN_SOURCE}", role.title);
                };
                let figure = |v: Option<i64>| v.map_or("?".to_string(), |v| band.text(v));
                let mut line = format!(
                    "{}: 10th {} · 25th {} · median {} · 75th {} · 90th {}",
                    role.title,
                    figure(band.p10),
                    figure(band.p25),
                    figure(band.median),
                    figure(band.p75),
                    figure(band.p90)
                );
                if band.from_hourly {
                    line.push_str(" (hourly × 2,080)");
                }
                if let (Some(state), Some(_)) = (&band.state, self.state) {
                    line.push_str(&format!(" ({state})"));
                } else if self.state.is_some() {
                    line.push_str(" (national)");
                }
                line
            })
            .collect()
    }
}

/// Rows of career pages (the seed catalog): their top skills and average salary.
fn career_page_rows(catalog: &Catalog, roles: &[usize]) -> Vec<CompareRow> {
    let all: Vec<&Role> = roles.iter().map(|&i| &catalog.roles[i]).collect();
    let mut rows = Vec::new();
    if all.iter().any(|r| !r.hard_skills.is_empty()) {
        rows.push(CompareRow {
            label: "Top skills".into(),
            cells: all
                .iter()
                .map(|r| {
                    let names: Vec<String> = r
                        .hard_skills
                        .iter()
                        .take(5)
                        .map(|s| s.name.clone())
                        .collect();
                    Cell::plain(if names.is_empty() {
                        vec![NOT_IN_SOURCE.to_string()]
                    } else {
                        names
                    })
                })
                .collect(),
        });
        let mut shared: Option<Vec<String>> = None;
        for pair in all.windows(2) {
            let these = shared_skills(pair[0], pair[1]);
            shared = Some(match shared {
                None => these,
                Some(s) => s.into_iter().filter(|x| these.contains(x)).collect(),
            });
        }
        if let Some(shared) = shared.filter(|s| !s.is_empty()) {
            let mut cells = vec![Cell::plain(shared)];
            cells.extend((1..all.len()).map(|_| Cell::plain(Vec::new())));
            rows.push(CompareRow {
                label: "Skills all share".into(),
                cells,
            });
        }
    }
    let average: Vec<Option<i64>> = all
        .iter()
        .map(|r| r.salary.as_ref().and_then(|s| s.average))
        .collect();
    if average.iter().any(Option::is_some) {
        rows.push(CompareRow {
            label: "Average salary".into(),
            cells: average
                .iter()
                .map(|a| Cell::plain(vec![a.map_or(NOT_IN_SOURCE.to_string(), dollars)]))
                .collect(),
        });
    }
    if all.iter().any(|r| r.salary.is_some()) {
        rows.push(CompareRow {
            label: "Highest-paying industry".into(),
            cells: all
                .iter()
                .map(|r| {
                    let pay = top_industry_pay(r.salary.as_ref());
                    Cell::plain(vec![pay.unwrap_or_else(|| NOT_IN_SOURCE.to_string())])
                })
                .collect(),
        });
    }
    rows
}

/// Skills and knowledge rated by at least two of `roles`, largest spread first (ties: the
/// more important element first, then by name); skills and knowledge kept apart by kind.
pub fn element_rows<'a>(roles: &[&'a Role]) -> Vec<ElementRow<'a>> {
    let mut out: Vec<ElementRow<'a>> = Vec::new();
    for kind in [ElementKind::Skill, ElementKind::Knowledge] {
        let ratings = |r: &'a Role| match kind {
            ElementKind::Knowledge => &r.knowledge,
            _ => &r.skills,
        };
        let mut names: Vec<&'a str> = Vec::new();
        for role in roles {
            for rating in ratings(role) {
                if !names.contains(&rating.name.as_str()) {
                    names.push(&rating.name);
                }
            }
        }
        for name in names {
            let importance: Vec<Option<f64>> = roles
                .iter()
                .map(|r| {
                    ratings(r)
                        .iter()
                        .find(|x| x.name == name)
                        .map(|x| x.importance)
                })
                .collect();
            let known: Vec<f64> = importance.iter().flatten().copied().collect();
            if known.len() < 2 {
                continue;
            }
            let high = known.iter().copied().fold(f64::MIN, f64::max);
            let low = known.iter().copied().fold(f64::MAX, f64::min);
            out.push(ElementRow {
                kind,
                name,
                importance,
                spread: high - low,
            });
        }
    }
    let highest = |e: &ElementRow| e.importance.iter().flatten().copied().fold(0.0, f64::max);
    out.sort_by(|x, y| {
        y.spread
            .total_cmp(&x.spread)
            .then(highest(y).total_cmp(&highest(x)))
            .then(x.name.cmp(y.name))
    });
    out
}

/// A row's cells as JSON: `{lines, tone}` each.
struct Cells<'r>(&'r CompareRow);

impl Serialize for Cells<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct CellJson<'c> {
            lines: &'c [String],
            tone: super::Tone,
        }
        #[derive(Serialize)]
        struct RowJson<'c> {
            label: &'c str,
            cells: Vec<CellJson<'c>>,
        }
        RowJson {
            label: &self.0.label,
            cells: self
                .0
                .cells
                .iter()
                .map(|c| CellJson {
                    lines: &c.lines,
                    tone: c.tone,
                })
                .collect(),
        }
        .serialize(serializer)
    }
}

/// The JSON of several roles: `roles`, `state`, `wages` (a band or `null` per role), `rows`
/// (`{label, cells: [{lines, tone}]}`, a cell per role), `elements` (skills and knowledge
/// by spread), `median_wage_differences` (each role's national median less the first's).
impl Serialize for SeveralReport<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let roles = self.role_refs();
        let refs: Vec<RoleRef> = roles.iter().map(|r| RoleRef::of(r)).collect();
        let median = |r: &Role| r.wages.as_ref().and_then(|w| w.median);
        let first = roles.first().and_then(|r| median(r));
        let differences: Vec<Option<i64>> = roles
            .iter()
            .map(|r| first.zip(median(r)).map(|(a, b)| b - a))
            .collect();
        let rows: Vec<Cells> = self.rows.iter().map(Cells).collect();
        let mut json = serializer.serialize_struct("SeveralComparison", 7)?;
        json.serialize_field("roles", &refs)?;
        json.serialize_field("state", &self.state)?;
        json.serialize_field("wages", &self.wages)?;
        json.serialize_field("median_wage_differences", &differences)?;
        json.serialize_field("rows", &rows)?;
        json.serialize_field("elements", &self.elements)?;
        json.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(catalog: &Catalog, id: &str) -> usize {
        catalog.index_of(id).unwrap()
    }

    #[test]
    fn three_occupations_side_by_side() {
        let catalog = Catalog::embedded().unwrap();
        let roles = [
            index(&catalog, "registered-nurses"),
            index(&catalog, "nurse-practitioners"),
            index(
                &catalog,
                "licensed-practical-and-licensed-vocational-nurses",
            ),
        ];
        let report = SeveralReport::new(&catalog, &roles, None);
        assert_eq!(report.roles.len(), 3);
        let median = report
            .rows
            .iter()
            .find(|r| r.label == "Median wage")
            .unwrap();
        assert_eq!(median.cells.len(), 3);
        let bands: Vec<i64> = report
            .wages
            .iter()
            .map(|w| w.as_ref().unwrap().median.unwrap())
            .collect();
        assert_eq!(median.cells[0].lines[0], dollars(bands[0]));
        assert!(bands[1] > bands[0] && bands[0] > bands[2], "{bands:?}");
        let (low, high) = report.wage_extent().unwrap();
        assert_eq!(low, report.wages[2].as_ref().unwrap().p10.unwrap());
        assert_eq!(high, report.wages[1].as_ref().unwrap().p90.unwrap());
        // Largest spread first, every element rated by all three here.
        let spreads: Vec<f64> = report.elements.iter().map(|e| e.spread).collect();
        assert!(spreads.windows(2).all(|w| w[0] >= w[1]), "{spreads:?}");
        assert!(report.elements[0].spread > 0.5);
        assert_eq!(report.wage_scope(), "national figures");
    }
}
