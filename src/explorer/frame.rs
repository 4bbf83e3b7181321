//! The frame around the panes: header, role list, tabs, footer, the notice for terminals too
//! small to lay out, and the empty state. `draw` reads the app and returns where things landed
//! (`Hitmap`), which the terminal loop uses for mouse clicks.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::action::Action;
use super::app::{App, Focus};
use super::panes::PaneId;
use super::theme::Theme;
use super::widgets::text::truncate;

/// The smallest terminal the explorer draws its layout in.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

/// Where the frame's parts go on a screen of a given size.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FrameLayout {
    pub area: Rect,
    pub header: Rect,
    /// The role list, with its border.
    pub sidebar: Rect,
    /// The pane's block, with its border and tabs.
    pub main: Rect,
    /// Inside the pane's block: where the pane draws.
    pub pane: Rect,
    pub footer: Rect,
}

impl FrameLayout {
    /// The layout of `area`; all parts empty when it is too small to lay out.
    pub fn new(area: Rect, app: &App) -> FrameLayout {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return FrameLayout {
                area,
                ..FrameLayout::default()
            };
        }
        let [header, body, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let sidebar_width = if app.focus == Focus::Pane && body.width < FOLD_BELOW {
            0
        } else {
            sidebar_width(body.width, app.shared().longest_title)
        };
        let [sidebar, main] =
            Layout::horizontal([Constraint::Length(sidebar_width), Constraint::Fill(1)])
                .areas(body);
        FrameLayout {
            area,
            header,
            sidebar,
            main,
            pane: Block::new().borders(Borders::ALL).inner(main),
            footer,
        }
    }

    fn too_small(&self) -> bool {
        self.main.area() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_role_list_takes_a_bounded_share_of_the_terminal() {
        // The built-in catalogs: the longest title is 105 columns.
        assert_eq!(sidebar_width(80, 105), 24);
        assert_eq!(sidebar_width(120, 105), 36);
        assert_eq!(sidebar_width(160, 105), 48);
        assert_eq!(sidebar_width(200, 105), 60, "the pane gets the rest");
        assert_eq!(sidebar_width(300, 105), SIDEBAR_MAX);
        // Short titles keep a narrow list; tiny terminals a usable one.
        assert_eq!(sidebar_width(200, 29), 35);
        assert_eq!(sidebar_width(200, 3), 16);
        assert_eq!(sidebar_width(40, 105), 12);
    }
}

/// Below this many columns the role list folds away while a pane has the focus, so the pane's
/// tables get the whole width; `←` (back to the roles) brings it back.
pub const FOLD_BELOW: u16 = 100;

/// The role list is never wider than this: 90% of O*NET's titles (58 columns or fewer) are
/// whole in it; a longer title is cut in the list and shown whole in the header.
pub const SIDEBAR_MAX: u16 = 64;

/// The role list's width on a body `width` columns wide: the longest title with its border,
/// selection arrow and mark, within 30% of the terminal and `SIDEBAR_MAX` columns, so that the
/// pane, where the facts are, gets most of a wide terminal.
pub fn sidebar_width(width: u16, longest_title: usize) -> u16 {
    let wanted = (longest_title.min(500) as u16).saturating_add(6);
    wanted.clamp(16, SIDEBAR_MAX).min(width * 3 / 10)
}

/// What a frame drew where.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hitmap {
    /// Each tab's columns on the tab row.
    pub tabs: Vec<(Rect, PaneId)>,
    /// Inside the role list, and the first row shown.
    pub roles: Option<(Rect, usize)>,
    /// The screen row of each list item visible in the pane, with its index.
    pub pane_items: Vec<(u16, usize)>,
    pub pane_area: Rect,
}

impl Hitmap {
    /// The action a left click at (column, row) asks for.
    pub fn click(&self, column: u16, row: u16) -> Option<Action> {
        let at = Position { x: column, y: row };
        if let Some((_, pane)) = self.tabs.iter().find(|(r, _)| r.contains(at)) {
            return Some(Action::ShowPane(*pane));
        }
        if let Some((area, offset)) = self.roles.filter(|(r, _)| r.contains(at)) {
            return Some(Action::SelectRole(offset + (row - area.y) as usize));
        }
        if self.pane_area.contains(at) {
            return self
                .pane_items
                .iter()
                .find(|(y, _)| *y == row)
                .map(|(_, item)| Action::SelectRow(*item));
        }
        None
    }

    /// The action the mouse wheel asks for at (column, row); `by` is positive downwards.
    pub fn wheel(&self, column: u16, row: u16, by: i16) -> Option<Action> {
        let at = Position { x: column, y: row };
        if self.roles.is_some_and(|(r, _)| r.contains(at)) {
            Some(Action::ScrollRoles(by))
        } else if self.pane_area.contains(at) {
            Some(Action::ScrollPane(by))
        } else {
            None
        }
    }
}

/// Draws the whole explorer as last laid out (`App::layout`).
pub fn draw(frame: &mut Frame, app: &App) -> Hitmap {
    let layout = app.frame;
    let theme = app.shared().theme;
    if layout.too_small() {
        draw_too_small(frame, layout.area);
        return Hitmap::default();
    }
    let Some(ctx) = app.ctx() else {
        draw_empty(frame, &layout, app, theme);
        return Hitmap::default();
    };
    draw_header(frame, layout.header, app, ctx.role, theme);
    draw_footer(frame, layout.footer, app, theme);
    let roles_focused = app.focus == Focus::Roles && !app.has_overlay();
    // Folded away on a narrow terminal while a pane has the focus.
    let roles = (layout.sidebar.width > 0).then(|| {
        let inner = app
            .roles
            .draw(frame, layout.sidebar, app.catalog(), roles_focused, theme);
        (inner, app.roles.list.offset)
    });

    let focused = app.focus == Focus::Pane;
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border(focused));
    frame.render_widget(block, layout.main);
    let tabs = draw_tabs(frame, layout.main, app.pane, theme);
    let pane_items =
        app.current_pane()
            .draw(frame, layout.pane, &ctx, focused && !app.has_overlay());
    if let Some(overlay) = app.overlay() {
        overlay.draw(frame, layout.area, &ctx);
    }
    Hitmap {
        tabs,
        roles,
        pane_items,
        pane_area: layout.pane,
    }
}

fn draw_too_small(frame: &mut Frame, area: Rect) {
    let text = format!(
        "Enlarge the terminal to at least {MIN_WIDTH}×{MIN_HEIGHT} (now {}×{}). q quits.",
        area.width, area.height
    );
    let paragraph = Paragraph::new(text).wrap(Wrap { trim: true }).centered();
    let height = (paragraph.line_count(area.width) as u16).min(area.height);
    let y = area.y + area.height.saturating_sub(height) / 2;
    frame.render_widget(paragraph, Rect { y, height, ..area });
}

/// A catalog without roles: say so, and how to get out.
fn draw_empty(frame: &mut Frame, layout: &FrameLayout, app: &App, theme: Theme) {
    frame.render_widget(
        Paragraph::new(Span::styled(" career-explorer ", theme.heading())),
        layout.header,
    );
    let quit = app.shared().keymap.hints(
        &app.contexts(),
        &[super::keymap::hint(&[Action::Quit], "quit")],
    );
    if let Some((key, words)) = quit.first() {
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::raw(" "),
                Span::styled(key.clone(), theme.key()),
                Span::raw(format!(" {words}")),
            ])),
            layout.footer,
        );
    }
    let names: Vec<&str> = app
        .catalog()
        .origins
        .iter()
        .map(|o| o.label.as_str())
        .collect();
    let text = format!(
        "The catalog has no roles ({}). Add roles to it, or run without --data for the built-in catalogs.",
        truncate(&names.join(", "), 200)
    );
    let body = Rect {
        y: layout.header.bottom(),
        height: layout.footer.y.saturating_sub(layout.header.bottom()),
        ..layout.area
    };
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .centered()
            .style(theme.missing()),
        super::widgets::centered(body, body.width.min(70), 4),
    );
}

/// The role's title (whole where it fits: the role list may cut it) and code on the left; on
/// the right the US state chosen for wages and the sources' releases, as long as there is room
/// for (the title first, then the state, the credits shortened step by step, the code).
fn draw_header(frame: &mut Frame, area: Rect, app: &App, role: usize, theme: Theme) {
    let catalog = app.catalog();
    let width = area.width as usize;
    let the_role = &catalog.roles[role];
    let brand = " career-explorer ";
    let fixed = brand.width() + 2;
    let title = truncate(&the_role.title, width.saturating_sub(fixed + 1));
    let state = app
        .wage_state()
        .and_then(|code| crate::report::states::by_code(catalog, code))
        .map(|s| format!("Wages: {}", s.name));
    let credits = crate::report::credits::credit_lines(&catalog.origin_of(role).sources);
    let code = the_role.code.as_deref().map(|c| format!("  {c}"));
    let room = width.saturating_sub(fixed + title.width() + 2);
    // The longest credit line that fits with the code, then without it, then none.
    let right = |credit: Option<&String>| -> String {
        [state.as_deref(), credit.map(String::as_str)]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let code_width = code.as_deref().map_or(0, UnicodeWidthStr::width);
    let tiers = || credits.iter().map(Some).chain([None]);
    let with_code = tiers().map(|credit| (right(credit), true));
    let without = tiers().map(|credit| (right(credit), false));
    let (right, show_code) = with_code
        .chain(without)
        .find(|(text, code)| text.width() + if *code { code_width } else { 0 } <= room)
        .unwrap_or_else(|| (truncate(&right(None), room), false));
    let mut spans = vec![
        Span::styled(brand, theme.heading()),
        Span::raw("  "),
        Span::styled(title, Style::new().add_modifier(Modifier::BOLD)),
    ];
    if let (Some(code), true) = (code, show_code) {
        spans.push(Span::styled(code, theme.dim()));
    }
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let pad = width.saturating_sub(used + right.width() + 1).max(1);
    spans.push(Span::raw(" ".repeat(pad)));
    spans.push(Span::styled(right, theme.dim()));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The part of a source's name before a colon or parenthesis: enough for a heading.
pub fn short_source(name: &str) -> &str {
    crate::report::credits::short_name(name)
}

/// The hints of the moment, or the notice; `? help` and `q quit` always keep their place at
/// the end, the other hints make room for them.
fn draw_footer(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    if let Some(notice) = &app.notice {
        let text = truncate(notice, (area.width as usize).saturating_sub(1));
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::raw(" "),
                Span::styled(text, theme.notice()),
            ])),
            area,
        );
        return;
    }
    let (hints, essentials) = app.hints();
    let piece = |i: usize, (key, words): &(String, &str)| {
        (if i == 0 { 0 } else { 3 }) + key.width() + 1 + words.width()
    };
    let essential_width: usize = essentials
        .iter()
        .enumerate()
        .map(|(i, h)| piece(i + 1, h))
        .sum();
    let mut shown = Vec::new();
    let mut width = 1;
    for hint in hints {
        let w = piece(shown.len(), &hint);
        if width + w + essential_width > area.width as usize {
            break;
        }
        width += w;
        shown.push(hint);
    }
    shown.extend(essentials);
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (i, (key, words)) in shown.iter().enumerate() {
        let sep = if i == 0 { "" } else { " · " };
        used += piece(i, &(key.clone(), words));
        if used > area.width as usize {
            break;
        }
        spans.push(Span::styled(sep, theme.dim()));
        spans.push(Span::styled(key.clone(), theme.key()));
        spans.push(Span::raw(format!(" {words}")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn draw_tabs(frame: &mut Frame, main: Rect, current: PaneId, theme: Theme) -> Vec<(Rect, PaneId)> {
    // Full titles with padding where they fit, then without, then short titles.
    let room = main.width.saturating_sub(3) as usize;
    let label = |pane: PaneId, style: usize| match style {
        0 => format!(" {} {} ", pane.index() + 1, pane.title()),
        1 => format!("{} {}", pane.index() + 1, pane.title()),
        2 => format!("{} {}", pane.index() + 1, pane.short_title()),
        // Narrowest: numbers, with the open pane named.
        _ if pane == current => format!("{} {}", pane.index() + 1, pane.short_title()),
        _ => format!("{}", pane.index() + 1),
    };
    let style = (0..3)
        .find(|&s| {
            PaneId::ALL
                .iter()
                .map(|&p| label(p, s).width() + 1)
                .sum::<usize>()
                <= room
        })
        .unwrap_or(3);
    let mut x = main.x + 1;
    let mut hits = Vec::new();
    for &pane in PaneId::ALL {
        let label = label(pane, style);
        let width = label.width() as u16;
        if x + width >= main.right() {
            break;
        }
        let style = if pane == current {
            theme.selected(true)
        } else {
            Style::new()
        };
        let rect = Rect {
            x,
            y: main.y,
            width,
            height: 1,
        };
        frame.render_widget(Paragraph::new(Span::styled(label, style)), rect);
        hits.push((rect, pane));
        x += width + 1;
    }
    hits
}
