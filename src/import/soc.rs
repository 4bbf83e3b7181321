//! Joining O*NET-SOC codes to the SOC codes BLS tables use (OEWS wages, Employment
//! Projections): the same fallback for every table.

/// How an O*NET-SOC code found its row in a BLS table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum SocMatch {
    /// The first 7 characters: `11-1011.03` → `11-1011`.
    Direct(String),
    /// O*NET keeps some pre-2018 SOC detail that BLS reports under one SOC 2018 code.
    Crosswalk(String),
    /// The BLS aggregate (or broad group) ending in 0: `13-1021` → `13-1020`.
    Group(String),
}

impl SocMatch {
    pub(crate) fn soc(&self) -> &str {
        match self {
            SocMatch::Direct(s) | SocMatch::Crosswalk(s) | SocMatch::Group(s) => s,
        }
    }

    /// True when the figures are those of a broader occupation than `onet_code`: an O*NET
    /// sub-occupation (`.01`), a crosswalked code or a group.
    pub(crate) fn is_broader(&self, onet_code: &str) -> bool {
        !matches!(self, SocMatch::Direct(_)) || !onet_code.ends_with(".00")
    }
}

/// O*NET-SOC 2019 codes that BLS (SOC 2018) reports under another detailed code.
const CROSSWALK: &[(&str, &str)] = &[
    ("21-1011", "21-1018"),
    ("21-1014", "21-1018"),
    ("25-2055", "25-2052"),
    ("25-2056", "25-2052"),
    ("25-9042", "25-9045"),
    ("25-9043", "25-9045"),
    ("25-9049", "25-9045"),
    ("51-2022", "51-2028"),
    ("51-2023", "51-2028"),
    ("53-1042", "53-1047"),
    ("53-1043", "53-1047"),
    ("53-1044", "53-1047"),
    ("53-1049", "53-1047"),
];

/// Joins an O*NET-SOC code to a BLS code for which `has` is true: the 6-digit SOC code itself,
/// else the fixed crosswalk, else the code with its last digit set to 0. The crosswalk comes
/// before the group because it names a detailed occupation, the group only a broader one.
pub(crate) fn match_soc(onet_code: &str, has: impl Fn(&str) -> bool) -> Option<SocMatch> {
    let soc = onet_code.get(..7)?;
    if has(soc) {
        return Some(SocMatch::Direct(soc.to_string()));
    }
    if let Some((_, to)) = CROSSWALK.iter().find(|(from, _)| *from == soc) {
        if has(to) {
            return Some(SocMatch::Crosswalk(to.to_string()));
        }
    }
    let group = format!("{}0", soc.get(..6)?);
    (group != soc && has(&group)).then_some(SocMatch::Group(group))
}

pub(crate) use crate::catalog::{is_onet_code, is_soc};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_direct_then_crosswalk_then_group() {
        let codes = ["11-1011", "13-1020", "21-1018", "21-1010"];
        let has = |c: &str| codes.contains(&c);
        assert_eq!(
            match_soc("11-1011.03", has),
            Some(SocMatch::Direct("11-1011".into()))
        );
        assert_eq!(
            match_soc("13-1022.00", has),
            Some(SocMatch::Group("13-1020".into()))
        );
        assert_eq!(
            match_soc("21-1011.00", has),
            Some(SocMatch::Crosswalk("21-1018".into()))
        );
        assert_eq!(match_soc("55-1011.00", has), None);
        assert_eq!(match_soc("short", has), None);
        assert!(!SocMatch::Direct("11-1011".into()).is_broader("11-1011.00"));
        assert!(SocMatch::Direct("11-1011".into()).is_broader("11-1011.03"));
        assert!(SocMatch::Group("13-1020".into()).is_broader("13-1022.00"));
    }
}
