//! The compiled form of catalog files: parsed, cleaned and validated once, then written in
//! postcard's compact binary encoding, so that loading them is a copy instead of a parse.
//!
//! `build.rs` compiles the built-in catalogs with this very module (and the crate's own loading
//! code), and `crate::cache` keeps a user's `--data` files in this form between runs. RON stays
//! the format people write; this one is never written by hand and never read from anywhere but
//! those two places.

use serde::{Deserialize, Serialize};

use super::load::LoadedFile;
use super::model::CatalogFile;
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
            warnings: self
                .warnings
                .into_iter()
                .map(|(position, message)| Problem::new(label, message).at(position))
                .collect(),
            file: self.file,
        }
    }
}

/// The compiled bytes of `files`.
pub fn encode(files: &[CompiledFile]) -> Result<Vec<u8>, postcard::Error> {
    postcard::to_allocvec(files)
}

/// The files of [`encode`]d bytes. Corrupt bytes give an error, never a panic.
pub fn decode(bytes: &[u8]) -> Result<Vec<CompiledFile>, postcard::Error> {
    postcard::from_bytes(bytes)
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
