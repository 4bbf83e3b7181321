//! Text from a catalog is untrusted: this strips terminal escape sequences and control
//! characters so that no catalog can move the cursor, recolour or retitle the terminal.

use std::borrow::Cow;

use super::model::{CatalogFile, Comparison, Role, Source};

/// Removes escape sequences (CSI, OSC, DCS and friends), C0/C1 controls and bidi overrides;
/// tabs and line breaks become spaces. Returns the input unchanged (borrowed) when it is clean.
pub fn clean(text: &str) -> Cow<'_, str> {
    // Printable ASCII is clean: one branch-free pass over the bytes settles most texts,
    // the char-by-char test runs only for texts with controls or non-ASCII chars.
    let printable_ascii = text
        .bytes()
        .fold(true, |all, b| all & (0x20..0x7f).contains(&b));
    if printable_ascii || !text.chars().any(needs_cleaning) {
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
            '\t' | '\n' | '\r' => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c if needs_cleaning(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn needs_cleaning(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
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

/// Cleans one field in place; true when something was removed.
fn clean_in_place(text: &mut String) -> bool {
    match clean(text) {
        Cow::Borrowed(_) => false,
        Cow::Owned(cleaned) => {
            *text = cleaned;
            true
        }
    }
}

/// Cleans every text of a catalog file. Returns a description of each place that changed.
pub fn clean_catalog(file: &mut CatalogFile) -> Vec<String> {
    let mut changed = Vec::new();
    if clean_in_place(&mut file.title) {
        changed.push("title".to_string());
    }
    for (i, source) in file.sources.iter_mut().enumerate() {
        if clean_source(source) {
            changed.push(format!("sources[{i}]"));
        }
    }
    for (i, role) in file.roles.iter_mut().enumerate() {
        if clean_role(role) {
            changed.push(format!("roles[{i}] ({})", role.id));
        }
    }
    for (i, comparison) in file.comparisons.iter_mut().enumerate() {
        if clean_comparison(comparison) {
            changed.push(format!("comparisons[{i}]"));
        }
    }
    changed.extend(super::sanitize_occupation::clean_reference(file));
    changed
}

pub(super) fn clean_all<'a>(texts: impl IntoIterator<Item = &'a mut String>) -> bool {
    texts
        .into_iter()
        .fold(false, |changed, text| clean_in_place(text) | changed)
}

fn clean_source(s: &mut Source) -> bool {
    clean_all(
        std::iter::once(&mut s.name).chain(
            [
                &mut s.publisher,
                &mut s.version,
                &mut s.updated,
                &mut s.url,
                &mut s.licence,
            ]
            .into_iter()
            .flatten(),
        ),
    )
}

fn clean_role(r: &mut Role) -> bool {
    let mut texts: Vec<&mut String> = vec![&mut r.id, &mut r.title];
    texts.extend(r.code.as_mut());
    texts.extend(r.summary.as_mut());
    texts.extend(r.duties.iter_mut());
    texts.extend(r.responsibilities.iter_mut());
    for skill in &mut r.hard_skills {
        texts.push(&mut skill.name);
        texts.extend(skill.example.as_mut());
    }
    for skill in &mut r.soft_skills {
        texts.push(&mut skill.name);
        texts.extend(skill.why.as_mut());
        texts.extend(skill.example.as_mut());
    }
    texts.extend(r.employers.iter_mut().map(|e| &mut e.name));
    if let Some(top) = r.salary.as_mut().and_then(|s| s.top_industry.as_mut()) {
        texts.push(&mut top.industry);
    }
    if let Some(wages) = r.wages.as_mut() {
        texts.push(&mut wages.release);
        for industry in &mut wages.by_industry {
            texts.push(&mut industry.industry);
            texts.extend(industry.naics.as_mut());
        }
    }
    if let Some(education) = r.education.as_mut() {
        texts.extend(education.levels.iter_mut().map(|l| &mut l.level));
    }
    texts.extend(r.alternate_titles.iter_mut());
    texts.extend(r.related.iter_mut());
    texts.extend(r.types.iter_mut().flatten());
    texts.extend(r.notes.iter_mut());
    let cleaned = clean_all(texts);
    super::sanitize_occupation::clean_role(r) | cleaned
}

fn clean_comparison(c: &mut Comparison) -> bool {
    let mut texts: Vec<&mut String> = vec![&mut c.role, &mut c.other];
    texts.extend(c.description.as_mut());
    texts.extend(c.role_skills.iter_mut());
    texts.extend(c.other_skills.iter_mut());
    clean_all(texts)
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
    }

    #[test]
    fn escape_at_end_is_dropped() {
        assert_eq!(clean("end\u{1b}"), "end");
        assert_eq!(clean("end\u{1b}["), "end");
    }
}
