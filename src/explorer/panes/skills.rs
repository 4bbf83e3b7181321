//! The Skills pane: hard skills as bars by share, the selected skill's resume example, and
//! the soft skills with why they matter. One selection runs over the hard, then the soft skills.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::About;
use crate::explorer::action::Action;
use crate::explorer::component::{Ctx, Flow};
use crate::explorer::keymap::Bind;
use crate::explorer::widgets::bars::{bar_line, label_width};
use crate::explorer::widgets::text::{fit, head};
use crate::report::{NOT_IN_SOURCE, skill_measure, skill_value};

pub const ABOUT: About = About {
    id: "skills",
    title: "Skills",
    short_title: "Skills",
};

pub const KEYS: &[Bind] = &[];

#[derive(Debug, Default)]
pub struct Skills {
    /// Over the hard skills (largest share first), then the soft skills.
    pub list: crate::explorer::widgets::list::ListState,
    /// The hard skills by share, largest first (ties keep catalog order).
    pub order: Vec<usize>,
}

impl Skills {
    /// The list on the left (or on top) and the detail box.
    fn split(area: Rect) -> (Rect, Rect) {
        let (list, detail) = if area.width >= 70 {
            let [l, r] =
                Layout::horizontal([Constraint::Percentage(55), Constraint::Fill(1)]).areas(area);
            (l, r)
        } else {
            let detail = (area.height / 3).clamp(3, 6);
            let [l, r] =
                Layout::vertical([Constraint::Fill(1), Constraint::Length(detail)]).areas(area);
            (l, r)
        };
        (
            list,
            Rect {
                x: detail.x + 1,
                width: detail.width.saturating_sub(2),
                ..detail
            },
        )
    }

    fn draw_detail(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme();
        let role = ctx.role();
        let selected = self.list.selected;
        // The box shows a few lines: never wrap more of a text than could show.
        let room = (area.width as usize + 1) * (area.height as usize + 1);
        let mut lines: Vec<Line> = Vec::new();
        let example = |text: Option<&String>, label: &str| match text {
            Some(e) => Line::from(format!("“{}”", head(e, room))),
            None => Line::from(Span::styled(
                format!("{label}: {NOT_IN_SOURCE}"),
                theme.missing(),
            )),
        };
        if let Some(&i) = self.order.get(selected) {
            let skill = &role.hard_skills[i];
            let origin = ctx.origin();
            let value = skill_value(origin, skill.share);
            let measure = match &origin.skill_measure {
                None => format!(" · {value} of resumes"),
                Some(measure) => format!(" · {value} ({measure})"),
            };
            lines.push(Line::from(vec![
                Span::styled(head(&skill.name, room).to_string(), theme.heading()),
                Span::styled(measure, theme.dim()),
            ]));
            lines.push(Line::default());
            lines.push(example(skill.example.as_ref(), "Example"));
        } else if let Some(skill) = role.soft_skills.get(selected.saturating_sub(self.order.len())) {
            lines.push(Line::from(Span::styled(
                head(&skill.name, room).to_string(),
                theme.heading(),
            )));
            lines.push(Line::default());
            lines.push(match &skill.why {
                Some(why) => Line::from(head(why, room).to_string()),
                None => Line::from(Span::styled(
                    format!("Why it matters: {NOT_IN_SOURCE}"),
                    theme.missing(),
                )),
            });
            lines.push(Line::default());
            lines.push(example(skill.example.as_ref(), "Example"));
        } else {
            lines.push(Line::from(Span::styled(NOT_IN_SOURCE, theme.missing())));
        }
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: true })
                .block(
                    Block::new()
                        .borders(Borders::LEFT)
                        .border_style(theme.dim())
                        .padding(ratatui::widgets::Padding::left(1)),
                )
                .style(Style::new()),
            area,
        );
    }
}

impl super::Pane for Skills {
    fn reset(&mut self, ctx: &Ctx) {
        let skills = &ctx.role().hard_skills;
        let mut order: Vec<usize> = (0..skills.len()).collect();
        order.sort_by(|&a, &b| skills[b].share.total_cmp(&skills[a].share));
        self.order = order;
        self.list =
            crate::explorer::widgets::list::ListState::new(skills.len() + ctx.role().soft_skills.len());
    }

    fn layout(&mut self, area: Rect, _ctx: &Ctx) {
        let (list, _) = Skills::split(area);
        self.list.set_height(list.height.saturating_sub(2) as usize);
    }

    fn update(&mut self, action: &Action, _ctx: &Ctx) -> Flow {
        match action {
            Action::SelectRow(row) if *row < self.list.len() => Flow::Done(self.list.select(*row)),
            Action::ScrollPane(by) => Flow::Done(self.list.move_by(*by as isize)),
            Action::Reveal(item) => {
                let row = match self.order.iter().position(|&i| i == item.index) {
                    Some(row) => row,
                    None => item.index,
                };
                self.list.reveal(row);
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
        let role = ctx.role();
        let origin = ctx.origin();
        let (list_area, detail_area) = Skills::split(area);
        let hard = self.order.len();

        // One column of rows: the hard skills heading and bars, then the soft skills.
        let width = list_area.width.saturating_sub(1) as usize;
        let mut rows: Vec<Line> = Vec::new();
        let mut item_rows: Vec<usize> = Vec::new();
        rows.push(Line::from(Span::styled(
            format!(" Hard skills · {}", skill_measure(origin)),
            theme.heading(),
        )));
        if hard == 0 {
            rows.push(Line::from(Span::styled(
                format!("   {NOT_IN_SOURCE}"),
                theme.missing(),
            )));
        }
        let max = role.hard_skills.iter().map(|s| s.share).fold(0.0, f64::max);
        let label_width = label_width(role.hard_skills.iter().map(|s| s.name.as_str()), width / 2);
        let marker = |selected: bool| Span::raw(if selected { " ▶ " } else { "   " });
        for (row, &i) in self.order.iter().enumerate() {
            let skill = &role.hard_skills[i];
            let selected = self.list.selected == row;
            let mut line = bar_line(
                &skill.name,
                label_width,
                skill.share,
                max,
                skill_value(origin, skill.share),
                width.saturating_sub(3),
                theme.bar(),
            );
            line.spans.insert(0, marker(selected));
            if selected {
                line = line.style(theme.selected(focused));
            }
            item_rows.push(rows.len());
            rows.push(line);
        }
        rows.push(Line::default());
        rows.push(Line::from(Span::styled(" Soft skills", theme.heading())));
        if role.soft_skills.is_empty() {
            rows.push(Line::from(Span::styled(
                format!("   {NOT_IN_SOURCE}"),
                theme.missing(),
            )));
        }
        for (k, skill) in role.soft_skills.iter().enumerate() {
            let selected = self.list.selected == hard + k;
            let mut line = Line::from(vec![
                marker(selected),
                Span::raw(fit(&skill.name, width.saturating_sub(3))),
            ]);
            if selected {
                line = line.style(theme.selected(focused));
            }
            item_rows.push(rows.len());
            rows.push(line);
        }

        // Keep the selected row on screen: the first rows scroll away only when needed.
        let height = list_area.height as usize;
        let selected_row = item_rows.get(self.list.selected).copied().unwrap_or(0);
        let offset = (selected_row + 1).saturating_sub(height);
        let shown: Vec<Line> = rows.into_iter().skip(offset).take(height).collect();
        frame.render_widget(Paragraph::new(shown), list_area);

        self.draw_detail(frame, detail_area, ctx);

        // Clicks land on screen rows; map each visible item's row back to its index.
        item_rows
            .iter()
            .enumerate()
            .filter(|(_, row)| **row >= offset && **row < offset + height)
            .map(|(item, row)| (list_area.y + (row - offset) as u16, item))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explorer::panes::Pane;
    use crate::explorer::testing::seed;

    #[test]
    fn the_selection_runs_over_hard_then_soft_skills() {
        let app = seed();
        let ctx = app.ctx().unwrap();
        let mut pane = Skills::default();
        pane.reset(&ctx);
        pane.layout(Rect::new(0, 0, 100, 30), &ctx);
        assert_eq!(pane.order, [0, 1, 2, 3, 4, 5]);
        let _ = pane.update(&Action::MoveToBottom, &ctx);
        assert_eq!(pane.list.selected, 9, "6 hard + 4 soft skills");
        assert_eq!(pane.update(&Action::SelectRow(1), &ctx), Flow::CHANGED);
        assert_eq!(pane.list.selected, 1);
        assert_eq!(pane.update(&Action::SelectRow(10), &ctx), Flow::Pass);
        assert_eq!(pane.update(&Action::ScrollPane(3), &ctx), Flow::CHANGED);
        assert_eq!(pane.list.selected, 4);
    }
}
