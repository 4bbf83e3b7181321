//! The role list on the left: which role is shown, the shortlist of marked roles, and the
//! view of only those.

use std::collections::BTreeSet;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Borders};

use super::action::Action;
use super::component::{Flow, Request};
use super::keymap::{Bind, Context, Hint, bind, hint};
use super::theme::Theme;
use super::widgets::list::{self, ARROW, ListState};
use super::widgets::scrollbar;
use super::widgets::text::truncate;
use crate::catalog::Catalog;

pub const KEYS: &[Bind] = &[bind(
    Context::RoleList,
    Action::OpenPane,
    "Enter Right l",
    "into the pane",
)];

pub const HINTS: &[Hint] = &[hint(&[Action::OpenPane], "open")];

/// Before a marked role's title.
const MARK: &str = "★ ";

#[derive(Debug, Clone, Default)]
pub struct RoleList {
    /// Over `rows` when only the shortlist shows, else over every role.
    pub list: ListState,
    /// Marked roles (indices into the catalog's roles).
    pub shortlist: BTreeSet<usize>,
    /// The roles listed when only the shortlist shows.
    rows: Option<Vec<usize>>,
}

impl RoleList {
    pub fn new(roles: usize) -> RoleList {
        RoleList {
            list: ListState::new(roles),
            ..RoleList::default()
        }
    }

    /// The role at list row `row`.
    fn role_at(&self, row: usize) -> Option<usize> {
        match &self.rows {
            Some(rows) => rows.get(row).copied(),
            None => (row < self.list.len()).then_some(row),
        }
    }

    /// The role shown; `None` only when the catalog has no roles.
    pub fn current(&self) -> Option<usize> {
        self.role_at(self.list.selected)
    }

    pub fn only_shortlist(&self) -> bool {
        self.rows.is_some()
    }

    /// Selects `role`, showing every role again when it is not on the shortlist shown.
    pub fn select_role(&mut self, role: usize, catalog: &Catalog) -> bool {
        if let Some(rows) = &self.rows {
            match rows.iter().position(|&r| r == role) {
                Some(row) => return self.list.select(row),
                None => self.show_all(catalog),
            }
        }
        self.list.select(role)
    }

    /// Selects `role` with the roles before it showing too, as after a jump.
    pub fn reveal_role(&mut self, role: usize, catalog: &Catalog) {
        self.select_role(role, catalog);
        let row = self.list.selected;
        self.list.reveal(row);
    }

    fn show_all(&mut self, catalog: &Catalog) {
        let role = self.current();
        self.rows = None;
        self.list.set_len(catalog.roles.len());
        if let Some(role) = role {
            self.list.reveal(role);
        }
    }

    fn show_shortlist(&mut self) {
        let role = self.current();
        let rows: Vec<usize> = self.shortlist.iter().copied().collect();
        let row = role
            .and_then(|r| rows.iter().position(|&x| x == r))
            .unwrap_or(0);
        self.list = ListState::new(rows.len());
        self.rows = Some(rows);
        self.list.reveal(row);
    }

    pub fn update(&mut self, action: &Action, catalog: &Catalog) -> Flow {
        match action {
            Action::SelectRole(row) => match self.role_at(*row) {
                Some(_) => Flow::Done(self.list.select(*row)),
                None => Flow::UNCHANGED,
            },
            // The wheel moves the selection, as arrows do; the list follows.
            Action::ScrollRoles(by) => Flow::Done(self.list.move_by(*by as isize)),
            Action::ToggleShortlist => {
                let Some(role) = self.current() else {
                    return Flow::UNCHANGED;
                };
                if !self.shortlist.remove(&role) {
                    self.shortlist.insert(role);
                } else if self.only_shortlist() {
                    // Unmarked while only the shortlist shows: it leaves the list.
                    if self.shortlist.is_empty() {
                        self.show_all(catalog);
                    } else {
                        let row = self.list.selected;
                        self.show_shortlist();
                        self.list.select(row);
                    }
                }
                Flow::CHANGED
            }
            Action::ShowShortlist => {
                if self.only_shortlist() {
                    self.show_all(catalog);
                } else if self.shortlist.is_empty() {
                    return Flow::Request(Request::Notice(
                        "The shortlist is empty: mark roles first".into(),
                    ));
                } else {
                    self.show_shortlist();
                }
                Flow::CHANGED
            }
            action => match action.movement(self.list.page()) {
                Some(by) => Flow::Done(self.list.move_by(by)),
                None => Flow::Pass,
            },
        }
    }

    /// The rows that show at once (from the layout: the list's inside).
    pub fn layout(&mut self, area: Rect) {
        self.list.set_height(area.height.saturating_sub(2) as usize);
    }

    /// Draws the list in `area` (with its border); returns the inside, where rows are.
    pub fn draw(
        &self,
        frame: &mut Frame,
        area: Rect,
        catalog: &Catalog,
        focused: bool,
        theme: Theme,
    ) -> Rect {
        let title = match &self.rows {
            Some(rows) => format!(" Shortlist ({} of {}) ", rows.len(), catalog.roles.len()),
            None => format!(" Roles ({}) ", catalog.roles.len()),
        };
        let block = Block::new()
            .borders(Borders::ALL)
            .border_type(BorderType::Rounded)
            .border_style(theme.border(focused))
            .title(title);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let width = inner.width.saturating_sub(2) as usize;
        list::draw(frame, inner, &self.list, ARROW, focused, theme, |row, _| {
            let Some(role) = self
                .role_at(row)
                .and_then(|r| catalog.roles.get(r).map(|x| (r, x)))
            else {
                return Line::default();
            };
            let (index, role) = role;
            if self.shortlist.contains(&index) {
                Line::from(format!(
                    "{MARK}{}",
                    truncate(&role.title, width.saturating_sub(2))
                ))
            } else {
                Line::from(truncate(&role.title, width))
            }
        });
        // On the right border, like a scroll thumb on the frame.
        let track = Rect {
            y: area.y + 1,
            height: area.height.saturating_sub(2),
            ..area
        };
        scrollbar(frame, track, self.list.len(), self.list.offset, theme);
        inner
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explorer::testing::seed;

    #[test]
    fn the_shortlist_marks_roles_and_can_be_shown_alone() {
        let app = seed();
        let catalog = &app.shared().catalog;
        let mut roles = RoleList::new(5);
        roles.layout(Rect::new(0, 0, 30, 12));
        assert!(matches!(
            roles.update(&Action::ShowShortlist, catalog),
            Flow::Request(Request::Notice(_))
        ));
        let _ = roles.update(&Action::ToggleShortlist, catalog);
        let _ = roles.update(&Action::MoveToBottom, catalog);
        let _ = roles.update(&Action::ToggleShortlist, catalog);
        assert_eq!(roles.shortlist, BTreeSet::from([0, 4]));
        let _ = roles.update(&Action::ShowShortlist, catalog);
        assert!(roles.only_shortlist());
        assert_eq!(roles.list.len(), 2);
        assert_eq!(roles.current(), Some(4), "the role shown stays selected");
        let _ = roles.update(&Action::MoveUp, catalog);
        assert_eq!(roles.current(), Some(0));
        // Unmarking a role while only the shortlist shows takes it off the list.
        let _ = roles.update(&Action::ToggleShortlist, catalog);
        assert_eq!(roles.list.len(), 1);
        assert_eq!(roles.current(), Some(4));
        // Selecting a role not on the shortlist shows every role again.
        roles.select_role(2, catalog);
        assert!(!roles.only_shortlist());
        assert_eq!(roles.current(), Some(2));
    }

    #[test]
    fn clicks_and_the_wheel_select_rows() {
        let app = seed();
        let catalog = &app.shared().catalog;
        let mut roles = RoleList::new(5);
        roles.layout(Rect::new(0, 0, 30, 12));
        let _ = roles.update(&Action::SelectRole(3), catalog);
        assert_eq!(roles.current(), Some(3));
        assert_eq!(
            roles.update(&Action::SelectRole(99), catalog),
            Flow::UNCHANGED
        );
        let _ = roles.update(&Action::ScrollRoles(3), catalog);
        assert_eq!(roles.current(), Some(4), "clamped to the last role");
    }
}
