//! Tests of the model: compact records, the outlook rule, positions of types and tiers.

use super::compact::compact;
use super::*;

fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

#[test]
fn compact_records_read_back_in_either_form() {
    let rating = Rating {
        name: "Critical Thinking".into(),
        importance: 4.12,
        level: None,
    };
    let text = compact(|| ron::ser::to_string(&rating)).unwrap();
    assert_eq!(text, "(\"Critical Thinking\",4.12)");
    let named = ron::ser::to_string(&rating).unwrap();
    assert_eq!(
        named,
        "(name:\"Critical Thinking\",importance:4.12,level:None)"
    );
    for text in [
        text.as_str(),
        named.as_str(),
        "Rating(\"Critical Thinking\", 4.12, None)",
        "(importance: 4.12, name: \"Critical Thinking\")",
    ] {
        assert_eq!(
            ron_options().from_str::<Rating>(text).unwrap(),
            rating,
            "{text}"
        );
    }
    let with_level: Rating = ron_options().from_str("(\"Writing\", 3.0, 2.5)").unwrap();
    assert_eq!(with_level.level, Some(2.5));
    let json = serde_json::to_string(&rating).unwrap();
    assert_eq!(
        json,
        r#"{"name":"Critical Thinking","importance":4.12,"level":null}"#
    );
    assert_eq!(serde_json::from_str::<Rating>(&json).unwrap(), rating);
    assert_eq!(
        serde_json::from_str::<Rating>(r#"["Critical Thinking", 4.12]"#).unwrap(),
        rating
    );
}

#[test]
fn compact_records_say_what_is_wrong() {
    let err = |text: &str| {
        ron_options()
            .from_str::<Rating>(text)
            .unwrap_err()
            .code
            .to_string()
    };
    assert!(err("(\"Writing\")").contains("Rating as (name, importance, level)"));
    assert!(err("(\"Writing\", 1.0, 2.0, 3.0)").contains("4"));
    assert!(err("(name: \"Writing\")").contains("importance"));
    assert!(err("(name: \"W\", importance: 1.0, levle: 2.0)").contains("levle"));
    assert!(err("(name: \"W\", name: \"X\", importance: 1.0)").contains("name"));
}

#[test]
fn technology_flags_default_to_false() {
    let t: Technology = ron_options().from_str("(\"Python\", true)").unwrap();
    assert!(t.hot && !t.in_demand);
    let text = compact(|| ron::ser::to_string(&t)).unwrap();
    assert_eq!(text, "(\"Python\",true)");
    let plain = Technology {
        name: "Excel".into(),
        hot: false,
        in_demand: false,
    };
    assert_eq!(
        compact(|| ron::ser::to_string(&plain)).unwrap(),
        "(\"Excel\")"
    );
}

#[test]
fn outlook_rule_thresholds() {
    use OutlookLabel::*;
    let cases = [
        (25.0, GrowingFast),
        (10.0, GrowingFast),
        (9.9, Growing),
        (5.0, Growing),
        (4.9, Stable),
        (0.0, Stable),
        (-1.9, Stable),
        (-2.0, Declining),
        (-30.0, Declining),
    ];
    for (change, label) in cases {
        assert_eq!(OutlookLabel::for_change(change), label, "{change}");
    }
}

#[test]
fn task_types_and_related_tiers_by_position() {
    let role = Role {
        responsibilities: vec!["a".into(), "b".into(), "c".into(), "d".into()],
        task_types: Some(TaskTypes {
            core: 2,
            supplemental: 1,
        }),
        related: vec!["x".into(), "y".into(), "z".into()],
        related_tiers: Some(RelatedTiers {
            primary_short: 1,
            primary_long: 1,
        }),
        code: Some("29-1141.01".into()),
        ..Role::default()
    };
    let types: Vec<_> = (0..4).map(|i| role.task_type(i)).collect();
    assert_eq!(
        types,
        [
            Some(TaskType::Core),
            Some(TaskType::Core),
            Some(TaskType::Supplemental),
            None
        ]
    );
    let tiers: Vec<_> = (0..4).map(|i| role.related_tier(i)).collect();
    assert_eq!(
        tiers,
        [
            Some(RelatedTier::PrimaryShort),
            Some(RelatedTier::PrimaryLong),
            Some(RelatedTier::Supplemental),
            None
        ]
    );
    assert_eq!(role.soc_code(), Some("29-1141"));
    assert_eq!(role.wage_soc(), Some("29-1141"));
}

#[test]
fn credit_line_names_parts_of_a_second_release() {
    let source = |name: &str, version: &str, parts: Vec<Part>| Source {
        name: name.into(),
        version: Some(version.into()),
        parts,
        ..Source::default()
    };
    let sources = [
        source(
            "O*NET Database",
            "O*NET 30.1",
            vec![Part::Occupations, Part::Tasks],
        ),
        source(
            "O*NET Database",
            "O*NET 29.3",
            vec![Part::Skills, Part::Knowledge],
        ),
        source("OEWS", "BLS OEWS May 2025", vec![Part::Wages]),
    ];
    assert_eq!(
        credit_line(&sources),
        "O*NET 30.1; skills and knowledge O*NET 29.3; BLS OEWS May 2025"
    );
    assert_eq!(
        source_of(&sources, Part::Knowledge)
            .unwrap()
            .version
            .as_deref(),
        Some("O*NET 29.3")
    );
    assert!(source_of(&sources, Part::Outlook).is_none());
}
