//! How the role list is arranged, without the terminal: in which sections (roles without an
//! occupation code, such as a career page's, set apart first; then every occupation, or one
//! section per occupation group) and in which order (a sort; roles the source has no figure
//! for come last, never as zero). Which roles are kept (filter, shortlist) is the caller's.

use crate::catalog::{Catalog, OCCUPATION_GROUPS, OccupationGroup, Role};
use crate::report;

/// What a figure measures, for showing it beside a title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Dollars,
    Count,
    /// A change in percent, signed.
    Percent,
    /// A small whole number on a scale (a Job Zone).
    Level,
}

impl Unit {
    /// `value` as shown in a column; `compact` (`$206k`, `3.5M`) where room is short.
    pub fn format(self, value: f64, compact: bool) -> String {
        match self {
            Unit::Dollars if compact => format!("${}", short_number(value)),
            Unit::Dollars => report::dollars(value.round() as i64),
            Unit::Count if compact => short_number(value),
            Unit::Count => report::count(value.round() as i64),
            Unit::Percent => format!("{value:+.1}%"),
            Unit::Level => format!("{value:.0}"),
        }
    }
}

/// `206420` → `206k`, `3503020` → `3.5M`, `980` → `980`.
fn short_number(value: f64) -> String {
    let size = value.abs();
    if size >= 999_500.0 {
        format!("{:.1}M", value / 1e6)
    } else if size >= 999.5 {
        format!("{:.0}k", value / 1e3)
    } else {
        format!("{value:.0}")
    }
}

/// Reads a figure of a role; `None` is "not in source".
pub type FigureOf = fn(&Role) -> Option<f64>;

/// Which end of a figure comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum First {
    Highest,
    Lowest,
}

/// What a sort orders by.
#[derive(Debug, Clone, Copy)]
pub enum SortKey {
    /// The catalogs' own order (occupations by code).
    Listed,
    /// Titles from A to Z.
    Title,
    /// A figure of the role; `None` is "not in source".
    Figure {
        value: FigureOf,
        unit: Unit,
        first: First,
    },
}

/// One way to sort the list.
#[derive(Debug, Clone, Copy)]
pub struct Sort {
    /// Its name in the saved state.
    pub id: &'static str,
    /// In the list's title: "by median wage".
    pub label: &'static str,
    pub key: SortKey,
}

/// A figure's number as the sort compares it.
pub trait IntoFigure {
    fn into_figure(self) -> f64;
}

impl IntoFigure for i64 {
    fn into_figure(self) -> f64 {
        self as f64
    }
}

impl IntoFigure for f64 {
    fn into_figure(self) -> f64 {
        self
    }
}

impl IntoFigure for u8 {
    fn into_figure(self) -> f64 {
        f64::from(self)
    }
}

/// The sorts: the catalog's order, the title, then one line per figure: its id (in the saved
/// state), its words, its unit, which end comes first, and how to read it from a role (an
/// `Option`; `None` is "not in source").
macro_rules! sorts {
    ($($id:ident, $label:literal, $unit:ident, $first:ident, |$role:ident| $figure:expr;)*) => {
        &[
            Sort {
                id: "listed",
                label: "catalog order",
                key: SortKey::Listed,
            },
            Sort {
                id: "title",
                label: "title",
                key: SortKey::Title,
            },
            $(Sort {
                id: stringify!($id),
                label: $label,
                key: SortKey::Figure {
                    value: |$role: &Role| Some(IntoFigure::into_figure($figure?)),
                    unit: Unit::$unit,
                    first: First::$first,
                },
            },)*
        ]
    };
}

/// Every sort, in the order the sort key walks them. A sort by another figure is one line.
pub const SORTS: &[Sort] = sorts! {
    median_wage, "median wage", Dollars, Highest, |r| r.wages.as_ref()?.median;
    employment, "employment", Count, Highest, |r| r.wages.as_ref()?.employment;
    growth, "projected growth", Percent, Highest, |r| r.outlook.as_ref()?.percent_change;
    openings, "openings a year", Count, Highest, |r| r.outlook.as_ref()?.openings;
    job_zone, "job zone (preparation)", Level, Lowest, |r| r.job_zone;
};

/// How the list is arranged: the sort, its direction, the grouping, and whether only the
/// shortlist shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Arrangement {
    /// An index into [`SORTS`].
    pub sort: usize,
    /// The sort's order turned around (roles without the figure still last).
    pub reversed: bool,
    /// One section per occupation group.
    pub grouped: bool,
    pub only_shortlist: bool,
}

impl Arrangement {
    pub fn sort(&self) -> &'static Sort {
        &SORTS[self.sort.min(SORTS.len() - 1)]
    }

    /// The next sort, in its own direction.
    pub fn next_sort(&mut self) {
        self.sort = (self.sort + 1) % SORTS.len();
        self.reversed = false;
    }

    /// The sort named `id` in a saved state, if there is one.
    pub fn sort_named(id: &str) -> Option<usize> {
        SORTS.iter().position(|s| s.id == id)
    }

    /// The sort in words with its direction, for the list's border: `by median wage ↓`;
    /// `None` for the catalog's order.
    pub fn describe(&self) -> Option<String> {
        let sort = self.sort();
        let direction = match (sort.key, self.reversed) {
            (SortKey::Listed, false) => return None,
            (SortKey::Listed, true) => return Some(format!("{}, reversed", sort.label)),
            (SortKey::Title, false) => "A–Z",
            (SortKey::Title, true) => "Z–A",
            (SortKey::Figure { first, .. }, reversed) => {
                if (first == First::Highest) != reversed {
                    "↓"
                } else {
                    "↑"
                }
            }
        };
        Some(format!("by {} {direction}", sort.label))
    }

    /// The figure the list is sorted by, with its unit, if any.
    pub fn figure(&self) -> Option<(FigureOf, Unit)> {
        match self.sort().key {
            SortKey::Figure { value, unit, .. } => Some((value, unit)),
            _ => None,
        }
    }
}

/// A part of the list with a heading, in the order the list shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    /// Roles without an occupation code, set apart: one section per catalog file (an index
    /// into the catalog's origins).
    Apart(usize),
    /// Every occupation, when the list is not grouped.
    Occupations,
    /// One occupation group (an index into `OCCUPATION_GROUPS`).
    Group(usize),
    /// Occupation codes that are no SOC code, when grouped.
    OtherCodes,
}

impl Section {
    /// The section of role `index`.
    pub fn of(catalog: &Catalog, index: usize, grouped: bool) -> Section {
        let role = &catalog.roles[index];
        let Some(code) = role.code.as_deref() else {
            let origin = catalog.origin_of(index);
            let at = catalog
                .origins
                .iter()
                .position(|o| std::ptr::eq(o, origin))
                .unwrap_or(0);
            return Section::Apart(at);
        };
        if !grouped {
            return Section::Occupations;
        }
        match OccupationGroup::of_code(code) {
            Some(group) => Section::Group(group.position()),
            None => Section::OtherCodes,
        }
    }

    /// The heading's words: the catalog's source for roles set apart ("Career page"), the
    /// occupation group's title.
    pub fn title(self, catalog: &Catalog) -> String {
        match self {
            Section::Apart(origin) => match catalog.origins.get(origin) {
                Some(origin) => match origin.sources.first() {
                    Some(source) => crate::explorer::frame::short_source(&source.name).into(),
                    None => origin.title.clone(),
                },
                None => String::new(),
            },
            Section::Occupations => "Occupations".into(),
            Section::Group(at) => OCCUPATION_GROUPS
                .get(at)
                .map_or("", |g| g.title)
                .to_string(),
            Section::OtherCodes => "Other occupation codes".into(),
        }
    }
}

/// A row of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A section's heading, with the number of roles under it.
    Heading { section: Section, roles: usize },
    /// Before the roles of a section whose figure the source does not have.
    NotInSource { roles: usize },
    /// A role (an index into the catalog's roles).
    Role(usize),
}

/// Whether the catalog has roles with an occupation code and roles without: only then are the
/// roles without one set apart under a heading and marked, when the list is not grouped.
pub fn mixed(catalog: &Catalog) -> bool {
    let coded = catalog.roles.iter().filter(|r| r.code.is_some()).count();
    coded > 0 && coded < catalog.roles.len()
}

/// How well the filter matched a kept role: [`Match::Title`] rows come before
/// [`Match::OtherName`] rows within a section (and within the roles with and without the
/// figure sorted by), each in the sort's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Match {
    /// Kept for its title (or no filter).
    Title,
    /// Kept for another of its names (an alternate title, its code).
    OtherName,
}

/// The rows of the roles `keep` keeps (`None`: not kept), arranged by `arrangement`.
pub fn arrange(
    catalog: &Catalog,
    arrangement: &Arrangement,
    keep: impl Fn(usize) -> Option<Match>,
) -> Vec<Row> {
    let figure = arrangement.figure();
    let sort = arrangement.sort();
    // (section, figure, role, match), in the order they show.
    let mut roles: Vec<(Section, Option<f64>, usize, Match)> = (0..catalog.roles.len())
        .filter_map(|i| {
            let matched = keep(i)?;
            let value = figure.and_then(|(value, _)| value(&catalog.roles[i]));
            let value = value.filter(|v| v.is_finite());
            Some((
                Section::of(catalog, i, arrangement.grouped),
                value,
                i,
                matched,
            ))
        })
        .collect();
    let titles: Vec<String> = match sort.key {
        SortKey::Title => catalog
            .roles
            .iter()
            .map(|r| r.title.to_lowercase())
            .collect(),
        _ => Vec::new(),
    };
    type Entry = (Section, Option<f64>, usize, Match);
    let order = |a: &Entry, b: &Entry| {
        // Roles without the figure last (whichever way the figures run), and within each part
        // the roles kept for their title first.
        let missing = |e: &Entry| figure.is_some() && e.1.is_none();
        let first =
            a.0.cmp(&b.0)
                .then(missing(a).cmp(&missing(b)))
                .then(a.3.cmp(&b.3));
        if first.is_ne() {
            return first;
        }
        let within = match sort.key {
            SortKey::Listed => a.2.cmp(&b.2),
            SortKey::Title => titles[a.2].cmp(&titles[b.2]),
            SortKey::Figure { first, .. } => match (a.1, b.1) {
                (Some(x), Some(y)) => match first {
                    First::Highest => y.total_cmp(&x),
                    First::Lowest => x.total_cmp(&y),
                },
                // Neither has the figure: the catalog's order.
                _ => return a.2.cmp(&b.2),
            },
        };
        let within = if arrangement.reversed {
            within.reverse()
        } else {
            within
        };
        within.then(a.2.cmp(&b.2))
    };
    roles.sort_by(order);

    let headings = arrangement.grouped || mixed(catalog);
    let mut rows = Vec::with_capacity(roles.len() + 2 * OCCUPATION_GROUPS.len());
    let mut heading: Option<usize> = None;
    let mut missing: Option<usize> = None;
    let mut section = None;
    for (at, value, role, _) in roles {
        if section != Some(at) {
            section = Some(at);
            missing = None;
            if headings {
                heading = Some(rows.len());
                rows.push(Row::Heading {
                    section: at,
                    roles: 0,
                });
            }
        }
        if let Some(Row::Heading { roles, .. }) = heading.and_then(|h| rows.get_mut(h)) {
            *roles += 1;
        }
        if figure.is_some() && value.is_none() {
            if missing.is_none() {
                missing = Some(rows.len());
                rows.push(Row::NotInSource { roles: 0 });
            }
            if let Some(Row::NotInSource { roles }) = missing.and_then(|m| rows.get_mut(m)) {
                *roles += 1;
            }
        }
        rows.push(Row::Role(role));
    }
    rows
}
