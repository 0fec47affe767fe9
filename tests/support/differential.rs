//! The differential harness shared by `differential.rs` and `lessons.rs`: each case runs
//! under CPython with the virtual-clock oracle (`python3 tests/oracle/vclock.py`, given a
//! `.toml` scenario's program and its `[[script]]` as JSON, with its `stdin` text piped to
//! it) and under coroviz, and the two runs must agree on stdout (exactly), the exit code and
//! the last non-empty stderr line. coroviz reads a scenario's `stdin` from the scenario
//! itself; its own standard input stays closed.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::Duration;

use super::{Exit, Finished};

/// A program to compare: a plain `.py` or a TOML scenario, and how coroviz runs it.
pub struct Case {
    /// Shown in reports.
    pub name: String,
    /// The `.py` or `.toml` the oracle runs.
    pub path: PathBuf,
    /// coroviz's arguments (`run FILE` unless the case says otherwise).
    pub coroviz_args: Vec<OsString>,
    /// The directory coroviz runs in (the test's own when `None`).
    pub coroviz_dir: Option<PathBuf>,
}

impl Case {
    /// `coroviz run PATH`, from the test's directory.
    pub fn file(name: String, path: PathBuf) -> Case {
        Case {
            coroviz_args: vec!["run".into(), path.clone().into_os_string()],
            coroviz_dir: None,
            name,
            path,
        }
    }
}

/// What the oracle needs to run a case: a `.py` file and, for scenarios, the script as JSON
/// and the program's standard input.
struct OracleInput {
    program: PathBuf,
    script_json: Option<String>,
    stdin: Option<String>,
}

/// The result of running one case on both sides.
pub enum Outcome {
    Match,
    Differs(Vec<String>),
    /// The case could not be run at all (bad scenario file, oracle failure, spawn error).
    Broken(String),
}

/// How to run the cases.
pub struct Options {
    /// Run the oracle on both sides: a check of the harness itself, which must always pass.
    pub selftest: bool,
    /// Per run.
    pub deadline: Duration,
}

impl Options {
    /// `COROVIZ_DIFF_SELFTEST=1` runs the oracle on both sides; `COROVIZ_DIFF_TIMEOUT=SECS`
    /// is the per-run deadline (default 30).
    pub fn from_env() -> Options {
        Options {
            selftest: std::env::var("COROVIZ_DIFF_SELFTEST").is_ok_and(|v| v == "1"),
            deadline: Duration::from_secs_f64(
                std::env::var("COROVIZ_DIFF_TIMEOUT")
                    .ok()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(30.0),
            ),
        }
    }

    /// What CPython was compared with, for the summary line.
    pub fn against(&self) -> &'static str {
        if self.selftest {
            "the oracle (selftest)"
        } else {
            "coroviz"
        }
    }
}

/// Every case that did not match, with what differs (empty when all match).
pub fn report(cases: &[Case], outcomes: &[Outcome]) -> (usize, String) {
    let mut report = String::new();
    let mut failures = 0;
    for (case, outcome) in cases.iter().zip(outcomes) {
        match outcome {
            Outcome::Match => {}
            Outcome::Differs(parts) => {
                failures += 1;
                let _ = writeln!(report, "\n── {}", case.name);
                for part in parts {
                    let _ = writeln!(report, "{part}");
                }
            }
            Outcome::Broken(why) => {
                failures += 1;
                let _ = writeln!(report, "\n── {} (could not run)\n   {why}", case.name);
            }
        }
    }
    (failures, report)
}

/// Runs every case on a few worker threads; outcomes come back in corpus order.
pub fn run_all(cases: &[Case], scratch: &Path, options: &Options) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let slots: Mutex<Vec<Option<Outcome>>> = Mutex::new((0..cases.len()).map(|_| None).collect());
    thread::scope(|scope| {
        for _ in 0..super::worker_count().min(cases.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(case) = cases.get(i) else { break };
                let outcome = run_case(case, scratch, options);
                slots.lock().expect("a worker panicked")[i] = Some(outcome);
            });
        }
    });
    slots
        .into_inner()
        .expect("a worker panicked")
        .into_iter()
        .map(|slot| slot.expect("every case ran"))
        .collect()
}

fn run_case(case: &Case, scratch: &Path, options: &Options) -> Outcome {
    let deadline = options.deadline;
    let input = match oracle_input(case, scratch) {
        Ok(input) => input,
        Err(why) => return Outcome::Broken(why),
    };
    let oracle = || super::oracle_command(&input.program, input.script_json.as_deref());
    let stdin = if options.selftest {
        input.stdin.as_deref()
    } else {
        None
    };
    let mut expected = match super::run_with_input(oracle(), input.stdin.as_deref(), deadline) {
        Ok(done) => done,
        Err(e) => return Outcome::Broken(format!("could not start python3: {e}")),
    };
    if let Exit::TimedOut(_) | Exit::Signal = expected.exit {
        return Outcome::Broken(format!("the oracle {}", expected.exit));
    }
    // For inline `code` the oracle ran a scratch copy; coroviz names the scenario file.
    if input.program != case.path {
        let scratch_name = input.program.display().to_string();
        expected.stderr = expected
            .stderr
            .replace(&scratch_name, &case.path.display().to_string());
    }
    let subject = if options.selftest {
        oracle()
    } else {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_coroviz"));
        cmd.args(&case.coroviz_args);
        if let Some(dir) = &case.coroviz_dir {
            cmd.current_dir(dir);
        }
        cmd
    };
    let actual = match super::run_with_input(subject, stdin, deadline) {
        Ok(done) => done,
        Err(e) => return Outcome::Broken(format!("could not start coroviz: {e}")),
    };
    let parts = compare(&expected, &actual);
    if parts.is_empty() {
        Outcome::Match
    } else {
        Outcome::Differs(parts)
    }
}

/// For a `.py`, the file itself; for a `.toml`, its `code` written to `scratch/<stem>.py`
/// (or its `source` file), its `[[script]]` list as JSON and its `stdin` text.
fn oracle_input(case: &Case, scratch: &Path) -> Result<OracleInput, String> {
    if case.path.extension().and_then(|e| e.to_str()) == Some("py") {
        return Ok(OracleInput {
            program: case.path.clone(),
            script_json: None,
            stdin: None,
        });
    }
    let text = fs::read_to_string(&case.path).map_err(|e| format!("read: {e}"))?;
    let table: toml::Table =
        toml::from_str(&text).map_err(|e| format!("bad scenario TOML: {e}"))?;
    let program = match (table.get("code"), table.get("source")) {
        (Some(toml::Value::String(code)), None) => {
            let stem = case
                .path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("scenario");
            let program = scratch.join(format!("{stem}.py"));
            fs::write(&program, code).map_err(|e| format!("write {}: {e}", program.display()))?;
            program
        }
        (None, Some(toml::Value::String(source))) => case
            .path
            .parent()
            .unwrap_or_else(|| Path::new("."))
            .join(source),
        _ => return Err("a scenario needs exactly one of `code` or `source` (a string)".into()),
    };
    let script_json = match table.get("script") {
        None => None,
        Some(toml::Value::Array(actions)) => {
            Some(serde_json::to_string(actions).map_err(|e| format!("script to JSON: {e}"))?)
        }
        Some(_) => return Err("`script` must be an array of tables ([[script]])".into()),
    };
    let stdin = match table.get("stdin") {
        None => None,
        Some(toml::Value::String(text)) => Some(text.clone()),
        Some(_) => return Err("`stdin` must be a string".into()),
    };
    Ok(OracleInput {
        program,
        script_json,
        stdin,
    })
}

/// Describes every difference between the oracle's run and coroviz's (empty when they agree).
fn compare(expected: &Finished, actual: &Finished) -> Vec<String> {
    let mut parts = Vec::new();
    if expected.exit != actual.exit {
        parts.push(format!(
            "   exit code: python3 {}, coroviz {}",
            expected.exit, actual.exit
        ));
    }
    let (want, got) = (expected.last_stderr_line(), actual.last_stderr_line());
    if want != got {
        parts.push(format!(
            "   last stderr line:\n     python3: {want:?}\n     coroviz: {got:?}"
        ));
    }
    if expected.stdout != actual.stdout {
        parts.push(format!(
            "   stdout (--- python3, +++ coroviz):\n{}",
            line_diff(&expected.stdout, &actual.stdout)
        ));
    }
    parts
}

/// One step of a line diff.
#[derive(Clone, Copy, PartialEq)]
enum Edit {
    Same(usize),
    Removed(usize),
    Added(usize),
}

const CONTEXT: usize = 2;
const MAX_DIFF_LINES: usize = 40;

/// A short unified-style diff of two texts, with line numbers of the python3 side.
pub fn line_diff(expected: &str, actual: &str) -> String {
    let old: Vec<&str> = expected.split_inclusive('\n').collect();
    let new: Vec<&str> = actual.split_inclusive('\n').collect();
    let edits = lcs_edits(&old, &new);
    // Keep changes plus CONTEXT unchanged lines around them.
    let near_change: Vec<bool> = (0..edits.len())
        .map(|i| {
            let lo = i.saturating_sub(CONTEXT);
            let hi = (i + CONTEXT + 1).min(edits.len());
            edits[lo..hi].iter().any(|e| !matches!(e, Edit::Same(_)))
        })
        .collect();
    let mut out = String::new();
    let mut shown = 0;
    let mut gap = true;
    let mut old_line = 0;
    for (edit, keep) in edits.iter().zip(near_change) {
        if let Edit::Same(_) | Edit::Removed(_) = edit {
            old_line += 1;
        }
        if !keep {
            gap = true;
            continue;
        }
        if shown == MAX_DIFF_LINES {
            out.push_str("     … (diff truncated)\n");
            break;
        }
        if gap {
            let _ = writeln!(out, "     @@ python3 line {old_line} @@");
            gap = false;
        }
        let (mark, text) = match *edit {
            Edit::Same(i) => (' ', old[i]),
            Edit::Removed(i) => ('-', old[i]),
            Edit::Added(j) => ('+', new[j]),
        };
        let (text, eol) = match text.strip_suffix('\n') {
            Some(t) => (t, ""),
            None => (text, "  (no newline at end)"),
        };
        let _ = writeln!(out, "     {mark}{text}{eol}");
        shown += 1;
    }
    out.trim_end().to_string()
}

/// A minimal edit script from the longest common subsequence of lines.
fn lcs_edits(old: &[&str], new: &[&str]) -> Vec<Edit> {
    let (n, m) = (old.len(), new.len());
    if n.saturating_mul(m) > 4_000_000 {
        // Too big for the table: show everything as replaced.
        return (0..n)
            .map(Edit::Removed)
            .chain((0..m).map(Edit::Added))
            .collect();
    }
    // lcs[i][j] = LCS length of old[i..] and new[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if old[i] == new[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut edits = Vec::with_capacity(n + m);
    while i < n || j < m {
        if i < n && j < m && old[i] == new[j] {
            edits.push(Edit::Same(i));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            edits.push(Edit::Removed(i));
            i += 1;
        } else {
            edits.push(Edit::Added(j));
            j += 1;
        }
    }
    edits
}

/// How a run of plain `python3` on a real clock and the oracle's run of one program disagree
/// once printed times are masked (empty when they agree): stdout, exit code, last stderr line.
pub fn real_clock_differences(real: &Finished, model: &Finished) -> Vec<String> {
    use super::mask_decimals as mask;
    let mut found = Vec::new();
    let (real_out, model_out) = (mask(&real.stdout), mask(&model.stdout));
    if real_out != model_out {
        found.push(format!(
            "stdout (--- python3 on a real clock, +++ the oracle)\n{}",
            line_diff(&real_out, &model_out)
        ));
    }
    if real.exit != model.exit {
        found.push(format!(
            "exit {} on a real clock, {} under the oracle",
            real.exit, model.exit
        ));
    }
    let (real_err, model_err) = (
        mask(real.last_stderr_line()),
        mask(model.last_stderr_line()),
    );
    if real_err != model_err {
        found.push(format!(
            "last stderr line\n   real:   {real_err:?}\n   oracle: {model_err:?}"
        ));
    }
    found
}
