//! Whole tracebacks, not just their last line: for programs whose frames are all their own
//! (no asyncio frames, whose lines differ), coroviz's stderr must equal CPython's exactly.
//! Exception groups are drawn in nested boxes; every character of them is checked here.
//!
//! Without `python3` on PATH the test prints `skipped: python3 not found` and passes.

#[allow(dead_code)] // each test crate uses its own part of the shared support module
mod support;

use std::process::Command;
use std::time::Duration;

const DEADLINE: Duration = Duration::from_secs(30);

#[test]
fn tracebacks_match_cpython_line_for_line() {
    if !support::python3_available() {
        println!("skipped: python3 not found");
        return;
    }
    let root = support::repo_root();
    let dir = root.join("tests").join("tracebacks");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/tracebacks")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no programs in tests/tracebacks");
    for name in names {
        let rel = format!("tests/tracebacks/{name}");
        let mut py = Command::new("python3");
        py.arg(&rel).current_dir(root);
        let mut cv = Command::new(env!("CARGO_BIN_EXE_coroviz"));
        cv.arg("run").arg(&rel).current_dir(root);
        // Both name the program by its absolute path (`__file__`), made from the same
        // current directory.
        let want = support::run_with_deadline(py, DEADLINE).expect("python3 runs");
        let got = support::run_with_deadline(cv, DEADLINE).expect("coroviz runs");
        assert_eq!(got.exit, want.exit, "{name}: exit code");
        assert_eq!(got.stdout, want.stdout, "{name}: stdout");
        assert_eq!(got.stderr, want.stderr, "{name}: stderr");
    }
}
