//! Scrolling text laid out once per width: a pane builds its lines when the role or the width
//! changes (not per frame), wraps them here, and draws only the lines on screen. A 5 MB summary
//! costs its wrapping once; each frame after that costs what fits in the window.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthChar;

use super::scrollbar;
use crate::explorer::theme::Theme;

/// Lines laid out for one width, the first line shown, and how many show.
#[derive(Debug, Clone, Default)]
pub struct TextView {
    lines: Vec<Line<'static>>,
    /// The width the lines were laid out for; `None` until they are.
    width: Option<u16>,
    scroll: usize,
    height: usize,
}

impl TextView {
    /// Whether the lines must be (re)built for `width`.
    pub fn needs_layout(&self, width: u16) -> bool {
        self.width != Some(width)
    }

    /// Forgets the lines (the role changed) and goes back to the top.
    pub fn reset(&mut self) {
        self.lines.clear();
        self.width = None;
        self.scroll = 0;
    }

    /// Forgets the lines but keeps the scroll position (the content changed in place).
    pub fn invalidate(&mut self) {
        self.width = None;
    }

    /// Sets the lines for `width`: lines wider than `width` are wrapped at spaces.
    pub fn set_lines(&mut self, lines: Vec<Line<'static>>, width: u16) {
        self.lines = lines
            .into_iter()
            .flat_map(|line| wrap_line(line, width as usize))
            .collect();
        self.width = Some(width);
        self.clamp();
    }

    /// Sets lines already fitted to `width` (anything past the edge is cut when drawn).
    pub fn set_cut_lines(&mut self, lines: Vec<Line<'static>>, width: u16) {
        self.lines = lines;
        self.width = Some(width);
        self.clamp();
    }

    /// `height` lines show at once; the scroll stays within the text.
    pub fn set_height(&mut self, height: u16) {
        self.height = height as usize;
        self.clamp();
    }

    pub fn height(&self) -> usize {
        self.height
    }

    pub fn scroll(&self) -> usize {
        self.scroll
    }

    pub fn total(&self) -> usize {
        self.lines.len()
    }

    /// Scrolls by `by` lines, within the text; true when it moved.
    pub fn scroll_by(&mut self, by: isize) -> bool {
        let before = self.scroll;
        self.scroll = (self.scroll as isize).saturating_add(by).max(0) as usize;
        self.clamp();
        self.scroll != before
    }

    fn clamp(&mut self) {
        self.scroll = self
            .scroll
            .min(self.lines.len().saturating_sub(self.height));
    }

    fn visible(&self) -> Range<usize> {
        let end = (self.scroll + self.height).min(self.lines.len());
        self.scroll.min(end)..end
    }

    /// Draws the lines on screen in `text`, with a scrollbar on the right edge of `bar`.
    pub fn draw(&self, frame: &mut Frame, text: Rect, bar: Rect, theme: Theme) {
        let lines = self.lines[self.visible()].to_vec();
        frame.render_widget(Paragraph::new(lines), text);
        scrollbar(frame, bar, self.lines.len(), self.scroll, theme);
    }

    #[cfg(test)]
    pub fn text(&self) -> Vec<String> {
        self.lines.iter().map(|l| l.to_string()).collect()
    }
}

/// A styled line wrapped to `width` columns at spaces, as ratatui's word wrapping does
/// (greedy, the spaces at a break dropped, words longer than a line cut); a line that fits is
/// kept as it is.
pub fn wrap_line(line: Line<'static>, width: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    if line.width() <= width {
        return vec![line];
    }
    // The characters with their styles, then the break points over them.
    let style = line.style;
    let mut chars: Vec<(char, usize)> = Vec::new();
    let styles: Vec<_> = line.spans.iter().map(|s| s.style).collect();
    for (i, span) in line.spans.iter().enumerate() {
        chars.extend(span.content.chars().map(|c| (c, i)));
    }
    let mut out = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        // Skip the spaces a break left at the start of a line (not at the very first line).
        if !out.is_empty() {
            while start < chars.len() && chars[start].0 == ' ' {
                start += 1;
            }
            if start == chars.len() {
                break;
            }
        }
        let mut used = 0;
        let mut end = start;
        let mut last_space = None;
        while end < chars.len() {
            let w = chars[end].0.width().unwrap_or(0);
            if used + w > width {
                break;
            }
            if chars[end].0 == ' ' {
                last_space = Some(end);
            }
            used += w;
            end += 1;
        }
        let cut = if end == chars.len() || chars[end].0 == ' ' {
            end
        } else {
            match last_space {
                Some(space) if space > start => space,
                _ => end.max(start + 1),
            }
        };
        let mut piece = &chars[start..cut];
        while piece.len() > 1 && piece.last().is_some_and(|(c, _)| *c == ' ') {
            piece = &piece[..piece.len() - 1];
        }
        out.push(styled(piece, &styles).style(style));
        start = cut;
    }
    out
}

/// Characters tagged with their span back into spans.
fn styled(chars: &[(char, usize)], styles: &[ratatui::style::Style]) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut current = String::new();
    let mut span = None;
    for &(c, i) in chars {
        if span.is_some_and(|s| s != i) {
            spans.push(Span::styled(
                std::mem::take(&mut current),
                styles[span.unwrap_or(0)],
            ));
        }
        span = Some(i);
        current.push(c);
    }
    if let Some(i) = span {
        spans.push(Span::styled(current, styles[i]));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrapped(text: &str, width: usize) -> Vec<String> {
        wrap_line(Line::from(text.to_string()), width)
            .iter()
            .map(|l| l.to_string())
            .collect()
    }

    #[test]
    fn wraps_at_spaces_and_cuts_long_words() {
        assert_eq!(wrapped("one two three", 7), ["one two", "three"]);
        assert_eq!(wrapped("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrapped("fits", 10), ["fits"]);
        assert_eq!(wrapped("a  b", 1), ["a", "b"]);
    }

    #[test]
    fn keeps_styles_across_breaks() {
        let bold = ratatui::style::Style::new().bold();
        let line = Line::from(vec![
            Span::styled("Also called ", bold),
            Span::raw("alpha beta"),
        ]);
        let lines = wrap_line(line, 12);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].spans[0].style, bold);
        assert_eq!(lines[1].to_string(), "alpha beta");
        assert_eq!(lines[1].spans[0].style, ratatui::style::Style::new());
    }

    #[test]
    fn scroll_is_clamped_to_the_text() {
        let mut view = TextView::default();
        view.set_lines((0..25).map(|i| Line::from(i.to_string())).collect(), 10);
        view.set_height(10);
        assert!(view.scroll_by(100));
        assert_eq!(view.scroll(), 15);
        view.set_height(20);
        assert_eq!(
            view.scroll(),
            5,
            "a taller window shows the end, not past it"
        );
        assert!(!view.needs_layout(10) && view.needs_layout(11));
    }
}
