//! Text from a catalog, a file name or the command line is untrusted: this strips terminal
//! escape sequences and control characters so that no text can move the cursor, recolour or
//! retitle the terminal, write the clipboard, or reorder and break lines.

use std::borrow::Cow;

/// Removes escape sequences (CSI, OSC, DCS and friends), C0/C1 controls, bidi controls and
/// interlinear annotations; tabs and line breaks (also NEL, U+2028, U+2029) become one space. Returns the input unchanged (borrowed) when it is clean.
pub fn clean(text: &str) -> Cow<'_, str> {
    // Printable ASCII is clean: one branch-free pass over the bytes settles most texts,
    // the char-by-char test runs only for texts with controls or non-ASCII chars.
    let printable_ascii = text
        .bytes()
        .fold(true, |all, b| all & (0x20..0x7f).contains(&b));
    if printable_ascii || !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            // C1 CSI/OSC/DCS introducers start sequences just like ESC [ / ESC ] / ESC P.
            '\u{9b}' => skip_until_final(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\t' | '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Controls, bidi controls (they reorder the rest of the line), line and paragraph separators
/// and interlinear annotations (they break or hide the layout).
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{fff9}'..='\u{fffb}'
        )
}

fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.next() {
        Some('[') => skip_until_final(chars),
        Some(']' | 'P' | 'X' | '^' | '_') => skip_string(chars),
        // Two-character sequences (ESC c, ESC 7, ...): the second character is gone already.
        _ => {}
    }
}

/// CSI: parameters and intermediates, then one final byte in `@`..=`~`.
fn skip_until_final(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    for c in chars.by_ref() {
        if ('@'..='~').contains(&c) {
            break;
        }
    }
}

/// OSC/DCS/APC/PM/SOS: everything up to BEL, ST (ESC \) or the C1 ST.
fn skip_string(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

/// Cleans one text in place; true when something was removed.
pub fn clean_in_place(text: &mut String) -> bool {
    match clean(text) {
        Cow::Borrowed(_) => false,
        Cow::Owned(cleaned) => {
            *text = cleaned;
            true
        }
    }
}

/// Like [`clean`], but keeps `\n` line breaks: for messages of several lines.
pub fn clean_lines(text: &str) -> Cow<'_, str> {
    if !text.contains('\n') {
        return clean(text);
    }
    let lines: Vec<Cow<'_, str>> = text.split('\n').map(clean).collect();
    if lines.iter().all(|l| matches!(l, Cow::Borrowed(_))) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(lines.join("\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(
            clean("Área manager 経営"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn strips_csi_osc_and_controls() {
        assert_eq!(clean("red\u{1b}[31mtext\u{1b}[0m"), "redtext");
        assert_eq!(clean("a\u{1b}]0;pwned\u{7}b"), "ab");
        assert_eq!(clean("a\u{1b}]8;;http://x\u{1b}\\link"), "alink");
        assert_eq!(clean("bell\u{7}\u{0}x\u{7f}"), "bellx");
        assert_eq!(clean("c1\u{9b}2Jx"), "c1x");
        assert_eq!(clean("rtl\u{202e}txet"), "rtltxet");
    }

    #[test]
    fn line_breaks_and_tabs_become_one_space() {
        assert_eq!(clean("one\r\ntwo\tthree"), "one two three");
        assert_eq!(clean("a\u{2028}b\u{2029}c\u{85}d"), "a b c d");
    }

    #[test]
    fn bidi_and_annotation_controls_are_removed() {
        assert_eq!(clean("a\u{61c}b\u{2067}c\u{fff9}d\u{fffb}"), "abcd");
    }

    #[test]
    fn clean_lines_keeps_line_breaks() {
        assert_eq!(super::clean_lines("a\u{1b}[2J\nb\u{9b}1m"), "a\nb");
        assert!(matches!(
            super::clean_lines("a\nb"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn escape_at_end_is_dropped() {
        assert_eq!(clean("end\u{1b}"), "end");
        assert_eq!(clean("end\u{1b}["), "end");
    }
}
