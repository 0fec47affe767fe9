//! Shared by the integration tests and benches: running a child process with a deadline,
//! finding python3, reading a drawn screen as text, a scenario's engine events, and
//! (`differential`) comparing a program's run under coroviz with CPython's.

pub mod differential;

use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Output, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// What a finished (or killed) child process left behind.
#[derive(Debug)]
pub struct Finished {
    pub stdout: String,
    pub stderr: String,
    pub exit: Exit,
    pub wall: Duration,
}

/// How a child process ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    /// Ended by a signal (no exit code).
    Signal,
    /// Still running at the deadline, then killed.
    TimedOut(Duration),
}

impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Exit::Code(code) => write!(f, "{code}"),
            Exit::Signal => write!(f, "killed by a signal"),
            Exit::TimedOut(limit) => write!(f, "timed out after {}s", limit.as_secs_f64()),
        }
    }
}

impl Finished {
    /// The last line of stderr that is not blank, without trailing whitespace ("" when there is none).
    /// coroviz's warnings about a scenario's `[[script]]` (an action that could not happen) are
    /// skipped: they are about the scenario, which python3 never sees, not the program.
    pub fn last_stderr_line(&self) -> &str {
        self.stderr
            .lines()
            .rev()
            .map(str::trim_end)
            .find(|line| !line.is_empty() && !line.starts_with("coroviz: warning: the scripted "))
            .unwrap_or("")
    }
}

fn exit_of(status: ExitStatus) -> Exit {
    status.code().map_or(Exit::Signal, Exit::Code)
}

/// Runs `cmd` with stdin closed, capturing stdout and stderr; kills it (by its pid) at `deadline`.
pub fn run_with_deadline(cmd: Command, deadline: Duration) -> io::Result<Finished> {
    run_with_input(cmd, None, deadline)
}

/// Like `run_with_deadline`, with `input` (when given) as the child's standard input, which
/// is closed after it; without it stdin is closed from the start.
pub fn run_with_input(
    mut cmd: Command,
    input: Option<&str>,
    deadline: Duration,
) -> io::Result<Finished> {
    let started = Instant::now();
    let mut child = cmd
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    if let (Some(text), Some(mut stdin)) = (input, child.stdin.take()) {
        let text = text.to_owned();
        // A writer thread, so that a child that never reads cannot block us; a child that
        // exits early closes the pipe, and the error is of no interest.
        thread::spawn(move || {
            use std::io::Write as _;
            let _ = stdin.write_all(text.as_bytes());
        });
    }
    let pid = child.id();
    let (tx, rx) = mpsc::channel::<io::Result<Output>>();
    thread::spawn(move || {
        // The receiver may be gone if the test already gave up; nothing to do then.
        let _ = tx.send(child.wait_with_output());
    });
    let (output, timed_out) = match rx.recv_timeout(deadline) {
        Ok(output) => (output?, false),
        Err(_) => {
            // Kill only the child we started, by its id; its pipes close and the waiter returns.
            let _ = Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .stderr(Stdio::null())
                .status();
            let output = rx
                .recv()
                .map_err(|_| io::Error::other("the waiter thread vanished"))??;
            (output, true)
        }
    };
    Ok(Finished {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        exit: if timed_out {
            Exit::TimedOut(deadline)
        } else {
            exit_of(output.status)
        },
        wall: started.elapsed(),
    })
}

/// Replaces every number written with a decimal point (`0.05`, `1753.64`) by `<num>`.
pub fn mask_decimals(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i + 1 < chars.len() && chars[i] == '.' && chars[i + 1].is_ascii_digit() {
                i += 1;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                out.push_str("<num>");
            } else {
                out.extend(&chars[start..i]);
            }
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// What a run against `python3` must agree on: stdout, the exit code and the last line of
/// stderr.
pub fn output_summary(o: &std::process::Output) -> (String, Option<i32>, String) {
    let last = String::from_utf8_lossy(&o.stderr)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string();
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        o.status.code(),
        last,
    )
}

/// True when `python3` can be started from PATH.
pub fn python3_available() -> bool {
    Command::new("python3")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// The repository root (where Cargo.toml lives).
pub fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `tests/oracle/vclock.py`, the CPython virtual-clock oracle.
pub fn oracle_script() -> PathBuf {
    repo_root().join("tests").join("oracle").join("vclock.py")
}

/// A `python3 tests/oracle/vclock.py [--script JSON] PROGRAM` command.
pub fn oracle_command(program: &Path, script_json: Option<&str>) -> Command {
    let mut cmd = Command::new("python3");
    cmd.env("PYTHONDONTWRITEBYTECODE", "1").arg(oracle_script());
    if let Some(json) = script_json {
        cmd.args(["--script", json]);
    }
    cmd.arg(program);
    cmd
}

/// How many worker threads to use for running programs side by side.
pub fn worker_count() -> usize {
    thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(2, 8)
}

/// The dashboard's state after every event up to and including virtual time `t`.
pub fn state_at(
    lesson: &coroviz::app::Lesson,
    events: &[coroviz::runtime::event::Event],
    t: f64,
) -> coroviz::app::State {
    let end = events.partition_point(|e| e.t <= t);
    coroviz::app::State::fold(lesson.clone(), &events[..end])
}

/// The whole dashboard for `state` drawn on a `w`×`h` test terminal in `theme`.
pub fn draw_dashboard(
    state: &coroviz::app::State,
    w: u16,
    h: u16,
    theme: coroviz::ui::Theme,
) -> ratatui::Terminal<ratatui::backend::TestBackend> {
    let backend = ratatui::backend::TestBackend::new(w, h);
    let mut term = ratatui::Terminal::new(backend).expect("test backend");
    let dash = coroviz::ui::Dashboard { state, theme };
    term.draw(|f| f.render_widget(&dash, f.area()))
        .expect("draws");
    term
}

/// The dashboard for `state` as plain text, one line per row.
pub fn dashboard_text(state: &coroviz::app::State, w: u16, h: u16) -> String {
    let term = draw_dashboard(state, w, h, coroviz::ui::Theme::plain());
    buffer_text(term.backend().buffer())
}

/// A drawn screen as text, one line per row, trailing spaces kept (they are part of the
/// layout); a wide (CJK) character covers the next cell too, which is skipped.
pub fn buffer_text(buf: &ratatui::buffer::Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let symbol = buf[(x, y)].symbol();
            out.push_str(symbol);
            x += coroviz::ui::width(symbol).max(1) as u16;
        }
        out.push('\n');
    }
    out
}

/// Output that goes nowhere (the events carry what the program printed).
pub struct Discard;

impl coroviz::runtime::engine::ProgramOutput for Discard {
    fn stdout(&mut self, _: &str) {}
    fn stderr(&mut self, _: &str) {}
}

/// Every event of a scenario's run with `config`, on a thread with the engine's stack.
pub fn scenario_events(
    s: &coroviz::scenario::Scenario,
    config: coroviz::runtime::engine::EngineConfig,
) -> Vec<coroviz::runtime::event::Event> {
    let (name, source) = (s.source_name.clone(), s.source.clone());
    let handle = thread::Builder::new()
        .stack_size(coroviz::cli::ENGINE_STACK)
        .spawn(move || {
            let mut sink = coroviz::runtime::event::VecSink::default();
            coroviz::runtime::engine::run_program(&name, &source, config, &mut sink, &mut Discard)
                .expect("program compiles");
            sink.0
        })
        .expect("engine thread");
    handle.join().expect("engine ran")
}

/// A recording's JSON lines as text, decompressed (what `zstd -dc FILE.cvz` prints).
pub fn recording_text(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("the recording");
    let (text, _) = coroviz::record::json_lines(&bytes).expect("a readable recording");
    String::from_utf8(text.into_owned()).expect("UTF-8 JSON lines")
}
