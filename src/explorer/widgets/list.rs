//! The one selectable, scrolling list every list of the explorer uses (roles,
//! responsibilities, skills, search hits): its state, and how a page of it is drawn.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::explorer::theme::Theme;

/// A list's selection and the first row shown, kept within `len` items and `height` visible
/// rows. The height comes from the last layout (`set_height`); moves keep the selection on
/// screen, so drawing never has to adjust anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListState {
    pub selected: usize,
    pub offset: usize,
    len: usize,
    height: usize,
    /// A jump asked for the selection in the middle of the view before the view's height was
    /// known (a restored state, say): the next `set_height` puts it there.
    centre: bool,
}

impl ListState {
    pub fn new(len: usize) -> ListState {
        ListState {
            len,
            height: 1,
            ..ListState::default()
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn height(&self) -> usize {
        self.height
    }

    /// The number of rows a page moves: one less than what shows, at least one.
    pub fn page(&self) -> isize {
        self.height.saturating_sub(1).max(1) as isize
    }

    /// The list now has `len` items; the selection stays where it can.
    pub fn set_len(&mut self, len: usize) -> bool {
        let before = *self;
        self.len = len;
        self.clamp();
        *self != before
    }

    /// `height` rows show at once (from the layout); the selection stays on screen.
    pub fn set_height(&mut self, height: usize) -> bool {
        let before = *self;
        self.height = height.max(1);
        if std::mem::take(&mut self.centre) {
            self.centre_selection();
        }
        self.clamp();
        *self != before
    }

    /// Back to the first item, shown at the top.
    pub fn rewind(&mut self) {
        self.selected = 0;
        self.offset = 0;
    }

    /// Moves the selection by `by` rows (clamped to the list).
    pub fn move_by(&mut self, by: isize) -> bool {
        if self.len == 0 {
            return false;
        }
        let target = (self.selected as isize)
            .saturating_add(by)
            .clamp(0, self.len as isize - 1);
        self.select(target as usize)
    }

    /// Moves the selection by `by` rows to the nearest row `selectable` accepts that way (or,
    /// at an end, the nearest one back), for a list with headings among its items: a heading
    /// right above the selection stays in view.
    pub fn move_over(&mut self, by: isize, selectable: impl Fn(usize) -> bool) -> bool {
        if self.len == 0 {
            return false;
        }
        let before = *self;
        let target = (self.selected as isize)
            .saturating_add(by)
            .clamp(0, self.len as isize - 1) as usize;
        let row = if by >= 0 {
            (target..self.len)
                .find(|&r| selectable(r))
                .or_else(|| (0..target).rev().find(|&r| selectable(r)))
        } else {
            (0..=target)
                .rev()
                .find(|&r| selectable(r))
                .or_else(|| (target..self.len).find(|&r| selectable(r)))
        };
        let Some(row) = row else {
            return false;
        };
        self.select(row);
        // Going up to the first item shows the heading above it.
        if by < 0 && row > target {
            self.offset = 0;
        }
        self.show_heading_above(&selectable);
        *self != before
    }

    /// Selects `index` in the middle of the view, as [`ListState::reveal`], with a heading
    /// right above it in view.
    pub fn reveal_over(&mut self, index: usize, selectable: impl Fn(usize) -> bool) -> bool {
        let before = *self;
        self.reveal(index);
        self.show_heading_above(&selectable);
        *self != before
    }

    /// When the selection is the top row and the row above it is a heading (a row `selectable`
    /// refuses), scrolls it in; for after a change of height too.
    pub fn show_heading_above(&mut self, selectable: impl Fn(usize) -> bool) {
        let selected = self.selected;
        if selected > 0 && self.offset == selected && self.height > 1 && !selectable(selected - 1) {
            self.offset -= 1;
        }
    }

    /// Selects item `index` (clamped), scrolling as little as possible to show it.
    pub fn select(&mut self, index: usize) -> bool {
        let before = *self;
        self.selected = index;
        self.centre = false;
        self.clamp();
        *self != before
    }

    /// Selects `index` in the middle of the view (as near as the ends of the list allow), as a
    /// list scrolled to a target should be after a jump: never on the last visible row. Before
    /// the first layout, the first `set_height` centres it.
    pub fn reveal(&mut self, index: usize) -> bool {
        let before = *self;
        self.selected = index;
        self.centre = true;
        self.centre_selection();
        *self != before
    }

    fn centre_selection(&mut self) {
        self.selected = self.selected.min(self.len.saturating_sub(1));
        self.offset = self
            .selected
            .saturating_sub(self.height.saturating_sub(1) / 2);
        self.clamp();
    }

    fn clamp(&mut self) {
        self.selected = self.selected.min(self.len.saturating_sub(1));
        let height = self.height.max(1);
        self.offset = self.offset.min(self.selected);
        if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(self.len.saturating_sub(height));
    }

    /// The item indices on screen.
    pub fn visible(&self) -> std::ops::Range<usize> {
        self.offset..(self.offset + self.height).min(self.len)
    }
}

/// How a list marks its selected row.
#[derive(Debug, Clone, Copy)]
pub struct Marker {
    pub selected: &'static str,
    pub other: &'static str,
}

/// `▶ ` before the selected row: role list, search hits.
pub const ARROW: Marker = Marker {
    selected: "▶ ",
    other: "  ",
};

/// ` ▶ ` with a column of margin: lists inside a pane.
pub const INDENTED_ARROW: Marker = Marker {
    selected: " ▶ ",
    other: "   ",
};

/// Draws the visible rows of `state` in `area`: `row(index, selected)` gives each row's text
/// (without the marker); the selected row is reversed (or underlined when not focused).
/// Returns the screen row of each visible item, for mouse clicks.
pub fn draw<'a>(
    frame: &mut Frame,
    area: Rect,
    state: &ListState,
    marker: Marker,
    focused: bool,
    theme: Theme,
    mut row: impl FnMut(usize, bool) -> Line<'a>,
) -> Vec<(u16, usize)> {
    draw_rows(
        frame,
        area,
        state,
        marker,
        focused,
        theme,
        |index, selected| (row(index, selected), true),
    )
}

/// As [`draw`], where `row` also says whether the row goes in the marker's column (`false`:
/// it starts at the left edge, as a heading does).
pub fn draw_rows<'a>(
    frame: &mut Frame,
    area: Rect,
    state: &ListState,
    marker: Marker,
    focused: bool,
    theme: Theme,
    mut row: impl FnMut(usize, bool) -> (Line<'a>, bool),
) -> Vec<(u16, usize)> {
    let rows = state.visible().take(area.height as usize);
    let mut lines = Vec::with_capacity(area.height as usize);
    let mut hits = Vec::with_capacity(area.height as usize);
    for (y, index) in rows.enumerate() {
        let selected = index == state.selected;
        let (mut line, indented) = row(index, selected);
        if indented {
            line.spans.insert(
                0,
                (if selected {
                    marker.selected
                } else {
                    marker.other
                })
                .into(),
            );
        }
        if selected {
            line = line.style(theme.selected(focused));
        }
        lines.push(line);
        hits.push((area.y + y as u16, index));
    }
    frame.render_widget(Paragraph::new(lines), area);
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_keep_the_selection_on_screen() {
        let mut list = ListState::new(15);
        list.set_height(10);
        assert!(list.move_by(14));
        assert_eq!((list.selected, list.offset), (14, 5));
        assert!(!list.move_by(1), "already at the end");
        list.move_by(-100);
        assert_eq!((list.selected, list.offset), (0, 0));
        list.select(99);
        assert_eq!(list.selected, 14, "clamped");
    }

    #[test]
    fn shrinking_clamps_once_and_reveal_centres() {
        let mut list = ListState::new(100);
        list.set_height(9);
        list.select(50);
        list.set_len(20);
        assert_eq!((list.selected, list.offset), (19, 11));
        list.set_len(100);
        list.reveal(60);
        assert_eq!(
            (list.selected, list.offset),
            (60, 56),
            "four rows above, four below"
        );
        list.set_height(3);
        assert_eq!(list.visible(), 59..62, "centred again in the next layout");
        list.set_height(4);
        assert_eq!(list.visible(), 59..63, "then only kept on screen");
        list.reveal(1);
        assert_eq!(list.offset, 0, "near the top, the top");
        list.reveal(99);
        assert_eq!(list.visible(), 96..100, "near the end, the end");
        let mut empty = ListState::new(0);
        assert!(!empty.move_by(1));
        assert_eq!(empty.visible(), 0..0);
        empty.reveal(5);
        assert_eq!((empty.selected, empty.offset), (0, 0));
    }

    #[test]
    fn moves_step_over_headings_and_keep_the_one_above_in_view() {
        // Rows 0 and 4 are headings.
        let item = |row: usize| row != 0 && row != 4;
        let mut list = ListState::new(8);
        list.set_height(3);
        assert!(list.move_over(1, item));
        assert_eq!((list.selected, list.offset), (1, 0));
        list.move_over(2, item);
        assert_eq!(list.selected, 3);
        list.move_over(1, item);
        assert_eq!(list.selected, 5, "over the heading");
        assert_eq!(list.offset, 3, "the heading above the selection shows");
        list.move_over(-1, item);
        assert_eq!(list.selected, 3, "back over it");
        list.move_over(-100, item);
        assert_eq!(
            (list.selected, list.offset),
            (1, 0),
            "the top heading shows"
        );
        assert!(!list.move_over(-1, item), "nothing above the first item");
        list.move_over(100, item);
        assert_eq!((list.selected, list.offset), (7, 5));
        list.move_over(-2, item);
        assert_eq!(
            (list.selected, list.offset),
            (5, 4),
            "scrolled up to a section's first item, its heading comes into view"
        );
        let mut headings = ListState::new(2);
        assert!(!headings.move_over(1, |_| false), "no item to select");
    }

    #[test]
    fn a_reveal_before_the_first_layout_is_centred_by_it() {
        let mut list = ListState::new(1000);
        list.reveal(500);
        list.set_height(21);
        assert_eq!((list.selected, list.offset), (500, 490));
        list.move_by(15);
        list.set_height(21);
        assert_eq!(list.offset, 495, "moves only keep the selection on screen");
    }
}
