//! The Compare pane: the role against one other role at a time, side by side. The roles it is
//! compared with come in this order: one picked with `c`, those the catalog compares it with,
//! the nearest US occupation of a career page's role, then its related roles (for an occupation,
//! O*NET's related occupations in O*NET's order, with their tier). `]`/`[` walk them (the
//! indicator names its keys: `[ 3 of 20 ]`), Enter opens the other role.
//!
//! A comparison is laid out once per role, width and chosen state (`view`), from the same
//! report every output of `compare` draws; a frame draws only the lines on screen.

mod several;
mod view;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{About, PaneId};
use crate::catalog::{ComparisonView, RelatedTier};
use crate::explorer::action::Action;
use crate::explorer::component::{Ctx, Flow, Request};
use crate::explorer::keymap::{Bind, Context, Hint, bind, hint};
use crate::explorer::widgets::scroll::TextView;
use crate::explorer::widgets::{MAX_TEXT_WIDTH, inset};

pub const ABOUT: About = About {
    id: "compare",
    title: "Compare",
    short_title: "Comp",
};

const HERE: Context = Context::Pane(PaneId::Compare);

pub const KEYS: &[Bind] = &[
    bind(HERE, Action::NextComparison, "] n", "next comparison"),
    bind(HERE, Action::PreviousComparison, "[ p", "previous comparison"),
    bind(HERE, Action::OpenComparedRole, "Enter", "open the other role"),
    bind(
        HERE,
        Action::PinComparison,
        "a +",
        "keep the comparison shown as a column",
    ),
    bind(HERE, Action::DropPick, "x -", "drop the kept column shown, else the last"),
    bind(
        HERE,
        Action::PreviousColumns,
        "<",
        "columns to the left (when not all fit)",
    ),
    bind(
        HERE,
        Action::NextColumns,
        ">",
        "columns to the right (when not all fit)",
    ),
    bind(
        HERE,
        Action::Export,
        "e",
        "export the comparison to Markdown",
    ),
];

const HINTS: &[Hint] = &[
    hint(
        &[Action::PreviousComparison, Action::NextComparison],
        "comparison",
    ),
    hint(&[Action::PinComparison], "keep"),
    hint(&[Action::OpenComparedRole], "open other role"),
    hint(&[Action::PickRoleToCompare], "any role"),
    hint(&[Action::Export], "export"),
];

/// With columns kept: adding, dropping and scrolling them come first.
const SEVERAL_HINTS: &[Hint] = &[
    hint(
        &[Action::PreviousComparison, Action::NextComparison],
        "comparison",
    ),
    hint(&[Action::PinComparison], "keep"),
    hint(&[Action::DropPick], "drop"),
    hint(&[Action::PreviousColumns, Action::NextColumns], "columns"),
    hint(&[Action::Export], "export"),
    hint(&[Action::PickRoleToCompare], "any role"),
];

/// At most this many roles side by side: the role and three others.
pub const MAX_COLUMNS: usize = crate::report::compare::several::MAX_ROLES;

/// Why a role is among those compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// Picked with `c`.
    Picked,
    /// The catalog compares the two.
    Authored,
    /// The US occupation nearest to a career page's role.
    Nearest,
    /// One of the role's related roles, with its O*NET tier when the catalog gives tiers.
    Related(Option<RelatedTier>),
}

/// A role the pane compares with, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    pub role: usize,
    pub why: Why,
}

#[derive(Debug, Default)]
pub struct Compare {
    /// Which of the role's comparisons is shown.
    pub comparison: usize,
    /// A role picked with `c` to compare with, shown first.
    pub compare_with: Option<usize>,
    text: TextView,
    /// The state the lines were laid out with: another state lays them out again.
    laid_out_state: Option<String>,
    /// The comparison last shown for each role this run, so coming back to a role (back,
    /// forward, the role list) shows the one you left.
    shown_for: std::collections::HashMap<usize, usize>,
    /// Roles kept as columns (`a`), in the order kept: they stay while moving between roles
    /// and are saved between runs.
    pub picks: Vec<usize>,
    /// The first column shown when not all fit (`<`/`>`); clamped when laid out.
    first_column: usize,
    /// How many role columns fit at the width laid out.
    fit_columns: usize,
}

impl Compare {
    /// The roles Compare can show for the role, in order, each once.
    pub fn targets(&self, ctx: &Ctx) -> Vec<Target> {
        let catalog = ctx.catalog();
        let role = ctx.role();
        let mut targets: Vec<Target> = Vec::new();
        let mut add = |other: usize, why: Why| {
            if other != ctx.role
                && other < catalog.roles.len()
                && !targets.iter().any(|t| t.role == other)
            {
                targets.push(Target { role: other, why });
            }
        };
        if let Some(other) = self.compare_with {
            add(other, Why::Picked);
        }
        for view in catalog.comparisons_of(ctx.role) {
            add(view.other, Why::Authored);
        }
        if let Some(code) = &role.nearest_occupation {
            if let Some(other) = catalog
                .roles
                .iter()
                .position(|r| r.code.as_ref() == Some(code))
            {
                add(other, Why::Nearest);
            }
        }
        for (at, id) in role.related.iter().enumerate() {
            if let Some(other) = catalog.index_of(id) {
                add(other, Why::Related(role.related_tier(at)));
            }
        }
        targets
    }

    /// The comparison on screen, if the role has any: why, and the view of it.
    pub fn current<'a>(&self, ctx: &Ctx<'a>) -> Option<(Target, ComparisonView<'a>)> {
        let targets = self.targets(ctx);
        let target = *targets.get(self.comparison.min(targets.len().saturating_sub(1)))?;
        Some((target, ctx.catalog().compare(ctx.role, target.role)))
    }

    /// The roles shown as columns: the role, the picks, then the comparison walked with
    /// `[`/`]` when it is not one of them; at most [`MAX_COLUMNS`].
    pub fn columns(&self, ctx: &Ctx) -> Vec<usize> {
        let mut columns = vec![ctx.role];
        for &pick in &self.picks {
            if pick < ctx.catalog().roles.len() && !columns.contains(&pick) {
                columns.push(pick);
            }
        }
        if let Some((target, _)) = self.current(ctx) {
            if !columns.contains(&target.role) {
                columns.push(target.role);
            }
        }
        columns.truncate(MAX_COLUMNS);
        columns
    }

    /// Whether Compare shows several roles (any pick other than the role itself).
    pub fn several(&self, ctx: &Ctx) -> bool {
        self.picks.iter().any(|&p| p != ctx.role)
    }

    /// The columns on screen: the first shown and how many, when laid out.
    pub fn visible_columns(&self, total: usize) -> (usize, usize) {
        let fit = self.fit_columns.clamp(1, MAX_COLUMNS).min(total.max(1));
        let first = self.first_column.min(total.saturating_sub(fit));
        (first, fit)
    }

    /// Keeps `role` as a column; a message when it cannot.
    fn pin(&mut self, role: usize, ctx: &Ctx) -> Flow {
        let title = |r: usize| ctx.catalog().roles[r].title.clone();
        if role == ctx.role || self.picks.contains(&role) {
            return Flow::Request(Request::Notice(format!("{} is already a column", title(role))));
        }
        let kept = self.picks.iter().filter(|&&p| p != ctx.role).count();
        if kept + 1 >= MAX_COLUMNS {
            return Flow::Request(Request::Notice(format!(
                "Compare holds {MAX_COLUMNS} roles: drop one first ({})",
                self.key_label(ctx, &Action::DropPick)
            )));
        }
        self.picks.push(role);
        self.text.invalidate();
        Flow::CHANGED
    }

    fn key_label(&self, ctx: &Ctx, action: &Action) -> String {
        ctx.shared
            .keymap
            .keys_for(&[HERE], action)
            .first()
            .map_or_else(String::new, |k| k.label())
    }

    /// The comparison on screen as Markdown, written to a file; the message for the footer.
    fn export(&self, ctx: &Ctx) -> String {
        let columns = self.columns(ctx);
        if columns.len() < 2 {
            return "Nothing to export: the role is compared with no other".into();
        }
        let catalog = ctx.catalog();
        let markdown = crate::report::compare::markdown::of_roles(
            catalog,
            &columns,
            ctx.shared.wage_state.as_deref(),
        );
        let subject: Vec<&str> = columns.iter().map(|&r| catalog.roles[r].id.as_str()).collect();
        crate::explorer::export::write("compare", &subject.join("+"), &markdown)
    }

    fn show(&mut self, comparison: usize, ctx: &Ctx) -> bool {
        let changed = comparison != self.comparison;
        self.comparison = comparison;
        self.shown_for.insert(ctx.role, comparison);
        self.text.reset();
        changed
    }

    pub fn scroll(&self) -> usize {
        self.text.scroll()
    }

    #[cfg(test)]
    fn text(&self) -> Vec<String> {
        self.text.text()
    }
}

impl super::Pane for Compare {
    fn reset(&mut self, ctx: &Ctx) {
        self.comparison = self.shown_for.get(&ctx.role).copied().unwrap_or(0);
        self.text.reset();
    }

    fn layout(&mut self, area: Rect, ctx: &Ctx) {
        let inner = text_area(area);
        let fit = several::fit_columns(inner.width as usize);
        if fit != self.fit_columns {
            self.fit_columns = fit;
            self.text.invalidate();
        }
        if self.laid_out_state != ctx.shared.wage_state {
            self.laid_out_state = ctx.shared.wage_state.clone();
            self.text.invalidate();
        }
        if self.text.needs_layout(inner.width) {
            let lines = if self.several(ctx) {
                several::lines(self, ctx, inner.width as usize)
            } else {
                view::lines(self, ctx, inner.width as usize)
            };
            self.text.set_cut_lines(lines, inner.width);
        }
        self.text.set_height(inner.height);
    }

    fn update(&mut self, action: &Action, ctx: &Ctx) -> Flow {
        let page = self.text.height().saturating_sub(1).max(1) as isize;
        match action {
            Action::NextComparison | Action::PreviousComparison => {
                let n = self.targets(ctx).len();
                if n == 0 {
                    return Flow::UNCHANGED;
                }
                let by = if *action == Action::NextComparison { 1 } else { -1 };
                let next = (self.comparison.min(n - 1) as isize + by).rem_euclid(n as isize);
                Flow::Done(self.show(next as usize, ctx))
            }
            Action::OpenComparedRole => match self.current(ctx) {
                Some((target, _)) => Flow::Request(Request::OpenRole(target.role)),
                None => Flow::UNCHANGED,
            },
            Action::CompareWith(role) if *role != ctx.role => {
                self.compare_with = Some(*role);
                self.show(0, ctx);
                // With columns kept, a role picked with `c` joins them.
                if self.several(ctx) && !self.picks.contains(role) {
                    let _ = self.pin(*role, ctx);
                }
                Flow::CHANGED
            }
            Action::PinComparison => match self.current(ctx) {
                Some((target, _)) => self.pin(target.role, ctx),
                None => Flow::UNCHANGED,
            },
            Action::DropPick => {
                // The comparison shown, when it is kept; else the last kept.
                let shown = self.current(ctx).map(|(target, _)| target.role);
                let kept = shown.and_then(|role| self.picks.iter().position(|&p| p == role));
                match kept.or(self.picks.len().checked_sub(1)) {
                    Some(at) => {
                        self.picks.remove(at);
                        self.text.invalidate();
                        Flow::CHANGED
                    }
                    None => Flow::Request(Request::Notice("No column kept to drop".into())),
                }
            }
            Action::PreviousColumns | Action::NextColumns => {
                let total = self.columns(ctx).len();
                let (first, fit) = self.visible_columns(total);
                let next = if *action == Action::NextColumns {
                    (first + 1).min(total.saturating_sub(fit))
                } else {
                    first.saturating_sub(1)
                };
                if next == first {
                    return Flow::UNCHANGED;
                }
                self.first_column = next;
                self.text.invalidate();
                Flow::CHANGED
            }
            Action::Export => Flow::Request(Request::Notice(self.export(ctx))),
            Action::Reveal(item) => {
                let views = ctx.catalog().comparisons_of(ctx.role);
                let other = views.get(item.index).map(|v| v.other);
                let targets = self.targets(ctx);
                let at = other
                    .and_then(|o| targets.iter().position(|t| t.role == o))
                    .unwrap_or(0);
                self.show(at, ctx);
                Flow::CHANGED
            }
            Action::ScrollPane(by) => Flow::Done(self.text.scroll_by(*by as isize)),
            action => match action.movement(page) {
                Some(by) => Flow::Done(self.text.scroll_by(by)),
                None => Flow::Pass,
            },
        }
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, _focused: bool) -> Vec<(u16, usize)> {
        self.text.draw(frame, text_area(area), area, ctx.theme());
        Vec::new()
    }

    fn hints(&self) -> &'static [Hint] {
        if self.picks.is_empty() {
            HINTS
        } else {
            SEVERAL_HINTS
        }
    }
}

/// Where the comparison is written: a column of margin, and no wider than reads well (the
/// table's columns stay close enough to read across).
fn text_area(area: Rect) -> Rect {
    let mut inner = inset(area, 1);
    inner.width = inner.width.min(MAX_TEXT_WIDTH);
    inner
}

/// A carousel's place, named by its keys as bound now: `[ 3 of 20 ]` (the first key of each
/// action in `context`), so nobody presses ← (back to the role list) for the next one.
pub fn pager(
    ctx: &Ctx,
    context: Context,
    (previous, next): (&Action, &Action),
    position: usize,
    count: usize,
) -> String {
    let keymap = &ctx.shared.keymap;
    let key = |action: &Action| keymap.keys_for(&[context], action).first().map(|k| k.label());
    match (key(previous), key(next)) {
        (Some(p), Some(n)) => format!("{p} {position} of {count} {n}"),
        _ => format!("{position} of {count}"),
    }
}

#[cfg(test)]
mod tests;
