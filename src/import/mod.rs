//! Builds a catalog from public occupational data: the O*NET database in its text or Excel
//! edition ([`onet`], [`onet_files`]), BLS OEWS wage tables ([`oews`]) and BLS Employment
//! Projections ([`projections`]), all read through one table reader ([`table`]) and joined on
//! the SOC code ([`soc`]); roles are assembled in [`roles`] and [`wages`], written in [`write`].
//! Malformed rows become warnings naming file, line and column; only a missing or unreadable
//! input stops an import.

mod oews;
mod onet;
mod onet_data;
mod onet_files;
mod projections;
mod roles;
mod soc;
mod table;
mod wages;
mod write;
mod xlsx;

use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use crate::catalog::{CatalogFile, Element, ElementKind, Part, Problem, Projections, Role, Source};
pub use roles::SEED_ROLE_IDS;
pub use table::MAX_INPUT_BYTES;
pub use wages::MAX_INDUSTRIES;
pub use write::{check_output, to_ron, write_atomically};

/// The credit for the built-in US catalog: the attribution the O*NET licence (CC BY 4.0) asks
/// for, with the releases used, and the BLS sources. A literal, so `--version` can `concat!` it.
#[macro_export]
macro_rules! attribution {
    () => {
        "This product includes information from the O*NET 30.1 Database (skills and knowledge from \
the O*NET 29.3 Database) by the U.S. Department of Labor, Employment and Training Administration \
(USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. \
career-explorer has modified all or some of this information. USDOL/ETA has not approved, \
endorsed, or tested these modifications. BLS OEWS May 2025; BLS Employment Projections 2024–34: \
U.S. Bureau of Labor Statistics, public domain."
    };
}

pub const ATTRIBUTION: &str = attribution!();

const ONET_PUBLISHER: &str =
    "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)";
const BLS: &str = "U.S. Bureau of Labor Statistics";
const PUBLIC_DOMAIN: &str = "Public domain (U.S. government work)";

/// What to import.
#[derive(Debug, Clone, Default)]
pub struct OnetImport {
    /// Folders of O*NET files, text or Excel edition; a file is read from the first that has it.
    pub dirs: Vec<PathBuf>,
    /// OEWS national, cross-industry table (`national_M2025_dl`), CSV or `.xlsx`.
    pub wages: Option<PathBuf>,
    /// OEWS national table by industry (`natsector_M2025_dl`).
    pub wages_by_industry: Option<PathBuf>,
    /// OEWS table by state (`state_M2025_dl`).
    pub wages_by_state: Option<PathBuf>,
    /// BLS Employment Projections `occupation.xlsx` (table 1.2).
    pub projections: Option<PathBuf>,
    /// O*NET release of a folder with neither `Read Me.txt` nor a name like `db_30_1_text`.
    pub onet_version: Option<String>,
    /// Wage release, e.g. "BLS OEWS May 2025"; else taken from a file name like `..._M2025_...`.
    pub wages_release: Option<String>,
}

impl OnetImport {
    /// Every input, for checking that the output is none of them.
    pub fn inputs(&self) -> Vec<PathBuf> {
        let files = [
            &self.wages,
            &self.wages_by_industry,
            &self.wages_by_state,
            &self.projections,
        ];
        self.dirs
            .iter()
            .cloned()
            .chain(files.into_iter().flatten().cloned())
            .collect()
    }
}

/// An imported catalog with what was wrong in the input.
#[derive(Debug, Clone)]
pub struct Import {
    pub catalog: CatalogFile,
    /// `FILE:LINE:COL: what is wrong` (or `FILE: ...` for a whole file), in reading order.
    pub warnings: Vec<Problem>,
    pub stats: ImportStats,
}

impl Import {
    /// The catalog as RON, with the credit its sources ask for.
    pub fn to_ron(&self) -> Result<String, ron::Error> {
        to_ron(&self.catalog, &credit(&self.catalog.sources))
    }
}

/// Counts for the summary line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportStats {
    pub roles: usize,
    /// Roles with a wage record (national figures or industries).
    pub with_wages: usize,
    pub with_median: usize,
    /// Roles with hourly figures only.
    pub with_hourly: usize,
    /// Roles whose wages are those of a broader SOC code (sub-occupation, crosswalk, group).
    pub wages_from_broader_code: usize,
    pub with_by_industry: usize,
    /// Roles whose wage SOC code has figures by state.
    pub with_state_wages: usize,
    pub with_outlook: usize,
    /// Task statements over all roles.
    pub responsibilities: usize,
    pub with_skills: usize,
    pub with_knowledge: usize,
    pub with_work_styles: usize,
    pub with_technology: usize,
    pub with_education: usize,
    pub with_related: usize,
    /// Related occupations dropped because their code is not an imported role.
    pub related_dropped: usize,
    pub alternate_titles: usize,
    /// O*NET files read, and the known ones that were in no folder.
    pub files_read: Vec<String>,
    pub files_absent: Vec<String>,
}

impl fmt::Display for ImportStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} roles: {} with wages ({} with a median, {} hourly only, {} from a broader SOC code, \
             {} by industry, {} by state), {} with job outlook, {} responsibilities, {} with skills, \
             {} with knowledge, {} with work styles, {} with technology, {} with education, \
             {} with related roles, {} alternate titles",
            self.roles,
            self.with_wages,
            self.with_median,
            self.with_hourly,
            self.wages_from_broader_code,
            self.with_by_industry,
            self.with_state_wages,
            self.with_outlook,
            self.responsibilities,
            self.with_skills,
            self.with_knowledge,
            self.with_work_styles,
            self.with_technology,
            self.with_education,
            self.with_related,
            self.alternate_titles,
        )?;
        if !self.files_absent.is_empty() {
            write!(f, "; not in the folders: {}", self.files_absent.join(", "))?;
        }
        Ok(())
    }
}

/// Why an import could not run at all.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{}: not a folder", .0.display())]
    NotAFolder(PathBuf),
    #[error("{}: no \"Occupation Data.txt\" (or .xlsx) in this folder (expected the O*NET database files)", .0.display())]
    NoOccupationData(PathBuf),
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {message}", path.display())]
    Input { path: PathBuf, message: String },
    #[error("{file}: missing column {columns}; cannot import occupations without it")]
    MissingColumns { file: String, columns: String },
}

/// Imports the O*NET folder `dir`, with OEWS wages when given. See [`import`].
pub fn import_onet(
    dir: &Path,
    wages: Option<&Path>,
    wages_by_industry: Option<&Path>,
) -> Result<Import, ImportError> {
    import(&OnetImport {
        dirs: vec![dir.to_path_buf()],
        wages: wages.map(Path::to_path_buf),
        wages_by_industry: wages_by_industry.map(Path::to_path_buf),
        ..OnetImport::default()
    })
}

/// Builds a catalog: one role per row of `Occupation Data`, completed from every other known
/// O*NET file that is present, and from the BLS tables joined on the SOC code.
pub fn import(options: &OnetImport) -> Result<Import, ImportError> {
    let mut w = table::Warnings::default();
    let data = onet::read(&options.dirs, options.onet_version.as_deref(), &mut w)?;
    let national = read_optional(&options.wages, &mut w, oews::read_national)?;
    let by_industry = read_optional(&options.wages_by_industry, &mut w, oews::read_by_industry)?;
    let by_state = read_optional(&options.wages_by_state, &mut w, oews::read_by_state)?;
    let mark = w.mark();
    let projections = options
        .projections
        .as_deref()
        .map(|p| projections::read(p, &mut w))
        .transpose()?;
    w.settle(mark);

    let ids = roles::assign_ids(&data.occupations);
    let release = options
        .wages_release
        .clone()
        .or_else(|| national.as_ref().and_then(|t| t.release.name.clone()))
        .or_else(|| by_industry.as_ref().and_then(|t| t.release.name.clone()))
        .unwrap_or_else(|| "BLS OEWS".to_string());
    let sources_of_roles = roles::Sources {
        data: &data,
        id_of: data
            .occupations
            .iter()
            .zip(&ids)
            .map(|(o, id)| (o.code.as_str(), id.as_str()))
            .collect(),
        wages: wages::WageTables {
            national: national.as_ref(),
            by_industry: by_industry.as_ref(),
            release: &release,
        },
        projections: projections.as_ref(),
    };
    let mut stats = ImportStats {
        files_read: data.files_read.clone(),
        files_absent: data.files_absent.clone(),
        ..ImportStats::default()
    };
    let roles: Vec<Role> = data
        .occupations
        .iter()
        .zip(&ids)
        .map(|(occupation, id)| roles::build_role(occupation, id, &sources_of_roles, &mut stats))
        .collect();
    stats.roles = roles.len();

    let state_wages = by_state.as_ref().map(|table| {
        let socs: BTreeSet<String> = roles
            .iter()
            .filter(|r| r.wages.is_some())
            .filter_map(|r| r.wage_soc().map(str::to_string))
            .collect();
        let state_release = options
            .wages_release
            .clone()
            .or_else(|| table.release.name.clone())
            .unwrap_or_else(|| release.clone());
        wages::state_table(table, &socs, &state_release)
    });
    if let Some(table) = &state_wages {
        stats.with_state_wages = roles
            .iter()
            .filter(|r| r.wages.is_some())
            .filter_map(|r| r.wage_soc())
            .filter(|soc| table.occupations.iter().any(|o| o.soc == *soc))
            .count();
    }

    let mut sources = onet_sources(&data);
    let has_wages = national.is_some() || by_industry.is_some();
    if has_wages || state_wages.is_some() {
        let mut parts = Vec::new();
        if has_wages {
            parts.push(Part::Wages);
        }
        if state_wages.is_some() {
            parts.push(Part::StateWages);
        }
        sources.push(Source {
            name: "Occupational Employment and Wage Statistics (OEWS)".into(),
            publisher: Some(BLS.into()),
            version: Some(
                state_wages
                    .as_ref()
                    .filter(|_| !has_wages)
                    .map_or_else(|| release.clone(), |t| t.release.clone()),
            ),
            url: Some("https://www.bls.gov/oes/".into()),
            licence: Some(PUBLIC_DOMAIN.into()),
            parts,
            ..Source::default()
        });
    }
    if let Some(table) = &projections {
        sources.push(Source {
            name: "Employment Projections".into(),
            publisher: Some(BLS.into()),
            version: Some(table.release.clone()),
            url: Some("https://www.bls.gov/emp/".into()),
            licence: Some(PUBLIC_DOMAIN.into()),
            parts: vec![Part::Outlook],
            ..Source::default()
        });
    }
    let mut title = "US occupations from O*NET".to_string();
    if has_wages {
        title.push_str(&format!(", with {release} wages"));
    }
    if let Some(table) = &projections {
        title.push_str(&format!(
            "{} {} job outlook",
            if has_wages { " and" } else { ", with" },
            table.release
        ));
    }
    let any = |f: fn(&Role) -> bool| roles.iter().any(f);
    let job_zones = if any(|r| r.job_zone.is_some()) {
        data.job_zone_reference.clone()
    } else {
        Vec::new()
    };
    Ok(Import {
        catalog: CatalogFile {
            title,
            sources,
            elements: elements(&data, &roles),
            job_zones,
            projections: projections.as_ref().map(|t| Projections {
                release: t.release.clone(),
                base_year: t.base_year,
                projected_year: t.projected_year,
                average_change: t.average_change,
            }),
            roles,
            comparisons: Vec::new(),
            skill_measure: None,
            state_wages,
        },
        warnings: w.into_problems(),
        stats,
    })
}

/// Reads an optional input; its warnings in position order.
fn read_optional<T>(
    path: &Option<PathBuf>,
    w: &mut table::Warnings,
    reader: fn(&Path, &mut table::Warnings) -> Result<T, ImportError>,
) -> Result<Option<T>, ImportError> {
    let mark = w.mark();
    let result = path.as_deref().map(|p| reader(p, w)).transpose();
    w.settle(mark);
    result
}

/// One O*NET source per release read, with the parts it provided, in reading order.
fn onet_sources(data: &onet_data::OnetData) -> Vec<Source> {
    let mut sources: Vec<Source> = Vec::new();
    for (part, release) in &data.releases {
        let version = Some(format!("O*NET {}", release.version));
        let source = match sources.iter_mut().find(|s| s.version == version) {
            Some(source) => source,
            None => {
                sources.push(Source {
                    name: "O*NET Database".into(),
                    publisher: Some(ONET_PUBLISHER.into()),
                    version,
                    url: Some("https://www.onetcenter.org/database.html".into()),
                    licence: Some("CC BY 4.0".into()),
                    ..Source::default()
                });
                sources.last_mut().expect("just pushed")
            }
        };
        if !source.parts.contains(part) {
            source.parts.push(*part);
        }
    }
    if sources.is_empty() {
        sources.push(Source {
            name: "O*NET Database".into(),
            publisher: Some(ONET_PUBLISHER.into()),
            url: Some("https://www.onetcenter.org/database.html".into()),
            licence: Some("CC BY 4.0".into()),
            ..Source::default()
        });
    }
    sources
}

/// The elements the roles rate, in O*NET's order, with what each measures.
fn elements(data: &onet_data::OnetData, roles: &[Role]) -> Vec<Element> {
    let mut out: Vec<Element> = Vec::new();
    let mut seen: HashMap<(ElementKind, String), ()> = HashMap::new();
    let describe = |id: &str| data.content_model.get(id).map(|(_, d)| d.clone());
    let rated = [
        (ElementKind::Skill, &data.skills),
        (ElementKind::Knowledge, &data.knowledge),
        (ElementKind::WorkStyle, &data.work_styles),
    ];
    for (kind, by_code) in rated {
        for occupation in &data.occupations {
            for (id, rated) in by_code.get(&occupation.code).into_iter().flatten() {
                if seen.insert((kind, rated.name.clone()), ()).is_none() {
                    out.push(Element {
                        kind,
                        name: rated.name.clone(),
                        id: Some(id.clone()),
                        description: describe(id),
                    });
                }
            }
        }
    }
    if roles.iter().any(|r| r.interests.is_some()) {
        for (i, (name, _)) in onet_data::RIASEC.iter().enumerate() {
            let id = format!("1.B.1.{}", (b'a' + i as u8) as char);
            out.push(Element {
                kind: ElementKind::Interest,
                name: name.to_string(),
                description: describe(&id),
                id: Some(id),
            });
        }
    }
    out
}

/// The credit a catalog's sources ask for: the O*NET licence's attribution with the releases
/// used, then the BLS sources.
pub fn credit(sources: &[Source]) -> String {
    let onet: Vec<&Source> = sources
        .iter()
        .filter(|s| s.name.starts_with("O*NET"))
        .collect();
    let mut text = String::new();
    if let Some((main, rest)) = onet.split_first() {
        let release = |s: &Source| {
            let version = s.version.as_deref().unwrap_or("O*NET");
            format!("{version} Database")
        };
        text.push_str(&format!(
            "This product includes information from the {}",
            release(main)
        ));
        for other in rest {
            let parts: Vec<&str> = other.parts.iter().map(|p| p.as_str()).collect();
            text.push_str(&format!(
                " ({} from the {})",
                join_and(&parts),
                release(other)
            ));
        }
        text.push_str(
            " by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). \
             Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. career-explorer \
             has modified all or some of this information. USDOL/ETA has not approved, endorsed, \
             or tested these modifications.",
        );
    }
    let bls: Vec<String> = sources
        .iter()
        .filter(|s| s.publisher.as_deref() == Some(BLS))
        .map(|s| s.version.clone().unwrap_or_else(|| s.name.clone()))
        .collect();
    if !bls.is_empty() {
        text.push_str(&format!(
            " {}: U.S. Bureau of Labor Statistics, public domain.",
            bls.join("; ")
        ));
    }
    text.trim().to_string()
}

fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
