//! The command line at the binary's edge: arguments, logging, and the headless run.
//!
//! Every failure here becomes `coroviz: error: ...` (or a positioned diagnostic) on stderr
//! and exit code 2; program outcomes map to the codes of [`ExitStatus::code`].

use std::fmt::Display;
use std::fs::OpenOptions;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use clap::{value_parser, Args, Parser, Subcommand};
use tracing_subscriber::filter::{EnvFilter, LevelFilter};

use crate::lang::compile::compile_main;
use crate::record::{run_recorded, Header, Recorder, RunMode};
use crate::runtime::engine::{
    run_compiled, HeadlessHost, ProgramOutput, DEFAULT_MAX_INSTRUCTIONS, DEFAULT_MAX_TIME,
};
use crate::runtime::event::{EventSink, ExitStatus, NullSink};
use crate::scenario::{self, ScenarioError};
use crate::trace::JsonlSink;

/// Exit code for a bad scenario, unsupported Python, bad usage or an I/O problem (clap's own).
const EXIT_USAGE: u8 = 2;

const EXIT_CODES: &str = "\
Exit codes:
  0    the program ran to the end
  1    uncaught exception (the traceback is on stderr)
  2    bad scenario, unsupported Python, bad usage, or an I/O error (e.g. the --trace file)
  3    deadlock: nothing ready, no timer due, something still pending
  4    instruction budget exhausted (a runaway loop; see --max-instructions)
  130  uncaught KeyboardInterrupt
  N    sys.exit(N) (its low 8 bits, as for python3)

The dashboard, `lesson` and `record` exit with the same code when you quit (q), once the program has ended. Quitting before its end stops the program: that is 130, as for a program stopped by Ctrl-C.";

/// What bare `coroviz` prints (on stderr, exit code 2: there is no FILE to open).
pub const SHORT_USAGE: &str = "\
coroviz: see how an event loop schedules coroutines, step by step.

Usage: coroviz FILE          the live dashboard on a program (.py), a scenario
                             (.toml) or a bundled lesson's name
       coroviz FILE.cvz      replay a recording
       coroviz list          the bundled lessons, in course order
                             (start with `coroviz lesson 1`)
       coroviz run FILE      run headless: output and exit code as python3's
       coroviz --help        every command and option
";

const RUN_ABOUT: &str = "\
Run a scenario headless: the program's stdout goes to stdout, its stderr (tracebacks) to \
stderr, and with --trace every scheduling event goes to a JSON-lines file.

FILE is a .toml scenario, a plain .py program, or the name of a lesson bundled with coroviz \
(`coroviz list`). Time is virtual: the clock starts at 0.0 \
and, when nothing is ready, jumps straight to the next timer, so `asyncio.sleep(5)` costs no \
wall time and the same scenario always prints the same output and events.";

#[derive(Debug, Parser)]
#[command(
    name = "coroviz",
    version,
    about = "See how an event loop schedules coroutines: a faithful, instrumented asyncio in your terminal",
    long_about = "See how an event loop schedules coroutines: a faithful, instrumented asyncio in \
                  your terminal.\n\n`coroviz FILE` opens the live dashboard: every task's state, \
                  the line it waits at, the loop's queues, and keys to pause, step, cancel a task \
                  and send Ctrl-C (press ? in the dashboard for the keys). `coroviz run FILE` runs \
                  it headless; `coroviz FILE.cvz` replays a recording. `coroviz list` shows the lessons bundled with coroviz and \
                  `coroviz lesson NAME` opens one; a lesson's NAME also works wherever a FILE \
                  does.",
    override_usage = "coroviz [OPTIONS] [--paused] <FILE>\n       coroviz [--paused] <FILE.cvz>\n       coroviz <run|record|replay|verify|export> [OPTIONS] <FILE>\n       coroviz list\n       coroviz lesson [--paused] <NAME>",
    after_help = EXIT_CODES,
    subcommand_negates_reqs = true
)]
pub struct Cli {
    /// Write logs to FILE (appended; also COROVIZ_LOG=FILE). Filter with RUST_LOG, default
    /// `info`. Logs never go to the terminal.
    #[arg(long, global = true, value_name = "FILE")]
    pub log: Option<PathBuf>,

    /// Memory the program may use (512M, 2G …; default half the machine's): past it an
    /// allocation raises MemoryError in the program, as CPython's does when memory runs out
    #[arg(long, global = true, value_name = "SIZE", value_parser = crate::runtime::memory::parse_size)]
    pub max_memory: Option<usize>,

    #[command(subcommand)]
    pub command: Option<Command>,

    /// Scenario (.toml), Python program (.py) or bundled lesson (`coroviz list`) to show in
    /// the live dashboard, or a recording (.cvz) to replay
    #[arg(value_name = "FILE", required = true)]
    pub file: Option<PathBuf>,

    /// Open the dashboard paused before the first step: a loop handle, a generator
    /// operation or a thread switch (space resumes, n runs one step)
    #[arg(long)]
    pub paused: bool,
}

/// What the command line asks for.
#[derive(Debug)]
pub enum Invocation {
    /// `coroviz run FILE`: headless.
    Run(RunArgs),
    /// `coroviz FILE`: the live dashboard.
    Dashboard(DashboardArgs),
    /// `coroviz record FILE -o OUT.cvz`: the live dashboard, recorded.
    Record(RecordArgs),
    /// `coroviz verify FILE.cvz`: re-execute and compare.
    Verify(VerifyArgs),
    /// `coroviz replay FILE.cvz`: a recording in the dashboard.
    Replay(ReplayArgs),
    /// `coroviz export FILE`: a cast, trace, picture or program.
    Export(ExportArgs),
    /// `coroviz list`: the bundled lessons.
    List,
    /// `coroviz lesson NAME`: a bundled lesson in the live dashboard.
    Lesson(LessonArgs),
}

/// `coroviz FILE`'s arguments.
#[derive(Debug, PartialEq, Eq)]
pub struct DashboardArgs {
    pub file: PathBuf,
    pub paused: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a scenario headless: program output to the terminal, events optionally to a trace
    #[command(long_about = RUN_ABOUT, after_help = EXIT_CODES)]
    Run(RunArgs),
    /// Open the live dashboard and record the session (keys, events, output) to a .cvz file
    #[command(long_about = RECORD_ABOUT, after_help = EXIT_CODES)]
    Record(RecordArgs),
    /// Re-execute a recording's embedded scenario with its recorded inputs and check that
    /// every event is identical
    #[command(long_about = VERIFY_ABOUT)]
    Verify(VerifyArgs),
    /// Replay a recording (.cvz) in the dashboard: play, pause, step back and forth, seek
    #[command(long_about = REPLAY_ABOUT)]
    Replay(ReplayArgs),
    /// Export a recording (or a scenario, recorded headless first) as an asciinema cast, a
    /// Perfetto trace, an SVG timeline or a plain Python program
    Export(ExportArgs),
    /// List the lessons bundled with coroviz, in course order
    #[command(long_about = LIST_ABOUT)]
    List,
    /// Open a bundled lesson in the live dashboard (`coroviz list` shows them)
    #[command(long_about = LESSON_ABOUT, after_help = EXIT_CODES)]
    Lesson(LessonArgs),
}

const LIST_ABOUT: &str = "\
List the lessons bundled with coroviz, in course order: each one's name, title and what it \
shows. They come from study notes on iterators, generators, generator-based coroutines, \
`yield from`, and asyncio's loop, tasks, callbacks and Ctrl-C handling; each is a scenario \
built into the binary, so it works from any directory.";

const LESSON_ABOUT: &str = "\
Open a bundled lesson in the live dashboard, its lesson text in the notes panel. NAME is a \
lesson's name (`03-yield-and-send`), its topic (`yield-and-send`) or its number (`3`). \
A lesson's name works wherever a scenario FILE does: `coroviz run NAME` runs it headless, \
`coroviz record NAME -o OUT.cvz` records it, `coroviz export NAME ...` exports it.";

#[derive(Debug, Args)]
pub struct LessonArgs {
    /// The lesson's name, topic or number (`coroviz list` shows them)
    #[arg(value_name = "NAME")]
    pub name: String,

    /// Open paused before the loop runs its first handle (space resumes, n steps one handle)
    #[arg(long)]
    pub paused: bool,
}

const RECORD_ABOUT: &str = "\
Open the live dashboard on a scenario and record the session: the scenario with its source, \
every scheduling event, the program's output, and what you do (cancels, Ctrl-C, the loop \
woken early by a key, quitting) with the virtual time and loop iteration it landed at. \
Scripted `[[script]] do = \"pause\"` actions are kept, so a replay stops there with the note.

The file is written as the run goes: if coroviz is killed, what was written still replays \
(marked as truncated). Restart (r) is off while recording: a recording holds one run.

Open it with `coroviz replay OUT.cvz`, check it with `coroviz verify OUT.cvz`.";

const VERIFY_ABOUT: &str = "\
Re-execute a recording's embedded scenario, answering the engine with the recorded inputs \
at exactly the points they were taken, and compare the event stream with the recorded one. \
Prints the first difference (event number, line of the file, both events) and exits 1 when \
they differ; exits 0 when every event matches; exits 2 when the file cannot be read.";

#[derive(Debug, Args)]
pub struct RecordArgs {
    /// Scenario (.toml), Python program (.py) or bundled lesson's name
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// The recording to write; an existing file is kept unless --force (and FILE is never
    /// replaced)
    #[arg(short, long, value_name = "OUT.cvz")]
    pub output: PathBuf,

    /// Open paused before the first step (a loop handle, a generator operation or a thread
    /// switch)
    #[arg(long)]
    pub paused: bool,

    /// Replace OUT.cvz if it exists (never FILE itself, nor the program it runs)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// A recording made by `coroviz record` or `coroviz run --record`
    #[arg(value_name = "FILE.cvz")]
    pub file: PathBuf,
}

const REPLAY_ABOUT: &str = "\
Replay a recording (.cvz) in the dashboard, with time travel: space plays and pauses, → and ← \
step one event, ] and [ jump to the next and previous task switch, Home and End go to the \
start and the end, t and i seek to a virtual time or a loop iteration, + and - change the \
speed. The program is not run again: the screen is rebuilt from the recorded events, and the \
scenario's scripted pauses stop playback with their notes. Press ? in the replay for the keys.";

#[derive(Debug, Args)]
pub struct ReplayArgs {
    /// The recording to replay
    #[arg(value_name = "FILE.cvz")]
    pub file: PathBuf,

    /// Start at virtual time T (seconds): every event up to T shown
    #[arg(long, value_name = "T", conflicts_with = "iteration", value_parser = parse_time)]
    pub at: Option<f64>,

    /// Start at the end of loop iteration N
    #[arg(long, value_name = "N")]
    pub iteration: Option<u64>,

    /// Open paused (space plays)
    #[arg(long)]
    pub paused: bool,
}

/// A virtual time on the command line: finite seconds, not negative.
fn parse_time(s: &str) -> Result<f64, String> {
    match s.trim_end_matches('s').parse::<f64>() {
        Ok(t) if t.is_finite() && t >= 0.0 => Ok(t),
        _ => Err(format!("`{s}` is not a virtual time in seconds (like 1.5)")),
    }
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Recording (.cvz), or a scenario (.toml), program (.py) or bundled lesson's name to
    /// record headless first
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[arg(long, short = 'f', value_enum)]
    pub format: crate::export::Format,
    /// Where to write (`-` for stdout); written to a temporary file and renamed when
    /// complete. An existing OUT is kept unless --force; FILE itself is never replaced
    #[arg(long = "output", short = 'o', value_name = "OUT")]
    pub output: PathBuf,
    /// Replace OUT if it exists (never FILE, nor the program a scenario runs)
    #[arg(long)]
    pub force: bool,
    /// Terminal size of the asciicast, WIDTHxHEIGHT (80x24 to 400x200)
    #[arg(long, value_name = "WxH", default_value = "120x40")]
    pub size: crate::export::Size,
    /// No colour in the asciicast (also when NO_COLOR is set)
    #[arg(long)]
    pub no_color: bool,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Scenario (.toml), Python program (.py) or bundled lesson's name (`coroviz list`)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Write every scheduling event to this file, one JSON object per line
    #[arg(long, value_name = "OUT.jsonl")]
    pub trace: Option<PathBuf>,

    /// Record the run to this file for `coroviz replay`, `verify` and `export`
    #[arg(long, value_name = "OUT.cvz")]
    pub record: Option<PathBuf>,

    /// Replace the --record file if it exists (never FILE itself)
    #[arg(long, requires = "record")]
    pub force: bool,

    /// Instructions one loop step (or top-level code between loop runs) may execute before
    /// the run stops with exit code 4
    #[arg(
        long,
        value_name = "N",
        default_value_t = DEFAULT_MAX_INSTRUCTIONS,
        value_parser = value_parser!(u64).range(1..)
    )]
    pub max_instructions: u64,

    /// Virtual seconds the program may run before it stops with exit code 5 (a program that
    /// would run for ever: `while True: await asyncio.sleep(1)`)
    #[arg(long, value_name = "SECONDS", default_value_t = DEFAULT_MAX_TIME, value_parser = positive_seconds)]
    pub max_time: f64,
}

fn positive_seconds(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(s) if s > 0.0 && s.is_finite() => Ok(s),
        Ok(_) => Err("must be a positive number of seconds".into()),
        Err(_) => Err(format!("`{text}` is not a number of seconds")),
    }
}

/// Parses the command line, runs it, and returns the process exit code.
pub fn main() -> ExitCode {
    let started = std::time::Instant::now();
    if std::env::args_os().len() <= 1 {
        eprint!("{SHORT_USAGE}");
        return ExitCode::from(EXIT_USAGE);
    }
    // clap prints usage errors itself and exits 2 (0 for --help and --version).
    let cli = Cli::parse();
    if let Some(bytes) = cli.max_memory {
        crate::runtime::memory::set_limit(bytes);
    }
    let log = cli.log.clone().or_else(|| {
        std::env::var_os("COROVIZ_LOG")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    });
    if let Some(path) = &log {
        if let Err(e) = init_logging(path) {
            return fail(format_args!(
                "cannot open log file `{}`: {e}",
                path.display()
            ));
        }
    }
    match cli.into_invocation() {
        Ok(Invocation::Run(args)) => run_on_engine_thread(args),
        Ok(Invocation::Dashboard(args)) => run_dashboard(&args, started),
        Ok(Invocation::Record(args)) => record_dashboard(&args, started),
        Ok(Invocation::Verify(args)) => on_engine_thread(move || verify_recording(&args)),
        Ok(Invocation::Replay(args)) => run_replay(&args),
        Ok(Invocation::Export(args)) => run_export(&args),
        Ok(Invocation::List) => list_lessons(),
        Ok(Invocation::Lesson(args)) => match crate::lessons::find(&args.name) {
            Ok(lesson) => open_dashboard(Path::new(lesson.name), args.paused, None, started),
            Err(e) => fail(e),
        },
        Err(e) => e.exit(),
    }
}

/// `coroviz run` on a thread with the interpreter's big stack.
fn run_on_engine_thread(args: RunArgs) -> ExitCode {
    on_engine_thread(move || run_headless(&args))
}

/// Runs `f` on a thread with the interpreter's big stack: it recurses on the Rust stack for
/// Python calls, so it needs room for Python's recursion limit.
pub fn on_engine_thread(f: impl FnOnce() -> ExitCode + Send + 'static) -> ExitCode {
    std::thread::Builder::new()
        .name("engine".into())
        .stack_size(ENGINE_STACK)
        .spawn(f)
        .map(|h| h.join().unwrap_or(ExitCode::from(70)))
        .unwrap_or_else(|e| fail(format_args!("cannot start the engine thread: {e}")))
}

/// Stack for the thread that runs Python code.
pub const ENGINE_STACK: usize = 512 << 20;

impl Cli {
    /// What to do: `run` with its arguments, or the dashboard for FILE. FILE together with
    /// a subcommand, or `--paused` with `run`, is a usage error.
    pub fn into_invocation(self) -> Result<Invocation, clap::Error> {
        use clap::{error::ErrorKind, CommandFactory};
        match (self.command, self.file) {
            (Some(Command::Run(_)), None) if self.paused => Err(Cli::command().error(
                ErrorKind::ArgumentConflict,
                "--paused is for the dashboard (`coroviz --paused FILE`), not for `coroviz run`",
            )),
            (Some(Command::Run(args)), None) => Ok(Invocation::Run(args)),
            (Some(_), None) if self.paused => Err(Cli::command().error(
                ErrorKind::ArgumentConflict,
                "put --paused after the subcommand (`coroviz record --paused FILE -o OUT.cvz`)",
            )),
            (Some(Command::Record(args)), None) => Ok(Invocation::Record(args)),
            (Some(Command::Verify(args)), None) => Ok(Invocation::Verify(args)),
            (Some(Command::Replay(args)), None) => Ok(Invocation::Replay(args)),
            (Some(Command::Export(args)), None) => Ok(Invocation::Export(args)),
            (Some(Command::List), None) => Ok(Invocation::List),
            (Some(Command::Lesson(args)), None) => Ok(Invocation::Lesson(args)),
            (Some(_), Some(file)) => Err(Cli::command().error(
                ErrorKind::ArgumentConflict,
                format!(
                    "give either FILE or a subcommand, not both (found `{}` before the subcommand)",
                    file.display()
                ),
            )),
            // `coroviz FILE.cvz`: a recording opens in the replay.
            (None, Some(file)) if file.extension().is_some_and(|e| e == "cvz") => {
                Ok(Invocation::Replay(ReplayArgs {
                    file,
                    at: None,
                    iteration: None,
                    paused: self.paused,
                }))
            }
            (None, file) => Ok(Invocation::Dashboard(DashboardArgs {
                // `required = true` unless a subcommand is given: clap has already
                // rejected a missing FILE here.
                file: file.unwrap_or_default(),
                paused: self.paused,
            })),
        }
    }
}

/// `coroviz FILE`: check the scenario and its Python before taking over the terminal, then
/// run the live dashboard until the person quits.
pub fn run_dashboard(args: &DashboardArgs, started: std::time::Instant) -> ExitCode {
    open_dashboard(&args.file, args.paused, None, started)
}

/// Whether `--force` lets a recording replace an existing file.
fn replace(force: bool) -> crate::record::Replace {
    if force {
        crate::record::Replace::Yes
    } else {
        crate::record::Replace::No
    }
}

/// A recording never replaces the scenario or program it runs, even with `--force`.
fn refuse_input_as_recording(
    path: &Path,
    scenario: &crate::scenario::Scenario,
) -> Result<(), ExitCode> {
    let inputs = [scenario.path.as_path(), Path::new(scenario.code_file())];
    match crate::export::check_target(path, &inputs, crate::record::Replace::Yes) {
        Ok(()) => Ok(()),
        Err(e) => Err(fail(format_args!("cannot create recording: {e}"))),
    }
}

/// `coroviz record FILE -o OUT.cvz`: the live dashboard, recorded.
pub fn record_dashboard(args: &RecordArgs, started: std::time::Instant) -> ExitCode {
    open_dashboard(
        &args.file,
        args.paused,
        Some((&args.output, args.force)),
        started,
    )
}

/// The live dashboard on `file`, recorded to `record` when given.
fn open_dashboard(
    file: &Path,
    paused: bool,
    record: Option<(&Path, bool)>,
    started: std::time::Instant,
) -> ExitCode {
    let args = DashboardArgs {
        file: file.to_path_buf(),
        paused,
    };
    let scenario = match load_scenario(&args.file) {
        Ok(s) => s,
        Err(code) => return code,
    };
    // Report unsupported Python as a diagnostic, on the normal screen. (The engine thread
    // compiles again: a program holds `Rc`s and stays on the thread that runs it.)
    if let Err(d) = crate::lang::compile::compile_main(
        &scenario.source_name,
        scenario.code_file(),
        &scenario.source,
    ) {
        eprintln!("{d}");
        return ExitCode::from(EXIT_USAGE);
    }
    if !io::stdout().is_terminal() {
        return fail(format_args!(
            "the dashboard needs a terminal, and stdout is not one; to run `{}` headless, use \
             `coroviz run {}`",
            args.file.display(),
            args.file.display()
        ));
    }
    tracing::info!(path = %scenario.path.display(), title = %scenario.title, "dashboard opening");
    let recorder = match record {
        None => None,
        Some((path, force)) => {
            if let Err(code) = refuse_input_as_recording(path, &scenario) {
                return code;
            }
            let header = Header::new(&scenario, RunMode::Live, crate::live::LIVE_SLICE_BUDGET);
            // One record per batch: every line reaches the file as it happens.
            match Recorder::create(path, &header, 1, replace(force)) {
                Ok(r) => Some(r),
                Err(e) => {
                    return fail(format_args!(
                        "cannot create recording `{}`: {e}",
                        path.display()
                    ))
                }
            }
        }
    };
    let options = crate::tui::Options {
        scenario,
        paused: args.paused,
        started,
        recorder,
    };
    let (ending, recorded) = match crate::tui::run(options) {
        Ok(done) => done,
        Err(e) => return fail(format_args!("terminal: {e}")),
    };
    let mut code = match ending {
        // As `coroviz run` exits; quitting before the program's end stops it, and a
        // stopped program exits as one interrupted by Ctrl-C (130).
        crate::tui::Ending::Quit(exit) => exit_code(exit.unwrap_or(ExitStatus::Stopped)),
        crate::tui::Ending::EngineCrashed(msg) => {
            eprintln!("coroviz: internal error: the engine stopped: {msg}");
            ExitCode::from(70)
        }
    };
    if let (Some((path, _)), Some(result)) = (record, recorded) {
        match result {
            Ok(events) => eprintln!(
                "coroviz: recorded {events} events to {p} (open it with `coroviz replay {p}`)",
                p = path.display()
            ),
            Err(e) => {
                code = fail(format_args!(
                    "writing recording `{}`: {e} (what was written before the error is kept)",
                    path.display()
                ))
            }
        }
    }
    code
}

/// `coroviz verify`: re-execute a recording and compare its events.
fn verify_recording(args: &VerifyArgs) -> ExitCode {
    let rec = match load_recording(&args.file) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let file = args.file.display();
    match crate::record::verify(&rec) {
        Ok(v) => {
            let cut = if v.truncated {
                " (the recording was cut off: checked up to where it ends)"
            } else {
                ""
            };
            println!(
                "{file}: verified: re-executing `{}` with its {} recorded input(s) reproduces all {} events{cut}",
                rec.scenario().source_name, v.inputs, v.events
            );
            ExitCode::SUCCESS
        }
        Err(d) => {
            eprintln!("coroviz: {file} does not verify: {d}");
            ExitCode::from(1)
        }
    }
}

/// `coroviz replay FILE.cvz`: load the recording (reporting a bad one on the normal screen),
/// then replay it in the dashboard until the person quits.
pub fn run_replay(args: &ReplayArgs) -> ExitCode {
    use crate::replay::{Start, StartAt};
    // The header now (a file that is no recording is refused on the normal screen); the
    // events load behind the replay's first frame.
    let header = match crate::record::load_header(&args.file) {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    if !io::stdout().is_terminal() {
        return fail(format_args!(
            "the replay needs a terminal, and stdout is not one (replaying `{}`)",
            args.file.display()
        ));
    }
    let at = match (args.at, args.iteration) {
        (Some(t), _) => StartAt::Time(t),
        (None, Some(n)) => StartAt::Iteration(n),
        (None, None) => StartAt::Beginning,
    };
    let start = Start {
        at,
        paused: args.paused,
    };
    match crate::replay::run(header, &args.file, start) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(e),
    }
}

/// Loads a recording (on every core), showing how far it got when that takes a while; a
/// bad file is `coroviz: error: ...`, exit code 2.
fn load_recording(path: &Path) -> Result<crate::record::Recording, ExitCode> {
    let progress = crate::record::Progress::default();
    std::thread::scope(|scope| {
        let loading = scope.spawn(|| crate::record::load_counting(path, &progress));
        show_load_progress(path, &progress, || loading.is_finished());
        match loading.join() {
            Ok(loaded) => loaded.map_err(fail),
            Err(_) => Err(fail(format_args!("reading `{}` failed", path.display()))),
        }
    })
}

/// Until `finished`: after a moment's quiet, the percent read on standard error (a line
/// that keeps being rewritten on a terminal, else one line saying what is happening).
fn show_load_progress(
    path: &Path,
    progress: &crate::record::Progress,
    finished: impl Fn() -> bool,
) {
    use std::sync::atomic::Ordering;
    const QUIET: Duration = Duration::from_millis(300);
    const EVERY: Duration = Duration::from_millis(100);
    let started = Instant::now();
    while !finished() && started.elapsed() < QUIET {
        std::thread::sleep(Duration::from_millis(10));
    }
    if finished() {
        return;
    }
    let terminal = io::stderr().is_terminal();
    if !terminal {
        eprintln!("coroviz: loading {}…", path.display());
    }
    while !finished() {
        if terminal {
            let (done, total) = (
                progress.done.load(Ordering::Relaxed),
                progress.total.load(Ordering::Relaxed),
            );
            let pct = (done * 100).checked_div(total).unwrap_or(0).min(100);
            eprint!("\r\x1b[2Kcoroviz: loading {}… {pct}%", path.display());
        }
        std::thread::sleep(EVERY);
    }
    if terminal {
        eprint!("\r\x1b[2K");
    }
}

/// Loads what a FILE argument names: a scenario file, or a lesson bundled into the binary
/// (see [`lesson_name`]). A problem inside the file is printed as its positioned
/// diagnostic, anything else (an unknown lesson too) as `coroviz: error: ...`, and becomes
/// exit code 2.
fn load_scenario(path: &Path) -> Result<crate::scenario::Scenario, ExitCode> {
    let loaded = match lesson_name(path) {
        Some(name) => crate::lessons::find(name).map_err(fail)?.scenario(),
        None => scenario::load(path),
    };
    match loaded {
        Ok(s) => Ok(s),
        Err(ScenarioError::Invalid(d)) => {
            eprintln!("{d}");
            Err(ExitCode::from(EXIT_USAGE))
        }
        Err(e) => Err(fail(e)),
    }
}

/// The lesson a FILE argument names, if it names one rather than a file: a single plain
/// component without an extension (`03-yield-and-send`, `gather`, `3`). Scenario files
/// always end in `.toml` or `.py`, so nothing that could load as a file is taken.
fn lesson_name(arg: &Path) -> Option<&str> {
    let mut parts = arg.components();
    match (parts.next(), parts.next()) {
        (Some(Component::Normal(name)), None) if arg.extension().is_none() => name.to_str(),
        _ => None,
    }
}

/// `coroviz list`: every bundled lesson, in course order, with its title and one line
/// about it.
fn list_lessons() -> ExitCode {
    use std::fmt::Write as _;
    let lessons = crate::lessons::LESSONS;
    let width = lessons.iter().map(|l| l.name.len()).max().unwrap_or(0);
    let mut text = String::from(
        "Lessons bundled with coroviz, in course order. `coroviz lesson NAME` opens one in the \
         dashboard\n(NAME, its topic or its number); `coroviz run NAME` runs it headless.\n\n",
    );
    for lesson in lessons {
        let scenario = match lesson.scenario() {
            Ok(s) => s,
            Err(e) => return fail(format_args!("bundled lesson `{}`: {e}", lesson.name)),
        };
        let _ = writeln!(
            text,
            "{:width$}  {}\n    {}",
            lesson.name,
            scenario.title,
            crate::lessons::summary(&scenario)
        );
    }
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            fail(format_args!("writing the list: {e}"))
        }
        _ => ExitCode::SUCCESS,
    }
}

/// `coroviz run`: load, compile and run the scenario, then report how it ended.
pub fn run_headless(args: &RunArgs) -> ExitCode {
    let scenario = match load_scenario(&args.file) {
        Ok(s) => s,
        Err(code) => return code,
    };
    tracing::info!(path = %scenario.path.display(), title = %scenario.title, "scenario loaded");

    let mut trace = match &args.trace {
        None => None,
        Some(path) => match JsonlSink::create(path) {
            Ok(sink) => Some((path, sink)),
            Err(e) => {
                return fail(format_args!(
                    "cannot create trace file `{}`: {e}",
                    path.display()
                ))
            }
        },
    };
    let mut null = NullSink;
    let sink: &mut dyn EventSink = match trace.as_mut() {
        Some((_, t)) => t,
        None => &mut null,
    };

    let program = match compile_main(
        &scenario.source_name,
        scenario.code_file(),
        &scenario.source,
    ) {
        Ok(p) => p,
        Err(diagnostic) => {
            tracing::info!(%diagnostic, "program rejected");
            eprintln!("{diagnostic}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let mut recorder = match &args.record {
        None => None,
        Some(path) => {
            if let Err(code) = refuse_input_as_recording(path, &scenario) {
                return code;
            }
            let mut header = Header::new(&scenario, RunMode::Headless, args.max_instructions);
            header.max_time = Some(args.max_time);
            match Recorder::create(path, &header, 1024, replace(args.force)) {
                Ok(r) => Some((path, r)),
                Err(e) => {
                    return fail(format_args!(
                        "cannot create recording `{}`: {e}",
                        path.display()
                    ))
                }
            }
        }
    };

    let mut out = TerminalOutput::new();
    let mut config = scenario.engine_config(args.max_instructions);
    config.max_time = Some(args.max_time);
    let report = {
        let mut host = HeadlessHost::new(sink, &mut out);
        match recorder.as_mut() {
            Some((_, rec)) => run_recorded(&program, config, &mut host, rec),
            None => run_compiled(&program, config, &mut host),
        }
    };
    let record_result = recorder.map(|(path, r)| (path, r.finish(report.exit)));

    // Flush everything before reporting, whatever happened.
    let output_error = out
        .finish()
        .err()
        .filter(|e| e.kind() != io::ErrorKind::BrokenPipe);
    let trace_result = trace.map(|(path, t)| {
        let (written, result) = t.finish();
        (path, written, result)
    });

    tracing::info!(exit = ?report.exit, "run finished");
    let mut code = exit_code(report.exit);
    match record_result {
        Some((path, Err(e))) => {
            code = fail(format_args!("writing recording `{}`: {e}", path.display()));
        }
        Some((path, Ok(events))) => {
            tracing::info!(events, path = %path.display(), "recording written");
        }
        None => {}
    }
    if let Some(e) = output_error {
        code = fail(format_args!("writing the program's output: {e}"));
    }
    match trace_result {
        Some((path, _, Err(e))) => {
            code = fail(format_args!("writing trace file `{}`: {e}", path.display()));
        }
        Some((path, events, Ok(()))) => {
            tracing::info!(events, path = %path.display(), "trace written");
        }
        None => {}
    }
    code
}

/// `coroviz export`: load the recording (or record the scenario headless on the engine
/// thread), then write it in the asked format and say what was written.
pub fn run_export(args: &ExportArgs) -> ExitCode {
    let replace = replace(args.force);
    // Refused before any work: the check is made again when the file is moved into place.
    if let Err(e) = crate::export::check_target(&args.output, &[&args.file], replace) {
        return fail(e);
    }
    let rec = if args.file.extension().is_some_and(|e| e == "cvz") {
        match load_recording(&args.file) {
            Ok(rec) => rec,
            Err(code) => return code,
        }
    } else {
        let scenario = match load_scenario(&args.file) {
            Ok(s) => s,
            Err(code) => return code,
        };
        let program = Path::new(scenario.code_file());
        if let Err(e) = crate::export::check_target(&args.output, &[program], replace) {
            return fail(e);
        }
        let engine = std::thread::Builder::new()
            .name("engine".into())
            .stack_size(ENGINE_STACK)
            .spawn(move || crate::record::record_headless(&scenario));
        match engine.map(|h| h.join()) {
            Ok(Ok(Ok(rec))) => rec,
            Ok(Ok(Err(diagnostic))) => {
                eprintln!("{diagnostic}");
                return ExitCode::from(EXIT_USAGE);
            }
            Ok(Err(_)) => return ExitCode::from(70),
            Err(e) => return fail(format_args!("cannot start the engine thread: {e}")),
        }
    };
    let options = crate::export::Options {
        format: args.format,
        size: args.size,
        color: !args.no_color && crate::ui::Theme::from_env() == crate::ui::Theme::colored(),
    };
    match crate::export::to_path(&rec, &options, &args.output, replace) {
        Ok(summary) => {
            let cut = if rec.truncated() {
                " (the recording stops before the program's end)"
            } else {
                ""
            };
            eprintln!("wrote {}: {summary}{cut}", args.output.display());
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

/// The process exit code for how the program ended: as for CPython, the operating system
/// keeps the low 8 bits of a `sys.exit` code (`sys.exit(-1)` is 255, `sys.exit(256)` is 0).
fn exit_code(status: ExitStatus) -> ExitCode {
    ExitCode::from((status.code() & 0xff) as u8)
}

/// Prints `coroviz: error: ...` and returns exit code 2.
fn fail(message: impl Display) -> ExitCode {
    eprintln!("coroviz: error: {message}");
    ExitCode::from(EXIT_USAGE)
}

/// Sends `tracing` output to `path` (appended), filtered by RUST_LOG (default `info`).
fn init_logging(path: &Path) -> io::Result<()> {
    let file = OpenOptions::new().create(true).append(true).open(path)?;
    let filter = EnvFilter::builder()
        .with_default_directive(LevelFilter::INFO.into())
        .from_env_lossy();
    // Fails only if a subscriber is already set (tests): keep that one.
    let _ = tracing_subscriber::fmt()
        .with_writer(Mutex::new(file))
        .with_ansi(false)
        .with_env_filter(filter)
        .try_init();
    Ok(())
}

/// The program's output, straight to the terminal.
///
/// Invariant: stdout is flushed before any stderr text, so the two interleave as the program
/// wrote them. A stream that failed once is not written again (a closed stdout pipe must not
/// silence a traceback on stderr); `finish` reports the first failure.
pub struct TerminalOutput {
    stdout: OutputStream<BufWriter<io::StdoutLock<'static>>>,
    stderr: OutputStream<io::StderrLock<'static>>,
}

/// One output stream and the first error it hit.
struct OutputStream<W> {
    out: W,
    error: Option<io::Error>,
}

impl<W: Write> OutputStream<W> {
    fn new(out: W) -> Self {
        OutputStream { out, error: None }
    }

    fn write(&mut self, text: &str) {
        self.attempt(|w| w.write_all(text.as_bytes()));
    }

    fn flush(&mut self) {
        self.attempt(Write::flush);
    }

    fn attempt(&mut self, op: impl FnOnce(&mut W) -> io::Result<()>) {
        if self.error.is_none() {
            self.error = op(&mut self.out).err();
        }
    }
}

impl TerminalOutput {
    pub fn new() -> Self {
        TerminalOutput {
            stdout: OutputStream::new(BufWriter::new(io::stdout().lock())),
            stderr: OutputStream::new(io::stderr().lock()),
        }
    }

    /// Flushes both streams and returns the first write error, if any (stdout's first).
    pub fn finish(mut self) -> io::Result<()> {
        self.stdout.flush();
        self.stderr.flush();
        match self.stdout.error.or(self.stderr.error) {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

impl Default for TerminalOutput {
    fn default() -> Self {
        Self::new()
    }
}

impl ProgramOutput for TerminalOutput {
    fn stdout(&mut self, text: &str) {
        self.stdout.write(text);
    }

    fn stderr(&mut self, text: &str) {
        self.stdout.flush();
        self.stderr.write(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn run_parses_its_flags() {
        let cli = Cli::try_parse_from([
            "coroviz", "--log", "l.txt", "run", "s.toml", "--trace", "t.jsonl",
        ])
        .unwrap();
        assert_eq!(cli.log.as_deref(), Some(Path::new("l.txt")));
        let Some(Command::Run(run)) = cli.command else {
            panic!("{cli:?}")
        };
        assert_eq!(run.file, Path::new("s.toml"));
        assert_eq!(run.trace.as_deref(), Some(Path::new("t.jsonl")));
        assert_eq!(run.max_instructions, DEFAULT_MAX_INSTRUCTIONS);
        assert_eq!(run.max_time, DEFAULT_MAX_TIME);
    }

    #[test]
    fn max_time_takes_positive_seconds_only() {
        let parse = |v: &str| Cli::try_parse_from(["coroviz", "run", "s.py", "--max-time", v]);
        let Some(Command::Run(run)) = parse("2.5").unwrap().command else {
            panic!("not a run")
        };
        assert_eq!(run.max_time, 2.5);
        for bad in ["0", "=-1", "inf", "soon"] {
            let bad = bad.trim_start_matches('=');
            let e = Cli::try_parse_from(["coroviz", "run", "s.py", &format!("--max-time={bad}")])
                .unwrap_err();
            assert!(e.to_string().contains("seconds"), "{bad}: {e}");
        }
    }

    #[test]
    fn replay_parses_its_flags_and_refuses_two_starts() {
        let cli = Cli::try_parse_from(["coroviz", "replay", "r.cvz", "--at", "1.5s", "--paused"])
            .unwrap();
        let Ok(Invocation::Replay(r)) = cli.into_invocation() else {
            panic!("not a replay")
        };
        assert_eq!(r.file, Path::new("r.cvz"));
        assert_eq!((r.at, r.iteration, r.paused), (Some(1.5), None, true));
        let both = [
            "coroviz",
            "replay",
            "r.cvz",
            "--at",
            "1",
            "--iteration",
            "2",
        ];
        assert!(Cli::try_parse_from(both).is_err());
        assert!(Cli::try_parse_from(["coroviz", "replay", "r.cvz", "--at", "-1"]).is_err());
        assert!(Cli::try_parse_from(["coroviz", "replay", "r.cvz", "--at", "inf"]).is_err());
    }

    #[test]
    fn a_bare_file_means_the_dashboard() {
        let cli = Cli::try_parse_from(["coroviz", "s.toml", "--log", "l.txt"]).unwrap();
        assert!(cli.command.is_none());
        assert_eq!(cli.file.as_deref(), Some(Path::new("s.toml")));
        let Ok(Invocation::Dashboard(d)) = cli.into_invocation() else {
            panic!("not the dashboard")
        };
        assert_eq!(
            d,
            DashboardArgs {
                file: "s.toml".into(),
                paused: false
            }
        );
        let cli = Cli::try_parse_from(["coroviz", "--paused", "s.toml"]).unwrap();
        let Ok(Invocation::Dashboard(d)) = cli.into_invocation() else {
            panic!("not the dashboard")
        };
        assert!(d.paused);
    }

    #[test]
    fn a_bare_recording_means_the_replay() {
        let cli = Cli::try_parse_from(["coroviz", "--paused", "dir/r.cvz"]).unwrap();
        let Ok(Invocation::Replay(r)) = cli.into_invocation() else {
            panic!("not the replay")
        };
        assert_eq!(r.file, Path::new("dir/r.cvz"));
        assert_eq!((r.at, r.iteration, r.paused), (None, None, true));
        let cli = Cli::try_parse_from(["coroviz", "r.py"]).unwrap();
        assert!(matches!(
            cli.into_invocation(),
            Ok(Invocation::Dashboard(_))
        ));
    }

    #[test]
    fn the_short_usage_names_list_and_fits_80_columns() {
        assert!(SHORT_USAGE.contains("coroviz list"));
        assert!(SHORT_USAGE.contains("FILE.cvz"));
        assert!(SHORT_USAGE.lines().all(|l| l.chars().count() <= 80));
    }

    #[test]
    fn lesson_and_list_parse() {
        let cli = Cli::try_parse_from(["coroviz", "lesson", "3", "--paused"]).unwrap();
        let Ok(Invocation::Lesson(l)) = cli.into_invocation() else {
            panic!("not a lesson")
        };
        assert_eq!((l.name.as_str(), l.paused), ("3", true));
        let cli = Cli::try_parse_from(["coroviz", "list"]).unwrap();
        assert!(matches!(cli.into_invocation(), Ok(Invocation::List)));
        let kind = |argv: &[&str]| Cli::try_parse_from(argv).unwrap_err().kind();
        use clap::error::ErrorKind;
        assert_eq!(
            kind(&["coroviz", "lesson"]),
            ErrorKind::MissingRequiredArgument
        );
        assert_eq!(kind(&["coroviz", "list", "x"]), ErrorKind::UnknownArgument);
        let cli = Cli::try_parse_from(["coroviz", "--paused", "lesson", "3"]).unwrap();
        assert!(cli.into_invocation().is_err());
    }

    #[test]
    fn a_plain_name_without_extension_is_a_lesson() {
        assert_eq!(
            lesson_name(Path::new("03-yield-and-send")),
            Some("03-yield-and-send")
        );
        assert_eq!(lesson_name(Path::new("3")), Some("3"));
        for file in [
            "x.toml",
            "x.py",
            "scenarios/gather",
            "./gather",
            "/gather",
            "..",
            "",
        ] {
            assert_eq!(lesson_name(Path::new(file)), None, "{file}");
        }
    }

    #[test]
    fn paused_is_only_for_the_dashboard() {
        let cli = Cli::try_parse_from(["coroviz", "--paused", "run", "s.toml"]).unwrap();
        let err = cli.into_invocation().unwrap_err();
        assert_eq!(err.kind(), clap::error::ErrorKind::ArgumentConflict);
        let run = ["coroviz", "run", "s.toml", "--paused"];
        assert!(Cli::try_parse_from(run).is_err());
    }

    #[test]
    fn usage_errors() {
        let kind = |argv: &[&str]| Cli::try_parse_from(argv).unwrap_err().kind();
        use clap::error::ErrorKind;
        assert_eq!(kind(&["coroviz"]), ErrorKind::MissingRequiredArgument);
        assert_eq!(
            kind(&["coroviz", "--log", "l"]),
            ErrorKind::MissingRequiredArgument
        );
        assert_eq!(
            kind(&["coroviz", "run"]),
            ErrorKind::MissingRequiredArgument
        );
        assert_eq!(
            kind(&["coroviz", "run", "s.toml", "--max-instructions", "0"]),
            ErrorKind::ValueValidation
        );
        assert_eq!(
            kind(&["coroviz", "s.toml", "--trace", "t"]),
            ErrorKind::UnknownArgument
        );
    }

    #[test]
    fn export_parses_its_flags() {
        let argv = [
            "coroviz", "export", "l.cvz", "-f", "svg", "-o", "-", "--size", "100x30",
        ];
        let Ok(Invocation::Export(e)) = Cli::try_parse_from(argv).unwrap().into_invocation() else {
            panic!("not export")
        };
        assert_eq!(e.format, crate::export::Format::Svg);
        assert_eq!(e.output, Path::new("-"));
        assert_eq!((e.size.width, e.size.height), (100, 30));
        let kind = |argv: &[&str]| Cli::try_parse_from(argv).unwrap_err().kind();
        use clap::error::ErrorKind;
        let base = ["coroviz", "export", "l.cvz", "-o", "x"];
        assert_eq!(kind(&base), ErrorKind::MissingRequiredArgument);
        let bad_format = [&base[..], &["-f", "gif"]].concat();
        assert_eq!(kind(&bad_format), ErrorKind::InvalidValue);
        let small = [&base[..], &["-f", "asciicast", "--size", "40x10"]].concat();
        assert_eq!(kind(&small), ErrorKind::ValueValidation);
    }

    #[test]
    fn a_failed_stream_keeps_its_first_error_and_stops_writing() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> io::Result<()> {
                Err(io::ErrorKind::Other.into())
            }
        }
        let mut broken = OutputStream::new(Full);
        broken.write("a");
        broken.flush();
        assert_eq!(
            broken.error.map(|e| e.kind()),
            Some(io::ErrorKind::BrokenPipe)
        );

        let mut fine = OutputStream::new(Vec::new());
        fine.write("a");
        fine.flush();
        fine.write("b");
        assert!(fine.error.is_none());
        assert_eq!(fine.out, b"ab");
    }

    #[test]
    fn exit_codes_follow_the_status() {
        for (status, code) in [
            (ExitStatus::Ok, 0u8),
            (ExitStatus::Exception, 1),
            (ExitStatus::Deadlock, 3),
            (ExitStatus::BudgetExhausted, 4),
            (ExitStatus::TimeLimit, 5),
            (ExitStatus::KeyboardInterrupt, 130),
            (ExitStatus::Stopped, 130),
            (ExitStatus::SystemExit { code: 5 }, 5),
            (ExitStatus::SystemExit { code: -1 }, 255),
            (ExitStatus::SystemExit { code: 256 }, 0),
            (ExitStatus::SystemExit { code: 300 }, 44),
        ] {
            assert_eq!(exit_code(status), ExitCode::from(code));
        }
    }
}
