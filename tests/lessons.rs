//! The bundled lessons: the binary embeds exactly the scenarios of `scenarios/`, and each
//! lesson, run headless from its embedded copy (`coroviz run NAME` in a directory holding no
//! scenario), prints what CPython prints for `scenarios/NAME.py` under the virtual-clock
//! oracle with the lesson's `[[script]]` (Ctrl-C included): same stdout, exit code and last
//! stderr line. `COROVIZ_DIFF_SELFTEST` and `COROVIZ_DIFF_TIMEOUT` work as for
//! `differential.rs`. Without `python3` the comparison prints `skipped: python3 not found`.

#[allow(dead_code)] // each test crate uses its own part of the shared support module
mod support;

use std::fs;
use std::path::PathBuf;

use coroviz::lessons::LESSONS;
use support::differential::{self, Case, Options};

fn scenarios_dir() -> PathBuf {
    support::repo_root().join("scenarios")
}

/// The stems of the files in `scenarios/` with extension `ext`, sorted.
fn stems(ext: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(scenarios_dir())
        .expect("read scenarios/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .filter_map(|p| Some(p.file_stem()?.to_str()?.to_string()))
        .collect();
    names.sort();
    names
}

#[test]
fn the_binary_embeds_exactly_the_scenarios_directory() {
    let mut embedded: Vec<&str> = LESSONS.iter().map(|l| l.name).collect();
    embedded.sort_unstable();
    assert_eq!(
        embedded,
        stems("toml"),
        "src/lessons.rs must list every scenarios/*.toml"
    );
    assert_eq!(stems("py"), stems("toml"), "each scenario has its program");
    for lesson in LESSONS {
        let toml = fs::read_to_string(scenarios_dir().join(format!("{}.toml", lesson.name)));
        let py = fs::read_to_string(scenarios_dir().join(format!("{}.py", lesson.name)));
        assert_eq!(lesson.toml, toml.expect("read the toml"), "{}", lesson.name);
        assert_eq!(lesson.source, py.expect("read the py"), "{}", lesson.name);
    }
}

#[test]
fn every_lesson_prints_what_cpython_prints() {
    if !support::python3_available() {
        println!("skipped: python3 not found");
        return;
    }
    let options = Options::from_env();
    let scratch = tempfile::tempdir().expect("a scratch directory");
    // coroviz runs where no scenario file is: what it runs is the embedded copy.
    let elsewhere = scratch.path().join("elsewhere");
    fs::create_dir(&elsewhere).expect("create a directory");
    let cases: Vec<Case> = LESSONS
        .iter()
        .map(|lesson| Case {
            name: lesson.name.to_string(),
            path: scenarios_dir().join(format!("{}.toml", lesson.name)),
            coroviz_args: vec!["run".into(), lesson.name.into()],
            coroviz_dir: Some(elsewhere.clone()),
        })
        .collect();
    let outcomes = differential::run_all(&cases, scratch.path(), &options);
    let (failures, report) = differential::report(&cases, &outcomes);
    let against = options.against();
    assert!(
        failures == 0,
        "lessons: {failures} of {} differ between python3 and {against}\n{report}",
        cases.len()
    );
    println!(
        "lessons: all {} lessons print the same under python3 and {against}",
        cases.len()
    );
}
