//! BLS OEWS wage tables in the official layout, as CSV or `.xlsx`: columns found by name in any
//! case (`OCC_CODE`, `TOT_EMP`, `A_MEDIAN`, `H_MEDIAN`, ...; `NAICS`, `NAICS_TITLE` by industry;
//! `PRIM_STATE`, `AREA_TITLE` by state), extra columns ignored, numbers with thousands
//! separators.
//!
//! BLS markers: `*` (wage not available), `**` (employment not available), `n/a`, `~`, `-`
//! and empty cells become absent figures. `#` means "equal to or greater than" the release's
//! top-code cap ($115.00 an hour, $239,200 a year for May 2025). Nationally such a figure is
//! left absent, never written as a number that would read as exact: the role's
//! `Wages::top_coded_at` is set to the cap (when we know it for the release) and a note names
//! the figures BLS top-coded. By state, it is left absent and the state's record marked
//! `top_coded`.

use std::collections::HashMap;
use std::path::Path;

use super::table::{Row, Table, Warnings};
use super::{ImportError, soc};

/// One published figure.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(crate) enum Cell {
    Value(f64),
    /// `*`, `**`, `n/a`, empty, ...: not published.
    #[default]
    Missing,
    /// `#`: at or above the release's top-code cap.
    TopCoded,
}

impl Cell {
    /// The exact figure in whole dollars (or persons), if BLS published one.
    pub(crate) fn whole(self) -> Option<i64> {
        match self {
            Cell::Value(v) => Some(v.round() as i64),
            Cell::Missing | Cell::TopCoded => None,
        }
    }

    /// The exact figure to the cent.
    pub(crate) fn cents(self) -> Option<f64> {
        match self {
            Cell::Value(v) => Some((v * 100.0).round() / 100.0),
            Cell::Missing | Cell::TopCoded => None,
        }
    }

    pub(crate) fn is_top_coded(self) -> bool {
        self == Cell::TopCoded
    }
}

/// Pay figures in the order mean, 10th, 25th, 50th, 75th, 90th percentile.
pub(crate) type Pay = [Cell; 6];

/// The figures of one occupation in one table row.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Figures {
    pub employment: Cell,
    /// Yearly pay.
    pub annual: Pay,
    /// Hourly pay.
    pub hourly: Pay,
}

const ANNUAL: [&str; 6] = [
    "A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90",
];
const HOURLY: [&str; 6] = [
    "H_MEAN", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90",
];
/// Names of the pay figures, for notes.
pub(crate) const PAY_NAMES: [&str; 6] = [
    "mean",
    "10th percentile",
    "25th percentile",
    "median",
    "75th percentile",
    "90th percentile",
];

#[derive(Debug, Clone)]
pub(crate) struct NationalRow {
    /// `OCC_TITLE`, the BLS title of the SOC code.
    pub title: String,
    pub figures: Figures,
}

/// Release facts read from an official file name.
#[derive(Debug, Clone, Default)]
pub(crate) struct Release {
    /// "BLS OEWS May 2025", from a file name like `national_M2025_dl.csv`.
    pub name: Option<String>,
    pub top_code_cap: Option<i64>,
}

#[derive(Debug, Default)]
pub(crate) struct NationalTable {
    pub release: Release,
    /// By 6-digit SOC code, `11-1021`.
    pub rows: HashMap<String, NationalRow>,
}

#[derive(Debug, Clone)]
pub(crate) struct IndustryRow {
    pub naics: String,
    pub industry: String,
    /// `OCC_TITLE`.
    pub occupation: String,
    pub employment: Cell,
    pub median: Cell,
    pub mean: Cell,
}

#[derive(Debug, Default)]
pub(crate) struct IndustryTable {
    pub release: Release,
    /// By 6-digit SOC code, in file order.
    pub rows: HashMap<String, Vec<IndustryRow>>,
}

#[derive(Debug, Clone)]
pub(crate) struct StateRow {
    /// Postal code, `PRIM_STATE`.
    pub state: String,
    pub figures: Figures,
}

#[derive(Debug, Default)]
pub(crate) struct StateTable {
    pub release: Release,
    /// (postal code, name) in file order.
    pub states: Vec<(String, String)>,
    /// By 6-digit SOC code: the `OCC_TITLE` and each state's row in file order.
    pub rows: HashMap<String, (String, Vec<StateRow>)>,
}

/// The year of a release from an official file name: `national_M2025_dl`, `all_data_M_2025`.
pub(crate) fn release_year(path: &Path) -> Option<u16> {
    let name = path.file_stem()?.to_str()?.to_lowercase();
    let b = name.as_bytes();
    (0..b.len()).find_map(|i| {
        if b[i] != b'm' || (i > 0 && b[i - 1].is_ascii_alphanumeric()) {
            return None;
        }
        let start = if b.get(i + 1) == Some(&b'_') {
            i + 2
        } else {
            i + 1
        };
        let digits = b.get(start..start + 4)?;
        let after = b.get(start + 4);
        if !digits.iter().all(u8::is_ascii_digit) || after.is_some_and(u8::is_ascii_digit) {
            return None;
        }
        name[start..start + 4]
            .parse()
            .ok()
            .filter(|y| (1997..=2100).contains(y))
    })
}

/// The top-code cap of a release, in yearly dollars, where we have read it from BLS
/// (footnote 5 of the May 2025 data: "equal to or greater than $115.00 per hour or $239,200 per year").
pub(crate) fn top_code_cap(year: u16) -> Option<i64> {
    match year {
        2025 => Some(239_200),
        _ => None,
    }
}

fn release_of(path: &Path) -> Release {
    match release_year(path) {
        Some(year) => Release {
            name: Some(format!("BLS OEWS May {year}")),
            top_code_cap: top_code_cap(year),
        },
        None => Release::default(),
    }
}

/// Reads a table as CSV, or as the first sheet of a workbook for `.xlsx`.
fn read_table(path: &Path, w: &mut Warnings) -> Result<Table, ImportError> {
    let xlsx = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if xlsx {
        Table::read_sheet(path, "", w)
    } else {
        Table::read_csv(path, w)
    }
}

/// Columns of the figures; an absent one is reported once and its figures left out.
struct FigureColumns {
    employment: Option<usize>,
    annual: [Option<usize>; 6],
    hourly: [Option<usize>; 6],
}

impl FigureColumns {
    /// `used`: the yearly columns the table is read for (the others are not reported missing).
    fn find(table: &Table, used: &[&str], w: &mut Warnings) -> FigureColumns {
        let mut optional = |name: &str, report: bool| {
            let at = table.column(name);
            if at.is_none() && report && table.has_header() {
                w.at(
                    &table.label,
                    table.header_at(),
                    format!("no column \"{name}\"; those figures are left out"),
                );
            }
            at
        };
        FigureColumns {
            employment: optional("TOT_EMP", true),
            annual: ANNUAL.map(|n| optional(n, used.contains(&n))),
            // Hourly figures are used only where no yearly ones are published.
            hourly: HOURLY.map(|n| optional(n, false)),
        }
    }

    fn read(&self, table: &Table, row: &Row, w: &mut Warnings) -> Figures {
        let cell = |at: Option<usize>, w: &mut Warnings| {
            at.map_or(Cell::Missing, |at| figure(table, row, at, w))
        };
        let mut figures = Figures {
            employment: cell(self.employment, w),
            annual: self.annual.map(|at| cell(at, w)),
            hourly: self.hourly.map(|at| cell(at, w)),
        };
        for (pay, columns) in [
            (&mut figures.annual, &self.annual),
            (&mut figures.hourly, &self.hourly),
        ] {
            // The 10th to 90th percentiles never decrease; when they do, none can be trusted.
            let values: Vec<f64> = pay[1..]
                .iter()
                .filter_map(|c| match c {
                    Cell::Value(v) => Some(*v),
                    _ => None,
                })
                .collect();
            if values.windows(2).any(|p| p[0] > p[1]) {
                let at = columns[1].unwrap_or(0);
                table.warn(
                    w,
                    row,
                    at,
                    "percentiles that decrease; the percentiles of this row are left out",
                );
                pay[1..].fill(Cell::Missing);
            }
        }
        figures
    }
}

/// The national, cross-industry table (`national_M2025_dl`).
pub(crate) fn read_national(path: &Path, w: &mut Warnings) -> Result<NationalTable, ImportError> {
    let table = read_table(path, w)?;
    let mut out = NationalTable {
        release: release_of(path),
        rows: HashMap::new(),
    };
    let [code_at] = match table.columns(["OCC_CODE"]) {
        Ok(at) => at,
        Err(missing) => {
            table.report_missing(&missing, "file skipped", w);
            return Ok(out);
        }
    };
    let title_at = table.column("OCC_TITLE");
    let columns = FigureColumns::find(&table, &ANNUAL, w);
    let mut first_line: HashMap<String, usize> = HashMap::new();
    for row in table.rows() {
        let Some(code) = soc_code(&table, row, code_at, w) else {
            continue;
        };
        if let Some(first) = first_line.get(code) {
            table.warn(
                w,
                row,
                code_at,
                format!("OCC_CODE {code} again (first on line {first}); row skipped"),
            );
            continue;
        }
        first_line.insert(code.to_string(), row.line());
        out.rows.insert(
            code.to_string(),
            NationalRow {
                title: title_at.map(|at| text(row.get(at))).unwrap_or_default(),
                figures: columns.read(&table, row, w),
            },
        );
    }
    Ok(out)
}

/// A national table by industry (`natsector_M2025_dl`, or the 3- to 5-digit NAICS ones).
pub(crate) fn read_by_industry(
    path: &Path,
    w: &mut Warnings,
) -> Result<IndustryTable, ImportError> {
    let table = read_table(path, w)?;
    let mut out = IndustryTable {
        release: release_of(path),
        rows: HashMap::new(),
    };
    let [naics_at, code_at] = match table.columns(["NAICS", "OCC_CODE"]) {
        Ok(at) => at,
        Err(missing) => {
            table.report_missing(&missing, "file skipped", w);
            return Ok(out);
        }
    };
    let naics_title_at = table.column("NAICS_TITLE");
    let title_at = table.column("OCC_TITLE");
    let columns = FigureColumns::find(&table, &["A_MEAN", "A_MEDIAN"], w);
    let mut first_line: HashMap<(String, String), usize> = HashMap::new();
    for row in table.rows() {
        let naics = text(row.get(naics_at));
        if naics.is_empty() {
            table.warn(w, row, naics_at, "empty NAICS; row skipped");
            continue;
        }
        // The cross-industry total is not an industry.
        if naics.bytes().all(|b| b == b'0') {
            continue;
        }
        let Some(code) = soc_code(&table, row, code_at, w) else {
            continue;
        };
        let key = (naics.clone(), code.to_string());
        if let Some(first) = first_line.get(&key) {
            table.warn(
                w,
                row,
                code_at,
                format!(
                    "NAICS {naics} with OCC_CODE {code} again (first on line {first}); row skipped"
                ),
            );
            continue;
        }
        first_line.insert(key, row.line());
        let figures = columns.read(&table, row, w);
        let industry = naics_title_at
            .map(|at| text(row.get(at)))
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| format!("NAICS {naics}"));
        out.rows
            .entry(code.to_string())
            .or_default()
            .push(IndustryRow {
                naics,
                industry,
                occupation: title_at.map(|at| text(row.get(at))).unwrap_or_default(),
                employment: figures.employment,
                median: figures.annual[3],
                mean: figures.annual[0],
            });
    }
    Ok(out)
}

/// A table by state (`state_M2025_dl`): `PRIM_STATE` names the state, `AREA_TITLE` its name.
/// With a `NAICS` column only the cross-industry rows (`000000`) are read.
pub(crate) fn read_by_state(path: &Path, w: &mut Warnings) -> Result<StateTable, ImportError> {
    let table = read_table(path, w)?;
    let mut out = StateTable {
        release: release_of(path),
        ..StateTable::default()
    };
    let [state_at, code_at] = match table.columns(["PRIM_STATE", "OCC_CODE"]) {
        Ok(at) => at,
        Err(missing) => {
            table.report_missing(&missing, "file skipped", w);
            return Ok(out);
        }
    };
    let name_at = table.column("AREA_TITLE");
    let naics_at = table.column("NAICS");
    let title_at = table.column("OCC_TITLE");
    let columns = FigureColumns::find(&table, &ANNUAL, w);
    let mut first_line: HashMap<(String, String), usize> = HashMap::new();
    for row in table.rows() {
        if naics_at.is_some_and(|at| !row.get(at).bytes().all(|b| b == b'0')) {
            continue;
        }
        let state = text(row.get(state_at));
        if state.len() != 2 || !state.bytes().all(|b| b.is_ascii_uppercase()) {
            table.warn(
                w,
                row,
                state_at,
                format!("PRIM_STATE \"{state}\" is not a two-letter postal code; row skipped"),
            );
            continue;
        }
        let Some(code) = soc_code(&table, row, code_at, w) else {
            continue;
        };
        let key = (state.clone(), code.to_string());
        if let Some(first) = first_line.get(&key) {
            table.warn(
                w,
                row,
                code_at,
                format!("{state} with OCC_CODE {code} again (first on line {first}); row skipped"),
            );
            continue;
        }
        first_line.insert(key, row.line());
        if !out.states.iter().any(|(s, _)| *s == state) {
            let name = name_at
                .map(|at| text(row.get(at)))
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| state.clone());
            out.states.push((state.clone(), name));
        }
        let figures = columns.read(&table, row, w);
        let entry = out.rows.entry(code.to_string()).or_insert_with(|| {
            let title = title_at.map(|at| text(row.get(at))).unwrap_or_default();
            (title, Vec::new())
        });
        entry.1.push(StateRow { state, figures });
    }
    Ok(out)
}

fn text(field: &str) -> String {
    crate::catalog::sanitize::clean(field).trim().to_string()
}

/// A 6-digit SOC code like `11-1021`, or a warning.
fn soc_code<'r>(table: &Table, row: &'r Row, at: usize, w: &mut Warnings) -> Option<&'r str> {
    let code = row.get(at);
    if soc::is_soc(code) {
        Some(code)
    } else {
        table.warn(
            w,
            row,
            at,
            format!("OCC_CODE \"{code}\" is not a SOC code like 11-1021; row skipped"),
        );
        None
    }
}

/// A figure or BLS marker; anything else is reported and left out.
fn figure(table: &Table, row: &Row, at: usize, w: &mut Warnings) -> Cell {
    let raw = row.get(at);
    parse_cell(raw).unwrap_or_else(|| {
        let name = table.header()[at].to_uppercase();
        table.warn(
            w,
            row,
            at,
            format!("{name} \"{raw}\" is neither a number nor a BLS marker; left out"),
        );
        Cell::Missing
    })
}

/// `"3,503,020"` → 3503020, `"64.87"` → 64.87, markers as [`Cell`]; `None` if neither.
pub(crate) fn parse_cell(raw: &str) -> Option<Cell> {
    let raw = raw.trim();
    match raw {
        "#" => return Some(Cell::TopCoded),
        "" | "*" | "**" | "~" | "-" => return Some(Cell::Missing),
        _ if raw.eq_ignore_ascii_case("n/a") => return Some(Cell::Missing),
        _ => {}
    }
    let digits: String = raw.chars().filter(|&c| c != ',').collect();
    let looks_numeric = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && digits.bytes().filter(|&b| b == b'.').count() <= 1
        && digits.bytes().any(|b| b.is_ascii_digit());
    if !looks_numeric {
        return None;
    }
    let value: f64 = digits.parse().ok()?;
    (value.is_finite() && value < 1e15).then_some(Cell::Value(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_numbers_and_markers() {
        assert_eq!(parse_cell("3,503,020"), Some(Cell::Value(3_503_020.0)));
        assert_eq!(parse_cell(" 105770 ").and_then(Cell::whole), Some(105_770));
        assert_eq!(parse_cell("64.87").and_then(Cell::whole), Some(65));
        assert_eq!(parse_cell("64.87").and_then(Cell::cents), Some(64.87));
        assert_eq!(parse_cell("#"), Some(Cell::TopCoded));
        for missing in ["*", "**", "n/a", "N/A", "", "~", "-"] {
            assert_eq!(parse_cell(missing), Some(Cell::Missing), "{missing:?}");
        }
        for bad in ["abc", "1.2.3", "-5", "12a", ".", "$100", "1e5"] {
            assert_eq!(parse_cell(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn release_year_from_official_file_names() {
        assert_eq!(
            release_year(Path::new("out/national_M2025_dl.csv")),
            Some(2025)
        );
        assert_eq!(
            release_year(Path::new("natsector_M2024_dl.csv")),
            Some(2024)
        );
        assert_eq!(release_year(Path::new("all_data_M_2023.csv")), Some(2023));
        assert_eq!(release_year(Path::new("wages.csv")), None);
        assert_eq!(release_year(Path::new("pm2025.csv")), None);
        assert_eq!(release_year(Path::new("national_M20251.csv")), None);
    }
}
