//! BLS OEWS wage tables, as the official spreadsheets saved as CSV: columns found by name in any
//! case (`OCC_CODE`, `TOT_EMP`, `A_MEDIAN`, ...; `NAICS`, `NAICS_TITLE` by industry), extra
//! columns ignored, numbers with thousands separators, quoted titles, CRLF or LF.
//!
//! BLS markers: `*` (wage not available), `**` (employment not available), `n/a`, `~`, `-`
//! and empty cells become absent figures. `#` means "equal to or greater than" the release's
//! top-code cap ($239,200 a year for May 2025). Such a figure is left absent too, never written
//! as a number that would read as exact; the role's `Wages::top_coded_at` is set to the cap
//! (when we know it for the release) and a note names the figures BLS top-coded.

use std::collections::HashMap;
use std::path::Path;

use super::{ImportError, Warnings};
use crate::catalog::sanitize;

/// One published figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Cell {
    Value(i64),
    /// `*`, `**`, `n/a`, empty, ...: not published.
    #[default]
    Missing,
    /// `#`: at or above the release's top-code cap.
    TopCoded,
}

impl Cell {
    /// The exact figure, if BLS published one.
    pub(crate) fn value(self) -> Option<i64> {
        match self {
            Cell::Value(v) => Some(v),
            Cell::Missing | Cell::TopCoded => None,
        }
    }

    pub(crate) fn is_top_coded(self) -> bool {
        self == Cell::TopCoded
    }
}

/// National figures of one occupation, yearly dollars.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct WageFigures {
    pub employment: Cell,
    pub mean: Cell,
    pub p10: Cell,
    pub p25: Cell,
    pub median: Cell,
    pub p75: Cell,
    pub p90: Cell,
}

#[derive(Debug, Clone)]
pub(crate) struct NationalRow {
    /// `OCC_TITLE`, the BLS title of the SOC code.
    pub title: String,
    pub figures: WageFigures,
}

#[derive(Debug, Default)]
pub(crate) struct NationalTable {
    /// "BLS OEWS May 2025", from a file name like `national_M2025_dl.csv`.
    pub release: Option<String>,
    pub top_code_cap: Option<i64>,
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
    pub release: Option<String>,
    pub top_code_cap: Option<i64>,
    /// By 6-digit SOC code, in file order.
    pub rows: HashMap<String, Vec<IndustryRow>>,
}

/// How an O*NET-SOC code found its OEWS row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum SocMatch {
    /// The first 7 characters: `11-1011.03` → `11-1011`.
    Direct(String),
    /// O*NET keeps some pre-2018 SOC detail that OEWS reports under one SOC 2018 code.
    Crosswalk(String),
    /// The OEWS aggregate (or broad group) ending in 0: `13-1021` → `13-1020`.
    Group(String),
}

impl SocMatch {
    pub(crate) fn soc(&self) -> &str {
        match self {
            SocMatch::Direct(s) | SocMatch::Crosswalk(s) | SocMatch::Group(s) => s,
        }
    }
}

/// O*NET-SOC 2019 codes that OEWS (SOC 2018) reports under another detailed code.
const CROSSWALK: &[(&str, &str)] = &[
    ("21-1011", "21-1018"),
    ("21-1014", "21-1018"),
    ("25-2055", "25-2052"),
    ("25-2056", "25-2052"),
    ("25-9042", "25-9045"),
    ("25-9043", "25-9045"),
    ("25-9049", "25-9045"),
    ("51-2022", "51-2028"),
    ("51-2023", "51-2028"),
    ("53-1042", "53-1047"),
    ("53-1043", "53-1047"),
    ("53-1044", "53-1047"),
    ("53-1049", "53-1047"),
];

/// Joins an O*NET-SOC code to an OEWS code for which `has` is true: the 6-digit SOC code itself,
/// else the fixed crosswalk, else the code with its last digit set to 0. The crosswalk comes
/// before the group because it names a detailed occupation, the group only a broader one.
pub(crate) fn match_soc(onet_code: &str, has: impl Fn(&str) -> bool) -> Option<SocMatch> {
    let soc = onet_code.get(..7)?;
    if has(soc) {
        return Some(SocMatch::Direct(soc.to_string()));
    }
    if let Some((_, to)) = CROSSWALK.iter().find(|(from, _)| *from == soc) {
        if has(to) {
            return Some(SocMatch::Crosswalk(to.to_string()));
        }
    }
    let group = format!("{}0", &soc[..6]);
    (group != soc && has(&group)).then_some(SocMatch::Group(group))
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

fn release_of(path: &Path) -> (Option<String>, Option<i64>) {
    match release_year(path) {
        Some(year) => (Some(format!("BLS OEWS May {year}")), top_code_cap(year)),
        None => (None, None),
    }
}

/// The national, cross-industry table (`national_M2025_dl`).
pub(crate) fn read_national(path: &Path, w: &mut Warnings) -> Result<NationalTable, ImportError> {
    let csv = Csv::read(path, w)?;
    let (release, top_code_cap) = release_of(path);
    let mut table = NationalTable {
        release,
        top_code_cap,
        rows: HashMap::new(),
    };
    let Some([code_at]) = csv.required(["OCC_CODE"], w) else {
        return Ok(table);
    };
    let title_at = csv.optional("OCC_TITLE", w);
    let value_at = [
        "TOT_EMP", "A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90",
    ]
    .map(|name| csv.optional(name, w).map(|at| (name, at)));
    let mut first_line: HashMap<String, usize> = HashMap::new();
    for (line, fields) in &csv.rows {
        let Some(code) = csv.soc_code(*line, &fields[code_at], w) else {
            continue;
        };
        if let Some(first) = first_line.get(code) {
            w.at(
                &csv.label,
                *line,
                format!("OCC_CODE {code} again (first on line {first}); row skipped"),
            );
            continue;
        }
        first_line.insert(code.to_string(), *line);
        let [employment, mean, p10, p25, median, p75, p90] = value_at.map(|c| {
            c.map_or(Cell::Missing, |(name, at)| {
                csv.cell(*line, name, &fields[at], w)
            })
        });
        table.rows.insert(
            code.to_string(),
            NationalRow {
                title: title_at.map(|at| text(&fields[at])).unwrap_or_default(),
                figures: WageFigures {
                    employment,
                    mean,
                    p10,
                    p25,
                    median,
                    p75,
                    p90,
                },
            },
        );
    }
    Ok(table)
}

/// A national table by industry (`natsector_M2025_dl`, or the 3- to 5-digit NAICS ones).
pub(crate) fn read_by_industry(
    path: &Path,
    w: &mut Warnings,
) -> Result<IndustryTable, ImportError> {
    let csv = Csv::read(path, w)?;
    let (release, top_code_cap) = release_of(path);
    let mut table = IndustryTable {
        release,
        top_code_cap,
        rows: HashMap::new(),
    };
    let Some([naics_at, code_at]) = csv.required(["NAICS", "OCC_CODE"], w) else {
        return Ok(table);
    };
    let naics_title_at = csv.optional("NAICS_TITLE", w);
    let title_at = csv.optional("OCC_TITLE", w);
    let value_at =
        ["TOT_EMP", "A_MEDIAN", "A_MEAN"].map(|name| csv.optional(name, w).map(|at| (name, at)));
    let mut first_line: HashMap<(String, String), usize> = HashMap::new();
    for (line, fields) in &csv.rows {
        let naics = text(&fields[naics_at]);
        if naics.is_empty() {
            w.at(&csv.label, *line, "empty NAICS; row skipped");
            continue;
        }
        // The cross-industry total is not an industry.
        if naics.bytes().all(|b| b == b'0') {
            continue;
        }
        let Some(code) = csv.soc_code(*line, &fields[code_at], w) else {
            continue;
        };
        let key = (naics.clone(), code.to_string());
        if let Some(first) = first_line.get(&key) {
            w.at(
                &csv.label,
                *line,
                format!(
                    "NAICS {naics} with OCC_CODE {code} again (first on line {first}); row skipped"
                ),
            );
            continue;
        }
        first_line.insert(key, *line);
        let [employment, median, mean] = value_at.map(|c| {
            c.map_or(Cell::Missing, |(name, at)| {
                csv.cell(*line, name, &fields[at], w)
            })
        });
        let industry = naics_title_at
            .map(|at| text(&fields[at]))
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| format!("NAICS {naics}"));
        table
            .rows
            .entry(code.to_string())
            .or_default()
            .push(IndustryRow {
                naics,
                industry,
                occupation: title_at.map(|at| text(&fields[at])).unwrap_or_default(),
                employment,
                median,
                mean,
            });
    }
    Ok(table)
}

fn text(field: &str) -> String {
    sanitize::clean(field).trim().to_string()
}

/// A CSV file read whole: lower-case header names and data rows with their line numbers.
struct Csv {
    label: String,
    header: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
}

impl Csv {
    fn read(path: &Path, w: &mut Warnings) -> Result<Csv, ImportError> {
        let label = path.display().to_string();
        let read_error = |source| ImportError::Read {
            path: path.to_path_buf(),
            source,
        };
        let bytes = std::fs::read(path).map_err(read_error)?;
        // The csv crate reports the line of a record after a CRLF one line too early (its
        // position is taken before the LF), so lines are counted here from byte offsets.
        let newlines: Vec<usize> = bytes
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .map(|(i, _)| i)
            .collect();
        let line_at = |mut offset: usize| {
            while matches!(bytes.get(offset), Some(b'\r' | b'\n')) {
                offset += 1;
            }
            newlines.partition_point(|&n| n < offset) + 1
        };
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(bytes.as_slice());
        let mut header: Option<Vec<String>> = None;
        let mut rows = Vec::new();
        let mut record = csv::ByteRecord::new();
        loop {
            match reader.read_byte_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => {
                    if let csv::ErrorKind::Io(io) = e.into_kind() {
                        return Err(read_error(io));
                    }
                    // Only I/O and UTF-8 errors exist for byte records read flexibly.
                    continue;
                }
            }
            let line = record.position().map_or(0, |p| line_at(p.byte() as usize));
            let fields: Vec<String> = record
                .iter()
                .map(|f| String::from_utf8_lossy(f).into_owned())
                .collect();
            if fields.iter().all(String::is_empty) {
                continue;
            }
            match &header {
                None => {
                    let names = fields
                        .iter()
                        .enumerate()
                        .map(|(i, f)| {
                            let f = if i == 0 {
                                f.trim_start_matches('\u{feff}')
                            } else {
                                f
                            };
                            f.trim().to_lowercase()
                        })
                        .collect();
                    header = Some(names);
                }
                Some(names) => {
                    // Spreadsheets often pad rows with empty cells; anything else is malformed.
                    let padded = fields.len() > names.len()
                        && fields[names.len()..].iter().all(String::is_empty);
                    if fields.len() != names.len() && !padded {
                        w.at(
                            &label,
                            line,
                            format!(
                                "malformed row: {} fields, the header has {}; row skipped",
                                fields.len(),
                                names.len()
                            ),
                        );
                        continue;
                    }
                    rows.push((line, fields));
                }
            }
        }
        if header.is_none() {
            w.file(&label, "empty file: no header and no rows");
        }
        Ok(Csv {
            label,
            header: header.unwrap_or_default(),
            rows,
        })
    }

    fn column(&self, name: &str) -> Option<usize> {
        let name = name.to_lowercase();
        self.header.iter().position(|c| *c == name)
    }

    /// Positions of columns the table cannot do without; `None` (and a warning) if one is missing.
    fn required<const N: usize>(&self, names: [&str; N], w: &mut Warnings) -> Option<[usize; N]> {
        let found = names.map(|n| self.column(n));
        let missing: Vec<String> = names
            .iter()
            .zip(&found)
            .filter(|(_, f)| f.is_none())
            .map(|(n, _)| format!("\"{n}\""))
            .collect();
        if missing.is_empty() {
            Some(found.map(|f| f.unwrap_or_default()))
        } else {
            if !self.header.is_empty() {
                w.at(
                    &self.label,
                    1,
                    format!("missing column {}; file skipped", missing.join(", ")),
                );
            }
            None
        }
    }

    fn optional(&self, name: &str, w: &mut Warnings) -> Option<usize> {
        let at = self.column(name);
        if at.is_none() && !self.header.is_empty() {
            w.at(
                &self.label,
                1,
                format!("no column \"{name}\"; those figures are left out"),
            );
        }
        at
    }

    /// A 6-digit SOC code like `11-1021`, or a warning.
    fn soc_code<'a>(&self, line: usize, code: &'a str, w: &mut Warnings) -> Option<&'a str> {
        let b = code.as_bytes();
        let ok = b.len() == 7
            && b[2] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 2 || c.is_ascii_digit());
        if ok {
            Some(code)
        } else {
            w.at(
                &self.label,
                line,
                format!("OCC_CODE \"{code}\" is not a SOC code like 11-1021; row skipped"),
            );
            None
        }
    }

    /// A figure or BLS marker; anything else is reported and left out.
    fn cell(&self, line: usize, column: &str, raw: &str, w: &mut Warnings) -> Cell {
        match parse_cell(raw) {
            Some(cell) => cell,
            None => {
                w.at(
                    &self.label,
                    line,
                    format!("{column} \"{raw}\" is neither a number nor a BLS marker; left out"),
                );
                Cell::Missing
            }
        }
    }
}

/// `"3,503,020"` → 3503020, `"64.87"` → 65 (whole dollars), markers as [`Cell`]; `None` if neither.
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
    (value.is_finite() && value < 1e15).then(|| Cell::Value(value.round() as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_lines_are_counted_right_with_crlf_and_quoted_line_breaks() {
        let dir = std::env::temp_dir().join(format!("oews-lines-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.csv");
        std::fs::write(&path, "A,B\r\n1,2\r\n\"x\r\ny\",3\r\n\r\n4,5\r\n").unwrap();
        let mut w = Warnings::default();
        let csv = Csv::read(&path, &mut w).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let lines: Vec<usize> = csv.rows.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, [2, 3, 6]);
    }

    #[test]
    fn cells_numbers_and_markers() {
        assert_eq!(parse_cell("3,503,020"), Some(Cell::Value(3_503_020)));
        assert_eq!(parse_cell(" 105770 "), Some(Cell::Value(105_770)));
        assert_eq!(parse_cell("64.87"), Some(Cell::Value(65)));
        assert_eq!(parse_cell("#"), Some(Cell::TopCoded));
        for missing in ["*", "**", "n/a", "N/A", "", "~", "-"] {
            assert_eq!(parse_cell(missing), Some(Cell::Missing), "{missing:?}");
        }
        for bad in ["abc", "1.2.3", "-5", "12a", ".", "$100", "1e5"] {
            assert_eq!(parse_cell(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn soc_join_direct_then_crosswalk_then_group() {
        let codes = ["11-1011", "13-1020", "21-1018", "21-1010"];
        let has = |c: &str| codes.contains(&c);
        assert_eq!(
            match_soc("11-1011.03", has),
            Some(SocMatch::Direct("11-1011".into()))
        );
        assert_eq!(
            match_soc("13-1022.00", has),
            Some(SocMatch::Group("13-1020".into()))
        );
        assert_eq!(
            match_soc("21-1011.00", has),
            Some(SocMatch::Crosswalk("21-1018".into()))
        );
        assert_eq!(match_soc("55-1011.00", has), None);
        assert_eq!(match_soc("short", has), None);
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
