//! The compiled form of catalog files: parsed, cleaned and validated once, then written in
//! postcard's compact binary encoding, so that loading them is a copy instead of a parse. Each
//! file's roles are written in pieces that decode independently (on every core, see
//! [`Unpacked::decode_roles`]), and its wages by state apart, left compiled until first read
//! (`crate::catalog::LazyStateWages`).
//!
//! `build.rs` compiles the built-in catalogs with this very module (and the crate's own loading
//! code), and `crate::cache` keeps a user's `--data` files in this form between runs. RON stays
//! the format people write; this one is never written by hand and never read from anywhere but
//! those two places.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::load::LoadedFile;
use super::model::{CatalogFile, Role, StateWageTable};
use super::problem::Problem;

/// One catalog file as it was loaded: every field of the model is written, in order, without
/// names (so the model must never skip a field when serialising for this form; see `model.rs`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompiledFile {
    /// The name problems use for the file: `embedded:NAME`, or the path it was loaded from.
    pub label: String,
    pub file: CatalogFile,
    /// What loading had to clean, as (line and column, message).
    pub warnings: Vec<(Option<(usize, usize)>, String)>,
}

impl CompiledFile {
    pub fn new(loaded: &LoadedFile) -> CompiledFile {
        CompiledFile {
            label: loaded.label.clone(),
            file: loaded.file.clone(),
            warnings: loaded
                .warnings
                .iter()
                .map(|w| (w.position, w.message.clone()))
                .collect(),
        }
    }

    /// The loaded file, its problems named by `label` (the path it is loaded from this time).
    pub fn into_loaded(self, label: &str) -> LoadedFile {
        LoadedFile {
            label: label.to_string(),
            warnings: relabel(self.warnings, label),
            file: self.file,
        }
    }
}

/// Warnings as problems of the file named `label`.
fn relabel(warnings: Vec<(Option<(usize, usize)>, String)>, label: &str) -> Vec<Problem> {
    warnings
        .into_iter()
        .map(|(position, message)| Problem::new(label, message).at(position))
        .collect()
}

/// How many pieces a file's roles are written in: each decodes on its own, so loading spreads
/// them over the cores (see [`Unpacked::decode_roles`]). A few per core keeps the cores evenly busy.
const ROLE_CHUNKS: usize = 32;
/// Fewer roles than this per piece are not worth a piece of their own.
const MIN_CHUNK_ROLES: usize = 8;

/// The bytes as written: per file, what loading needs before any role (label, warnings, the
/// file without its roles and wages by state), then the roles in independently decodable
/// pieces, then the wages by state, kept as bytes until first use.
#[derive(Serialize, Deserialize)]
struct PackedFile<'a> {
    label: String,
    warnings: Vec<(Option<(usize, usize)>, String)>,
    header: CatalogFile,
    #[serde(borrow)]
    roles: Vec<Bytes<'a>>,
    #[serde(borrow)]
    state_wages: Option<Bytes<'a>>,
}

/// Bytes written as such (a length, then the bytes) and read without a copy.
struct Bytes<'a>(&'a [u8]);

impl Serialize for Bytes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(self.0)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Bytes<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        <&'a [u8]>::deserialize(deserializer).map(Bytes)
    }
}

/// The compiled bytes of `files`.
pub fn encode(files: &[CompiledFile]) -> Result<Vec<u8>, postcard::Error> {
    let mut owned = Vec::with_capacity(files.len());
    for compiled in files {
        let file = &compiled.file;
        let per_chunk = file.roles.len().div_ceil(ROLE_CHUNKS).max(MIN_CHUNK_ROLES);
        let chunks = file
            .roles
            .chunks(per_chunk)
            .map(postcard::to_allocvec)
            .collect::<Result<Vec<_>, _>>()?;
        let state_wages = file
            .state_wages
            .as_ref()
            .map(postcard::to_allocvec)
            .transpose()?;
        let header = CatalogFile {
            roles: Vec::new(),
            state_wages: None,
            ..file.clone()
        };
        owned.push((compiled, header, chunks, state_wages));
    }
    let packed: Vec<PackedFile> = owned
        .iter()
        .map(|(compiled, header, chunks, state_wages)| PackedFile {
            label: compiled.label.clone(),
            warnings: compiled.warnings.clone(),
            header: header.clone(),
            roles: chunks.iter().map(|c| Bytes(c)).collect(),
            state_wages: state_wages.as_deref().map(Bytes),
        })
        .collect();
    postcard::to_allocvec(&packed)
}

/// One piece of a file's roles, decoded.
type Decoded = Result<Vec<Role>, postcard::Error>;

/// One file of [`encode`]d bytes, its roles and wages by state not decoded yet.
pub struct Unpacked<'a> {
    pub label: String,
    pub warnings: Vec<(Option<(usize, usize)>, String)>,
    /// The file without its roles and its wages by state.
    pub header: CatalogFile,
    roles: Vec<&'a [u8]>,
    /// The wages by state, for [`decode_state_wages`].
    pub state_wages: Option<&'a [u8]>,
}

impl Unpacked<'_> {
    /// The file's roles, decoded on up to `threads` threads (this one among them), in order.
    pub fn decode_roles(&self, threads: usize) -> Result<Vec<Role>, postcard::Error> {
        let chunks = &self.roles;
        let threads = threads.clamp(1, chunks.len().max(1));
        let decoded: Vec<Mutex<Option<Decoded>>> =
            chunks.iter().map(|_| Mutex::new(None)).collect();
        let next = AtomicUsize::new(0);
        let work = || {
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(chunk) = chunks.get(i) else { break };
                let roles = postcard::from_bytes::<Vec<Role>>(chunk);
                *decoded[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(roles);
            }
        };
        std::thread::scope(|scope| {
            for _ in 1..threads {
                scope.spawn(work);
            }
            work();
        });
        let mut roles = Vec::new();
        for slot in decoded {
            let chunk = slot.into_inner().unwrap_or_else(|e| e.into_inner());
            // Every piece was taken by some thread; a missing one would be a bug, not bad bytes.
            let chunk = chunk.unwrap_or(Err(postcard::Error::DeserializeUnexpectedEnd))?;
            if roles.is_empty() {
                roles = chunk;
            } else {
                roles.extend(chunk);
            }
        }
        Ok(roles)
    }

    /// The whole file, roles and wages by state decoded (on this thread).
    pub fn into_compiled(self) -> Result<CompiledFile, postcard::Error> {
        let roles = self.decode_roles(1)?;
        let state_wages = self.state_wages.map(decode_state_wages).transpose()?;
        Ok(CompiledFile {
            label: self.label,
            warnings: self.warnings,
            file: CatalogFile {
                roles,
                state_wages,
                ..self.header
            },
        })
    }

    /// The warnings as problems of the file named `label`.
    pub fn problems(&self, label: &str) -> Vec<Problem> {
        relabel(self.warnings.clone(), label)
    }
}

/// The files of [`encode`]d bytes, roles and wages by state left as bytes. Corrupt bytes give
/// an error, never a panic.
pub fn unpack(bytes: &[u8]) -> Result<Vec<Unpacked<'_>>, postcard::Error> {
    let packed: Vec<PackedFile> = postcard::from_bytes(bytes)?;
    Ok(packed
        .into_iter()
        .map(|p| Unpacked {
            label: p.label,
            warnings: p.warnings,
            header: p.header,
            roles: p.roles.into_iter().map(|b| b.0).collect(),
            state_wages: p.state_wages.map(|b| b.0),
        })
        .collect())
}

/// A file's wages by state, from the bytes [`unpack`] left them in.
pub fn decode_state_wages(bytes: &[u8]) -> Result<StateWageTable, postcard::Error> {
    postcard::from_bytes(bytes)
}

/// The files of [`encode`]d bytes, wholly decoded. Corrupt bytes give an error, never a panic.
pub fn decode(bytes: &[u8]) -> Result<Vec<CompiledFile>, postcard::Error> {
    unpack(bytes)?
        .into_iter()
        .map(Unpacked::into_compiled)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Catalog, parse_str};

    /// The assets as RON, in the order `build.rs` compiles them.
    const ASSETS: &[(&str, &str)] = &[
        ("roles.ron", include_str!("../../assets/roles.ron")),
        (
            "us-occupations.ron",
            include_str!("../../assets/us-occupations.ron"),
        ),
    ];

    /// The compiled built-in catalogs are exactly what parsing the RON assets gives today: had
    /// an asset or the loading code changed without `build.rs` rerunning, this would fail.
    #[test]
    fn compiled_catalogs_are_the_ron_assets() {
        let compiled = decode(super::super::EMBEDDED).expect("the compiled catalogs decode");
        assert_eq!(compiled.len(), ASSETS.len());
        for ((name, text), compiled) in ASSETS.iter().zip(compiled) {
            let label = format!("embedded:{name}");
            let parsed = parse_str(&label, text).expect("the asset is valid");
            assert_eq!(compiled, CompiledFile::new(&parsed), "{name}");
        }
        let catalog = Catalog::embedded().unwrap();
        assert_eq!(catalog.origins[0].label, "embedded:roles.ron");
        assert_eq!(catalog.origins[1].label, "embedded:us-occupations.ron");
    }

    /// The roles are written in pieces; decoded on one thread or several, they are the same
    /// roles in the same order, and the wages by state decode from their own bytes.
    #[test]
    fn roles_in_pieces_decode_alike_on_any_number_of_threads() {
        let files = unpack(super::super::EMBEDDED).unwrap();
        let us = &files[1];
        assert!(us.roles.len() > 8, "{} pieces", us.roles.len());
        let one = us.decode_roles(1).unwrap();
        assert_eq!(one.len(), 1016);
        for threads in [2, 3, 64] {
            assert_eq!(us.decode_roles(threads).unwrap(), one, "{threads} threads");
        }
        let table = decode_state_wages(us.state_wages.unwrap()).unwrap();
        assert!(!table.occupations.is_empty());
        assert!(files[0].state_wages.is_none());
        // A catalog of fewer roles than a piece holds is one piece.
        assert_eq!(files[0].roles.len(), 1);
    }

    #[test]
    fn every_included_source_reruns_the_build() {
        let build = include_str!("../../build.rs");
        for line in build.lines().map(str::trim) {
            if let Some(path) = line.strip_prefix("#[path = \"") {
                let path = path.trim_end_matches("\"]");
                assert!(
                    build.contains(&format!("    \"{path}\",")),
                    "{path} is included by build.rs but not in INCLUDED"
                );
                // A folder module brings its submodules (tests aside): those count too.
                if let Some(folder) = path.strip_suffix("/mod.rs") {
                    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
                    for entry in std::fs::read_dir(root.join(folder)).unwrap() {
                        let name = entry.unwrap().file_name().into_string().unwrap();
                        if name.ends_with(".rs") && name != "tests.rs" {
                            let file = format!("{folder}/{name}");
                            assert!(
                                build.contains(&format!("    \"{file}\",")),
                                "{file} is compiled into build.rs but not in INCLUDED"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn warnings_survive_the_round_trip_under_the_new_label() {
        let text = "CatalogFile(title: \"T\", roles: [Role(id: \"a\", title: \"A\\u{7}\")])";
        let loaded = parse_str("first.ron", text).unwrap();
        assert_eq!(loaded.warnings.len(), 1);
        let bytes = encode(&[CompiledFile::new(&loaded)]).unwrap();
        let back = decode(&bytes).unwrap().remove(0).into_loaded("second.ron");
        assert_eq!(back.file, loaded.file);
        assert_eq!(back.warnings[0].file, "second.ron");
        assert_eq!(back.warnings[0].message, loaded.warnings[0].message);
        assert_eq!(back.warnings[0].position, loaded.warnings[0].position);
    }

    #[test]
    fn corrupt_bytes_are_an_error() {
        let loaded = parse_str("x.ron", ASSETS[0].1).unwrap();
        let bytes = encode(&[CompiledFile::new(&loaded)]).unwrap();
        for cut in [0, 1, bytes.len() / 2, bytes.len() - 1] {
            assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }
}
