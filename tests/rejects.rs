//! Reject corpus: inputs coroviz must refuse cleanly, each with its expected exit code and messages.
//!
//! Every file in `tests/rejects/` (`.py` or `.toml`) starts with `#` header comments:
//! - `# expect-exit: N` (required): the exit code of `coroviz run FILE`;
//! - `# expect-stderr: TEXT` (one or more): substrings stderr must contain;
//! - `# args: ...` (optional): extra arguments, placed after `run` and before the file;
//! - `# file: NAME` (optional): run NAME (relative to `tests/rejects/`) instead of this file.
//!
//! Cases run from inside `tests/rejects/` with the bare file name, so diagnostics read
//! `10_complex_literal.py:3:9: error: ...`. A refusal (exit 2) must also print nothing on stdout:
//! nothing may run before the check. All failures are reported at once.

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

/// Exit code for input coroviz refuses to run (unsupported, syntax, scenario, usage errors).
const EXIT_REFUSED: i32 = 2;
const DEADLINE: Duration = Duration::from_secs(30);

/// One reject case, as described by its header comments.
#[derive(Debug)]
struct RejectCase {
    name: String,
    /// The file handed to coroviz (the case itself unless `# file:` says otherwise).
    target: String,
    args: Vec<String>,
    exit: i32,
    stderr_contains: Vec<String>,
}

fn rejects_dir() -> PathBuf {
    support::repo_root().join("tests").join("rejects")
}

/// Reads a case's header; an error names what is missing or malformed.
fn parse_case(path: &Path) -> Result<RejectCase, String> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or("file name is not UTF-8")?
        .to_string();
    let text = fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
    let mut case = RejectCase {
        target: name.clone(),
        name,
        args: Vec::new(),
        exit: -1,
        stderr_contains: Vec::new(),
    };
    let mut exit = None;
    // The header is the leading block of `#` comment lines.
    for line in text.lines().take_while(|l| l.starts_with('#')) {
        let header = line[1..].trim_start();
        if let Some(v) = header.strip_prefix("expect-exit:") {
            let code = v
                .trim()
                .parse()
                .map_err(|_| format!("{}: bad expect-exit {v:?}", case.name))?;
            exit = Some(code);
        } else if let Some(v) = header.strip_prefix("expect-stderr:") {
            case.stderr_contains.push(v.trim().to_string());
        } else if let Some(v) = header.strip_prefix("args:") {
            case.args.extend(v.split_whitespace().map(String::from));
        } else if let Some(v) = header.strip_prefix("file:") {
            case.target = v.trim().to_string();
        }
    }
    case.exit = exit.ok_or_else(|| format!("{}: no `# expect-exit:` header", case.name))?;
    if case.stderr_contains.iter().all(|s| s.is_empty()) {
        return Err(format!("{}: no `# expect-stderr:` header", case.name));
    }
    Ok(case)
}

fn all_cases() -> Vec<Result<RejectCase, String>> {
    let dir = rejects_dir();
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("py" | "toml")))
        .collect();
    paths.sort();
    paths.iter().map(|p| parse_case(p)).collect()
}

#[test]
fn reject_cases_are_well_formed() {
    let cases = all_cases();
    let problems: Vec<&String> = cases.iter().filter_map(|c| c.as_ref().err()).collect();
    assert!(
        problems.is_empty(),
        "malformed reject cases:\n{problems:#?}"
    );
    assert!(
        cases.len() >= 25,
        "expected at least 25 reject cases, found {}",
        cases.len()
    );
}

#[test]
fn coroviz_refuses_cleanly() {
    let cases: Vec<RejectCase> = all_cases().into_iter().filter_map(Result::ok).collect();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::<(usize, String)>::new());
    thread::scope(|scope| {
        for _ in 0..support::worker_count().min(cases.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(case) = cases.get(i) else { break };
                if let Some(problem) = check(case) {
                    failures
                        .lock()
                        .expect("a worker panicked")
                        .push((i, problem));
                }
            });
        }
    });
    let mut failures = failures.into_inner().expect("a worker panicked");
    failures.sort();
    if !failures.is_empty() {
        let mut report = String::new();
        for (_, problem) in &failures {
            let _ = writeln!(report, "\n{problem}");
        }
        panic!(
            "rejects: {} of {} cases failed\n{report}",
            failures.len(),
            cases.len()
        );
    }
    println!("rejects: all {} cases refused as expected", cases.len());
}

/// Runs one case; describes everything that is off, or None when all expectations hold.
fn check(case: &RejectCase) -> Option<String> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_coroviz"));
    cmd.current_dir(rejects_dir())
        .arg("run")
        .args(&case.args)
        .arg(&case.target);
    let done = match support::run_with_deadline(cmd, DEADLINE) {
        Ok(done) => done,
        Err(e) => return Some(format!("── {}: could not start coroviz: {e}", case.name)),
    };
    let mut problems = Vec::new();
    if done.exit != support::Exit::Code(case.exit) {
        problems.push(format!(
            "exit code: expected {}, got {}",
            case.exit, done.exit
        ));
    }
    for wanted in &case.stderr_contains {
        if !done.stderr.contains(wanted.as_str()) {
            problems.push(format!("stderr lacks {wanted:?}"));
        }
    }
    if case.exit == EXIT_REFUSED && !done.stdout.is_empty() {
        problems.push(format!(
            "stdout should be empty for a refusal, got {:?}",
            excerpt(&done.stdout, 3)
        ));
    }
    if problems.is_empty() {
        return None;
    }
    Some(format!(
        "── {} (coroviz run {}{})\n   {}\n   stderr was:\n{}",
        case.name,
        case.args
            .iter()
            .map(|a| format!("{a} "))
            .collect::<String>(),
        case.target,
        problems.join("\n   "),
        if done.stderr.trim().is_empty() {
            "     (empty)".to_string()
        } else {
            excerpt(&done.stderr, 12)
                .lines()
                .map(|l| format!("     | {l}"))
                .collect::<Vec<_>>()
                .join("\n")
        }
    ))
}

/// The first `lines` lines of `text`, with a marker when more were cut.
fn excerpt(text: &str, lines: usize) -> String {
    let total = text.lines().count();
    let mut out: Vec<&str> = text.lines().take(lines).collect();
    if total > lines {
        out.push("…");
    }
    out.join("\n")
}
