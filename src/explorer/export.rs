//! Writing what a pane shows to a Markdown file (Compare, Next moves, the shortlist): one name
//! rule and one place, the folder the explorer was started in (or `$CAREER_EXPLORER_EXPORT_DIR`),
//! written atomically so an export never leaves half a file.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Names the folder exports go to instead of the current one (tests use it).
pub const EXPORT_DIR_ENV: &str = "CAREER_EXPLORER_EXPORT_DIR";

/// The folder exports go to.
pub fn folder() -> PathBuf {
    std::env::var_os(EXPORT_DIR_ENV)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The file name for an export of `kind` ("compare", "moves", "shortlist") about `subject`
/// (role ids, say): `career-explorer-<kind>-<subject>.md`, with anything but ASCII letters,
/// digits, `-` and `.` turned into `-` and the subject cut to 80 characters.
pub fn file_name(kind: &str, subject: &str) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .take(80)
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect::<String>()
            .trim_matches(|c| c == '-' || c == '.')
            .to_string()
    };
    let subject = clean(subject);
    if subject.is_empty() {
        format!("career-explorer-{}.md", clean(kind))
    } else {
        format!("career-explorer-{}-{subject}.md", clean(kind))
    }
}

/// Writes `markdown` to `file_name(kind, subject)` in `dir`, atomically, replacing an earlier
/// export of the same name; returns the path written.
pub fn write_in(dir: &Path, kind: &str, subject: &str, markdown: &str) -> io::Result<PathBuf> {
    let path = dir.join(file_name(kind, subject));
    super::state::write_atomically(&path, |file| file.write_all(markdown.as_bytes()))?;
    Ok(path)
}

/// [`write_in`] the export folder; the message for the footer either way.
pub fn write(kind: &str, subject: &str, markdown: &str) -> String {
    match write_in(&folder(), kind, subject, markdown) {
        Ok(path) => format!("Exported to {}", path.display()),
        Err(e) => format!("Could not export: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_safe_and_say_what_they_hold() {
        assert_eq!(
            file_name("compare", "29-1141.00+47-2111.00"),
            "career-explorer-compare-29-1141.00-47-2111.00.md"
        );
        assert_eq!(file_name("shortlist", ""), "career-explorer-shortlist.md");
        assert_eq!(
            file_name("moves", "../../etc/passwd"),
            "career-explorer-moves-etc-passwd.md"
        );
    }

    #[test]
    fn an_export_is_written_whole_and_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let first = write_in(dir.path(), "moves", "a", "# one\n").unwrap();
        let again = write_in(dir.path(), "moves", "a", "# two\n").unwrap();
        assert_eq!(first, again);
        assert_eq!(std::fs::read_to_string(&again).unwrap(), "# two\n");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file is left behind");
    }
}
