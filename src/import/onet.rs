//! The O*NET database text files: tab-separated, one header line with the column names of the
//! O*NET data dictionary, CRLF or LF line ends. Columns are found by name, in any case.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::{ImportError, Warnings};
use crate::catalog::sanitize;

pub(crate) const OCCUPATION_DATA: &str = "Occupation Data.txt";
pub(crate) const TASK_STATEMENTS: &str = "Task Statements.txt";
pub(crate) const SKILLS: &str = "Skills.txt";
pub(crate) const EDUCATION: &str = "Education, Training, and Experience.txt";
pub(crate) const RELATED_OCCUPATIONS: &str = "Related Occupations.txt";
pub(crate) const ALTERNATE_TITLES: &str = "Alternate Titles.txt";

const CODE: &str = "O*NET-SOC Code";

/// The labels of the Required Level of Education (`RL`) categories 1–12.
const EDUCATION_LEVELS: [&str; 12] = [
    "Less than a High School Diploma",
    "High School Diploma",
    "Post-Secondary Certificate",
    "Some College Courses",
    "Associate's Degree",
    "Bachelor's Degree",
    "Post-Baccalaureate Certificate",
    "Master's Degree",
    "Post-Master's Certificate",
    "First Professional Degree",
    "Doctoral Degree",
    "Post-Doctoral Training",
];

/// The label of an `RL` category; callers only pass 1–12.
pub(crate) fn education_level(category: u8) -> &'static str {
    EDUCATION_LEVELS[usize::from(category.clamp(1, 12)) - 1]
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Occupation {
    pub code: String,
    pub title: String,
    pub description: String,
}

/// `Task Type`: core tasks sort before supplemental ones, and those before untyped (`n/a`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum TaskKind {
    Core,
    Supplemental,
    Untyped,
}

#[derive(Debug, Clone)]
pub(crate) struct Task {
    pub kind: TaskKind,
    pub text: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Skill {
    pub name: String,
    /// Importance (`IM`, 1–5) as 0–100.
    pub share: f64,
    /// False when the `LV` row marks the skill "Not Relevant" for the occupation.
    pub relevant: bool,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Level {
    pub category: u8,
    pub share: f64,
}

#[derive(Debug, Clone)]
pub(crate) struct Related {
    /// 0 Primary-Short, 1 Primary-Long, 2 Supplemental, 3 any other tier.
    pub tier: u8,
    pub index: u32,
    pub code: String,
}

/// Everything read from one O*NET folder, keyed by O*NET-SOC code.
#[derive(Debug, Default)]
pub(crate) struct OnetData {
    /// Sorted by code.
    pub occupations: Vec<Occupation>,
    pub tasks: HashMap<String, Vec<Task>>,
    pub skills: HashMap<String, Vec<Skill>>,
    pub education: HashMap<String, Vec<Level>>,
    pub related: HashMap<String, Vec<Related>>,
    pub alternate_titles: HashMap<String, Vec<String>>,
    pub files_read: Vec<String>,
    pub files_absent: Vec<String>,
}

/// Reads every known file in `dir`; only `Occupation Data.txt` is required.
pub(crate) fn read_folder(dir: &Path, w: &mut Warnings) -> Result<OnetData, ImportError> {
    let names = file_names(dir)?;
    let mut data = OnetData::default();
    let mark = w.mark();
    let occupations = open(dir, &names, OCCUPATION_DATA, w)?
        .ok_or_else(|| ImportError::NoOccupationData(dir.to_path_buf()))?;
    data.occupations = read_occupations(&occupations, w)?;
    w.settle(mark);
    data.files_read.push(OCCUPATION_DATA.to_string());
    let known: HashSet<String> = data.occupations.iter().map(|o| o.code.clone()).collect();

    type Reader =
        fn(&Tsv, &HashSet<String>, &mut OnetData, &mut Warnings) -> Result<(), Vec<String>>;
    let optional: [(&str, Reader); 5] = [
        (TASK_STATEMENTS, read_tasks),
        (SKILLS, read_skills),
        (EDUCATION, read_education),
        (RELATED_OCCUPATIONS, read_related),
        (ALTERNATE_TITLES, read_alternate_titles),
    ];
    for (name, read) in optional {
        let mark = w.mark();
        let Some(tsv) = open(dir, &names, name, w)? else {
            data.files_absent.push(name.to_string());
            continue;
        };
        match read(&tsv, &known, &mut data, w) {
            Ok(()) => data.files_read.push(name.to_string()),
            Err(missing) => w.at(
                &tsv.label,
                1,
                format!("missing column {}; file skipped", quoted(&missing)),
            ),
        }
        w.settle(mark);
    }
    Ok(data)
}

/// `db_29_2_text` (the folder of the official zip) → `29.2`.
pub(crate) fn version_from_folder_name(dir: &Path) -> Option<String> {
    let name = dir.file_name()?.to_str()?;
    let rest = name.strip_prefix("db_")?;
    let mut parts = rest.split('_');
    let (major, minor) = (parts.next()?, parts.next()?);
    let numeric = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (numeric(major) && numeric(minor)).then(|| format!("{major}.{minor}"))
}

/// File names in `dir`, by lower-case name, so `skills.txt` is found as `Skills.txt`.
fn file_names(dir: &Path) -> Result<HashMap<String, String>, ImportError> {
    if !dir.is_dir() {
        return Err(if dir.exists() {
            ImportError::NotAFolder(dir.to_path_buf())
        } else {
            ImportError::Read {
                path: dir.to_path_buf(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such folder"),
            }
        });
    }
    let read_error = |source| ImportError::Read {
        path: dir.to_path_buf(),
        source,
    };
    let mut names = HashMap::new();
    for entry in std::fs::read_dir(dir).map_err(read_error)? {
        let entry = entry.map_err(read_error)?;
        if let Ok(name) = entry.file_name().into_string() {
            names.insert(name.to_lowercase(), name);
        }
    }
    Ok(names)
}

/// One tab-separated file, decoded.
pub(crate) struct Tsv {
    /// The path as shown in warnings.
    pub label: String,
    text: String,
    /// Lower-case, trimmed column names.
    header: Vec<String>,
}

fn open(
    dir: &Path,
    names: &HashMap<String, String>,
    name: &str,
    w: &mut Warnings,
) -> Result<Option<Tsv>, ImportError> {
    let Some(actual) = names.get(&name.to_lowercase()) else {
        return Ok(None);
    };
    let path = dir.join(actual);
    let bytes = std::fs::read(&path).map_err(|source| ImportError::Read {
        path: path.clone(),
        source,
    })?;
    let label = path.display().to_string();
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let line = e.as_bytes()[..e.utf8_error().valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            w.at(&label, line, "not valid UTF-8; undecodable bytes replaced");
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    Ok(Some(Tsv::new(label, text)))
}

impl Tsv {
    pub(crate) fn new(label: String, text: String) -> Tsv {
        let first = text.split('\n').next().unwrap_or("");
        let first = first.strip_suffix('\r').unwrap_or(first);
        let first = first.strip_prefix('\u{feff}').unwrap_or(first);
        let header = first.split('\t').map(|c| c.trim().to_lowercase()).collect();
        Tsv {
            label,
            text,
            header,
        }
    }

    fn column(&self, name: &str) -> Option<usize> {
        let name = name.to_lowercase();
        self.header.iter().position(|c| *c == name)
    }

    /// Positions of the named columns; `Err` lists those that are missing.
    fn columns<const N: usize>(&self, names: [&str; N]) -> Result<[usize; N], Vec<String>> {
        let found = names.map(|n| self.column(n));
        let missing: Vec<String> = names
            .iter()
            .zip(&found)
            .filter(|(_, f)| f.is_none())
            .map(|(n, _)| n.to_string())
            .collect();
        if missing.is_empty() {
            Ok(found.map(|f| f.unwrap_or_default()))
        } else {
            Err(missing)
        }
    }

    /// Data rows as (line number, trimmed fields). Blank lines are skipped; a row whose field
    /// count differs from the header's is reported and skipped (a stray tab shifts every column).
    fn rows(&self, w: &mut Warnings) -> Vec<(usize, Vec<&str>)> {
        let mut rows = Vec::new();
        for (i, line) in self.text.split('\n').enumerate().skip(1) {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.trim().is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            if fields.len() != self.header.len() {
                w.at(
                    &self.label,
                    i + 1,
                    format!(
                        "malformed row: {} tab-separated fields, the header has {}; row skipped",
                        fields.len(),
                        self.header.len()
                    ),
                );
                continue;
            }
            rows.push((i + 1, fields));
        }
        rows
    }
}

fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `11-1011.00`: two digits, hyphen, four digits, dot, two digits.
fn is_onet_code(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 10
        && b[2] == b'-'
        && b[7] == b'.'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || i == 7 || c.is_ascii_digit())
}

/// Text from the file, trimmed and without control characters or escape sequences.
fn text(field: &str) -> String {
    sanitize::clean(field).trim().to_string()
}

/// Rows naming codes that are not in `Occupation Data.txt`: one warning per file, not per row.
#[derive(Default)]
struct UnknownCodes {
    count: usize,
    first_line: usize,
}

impl UnknownCodes {
    fn saw(&mut self, line: usize) {
        if self.count == 0 {
            self.first_line = line;
        }
        self.count += 1;
    }

    fn report(&self, label: &str, w: &mut Warnings) {
        if self.count > 0 {
            w.at(
                label,
                self.first_line,
                format!(
                    "{} row(s) from here on name an O*NET-SOC code that is not in {OCCUPATION_DATA}; ignored",
                    self.count
                ),
            );
        }
    }
}

/// Checks the code column of a row: `Some(code)` for a known occupation.
fn known_code<'a>(
    tsv: &Tsv,
    line: usize,
    code: &'a str,
    known: &HashSet<String>,
    unknown: &mut UnknownCodes,
    w: &mut Warnings,
) -> Option<&'a str> {
    if !is_onet_code(code) {
        w.at(
            &tsv.label,
            line,
            format!("{CODE} \"{code}\" is not a code like 11-1011.00; row skipped"),
        );
        None
    } else if !known.contains(code) {
        unknown.saw(line);
        None
    } else {
        Some(code)
    }
}

fn number(tsv: &Tsv, line: usize, column: &str, value: &str, w: &mut Warnings) -> Option<f64> {
    match value.parse::<f64>() {
        Ok(v) if v.is_finite() => Some(v),
        _ => {
            w.at(
                &tsv.label,
                line,
                format!("{column} \"{value}\" is not a number; row skipped"),
            );
            None
        }
    }
}

fn read_occupations(tsv: &Tsv, w: &mut Warnings) -> Result<Vec<Occupation>, ImportError> {
    let [code_at, title_at, description_at] =
        tsv.columns([CODE, "Title", "Description"])
            .map_err(|missing| ImportError::MissingColumns {
                file: tsv.label.clone(),
                columns: quoted(&missing),
            })?;
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut occupations = Vec::new();
    for (line, fields) in tsv.rows(w) {
        let code = fields[code_at];
        let title = text(fields[title_at]);
        if !is_onet_code(code) {
            w.at(
                &tsv.label,
                line,
                format!("{CODE} \"{code}\" is not a code like 11-1011.00; row skipped"),
            );
        } else if title.is_empty() {
            w.at(&tsv.label, line, "empty Title; row skipped");
        } else if let Some(first) = seen.get(code) {
            w.at(
                &tsv.label,
                line,
                format!("{CODE} {code} again (first on line {first}); row skipped"),
            );
        } else {
            seen.insert(code.to_string(), line);
            occupations.push(Occupation {
                code: code.to_string(),
                title,
                description: text(fields[description_at]),
            });
        }
    }
    occupations.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(occupations)
}

fn read_tasks(
    tsv: &Tsv,
    known: &HashSet<String>,
    data: &mut OnetData,
    w: &mut Warnings,
) -> Result<(), Vec<String>> {
    let [code_at, task_at, type_at] = tsv.columns([CODE, "Task", "Task Type"])?;
    let mut unknown = UnknownCodes::default();
    for (line, fields) in tsv.rows(w) {
        let Some(code) = known_code(tsv, line, fields[code_at], known, &mut unknown, w) else {
            continue;
        };
        let task = text(fields[task_at]);
        if task.is_empty() {
            w.at(&tsv.label, line, "empty Task; row skipped");
            continue;
        }
        let kind = match fields[type_at].to_lowercase().as_str() {
            "core" => TaskKind::Core,
            "supplemental" => TaskKind::Supplemental,
            _ => TaskKind::Untyped,
        };
        data.tasks
            .entry(code.to_string())
            .or_default()
            .push(Task { kind, text: task });
    }
    unknown.report(&tsv.label, w);
    Ok(())
}

fn read_skills(
    tsv: &Tsv,
    known: &HashSet<String>,
    data: &mut OnetData,
    w: &mut Warnings,
) -> Result<(), Vec<String>> {
    let [code_at, element_at, name_at, scale_at, value_at] =
        tsv.columns([CODE, "Element ID", "Element Name", "Scale ID", "Data Value"])?;
    let not_relevant_at = tsv.column("Not Relevant");
    let mut unknown = UnknownCodes::default();
    // (code, element id) → index in that code's skills, to apply the LV row's "Not Relevant".
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    let mut irrelevant: HashSet<(String, String)> = HashSet::new();
    for (line, fields) in tsv.rows(w) {
        let Some(code) = known_code(tsv, line, fields[code_at], known, &mut unknown, w) else {
            continue;
        };
        let key = (code.to_string(), fields[element_at].to_string());
        match fields[scale_at].to_uppercase().as_str() {
            "IM" => {
                let Some(value) = number(tsv, line, "Data Value", fields[value_at], w) else {
                    continue;
                };
                if !(1.0..=5.0).contains(&value) {
                    w.at(
                        &tsv.label,
                        line,
                        format!(
                            "Data Value {value} is outside the importance scale 1–5; row skipped"
                        ),
                    );
                    continue;
                }
                let name = text(fields[name_at]);
                if name.is_empty() {
                    w.at(&tsv.label, line, "empty Element Name; row skipped");
                    continue;
                }
                let skills = data.skills.entry(code.to_string()).or_default();
                if let Some(&i) = index.get(&key) {
                    w.at(
                        &tsv.label,
                        line,
                        format!(
                            "importance of {} {} given twice; the later one is kept",
                            key.0, key.1
                        ),
                    );
                    skills[i].share = importance_share(value);
                } else {
                    index.insert(key, skills.len());
                    skills.push(Skill {
                        name,
                        share: importance_share(value),
                        relevant: true,
                    });
                }
            }
            "LV" if not_relevant_at.is_some_and(|at| fields[at].eq_ignore_ascii_case("y")) => {
                irrelevant.insert(key);
            }
            _ => {}
        }
    }
    for key in irrelevant {
        if let (Some(&i), Some(skills)) = (index.get(&key), data.skills.get_mut(&key.0)) {
            skills[i].relevant = false;
        }
    }
    unknown.report(&tsv.label, w);
    Ok(())
}

/// Importance 1–5 as 0–100, to one decimal: (v − 1) / 4 × 100.
pub(crate) fn importance_share(value: f64) -> f64 {
    ((value - 1.0) / 4.0 * 1000.0).round() / 10.0
}

fn read_education(
    tsv: &Tsv,
    known: &HashSet<String>,
    data: &mut OnetData,
    w: &mut Warnings,
) -> Result<(), Vec<String>> {
    let [code_at, scale_at, category_at, value_at] =
        tsv.columns([CODE, "Scale ID", "Category", "Data Value"])?;
    let mut unknown = UnknownCodes::default();
    for (line, fields) in tsv.rows(w) {
        if !fields[scale_at].eq_ignore_ascii_case("RL") {
            continue;
        }
        let Some(code) = known_code(tsv, line, fields[code_at], known, &mut unknown, w) else {
            continue;
        };
        let category = match fields[category_at].parse::<u8>() {
            Ok(c @ 1..=12) => c,
            _ => {
                w.at(
                    &tsv.label,
                    line,
                    format!(
                        "Category \"{}\" is not a Required Level of Education category (1–12); row skipped",
                        fields[category_at]
                    ),
                );
                continue;
            }
        };
        let Some(share) = number(tsv, line, "Data Value", fields[value_at], w) else {
            continue;
        };
        if !(0.0..=100.0).contains(&share) {
            w.at(
                &tsv.label,
                line,
                format!("Data Value {share} is not a percentage (0–100); row skipped"),
            );
            continue;
        }
        let levels = data.education.entry(code.to_string()).or_default();
        if let Some(level) = levels.iter_mut().find(|l| l.category == category) {
            w.at(
                &tsv.label,
                line,
                format!("RL category {category} of {code} given twice; the later one is kept"),
            );
            level.share = share;
        } else {
            levels.push(Level { category, share });
        }
    }
    unknown.report(&tsv.label, w);
    Ok(())
}

fn read_related(
    tsv: &Tsv,
    known: &HashSet<String>,
    data: &mut OnetData,
    w: &mut Warnings,
) -> Result<(), Vec<String>> {
    let [code_at, related_at, tier_at, index_at] =
        tsv.columns([CODE, "Related O*NET-SOC Code", "Relatedness Tier", "Index"])?;
    let mut unknown = UnknownCodes::default();
    for (line, fields) in tsv.rows(w) {
        let Some(code) = known_code(tsv, line, fields[code_at], known, &mut unknown, w) else {
            continue;
        };
        let related = fields[related_at];
        if !is_onet_code(related) {
            w.at(
                &tsv.label,
                line,
                format!("Related O*NET-SOC Code \"{related}\" is not a code like 11-1011.00; row skipped"),
            );
            continue;
        }
        let Ok(index) = fields[index_at].parse::<u32>() else {
            w.at(
                &tsv.label,
                line,
                format!(
                    "Index \"{}\" is not a whole number; row skipped",
                    fields[index_at]
                ),
            );
            continue;
        };
        let tier = match fields[tier_at].to_lowercase().as_str() {
            "primary-short" => 0,
            "primary-long" => 1,
            "supplemental" => 2,
            _ => 3,
        };
        data.related
            .entry(code.to_string())
            .or_default()
            .push(Related {
                tier,
                index,
                code: related.to_string(),
            });
    }
    unknown.report(&tsv.label, w);
    Ok(())
}

fn read_alternate_titles(
    tsv: &Tsv,
    known: &HashSet<String>,
    data: &mut OnetData,
    w: &mut Warnings,
) -> Result<(), Vec<String>> {
    let [code_at, title_at] = tsv.columns([CODE, "Alternate Title"])?;
    let short_at = tsv.column("Short Title");
    let mut unknown = UnknownCodes::default();
    for (line, fields) in tsv.rows(w) {
        let Some(code) = known_code(tsv, line, fields[code_at], known, &mut unknown, w) else {
            continue;
        };
        let titles = data.alternate_titles.entry(code.to_string()).or_default();
        let short = short_at.map(|at| fields[at]);
        for title in [Some(fields[title_at]), short].into_iter().flatten() {
            let title = text(title);
            if !title.is_empty() && !title.eq_ignore_ascii_case("n/a") {
                titles.push(title);
            }
        }
    }
    unknown.report(&tsv.label, w);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn importance_is_normalised_to_percent() {
        assert_eq!(importance_share(1.0), 0.0);
        assert_eq!(importance_share(5.0), 100.0);
        assert_eq!(importance_share(4.12), 78.0);
        assert_eq!(importance_share(3.0), 50.0);
        assert_eq!(importance_share(2.88), 47.0);
    }

    #[test]
    fn codes() {
        assert!(is_onet_code("11-1011.00"));
        assert!(!is_onet_code("11-1011"));
        assert!(!is_onet_code("11-1011.0a"));
        assert!(!is_onet_code("111011.00x"));
    }

    #[test]
    fn version_from_official_folder_name() {
        assert_eq!(
            version_from_folder_name(Path::new("/x/db_29_2_text")).as_deref(),
            Some("29.2")
        );
        assert_eq!(
            version_from_folder_name(Path::new("db_30_1_text")).as_deref(),
            Some("30.1")
        );
        assert_eq!(version_from_folder_name(Path::new("onet")), None);
        assert_eq!(version_from_folder_name(Path::new("db_x_1_text")), None);
    }

    #[test]
    fn education_labels() {
        assert_eq!(education_level(1), "Less than a High School Diploma");
        assert_eq!(education_level(6), "Bachelor's Degree");
        assert_eq!(education_level(12), "Post-Doctoral Training");
    }

    #[test]
    fn rows_with_the_wrong_field_count_are_reported_with_their_line() {
        let tsv = Tsv::new(
            "f.txt".into(),
            "\u{feff}A\tB\r\n1\t2\r\n\r\n3\r\n4\t5\t6\r\n7\t8".into(),
        );
        let mut w = Warnings::default();
        let rows = tsv.rows(&mut w);
        let w = w.into_lines();
        assert_eq!(rows, vec![(2, vec!["1", "2"]), (6, vec!["7", "8"])]);
        assert_eq!(tsv.columns(["a", "B"]), Ok([0, 1]));
        assert_eq!(tsv.columns(["a", "C"]), Err(vec!["C".to_string()]));
        assert_eq!(
            w,
            [
                "f.txt:4: malformed row: 1 tab-separated fields, the header has 2; row skipped",
                "f.txt:5: malformed row: 3 tab-separated fields, the header has 2; row skipped",
            ]
        );
    }
}
