//! The Responsibilities pane: a role's responsibilities (an occupation's O*NET tasks, Core then
//! Supplemental under a heading each), a filter typed with `/` (fuzzy, ranked within each type,
//! matched letters highlighted and kept in sight), and a box with the selected item in full.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{About, PaneId};
use crate::catalog::{Role, TaskType};
use crate::explorer::action::Action;
use crate::explorer::component::{Ctx, Flow};
use crate::explorer::keymap::{Bind, Context, Hint, bind, hint};
use crate::explorer::widgets::input::{self, Query};
use crate::explorer::widgets::list::{self, INDENTED_ARROW, ListState};
use crate::explorer::widgets::text::{
    MAX_WINDOWED, head, rule, truncate, truncate_start, windowed, wrap,
};
use crate::explorer::widgets::{MAX_TEXT_WIDTH, inset, scrollbar};
use crate::report::{NOT_IN_SOURCE, count};
use crate::search::{Kind, Scope, SearchIndex, Searcher};

pub const ABOUT: About = About {
    id: "responsibilities",
    title: "Responsibilities",
    short_title: "Resp",
};

const HERE: Context = Context::Pane(PaneId::Responsibilities);

pub const KEYS: &[Bind] = &[
    bind(
        HERE,
        Action::FilterResponsibilities,
        "/",
        "filter the list as you type",
    ),
];

const HINTS: &[Hint] = &[hint(&[Action::FilterResponsibilities], "filter")];

/// Panes at least this wide show the selected responsibility beside the list.
const SIDE_BY_SIDE: u16 = 150;

/// The list's columns besides its text: the selection arrow and the margins.
const LIST_MARGIN: u16 = 4;

/// The box beside the list is no wider than reads well.
const MAX_DETAIL_WIDTH: u16 = 72;

/// What the pane calls a role's items: an occupation's are O*NET task statements, a career
/// page's are the responsibilities it lists (resume lines).
fn noun(role: &Role) -> &'static str {
    if role.code.is_some() {
        "Tasks"
    } else {
        "Responsibilities"
    }
}

/// A heading's words for tasks of a type (`None`: the source gives them none).
fn type_name(kind: Option<TaskType>) -> &'static str {
    match kind {
        Some(TaskType::Core) => "Core",
        Some(TaskType::Supplemental) => "Supplemental",
        None => "Type not in source",
    }
}

/// What a task type means, from O*NET's description of its task statements.
fn type_meaning(kind: Option<TaskType>) -> &'static str {
    match kind {
        Some(TaskType::Core) => {
            "Core task: critical to the occupation (relevant to at least 67% of its workers, \
             and rated 3 or more of 5 in importance). O*NET."
        }
        Some(TaskType::Supplemental) => {
            "Supplemental task: less relevant or less important to the occupation than its \
             core tasks. O*NET."
        }
        None => "The source gives this task no type.",
    }
}

/// One row of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// Over the tasks of one type, with how many of them show under it.
    Heading { kind: Option<TaskType>, tasks: usize },
    /// `responsibilities[index]`; `hit` is its search item when the filter kept it.
    Item { index: usize, hit: Option<u32> },
}

/// The rows for `shown` (responsibility indices in the order they rank, with their search
/// items): as they come for a role without task types; grouped under a heading per type (Core,
/// Supplemental, then any without one), in their order within each, for a role with them.
pub fn rows(role: &Role, shown: &[(usize, Option<u32>)]) -> Vec<Row> {
    let item = |&(index, hit): &(usize, Option<u32>)| Row::Item { index, hit };
    if role.task_types.is_none() {
        return shown.iter().map(item).collect();
    }
    let mut rows = Vec::with_capacity(shown.len() + 3);
    for kind in [Some(TaskType::Core), Some(TaskType::Supplemental), None] {
        let of_kind: Vec<&(usize, Option<u32>)> = shown
            .iter()
            .filter(|(index, _)| role.task_type(*index) == kind)
            .collect();
        if !of_kind.is_empty() {
            rows.push(Row::Heading {
                kind,
                tasks: of_kind.len(),
            });
            rows.extend(of_kind.into_iter().map(item));
        }
    }
    rows
}

/// Whether a row of `rows` is an item (which the selection may land on), not a heading.
fn items(rows: &[Row]) -> impl Fn(usize) -> bool + '_ {
    |row| matches!(rows.get(row), Some(Row::Item { .. }))
}

/// The filter: the query, whether it is being typed, and how many items it keeps.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub query: Query,
    pub editing: bool,
    pub matched: usize,
    searcher: Searcher,
}

impl Filter {
    fn active(&self) -> bool {
        !self.query.is_blank()
    }

    /// Char positions of search item `hit` that the query matched.
    fn highlight(&self, index: &SearchIndex, hit: Option<u32>) -> Vec<usize> {
        match hit {
            Some(id) if self.active() && index.text(id).len() <= MAX_WINDOWED => {
                self.searcher.highlight(index, id)
            }
            _ => Vec::new(),
        }
    }
}

#[derive(Debug, Default)]
pub struct Responsibilities {
    pub list: ListState,
    pub filter: Option<Filter>,
    /// What the list shows: headings and items.
    pub rows: Vec<Row>,
}

impl Responsibilities {
    /// The responsibility shown at list row `row` (`None` for a heading).
    pub fn shown(&self, row: usize) -> Option<usize> {
        match self.rows.get(row) {
            Some(Row::Item { index, .. }) => Some(*index),
            _ => None,
        }
    }

    fn is_item(&self, row: usize) -> bool {
        items(&self.rows)(row)
    }

    /// How many responsibilities show (headings aside).
    fn shown_count(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| matches!(r, Row::Item { .. }))
            .count()
    }

    /// Shows `rows`, the first item selected.
    fn set_rows(&mut self, rows: Vec<Row>) {
        self.rows = rows;
        self.list.set_len(self.rows.len());
        self.list.rewind();
        self.list.move_over(0, items(&self.rows));
    }

    /// Every responsibility of the role, unfiltered.
    fn show_all(&mut self, ctx: &Ctx) {
        let role = ctx.role();
        let all: Vec<(usize, Option<u32>)> =
            (0..role.responsibilities.len()).map(|i| (i, None)).collect();
        self.set_rows(rows(role, &all));
    }

    /// Re-filters for the query (narrowing the last result when it only grew) and selects the
    /// best match of the first type that has one.
    fn refilter(&mut self, ctx: &Ctx) {
        let Some(filter) = &mut self.filter else {
            return;
        };
        if !filter.active() {
            filter.matched = 0;
            self.show_all(ctx);
            return;
        }
        let index = ctx.index();
        let scope = Scope {
            role: Some(ctx.role),
            kind: Some(Kind::Responsibility),
        };
        filter.matched = filter.searcher.search(index, filter.query.as_str(), scope);
        let shown: Vec<(usize, Option<u32>)> = filter
            .searcher
            .top(index, filter.matched)
            .iter()
            .map(|h| (index.item(h.item).index, Some(h.item)))
            .collect();
        self.set_rows(rows(ctx.role(), &shown));
    }

    fn clear_filter(&mut self, ctx: &Ctx) -> bool {
        let had = self.filter.take().is_some();
        self.show_all(ctx);
        had
    }

    fn move_by(&mut self, by: isize) -> bool {
        self.list.move_over(by, items(&self.rows))
    }

    /// Keys while the filter is being typed.
    fn update_typing(&mut self, action: &Action, ctx: &Ctx) -> Flow {
        let Some(filter) = &mut self.filter else {
            return Flow::Pass;
        };
        let edited = match action {
            Action::Insert(text) => filter.query.insert(text),
            Action::DeleteBack => filter.query.delete_back(),
            Action::ClearQuery => filter.query.clear(),
            Action::Confirm => {
                if filter.query.is_blank() {
                    self.clear_filter(ctx);
                } else {
                    filter.editing = false;
                }
                return Flow::CHANGED;
            }
            Action::Back => {
                self.clear_filter(ctx);
                return Flow::CHANGED;
            }
            Action::MoveUp => return Flow::Done(self.move_by(-1)),
            Action::MoveDown => return Flow::Done(self.move_by(1)),
            // Nothing else while typing (quitting is handled before the pane is asked).
            _ => return Flow::UNCHANGED,
        };
        if edited {
            self.refilter(ctx);
        }
        Flow::Done(edited)
    }

    /// The title line, the list and the detail box: the box under the list, or beside it
    /// on a pane wide enough for both; the list no wider than reads well.
    fn split(&self, area: Rect, ctx: &Ctx) -> [Rect; 3] {
        if area.width >= SIDE_BY_SIDE {
            let list_width = (area.width * 3 / 5).min(MAX_TEXT_WIDTH + LIST_MARGIN);
            let detail_width = (area.width - list_width).min(MAX_DETAIL_WIDTH);
            let [left, detail, _] = Layout::horizontal([
                Constraint::Length(list_width),
                Constraint::Length(detail_width),
                Constraint::Fill(1),
            ])
            .areas(area);
            let [status, list] =
                Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(left);
            return [status, list, detail];
        }
        let area = Rect {
            width: area.width.min(MAX_TEXT_WIDTH + LIST_MARGIN),
            ..area
        };
        let width = area.width.saturating_sub(2) as usize;
        let detail = self.detail_text(ctx);
        // Only the start of a long text matters: the box shows at most four lines.
        let detail_lines = wrap(head(detail, (width + 1) * 8), width).len().clamp(1, 4) as u16;
        Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(detail_lines + 1),
        ])
        .areas(area)
    }

    fn detail_text<'a>(&self, ctx: &Ctx<'a>) -> &'a str {
        self.shown(self.list.selected)
            .and_then(|i| ctx.role().responsibilities.get(i))
            .map_or("", String::as_str)
    }

    /// The pane's title line: what the items are and how many (`Tasks (27)`); with a filter,
    /// the query and how many items it keeps (`Tasks / medic█ ····· 4 of 27`).
    fn draw_title(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme();
        let role = ctx.role();
        let total = count(role.responsibilities.len() as i64);
        let noun = noun(role);
        let width = area.width as usize;
        let Some(filter) = &self.filter else {
            let title = format!(" {noun} ({total})");
            let hint = "  / to filter";
            let mut spans = vec![Span::styled(truncate(&title, width), theme.heading())];
            if title.width() + hint.width() <= width {
                spans.push(Span::styled(hint, theme.dim()));
            }
            frame.render_widget(Paragraph::new(Line::from(spans)), area);
            return;
        };
        let counter = if filter.active() {
            format!("{} of {total} ", count(self.shown_count() as i64))
        } else {
            String::new()
        };
        let cursor = if filter.editing { "█" } else { "" };
        let label = format!(" {noun} / ");
        let room = width.saturating_sub(counter.width() + 1);
        // The query keeps its end (where the cursor is) in view; the noun goes when it must.
        let label = if label.width() + 8 <= room {
            label
        } else {
            " / ".to_string()
        };
        let query_room = room.saturating_sub(label.width() + cursor.width());
        let query = truncate_start(filter.query.as_str(), query_room);
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(label, theme.key()),
                Span::raw(query),
                Span::raw(cursor),
            ])),
            area,
        );
        frame.render_widget(
            Paragraph::new(Span::styled(counter, theme.dim())).right_aligned(),
            area,
        );
    }
}

impl super::Pane for Responsibilities {
    fn reset(&mut self, ctx: &Ctx) {
        self.filter = None;
        self.list = ListState::new(0);
        self.show_all(ctx);
    }

    fn layout(&mut self, area: Rect, ctx: &Ctx) {
        let [_, list, _] = self.split(area, ctx);
        self.list.set_height(list.height as usize);
        self.list.show_heading_above(items(&self.rows));
    }

    fn update(&mut self, action: &Action, ctx: &Ctx) -> Flow {
        if self.typing().is_some() {
            return self.update_typing(action, ctx);
        }
        match action {
            Action::FilterResponsibilities => {
                let query = self.filter.take().map(|f| f.query).unwrap_or_default();
                self.filter = Some(Filter {
                    query,
                    editing: true,
                    ..Filter::default()
                });
                self.refilter(ctx);
                Flow::CHANGED
            }
            Action::Back if self.filter.is_some() => Flow::Done(self.clear_filter(ctx)),
            Action::SelectRow(row) if self.is_item(*row) => Flow::Done(self.list.select(*row)),
            Action::SelectRow(_) => Flow::UNCHANGED,
            Action::ScrollPane(by) => Flow::Done(self.move_by(*by as isize)),
            Action::Reveal(item) => {
                self.clear_filter(ctx);
                if let Some(row) = self.rows.iter().position(
                    |r| matches!(r, Row::Item { index, .. } if *index == item.index),
                ) {
                    self.list.reveal_over(row, items(&self.rows));
                }
                Flow::CHANGED
            }
            action => match action.movement(self.list.page()) {
                Some(by) => Flow::Done(self.move_by(by)),
                None => Flow::Pass,
            },
        }
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, focused: bool) -> Vec<(u16, usize)> {
        let theme = ctx.theme();
        let items = &ctx.role().responsibilities;
        if items.is_empty() {
            frame.render_widget(
                Paragraph::new(Span::styled(NOT_IN_SOURCE, theme.missing())),
                inset(area, 0),
            );
            return Vec::new();
        }
        let [title, list_area, detail] = self.split(area, ctx);
        self.draw_title(frame, title, ctx);

        let rows = if self.rows.is_empty() {
            let query = self.filter.as_ref().map_or("", |f| f.query.as_str());
            frame.render_widget(
                Paragraph::new(Span::styled(
                    format!("   nothing matches \"{}\"", truncate(query, 60)),
                    theme.missing(),
                )),
                list_area,
            );
            Vec::new()
        } else {
            // The arrow's three columns and the scrollbar's.
            let width = list_area.width.saturating_sub(4) as usize;
            let index = ctx.shared.built_index();
            let rows = list::draw_rows(
                frame,
                list_area,
                &self.list,
                INDENTED_ARROW,
                focused,
                theme,
                |row, selected| match self.rows.get(row) {
                    Some(Row::Heading { kind, tasks }) => {
                        let mut line =
                            rule(type_name(*kind), theme.heading(), *tasks, width + 2, theme);
                        line.spans.insert(0, Span::raw(" "));
                        (line, false)
                    }
                    Some(Row::Item { index: i, hit }) => {
                        let text = items.get(*i).map_or("", String::as_str);
                        // Only rows on screen are highlighted: positions are worked out here.
                        let positions = match (&self.filter, index) {
                            (Some(filter), Some(index)) => filter.highlight(index, *hit),
                            _ => Vec::new(),
                        };
                        let base = if selected {
                            theme.selected(focused)
                        } else {
                            Style::new()
                        };
                        let spans = windowed(text, &positions, width, base, theme.matched());
                        (Line::from(spans), true)
                    }
                    None => (Line::default(), true),
                },
            );
            scrollbar(frame, list_area, self.list.len(), self.list.offset, theme);
            // Clicks select items, never headings.
            rows.into_iter()
                .filter(|&(_, row)| self.is_item(row))
                .collect()
        };

        // Beside the list, the box has a rule on its left; under it, on its top.
        let beside = detail.y == area.y;
        let (border, lines) = if beside {
            (Borders::LEFT, detail.height as usize)
        } else {
            (Borders::TOP, 8)
        };
        let width = detail.width.saturating_sub(2) as usize;
        let text = head(self.detail_text(ctx), (width + 1) * lines).to_string();
        let mut paragraph = vec![Line::from(text)];
        // Beside the list there is room to say what the task's type means.
        let kind = self.shown(self.list.selected).and_then(|i| {
            let role = ctx.role();
            role.task_types.map(|_| role.task_type(i))
        });
        if let (true, Some(kind)) = (beside, kind) {
            paragraph.push(Line::default());
            paragraph.push(Line::styled(type_meaning(kind), theme.dim()));
        }
        frame.render_widget(
            Paragraph::new(paragraph).wrap(Wrap { trim: true }).block(
                Block::new()
                    .borders(border)
                    .border_style(theme.dim())
                    .padding(Padding::left(u16::from(beside))),
            ),
            Rect {
                x: detail.x + 1,
                width: detail.width.saturating_sub(2),
                ..detail
            },
        );
        rows
    }

    fn blur(&mut self) {
        if let Some(filter) = &mut self.filter {
            filter.editing = false;
        }
    }

    fn typing(&self) -> Option<Context> {
        self.filter
            .as_ref()
            .filter(|f| f.editing)
            .map(|_| Context::Filter)
    }

    fn hints(&self) -> &'static [Hint] {
        if self.typing().is_some() {
            input::TYPING_HINTS
        } else {
            HINTS
        }
    }
}

#[cfg(test)]
mod tests;
