//! The pay sections: a career page's salary, the nation's wages (and a chosen state's beside
//! them) as a table with a band per column, and employment and pay by industry.

use std::borrow::Cow;

use super::{Bar, Bars, Block, Row, Section, SectionId, Table, TableRow, bars, section};
use crate::catalog::{HourlyWages, Role, SocOccupation, StateFigures, Wages};
use crate::report::states::StatePay;
use crate::report::{NOT_IN_SOURCE, count, dollars, dollars_cents, top_industry_pay};

/// Hours in a year of full-time work: BLS's yearly wage is the hourly one times this.
pub const HOURS_A_YEAR: f64 = 2080.0;

/// What a wage is paid for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Year,
    Hour,
}

impl Unit {
    /// `$97,550` a year, `$46.90` an hour.
    pub fn money(self, value: f64) -> String {
        match self {
            Unit::Year => dollars(value.round() as i64),
            Unit::Hour => dollars_cents(value),
        }
    }
}

/// The spread of a wage: the 10th to the 90th percentile, with the quartiles and the median
/// where the source has them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    pub unit: Unit,
    pub p10: f64,
    pub p25: Option<f64>,
    pub median: Option<f64>,
    pub p75: Option<f64>,
    pub p90: f64,
}

/// A figure of a column, and whether the source capped it (`$239,200+`: at least that much).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Figure {
    value: f64,
    at_least: bool,
}

/// One column's figures: the nation's or a state's.
struct Figures<'a> {
    mean: Option<i64>,
    p10: Option<i64>,
    p25: Option<i64>,
    median: Option<i64>,
    p75: Option<i64>,
    p90: Option<i64>,
    hourly: Option<&'a HourlyWages>,
    employment: Option<i64>,
    /// The wage the source caps figures at.
    top: Option<i64>,
    /// True when the source left capped figures out (state tables) rather than giving the cap.
    absent_is_top: bool,
}

impl<'a> Figures<'a> {
    fn national(w: &'a Wages) -> Self {
        Figures {
            mean: w.mean,
            p10: w.p10,
            p25: w.p25,
            median: w.median,
            p75: w.p75,
            p90: w.p90,
            hourly: w.hourly.as_ref(),
            employment: w.employment,
            top: w.top_coded_at,
            absent_is_top: false,
        }
    }

    fn state(f: &'a StateFigures, top: Option<i64>) -> Self {
        Figures {
            mean: f.mean,
            p10: f.p10,
            p25: f.p25,
            median: f.median,
            p75: f.p75,
            p90: f.p90,
            hourly: f.hourly.as_ref(),
            employment: f.employment,
            top,
            absent_is_top: f.top_coded,
        }
    }

    fn yearly(&self, value: Option<i64>) -> Option<Figure> {
        match (value, self.top) {
            (Some(v), Some(top)) if v >= top => Some(Figure {
                value: top as f64,
                at_least: true,
            }),
            (Some(v), _) => Some(Figure {
                value: v as f64,
                at_least: false,
            }),
            (None, Some(top)) if self.absent_is_top => Some(Figure {
                value: top as f64,
                at_least: true,
            }),
            _ => None,
        }
    }

    /// The source's hourly figure, else the yearly one over a year of full-time hours.
    fn hourly(
        &self,
        hourly: impl Fn(&HourlyWages) -> Option<f64>,
        yearly: Option<i64>,
    ) -> Option<Figure> {
        match self.hourly.and_then(hourly) {
            Some(value) => Some(Figure {
                value,
                at_least: false,
            }),
            None => self.yearly(yearly).map(|f| Figure {
                value: f.value / HOURS_A_YEAR,
                ..f
            }),
        }
    }

    fn has_yearly(&self) -> bool {
        [self.mean, self.p10, self.median, self.p90]
            .iter()
            .any(|v| self.yearly(*v).is_some())
    }

    fn band(&self, unit: Unit) -> Option<Band> {
        let pick = |hourly: fn(&HourlyWages) -> Option<f64>, yearly: Option<i64>| match unit {
            Unit::Year => self.yearly(yearly).map(|f| f.value),
            Unit::Hour => self.hourly.and_then(hourly),
        };
        let p10 = pick(|h| h.p10, self.p10)?;
        let p90 = pick(|h| h.p90, self.p90)?;
        (p90 > p10).then(|| Band {
            unit,
            p10,
            p25: pick(|h| h.p25, self.p25),
            median: pick(|h| h.median, self.median),
            p75: pick(|h| h.p75, self.p75),
            p90,
        })
    }
}

fn shown(figure: Option<Figure>, unit: Unit) -> Cow<'static, str> {
    match figure {
        Some(f) if f.at_least => format!("{}+", unit.money(f.value)).into(),
        Some(f) => unit.money(f.value).into(),
        None => NOT_IN_SOURCE.into(),
    }
}

fn range(low: Option<Figure>, high: Option<Figure>, unit: Unit) -> Cow<'static, str> {
    match (low, high) {
        (Some(low), Some(high)) => {
            format!("{}–{}", shown(Some(low), unit), shown(Some(high), unit)).into()
        }
        _ => NOT_IN_SOURCE.into(),
    }
}

/// "3,379,720 (all Registered Nurses)" for figures of a broader occupation.
fn employment(value: Option<i64>, broader: Option<&SocOccupation>) -> Cow<'static, str> {
    match (value, broader) {
        (Some(v), Some(b)) => format!("{} (all {})", count(v), b.title).into(),
        (Some(v), None) => count(v).into(),
        (None, _) => NOT_IN_SOURCE.into(),
    }
}

/// The pay table: one column per place, rows in the unit the source publishes (yearly, with
/// the hourly median beside it; or hourly only).
fn table<'a>(
    columns: Vec<(Cow<'a, str>, Figures<'a>)>,
    broader: Option<&SocOccupation>,
) -> Table<'a> {
    let yearly = columns.iter().any(|(_, f)| f.has_yearly());
    let unit = if yearly { Unit::Year } else { Unit::Hour };
    type Cell<'b> = Box<dyn Fn(&Figures) -> Cow<'static, str> + 'b>;
    let mut rows: Vec<(&'static str, Cell)> = Vec::new();
    if yearly {
        rows.push((
            "Median a year",
            Box::new(|f| shown(f.yearly(f.median), Unit::Year)),
        ));
        rows.push((
            "Median an hour",
            Box::new(|f| shown(f.hourly(|h| h.median, f.median), Unit::Hour)),
        ));
        rows.push((
            "Mean a year",
            Box::new(|f| shown(f.yearly(f.mean), Unit::Year)),
        ));
        rows.push((
            "25th–75th",
            Box::new(|f| range(f.yearly(f.p25), f.yearly(f.p75), Unit::Year)),
        ));
        rows.push((
            "10th–90th",
            Box::new(|f| range(f.yearly(f.p10), f.yearly(f.p90), Unit::Year)),
        ));
    } else {
        let hour = |f: &Figures, h: fn(&HourlyWages) -> Option<f64>| {
            f.hourly.and_then(h).map(|value| Figure {
                value,
                at_least: false,
            })
        };
        rows.push((
            "Median an hour",
            Box::new(move |f| shown(hour(f, |h| h.median), Unit::Hour)),
        ));
        rows.push((
            "Mean an hour",
            Box::new(move |f| shown(hour(f, |h| h.mean), Unit::Hour)),
        ));
        rows.push((
            "25th–75th an hour",
            Box::new(move |f| range(hour(f, |h| h.p25), hour(f, |h| h.p75), Unit::Hour)),
        ));
        rows.push((
            "10th–90th an hour",
            Box::new(move |f| range(hour(f, |h| h.p10), hour(f, |h| h.p90), Unit::Hour)),
        ));
    }
    rows.push((
        "Employment",
        Box::new(move |f| employment(f.employment, broader)),
    ));
    Table {
        rows: rows
            .iter()
            .map(|(label, cell)| TableRow {
                label,
                values: columns.iter().map(|(_, f)| cell(f)).collect(),
            })
            .collect(),
        bands: columns.iter().map(|(_, f)| f.band(unit)).collect(),
        columns: columns.into_iter().map(|(name, _)| name).collect(),
    }
}

/// Pay, then pay by industry when the source has it.
pub(super) fn sections<'a>(role: &'a Role, state: Option<&StatePay<'a>>) -> Vec<Section<'a>> {
    let mut blocks = Vec::new();
    if let Some(salary) = &role.salary {
        blocks.push(Block::Rows(vec![
            Row::new(
                "Average salary",
                salary.average.map_or(NOT_IN_SOURCE.into(), dollars),
            ),
            Row::new(
                "Highest-paying industry",
                top_industry_pay(Some(salary)).unwrap_or(NOT_IN_SOURCE.into()),
            ),
        ]));
    }
    let mut title: Cow<'static, str> = "Pay".into();
    if let Some(wages) = &role.wages {
        let broader = wages.broader.as_ref();
        let mut columns = Vec::new();
        let mut notes = Vec::new();
        match state {
            Some(state) => match state.figures {
                Some(figures) => {
                    title = format!("Pay in {} ({})", state.name, wages.release).into();
                    columns.push((
                        state.name.into(),
                        Figures::state(figures, state.top_coded_at),
                    ));
                }
                None => {
                    title = format!("Pay ({})", wages.release).into();
                    notes.push(Block::Note(
                        format!("{}: not in source ({} publishes no figures for this occupation there).", state.name, state.release).into(),
                    ));
                }
            },
            None => title = format!("Pay ({})", wages.release).into(),
        }
        columns.push(("United States".into(), Figures::national(wages)));
        let table = table(columns, broader);
        if table
            .rows
            .iter()
            .flat_map(|r| &r.values)
            .any(|v| v.ends_with('+'))
        {
            notes.push(Block::Note(
                format!(
                    "{}: the source's top figure; the wage is at least that much.",
                    top_figure(wages, state)
                )
                .into(),
            ));
        }
        if let Some(broader) = broader {
            notes.push(Block::Note(
                format!(
                    "Figures of all {} (SOC {}): the source does not publish {} apart.",
                    broader.title, broader.code, role.title
                )
                .into(),
            ));
        }
        if table.rows[0].label == "Median a year" && table_hourly_is_worked_out(wages, state) {
            notes.push(Block::Note(
                "Hourly: the yearly figure over 2,080 hours, a full-time year as BLS reckons it."
                    .into(),
            ));
        }
        blocks.push(Block::Table(table));
        blocks.extend(notes);
    } else if state.is_some() && role.nearest_occupation.is_some() {
        blocks.push(Block::Note(
            "No wages by state for this role: its nearest US occupation has them.".into(),
        ));
    }
    let mut sections = vec![section(SectionId::Pay, title, blocks)];
    if let Some(industries) = role.wages.as_ref().and_then(industries) {
        sections.push(industries);
    }
    sections
}

/// The wage the source caps its figures at, as shown.
fn top_figure(wages: &Wages, state: Option<&StatePay>) -> String {
    let top = wages.top_coded_at.or(state.and_then(|s| s.top_coded_at));
    top.map_or_else(|| "A figure with +".into(), |t| format!("{}+", dollars(t)))
}

/// True when no column of the table has the source's own hourly figures.
fn table_hourly_is_worked_out(wages: &Wages, state: Option<&StatePay>) -> bool {
    wages.hourly.is_none()
        && state
            .and_then(|s| s.figures)
            .is_none_or(|f| f.hourly.is_none())
}

/// Employment in each industry the source lists, largest first, with its median wage.
fn industries(wages: &Wages) -> Option<Section<'_>> {
    if wages.by_industry.is_empty() {
        return None;
    }
    let with_median = wages.by_industry.iter().any(|i| i.median.is_some());
    let rows = wages
        .by_industry
        .iter()
        .map(|i| Bar {
            extra: with_median.then(|| i.median.map_or(NOT_IN_SOURCE.into(), dollars)),
            ..Bar::new(
                &i.industry,
                i.employment.unwrap_or(0) as f64,
                i.employment.map_or(NOT_IN_SOURCE.into(), count),
            )
        })
        .collect();
    let mut chart = Bars::new(("Industry", "Employment"), None, rows);
    let title = if with_median {
        chart.extra = Some("Median wage");
        "Employment and median wage by industry"
    } else {
        "Employment by industry"
    };
    Some(section(SectionId::Industries, title, bars(chart)))
}
