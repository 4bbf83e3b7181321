//! The Next moves pane: the occupations a person in the role could move to, most similar in
//! O*NET skills and knowledge first (see `crate::moves`), each with the change in median pay
//! (national, or the chosen state's), the outlook, the job-zone step and the skills to build.
//! `p`/`u`/`z` keep only higher pay, growing, the same or a lower job zone (not `h` and `g`,
//! which move in every list); Enter opens the
//! selected occupation; `e` writes the list to a Markdown file.
//!
//! The list is worked out when the role, the filters or the state change (a few milliseconds
//! for a thousand occupations), never while drawing; the vectors are built the first time the
//! pane is shown.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{About, PaneId};
use crate::explorer::action::Action;
use crate::explorer::component::{Ctx, Flow, Request};
use crate::explorer::keymap::{Bind, Context, Hint, bind, hint};
use crate::explorer::widgets::list::{self, INDENTED_ARROW, ListState};
use crate::explorer::widgets::text::{fit, truncate, wrap};
use crate::explorer::widgets::inset;
use crate::moves::next::{self, Filters, Move};
use crate::moves::report::{MovesReport, SIMILARITY_RULE, wage_basis};
use crate::moves::{Origin, origin_of};
use crate::report::{dollars, dollars_signed};

pub const ABOUT: About = About {
    id: "moves",
    title: "Next moves",
    short_title: "Moves",
};

const HERE: Context = Context::Pane(PaneId::Moves);

pub const KEYS: &[Bind] = &[
    bind(HERE, Action::ToggleHigherPay, "p", "only higher pay"),
    bind(HERE, Action::ToggleGrowing, "u", "only growing occupations (up 5% or more)"),
    bind(HERE, Action::ToggleSameZone, "z", "only the same or a lower job zone"),
    bind(HERE, Action::OpenMove, "Enter", "open the selected occupation"),
    bind(HERE, Action::ExportMoves, "e", "export the list to Markdown"),
];

const HINTS: &[Hint] = &[
    hint(&[Action::ToggleHigherPay], "pay"),
    hint(&[Action::ToggleGrowing], "growing"),
    hint(&[Action::ToggleSameZone], "zone"),
    hint(&[Action::OpenMove], "open"),
    hint(&[Action::ExportMoves], "export"),
];

/// What the list was worked out for: another role, filter or state works it out again.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Key {
    role: usize,
    filters: Filters,
    state: Option<String>,
}

#[derive(Debug, Default)]
pub struct Moves {
    pub filters: Filters,
    key: Option<Key>,
    origin: Option<Origin>,
    pub moves: Vec<Move>,
    pub list: ListState,
}

impl Moves {
    /// Works the list out again when the role, the filters or the state changed.
    fn refresh(&mut self, ctx: &Ctx) {
        let key = Key {
            role: ctx.role,
            filters: self.filters,
            state: ctx.shared.wage_state.clone(),
        };
        if self.key.as_ref() == Some(&key) {
            return;
        }
        let same_role = self.key.as_ref().is_some_and(|k| k.role == ctx.role);
        let space = ctx.shared.moves();
        let catalog = ctx.catalog();
        self.origin = origin_of(catalog, space, ctx.role);
        self.moves = match &self.origin {
            Some(origin) => next::moves(catalog, space, origin, self.filters, key.state.as_deref()),
            None => Vec::new(),
        };
        self.list.set_len(self.moves.len());
        if !same_role {
            self.list.rewind();
        }
        self.key = Some(key);
    }

    fn toggle(&mut self, which: fn(&mut Filters) -> &mut bool, ctx: &Ctx) -> Flow {
        let flag = which(&mut self.filters);
        *flag = !*flag;
        self.refresh(ctx);
        Flow::CHANGED
    }

    /// The list as Markdown, as `moves --format markdown` prints it.
    pub fn markdown(&self, ctx: &Ctx) -> Option<String> {
        let origin = self.origin.as_ref()?;
        let report = MovesReport::new(
            ctx.catalog(),
            ctx.shared.moves(),
            origin,
            self.filters,
            ctx.shared.wage_state.as_deref(),
            0,
        );
        Some(report.markdown())
    }
}

/// The parts of the pane, top to bottom.
struct Areas {
    title: Rect,
    filters: Rect,
    header: Rect,
    list: Rect,
    /// The selected move's skills to build, in full.
    detail: Rect,
    /// How similarity is computed.
    rule: Rect,
}

fn areas(area: Rect) -> Areas {
    let inner = inset(area, 1);
    let row = |y: u16, h: u16| Rect {
        y,
        height: h.min(inner.bottom().saturating_sub(y)),
        ..inner
    };
    let title = row(inner.y, 1);
    let filters = row(title.bottom(), 1);
    let header = row(filters.bottom(), 1);
    let bottom_rows = if inner.height >= 12 { 3 } else { 1 };
    // The similarity rule whole when there is room for it (two lines at 80 columns).
    let rule_rows = if inner.height >= 16 {
        (wrap(SIMILARITY_RULE, inner.width as usize).len() as u16).clamp(1, 3)
    } else {
        1
    };
    let list_height = inner
        .bottom()
        .saturating_sub(header.bottom())
        .saturating_sub(bottom_rows + rule_rows - 1);
    let list = row(header.bottom(), list_height);
    let detail = row(list.bottom(), bottom_rows.saturating_sub(1));
    let rule = row(detail.bottom(), rule_rows);
    Areas {
        title,
        filters,
        header,
        list,
        detail,
        rule,
    }
}

/// Which columns fit in `width`, besides the title.
struct Columns {
    median: bool,
    outlook: bool,
    zone: bool,
    build: usize,
    title: usize,
}

const SIMILARITY: usize = 5;
const CHANGE: usize = 10;
const OUTLOOK: usize = 8;
const ZONE: usize = 6;
const MEDIAN: usize = 10;

fn columns(width: usize) -> Columns {
    let marker = INDENTED_ARROW.selected.chars().count();
    // The title's column is followed by a space too. Narrow panes drop the zone, then the
    // outlook (the selected row's line still names them).
    let zone = width >= 46;
    let outlook = width >= 38;
    let fixed = marker
        + SIMILARITY
        + 1
        + 1
        + CHANGE
        + if outlook { OUTLOOK + 1 } else { 0 }
        + if zone { ZONE + 1 } else { 0 };
    let median = width >= 96;
    let fixed = fixed + if median { MEDIAN + 1 } else { 0 };
    let build = if width >= 130 { (width - fixed) / 2 } else { 0 };
    Columns {
        median,
        outlook,
        zone,
        build,
        title: width.saturating_sub(fixed + build + usize::from(build > 0)).max(8),
    }
}

impl super::Pane for Moves {
    fn reset(&mut self, ctx: &Ctx) {
        // Worked out when the pane is next laid out: a role shown in another pane costs nothing.
        if self.key.as_ref().is_some_and(|k| k.role != ctx.role) {
            self.key = None;
        }
    }

    fn layout(&mut self, area: Rect, ctx: &Ctx) {
        self.refresh(ctx);
        self.list.set_height(areas(area).list.height as usize);
    }

    fn update(&mut self, action: &Action, ctx: &Ctx) -> Flow {
        self.refresh(ctx);
        match action {
            Action::ToggleHigherPay => self.toggle(|f| &mut f.higher_pay, ctx),
            Action::ToggleGrowing => self.toggle(|f| &mut f.growing, ctx),
            Action::ToggleSameZone => self.toggle(|f| &mut f.same_or_lower_zone, ctx),
            Action::OpenMove => match self.moves.get(self.list.selected) {
                Some(m) => Flow::Request(Request::OpenRole(m.role)),
                None => Flow::UNCHANGED,
            },
            Action::ExportMoves => match self.markdown(ctx) {
                Some(markdown) => {
                    let subject = &ctx.role().id;
                    let message = crate::explorer::export::write("moves", subject, &markdown);
                    Flow::Request(Request::Notice(message))
                }
                None => Flow::Request(Request::Notice(
                    "Nothing to export: the role has no skills ratings".into(),
                )),
            },
            Action::SelectRow(row) if *row < self.list.len() => Flow::Done(self.list.select(*row)),
            Action::ScrollPane(by) => Flow::Done(self.list.move_by(*by as isize)),
            action => match action.movement(self.list.page()) {
                Some(by) => Flow::Done(self.list.move_by(by)),
                None => Flow::Pass,
            },
        }
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, focused: bool) -> Vec<(u16, usize)> {
        let theme = ctx.theme();
        let a = areas(area);
        let width = a.list.width as usize;
        let catalog = ctx.catalog();
        let state = ctx.shared.wage_state.as_deref();
        // The role first, then the pay the changes are from; last, when another occupation's
        // ratings stand in for the role's (a career page's role, or an occupation the source
        // does not rate), which one.
        let mut title = vec![Span::styled(
            format!("Next moves from {}", ctx.role().title),
            theme.heading(),
        )];
        if let Some(origin) = self.origin {
            let pay = match crate::moves::median_wage(catalog, origin.base(catalog, state), state) {
                Some(m) => format!(" · {} {}", wage_basis(catalog, state), dollars(m)),
                None => format!(" · {}", wage_basis(catalog, state)),
            };
            title.push(Span::styled(pay, theme.dim()));
            if origin.via_nearest {
                title.push(Span::styled(
                    format!(
                        " · rated as {}, the nearest rated occupation",
                        catalog.roles[origin.occupation].title
                    ),
                    theme.dim(),
                ));
            }
        }
        frame.render_widget(Paragraph::new(Line::from(title)), a.title);

        let Some(origin) = self.origin else {
            let text = if ctx.role().nearest_occupation.is_some() {
                format!(
                    "Neither {} nor its nearest US occupation has O*NET skills or knowledge \
                     ratings: there is nothing to compare it with. Pick another role.",
                    ctx.role().title
                )
            } else {
                format!(
                    "Neither {} nor any of its related occupations has O*NET skills or \
                     knowledge ratings in the loaded catalogs: there is nothing to compare it \
                     with. Pick another role.",
                    ctx.role().title
                )
            };
            let lines: Vec<Line> = wrap(&text, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.missing()))
                .collect();
            let body = Rect {
                y: a.filters.y,
                height: area.bottom().saturating_sub(a.filters.y),
                ..a.filters
            };
            frame.render_widget(Paragraph::new(lines), body);
            return Vec::new();
        };

        // The filters as toggles, with their keys, and the pay they go by.
        let keymap = &ctx.shared.keymap;
        let key = |action: &Action| {
            keymap
                .keys_for(&[HERE], action)
                .first()
                .map(|k| k.label())
                .unwrap_or_default()
        };
        let toggle = |action: Action, on: bool, words: &str| -> Vec<Span<'static>> {
            vec![
                Span::styled(key(&action), theme.key()),
                Span::raw(" "),
                Span::styled(
                    format!("{}{words}", if on { "✓ " } else { "" }),
                    if on { theme.heading() } else { theme.dim() },
                ),
                Span::raw("  "),
            ]
        };
        let mut spans = Vec::new();
        spans.extend(toggle(Action::ToggleHigherPay, self.filters.higher_pay, "higher pay"));
        spans.extend(toggle(Action::ToggleGrowing, self.filters.growing, "growing"));
        spans.extend(toggle(Action::ToggleSameZone, self.filters.same_or_lower_zone, "same zone or lower"));
        let line = Line::from(spans);
        frame.render_widget(Paragraph::new(line), a.filters);

        let cols = columns(width);
        let mut header = format!(
            "{}{} {} {}",
            INDENTED_ARROW.other,
            fit("sim", SIMILARITY),
            fit("occupation", cols.title),
            if cols.median {
                format!("{} ", right("median", MEDIAN))
            } else {
                String::new()
            } + &right("Δ pay", CHANGE),
        );
        if cols.outlook {
            header.push_str(&format!(" {}", fit("outlook", OUTLOOK)));
        }
        if cols.zone {
            header.push_str(&format!(" {}", fit("zone", ZONE)));
        }
        if cols.build > 0 {
            header.push_str(&format!(" {}", fit("skills to build", cols.build)));
        }
        frame.render_widget(
            Paragraph::new(Line::styled(truncate(&header, width), theme.dim())),
            a.header,
        );

        if self.moves.is_empty() {
            let words = if self.filters.any() {
                format!(
                    "No occupation passes the filters ({}). Press a filter's key again to turn it off.",
                    self.filters.words()
                )
            } else {
                "No other occupation has skills ratings.".into()
            };
            frame.render_widget(Paragraph::new(Line::styled(truncate(&words, width), theme.missing())), a.list);
        }
        let space = ctx.shared.moves();
        let rows = list::draw(frame, a.list, &self.list, INDENTED_ARROW, focused, theme, |i, _| {
            let m = &self.moves[i];
            let target = &catalog.roles[m.role];
            let mut spans = vec![Span::raw(format!("{:.2}  ", m.similarity))];
            let mark = if m.related { " ●" } else { "" };
            let name = truncate(&target.title, cols.title.saturating_sub(mark.chars().count()));
            let pad = cols.title.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()) + mark.chars().count());
            spans.push(Span::raw(name));
            spans.push(Span::styled(mark, theme.bar()));
            spans.push(Span::raw(" ".repeat(pad + 1)));
            if cols.median {
                let median = m.prospects.median.map(dollars).unwrap_or_else(|| "—".into());
                spans.push(Span::raw(format!("{} ", right(&median, MEDIAN))));
            }
            let (change, tone) = match m.prospects.wage_change {
                Some(0) => ("same".to_string(), Style::new()),
                Some(c) if c > 0 => (dollars_signed(c), theme.more()),
                Some(c) => (dollars_signed(c), theme.less()),
                None => ("—".into(), theme.dim()),
            };
            spans.push(Span::styled(right(&change, CHANGE), tone));
            let outlook = match (m.prospects.percent_change, m.prospects.outlook) {
                (Some(p), _) => format!("{p:+.1}%"),
                (None, Some(l)) => l.as_str().to_string(),
                _ => "—".into(),
            };
            let tone = match m.prospects.outlook {
                Some(crate::catalog::OutlookLabel::Growing | crate::catalog::OutlookLabel::GrowingFast) => theme.more(),
                Some(crate::catalog::OutlookLabel::Declining) => theme.less(),
                _ => Style::new(),
            };
            if cols.outlook {
                spans.push(Span::raw(" "));
                spans.push(Span::styled(fit(&outlook, OUTLOOK), tone));
            }
            let zone = match (m.prospects.job_zone, m.prospects.zone_step) {
                (Some(z), Some(s)) if s > 0 => format!("{z} ↑{s}"),
                (Some(z), Some(s)) if s < 0 => format!("{z} ↓{}", -s),
                (Some(z), _) => z.to_string(),
                _ => "—".into(),
            };
            if cols.zone {
                spans.push(Span::raw(format!(" {}", fit(&zone, ZONE))));
            }
            if cols.build > 0 {
                let names: Vec<&str> = next::to_build(space, origin.occupation, m.role, next::TO_BUILD)
                    .iter()
                    .map(|b| b.label)
                    .collect();
                let text = if names.is_empty() { "—".to_string() } else { names.join(", ") };
                spans.push(Span::raw(format!(" {}", truncate(&text, cols.build))));
            }
            Line::from(spans)
        });

        if a.detail.height > 0 {
            if let Some(m) = self.moves.get(self.list.selected) {
                let build = next::to_build(space, origin.occupation, m.role, next::TO_BUILD);
                let names: Vec<&str> = build.iter().map(|b| b.label).collect();
                let what = if names.is_empty() {
                    "nothing it needs clearly more of".to_string()
                } else {
                    names.join(", ")
                };
                let related = if m.related { " ● related in O*NET" } else { "" };
                let first = format!(
                    "{}{related}: {} of {} · {:.2} similar",
                    catalog.roles[m.role].title,
                    self.list.selected + 1,
                    self.moves.len(),
                    m.similarity
                );
                let lines = vec![
                    Line::from(Span::raw(truncate(&first, width))),
                    Line::from(vec![
                        Span::styled("to build: ", theme.dim()),
                        Span::raw(truncate(&what, width.saturating_sub(10))),
                    ]),
                ];
                frame.render_widget(Paragraph::new(lines), a.detail);
            }
        }
        let wrapped = wrap(SIMILARITY_RULE, width);
        let rule: Vec<Line> = if wrapped.len() <= a.rule.height as usize {
            wrapped.into_iter().map(|l| Line::styled(l, theme.dim())).collect()
        } else {
            vec![Line::styled(truncate(SIMILARITY_RULE, width), theme.dim())]
        };
        frame.render_widget(Paragraph::new(rule), a.rule);
        rows
    }

    fn hints(&self) -> &'static [Hint] {
        HINTS
    }
}

/// `text` right-aligned in `width` columns (cut when longer).
fn right(text: &str, width: usize) -> String {
    let text = truncate(text, width);
    let w = unicode_width::UnicodeWidthStr::width(text.as_str());
    format!("{}{text}", " ".repeat(width.saturating_sub(w)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explorer::testing::{embedded, press};
    use crate::explorer::{App, PaneId};
    use ratatui::crossterm::event::KeyCode;

    fn moves_of(role: &str) -> App {
        let app = embedded();
        let index = app.catalog().index_of(role).unwrap();
        let mut app = app.open(index, PaneId::Moves);
        crate::explorer::offscreen::render(&mut app, 100, 30);
        app
    }

    #[test]
    fn filters_toggle_and_enter_opens_the_selected_move() {
        let mut app = moves_of("registered-nurses");
        let pane = app.pane_state::<Moves>().unwrap();
        let all = pane.moves.len();
        assert!(all > 800, "{all}");
        press(&mut app, KeyCode::Char('p'));
        let pane = app.pane_state::<Moves>().unwrap();
        assert!(pane.filters.higher_pay);
        assert!(pane.moves.len() < all);
        assert!(pane.moves.iter().all(|m| m.prospects.wage_change.is_some_and(|c| c > 0)));
        press(&mut app, KeyCode::Char('p'));
        assert_eq!(app.pane_state::<Moves>().unwrap().moves.len(), all);
        press(&mut app, KeyCode::Down);
        let second = app.pane_state::<Moves>().unwrap().moves[1].role;
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.role(), Some(second));
    }

    #[test]
    fn the_vectors_are_built_when_a_pane_needs_them_not_at_start() {
        let mut app = embedded();
        crate::explorer::offscreen::render(&mut app, 100, 30);
        assert!(app.shared().built_moves().is_none(), "the first frame");
        app.update(Action::ShowPane(PaneId::Moves));
        crate::explorer::offscreen::render(&mut app, 100, 30);
        assert!(app.shared().built_moves().is_some_and(|s| s.len() > 800));
    }

    #[test]
    fn the_export_is_the_list_in_markdown() {
        let app = moves_of("registered-nurses");
        let ctx = app.ctx().unwrap();
        let markdown = app.pane_state::<Moves>().unwrap().markdown(&ctx).unwrap();
        assert!(markdown.starts_with("# Next moves from Registered Nurses\n"), "{markdown}");
        assert!(markdown.contains("| 1 | Acute Care Nurses (related) | 0.92 | same ($97,550) |"), "{markdown}");
        assert!(markdown.contains("Similarity: cosine"), "{markdown}");
        // An occupation O*NET 29.3 does not rate moves from its most related rated one, its
        // own wage the base.
        let app = moves_of("software-developers");
        let ctx = app.ctx().unwrap();
        let markdown = app.pane_state::<Moves>().unwrap().markdown(&ctx).unwrap();
        assert!(
            markdown.contains("From the nearest rated occupation, Computer Systems Engineers/Architects."),
            "{markdown}"
        );
        assert!(markdown.contains("$135,980 for Software Developers"), "{markdown}");
        // A role with no ratings anywhere near has nothing to export.
        let app = moves_of("managers-all-other");
        let ctx = app.ctx().unwrap();
        assert_eq!(app.pane_state::<Moves>().unwrap().markdown(&ctx), None);
    }
}
