//! The cache of `--data` catalogs: hits, stale and damaged entries, labels and pruning.

use super::*;

const SEED: &str = include_str!("../../assets/roles.ron");

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path
}

fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    found.sort();
    found
}

fn one_role(title: &str) -> String {
    format!("CatalogFile(title: \"T\", roles: [Role(id: \"a\", title: \"{title}\")])")
}

#[test]
fn the_second_run_reads_the_entry_and_gets_the_same_catalog_and_index() {
    let tmp = tempfile::tempdir().unwrap();
    let data = write(tmp.path(), "seed.ron", SEED);
    let cache = Cache::at(tmp.path().join("cache"));
    let parsed = Catalog::load(std::slice::from_ref(&data)).unwrap();
    let (first, first_index) = cache
        .catalog_and_index(std::slice::from_ref(&data))
        .unwrap();
    assert_eq!(entries(&tmp.path().join("cache")).len(), 1);
    let (second, second_index) = cache
        .catalog_and_index(std::slice::from_ref(&data))
        .unwrap();
    for catalog in [&first, &second] {
        assert_eq!(catalog.roles, parsed.roles);
        assert_eq!(catalog.comparisons, parsed.comparisons);
        assert_eq!(catalog.origins, parsed.origins);
    }
    assert_eq!(first_index, SearchIndex::build(&parsed));
    assert_eq!(second_index, first_index);
    assert_eq!(cache.index(&[data]).unwrap(), Some(first_index));
}

#[test]
fn an_entry_is_what_is_read_when_the_text_is_the_same() {
    let tmp = tempfile::tempdir().unwrap();
    let data = write(tmp.path(), "one.ron", &one_role("First"));
    let cache = Cache::at(tmp.path().join("cache"));
    // An entry for this text that holds another catalog: only a read of the entry gives it.
    let other = parse_str("x", &one_role("Other")).unwrap();
    let catalog = Catalog::from_loaded(vec![other.clone()]).unwrap();
    let key = text_key(&[one_role("First")]);
    cache.write(
        &key,
        &[CompiledFile::new(&other)],
        &SearchIndex::build(&catalog),
    );
    assert_eq!(cache.catalog(&[data]).unwrap().roles[0].title, "Other");
}

#[test]
fn an_edited_file_is_parsed_again() {
    let tmp = tempfile::tempdir().unwrap();
    let data = write(tmp.path(), "one.ron", &one_role("First"));
    let cache = Cache::at(tmp.path().join("cache"));
    assert_eq!(
        cache.catalog(std::slice::from_ref(&data)).unwrap().roles[0].title,
        "First"
    );
    write(tmp.path(), "one.ron", &one_role("Second"));
    assert_eq!(
        cache.catalog(std::slice::from_ref(&data)).unwrap().roles[0].title,
        "Second"
    );
    assert_eq!(entries(&tmp.path().join("cache")).len(), 2);
    // A catalog with problems is reported as ever, and nothing is cached for it.
    write(
        tmp.path(),
        "one.ron",
        "CatalogFile(title: \"T\", roles: [Role(id: \"A b\")])",
    );
    assert!(cache.catalog(&[data]).is_err());
    assert_eq!(entries(&tmp.path().join("cache")).len(), 2);
}

#[test]
fn a_damaged_entry_is_ignored_and_written_again() {
    let tmp = tempfile::tempdir().unwrap();
    let data = write(tmp.path(), "seed.ron", SEED);
    let cache = Cache::at(tmp.path().join("cache"));
    let good = cache.catalog(std::slice::from_ref(&data)).unwrap();
    let entry = entries(&tmp.path().join("cache")).remove(0);
    let whole = fs::read(&entry).unwrap();
    for damage in [
        |b: &mut Vec<u8>| b[HEADER + 10] ^= 0x55,
        |b: &mut Vec<u8>| b.truncate(b.len() / 2),
        |b: &mut Vec<u8>| b[10] ^= 1,
        |b: &mut Vec<u8>| b.truncate(3),
    ] {
        let mut bytes = whole.clone();
        damage(&mut bytes);
        fs::write(&entry, &bytes).unwrap();
        let again = cache.catalog(std::slice::from_ref(&data)).unwrap();
        assert_eq!(again.roles, good.roles);
        assert_eq!(
            fs::read(&entry).unwrap(),
            whole,
            "the entry is written again"
        );
    }
}

#[test]
fn warnings_and_labels_follow_the_path_given_this_time() {
    let tmp = tempfile::tempdir().unwrap();
    let text = one_role("Bell\u{7}");
    let first = write(tmp.path(), "first.ron", &text);
    let second = write(tmp.path(), "second.ron", &text);
    let cache = Cache::at(tmp.path().join("cache"));
    let a = cache.catalog(&[first]).unwrap();
    let b = cache.catalog(std::slice::from_ref(&second)).unwrap();
    assert_eq!(
        entries(&tmp.path().join("cache")).len(),
        1,
        "same text, one entry"
    );
    assert_eq!(a.roles, b.roles);
    assert_eq!(b.warnings.len(), 1);
    assert_eq!(b.warnings[0].file, second.display().to_string());
    assert_eq!(b.origins[0].label, second.display().to_string());
}

#[test]
fn no_cache_and_an_unwritable_one_still_load() {
    let tmp = tempfile::tempdir().unwrap();
    let data = write(tmp.path(), "one.ron", &one_role("First"));
    assert_eq!(
        Cache::none()
            .catalog(std::slice::from_ref(&data))
            .unwrap()
            .roles
            .len(),
        1
    );
    // The cache folder is a file: nothing can be written, loading still works.
    let blocked = write(tmp.path(), "blocked", "");
    let cache = Cache::at(&blocked);
    assert_eq!(
        cache
            .catalog(std::slice::from_ref(&data))
            .unwrap()
            .roles
            .len(),
        1
    );
    assert_eq!(cache.index(&[data]).unwrap(), None);
    // No files: the built-in catalogs.
    assert_eq!(
        Cache::none().catalog(&[]).unwrap().roles.len(),
        Catalog::embedded().unwrap().roles.len()
    );
}

#[test]
fn only_the_newest_entries_are_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = Cache::at(tmp.path().join("cache"));
    for i in 0..KEEP + 3 {
        let data = write(tmp.path(), "one.ron", &one_role(&format!("Role {i}")));
        cache.catalog(&[data]).unwrap();
    }
    assert_eq!(entries(&tmp.path().join("cache")).len(), KEEP);
}
