//! How the role list draws: its border says what shows (`Roles (1,021)`, `Shortlist (2 of
//! 1,021)`, the filter and `12 of 1,021` at the top, the sort at the bottom); section headings
//! start at the edge, roles under them; a sorted list shows each role's figure on the right.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::RoleList;
use super::arrange::{Row, Section};
use crate::catalog::Catalog;
use crate::explorer::theme::Theme;
use crate::explorer::widgets::list::{self, ARROW};
use crate::explorer::widgets::text::{rule, truncate, truncate_start};
use crate::explorer::widgets::{inset, scrollbar};
use crate::report::{NOT_IN_SOURCE, count};

/// Before a marked role's title.
pub const MARK: &str = "★ ";

/// Before the title of a role set apart (no occupation code: a career page's).
pub const APART: &str = "◆ ";

/// Inside a list narrower than this, figures are short (`$206k`).
const COMPACT_BELOW: usize = 40;

impl RoleList {
    /// Draws the list in `area` (with its border); returns the inside, where rows are.
    pub fn draw(
        &self,
        frame: &mut Frame,
        area: Rect,
        catalog: &Catalog,
        focused: bool,
        theme: Theme,
    ) -> Rect {
        let room = area.width.saturating_sub(2) as usize;
        let (left, right) = self.titles(catalog, room);
        let mut block = Block::new()
            .borders(Borders::ALL)
            .border_type(BorderType::Rounded)
            .border_style(theme.border(focused))
            .title(left);
        if let Some(right) = right {
            block = block.title(Line::from(right).right_aligned());
        }
        let (sort, section) = self.bottom_titles(catalog, room);
        if let Some(sort) = sort {
            block = block.title_bottom(Span::styled(sort, theme.dim()));
        }
        if let Some(section) = section {
            block = block.title_bottom(Line::from(section).style(theme.dim()).right_aligned());
        }
        let inner = block.inner(area);
        frame.render_widget(block, area);

        if self.rows.is_empty() {
            let query = self.filter.as_ref().map_or("", |f| f.query.as_str());
            let text = format!("nothing matches \"{}\"", truncate(query, 60));
            frame.render_widget(
                Paragraph::new(Span::styled(text, theme.missing())).wrap(Wrap { trim: true }),
                inset(inner, 0),
            );
            return inner;
        }
        let width = inner.width as usize;
        let compact = width < COMPACT_BELOW;
        let figure = self.arrangement.figure();
        let figure_width = if compact {
            self.figure_widths.1
        } else {
            self.figure_widths.0
        };
        list::draw_rows(
            frame,
            inner,
            &self.list,
            ARROW,
            focused,
            theme,
            |row, _| match self.rows.get(row) {
                Some(Row::Heading { section, roles }) => {
                    (self.heading(catalog, *section, *roles, width, theme), false)
                }
                Some(Row::NotInSource { roles }) => (
                    rule(
                        NOT_IN_SOURCE,
                        theme.missing(),
                        *roles,
                        width.saturating_sub(2),
                        theme,
                    ),
                    true,
                ),
                Some(Row::Role(role)) => {
                    let mut spans = Vec::new();
                    if self.shortlist.contains(role) {
                        spans.push(Span::raw(MARK));
                    }
                    let role_data = &catalog.roles[*role];
                    if self.mark_apart && role_data.code.is_none() {
                        spans.push(Span::styled(APART, theme.dim()));
                    }
                    let used: usize = spans.iter().map(Span::width).sum();
                    let value = figure
                        .and_then(|(value, unit)| Some(unit.format(value(role_data)?, compact)));
                    let room = width.saturating_sub(2 + used);
                    let title_room = match &value {
                        Some(_) => room.saturating_sub(figure_width + 1),
                        None => room,
                    };
                    let title = truncate(&role_data.title, title_room);
                    let mut title_width = title.width();
                    spans.push(Span::raw(title));
                    // Kept for another name: which one ("Registered Nurses · RN").
                    let other = self.filter.as_ref().and_then(|f| f.other_name(role_data));
                    if let Some(other) = other.filter(|_| title_room > title_width + 4) {
                        let other = truncate(&format!(" · {other}"), title_room - title_width);
                        title_width += other.width();
                        spans.push(Span::styled(other, theme.dim()));
                    }
                    if let Some(value) = value {
                        let pad = room.saturating_sub(title_width + value.width());
                        spans.push(Span::raw(" ".repeat(pad)));
                        spans.push(Span::raw(value));
                    }
                    (Line::from(spans), true)
                }
                None => (Line::default(), true),
            },
        );
        // On the right border, like a scroll thumb on the frame.
        let track = Rect {
            y: area.y + 1,
            height: area.height.saturating_sub(2),
            ..area
        };
        scrollbar(frame, track, self.list.len(), self.list.offset, theme);
        inner
    }

    /// The border's top: what shows on the left (with the filter being typed), and with a
    /// filter, how many roles it keeps on the right.
    fn titles(&self, catalog: &Catalog, room: usize) -> (String, Option<String>) {
        let total = catalog.roles.len();
        let only_shortlist = self.only_shortlist();
        let Some(filter) = &self.filter else {
            let title = if only_shortlist {
                format!(
                    " Shortlist ({} of {}) ",
                    count(self.shortlist.len() as i64),
                    count(total as i64)
                )
            } else {
                format!(" Roles ({}) ", count(total as i64))
            };
            return (truncate(&title, room), None);
        };
        let base = if only_shortlist {
            self.shortlist.len()
        } else {
            total
        };
        let listed = count(self.listed_count as i64);
        let label = if only_shortlist { "Shortlist" } else { "Roles" };
        let cursor = if filter.editing { "█" } else { "" };
        // The label and a few letters of the query first; then the count, in full if it fits.
        let head = format!(" {label} / ");
        let wanted = head.width() + filter.query.as_str().width().min(6) + cursor.width() + 1;
        let right = [
            format!(" {listed} of {} ", count(base as i64)),
            format!(" {listed} "),
        ]
        .into_iter()
        .find(|r| wanted + r.width() < room);
        let left_room = room.saturating_sub(right.as_ref().map_or(0, |r| r.width() + 1));
        let head = if head.width() + cursor.width() + 2 > left_room {
            " / ".to_string()
        } else {
            head
        };
        let query_room = left_room.saturating_sub(head.width() + cursor.width() + 1);
        let query = truncate_start(filter.query.as_str(), query_room);
        let left = truncate(&format!("{head}{query}{cursor} "), left_room);
        (left, right)
    }

    /// The border's bottom: the sort on the left, and on the right the section of the role
    /// shown when its heading is out of view.
    fn bottom_titles(&self, catalog: &Catalog, room: usize) -> (Option<String>, Option<String>) {
        let sort = self.arrangement.describe().map(|s| format!(" {s} "));
        let sort_width = sort.as_ref().map_or(0, |s| s.width());
        let visible = self.list.visible();
        let selected = self.list.selected;
        let section = self.rows[..selected.min(self.rows.len())]
            .iter()
            .enumerate()
            .rev()
            .find_map(|(at, row)| match row {
                Row::Heading { section, .. } => Some((at, *section)),
                _ => None,
            })
            .filter(|(at, _)| !visible.contains(at))
            .map(|(_, section)| section.title(catalog));
        let section_room = room.saturating_sub(sort_width + 3);
        let section = section
            .filter(|_| section_room >= 8)
            .map(|s| format!(" {} ", truncate(&s, section_room)));
        let sort = sort.map(|s| truncate(&s, room));
        (sort, section)
    }

    /// A section's heading across the list: `◆ Career page ──────── 5`.
    fn heading(
        &self,
        catalog: &Catalog,
        section: Section,
        roles: usize,
        width: usize,
        theme: Theme,
    ) -> Line<'static> {
        let mut title = section.title(catalog);
        if matches!(section, Section::Apart(_)) && self.mark_apart {
            title = format!("{APART}{title}");
        }
        rule(&title, theme.heading(), roles, width, theme)
    }
}
