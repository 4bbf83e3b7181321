//! The Overview pane: what the role does, pay and wages, education, top employers, sources.
//! Its text is built and wrapped once per role and width, then scrolled.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::About;
use crate::catalog::{Role, Wages};
use crate::explorer::action::Action;
use crate::explorer::component::{Ctx, Flow};
use crate::explorer::keymap::Bind;
use crate::explorer::theme::Theme;
use crate::explorer::widgets::bars::bar_chart;
use crate::explorer::widgets::scroll::TextView;
use crate::explorer::widgets::text::{bullets, fit, head};
use crate::explorer::widgets::{MAX_TEXT_WIDTH, inset};
use crate::report::{NOT_IN_SOURCE, count, dollars, pay_lines, source_line};

pub const ABOUT: About = About {
    id: "overview",
    title: "Overview",
    short_title: "Over",
};

/// The Overview scrolls with the keys every pane has.
pub const KEYS: &[Bind] = &[];

/// A text longer than this is cut in the explorer (`show` prints it all): wrapping and
/// drawing cost grows with the text, and nobody reads 64 KB in a pane.
pub const MAX_SHOWN_TEXT: usize = 64 * 1024;

#[derive(Debug, Default)]
pub struct Overview {
    text: TextView,
}

impl Overview {
    /// The text's area inside the pane: a column of margin, room for the scrollbar, and no
    /// wider than reads well.
    fn text_area(area: Rect) -> Rect {
        let mut inner = inset(area, 2);
        inner.width = inner.width.min(MAX_TEXT_WIDTH);
        inner
    }

    pub fn scroll(&self) -> usize {
        self.text.scroll()
    }
}

impl super::Pane for Overview {
    fn reset(&mut self, _ctx: &Ctx) {
        self.text.reset();
    }

    fn layout(&mut self, area: Rect, ctx: &Ctx) {
        let inner = Overview::text_area(area);
        if self.text.needs_layout(inner.width) {
            let lines = lines(ctx, inner.width as usize);
            self.text.set_lines(lines, inner.width);
        }
        self.text.set_height(inner.height);
    }

    fn update(&mut self, action: &Action, _ctx: &Ctx) -> Flow {
        let page = self.text.height().saturating_sub(1).max(1) as isize;
        let by = match action {
            Action::ScrollPane(by) => *by as isize,
            action => match action.movement(page) {
                Some(by) => by,
                None => return Flow::Pass,
            },
        };
        Flow::Done(self.text.scroll_by(by))
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, _focused: bool) -> Vec<(u16, usize)> {
        self.text
            .draw(frame, Overview::text_area(area), area, ctx.theme());
        Vec::new()
    }
}

/// A catalog text as shown: cut at `MAX_SHOWN_TEXT`, saying so.
fn shown(text: &str) -> String {
    let cut = head(text, MAX_SHOWN_TEXT);
    if cut.len() == text.len() {
        text.to_string()
    } else {
        format!(
            "{cut}… [{} KB more; `career-explorer show` prints it all]",
            (text.len() - cut.len()) / 1024
        )
    }
}

fn heading(text: &str, theme: Theme) -> Line<'static> {
    Line::from(Span::styled(text.to_string(), theme.heading()))
}

fn fact(label: &str, value: String, width: usize, theme: Theme) -> Line<'static> {
    let style = if value == NOT_IN_SOURCE {
        theme.missing()
    } else {
        Style::new()
    };
    Line::from(vec![
        Span::styled(fit(label, width), theme.dim()),
        Span::raw(" "),
        Span::styled(value, style),
    ])
}

fn missing(theme: Theme) -> Line<'static> {
    Line::from(Span::styled(NOT_IN_SOURCE, theme.missing()))
}

/// Every line of the overview, before wrapping.
pub fn lines(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let theme = ctx.theme();
    let role = ctx.role();
    let mut out = Vec::new();
    // Sections the source has nothing for are named once, at the end, not one by one.
    let mut absent: Vec<&str> = Vec::new();
    match &role.summary {
        Some(summary) => out.push(Line::from(shown(summary))),
        None => out.push(missing(theme)),
    }
    if !role.alternate_titles.is_empty() {
        let shown: Vec<&str> = role
            .alternate_titles
            .iter()
            .take(8)
            .map(String::as_str)
            .collect();
        let more = role.alternate_titles.len() - shown.len();
        let mut also = shown.join(" · ");
        if more > 0 {
            also.push_str(&format!(" · and {more} more (searchable)"));
        }
        out.push(Line::from(vec![
            Span::styled("Also called ", theme.dim()),
            Span::raw(also),
        ]));
    }

    if role.salary.is_none() && role.wages.is_none() {
        absent.push("pay");
    } else {
        section(&mut out, "Pay", theme);
        let pay = pay_lines(role);
        let label_width = pay.iter().map(|(l, _)| l.width()).max().unwrap_or(0);
        out.extend(pay.into_iter().map(|(l, v)| fact(l, v, label_width, theme)));
        if let Some(wages) = &role.wages {
            out.extend(wage_band(wages, width, theme));
            out.extend(industries(wages, width, theme));
        }
    }

    match role.education.as_ref().filter(|e| !e.levels.is_empty()) {
        Some(education) => {
            section(&mut out, "Education", theme);
            let rows = education.levels.iter().map(|l| {
                let value = format!("{:.0}%", l.share);
                (l.level.as_str(), l.share, value)
            });
            out.extend(bar_chart(rows.collect(), Some(100.0), width, 72, theme.bar()));
        }
        None if has_degree_comparison(ctx) => {
            section(&mut out, "Education", theme);
            out.push(Line::from(vec![
                Span::styled(NOT_IN_SOURCE, theme.missing()),
                Span::styled(" · degree differences are in Compare (4)", theme.dim()),
            ]));
        }
        None => absent.push("education"),
    }

    if role.employers.is_empty() {
        absent.push("top employers");
    } else {
        section(&mut out, "Top employers (open jobs)", theme);
        employers(role, width, theme, &mut out);
    }

    if role.duties.is_empty() {
        absent.push("duties");
    } else {
        section(&mut out, "Duties", theme);
        out.extend(bullet_lines(&role.duties, width));
    }

    match &role.types {
        Some(types) if !types.is_empty() => {
            section(&mut out, "Types", theme);
            out.extend(bullet_lines(types, width));
        }
        _ => absent.push("types"),
    }

    if !role.notes.is_empty() {
        section(&mut out, "Notes", theme);
        out.extend(bullet_lines(&role.notes, width));
    }

    out.push(Line::default());
    if !absent.is_empty() {
        out.push(Line::from(vec![
            Span::styled("Not in source: ", theme.dim()),
            Span::styled(absent.join(", "), theme.missing()),
        ]));
    }
    out.push(Line::from(vec![
        Span::styled("Source ", theme.dim()),
        Span::raw(source_line(&ctx.origin().sources)),
    ]));
    out
}

fn section(out: &mut Vec<Line<'static>>, title: &str, theme: Theme) {
    out.push(Line::default());
    out.push(heading(title, theme));
}

fn has_degree_comparison(ctx: &Ctx) -> bool {
    ctx.catalog()
        .comparisons_of(ctx.role)
        .iter()
        .any(|c| c.education.is_some())
}

fn employers(role: &Role, width: usize, theme: Theme, out: &mut Vec<Line<'static>>) {
    if role.employers.is_empty() {
        out.push(missing(theme));
        return;
    }
    let rows = role
        .employers
        .iter()
        .map(|e| (e.name.as_str(), e.open_jobs as f64, count(e.open_jobs)));
    out.extend(bar_chart(rows.collect(), None, width, 80, theme.bar()));
}

/// The 10th–90th percentile range as a band with the quartiles thicker and the median marked:
/// `$50,090 ├───━━━━●━━━━━━━───────┤ $253,390`.
fn wage_band(wages: &Wages, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let (Some(p10), Some(p90)) = (wages.p10, wages.p90) else {
        return Vec::new();
    };
    let (left, right) = (dollars(p10), dollars(p90));
    let band = width
        .min(72)
        .saturating_sub(left.width() + right.width() + 4);
    if band < 5 || p90 <= p10 {
        return Vec::new();
    }
    let at =
        |v: i64| (((v - p10) as f64 / (p90 - p10) as f64) * (band - 1) as f64).round() as usize;
    let q1 = wages.p25.map(at);
    let q3 = wages.p75.map(at);
    let median = wages.median.map(at);
    let mut cells: Vec<Span<'static>> = Vec::with_capacity(band);
    for i in 0..band {
        let inside_quartiles = q1.zip(q3).is_some_and(|(a, b)| i >= a && i <= b);
        let (symbol, style) = if Some(i) == median {
            ("●", theme.more())
        } else if inside_quartiles {
            ("━", theme.bar())
        } else {
            ("─", theme.dim())
        };
        cells.push(Span::styled(symbol, style));
    }
    let mut line = vec![Span::raw(format!("{left} ├"))];
    line.extend(cells);
    line.push(Span::raw(format!("┤ {right}")));
    let legend = Line::from(Span::styled(
        "10th–90th percentile · thick: 25th–75th · ●: median",
        theme.dim(),
    ));
    vec![Line::from(line), legend]
}

fn industries(wages: &Wages, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let shown: Vec<_> = wages
        .by_industry
        .iter()
        .filter(|i| i.employment.is_some())
        .take(8)
        .collect();
    if shown.is_empty() {
        return Vec::new();
    }
    let mut out = vec![Line::default(), heading("Employment by industry", theme)];
    let rows = shown.iter().map(|i| {
        let employment = i.employment.unwrap_or(0);
        (i.industry.as_str(), employment as f64, count(employment))
    });
    out.extend(bar_chart(rows.collect(), None, width, 80, theme.bar()));
    out
}

/// `• item` lines, each item cut at `MAX_SHOWN_TEXT`.
fn bullet_lines(items: &[String], width: usize) -> Vec<Line<'static>> {
    let items: Vec<String> = items.iter().map(|i| shown(i)).collect();
    bullets(&items, width).into_iter().map(Line::from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explorer::panes::Pane;
    use crate::explorer::testing::seed;

    #[test]
    fn scrolls_within_the_text_laid_out_for_the_width() {
        let app = seed();
        let ctx = app.ctx().unwrap();
        let mut pane = Overview::default();
        pane.reset(&ctx);
        pane.layout(Rect::new(0, 0, 60, 10), &ctx);
        let total = pane.text.total();
        assert!(total > 10, "{total}");
        assert!(!pane.text.needs_layout(57), "laid out once for the width");
        assert_eq!(pane.update(&Action::MoveToBottom, &ctx), Flow::CHANGED);
        assert_eq!(pane.scroll(), total - 10);
        assert_eq!(pane.update(&Action::MoveDown, &ctx), Flow::UNCHANGED);
        assert_eq!(pane.update(&Action::PageUp, &ctx), Flow::CHANGED);
        assert_eq!(pane.scroll(), total - 19);
        assert_eq!(pane.update(&Action::NextPane, &ctx), Flow::Pass);
        // A wider pane wraps less; the scroll stays within the new text.
        pane.layout(Rect::new(0, 0, 100, 10), &ctx);
        assert!(pane.text.total() < total);
        assert!(pane.scroll() <= pane.text.total() - 10);
    }

    #[test]
    fn a_huge_summary_is_cut_and_says_so() {
        let summary = "word ".repeat(1_000_000);
        let text = shown(&summary);
        assert!(text.len() < MAX_SHOWN_TEXT + 100);
        assert!(text.ends_with("KB more; `career-explorer show` prints it all]"));
    }
}
