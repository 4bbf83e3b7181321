//! Sheets of Excel workbooks (`.xlsx`, read with calamine) as [`Table`]s: problems are placed
//! as `FILE!SHEET:ROW:COL`. A workbook whose zip declares more than [`MAX_INPUT_BYTES`] unpacked
//! is refused before any sheet is unpacked.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::Path;

use calamine::{DataRef, Reader, Xlsx};

use super::ImportError;
use super::table::{MAX_INPUT_BYTES, Row, Table, Warnings, read_capped};

impl Table {
    /// Reads one sheet of an Excel workbook: the sheet named `sheet` (any case), else the first.
    /// The header is the first row with at least three cells (a title row above it is skipped).
    pub(crate) fn read_sheet(
        path: &Path,
        sheet: &str,
        w: &mut Warnings,
    ) -> Result<Table, ImportError> {
        let bytes = read_capped(path)?;
        let display = path.display().to_string();
        Table::from_xlsx(&display, bytes, sheet, w).map_err(|message| ImportError::Input {
            path: path.to_path_buf(),
            message,
        })
    }

    pub(crate) fn from_xlsx(
        display: &str,
        bytes: Vec<u8>,
        sheet: &str,
        w: &mut Warnings,
    ) -> Result<Table, String> {
        check_unpacked_size(&bytes)?;
        let mut workbook = Xlsx::new(Cursor::new(bytes))
            .map_err(|e| format!("not an Excel workbook (.xlsx): {e}"))?;
        let names = workbook.sheet_names();
        let name = names
            .iter()
            .find(|n| n.eq_ignore_ascii_case(sheet))
            .or(names.first())
            .cloned()
            .ok_or("the workbook has no sheets")?;
        // Cells are read one by one into sparse rows: a sheet whose few cells claim to span
        // A1:XFD1048576 must not become a dense grid of 17 billion cells.
        let mut sparse: BTreeMap<u32, Vec<(u32, String)>> = BTreeMap::new();
        let mut reader = workbook
            .worksheet_cells_reader(&name)
            .map_err(|e| format!("cannot read sheet \"{name}\": {e}"))?;
        while let Some(cell) = reader
            .next_cell()
            .map_err(|e| format!("cannot read sheet \"{name}\": {e}"))?
        {
            let text = cell_text(cell.get_value());
            if !text.trim().is_empty() {
                let (row, col) = cell.get_position();
                sparse.entry(row).or_default().push((col, text));
            }
        }
        let mut table = Table {
            label: format!("{display}!{name}"),
            header: Vec::new(),
            header_at: (1, 1),
            rows: Vec::new(),
        };
        // The header is the first row with three cells or more (a title row above is skipped),
        // else the first row; its columns bound every data row.
        let Some(&header_row) = sparse
            .iter()
            .find(|(_, cells)| cells.len() >= 3)
            .or(sparse.iter().next())
            .map(|(row, _)| row)
        else {
            w.file(&table.label, "empty sheet: no header and no rows");
            return Ok(table);
        };
        let header = &sparse[&header_row];
        let left = header.iter().map(|(c, _)| *c).min().unwrap_or(0);
        let right = header.iter().map(|(c, _)| *c).max().unwrap_or(0);
        let width = (right - left) as usize + 1;
        let place = |cells: &[(u32, String)]| {
            let mut row = vec![String::new(); width];
            for (col, text) in cells {
                if let Some(slot) = col.checked_sub(left).and_then(|i| row.get_mut(i as usize)) {
                    slot.clone_from(text);
                }
            }
            row
        };
        table.header = place(header)
            .iter()
            .map(|c| c.trim().to_lowercase())
            .collect();
        table.header_at = (header_row as usize + 1, left as usize + 1);
        for (&row, cells) in sparse.range(header_row.saturating_add(1)..) {
            let line = row.saturating_add(1);
            let positions = (0..width)
                .map(|j| (line, left.saturating_add(j as u32 + 1)))
                .collect();
            table.rows.push(Row {
                cells: place(cells),
                positions,
            });
        }
        Ok(table)
    }
}
/// A workbook's sheets unpack to at most [`MAX_INPUT_BYTES`], by the sizes its zip declares.
fn check_unpacked_size(bytes: &[u8]) -> Result<(), String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("not an Excel workbook (.xlsx): {e}"))?;
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let entry = archive
            .by_index_raw(i)
            .map_err(|e| format!("not an Excel workbook (.xlsx): {e}"))?;
        total = total.saturating_add(entry.size());
    }
    if total > MAX_INPUT_BYTES {
        return Err(format!(
            "unpacks to {} MiB; workbooks over {} MiB unpacked are refused",
            total / (1024 * 1024),
            MAX_INPUT_BYTES / (1024 * 1024)
        ));
    }
    Ok(())
}

/// A spreadsheet cell as the text a CSV export would hold: `4.12`, `8`, `Y`.
fn cell_text(cell: &DataRef<'_>) -> String {
    match cell {
        DataRef::Empty => String::new(),
        DataRef::SharedString(s) => s.to_string(),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        DataRef::Float(f) => f.to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        DataRef::DateTime(d) => d.as_f64().to_string(),
        DataRef::Error(e) => format!("#{e:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreadsheet_cells_as_text() {
        assert_eq!(cell_text(&DataRef::Float(4.12)), "4.12");
        assert_eq!(cell_text(&DataRef::Float(8.0)), "8");
        assert_eq!(cell_text(&DataRef::Float(-0.6)), "-0.6");
        assert_eq!(cell_text(&DataRef::Int(3)), "3");
        assert_eq!(cell_text(&DataRef::SharedString("Y")), "Y");
        assert_eq!(cell_text(&DataRef::Empty), "");
    }

    /// A minimal workbook with one sheet holding `cells` (reference, text).
    fn workbook(cells: &[(&str, &str)]) -> Vec<u8> {
        use std::io::Write;
        let sheet: String = cells
            .iter()
            .map(|(r, v)| {
                format!("<row><c r=\"{r}\" t=\"inlineStr\"><is><t>{v}</t></is></c></row>")
            })
            .collect();
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        let members = [
            (
                "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>".to_string(),
            ),
            (
                "_rels/.rels",
                format!(
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
                ),
            ),
            (
                "xl/workbook.xml",
                format!(
                    "<workbook xmlns=\"{main}\" xmlns:r=\"{rel}\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
                ),
            ),
            (
                "xl/_rels/workbook.xml.rels",
                format!(
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{rel}/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"
                ),
            ),
            (
                "xl/worksheets/sheet1.xml",
                format!("<worksheet xmlns=\"{main}\"><sheetData>{sheet}</sheetData></worksheet>"),
            ),
        ];
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for (name, text) in members {
            zip.start_file(name, options).unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn cells_far_apart_or_with_absurd_references_cost_only_what_they_hold() {
        // A1 and XFD1048576: a dense grid would be 17 billion cells; the header bounds the rows.
        let bytes = workbook(&[
            ("A1", "a"),
            ("B1", "b"),
            ("C1", "c"),
            ("B2", "x"),
            ("XFD1048576", "far"),
        ]);
        let mut w = Warnings::default();
        let table = Table::from_xlsx("t.xlsx", bytes, "S", &mut w).unwrap();
        assert_eq!(table.header(), ["a", "b", "c"]);
        let rows: Vec<(usize, &str)> = table.rows().iter().map(|r| (r.line(), r.get(1))).collect();
        assert_eq!(rows, [(2, "x"), (1_048_576, "")]);
        // References that overflow calamine's arithmetic do not bring the import down.
        let bytes = workbook(&[("ZZZZZZZZZZ1", "a"), ("A99999999999", "b")]);
        let _ = Table::from_xlsx("t.xlsx", bytes, "S", &mut w);
    }
}
