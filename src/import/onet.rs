//! The O*NET database in either edition O*NET publishes: text files (tab-separated, one header
//! line with the data dictionary's column names, CRLF) or Excel workbooks (`.xlsx`, one sheet
//! named like the file). Several folders may be given: each known file is read from the first
//! folder that has it (text before Excel within a folder), and its release is taken from the
//! `Read Me.txt` beside it ("O*NET 30.1 Database" / "December 2025 Release").

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::ImportError;
use super::onet_data::OnetData;
use super::onet_files as files;
use super::table::{Table, Warnings, quoted};
use crate::catalog::Part;

/// The O*NET files the importer knows, by the name both editions give them (without extension).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OnetFile {
    OccupationData,
    TaskStatements,
    Skills,
    Knowledge,
    WorkStyles,
    TechnologySkills,
    Education,
    JobZones,
    Interests,
    RelatedOccupations,
    AlternateTitles,
    ReportedTitles,
    ContentModel,
    JobZoneReference,
}

impl OnetFile {
    /// Every file, `Occupation Data` first; the reference files last, as they describe the rest.
    pub(crate) const ALL: [OnetFile; 14] = [
        OnetFile::OccupationData,
        OnetFile::TaskStatements,
        OnetFile::Skills,
        OnetFile::Knowledge,
        OnetFile::WorkStyles,
        OnetFile::TechnologySkills,
        OnetFile::Education,
        OnetFile::JobZones,
        OnetFile::Interests,
        OnetFile::RelatedOccupations,
        OnetFile::AlternateTitles,
        OnetFile::ReportedTitles,
        OnetFile::ContentModel,
        OnetFile::JobZoneReference,
    ];

    pub(crate) fn stem(self) -> &'static str {
        match self {
            OnetFile::OccupationData => "Occupation Data",
            OnetFile::TaskStatements => "Task Statements",
            OnetFile::Skills => "Skills",
            OnetFile::Knowledge => "Knowledge",
            OnetFile::WorkStyles => "Work Styles",
            OnetFile::TechnologySkills => "Technology Skills",
            OnetFile::Education => "Education, Training, and Experience",
            OnetFile::JobZones => "Job Zones",
            OnetFile::Interests => "Interests",
            OnetFile::RelatedOccupations => "Related Occupations",
            OnetFile::AlternateTitles => "Alternate Titles",
            OnetFile::ReportedTitles => "Sample of Reported Titles",
            OnetFile::ContentModel => "Content Model Reference",
            OnetFile::JobZoneReference => "Job Zone Reference",
        }
    }

    /// The part of the catalog the file provides; reference files provide none of their own.
    pub(crate) fn part(self) -> Option<Part> {
        Some(match self {
            OnetFile::OccupationData => Part::Occupations,
            OnetFile::TaskStatements => Part::Tasks,
            OnetFile::Skills => Part::Skills,
            OnetFile::Knowledge => Part::Knowledge,
            OnetFile::WorkStyles => Part::WorkStyles,
            OnetFile::TechnologySkills => Part::Technology,
            OnetFile::Education => Part::Education,
            OnetFile::JobZones => Part::JobZones,
            OnetFile::Interests => Part::Interests,
            OnetFile::RelatedOccupations => Part::Related,
            OnetFile::AlternateTitles | OnetFile::ReportedTitles => Part::Titles,
            OnetFile::ContentModel | OnetFile::JobZoneReference => return None,
        })
    }
}

/// An O*NET release: "30.1", "December 2025".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Release {
    pub version: String,
    pub date: Option<String>,
}

/// One folder given on the command line.
struct Folder {
    path: PathBuf,
    /// File names by lower-case name, so `skills.txt` is found as `Skills.txt`.
    names: HashMap<String, String>,
    release: Option<Release>,
}

/// A known file found in a folder.
pub(crate) struct Found {
    pub path: PathBuf,
    pub excel: bool,
    pub release: Option<Release>,
}

/// Reads every known file of `dirs`; only `Occupation Data` is required. `fallback_version`
/// is the release of a folder with neither a `Read Me.txt` nor an official name.
pub(crate) fn read(
    dirs: &[PathBuf],
    fallback_version: Option<&str>,
    w: &mut Warnings,
) -> Result<OnetData, ImportError> {
    let folders = dirs
        .iter()
        .map(|dir| scan(dir, fallback_version, w))
        .collect::<Result<Vec<_>, _>>()?;
    let mut data = OnetData::default();
    let mut known: HashSet<String> = HashSet::new();
    for file in OnetFile::ALL {
        let Some(found) = find(&folders, file, w) else {
            if file == OnetFile::OccupationData {
                return Err(ImportError::NoOccupationData(
                    dirs.first().cloned().unwrap_or_default(),
                ));
            }
            data.files_absent.push(format!("{}.txt", file.stem()));
            continue;
        };
        let mark = w.mark();
        let table = if found.excel {
            Table::read_sheet(&found.path, file.stem(), w)?
        } else {
            Table::read_tsv(&found.path, w)?
        };
        let result = if file == OnetFile::OccupationData {
            let occupations = files::read_occupations(&table, w).map_err(|missing| {
                ImportError::MissingColumns {
                    file: table.label.clone(),
                    columns: quoted(&missing),
                }
            })?;
            known = occupations.iter().map(|o| o.code.clone()).collect();
            data.occupations = occupations;
            Ok(())
        } else {
            files::read(file, &table, &known, &mut data, w)
        };
        match result {
            Ok(()) => {
                let name = found
                    .path
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                data.files_read.push(name);
                if let (Some(part), Some(release)) = (file.part(), found.release) {
                    data.releases.push((part, release));
                }
            }
            Err(missing) => table.report_missing(&missing, "file skipped", w),
        }
        w.settle(mark);
    }
    Ok(data)
}

/// The folder's files and release.
fn scan(
    dir: &Path,
    fallback_version: Option<&str>,
    w: &mut Warnings,
) -> Result<Folder, ImportError> {
    if !dir.is_dir() {
        return Err(if dir.exists() {
            ImportError::NotAFolder(dir.to_path_buf())
        } else {
            ImportError::Read {
                path: dir.to_path_buf(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such folder"),
            }
        });
    }
    let read_error = |source| ImportError::Read {
        path: dir.to_path_buf(),
        source,
    };
    let mut names = HashMap::new();
    for entry in std::fs::read_dir(dir).map_err(read_error)? {
        let entry = entry.map_err(read_error)?;
        if let Ok(name) = entry.file_name().into_string() {
            names.insert(name.to_lowercase(), name);
        }
    }
    let release = match names.get("read me.txt") {
        Some(name) => {
            let path = dir.join(name);
            let text = super::table::read_capped(&path)?;
            let release = release_from_read_me(&String::from_utf8_lossy(&text));
            if release.is_none() {
                w.file(
                    &path.display().to_string(),
                    "no \"O*NET NN.N Database\" line; the release is not known",
                );
            }
            release
        }
        None => None,
    }
    .or_else(|| {
        version_from_folder_name(dir).map(|version| Release {
            version,
            date: None,
        })
    })
    .or_else(|| {
        fallback_version.map(|v| Release {
            version: v.to_string(),
            date: None,
        })
    });
    Ok(Folder {
        path: dir.to_path_buf(),
        names,
        release,
    })
}

/// The first folder with `file`, as text or Excel; later copies are named in a warning.
fn find(folders: &[Folder], file: OnetFile, w: &mut Warnings) -> Option<Found> {
    let mut found: Option<Found> = None;
    for folder in folders {
        for (extension, excel) in [("txt", false), ("xlsx", true)] {
            let key = format!("{}.{extension}", file.stem()).to_lowercase();
            let Some(name) = folder.names.get(&key) else {
                continue;
            };
            let path = folder.path.join(name);
            match &found {
                Some(first) => w.file(
                    &path.display().to_string(),
                    format!("not read: {} is read instead", first.path.display()),
                ),
                None => {
                    found = Some(Found {
                        path,
                        excel,
                        release: folder.release.clone(),
                    })
                }
            }
        }
    }
    found
}

/// `O*NET 30.1 Database` / `December 2025 Release` → 30.1, December 2025.
pub(crate) fn release_from_read_me(text: &str) -> Option<Release> {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next()?;
    let version = first
        .strip_prefix("O*NET ")?
        .strip_suffix(" Database")?
        .trim();
    let numeric = !version.is_empty()
        && version.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && version.bytes().any(|b| b.is_ascii_digit());
    if !numeric {
        return None;
    }
    let date = lines
        .next()
        .and_then(|l| l.strip_suffix(" Release"))
        .map(|d| crate::catalog::sanitize::clean(d).trim().to_string())
        .filter(|d| !d.is_empty());
    Some(Release {
        version: version.to_string(),
        date,
    })
}

/// `db_29_2_text` (the folder of the official zip) → `29.2`.
pub(crate) fn version_from_folder_name(dir: &Path) -> Option<String> {
    let name = dir.file_name()?.to_str()?;
    let rest = name.strip_prefix("db_")?;
    let mut parts = rest.split('_');
    let (major, minor) = (parts.next()?, parts.next()?);
    let numeric = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (numeric(major) && numeric(minor)).then(|| format!("{major}.{minor}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_from_the_read_me() {
        let text = "O*NET 30.1 Database\r\nDecember 2025 Release\r\n---------\r\n";
        assert_eq!(
            release_from_read_me(text),
            Some(Release {
                version: "30.1".into(),
                date: Some("December 2025".into())
            })
        );
        assert_eq!(
            release_from_read_me("O*NET 29.3 Database\n").map(|r| r.version),
            Some("29.3".into())
        );
        assert_eq!(release_from_read_me("Something else\n"), None);
        assert_eq!(release_from_read_me("O*NET x Database\n"), None);
        assert_eq!(release_from_read_me(""), None);
    }

    #[test]
    fn version_from_official_folder_name() {
        assert_eq!(
            version_from_folder_name(Path::new("/x/db_29_2_text")).as_deref(),
            Some("29.2")
        );
        assert_eq!(
            version_from_folder_name(Path::new("db_30_1_excel")).as_deref(),
            Some("30.1")
        );
        assert_eq!(version_from_folder_name(Path::new("onet")), None);
        assert_eq!(version_from_folder_name(Path::new("db_x_1_text")), None);
    }
}
