//! Reading catalog files: size limit, RON parsing with positions, sanitising, text limits,
//! validation.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Read;
use std::path::Path;

use ron::extensions::Extensions;

use super::locate::Locator;
use super::model::CatalogFile;
use super::problem::{CatalogError, Problem};
use super::texts::{self, Place, Scope};
use super::{sanitize, validate};

/// Catalog files larger than this are refused before they are read.
pub const MAX_CATALOG_BYTES: u64 = 256 * 1024 * 1024;

/// A parsed, cleaned and validated catalog file, with what was cleaned on the way.
#[derive(Debug, Clone)]
pub struct LoadedFile {
    pub label: String,
    pub file: CatalogFile,
    /// Non-fatal findings (e.g. control characters that were removed).
    pub warnings: Vec<Problem>,
}

/// RON options catalogs are read with: `Some(..)` may be left out around optional values.
fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_NEWTYPES)
}

/// Fields whose values are names written without quotes, and the names they take.
const NAMED_VALUES: &[(&str, &str)] = &[
    ("pay", "lower, similar or higher"),
    ("level", "lower, similar or higher"),
];

/// Parses catalog text. `label` names the file in problems. A leading byte-order mark is
/// skipped; every text is cleaned of control characters (with a warning) and held to its
/// length limit; then the whole file is validated.
pub fn parse_str(label: &str, text: &str) -> Result<LoadedFile, CatalogError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut file: CatalogFile = ron_options()
        .from_str(text)
        .map_err(|e| syntax_problem(label, text, &e))?;
    let mut cleaned: BTreeMap<Scope, Vec<String>> = BTreeMap::new();
    let mut oversized = Vec::new();
    texts::visit(&mut file, &mut |place: Place, text: &mut String| {
        if let Some(chars) = texts::over_limit(text, place.limit) {
            oversized.push((place, chars));
        } else if sanitize::clean_in_place(text) {
            let fields = cleaned.entry(place.scope).or_default();
            if fields.last().is_none_or(|f| *f != place.field) {
                fields.push(place.field.to_string());
            }
        }
    });
    validate::check_file(label, text, &file, &oversized)?;
    let warnings = cleaned
        .into_iter()
        .map(|(scope, fields)| {
            let fields = fields.join(", ");
            let message = match validate::scope_name(&file, scope) {
                Some(name) => {
                    format!("{name}: removed control characters or escape sequences from {fields}")
                }
                None => format!("removed control characters or escape sequences from {fields}"),
            };
            Problem::new(label, message)
        })
        .collect();
    Ok(LoadedFile {
        label: label.to_string(),
        file,
        warnings,
    })
}

/// A RON error with its position; a quoted name where a bare one belongs says which names fit.
fn syntax_problem(label: &str, text: &str, e: &ron::error::SpannedError) -> Problem {
    let start = e.span.start;
    let mut message = e.code.to_string();
    if matches!(e.code, ron::Error::ExpectedIdentifier) {
        let offset = byte_offset(text, start.line, start.col);
        let before = text[..offset].trim_end();
        let key = before.strip_suffix(':').map(|b| {
            let b = b.trim_end();
            let is_name = |c: char| c.is_ascii_alphanumeric() || c == '_';
            let start = b
                .char_indices()
                .rev()
                .find(|&(_, c)| !is_name(c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            &b[start..]
        });
        if let Some((key, names)) = key.and_then(|k| NAMED_VALUES.iter().find(|(n, _)| *n == k)) {
            message = format!("{key}: expected {names}, written without quotes");
        } else if text[offset..].starts_with('"') {
            message.push_str(" (a name, written without quotes)");
        }
    }
    Problem::new(label, message).at(Some((start.line, start.col)))
}

/// The byte offset of a 1-based line and column (in characters), clamped to the text.
fn byte_offset(text: &str, line: usize, col: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        memchr::memchr_iter(b'\n', text.as_bytes())
            .nth(line - 2)
            .map_or(text.len(), |i| i + 1)
    };
    text[line_start..]
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(text.len(), |(i, _)| line_start + i)
}

/// Reads and parses a catalog file from disk. The file name is sanitised: it is printed.
pub fn load_path(path: &Path) -> Result<LoadedFile, CatalogError> {
    parse_str(&label_of(path), &read_text(path)?)
}

/// The name problems use for a file: its path, sanitised (it is printed).
pub fn label_of(path: &Path) -> String {
    sanitize::clean(&path.display().to_string()).into_owned()
}

/// Reads a catalog file's text: refused over [`MAX_CATALOG_BYTES`], and it must be UTF-8.
pub fn read_text(path: &Path) -> Result<String, CatalogError> {
    let label = label_of(path);
    let bytes =
        read_limited(path, MAX_CATALOG_BYTES).map_err(|message| Problem::new(&label, message))?;
    Ok(String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let before = String::from_utf8_lossy(&e.as_bytes()[..valid]);
        let position = Locator::new(&before).position(valid);
        Problem::new(&label, format!("not valid UTF-8 (byte {valid})")).at(Some(position))
    })?)
}

/// Reads a file of at most `limit` bytes; the error says what went wrong in words.
fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    let file = File::open(path).map_err(|e| format!("cannot open: {}", io_reason(&e)))?;
    let metadata = file
        .metadata()
        .map_err(|e| format!("cannot read: {}", io_reason(&e)))?;
    if metadata.is_dir() {
        return Err("is a directory, not a catalog file".into());
    }
    if metadata.len() > limit {
        return Err(format!(
            "file is {} MiB; catalogs over {} MiB are refused",
            metadata.len() / (1024 * 1024),
            limit / (1024 * 1024)
        ));
    }
    // The size can change under us (a pipe, a growing file): never read past the limit.
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {}", io_reason(&e)))?;
    if bytes.len() as u64 > limit {
        return Err(format!(
            "catalogs over {} MiB are refused",
            limit / (1024 * 1024)
        ));
    }
    Ok(bytes)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_offsets_of_positions() {
        let text = "ab\ncé d\n";
        assert_eq!(byte_offset(text, 1, 1), 0);
        assert_eq!(byte_offset(text, 2, 2), 4, "é");
        assert_eq!(byte_offset(text, 2, 3), 6);
        assert_eq!(byte_offset(text, 9, 1), text.len());
    }

    #[test]
    fn a_quoted_relation_names_the_values() {
        let text = r#"CatalogFile(title: "T", roles: [Role(id: "a", title: "A"), Role(id: "b", title: "B")],
            comparisons: [Comparison(role: "a", other: "b", pay: "lower")])"#;
        let e = parse_str("q.ron", text).unwrap_err();
        assert_eq!(
            e.to_string(),
            "q.ron:2:66: pay: expected lower, similar or higher, written without quotes"
        );
    }

    #[test]
    fn a_quoted_name_after_any_character() {
        // The key is found after a character of any width, without slicing inside it.
        let text =
            "CatalogFile(title: \"T\", roles: [], comparisons: [Comparison(é\u{301}pay: \"x\")])";
        assert!(parse_str("q.ron", text).is_err());
        assert_eq!(byte_offset("é", 1, 2), 2);
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let text = "\u{feff}CatalogFile(title: \"T\", roles: [Role(id: \"a\", title: \"A\")])";
        assert_eq!(parse_str("bom.ron", text).unwrap().file.roles[0].id, "a");
    }
}
