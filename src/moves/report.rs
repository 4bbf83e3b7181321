//! Next moves and matches as data for every output: the JSON of `moves` and `match`, and the
//! Markdown the explorer exports and `--format markdown` prints.

use serde::Serialize;

use super::fit::{self, Gap, Profile};
use super::next::{self, Filters, Move, Prospects, ToBuild};
use super::{Origin, Space, median_wage};
use crate::catalog::{Catalog, OutlookLabel};
use crate::report::{RoleRef, dollars, dollars_signed};

/// How similarity is computed, in one line (screens, outputs, the README).
pub const SIMILARITY_RULE: &str = "Similarity: cosine of the O*NET skills and knowledge \
    importance vectors, centred on the average occupation; 1 is the same profile, 0 unrelated.";

/// How fit is computed, in one line.
pub const FIT_RULE: &str = "Fit: harmonic mean of how much of the occupation's importance-weighted \
    skill levels (O*NET level × 5/7) your 0–5 ratings cover and how much of your ratings it \
    uses; unrated skills count as 0.";

/// Which wages a report uses, in words: "national median", "median in Texas".
pub fn wage_basis(catalog: &Catalog, state: Option<&str>) -> String {
    match state {
        Some(code) => {
            let name = crate::report::states::by_code(catalog, code).map_or(code, |s| &s.name);
            format!("median in {name}")
        }
        None => "national median".into(),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct MoveJson<'a> {
    pub role: RoleRef<'a>,
    /// −1–1, three decimals.
    pub similarity: f64,
    /// One of the role's related occupations.
    pub related: bool,
    #[serde(flatten)]
    pub prospects: Prospects,
    pub to_build: Vec<ToBuild<'a>>,
}

/// `moves`: a role's next moves.
#[derive(Debug, Clone, Serialize)]
pub struct MovesReport<'a> {
    pub role: RoleRef<'a>,
    /// The occupation whose ratings stand for the role (itself, or its nearest occupation).
    pub from: RoleRef<'a>,
    pub via_nearest: bool,
    /// The median yearly wage the changes are from: the role's, or when the source has none,
    /// `from`'s.
    pub median: Option<i64>,
    /// Whose median `median` is (text and Markdown).
    #[serde(skip)]
    pub median_of: &'a str,
    pub job_zone: Option<u8>,
    /// The two-letter code of the state whose wages are used; `null`: national.
    pub state: Option<&'a str>,
    /// The wages used, in words (text and Markdown).
    #[serde(skip)]
    pub basis: String,
    pub filters: Filters,
    /// How many moves pass the filters (before `--limit`).
    pub matched: usize,
    pub moves: Vec<MoveJson<'a>>,
}

impl<'a> MovesReport<'a> {
    /// The report of `origin`'s moves, the first `limit` (0: all).
    pub fn new(
        catalog: &'a Catalog,
        space: &'a Space,
        origin: &Origin,
        filters: Filters,
        state: Option<&'a str>,
        limit: usize,
    ) -> Self {
        let moves = next::moves(catalog, space, origin, filters, state);
        let shown = if limit == 0 { moves.len() } else { limit };
        MovesReport {
            role: RoleRef::of(&catalog.roles[origin.role]),
            from: RoleRef::of(&catalog.roles[origin.occupation]),
            via_nearest: origin.via_nearest,
            median: median_wage(catalog, origin.base(catalog, state), state),
            median_of: &catalog.roles[origin.base(catalog, state)].title,
            job_zone: catalog.roles[origin.base(catalog, state)]
                .job_zone
                .or(catalog.roles[origin.occupation].job_zone),
            state,
            basis: wage_basis(catalog, state),
            filters,
            matched: moves.len(),
            moves: moves
                .iter()
                .take(shown)
                .map(|m| move_json(catalog, space, origin, m))
                .collect(),
        }
    }

    /// The report as a Markdown document.
    pub fn markdown(&self) -> String {
        let esc = crate::report::md_escape;
        let mut md = format!("# Next moves from {}\n\n", esc(self.role.title));
        if self.via_nearest {
            md.push_str(&format!(
                "From the nearest rated occupation, {}.\n\n",
                esc(self.from.title)
            ));
        }
        md.push_str(&format!("{SIMILARITY_RULE}\n\n"));
        md.push_str(&format!(
            "Pay: {}{}.",
            self.basis,
            self.median
                .map(|m| format!(", {} for {}", dollars(m), esc(self.median_of)))
                .unwrap_or_default()
        ));
        if self.filters.any() {
            md.push_str(&format!(" Only: {}.", self.filters.words()));
        }
        md.push_str("\n\n");
        if self.moves.is_empty() {
            md.push_str("No occupation passes the filters.\n");
            return md;
        }
        md.push_str(
            "| # | Occupation | Similarity | Pay change | Outlook | Job zone | Skills to build |\n",
        );
        md.push_str("|---|---|---|---|---|---|---|\n");
        for (i, m) in self.moves.iter().enumerate() {
            let related = if m.related { " (related)" } else { "" };
            let build: Vec<String> = m.to_build.iter().map(|b| esc(b.label)).collect();
            md.push_str(&format!(
                "| {} | {}{related} | {:.2} | {} | {} | {} | {} |\n",
                i + 1,
                esc(m.role.title),
                m.similarity,
                pay_change(m.prospects.wage_change, m.prospects.median),
                outlook_words(m.prospects.outlook, m.prospects.percent_change),
                zone_words(m.prospects.job_zone, m.prospects.zone_step),
                build.join(", ")
            ));
        }
        md
    }
}

fn move_json<'a>(
    catalog: &'a Catalog,
    space: &'a Space,
    origin: &Origin,
    m: &Move,
) -> MoveJson<'a> {
    MoveJson {
        role: RoleRef::of(&catalog.roles[m.role]),
        similarity: (m.similarity * 1000.0).round() / 1000.0,
        related: m.related,
        prospects: m.prospects.clone(),
        to_build: next::to_build(space, origin.occupation, m.role, next::TO_BUILD),
    }
}

/// `+$12,300 ($98,000)`, `same ($98,000)`, or "not in source".
pub fn pay_change(change: Option<i64>, median: Option<i64>) -> String {
    match (change, median) {
        (Some(0), Some(m)) => format!("same ({})", dollars(m)),
        (Some(c), Some(m)) => format!("{} ({})", dollars_signed(c), dollars(m)),
        (None, Some(m)) => dollars(m),
        _ => crate::report::NOT_IN_SOURCE.into(),
    }
}

/// `Growing fast (+12.3%)`.
pub fn outlook_words(label: Option<OutlookLabel>, percent: Option<f64>) -> String {
    match (label, percent) {
        (Some(l), Some(p)) => format!("{} ({p:+.1}%)", l.as_str()),
        (Some(l), None) => l.as_str().into(),
        _ => crate::report::NOT_IN_SOURCE.into(),
    }
}

/// `4 (+1)`, `3 (same)`.
pub fn zone_words(zone: Option<u8>, step: Option<i8>) -> String {
    match (zone, step) {
        (Some(z), Some(0)) => format!("{z} (same)"),
        (Some(z), Some(s)) => format!("{z} ({s:+})"),
        (Some(z), None) => z.to_string(),
        _ => crate::report::NOT_IN_SOURCE.into(),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct MatchJson<'a> {
    pub role: RoleRef<'a>,
    /// 0–1, three decimals.
    pub fit: f64,
    pub median: Option<i64>,
    pub gaps: Vec<Gap<'a>>,
}

/// `match`: occupations by fit for a profile.
#[derive(Debug, Clone, Serialize)]
pub struct MatchReport<'a> {
    /// The ratings used, by skill id.
    pub ratings: std::collections::BTreeMap<&'a str, u8>,
    /// The role the ratings were taken from (`--from`), if any.
    pub from: Option<RoleRef<'a>>,
    pub state: Option<&'a str>,
    /// The wages used, in words (text and Markdown).
    #[serde(skip)]
    pub basis: String,
    pub matched: usize,
    pub matches: Vec<MatchJson<'a>>,
}

/// How many gaps each match names.
pub const GAPS: usize = 3;

impl<'a> MatchReport<'a> {
    pub fn new(
        catalog: &'a Catalog,
        space: &'a Space,
        profile: &Profile,
        from: Option<usize>,
        state: Option<&'a str>,
        limit: usize,
    ) -> Self {
        let ratings = profile.vector(space);
        let ranked: Vec<(usize, f64)> = fit::rank(space, &ratings)
            .into_iter()
            .filter(|&(role, _)| Some(role) != from)
            .collect();
        let shown = if limit == 0 { ranked.len() } else { limit };
        MatchReport {
            ratings: space
                .skill_dims()
                .iter()
                .filter_map(|d| {
                    let r = profile.rating(&d.name);
                    (r > 0).then_some((d.id.as_str(), r))
                })
                .collect(),
            from: from.map(|r| RoleRef::of(&catalog.roles[r])),
            state,
            basis: wage_basis(catalog, state),
            matched: ranked.len(),
            matches: ranked
                .iter()
                .take(shown)
                .map(|&(role, fit)| MatchJson {
                    role: RoleRef::of(&catalog.roles[role]),
                    fit: (fit * 1000.0).round() / 1000.0,
                    median: median_wage(catalog, role, state),
                    gaps: fit::gaps(space, role, &ratings, GAPS),
                })
                .collect(),
        }
    }

    pub fn markdown(&self) -> String {
        let esc = crate::report::md_escape;
        let mut md = String::from("# Occupations by fit\n\n");
        if let Some(from) = self.from {
            md.push_str(&format!("Ratings from {}.\n\n", esc(from.title)));
        }
        md.push_str(&format!("{FIT_RULE}\n\nPay: {}.\n\n", self.basis));
        md.push_str("| # | Occupation | Fit | Pay | Gaps |\n|---|---|---|---|---|\n");
        for (i, m) in self.matches.iter().enumerate() {
            let gaps: Vec<String> = m.gaps.iter().map(gap_words).collect();
            md.push_str(&format!(
                "| {} | {} | {:.0}% | {} | {} |\n",
                i + 1,
                esc(m.role.title),
                m.fit * 100.0,
                m.median
                    .map(dollars)
                    .unwrap_or_else(|| crate::report::NOT_IN_SOURCE.into()),
                esc(&gaps.join(", "))
            ));
        }
        md
    }
}

/// `Programming 1→4`.
pub fn gap_words(gap: &Gap) -> String {
    format!("{} {}→{:.0}", gap.skill, gap.rating, gap.needed.ceil())
}
