//! BLS figures of the model: job outlook (Employment Projections), hourly wages and wages by
//! state (OEWS). Every field that uses these types is optional.

use serde::{Deserialize, Serialize};

use super::compact::{compact_record, skip};

/// Projected employment and openings of an occupation. Figures are persons.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobOutlook {
    /// Employment in the base year (the catalog's `projections` say which).
    #[serde(default, skip_serializing_if = "skip")]
    pub employment: Option<i64>,
    /// Projected employment in the projected year.
    #[serde(default, skip_serializing_if = "skip")]
    pub projected_employment: Option<i64>,
    /// Projected change in employment (negative: a decline).
    #[serde(default, skip_serializing_if = "skip")]
    pub change: Option<i64>,
    /// Projected change in percent.
    #[serde(default, skip_serializing_if = "skip")]
    pub percent_change: Option<f64>,
    /// Openings per year on average over the period (growth plus replacement).
    #[serde(default, skip_serializing_if = "skip")]
    pub openings: Option<i64>,
    /// Typical education needed for entry, e.g. "Bachelor's degree".
    #[serde(default, skip_serializing_if = "skip")]
    pub entry_education: Option<String>,
    /// Work experience in a related occupation, e.g. "5 years or more".
    #[serde(default, skip_serializing_if = "skip")]
    pub work_experience: Option<String>,
    /// Typical on-the-job training, e.g. "Moderate-term on-the-job training".
    #[serde(default, skip_serializing_if = "skip")]
    pub training: Option<String>,
    /// The outlook in a word, from `percent_change` by [`OutlookLabel::RULE`].
    #[serde(default, skip_serializing_if = "skip")]
    pub label: Option<OutlookLabel>,
    /// Set when the figures are those of a broader occupation than the role.
    #[serde(default, skip_serializing_if = "skip")]
    pub broader: Option<SocOccupation>,
}

/// An outlook in a word, from the projected percent change in employment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutlookLabel {
    GrowingFast,
    Growing,
    Stable,
    Declining,
}

impl OutlookLabel {
    /// The rule, in words, for screens and documentation.
    pub const RULE: &'static str = "Outlook from the projected change in employment: growing fast \
        at +10% or more, growing from +5% to under +10%, stable between −2% and +5%, declining \
        at −2% or less (all occupations together: +3.1% for 2024–34).";

    /// The label of a percent change, by [`OutlookLabel::RULE`].
    pub fn for_change(percent: f64) -> OutlookLabel {
        if percent >= 10.0 {
            OutlookLabel::GrowingFast
        } else if percent >= 5.0 {
            OutlookLabel::Growing
        } else if percent > -2.0 {
            OutlookLabel::Stable
        } else {
            OutlookLabel::Declining
        }
    }

    /// "Growing fast", "Growing", "Stable", "Declining".
    pub fn as_str(self) -> &'static str {
        match self {
            OutlookLabel::GrowingFast => "Growing fast",
            OutlookLabel::Growing => "Growing",
            OutlookLabel::Stable => "Stable",
            OutlookLabel::Declining => "Declining",
        }
    }
}

/// Hourly wages in US dollars. `None` is "not available".
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HourlyWages {
    #[serde(default, skip_serializing_if = "skip")]
    pub mean: Option<f64>,
    #[serde(default, skip_serializing_if = "skip")]
    pub p10: Option<f64>,
    #[serde(default, skip_serializing_if = "skip")]
    pub p25: Option<f64>,
    #[serde(default, skip_serializing_if = "skip")]
    pub median: Option<f64>,
    #[serde(default, skip_serializing_if = "skip")]
    pub p75: Option<f64>,
    #[serde(default, skip_serializing_if = "skip")]
    pub p90: Option<f64>,
}

impl HourlyWages {
    /// The figures with their names, in the order of [`super::Wages`].
    pub fn figures(&self) -> [(&'static str, Option<f64>); 6] {
        [
            ("mean", self.mean),
            ("p10", self.p10),
            ("p25", self.p25),
            ("median", self.median),
            ("p75", self.p75),
            ("p90", self.p90),
        ]
    }
}

/// A SOC occupation: "29-1141", "Registered Nurses".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SocOccupation {
    pub code: String,
    pub title: String,
}

/// Wages by state and territory, each SOC occupation once.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StateWageTable {
    /// E.g. "BLS OEWS May 2025".
    pub release: String,
    /// The yearly wage the source top-codes figures at (a figure marked `top_coded` and absent
    /// is this much or more).
    #[serde(default, skip_serializing_if = "skip")]
    pub top_coded_at: Option<i64>,
    /// The states and territories, by postal code.
    pub states: Vec<State>,
    /// By SOC code, in code order.
    pub occupations: Vec<SocStateWages>,
}

impl StateWageTable {
    /// A state by postal code ("CA") or name ("california"), in any case.
    pub fn state(&self, query: &str) -> Option<&State> {
        let query = query.trim();
        self.states
            .iter()
            .find(|s| s.code.eq_ignore_ascii_case(query) || s.name.eq_ignore_ascii_case(query))
    }

    /// The figures of SOC occupation `soc` in the state with postal code `state`.
    pub fn figures(&self, soc: &str, state: &str) -> Option<&StateFigures> {
        let i = self
            .occupations
            .binary_search_by(|o| o.soc.as_str().cmp(soc))
            .ok()?;
        self.occupations[i]
            .by_state
            .iter()
            .find(|f| f.state == state)
    }
}

/// A state or territory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    /// Postal code, e.g. "CA".
    pub code: String,
    pub name: String,
}

/// One SOC occupation's wages in every state that has figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SocStateWages {
    /// SOC code, e.g. "29-1141" (see [`Role::wage_soc`]).
    pub soc: String,
    pub title: String,
    pub by_state: Vec<StateFigures>,
}

compact_record! {
    /// One state's figures, yearly US dollars. Compact RON:
    /// `(state, employment, mean, p10, p25, median, p75, p90, hourly, top_coded)`.
    pub struct StateFigures {
        /// Postal code, e.g. "CA".
        pub state: String,
        pub employment: Option<i64>,
        pub mean: Option<i64>,
        pub p10: Option<i64>,
        pub p25: Option<i64>,
        pub median: Option<i64>,
        pub p75: Option<i64>,
        pub p90: Option<i64>,
        /// Hourly figures, where the source publishes only those.
        pub hourly: Option<HourlyWages>,
        /// True when the source top-coded some figures: those are absent here and at least the
        /// table's `top_coded_at`.
        pub top_coded: bool,
    }
}

impl StateFigures {
    /// The yearly figures with their names, in the order of [`super::Wages`].
    pub fn figures(&self) -> [(&'static str, Option<i64>); 7] {
        [
            ("employment", self.employment),
            ("mean", self.mean),
            ("p10", self.p10),
            ("p25", self.p25),
            ("median", self.median),
            ("p75", self.p75),
            ("p90", self.p90),
        ]
    }
}
