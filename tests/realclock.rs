//! The oracle's own check: `tests/oracle/vclock.py` is a model of CPython on a virtual clock,
//! and a model can be wrong (a frozen clock once made equal `sleep`s fire in heapq order, an
//! order no real run shows). Each program in `tests/realclock/` uses small real delays; plain
//! `python3` runs it on the real clock and the oracle runs it on the virtual one, and the two
//! must print the same once numbers with a decimal point (printed times) are masked, exit the
//! same way and end stderr with the same line. The programs keep their delays tens of
//! milliseconds apart, but a loaded machine can still stall a real run past two deadlines at
//! once, so a real run that disagrees is repeated (up to `REAL_RUNS` times) before the check
//! fails: a fault of the model disagrees every time. `differential.rs` then compares the
//! oracle with coroviz on the same files, exactly.
//!
//! `tests/oracle/checks/` holds the oracle's other checks against plain `python3`: how a
//! program is run (`__main__`, `__file__`, `sys.argv`), its standard input (a `NAME.stdin`
//! next to the program is piped to both runs) and the wall clock's formats (the programs
//! mask digits and names themselves; both runs get `TZ=UTC`, the oracle's local time).
//! `differential.rs` does not run these: they use modules coroviz need not model.
//!
//! Without `python3` on PATH the tests print `skipped: python3 not found` and pass.

#[allow(dead_code)] // each test crate uses its own part of the shared support module
mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread;
use std::time::Duration;

use support::differential::line_diff;
use support::{mask_decimals as mask, run_with_deadline, run_with_input, Finished};

/// Each run's deadline: the programs sleep well under a second of real time.
const DEADLINE: Duration = Duration::from_secs(60);
/// How many real-clock runs of a program may be tried against the oracle's one.
const REAL_RUNS: usize = 3;

#[test]
fn the_oracle_matches_cpython_on_a_real_clock() {
    if !support::python3_available() {
        println!("skipped: python3 not found");
        return;
    }
    let root = support::repo_root();
    let programs = programs(&root.join("tests").join("realclock"));
    assert!(
        programs.len() >= 10,
        "tests/realclock holds the check's programs"
    );
    let oracle = root.join("tests").join("oracle").join("vclock.py");
    // All programs at once: they mostly sleep, so the real delays overlap.
    let handles: Vec<_> = programs
        .iter()
        .map(|program| {
            let (program, oracle) = (program.clone(), oracle.clone());
            thread::spawn(move || {
                let model = python3(root, &[oracle.as_path(), program.as_path()]);
                let mut real = python3(root, &[program.as_path()]);
                for _ in 1..REAL_RUNS {
                    if support::differential::real_clock_differences(&real, &model).is_empty() {
                        break;
                    }
                    real = python3(root, &[program.as_path()]);
                }
                (program, real, model)
            })
        })
        .collect();
    let mut failures = Vec::new();
    for handle in handles {
        let (program, real, model) = handle.join().expect("a runner thread");
        let name = program.file_name().unwrap_or_default().to_string_lossy();
        for difference in support::differential::real_clock_differences(&real, &model) {
            failures.push(format!("── {name}: {difference}"));
        }
    }
    assert!(
        failures.is_empty(),
        "the oracle differs from python3 on a real clock:\n{}",
        failures.join("\n")
    );
    println!(
        "realclock: the oracle matches python3 on a real clock for all {} programs",
        programs.len()
    );
}

#[test]
fn the_oracle_runs_programs_as_python3_does() {
    if !support::python3_available() {
        println!("skipped: python3 not found");
        return;
    }
    let root = support::repo_root();
    let checks = Path::new("tests").join("oracle").join("checks");
    let programs = programs(&root.join(&checks));
    assert!(!programs.is_empty(), "tests/oracle/checks holds the checks");
    let oracle = Path::new("tests").join("oracle").join("vclock.py");
    let mut failures = Vec::new();
    for program in &programs {
        let name = program.file_name().unwrap_or_default().to_string_lossy();
        // Relative, as a person types it: `__file__` and `sys.argv[0]` differ then.
        let relative = checks.join(program.file_name().unwrap_or_default());
        let stdin = fs::read_to_string(program.with_extension("stdin")).ok();
        let run = |args: &[&Path]| {
            let mut cmd = Command::new("python3");
            cmd.args(args)
                .current_dir(root)
                .env("PYTHONHASHSEED", "0")
                .env("TZ", "UTC");
            run_with_input(cmd, stdin.as_deref(), DEADLINE)
                .unwrap_or_else(|e| panic!("run python3 {args:?}: {e}"))
        };
        let real = run(&[relative.as_path()]);
        let model = run(&[oracle.as_path(), relative.as_path()]);
        if real.stdout != model.stdout {
            failures.push(format!(
                "── {name}: stdout (--- python3, +++ the oracle)\n{}",
                line_diff(&real.stdout, &model.stdout)
            ));
        }
        if real.exit != model.exit || real.last_stderr_line() != model.last_stderr_line() {
            failures.push(format!(
                "── {name}: python3 exit {} {:?}, the oracle exit {} {:?}",
                real.exit,
                real.last_stderr_line(),
                model.exit,
                model.last_stderr_line()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "the oracle runs programs differently from python3:\n{}",
        failures.join("\n")
    );
    println!(
        "realclock: the oracle agrees with python3 on all {} checks",
        programs.len()
    );
}

fn programs(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    found.sort();
    found
}

fn python3(dir: &Path, args: &[&Path]) -> Finished {
    let mut cmd = Command::new("python3");
    cmd.args(args).current_dir(dir).env("PYTHONHASHSEED", "0");
    run_with_deadline(cmd, DEADLINE).unwrap_or_else(|e| panic!("run python3 {args:?}: {e}"))
}

#[test]
fn mask_hides_printed_times_only() {
    assert_eq!(
        mask("woke at 1753.644720561 (3 tasks)"),
        "woke at <num> (3 tasks)"
    );
    assert_eq!(mask("0.05 timed out, v1.2"), "<num> timed out, v<num>");
    assert_eq!(mask("Task-12 done."), "Task-12 done.");
}
