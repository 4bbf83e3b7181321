//! Drawing the Skills pane: the charts' names, what the shown chart measures, its rows (bars on
//! the measure's own scale: importance 1–5, impact −3–3, share of resumes 0–100%) and the box
//! with the selected row in full. Nothing here changes the pane.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{Areas, Chart, ChartKind, Skills};
use crate::catalog::{ElementKind, Role};
use crate::explorer::action::Action;
use crate::explorer::component::Ctx;
use crate::explorer::keymap::Context;
use crate::explorer::panes::PaneId;
use crate::explorer::panes::compare::pager;
use crate::explorer::theme::Theme;
use crate::explorer::widgets::bars::{bar_line, label_width};
use crate::explorer::widgets::list::{self, INDENTED_ARROW};
use crate::explorer::widgets::signed_bars::{
    SignedBar, SignedLayout, SignedStyle, caption, signed_bar_lines,
};
use crate::explorer::widgets::text::{fit, head, truncate};
use crate::report::{NOT_IN_SOURCE, skill_measure, skill_value};

/// The columns the selection arrow takes before a row.
const MARKER: usize = 3;

/// Work style impact runs from −3 to +3: a full half of a signed bar is 3.
const IMPACT_SCALE: f64 = 3.0;

pub(super) fn draw(
    pane: &Skills,
    areas: Areas,
    frame: &mut Frame,
    ctx: &Ctx,
    focused: bool,
) -> Vec<(u16, usize)> {
    let theme = ctx.theme();
    let Some(chart) = pane.chart() else {
        return Vec::new();
    };
    frame.render_widget(Paragraph::new(tabs(pane, ctx, areas.tabs.width as usize)), areas.tabs);
    frame.render_widget(
        Paragraph::new(Span::styled(measure(chart.kind, ctx), theme.dim()))
            .wrap(Wrap { trim: true }),
        areas.measure,
    );
    if let Some(note) = pane.note.as_ref().filter(|_| areas.note.height > 0) {
        frame.render_widget(
            Paragraph::new(Span::styled(note.as_str(), theme.missing())).wrap(Wrap { trim: true }),
            areas.note,
        );
    }
    if chart.is_empty() {
        let text = match &pane.note {
            Some(note) if chart.kind.part().is_some() => note.clone(),
            _ => missing(chart.kind),
        };
        let body = Rect {
            height: areas.list.height + areas.header.height,
            ..areas.header
        };
        frame.render_widget(
            Paragraph::new(Span::styled(text, theme.missing())).wrap(Wrap { trim: true }),
            body,
        );
        return Vec::new();
    }
    let width = (areas.list.width as usize).saturating_sub(MARKER + 1);
    let rows = Rows::new(chart, ctx, width);
    if let Some(header) = rows.header(chart.kind, theme) {
        frame.render_widget(Paragraph::new(header), areas.header);
    }
    let hits = list::draw(
        frame,
        areas.list,
        &chart.list,
        INDENTED_ARROW,
        focused,
        theme,
        |row, _| rows.line(chart, row, ctx),
    );
    draw_detail(chart, frame, areas, ctx);
    hits
}

/// The charts' names with the shown one marked and its place (`[ 2 of 4 ]`); only the shown
/// one's name when they do not all fit.
fn tabs(pane: &Skills, ctx: &Ctx, width: usize) -> Line<'static> {
    let theme = ctx.theme();
    let place = pager(
        ctx,
        Context::Pane(PaneId::Skills),
        (&Action::PreviousChart, &Action::NextChart),
        pane.current + 1,
        pane.charts.len(),
    );
    let names: Vec<&str> = pane.charts.iter().map(|c| c.kind.title()).collect();
    let all = names.join(" · ").width();
    let mut spans: Vec<Span> = Vec::new();
    if all + 2 + place.width() <= width || (all <= width && pane.charts.len() > 1) {
        for (i, chart) in pane.charts.iter().enumerate() {
            if i > 0 {
                spans.push(Span::styled(" · ", theme.dim()));
            }
            let style = if i == pane.current {
                theme.heading().add_modifier(ratatui::style::Modifier::REVERSED)
            } else if chart.is_empty() {
                theme.missing()
            } else {
                theme.heading()
            };
            spans.push(Span::styled(chart.kind.title(), style));
        }
        if all + 2 + place.width() <= width {
            let pad = width - all - place.width();
            spans.push(Span::raw(" ".repeat(pad)));
            spans.push(Span::styled(place, theme.key()));
        }
    } else {
        let title = pane.chart().map_or("", |c| c.kind.title());
        let room = width.saturating_sub(place.width() + 2);
        let title = truncate(title, room);
        spans.push(Span::styled(title.clone(), theme.heading()));
        spans.push(Span::raw(" ".repeat(width.saturating_sub(title.width() + place.width()))));
        spans.push(Span::styled(truncate(&place, width), theme.key()));
    }
    Line::from(spans)
}

/// What the chart measures and from which release, the release first (a narrow pane cuts the
/// end).
pub(super) fn measure(kind: ChartKind, ctx: &Ctx) -> String {
    let origin = ctx.origin();
    let what = match kind {
        ChartKind::HardSkills => match &origin.skill_measure {
            None => "Share of resumes listing each skill, 0–100%".to_string(),
            Some(measure) => measure.clone(),
        },
        ChartKind::SoftSkills => "Why each matters, with a resume example".to_string(),
        ChartKind::Skills | ChartKind::Knowledge => {
            "importance 1–5 (bars), level 0–7".to_string()
        }
        ChartKind::WorkStyles => {
            "impact −3 (hinders) to +3 (helps) · #1–10: most distinctive".to_string()
        }
        ChartKind::Technology => "software in job postings, by category".to_string(),
    };
    match kind.release(origin) {
        Some(release) => format!("{release} · {what}"),
        None => what,
    }
}

/// What an empty chart of a career page's skills says.
fn missing(kind: ChartKind) -> String {
    format!("{}: {NOT_IN_SOURCE}", kind.title())
}

/// What every row of a chart shares: the widths of its columns, measured once per draw.
struct Rows {
    width: usize,
    label: usize,
    /// Work styles: where the signed bars go.
    signed: Option<SignedLayout>,
    /// Technology: the widths of the category and the marks.
    category: usize,
    marks: usize,
}

impl Rows {
    fn new(chart: &Chart, ctx: &Ctx, width: usize) -> Rows {
        let role = ctx.role();
        let names = chart.items.iter().map(|&(i, e)| name(chart.kind, role, i, e));
        let mut rows = Rows {
            width,
            label: label_width(names, width / 2),
            signed: None,
            category: 0,
            marks: 0,
        };
        match chart.kind {
            ChartKind::WorkStyles => {
                let bars = work_style_bars(chart, role);
                rows.signed = Some(SignedLayout::fitted(&bars, width));
            }
            ChartKind::Technology => {
                rows.marks = chart
                    .items
                    .iter()
                    .map(|&(g, e)| marks(role, g, e).width())
                    .max()
                    .unwrap_or(0)
                    .max("Marks".len());
                let categories = role.technology.iter().map(|g| g.category.as_str());
                rows.category = label_width(categories, width * 2 / 5);
                let rest = width.saturating_sub(rows.category + rows.marks + 2);
                rows.label = rows.label.min(rest);
            }
            _ => {}
        }
        rows
    }

    /// The line over the rows: the names of the columns, or the signed bars' caption.
    fn header(&self, kind: ChartKind, theme: Theme) -> Option<Line<'static>> {
        let pad = " ".repeat(MARKER);
        match kind {
            ChartKind::Skills | ChartKind::Knowledge => {
                let names = "importance  level";
                let room = self.width.saturating_sub(names.width());
                Some(Line::styled(format!("{pad}{}{names}", " ".repeat(room)), theme.dim()))
            }
            ChartKind::WorkStyles => {
                let style = SignedStyle {
                    negative: theme.less(),
                    positive: theme.bar(),
                    axis: theme.dim(),
                };
                let mut line = caption("hinders", "helps", self.signed?, style);
                line.spans.insert(0, Span::raw(pad));
                Some(line)
            }
            ChartKind::Technology => Some(Line::styled(
                format!(
                    "{pad}{} {} {}",
                    fit("Category", self.category),
                    fit("Technology", self.label),
                    "Marks"
                ),
                theme.dim(),
            )),
            ChartKind::HardSkills | ChartKind::SoftSkills => None,
        }
    }

    /// Row `row` of the chart, without the selection marker.
    fn line(&self, chart: &Chart, row: usize, ctx: &Ctx) -> Line<'static> {
        let theme = ctx.theme();
        let role = ctx.role();
        let Some(&(i, e)) = chart.items.get(row) else {
            return Line::default();
        };
        let label = name(chart.kind, role, i, e);
        match chart.kind {
            ChartKind::HardSkills => {
                let origin = ctx.origin();
                let skill = &role.hard_skills[i];
                // A share of resumes is drawn on 0–100; another measure on its largest value.
                let full = match origin.skill_measure {
                    None => 100.0,
                    Some(_) => role.hard_skills.iter().map(|s| s.share).fold(0.0, f64::max),
                };
                let value = skill_value(origin, skill.share);
                bar_line(label, self.label, skill.share, full, value, self.width, theme.bar())
            }
            ChartKind::SoftSkills => {
                let skill = &role.soft_skills[i];
                let why = skill.why.as_deref().unwrap_or("");
                let room = self.width.saturating_sub(self.label + 2);
                Line::from(vec![
                    Span::raw(fit(label, self.label)),
                    Span::raw("  "),
                    Span::styled(truncate(head(why, 4 * room + 4), room), theme.dim()),
                ])
            }
            ChartKind::Skills | ChartKind::Knowledge => {
                let list = if chart.kind == ChartKind::Skills {
                    &role.skills
                } else {
                    &role.knowledge
                };
                let rating = &list[i];
                let level = rating.level.map_or("—".to_string(), |l| format!("{l:.2}"));
                let value = format!("{:.2} {level:>6}", rating.importance);
                // Importance runs from 1 (not important) to 5: an empty bar at 1.
                bar_line(
                    label,
                    self.label,
                    rating.importance - 1.0,
                    4.0,
                    value,
                    self.width,
                    theme.bar(),
                )
            }
            ChartKind::WorkStyles => {
                let Some(layout) = self.signed else {
                    return Line::from(label.to_string());
                };
                let bar = work_style_bar(role, i);
                let style = SignedStyle {
                    negative: theme.less(),
                    positive: theme.bar(),
                    axis: theme.dim(),
                };
                signed_bar_lines(&[bar], IMPACT_SCALE, layout, style)
                    .pop()
                    .unwrap_or_default()
            }
            ChartKind::Technology => {
                let group = &role.technology[i];
                let category = if e == 0 { group.category.as_str() } else { "" };
                Line::from(vec![
                    Span::styled(fit(category, self.category), theme.dim()),
                    Span::raw(" "),
                    Span::raw(fit(label, self.label)),
                    Span::raw(" "),
                    Span::styled(marks(role, i, e), theme.key()),
                ])
            }
        }
    }
}

/// The name a row shows.
fn name(kind: ChartKind, role: &Role, i: usize, e: usize) -> &str {
    match kind {
        ChartKind::HardSkills => &role.hard_skills[i].name,
        ChartKind::SoftSkills => &role.soft_skills[i].name,
        ChartKind::Skills => &role.skills[i].name,
        ChartKind::Knowledge => &role.knowledge[i].name,
        ChartKind::WorkStyles => &role.work_styles[i].name,
        ChartKind::Technology => &role.technology[i].examples[e].name,
    }
}

/// "Hot · In demand", "Hot", "In demand" or nothing.
fn marks(role: &Role, group: usize, example: usize) -> &'static str {
    let t = &role.technology[group].examples[example];
    match (t.hot, t.in_demand) {
        (true, true) => "Hot · In demand",
        (true, false) => "Hot",
        (false, true) => "In demand",
        (false, false) => "",
    }
}

fn work_style_bar(role: &Role, i: usize) -> SignedBar<'_> {
    let style = &role.work_styles[i];
    let rank = style.distinctiveness.map(|r| format!(" #{r}"));
    SignedBar {
        label: &style.name,
        value: style.impact,
        left: String::new(),
        right: format!("{:+.2}{}", style.impact, rank.unwrap_or_default()),
    }
}

fn work_style_bars<'a>(chart: &Chart, role: &'a Role) -> Vec<SignedBar<'a>> {
    chart.items.iter().map(|&(i, _)| work_style_bar(role, i)).collect()
}

/// The box with the selected row in full: what it measures, its figures, its example.
fn draw_detail(chart: &Chart, frame: &mut Frame, areas: Areas, ctx: &Ctx) {
    let theme = ctx.theme();
    let role = ctx.role();
    let origin = ctx.origin();
    let Some(&(i, e)) = chart.items.get(chart.list.selected) else {
        return;
    };
    // The box shows a few lines: never wrap more of a text than could show.
    let area = areas.detail;
    let room = (area.width as usize + 1) * (area.height as usize + 1);
    let text = |s: &str| head(s, room).to_string();
    let heading = |s: &str| Line::from(Span::styled(text(s), theme.heading()));
    let missing = |label: &str| Line::from(Span::styled(format!("{label}: {NOT_IN_SOURCE}"), theme.missing()));
    let described = |kind: ElementKind, name: &str| {
        origin
            .elements
            .iter()
            .find(|el| el.kind == kind && el.name == name)
            .and_then(|el| el.description.as_deref())
    };
    let mut lines: Vec<Line> = Vec::new();
    match chart.kind {
        ChartKind::HardSkills => {
            let skill = &role.hard_skills[i];
            let value = skill_value(origin, skill.share);
            let measure = match &origin.skill_measure {
                None => format!(" · {value} of resumes"),
                Some(_) => format!(" · {value} ({})", skill_measure(origin)),
            };
            lines.push(Line::from(vec![
                Span::styled(text(&skill.name), theme.heading()),
                Span::styled(measure, theme.dim()),
            ]));
            lines.push(Line::default());
            lines.push(match &skill.example {
                Some(example) => Line::from(format!("“{}”", text(example))),
                None => missing("Example"),
            });
        }
        ChartKind::SoftSkills => {
            let skill = &role.soft_skills[i];
            lines.push(heading(&skill.name));
            lines.push(Line::default());
            lines.push(match &skill.why {
                Some(why) => Line::from(text(why)),
                None => missing("Why it matters"),
            });
            lines.push(Line::default());
            lines.push(match &skill.example {
                Some(example) => Line::from(format!("“{}”", text(example))),
                None => missing("Example"),
            });
        }
        ChartKind::Skills | ChartKind::Knowledge => {
            let (list, kind) = if chart.kind == ChartKind::Skills {
                (&role.skills, ElementKind::Skill)
            } else {
                (&role.knowledge, ElementKind::Knowledge)
            };
            let rating = &list[i];
            lines.push(heading(&rating.name));
            lines.push(match described(kind, &rating.name) {
                Some(what) => Line::from(vec![
                    Span::styled("What it measures: ", theme.dim()),
                    Span::raw(text(what)),
                ]),
                None => missing("What it measures"),
            });
            lines.push(Line::default());
            lines.push(Line::from(format!(
                "Importance {:.2} of 5 (1 not important, 5 extremely)",
                rating.importance
            )));
            lines.push(Line::from(match rating.level {
                Some(level) => format!("Level needed {level:.2} of 7"),
                None => "Level: not relevant to this occupation (O*NET)".to_string(),
            }));
        }
        ChartKind::WorkStyles => {
            let style = &role.work_styles[i];
            lines.push(heading(&style.name));
            lines.push(match described(ElementKind::WorkStyle, &style.name) {
                Some(what) => Line::from(vec![
                    Span::styled("What it means: ", theme.dim()),
                    Span::raw(text(what)),
                ]),
                None => missing("What it means"),
            });
            lines.push(Line::default());
            lines.push(Line::from(format!(
                "Impact {:+.2} (−3 hinders performance, +3 helps it most)",
                style.impact
            )));
            if let Some(rank) = style.distinctiveness {
                lines.push(Line::from(format!(
                    "#{rank} of the 10 work styles most distinctive of this occupation"
                )));
            }
        }
        ChartKind::Technology => {
            let group = &role.technology[i];
            let example = &group.examples[e];
            lines.push(heading(&example.name));
            lines.push(Line::from(vec![
                Span::styled("Category ", theme.dim()),
                Span::raw(text(&group.category)),
            ]));
            if example.hot {
                lines.push(Line::from("Hot Technology: often named in employers' job postings"));
            }
            if example.in_demand {
                lines.push(Line::from(
                    "In Demand: among the technologies most requested for this occupation",
                ));
            }
        }
    }
    let borders = if areas.beside {
        Block::new().borders(Borders::LEFT).padding(Padding::left(1))
    } else {
        Block::new().borders(Borders::TOP)
    };
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(borders.border_style(theme.dim())),
        area,
    );
}
