//! A problem found in a catalog, reported as `FILE:LINE:COLUMN: what is wrong`.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file (or `embedded:NAME`) the problem is in.
    pub file: String,
    /// 1-based line and column, when known.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl Problem {
    pub fn new(file: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            file: file.into(),
            position: None,
            message: message.into(),
        }
    }

    pub fn at(mut self, position: Option<(usize, usize)>) -> Self {
        self.position = position;
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, col)) => write!(f, "{}:{line}:{col}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Everything wrong with the catalogs that were asked for; never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    pub problems: Vec<Problem>,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CatalogError {}

impl From<Problem> for CatalogError {
    fn from(problem: Problem) -> Self {
        CatalogError {
            problems: vec![problem],
        }
    }
}

/// Finds where things are in a catalog's source text, for semantic problems that
/// serde cannot place. Best effort: `None` when the text cannot be found.
pub struct Locator<'a> {
    text: &'a str,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Self {
        Locator { text }
    }

    /// Byte offset of the first `needle` at or after `from`.
    pub fn find(&self, needle: &str, from: usize) -> Option<usize> {
        self.text.get(from..)?.find(needle).map(|i| i + from)
    }

    /// Byte offset of the `n`th (0-based) `needle` at or after `from`.
    pub fn find_nth(&self, needle: &str, from: usize, n: usize) -> Option<usize> {
        let mut at = self.find(needle, from)?;
        for _ in 0..n {
            at = self.find(needle, at + needle.len())?;
        }
        Some(at)
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let before = &self.text[..offset.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }
}
