//! Differential tests: each program in `tests/programs/` and `tests/realclock/` prints the same under coroviz as under CPython.
//!
//! For every `*.py` and `*.toml` scenario the harness runs the CPython oracle
//! (`python3 tests/oracle/vclock.py`, asyncio on a virtual clock) and `coroviz run FILE`,
//! then compares stdout (exactly), the exit code, and the last non-empty stderr line.
//! All mismatches are collected and reported together, with a diff of stdout.
//!
//! Environment:
//! - `COROVIZ_DIFF_FILTER=a,b` runs only programs whose file name contains `a` or `b`.
//! - `COROVIZ_DIFF_SELFTEST=1` runs the oracle on *both* sides instead of coroviz: a check of
//!   the harness itself (scenario parsing, script passing, comparison) that must always pass.
//! - `COROVIZ_DIFF_TIMEOUT=SECS` is the per-run deadline (default 30).
//!
//! Without `python3` on PATH the test prints `skipped: python3 not found` and passes.

#[allow(dead_code)] // each test crate uses its own part of the shared support module
mod support;

use std::fs;

use support::differential::{self, line_diff, Case, Options};

#[test]
fn programs_match_cpython() {
    if !support::python3_available() {
        println!("skipped: python3 not found");
        return;
    }
    let options = Options::from_env();
    let filter = std::env::var("COROVIZ_DIFF_FILTER").unwrap_or_default();
    let cases = corpus(&filter);
    assert!(
        !cases.is_empty(),
        "no programs in tests/programs match COROVIZ_DIFF_FILTER={filter:?}"
    );

    let scratch = std::env::temp_dir().join(format!("coroviz-diff-{}", std::process::id()));
    fs::create_dir_all(&scratch).expect("create a scratch directory");
    let outcomes = differential::run_all(&cases, &scratch, &options);
    let _ = fs::remove_dir_all(&scratch);

    let (failures, report) = differential::report(&cases, &outcomes);
    let against = options.against();
    if failures > 0 {
        panic!(
            "differential: {failures} of {} programs differ between python3 and {against}\n{report}",
            cases.len()
        );
    }
    println!(
        "differential: all {} programs print the same under python3 and {against}",
        cases.len()
    );
}

/// The corpus, sorted by file name, keeping names that contain any comma-separated filter
/// part: `tests/programs/` and the real-clock set `tests/realclock/` (named `realclock/NN_…`).
fn corpus(filter: &str) -> Vec<Case> {
    let parts: Vec<&str> = filter
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let tests = support::repo_root().join("tests");
    let mut cases = Vec::new();
    for (dir, prefix) in [("programs", ""), ("realclock", "realclock/")] {
        let dir = tests.join(dir);
        let mut found: Vec<Case> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| {
                matches!(
                    path.extension().and_then(|e| e.to_str()),
                    Some("py" | "toml")
                )
            })
            .filter_map(|path| {
                let name = format!("{prefix}{}", path.file_name()?.to_str()?);
                let wanted = parts.is_empty() || parts.iter().any(|p| name.contains(p));
                wanted.then(|| Case::file(name, path))
            })
            .collect();
        found.sort_by(|a, b| a.name.cmp(&b.name));
        cases.extend(found);
    }
    cases
}

#[test]
fn line_diff_marks_changed_lines() {
    let diff = line_diff("a\nb\nc\n", "a\nx\nc\n");
    assert!(diff.contains("-b"), "{diff}");
    assert!(diff.contains("+x"), "{diff}");
    assert!(diff.contains(" a"), "{diff}");
    let missing_newline = line_diff("a\n", "a");
    assert!(
        missing_newline.contains("(no newline at end)"),
        "{missing_newline}"
    );
}
