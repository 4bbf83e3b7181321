//! Next moves: the occupations closest to a role in skills and knowledge, with what a move
//! changes (pay, outlook, preparation) and what to learn for it.
//!
//! - Similarity: the cosine of the two importance vectors (see the module above).
//! - Skills to build: elements the target rates at least [`IMPORTANT`] (3 of 5) whose
//!   importance exceeds the role's by at least [`CLEAR_IMPORTANCE`] or whose level needed
//!   exceeds it by at least [`CLEAR_LEVEL`] (0–7 scale); largest gap first, the gap being the
//!   difference in importance plus that in level scaled to the importance scale (× 4/7).

use serde::Serialize;

use super::{Origin, Space, median_wage, two_decimals};
use crate::catalog::{Catalog, ElementKind, OutlookLabel};

/// The least importance (1–5) the target must give an element to build.
pub const IMPORTANT: f32 = 3.0;
/// The least difference in importance that counts.
pub const CLEAR_IMPORTANCE: f32 = 0.5;
/// The least difference in level (0–7) that counts.
pub const CLEAR_LEVEL: f32 = 1.0;
/// How many skills to build each move names.
pub const TO_BUILD: usize = 3;

/// The rated occupations by similarity to row `from`'s vector, most similar first (ties by
/// catalog order): `(catalog role, similarity)`. The row itself comes first, with 1.
pub fn rank(space: &Space, from: usize) -> Vec<(usize, f64)> {
    let a = space.centred(from);
    let na = space.norm[from];
    let mut out: Vec<(usize, f64)> = (0..space.len())
        .map(|row| {
            let similarity = if row == from {
                1.0
            } else {
                let nb = space.norm[row];
                if na == 0.0 || nb == 0.0 {
                    0.0
                } else {
                    let b = space.centred(row);
                    let dot: f32 = a.iter().zip(b).map(|(x, y)| x * y).sum();
                    f64::from((dot / (na * nb)).clamp(-1.0, 1.0))
                }
            };
            (row, similarity)
        })
        .collect();
    out.sort_by(|x, y| {
        (y.0 == from)
            .cmp(&(x.0 == from))
            .then(y.1.total_cmp(&x.1))
            .then(x.0.cmp(&y.0))
    });
    out.into_iter()
        .map(|(row, s)| (space.roles[row], s))
        .collect()
}

/// Which moves to keep.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Filters {
    /// Only a higher median wage than the role's (both known).
    pub higher_pay: bool,
    /// Only occupations whose employment is projected to grow (+5% or more).
    pub growing: bool,
    /// Only the same or a lower job zone (no more preparation; both known).
    pub same_or_lower_zone: bool,
}

impl Filters {
    pub fn any(&self) -> bool {
        self.higher_pay || self.growing || self.same_or_lower_zone
    }

    /// The filters on, in words: "higher pay, growing".
    pub fn words(&self) -> String {
        let mut on = Vec::new();
        if self.higher_pay {
            on.push("higher pay");
        }
        if self.growing {
            on.push("growing");
        }
        if self.same_or_lower_zone {
            on.push("same or lower job zone");
        }
        on.join(", ")
    }
}

/// One occupation a role could move to.
#[derive(Debug, Clone, PartialEq)]
pub struct Move {
    /// The catalog role moved to.
    pub role: usize,
    /// Cosine similarity of skills and knowledge, −1–1 (1: the same profile).
    pub similarity: f64,
    /// One of the role's related occupations in O*NET (or the catalog).
    pub related: bool,
    pub prospects: Prospects,
}

/// What a move means for pay, outlook and preparation, as the explorer shows it and JSON
/// writes it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Prospects {
    /// The target's median yearly wage (national or the state's).
    pub median: Option<i64>,
    /// The target's median less the role's.
    pub wage_change: Option<i64>,
    pub outlook: Option<OutlookLabel>,
    pub percent_change: Option<f64>,
    pub job_zone: Option<u8>,
    /// The target's job zone less the role's: positive needs more preparation.
    pub zone_step: Option<i8>,
}

/// The moves from `origin`, most similar first, without the role (or its nearest occupation)
/// itself, kept by `filters`. Wages are national, or the state's with code `state`.
pub fn moves(
    catalog: &Catalog,
    space: &Space,
    origin: &Origin,
    filters: Filters,
    state: Option<&str>,
) -> Vec<Move> {
    let Some(from) = space.row(origin.occupation) else {
        return Vec::new();
    };
    let source = &catalog.roles[origin.occupation];
    let asked = &catalog.roles[origin.role];
    let base = origin.base(catalog, state);
    let base_wage = median_wage(catalog, base, state);
    let base_zone = catalog.roles[base].job_zone.or(source.job_zone);
    let is_related =
        |id: &str| source.related.iter().any(|r| r == id) || asked.related.iter().any(|r| r == id);
    rank(space, from)
        .into_iter()
        .filter(|&(role, _)| role != origin.occupation && role != origin.role)
        .filter_map(|(role, similarity)| {
            let target = &catalog.roles[role];
            let median = median_wage(catalog, role, state);
            let wage_change = median.zip(base_wage).map(|(t, s)| t - s);
            let outlook = target.outlook.as_ref();
            let label = outlook.and_then(|o| {
                o.label
                    .or_else(|| o.percent_change.map(OutlookLabel::for_change))
            });
            let zone_step = target
                .job_zone
                .zip(base_zone)
                .map(|(t, s)| t as i8 - s as i8);
            if filters.higher_pay && wage_change.is_none_or(|c| c <= 0) {
                return None;
            }
            if filters.growing
                && !matches!(
                    label,
                    Some(OutlookLabel::Growing | OutlookLabel::GrowingFast)
                )
            {
                return None;
            }
            if filters.same_or_lower_zone && zone_step.is_none_or(|s| s > 0) {
                return None;
            }
            Some(Move {
                role,
                similarity,
                related: is_related(&target.id),
                prospects: Prospects {
                    median,
                    wage_change,
                    outlook: label,
                    percent_change: outlook.and_then(|o| o.percent_change),
                    job_zone: target.job_zone,
                    zone_step,
                },
            })
        })
        .collect()
}

/// An element the target needs clearly more of than the role has.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ToBuild<'a> {
    pub kind: ElementKind,
    pub name: &'a str,
    /// The name as lists show it ("Mathematics (knowledge)" beside the skill).
    #[serde(skip)]
    pub label: &'a str,
    /// Importance (1–5) for the role and the target; 0 when unrated.
    pub importance_from: f64,
    pub importance_to: f64,
    /// Level needed (0–7) for the role and the target.
    pub level_from: f64,
    pub level_to: f64,
}

/// The skills and knowledge to build to move from catalog role `from` to `to` (both rated),
/// largest gap first, at most `n`.
pub fn to_build(space: &Space, from: usize, to: usize, n: usize) -> Vec<ToBuild<'_>> {
    let (Some(a), Some(b)) = (space.row(from), space.row(to)) else {
        return Vec::new();
    };
    let (ia, ib) = (space.importances(a), space.importances(b));
    let (la, lb) = (space.levels(a), space.levels(b));
    let mut gaps: Vec<(f32, usize)> = (0..space.dims.len())
        .filter(|&d| ib[d] >= IMPORTANT)
        .filter_map(|d| {
            let di = ib[d] - ia[d].max(1.0);
            let dl = lb[d] - la[d];
            let clear = di >= CLEAR_IMPORTANCE - 1e-6 || dl >= CLEAR_LEVEL - 1e-6;
            clear.then(|| (di.max(0.0) + dl.max(0.0) * 4.0 / 7.0, d))
        })
        .collect();
    gaps.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    gaps.truncate(n);
    gaps.into_iter()
        .map(|(_, d)| ToBuild {
            kind: space.dims[d].kind,
            name: &space.dims[d].name,
            label: &space.dims[d].label,
            importance_from: two_decimals(ia[d]),
            importance_to: two_decimals(ib[d]),
            level_from: two_decimals(la[d]),
            level_to: two_decimals(lb[d]),
        })
        .collect()
}
