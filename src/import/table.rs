//! One reader for every input table: O*NET text files (tab-separated), OEWS tables saved as CSV,
//! and sheets of Excel workbooks (O*NET's Excel edition, the BLS projections). Each becomes a
//! [`Table`]: lower-case column names and rows of trimmed text cells, every cell with the
//! position it came from, so a problem is reported as `FILE:LINE:COL` (text) or
//! `FILE!SHEET:ROW:COL` (Excel) whatever the format. Inputs over [`MAX_INPUT_BYTES`] are refused
//! before they are read whole. Workbook sheets are read in [`super::xlsx`].

use std::fmt;
use std::io::Read;
use std::path::Path;

use super::ImportError;
use crate::catalog::{Problem, sanitize};

/// Inputs larger than this (files, or a workbook's unpacked sheets) are refused.
pub const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// Problems found while importing, in reading order: `FILE:LINE:COL: what is wrong`.
/// Every message is sanitised, since it may quote the input.
#[derive(Debug, Default)]
pub(crate) struct Warnings(Vec<Problem>);

impl Warnings {
    /// A problem at a line and column of a file.
    pub(crate) fn at(
        &mut self,
        file: &str,
        (line, col): (usize, usize),
        message: impl fmt::Display,
    ) {
        self.push(file, Some((line, col)), message);
    }

    /// A problem with a whole file.
    pub(crate) fn file(&mut self, file: &str, message: impl fmt::Display) {
        self.push(file, None, message);
    }

    fn push(&mut self, file: &str, position: Option<(usize, usize)>, message: impl fmt::Display) {
        let message = message.to_string();
        self.0
            .push(Problem::new(sanitize::clean(file), sanitize::clean(&message)).at(position));
    }

    /// Where the warnings of the next file start.
    pub(crate) fn mark(&self) -> usize {
        self.0.len()
    }

    /// Puts the warnings since `mark` (one file's, found in passes) in position order.
    pub(crate) fn settle(&mut self, mark: usize) {
        self.0[mark..].sort_by_key(|p| p.position.unwrap_or((0, 0)));
    }

    pub(crate) fn into_problems(self) -> Vec<Problem> {
        self.0
    }
}

/// One data row: trimmed cells and where each one starts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Row {
    pub(super) cells: Vec<String>,
    /// (line, column) of each cell, 1-based.
    pub(super) positions: Vec<(u32, u32)>,
}

impl Row {
    /// The trimmed text of cell `col`; empty past the end.
    pub(crate) fn get(&self, col: usize) -> &str {
        self.cells.get(col).map_or("", |c| c.trim())
    }

    /// Where cell `col` starts (the row's start when past the end).
    pub(crate) fn position(&self, col: usize) -> (usize, usize) {
        let (line, col) = self
            .positions
            .get(col)
            .or(self.positions.first())
            .copied()
            .unwrap_or((0, 0));
        (line as usize, col as usize)
    }

    /// The line (or sheet row) the row starts on.
    pub(crate) fn line(&self) -> usize {
        self.position(0).0
    }
}

/// A table read whole: header names and data rows.
#[derive(Debug)]
pub(crate) struct Table {
    /// The file as shown in problems: `path` or `path!Sheet`.
    pub label: String,
    /// Lower-case, trimmed column names.
    pub(super) header: Vec<String>,
    /// Where the header is, for problems with a missing column.
    pub(super) header_at: (usize, usize),
    pub(super) rows: Vec<Row>,
}

impl Table {
    /// Reads a tab-separated text file (O*NET text edition): one header line, CRLF or LF.
    /// A row whose field count differs from the header's is reported and skipped.
    pub(crate) fn read_tsv(path: &Path, w: &mut Warnings) -> Result<Table, ImportError> {
        let label = path.display().to_string();
        let text = decode(&label, read_capped(path)?, w);
        Ok(Table::from_tsv(label, &text, w))
    }

    pub(crate) fn from_tsv(label: String, text: &str, w: &mut Warnings) -> Table {
        let mut lines = text.split('\n').enumerate();
        let mut table = Table {
            label,
            header: Vec::new(),
            header_at: (1, 1),
            rows: Vec::new(),
        };
        for (i, line) in lines.by_ref() {
            let line = line.strip_suffix('\r').unwrap_or(line);
            let line = if i == 0 {
                line.trim_start_matches('\u{feff}')
            } else {
                line
            };
            if !line.trim().is_empty() {
                table.header = line.split('\t').map(|c| c.trim().to_lowercase()).collect();
                table.header_at = (i + 1, 1);
                break;
            }
        }
        for (i, line) in lines {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.trim().is_empty() {
                continue;
            }
            let mut cells = Vec::new();
            let mut positions = Vec::new();
            let mut col = 1u32;
            for cell in line.split('\t') {
                positions.push((i as u32 + 1, col));
                col += cell.chars().count() as u32 + 1;
                cells.push(cell.to_string());
            }
            if cells.len() != table.header.len() {
                w.at(
                    &table.label,
                    (i + 1, 1),
                    format!(
                        "malformed row: {} tab-separated fields, the header has {}; row skipped",
                        cells.len(),
                        table.header.len()
                    ),
                );
                continue;
            }
            table.rows.push(Row { cells, positions });
        }
        if table.header.is_empty() {
            w.file(&table.label, "empty file: no header and no rows");
        }
        table
    }

    /// Reads a CSV file (an OEWS spreadsheet saved as CSV): quoted fields, CRLF or LF, rows
    /// padded with empty cells accepted.
    pub(crate) fn read_csv(path: &Path, w: &mut Warnings) -> Result<Table, ImportError> {
        let label = path.display().to_string();
        let bytes = read_capped(path)?;
        Ok(Table::from_csv(label, &bytes, w))
    }

    pub(crate) fn from_csv(label: String, bytes: &[u8], w: &mut Warnings) -> Table {
        let lines = LineIndex::new(bytes);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes);
        let mut table = Table {
            label,
            header: Vec::new(),
            header_at: (1, 1),
            rows: Vec::new(),
        };
        let mut record = csv::ByteRecord::new();
        let mut seen_header = false;
        loop {
            match reader.read_byte_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {}
                // Reading from memory flexibly, only invalid UTF-8 could fail, and byte
                // records do not check it.
                Err(_) => continue,
            }
            // After a CRLF the csv crate places a record at the LF before it.
            let mut start = record.position().map_or(0, |p| p.byte() as usize);
            while matches!(bytes.get(start), Some(b'\r' | b'\n')) {
                start += 1;
            }
            let starts = field_starts(bytes, start, record.len());
            let cells: Vec<String> = record
                .iter()
                .map(|f| String::from_utf8_lossy(f).into_owned())
                .collect();
            if cells.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let positions: Vec<(u32, u32)> = starts
                .iter()
                .map(|&s| {
                    let (line, col) = lines.position(bytes, s);
                    (line as u32, col as u32)
                })
                .collect();
            if !seen_header {
                seen_header = true;
                table.header = cells
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let c = if i == 0 {
                            c.trim_start_matches('\u{feff}')
                        } else {
                            c
                        };
                        c.trim().to_lowercase()
                    })
                    .collect();
                table.header_at = positions
                    .first()
                    .map_or((1, 1), |&(l, c)| (l as usize, c as usize));
                continue;
            }
            let width = table.header.len();
            let padded = cells.len() > width && cells[width..].iter().all(|c| c.trim().is_empty());
            if cells.len() != width && !padded {
                let at = positions.first().map_or((0, 1), |&(l, _)| (l as usize, 1));
                w.at(
                    &table.label,
                    at,
                    format!(
                        "malformed row: {} fields, the header has {width}; row skipped",
                        cells.len()
                    ),
                );
                continue;
            }
            table.rows.push(Row { cells, positions });
        }
        if !seen_header {
            w.file(&table.label, "empty file: no header and no rows");
        }
        table
    }

    /// The position of column `name` (any case, trimmed).
    pub(crate) fn column(&self, name: &str) -> Option<usize> {
        let name = name.to_lowercase();
        self.header.iter().position(|c| *c == name)
    }

    /// The first column whose name satisfies `test` (given the lower-case name).
    pub(crate) fn column_where(&self, test: impl Fn(&str) -> bool) -> Option<usize> {
        self.header.iter().position(|c| test(c))
    }

    /// Lower-case column names.
    pub(crate) fn header(&self) -> &[String] {
        &self.header
    }

    /// Positions of the named columns; `Err` lists those that are missing.
    pub(crate) fn columns<const N: usize>(
        &self,
        names: [&str; N],
    ) -> Result<[usize; N], Vec<String>> {
        let found = names.map(|n| self.column(n));
        let missing: Vec<String> = names
            .iter()
            .zip(&found)
            .filter(|(_, f)| f.is_none())
            .map(|(n, _)| n.to_string())
            .collect();
        if missing.is_empty() {
            Ok(found.map(|f| f.unwrap_or_default()))
        } else {
            Err(missing)
        }
    }

    /// Reports missing columns at the header, naming them: "missing column "A", "B"; SUFFIX".
    pub(crate) fn report_missing(&self, missing: &[String], suffix: &str, w: &mut Warnings) {
        if !self.header.is_empty() {
            w.at(
                &self.label,
                self.header_at,
                format!("missing column {}; {suffix}", quoted(missing)),
            );
        }
    }

    pub(crate) fn has_header(&self) -> bool {
        !self.header.is_empty()
    }

    pub(crate) fn header_at(&self) -> (usize, usize) {
        self.header_at
    }

    pub(crate) fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// A problem with cell `col` of `row`.
    pub(crate) fn warn(&self, w: &mut Warnings, row: &Row, col: usize, message: impl fmt::Display) {
        w.at(&self.label, row.position(col), message);
    }

    /// Cell `col` as a finite number, or a warning naming the column; `None` then.
    pub(crate) fn number(&self, row: &Row, col: usize, w: &mut Warnings) -> Option<f64> {
        let raw = row.get(col);
        match raw.parse::<f64>() {
            Ok(v) if v.is_finite() => Some(v),
            _ => {
                let name = self.header.get(col).map_or("value", String::as_str);
                self.warn(
                    w,
                    row,
                    col,
                    format!(
                        "{} \"{raw}\" is not a number; row skipped",
                        title_case(name)
                    ),
                );
                None
            }
        }
    }
}

/// `"a", "b"`.
pub(crate) fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A lower-case header name as the files write it, for messages: "data value" → "Data Value".
fn title_case(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads a file of at most [`MAX_INPUT_BYTES`]: a device or pipe that never ends (`/dev/zero`)
/// is cut off there with an error instead of filling memory.
pub(crate) fn read_capped(path: &Path) -> Result<Vec<u8>, ImportError> {
    let read_error = |source| ImportError::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let metadata = file.metadata().map_err(read_error)?;
    if metadata.is_dir() {
        return Err(ImportError::Input {
            path: path.to_path_buf(),
            message: "is a folder, not a file".into(),
        });
    }
    let too_big = || ImportError::Input {
        path: path.to_path_buf(),
        message: format!(
            "larger than {} MiB; inputs over that are refused",
            MAX_INPUT_BYTES / (1024 * 1024)
        ),
    };
    if metadata.len() > MAX_INPUT_BYTES {
        return Err(too_big());
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    file.take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(too_big());
    }
    Ok(bytes)
}

/// Text from bytes; invalid UTF-8 is replaced, with a warning at its line.
fn decode(label: &str, bytes: Vec<u8>, w: &mut Warnings) -> String {
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..valid]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            w.at(
                label,
                (line, 1),
                "not valid UTF-8; undecodable bytes replaced",
            );
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    }
}

/// Byte offsets of the `n` fields of the CSV record starting at `start`, quote-aware.
fn field_starts(bytes: &[u8], start: usize, n: usize) -> Vec<usize> {
    let mut starts = Vec::with_capacity(n);
    starts.push(start);
    let mut quoted = false;
    let mut i = start;
    while i < bytes.len() && starts.len() < n {
        match bytes[i] {
            b'"' => quoted = !quoted,
            b',' if !quoted => starts.push(i + 1),
            b'\n' if !quoted => break,
            _ => {}
        }
        i += 1;
    }
    while starts.len() < n {
        starts.push(start);
    }
    starts
}

/// Line starts of a text, to turn byte offsets into 1-based (line, column in characters).
struct LineIndex(Vec<usize>);

impl LineIndex {
    fn new(bytes: &[u8]) -> Self {
        let mut starts = vec![0];
        starts.extend(
            bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex(starts)
    }

    fn position(&self, bytes: &[u8], offset: usize) -> (usize, usize) {
        let line = self.0.partition_point(|&s| s <= offset).max(1);
        let start = self.0[line - 1];
        let col = String::from_utf8_lossy(&bytes[start..offset.min(bytes.len()).max(start)])
            .chars()
            .count()
            + 1;
        (line, col)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(w: Warnings) -> Vec<String> {
        w.into_problems().iter().map(ToString::to_string).collect()
    }

    #[test]
    fn tsv_rows_with_positions_and_malformed_rows_reported() {
        let mut w = Warnings::default();
        let table = Table::from_tsv(
            "f.txt".into(),
            "\u{feff}A\tB\r\n1\t22\r\n\r\n3\r\n4\t5\t6\r\n7\t8",
            &mut w,
        );
        let rows: Vec<(usize, &str, (usize, usize))> = table
            .rows()
            .iter()
            .map(|r| (r.line(), r.get(1), r.position(1)))
            .collect();
        assert_eq!(rows, [(2, "22", (2, 3)), (6, "8", (6, 3))]);
        assert_eq!(table.columns(["a", "B"]), Ok([0, 1]));
        assert_eq!(table.columns(["a", "C"]), Err(vec!["C".to_string()]));
        assert_eq!(
            problems(w),
            [
                "f.txt:4:1: malformed row: 1 tab-separated fields, the header has 2; row skipped",
                "f.txt:5:1: malformed row: 3 tab-separated fields, the header has 2; row skipped",
            ]
        );
    }

    #[test]
    fn csv_positions_count_crlf_quotes_and_line_breaks() {
        let mut w = Warnings::default();
        let table = Table::from_csv(
            "t.csv".into(),
            b"A,B,C\r\n1,\"2,5\",x\r\n\"x\r\ny\",3,\r\n\r\n4,5,6,,\r\n7,8\r\n",
            &mut w,
        );
        let rows: Vec<(usize, String, (usize, usize))> = table
            .rows()
            .iter()
            .map(|r| (r.line(), r.get(1).to_string(), r.position(2)))
            .collect();
        assert_eq!(
            rows,
            [
                (2, "2,5".to_string(), (2, 9)),
                (3, "3".to_string(), (4, 6)),
                (6, "5".to_string(), (6, 5)),
            ]
        );
        assert_eq!(
            problems(w),
            ["t.csv:7:1: malformed row: 2 fields, the header has 3; row skipped"]
        );
    }

    #[test]
    fn the_size_cap_stops_endless_inputs() {
        let err = read_capped(Path::new("/dev/zero")).unwrap_err();
        assert!(err.to_string().contains("larger than 256 MiB"), "{err}");
        let dir = std::env::temp_dir();
        let err = read_capped(&dir).unwrap_err();
        assert!(err.to_string().contains("is a folder"), "{err}");
    }

    #[test]
    fn warnings_are_sanitised() {
        let mut w = Warnings::default();
        w.at("a\u{1b}]0;x\u{7}.txt", (1, 2), "bad \"\u{1b}[2J\"");
        assert_eq!(problems(w), ["a.txt:1:2: bad \"\""]);
    }
}
