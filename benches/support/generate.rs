//! A deterministic generator of large, realistic catalogs, for benchmarks, examples and tests
//! (dev-only: included with `#[path]` by benches, examples and the search tests, each of which
//! has `catalog` in scope as the crate's catalog module).
//! The same size and seed always give the same catalog, byte for byte.

use std::collections::HashSet;

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;

use super::catalog::{model::*, slugify};

#[path = "words.rs"]
mod words;
use words::*;

/// How large a catalog to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    pub roles: usize,
    /// Responsibilities per role.
    pub responsibilities: usize,
    pub seed: u64,
}

impl Default for Size {
    fn default() -> Self {
        Size {
            roles: 1000,
            responsibilities: 100,
            seed: 0x5eed_ca7a_1095,
        }
    }
}

/// splitmix64: tiny, fast, and good enough to vary text; no dependency needed.
pub(super) struct Rng(pub(super) u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn range(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[self.below(words.len())]
    }

    /// `n` distinct entries of `words`, in random order.
    fn pick_distinct<'a>(&mut self, words: &[&'a str], n: usize) -> Vec<&'a str> {
        let mut pool = words.to_vec();
        let n = n.min(pool.len());
        for i in 0..n {
            let j = i + self.below(pool.len() - i);
            pool.swap(i, j);
        }
        pool.truncate(n);
        pool
    }
}

/// Makes a catalog of `size.roles` roles with `size.responsibilities` responsibilities each,
/// hard and soft skills, employers, pay, education and about three comparisons per role.
pub fn generate(size: Size) -> CatalogFile {
    let mut rng = Rng(size.seed);
    let titles = role_titles(&mut rng, size.roles);
    let ids: Vec<String> = unique_ids(&titles);
    let mut roles: Vec<Role> = titles
        .iter()
        .zip(&ids)
        .map(|(title, id)| role(&mut rng, id, title, size.responsibilities))
        .collect();

    let mut comparisons = Vec::new();
    let mut stated = std::collections::HashSet::new();
    if roles.len() > 1 {
        for i in 0..roles.len() {
            let mut others = Vec::new();
            for _ in 0..3 {
                // Never the role itself, never twice the same pair from this side.
                let other = (i + 1 + rng.below(roles.len() - 1)) % roles.len();
                if !others.contains(&other) {
                    others.push(other);
                }
            }
            for &other in &others {
                let generated = comparison(&mut rng, &roles[i], &roles[other]);
                // A pair is compared once: the other side may have stated it already.
                if stated.insert((i.min(other), i.max(other))) {
                    comparisons.push(generated);
                }
            }
            roles[i].related = others.iter().map(|&o| ids[o].clone()).collect();
        }
    }

    CatalogFile {
        title: format!(
            "Generated catalog: {} roles × {} responsibilities",
            size.roles, size.responsibilities
        ),
        sources: vec![Source {
            name: "career-explorer gen_catalog (synthetic data, not real facts)".into(),
            publisher: None,
            version: Some(format!("seed {:#x}", size.seed)),
            updated: Some("2025-01-08".into()),
            url: None,
            licence: None,
            ..Source::default()
        }],
        roles,
        comparisons,
        ..CatalogFile::default()
    }
}

/// The generated catalog as RON text in the style of `assets/roles.ron`.
pub fn to_ron(file: &CatalogFile) -> Result<String, ron::Error> {
    let config = PrettyConfig::new()
        .struct_names(true)
        .extensions(Extensions::IMPLICIT_SOME)
        .escape_strings(false);
    let body =
        super::catalog::model::compact::compact(|| ron::ser::to_string_pretty(file, config))?;
    Ok(format!(
        "// Synthetic catalog made by `cargo run --release --example gen_catalog`; for benchmarks only.\n{body}\n"
    ))
}

/// How many distinct titles seniority × area × function make before numbering starts.
pub(super) fn title_combinations() -> usize {
    SENIORITY.len() * AREAS.len() * FUNCTIONS.len()
}

/// Distinct titles: a shuffled walk through seniority × area × function, numbered once used up.
pub(super) fn role_titles(rng: &mut Rng, n: usize) -> Vec<String> {
    let combos = title_combinations();
    let mut order: Vec<usize> = (0..combos).collect();
    for i in (1..combos).rev() {
        order.swap(i, rng.below(i + 1));
    }
    (0..n)
        .map(|i| {
            let c = order[i % combos];
            let seniority = SENIORITY[c % SENIORITY.len()];
            let area = AREAS[(c / SENIORITY.len()) % AREAS.len()];
            let function = FUNCTIONS[c / (SENIORITY.len() * AREAS.len())];
            let mut title = [seniority, area, function]
                .iter()
                .filter(|w| !w.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            if i >= combos {
                title.push_str(&format!(" {}", i / combos + 1));
            }
            title
        })
        .collect()
}

pub(super) fn unique_ids(titles: &[String]) -> Vec<String> {
    let mut seen = HashSet::new();
    titles
        .iter()
        .map(|title| {
            let base = slugify(title);
            let mut id = base.clone();
            let mut n = 2;
            while !seen.insert(id.clone()) {
                id = format!("{base}-{n}");
                n += 1;
            }
            id
        })
        .collect()
}

/// Lower-cases words for use inside a sentence, keeping acronyms: "Chief IT Consultant" → "chief IT consultant".
fn in_sentence(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            if word.chars().filter(char::is_ascii_uppercase).count() > 1 {
                word.to_string()
            } else {
                word.to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "a" or "an", by the sound of the first letter (close enough for generated text).
fn article(word: &str) -> &'static str {
    match word.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u' | 'A' | 'E' | 'I' | 'O' | 'U') => "an",
        _ => "a",
    }
}

fn role(rng: &mut Rng, id: &str, title: &str, responsibilities: usize) -> Role {
    let lower = in_sentence(title);
    let area = AREAS
        .iter()
        .find(|a| title.contains(*a))
        .copied()
        .unwrap_or("operations");
    let count = rng.range(8, 14);
    let hard_skills = rng
        .pick_distinct(HARD_SKILLS, count)
        .into_iter()
        .enumerate()
        .map(|(rank, name)| HardSkill {
            name: name.to_string(),
            // Shares fall with rank, as on real career pages.
            share: ((30.0 / (rank as f64 + 1.5)) * 10.0 + rng.below(10) as f64).round() / 10.0,
            example: Some(skill_example(rng, name)),
        })
        .collect();
    let count = rng.range(2, 5);
    let soft_skills = rng
        .pick_distinct(SOFT_SKILLS, count)
        .into_iter()
        .map(|name| SoftSkill {
            name: name.to_string(),
            why: Some(format!(
                "{} {lower} needs {} to {}.",
                capitalised(article(&lower)),
                in_sentence(name),
                rng.pick(GOALS)
            )),
            example: rng.chance(50).then(|| responsibility(rng)),
        })
        .collect();
    let count = rng.range(2, 5);
    let employers = rng
        .pick_distinct(EMPLOYERS, count)
        .into_iter()
        .map(|name| Employer {
            name: name.to_string(),
            open_jobs: rng.range(5, 400) as i64,
        })
        .collect();
    let average = rng.range(38, 190) as i64 * 1000 + rng.below(1000) as i64;
    let education = rng.chance(70).then(|| {
        let mut left = 100.0;
        let levels = EDUCATION_LEVELS
            .iter()
            .map(|level| {
                let share = (rng.below(60) as f64).min(left);
                left -= share;
                EducationShare {
                    level: level.to_string(),
                    share,
                }
            })
            .collect();
        Education { levels }
    });
    let alternate_titles = (0..rng.below(3))
        .map(|_| format!("{} {}", rng.pick(AREAS), rng.pick(FUNCTIONS)))
        .collect();
    Role {
        id: id.to_string(),
        title: title.to_string(),
        code: None,
        summary: Some(format!(
            "Leads {} work across {}, working with {} to {} and {}.",
            in_sentence(area),
            place(rng),
            rng.pick(DEPARTMENTS),
            rng.pick(GOALS),
            rng.pick(GOALS)
        )),
        duties: (0..rng.range(3, 6)).map(|_| duty(rng)).collect(),
        responsibilities: (0..responsibilities).map(|_| responsibility(rng)).collect(),
        hard_skills,
        soft_skills,
        employers,
        salary: Some(Salary {
            average: Some(average),
            top_industry: Some(IndustryPay {
                industry: rng.pick(INDUSTRIES).to_string(),
                average: average + rng.range(1, 30) as i64 * 1000,
            }),
        }),
        wages: None,
        education,
        alternate_titles,
        related: Vec::new(),
        types: None,
        notes: Vec::new(),
        ..Role::default()
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A place for a sentence: usually a kind of site, sometimes a named one.
fn place(rng: &mut Rng) -> &'static str {
    if rng.chance(15) {
        rng.pick(SITES)
    } else {
        rng.pick(PLACES)
    }
}

fn duty(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(VERBS), rng.pick(OBJECTS))
}

/// One resume-like line, 40 to 160 characters, from a handful of sentence shapes.
fn responsibility(rng: &mut Rng) -> String {
    let verb = rng.pick(VERBS);
    match rng.below(8) {
        0 => format!(
            "{verb} {} for {} to {}.",
            rng.pick(OBJECTS),
            place(rng),
            rng.pick(GOALS)
        ),
        1 => format!(
            "{verb} {} across {} {}, helping to {}.",
            rng.pick(OBJECTS),
            rng.range(2, 40),
            rng.pick(PLACES),
            rng.pick(GOALS)
        ),
        2 => format!(
            "{} a team of {} {} responsible for {}.",
            rng.pick(LEADING_VERBS),
            rng.range(3, 120),
            rng.pick(PEOPLE),
            rng.pick(OBJECTS)
        ),
        3 => format!(
            "{verb} {} {} to {} and {}.",
            rng.pick(TOOLS),
            rng.pick(THINGS),
            rng.pick(GOALS),
            rng.pick(GOALS)
        ),
        4 => format!(
            "Partner with {} to {} {} in line with {}.",
            rng.pick(DEPARTMENTS),
            verb.to_lowercase(),
            rng.pick(OBJECTS),
            rng.pick(STANDARDS)
        ),
        5 => format!(
            "{} {} {} on {} for {}.",
            rng.pick(REPORTING_VERBS),
            rng.pick(FREQUENCIES),
            rng.pick(REPORTS),
            rng.pick(METRICS),
            rng.pick(AUDIENCES)
        ),
        6 => format!(
            "{verb} {}, reducing {} by {}% within {} months.",
            rng.pick(OBJECTS),
            rng.pick(METRICS),
            rng.range(5, 45),
            rng.range(2, 18)
        ),
        _ => format!("{verb} {} in {}.", rng.pick(OBJECTS), place(rng)),
    }
}

fn skill_example(rng: &mut Rng, skill: &str) -> String {
    format!(
        "Applied {} to {} at {}, helping to {}.",
        in_sentence(skill),
        rng.pick(OBJECTS),
        place(rng),
        rng.pick(GOALS)
    )
}

fn comparison(rng: &mut Rng, role: &Role, other: &Role) -> Comparison {
    let skills = |rng: &mut Rng| {
        rng.pick_distinct(HARD_SKILLS, 4)
            .into_iter()
            .map(in_sentence)
            .collect()
    };
    let relation = |rng: &mut Rng| match rng.below(4) {
        0 => None,
        1 => Some(Relation::Lower),
        2 => Some(Relation::Similar),
        _ => Some(Relation::Higher),
    };
    Comparison {
        role: role.id.clone(),
        other: other.id.clone(),
        description: rng.chance(50).then(|| {
            let (other, role) = (in_sentence(&other.title), in_sentence(&role.title));
            format!(
                "{} {other} spends more time on {} and less on {} than {} {role}.",
                capitalised(article(&other)),
                rng.pick(OBJECTS),
                rng.pick(OBJECTS),
                article(&role),
            )
        }),
        role_skills: skills(rng),
        other_skills: skills(rng),
        pay: relation(rng),
        education: rng.chance(70).then(|| EducationDiff {
            level: relation(rng),
            masters_points: Some((rng.below(200) as f64 - 100.0) / 10.0),
            doctoral_points: Some((rng.below(40) as f64 - 20.0) / 10.0),
        }),
    }
}
