//! Drawing: reads `App` and never changes it. `draw` returns where things landed
//! (`Hitmap`), which the terminal loop uses for mouse clicks and page sizes.

mod compare;
mod help;
mod overview;
mod palette;
mod responsibilities;
mod skills;
pub mod text;
mod theme;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, BorderType, Borders, Clear, List, ListItem, ListState, Paragraph, Wrap,
};
use unicode_width::UnicodeWidthStr;

use crate::app::{Action, App, Focus, Pane, keys};
pub use theme::Theme;

/// The smallest terminal the explorer draws its layout in.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

/// Where a pane put its rows, so clicks can be mapped back to them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rows {
    pub area: Rect,
    /// The item shown on the first row.
    pub offset: usize,
    /// Screen rows between the area's top and the first item (headings).
    pub skip: u16,
}

/// What a frame drew where.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hitmap {
    /// Each tab's columns on the tab row.
    pub tabs: Vec<(Rect, Pane)>,
    pub roles: Option<Rows>,
    /// The screen row of each list item visible in the pane, with its index.
    pub pane_items: Vec<(u16, usize)>,
    pub pane_area: Rect,
    /// Rows visible in the role list and the pane, and the pane's scrollable text lines.
    pub viewport: (u16, u16, u16),
}

impl Hitmap {
    /// The action a left click at (column, row) asks for.
    pub fn click(&self, column: u16, row: u16) -> Option<Action> {
        let at = ratatui::layout::Position { x: column, y: row };
        if let Some((_, pane)) = self.tabs.iter().find(|(r, _)| r.contains(at)) {
            return Some(Action::GoPane(pane.index()));
        }
        if let Some(rows) = self.roles.filter(|r| r.area.contains(at)) {
            return (row - rows.area.y)
                .checked_sub(rows.skip)
                .map(|r| Action::SelectRole(rows.offset + r as usize));
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
        let at = ratatui::layout::Position { x: column, y: row };
        if self.roles.is_some_and(|r| r.area.contains(at)) {
            Some(Action::Scroll { roles: true, by })
        } else if self.pane_area.contains(at) {
            Some(Action::Scroll { roles: false, by })
        } else {
            None
        }
    }
}

/// Draws the whole explorer.
pub fn draw(frame: &mut Frame, app: &App) -> Hitmap {
    let area = frame.area();
    let theme = Theme { color: app.color };
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        draw_too_small(frame, area);
        return Hitmap::default();
    }
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    draw_header(frame, header, app, theme);
    draw_footer(frame, footer, app, theme);

    // Wide enough for the longest title where there is room, never more than a third.
    let longest = app
        .catalog
        .roles
        .iter()
        .map(|r| r.title.width())
        .max()
        .unwrap_or(0) as u16;
    let sidebar_width = (longest + 5).clamp(16, 34).min(body.width * 3 / 10);
    let [sidebar, main] =
        Layout::horizontal([Constraint::Length(sidebar_width), Constraint::Fill(1)]).areas(body);
    let roles = draw_roles(frame, sidebar, app, theme);

    let focused = app.focus == Focus::Pane;
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border(focused));
    let inner = block.inner(main);
    frame.render_widget(block, main);
    let tabs = draw_tabs(frame, main, app, theme);

    let drawn = match app.pane {
        Pane::Overview => overview::draw(frame, inner, app, theme),
        Pane::Responsibilities => responsibilities::draw(frame, inner, app, theme),
        Pane::Skills => skills::draw(frame, inner, app, theme),
        Pane::Compare => compare::draw(frame, inner, app, theme),
    };
    let hits = Hitmap {
        tabs,
        roles: Some(roles),
        viewport: (roles.area.height, drawn.visible, drawn.text_lines),
        pane_items: drawn.items,
        pane_area: inner,
    };

    if let Some(palette) = &app.palette {
        palette::draw(frame, area, app, palette, theme);
    }
    if let Some(scroll) = app.help {
        help::draw(frame, area, app, scroll, theme);
    }
    hits
}

/// What a pane reports after drawing.
#[derive(Debug, Clone, Default)]
pub struct Drawn {
    /// The screen row of each visible list item, with its index.
    pub items: Vec<(u16, usize)>,
    /// Rows (or lines) visible at once, for paging.
    pub visible: u16,
    /// Lines of scrollable text, for clamping scroll.
    pub text_lines: u16,
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

fn draw_header(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let role = &app.catalog.roles[app.role];
    let origin = app.catalog.origin_of(app.role);
    // Sources that name their parts credit each release: "O*NET 30.1; skills and knowledge
    // O*NET 29.3; BLS OEWS May 2025; ...".
    let source = if origin.sources.iter().any(|s| !s.parts.is_empty()) {
        crate::catalog::credit_line(&origin.sources)
    } else {
        origin
            .sources
            .iter()
            .map(header_source)
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let left = vec![
        Span::styled(" career-explorer ", theme.heading()),
        Span::raw("  "),
        Span::styled(
            role.title.clone(),
            Style::new().add_modifier(ratatui::style::Modifier::BOLD),
        ),
    ];
    let left_width: usize = left.iter().map(|s| s.width()).sum();
    let room = (area.width as usize).saturating_sub(left_width + 3);
    let source = text::truncate(&source, room);
    let pad = room.saturating_sub(source.width());
    let mut spans = left;
    spans.push(Span::raw(" ".repeat(pad + 2)));
    spans.push(Span::styled(source, theme.dim()));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// A source in a few words: a self-describing version ("BLS OEWS May 2025"), else the short
/// name with its version or update date.
fn header_source(source: &crate::catalog::Source) -> String {
    let name = short_source(&source.name);
    match (&source.version, &source.updated) {
        (Some(version), _) if version.starts_with(|c: char| c.is_alphabetic()) => version.clone(),
        (Some(version), _) => format!("{name} {version}"),
        (None, Some(updated)) => format!("{name} · updated {updated}"),
        (None, None) => name.to_string(),
    }
}

/// The part of a source's name before a colon or parenthesis: enough for the header.
fn short_source(name: &str) -> &str {
    name.split([':', '(']).next().unwrap_or(name).trim()
}

fn draw_footer(frame: &mut Frame, area: Rect, app: &App, theme: Theme) {
    let mut spans = Vec::new();
    let mut width = 1;
    spans.push(Span::raw(" "));
    for (i, (key, help)) in keys::hints(&app.contexts()).into_iter().enumerate() {
        let sep = if i == 0 { "" } else { " · " };
        let piece = sep.width() + key.width() + 1 + help.width();
        if width + piece > area.width as usize {
            break;
        }
        width += piece;
        spans.push(Span::styled(sep, theme.dim()));
        spans.push(Span::styled(key, theme.key()));
        spans.push(Span::raw(format!(" {help}")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn draw_roles(frame: &mut Frame, area: Rect, app: &App, theme: Theme) -> Rows {
    let focused = app.focus == Focus::Roles && app.help.is_none();
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border(focused))
        .title(format!(" Roles ({}) ", app.role_count()));
    let inner = block.inner(area);
    let width = inner.width.saturating_sub(2) as usize;
    let height = inner.height as usize;
    let cursor = app.roles.in_view(height, app.role_count());
    let items: Vec<ListItem> = app.catalog.roles[cursor.offset..]
        .iter()
        .take(height)
        .map(|r| ListItem::new(text::truncate(&r.title, width)))
        .collect();
    let list = List::new(items)
        .block(block)
        .highlight_symbol("▶ ")
        .highlight_spacing(ratatui::widgets::HighlightSpacing::Always)
        .highlight_style(theme.selected(focused));
    let mut state = ListState::default().with_selected(Some(cursor.selected - cursor.offset));
    frame.render_stateful_widget(list, area, &mut state);
    // On the right border, like a scroll thumb on the frame.
    let track = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(2),
        ..area
    };
    scrollbar(frame, track, app.role_count(), cursor.offset, theme);
    Rows {
        area: inner,
        offset: cursor.offset,
        skip: 0,
    }
}

fn draw_tabs(frame: &mut Frame, main: Rect, app: &App, theme: Theme) -> Vec<(Rect, Pane)> {
    // Full titles with padding where they fit, then without, then short titles.
    let room = main.width.saturating_sub(3) as usize;
    let label = |pane: Pane, style: usize| match style {
        0 => format!(" {} {} ", pane.index() + 1, pane.title()),
        1 => format!("{} {}", pane.index() + 1, pane.title()),
        2 => format!("{} {}", pane.index() + 1, pane.short_title()),
        // Narrowest: numbers, with the open pane named.
        _ if pane == app.pane => format!("{} {}", pane.index() + 1, pane.short_title()),
        _ => format!("{}", pane.index() + 1),
    };
    let style = (0..3)
        .find(|&s| {
            Pane::ALL
                .iter()
                .map(|&p| label(p, s).width() + 1)
                .sum::<usize>()
                <= room
        })
        .unwrap_or(3);
    let mut x = main.x + 1;
    let mut hits = Vec::new();
    for pane in Pane::ALL {
        let label = label(pane, style);
        let width = label.width() as u16;
        if x + width >= main.right() {
            break;
        }
        let style = if pane == app.pane {
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

/// Text reads badly in very long lines: prose panes stop at this width.
pub const MAX_TEXT_WIDTH: u16 = 110;

/// A scrollbar on the right edge of `area` when `total` lines do not fit in it.
pub fn scrollbar(frame: &mut Frame, area: Rect, total: usize, position: usize, theme: Theme) {
    if total <= area.height as usize || area.width == 0 {
        return;
    }
    let mut state =
        ratatui::widgets::ScrollbarState::new(total.saturating_sub(area.height as usize))
            .position(position);
    frame.render_stateful_widget(
        ratatui::widgets::Scrollbar::new(ratatui::widgets::ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .track_symbol(Some("│"))
            .thumb_symbol("┃")
            .style(theme.dim()),
        area,
        &mut state,
    );
}

/// A centered rectangle of at most `width`×`height` inside `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// Clears `area` and draws a bordered block titled `title`; returns the inside.
pub fn popup(frame: &mut Frame, area: Rect, title: &str, theme: Theme) -> Rect {
    frame.render_widget(Clear, area);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border(true))
        .title(Span::styled(format!(" {title} "), theme.heading()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}
