//! The state picker (`w`): the US states and territories the wages-by-state table has, found by
//! code or name as you type (fuzzy), and "United States" to go back to the nation's figures
//! alone. Enter asks the app to show the picked state's wages; Esc leaves the choice as it was.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Overlay;
use crate::catalog::State;
use crate::explorer::action::Action;
use crate::explorer::component::{Ctx, Flow, Request};
use crate::explorer::keymap::{Bind, Context, Hint, bind, hint};
use crate::explorer::widgets::input::Query;
use crate::explorer::widgets::list::{self, ARROW, ListState};
use crate::explorer::widgets::text::{highlighted, truncate_start};
use crate::explorer::widgets::{centered, popup};
use crate::report::states::{self, StateHit};

const HERE: Context = Context::StatePicker;

pub const KEYS: &[Bind] = &[
    bind(HERE, Action::Confirm, "Enter", "show the state's wages"),
    bind(HERE, Action::Back, "Esc", "close, keeping the choice"),
    bind(HERE, Action::DeleteBack, "Backspace", "delete a character"),
    bind(HERE, Action::ClearQuery, "Ctrl-u", "clear the query"),
    bind(HERE, Action::MoveUp, "Up Ctrl-p", "move up"),
    bind(HERE, Action::MoveDown, "Down Ctrl-n", "move down"),
    bind(HERE, Action::PageUp, "PageUp", "page up"),
    bind(HERE, Action::PageDown, "PageDown", "page down"),
];

const HINTS: &[Hint] = &[
    hint(&[Action::Confirm], "pick"),
    hint(&[Action::Back], "close"),
    hint(&[Action::MoveUp, Action::MoveDown], "move"),
];

/// The row that clears the choice.
const NATION: &str = "United States";

/// One row of the picker: the nation (no state) or a state of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    Nation,
    State(StateHit),
}

#[derive(Debug, Clone)]
pub struct StatePicker {
    pub query: Query,
    /// The table's states, by name.
    states: Vec<State>,
    /// The rows that match the query, best first.
    pub choices: Vec<Choice>,
    pub list: ListState,
    /// The state chosen when the picker opened (its code), marked in the list.
    current: Option<String>,
}

impl StatePicker {
    /// The picker over the catalog's states, the current choice selected; `None` when no loaded
    /// catalog has wages by state.
    pub fn new(ctx: &Ctx) -> Option<StatePicker> {
        let table = states::any_table(ctx.catalog())?;
        let mut picker = StatePicker {
            query: Query::default(),
            states: table.states.clone(),
            choices: Vec::new(),
            list: ListState::new(0),
            current: ctx.shared.wage_state.clone(),
        };
        picker.refresh();
        let current = picker.choices.iter().position(|c| match c {
            Choice::Nation => picker.current.is_none(),
            Choice::State(hit) => Some(&picker.states[hit.state].code) == picker.current.as_ref(),
        });
        picker.list.reveal(current.unwrap_or(0));
        Some(picker)
    }

    fn refresh(&mut self) {
        let query = self.query.as_str().trim().to_lowercase();
        // The nation first when the query is blank or could be asking for it.
        let nation = query.is_empty()
            || ["us", "usa"].contains(&query.as_str())
            || NATION.to_lowercase().starts_with(&query)
            || "national".starts_with(&query);
        self.choices = nation.then_some(Choice::Nation).into_iter().collect();
        self.choices.extend(
            states::rank(&self.states, &query)
                .into_iter()
                .map(Choice::State),
        );
        self.list.rewind();
        self.list.set_len(self.choices.len());
    }

    /// The code the selected row stands for: `Some(None)` for the nation.
    pub fn selected(&self) -> Option<Option<String>> {
        match self.choices.get(self.list.selected)? {
            Choice::Nation => Some(None),
            Choice::State(hit) => Some(Some(self.states[hit.state].code.clone())),
        }
    }

    fn frame(area: Rect) -> Rect {
        let height = (area.height * 8 / 10).clamp(6, 24);
        centered(area, area.width.min(56), height)
    }
}

impl Overlay for StatePicker {
    fn layout(&mut self, area: Rect, _ctx: &Ctx) {
        let inner = StatePicker::frame(area).height.saturating_sub(3);
        self.list.set_height(inner as usize);
    }

    fn update(&mut self, action: &Action, _ctx: &Ctx) -> Flow {
        if let Some(by) = action.movement(self.list.page()) {
            return Flow::Done(self.list.move_by(by));
        }
        let edited = match action {
            Action::Insert(text) => self.query.insert(text),
            Action::DeleteBack => self.query.delete_back(),
            Action::ClearQuery => self.query.clear(),
            Action::Back => return Flow::Request(Request::Close),
            Action::Confirm => {
                return Flow::Request(match self.selected() {
                    Some(code) => Request::SetWageState(code),
                    None => Request::Close,
                });
            }
            Action::Quit | Action::Suspend => return Flow::Pass,
            _ => return Flow::UNCHANGED,
        };
        if edited {
            self.refresh();
        }
        Flow::Done(edited)
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme();
        let inner = popup(
            frame,
            StatePicker::frame(area),
            "Wages in a state · Enter picks · Esc closes",
            theme,
        );
        if inner.height < 2 {
            return;
        }
        let counter = format!("{} of {} ", self.choices.len(), self.states.len() + 1);
        let room = (inner.width as usize).saturating_sub(counter.len() + 4);
        let prompt = Rect { height: 1, ..inner };
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled("> ", theme.key()),
                Span::raw(truncate_start(self.query.as_str(), room)),
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
        if self.choices.is_empty() {
            frame.render_widget(
                Paragraph::new(Span::styled(
                    "  no state or territory matches",
                    theme.missing(),
                )),
                list_area,
            );
            return;
        }
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
                let (code, name, positions, current) = match &self.choices[row] {
                    Choice::Nation => ("US", NATION, &[][..], self.current.is_none()),
                    Choice::State(hit) => {
                        let state = &self.states[hit.state];
                        let current = self.current.as_deref() == Some(state.code.as_str());
                        (
                            state.code.as_str(),
                            state.name.as_str(),
                            &hit.positions[..],
                            current,
                        )
                    }
                };
                let mut spans = vec![Span::styled(
                    format!("{code}  "),
                    if selected { base } else { theme.dim() },
                )];
                spans.extend(highlighted(name, positions, base, theme.matched()));
                if matches!(self.choices[row], Choice::Nation) {
                    spans.push(Span::styled(
                        " · national figures only",
                        if selected { base } else { theme.dim() },
                    ));
                }
                if current {
                    spans.push(Span::styled(
                        " ✓ shown",
                        if selected { base } else { theme.key() },
                    ));
                }
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
    use crate::explorer::testing::embedded;

    #[test]
    fn typing_finds_a_state_and_enter_picks_it() {
        let app = embedded();
        let ctx = app.ctx().unwrap();
        let mut picker = StatePicker::new(&ctx).unwrap();
        assert_eq!(
            picker.choices.len(),
            55,
            "the nation and 54 states and territories"
        );
        assert_eq!(
            picker.selected(),
            Some(None),
            "nothing chosen yet: the nation"
        );
        let _ = picker.update(&Action::Insert("texas".into()), &ctx);
        assert_eq!(picker.choices.len(), 1);
        assert_eq!(
            picker.update(&Action::Confirm, &ctx),
            Flow::Request(Request::SetWageState(Some("TX".into())))
        );
        let _ = picker.update(&Action::ClearQuery, &ctx);
        let _ = picker.update(&Action::Insert("united".into()), &ctx);
        assert_eq!(picker.choices[0], Choice::Nation);
        assert_eq!(
            picker.update(&Action::Confirm, &ctx),
            Flow::Request(Request::SetWageState(None))
        );
        let _ = picker.update(&Action::Insert("zzz".into()), &ctx);
        assert!(picker.choices.is_empty());
        assert_eq!(
            picker.update(&Action::Confirm, &ctx),
            Flow::Request(Request::Close)
        );
        assert_eq!(
            picker.update(&Action::Back, &ctx),
            Flow::Request(Request::Close)
        );
    }

    #[test]
    fn opens_on_the_state_chosen() {
        let mut app = embedded();
        app.set_wage_state(Some("WY".into()));
        let ctx = app.ctx().unwrap();
        let picker = StatePicker::new(&ctx).unwrap();
        assert_eq!(picker.selected(), Some(Some("WY".into())));
    }
}
