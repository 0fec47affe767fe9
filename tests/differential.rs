//! Differential tests: each program in `tests/programs/` prints the same under coroviz as under CPython.
//!
//! For every `*.py` and `*.toml` scenario the harness runs the CPython oracle
//! (`python3 tests/oracle/vclock.py`, asyncio on a virtual clock) and `coroviz run FILE`,
//! then compares stdout (exactly), the exit code, and the last non-empty stderr line.
//! All mismatches are collected and reported together, with a diff of stdout.
//!
//! Environment:
//! - `COROVIZ_DIFF_FILTER=a,b` runs only programs whose file name contains `a` or `b`.
//! - `COROVIZ_DIFF_SELFTEST=1` runs the oracle on *both* sides instead of coroviz: a check of
//!   the harness itself (scenario parsing, script passing, comparison) that must always pass.
//! - `COROVIZ_DIFF_TIMEOUT=SECS` is the per-run deadline (default 30).
//!
//! Without `python3` on PATH the test prints `skipped: python3 not found` and passes.

#[allow(dead_code)] // each test crate uses its own part of the shared support module
mod support;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::Duration;

use support::{Exit, Finished};

/// A corpus file: a plain program or a TOML scenario.
struct Case {
    name: String,
    path: PathBuf,
}

/// What the oracle needs to run a case: a `.py` file and, for scenarios, the script as JSON.
struct OracleInput {
    program: PathBuf,
    script_json: Option<String>,
}

/// The result of running one case on both sides.
enum Outcome {
    Match,
    Differs(Vec<String>),
    /// The case could not be run at all (bad scenario file, oracle failure, spawn error).
    Broken(String),
}

#[test]
fn programs_match_cpython() {
    if !support::python3_available() {
        println!("skipped: python3 not found");
        return;
    }
    let selftest = std::env::var("COROVIZ_DIFF_SELFTEST").is_ok_and(|v| v == "1");
    let deadline = Duration::from_secs_f64(
        std::env::var("COROVIZ_DIFF_TIMEOUT")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(30.0),
    );
    let filter = std::env::var("COROVIZ_DIFF_FILTER").unwrap_or_default();
    let cases = corpus(&filter);
    assert!(
        !cases.is_empty(),
        "no programs in tests/programs match COROVIZ_DIFF_FILTER={filter:?}"
    );

    let scratch = std::env::temp_dir().join(format!("coroviz-diff-{}", std::process::id()));
    fs::create_dir_all(&scratch).expect("create a scratch directory");
    let outcomes = run_all(&cases, &scratch, selftest, deadline);
    let _ = fs::remove_dir_all(&scratch);

    let mut report = String::new();
    let mut failures = 0;
    for (case, outcome) in cases.iter().zip(&outcomes) {
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
    let against = if selftest {
        "the oracle (selftest)"
    } else {
        "coroviz"
    };
    if failures > 0 {
        panic!(
            "differential: {failures} of {} programs differ between python3 and {against}\n{report}",
            cases.len()
        );
    }
    println!(
        "differential: all {} programs print the same under python3 and {against}",
        cases.len()
    );
}

/// The corpus, sorted by file name, keeping names that contain any comma-separated filter part.
fn corpus(filter: &str) -> Vec<Case> {
    let dir = support::repo_root().join("tests").join("programs");
    let parts: Vec<&str> = filter
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut cases: Vec<Case> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("py" | "toml")
            )
        })
        .filter_map(|path| {
            let name = path.file_name()?.to_str()?.to_string();
            let wanted = parts.is_empty() || parts.iter().any(|p| name.contains(p));
            wanted.then_some(Case { name, path })
        })
        .collect();
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    cases
}

/// Runs every case on a few worker threads; outcomes come back in corpus order.
fn run_all(cases: &[Case], scratch: &Path, selftest: bool, deadline: Duration) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let slots: Mutex<Vec<Option<Outcome>>> = Mutex::new((0..cases.len()).map(|_| None).collect());
    thread::scope(|scope| {
        for _ in 0..support::worker_count().min(cases.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(case) = cases.get(i) else { break };
                let outcome = run_case(case, scratch, selftest, deadline);
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

fn run_case(case: &Case, scratch: &Path, selftest: bool, deadline: Duration) -> Outcome {
    let input = match oracle_input(case, scratch) {
        Ok(input) => input,
        Err(why) => return Outcome::Broken(why),
    };
    let oracle = || support::oracle_command(&input.program, input.script_json.as_deref());
    let mut expected = match support::run_with_deadline(oracle(), deadline) {
        Ok(done) => done,
        Err(e) => return Outcome::Broken(format!("could not start python3: {e}")),
    };
    if let Exit::TimedOut(_) | Exit::Signal = expected.exit {
        return Outcome::Broken(format!("the oracle {}", expected.exit));
    }
    // coroviz shows a `.py` path relative to the current directory; the oracle shows what it
    // was given.
    if let (Ok(abs), Ok(cwd)) = (fs::canonicalize(&case.path), std::env::current_dir()) {
        if let Ok(rel) = abs.strip_prefix(&cwd) {
            expected.stderr = expected
                .stderr
                .replace(&abs.display().to_string(), &rel.display().to_string());
        }
    }
    // For inline `code` the oracle ran a scratch copy; coroviz names the scenario file.
    if input.program != case.path {
        let scratch_name = input.program.display().to_string();
        expected.stderr = expected
            .stderr
            .replace(&scratch_name, &case.path.display().to_string());
    }
    let subject = if selftest {
        oracle()
    } else {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_coroviz"));
        cmd.arg("run").arg(&case.path);
        cmd
    };
    let actual = match support::run_with_deadline(subject, deadline) {
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
/// (or its `source` file) and its `[[script]]` list as JSON.
fn oracle_input(case: &Case, scratch: &Path) -> Result<OracleInput, String> {
    if case.path.extension().and_then(|e| e.to_str()) == Some("py") {
        return Ok(OracleInput {
            program: case.path.clone(),
            script_json: None,
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
    Ok(OracleInput {
        program,
        script_json,
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
fn line_diff(expected: &str, actual: &str) -> String {
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

#[test]
fn line_diff_marks_changed_lines() {
    let diff = line_diff("a\nb\nc\n", "a\nx\nc\n");
    assert!(diff.contains("-b"), "{diff}");
    assert!(diff.contains("+x"), "{diff}");
    assert!(diff.contains(" a"), "{diff}");
    let missing_newline = line_diff("a\n", "a");
    assert!(
        missing_newline.contains("(no newline at end)"),
        "{missing_newline}"
    );
}
