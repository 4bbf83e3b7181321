//! Career moves: which occupations a person could move to from a role (Next moves), and which
//! fit a profile of self-rated skills (the Skills matcher). Knows nothing of the terminal.
//!
//! Both work on a [`Space`]: every occupation's O*NET skills and knowledge as vectors, built
//! once per catalog (the explorer builds it the first time a pane needs it, not at start-up).
//!
//! - **Similarity** ([`next`]): the cosine of two occupations' importance vectors, one
//!   dimension per O*NET skill and knowledge element (35 + 33 in O*NET 29.3), each centred on
//!   the average occupation's importance (so what every occupation needs, such as Speaking,
//!   does not make them all alike; an unrated element counts as importance 1, "not
//!   important"). 1 is the same profile, 0 unrelated, below 0 opposite.
//! - **Fit** ([`fit`]): how far your ratings (0–5) cover what each occupation needs, each skill
//!   weighted by how important it is there.

pub mod fit;
pub mod next;
pub mod report;

use std::collections::HashMap;

use crate::catalog::{Catalog, ElementKind, Rating, Role, slugify};

/// One dimension of the vectors: an O*NET skill or knowledge element.
#[derive(Debug, Clone, PartialEq)]
pub struct Dim {
    pub kind: ElementKind,
    pub name: String,
    /// The name as lists show it: "Mathematics (knowledge)" where a skill has the same name.
    pub label: String,
    /// The name as a slug, as the command line takes it: "critical-thinking".
    pub id: String,
}

/// Every rated occupation's vectors. Dimensions: the skills first, then the knowledge areas,
/// each in the order of the catalogs' element tables (O*NET's content model order).
#[derive(Debug, Clone, Default)]
pub struct Space {
    pub dims: Vec<Dim>,
    /// How many of `dims`, from the first, are skills.
    pub skills: usize,
    /// The catalog role of each row.
    pub roles: Vec<usize>,
    /// Each catalog role's row, when it is rated.
    row_of: Vec<Option<u32>>,
    /// rows × dims: importance less 1 (0–4), 0 when unrated.
    weight: Vec<f32>,
    /// rows × dims: importance as rated (1–5), 0 when unrated.
    importance: Vec<f32>,
    /// rows × dims: the level needed (0–7), 0 when unrated or not relevant.
    level: Vec<f32>,
    /// rows × dims: `weight` less its dimension's mean over the rows.
    centred: Vec<f32>,
    /// Each row's Euclidean norm of `centred`.
    norm: Vec<f32>,
}

impl Space {
    /// The vectors of every role of `catalog` with O*NET skills or knowledge ratings.
    pub fn build(catalog: &Catalog) -> Space {
        let mut dims: Vec<Dim> = Vec::new();
        let mut index: HashMap<(bool, &str), usize> = HashMap::new();
        fn add<'c>(
            index: &mut HashMap<(bool, &'c str), usize>,
            dims: &mut Vec<Dim>,
            kind: ElementKind,
            name: &'c str,
        ) {
            let next = dims.len();
            index
                .entry((kind == ElementKind::Skill, name))
                .or_insert_with(|| {
                    dims.push(Dim {
                        kind,
                        name: name.to_string(),
                        label: name.to_string(),
                        id: slugify(name),
                    });
                    next
                });
        }
        for kind in [ElementKind::Skill, ElementKind::Knowledge] {
            for origin in &catalog.origins {
                for element in origin.elements.iter().filter(|e| e.kind == kind) {
                    add(&mut index, &mut dims, kind, &element.name);
                }
            }
            for role in &catalog.roles {
                for rating in ratings(role, kind) {
                    add(&mut index, &mut dims, kind, &rating.name);
                }
            }
        }
        // A knowledge area named as a skill is ("Mathematics") says which it is.
        let skill_names: std::collections::HashSet<String> = dims
            .iter()
            .filter(|d| d.kind == ElementKind::Skill)
            .map(|d| d.name.clone())
            .collect();
        for dim in dims.iter_mut().filter(|d| d.kind != ElementKind::Skill) {
            if skill_names.contains(&dim.name) {
                dim.label = format!("{} (knowledge)", dim.name);
            }
        }
        // `add` pushed the skills first, then the knowledge: index by position.
        let skills = dims
            .iter()
            .take_while(|d| d.kind == ElementKind::Skill)
            .count();
        let n = dims.len();
        let mut space = Space {
            dims,
            skills,
            row_of: vec![None; catalog.roles.len()],
            ..Space::default()
        };
        for (i, role) in catalog.roles.iter().enumerate() {
            if role.skills.is_empty() && role.knowledge.is_empty() {
                continue;
            }
            let row = space.roles.len();
            space.roles.push(i);
            space.row_of[i] = Some(row as u32);
            space.weight.resize((row + 1) * n, 0.0);
            space.importance.resize((row + 1) * n, 0.0);
            space.level.resize((row + 1) * n, 0.0);
            for kind in [ElementKind::Skill, ElementKind::Knowledge] {
                for rating in ratings(role, kind) {
                    let key = (kind == ElementKind::Skill, rating.name.as_str());
                    let Some(&d) = index.get(&key) else { continue };
                    let at = row * n + d;
                    let importance = rating.importance.clamp(1.0, 5.0) as f32;
                    space.importance[at] = importance;
                    space.weight[at] = importance - 1.0;
                    space.level[at] = rating.level.unwrap_or(0.0).clamp(0.0, 7.0) as f32;
                }
            }
        }
        let rows = space.roles.len();
        let mut mean = vec![0.0f32; n];
        for row in space.weight.chunks_exact(n.max(1)) {
            for (m, w) in mean.iter_mut().zip(row) {
                *m += w / rows as f32;
            }
        }
        space.centred = space
            .weight
            .chunks_exact(n.max(1))
            .flat_map(|row| row.iter().zip(&mean).map(|(w, m)| w - m))
            .collect();
        space.norm = space
            .centred
            .chunks_exact(n.max(1))
            .map(|v| v.iter().map(|x| x * x).sum::<f32>().sqrt())
            .collect();
        space
    }

    /// The row of catalog role `role`, when it is rated.
    pub fn row(&self, role: usize) -> Option<usize> {
        self.row_of.get(role).copied().flatten().map(|r| r as usize)
    }

    pub fn len(&self) -> usize {
        self.roles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.roles.is_empty()
    }

    /// The skill dimensions (the matcher's list).
    pub fn skill_dims(&self) -> &[Dim] {
        &self.dims[..self.skills]
    }

    /// A skill's dimension by its id ("critical-thinking") or name, in any case.
    pub fn skill(&self, id: &str) -> Option<usize> {
        let slug = slugify(id);
        self.skill_dims().iter().position(|d| d.id == slug)
    }

    fn weights(&self, row: usize) -> &[f32] {
        let n = self.dims.len();
        &self.weight[row * n..(row + 1) * n]
    }

    fn centred(&self, row: usize) -> &[f32] {
        let n = self.dims.len();
        &self.centred[row * n..(row + 1) * n]
    }

    fn importances(&self, row: usize) -> &[f32] {
        let n = self.dims.len();
        &self.importance[row * n..(row + 1) * n]
    }

    fn levels(&self, row: usize) -> &[f32] {
        let n = self.dims.len();
        &self.level[row * n..(row + 1) * n]
    }
}

/// A stored figure (f32) as given: ratings have two decimals, so 4.38 stays 4.38 in JSON.
pub(crate) fn two_decimals(x: f32) -> f64 {
    (f64::from(x) * 100.0).round() / 100.0
}

fn ratings(role: &Role, kind: ElementKind) -> &[Rating] {
    match kind {
        ElementKind::Skill => &role.skills,
        _ => &role.knowledge,
    }
}

/// Where a role's moves are worked out from: its own ratings, or those of the US occupation
/// nearest to a career page's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    /// The role asked about.
    pub role: usize,
    /// The catalog role whose vectors (and wages) stand for it.
    pub occupation: usize,
    /// True when `occupation` is the role's nearest occupation, not the role itself.
    pub via_nearest: bool,
}

/// What stands for role `role` in the space: itself when rated; else its nearest occupation
/// (a career page's link) when that is rated; else the most related occupation O*NET rates (the
/// source rates 879 of 1,016 occupations: Software Developers, for one, stands in as Computer
/// Systems Analysts); `None` when none is.
pub fn origin_of(catalog: &Catalog, space: &Space, role: usize) -> Option<Origin> {
    if space.row(role).is_some() {
        return Some(Origin {
            role,
            occupation: role,
            via_nearest: false,
        });
    }
    let the_role = catalog.roles.get(role)?;
    let nearest = the_role.nearest_occupation.as_ref().and_then(|code| {
        catalog
            .roles
            .iter()
            .position(|r| r.code.as_ref() == Some(code))
    });
    let related = the_role
        .related
        .iter()
        .filter_map(|id| catalog.index_of(id));
    let occupation = nearest
        .into_iter()
        .chain(related)
        .find(|&o| o != role && space.row(o).is_some())?;
    Some(Origin {
        role,
        occupation,
        via_nearest: true,
    })
}

impl Origin {
    /// The role whose wage and Job Zone the moves are measured from: the role asked about when
    /// the source has its median wage (a US occupation standing in only for its ratings), else
    /// the occupation standing in for it.
    pub fn base(&self, catalog: &Catalog, state: Option<&str>) -> usize {
        if median_wage(catalog, self.role, state).is_some() {
            self.role
        } else {
            self.occupation
        }
    }
}

/// Role `index`'s median yearly wage: national, or in the state with code `state`. For an
/// occupation BLS publishes only by the hour (actors, dancers), the hourly median over a
/// full-time year of 2,080 hours, as BLS reckons it.
pub fn median_wage(catalog: &Catalog, index: usize, state: Option<&str>) -> Option<i64> {
    let yearly = |median: Option<i64>, hourly: Option<&crate::catalog::HourlyWages>| {
        median.or_else(|| {
            let hourly = hourly?.median?;
            Some((hourly * crate::report::facts::HOURS_A_YEAR).round() as i64)
        })
    };
    match state {
        Some(code) => {
            let figures = crate::report::compare::state_figures(catalog, index, code)?;
            yearly(figures.median, figures.hourly.as_ref())
        }
        None => {
            let wages = catalog.roles[index].wages.as_ref()?;
            yearly(wages.median, wages.hourly.as_ref())
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;
