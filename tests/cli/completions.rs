//! Shell completions, as a shell uses them: the bash code is sourced in bash, which is asked
//! for the completions of a command line the way pressing Tab does.

use std::path::Path;

use super::*;

/// What bash offers for `words`, the last one being completed, with `data` as the catalog.
fn bash_completions(words: &[&str], data: &str) -> Vec<String> {
    let bin = assert_cmd::cargo::cargo_bin("career-explorer");
    let dir = bin.parent().unwrap();
    let script = cli().args(["completions", "bash"]).output().unwrap().stdout;
    let script_file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(script_file.path(), script).unwrap();
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        r#"source '{script}'
COMP_WORDS=({words})
COMP_CWORD={cword}
COMP_LINE="${{COMP_WORDS[*]}}"
COMP_POINT=${{#COMP_LINE}}
COMP_TYPE=9
_clap_complete_career_explorer career-explorer "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#,
        script = script_file.path().display(),
        words = quoted.join(" "),
        cword = words.len() - 1,
    );
    let path = std::env::join_paths(std::iter::once(dir.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let out = std::process::Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .env("PATH", path)
        .env("CAREER_EXPLORER_DATA", data)
        .env("CAREER_EXPLORER_CACHE", "")
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_subcommands_options_and_role_ids() {
    let complete = |words: &[&str]| bash_completions(words, SEED);
    let top = complete(&["career-explorer", "c"]);
    assert_eq!(top, ["check", "compare", "config", "completions"]);
    // Every subcommand's options: what a hyphenated program name broke.
    assert_eq!(complete(&["career-explorer", "show", "--f"]), ["--format"]);
    assert!(complete(&["career-explorer", "search", "--"]).contains(&"--kind".to_string()));
    assert_eq!(
        complete(&["career-explorer", "list", "--format", ""]),
        ["text", "json", "markdown"]
    );
    // Role ids, from the catalog a run would load.
    assert_eq!(
        complete(&["career-explorer", "show", "g"]),
        ["general-manager-of-operations", "group-manager"]
    );
    assert_eq!(
        complete(&["career-explorer", "compare", "area-manager", "se"]),
        ["senior-operations-manager"]
    );
    assert_eq!(
        complete(&["career-explorer", "render", "--role", "perf"]),
        ["performance-manager"]
    );
    // --data on the command line wins over the variable.
    let other = temp_catalog(MINIMAL);
    let path = other.path().display().to_string();
    let ids = bash_completions(&["career-explorer", "--data", &path, "show", ""], SEED);
    assert_eq!(ids[..2], ["a", "b"], "then the options: {ids:?}");
    assert!(!ids.contains(&"group-manager".to_string()), "{ids:?}");
}
