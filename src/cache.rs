//! A user's `--data` catalogs, kept compiled between runs: the first run parses and validates
//! the RON as always, then writes the catalog (in the form `build.rs` gives the built-in ones)
//! and its search index to the platform's cache folder; a later run over the same text loads
//! them without parsing.
//!
//! An entry is keyed by the content of the files (in order) and the format of this build, so
//! an edited file or another version of the program never reads a stale entry. Entries are
//! written atomically and carry a checksum: a damaged one is ignored and written again. A cache
//! that cannot be written (a read-only home, a full disk) costs speed, never a failure.

use std::fs::{self, File};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use xxhash_rust::xxh3::{Xxh3, xxh3_128};

use crate::catalog::compiled::{self, CompiledFile};
use crate::catalog::{Catalog, CatalogError, Problem, label_of, parse_str, read_text};
use crate::search::SearchIndex;

/// The layout of this build's compiled and cached forms (see `build.rs`).
const FORMAT: &str = env!("CAREER_EXPLORER_FORMAT");
const MAGIC: &[u8; 8] = b"CEXCACHE";
/// Magic, format fingerprint (32 hex digits), catalog length (8 bytes), then a checksum of each
/// section (16 bytes each): the catalog and the search index, so that either is read alone.
const HEADER: usize = 8 + 32 + 8 + 16 + 16;
/// Entries kept; older ones are removed when a new one is written.
const KEEP: usize = 8;
/// Set to a folder to keep the cache there instead, or to an empty value to keep none.
pub const CACHE_ENV: &str = "CAREER_EXPLORER_CACHE";

/// Where entries live, if anywhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cache {
    dir: Option<PathBuf>,
}

/// Catalog files read, and what a run wants of them.
pub struct Loaded {
    pub catalog: Catalog,
    /// The search index, when it came from the cache or had to be built for it.
    pub index: Option<SearchIndex>,
}

impl Cache {
    /// The platform's cache folder (`$XDG_CACHE_HOME/career-explorer` on Linux), or the one
    /// [`CACHE_ENV`] names.
    pub fn from_env() -> Cache {
        let dir = match std::env::var_os(CACHE_ENV) {
            Some(dir) if dir.is_empty() => None,
            Some(dir) => Some(PathBuf::from(dir)),
            None => directories::ProjectDirs::from("", "", "career-explorer")
                .map(|dirs| dirs.cache_dir().to_path_buf()),
        };
        Cache { dir }
    }

    /// A cache in `dir` (tests).
    pub fn at(dir: impl Into<PathBuf>) -> Cache {
        Cache {
            dir: Some(dir.into()),
        }
    }

    /// No cache: every run parses.
    pub fn none() -> Cache {
        Cache { dir: None }
    }

    /// The catalog of `paths`, or the built-in catalogs when there are none.
    pub fn catalog(&self, paths: &[PathBuf]) -> Result<Catalog, CatalogError> {
        Ok(self.load(paths, false)?.catalog)
    }

    /// The catalog of `paths` (or the built-in ones) with its search index.
    pub fn catalog_and_index(
        &self,
        paths: &[PathBuf],
    ) -> Result<(Catalog, SearchIndex), CatalogError> {
        let loaded = self.load(paths, true)?;
        let index = match loaded.index {
            Some(index) => index,
            None => SearchIndex::build(&loaded.catalog),
        };
        Ok((loaded.catalog, index))
    }

    /// The search index of `paths` alone, when the cache has it: no catalog is read.
    pub fn index(&self, paths: &[PathBuf]) -> Result<Option<SearchIndex>, CatalogError> {
        if paths.is_empty() {
            return Ok(None);
        }
        let Some(key) = key(paths) else {
            return Ok(None);
        };
        Ok(self.read(&key, Section::Index).and_then(|b| index_of(&b)))
    }

    /// The catalog of `paths` (or the built-in ones), and with `want_index` its search index
    /// when the cache has it or it had to be built to fill the cache (the built-in catalogs'
    /// is built on first use instead).
    pub fn load(&self, paths: &[PathBuf], want_index: bool) -> Result<Loaded, CatalogError> {
        if paths.is_empty() {
            return Ok(Loaded {
                catalog: Catalog::embedded()?,
                index: None,
            });
        }
        if let Some(key) = key(paths) {
            let catalog = self.read(&key, Section::Catalog);
            if let Some(catalog) = catalog.and_then(|bytes| catalog_of(&bytes, paths)) {
                let index = want_index
                    .then(|| self.read(&key, Section::Index).and_then(|b| index_of(&b)))
                    .flatten();
                if !want_index || index.is_some() {
                    return Ok(Loaded { catalog, index });
                }
            }
        }
        let texts = read_all(paths)?;
        let mut files = Vec::with_capacity(paths.len());
        let mut problems = Vec::new();
        for (path, text) in paths.iter().zip(&texts) {
            match parse_str(&label_of(path), text) {
                Ok(file) => files.push(file),
                Err(e) => problems.extend(e.problems),
            }
        }
        if !problems.is_empty() {
            return Err(CatalogError { problems });
        }
        let compiled: Vec<CompiledFile> = files.iter().map(CompiledFile::new).collect();
        let catalog = Catalog::from_loaded(files)?;
        let index = SearchIndex::build(&catalog);
        // Keyed by the text just parsed: a file may have changed since it was hashed.
        self.write(&text_key(&texts), &compiled, &index);
        Ok(Loaded {
            catalog,
            index: want_index.then_some(index),
        })
    }

    fn path(&self, key: &str) -> Option<PathBuf> {
        self.dir.as_ref().map(|dir| dir.join(format!("{key}.bin")))
    }

    /// One section of an entry, if the entry is there and of this format, and the section whole.
    fn read(&self, key: &str, section: Section) -> Option<Vec<u8>> {
        let mut file = File::open(self.path(key)?).ok()?;
        let mut header = [0u8; HEADER];
        file.read_exact(&mut header).ok()?;
        if header[..8] != *MAGIC || header[8..40] != *FORMAT.as_bytes() {
            return None;
        }
        let catalog_len = u64::from_le_bytes(header[40..48].try_into().ok()?);
        let total = file.metadata().ok()?.len();
        let (sum_at, start, len) = match section {
            Section::Catalog => (48, HEADER as u64, catalog_len),
            Section::Index => {
                let start = (HEADER as u64).checked_add(catalog_len)?;
                (64, start, total.checked_sub(start)?)
            }
        };
        let checksum = u128::from_le_bytes(header[sum_at..sum_at + 16].try_into().ok()?);
        if start.checked_add(len)? > total {
            return None;
        }
        file.seek(SeekFrom::Start(start)).ok()?;
        let mut bytes = vec![0u8; usize::try_from(len).ok()?];
        file.read_exact(&mut bytes).ok()?;
        (xxh3_128(&bytes) == checksum).then_some(bytes)
    }

    /// Writes an entry atomically (a temporary file in the same folder, then a rename), then
    /// removes the oldest entries past [`KEEP`]. Failures are ignored: the cache only saves time.
    fn write(&self, key: &str, files: &[CompiledFile], index: &SearchIndex) {
        let (Some(dir), Some(path)) = (self.dir.as_ref(), self.path(key)) else {
            return;
        };
        let (Ok(catalog), Ok(index)) = (compiled::encode(files), index.to_bytes()) else {
            return;
        };
        let written = (|| -> std::io::Result<()> {
            fs::create_dir_all(dir)?;
            let mut file = tempfile::NamedTempFile::new_in(dir)?;
            file.write_all(MAGIC)?;
            file.write_all(FORMAT.as_bytes())?;
            file.write_all(&(catalog.len() as u64).to_le_bytes())?;
            file.write_all(&xxh3_128(&catalog).to_le_bytes())?;
            file.write_all(&xxh3_128(&index).to_le_bytes())?;
            file.write_all(&catalog)?;
            file.write_all(&index)?;
            file.persist(&path).map_err(|e| e.error)?;
            Ok(())
        })();
        if written.is_ok() {
            prune(dir);
        }
    }
}

/// The two parts of an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Catalog,
    Index,
}

/// Reads every file, reporting every one that cannot be read.
fn read_all(paths: &[PathBuf]) -> Result<Vec<String>, CatalogError> {
    let mut texts = Vec::with_capacity(paths.len());
    let mut problems: Vec<Problem> = Vec::new();
    for path in paths {
        match read_text(path) {
            Ok(text) => texts.push(text),
            Err(e) => problems.extend(e.problems),
        }
    }
    if problems.is_empty() {
        Ok(texts)
    } else {
        Err(CatalogError { problems })
    }
}

/// The entry name of these files' contents in this format, as hex. The bytes are hashed as
/// they are read, through a small buffer: looking an entry up copies no large file. `None`
/// when a file cannot be read (loading then says why).
fn key(paths: &[PathBuf]) -> Option<String> {
    let mut buffer = vec![0u8; 1 << 18];
    let mut hashes = Vec::with_capacity(16 * paths.len());
    for path in paths {
        let mut file = File::open(path).ok()?;
        let mut hasher = Xxh3::new();
        loop {
            match file.read(&mut buffer) {
                Ok(0) => break,
                Ok(n) => hasher.update(&buffer[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => return None,
            }
        }
        hashes.extend_from_slice(&hasher.digest128().to_le_bytes());
    }
    Some(combine(&hashes))
}

/// [`key`] of texts already read.
fn text_key(texts: &[String]) -> String {
    let hashes: Vec<u8> = texts
        .iter()
        .flat_map(|t| xxh3_128(t.as_bytes()).to_le_bytes())
        .collect();
    combine(&hashes)
}

fn combine(hashes: &[u8]) -> String {
    let mut all = FORMAT.as_bytes().to_vec();
    all.extend_from_slice(hashes);
    format!("{:032x}", xxh3_128(&all))
}

/// The catalog of an entry, its files named by `paths` this time.
fn catalog_of(section: &[u8], paths: &[PathBuf]) -> Option<Catalog> {
    let labels: Vec<String> = paths.iter().map(|path| label_of(path)).collect();
    Catalog::from_compiled_copy(section, Some(&labels))
        .ok()?
        .ok()
}

/// The search index of an entry, if it is sound.
fn index_of(section: &[u8]) -> Option<SearchIndex> {
    SearchIndex::from_bytes(section)
}

/// Removes all but the [`KEEP`] most recently written entries.
fn prune(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "bin"))
        .filter_map(|p| Some((fs::metadata(&p).ok()?.modified().ok()?, p)))
        .collect();
    found.sort_by_key(|entry| std::cmp::Reverse(entry.0));
    for (_, path) in found.into_iter().skip(KEEP) {
        let _ = fs::remove_file(path);
    }
}

#[cfg(test)]
mod tests;
