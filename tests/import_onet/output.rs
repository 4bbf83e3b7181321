//! The written catalog: compact RON through serde that reads back as the same catalog, JSON
//! with every key, and the `import onet` command's output file (atomic, never an input, the
//! old file's mode kept, nothing left behind when interrupted; inputs have a size cap).

use std::path::PathBuf;
use std::process::Command;

use career_explorer::catalog::{Catalog, parse_str};
use career_explorer::commands::import::{ImportArgs, ImportSource, OnetArgs, run};
use career_explorer::import::{self, ImportError, OnetImport};

use super::*;

#[test]
fn ron_output_is_compact_and_reads_back_as_the_same_catalog() {
    let import = import_all();
    let text = import.to_ron().unwrap();
    assert!(text.starts_with("// US occupations from O*NET"), "{text}");
    assert!(text.contains("\n#![enable(implicit_some)]\n(\n"));
    assert!(text.contains("O*NET® is a trademark of USDOL/ETA."));
    // Empty fields are left out; small records are tuples; nothing is escaped needlessly.
    for field in [
        "duties",
        "soft_skills",
        "employers",
        "salary",
        "types",
        "hard_skills",
    ] {
        assert!(
            !text.contains(&format!("\n      {field}:")),
            "{field} in the output"
        );
    }
    assert!(!text.contains("Some("));
    assert!(text.contains(
        "      skills: [(\"Critical Thinking\", 5.0), (\"Active Listening\", 4.25, 4.0), "
    ));
    assert!(text.contains("(\"44-45\", \"Retail Trade\", 405320, 86550, 106150)"));
    assert!(text.contains("examples: [(\"SAP\", true, true), (\"Oracle PeopleSoft\", true)]"));
    assert!(text.contains("summary: \"Play parts in stage"));
    assert!(text.contains("\"Direct or coordinate an organization's financial"));
    assert!(text.contains(r#"notes: [r#"BLS OEWS gives"#));
    let loaded = parse_str("fixture.ron", &text).expect("the output loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.file, import.catalog);
}

#[test]
fn json_has_every_key_of_a_role_even_when_empty() {
    let import = import_all();
    let empty = serde_json::to_value(role(&import.catalog, "air-crew-officers")).unwrap();
    let keys: Vec<&str> = empty
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for key in [
        "id",
        "title",
        "code",
        "nearest_occupation",
        "summary",
        "duties",
        "responsibilities",
        "task_types",
        "hard_skills",
        "soft_skills",
        "skills",
        "knowledge",
        "work_styles",
        "technology",
        "employers",
        "salary",
        "wages",
        "outlook",
        "education",
        "job_zone",
        "interests",
        "alternate_titles",
        "related",
        "related_tiers",
        "types",
        "notes",
    ] {
        assert!(keys.contains(&key), "{key} missing from {keys:?}");
    }
    assert_eq!(empty["outlook"], serde_json::Value::Null);
    assert_eq!(empty["skills"], serde_json::json!([]));
    let actors = serde_json::to_value(role(&import.catalog, "actors")).unwrap();
    let wages = &actors["wages"];
    assert_eq!(wages["median"], serde_json::Value::Null);
    assert_eq!(wages["broader"], serde_json::Value::Null);
    assert_eq!(wages["hourly"]["median"], serde_json::json!(29.05));
    assert_eq!(
        wages["by_industry"][0],
        serde_json::json!({"naics": "71", "industry": "Arts, Entertainment, and Recreation",
            "employment": 25610, "median": null, "mean": null})
    );
    let managers =
        serde_json::to_value(role(&import.catalog, "general-and-operations-managers")).unwrap();
    assert_eq!(
        managers["skills"][5],
        serde_json::json!({"name": "Programming", "importance": 1.0, "level": null})
    );
    assert_eq!(managers["outlook"]["label"], serde_json::json!("stable"));
    assert_eq!(
        managers["technology"][0]["examples"][1],
        serde_json::json!({"name": "Oracle PeopleSoft", "hot": true, "in_demand": false})
    );
}

fn onet_args(dirs: Vec<PathBuf>, output: PathBuf) -> OnetArgs {
    OnetArgs {
        wages: Some(oews("national_M2025_dl.csv")),
        wages_by_industry: Some(oews("natsector_M2025_dl.csv")),
        wages_by_state: None,
        projections: None,
        dirs,
        output,
        onet_version: None,
        wages_release: None,
    }
}

fn run_onet(args: OnetArgs) -> anyhow::Result<()> {
    run(&ImportArgs {
        source: ImportSource::Onet(args),
    })
}

fn names_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn run_writes_a_loadable_catalog_and_never_clobbers_on_failure() {
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("us.ron");
    run_onet(onet_args(vec![onet_text()], out.clone())).unwrap();
    let text = std::fs::read_to_string(&out).unwrap();
    let loaded = parse_str("us.ron", &text).unwrap();
    assert_eq!(loaded.file.roles.len(), 11);
    assert_eq!(
        names_in(out_dir.path()),
        ["us.ron"],
        "no temporary file is left behind"
    );

    // A failed import leaves the old file as it was.
    let empty = tempfile::tempdir().unwrap();
    assert!(run_onet(onet_args(vec![empty.path().to_path_buf()], out.clone())).is_err());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), text);
}

#[test]
fn the_output_is_never_one_of_the_inputs() {
    // Copies, so that a failure of this test cannot damage the fixtures.
    let dir = tempfile::tempdir().unwrap();
    let onet = dir.path().join("onet");
    std::fs::create_dir(&onet).unwrap();
    for name in ["Occupation Data.txt", "Task Statements.txt"] {
        std::fs::copy(onet_text().join(name), onet.join(name)).unwrap();
    }
    let wages = dir.path().join("national_M2025_dl.csv");
    std::fs::copy(oews("national_M2025_dl.csv"), &wages).unwrap();
    let before = std::fs::read(&wages).unwrap();
    let tasks = onet.join("Task Statements.txt");
    let tasks_before = std::fs::read(&tasks).unwrap();
    for output in [
        wages.clone(),
        onet.join("..").join("national_M2025_dl.csv"),
        tasks.clone(),
    ] {
        let mut args = onet_args(vec![onet.clone()], output.clone());
        args.wages = Some(wages.clone());
        let err = run_onet(args).unwrap_err().to_string();
        assert!(err.contains("is also an input"), "{output:?}: {err}");
    }
    assert_eq!(std::fs::read(&wages).unwrap(), before);
    assert_eq!(std::fs::read(&tasks).unwrap(), tasks_before);
}

#[cfg(unix)]
#[test]
fn the_output_keeps_the_mode_of_the_file_it_replaces() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("us.ron");
    std::fs::write(&out, "// old").unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
    run_onet(onet_args(vec![onet_text()], out.clone())).unwrap();
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("chief-executives")
    );
}

/// SIGTERM while the catalog is half written: the old file stays, no temporary file remains.
#[cfg(unix)]
#[test]
fn an_interrupted_write_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("us.ron");
    std::fs::write(&out, "// old").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_career-explorer"))
        .args(["import", "onet"])
        .arg(onet_text())
        .arg("-o")
        .arg(&out)
        .env("CAREER_EXPLORER_TEST_WRITE_PAUSE_MS", "60000")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the temporary file is there: the write is under way and paused halfway.
    // (The writer registers its clean-up before it creates the file: had it done so after, a
    // signal sent as soon as the file shows could end the process before its handler is in
    // place, leaving the file behind; that made this test fail now and then under load.)
    let mut tmp_seen = false;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while std::time::Instant::now() < deadline {
        if names_in(dir.path()).iter().any(|n| n.ends_with(".tmp")) {
            tmp_seen = true;
            break;
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let pid = child.id() as i32;
    // SAFETY: kill(2) on our own child.
    unsafe { libc::kill(pid, libc::SIGTERM) };
    let status = child.wait().unwrap();
    assert!(tmp_seen, "the write never started; status {status:?}");
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(status.signal(), Some(libc::SIGTERM), "{status:?}");
    assert_eq!(names_in(dir.path()), ["us.ron"]);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "// old");
}

#[cfg(unix)]
#[test]
fn an_endless_input_is_refused_at_the_size_cap() {
    let err = import::import(&OnetImport {
        dirs: vec![onet_text()],
        wages: Some("/dev/zero".into()),
        ..OnetImport::default()
    })
    .unwrap_err();
    assert!(matches!(err, ImportError::Input { .. }));
    assert_eq!(
        err.to_string(),
        "/dev/zero: larger than 256 MiB; inputs over that are refused"
    );
    // The same through the command, before anything is written.
    let dir = tempfile::tempdir().unwrap();
    let mut args = onet_args(vec![onet_text()], dir.path().join("out.ron"));
    args.projections = Some("/dev/zero".into());
    let err = run_onet(args).unwrap_err().to_string();
    assert!(err.contains("larger than 256 MiB"), "{err}");
    assert!(names_in(dir.path()).is_empty());
}

#[test]
fn the_command_names_its_inputs() {
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        args: ImportArgs,
    }
    let cli = Cli::try_parse_from([
        "x",
        "onet",
        "db_30_1_text",
        "db_29_3_excel",
        "--wages",
        "n.csv",
        "--wages-by-industry",
        "s.csv",
        "--wages-by-state",
        "st.csv",
        "--projections",
        "occupation.xlsx",
        "-o",
        "out.ron",
    ])
    .unwrap();
    let ImportSource::Onet(onet) = cli.args.source;
    assert_eq!(
        onet.dirs,
        [
            PathBuf::from("db_30_1_text"),
            PathBuf::from("db_29_3_excel")
        ]
    );
    assert_eq!(onet.wages_by_state, Some(PathBuf::from("st.csv")));
    assert_eq!(onet.projections, Some(PathBuf::from("occupation.xlsx")));
    assert_eq!(onet.output, PathBuf::from("out.ron"));
    assert!(
        Cli::try_parse_from(["x", "onet", "db"]).is_err(),
        "-o is required"
    );
    assert!(
        Cli::try_parse_from(["x", "onet", "-o", "out.ron"]).is_err(),
        "a folder is required"
    );
}

#[test]
fn an_imported_catalog_loads_with_the_seed_catalog() {
    let import = import_all();
    let text = import.to_ron().unwrap();
    let catalog = Catalog::from_loaded(vec![
        parse_str("roles.ron", include_str!("../../assets/roles.ron")).unwrap(),
        parse_str("imported.ron", &text).unwrap(),
    ])
    .unwrap();
    let origin = catalog.origin_of(catalog.index_of("actors").unwrap());
    assert_eq!(origin.job_zones.len(), 2);
    assert_eq!(origin.state_wages.as_ref().unwrap().occupations.len(), 4);
}
