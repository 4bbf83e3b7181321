//! The explorer's state, and where actions go: an open overlay first, then the focused part
//! (role list or pane), then the global actions here. `update` is a plain function, tested
//! without a terminal; it says whether the screen changed, and only then is it drawn.

use ratatui::layout::Rect;

use super::action::Action;
use super::component::{Ctx, Flow, Request, Shared};
use super::frame::FrameLayout;
use super::history::History;
use super::key::Key;
use super::keymap::{Context, Hint, Hints, Keymap};
use super::overlays::Overlay;
use super::overlays::help::Help;
use super::overlays::palette::{Palette, Purpose};
use super::panes::{Pane, PaneId};
use super::roles::RoleList;
use super::theme::Theme;
use crate::catalog::Catalog;
use crate::search::{Item, Kind, SearchIndex};

use Context::{Always, Everywhere};

mod keys;
pub mod occupations;

pub use keys::{ESSENTIAL_HINTS, KEYS, pane_keys};
use keys::{GLOBAL_HINTS, PANE_HINTS};

/// Where keys go: the role list or the pane's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    Roles,
    Pane,
}

pub struct App {
    shared: Shared,
    pub roles: RoleList,
    /// One of each pane, in `PaneId::ALL` order.
    panes: Vec<Box<dyn Pane>>,
    pub pane: PaneId,
    pub focus: Focus,
    overlay: Option<Box<dyn Overlay>>,
    history: History,
    /// A message in the footer until the next action.
    pub notice: Option<String>,
    pub should_quit: bool,
    /// Set by Ctrl-Z; the terminal loop suspends and clears it.
    pub suspend: bool,
    /// Where the frame's parts were laid out last.
    pub(super) frame: FrameLayout,
    /// The role the panes were last reset for: a jump resets them itself, then reveals its
    /// target, which a second reset would lose.
    panes_role: Option<usize>,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("role", &self.role())
            .field("pane", &self.pane)
            .field("focus", &self.focus)
            .finish_non_exhaustive()
    }
}

impl App {
    pub fn new(catalog: Catalog) -> App {
        let shared = Shared::new(catalog);
        let mut app = App {
            roles: RoleList::new(&shared.catalog),
            shared,
            panes: PaneId::ALL.iter().map(|p| p.build()).collect(),
            pane: PaneId::default(),
            focus: Focus::Roles,
            overlay: None,
            history: History::default(),
            notice: None,
            should_quit: false,
            suspend: false,
            frame: FrameLayout::default(),
            panes_role: None,
        };
        app.role_changed();
        app
    }

    /// Opens on `role` (an index) in `pane`, with the pane focused unless it is the first.
    pub fn open(mut self, role: usize, pane: PaneId) -> App {
        self.go_to((role, pane));
        self.focus = if pane == PaneId::default() {
            Focus::Roles
        } else {
            Focus::Pane
        };
        self
    }

    /// Searches `index` (this catalog's, e.g. from the cache) instead of building one.
    pub fn set_search_index(&mut self, index: SearchIndex) {
        self.shared.set_index(index);
    }

    pub fn set_theme(&mut self, theme: Theme) {
        self.shared.theme = theme;
        self.relayout();
    }

    pub fn set_keymap(&mut self, keymap: Keymap) {
        self.shared.keymap = keymap;
        self.relayout();
    }

    /// The US state or territory chosen for wages, as its two-letter code.
    pub fn wage_state(&self) -> Option<&str> {
        self.shared.wage_state.as_deref()
    }

    pub fn set_wage_state(&mut self, state: Option<String>) {
        self.shared.wage_state = state;
    }

    pub fn shared(&self) -> &Shared {
        &self.shared
    }

    pub fn catalog(&self) -> &Catalog {
        &self.shared.catalog
    }

    /// The role shown (an index into the catalog's roles); `None` when there are no roles.
    pub fn role(&self) -> Option<usize> {
        self.roles.current()
    }

    /// The context panes and overlays work in; `None` when the catalog has no roles.
    pub fn ctx(&self) -> Option<Ctx<'_>> {
        let role = self
            .role()
            .filter(|&r| r < self.shared.catalog.roles.len())?;
        Some(Ctx {
            shared: &self.shared,
            role,
        })
    }

    /// The pane of type `T`, for tests and callers that know which pane they want.
    pub fn pane_state<T: Pane>(&self) -> Option<&T> {
        self.panes
            .iter()
            .find_map(|p| p.as_ref().as_any().downcast_ref::<T>())
    }

    /// The pane of type `T`, to change it from outside (the saved state restores what panes
    /// keep; the saved skills profile at start).
    pub fn pane_state_mut<T: Pane>(&mut self) -> Option<&mut T> {
        self.panes
            .iter_mut()
            .find_map(|p| p.as_mut().as_any_mut().downcast_mut::<T>())
    }

    pub fn overlay_state<T: Overlay>(&self) -> Option<&T> {
        self.overlay.as_deref()?.as_any().downcast_ref::<T>()
    }

    pub fn has_overlay(&self) -> bool {
        self.overlay.is_some()
    }

    pub(super) fn current_pane(&self) -> &dyn Pane {
        self.panes[self.pane.index()].as_ref()
    }

    pub(super) fn overlay(&self) -> Option<&dyn Overlay> {
        self.overlay.as_deref()
    }

    /// The contexts whose keys apply now, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        if let Some(overlay) = &self.overlay {
            return vec![overlay.context(), Always];
        }
        if self.focus == Focus::Pane {
            let pane = self.current_pane();
            if let Some(typing) = pane.typing() {
                return vec![typing, Always];
            }
            return vec![
                Context::Pane(self.pane),
                Context::AnyPane,
                Everywhere,
                Always,
            ];
        }
        if let Some(typing) = self.roles.typing() {
            return vec![typing, Always];
        }
        vec![Context::RoleList, Everywhere, Always]
    }

    /// Whether plain characters are text now (a filter or the palette being typed into).
    pub fn wants_text(&self) -> bool {
        match &self.overlay {
            Some(overlay) => overlay.wants_text(),
            None => match self.focus {
                Focus::Pane => self.current_pane().typing().is_some(),
                Focus::Roles => self.roles.typing().is_some(),
            },
        }
    }

    /// The action `key` asks for now: the bindings in force, then text input.
    pub fn key_action(&self, key: Key) -> Option<Action> {
        self.shared
            .keymap
            .action_for(&self.contexts(), key)
            .or_else(|| {
                let c = key.typed_char().filter(|_| self.wants_text())?;
                Some(Action::Insert(c.to_string()))
            })
    }

    /// The footer's hints now: the part's own first, then the global ones; the essentials last.
    pub fn hints(&self) -> (Hints, Hints) {
        let contexts = self.contexts();
        let mut wanted: Vec<Hint> = Vec::new();
        match (&self.overlay, self.focus) {
            (Some(overlay), _) => wanted.extend_from_slice(overlay.hints()),
            (None, Focus::Pane) => {
                let pane = self.current_pane();
                wanted.extend_from_slice(pane.hints());
                if pane.typing().is_none() {
                    wanted.extend_from_slice(PANE_HINTS);
                    wanted.extend_from_slice(GLOBAL_HINTS);
                }
            }
            (None, Focus::Roles) if self.roles.typing().is_some() => {
                wanted.extend_from_slice(super::widgets::input::TYPING_HINTS);
            }
            (None, Focus::Roles) => {
                wanted.extend_from_slice(super::roles::HINTS);
                if !self.roles.shortlist.is_empty() {
                    wanted.extend_from_slice(super::roles::MARKED_HINTS);
                }
                wanted.extend_from_slice(GLOBAL_HINTS);
                // The pane shown beside the list offers its keys that work from here too (the
                // Overview's state and link keys); the others have no key here and drop out.
                wanted.extend_from_slice(self.current_pane().hints());
            }
        }
        let keymap = &self.shared.keymap;
        (
            keymap.hints(&contexts, &wanted),
            keymap.hints(&contexts, ESSENTIAL_HINTS),
        )
    }

    /// Hands the screen's size to every part before a draw: what fits, text wrapped to the
    /// width, scrolling clamped. Cheap when nothing changed.
    pub fn layout(&mut self, area: Rect) {
        self.frame = FrameLayout::new(area, self);
        self.roles.layout(self.frame.sidebar);
        let Some(role) = self.role() else {
            return;
        };
        let ctx = Ctx {
            shared: &self.shared,
            role,
        };
        self.panes[self.pane.index()].layout(self.frame.pane, &ctx);
        if let Some(overlay) = &mut self.overlay {
            overlay.layout(area, &ctx);
        }
    }

    /// Arranges the role list as saved, with the marked roles `shortlist`.
    pub(super) fn restore_role_list(
        &mut self,
        saved: &super::roles::SavedList,
        shortlist: std::collections::BTreeSet<usize>,
    ) {
        self.roles.restore(saved, shortlist, &self.shared.catalog);
    }

    /// Everything laid out must be built again (the theme or the keys changed).
    fn relayout(&mut self) {
        self.role_changed();
    }

    /// Applies one action; true when the screen must be drawn again.
    pub fn update(&mut self, action: Action) -> bool {
        let had_notice = self.notice.take().is_some();
        let before = self.role();
        let mut changed = self.route(action);
        if self.role() != before {
            if self.role() != self.panes_role {
                self.role_changed();
            }
            changed = true;
        }
        changed || had_notice
    }

    fn route(&mut self, action: Action) -> bool {
        // Quitting and suspending are nobody else's business, wherever the explorer is.
        if matches!(action, Action::Quit | Action::Suspend) {
            return self.global(action);
        }
        let Some(role) = self.role() else {
            // No roles: nothing to show but the empty state; quitting still works.
            return self.global(action);
        };
        let ctx = Ctx {
            shared: &self.shared,
            role,
        };
        if let Some(overlay) = &mut self.overlay {
            return match overlay.update(&action, &ctx) {
                Flow::Pass => false,
                Flow::Done(changed) => changed,
                Flow::Request(request) => self.request(request),
            };
        }
        let catalog = &self.shared.catalog;
        let pane = &mut self.panes[self.pane.index()];
        let flow = match &action {
            // A tab clicked while typing still switches panes.
            Action::ShowPane(_) => return self.global(action),
            // The mouse goes where it points, whatever has the focus.
            Action::SelectRole(_) => {
                self.focus = Focus::Roles;
                pane.blur();
                let _ = self.roles.update(&action, catalog);
                return true;
            }
            Action::ScrollRoles(_) | Action::ToggleShortlist | Action::ShowShortlist => {
                self.roles.update(&action, catalog)
            }
            Action::SelectRow(_) => {
                self.focus = Focus::Pane;
                self.roles.blur();
                let _ = pane.update(&action, &ctx);
                return true;
            }
            Action::ScrollPane(_) => pane.update(&action, &ctx),
            _ if self.focus == Focus::Pane => pane.update(&action, &ctx),
            _ => self.roles.update(&action, catalog),
        };
        match flow {
            Flow::Pass => self.global(action),
            Flow::Done(changed) => changed,
            Flow::Request(request) => self.request(request),
        }
    }

    /// Actions no part took.
    fn global(&mut self, action: Action) -> bool {
        let has_roles = self.ctx().is_some();
        match action {
            Action::Quit => self.should_quit = true,
            Action::Suspend => self.suspend = true,
            Action::ShowHelp if has_roles => self.overlay = Some(Box::new(Help::default())),
            Action::OpenSearch if has_roles => self.open_palette(Purpose::Jump),
            Action::PickRoleToCompare if has_roles => self.open_palette(Purpose::CompareWith),
            Action::PickWageState if has_roles => self.open_state_picker(),
            Action::OpenNearestOccupation if has_roles => self.open_nearest_occupation(),
            Action::NextPane => self.show_pane(self.pane.offset(1)),
            Action::PreviousPane => self.show_pane(self.pane.offset(-1)),
            Action::ShowPane(pane) => self.show_pane(pane),
            Action::OpenPane if has_roles => {
                self.focus = Focus::Pane;
                self.roles.blur();
            }
            Action::FocusRoles | Action::Back if self.focus == Focus::Pane => {
                self.blur_pane();
                self.focus = Focus::Roles;
            }
            Action::HistoryBack | Action::HistoryForward => {
                let Some(role) = self.role() else {
                    return false;
                };
                let now = (role, self.pane);
                let place = if action == Action::HistoryBack {
                    self.history.back(now)
                } else {
                    self.history.forward(now)
                };
                match place {
                    Some(place) => self.go_to(place),
                    None => {
                        self.notice = Some(if action == Action::HistoryBack {
                            "No role visited before this one".into()
                        } else {
                            "No role to go forward to".into()
                        });
                    }
                }
            }
            _ => return false,
        }
        true
    }

    fn request(&mut self, request: Request) -> bool {
        match request {
            Request::Close => self.overlay = None,
            Request::Notice(text) => self.notice = Some(text),
            Request::SetWageState(code) => {
                self.overlay = None;
                self.shared.wage_state = code;
            }
            Request::OpenRole(other) => {
                self.visit((other, PaneId::default()));
                self.focus = Focus::Roles;
            }
            Request::Jump(item) => {
                self.overlay = None;
                self.jump(item);
            }
            Request::CompareWith(other) => {
                self.overlay = None;
                self.show_pane(PaneId::Compare);
                if let Some(ctx) = self.ctx() {
                    let role = ctx.role;
                    let ctx = Ctx {
                        shared: &self.shared,
                        role,
                    };
                    let _ = self.panes[PaneId::Compare.index()]
                        .update(&Action::CompareWith(other), &ctx);
                }
            }
        }
        true
    }

    /// Shows a search hit in its pane, selected.
    pub fn jump(&mut self, item: Item) {
        let role = &self.shared.catalog.roles[item.role];
        let skill_rows = role.hard_skills.len() + role.soft_skills.len();
        let pane = match item.kind {
            Kind::Role | Kind::Summary => PaneId::Overview,
            Kind::Responsibility => PaneId::Responsibilities,
            // Knowledge and technology come after the hard and soft skills; no pane lists them
            // yet, so their hit opens the role.
            Kind::Skill if item.index < skill_rows => PaneId::Skills,
            Kind::Skill => PaneId::Overview,
            Kind::Comparison => PaneId::Compare,
        };
        if self.role() == Some(item.role) {
            self.show_pane(pane);
        } else {
            self.visit((item.role, pane));
        }
        if pane == PaneId::Overview {
            self.focus = Focus::Roles;
            return;
        }
        self.focus = Focus::Pane;
        let ctx = Ctx {
            shared: &self.shared,
            role: item.role,
        };
        // Laid out first, so the hit is revealed with the rows before it showing.
        let target = &mut self.panes[pane.index()];
        if self.frame.pane.area() > 0 {
            target.layout(self.frame.pane, &ctx);
        }
        let _ = target.update(&Action::Reveal(item), &ctx);
    }

    /// Goes to `place`, remembering where the explorer was for `HistoryBack`.
    fn visit(&mut self, place: (usize, PaneId)) {
        if let Some(role) = self.role() {
            if role != place.0 {
                self.history.visit((role, self.pane), place);
            }
        }
        self.go_to(place);
    }

    pub(super) fn go_to(&mut self, (role, pane): (usize, PaneId)) {
        if role < self.shared.catalog.roles.len() {
            let before = self.role();
            self.roles.reveal_role(role, &self.shared.catalog);
            if self.role() != before {
                self.role_changed();
            }
        }
        self.show_pane(pane);
    }

    fn show_pane(&mut self, pane: PaneId) {
        if pane != self.pane {
            self.blur_pane();
        }
        self.pane = pane;
        if self.ctx().is_some() {
            self.focus = Focus::Pane;
            self.roles.blur();
        }
    }

    fn blur_pane(&mut self) {
        self.panes[self.pane.index()].blur();
    }

    fn open_palette(&mut self, purpose: Purpose) {
        if let Some(ctx) = self.ctx() {
            let palette = Palette::new(purpose, &ctx);
            self.overlay = Some(Box::new(palette));
        }
    }

    /// A new role: every pane starts afresh for it.
    fn role_changed(&mut self) {
        self.panes_role = self.role();
        let Some(role) = self.role() else {
            return;
        };
        let ctx = Ctx {
            shared: &self.shared,
            role,
        };
        for pane in &mut self.panes {
            pane.reset(&ctx);
        }
        if self.frame.pane.area() > 0 {
            self.panes[self.pane.index()].layout(self.frame.pane, &ctx);
        }
    }
}
