//! The occupation groups of the Standard Occupational Classification (SOC 2018 major groups),
//! found from a role's occupation code: `29-1141.00` is in 29, Healthcare Practitioners and
//! Technical. Shared by the explorer's grouped role list and the command line.

use super::Role;

/// A SOC major group: its two-digit code and its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OccupationGroup {
    pub code: &'static str,
    pub title: &'static str,
}

const fn group(code: &'static str, title: &'static str) -> OccupationGroup {
    OccupationGroup { code, title }
}

/// Every major group, in code order.
pub const OCCUPATION_GROUPS: &[OccupationGroup] = &[
    group("11", "Management"),
    group("13", "Business and Financial Operations"),
    group("15", "Computer and Mathematical"),
    group("17", "Architecture and Engineering"),
    group("19", "Life, Physical, and Social Science"),
    group("21", "Community and Social Service"),
    group("23", "Legal"),
    group("25", "Educational Instruction and Library"),
    group("27", "Arts, Design, Entertainment, Sports, and Media"),
    group("29", "Healthcare Practitioners and Technical"),
    group("31", "Healthcare Support"),
    group("33", "Protective Service"),
    group("35", "Food Preparation and Serving Related"),
    group("37", "Building and Grounds Cleaning and Maintenance"),
    group("39", "Personal Care and Service"),
    group("41", "Sales and Related"),
    group("43", "Office and Administrative Support"),
    group("45", "Farming, Fishing, and Forestry"),
    group("47", "Construction and Extraction"),
    group("49", "Installation, Maintenance, and Repair"),
    group("51", "Production"),
    group("53", "Transportation and Material Moving"),
    group("55", "Military Specific"),
];

impl OccupationGroup {
    /// The group of an occupation code (`29-1141.00`, `29-1141`, or the group's own `29`);
    /// `None` for a code that is not a SOC code.
    pub fn of_code(code: &str) -> Option<&'static OccupationGroup> {
        let code = code.trim();
        let major = code.get(..2)?;
        match code.as_bytes().get(2) {
            None | Some(b'-') => {}
            Some(_) => return None,
        }
        OCCUPATION_GROUPS.iter().find(|g| g.code == major)
    }

    /// The group's place in code order (for sorting groups).
    pub fn position(&self) -> usize {
        OCCUPATION_GROUPS
            .iter()
            .position(|g| g.code == self.code)
            .unwrap_or(OCCUPATION_GROUPS.len())
    }
}

impl Role {
    /// The occupation group of the role's code; `None` when it has no SOC code (a career page's
    /// roles, say).
    pub fn occupation_group(&self) -> Option<&'static OccupationGroup> {
        OccupationGroup::of_code(self.code.as_deref()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_find_their_major_group() {
        let title = |code: &str| OccupationGroup::of_code(code).map(|g| g.title);
        assert_eq!(
            title("29-1141.00"),
            Some("Healthcare Practitioners and Technical")
        );
        assert_eq!(title("11-1011"), Some("Management"));
        assert_eq!(title("55"), Some("Military Specific"));
        assert_eq!(title(" 47-2111.00 "), Some("Construction and Extraction"));
        for not_soc in ["", "2", "12-1011.00", "291141", "x9-1141", "é-1"] {
            assert_eq!(title(not_soc), None, "{not_soc:?}");
        }
        assert_eq!(OCCUPATION_GROUPS.len(), 23);
        assert!(OCCUPATION_GROUPS.windows(2).all(|w| w[0].code < w[1].code));
        assert_eq!(OccupationGroup::of_code("13-2011").unwrap().position(), 1);
    }

    #[test]
    fn a_role_without_a_code_has_no_group() {
        let mut role = Role::default();
        assert_eq!(role.occupation_group(), None);
        role.code = Some("15-1252.00".into());
        assert_eq!(role.occupation_group().unwrap().code, "15");
    }
}
