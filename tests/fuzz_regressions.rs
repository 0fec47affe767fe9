//! The fuzz targets' inputs under plain `cargo test`, through the very checks each target
//! runs (`fuzz/src/checks.rs`, included here): no panic, a clear error naming the file for
//! bad input, the documented invariants for what loads, recordings that read back as
//! written, exports that parse as their formats.
//!
//! Inputs: each target's minimised corpus (`fuzz/corpus/TARGET/`; for `vm`, whose corpus is
//! the generator's raw bytes, some of its programs rendered as scenarios) and the inputs a
//! target once failed on (`tests/fuzz-regressions/TARGET/`), each with the outcome it must
//! have now in `NAME.expect` beside it: text the error must contain, or `ok`.

#[path = "../fuzz/src/checks.rs"]
mod checks;

use std::fs;
use std::path::{Path, PathBuf};

use checks::Watch;

/// An input, and what its outcome must contain when it is a kept finding.
struct Case {
    path: PathBuf,
    bytes: Vec<u8>,
    expect: Option<String>,
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.is_file() && p.extension().is_none_or(|x| x != "expect"))
        .collect();
    paths.sort();
    paths
}

/// Every input of `target`: its corpus, then its findings.
fn cases(target: &str, corpus: &str) -> Vec<Case> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for path in files(&root.join(corpus)) {
        let bytes = fs::read(&path).expect("an input");
        out.push(Case {
            path,
            bytes,
            expect: None,
        });
    }
    for path in files(&root.join("tests/fuzz-regressions").join(target)) {
        let bytes = fs::read(&path).expect("an input");
        let mut name = path.file_name().expect("a file name").to_os_string();
        name.push(".expect");
        let expect_path = path.with_file_name(name);
        let expect = fs::read_to_string(&expect_path)
            .unwrap_or_else(|e| panic!("{}: {e}", expect_path.display()));
        out.push(Case {
            path,
            bytes,
            expect: Some(expect.trim_end().to_string()),
        });
    }
    assert!(!out.is_empty(), "{target}: no inputs in {corpus}");
    out
}

fn check(case: &Case, outcome: &str) {
    if let Some(expect) = &case.expect {
        assert!(
            outcome.contains(expect.as_str()),
            "{}: expected an outcome containing\n  {expect}\ngot\n  {outcome}",
            case.path.display()
        );
    }
}

#[test]
fn scenario_inputs_load_or_are_refused_clearly() {
    for case in cases("scenario", "fuzz/corpus/scenario") {
        let outcome = match checks::scenario(&case.bytes) {
            Ok(_) => "ok".to_string(),
            Err(e) => e.to_string(),
        };
        check(&case, &outcome);
    }
}

#[test]
fn frontend_inputs_compile_or_are_refused_clearly() {
    for case in cases("frontend", "fuzz/corpus/frontend") {
        let outcome = checks::frontend(&case.bytes)
            .err()
            .unwrap_or_else(|| "ok".into());
        check(&case, &outcome);
    }
}

#[test]
fn recording_inputs_load_and_write_back_or_are_refused_clearly() {
    let mut loaded = 0;
    for case in cases("recording", "fuzz/corpus/recording") {
        let outcome = match checks::recording(&case.bytes) {
            Some(_) => {
                loaded += 1;
                "ok".to_string()
            }
            None => "refused".to_string(),
        };
        check(&case, &outcome);
    }
    assert!(loaded > 0, "no recording in the corpus loads");
}

#[test]
fn every_export_of_the_export_inputs_reads_as_its_format() {
    let mut exported = 0;
    for case in cases("export", "fuzz/corpus/export") {
        if let Some(rec) = checks::recording(&case.bytes) {
            checks::export(&rec, case.bytes.len());
            exported += 1;
        }
    }
    assert!(exported > 0, "no recording in the corpus loads");
}

#[test]
fn vm_programs_run_record_verify_and_export() {
    for case in cases("vm", "tests/fuzz-regressions/vm-corpus") {
        let scenario = coroviz::scenario::load(&case.path)
            .unwrap_or_else(|e| panic!("{}: {e}", case.path.display()));
        for watch in [Watch::Nothing, Watch::Events, Watch::Record] {
            let outcome = match checks::run(&scenario, watch) {
                Ok(()) => "ok".to_string(),
                Err(d) => d,
            };
            check(&case, &outcome);
        }
    }
}
