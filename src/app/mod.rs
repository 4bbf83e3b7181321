//! The explorer's state and every change to it: `App::update(Action)` is a plain function,
//! tested without a terminal. Drawing (`ui`) only reads this state.

pub mod keys;
pub mod palette;

use crate::catalog::{Catalog, ComparisonView};
use crate::search::{Item, Kind, Scope, SearchIndex, Searcher};
use palette::{Palette, Purpose};

/// The panes, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Pane {
    #[default]
    Overview,
    Responsibilities,
    Skills,
    Compare,
}

impl Pane {
    pub const ALL: [Pane; 4] = [
        Pane::Overview,
        Pane::Responsibilities,
        Pane::Skills,
        Pane::Compare,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Pane::Overview => "Overview",
            Pane::Responsibilities => "Responsibilities",
            Pane::Skills => "Skills",
            Pane::Compare => "Compare",
        }
    }

    pub fn short_title(self) -> &'static str {
        match self {
            Pane::Overview => "Over",
            Pane::Responsibilities => "Resp",
            Pane::Skills => "Skills",
            Pane::Compare => "Comp",
        }
    }

    pub fn index(self) -> usize {
        Pane::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    fn offset(self, by: isize) -> Pane {
        let n = Pane::ALL.len() as isize;
        Pane::ALL[(self.index() as isize + by).rem_euclid(n) as usize]
    }
}

/// Where keys go: the role list or the pane's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    Roles,
    Pane,
}

/// Which bindings apply; see `keys::BINDINGS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Global,
    Roles,
    Pane,
    Responsibilities,
    Compare,
    SearchLine,
    Palette,
    Help,
}

/// Everything the user can ask for; keys and mouse events both become actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    NextPane,
    PrevPane,
    GoPane(usize),
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    /// Previous comparison.
    Left,
    /// Next comparison.
    Right,
    Open,
    Back,
    Search,
    Palette,
    PickOther,
    Accept,
    Input(char),
    Backspace,
    ClearInput,
    /// Mouse: pick a role from the list.
    SelectRole(usize),
    /// Mouse: pick the row of the current pane's list.
    SelectRow(usize),
    /// Mouse wheel over the role list (true) or the pane (false); positive is down.
    Scroll {
        roles: bool,
        by: i16,
    },
    /// Rows visible in the role list and the pane, and the lines of the pane's scrollable
    /// text, reported after each draw.
    Viewport {
        roles: u16,
        pane: u16,
        text: u16,
    },
}

/// A selection in a list, with the first row shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

impl Cursor {
    /// Moves by `by` rows within `len` rows, keeping the selection among `height` visible rows.
    pub fn moved(self, by: isize, len: usize, height: usize) -> Cursor {
        if len == 0 {
            return Cursor::default();
        }
        let selected = (self.selected as isize + by).clamp(0, len as isize - 1) as usize;
        Cursor {
            selected,
            offset: self.offset,
        }
        .in_view(height, len)
    }

    pub fn to(self, selected: usize, len: usize, height: usize) -> Cursor {
        Cursor {
            selected,
            offset: self.offset,
        }
        .moved(0, len, height)
    }

    /// The offset that keeps `selected` visible among `height` rows, moving as little as possible.
    pub fn in_view(self, height: usize, len: usize) -> Cursor {
        let height = height.max(1);
        let mut offset = self.offset.min(self.selected);
        if self.selected >= offset + height {
            offset = self.selected + 1 - height;
        }
        offset = offset.min(len.saturating_sub(height));
        Cursor {
            selected: self.selected,
            offset,
        }
    }
}

/// The Responsibilities filter: the query, whether it is being typed, and the rows it keeps.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub query: String,
    pub editing: bool,
    /// Indices into the role's responsibilities, best match first.
    pub matches: Vec<usize>,
    /// The search items of `matches`, for highlighting.
    ids: Vec<u32>,
    searcher: Searcher,
}

impl Filter {
    /// Char positions matched in the `row`-th shown responsibility.
    pub fn highlight(&self, index: &SearchIndex, row: usize) -> Vec<usize> {
        self.ids
            .get(row)
            .map(|&id| self.searcher.highlight(index, id))
            .unwrap_or_default()
    }
}

/// The state of the explorer.
#[derive(Debug)]
pub struct App {
    pub catalog: Catalog,
    pub role: usize,
    pub roles: Cursor,
    pub pane: Pane,
    pub focus: Focus,
    pub help: Option<u16>,
    /// The search palette or the role picker, when open.
    pub palette: Option<Palette>,
    /// Built on the first search, so start-up does not pay for it.
    pub search_index: Option<SearchIndex>,
    /// Overview text scroll, in lines.
    pub overview_scroll: u16,
    pub responsibilities: Cursor,
    pub filter: Option<Filter>,
    /// Over the hard skills, then the soft skills.
    pub skills: Cursor,
    /// Which comparison of the role is shown.
    pub comparison: usize,
    /// A role picked with `c` to compare with, shown first.
    pub compare_with: Option<usize>,
    pub compare_scroll: u16,
    /// Rows visible in the role list and the pane; lines of the pane's scrollable text.
    pub viewport: (u16, u16),
    pub text_lines: u16,
    pub color: bool,
    pub should_quit: bool,
}

impl App {
    pub fn new(catalog: Catalog) -> App {
        App {
            catalog,
            role: 0,
            roles: Cursor::default(),
            pane: Pane::Overview,
            focus: Focus::Roles,
            help: None,
            palette: None,
            search_index: None,
            overview_scroll: 0,
            responsibilities: Cursor::default(),
            filter: None,
            skills: Cursor::default(),
            comparison: 0,
            compare_with: None,
            compare_scroll: 0,
            viewport: (20, 20),
            text_lines: u16::MAX,
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
            should_quit: false,
        }
    }

    /// Opens on `role` (an index) in `pane`, with the pane focused unless it is the overview.
    pub fn open(mut self, role: usize, pane: Pane) -> App {
        self.select_role(role);
        self.pane = pane;
        self.focus = if pane == Pane::Overview {
            Focus::Roles
        } else {
            Focus::Pane
        };
        self
    }

    /// The contexts whose bindings apply now, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        if self.help.is_some() {
            return vec![Context::Help];
        }
        if self.palette.is_some() {
            return vec![Context::Palette];
        }
        if self.filter.as_ref().is_some_and(|f| f.editing) {
            return vec![Context::SearchLine];
        }
        match self.focus {
            Focus::Roles => vec![Context::Roles, Context::Global],
            Focus::Pane => {
                let mut contexts = Vec::with_capacity(3);
                match self.pane {
                    Pane::Responsibilities => contexts.push(Context::Responsibilities),
                    Pane::Compare => contexts.push(Context::Compare),
                    _ => {}
                }
                contexts.extend([Context::Pane, Context::Global]);
                contexts
            }
        }
    }

    /// Whether plain characters are text input now (search line, palette).
    pub fn wants_text(&self) -> bool {
        self.help.is_none()
            && (self.palette.is_some() || self.filter.as_ref().is_some_and(|f| f.editing))
    }

    pub fn role_count(&self) -> usize {
        self.catalog.roles.len()
    }

    /// Responsibilities as shown: filtered and ranked, or all in catalog order.
    pub fn visible_responsibilities(&self) -> Vec<usize> {
        match &self.filter {
            Some(filter) if !filter.query.trim().is_empty() => filter.matches.clone(),
            _ => (0..self.catalog.roles[self.role].responsibilities.len()).collect(),
        }
    }

    fn visible_responsibility_count(&self) -> usize {
        match &self.filter {
            Some(filter) if !filter.query.trim().is_empty() => filter.matches.len(),
            _ => self.catalog.roles[self.role].responsibilities.len(),
        }
    }

    fn skill_count(&self) -> usize {
        let role = &self.catalog.roles[self.role];
        role.hard_skills.len() + role.soft_skills.len()
    }

    /// The hard skills by share, largest first (ties keep catalog order).
    pub fn hard_skills_by_share(&self) -> Vec<usize> {
        let skills = &self.catalog.roles[self.role].hard_skills;
        let mut order: Vec<usize> = (0..skills.len()).collect();
        order.sort_by(|&a, &b| skills[b].share.total_cmp(&skills[a].share));
        order
    }

    /// The roles the Compare pane can show for the current role: a picked role, the
    /// authored comparisons (both directions), then related roles.
    pub fn comparison_targets(&self) -> Vec<usize> {
        let mut targets: Vec<usize> = Vec::new();
        if let Some(other) = self.compare_with.filter(|o| *o != self.role) {
            targets.push(other);
        }
        for view in self.catalog.comparisons_of(self.role) {
            if !targets.contains(&view.other) {
                targets.push(view.other);
            }
        }
        for id in &self.catalog.roles[self.role].related {
            if let Some(i) = self.catalog.index_of(id) {
                if i != self.role && !targets.contains(&i) {
                    targets.push(i);
                }
            }
        }
        targets
    }

    /// The comparison on screen, if the role has any.
    pub fn current_comparison(&self) -> Option<ComparisonView<'_>> {
        let targets = self.comparison_targets();
        let other = *targets.get(self.comparison.min(targets.len().saturating_sub(1)))?;
        Some(self.catalog.compare(self.role, other))
    }

    fn select_role(&mut self, role: usize) {
        let len = self.role_count();
        if len == 0 {
            return;
        }
        let role = role.min(len - 1);
        if role != self.role {
            self.role = role;
            self.overview_scroll = 0;
            self.responsibilities = Cursor::default();
            self.filter = None;
            self.skills = Cursor::default();
            self.comparison = 0;
            self.compare_scroll = 0;
        }
        self.roles = self.roles.to(role, len, self.viewport.0 as usize);
    }

    /// Applies one action. The only way the explorer's state changes.
    pub fn update(&mut self, action: Action) {
        let pane_height = self.viewport.1 as usize;
        let page = pane_height.saturating_sub(1).max(1) as isize;
        match action {
            Action::Quit => self.should_quit = true,
            Action::Viewport { roles, pane, text } => {
                self.viewport = (roles, pane);
                self.text_lines = text;
                let max = text.saturating_sub(pane);
                self.overview_scroll = self.overview_scroll.min(max);
                self.compare_scroll = self.compare_scroll.min(max);
                self.roles = self.roles.in_view(roles as usize, self.role_count());
            }
            Action::Help => self.help = Some(0),
            _ if self.help.is_some() => self.update_help(action),
            _ if self.palette.is_some() => self.update_palette(action),
            _ if self.wants_text() => self.update_search_line(action),
            Action::NextPane => self.go_pane(self.pane.offset(1)),
            Action::PrevPane => self.go_pane(self.pane.offset(-1)),
            Action::GoPane(i) => {
                if let Some(&pane) = Pane::ALL.get(i) {
                    self.go_pane(pane);
                }
            }
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::PageUp => self.move_by(-page),
            Action::PageDown => self.move_by(page),
            Action::Home => self.move_by(isize::MIN / 2),
            Action::End => self.move_by(isize::MAX / 2),
            Action::Left | Action::Right if self.pane == Pane::Compare => {
                let n = self.comparison_targets().len();
                if n > 0 {
                    let by = if action == Action::Left { -1 } else { 1 };
                    self.comparison =
                        (self.comparison.min(n - 1) as isize + by).rem_euclid(n as isize) as usize;
                    self.compare_scroll = 0;
                }
            }
            Action::Left | Action::Right => {}
            Action::Open => match self.focus {
                Focus::Roles => self.focus = Focus::Pane,
                Focus::Pane if self.pane == Pane::Compare => {
                    if let Some(view) = self.current_comparison() {
                        let other = view.other;
                        self.select_role(other);
                        self.pane = Pane::Overview;
                        self.focus = Focus::Roles;
                    }
                }
                Focus::Pane => {}
            },
            Action::Back => self.back(),
            Action::Search => {
                if self.pane == Pane::Responsibilities {
                    let query = self.filter.take().map(|f| f.query).unwrap_or_default();
                    self.focus = Focus::Pane;
                    self.set_filter(query, true);
                }
            }
            Action::Palette => self.open_palette(Purpose::Jump),
            Action::PickOther => {
                if self.pane == Pane::Compare {
                    self.open_palette(Purpose::CompareWith);
                }
            }
            Action::Accept => {}
            Action::Input(_) | Action::Backspace | Action::ClearInput => {}
            Action::SelectRole(i) => {
                self.select_role(i);
                self.focus = Focus::Roles;
            }
            Action::SelectRow(i) => {
                self.focus = Focus::Pane;
                match self.pane {
                    Pane::Responsibilities => {
                        let len = self.visible_responsibility_count();
                        if i < len {
                            self.responsibilities = self.responsibilities.to(i, len, pane_height);
                        }
                    }
                    Pane::Skills => {
                        let len = self.skill_count();
                        if i < len {
                            self.skills = self.skills.to(i, len, pane_height);
                        }
                    }
                    _ => {}
                }
            }
            // The wheel over the role list moves the selection, as arrows do; the list follows.
            Action::Scroll { roles: true, by } => {
                let last = self.role_count().saturating_sub(1) as isize;
                let target = (self.role as isize + by as isize).clamp(0, last);
                self.select_role(target as usize);
            }
            Action::Scroll { roles: false, by } => self.move_in_pane(by as isize),
        }
    }

    fn go_pane(&mut self, pane: Pane) {
        self.pane = pane;
        self.focus = Focus::Pane;
        if let Some(filter) = &mut self.filter {
            filter.editing = false;
        }
    }

    fn back(&mut self) {
        if self.pane == Pane::Responsibilities && self.filter.is_some() {
            self.filter = None;
            self.responsibilities = Cursor::default();
        } else if self.focus == Focus::Pane {
            self.focus = Focus::Roles;
        }
    }

    fn move_by(&mut self, by: isize) {
        if self.focus == Focus::Roles {
            let target = (self.role as isize)
                .saturating_add(by)
                .clamp(0, self.role_count().saturating_sub(1) as isize);
            self.select_role(target as usize);
        } else {
            self.move_in_pane(by);
        }
    }

    /// Moves the pane's selection or scrolls its text, wherever the focus is (the wheel does).
    fn move_in_pane(&mut self, by: isize) {
        let pane_height = self.viewport.1 as usize;
        match self.pane {
            Pane::Overview => {
                self.overview_scroll = scroll(self.overview_scroll, by).min(self.max_scroll())
            }
            Pane::Responsibilities => {
                let len = self.visible_responsibility_count();
                self.responsibilities = self.responsibilities.moved(by, len, pane_height);
            }
            Pane::Skills => {
                let len = self.skill_count();
                self.skills = self.skills.moved(by, len, pane_height);
            }
            Pane::Compare => {
                self.compare_scroll = scroll(self.compare_scroll, by).min(self.max_scroll())
            }
        }
    }

    fn max_scroll(&self) -> u16 {
        self.text_lines.saturating_sub(self.viewport.1)
    }

    fn update_help(&mut self, action: Action) {
        match action {
            Action::Back => self.help = None,
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Home
            | Action::End => {
                let by = match action {
                    Action::Up => -1,
                    Action::Down => 1,
                    Action::PageUp => -10,
                    Action::PageDown => 10,
                    Action::Home => isize::MIN / 2,
                    _ => isize::MAX / 2,
                };
                self.help = self
                    .help
                    .map(|s| scroll(s, by).min(keys::BINDINGS.len() as u16));
            }
            _ => {}
        }
    }

    fn update_search_line(&mut self, action: Action) {
        let Some(filter) = &self.filter else { return };
        let mut query = filter.query.clone();
        match action {
            Action::Input(c) => query.push(c),
            Action::Backspace => {
                query.pop();
            }
            Action::ClearInput => query.clear(),
            Action::Accept => {
                if query.trim().is_empty() {
                    self.filter = None;
                } else if let Some(f) = &mut self.filter {
                    f.editing = false;
                }
                return;
            }
            Action::Back => {
                self.filter = None;
                self.responsibilities = Cursor::default();
                return;
            }
            Action::Up | Action::Down => {
                let len = self.visible_responsibility_count();
                let by = if action == Action::Up { -1 } else { 1 };
                self.responsibilities =
                    self.responsibilities
                        .moved(by, len, self.viewport.1 as usize);
                return;
            }
            _ => return,
        }
        self.set_filter(query, true);
    }

    /// Re-filters the responsibilities for `query` (narrowing the last result when the query
    /// only grew) and puts the selection on the best match.
    fn set_filter(&mut self, query: String, editing: bool) {
        let index = self
            .search_index
            .get_or_insert_with(|| SearchIndex::build(&self.catalog));
        let mut filter = self.filter.take().unwrap_or_default();
        let scope = Scope {
            role: Some(self.role),
            kind: Some(Kind::Responsibility),
        };
        let matched = filter.searcher.search(index, &query, scope);
        let hits = filter.searcher.top(index, matched);
        filter.ids = hits.iter().map(|h| h.item).collect();
        filter.matches = filter.ids.iter().map(|&id| index.item(id).index).collect();
        filter.query = query;
        filter.editing = editing;
        self.filter = Some(filter);
        self.responsibilities = Cursor::default();
    }

    fn open_palette(&mut self, purpose: Purpose) {
        let index = self
            .search_index
            .get_or_insert_with(|| SearchIndex::build(&self.catalog));
        self.palette = Some(Palette::new(purpose, index));
    }

    fn update_palette(&mut self, action: Action) {
        let (Some(palette), Some(index)) = (self.palette.as_mut(), self.search_index.as_ref())
        else {
            return;
        };
        let height = self.viewport.1.max(1) as usize;
        let len = palette.hits.len();
        let page = height as isize;
        let by = match action {
            Action::Up => Some(-1),
            Action::Down => Some(1),
            Action::PageUp => Some(-page),
            Action::PageDown => Some(page),
            Action::Home => Some(-(len as isize)),
            Action::End => Some(len as isize),
            _ => None,
        };
        if let Some(by) = by {
            // Moving down ranks ahead first, so the selection can go past the first screenful;
            // End stays within what is ranked rather than ranking every match.
            if by > 0 && action != Action::End {
                palette.extend(index, palette.cursor.selected + by as usize, height);
            }
            let len = palette.hits.len();
            palette.cursor = palette.cursor.moved(by, len, height);
            return;
        }
        match action {
            Action::Input(c) => {
                palette.query.push(c);
                palette.refresh(index);
            }
            Action::Backspace => {
                palette.query.pop();
                palette.refresh(index);
            }
            Action::ClearInput => {
                palette.query.clear();
                palette.refresh(index);
            }
            Action::Back => self.palette = None,
            Action::Accept => {
                let picked = palette.selected().map(|hit| index.item(hit.item));
                let purpose = palette.purpose;
                self.palette = None;
                match (picked, purpose) {
                    (Some(item), Purpose::Jump) => self.jump(item),
                    (Some(item), Purpose::CompareWith) if item.role != self.role => {
                        self.compare_with = Some(item.role);
                        self.comparison = 0;
                        self.compare_scroll = 0;
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }

    /// Shows a search hit in its pane, selected.
    pub fn jump(&mut self, item: Item) {
        self.select_role(item.role);
        let height = self.viewport.1 as usize;
        let role = &self.catalog.roles[self.role];
        match item.kind {
            Kind::Role | Kind::Summary => {
                self.pane = Pane::Overview;
                self.focus = Focus::Roles;
                return;
            }
            Kind::Responsibility => {
                self.pane = Pane::Responsibilities;
                self.filter = None;
                let len = role.responsibilities.len();
                self.responsibilities = Cursor::default().to(item.index, len, height);
            }
            Kind::Skill => {
                self.pane = Pane::Skills;
                let hard = role.hard_skills.len();
                let row = if item.index < hard {
                    self.hard_skills_by_share()
                        .iter()
                        .position(|&i| i == item.index)
                        .unwrap_or(0)
                } else {
                    item.index
                };
                self.skills = Cursor::default().to(row, self.skill_count(), height);
            }
            Kind::Comparison => {
                self.pane = Pane::Compare;
                let views = self.catalog.comparisons_of(self.role);
                let other = views.get(item.index).map(|v| v.other);
                let targets = self.comparison_targets();
                self.comparison = other
                    .and_then(|o| targets.iter().position(|&t| t == o))
                    .unwrap_or(0);
                self.compare_scroll = 0;
            }
        }
        self.focus = Focus::Pane;
    }
}

fn scroll(value: u16, by: isize) -> u16 {
    (value as isize)
        .saturating_add(by)
        .clamp(0, u16::MAX as isize) as u16
}

#[cfg(test)]
mod tests;
