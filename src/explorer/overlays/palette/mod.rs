//! The search palette (Ctrl-P, or `/` outside Responsibilities) over every role's titles,
//! responsibilities, skills and comparisons, and the role picker (`c`). It ranks only what is
//! looked at: a screenful per keystroke, more as the selection moves down.
//!
//! A row says why it is there: what kind of text matched, the match itself (a long text cut
//! around it, matched letters highlighted), and whose it is, in a column on the right
//! (`task  …monitor patients for reactions or side…   Registered Nurses`); a role found through
//! another name says which (`Registered Nurses · also called ER Nurse`).

use std::collections::HashSet;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::Overlay;
use crate::explorer::action::Action;
use crate::explorer::component::{Ctx, Flow, Request};
use crate::explorer::keymap::{Bind, Context, Hint, bind, hint};
use crate::explorer::theme::Theme;
use crate::explorer::widgets::input::Query;
use crate::explorer::widgets::list::{self, ARROW, ListState};
use crate::explorer::widgets::text::{MAX_WINDOWED, fit, truncate, truncate_start, windowed};
use crate::explorer::widgets::{centered, popup};
use crate::report::count;
use crate::search::{Hit, Kind, Scope, SearchIndex, Searcher};

/// How many ranked hits a keystroke asks for: a screenful and more. Moving further down ranks
/// more, so only what is looked at is ever ranked.
pub const SHOWN: usize = 60;

/// Between a role's title and the other name it was found by.
const ALSO_CALLED: &str = " · also called ";

/// What kind of text a hit is, as its row names it: one short word, in a column of its own.
fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Role => "role",
        Kind::Summary => "summary",
        Kind::Responsibility => "task",
        Kind::Skill => "skill",
        Kind::Comparison => "compare",
    }
}

/// The width of the kind column: the longest label.
fn label_width() -> usize {
    Kind::ALL
        .iter()
        .map(|&kind| kind_label(kind).width())
        .max()
        .unwrap_or(0)
}

const HERE: Context = Context::Palette;

pub const KEYS: &[Bind] = &[
    bind(
        HERE,
        Action::Confirm,
        "Enter",
        "jump to the hit (pick the role)",
    ),
    bind(HERE, Action::Back, "Esc", "close"),
    bind(HERE, Action::DeleteBack, "Backspace", "delete a character"),
    bind(HERE, Action::ClearQuery, "Ctrl-u", "clear the query"),
    bind(HERE, Action::MoveUp, "Up Ctrl-p", "move up"),
    bind(HERE, Action::MoveDown, "Down Ctrl-n", "move down"),
    bind(HERE, Action::PageUp, "PageUp", "page up"),
    bind(HERE, Action::PageDown, "PageDown", "page down"),
];

const HINTS: &[Hint] = &[
    hint(&[Action::Confirm], "jump"),
    hint(&[Action::Back], "close"),
    hint(&[Action::MoveUp, Action::MoveDown], "move"),
];

/// The role picker's footer: Enter picks a role rather than jumping.
const PICK_HINTS: &[Hint] = &[
    hint(&[Action::Confirm], "pick"),
    hint(&[Action::Back], "close"),
    hint(&[Action::MoveUp, Action::MoveDown], "move"),
];

/// What Enter does with the selected hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Jump to the item in its pane.
    Jump,
    /// Compare the current role with the picked role.
    CompareWith,
}

#[derive(Debug, Clone)]
pub struct Palette {
    pub purpose: Purpose,
    pub query: Query,
    /// The best hits, best first.
    pub hits: Vec<Hit>,
    /// How many items match in all (a role's names count once).
    pub matched: usize,
    /// How many there are to search: what the empty query matches.
    pub total: usize,
    pub list: ListState,
    searcher: Searcher,
    /// The role shown when the palette opened: the picker leaves it out.
    shown_role: usize,
}

impl Palette {
    pub fn new(purpose: Purpose, ctx: &Ctx) -> Palette {
        let mut palette = Palette {
            purpose,
            query: Query::default(),
            hits: Vec::new(),
            matched: 0,
            total: 0,
            list: ListState::new(0),
            searcher: Searcher::new(),
            shown_role: ctx.role,
        };
        palette.refresh(ctx.index());
        palette.total = palette.matched;
        palette
    }

    fn scope(&self) -> Scope {
        match self.purpose {
            Purpose::Jump => Scope::default(),
            Purpose::CompareWith => Scope {
                role: None,
                kind: Some(Kind::Role),
            },
        }
    }

    /// The hits to list: the picker shows each role once, and never the role it compares with.
    fn keep(&self, index: &SearchIndex, hits: Vec<Hit>) -> Vec<Hit> {
        if self.purpose == Purpose::Jump {
            return hits;
        }
        let mut seen = HashSet::from([self.shown_role]);
        hits.into_iter()
            .filter(|h| seen.insert(index.item(h.item).role))
            .collect()
    }

    /// Re-runs the query (incrementally when it only grew) and keeps the best hits.
    fn refresh(&mut self, index: &SearchIndex) {
        self.matched = self
            .searcher
            .search(index, self.query.as_str(), self.scope());
        if self.purpose == Purpose::CompareWith {
            // The role shown is not listed, so not counted either.
            let query = self.searcher.query();
            let shown_matched = index
                .role_items(self.shown_role)
                .filter(|&id| index.item(id).kind == Kind::Role)
                .any(|id| query.matches(index, id));
            self.matched -= usize::from(shown_matched && self.matched > 0);
        }
        let hits = self.searcher.top(index, SHOWN).to_vec();
        self.hits = self.keep(index, hits);
        self.list.rewind();
        self.list.set_len(self.hits.len());
    }

    /// Ranks more hits when row `target` comes within a page of the last ranked one.
    fn extend(&mut self, index: &SearchIndex, target: usize) {
        let wanted = target.saturating_add(self.list.height().max(1));
        if wanted > self.hits.len() && self.matched > self.hits.len() {
            let more = self
                .searcher
                .top(index, wanted.max(self.hits.len() * 2))
                .to_vec();
            self.hits = self.keep(index, more);
            self.list.set_len(self.hits.len());
        }
    }

    pub fn selected(&self) -> Option<Hit> {
        self.hits.get(self.list.selected).copied()
    }

    fn frame(area: Rect) -> Rect {
        let width = (area.width * 9 / 10).max(20);
        let height = (area.height * 8 / 10).max(6);
        centered(area, width, height)
    }

    /// How the rows on screen share `width` columns.
    fn columns(&self, index: &SearchIndex, width: usize) -> Columns {
        if self.purpose == Purpose::CompareWith {
            return Columns {
                width,
                label: 0,
                role: 0,
            };
        }
        // The role column is as wide as the widest role name on screen, up to a third.
        let widest = self.hits[self.list.visible()]
            .iter()
            .map(|hit| index.item(hit.item))
            .filter(|item| item.kind != Kind::Role)
            .map(|item| index.role_title(item.role).width())
            .max()
            .unwrap_or(0);
        Columns {
            width,
            label: label_width() + 2,
            role: widest.min(width / 3),
        }
    }

    /// One hit's row: its kind, the text that matched (cut around the match, highlighted),
    /// and whose it is, in `columns`.
    fn row<'a>(
        &self,
        index: &SearchIndex,
        hit: Hit,
        columns: Columns,
        base: Style,
        theme: Theme,
    ) -> Vec<Span<'a>> {
        let item = index.item(hit.item);
        // On the selected row, everything in its reverse video.
        let dim = if base == Style::new() {
            theme.dim()
        } else {
            base
        };
        let mut spans = Vec::new();
        if columns.label > 0 {
            spans.push(Span::styled(fit(kind_label(item.kind), columns.label), dim));
        }
        // A role is its own row: its name needs no role column.
        let role_column = if item.kind == Kind::Role {
            0
        } else {
            columns.role
        };
        let gap = if role_column > 0 { 2 } else { 0 };
        let room = columns
            .width
            .saturating_sub(columns.label + gap + role_column);
        let text = index.text(hit.item);
        let positions = if text.len() <= MAX_WINDOWED {
            self.searcher.highlight(index, hit.item)
        } else {
            Vec::new()
        };
        let matched = theme.matched();
        let text_spans = match index.also_called(hit.item) {
            Some(name) => also_called(
                index.role_title(item.role),
                name,
                &positions,
                room,
                base,
                dim,
                matched,
            ),
            None => windowed(text, &positions, room, base, matched),
        };
        let used: usize = text_spans.iter().map(Span::width).sum();
        spans.extend(text_spans);
        if role_column > 0 {
            spans.push(Span::styled(
                " ".repeat(room.saturating_sub(used) + gap),
                base,
            ));
            spans.push(Span::styled(
                truncate(index.role_title(item.role), role_column),
                dim,
            ));
        }
        spans
    }
}

/// How a row's columns share the list's width: the kind label (with its gap), the text, and
/// the role it belongs to on the right (0 when the list has none).
#[derive(Debug, Clone, Copy)]
struct Columns {
    width: usize,
    label: usize,
    role: usize,
}

/// `Title · also called Name` in `room` columns, the name cut around its match and highlighted;
/// the title gives way first, down to a few letters.
fn also_called<'a>(
    title: &str,
    name: &str,
    positions: &[usize],
    room: usize,
    base: Style,
    dim: Style,
    matched: Style,
) -> Vec<Span<'a>> {
    let title_width = title.width();
    let name_width = name.width();
    let fixed = ALSO_CALLED.width();
    let title_room = room
        .saturating_sub(fixed + name_width)
        .max(title_width.min(room / 3));
    let name_room = room.saturating_sub(title_room.min(title_width) + fixed);
    if name_room < 3 {
        // No room to say why: the other name alone.
        return windowed(name, positions, room, base, matched);
    }
    let mut spans = vec![
        Span::styled(truncate(title, title_room), base),
        Span::styled(ALSO_CALLED, dim),
    ];
    spans.extend(windowed(name, positions, name_room, base, matched));
    spans
}

impl Overlay for Palette {
    fn layout(&mut self, area: Rect, _ctx: &Ctx) {
        let inner = Palette::frame(area).height.saturating_sub(3);
        self.list.set_height(inner as usize);
    }

    fn update(&mut self, action: &Action, ctx: &Ctx) -> Flow {
        let index = ctx.index();
        let page = self.list.height().max(1) as isize;
        let by = match action {
            Action::MoveToTop => Some(-(self.hits.len() as isize)),
            // The end of what is ranked, rather than ranking every match.
            Action::MoveToBottom => Some(self.hits.len() as isize),
            action => action.movement(page),
        };
        if let Some(by) = by {
            // Moving down ranks ahead first, so the selection can go past the first screenful.
            if by > 0 && *action != Action::MoveToBottom {
                self.extend(index, self.list.selected + by as usize);
            }
            return Flow::Done(self.list.move_by(by));
        }
        let edited = match action {
            Action::Insert(text) => self.query.insert(text),
            Action::DeleteBack => self.query.delete_back(),
            Action::ClearQuery => self.query.clear(),
            Action::Back => return Flow::Request(Request::Close),
            Action::Confirm => {
                let picked = self.selected().map(|hit| index.item(hit.item));
                return match (picked, self.purpose) {
                    (Some(item), Purpose::Jump) => Flow::Request(Request::Jump(item)),
                    (Some(item), Purpose::CompareWith) if item.role != ctx.role => {
                        Flow::Request(Request::CompareWith(item.role))
                    }
                    _ => Flow::Request(Request::Close),
                };
            }
            Action::Quit | Action::Suspend => return Flow::Pass,
            _ => return Flow::UNCHANGED,
        };
        if edited {
            self.refresh(index);
        }
        Flow::Done(edited)
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme();
        let Some(index) = ctx.shared.built_index() else {
            return;
        };
        let title = match self.purpose {
            Purpose::Jump => "Search everything · Enter jumps · Esc closes".to_string(),
            Purpose::CompareWith => format!(
                "Compare {} with… · Enter picks · Esc closes",
                truncate(&ctx.role().title, 60)
            ),
        };
        let inner = popup(frame, Palette::frame(area), &title, theme);
        if inner.height < 2 {
            return;
        }
        let counter = format!(
            "{} of {} ",
            count(self.matched as i64),
            count(self.total as i64)
        );
        let room = (inner.width as usize).saturating_sub(counter.width() + 4);
        let query = truncate_start(self.query.as_str(), room);
        let prompt = Rect { height: 1, ..inner };
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled("> ", theme.key()),
                Span::raw(query),
                Span::raw("█"),
            ])),
            prompt,
        );
        frame.render_widget(
            Paragraph::new(Span::styled(counter, theme.dim())).right_aligned(),
            prompt,
        );

        let list_area = Rect {
            y: inner.y + 1,
            height: inner.height - 1,
            ..inner
        };
        if self.hits.is_empty() {
            let message = if self.query.is_blank() {
                "nothing to search"
            } else {
                "nothing matches"
            };
            frame.render_widget(
                Paragraph::new(Span::styled(format!("  {message}"), theme.missing())),
                list_area,
            );
            return;
        }
        // The selection arrow's two columns aside.
        let width = (list_area.width as usize).saturating_sub(ARROW.other.width());
        let columns = self.columns(index, width);
        list::draw(
            frame,
            list_area,
            &self.list,
            ARROW,
            true,
            theme,
            |row, selected| {
                let base = if selected {
                    theme.selected(true)
                } else {
                    Style::new()
                };
                Line::from(self.row(index, self.hits[row], columns, base, theme))
            },
        );
    }

    fn context(&self) -> Context {
        HERE
    }

    fn wants_text(&self) -> bool {
        true
    }

    fn hints(&self) -> &'static [Hint] {
        match self.purpose {
            Purpose::Jump => HINTS,
            Purpose::CompareWith => PICK_HINTS,
        }
    }
}

#[cfg(test)]
mod tests;
