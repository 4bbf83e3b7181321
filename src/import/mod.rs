//! Builds a catalog from public occupational data: the O*NET database text files ([`onet`])
//! and BLS OEWS wage tables saved as CSV ([`oews`]). Malformed rows become warnings naming
//! file and line; only a missing or unreadable input stops an import.

mod oews;
mod onet;

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;

use crate::catalog::{
    CatalogFile, Education, EducationShare, HardSkill, IndustryWages, Role, Source, Wages, slugify,
};
use oews::{IndustryTable, NationalTable, SocMatch};
use onet::{Occupation, OnetData};

/// The attribution the O*NET licence (CC BY 4.0) asks for, and the credit for the BLS wages.
/// Meant for `--version` and the README.
/// The attribution text as a literal, so `--version` can `concat!` it at compile time.
#[macro_export]
macro_rules! attribution {
    () => {
        "Occupation data: O*NET Database by the U.S. Department of Labor, \
Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 licence. \
career-explorer has selected and restructured this information; USDOL/ETA has not approved, \
endorsed, or tested these modifications. O*NET is a trademark of USDOL/ETA. \
Wage data: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), \
public domain."
    };
}

pub const ATTRIBUTION: &str = attribution!();

/// What imported skill bars measure: O*NET's importance scale (1–5) mapped onto 0–100.
pub const SKILL_MEASURE: &str = "O*NET importance, 0–100";

/// Ids of the seed catalog (`assets/roles.ron`); imported roles never take them, because ids
/// must be unique across every loaded catalog. A test keeps this list in step with the file.
pub const SEED_ROLE_IDS: &[&str] = &[
    "senior-operations-manager",
    "general-manager-of-operations",
    "group-manager",
    "area-manager",
    "performance-manager",
];

/// Skill bars kept per role: the most important ones (O*NET rates 35 skills for every role).
pub const MAX_SKILLS: usize = 10;
/// Related roles kept per role: O*NET's primary tiers hold 10 (plus 10 supplemental).
pub const MAX_RELATED: usize = 10;
/// Industries kept per role, largest employment first, so the catalog stays a sane size.
pub const MAX_INDUSTRIES: usize = 10;

/// What to import. [`import_onet`] is the short form with defaults.
#[derive(Debug, Clone, Default)]
pub struct OnetImport {
    /// Folder with the O*NET text files (`Occupation Data.txt`, ...).
    pub dir: PathBuf,
    /// OEWS national, cross-industry table (`national_M2025_dl.csv`).
    pub wages: Option<PathBuf>,
    /// OEWS national table by industry (`natsector_M2025_dl.csv`).
    pub wages_by_industry: Option<PathBuf>,
    /// O*NET release, e.g. "29.2"; else taken from a folder named like `db_29_2_text`.
    pub onet_version: Option<String>,
    /// Wage release, e.g. "BLS OEWS May 2025"; else taken from a file name like `..._M2025_...`.
    pub wages_release: Option<String>,
}

/// An imported catalog with what was wrong in the input.
#[derive(Debug, Clone)]
pub struct Import {
    pub catalog: CatalogFile,
    /// `FILE:LINE: what is wrong` (or `FILE: ...` for a whole file), in reading order.
    pub warnings: Vec<String>,
    pub stats: ImportStats,
}

/// Counts for the summary line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportStats {
    pub roles: usize,
    /// Roles with a wage record (national figures or industries).
    pub with_wages: usize,
    pub with_median: usize,
    /// Roles whose wages are those of a broader SOC code (sub-occupation, crosswalk, group).
    pub wages_from_broader_code: usize,
    pub with_by_industry: usize,
    /// Task statements over all roles.
    pub responsibilities: usize,
    pub with_skills: usize,
    pub with_education: usize,
    pub with_related: usize,
    /// Related occupations dropped because their code is not an imported role.
    pub related_dropped: usize,
    pub alternate_titles: usize,
    /// O*NET files read, and the known ones that were not in the folder.
    pub files_read: Vec<String>,
    pub files_absent: Vec<String>,
}

impl fmt::Display for ImportStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} roles: {} with wages ({} with a median, {} from a broader SOC code, {} by industry), \
             {} responsibilities, {} with skills, {} with education, {} with related roles, {} alternate titles",
            self.roles,
            self.with_wages,
            self.with_median,
            self.wages_from_broader_code,
            self.with_by_industry,
            self.responsibilities,
            self.with_skills,
            self.with_education,
            self.with_related,
            self.alternate_titles,
        )?;
        if !self.files_absent.is_empty() {
            write!(f, "; not in the folder: {}", self.files_absent.join(", "))?;
        }
        Ok(())
    }
}

/// Why an import could not run at all.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{}: not a folder", .0.display())]
    NotAFolder(PathBuf),
    #[error("{}: no \"Occupation Data.txt\" in this folder (expected the O*NET database text files)", .0.display())]
    NoOccupationData(PathBuf),
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{file}:1: missing column {columns}; cannot import occupations without it")]
    MissingColumns { file: String, columns: String },
}

/// Collects `FILE:LINE: message` warnings.
#[derive(Debug, Default)]
pub(crate) struct Warnings(Vec<(String, usize, String)>);

impl Warnings {
    pub(crate) fn at(&mut self, file: &str, line: usize, message: impl fmt::Display) {
        self.0.push((file.to_string(), line, message.to_string()));
    }

    /// A warning about a whole file, shown before its line warnings.
    pub(crate) fn file(&mut self, file: &str, message: impl fmt::Display) {
        self.at(file, 0, message);
    }

    /// Where the warnings of the next file will start.
    pub(crate) fn mark(&self) -> usize {
        self.0.len()
    }

    /// Puts the warnings since `mark` (one file's) in line order; a file is checked in passes.
    pub(crate) fn settle(&mut self, mark: usize) {
        self.0[mark..].sort_by_key(|(_, line, _)| *line);
    }

    fn into_lines(self) -> Vec<String> {
        self.0
            .into_iter()
            .map(|(file, line, message)| match line {
                0 => format!("{file}: {message}"),
                _ => format!("{file}:{line}: {message}"),
            })
            .collect()
    }
}

/// Imports the O*NET folder `dir`, with OEWS wages when given. See [`import`].
pub fn import_onet(
    dir: &Path,
    wages: Option<&Path>,
    wages_by_industry: Option<&Path>,
) -> Result<Import, ImportError> {
    import(&OnetImport {
        dir: dir.to_path_buf(),
        wages: wages.map(Path::to_path_buf),
        wages_by_industry: wages_by_industry.map(Path::to_path_buf),
        ..OnetImport::default()
    })
}

/// Builds a catalog: one role per row of `Occupation Data.txt`, completed from every other
/// known O*NET file that is present, and from the OEWS tables joined on the SOC code.
pub fn import(options: &OnetImport) -> Result<Import, ImportError> {
    let mut warnings = Warnings::default();
    let data = onet::read_folder(&options.dir, &mut warnings)?;
    let mark = warnings.mark();
    let national = match &options.wages {
        Some(path) => Some(oews::read_national(path, &mut warnings)?),
        None => None,
    };
    warnings.settle(mark);
    let mark = warnings.mark();
    let by_industry = match &options.wages_by_industry {
        Some(path) => Some(oews::read_by_industry(path, &mut warnings)?),
        None => None,
    };
    warnings.settle(mark);

    let ids = assign_ids(&data.occupations);
    let id_of: HashMap<&str, &str> = data
        .occupations
        .iter()
        .zip(&ids)
        .map(|(o, id)| (o.code.as_str(), id.as_str()))
        .collect();
    let release = options
        .wages_release
        .clone()
        .or_else(|| national.as_ref().and_then(|t| t.release.clone()))
        .or_else(|| by_industry.as_ref().and_then(|t| t.release.clone()))
        .unwrap_or_else(|| "BLS OEWS".to_string());
    let wage_tables = WageTables {
        national: national.as_ref(),
        by_industry: by_industry.as_ref(),
        release: &release,
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
        .map(|(occupation, id)| build_role(occupation, id, &data, &id_of, &wage_tables, &mut stats))
        .collect();
    stats.roles = roles.len();

    let onet_version = options
        .onet_version
        .clone()
        .or_else(|| onet::version_from_folder_name(&options.dir));
    let mut sources = vec![Source {
        name: "O*NET Database".into(),
        publisher: Some(
            "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)".into(),
        ),
        version: onet_version,
        updated: None,
        url: Some("https://www.onetcenter.org/database.html".into()),
        licence: Some("CC BY 4.0".into()),
    }];
    if national.is_some() || by_industry.is_some() {
        sources.push(Source {
            name: "Occupational Employment and Wage Statistics (OEWS)".into(),
            publisher: Some("U.S. Bureau of Labor Statistics".into()),
            version: Some(release.clone()),
            updated: None,
            url: Some("https://www.bls.gov/oes/".into()),
            licence: Some("Public domain (U.S. government work)".into()),
        });
    }
    let title = if sources.len() > 1 {
        format!("US occupations from O*NET, with {release} wages")
    } else {
        "US occupations from O*NET".to_string()
    };
    Ok(Import {
        catalog: CatalogFile {
            title,
            sources,
            skill_measure: roles
                .iter()
                .any(|r| !r.hard_skills.is_empty())
                .then(|| SKILL_MEASURE.to_string()),
            roles,
            comparisons: Vec::new(),
        },
        warnings: warnings.into_lines(),
        stats,
    })
}

struct WageTables<'a> {
    national: Option<&'a NationalTable>,
    by_industry: Option<&'a IndustryTable>,
    release: &'a str,
}

/// Role ids: the slug of the title. Deterministic when slugs collide: in code order the first
/// keeps the plain slug and later ones get their O*NET-SOC code appended; seed ids always do.
fn assign_ids(occupations: &[Occupation]) -> Vec<String> {
    let mut taken: HashSet<String> = SEED_ROLE_IDS.iter().map(|s| s.to_string()).collect();
    occupations
        .iter()
        .map(|o| {
            let slug = slugify(&o.title);
            let code = slugify(&o.code);
            let mut id = if slug.is_empty() {
                code.clone()
            } else if taken.contains(&slug) {
                format!("{slug}-{code}")
            } else {
                slug
            };
            // Only reachable with titles built to collide with a code-suffixed id.
            let base = id.clone();
            let mut n = 2;
            while taken.contains(&id) {
                id = format!("{base}-{n}");
                n += 1;
            }
            taken.insert(id.clone());
            id
        })
        .collect()
}

fn build_role(
    occupation: &Occupation,
    id: &str,
    data: &OnetData,
    id_of: &HashMap<&str, &str>,
    wages: &WageTables<'_>,
    stats: &mut ImportStats,
) -> Role {
    let code = occupation.code.as_str();
    let mut role = Role {
        id: id.to_string(),
        title: occupation.title.clone(),
        code: Some(occupation.code.clone()),
        summary: Some(occupation.description.clone()).filter(|d| !d.is_empty()),
        ..Role::default()
    };

    if let Some(tasks) = data.tasks.get(code) {
        let mut tasks: Vec<_> = tasks.iter().collect();
        // Core tasks first; the sort is stable, so file order holds within a type.
        tasks.sort_by_key(|t| t.kind);
        role.responsibilities = tasks.into_iter().map(|t| t.text.clone()).collect();
        stats.responsibilities += role.responsibilities.len();
    }

    if let Some(skills) = data.skills.get(code) {
        let mut skills: Vec<_> = skills.iter().filter(|s| s.relevant).collect();
        skills.sort_by(|a, b| b.share.total_cmp(&a.share));
        role.hard_skills = skills
            .into_iter()
            .take(MAX_SKILLS)
            .map(|s| HardSkill {
                name: s.name.clone(),
                share: s.share,
                example: None,
            })
            .collect();
        if !role.hard_skills.is_empty() {
            stats.with_skills += 1;
        }
    }

    if let Some(levels) = data.education.get(code) {
        let mut levels = levels.clone();
        levels.sort_by_key(|l| l.category);
        let levels: Vec<EducationShare> = levels
            .into_iter()
            .filter(|l| l.share > 0.0)
            .map(|l| EducationShare {
                level: onet::education_level(l.category).to_string(),
                share: l.share,
            })
            .collect();
        if !levels.is_empty() {
            role.education = Some(Education { levels });
            stats.with_education += 1;
        }
    }

    if let Some(related) = data.related.get(code) {
        let mut related: Vec<_> = related.iter().collect();
        related.sort_by_key(|r| (r.tier, r.index));
        for r in related {
            match id_of.get(r.code.as_str()) {
                Some(other) if *other != id => {
                    if role.related.len() < MAX_RELATED && !role.related.iter().any(|x| x == other)
                    {
                        role.related.push(other.to_string());
                    }
                }
                Some(_) => {}
                None => stats.related_dropped += 1,
            }
        }
        if !role.related.is_empty() {
            stats.with_related += 1;
        }
    }

    if let Some(titles) = data.alternate_titles.get(code) {
        let mut seen: HashSet<String> = HashSet::from([role.title.to_lowercase()]);
        for title in titles {
            if seen.insert(title.to_lowercase()) {
                role.alternate_titles.push(title.clone());
            }
        }
        stats.alternate_titles += role.alternate_titles.len();
    }

    if let Some((record, notes)) = wage_record(code, wages) {
        stats.with_wages += 1;
        stats.with_median += usize::from(record.median.is_some());
        stats.with_by_industry += usize::from(!record.by_industry.is_empty());
        stats.wages_from_broader_code += usize::from(notes.broader);
        role.notes.extend(notes.notes);
        role.wages = Some(record);
    }
    role
}

struct WageNotes {
    broader: bool,
    notes: Vec<String>,
}

/// The OEWS record of an O*NET occupation, joined on the SOC code (see [`oews::match_soc`]),
/// with notes saying when the figures belong to a broader code, are not published, or are
/// top-coded (`#`: left absent, named in a note, and the cap in `top_coded_at`).
fn wage_record(onet_code: &str, tables: &WageTables<'_>) -> Option<(Wages, WageNotes)> {
    let matched = match (tables.national, tables.by_industry) {
        (Some(national), _) => oews::match_soc(onet_code, |soc| national.rows.contains_key(soc)),
        (None, Some(industries)) => {
            oews::match_soc(onet_code, |soc| industries.rows.contains_key(soc))
        }
        (None, None) => None,
    }?;
    let soc = matched.soc();
    let national = tables.national.and_then(|t| t.rows.get(soc));
    let industries = tables.by_industry.and_then(|t| t.rows.get(soc));
    let cap = tables
        .national
        .and_then(|t| t.top_code_cap)
        .or(tables.by_industry.and_then(|t| t.top_code_cap));

    let mut wages = Wages {
        release: tables.release.to_string(),
        ..Wages::default()
    };
    let mut notes = Vec::new();
    // What BLS top-coded, in words: "the national median", "the mean in Mining".
    let mut top_coded: Vec<String> = Vec::new();
    let mut capped_cells = 0;
    if let Some(row) = national {
        let f = row.figures;
        wages.employment = f.employment.value();
        wages.mean = f.mean.value();
        wages.p10 = f.p10.value();
        wages.p25 = f.p25.value();
        wages.median = f.median.value();
        wages.p75 = f.p75.value();
        wages.p90 = f.p90.value();
        let pay = [
            ("mean", f.mean),
            ("10th percentile", f.p10),
            ("25th percentile", f.p25),
            ("median", f.median),
            ("75th percentile", f.p75),
            ("90th percentile", f.p90),
        ];
        let capped = names_of_top_coded(&pay);
        capped_cells += pay.iter().filter(|(_, c)| c.is_top_coded()).count();
        if !capped.is_empty() {
            top_coded.push(format!("the national {capped}"));
        } else if pay.iter().all(|(_, c)| c.value().is_none()) {
            notes
                .push("BLS OEWS publishes no annual wage figures for this occupation.".to_string());
        }
    }
    if let Some(rows) = industries {
        let mut rows: Vec<_> = rows.iter().collect();
        // Largest employment first, unpublished employment last, then by NAICS code.
        rows.sort_by(|a, b| {
            let key = |r: &oews::IndustryRow| r.employment.value().map(std::cmp::Reverse);
            match (key(a), key(b)) {
                (Some(x), Some(y)) => x.cmp(&y),
                (x, y) => y.is_some().cmp(&x.is_some()),
            }
            .then_with(|| a.naics.cmp(&b.naics))
        });
        for row in rows.into_iter().take(MAX_INDUSTRIES) {
            let cells = [("median", row.median), ("mean", row.mean)];
            let capped = names_of_top_coded(&cells);
            capped_cells += cells.iter().filter(|(_, c)| c.is_top_coded()).count();
            if !capped.is_empty() {
                top_coded.push(format!("the {capped} in {}", row.industry));
            }
            wages.by_industry.push(IndustryWages {
                naics: Some(row.naics.clone()),
                industry: row.industry.clone(),
                employment: row.employment.value(),
                median: row.median.value(),
                mean: row.mean.value(),
            });
        }
    }
    if !top_coded.is_empty() {
        wages.top_coded_at = cap;
        let bound = match cap {
            Some(cap) => format!("\"${} a year or more\"", thousands(cap)),
            None => "at or above its top-code cap".to_string(),
        };
        notes.push(format!(
            "BLS OEWS gives {} only as {bound} (top-coded), so {} left out.",
            join_and(&top_coded),
            if capped_cells == 1 {
                "it is"
            } else {
                "they are"
            },
        ));
    }

    let soc_title = national
        .map(|r| r.title.as_str())
        .or(industries
            .and_then(|rows| rows.first())
            .map(|r| r.occupation.as_str()))
        .unwrap_or("");
    let named = if soc_title.is_empty() {
        format!("SOC {soc}")
    } else {
        format!("SOC {soc} {soc_title}")
    };
    let broader = match &matched {
        SocMatch::Direct(_) if onet_code.ends_with(".00") => None,
        SocMatch::Direct(_) => Some(format!(
            "Wages are BLS OEWS figures for {named}, the broader SOC occupation that includes this O*NET occupation."
        )),
        SocMatch::Crosswalk(_) => Some(format!(
            "Wages are BLS OEWS figures for {named}: OEWS (SOC 2018) reports this occupation together with others under that code."
        )),
        SocMatch::Group(_) => Some(format!(
            "Wages are BLS OEWS figures for {named}, a broader group that includes this occupation."
        )),
    };
    let is_broader = broader.is_some();
    notes.splice(0..0, broader);
    Some((
        wages,
        WageNotes {
            broader: is_broader,
            notes,
        },
    ))
}

/// "median and mean" for the top-coded cells among `cells`.
fn names_of_top_coded(cells: &[(&str, oews::Cell)]) -> String {
    let names: Vec<String> = cells
        .iter()
        .filter(|(_, c)| c.is_top_coded())
        .map(|(n, _)| n.to_string())
        .collect();
    join_and(&names)
}

/// "a", "a and b", "a, b and c".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// 239200 → "239,200".
fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// Role fields that serde writes even when empty (the model keeps them in its JSON schema);
/// in a RON catalog an absent field means the same, so [`to_ron`] leaves them out.
const OMITTED_WHEN_EMPTY: &[&str] = &[
    "summary",
    "duties",
    "responsibilities",
    "hard_skills",
    "soft_skills",
    "employers",
    "salary",
    "education",
    "types",
];

/// Writes a catalog as pretty RON in the style of `assets/roles.ron`: `implicit_some`, one field
/// per line, small records (industries, education levels) on one line, empty role fields left out.
pub fn to_ron(catalog: &CatalogFile) -> Result<String, ron::Error> {
    let config = PrettyConfig::new()
        .struct_names(true)
        .indentor("    ")
        .new_line("\n")
        .depth_limit(5)
        .extensions(Extensions::IMPLICIT_SOME);
    let body = crate::catalog::model::compact(|| ron::ser::to_string_pretty(catalog, config))?;
    // Role fields sit at depth 3: CatalogFile( > roles: [ > Role( > field.
    let indent = " ".repeat(12);
    let omitted: HashSet<String> = OMITTED_WHEN_EMPTY
        .iter()
        .flat_map(|f| [format!("{indent}{f}: None,"), format!("{indent}{f}: [],")])
        .collect();
    let mut out = String::with_capacity(body.len() + 1024);
    out.push_str(&format!("// {}\n", catalog.title));
    out.push_str("// Generated by `career-explorer import onet` (scripts/fetch-public-data); do not edit by hand.\n");
    for line in wrap(ATTRIBUTION, 100) {
        out.push_str("// ");
        out.push_str(&line);
        out.push('\n');
    }
    for line in body.lines() {
        if !omitted.contains(line) {
            out.push_str(line);
            out.push('\n');
        }
    }
    Ok(out)
}

/// Greedy word wrap for comment lines.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let line = lines.last_mut().expect("never empty");
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occupation(code: &str, title: &str) -> Occupation {
        Occupation {
            code: code.into(),
            title: title.into(),
            description: String::new(),
        }
    }

    #[test]
    fn ids_are_slugs_made_unique_in_code_order() {
        let ids = assign_ids(&[
            occupation("11-1011.00", "Farm/Ranch Managers"),
            occupation("11-1011.03", "Farm Ranch Managers"),
            occupation("11-2011.00", "Area Manager"),
            occupation("11-3011.00", "***"),
        ]);
        assert_eq!(
            ids,
            [
                "farm-ranch-managers",
                "farm-ranch-managers-11-1011-03",
                "area-manager-11-2011-00",
                "11-3011-00",
            ]
        );
    }

    #[test]
    fn words() {
        assert_eq!(thousands(239_200), "239,200");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(999), "999");
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(join_and(&items(&["a"])), "a");
        assert_eq!(join_and(&items(&["a", "b", "c"])), "a, b and c");
    }

    #[test]
    fn attribution_wraps_at_word_boundaries() {
        for line in wrap(ATTRIBUTION, 100) {
            assert!(line.len() <= 100, "{line}");
        }
        assert_eq!(wrap(ATTRIBUTION, 100).join(" "), ATTRIBUTION);
    }
}
