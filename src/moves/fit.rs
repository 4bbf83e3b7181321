//! The Skills matcher: occupations ranked by how well self-rated skills fit what they need.
//!
//! You rate each O*NET skill 0–5. An occupation needs each skill at its O*NET level (0–7) put
//! on your scale (× 5/7), weighted by its importance there less 1 (a skill it does not need
//! weighs nothing). Two shares, each 0–1:
//!
//! - **coverage**: how much of the occupation's weighted need your ratings meet,
//!   Σ w·min(rating, need) / Σ w·need;
//! - **use**: how much of what you rated the occupation calls for, Σ min(rating, need) / Σ rating.
//!
//! Its **fit** is their harmonic mean (as F1 combines precision and recall): an occupation you
//! cover but that uses little of what you can do fits less than one that needs just that.
//! Unrated skills count as 0. Its **gaps** are the skills with the largest weighted shortfall,
//! w·(need − rating).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Space;

/// The highest self-rating.
pub const MAX_RATING: u8 = 5;

/// Self-rated skills, by skill name, 0–5. What the explorer saves between runs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Profile {
    pub ratings: BTreeMap<String, u8>,
}

impl Profile {
    pub fn rating(&self, skill: &str) -> u8 {
        self.ratings.get(skill).copied().unwrap_or(0)
    }

    /// Sets a rating (clamped to 0–5); 0 removes it. True when it changed.
    pub fn set(&mut self, skill: &str, rating: u8) -> bool {
        let rating = rating.min(MAX_RATING);
        let before = self.rating(skill);
        if rating == 0 {
            self.ratings.remove(skill);
        } else {
            self.ratings.insert(skill.to_string(), rating);
        }
        before != rating
    }

    /// The ratings as a vector over the space's skills.
    pub fn vector(&self, space: &Space) -> Vec<f32> {
        space
            .skill_dims()
            .iter()
            .map(|d| f32::from(self.rating(&d.name)))
            .collect()
    }

    /// A starting point from catalog role `role`'s ratings: each skill at the level the role
    /// needs, on the 0–5 scale (rounded). `None` when the role is not rated.
    pub fn from_role(space: &Space, role: usize) -> Option<Profile> {
        let row = space.row(role)?;
        let levels = space.levels(row);
        let ratings = space
            .skill_dims()
            .iter()
            .enumerate()
            .filter_map(|(d, dim)| {
                let rating = (levels[d] * 5.0 / 7.0).round().clamp(0.0, 5.0) as u8;
                (rating > 0).then(|| (dim.name.clone(), rating))
            })
            .collect();
        Some(Profile { ratings })
    }
}

/// The need (0–5) and weight of each skill of row `row`.
fn need(space: &Space, row: usize, d: usize) -> (f32, f32) {
    (space.levels(row)[d] * 5.0 / 7.0, space.weights(row)[d])
}

/// Row `row`'s fit (0–1) for `ratings` (one per skill of the space).
pub fn fit_of(space: &Space, row: usize, ratings: &[f32]) -> f32 {
    let levels = &space.levels(row)[..space.skills];
    let weights = &space.weights(row)[..space.skills];
    let (mut met, mut needed, mut used, mut rated) = (0.0f32, 0.0f32, 0.0f32, 0.0f32);
    for ((&level, &w), &r) in levels.iter().zip(weights).zip(ratings) {
        let need = if w > 0.0 { level * (5.0 / 7.0) } else { 0.0 };
        let both = r.min(need);
        met += w * both;
        needed += w * need;
        used += both;
        rated += r;
    }
    if needed <= 0.0 || rated <= 0.0 {
        return 0.0;
    }
    let (coverage, use_) = (met / needed, used / rated);
    if coverage + use_ <= 0.0 {
        0.0
    } else {
        2.0 * coverage * use_ / (coverage + use_)
    }
}

/// Every rated occupation with skills by fit for `ratings`, best first (ties by catalog
/// order): `(catalog role, fit 0–1)`.
pub fn rank(space: &Space, ratings: &[f32]) -> Vec<(usize, f64)> {
    let mut out: Vec<(usize, f32)> = (0..space.len())
        .filter(|&row| space.weights(row)[..space.skills].iter().any(|&w| w > 0.0))
        .map(|row| (space.roles[row], fit_of(space, row, ratings)))
        .collect();
    out.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    out.into_iter().map(|(r, f)| (r, f64::from(f))).collect()
}

/// A skill rated below what an occupation needs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap<'a> {
    pub skill: &'a str,
    /// Your rating, 0–5.
    pub rating: u8,
    /// What the occupation needs, on the same scale (its level × 5/7), two decimals.
    pub needed: f64,
}

/// Catalog role `role`'s largest weighted shortfalls for `ratings`, at most `n`.
pub fn gaps<'s>(space: &'s Space, role: usize, ratings: &[f32], n: usize) -> Vec<Gap<'s>> {
    let Some(row) = space.row(role) else {
        return Vec::new();
    };
    let mut short: Vec<(f32, usize)> = (0..space.skills)
        .filter_map(|d| {
            let (needed, w) = need(space, row, d);
            let r = ratings.get(d).copied().unwrap_or(0.0);
            let shortfall = w * (needed - r);
            (shortfall > 1e-6 && needed - r >= 0.5).then_some((shortfall, d))
        })
        .collect();
    short.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    short
        .into_iter()
        .take(n)
        .map(|(_, d)| Gap {
            skill: &space.dims[d].name,
            rating: ratings.get(d).copied().unwrap_or(0.0) as u8,
            needed: super::two_decimals(need(space, row, d).0),
        })
        .collect()
}
