//! Markdown as every output writes it: escaping, and the shortlist the explorer exports. The
//! comparison's Markdown is in [`super::compare::markdown`].

use super::{NOT_IN_SOURCE, dollars, dollars_cents};
use crate::catalog::Catalog;

/// Escapes the characters Markdown would read as formatting.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The shortlist (the explorer's marked roles, `roles`) as a Markdown table: each role's median
/// wage, outlook and Job Zone, "not in source" where the catalog has none.
pub fn shortlist(catalog: &Catalog, roles: &[usize]) -> String {
    let count = match roles.len() {
        1 => "1 role".to_string(),
        n => format!("{n} roles"),
    };
    let mut out = format!(
        "# Shortlist ({count})\n\n| Role | id | Median wage | Outlook | Job Zone |\n|---|---|---|---|---|\n"
    );
    for &i in roles {
        let Some(role) = catalog.roles.get(i) else {
            continue;
        };
        let wages = role.wages.as_ref();
        let median = wages
            .and_then(|w| w.median.map(dollars))
            .or_else(|| {
                let hourly = wages?.hourly.as_ref()?.median?;
                Some(format!("{} an hour", dollars_cents(hourly)))
            })
            .unwrap_or_else(|| NOT_IN_SOURCE.to_string());
        let outlook = role
            .outlook
            .as_ref()
            .and_then(|o| {
                let change = o.percent_change?;
                let label = o.label.map(|l| format!(" · {}", l.as_str()));
                Some(format!("{change:+.1}%{}", label.unwrap_or_default()))
            })
            .unwrap_or_else(|| NOT_IN_SOURCE.to_string());
        let zone = role
            .job_zone
            .map_or(NOT_IN_SOURCE.to_string(), |z| z.to_string());
        out.push_str(&format!(
            "| {} | `{}` | {median} | {} | {zone} |\n",
            escape(&role.title),
            role.id.replace('`', ""),
            escape(&outlook)
        ));
    }
    out
}
