//! What each O*NET file holds, read from a [`Table`] of either edition. Rows are checked by one
//! helper ([`each_occupation_row`]): a malformed O*NET-SOC code is reported at its cell, codes
//! missing from `Occupation Data` are counted once per file; each reader then takes the columns
//! of its file, found by the data dictionary's names.

use std::collections::{HashMap, HashSet};

use super::onet::OnetFile;
use super::onet_data::{
    AlternateTitle, Level, Occupation, OnetData, RIASEC, Rated, RatedByCode, Related, Task,
    TaskKind, TechRow,
};
use super::soc::is_onet_code;
use super::table::{Row, Table, Warnings};
use crate::catalog::{JobZone, sanitize};

const CODE: &str = "O*NET-SOC Code";
/// Text from the file, trimmed and without control characters or escape sequences.
fn text(field: &str) -> String {
    sanitize::clean(field).trim().to_string()
}

/// Reads `Occupation Data`; `Err` lists missing columns.
pub(crate) fn read_occupations(
    table: &Table,
    w: &mut Warnings,
) -> Result<Vec<Occupation>, Vec<String>> {
    let [code_at, title_at, description_at] = table.columns([CODE, "Title", "Description"])?;
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut occupations = Vec::new();
    for row in table.rows() {
        let code = row.get(code_at);
        let title = text(row.get(title_at));
        if !is_onet_code(code) {
            table.warn(w, row, code_at, not_a_code(CODE, code));
        } else if title.is_empty() {
            table.warn(w, row, title_at, "empty Title; row skipped");
        } else if let Some(first) = seen.get(code) {
            table.warn(
                w,
                row,
                code_at,
                format!("{CODE} {code} again (first on line {first}); row skipped"),
            );
        } else {
            seen.insert(code.to_string(), row.line());
            occupations.push(Occupation {
                code: code.to_string(),
                title,
                description: text(row.get(description_at)),
            });
        }
    }
    occupations.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(occupations)
}

fn not_a_code(column: &str, code: &str) -> String {
    format!("{column} \"{code}\" is not a code like 11-1011.00; row skipped")
}

/// Reads any file but `Occupation Data` into `data`; `Err` lists missing columns.
pub(crate) fn read(
    file: OnetFile,
    table: &Table,
    known: &HashSet<String>,
    data: &mut OnetData,
    w: &mut Warnings,
) -> Result<(), Vec<String>> {
    match file {
        OnetFile::OccupationData => Ok(()),
        OnetFile::TaskStatements => read_tasks(table, known, data, w),
        OnetFile::Skills => read_rated(table, known, ["IM", "LV"], w).map(|r| data.skills = r),
        OnetFile::Knowledge => {
            read_rated(table, known, ["IM", "LV"], w).map(|r| data.knowledge = r)
        }
        OnetFile::WorkStyles => {
            read_rated(table, known, ["WI", "DR"], w).map(|r| data.work_styles = r)
        }
        OnetFile::TechnologySkills => read_technology(table, known, data, w),
        OnetFile::Education => read_education(table, known, data, w),
        OnetFile::JobZones => read_job_zones(table, known, data, w),
        OnetFile::Interests => read_interests(table, known, data, w),
        OnetFile::RelatedOccupations => read_related(table, known, data, w),
        OnetFile::AlternateTitles => read_alternate_titles(table, known, data, w),
        OnetFile::ReportedTitles => read_reported_titles(table, known, data, w),
        OnetFile::ContentModel => read_content_model(table, data),
        OnetFile::JobZoneReference => read_job_zone_reference(table, data, w),
    }
}

/// Calls `each` with every row whose O*NET-SOC code is an occupation of `Occupation Data`.
/// Malformed codes are reported at their cell; unknown ones once, with their count.
fn each_occupation_row<'t>(
    table: &'t Table,
    known: &HashSet<String>,
    w: &mut Warnings,
    mut each: impl FnMut(&'t Row, &'t str, &mut Warnings),
) -> Result<(), Vec<String>> {
    let [code_at] = table.columns([CODE])?;
    let mut unknown: Option<(&Row, usize)> = None;
    for row in table.rows() {
        let code = row.get(code_at);
        if !is_onet_code(code) {
            table.warn(w, row, code_at, not_a_code(CODE, code));
        } else if !known.contains(code) {
            let first = unknown.map_or(row, |(first, _)| first);
            unknown = Some((first, unknown.map_or(1, |(_, n)| n + 1)));
        } else {
            each(row, code, w);
        }
    }
    if let Some((first, count)) = unknown {
        table.warn(
            w,
            first,
            code_at,
            format!(
                "{count} row(s) from here on name an O*NET-SOC code that is not in Occupation Data; ignored"
            ),
        );
    }
    Ok(())
}

fn read_tasks(
    table: &Table,
    known: &HashSet<String>,
    data: &mut OnetData,
    w: &mut Warnings,
) -> Result<(), Vec<String>> {
    let [task_at, type_at] = table.columns(["Task", "Task Type"])?;
    each_occupation_row(table, known, w, |row, code, w| {
        let task = text(row.get(task_at));
        if task.is_empty() {
            table.warn(w, row, task_at, "empty Task; row skipped");
            return;
        }
        let kind = match row.get(type_at).to_lowercase().as_str() {
            "core" => TaskKind::Core,
            "supplemental" => TaskKind::Supplemental,
            _ => TaskKind::Untyped,
        };
        data.tasks
            .entry(code.to_string())
            .or_default()
            .push(Task { kind, text: task });
    })
}

/// The range of a scale: importance and level, work styles impact and distinctiveness rank.
fn scale_range(scale: &str) -> (f64, f64) {
    match scale {
        "IM" => (1.0, 5.0),
        "LV" => (0.0, 7.0),
        "WI" => (-3.0, 3.0),
        _ => (0.0, 10.0),
    }
}

/// Skills, Knowledge and Work Styles: one row per scale (`[first, second]`) and element.
fn read_rated(
    table: &Table,
    known: &HashSet<String>,
    scales: [&str; 2],
    w: &mut Warnings,
) -> Result<RatedByCode, Vec<String>> {
    let [element_at, name_at, scale_at, value_at] =
        table.columns(["Element ID", "Element Name", "Scale ID", "Data Value"])?;
    let not_relevant_at = table.column("Not Relevant");
    let mut out = RatedByCode::new();
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    each_occupation_row(table, known, w, |row, code, w| {
        let scale = row.get(scale_at).to_uppercase();
        let Some(slot) = scales.iter().position(|s| *s == scale) else {
            return;
        };
        let element = text(row.get(element_at));
        let name = text(row.get(name_at));
        if element.is_empty() || name.is_empty() {
            table.warn(
                w,
                row,
                name_at,
                "empty Element ID or Element Name; row skipped",
            );
            return;
        }
        let Some(value) = table.number(row, value_at, w) else {
            return;
        };
        let (low, high) = scale_range(&scale);
        if !(low..=high).contains(&value) {
            table.warn(
                w,
                row,
                value_at,
                format!(
                    "Data Value {value} is outside the {scale} scale {low}–{high}; row skipped"
                ),
            );
            return;
        }
        let ratings = out.entry(code.to_string()).or_default();
        let key = (code.to_string(), element.to_string());
        let i = *index.entry(key).or_insert_with(|| {
            ratings.push((
                element.to_string(),
                Rated {
                    name,
                    ..Rated::default()
                },
            ));
            ratings.len() - 1
        });
        let rated = &mut ratings[i].1;
        let not_relevant = not_relevant_at.is_some_and(|at| row.get(at).eq_ignore_ascii_case("y"));
        let target = if slot == 0 {
            &mut rated.value
        } else {
            &mut rated.second
        };
        if target.is_some() {
            table.warn(
                w,
                row,
                scale_at,
                format!("{scale} of {code} {element} given twice; the later one is kept"),
            );
        }
        // A level marked Not Relevant and a distinctiveness rank of 0 say "none".
        *target = match scale.as_str() {
            "LV" if not_relevant => None,
            "DR" if value == 0.0 => None,
            _ => Some(value),
        };
    })?;
    Ok(out)
}

fn read_technology(
    table: &Table,
    known: &HashSet<String>,
    data: &mut OnetData,
    w: &mut Warnings,
) -> Result<(), Vec<String>> {
    let [name_at, category_at] = table.columns(["Example", "Commodity Title"])?;
    let hot_at = table.column("Hot Technology");
    let demand_at = table.column("In Demand");
    let yes =
        |row: &Row, at: Option<usize>| at.is_some_and(|at| row.get(at).eq_ignore_ascii_case("y"));
    each_occupation_row(table, known, w, |row, code, w| {
        let name = text(row.get(name_at));
        let category = text(row.get(category_at));
        if name.is_empty() {
            table.warn(w, row, name_at, "empty Example; row skipped");
            return;
        }
        if category.is_empty() {
            table.warn(w, row, category_at, "empty Commodity Title; row skipped");
            return;
        }
        data.technology
            .entry(code.to_string())
            .or_default()
            .push(TechRow {
                name,
                category,
                hot: yes(row, hot_at),
                in_demand: yes(row, demand_at),
            });
    })
}

fn read_education(
    table: &Table,
    known: &HashSet<String>,
    data: &mut OnetData,
    w: &mut Warnings,
) -> Result<(), Vec<String>> {
    let [scale_at, category_at, value_at] =
        table.columns(["Scale ID", "Category", "Data Value"])?;
    each_occupation_row(table, known, w, |row, code, w| {
        if !row.get(scale_at).eq_ignore_ascii_case("RL") {
            return;
        }
        let category = match row.get(category_at).parse::<u8>() {
            Ok(c @ 1..=12) => c,
            _ => {
                table.warn(
                    w,
                    row,
                    category_at,
                    format!(
                        "Category \"{}\" is not a Required Level of Education category (1–12); row skipped",
                        row.get(category_at)
                    ),
                );
                return;
            }
        };
        let Some(share) = table.number(row, value_at, w) else {
            return;
        };
        if !(0.0..=100.0).contains(&share) {
            table.warn(
                w,
                row,
                value_at,
                format!("Data Value {share} is not a percentage (0–100); row skipped"),
            );
            return;
        }
        let levels = data.education.entry(code.to_string()).or_default();
        if let Some(level) = levels.iter_mut().find(|l| l.category == category) {
            table.warn(
                w,
                row,
                category_at,
                format!("RL category {category} of {code} given twice; the later one is kept"),
            );
            level.share = share;
        } else {
            levels.push(Level { category, share });
        }
    })
}

fn read_job_zones(
    table: &Table,
    known: &HashSet<String>,
    data: &mut OnetData,
    w: &mut Warnings,
) -> Result<(), Vec<String>> {
    let [zone_at] = table.columns(["Job Zone"])?;
    each_occupation_row(table, known, w, |row, code, w| {
        match row.get(zone_at).parse::<u8>() {
            Ok(zone @ 1..=5) => {
                data.job_zones.insert(code.to_string(), zone);
            }
            _ => table.warn(
                w,
                row,
                zone_at,
                format!("Job Zone \"{}\" is not 1–5; row skipped", row.get(zone_at)),
            ),
        }
    })
}

fn read_interests(
    table: &Table,
    known: &HashSet<String>,
    data: &mut OnetData,
    w: &mut Warnings,
) -> Result<(), Vec<String>> {
    let [name_at, scale_at, value_at] =
        table.columns(["Element Name", "Scale ID", "Data Value"])?;
    each_occupation_row(table, known, w, |row, code, w| {
        let scale = row.get(scale_at).to_uppercase();
        let name = row.get(name_at).to_lowercase();
        let slot = match scale.as_str() {
            "OI" => RIASEC
                .iter()
                .position(|(n, _)| n.eq_ignore_ascii_case(&name)),
            "IH" => ["first", "second", "third"]
                .iter()
                .position(|p| name.starts_with(p))
                .map(|i| 6 + i),
            _ => None,
        };
        let Some(slot) = slot else {
            return;
        };
        let Some(value) = table.number(row, value_at, w) else {
            return;
        };
        let profile = data.interests.entry(code.to_string()).or_default();
        if slot < 6 && (1.0..=7.0).contains(&value) {
            profile.scores[slot] = Some(value);
        } else if slot >= 6 && (0.0..=6.0).contains(&value) && value.fract() == 0.0 {
            profile.high_points[slot - 6] = value as u8;
        } else {
            table.warn(
                w,
                row,
                value_at,
                format!("Data Value {value} is outside the {scale} scale; row skipped"),
            );
        }
    })
}

fn read_related(
    table: &Table,
    known: &HashSet<String>,
    data: &mut OnetData,
    w: &mut Warnings,
) -> Result<(), Vec<String>> {
    let [related_at, tier_at, index_at] =
        table.columns(["Related O*NET-SOC Code", "Relatedness Tier", "Index"])?;
    each_occupation_row(table, known, w, |row, code, w| {
        let related = row.get(related_at);
        if !is_onet_code(related) {
            table.warn(
                w,
                row,
                related_at,
                not_a_code("Related O*NET-SOC Code", related),
            );
            return;
        }
        let Ok(index) = row.get(index_at).parse::<u32>() else {
            table.warn(
                w,
                row,
                index_at,
                format!(
                    "Index \"{}\" is not a whole number; row skipped",
                    row.get(index_at)
                ),
            );
            return;
        };
        let tier = match row.get(tier_at).to_lowercase().as_str() {
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
    })
}

fn read_alternate_titles(
    table: &Table,
    known: &HashSet<String>,
    data: &mut OnetData,
    w: &mut Warnings,
) -> Result<(), Vec<String>> {
    let [title_at] = table.columns(["Alternate Title"])?;
    let short_at = table.column("Short Title");
    let sources_at = table.column("Source(s)");
    let usable = |t: String| (!t.is_empty() && !t.eq_ignore_ascii_case("n/a")).then_some(t);
    each_occupation_row(table, known, w, |row, code, _| {
        let Some(title) = usable(text(row.get(title_at))) else {
            return;
        };
        let sources = sources_at.map_or(1, |at| {
            row.get(at)
                .split(',')
                .filter(|s| !s.trim().is_empty())
                .count()
        });
        data.alternate_titles
            .entry(code.to_string())
            .or_default()
            .push(AlternateTitle {
                title,
                short: short_at.and_then(|at| usable(text(row.get(at)))),
                sources,
            });
    })
}

fn read_reported_titles(
    table: &Table,
    known: &HashSet<String>,
    data: &mut OnetData,
    w: &mut Warnings,
) -> Result<(), Vec<String>> {
    let [title_at] = table.columns(["Reported Job Title"])?;
    let shown_at = table.column("Shown in My Next Move");
    each_occupation_row(table, known, w, |row, code, _| {
        let title = text(row.get(title_at));
        if !title.is_empty() {
            let shown = shown_at.is_some_and(|at| row.get(at).eq_ignore_ascii_case("y"));
            data.reported_titles
                .entry(code.to_string())
                .or_default()
                .push((title, shown));
        }
    })
}

fn read_content_model(table: &Table, data: &mut OnetData) -> Result<(), Vec<String>> {
    let [id_at, name_at, description_at] =
        table.columns(["Element ID", "Element Name", "Description"])?;
    for row in table.rows() {
        let id = row.get(id_at);
        if !id.is_empty() {
            data.content_model.insert(
                id.to_string(),
                (text(row.get(name_at)), text(row.get(description_at))),
            );
        }
    }
    Ok(())
}

fn read_job_zone_reference(
    table: &Table,
    data: &mut OnetData,
    w: &mut Warnings,
) -> Result<(), Vec<String>> {
    let [zone_at, name_at] = table.columns(["Job Zone", "Name"])?;
    let column = |name: &str| table.column(name);
    let [
        experience_at,
        education_at,
        training_at,
        examples_at,
        svp_at,
    ] = [
        "Experience",
        "Education",
        "Job Training",
        "Examples",
        "SVP Range",
    ]
    .map(column);
    for row in table.rows() {
        let Ok(zone @ 1..=5) = row.get(zone_at).parse::<u8>() else {
            table.warn(
                w,
                row,
                zone_at,
                format!("Job Zone \"{}\" is not 1–5; row skipped", row.get(zone_at)),
            );
            continue;
        };
        // "Job Zone Four: Considerable Preparation Needed" → the words after the colon.
        let name = text(row.get(name_at));
        let name = name
            .split_once(": ")
            .map_or(name.as_str(), |(_, n)| n)
            .to_string();
        let get = |at: Option<usize>| at.map(|at| text(row.get(at))).filter(|t| !t.is_empty());
        data.job_zone_reference.push(JobZone {
            zone,
            name,
            experience: get(experience_at),
            education: get(education_at),
            training: get(training_at),
            examples: get(examples_at),
            svp: get(svp_at).map(|s| s.trim_matches(['(', ')']).to_string()),
        });
    }
    data.job_zone_reference.sort_by_key(|z| z.zone);
    data.job_zone_reference.dedup_by_key(|z| z.zone);
    Ok(())
}
