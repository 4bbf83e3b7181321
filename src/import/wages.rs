//! A role's wages from the OEWS tables, and the catalog's table of wages by state.

use std::collections::BTreeSet;

use super::oews::{self, Cell, IndustryTable, NationalTable, PAY_NAMES, Pay, StateTable};
use super::roles::broader;
use super::soc::{self, SocMatch};
use crate::catalog::{
    HourlyWages, IndustryWages, SocStateWages, State, StateFigures, StateWageTable, Wages,
};
use crate::report;

/// Industries kept per role, largest employment first, so the catalog stays a sane size.
pub const MAX_INDUSTRIES: usize = 10;

pub(crate) struct WageTables<'a> {
    pub national: Option<&'a NationalTable>,
    pub by_industry: Option<&'a IndustryTable>,
    pub release: &'a str,
}

impl WageTables<'_> {
    /// The SOC code an O*NET code's wages are for (see [`soc::match_soc`]).
    pub(crate) fn match_soc(&self, onet_code: &str) -> Option<SocMatch> {
        match (self.national, self.by_industry) {
            (Some(national), _) => soc::match_soc(onet_code, |c| national.rows.contains_key(c)),
            (None, Some(industries)) => {
                soc::match_soc(onet_code, |c| industries.rows.contains_key(c))
            }
            (None, None) => None,
        }
    }

    fn top_code_cap(&self) -> Option<i64> {
        self.national
            .and_then(|t| t.release.top_code_cap)
            .or(self.by_industry.and_then(|t| t.release.top_code_cap))
    }
}

/// The OEWS record of an O*NET occupation, with notes saying when BLS publishes no yearly
/// figures or top-coded some (`#`: left absent, named in a note, the cap in `top_coded_at`).
pub(crate) fn wage_record(
    onet_code: &str,
    tables: &WageTables<'_>,
) -> Option<(Wages, Vec<String>)> {
    let matched = tables.match_soc(onet_code)?;
    let soc = matched.soc();
    let national = tables.national.and_then(|t| t.rows.get(soc));
    let industries = tables.by_industry.and_then(|t| t.rows.get(soc));
    let cap = tables.top_code_cap();

    let mut wages = Wages {
        release: tables.release.to_string(),
        ..Wages::default()
    };
    let mut notes = Vec::new();
    // What BLS top-coded, in words: "the national median", "the mean in Mining".
    let mut top_coded: Vec<String> = Vec::new();
    let mut capped_cells = 0;
    if let Some(row) = national {
        let f = row.figures;
        wages.employment = f.employment.whole();
        [
            wages.mean,
            wages.p10,
            wages.p25,
            wages.median,
            wages.p75,
            wages.p90,
        ] = f.annual.map(Cell::whole);
        let capped = names_of_top_coded(&PAY_NAMES, &f.annual);
        capped_cells += f.annual.iter().filter(|c| c.is_top_coded()).count();
        if !capped.is_empty() {
            top_coded.push(format!("the national {capped}"));
        } else if f.annual.iter().all(|c| c.whole().is_none()) {
            wages.hourly = hourly(&f.hourly);
            notes.push(
                match wages.hourly {
                    Some(_) => "BLS OEWS publishes this occupation's wages by the hour only.",
                    None => "BLS OEWS publishes no wage figures for this occupation.",
                }
                .to_string(),
            );
        }
    }
    if let Some(rows) = industries {
        let mut rows: Vec<_> = rows.iter().collect();
        // Largest employment first, unpublished employment last, then by NAICS code.
        rows.sort_by(|a, b| {
            let key = |r: &oews::IndustryRow| r.employment.whole().map(std::cmp::Reverse);
            match (key(a), key(b)) {
                (Some(x), Some(y)) => x.cmp(&y),
                (x, y) => y.is_some().cmp(&x.is_some()),
            }
            .then_with(|| a.naics.cmp(&b.naics))
        });
        for row in rows.into_iter().take(MAX_INDUSTRIES) {
            let cells = [row.median, row.mean];
            let capped = names_of_top_coded(&["median", "mean"], &cells);
            capped_cells += cells.iter().filter(|c| c.is_top_coded()).count();
            if !capped.is_empty() {
                top_coded.push(format!("the {capped} in {}", row.industry));
            }
            wages.by_industry.push(IndustryWages {
                naics: Some(row.naics.clone()),
                industry: row.industry.clone(),
                employment: row.employment.whole(),
                median: row.median.whole(),
                mean: row.mean.whole(),
            });
        }
    }
    if !top_coded.is_empty() {
        wages.top_coded_at = cap;
        let bound = match cap {
            Some(cap) => format!("\"{} a year or more\"", report::dollars(cap)),
            None => "at or above its top-code cap".to_string(),
        };
        notes.push(format!(
            "BLS OEWS gives {} only as {bound} (top-coded), so {} left out.",
            join_and(&top_coded),
            if capped_cells == 1 {
                "it is"
            } else {
                "they are"
            },
        ));
    }
    let title = national
        .map(|r| r.title.as_str())
        .or(industries
            .and_then(|rows| rows.first())
            .map(|r| r.occupation.as_str()))
        .unwrap_or("");
    wages.broader = broader(onet_code, &matched, title);
    Some((wages, notes))
}

/// Hourly figures to the cent, when any is published.
fn hourly(pay: &Pay) -> Option<HourlyWages> {
    let [mean, p10, p25, median, p75, p90] = pay.map(Cell::cents);
    let wages = HourlyWages {
        mean,
        p10,
        p25,
        median,
        p75,
        p90,
    };
    (wages != HourlyWages::default()).then_some(wages)
}

/// The table of wages by state for the SOC codes in `socs` (those the roles' wages are for).
/// Top-coded figures are left absent and the record marked `top_coded`: BLS publishes exact
/// figures above its cap for some states, so the cap cannot stand in for them.
pub(crate) fn state_table(
    table: &StateTable,
    socs: &BTreeSet<String>,
    release: &str,
) -> StateWageTable {
    let cap = table.release.top_code_cap;
    let occupations = socs
        .iter()
        .filter_map(|code| {
            let (title, rows) = table.rows.get(code)?;
            let by_state = rows
                .iter()
                .map(|row| {
                    let f = row.figures;
                    let [mean, p10, p25, median, p75, p90] = f.annual.map(Cell::whole);
                    let yearly = [mean, p10, p25, median, p75, p90];
                    StateFigures {
                        state: row.state.clone(),
                        employment: f.employment.whole(),
                        mean,
                        p10,
                        p25,
                        median,
                        p75,
                        p90,
                        hourly: yearly
                            .iter()
                            .all(Option::is_none)
                            .then(|| hourly(&f.hourly))
                            .flatten(),
                        top_coded: f.annual.iter().any(|c| c.is_top_coded()),
                    }
                })
                .collect();
            Some(SocStateWages {
                soc: code.clone(),
                title: title.clone(),
                by_state,
            })
        })
        .collect();
    StateWageTable {
        release: release.to_string(),
        top_coded_at: cap,
        states: table
            .states
            .iter()
            .map(|(code, name)| State {
                code: code.clone(),
                name: name.clone(),
            })
            .collect(),
        occupations,
    }
}

/// "median and mean" for the top-coded cells among `cells`.
fn names_of_top_coded(names: &[&str], cells: &[Cell]) -> String {
    let names: Vec<String> = names
        .iter()
        .zip(cells)
        .filter(|(_, c)| c.is_top_coded())
        .map(|(n, _)| n.to_string())
        .collect();
    join_and(&names)
}

/// "a", "a and b", "a, b and c".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(join_and(&items(&["a"])), "a");
        assert_eq!(join_and(&items(&["a", "b", "c"])), "a, b and c");
        assert_eq!(
            names_of_top_coded(&["median", "mean"], &[Cell::TopCoded, Cell::Value(1.0)]),
            "median"
        );
    }
}
