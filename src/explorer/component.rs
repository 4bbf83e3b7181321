//! What the parts of the explorer (role list, panes, overlays) share: the read-only context
//! they work in, and how they answer an action.

use std::any::Any;
use std::cell::OnceCell;

use super::keymap::Keymap;
use super::theme::Theme;
use crate::catalog::{Catalog, Origin, Role};
use crate::search::{Item, SearchIndex};

/// What every part reads and none changes: the catalog, its search index (built on the first
/// search, so start-up does not pay for it), the theme and the keys in force.
#[derive(Debug)]
pub struct Shared {
    pub catalog: Catalog,
    index: OnceCell<SearchIndex>,
    pub theme: Theme,
    pub keymap: Keymap,
    /// The widest role title, for the role list's width (measured once).
    pub longest_title: usize,
    /// The US state or territory chosen for wages (its two-letter code), kept across runs;
    /// panes show its figures beside the national ones. Only the app changes it.
    pub wage_state: Option<String>,
    /// Skills and knowledge vectors for Next moves and the Skills matcher (built the first
    /// time one of them is shown, so start-up does not pay for it).
    moves: OnceCell<crate::moves::Space>,
}

impl Shared {
    pub fn new(catalog: Catalog) -> Shared {
        let longest_title = catalog
            .roles
            .iter()
            .map(|r| {
                unicode_width::UnicodeWidthStr::width(super::widgets::text::head(&r.title, 256))
            })
            .max()
            .unwrap_or(0);
        Shared {
            catalog,
            index: OnceCell::new(),
            theme: Theme::default(),
            keymap: Keymap::defaults(),
            longest_title,
            wage_state: None,
            moves: OnceCell::new(),
        }
    }

    /// The vectors if a pane built them already.
    pub fn built_moves(&self) -> Option<&crate::moves::Space> {
        self.moves.get()
    }

    /// The catalog's skills and knowledge vectors, built on first use.
    pub fn moves(&self) -> &crate::moves::Space {
        self.moves
            .get_or_init(|| crate::moves::Space::build(&self.catalog))
    }

    pub fn index(&self) -> &SearchIndex {
        self.index.get_or_init(|| SearchIndex::build(&self.catalog))
    }

    /// Uses `index` (of this catalog, e.g. from the cache) instead of building one.
    pub fn set_index(&mut self, index: SearchIndex) {
        self.index = OnceCell::from(index);
    }

    /// The index if a search built it already (drawing never builds it).
    pub fn built_index(&self) -> Option<&SearchIndex> {
        self.index.get()
    }
}

/// The context a pane or overlay works in: the shared parts and the role shown. There is
/// always a role: with an empty catalog no pane is asked anything.
#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    pub shared: &'a Shared,
    /// An index into `catalog.roles`, always valid.
    pub role: usize,
}

impl<'a> Ctx<'a> {
    pub fn catalog(&self) -> &'a Catalog {
        &self.shared.catalog
    }

    pub fn role(&self) -> &'a Role {
        &self.shared.catalog.roles[self.role]
    }

    pub fn origin(&self) -> &'a Origin {
        self.shared.catalog.origin_of(self.role)
    }

    pub fn theme(&self) -> Theme {
        self.shared.theme
    }

    pub fn index(&self) -> &'a SearchIndex {
        self.shared.index()
    }
}

/// How a part answered an action.
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub enum Flow {
    /// Not for this part: the next in line (the app's global actions) may take it.
    Pass,
    /// Taken; `true` when the screen changed.
    Done(bool),
    /// Taken, and the app must do more than this part can.
    Request(Request),
}

impl Flow {
    pub const CHANGED: Flow = Flow::Done(true);
    pub const UNCHANGED: Flow = Flow::Done(false);
}

/// What a part asks of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Close the overlay asking.
    Close,
    /// Open another role in the Overview, remembered for back and forward.
    OpenRole(usize),
    /// Show a search hit in its pane.
    Jump(Item),
    /// Compare the current role with this one, in Compare.
    CompareWith(usize),
    /// Say something in the footer until the next key.
    Notice(String),
    /// Show this US state's wages (a two-letter code), or the nation's only (`None`); close the
    /// overlay asking.
    SetWageState(Option<String>),
}

/// Lets callers that know a part's type (tests, mostly) reach it behind `dyn Pane` or
/// `dyn Overlay`; every part has it for free. Call it on the part, not on its `Box` (which is
/// `Any` itself): `boxed.as_ref().as_any()`.
pub trait AsAny: Any {
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

impl<T: Any> AsAny for T {
    fn as_any(&self) -> &dyn Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}
