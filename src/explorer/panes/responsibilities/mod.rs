//! The Responsibilities pane: a list with a selection, a filter typed with `/` (fuzzy, ranked,
//! matched letters highlighted), and a box with the selected item in full.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Wrap};

use super::{About, PaneId};
use crate::explorer::action::Action;
use crate::explorer::component::{Ctx, Flow};
use crate::explorer::keymap::{Bind, Context, Hint, bind, hint};
use crate::explorer::widgets::input::{self, Query};
use crate::explorer::widgets::list::{self, INDENTED_ARROW, ListState};
use crate::explorer::widgets::text::{head, highlighted, truncate, truncate_start, wrap};
use crate::explorer::widgets::{MAX_TEXT_WIDTH, inset, scrollbar};
use crate::report::NOT_IN_SOURCE;
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

/// Texts longer than this are not highlighted: a row shows a screen's width of it anyway.
const MAX_HIGHLIGHTED: usize = 4096;

/// The filter: the query, whether it is being typed, and the rows it keeps.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub query: Query,
    pub editing: bool,
    /// Indices into the role's responsibilities, best match first.
    pub matches: Vec<usize>,
    /// The search items of `matches`, for highlighting.
    ids: Vec<u32>,
    searcher: Searcher,
}

impl Filter {
    fn active(&self) -> bool {
        !self.query.is_blank()
    }

    /// Char positions matched in the `row`-th shown responsibility.
    fn highlight(&self, index: &SearchIndex, row: usize) -> Vec<usize> {
        match self.ids.get(row) {
            Some(&id) if self.active() && index.text(id).len() <= MAX_HIGHLIGHTED => {
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
}

impl Responsibilities {
    /// The responsibility shown at list row `row`.
    pub fn shown(&self, row: usize) -> Option<usize> {
        match &self.filter {
            Some(filter) if filter.active() => filter.matches.get(row).copied(),
            _ => (row < self.list.len()).then_some(row),
        }
    }

    fn shown_count(&self, ctx: &Ctx) -> usize {
        match &self.filter {
            Some(filter) if filter.active() => filter.matches.len(),
            _ => ctx.role().responsibilities.len(),
        }
    }

    /// Re-filters for the query (narrowing the last result when it only grew) and selects the
    /// best match.
    fn refilter(&mut self, ctx: &Ctx) {
        let Some(filter) = &mut self.filter else {
            return;
        };
        let index = ctx.index();
        let scope = Scope {
            role: Some(ctx.role),
            kind: Some(Kind::Responsibility),
        };
        let matched = filter.searcher.search(index, filter.query.as_str(), scope);
        let hits = filter.searcher.top(index, matched);
        filter.ids = hits.iter().map(|h| h.item).collect();
        filter.matches = filter.ids.iter().map(|&id| index.item(id).index).collect();
        self.list.rewind();
        let len = self.shown_count(ctx);
        self.list.set_len(len);
    }

    fn clear_filter(&mut self, ctx: &Ctx) -> bool {
        let had = self.filter.take().is_some();
        self.list = ListState::new(ctx.role().responsibilities.len());
        had
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
            Action::MoveUp => return Flow::Done(self.list.move_by(-1)),
            Action::MoveDown => return Flow::Done(self.list.move_by(1)),
            // Nothing else while typing (quitting is handled before the pane is asked).
            _ => return Flow::UNCHANGED,
        };
        if edited {
            self.refilter(ctx);
        }
        Flow::Done(edited)
    }

    /// The status line, the list and the detail box: the box under the list, or beside it
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

    fn draw_status(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme();
        let counter = format!(
            "{} of {} ",
            self.list.len(),
            ctx.role().responsibilities.len()
        );
        let line = match &self.filter {
            Some(filter) => {
                let cursor = if filter.editing { "█" } else { "" };
                let room = (area.width as usize).saturating_sub(counter.len() + 6);
                Line::from(vec![
                    Span::styled(" / ", theme.key()),
                    Span::raw(truncate_start(filter.query.as_str(), room)),
                    Span::raw(cursor),
                ])
            }
            None => Line::from(Span::styled(" / to filter", theme.dim())),
        };
        frame.render_widget(Paragraph::new(line), area);
        frame.render_widget(
            Paragraph::new(Span::styled(counter, theme.dim())).right_aligned(),
            area,
        );
    }
}

impl super::Pane for Responsibilities {
    fn reset(&mut self, ctx: &Ctx) {
        self.filter = None;
        self.list = ListState::new(ctx.role().responsibilities.len());
    }

    fn layout(&mut self, area: Rect, ctx: &Ctx) {
        let [_, list, _] = self.split(area, ctx);
        self.list.set_height(list.height as usize);
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
            Action::SelectRow(row) if *row < self.list.len() => {
                self.list.select(*row);
                Flow::CHANGED
            }
            Action::ScrollPane(by) => Flow::Done(self.list.move_by(*by as isize)),
            Action::Reveal(item) => {
                self.clear_filter(ctx);
                self.list.reveal(item.index);
                Flow::CHANGED
            }
            action => match action.movement(self.list.page()) {
                Some(by) => Flow::Done(self.list.move_by(by)),
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
        let [status, list_area, detail] = self.split(area, ctx);
        self.draw_status(frame, status, ctx);

        let rows = if self.list.is_empty() {
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
            let width = list_area.width.saturating_sub(4) as usize;
            let index = ctx.shared.built_index();
            let rows = list::draw(
                frame,
                list_area,
                &self.list,
                INDENTED_ARROW,
                focused,
                theme,
                |row, selected| {
                    let text = self
                        .shown(row)
                        .and_then(|i| items.get(i))
                        .map_or(String::new(), |t| truncate(t, width));
                    // Only rows on screen are highlighted: positions are worked out here.
                    let positions = match (&self.filter, index) {
                        (Some(filter), Some(index)) => filter.highlight(index, row),
                        _ => Vec::new(),
                    };
                    let base = if selected {
                        theme.selected(focused)
                    } else {
                        ratatui::style::Style::new()
                    };
                    Line::from(highlighted(&text, &positions, base, theme.matched()))
                },
            );
            scrollbar(frame, list_area, self.list.len(), self.list.offset, theme);
            rows
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
        frame.render_widget(
            Paragraph::new(text).wrap(Wrap { trim: true }).block(
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
mod tests {
    use super::*;
    use crate::explorer::panes::Pane;
    use crate::explorer::testing::seed;

    fn pane(ctx: &Ctx) -> Responsibilities {
        let mut pane = Responsibilities::default();
        pane.reset(ctx);
        pane.layout(Rect::new(0, 0, 80, 16), ctx);
        pane
    }

    #[test]
    fn the_filter_narrows_ranks_and_clears() {
        let app = seed();
        let ctx = app.ctx().unwrap();
        let mut pane = pane(&ctx);
        assert_eq!(pane.list.len(), 15);
        let _ = pane.update(&Action::FilterResponsibilities, &ctx);
        assert_eq!(pane.typing(), Some(Context::Filter));
        let _ = pane.update(&Action::Insert("kaiz".into()), &ctx);
        let first = pane.shown(0).unwrap();
        assert!(ctx.role().responsibilities[first].starts_with("Perform Kaizen test"));
        assert!(pane.list.len() < 15);
        // Keys other than the filter's do nothing while typing.
        assert_eq!(pane.update(&Action::NextPane, &ctx), Flow::UNCHANGED);
        let _ = pane.update(&Action::Insert("qq".into()), &ctx);
        assert_eq!(pane.list.len(), 0);
        let _ = pane.update(&Action::DeleteBack, &ctx);
        let _ = pane.update(&Action::DeleteBack, &ctx);
        let _ = pane.update(&Action::Confirm, &ctx);
        assert_eq!(pane.typing(), None);
        assert_eq!(pane.filter.as_ref().unwrap().query.as_str(), "kaiz");
        // Esc clears a kept filter; a second Esc is for the app (back to the roles).
        assert_eq!(pane.update(&Action::Back, &ctx), Flow::CHANGED);
        assert!(pane.filter.is_none());
        assert_eq!(pane.list.len(), 15);
        assert_eq!(pane.update(&Action::Back, &ctx), Flow::Pass);
    }

    #[test]
    fn a_pasted_page_is_one_search_of_bounded_length() {
        let app = seed();
        let ctx = app.ctx().unwrap();
        let mut pane = pane(&ctx);
        let _ = pane.update(&Action::FilterResponsibilities, &ctx);
        let paste = "manage\nvendors ".repeat(400);
        assert_eq!(pane.update(&Action::Insert(paste), &ctx), Flow::CHANGED);
        let query = pane.filter.as_ref().unwrap().query.as_str();
        assert_eq!(query.chars().count(), crate::explorer::widgets::input::MAX_QUERY);
        assert!(!query.contains('\n'));
    }

    #[test]
    fn moves_page_by_the_rows_that_show() {
        let app = seed();
        let ctx = app.ctx().unwrap();
        let mut pane = pane(&ctx);
        let height = pane.list.height();
        assert!(height > 5 && height < 15, "{height}");
        let _ = pane.update(&Action::PageDown, &ctx);
        assert_eq!(pane.list.selected, height - 1);
        let _ = pane.update(&Action::MoveToBottom, &ctx);
        assert_eq!(pane.list.selected, 14);
        assert_eq!(pane.list.offset, 15 - height);
        let _ = pane.update(&Action::SelectRow(2), &ctx);
        assert_eq!(pane.list.selected, 2);
    }
}
