//! Reading catalog files: size limit, RON parsing with positions, sanitising, validation.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use ron::extensions::Extensions;

use super::model::CatalogFile;
use super::problem::{CatalogError, Locator, Problem};
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

/// Parses catalog text. `label` names the file in problems.
pub fn parse_str(label: &str, text: &str) -> Result<LoadedFile, CatalogError> {
    let mut file: CatalogFile = ron_options().from_str(text).map_err(|e| {
        let start = e.span.start;
        Problem::new(label, e.code.to_string()).at(Some((start.line, start.col)))
    })?;
    let warnings = sanitize::clean_catalog(&mut file)
        .into_iter()
        .map(|place| {
            Problem::new(
                label,
                format!("{place}: removed control characters or escape sequences"),
            )
        })
        .collect();
    validate::check_file(label, text, &file)?;
    Ok(LoadedFile {
        label: label.to_string(),
        file,
        warnings,
    })
}

/// Reads and parses a catalog file from disk.
pub fn load_path(path: &Path) -> Result<LoadedFile, CatalogError> {
    parse_str(&path.display().to_string(), &read_text(path)?)
}

/// Reads a catalog file's text: refused over [`MAX_CATALOG_BYTES`], and it must be UTF-8.
pub fn read_text(path: &Path) -> Result<String, CatalogError> {
    let label = path.display().to_string();
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
