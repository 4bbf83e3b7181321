//! The Skills pane: one chart at a time, each with its own selection, and a box with the
//! selected row in full. A US occupation has O*NET Skills and Knowledge (importance 1–5 as bars,
//! the level 0–7 beside), Work Styles (impact −3–3 as signed bars) and Technology by category
//! (with O*NET's Hot Technology and In Demand marks); a career page's role has hard skills (the
//! share of resumes, on 0–100%) with resume examples, and soft skills. `]`/`[` walk the charts,
//! ↑/↓ the rows.

mod chart;
mod draw;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{About, PaneId};
use crate::explorer::action::Action;
use crate::explorer::component::{Ctx, Flow};
use crate::explorer::keymap::{Bind, Context, Hint, bind, hint};
use crate::explorer::widgets::inset;
use crate::explorer::widgets::text::wrap;
use crate::search::Kind;

pub use chart::{Chart, ChartKind};

pub const ABOUT: About = About {
    id: "skills",
    title: "Skills",
    short_title: "Skills",
};

const HERE: Context = Context::Pane(PaneId::Skills);

pub const KEYS: &[Bind] = &[
    bind(HERE, Action::NextChart, "] n", "next chart"),
    bind(HERE, Action::PreviousChart, "[ p", "previous chart"),
];

const HINTS: &[Hint] = &[hint(&[Action::PreviousChart, Action::NextChart], "chart")];

/// Panes at least this wide show the selected row's box beside the list, not under it.
const SIDE_BY_SIDE: u16 = 90;

#[derive(Debug, Default)]
pub struct Skills {
    pub charts: Vec<Chart>,
    /// The chart shown, an index into `charts`.
    pub current: usize,
    /// Which O*NET charts the occupation has no data for, in words; shown on every chart.
    pub(super) note: Option<String>,
}

/// Where the parts of the pane go.
#[derive(Debug, Clone, Copy, Default)]
struct Areas {
    /// The charts' names, the shown one marked.
    tabs: Rect,
    /// What the chart measures and from which release.
    measure: Rect,
    /// The O*NET charts without data (when some are).
    note: Rect,
    /// The names of the columns, or a chart's caption.
    header: Rect,
    list: Rect,
    detail: Rect,
    /// True when the box is beside the list.
    beside: bool,
}

impl Skills {
    pub fn chart(&self) -> Option<&Chart> {
        self.charts.get(self.current)
    }

    /// The shown chart's rows: its selection and scrolling.
    pub fn list(&self) -> Option<&crate::explorer::widgets::list::ListState> {
        self.chart().map(|c| &c.list)
    }

    fn chart_mut(&mut self) -> Option<&mut Chart> {
        self.charts.get_mut(self.current)
    }

    fn areas(&self, area: Rect, ctx: &Ctx) -> Areas {
        let inner = inset(area, 1);
        // Lines of `text` at this width, at most two.
        let lines = |text: &str| wrap(text, inner.width as usize).len().min(2) as u16;
        let rows = |y: u16, height: u16| Rect {
            y,
            height: height.min(inner.bottom().saturating_sub(y)),
            ..inner
        };
        let tabs = rows(inner.y, 1);
        let measure_lines = self.chart().map_or(1, |c| lines(&draw::measure(c.kind, ctx)));
        let measure = rows(tabs.bottom(), measure_lines);
        // An empty chart says it in its body; a chart with rows says it over them.
        let note = match (&self.note, self.chart()) {
            (Some(note), Some(chart)) if !chart.is_empty() => lines(note),
            _ => 0,
        };
        let note = rows(measure.bottom(), note);
        let body = Rect {
            y: note.bottom(),
            height: inner.bottom().saturating_sub(note.bottom()),
            ..inner
        };
        let beside = body.width >= SIDE_BY_SIDE;
        let (list, detail) = if beside {
            let list_width = body.width * 11 / 20;
            (
                Rect {
                    width: list_width,
                    ..body
                },
                Rect {
                    x: body.x + list_width + 1,
                    width: body.width.saturating_sub(list_width + 1),
                    ..body
                },
            )
        } else {
            let detail = (body.height / 3).clamp(3, 7).min(body.height);
            (
                Rect {
                    height: body.height - detail,
                    ..body
                },
                Rect {
                    y: body.bottom() - detail,
                    height: detail,
                    ..body
                },
            )
        };
        let header = Rect {
            height: list.height.min(1),
            ..list
        };
        let list = Rect {
            y: header.bottom(),
            height: list.height - header.height,
            ..list
        };
        Areas {
            tabs,
            measure,
            note,
            header,
            list,
            detail,
            beside,
        }
    }

    fn show(&mut self, chart: usize) -> bool {
        let changed = chart != self.current;
        self.current = chart;
        changed
    }

    /// A search hit on a skill: a hard skill's index, then the soft skills' after them.
    fn reveal_skill(&mut self, index: usize, ctx: &Ctx) -> bool {
        let hard = ctx.role().hard_skills.len();
        let (kind, item) = if index < hard {
            (ChartKind::HardSkills, index)
        } else {
            (ChartKind::SoftSkills, index - hard)
        };
        let Some(at) = self.charts.iter().position(|c| c.kind == kind) else {
            return false;
        };
        self.current = at;
        let chart = &mut self.charts[at];
        let row = chart.items.iter().position(|&(i, _)| i == item).unwrap_or(0);
        chart.list.reveal(row);
        true
    }
}

impl super::Pane for Skills {
    fn reset(&mut self, ctx: &Ctx) {
        let origin = ctx.origin();
        let before = self.chart().map(|c| c.kind);
        self.charts = chart::charts(ctx.role(), origin);
        self.note = chart::missing_note(&self.charts, origin);
        // The chart shown for the role before, when this role has it with rows (going through
        // occupations' technology, say); else the first chart with something to show.
        let same = self
            .charts
            .iter()
            .position(|c| Some(c.kind) == before && !c.is_empty());
        let first = self.charts.iter().position(|c| !c.is_empty());
        self.current = same.or(first).unwrap_or(0);
    }

    fn layout(&mut self, area: Rect, ctx: &Ctx) {
        let height = self.areas(area, ctx).list.height as usize;
        for chart in &mut self.charts {
            chart.list.set_height(height);
        }
    }

    fn update(&mut self, action: &Action, ctx: &Ctx) -> Flow {
        let n = self.charts.len();
        match action {
            Action::NextChart | Action::PreviousChart if n > 0 => {
                let by = if *action == Action::NextChart { 1 } else { -1 };
                let next = (self.current as isize + by).rem_euclid(n as isize) as usize;
                Flow::Done(self.show(next))
            }
            Action::SelectRow(row) => match self.chart_mut() {
                Some(chart) if *row < chart.list.len() => Flow::Done(chart.list.select(*row)),
                _ => Flow::Pass,
            },
            Action::ScrollPane(by) => match self.chart_mut() {
                Some(chart) => Flow::Done(chart.list.move_by(*by as isize)),
                None => Flow::UNCHANGED,
            },
            Action::Reveal(item) if item.kind == Kind::Skill => {
                Flow::Done(self.reveal_skill(item.index, ctx))
            }
            action => {
                let Some(chart) = self.chart_mut() else {
                    return Flow::Pass;
                };
                match action.movement(chart.list.page()) {
                    Some(by) => Flow::Done(chart.list.move_by(by)),
                    None => Flow::Pass,
                }
            }
        }
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, focused: bool) -> Vec<(u16, usize)> {
        draw::draw(self, self.areas(area, ctx), frame, ctx, focused)
    }

    fn hints(&self) -> &'static [Hint] {
        HINTS
    }
}

#[cfg(test)]
mod tests;
