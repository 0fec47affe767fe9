//! How cost grows with the work: each shape of scheduling program at 1k, 10k, 100k and 1M
//! tasks, under coroviz (`run --trace FILE`: the full event trace written) and under stock
//! `python3` (the same program on CPython's real asyncio; every sleep is short).
//!
//! For each run the child's own CPU time (user + system) and peak RSS come from `wait4`,
//! so the machine's other work does not count. The cost per task is
//! `(cpu(N) - cpu(empty)) / N`, where `empty` is the same program with no tasks: it takes out
//! the fixed start-up (loading the library, starting the loop). A flat column means O(1)
//! per task. Both sides must print the same lines, or the row says DIFFERS and the bench
//! exits 1.
//!
//! `COROVIZ_SCALING_MAX=N` caps the sizes (default 1000000); `COROVIZ_SCALING_PY_MAX=N` caps
//! python3's (default the same); `COROVIZ_BENCH_RUNS=N` runs per point (default 3, the
//! median is shown).

#[path = "../tests/support/mod.rs"]
#[allow(dead_code)] // the bench uses only part of the shared test support module
mod support;

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// One shape of program: its name and its source with `{N}` for the number of tasks.
struct Shape {
    name: &'static str,
    source: &'static str,
}

const SHAPES: &[Shape] = &[
    Shape {
        name: "gather",
        source: "\
import asyncio

async def work(i):
    await asyncio.sleep(0)
    return i

async def main():
    results = await asyncio.gather(*[work(i) for i in range({N})])
    print(len(results), sum(results))

asyncio.run(main())
",
    },
    Shape {
        name: "wait",
        source: "\
import asyncio

async def work(i):
    await asyncio.sleep(0)
    return i

async def main():
    tasks = [asyncio.create_task(work(i)) for i in range({N})]
    if tasks:
        done, pending = await asyncio.wait(tasks)
        print(len(done), len(pending), sum(t.result() for t in done))
    else:
        print(0, 0, 0)

asyncio.run(main())
",
    },
    Shape {
        name: "sleep varied",
        source: "\
import asyncio

async def work(i):
    await asyncio.sleep((i * 7919 % 1000) / 1000000)
    return i

async def main():
    tasks = [asyncio.create_task(work(i)) for i in range({N})]
    total = 0
    for t in tasks:
        total += await t
    print(len(tasks), total)

asyncio.run(main())
",
    },
    Shape {
        name: "as_completed",
        source: "\
import asyncio

async def work(i):
    await asyncio.sleep(0)
    return i

async def main():
    total = 0
    count = 0
    for next_done in asyncio.as_completed([work(i) for i in range({N})]):
        total += await next_done
        count += 1
    print(count, total)

asyncio.run(main())
",
    },
    Shape {
        name: "queue fan-out",
        source: "\
import asyncio

async def consumer(q, got):
    while True:
        item = await q.get()
        got.append(item)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=100)
    got = []
    workers = [asyncio.create_task(consumer(q, got)) for _ in range(10)]
    for i in range({N}):
        await q.put(i)
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(len(got), sum(got))

asyncio.run(main())
",
    },
];

const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_000_000];

/// What one run of a child cost it, and what it printed.
struct Cost {
    cpu: f64,
    rss_mb: f64,
    stdout: String,
}

fn main() {
    let python = support::python3_available();
    if !python {
        println!("python3 not found: coroviz's column only");
    }
    let env_usize = |name: &str, default: usize| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let max = env_usize("COROVIZ_SCALING_MAX", 1_000_000);
    let py_max = env_usize("COROVIZ_SCALING_PY_MAX", max);
    let runs = env_usize("COROVIZ_BENCH_RUNS", 3).max(1);
    let dir = std::env::temp_dir().join(format!("coroviz-scaling-{}", std::process::id()));
    if let Err(e) = fs::create_dir_all(&dir) {
        eprintln!("cannot create {}: {e}", dir.display());
        std::process::exit(1);
    }
    println!(
        "scaling: CPU time per task (µs, start-up taken out), peak RSS; median of {runs} runs\n"
    );
    println!(
        "{:<14} {:>9} {:>10} {:>10} {:>9} {:>10} {:>10} {:>9} {:>7}  output",
        "shape",
        "tasks",
        "coroviz s",
        "µs/task",
        "RSS MB",
        "python3 s",
        "µs/task",
        "RSS MB",
        "ratio"
    );
    let mut all_ok = true;
    for shape in SHAPES {
        let empty = program(&dir, shape, 0);
        let base = median_cost(runs, || coroviz(&empty, &dir));
        let py_base = python.then(|| median_cost(runs, || python3(&empty)));
        for n in SIZES.into_iter().filter(|&n| n <= max) {
            let prog = program(&dir, shape, n);
            let c = median_cost(runs, || coroviz(&prog, &dir));
            let p = (python && n <= py_max).then(|| median_cost(runs, || python3(&prog)));
            let per_task =
                |cost: &Cost, base: &Cost| (cost.cpu - base.cpu).max(0.0) / n as f64 * 1e6;
            let (c, base_c) = match (c, &base) {
                (Ok(c), Ok(b)) => (c, b),
                (c, _) => {
                    all_ok = false;
                    let why = c.err().unwrap_or_else(|| "the empty program failed".into());
                    println!("{:<14} {n:>9} failed: {why}", shape.name);
                    continue;
                }
            };
            let mut row = format!(
                "{:<14} {n:>9} {:>10.3} {:>10.2} {:>9.0}",
                shape.name,
                c.cpu,
                per_task(&c, base_c),
                c.rss_mb
            );
            match (p.as_ref(), py_base.as_ref()) {
                (Some(Ok(p)), Some(Ok(pb))) => {
                    let same = p.stdout == c.stdout;
                    all_ok &= same;
                    row.push_str(&format!(
                        " {:>10.3} {:>10.2} {:>9.0} {:>7.2}  {}",
                        p.cpu,
                        per_task(p, pb),
                        p.rss_mb,
                        p.cpu / c.cpu.max(1e-9),
                        if same { "same" } else { "DIFFERS" }
                    ));
                }
                (Some(Err(e)), _) | (Some(Ok(_)), Some(Err(e))) => {
                    all_ok = false;
                    row.push_str(&format!("  python3 failed: {e}"));
                }
                _ => row.push_str(&format!(" {:>10} {:>10} {:>9} {:>7}", "-", "-", "-", "-")),
            }
            println!("{row}");
        }
    }
    let _ = fs::remove_dir_all(&dir);
    println!("\nratio: python3's CPU time over coroviz's (above 1: coroviz is faster)");
    if !all_ok {
        eprintln!("\nscaling: some runs failed or printed different lines");
        std::process::exit(1);
    }
}

/// Writes the shape's program for `n` tasks and returns its path.
fn program(dir: &Path, shape: &Shape, n: usize) -> PathBuf {
    let path = dir.join(format!("{}_{n}.py", shape.name.replace([' ', '-'], "_")));
    let source = shape.source.replace("{N}", &n.to_string());
    fs::write(&path, source).expect("write a generated program");
    path
}

fn coroviz(prog: &Path, dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_coroviz"));
    cmd.arg("run")
        .arg(prog)
        .arg("--trace")
        .arg(dir.join("trace.jsonl"))
        .arg("--max-instructions")
        .arg("100000000000");
    cmd
}

fn python3(prog: &Path) -> Command {
    let mut cmd = Command::new("python3");
    cmd.arg(prog);
    cmd
}

/// Runs the command `runs` times; the median by CPU time.
fn median_cost(runs: usize, command: impl Fn() -> Command) -> Result<Cost, String> {
    let mut costs = Vec::with_capacity(runs);
    for _ in 0..runs {
        costs.push(measure(command())?);
    }
    costs.sort_by(|a, b| a.cpu.total_cmp(&b.cpu));
    Ok(costs.swap_remove(runs / 2))
}

/// One run: the child's CPU time and peak RSS from `wait4`, its stdout from a file.
fn measure(mut cmd: Command) -> Result<Cost, String> {
    let out_path = std::env::temp_dir().join(format!("coroviz-scaling-out-{}", std::process::id()));
    let out = File::create(&out_path).map_err(|e| format!("cannot create the output file: {e}"))?;
    let child = cmd
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start: {e}"))?;
    let pid = child.id() as libc::pid_t;
    let mut status: libc::c_int = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: the pid is our own child, not yet waited for (std's `Child` never waits unless
    // asked), and both pointers are to live locals.
    let got = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    drop(child);
    if got != pid {
        return Err(format!("wait4 failed: {}", std::io::Error::last_os_error()));
    }
    let stdout = fs::read_to_string(&out_path).unwrap_or_default();
    let _ = fs::remove_file(&out_path);
    if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
        return Err(format!("exited with status {status:#x}"));
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Ok(Cost {
        cpu: secs(usage.ru_utime) + secs(usage.ru_stime),
        rss_mb: usage.ru_maxrss as f64 / 1024.0,
        stdout,
    })
}
