//! Cutting a long row around its match, so what matched stays in sight: "…ntrol panels and
//! install electrical wiring in new…" rather than a row cut before the word that matched.
//! Display widths, no terminal: the command line and the explorer both use it.

use unicode_width::UnicodeWidthChar;

/// The most columns of context kept before the first matched char.
const MAX_CONTEXT: usize = 16;
/// How many more columns of context may be shown to begin at the start of a word.
const WORD_SLACK: usize = 6;
/// Columns kept after the last match when a row is shown from its start.
const AFTER_CONTEXT: usize = 6;
/// A word cut after at most this many columns is left out, the row ending at the word before.
const END_SLACK: usize = 3;

/// A row fitted to a width: its text, with "…" where it was cut, and the chars to highlight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    pub text: String,
    /// Char indices into `text`, ascending.
    pub positions: Vec<usize>,
}

/// `text` fitted into `width` display columns, keeping the matched chars (`positions`: char
/// indices, ascending, as `Searcher::highlight` gives them) in sight: the whole text when it
/// fits; otherwise a stretch that starts a little before the first match (at a word when one
/// begins there), with "…" where text was left out.
pub fn window(text: &str, positions: &[usize], width: usize) -> Window {
    let chars: Vec<char> = text.chars().collect();
    let widths: Vec<usize> = chars.iter().map(|c| c.width().unwrap_or(0)).collect();
    if widths.iter().sum::<usize>() <= width {
        return Window {
            text: text.to_string(),
            positions: positions.to_vec(),
        };
    }
    if width == 0 {
        return Window {
            text: String::new(),
            positions: Vec::new(),
        };
    }
    let len = chars.len();
    let first = positions.first().map_or(0, |&p| p.min(len - 1));
    let last = positions.last().map_or(first, |&p| p.clamp(first, len - 1));

    // Room between an ellipsis on each side; context before the first match, less when the
    // matches need the room.
    let room = width.saturating_sub(2);
    let matched: usize = widths[first..=last].iter().sum();
    let mut context = (room / 4).min(MAX_CONTEXT);
    if matched <= room {
        // Every match fits: keep them all in sight before giving room to context.
        context = context.min(room - matched);
    }
    let mut start = first;
    let mut before = 0;
    while start > 0 && before + widths[start - 1] <= context {
        start -= 1;
        before += widths[start];
    }
    // Every match in sight from the start, with a little after it: the start it is, as a
    // row's first words say most (a task's verb).
    let through_last: usize = widths[..=last].iter().sum();
    if through_last + AFTER_CONTEXT < width {
        start = 0;
    }
    // Begin at a word: back to the start of a word cut short by a few columns, else on to the
    // next word that begins before the first match.
    let word_start = |i: usize| i == 0 || chars[i - 1].is_whitespace();
    if !word_start(start) {
        let back = (0..start).rev().find(|&i| word_start(i)).unwrap_or(0);
        if widths[back..start].iter().sum::<usize>() <= WORD_SLACK {
            start = back;
        } else if let Some(next) = (start..first).find(|&i| word_start(i)) {
            start = next;
        }
    }

    // The shortest tail that fits after an ellipsis: when the stretch would reach the end
    // anyway, show that tail, so no room is wasted.
    let mut tail = len;
    let mut tail_width = 0;
    while tail > 0 && tail_width + widths[tail - 1] < width {
        tail -= 1;
        tail_width += widths[tail];
    }
    let (start, end) = if start >= tail {
        // Begin the tail at a word when one begins a few columns in, before the first match.
        let mut skipped = 0;
        let word = (tail..=first).find(|&i| {
            let at_word = word_start(i);
            skipped += widths[i];
            at_word || skipped > WORD_SLACK
        });
        match word {
            Some(i) if word_start(i) => (i, len),
            _ => (tail, len),
        }
    } else {
        let available = width.saturating_sub(usize::from(start > 0) + 1);
        let mut end = start;
        let mut used = 0;
        while end < len && used + widths[end] <= available {
            used += widths[end];
            end += 1;
        }
        // End after a whole word when only a few columns of the next would show ("or…", not
        // "or fi…"), unless that hides a match.
        if end < len && !chars[end].is_whitespace() {
            let mut word = end;
            let mut cut = 0;
            while word > start && !chars[word - 1].is_whitespace() && cut <= END_SLACK {
                word -= 1;
                cut += widths[word];
            }
            if cut <= END_SLACK && word > last + 1 && chars[word - 1].is_whitespace() {
                end = word - 1;
            }
        }
        (start, end)
    };

    let leading = usize::from(start > 0);
    let mut shown = String::with_capacity(text.len().min(width * 4) + 6);
    if start > 0 {
        shown.push('…');
    }
    shown.extend(&chars[start..end]);
    if end < len {
        shown.push('…');
    }
    Window {
        text: shown,
        positions: positions
            .iter()
            .filter(|&&p| (start..end).contains(&p))
            .map(|&p| p - start + leading)
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    /// The window with its highlighted chars in brackets, for reading at a glance.
    fn shown(text: &str, positions: &[usize], width: usize) -> String {
        let window = window(text, positions, width);
        assert!(
            window.text.width() <= width,
            "{:?} wider than {width}",
            window.text
        );
        window
            .text
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if window.positions.contains(&i) {
                    format!("[{c}]")
                } else {
                    c.to_string()
                }
            })
            .collect()
    }

    fn word(text: &str, word: &str) -> Vec<usize> {
        let at = text.find(word).unwrap();
        let start = text[..at].chars().count();
        (start..start + word.chars().count()).collect()
    }

    #[test]
    fn a_long_row_is_cut_around_its_match() {
        let text = "Plan layout and installation of electrical wiring, equipment, or fixtures, \
                    based on job specifications and local codes.";
        let wiring = word(text, "wiring");
        assert_eq!(
            shown(text, &wiring, 40),
            "…electrical [w][i][r][i][n][g], equipment, or fixtu…"
        );
        // A match near the start keeps the start; one near the end shows the end.
        // (A word cut after a letter or two is left out: "installation…", not "installation o…".)
        assert_eq!(
            shown(text, &word(text, "layout"), 30),
            "Plan [l][a][y][o][u][t] and installation…"
        );
        assert_eq!(
            shown(text, &word(text, "codes"), 30),
            "…ecifications and local [c][o][d][e][s]."
        );
    }

    #[test]
    fn a_row_whose_match_shows_from_its_start_is_not_cut_before_it() {
        let text = "Prepare sketches or follow blueprints to determine the location of wiring or \
                    equipment and to ensure conformance to building and safety codes.";
        assert_eq!(
            shown(text, &word(text, "wiring"), 84),
            "Prepare sketches or follow blueprints to determine the location of \
             [w][i][r][i][n][g] or equipm…"
        );
        // Too near the edge: cut before it, to show what follows.
        assert_eq!(
            shown(text, &word(text, "wiring"), 74),
            "…the location of [w][i][r][i][n][g] or equipment and to ensure conformance to \
             buildin…"
        );
    }

    #[test]
    fn a_tail_begins_at_a_word_a_few_columns_in() {
        let text = "Administer local, inhalation, intravenous, or other anesthetics.";
        assert_eq!(
            shown(text, &word(text, "anesthe"), 50),
            "…inhalation, intravenous, or other [a][n][e][s][t][h][e]tics."
        );
    }

    #[test]
    fn what_fits_is_left_whole() {
        assert_eq!(
            shown("Registered Nurses", &[0, 11], 17),
            "[R]egistered [N]urses"
        );
        assert_eq!(shown("", &[], 5), "");
        assert_eq!(shown("abc", &[1], 0), "");
    }

    #[test]
    fn wide_chars_and_scattered_matches() {
        // Two columns a char: the window counts columns, not chars.
        let text = "経営管理の担当者として予算を管理する";
        let cut = shown(text, &[14, 15], 12);
        assert_eq!(cut, "…を[管][理]する");
        // Matches far apart: the first one and what follows it.
        let text = "alpha beta gamma delta epsilon zeta eta theta iota kappa";
        assert_eq!(shown(text, &[11, 50], 24), "…beta [g]amma delta epsil…");
        assert_eq!(shown(text, &[3], 1), "…");
    }
}
