//! The bundled lessons: the binary embeds exactly the scenarios of `scenarios/`, and each
//! lesson, run headless from its embedded copy (`coroviz run NAME` in a directory holding no
//! scenario), prints what CPython prints for `scenarios/NAME.py` under the virtual-clock
//! oracle with the lesson's `[[script]]` (Ctrl-C included): same stdout, exit code and last
//! stderr line. `COROVIZ_DIFF_SELFTEST` and `COROVIZ_DIFF_TIMEOUT` work as for
//! `differential.rs`.
//!
//! The oracle is a model, so each lesson's `.py` also runs under plain `python3` on the real
//! clock (`python3 scenarios/NAME.py`, as the README tells a reader to), which must print what
//! the oracle prints once numbers with a decimal point (printed times) are masked, exit the
//! same way and end stderr with the same line; a disagreeing real run is repeated (up to
//! `REAL_RUNS` times), since a loaded machine can stall one past two deadlines. The lessons a
//! real run cannot follow are listed in `NOT_ON_A_REAL_CLOCK` with the reason; those the
//! oracle cannot run (process pools) in `NOT_IN_THE_ORACLE`: their real runs are held to
//! coroviz's output instead.
//! Without `python3` both comparisons print `skipped: python3 not found`.

#[allow(dead_code)] // each test crate uses its own part of the shared support module
mod support;

use std::fs;
use std::path::PathBuf;
use std::process::Command;
use std::thread;
use std::time::Duration;

use coroviz::lessons::LESSONS;
use support::differential::{self, Case, Options};
use support::{run_with_deadline, Finished};

/// Lessons whose program plain `python3` cannot run as the scenario does, and why.
const NOT_ON_A_REAL_CLOCK: &[(&str, &str)] = &[
    (
        "07-ping-pong",
        "its loop ends only at the scenario's scripted Ctrl-C, which nobody presses for python3",
    ),
    (
        "19-ctrl-c-cancel-all",
        "the lesson is its scripted Ctrl-C, which nobody presses for python3",
    ),
    (
        "22-executor-deadlock",
        "a deadlock: plain python3 waits for ever where coroviz and the oracle stop with exit 3",
    ),
];
/// Lessons the oracle cannot run, and why: their programs are compared with plain `python3`
/// on a real clock against coroviz itself instead (as `tests/processes.rs` does).
const NOT_IN_THE_ORACLE: &[(&str, &str)] = &[(
    "26-threads-vs-processes",
    "process pools: the oracle models the threads of one process, not forked processes",
)];
/// How many real-clock runs of a lesson may be tried against the oracle's one.
const REAL_RUNS: usize = 3;
/// Each run's deadline: a safety net against a hung run, not a measure (the longest lesson
/// sleeps about 11 s of real time).
const REAL_DEADLINE: Duration = Duration::from_secs(120);

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
        .filter(|lesson| !NOT_IN_THE_ORACLE.iter().any(|(n, _)| *n == lesson.name))
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

/// `coroviz run NAME` from the repository's root: the model a lesson the oracle cannot run
/// is held to.
fn coroviz_lesson(name: &str) -> Finished {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_coroviz"));
    cmd.args(["run", name]).current_dir(support::repo_root());
    run_with_deadline(cmd, REAL_DEADLINE).unwrap_or_else(|e| panic!("run coroviz {name}: {e}"))
}

/// `python3 ARGS` from the repository's root, as a reader would run a lesson.
fn python3(args: &[&std::ffi::OsStr]) -> Finished {
    let mut cmd = Command::new("python3");
    cmd.args(args)
        .current_dir(support::repo_root())
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONHASHSEED", "0");
    run_with_deadline(cmd, REAL_DEADLINE).unwrap_or_else(|e| panic!("run python3 {args:?}: {e}"))
}

#[test]
fn every_lesson_prints_on_a_real_clock_what_the_oracle_prints() {
    if !support::python3_available() {
        println!("skipped: python3 not found");
        return;
    }
    for (name, _) in NOT_ON_A_REAL_CLOCK {
        assert!(
            LESSONS.iter().any(|l| l.name == *name),
            "NOT_ON_A_REAL_CLOCK names `{name}`, which is not a lesson"
        );
    }
    let skipped = |name: &str| NOT_ON_A_REAL_CLOCK.iter().any(|(n, _)| *n == name);
    for lesson in LESSONS {
        // A scripted Ctrl-C is something a plain run never gets: such a lesson must say why
        // it is left out (or that it does not matter, by being listed anyway).
        if lesson.toml.contains("do = \"interrupt\"") {
            assert!(
                skipped(lesson.name),
                "{} presses Ctrl-C in its script: list it in NOT_ON_A_REAL_CLOCK with why",
                lesson.name
            );
        }
    }
    let oracle = support::repo_root()
        .join("tests")
        .join("oracle")
        .join("vclock.py");
    // All at once: the real runs mostly sleep, so their delays overlap.
    let handles: Vec<_> = LESSONS
        .iter()
        .filter(|l| !skipped(l.name))
        .map(|lesson| {
            let program = scenarios_dir().join(format!("{}.py", lesson.name));
            let oracle = oracle.clone();
            let ours = NOT_IN_THE_ORACLE.iter().any(|(n, _)| *n == lesson.name);
            let name = lesson.name;
            thread::spawn(move || {
                let model = match ours {
                    true => coroviz_lesson(name),
                    false => python3(&[oracle.as_os_str(), program.as_os_str()]),
                };
                let mut real = python3(&[program.as_os_str()]);
                for _ in 1..REAL_RUNS {
                    if differential::real_clock_differences(&real, &model).is_empty() {
                        break;
                    }
                    real = python3(&[program.as_os_str()]);
                }
                (
                    lesson.name,
                    differential::real_clock_differences(&real, &model),
                )
            })
        })
        .collect();
    let mut failures = Vec::new();
    let mut checked = 0;
    for handle in handles {
        let (name, found) = handle.join().expect("a runner thread");
        checked += 1;
        for difference in found {
            failures.push(format!("── {name}: {difference}"));
        }
    }
    assert!(
        failures.is_empty(),
        "lessons differ between python3 on a real clock and the oracle:\n{}",
        failures.join("\n")
    );
    println!(
        "lessons: {checked} print the same under python3 on a real clock and the oracle; \
         {} left out: {}",
        NOT_ON_A_REAL_CLOCK.len(),
        NOT_ON_A_REAL_CLOCK
            .iter()
            .map(|(n, why)| format!("{n} ({why})"))
            .collect::<Vec<_>>()
            .join("; ")
    );
}
