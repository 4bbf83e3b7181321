//! The wages by state of a loaded catalog file, decoded on first use: the largest table of the
//! built-in catalogs (about 45,000 figures), which the first frame does not show.

use std::fmt;
use std::ops::Deref;
use std::sync::{Arc, OnceLock};

use super::compiled;
use super::model::StateWageTable;

/// A file's wages by state (`Origin::state_wages`): reads as the `Option<StateWageTable>` it
/// holds (`origin.state_wages.as_ref()`), decoded from the compiled bytes the first time it is
/// read. Compiled bytes are checked when written (built-in catalogs at build time, cached ones
/// by their checksum), so they decode; were they corrupt all the same, the table reads as absent.
#[derive(Clone)]
pub struct LazyStateWages {
    table: OnceLock<Option<StateWageTable>>,
    packed: Option<Packed>,
}

#[derive(Clone)]
enum Packed {
    /// In the binary (the built-in catalogs).
    Static(&'static [u8]),
    /// A copy of a cached file's bytes.
    Shared(Arc<[u8]>),
}

impl LazyStateWages {
    /// The table in compiled bytes built into the binary.
    pub(crate) fn from_static(bytes: &'static [u8]) -> LazyStateWages {
        LazyStateWages {
            table: OnceLock::new(),
            packed: Some(Packed::Static(bytes)),
        }
    }

    /// The table in compiled bytes of a cached file (copied: the rest of them is dropped).
    pub(crate) fn from_bytes(bytes: &[u8]) -> LazyStateWages {
        LazyStateWages {
            table: OnceLock::new(),
            packed: Some(Packed::Shared(Arc::from(bytes))),
        }
    }

    /// Whether the table was decoded already (tests and benchmarks).
    pub fn is_decoded(&self) -> bool {
        self.table.get().is_some()
    }
}

impl From<Option<StateWageTable>> for LazyStateWages {
    fn from(table: Option<StateWageTable>) -> LazyStateWages {
        LazyStateWages {
            table: OnceLock::from(table),
            packed: None,
        }
    }
}

impl Deref for LazyStateWages {
    type Target = Option<StateWageTable>;

    fn deref(&self) -> &Option<StateWageTable> {
        self.table.get_or_init(|| {
            let bytes = match self.packed.as_ref()? {
                Packed::Static(bytes) => *bytes,
                Packed::Shared(bytes) => &bytes[..],
            };
            compiled::decode_state_wages(bytes).ok()
        })
    }
}

impl PartialEq for LazyStateWages {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl fmt::Debug for LazyStateWages {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    #[test]
    fn built_in_wages_by_state_are_decoded_on_first_use() {
        let catalog = Catalog::embedded().unwrap();
        let origin = &catalog.origins[1];
        assert!(!origin.state_wages.is_decoded());
        let table = origin
            .state_wages
            .as_ref()
            .expect("the US catalog has wages by state");
        assert!(origin.state_wages.is_decoded());
        assert!(table.occupations.len() > 500, "{}", table.occupations.len());
        let nurses = table
            .figures("29-1141", "CA")
            .expect("Registered Nurses in California");
        assert!(nurses.median.is_some_and(|m| m > 50_000), "{nurses:?}");
        // The seed catalog has none: absent, not an empty table.
        assert!(catalog.origins[0].state_wages.is_none());
    }

    #[test]
    fn corrupt_bytes_read_as_no_table() {
        let lazy = LazyStateWages::from_bytes(&[0xff, 0xff, 0xff]);
        assert!(lazy.is_none());
    }
}
