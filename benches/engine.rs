//! Headless engine throughput against python3: the same workload, wall time, same machine, same run.
//!
//! For each program in `benches/workloads/`, times `coroviz run W --trace FILE` and
//! `python3 tests/oracle/vclock.py W` (median of several runs), checks both print the same
//! lines, and prints a table with the ratio coroviz / python3. Lower is better.
//! `COROVIZ_BENCH_RUNS=N` sets the runs per side (default 5). Exits 1 if a run fails or the
//! outputs differ: a fast wrong answer is not a result.

#[path = "../tests/support/mod.rs"]
#[allow(dead_code)] // the bench uses only part of the shared test support module
mod support;

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use support::{Exit, Finished};

const WORKLOADS: [&str; 5] = [
    "gather_10k.py",
    "pingpong_sleep0.py",
    "futures_prodcons.py",
    "gen_pipeline.py",
    "queue_lock.py",
];
const DEADLINE: Duration = Duration::from_secs(600);

/// Timings of one side (coroviz or python3) on one workload.
struct Side {
    median: Duration,
    stdout: String,
}

fn main() {
    if !support::python3_available() {
        println!("skipped: python3 not found");
        return;
    }
    let runs: usize = std::env::var("COROVIZ_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(5);
    let dir = support::repo_root().join("benches").join("workloads");
    let trace_dir = std::env::temp_dir().join(format!("coroviz-bench-{}", std::process::id()));
    if let Err(e) = fs::create_dir_all(&trace_dir) {
        eprintln!("cannot create {}: {e}", trace_dir.display());
        std::process::exit(1);
    }

    println!("engine throughput, median wall time of {runs} runs (virtual clock, headless)\n");
    println!(
        "{:<22} {:>12} {:>12} {:>8}  output",
        "workload", "coroviz", "python3", "ratio"
    );
    let mut all_ok = true;
    for name in WORKLOADS {
        let workload = dir.join(name);
        let trace = trace_dir.join(name.replace(".py", ".jsonl"));
        let coroviz = time_side("coroviz", runs, || coroviz_command(&workload, &trace));
        let python = time_side("python3", runs, || support::oracle_command(&workload, None));
        let row = match (&coroviz, &python) {
            (Ok(c), Ok(p)) => {
                let same = c.stdout.lines().eq(p.stdout.lines());
                all_ok &= same;
                format!(
                    "{:>12} {:>12} {:>8.2}  {}",
                    seconds(c.median),
                    seconds(p.median),
                    c.median.as_secs_f64() / p.median.as_secs_f64().max(1e-9),
                    if same { "same lines" } else { "DIFFERS" }
                )
            }
            (c, p) => {
                all_ok = false;
                let show = |side: &Result<Side, String>| match side {
                    Ok(s) => seconds(s.median),
                    Err(_) => "failed".to_string(),
                };
                let why: Vec<&str> = [c, p]
                    .into_iter()
                    .filter_map(|s| s.as_ref().err())
                    .map(String::as_str)
                    .collect();
                format!(
                    "{:>12} {:>12} {:>8}  {}",
                    show(c),
                    show(p),
                    "-",
                    why.join("; ")
                )
            }
        };
        println!("{name:<22} {row}");
    }
    all_ok &= recording_table(runs, &dir, &trace_dir);
    let _ = fs::remove_dir_all(&trace_dir);
    if !all_ok {
        eprintln!(
            "\nbench: some workloads failed or printed different lines under coroviz and python3"
        );
        std::process::exit(1);
    }
}

/// What recording costs: the same workloads without any output file, then with `--record`
/// (median wall time), and the recording's size per event. True when every run worked.
fn recording_table(runs: usize, dir: &Path, tmp: &Path) -> bool {
    println!("\nrecording overhead, median wall time of {runs} runs\n");
    println!(
        "{:<22} {:>10} {:>10} {:>9} {:>9} {:>10} {:>8}",
        "workload", "plain", "--record", "overhead", "events", "size", "B/event"
    );
    let mut ok = true;
    for name in WORKLOADS {
        let workload = dir.join(name);
        let cvz = tmp.join(name.replace(".py", ".cvz"));
        let plain = time_side("coroviz", runs, || {
            let mut cmd = Command::new(env!("CARGO_BIN_EXE_coroviz"));
            cmd.arg("run").arg(&workload);
            cmd
        });
        let recorded = time_side("coroviz --record", runs, || {
            let mut cmd = Command::new(env!("CARGO_BIN_EXE_coroviz"));
            cmd.arg("run")
                .arg(&workload)
                .arg("--record")
                .arg(&cvz)
                .arg("--force");
            cmd
        });
        let (plain, recorded) = match (plain, recorded) {
            (Ok(p), Ok(r)) => (p, r),
            (p, r) => {
                ok = false;
                let why: Vec<String> = [p.err(), r.err()].into_iter().flatten().collect();
                println!("{name:<22} failed: {}", why.join("; "));
                continue;
            }
        };
        // The file's size on disk; its events counted in its JSON lines (decompressed).
        let file = fs::read(&cvz).unwrap_or_default();
        let size = file.len();
        let events = coroviz::record::json_lines(&file).map_or(0, |(text, _)| {
            text.split(|b| *b == b'\n')
                .filter(|l| l.starts_with(b"{\"event\""))
                .count()
        });
        println!(
            "{name:<22} {:>10} {:>10} {:>8.0}% {:>9} {:>9.1}M {:>8.0}",
            seconds(plain.median),
            seconds(recorded.median),
            (recorded.median.as_secs_f64() / plain.median.as_secs_f64().max(1e-9) - 1.0) * 100.0,
            events,
            size as f64 / 1e6,
            size as f64 / events.max(1) as f64
        );
    }
    ok
}

fn coroviz_command(workload: &Path, trace: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_coroviz"));
    cmd.arg("run").arg(workload).arg("--trace").arg(trace);
    cmd
}

/// Runs a command `runs` times; the median wall time and the first run's stdout, or why it failed.
fn time_side(label: &str, runs: usize, command: impl Fn() -> Command) -> Result<Side, String> {
    let mut walls = Vec::with_capacity(runs);
    let mut first: Option<Finished> = None;
    for _ in 0..runs {
        let program = label;
        let done = support::run_with_deadline(command(), DEADLINE)
            .map_err(|e| format!("{program}: cannot start: {e}"))?;
        if done.exit != Exit::Code(0) {
            return Err(format!(
                "{program} exited {}: {}",
                done.exit,
                done.last_stderr_line()
            ));
        }
        walls.push(done.wall);
        first.get_or_insert(done);
    }
    walls.sort();
    let first = first.ok_or("no runs")?;
    Ok(Side {
        median: walls[walls.len() / 2],
        stdout: first.stdout,
    })
}

fn seconds(d: Duration) -> String {
    format!("{:.3}s", d.as_secs_f64())
}
