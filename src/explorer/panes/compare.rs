//! The Compare pane: the role against one other role, as a table with signed, coloured
//! differences. `[`/`]` walk the comparisons, `c` picks any role, Enter opens the other role.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::{About, PaneId};
use crate::catalog::ComparisonView;
use crate::explorer::action::Action;
use crate::explorer::component::{Ctx, Flow, Request};
use crate::explorer::keymap::{Bind, Context, Hint, bind, hint};
use crate::explorer::widgets::{MAX_TEXT_WIDTH, inset};
use crate::explorer::widgets::scroll::TextView;
use crate::explorer::widgets::text::{fit, head, wrap};
use super::overview::MAX_SHOWN_TEXT;
use crate::report::{NOT_IN_SOURCE, Tone, compare_rows};

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
];

const HINTS: &[Hint] = &[
    hint(
        &[Action::PreviousComparison, Action::NextComparison],
        "comparison",
    ),
    hint(&[Action::OpenComparedRole], "open other role"),
    hint(&[Action::PickRoleToCompare], "any role"),
];

#[derive(Debug, Default)]
pub struct Compare {
    /// Which of the role's comparisons is shown.
    pub comparison: usize,
    /// A role picked with `c` to compare with, shown first.
    pub compare_with: Option<usize>,
    text: TextView,
}

impl Compare {
    /// The roles Compare can show for the role: a picked role, the authored comparisons (both
    /// directions), then related roles.
    pub fn targets(&self, ctx: &Ctx) -> Vec<usize> {
        let catalog = ctx.catalog();
        let mut targets: Vec<usize> = Vec::new();
        if let Some(other) = self.compare_with.filter(|o| *o != ctx.role) {
            targets.push(other);
        }
        for view in catalog.comparisons_of(ctx.role) {
            if !targets.contains(&view.other) {
                targets.push(view.other);
            }
        }
        for id in &ctx.role().related {
            if let Some(i) = catalog.index_of(id) {
                if i != ctx.role && i < catalog.roles.len() && !targets.contains(&i) {
                    targets.push(i);
                }
            }
        }
        targets
    }

    /// The comparison on screen, if the role has any.
    pub fn current<'a>(&self, ctx: &Ctx<'a>) -> Option<ComparisonView<'a>> {
        let targets = self.targets(ctx);
        let other = *targets.get(self.comparison.min(targets.len().saturating_sub(1)))?;
        Some(ctx.catalog().compare(ctx.role, other))
    }

    fn show(&mut self, comparison: usize) -> bool {
        let changed = comparison != self.comparison;
        self.comparison = comparison;
        self.text.reset();
        changed
    }

    pub fn scroll(&self) -> usize {
        self.text.scroll()
    }
}

impl super::Pane for Compare {
    fn reset(&mut self, _ctx: &Ctx) {
        self.comparison = 0;
        self.text.reset();
    }

    fn layout(&mut self, area: Rect, ctx: &Ctx) {
        let inner = text_area(area);
        if self.text.needs_layout(inner.width) {
            let lines = lines(self, ctx, inner.width as usize);
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
                Flow::Done(self.show(next as usize))
            }
            Action::OpenComparedRole => match self.current(ctx) {
                Some(view) => Flow::Request(Request::OpenRole(view.other)),
                None => Flow::UNCHANGED,
            },
            Action::CompareWith(role) if *role != ctx.role => {
                self.compare_with = Some(*role);
                self.show(0);
                Flow::CHANGED
            }
            Action::Reveal(item) => {
                let views = ctx.catalog().comparisons_of(ctx.role);
                let other = views.get(item.index).map(|v| v.other);
                let targets = self.targets(ctx);
                let at = other
                    .and_then(|o| targets.iter().position(|&t| t == o))
                    .unwrap_or(0);
                self.show(at);
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
        HINTS
    }
}

/// Where the comparison is written: a column of margin, and no wider than reads well (the
/// table's columns stay close enough to read across).
fn text_area(area: Rect) -> Rect {
    let mut inner = inset(area, 1);
    inner.width = inner.width.min(MAX_TEXT_WIDTH);
    inner
}

/// The pane's lines at `width`: the comparison, or what to do when there is none.
fn lines(pane: &Compare, ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let theme = ctx.theme();
    match pane.current(ctx) {
        Some(view) => {
            let targets = pane.targets(ctx);
            let position = pane.comparison.min(targets.len().saturating_sub(1)) + 1;
            comparison_lines(ctx, &view, position, targets.len(), width)
        }
        None => {
            let mut lines: Vec<Line> = wrap(
                &format!("The catalog compares this role with no other ({NOT_IN_SOURCE})."),
                width,
            )
            .into_iter()
            .map(|l| Line::from(Span::styled(l, theme.missing())))
            .collect();
            let keys = ctx.shared.keymap.keys_for(
                &[Context::Everywhere],
                &Action::PickRoleToCompare,
            );
            if let Some(key) = keys.first() {
                lines.extend([
                    Line::default(),
                    Line::from(vec![
                        Span::styled(key.label(), theme.key()),
                        Span::raw(" picks any role to compare with."),
                    ]),
                ]);
            }
            lines
        }
    }
}

fn comparison_lines(
    ctx: &Ctx,
    view: &ComparisonView<'_>,
    position: usize,
    count: usize,
    width: usize,
) -> Vec<Line<'static>> {
    let theme = ctx.theme();
    let catalog = ctx.catalog();
    let (a, b) = (&catalog.roles[view.role], &catalog.roles[view.other]);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let mut out = Vec::new();

    let pager = format!("◀ {position} of {count} ▶");
    let title = format!("{}  vs  {}", a.title, b.title);
    let room = width.saturating_sub(pager.width() + 1);
    out.push(Line::from(vec![
        Span::styled(fit(&title, room), bold),
        Span::raw(" "),
        Span::styled(pager, theme.key()),
    ]));
    let kind = if view.authored {
        "as the source compares them"
    } else {
        "built from what the catalog holds on both roles"
    };
    out.push(Line::from(Span::styled(kind.to_string(), theme.dim())));
    out.push(Line::default());
    match view.description {
        Some(description) => out.extend(
            wrap(head(description, MAX_SHOWN_TEXT), width)
                .into_iter()
                .map(Line::from),
        ),
        None => out.push(Line::from(Span::styled(NOT_IN_SOURCE, theme.missing()))),
    }
    out.push(Line::default());

    let rows = compare_rows(catalog, view);
    let longest = rows.iter().map(|r| r.label.width()).max().unwrap_or(0);
    let label_width = longest.min((width * 2 / 7).max(10)).min(24);
    let column = width.saturating_sub(label_width + 2) / 2;
    let column = column.max(1);
    out.push(Line::from(vec![
        Span::raw(" ".repeat(label_width + 1)),
        Span::styled(fit(&a.title, column), theme.heading()),
        Span::raw(" "),
        Span::styled(fit(&b.title, column), theme.heading()),
    ]));
    for row in rows {
        let wrapped = |cells: &[String]| -> Vec<String> {
            cells
                .iter()
                .flat_map(|c| wrap(c, column.saturating_sub(1)))
                .collect()
        };
        let (left, right) = (wrapped(&row.left), wrapped(&row.right));
        let labels = wrap(&row.label, label_width);
        let tone = match row.tone {
            Tone::More => theme.more(),
            Tone::Less => theme.less(),
            Tone::Neutral => Style::new(),
        };
        let arrow = match row.tone {
            Tone::More => " ▲",
            Tone::Less => " ▼",
            Tone::Neutral => "",
        };
        for i in 0..left.len().max(right.len()).max(labels.len()) {
            let label = labels.get(i).map_or("", String::as_str);
            let l = left.get(i).map_or("", String::as_str);
            let r = right.get(i).map_or("", String::as_str);
            let style_of = |text: &str, base: Style| {
                if text == NOT_IN_SOURCE {
                    theme.missing()
                } else {
                    base
                }
            };
            let mut spans = vec![
                Span::styled(fit(label, label_width), theme.dim()),
                Span::raw(" "),
                Span::styled(fit(l, column), style_of(l, Style::new())),
                Span::raw(" "),
                Span::styled(r.to_string(), style_of(r, tone)),
            ];
            if i == 0 && !arrow.is_empty() {
                spans.push(Span::styled(arrow, tone));
            }
            out.push(Line::from(spans));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explorer::panes::Pane;
    use crate::explorer::testing::seed;

    #[test]
    fn walks_the_comparisons_and_asks_to_open_the_other_role() {
        let app = seed();
        let ctx = app.ctx().unwrap();
        let mut pane = Compare::default();
        pane.reset(&ctx);
        let other = |pane: &Compare| ctx.catalog().roles[pane.current(&ctx).unwrap().other].id.clone();
        assert_eq!(other(&pane), "general-manager-of-operations");
        assert_eq!(pane.update(&Action::NextComparison, &ctx), Flow::CHANGED);
        assert_eq!(other(&pane), "group-manager");
        let _ = pane.update(&Action::PreviousComparison, &ctx);
        let _ = pane.update(&Action::PreviousComparison, &ctx);
        assert_eq!(other(&pane), "performance-manager", "wraps around");
        let open = pane.update(&Action::OpenComparedRole, &ctx);
        let index = ctx.catalog().index_of("performance-manager").unwrap();
        assert_eq!(open, Flow::Request(Request::OpenRole(index)));
        assert_eq!(pane.update(&Action::FocusRoles, &ctx), Flow::Pass);
    }

    #[test]
    fn a_picked_role_comes_first_and_text_scrolls_within_its_lines() {
        let app = seed();
        let ctx = app.ctx().unwrap();
        let mut pane = Compare::default();
        pane.reset(&ctx);
        let _ = pane.update(&Action::NextComparison, &ctx);
        assert_eq!(pane.update(&Action::CompareWith(3), &ctx), Flow::CHANGED);
        assert_eq!(pane.comparison, 0);
        assert_eq!(pane.current(&ctx).unwrap().other, 3);
        pane.layout(Rect::new(0, 0, 50, 8), &ctx);
        let _ = pane.update(&Action::MoveToBottom, &ctx);
        assert_eq!(pane.scroll(), pane.text.total() - 8);
    }
}
