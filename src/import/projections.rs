//! BLS Employment Projections, `occupation.xlsx` as BLS publishes it: the sheet "Table 1.2"
//! (occupational projections and worker characteristics), a title row, then a header whose
//! column names carry the years ("Employment, 2024", "Employment change, percent, 2024–34").
//! Columns are found by what their names start with, so another projection period reads the
//! same. Employment figures are in thousands; "—" is an absent figure. Only "Line item" rows
//! (detailed occupations) are kept; "Summary" rows are aggregates.

use std::collections::HashMap;
use std::path::Path;

use super::table::{Row, Table, Warnings};
use super::{ImportError, soc};

/// The sheet of the workbook the projections are read from.
pub(crate) const SHEET: &str = "Table 1.2";

#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Projection {
    pub title: String,
    pub employment: Option<i64>,
    pub projected_employment: Option<i64>,
    pub change: Option<i64>,
    pub percent_change: Option<f64>,
    pub openings: Option<i64>,
    pub entry_education: Option<String>,
    pub work_experience: Option<String>,
    pub training: Option<String>,
}

#[derive(Debug, Default)]
pub(crate) struct ProjectionTable {
    /// "BLS Employment Projections 2024–34".
    pub release: String,
    pub base_year: u16,
    pub projected_year: u16,
    /// Percent change of all occupations together (the `00-0000` row).
    pub average_change: Option<f64>,
    /// Line items by 6-digit SOC code.
    pub rows: HashMap<String, Projection>,
}

/// Reads table 1.2 of `occupation.xlsx`. A table without its code or employment columns is
/// an error: there is nothing to join.
pub(crate) fn read(path: &Path, w: &mut Warnings) -> Result<ProjectionTable, ImportError> {
    let table = Table::read_sheet(path, SHEET, w)?;
    let fail = |message: String| ImportError::Input {
        path: path.to_path_buf(),
        message,
    };
    let starts = |prefix: &'static str| move |c: &str| c.starts_with(prefix);
    let code_at = table
        .column_where(|c| c.ends_with("matrix code") || c == "code")
        .ok_or_else(|| {
            fail(format!(
                "sheet \"{SHEET}\" has no \"… National Employment Matrix code\" column"
            ))
        })?;
    // "Employment, 2024" and "Employment, 2034": the earlier year is the base.
    let mut years: Vec<(u16, usize)> = table
        .header()
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let year = c.strip_prefix("employment, ")?;
            (year.len() == 4).then(|| year.parse().ok().map(|y| (y, i)))?
        })
        .collect();
    years.sort_unstable();
    years.dedup_by_key(|(year, _)| *year);
    let [(base_year, base_at), (projected_year, projected_at)] = years[..] else {
        return Err(fail(format!(
            "sheet \"{SHEET}\" has no two \"Employment, YEAR\" columns"
        )));
    };
    let title_at = table.column_where(|c| c.ends_with("matrix title") || c == "title");
    let type_at = table.column("Occupation type");
    let change_at = table.column_where(starts("employment change, numeric"));
    let percent_at = table.column_where(starts("employment change, percent"));
    let openings_at = table.column_where(starts("occupational openings"));
    let education_at = table.column_where(starts("typical education"));
    let experience_at = table.column_where(starts("work experience"));
    let training_at = table.column_where(starts("typical on-the-job training"));

    let mut out = ProjectionTable {
        release: format!(
            "BLS Employment Projections {base_year}–{:02}",
            projected_year % 100
        ),
        base_year,
        projected_year,
        ..ProjectionTable::default()
    };
    let mut first_line: HashMap<String, usize> = HashMap::new();
    for row in table.rows() {
        let code = row.get(code_at);
        // Footnotes and notes below the table have no code.
        if code.is_empty() {
            continue;
        }
        if !soc::is_soc(code) {
            table.warn(
                w,
                row,
                code_at,
                format!("code \"{code}\" is not a SOC code like 11-1021; row skipped"),
            );
            continue;
        }
        if code == "00-0000" {
            out.average_change = percent_at.and_then(|at| number(&table, row, at, w));
            continue;
        }
        if type_at.is_some_and(|at| !row.get(at).eq_ignore_ascii_case("line item")) {
            continue;
        }
        if let Some(first) = first_line.get(code) {
            table.warn(
                w,
                row,
                code_at,
                format!("code {code} again (first on line {first}); row skipped"),
            );
            continue;
        }
        first_line.insert(code.to_string(), row.line());
        let thousands = |at: Option<usize>, w: &mut Warnings| {
            at.and_then(|at| number(&table, row, at, w))
                .map(|v| (v * 1000.0).round() as i64)
        };
        let words = |at: Option<usize>| at.map(|at| row.get(at)).and_then(label);
        let projection = Projection {
            title: title_at
                .map(|at| {
                    crate::catalog::sanitize::clean(row.get(at))
                        .trim()
                        .to_string()
                })
                .unwrap_or_default(),
            employment: thousands(Some(base_at), w),
            projected_employment: thousands(Some(projected_at), w),
            change: thousands(change_at, w),
            percent_change: percent_at.and_then(|at| number(&table, row, at, w)),
            openings: thousands(openings_at, w),
            entry_education: words(education_at),
            work_experience: words(experience_at),
            training: words(training_at),
        };
        if projection.employment.is_some_and(|e| e < 0)
            || projection.projected_employment.is_some_and(|e| e < 0)
            || projection.openings.is_some_and(|e| e < 0)
        {
            table.warn(
                w,
                row,
                base_at,
                "negative employment or openings; row skipped",
            );
            continue;
        }
        out.rows.insert(code.to_string(), projection);
    }
    Ok(out)
}

/// A number, or `None` for "—" and empty; anything else is reported and left out.
fn number(table: &Table, row: &Row, at: usize, w: &mut Warnings) -> Option<f64> {
    let raw = row.get(at);
    if raw.is_empty() || raw == "—" || raw == "-" || raw.eq_ignore_ascii_case("n/a") {
        return None;
    }
    let value = raw
        .replace(',', "")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite());
    if value.is_none() {
        table.warn(w, row, at, format!("\"{raw}\" is not a number; left out"));
    }
    value
}

/// A category in words; "—" is absent.
fn label(raw: &str) -> Option<String> {
    let text = crate::catalog::sanitize::clean(raw).trim().to_string();
    (!text.is_empty() && text != "—" && text != "-").then_some(text)
}
