//! The Overview pane: the role's facts (`report::facts::RoleFacts`, the same `show` prints)
//! drawn section by section: what the role does, pay (a chosen state's beside the nation's),
//! pay by industry, job outlook, education, Job Zone, interests, a career page's employers and
//! duties, sources. A wide pane sets the sections in two columns. The text is laid out once per
//! role, width and chosen state, then scrolled.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::About;
use crate::explorer::action::Action;
use crate::explorer::component::{Ctx, Flow};
use crate::explorer::keymap::{Bind, Context, Hint, hint};
use crate::explorer::widgets::facts::{self, Drawing, heading};
use crate::explorer::widgets::scroll::{TextView, wrap_line};
use crate::explorer::widgets::{MAX_TEXT_WIDTH, inset};
use crate::report::facts::{RoleFacts, SectionId};
use crate::report::{NOT_IN_SOURCE, states};

/// Texts past this are cut in the explorer (other panes cut theirs the same).
pub use crate::explorer::widgets::facts::MAX_SHOWN_TEXT;

pub const ABOUT: About = About {
    id: "overview",
    title: "Overview",
    short_title: "Over",
};

/// The Overview scrolls with the keys every pane has; picking a state and following the link
/// to the nearest occupation work everywhere (`app::KEYS`).
pub const KEYS: &[Bind] = &[];

const HINTS: &[Hint] = &[hint(&[Action::PickWageState], "wages by state")];

const LINKED_HINTS: &[Hint] = &[
    hint(&[Action::OpenNearestOccupation], "US occupation"),
    hint(&[Action::PickWageState], "state"),
];

/// From this many columns of text, sections go side by side.
pub const TWO_COLUMNS_FROM: usize = 120;

/// Columns between the two columns of sections.
const GAP: usize = 4;

/// The sections in the order one column shows them.
const ORDER: [SectionId; 10] = [
    SectionId::Pay,
    SectionId::Industries,
    SectionId::Outlook,
    SectionId::Education,
    SectionId::JobZone,
    SectionId::Interests,
    SectionId::Employers,
    SectionId::Duties,
    SectionId::Types,
    SectionId::Notes,
];

/// Two columns: each row's left sections beside its right ones, then the rest across.
const ROWS: [(&[SectionId], &[SectionId]); 3] = [
    (
        &[SectionId::Pay, SectionId::Industries],
        &[SectionId::Outlook, SectionId::Education],
    ),
    (&[SectionId::JobZone], &[SectionId::Interests]),
    (&[SectionId::Employers], &[SectionId::Duties]),
];
const ACROSS: [SectionId; 2] = [SectionId::Types, SectionId::Notes];

#[derive(Debug, Default)]
pub struct Overview {
    text: TextView,
    /// The state the text was laid out for: choosing another lays it out again.
    laid_for: Option<String>,
    /// The role links to an occupation of the catalog (the footer offers the key).
    linked: bool,
}

impl Overview {
    /// The text's area inside the pane: a column of margin and room for the scrollbar. Lines
    /// keep a readable measure themselves.
    fn text_area(area: Rect) -> Rect {
        inset(area, 2)
    }

    pub fn scroll(&self) -> usize {
        self.text.scroll()
    }
}

impl super::Pane for Overview {
    fn reset(&mut self, ctx: &Ctx) {
        self.text.reset();
        self.linked = crate::report::facts::nearest_occupation(ctx.catalog(), ctx.role).is_some();
    }

    fn layout(&mut self, area: Rect, ctx: &Ctx) {
        let inner = Overview::text_area(area);
        if self.laid_for != ctx.shared.wage_state {
            self.laid_for.clone_from(&ctx.shared.wage_state);
            self.text.invalidate();
        }
        if self.text.needs_layout(inner.width) {
            let lines = lines(ctx, inner.width as usize);
            self.text.set_cut_lines(lines, inner.width);
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

    fn hints(&self) -> &'static [Hint] {
        if self.linked { LINKED_HINTS } else { HINTS }
    }
}

/// Every line of the overview for a text area `width` columns wide, each fitted to its column.
pub fn lines(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let theme = ctx.theme();
    let catalog = ctx.catalog();
    let state = ctx
        .shared
        .wage_state
        .as_deref()
        .and_then(|code| states::by_code(catalog, code));
    let facts = RoleFacts::with_state(catalog, ctx.role, state);
    let key = ctx
        .shared
        .keymap
        .keys_for(&[Context::Everywhere], &Action::OpenNearestOccupation)
        .first()
        .map(|k| k.label());
    let prose = width.min(MAX_TEXT_WIDTH as usize);
    let drawing = |width| Drawing {
        width,
        theme,
        link_key: key.as_deref(),
    };
    let degrees_in_compare = has_degree_comparison(ctx);
    // Sections the source has nothing for are named once, at the end, not one by one.
    let mut absent: Vec<&str> = Vec::new();
    let mut section = |id: SectionId, width: usize| -> Vec<Line<'static>> {
        let Some(section) = facts.section(id) else {
            return Vec::new();
        };
        let mut out = wrap_line(heading(&section.title, theme), width);
        if section.is_missing() {
            if id == SectionId::Education && degrees_in_compare {
                out.extend(wrap_line(
                    Line::from(vec![
                        Span::styled(NOT_IN_SOURCE, theme.missing()),
                        Span::styled(" · degree differences are in Compare (4)", theme.dim()),
                    ]),
                    width,
                ));
                return out;
            }
            absent.push(id.name());
            return Vec::new();
        }
        for block in &section.blocks {
            out.extend(facts::block(block, &drawing(width)));
        }
        out
    };

    let mut out = Vec::new();
    if let Some(about) = facts.section(SectionId::About) {
        for block in &about.blocks {
            out.extend(facts::block(block, &drawing(prose)));
        }
    }
    if width >= TWO_COLUMNS_FROM {
        let column = ((width - GAP) / 2).min(MAX_TEXT_WIDTH as usize);
        for (left, right) in ROWS {
            let mut stack = |ids: &[SectionId]| {
                let mut lines: Vec<Line<'static>> = Vec::new();
                for &id in ids {
                    let drawn = section(id, column);
                    if !drawn.is_empty() && !lines.is_empty() {
                        lines.push(Line::default());
                    }
                    lines.extend(drawn);
                }
                lines
            };
            let (left, right) = (stack(left), stack(right));
            if left.is_empty() && right.is_empty() {
                continue;
            }
            out.push(Line::default());
            out.extend(side_by_side(left, right, column));
        }
        for id in ACROSS {
            let drawn = section(id, prose);
            if !drawn.is_empty() {
                out.push(Line::default());
                out.extend(drawn);
            }
        }
    } else {
        for id in ORDER {
            let drawn = section(id, prose);
            if !drawn.is_empty() {
                out.push(Line::default());
                out.extend(drawn);
            }
        }
    }

    out.push(Line::default());
    if !absent.is_empty() {
        out.extend(wrap_line(
            Line::from(vec![
                Span::styled("Not in source: ", theme.dim()),
                Span::styled(absent.join(", "), theme.missing()),
            ]),
            prose,
        ));
    }
    out.extend(wrap_line(
        Line::from(vec![
            Span::styled("Source ", theme.dim()),
            Span::raw(facts.source.clone()),
        ]),
        prose,
    ));
    out
}

/// `left` and `right` as one list of lines: the left ones padded to `column`, a gap, the right.
fn side_by_side(
    left: Vec<Line<'static>>,
    right: Vec<Line<'static>>,
    column: usize,
) -> Vec<Line<'static>> {
    let rows = left.len().max(right.len());
    let mut left = left.into_iter();
    let mut right = right.into_iter();
    (0..rows)
        .map(|_| {
            let mut spans = Vec::new();
            let used = match left.next() {
                Some(line) => {
                    let w = line.width();
                    spans.extend(line.spans);
                    w
                }
                None => 0,
            };
            if let Some(line) = right.next() {
                spans.push(Span::raw(" ".repeat(column.saturating_sub(used) + GAP)));
                spans.extend(line.spans);
            }
            Line::from(spans)
        })
        .collect()
}

fn has_degree_comparison(ctx: &Ctx) -> bool {
    ctx.catalog()
        .comparisons_of(ctx.role)
        .iter()
        .any(|c| c.education.is_some())
}

/// The overview's text as plain lines (tests).
#[cfg(test)]
fn plain(ctx: &Ctx, width: usize) -> Vec<String> {
    lines(ctx, width).iter().map(|l| l.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explorer::panes::Pane;
    use crate::explorer::testing::{embedded, seed};
    use crate::explorer::widgets::facts::shown;
    use unicode_width::UnicodeWidthStr;

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

    #[test]
    fn every_line_fits_its_width_in_one_column_and_in_two() {
        let app = embedded();
        for id in ["registered-nurses", "actors", "acute-care-nurses", "senior-operations-manager"] {
            let role = app.catalog().index_of(id).unwrap();
            let app = embedded().open(role, crate::explorer::PaneId::Overview);
            let ctx = app.ctx().unwrap();
            for width in [37, 51, 77, 110, 119, 120, 138, 300] {
                for line in plain(&ctx, width) {
                    assert!(line.width() <= width, "{id} at {width}: {line:?}");
                }
            }
        }
    }

    #[test]
    fn two_columns_set_pay_beside_the_outlook() {
        let app = embedded();
        let nurses = app.catalog().index_of("registered-nurses").unwrap();
        let app = app.open(nurses, crate::explorer::PaneId::Overview);
        let ctx = app.ctx().unwrap();
        let wide = plain(&ctx, 138);
        let row = wide
            .iter()
            .find(|l| l.starts_with("Pay (BLS OEWS May 2025)"))
            .unwrap();
        assert!(row.contains("Job outlook 2024–34"), "{row}");
        let narrow = plain(&ctx, 110);
        assert!(narrow.iter().any(|l| l == "Job outlook 2024–34"));
        assert!(wide.len() < narrow.len() * 3 / 4, "{} vs {}", wide.len(), narrow.len());
    }
}
