//! Threads, pools and queues: the oracle's thread model (`tests/oracle/vclock.py`: real
//! CPython threads, one running at a time, on the virtual clock) and the programs that use it.
//!
//! - `tests/threads-next/` holds programs coroviz cannot run yet, `tests/threads/` those it
//!   runs. For every program of both the oracle must be stable (two runs print the same stdout and stderr and exit the same way), and
//!   each program whose output does not depend on how threads interleave carries a line
//!   `# realclock`: plain `python3` on the real clock must then print the same once numbers
//!   with a decimal point are masked, exit the same way and end stderr with the same line.
//!   Such programs keep their real delays at least 0.05 s apart; a loaded machine can
//!   still stall a real run past two deadlines at once, so a disagreeing real run is
//!   repeated (up to `REAL_RUNS` times): a fault of the model disagrees every time.
//! - The programs of `tests/threads/` also go through the differential
//!   harness (oracle against coroviz, exactly), as `tests/programs/` does. A program moves
//!   there from `threads-next/` when coroviz runs it faithfully (today every program runs:
//!   `threads-next/` is gone until a new one needs it).
//!
//! Each program starts with a comment line saying what it shows.
//! `COROVIZ_DIFF_FILTER=a,b` keeps programs whose file name contains `a` or `b`.
//! Without `python3` on PATH the tests print `skipped: python3 not found` and pass.

#[allow(dead_code)] // each test crate uses its own part of the shared support module
mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::Duration;

use support::differential::{self, line_diff, Case, Options};
use support::{run_with_deadline, Finished};

/// Each run's deadline: a safety net against a hung run, not a measure.
const DEADLINE: Duration = Duration::from_secs(120);
/// How many real-clock runs of a program may be tried against the oracle's one.
const REAL_RUNS: usize = 3;
/// The marker line of a program whose output does not depend on interleaving.
const REALCLOCK_MARKER: &str = "# realclock";

fn filter_parts() -> Vec<String> {
    std::env::var("COROVIZ_DIFF_FILTER")
        .unwrap_or_default()
        .split(',')
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// The `.py` files of `tests/DIR`, sorted, kept by `COROVIZ_DIFF_FILTER`.
fn programs(dir_name: &str) -> Vec<PathBuf> {
    let dir = support::repo_root().join("tests").join(dir_name);
    let parts = filter_parts();
    // `threads-next/` goes away when coroviz runs every program of it.
    if dir_name == "threads-next" && !dir.exists() {
        return Vec::new();
    }
    let mut found: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            parts.is_empty() || parts.iter().any(|part| name.contains(part.as_str()))
        })
        .collect();
    found.sort();
    found
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

fn is_realclock(source: &str) -> bool {
    source
        .lines()
        .any(|line| line.trim_end() == REALCLOCK_MARKER)
}

/// Runs `job` on every item with a few worker threads; results come back in item order.
fn in_parallel<T: Sync, R: Send>(
    items: &[T],
    workers: usize,
    job: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let slots: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    thread::scope(|scope| {
        for _ in 0..workers.min(items.len()).max(1) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(item) = items.get(i) else { break };
                let result = job(item);
                slots.lock().expect("a worker panicked")[i] = Some(result);
            });
        }
    });
    slots
        .into_inner()
        .expect("a worker panicked")
        .into_iter()
        .map(|slot| slot.expect("every item ran"))
        .collect()
}

fn oracle(program: &Path) -> Finished {
    let mut cmd = support::oracle_command(program, None);
    cmd.current_dir(support::repo_root())
        .env("PYTHONHASHSEED", "0");
    run_with_deadline(cmd, DEADLINE)
        .unwrap_or_else(|e| panic!("run the oracle on {program:?}: {e}"))
}

fn real_python3(program: &Path) -> Finished {
    let mut cmd = Command::new("python3");
    cmd.arg(program)
        .current_dir(support::repo_root())
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONHASHSEED", "0");
    run_with_deadline(cmd, DEADLINE).unwrap_or_else(|e| panic!("run python3 {program:?}: {e}"))
}

/// How two runs of the oracle on one program disagree (empty when they agree).
fn unstable(first: &Finished, second: &Finished) -> Vec<String> {
    let mut found = Vec::new();
    if first.stdout != second.stdout {
        found.push(format!(
            "stdout (--- first run, +++ second run)\n{}",
            line_diff(&first.stdout, &second.stdout)
        ));
    }
    if first.exit != second.exit {
        found.push(format!("exit {} then {}", first.exit, second.exit));
    }
    if first.stderr != second.stderr {
        found.push(format!(
            "stderr (--- first run, +++ second run)\n{}",
            line_diff(&first.stderr, &second.stderr)
        ));
    }
    found
}

#[test]
fn the_oracle_is_stable_and_matches_cpython_on_thread_programs() {
    if !support::python3_available() {
        println!("skipped: python3 not found");
        return;
    }
    // The whole corpus: programs coroviz runs (tests/threads/) and those it does not yet.
    let mut corpus = programs("threads");
    corpus.extend(programs("threads-next"));
    let programs = corpus;
    if filter_parts().is_empty() {
        assert!(
            programs.len() >= 100,
            "tests/threads and tests/threads-next hold the thread corpus ({} programs)",
            programs.len()
        );
    }
    let sources: Vec<String> = programs
        .iter()
        .map(|p| fs::read_to_string(p).unwrap_or_else(|e| panic!("read {p:?}: {e}")))
        .collect();
    let mut failures = Vec::new();
    for (program, source) in programs.iter().zip(&sources) {
        if !source.starts_with("# ") {
            failures.push(format!(
                "── {}: the first line must be a comment saying what it shows",
                name_of(program)
            ));
        }
    }
    let jobs: Vec<(PathBuf, bool)> = programs
        .iter()
        .zip(&sources)
        .map(|(p, s)| (p.clone(), is_realclock(s)))
        .collect();
    // The real runs mostly sleep, so many can overlap; the oracle's runs are short.
    let results = in_parallel(&jobs, 8, |(program, realclock)| {
        let first = oracle(program);
        let second = oracle(program);
        let mut found = unstable(&first, &second);
        if let support::Exit::TimedOut(_) | support::Exit::Signal = first.exit {
            found.push(format!("the oracle {}", first.exit));
        }
        if *realclock {
            let mut real = real_python3(program);
            for _ in 1..REAL_RUNS {
                if support::differential::real_clock_differences(&real, &first).is_empty() {
                    break;
                }
                real = real_python3(program);
            }
            found.extend(support::differential::real_clock_differences(&real, &first));
        }
        found
    });
    for ((program, _), found) in jobs.iter().zip(results) {
        for difference in found {
            failures.push(format!("── {}: {difference}", name_of(program)));
        }
    }
    let checked = jobs.iter().filter(|(_, realclock)| *realclock).count();
    assert!(
        failures.is_empty(),
        "thread programs: the oracle is unstable or differs from python3:\n{}",
        failures.join("\n")
    );
    println!(
        "threads-next: the oracle is stable on all {} programs and matches python3 on a real \
         clock for the {checked} marked `{REALCLOCK_MARKER}`",
        programs.len()
    );
}

#[test]
fn thread_programs_match_the_oracle_under_coroviz() {
    if !support::python3_available() {
        println!("skipped: python3 not found");
        return;
    }
    let ready = programs("threads");
    let next = programs("threads-next");
    println!(
        "threads: {} programs in tests/threads (coroviz runs them), {} in tests/threads-next \
         (not yet)",
        ready.len(),
        next.len()
    );
    let cases: Vec<Case> = ready
        .iter()
        .map(|p| Case::file(format!("threads/{}", name_of(p)), p.clone()))
        .collect();
    if cases.is_empty() {
        return;
    }
    let options = Options::from_env();
    let scratch = std::env::temp_dir().join(format!("coroviz-threads-{}", std::process::id()));
    fs::create_dir_all(&scratch).expect("create a scratch directory");
    let outcomes = differential::run_all(&cases, &scratch, &options);
    let _ = fs::remove_dir_all(&scratch);
    let (failures, report) = differential::report(&cases, &outcomes);
    assert!(
        failures == 0,
        "threads: {failures} of {} programs differ between python3 and {}\n{report}",
        cases.len(),
        options.against()
    );
    println!(
        "threads: all {} programs print the same under python3 and {}",
        cases.len(),
        options.against()
    );
}

#[test]
fn the_oracle_names_the_threads_of_the_notes_executor_deadlock() {
    if !support::python3_available() {
        println!("skipped: python3 not found");
        return;
    }
    let program = support::repo_root()
        .join("tests")
        .join("threads")
        .join("2114_executor_deadlock.py");
    let run = oracle(&program);
    assert_eq!(run.exit, support::Exit::Code(3), "stderr:\n{}", run.stderr);
    for name in ["in wait_on_a at", "in wait_on_b at", "on Future.result"] {
        assert!(run.stderr.contains(name), "no {name:?} in:\n{}", run.stderr);
    }
    assert_eq!(
        run.last_stderr_line(),
        "coroviz: deadlock: blocked threads: MainThread, ThreadPoolExecutor-0_0, \
         ThreadPoolExecutor-0_1"
    );
}
