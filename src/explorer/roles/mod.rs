//! The role list on the left: which role is shown, the shortlist of marked roles, and how the
//! list is arranged: a type-ahead filter, sorting, grouping by occupation group, the view of
//! only the shortlist. `arrange` and `filter` hold the rules without the terminal; `draw` the
//! view.

pub mod arrange;
mod draw;
pub mod filter;
#[cfg(test)]
mod tests;

use std::collections::BTreeSet;

use ratatui::layout::Rect;
use serde::{Deserialize, Serialize};
use unicode_width::UnicodeWidthStr;

use self::arrange::{Arrangement, Match, Row, arrange};
use self::filter::{Haystacks, RoleFilter};
use super::action::Action;
use super::component::{Flow, Request};
use super::keymap::{Bind, Context, Hint, bind, hint};
use super::widgets::input::Query;
use super::widgets::list::ListState;
use crate::catalog::Catalog;

const HERE: Context = Context::RoleList;

pub const KEYS: &[Bind] = &[
    bind(HERE, Action::OpenPane, "Enter Right l", "into the pane"),
    bind(
        HERE,
        Action::FilterRoles,
        "/",
        "filter the roles as you type",
    ),
    bind(
        HERE,
        Action::SortRoles,
        "s",
        "sort: title, median wage, employment…",
    ),
    bind(HERE, Action::ReverseSort, "S", "reverse the sort"),
    bind(
        HERE,
        Action::GroupRoles,
        "t",
        "group by occupation group, or not",
    ),
    bind(
        HERE,
        Action::Export,
        "e",
        "export the marked roles to Markdown",
    ),
];

pub const HINTS: &[Hint] = &[
    hint(&[Action::OpenPane], "open"),
    hint(&[Action::FilterRoles], "filter"),
    hint(&[Action::SortRoles], "sort"),
    hint(&[Action::GroupRoles], "group"),
];

/// Offered when roles are marked: writing them out.
pub const MARKED_HINTS: &[Hint] = &[hint(&[Action::Export], "export marked")];

/// What the role list remembers between runs (in the saved state).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SavedList {
    /// The sort's name (`title`, `median_wage`, …); absent: the catalog's order.
    pub sort: Option<String>,
    pub reversed: bool,
    /// Grouped by occupation group.
    pub grouped: bool,
    /// The filter's query; empty: none.
    pub filter: String,
    /// Only the shortlist shows.
    pub only_shortlist: bool,
}

/// Where the selection goes when the role shown is no longer listed.
#[derive(Debug, Clone, Copy)]
enum Fallback {
    /// The first role (after a new filter: the best place to start reading).
    First,
    /// The role now at or after this row (after a role left the list).
    Near(usize),
}

#[derive(Debug, Clone, Default)]
pub struct RoleList {
    /// Over `rows`.
    pub list: ListState,
    /// Marked roles (indices into the catalog's roles).
    pub shortlist: BTreeSet<usize>,
    pub arrangement: Arrangement,
    pub filter: Option<RoleFilter>,
    rows: Vec<Row>,
    /// The role shown: the selected row's, or the last one when no row is left.
    shown: Option<usize>,
    /// What the filter looks in, built on the first filter.
    haystacks: Option<Haystacks>,
    /// Roles without an occupation code are marked (the catalog mixes both kinds).
    mark_apart: bool,
    /// How many roles are listed, and the widest figure shown beside them (in full and short),
    /// worked out when the rows are: drawing costs what it shows.
    listed_count: usize,
    figure_widths: (usize, usize),
}

impl RoleList {
    pub fn new(catalog: &Catalog) -> RoleList {
        let mut roles = RoleList {
            mark_apart: arrange::mixed(catalog),
            ..RoleList::default()
        };
        roles.rebuild(catalog, Fallback::First);
        roles
    }

    /// The role shown; `None` only when the catalog has no roles.
    pub fn current(&self) -> Option<usize> {
        self.shown
    }

    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// The role at list row `row`, if that row is a role.
    pub fn role_at(&self, row: usize) -> Option<usize> {
        match self.rows.get(row) {
            Some(Row::Role(role)) => Some(*role),
            _ => None,
        }
    }

    fn row_of(&self, role: usize) -> Option<usize> {
        self.rows.iter().position(|r| *r == Row::Role(role))
    }

    /// The roles listed now, in order.
    pub fn listed(&self) -> impl Iterator<Item = usize> + '_ {
        self.rows.iter().filter_map(|r| match r {
            Row::Role(role) => Some(*role),
            _ => None,
        })
    }

    pub fn only_shortlist(&self) -> bool {
        self.arrangement.only_shortlist
    }

    /// The filter's keys apply: it is being typed.
    pub fn typing(&self) -> Option<Context> {
        self.filter
            .as_ref()
            .filter(|f| f.editing)
            .map(|_| Context::Filter)
    }

    /// The list loses the focus: typing stops, the filter stays.
    pub fn blur(&mut self) {
        if let Some(filter) = &mut self.filter {
            filter.editing = false;
        }
    }

    /// Lays the rows out again for the arrangement and the filter, keeping the role shown
    /// selected (in the middle of the view) when it is still listed.
    fn rebuild(&mut self, catalog: &Catalog, fallback: Fallback) {
        let filter = self.filter.as_ref();
        let shortlist = &self.shortlist;
        let only_shortlist = self.arrangement.only_shortlist;
        self.rows = arrange(catalog, &self.arrangement, |i| {
            let kept =
                (!only_shortlist || shortlist.contains(&i)) && filter.is_none_or(|f| f.keeps(i));
            let by_title = filter.is_none_or(|f| f.by_title(i));
            kept.then_some(if by_title {
                Match::Title
            } else {
                Match::OtherName
            })
        });
        self.list.set_len(self.rows.len());
        self.measure(catalog);
        if let Some(row) = self.shown.and_then(|r| self.row_of(r)) {
            self.list.reveal(row);
            return;
        }
        let role_rows = || (0..self.rows.len()).filter(|&r| self.role_at(r).is_some());
        let row = match fallback {
            Fallback::First => role_rows().next(),
            Fallback::Near(row) => role_rows()
                .find(|&r| r >= row)
                .or_else(|| role_rows().next_back()),
        };
        if matches!(fallback, Fallback::First) || row.is_none() {
            self.list.rewind();
        }
        // With nothing listed, the role shown stays and the list says nothing matches.
        if let Some(row) = row {
            self.list.select(row);
            self.shown = self.role_at(row);
        }
        self.show_heading();
    }

    fn measure(&mut self, catalog: &Catalog) {
        self.listed_count = self.listed().count();
        let Some((value, unit)) = self.arrangement.figure() else {
            self.figure_widths = (0, 0);
            return;
        };
        // The widest figure is the largest or the most negative one: two are formatted, not all.
        let (low, high) = self
            .listed()
            .filter_map(|r| value(&catalog.roles[r]))
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(low, high), v| {
                (low.min(v), high.max(v))
            });
        let width = |compact| {
            [low, high]
                .into_iter()
                .filter(|v| v.is_finite())
                .map(|v| unit.format(v, compact).width())
                .max()
                .unwrap_or(0)
        };
        self.figure_widths = (width(false), width(true));
    }

    /// A section's first role shows its heading too, when the rows above it scrolled away.
    fn show_heading(&mut self) {
        let selected = self.list.selected;
        if selected > 0
            && self.list.offset == selected
            && self.list.height() > 1
            && matches!(self.rows.get(selected - 1), Some(Row::Heading { .. }))
        {
            self.list.offset -= 1;
        }
    }

    /// Selects list row `row` when it is a role.
    fn select_row(&mut self, row: usize) -> bool {
        let Some(role) = self.role_at(row) else {
            return false;
        };
        let changed = self.list.select(row);
        self.shown = Some(role);
        self.show_heading();
        changed
    }

    /// Moves the selection by `by` rows, over headings to the next role that way (or, at an
    /// end, the nearest role back).
    fn move_by(&mut self, by: isize) -> bool {
        if self.rows.is_empty() {
            return false;
        }
        let last = self.rows.len() as isize - 1;
        let target = (self.list.selected as isize)
            .saturating_add(by)
            .clamp(0, last) as usize;
        let forward = by >= 0;
        let ahead = |r: &usize| self.role_at(*r).is_some();
        let row = if forward {
            (target..self.rows.len())
                .find(ahead)
                .or_else(|| (0..target).rev().find(ahead))
        } else {
            (0..=target)
                .rev()
                .find(ahead)
                .or_else(|| (target..self.rows.len()).find(ahead))
        };
        match row {
            Some(row) => {
                let before = (self.list.selected, self.list.offset);
                self.select_row(row);
                // At the top, the heading above the first role shows.
                if !forward && row > target {
                    self.list.offset = 0;
                }
                (self.list.selected, self.list.offset) != before
            }
            None => false,
        }
    }

    /// Selects `role` in the middle of the view, as after a jump; a filter or the shortlist
    /// view that hides it is lifted.
    pub fn reveal_role(&mut self, role: usize, catalog: &Catalog) {
        if self.row_of(role).is_none() {
            self.filter = None;
            self.arrangement.only_shortlist = false;
            self.shown = Some(role);
            self.rebuild(catalog, Fallback::First);
        }
        if let Some(row) = self.row_of(role) {
            self.list.reveal(row);
            self.shown = Some(role);
        }
    }

    fn refilter(&mut self, catalog: &Catalog) {
        if let Some(filter) = &mut self.filter {
            let haystacks = self
                .haystacks
                .get_or_insert_with(|| Haystacks::new(catalog));
            filter.refresh(haystacks);
        }
        self.rebuild(catalog, Fallback::First);
    }

    fn clear_filter(&mut self, catalog: &Catalog) -> bool {
        let had = self.filter.take().is_some();
        self.rebuild(catalog, Fallback::First);
        had
    }

    pub fn update(&mut self, action: &Action, catalog: &Catalog) -> Flow {
        // The mouse and the shortlist work whether or not the filter is being typed.
        match action {
            Action::SelectRole(row) => {
                self.blur();
                return Flow::Done(self.select_row(*row));
            }
            // The wheel moves the selection, as arrows do; the list follows.
            Action::ScrollRoles(by) => return Flow::Done(self.move_by(*by as isize)),
            Action::ToggleShortlist => return self.toggle_mark(catalog),
            Action::ShowShortlist => return self.toggle_shortlist_view(catalog),
            _ => {}
        }
        if self.typing().is_some() {
            return self.update_typing(action, catalog);
        }
        match action {
            Action::FilterRoles => {
                let query = self.filter.take().map(|f| f.query).unwrap_or_default();
                self.filter = Some(RoleFilter::typing(query));
                self.refilter(catalog);
                Flow::CHANGED
            }
            Action::Back if self.filter.is_some() => Flow::Done(self.clear_filter(catalog)),
            Action::SortRoles => {
                self.arrangement.next_sort();
                self.rebuild(catalog, Fallback::First);
                Flow::CHANGED
            }
            Action::ReverseSort => {
                self.arrangement.reversed = !self.arrangement.reversed;
                self.rebuild(catalog, Fallback::First);
                Flow::CHANGED
            }
            Action::GroupRoles => {
                self.arrangement.grouped = !self.arrangement.grouped;
                self.rebuild(catalog, Fallback::First);
                Flow::CHANGED
            }
            Action::Export => Flow::Request(Request::Notice(self.export(catalog))),
            action => match action.movement(self.list.page()) {
                Some(by) => Flow::Done(self.move_by(by)),
                None => Flow::Pass,
            },
        }
    }

    /// Keys while the filter is being typed.
    fn update_typing(&mut self, action: &Action, catalog: &Catalog) -> Flow {
        let Some(filter) = &mut self.filter else {
            return Flow::Pass;
        };
        let edited = match action {
            Action::Insert(text) => filter.query.insert(text),
            Action::DeleteBack => filter.query.delete_back(),
            Action::ClearQuery => filter.query.clear(),
            Action::Confirm => {
                if filter.query.is_blank() {
                    self.clear_filter(catalog);
                } else {
                    filter.editing = false;
                }
                return Flow::CHANGED;
            }
            Action::Back => {
                self.clear_filter(catalog);
                return Flow::CHANGED;
            }
            Action::MoveUp => return Flow::Done(self.move_by(-1)),
            Action::MoveDown => return Flow::Done(self.move_by(1)),
            // Nothing else while typing (quitting is handled before the list is asked).
            _ => return Flow::UNCHANGED,
        };
        if edited {
            self.refilter(catalog);
        }
        Flow::Done(edited)
    }

    fn toggle_mark(&mut self, catalog: &Catalog) -> Flow {
        let Some(role) = self.shown else {
            return Flow::UNCHANGED;
        };
        if !self.shortlist.remove(&role) {
            self.shortlist.insert(role);
        } else if self.only_shortlist() {
            // Unmarked while only the shortlist shows: it leaves the list, the next takes its
            // place.
            if self.shortlist.is_empty() {
                self.arrangement.only_shortlist = false;
                self.rebuild(catalog, Fallback::First);
            } else {
                let row = self.list.selected;
                self.shown = None;
                self.rebuild(catalog, Fallback::Near(row));
                if self.shown.is_none() {
                    self.shown = Some(role);
                }
            }
        }
        Flow::CHANGED
    }

    /// Writes the shortlist to a Markdown file, the marked roles in catalog order;
    /// the message for the footer.
    fn export(&self, catalog: &Catalog) -> String {
        if self.shortlist.is_empty() {
            return "The shortlist is empty: mark roles first".into();
        }
        let roles: Vec<usize> = self.shortlist.iter().copied().collect();
        let markdown = crate::report::markdown::shortlist(catalog, &roles);
        crate::explorer::export::write("shortlist", "", &markdown)
    }

    fn toggle_shortlist_view(&mut self, catalog: &Catalog) -> Flow {
        if self.only_shortlist() {
            self.arrangement.only_shortlist = false;
        } else if self.shortlist.is_empty() {
            return Flow::Request(Request::Notice(
                "The shortlist is empty: mark roles first".into(),
            ));
        } else {
            self.arrangement.only_shortlist = true;
        }
        self.rebuild(catalog, Fallback::First);
        Flow::CHANGED
    }

    /// The rows that show at once (from the layout: the list's inside).
    pub fn layout(&mut self, area: Rect) {
        self.list.set_height(area.height.saturating_sub(2) as usize);
        self.show_heading();
    }

    /// What is remembered between runs.
    pub fn saved(&self) -> SavedList {
        let sort = self.arrangement.sort();
        SavedList {
            sort: (self.arrangement.sort != 0).then(|| sort.id.to_string()),
            reversed: self.arrangement.reversed,
            grouped: self.arrangement.grouped,
            filter: self
                .filter
                .as_ref()
                .map(|f| f.query.as_str().to_string())
                .unwrap_or_default(),
            only_shortlist: self.arrangement.only_shortlist,
        }
    }

    /// Arranges the list as saved, with the marked roles `shortlist`; a sort this version does
    /// not know is the catalog's order.
    pub fn restore(&mut self, saved: &SavedList, shortlist: BTreeSet<usize>, catalog: &Catalog) {
        self.shortlist = shortlist;
        self.arrangement = Arrangement {
            sort: saved
                .sort
                .as_deref()
                .and_then(Arrangement::sort_named)
                .unwrap_or(0),
            reversed: saved.reversed,
            grouped: saved.grouped,
            only_shortlist: saved.only_shortlist && !self.shortlist.is_empty(),
        };
        let query = Query::new(&saved.filter);
        self.filter = (!query.is_blank()).then(|| {
            let mut filter = RoleFilter::typing(query);
            filter.editing = false;
            filter
        });
        self.refilter(catalog);
    }
}
