//! The help overlay: every key in force, generated from the keymap, grouped by where it works.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Overlay;
use crate::explorer::action::Action;
use crate::explorer::component::{Ctx, Flow, Request};
use crate::explorer::keymap::{Bind, Context, Hint, Keymap, bind, hint};
use crate::explorer::theme::Theme;
use crate::explorer::widgets::text::fit;
use crate::explorer::widgets::{centered, popup};

pub const KEYS: &[Bind] = &[
    bind(Context::Help, Action::Back, "Esc ? q", "close the help"),
    bind(Context::Help, Action::MoveUp, "Up k", "scroll up"),
    bind(Context::Help, Action::MoveDown, "Down j", "scroll down"),
    bind(Context::Help, Action::PageUp, "PageUp", "page up"),
    bind(
        Context::Help,
        Action::PageDown,
        "PageDown Space",
        "page down",
    ),
    bind(Context::Help, Action::MoveToTop, "Home g", "to the top"),
    bind(Context::Help, Action::MoveToBottom, "End G", "to the end"),
];

const HINTS: &[Hint] = &[
    hint(&[Action::Back], "close"),
    hint(&[Action::MoveUp, Action::MoveDown], "scroll"),
];

#[derive(Debug, Default)]
pub struct Help {
    pub scroll: usize,
    /// Lines that show at once, and lines in all (from the last layout).
    height: usize,
    total: usize,
}

/// The help text: one line per binding, grouped by where the keys work.
pub fn lines(keymap: &Keymap, theme: Theme) -> Vec<Line<'static>> {
    let label = |keys: &[crate::explorer::key::Key]| {
        keys.iter().map(|k| k.label()).collect::<Vec<_>>().join(" ")
    };
    let key_width = keymap
        .bindings()
        .iter()
        .map(|b| unicode_width::UnicodeWidthStr::width(label(&b.keys).as_str()))
        .max()
        .unwrap_or(0);
    let mut out = Vec::new();
    for context in Context::all() {
        let bindings: Vec<_> = keymap
            .bindings()
            .iter()
            .filter(|b| b.context == context && !b.keys.is_empty())
            .collect();
        if bindings.is_empty() {
            continue;
        }
        out.push(Line::from(Span::styled(context.title(), theme.heading())));
        for binding in bindings {
            out.push(Line::from(vec![
                Span::styled(
                    format!("  {}", fit(&label(&binding.keys), key_width)),
                    theme.key(),
                ),
                Span::raw(format!("  {}", binding.help)),
            ]));
        }
        out.push(Line::default());
    }
    out.push(Line::from(Span::styled(
        "Mouse: click a tab, a role or a row; the wheel scrolls.",
        theme.dim(),
    )));
    out.push(Line::from(Span::styled(
        "Change keys and theme in config.ron: career-explorer config --help",
        theme.dim(),
    )));
    out
}

impl Help {
    fn frame(area: Rect, lines: &[Line]) -> Rect {
        let width = lines.iter().map(|l| l.width()).max().unwrap_or(0) as u16 + 4;
        centered(area, width, lines.len() as u16 + 2)
    }

    fn scroll_by(&mut self, by: isize) -> bool {
        let before = self.scroll;
        let max = self.total.saturating_sub(self.height);
        self.scroll = ((self.scroll as isize).saturating_add(by).max(0) as usize).min(max);
        self.scroll != before
    }
}

impl Overlay for Help {
    fn layout(&mut self, area: Rect, ctx: &Ctx) {
        let lines = lines(&ctx.shared.keymap, ctx.theme());
        self.height = Help::frame(area, &lines).height.saturating_sub(2) as usize;
        self.total = lines.len();
        self.scroll_by(0);
    }

    fn update(&mut self, action: &Action, _ctx: &Ctx) -> Flow {
        let page = self.height.saturating_sub(1).max(1) as isize;
        match action {
            Action::Back => Flow::Request(Request::Close),
            Action::Quit | Action::Suspend => Flow::Pass,
            action => match action.movement(page) {
                Some(by) => Flow::Done(self.scroll_by(by)),
                // Keys under the overlay do nothing.
                None => Flow::UNCHANGED,
            },
        }
    }

    fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme();
        let lines = lines(&ctx.shared.keymap, theme);
        let close = ctx
            .shared
            .keymap
            .keys_for(&[Context::Help], &Action::Back)
            .first()
            .map_or("Ctrl-C".to_string(), |k| k.label());
        let inner = popup(
            frame,
            Help::frame(area, &lines),
            &format!("Keys · {close} closes"),
            theme,
        );
        let shown: Vec<Line> = lines.into_iter().skip(self.scroll).collect();
        frame.render_widget(
            Paragraph::new(shown),
            Rect {
                x: inner.x + 1,
                width: inner.width.saturating_sub(1),
                ..inner
            },
        );
    }

    fn context(&self) -> Context {
        Context::Help
    }

    fn hints(&self) -> &'static [Hint] {
        HINTS
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explorer::testing::seed;

    #[test]
    fn lists_the_keys_in_force_and_scrolls_within_them() {
        let mut app = seed();
        let mut keymap = Keymap::defaults();
        keymap
            .set(
                Context::Everywhere,
                &Action::Quit,
                vec!["x".parse().unwrap()],
            )
            .unwrap();
        app.set_keymap(keymap);
        let ctx = app.ctx().unwrap();
        let text: Vec<String> = lines(&ctx.shared.keymap, ctx.theme())
            .iter()
            .map(|l| l.to_string())
            .collect();
        assert!(
            text.iter()
                .any(|l| l.trim_start().starts_with("x ") && l.ends_with("quit"))
        );
        assert!(
            text.iter()
                .any(|l| l.contains("Ctrl-C") && l.ends_with("quit"))
        );
        let mut help = Help::default();
        help.layout(Rect::new(0, 0, 80, 20), &ctx);
        assert_eq!(help.update(&Action::MoveToBottom, &ctx), Flow::CHANGED);
        assert_eq!(help.scroll, text.len() - 18);
        assert_eq!(help.update(&Action::NextPane, &ctx), Flow::UNCHANGED);
        assert_eq!(help.update(&Action::Quit, &ctx), Flow::Pass);
        assert_eq!(
            help.update(&Action::Back, &ctx),
            Flow::Request(Request::Close)
        );
    }
}
