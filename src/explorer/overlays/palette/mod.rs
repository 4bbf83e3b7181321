//! The search palette (Ctrl-P, or `/` outside Responsibilities) over every role's titles,
//! responsibilities, skills and comparisons, and the role picker (`c`). It ranks only what is
//! looked at: a screenful per keystroke, more as the selection moves down.

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
use crate::explorer::widgets::input::Query;
use crate::explorer::widgets::list::{self, ARROW, ListState};
use crate::explorer::widgets::text::{fit, highlighted, truncate, truncate_start};
use crate::explorer::widgets::{centered, popup};
use crate::search::{Hit, Kind, Scope, SearchIndex, Searcher};

/// How many ranked hits a keystroke asks for: a screenful and more. Moving further down ranks
/// more, so only what is looked at is ever ranked.
pub const SHOWN: usize = 60;

/// Texts longer than this are not highlighted: a row shows a screen's width of it anyway.
const MAX_HIGHLIGHTED: usize = 4096;

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
    /// How many items match in all.
    pub matched: usize,
    pub list: ListState,
    searcher: Searcher,
}

impl Palette {
    pub fn new(purpose: Purpose, ctx: &Ctx) -> Palette {
        let mut palette = Palette {
            purpose,
            query: Query::default(),
            hits: Vec::new(),
            matched: 0,
            list: ListState::new(0),
            searcher: Searcher::new(),
        };
        palette.refresh(ctx.index());
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

    /// A role's alternate titles are hits of their own: the picker shows each role once.
    fn keep(&self, index: &SearchIndex, hits: Vec<Hit>) -> Vec<Hit> {
        if self.purpose == Purpose::Jump {
            return hits;
        }
        let mut seen = HashSet::new();
        hits.into_iter()
            .filter(|h| seen.insert(index.item(h.item).role))
            .collect()
    }

    /// Re-runs the query (incrementally when it only grew) and keeps the best hits.
    fn refresh(&mut self, index: &SearchIndex) {
        self.matched = self
            .searcher
            .search(index, self.query.as_str(), self.scope());
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
        let total = match self.purpose {
            Purpose::Jump => index.len(),
            Purpose::CompareWith => ctx.catalog().roles.len(),
        };
        let counter = if self.matched > self.hits.len() {
            format!(
                "{} of {total}, best {} shown ",
                self.matched,
                self.hits.len()
            )
        } else {
            format!("{} of {total} ", self.hits.len().min(self.matched))
        };
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
        let width = list_area.width as usize;
        list::draw(
            frame,
            list_area,
            &self.list,
            ARROW,
            true,
            theme,
            |row, selected| {
                let hit = self.hits[row];
                let item = index.item(hit.item);
                let base = if selected {
                    theme.selected(true)
                } else {
                    Style::new()
                };
                let mut spans = Vec::new();
                let mut used = 2;
                if self.purpose == Purpose::Jump {
                    // A role hit on its title is the role itself: no need to name it twice.
                    // On another name ("Staffing Manager"), the role column says whose it is.
                    let role = match item.kind {
                        Kind::Role if index.also_called(hit.item).is_none() => "",
                        _ => ctx.catalog().roles[item.role].title.as_str(),
                    };
                    let role_width = (width / 4).max(8);
                    let label =
                        format!("{} {} ", fit(item.kind.as_str(), 14), fit(role, role_width));
                    used += label.width();
                    spans.push(Span::styled(
                        label,
                        if selected { base } else { theme.dim() },
                    ));
                }
                let text = index.text(hit.item);
                let positions = if text.len() <= MAX_HIGHLIGHTED {
                    self.searcher.highlight(index, hit.item)
                } else {
                    Vec::new()
                };
                let text = truncate(text, width.saturating_sub(used));
                spans.extend(highlighted(&text, &positions, base, theme.matched()));
                Line::from(spans)
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
        HINTS
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explorer::testing::{embedded, seed};

    #[test]
    fn confirm_asks_to_jump_to_the_selected_hit() {
        let app = seed();
        let ctx = app.ctx().unwrap();
        let mut palette = Palette::new(Purpose::Jump, &ctx);
        let _ = palette.update(&Action::Insert("kaizen".into()), &ctx);
        // "kaizen" scattered across a sentence about sortation is no match.
        assert_eq!(palette.matched, 1);
        let Flow::Request(Request::Jump(item)) = palette.update(&Action::Confirm, &ctx) else {
            panic!("no jump");
        };
        assert_eq!(item.kind, Kind::Responsibility);
        assert_eq!(item.index, 12);
        assert_eq!(
            palette.update(&Action::Back, &ctx),
            Flow::Request(Request::Close)
        );
    }

    #[test]
    fn ranks_more_as_the_selection_moves_down() {
        let app = embedded();
        let ctx = app.ctx().unwrap();
        let mut palette = Palette::new(Purpose::Jump, &ctx);
        palette.layout(Rect::new(0, 0, 100, 28), &ctx);
        let _ = palette.update(&Action::Insert("e".into()), &ctx);
        assert!(palette.matched > 200, "{}", palette.matched);
        assert_eq!(palette.hits.len(), SHOWN);
        for _ in 0..10 {
            let _ = palette.update(&Action::PageDown, &ctx);
        }
        assert!(palette.list.selected >= 190, "{}", palette.list.selected);
        assert!(palette.hits.len() > palette.list.selected);
    }

    #[test]
    fn the_picker_shows_each_role_once_and_never_the_role_itself() {
        let app = embedded();
        let ctx = app.ctx().unwrap();
        let mut picker = Palette::new(Purpose::CompareWith, &ctx);
        let _ = picker.update(&Action::Insert("senior operations manager".into()), &ctx);
        let roles: Vec<usize> = picker
            .hits
            .iter()
            .map(|h| ctx.index().item(h.item).role)
            .collect();
        let unique: HashSet<_> = roles.iter().collect();
        assert_eq!(unique.len(), roles.len());
        assert_eq!(roles[0], ctx.role);
        assert_eq!(
            picker.update(&Action::Confirm, &ctx),
            Flow::Request(Request::Close)
        );
    }
}
