//! The Skills matcher: rate yourself 0–5 on the O*NET skills (↑/↓ pick, 0–5 or ←/→ rate), and
//! the occupations ranked by fit update as you rate, each with its fit, its gaps and its pay.
//! `f` starts from the current role's levels, `x`/Delete clears, `r` moves between the skills
//! and the occupations, Enter opens the selected occupation.
//!
//! The profile is kept in its own file beside the saved state (`profile.ron`, or
//! `$CAREER_EXPLORER_PROFILE`), written atomically after each change by a thread of its own (a
//! synced write takes several milliseconds: not on the key path), the last change waited for
//! when the explorer quits; a file that cannot be read is said once and ignored (`profile.rs`).
//! A re-rank is one pass over the occupations' skill vectors (see the `moves` benchmark), done on
//! the key that changes a rating, never while drawing.

use std::path::PathBuf;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{About, PaneId};
use crate::explorer::action::Action;
use crate::explorer::component::{Ctx, Flow, Request};
use crate::explorer::keymap::{Bind, Context, Hint, bind, hint};
use crate::explorer::widgets::inset;
use crate::explorer::widgets::list::{self, INDENTED_ARROW, ListState};
use crate::explorer::widgets::text::{fit, truncate, wrap};
use crate::moves::fit::{self, MAX_RATING, Profile};
use crate::moves::origin_of;
use crate::moves::report::{FIT_RULE, GAPS, gap_words, wage_basis};
use crate::report::dollars;

mod profile;
use profile::Saver;
pub use profile::{PROFILE_ENV, load_profile, profile_path, save_profile};

pub const ABOUT: About = About {
    id: "matcher",
    title: "Skills matcher",
    short_title: "Match",
};

const HERE: Context = Context::Pane(PaneId::Matcher);

pub const KEYS: &[Bind] = &[
    bind(HERE, Action::Rate(0), "0", "rate the skill 0 (none)"),
    bind(HERE, Action::Rate(1), "1", "rate the skill 1"),
    bind(HERE, Action::Rate(2), "2", "rate the skill 2"),
    bind(HERE, Action::Rate(3), "3", "rate the skill 3"),
    bind(HERE, Action::Rate(4), "4", "rate the skill 4"),
    bind(HERE, Action::Rate(5), "5", "rate the skill 5 (expert)"),
    bind(HERE, Action::RateUp, "Right +", "rate the skill one more"),
    bind(HERE, Action::RateDown, "Left -", "rate the skill one less"),
    bind(HERE, Action::StartFromRole, "f", "start from the current role's levels"),
    bind(HERE, Action::ClearProfile, "x Delete", "clear every rating"),
    bind(HERE, Action::SwitchList, "r", "move between skills and occupations"),
    bind(HERE, Action::OpenMove, "Enter", "open the selected occupation"),
];

const HINTS: &[Hint] = &[
    hint(&[Action::RateDown, Action::RateUp], "rate"),
    hint(&[Action::StartFromRole], "from role"),
    hint(&[Action::ClearProfile], "clear"),
    hint(&[Action::SwitchList], "list"),
    hint(&[Action::OpenMove], "open"),
];

/// Which list ↑/↓ move.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Side {
    #[default]
    Skills,
    Results,
}

#[derive(Debug, Default)]
pub struct Matcher {
    pub profile: Profile,
    /// Saves the profile after each change; `None`: not saved (tests, `render`).
    saver: Option<Saver>,
    pub side: Side,
    pub skills: ListState,
    pub results: ListState,
    /// The occupations by fit for the profile: (catalog role, fit 0–1).
    pub ranked: Vec<(usize, f64)>,
    /// The ratings the ranking is for (one per skill of the space); `None`: not worked out yet.
    ranked_for: Option<Vec<f32>>,
    /// A key that would replace every rating (`f`, `x`), pressed once: made only when it is
    /// pressed again next, so a stray key does not lose a profile.
    confirming: Option<Action>,
}

impl Matcher {
    /// Reads the profile kept between runs and saves changes there from now on; the problem
    /// with the file, if any, to say once.
    pub fn restore(&mut self, path: PathBuf) -> Option<String> {
        let problem = match load_profile(&path) {
            Ok(profile) => {
                self.profile = profile;
                None
            }
            Err(problem) => Some(problem),
        };
        self.saver = Some(Saver::start(path));
        self.ranked_for = None;
        problem
    }

    /// Waits for the last change of the profile to be saved; the problem, if any.
    pub fn finish_saving(&mut self) -> Option<String> {
        self.saver.as_mut()?.finish()
    }

    /// Ranks again when the ratings changed since the last ranking.
    fn rerank(&mut self, ctx: &Ctx) {
        let space = ctx.shared.moves();
        let ratings = self.profile.vector(space);
        if self.ranked_for.as_ref() == Some(&ratings) {
            return;
        }
        // An occupation the person picked out stays picked (and in view) wherever it moves; at
        // the top of the list, the top it stays.
        let picked = match self.results.selected {
            0 => None,
            at => self.ranked.get(at).map(|&(role, _)| role),
        };
        self.ranked = fit::rank(space, &ratings);
        self.ranked_for = Some(ratings);
        self.skills.set_len(space.skills);
        self.results.set_len(self.ranked.len());
        match picked.and_then(|role| self.ranked.iter().position(|&(r, _)| r == role)) {
            Some(at) => {
                self.results.select(at);
            }
            None => self.results.rewind(),
        }
    }

    /// Asks for `action` once more before it replaces every rating.
    fn confirm(&mut self, action: &Action, ctx: &Ctx, what: &str) -> Flow {
        self.confirming = Some(action.clone());
        let key = ctx.shared.keymap.keys_for(&[HERE], action);
        let key = key.first().map_or_else(String::new, |k| k.label());
        let n = self.profile.ratings.len();
        let ratings = if n == 1 { "rating" } else { "ratings" };
        Flow::Request(Request::Notice(format!(
            "{n} {ratings} kept: press {key} again to {what}"
        )))
    }

    /// A rating changed: rank again and save.
    fn changed(&mut self, ctx: &Ctx) -> Flow {
        self.rerank(ctx);
        if let Some(problem) = self.saver.as_ref().and_then(|s| s.save(&self.profile)) {
            return Flow::Request(Request::Notice(problem));
        }
        Flow::CHANGED
    }

    fn selected_skill<'a>(&self, ctx: &Ctx<'a>) -> Option<&'a str> {
        let space = ctx.shared.moves();
        space.skill_dims().get(self.skills.selected).map(|d| d.name.as_str())
    }

    fn rate(&mut self, ctx: &Ctx, rating: impl Fn(u8) -> u8) -> Flow {
        let Some(skill) = self.selected_skill(ctx) else {
            return Flow::UNCHANGED;
        };
        let new = rating(self.profile.rating(skill)).min(MAX_RATING);
        if self.profile.set(skill, new) {
            self.changed(ctx)
        } else {
            Flow::UNCHANGED
        }
    }

    fn list_mut(&mut self) -> &mut ListState {
        match self.side {
            Side::Skills => &mut self.skills,
            Side::Results => &mut self.results,
        }
    }
}

struct Areas {
    title: Rect,
    skills: Rect,
    header: Rect,
    results: Rect,
    gaps: Rect,
    rule: Rect,
}

/// Panes narrower than this show one list at a time (`r` switches), not two cramped ones.
const SIDE_BY_SIDE: u16 = 48;

fn areas(area: Rect, side: Side) -> Areas {
    let inner = inset(area, 1);
    let title = Rect {
        height: inner.height.min(1),
        ..inner
    };
    // The fit rule whole when the lists are side by side and there is room (three lines at 80
    // columns); one line otherwise.
    let rule_rows = if inner.height >= 18 && inner.width >= SIDE_BY_SIDE {
        (wrap(FIT_RULE, inner.width as usize).len() as u16).clamp(1, 3)
    } else {
        1
    };
    let rule = Rect {
        y: inner.bottom().saturating_sub(rule_rows).max(title.bottom()),
        height: if inner.height > 2 { rule_rows } else { 0 },
        ..inner
    };
    let body = Rect {
        y: title.bottom(),
        height: rule.y.saturating_sub(title.bottom()),
        ..inner
    };
    let hidden = Rect {
        height: 0,
        width: 0,
        ..body
    };
    let (skills, right) = if inner.width >= SIDE_BY_SIDE {
        let skills_w = (inner.width * 2 / 5).clamp(22, 40);
        let x = inner.x + skills_w + 1;
        let right = Rect {
            x,
            width: inner.right().saturating_sub(x),
            ..body
        };
        (
            Rect {
                width: skills_w,
                ..body
            },
            right,
        )
    } else if side == Side::Skills {
        (body, hidden)
    } else {
        (hidden, body)
    };
    let header = Rect {
        height: right.height.min(1),
        ..right
    };
    let gaps_h = if right.height >= 10 { 2 } else { 0 };
    let results = Rect {
        y: header.bottom(),
        height: right.height.saturating_sub(header.height + gaps_h),
        ..right
    };
    let gaps = Rect {
        y: results.bottom(),
        height: gaps_h,
        ..right
    };
    Areas {
        title,
        skills,
        header,
        results,
        gaps,
        rule,
    }
}

impl super::Pane for Matcher {
    /// Another role: a question about replacing the ratings was about the last one.
    fn reset(&mut self, _ctx: &Ctx) {
        self.confirming = None;
    }

    /// Leaving the pane drops a pending question: back in it, the key asks again.
    fn blur(&mut self) {
        self.confirming = None;
    }

    fn layout(&mut self, area: Rect, ctx: &Ctx) {
        self.rerank(ctx);
        let a = areas(area, self.side);
        self.skills.set_height(a.skills.height as usize);
        self.results.set_height(a.results.height as usize);
    }

    fn update(&mut self, action: &Action, ctx: &Ctx) -> Flow {
        self.rerank(ctx);
        let confirmed = self.confirming.take().as_ref() == Some(action);
        match action {
            Action::Rate(r) => {
                let r = *r;
                self.rate(ctx, |_| r)
            }
            Action::RateUp => self.rate(ctx, |r| r.saturating_add(1)),
            Action::RateDown => self.rate(ctx, |r| r.saturating_sub(1)),
            Action::StartFromRole if !confirmed && !self.profile.ratings.is_empty() => {
                self.confirm(action, ctx, "replace them with the role's levels")
            }
            Action::ClearProfile if !confirmed && !self.profile.ratings.is_empty() => {
                self.confirm(action, ctx, "clear them")
            }
            Action::StartFromRole => {
                let space = ctx.shared.moves();
                let from = origin_of(ctx.catalog(), space, ctx.role)
                    .and_then(|o| Profile::from_role(space, o.occupation));
                match from {
                    Some(profile) => {
                        self.profile = profile;
                        self.changed(ctx)
                    }
                    None => Flow::Request(Request::Notice(format!(
                        "{} has no O*NET skills ratings to start from",
                        ctx.role().title
                    ))),
                }
            }
            Action::ClearProfile => {
                if self.profile.ratings.is_empty() {
                    return Flow::UNCHANGED;
                }
                self.profile = Profile::default();
                self.changed(ctx)
            }
            Action::SwitchList => {
                self.side = match self.side {
                    Side::Skills => Side::Results,
                    Side::Results => Side::Skills,
                };
                Flow::CHANGED
            }
            Action::OpenMove => match self.ranked.get(self.results.selected) {
                Some(&(role, _)) => Flow::Request(Request::OpenRole(role)),
                None => Flow::UNCHANGED,
            },
            Action::SelectRow(row) => {
                let list = self.list_mut();
                if *row < list.len() {
                    Flow::Done(list.select(*row))
                } else {
                    Flow::Pass
                }
            }
            Action::ScrollPane(by) => Flow::Done(self.list_mut().move_by(*by as isize)),
            action => {
                let list = self.list_mut();
                match action.movement(list.page()) {
                    Some(by) => Flow::Done(list.move_by(by)),
                    None => Flow::Pass,
                }
            }
        }
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, focused: bool) -> Vec<(u16, usize)> {
        let theme = ctx.theme();
        let a = areas(area, self.side);
        let space = ctx.shared.moves();
        let catalog = ctx.catalog();
        let state = ctx.shared.wage_state.as_deref();
        // Ratings of skills these catalogs do not have (a profile made with other data) are
        // kept but not counted.
        let rated = space
            .skill_dims()
            .iter()
            .filter(|d| self.profile.rating(&d.name) > 0)
            .count();
        let title = Line::from(vec![
            Span::styled("Skills matcher", theme.heading()),
            Span::styled(
                format!(
                    " · rate yourself 0–5 · {rated} of {} rated · pay: {}",
                    space.skills,
                    wage_basis(catalog, state)
                ),
                theme.dim(),
            ),
        ]);
        frame.render_widget(Paragraph::new(title), a.title);
        if space.skills == 0 {
            let text = "The loaded catalogs have no O*NET skills ratings to match.";
            frame.render_widget(Paragraph::new(Line::styled(text, theme.missing())), a.skills);
            return Vec::new();
        }

        let dims = space.skill_dims();
        let sw = a.skills.width as usize;
        let name_w = sw.saturating_sub(INDENTED_ARROW.selected.chars().count() + 6);
        let skill_rows = list::draw(
            frame,
            a.skills,
            &self.skills,
            INDENTED_ARROW,
            focused && self.side == Side::Skills,
            theme,
            |i, _| {
                let r = self.profile.rating(&dims[i].name);
                let dots: String = (1..=MAX_RATING).map(|k| if k <= r { '●' } else { '·' }).collect();
                Line::from(vec![
                    Span::raw(fit(&dims[i].name, name_w)),
                    Span::raw(" "),
                    Span::styled(dots, if r > 0 { theme.bar() } else { theme.dim() }),
                ])
            },
        );

        let rw = a.header.width as usize;
        // Narrow: the pay goes under the list, with the gaps.
        let pay_w = if rw >= 44 { 9 } else { 0 };
        let title_w = rw.saturating_sub(INDENTED_ARROW.selected.chars().count() + 5 + pay_w + 1);
        let mut header = format!("{}{} {}", INDENTED_ARROW.other, fit("fit", 4), fit("occupation", title_w));
        if pay_w > 0 {
            header.push_str(&format!(" {:>pay_w$}", "median"));
        }
        frame.render_widget(
            Paragraph::new(Line::styled(truncate(&header, rw), theme.dim())),
            a.header,
        );
        let mut result_rows = Vec::new();
        if rated == 0 {
            let keymap = &ctx.shared.keymap;
            let key = keymap
                .keys_for(&[HERE], &Action::StartFromRole)
                .first()
                .map(|k| k.label())
                .unwrap_or_default();
            let text = format!(
                "Rate a few skills (0–5, or ←/→) and the occupations that fit show here; or press {key} to start from the levels of {}.",
                ctx.role().title
            );
            let lines: Vec<Line> = wrap(&text, rw.saturating_sub(1))
                .into_iter()
                .map(|l| Line::styled(format!(" {l}"), theme.missing()))
                .collect();
            frame.render_widget(Paragraph::new(lines), a.results);
        } else {
            result_rows = list::draw(
                frame,
                a.results,
                &self.results,
                INDENTED_ARROW,
                focused && self.side == Side::Results,
                theme,
                |i, _| {
                    let (role, fit_value) = self.ranked[i];
                    let pay = crate::moves::median_wage(catalog, role, state)
                        .map(dollars)
                        .unwrap_or_else(|| "—".into());
                    let mut spans = vec![
                        Span::styled(format!("{:>3.0}% ", fit_value * 100.0), theme.bar()),
                        Span::raw(fit(&catalog.roles[role].title, title_w)),
                    ];
                    if pay_w > 0 {
                        spans.push(Span::raw(format!(" {pay:>pay_w$}")));
                    }
                    Line::from(spans)
                },
            );
            if a.gaps.height > 0 {
                if let Some(&(role, _)) = self.ranked.get(self.results.selected) {
                    let ratings = self.profile.vector(space);
                    let gaps: Vec<String> = fit::gaps(space, role, &ratings, GAPS)
                        .iter()
                        .map(gap_words)
                        .collect();
                    let gaps = if gaps.is_empty() { "none".to_string() } else { gaps.join(", ") };
                    let lines = vec![
                        Line::from(Span::raw(truncate(
                            &format!(
                                " {} · {}",
                                catalog.roles[role].title,
                                crate::moves::median_wage(catalog, role, state)
                                    .map(dollars)
                                    .unwrap_or_else(|| crate::report::NOT_IN_SOURCE.into())
                            ),
                            rw,
                        ))),
                        Line::from(vec![
                            Span::styled(" gaps: ", theme.dim()),
                            Span::raw(truncate(&gaps, rw.saturating_sub(7))),
                        ]),
                    ];
                    frame.render_widget(Paragraph::new(lines), a.gaps);
                }
            }
        }
        // One list at a time (narrow): the line under it says what the other holds.
        let switch = || {
            ctx.shared
                .keymap
                .keys_for(&[HERE], &Action::SwitchList)
                .first()
                .map(|k| k.label())
                .unwrap_or_default()
        };
        let rule = match (a.header.width == 0, self.ranked.first()) {
            (true, Some(&(role, fit))) if rated > 0 => format!(
                "best {:.0}% {} · {} for the list",
                fit * 100.0,
                catalog.roles[role].title,
                switch()
            ),
            (true, _) => format!("Rate skills, then {} for the occupations", switch()),
            (false, _) => FIT_RULE.to_string(),
        };
        let wrapped = wrap(&rule, a.rule.width as usize);
        let lines: Vec<Line> = if wrapped.len() <= a.rule.height as usize {
            wrapped.into_iter().map(|l| Line::styled(l, theme.dim())).collect()
        } else {
            vec![Line::styled(truncate(&rule, a.rule.width as usize), theme.dim())]
        };
        frame.render_widget(Paragraph::new(lines), a.rule);
        match self.side {
            Side::Skills => skill_rows,
            Side::Results => result_rows,
        }
    }

    fn hints(&self) -> &'static [Hint] {
        HINTS
    }
}

#[cfg(test)]
mod tests;
