//! A catalog's sources credited in a line, longest first and shorter by steps, so that a
//! header can take the longest that fits: "O*NET 30.1; skills and knowledge O*NET 29.3; BLS OEWS
//! May 2025; BLS Employment Projections 2024–34", then "O*NET 30.1 · skills 29.3 · OEWS May 2025
//! · EP 2024–34", then fewer releases.

use crate::catalog::{Source, credit_line};

/// The credit lines of `sources`, longest first, ending with the shortest useful one.
pub fn credit_lines(sources: &[Source]) -> Vec<String> {
    if sources.is_empty() {
        return Vec::new();
    }
    if sources.iter().all(|s| s.parts.is_empty()) {
        // A hand-made catalog: each source by its release or update date.
        let full: Vec<String> = sources.iter().map(header_source).collect();
        let mut lines = vec![full.join(" · ")];
        let names: Vec<&str> = sources.iter().map(|s| short_name(&s.name)).collect();
        lines.push(names.join(" · "));
        lines.push(names[0].to_string());
        lines.dedup();
        return lines;
    }
    // Releases, each as short as it reads well; a second release of a source gets its parts'
    // first name and the number that differs: "skills 29.3".
    let mut first_of_name: Vec<(&str, String)> = Vec::new();
    let mut short: Vec<(bool, String)> = Vec::new();
    for source in sources {
        let release = source
            .version
            .clone()
            .unwrap_or_else(|| source.name.clone());
        match first_of_name.iter().find(|(name, _)| *name == source.name) {
            Some((_, first)) if !source.parts.is_empty() => {
                let part = source.parts[0].as_str();
                short.push((false, format!("{part} {}", differing(first, &release))));
            }
            _ => {
                short.push((true, short_release(&release)));
                first_of_name.push((&source.name, release));
            }
        }
    }
    let all: Vec<&str> = short.iter().map(|(_, s)| s.as_str()).collect();
    let primary: Vec<&str> = short
        .iter()
        .filter(|(first, _)| *first)
        .map(|(_, s)| s.as_str())
        .collect();
    let mut lines = vec![
        credit_line(sources),
        all.join(" · "),
        primary.join(" · "),
        primary[..primary.len().min(2)].join(" · "),
        primary[0].to_string(),
    ];
    lines.dedup();
    lines
}

/// A release in a few words: a publisher's acronym before a longer name dropped ("BLS OEWS
/// May 2025" → "OEWS May 2025"), a name of several capitalised words in initials ("Employment
/// Projections 2024–34" → "EP 2024–34").
pub fn short_release(release: &str) -> String {
    let mut words: Vec<&str> = release.split_whitespace().collect();
    let is_acronym = |w: &str| w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase());
    let is_number = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    if words.len() >= 3 && is_acronym(words[0]) && !is_number(words[1]) {
        words.remove(0);
    }
    let name_words = words
        .iter()
        .take_while(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && !is_acronym(w) && !is_number(w)
        })
        .count();
    if name_words >= 2 {
        let initials: String = words[..name_words]
            .iter()
            .filter_map(|w| w.chars().next())
            .collect();
        words.splice(..name_words, []);
        return std::iter::once(initials.as_str())
            .chain(words.iter().copied())
            .collect::<Vec<_>>()
            .join(" ");
    }
    words.join(" ")
}

/// The words of `release` after those it shares with `first` from the start: "29.3" of
/// "O*NET 29.3" after "O*NET 30.1".
fn differing<'a>(first: &str, release: &'a str) -> &'a str {
    let mut rest = release;
    for (a, b) in first.split_whitespace().zip(release.split_whitespace()) {
        if a != b {
            break;
        }
        rest = rest
            .trim_start()
            .strip_prefix(b)
            .unwrap_or(rest)
            .trim_start();
    }
    if rest.is_empty() { release } else { rest }
}

/// A source in a few words: a self-describing version ("BLS OEWS May 2025"), else the short
/// name with its version or update date.
fn header_source(source: &Source) -> String {
    let name = short_name(&source.name);
    match (&source.version, &source.updated) {
        (Some(version), _) if version.starts_with(|c: char| c.is_alphabetic()) => version.clone(),
        (Some(version), _) => format!("{name} {version}"),
        (None, Some(updated)) => format!("{name} · updated {updated}"),
        (None, None) => name.to_string(),
    }
}

/// The part of a source's name before a colon or parenthesis.
pub fn short_name(name: &str) -> &str {
    name.split([':', '(']).next().unwrap_or(name).trim()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    #[test]
    fn the_built_in_credits_from_long_to_short() {
        let catalog = Catalog::embedded().unwrap();
        let nurses = catalog.index_of("registered-nurses").unwrap();
        let lines = credit_lines(&catalog.origin_of(nurses).sources);
        assert_eq!(
            lines,
            [
                "O*NET 30.1; skills and knowledge O*NET 29.3; BLS OEWS May 2025; BLS Employment Projections 2024–34",
                "O*NET 30.1 · skills 29.3 · OEWS May 2025 · EP 2024–34",
                "O*NET 30.1 · OEWS May 2025 · EP 2024–34",
                "O*NET 30.1 · OEWS May 2025",
                "O*NET 30.1",
            ]
        );
        let seed = credit_lines(&catalog.origin_of(0).sources);
        assert_eq!(seed, ["Career page · updated 2025-01-08", "Career page"]);
    }

    #[test]
    fn releases_in_a_few_words() {
        assert_eq!(short_release("BLS OEWS May 2025"), "OEWS May 2025");
        assert_eq!(
            short_release("BLS Employment Projections 2024–34"),
            "EP 2024–34"
        );
        assert_eq!(short_release("O*NET 30.1"), "O*NET 30.1");
        assert_eq!(short_release("Lightcast 2025"), "Lightcast 2025");
        assert_eq!(differing("O*NET 30.1", "O*NET 29.3"), "29.3");
        assert_eq!(differing("A", "B"), "B");
    }
}
