//! Process pools against plain `python3`: each program in `tests/processes/` uses a
//! `ProcessPoolExecutor` with small real delays (multiples of 0.1 s) and prints what does
//! not depend on how the OS schedules the worker processes (no pids, addresses or times).
//! coroviz runs it on its virtual clock, each worker a process of its own
//! (`runtime::processes`); both must print the same stdout, exit the same way and end
//! stderr with the same line. CPython runs with `PYTHONUNBUFFERED=1`: coroviz writes a
//! worker's output when the worker writes it, as on a terminal (a pipe would hold a worker's
//! output until it exits). A loaded machine can stall a real run past a deadline, so a real
//! run that disagrees is repeated before the check fails.
//!
//! Without `python3` on PATH the test prints `skipped: python3 not found` and passes.

#[allow(dead_code)] // each test crate uses its own part of the shared support module
mod support;

use support::output_summary as summary;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Mutex;

/// How many real-clock runs of a program may be tried.
const REAL_RUNS: usize = 3;

fn run(cmd: &mut Command) -> Output {
    cmd.env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONUNBUFFERED", "1")
        .output()
        .expect("the command starts")
}

fn coroviz(args: &[&std::ffi::OsStr]) -> Output {
    run(Command::new(env!("CARGO_BIN_EXE_coroviz")).args(args))
}

fn coroviz_run(program: &Path) -> Output {
    coroviz(&["run".as_ref(), program.as_os_str()])
}

fn program(name: &str) -> PathBuf {
    support::repo_root()
        .join("tests")
        .join("processes")
        .join(name)
}

#[test]
fn process_pool_programs_match_cpython() {
    if !support::python3_available() {
        println!("skipped: python3 not found");
        return;
    }
    let dir = support::repo_root().join("tests").join("processes");
    let mut programs: Vec<_> = fs::read_dir(&dir)
        .expect("tests/processes exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    assert!(programs.len() >= 40, "the process programs are there");
    let queue = Mutex::new(programs.clone());
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| loop {
                let Some(p) = queue.lock().expect("queue").pop() else {
                    return;
                };
                let ours = summary(&coroviz_run(&p));
                let mut last = None;
                let agreed = (0..REAL_RUNS).any(|_| {
                    let real = summary(&run(Command::new("python3").arg(&p)));
                    let same = real == ours;
                    last = Some(real);
                    same
                });
                if !agreed {
                    failures.lock().expect("failures").push(format!(
                        "{}:\n  coroviz: {ours:?}\n  python3: {last:?}",
                        p.display()
                    ));
                }
            });
        }
    });
    let failures = failures.into_inner().expect("failures");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    println!(
        "all {} process programs print the same under python3 and coroviz",
        programs.len()
    );
}

/// A function the workers never had (defined after the fork): the worker dies as
/// CPython's does, with multiprocessing's header and the unpickling error, and the pool
/// breaks.
#[test]
fn a_function_defined_after_the_fork_breaks_the_pool() {
    let o = coroviz_run(&program("25_late_function_breaks_pool.py"));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with("Process ForkProcess-1:\nTraceback (most recent call last):\n"),
        "{err}"
    );
    assert!(
        err.contains("AttributeError: Can't get attribute 'late' on <module '__main__' from '"),
        "{err}"
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("BrokenProcessPool"), "{out}");
    assert_eq!(o.status.code(), Some(0));
}

/// Workers keep their own module state: each has a copy made when the pool forked them,
/// and what one changes neither the parent nor another worker sees.
#[test]
fn each_worker_has_its_own_globals() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let p = dir.path().join("own.py");
    fs::write(
        &p,
        "import os, time\nfrom concurrent.futures import ProcessPoolExecutor\n\
         seen = []\n\
         def add(x):\n    seen.append(x)\n    time.sleep(0.1)\n    return os.getpid(), list(seen)\n\
         with ProcessPoolExecutor(max_workers=2) as pool:\n\
         \x20   out = list(pool.map(add, [1, 2, 3, 4]))\n\
         pids = sorted(set(pid for pid, _ in out))\n\
         for pid, s in out:\n    print(pids.index(pid), s)\n\
         print(seen, os.getpid() not in pids)\n",
    )
    .expect("written");
    let o = coroviz_run(&p);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "0 [1]\n1 [2]\n0 [1, 3]\n1 [2, 4]\n[] True\n",
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// A recording of a process pool program replays exactly: `verify` re-executes it and
/// finds the same events.
#[test]
fn a_recorded_process_pool_program_verifies() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let rec = dir.path().join("p.cvz");
    let p = program("34_as_completed_order.py");
    let o = coroviz(&[
        "run".as_ref(),
        "--record".as_ref(),
        rec.as_os_str(),
        p.as_os_str(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v = coroviz(&["verify".as_ref(), rec.as_os_str()]);
    assert_eq!(
        v.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&v.stdout),
        String::from_utf8_lossy(&v.stderr)
    );
}

/// Ctrl-C reaches the pool's workers too (a terminal sends SIGINT to the process group):
/// a worker in its call raises KeyboardInterrupt there, which comes back as that future's
/// exception; an idle worker dies with multiprocessing's report, and the pool breaks.
/// The same program under `python3`, sent a real SIGINT to its process group at 0.5 s,
/// prints the same stdout and the same three worker reports.
#[test]
fn ctrl_c_reaches_the_worker_processes() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    fs::write(
        dir.path().join("kp.py"),
        "import time\nfrom concurrent.futures import ProcessPoolExecutor\n\n\n\
         def nap(n):\n    time.sleep(1)\n    return n\n\n\n\
         if __name__ == \"__main__\":\n\
         \x20   with ProcessPoolExecutor(max_workers=4) as pool:\n\
         \x20       f = pool.submit(nap, 1)\n\
         \x20       try:\n\
         \x20           print(\"got\", f.result())\n\
         \x20       except KeyboardInterrupt:\n\
         \x20           print(\"main: KeyboardInterrupt\")\n\
         \x20       print(\"the call:\", type(f.exception()).__name__)\n\
         \x20   print(\"end\")\n",
    )
    .expect("written");
    let toml = dir.path().join("kp.toml");
    fs::write(
        &toml,
        "title = \"ctrl-c\"\nsource = \"kp.py\"\n[[script]]\nat = 0.5\ndo = \"interrupt\"\n",
    )
    .expect("written");
    let o = coroviz_run(&toml);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "main: KeyboardInterrupt\nthe call: KeyboardInterrupt\nend\n"
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.matches("Process ForkProcess-").count(), 3, "{err}");
    assert!(err.ends_with("KeyboardInterrupt\n"), "{err}");
    assert_eq!(o.status.code(), Some(0));
}
