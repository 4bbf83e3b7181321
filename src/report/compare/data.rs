//! The rows of a comparison built from what the roles hold (wages, outlook, education, job zone,
//! skills), for any number of roles side by side: the role first, each other role in a column
//! of its own, its differences measured against the role's.

use super::{Cell, CompareRow, Tone};
use crate::catalog::{Catalog, JobOutlook, Role, State, StateFigures, Wages};
use crate::report::{NOT_IN_SOURCE, count, dollars, dollars_signed, top_education};

/// A wage: yearly, or hourly for occupations the source publishes only by the hour.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Pay {
    Yearly(i64),
    Hourly(f64),
}

impl Pay {
    fn text(self, top_coded_at: Option<i64>) -> String {
        match self {
            Pay::Yearly(v) if Some(v) == top_coded_at => format!("{} or more", dollars(v)),
            Pay::Yearly(v) => dollars(v),
            Pay::Hourly(v) => format!("{} an hour", cents(v)),
        }
    }

    /// `self` against `base`, as a line and a tone: `+$1,200 a year`. Only like with like.
    fn difference(self, base: Pay) -> Option<(String, Tone)> {
        match (self, base) {
            (Pay::Yearly(v), Pay::Yearly(b)) if v == b => Some(("the same".into(), Tone::Neutral)),
            (Pay::Yearly(v), Pay::Yearly(b)) => Some((
                format!("{} a year", dollars_signed(v - b)),
                Tone::of(v.cmp(&b)),
            )),
            (Pay::Hourly(v), Pay::Hourly(b)) => {
                let d = v - b;
                let sign = if d > 0.0 {
                    "+"
                } else if d < 0.0 {
                    "-"
                } else {
                    ""
                };
                Some((
                    format!("{sign}{} an hour", cents(d.abs())),
                    Tone::of(v.total_cmp(&b)),
                ))
            }
            _ => None,
        }
    }
}

/// `$29.05`: dollars and cents, digits grouped by `dollars`.
fn cents(value: f64) -> String {
    let hundredths = (value * 100.0).round() as i64;
    format!(
        "{}.{:02}",
        dollars(hundredths / 100),
        (hundredths % 100).abs()
    )
}

fn national_median(wages: &Wages) -> Option<Pay> {
    wages.median.map(Pay::Yearly).or_else(|| {
        wages
            .hourly
            .as_ref()
            .and_then(|h| h.median)
            .map(Pay::Hourly)
    })
}

fn state_median(figures: &StateFigures) -> Option<Pay> {
    figures.median.map(Pay::Yearly).or_else(|| {
        figures
            .hourly
            .as_ref()
            .and_then(|h| h.median)
            .map(Pay::Hourly)
    })
}

/// `$68,940 – $137,470`, or the hourly range.
fn range(wages: &Wages) -> Option<String> {
    if let (Some(lo), Some(hi)) = (wages.p10, wages.p90) {
        let top = |v: i64| Pay::Yearly(v).text(wages.top_coded_at);
        return Some(format!("{} – {}", top(lo), top(hi)));
    }
    let hourly = wages.hourly.as_ref()?;
    Some(format!(
        "{} – {} an hour",
        cents(hourly.p10?),
        cents(hourly.p90?)
    ))
}

/// A state's figures for role `index`, from the wages by state of the role's own catalog.
pub fn state_figures<'a>(
    catalog: &'a Catalog,
    index: usize,
    state: &str,
) -> Option<&'a StateFigures> {
    let role = &catalog.roles[index];
    role.wages.as_ref()?;
    let table = catalog.origin_of(index).state_wages.as_ref()?;
    table.figures(role.wage_soc()?, state)
}

/// A row when any column has something to say; columns without a value say "not in source".
fn row(label: impl Into<String>, cells: Vec<Cell>) -> Option<CompareRow> {
    if cells.iter().all(|c| c.lines.is_empty()) {
        return None;
    }
    let cells = cells
        .into_iter()
        .map(|mut c| {
            if c.lines.is_empty() {
                c.lines.push(NOT_IN_SOURCE.to_string());
            }
            c
        })
        .collect();
    Some(CompareRow {
        label: label.into(),
        cells,
    })
}

/// A row of one plain value per column.
fn plain_row(label: &str, values: impl Iterator<Item = Option<String>>) -> Option<CompareRow> {
    row(
        label,
        values
            .map(|v| Cell::plain(v.into_iter().collect()))
            .collect(),
    )
}

/// A row of wages with each column's difference from the first: `$97,550` / `+$1,200 a year`.
fn pay_row(
    label: &str,
    pays: &[Option<Pay>],
    notes: &[Option<String>],
    top: Option<i64>,
) -> Option<CompareRow> {
    let base = pays.first().copied().flatten();
    let cells = pays
        .iter()
        .zip(notes)
        .enumerate()
        .map(|(i, (pay, note))| {
            let mut cell = Cell::plain(Vec::new());
            let Some(pay) = pay else {
                return cell;
            };
            cell.lines.push(pay.text(top));
            cell.lines.extend(note.clone());
            if let (true, Some(base)) = (i > 0, base) {
                if let Some((line, tone)) = pay.difference(base) {
                    cell.lines.push(line);
                    cell.tone = tone;
                }
            }
            cell
        })
        .collect();
    row(label, cells)
}

/// The rows for `roles` (indices into the catalog; the role first) that any of them has data
/// for: pay (and `state`'s pay), job outlook, education, job zone, skills.
pub fn data_rows(catalog: &Catalog, roles: &[usize], state: Option<&State>) -> Vec<CompareRow> {
    let all: Vec<&Role> = roles.iter().map(|&i| &catalog.roles[i]).collect();
    let wages: Vec<Option<&Wages>> = all.iter().map(|r| r.wages.as_ref()).collect();
    let outlook: Vec<Option<&JobOutlook>> = all.iter().map(|r| r.outlook.as_ref()).collect();
    let mut rows = Vec::new();

    // Pay. Figures of a broader occupation say whose they are.
    let broader: Vec<Option<String>> = wages
        .iter()
        .map(|w| Some(format!("(all {})", (*w)?.broader.as_ref()?.title)))
        .collect();
    let top = wages.iter().flatten().find_map(|w| w.top_coded_at);
    let medians: Vec<Option<Pay>> = wages.iter().map(|w| national_median(w.as_ref()?)).collect();
    rows.extend(pay_row("Median wage", &medians, &broader, top));
    if let Some(state) = state {
        let figures: Vec<Option<&StateFigures>> = roles
            .iter()
            .map(|&i| state_figures(catalog, i, &state.code))
            .collect();
        let top = roles
            .iter()
            .find_map(|&i| catalog.origin_of(i).state_wages.as_ref()?.top_coded_at);
        let medians: Vec<Option<Pay>> = figures.iter().map(|f| state_median(f.as_ref()?)).collect();
        // A figure the source top-coded is absent: it is at least the top.
        let medians: Vec<Option<Pay>> = medians
            .into_iter()
            .zip(&figures)
            .map(|(m, f)| m.or_else(|| f.filter(|f| f.top_coded).and(top).map(Pay::Yearly)))
            .collect();
        let none = vec![None; roles.len()];
        rows.extend(pay_row(
            &format!("Median wage, {}", state.name),
            &medians,
            &none,
            top,
        ));
    }
    rows.extend(plain_row(
        "10th–90th percentile",
        wages.iter().map(|w| range(w.as_ref()?)),
    ));
    rows.extend(plain_row(
        "Employment",
        wages
            .iter()
            .map(|w| w.and_then(|w| w.employment).map(count)),
    ));

    // Job outlook: the projected change in employment, labelled by `OutlookLabel::RULE`.
    let period = roles.iter().find_map(|&i| {
        let p = catalog.origin_of(i).projections.as_ref()?;
        Some(format!("{}–{}", p.base_year, p.projected_year % 100))
    });
    let change: Vec<Option<f64>> = outlook.iter().map(|o| (*o)?.percent_change).collect();
    let base = change.first().copied().flatten();
    let cells = outlook
        .iter()
        .zip(&change)
        .enumerate()
        .map(|(i, (o, c))| {
            let mut cell = Cell::plain(Vec::new());
            if let Some(c) = c {
                let label = o
                    .and_then(|o| o.label)
                    .map(|l| format!(" · {}", l.as_str()));
                cell.lines
                    .push(format!("{c:+.1}%{}", label.unwrap_or_default()));
                if let (true, Some(base)) = (i > 0, base) {
                    cell.tone = Tone::of(c.total_cmp(&base));
                }
            }
            cell
        })
        .collect();
    let label = match &period {
        Some(period) => format!("Outlook {period}"),
        None => "Outlook".to_string(),
    };
    rows.extend(row(label, cells));
    rows.extend(plain_row(
        "Openings a year",
        outlook
            .iter()
            .map(|o| o.and_then(|o| o.openings).map(count)),
    ));

    // Education: the entry level, the most common level, and where those differ, each role's
    // share of workers at every column's most common level (a level a role's data leaves out
    // is 0%: O*NET gives every level, the importer keeps those above zero).
    rows.extend(plain_row(
        "Entry education",
        outlook
            .iter()
            .map(|o| o.and_then(|o| o.entry_education.clone())),
    ));
    rows.extend(plain_row(
        "Most common education",
        all.iter().map(|r| top_education(r)),
    ));
    let mut tops: Vec<&str> = Vec::new();
    for role in &all {
        let levels = role.education.iter().flat_map(|e| &e.levels);
        if let Some(top) = levels.max_by(|a, b| a.share.total_cmp(&b.share)) {
            if !tops.contains(&top.level.as_str()) {
                tops.push(&top.level);
            }
        }
    }
    if tops.len() > 1 {
        for level in tops {
            rows.extend(plain_row(
                level,
                all.iter().map(|r| {
                    let levels = &r.education.as_ref()?.levels;
                    if levels.is_empty() {
                        return None;
                    }
                    let share = levels
                        .iter()
                        .find(|l| l.level == level)
                        .map_or(0.0, |l| l.share);
                    Some(share_text(share))
                }),
            ));
        }
    }

    rows.extend(plain_row(
        "Job Zone",
        roles.iter().map(|&i| {
            let zone = catalog.roles[i].job_zone?;
            let name = catalog
                .origin_of(i)
                .job_zones
                .iter()
                .find(|z| z.zone == zone)
                .map(|z| format!(": {}", z.name));
            Some(format!("{zone}{}", name.unwrap_or_default()))
        }),
    ));

    // Skills: the most important O*NET skills of each.
    let top_skills: Vec<Cell> = all
        .iter()
        .map(|r| {
            let mut skills: Vec<_> = r.skills.iter().collect();
            skills.sort_by(|a, b| b.importance.total_cmp(&a.importance));
            Cell::plain(skills.iter().take(3).map(|s| s.name.clone()).collect())
        })
        .collect();
    rows.extend(row("Most important skills", top_skills));
    rows
}

/// `56%`, `<1%` for a share under half a percent.
fn share_text(share: f64) -> String {
    if share > 0.0 && share < 0.5 {
        "<1% of workers".to_string()
    } else {
        format!("{share:.0}% of workers")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_in_cents_and_differences_like_with_like() {
        assert_eq!(cents(29.05), "$29.05");
        assert_eq!(cents(1234.5), "$1,234.50");
        assert_eq!(Pay::Hourly(29.05).text(None), "$29.05 an hour");
        assert_eq!(Pay::Yearly(239_200).text(Some(239_200)), "$239,200 or more");
        assert_eq!(
            Pay::Hourly(20.0).difference(Pay::Hourly(29.05)),
            Some(("-$9.05 an hour".to_string(), Tone::Less))
        );
        assert_eq!(
            Pay::Yearly(63_190).difference(Pay::Yearly(58_570)),
            Some(("+$4,620 a year".to_string(), Tone::More))
        );
        assert_eq!(Pay::Hourly(20.0).difference(Pay::Yearly(40_000)), None);
        assert_eq!(share_text(0.3), "<1% of workers");
        assert_eq!(share_text(55.92), "56% of workers");
    }
}
