//! Every text a catalog file holds, visited in one place: loading cleans each one and checks its
//! length against its limit, so a field added to the model is added here once.

use super::model::{CatalogFile, Role};

/// Names, titles, ids, codes, dates, labels: one line on a screen.
pub const MAX_NAME_CHARS: usize = 500;
/// Summaries, duties, responsibilities, examples, notes, descriptions. O*NET's longest
/// occupation description is 811 characters and its longest task 332.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// What part of a file a text belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    File,
    Source(usize),
    Role(usize),
    Comparison(usize),
    /// `state_wages.occupations[i]`: one SOC occupation's wages by state.
    StateWages(usize),
}

/// Where a text sits: `roles[3].hard_skills[2].example` is `Role(3)`, field `hard_skills`,
/// item 2, part `example`; `field` may be a path (`wages.by_industry`), and a part may be a
/// list (`technology[2].examples[5]`: part `examples`, part item 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub scope: Scope,
    pub field: &'static str,
    pub item: Option<usize>,
    pub part: Option<&'static str>,
    pub part_item: Option<usize>,
    /// The most characters the text may have.
    pub limit: usize,
}

impl Place {
    /// `summary`, `hard_skills[2].example`, `wages.release`: the path inside the scope.
    pub fn path(&self) -> String {
        let mut path = self.field.to_string();
        if let Some(item) = self.item {
            path.push_str(&format!("[{item}]"));
        }
        if let Some(part) = self.part {
            path.push('.');
            path.push_str(part);
        }
        if let Some(item) = self.part_item {
            path.push_str(&format!("[{item}]"));
        }
        path
    }
}

/// Calls `visit` with every text of `file` and where it sits, in file order.
pub fn visit(file: &mut CatalogFile, visit: &mut dyn FnMut(Place, &mut String)) {
    let mut v = Visitor {
        visit,
        scope: Scope::File,
    };
    v.name("title", &mut file.title);
    v.opt_name("skill_measure", &mut file.skill_measure);
    for (i, source) in file.sources.iter_mut().enumerate() {
        v.scope = Scope::Source(i);
        v.name("name", &mut source.name);
        v.opt_name("publisher", &mut source.publisher);
        v.opt_name("version", &mut source.version);
        v.opt_name("updated", &mut source.updated);
        v.opt_text("url", &mut source.url);
        v.opt_text("licence", &mut source.licence);
    }
    v.scope = Scope::File;
    for (k, element) in file.elements.iter_mut().enumerate() {
        v.part("elements", k, "name", MAX_NAME_CHARS, &mut element.name);
        if let Some(id) = &mut element.id {
            v.part("elements", k, "id", MAX_NAME_CHARS, id);
        }
        if let Some(description) = &mut element.description {
            v.part("elements", k, "description", MAX_TEXT_CHARS, description);
        }
    }
    for (k, zone) in file.job_zones.iter_mut().enumerate() {
        v.part("job_zones", k, "name", MAX_NAME_CHARS, &mut zone.name);
        for (part, text) in [
            ("experience", &mut zone.experience),
            ("education", &mut zone.education),
            ("training", &mut zone.training),
            ("examples", &mut zone.examples),
        ] {
            if let Some(text) = text {
                v.part("job_zones", k, part, MAX_TEXT_CHARS, text);
            }
        }
        if let Some(svp) = &mut zone.svp {
            v.part("job_zones", k, "svp", MAX_NAME_CHARS, svp);
        }
    }
    if let Some(projections) = &mut file.projections {
        let release = &mut projections.release;
        v.at(
            "projections",
            None,
            Some("release"),
            MAX_NAME_CHARS,
            release,
        );
    }
    for (i, r) in file.roles.iter_mut().enumerate() {
        v.scope = Scope::Role(i);
        v.name("id", &mut r.id);
        v.name("title", &mut r.title);
        v.opt_name("code", &mut r.code);
        v.opt_name("nearest_occupation", &mut r.nearest_occupation);
        v.opt_text("summary", &mut r.summary);
        v.texts("duties", &mut r.duties);
        v.texts("responsibilities", &mut r.responsibilities);
        for (k, skill) in r.hard_skills.iter_mut().enumerate() {
            v.part("hard_skills", k, "name", MAX_NAME_CHARS, &mut skill.name);
            if let Some(example) = &mut skill.example {
                v.part("hard_skills", k, "example", MAX_TEXT_CHARS, example);
            }
        }
        for (k, skill) in r.soft_skills.iter_mut().enumerate() {
            v.part("soft_skills", k, "name", MAX_NAME_CHARS, &mut skill.name);
            for (part, text) in [("why", &mut skill.why), ("example", &mut skill.example)] {
                if let Some(text) = text {
                    v.part("soft_skills", k, part, MAX_TEXT_CHARS, text);
                }
            }
        }
        occupation_texts(&mut v, r);
        for (k, employer) in r.employers.iter_mut().enumerate() {
            v.part("employers", k, "name", MAX_NAME_CHARS, &mut employer.name);
        }
        if let Some(top) = r.salary.as_mut().and_then(|s| s.top_industry.as_mut()) {
            v.at(
                "salary.top_industry",
                None,
                Some("industry"),
                MAX_NAME_CHARS,
                &mut top.industry,
            );
        }
        if let Some(wages) = &mut r.wages {
            v.at(
                "wages",
                None,
                Some("release"),
                MAX_NAME_CHARS,
                &mut wages.release,
            );
            for (k, industry) in wages.by_industry.iter_mut().enumerate() {
                v.part(
                    "wages.by_industry",
                    k,
                    "industry",
                    MAX_NAME_CHARS,
                    &mut industry.industry,
                );
                if let Some(naics) = &mut industry.naics {
                    v.part("wages.by_industry", k, "naics", MAX_NAME_CHARS, naics);
                }
            }
            if let Some(broader) = &mut wages.broader {
                let (code, title) = (&mut broader.code, &mut broader.title);
                v.at("wages.broader", None, Some("code"), MAX_NAME_CHARS, code);
                v.at("wages.broader", None, Some("title"), MAX_NAME_CHARS, title);
            }
        }
        if let Some(outlook) = &mut r.outlook {
            for (part, text) in [
                ("entry_education", &mut outlook.entry_education),
                ("work_experience", &mut outlook.work_experience),
                ("training", &mut outlook.training),
            ] {
                if let Some(text) = text {
                    v.at("outlook", None, Some(part), MAX_NAME_CHARS, text);
                }
            }
            if let Some(broader) = &mut outlook.broader {
                let (code, title) = (&mut broader.code, &mut broader.title);
                v.at("outlook.broader", None, Some("code"), MAX_NAME_CHARS, code);
                v.at(
                    "outlook.broader",
                    None,
                    Some("title"),
                    MAX_NAME_CHARS,
                    title,
                );
            }
        }
        if let Some(education) = &mut r.education {
            for (k, level) in education.levels.iter_mut().enumerate() {
                v.part(
                    "education.levels",
                    k,
                    "level",
                    MAX_NAME_CHARS,
                    &mut level.level,
                );
            }
        }
        if let Some(interests) = &mut r.interests {
            let code = &mut interests.code;
            v.at("interests", None, Some("code"), MAX_NAME_CHARS, code);
        }
        v.names("alternate_titles", &mut r.alternate_titles);
        v.names("related", &mut r.related);
        if let Some(types) = &mut r.types {
            v.names("types", types);
        }
        v.texts("notes", &mut r.notes);
    }
    for (i, c) in file.comparisons.iter_mut().enumerate() {
        v.scope = Scope::Comparison(i);
        v.name("role", &mut c.role);
        v.name("other", &mut c.other);
        v.opt_text("description", &mut c.description);
        v.names("role_skills", &mut c.role_skills);
        v.names("other_skills", &mut c.other_skills);
    }
    if let Some(table) = &mut file.state_wages {
        v.scope = Scope::File;
        let release = &mut table.release;
        v.at(
            "state_wages",
            None,
            Some("release"),
            MAX_NAME_CHARS,
            release,
        );
        for (k, state) in table.states.iter_mut().enumerate() {
            v.part(
                "state_wages.states",
                k,
                "code",
                MAX_NAME_CHARS,
                &mut state.code,
            );
            v.part(
                "state_wages.states",
                k,
                "name",
                MAX_NAME_CHARS,
                &mut state.name,
            );
        }
        for (i, occupation) in table.occupations.iter_mut().enumerate() {
            v.scope = Scope::StateWages(i);
            v.name("soc", &mut occupation.soc);
            v.name("title", &mut occupation.title);
            for (k, figures) in occupation.by_state.iter_mut().enumerate() {
                v.part("by_state", k, "state", MAX_NAME_CHARS, &mut figures.state);
            }
        }
    }
}

/// The texts of a role's O*NET fields (ratings, work styles, technology), in file order.
fn occupation_texts(v: &mut Visitor<'_>, r: &mut Role) {
    for (field, ratings) in [("skills", &mut r.skills), ("knowledge", &mut r.knowledge)] {
        for (k, rating) in ratings.iter_mut().enumerate() {
            v.part(field, k, "name", MAX_NAME_CHARS, &mut rating.name);
        }
    }
    for (k, style) in r.work_styles.iter_mut().enumerate() {
        v.part("work_styles", k, "name", MAX_NAME_CHARS, &mut style.name);
    }
    for (k, group) in r.technology.iter_mut().enumerate() {
        v.part(
            "technology",
            k,
            "category",
            MAX_NAME_CHARS,
            &mut group.category,
        );
        for (j, technology) in group.examples.iter_mut().enumerate() {
            let place = Place {
                scope: v.scope,
                field: "technology",
                item: Some(k),
                part: Some("examples"),
                part_item: Some(j),
                limit: MAX_NAME_CHARS,
            };
            (v.visit)(place, &mut technology.name);
        }
    }
}

struct Visitor<'v> {
    visit: &'v mut dyn FnMut(Place, &mut String),
    scope: Scope,
}

impl Visitor<'_> {
    fn at(
        &mut self,
        field: &'static str,
        item: Option<usize>,
        part: Option<&'static str>,
        limit: usize,
        text: &mut String,
    ) {
        let place = Place {
            scope: self.scope,
            field,
            item,
            part,
            part_item: None,
            limit,
        };
        (self.visit)(place, text);
    }

    fn name(&mut self, field: &'static str, text: &mut String) {
        self.at(field, None, None, MAX_NAME_CHARS, text);
    }

    fn opt_name(&mut self, field: &'static str, text: &mut Option<String>) {
        if let Some(text) = text {
            self.name(field, text);
        }
    }

    fn opt_text(&mut self, field: &'static str, text: &mut Option<String>) {
        if let Some(text) = text {
            self.at(field, None, None, MAX_TEXT_CHARS, text);
        }
    }

    fn part(
        &mut self,
        field: &'static str,
        item: usize,
        part: &'static str,
        limit: usize,
        text: &mut String,
    ) {
        self.at(field, Some(item), Some(part), limit, text);
    }

    fn list(&mut self, field: &'static str, limit: usize, texts: &mut [String]) {
        for (k, text) in texts.iter_mut().enumerate() {
            self.at(field, Some(k), None, limit, text);
        }
    }

    fn names(&mut self, field: &'static str, texts: &mut [String]) {
        self.list(field, MAX_NAME_CHARS, texts);
    }

    fn texts(&mut self, field: &'static str, texts: &mut [String]) {
        self.list(field, MAX_TEXT_CHARS, texts);
    }
}

/// The number of characters of `text` when it has more than `limit`.
pub fn over_limit(text: &str, limit: usize) -> Option<usize> {
    // A text of at most `limit` bytes has at most `limit` characters: no counting needed.
    if text.len() <= limit {
        return None;
    }
    let chars = text.chars().count();
    (chars > limit).then_some(chars)
}
