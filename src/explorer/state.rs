//! What the explorer remembers between runs: the last role and pane, the US state chosen for
//! wages, and the shortlist. Kept in the platform's data directory (or `$CAREER_EXPLORER_STATE`),
//! written atomically; a file that cannot be read is reported once and replaced, never a
//! reason not to start.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::app::{App, Focus};
use super::panes::PaneId;
use super::panes::compare::Compare;
use super::roles::SavedList;

/// Names the state file instead of the platform's data directory (tests use it).
pub const STATE_ENV: &str = "CAREER_EXPLORER_STATE";

/// A state file larger than this is not ours: it is reported and replaced.
const MAX_STATE_BYTES: u64 = 1024 * 1024;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SavedState {
    /// The role shown last, by id.
    pub role: Option<String>,
    /// The pane shown last, by id.
    pub pane: Option<String>,
    /// The US state chosen for wages, as its two-letter code.
    pub wage_state: Option<String>,
    /// Marked roles, by id.
    pub shortlist: Vec<String>,
    /// How the role list is sorted, grouped and filtered.
    pub role_list: SavedList,
    /// The roles kept as columns of Compare, by id (absent in older files: none).
    pub compare_picks: Vec<String>,
}

/// Where the state is kept: `$CAREER_EXPLORER_STATE`, else `state.ron` in the platform's data
/// directory (`~/.local/share/career-explorer` on Linux); `None` when there is no home.
pub fn path() -> Option<PathBuf> {
    match std::env::var_os(STATE_ENV) {
        Some(path) if !path.is_empty() => Some(PathBuf::from(path)),
        _ => super::config::project_dirs().map(|d| d.data_dir().join("state.ron")),
    }
}

/// The saved state, or the default with a sentence on what was wrong with the file. A missing
/// file is no problem.
pub fn load(path: &Path) -> (SavedState, Option<String>) {
    let label = path.display();
    let text = match read(path) {
        Ok(Some(text)) => text,
        Ok(None) => return (SavedState::default(), None),
        Err(reason) => {
            return (
                SavedState::default(),
                Some(format!(
                    "{label}: {reason}; starting afresh, it will be replaced"
                )),
            );
        }
    };
    match ron::from_str::<SavedState>(&text) {
        Ok(state) => (state, None),
        Err(e) => {
            let at = e.span.start;
            (
                SavedState::default(),
                Some(format!(
                    "{label}:{}:{}: {}; starting afresh, it will be replaced",
                    at.line, at.col, e.code
                )),
            )
        }
    }
}

fn read(path: &Path) -> Result<Option<String>, String> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read the saved state ({e})")),
    };
    let mut bytes = Vec::new();
    file.take(MAX_STATE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read the saved state ({e})"))?;
    if bytes.len() as u64 > MAX_STATE_BYTES {
        return Err("the saved state is too large to be ours".into());
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| "the saved state is not text".into())
}

/// Saves `state` at `path`, creating its folder; atomically (see [`write_atomically`]).
pub fn save(path: &Path, state: &SavedState) -> io::Result<()> {
    let text = ron::ser::to_string_pretty(state, ron::ser::PrettyConfig::default())
        .map_err(io::Error::other)?;
    write_atomically(path, |file| file.write_all(format!("{text}\n").as_bytes()))
}

/// Writes a file through a temporary file in the same folder, renamed over `path` once
/// complete: readers see the old file or the new one, never half of one. When `write` fails
/// the temporary file is removed and `path` is left as it was.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)?;
    let mut temporary = tempfile::Builder::new()
        .prefix(".state-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    write(temporary.as_file_mut())?;
    temporary.as_file().sync_all()?;
    temporary.persist(path).map_err(|e| e.error)?;
    Ok(())
}

impl App {
    /// What is kept across runs.
    pub fn saved_state(&self) -> SavedState {
        let catalog = self.catalog();
        SavedState {
            role: self
                .role()
                .and_then(|r| catalog.roles.get(r))
                .map(|r| r.id.clone()),
            pane: Some(self.pane.id().to_string()),
            wage_state: self.wage_state().map(str::to_string),
            shortlist: self
                .roles
                .shortlist
                .iter()
                .filter_map(|&r| catalog.roles.get(r).map(|r| r.id.clone()))
                .collect(),
            role_list: self.roles.saved(),
            compare_picks: self
                .pane_state::<Compare>()
                .map(|c| {
                    c.picks
                        .iter()
                        .filter_map(|&r| catalog.roles.get(r).map(|r| r.id.clone()))
                        .collect()
                })
                .unwrap_or_default(),
        }
    }

    /// Goes back to a saved role, pane, shortlist and arrangement of the role list; what the
    /// catalog no longer has is skipped.
    pub fn restore(&mut self, state: &SavedState) {
        let catalog = &self.shared().catalog;
        let index = |id: &String| catalog.index_of(id).filter(|&i| i < catalog.roles.len());
        let shortlist = state.shortlist.iter().filter_map(index).collect();
        let role = state.role.as_ref().and_then(index).or(self.role());
        // A state the catalogs' table lacks is forgotten; without a table (other `--data`) the
        // choice is kept for the next run that has one.
        let known = |code: &&str| {
            crate::report::states::any_table(catalog).is_none()
                || crate::report::states::by_code(catalog, code).is_some()
        };
        let wage_state = state
            .wage_state
            .as_deref()
            .filter(known)
            .map(str::to_string);
        let picks: Vec<usize> = state.compare_picks.iter().filter_map(index).collect();
        if let Some(compare) = self.pane_state_mut::<Compare>() {
            compare.picks = picks;
            compare
                .picks
                .truncate(super::panes::compare::MAX_COLUMNS - 1);
        }
        self.restore_role_list(&state.role_list, shortlist);
        self.set_wage_state(wage_state);
        let pane = state
            .pane
            .as_deref()
            .and_then(PaneId::from_id)
            .unwrap_or_default();
        if let Some(role) = role {
            self.go_to((role, pane));
        }
        self.focus = Focus::Roles;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> SavedState {
        SavedState {
            role: Some("group-manager".into()),
            pane: Some("compare".into()),
            wage_state: Some("TX".into()),
            shortlist: vec!["area-manager".into(), "group-manager".into()],
            role_list: SavedList {
                sort: Some("median_wage".into()),
                reversed: true,
                grouped: true,
                filter: "manager".into(),
                only_shortlist: false,
            },
            compare_picks: vec!["area-manager".into(), "performance-manager".into()],
        }
    }

    #[test]
    fn a_state_from_before_the_role_list_was_saved_still_loads() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.ron");
        std::fs::write(&path, "(role: Some(\"area-manager\"), shortlist: [])").unwrap();
        let (loaded, problem) = load(&path);
        assert_eq!(problem, None);
        assert_eq!(loaded.role.as_deref(), Some("area-manager"));
        assert_eq!(loaded.role_list, SavedList::default());
        assert!(loaded.compare_picks.is_empty(), "no columns kept");
    }

    #[test]
    fn saved_and_restored() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/state.ron");
        assert_eq!(load(&path), (SavedState::default(), None), "no file yet");
        save(&path, &state()).unwrap();
        assert_eq!(load(&path), (state(), None));
    }

    #[test]
    fn a_corrupt_file_is_reported_with_its_position_and_survived() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.ron");
        std::fs::write(&path, "(\n  role: Some(\"x\"),\n  shortlist: [1, 2],\n)").unwrap();
        let (loaded, problem) = load(&path);
        assert_eq!(loaded, SavedState::default());
        let problem = problem.unwrap();
        assert!(
            problem.starts_with(&format!("{}:3:", path.display())),
            "{problem}"
        );
        assert!(problem.ends_with("it will be replaced"), "{problem}");
        std::fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();
        assert!(load(&path).1.unwrap().contains("not text"));
        save(&path, &state()).unwrap();
        assert_eq!(load(&path), (state(), None), "replaced by a good file");
    }

    #[test]
    fn a_write_interrupted_halfway_leaves_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.ron");
        save(&path, &state()).unwrap();
        let before = std::fs::read(&path).unwrap();
        let result = write_atomically(&path, |file| {
            file.write_all(b"(role: Some(\"half")?;
            Err(io::Error::other("interrupted"))
        });
        assert!(result.is_err());
        assert_eq!(std::fs::read(&path).unwrap(), before);
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["state.ron"], "no temporary file left behind");
    }
}
