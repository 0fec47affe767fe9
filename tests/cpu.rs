//! The CPU model (a scenario's `cpu = { instruction = ... }`): the program's own work takes
//! virtual time, and threads share one GIL, handing it over after the 5 ms switch interval.

#[allow(dead_code)] // each test crate uses its own part of the shared support module
mod support;

use std::fs;
use std::process::Command;

use coroviz::runtime::event::{EventKind, ThreadState};

/// A CPU-bound job run once alone, then four times on a pool of four threads.
const POOL_PROGRAM: &str = r#"
import time
from concurrent.futures import ThreadPoolExecutor


def count(n):
    total = 0
    for i in range(n):
        total += i
    return total


start = time.perf_counter()
count(20_000)
alone = time.perf_counter() - start
print(f"alone: {alone:.4f}")

start = time.perf_counter()
with ThreadPoolExecutor(max_workers=4) as pool:
    results = list(pool.map(count, [20_000] * 4))
threads = time.perf_counter() - start
print(f"four threads: {threads:.4f}")
print("ratio about four:", 3.8 < threads / alone < 4.3)
print(results[0] == sum(range(20_000)))
"#;

fn scenario_with(dir: &std::path::Path, cpu: &str, code: &str) -> std::path::PathBuf {
    let toml = dir.join("s.toml");
    fs::write(
        &toml,
        format!("title = \"cpu\"\n{cpu}\ncode = '''{code}'''\n"),
    )
    .expect("write the scenario");
    toml
}

fn run(args: &[&std::ffi::OsStr]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_coroviz"))
        .args(args)
        .output()
        .expect("coroviz runs")
}

#[test]
fn cpu_work_takes_virtual_time_and_threads_share_the_gil() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let toml = scenario_with(dir.path(), "cpu = { instruction = 1e-6 }", POOL_PROGRAM);
    let o = run(&["run".as_ref(), toml.as_os_str()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let alone: f64 = out
        .lines()
        .find_map(|l| l.strip_prefix("alone: "))
        .and_then(|v| v.parse().ok())
        .expect("the time alone");
    assert!(
        alone > 0.05,
        "20k iterations at 1 µs per instruction: {out}"
    );
    assert!(out.contains("ratio about four: True"), "{out}");
    assert!(out.ends_with("True\n"), "{out}");
}

#[test]
fn without_the_setting_cpu_work_takes_no_time() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let toml = scenario_with(dir.path(), "", POOL_PROGRAM);
    let o = run(&["run".as_ref(), toml.as_os_str()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.starts_with("alone: 0.0000\nfour threads: 0.0000\n"),
        "{out}"
    );
}

#[test]
fn the_gil_changes_hands_every_switch_interval() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let toml = scenario_with(dir.path(), "cpu = { instruction = 1e-6 }", POOL_PROGRAM);
    let s = coroviz::scenario::load(&toml).expect("the scenario loads");
    assert_eq!(s.cpu_instruction, Some(1e-6));
    let events = support::scenario_events(&s, s.engine_config(200_000_000));
    // While the four workers compute, each hand-over comes one switch interval after the
    // one before: a running thread gives the GIL to a waiting one after 5 ms of its work.
    let starts: Vec<f64> = events
        .iter()
        .filter(|e| {
            matches!(
                &e.kind,
                EventKind::ThreadChanged { thread, state: ThreadState::Running } if thread.0 >= 1
            )
        })
        .map(|e| e.t)
        .collect();
    assert!(starts.len() > 40, "{} hand-overs to workers", starts.len());
    let steady: Vec<f64> = starts
        .windows(2)
        .map(|w| w[1] - w[0])
        .skip(8)
        .take(20)
        .collect();
    for gap in &steady {
        assert!(
            (gap - 0.005).abs() < 1e-6,
            "a worker runs 5 ms before the next takes over: {steady:?}"
        );
    }
}

#[test]
fn a_recording_with_cpu_time_verifies() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let toml = scenario_with(dir.path(), "cpu = { instruction = 2e-6 }", POOL_PROGRAM);
    let rec = dir.path().join("cpu.cvz");
    let o = run(&[
        "run".as_ref(),
        "--record".as_ref(),
        rec.as_os_str(),
        toml.as_os_str(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v = run(&["verify".as_ref(), rec.as_os_str()]);
    assert_eq!(
        v.status.code(),
        Some(0),
        "verify: {}{}",
        String::from_utf8_lossy(&v.stdout),
        String::from_utf8_lossy(&v.stderr)
    );
}

#[test]
fn a_bad_cpu_setting_is_refused_with_its_place() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (setting, says) in [
        ("cpu = { instruction = 0 }", "`cpu.instruction` must be a number of seconds per instruction from 1e-9 to 1e-3, not `0`"),
        ("cpu = { instruction = \"fast\" }", "`cpu.instruction` must be"),
        ("cpu = { }", "`cpu` needs `instruction`"),
        ("cpu = { instructions = 1e-6 }", "instructions"),
    ] {
        let toml = scenario_with(dir.path(), setting, "print(1)\n");
        let o = run(&["run".as_ref(), toml.as_os_str()]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{setting}: {err}");
        assert!(err.contains(says), "{setting}: {err}");
        assert!(err.contains("s.toml:2:"), "{setting}: the place: {err}");
        assert!(o.stdout.is_empty(), "nothing runs");
    }
}
