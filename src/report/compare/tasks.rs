//! Tasks two roles share. O*NET writes each occupation's task statements separately, so the same
//! work is rarely worded the same way twice ("Record patients' medical information and vital
//! signs." beside "Measure and record patients' vital signs, such as height, weight, ...").
//!
//! The rule, as the README states it: a task statement is reduced to its content words (lower
//! case, common function words such as "and", "or", "the", "such as" dropped, plural and
//! -ing/-ed endings folded: "records", "recording" and "recorded" are one word). Two
//! statements are the same task when at least [`MIN_COMMON_WORDS`] words are common to both
//! and those make up at least [`MIN_SIMILARITY`] of the words of the two together (the Dice
//! coefficient: twice the common words over the words of both). Each statement is paired at
//! most once, the closest pairs first.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

/// The least Dice coefficient of two statements' content words that makes them one task.
pub const MIN_SIMILARITY: f64 = 0.5;
/// The least number of content words two statements must have in common.
pub const MIN_COMMON_WORDS: usize = 3;

/// Words that say nothing of the work itself.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "according",
    "all",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "both",
    "by",
    "e",
    "each",
    "etc",
    "for",
    "from",
    "g",
    "i",
    "if",
    "in",
    "including",
    "into",
    "is",
    "it",
    "its",
    "may",
    "necessary",
    "needed",
    "of",
    "on",
    "or",
    "other",
    "others",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "use",
    "using",
    "various",
    "when",
    "where",
    "which",
    "who",
    "with",
    "within",
];

/// A task of one role paired with a task of the other.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SharedTask<'a> {
    /// The role's statement.
    pub role: &'a str,
    /// The other role's statement.
    pub other: &'a str,
    /// The Dice coefficient of their content words, 0–1 (1: the same words).
    pub similarity: f64,
}

/// The tasks of `a` and `b` that are the same task by the rule above, closest first.
pub fn shared_tasks<'a>(a: &'a [String], b: &'a [String]) -> Vec<SharedTask<'a>> {
    // Each distinct word a number, each statement its sorted numbers: comparing two statements
    // is then a merge of two short lists of integers.
    let mut numbers: HashMap<String, u32> = HashMap::new();
    let mut words_of = |texts: &[String]| -> Vec<Vec<u32>> {
        texts
            .iter()
            .map(|text| {
                let lower = text.to_lowercase();
                let mut words: Vec<u32> = words(&lower)
                    .map(|w| match numbers.get(w.as_ref()) {
                        Some(&n) => n,
                        None => {
                            let n = numbers.len() as u32;
                            numbers.insert(w.into_owned(), n);
                            n
                        }
                    })
                    .collect();
                words.sort_unstable();
                words.dedup();
                words
            })
            .collect()
    };
    let (words_a, words_b) = (words_of(a), words_of(b));
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (i, x) in words_a.iter().enumerate() {
        for (j, y) in words_b.iter().enumerate() {
            let common = common(x, y);
            if common < MIN_COMMON_WORDS {
                continue;
            }
            let similarity = 2.0 * common as f64 / (x.len() + y.len()) as f64;
            if similarity >= MIN_SIMILARITY {
                pairs.push((similarity, i, j));
            }
        }
    }
    pairs.sort_by(|p, q| q.0.total_cmp(&p.0).then((p.1, p.2).cmp(&(q.1, q.2))));
    let (mut used_a, mut used_b) = (vec![false; a.len()], vec![false; b.len()]);
    let mut shared = Vec::new();
    for (similarity, i, j) in pairs {
        if used_a[i] || used_b[j] {
            continue;
        }
        used_a[i] = true;
        used_b[j] = true;
        shared.push(SharedTask {
            role: &a[i],
            other: &b[j],
            similarity,
        });
    }
    shared
}

/// How many numbers two sorted lists have in common.
fn common(x: &[u32], y: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The content words of a statement, endings folded.
pub fn content_words(text: &str) -> BTreeSet<String> {
    let lower = text.to_lowercase();
    words(&lower).map(Cow::into_owned).collect()
}

/// The content words of a statement already in lower case, endings folded (repeats
/// included).
fn words(lower: &str) -> impl Iterator<Item = Cow<'_, str>> {
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && FUNCTION_WORDS.binary_search(w).is_err())
        .map(fold)
}

/// Folds plural and -ing/-ed endings, and a final e, so that the forms of a word meet:
/// "supplies", "supplied" → "suppli"; "measures", "measured", "measuring" → "measur".
fn fold(word: &str) -> Cow<'_, str> {
    let mut w = word;
    for ending in ["ies", "ied"] {
        if w.len() > ending.len() + 2 && w.ends_with(ending) {
            return Cow::Owned(format!("{}i", &w[..w.len() - ending.len()]));
        }
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        w = &w[..w.len() - 1];
    }
    if w.len() > 5 && w.ends_with("ing") {
        w = &w[..w.len() - 3];
    } else if w.len() > 4 && w.ends_with("ed") {
        w = &w[..w.len() - 2];
    }
    if w.len() > 3 && w.ends_with('e') {
        w = &w[..w.len() - 1];
    }
    Cow::Borrowed(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tasks(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn function_words_are_sorted_for_the_binary_search() {
        assert!(FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn forms_of_a_word_meet() {
        let words = |s: &str| content_words(s).into_iter().collect::<Vec<_>>();
        assert_eq!(
            words("Measured and measures, measuring the Measure"),
            ["measur"]
        );
        assert_eq!(words("records recording recorded"), ["record"]);
        assert_eq!(words("supplies supplied supply"), ["suppli", "supply"]);
        assert_eq!(words("processes process"), ["process"]);
        assert_eq!(
            words("patients' vital signs, such as"),
            ["patient", "sign", "vital"]
        );
    }

    #[test]
    fn the_same_work_in_other_words_is_shared_and_each_task_pairs_once() {
        let a = tasks(&[
            "Prepare patients for and assist with examinations or treatments.",
            "Record patients' medical information and vital signs.",
            "Install electrical wiring.",
            "Maintain accurate, detailed reports and records.",
        ]);
        let b = tasks(&[
            "Measure and record patients' vital signs, such as height, weight, and pulse.",
            "Prepare patients for examinations, tests, or treatments and explain procedures.",
            "Prepare rooms for patients.",
            // The same words as a's second task: a pairs it with this closer one, once.
            "Record patients' medical information and vital signs.",
        ]);
        let shared = shared_tasks(&a, &b);
        let pairs: Vec<(&str, &str)> = shared.iter().map(|s| (s.role, s.other)).collect();
        assert_eq!(
            pairs,
            [
                (a[1].as_str(), b[3].as_str()),
                (a[0].as_str(), b[1].as_str()),
            ],
            "{shared:#?}"
        );
        assert_eq!(shared[0].similarity, 1.0);
        // prepare patient assist examination treatment / prepare patient examination test
        // treatment explain procedure: 4 in common of 5 + 7 words.
        assert!((shared[1].similarity - 8.0 / 12.0).abs() < 1e-9);
    }

    #[test]
    fn two_words_in_common_are_not_a_task_in_common() {
        // "patient" and "room" only: similar, but too little to be the same task.
        let a = tasks(&["Clean patient rooms."]);
        let b = tasks(&["Prepare rooms for patients."]);
        assert!(shared_tasks(&a, &b).is_empty());
        assert!(shared_tasks(&a, &[]).is_empty());
    }
}
