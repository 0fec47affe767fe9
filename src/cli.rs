//! The command line at the binary's edge: arguments, logging, and the headless run.
//!
//! Every failure here becomes `coroviz: error: ...` (or a positioned diagnostic) on stderr
//! and exit code 2; program outcomes map to the codes of [`ExitStatus::code`].

use std::fmt::Display;
use std::fs::OpenOptions;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

use clap::{value_parser, Args, Parser, Subcommand};
use tracing_subscriber::filter::{EnvFilter, LevelFilter};

use crate::runtime::engine::{run_program, ProgramOutput, DEFAULT_MAX_INSTRUCTIONS};
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
  130  uncaught KeyboardInterrupt";

const RUN_ABOUT: &str = "\
Run a scenario headless: the program's stdout goes to stdout, its stderr (tracebacks) to \
stderr, and with --trace every scheduling event goes to a JSON-lines file.

FILE is a .toml scenario or a plain .py program. Time is virtual: the clock starts at 0.0 \
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
                  it headless.",
    override_usage = "coroviz [OPTIONS] [--paused] <FILE>\n       coroviz run [OPTIONS] <FILE>",
    after_help = EXIT_CODES,
    subcommand_negates_reqs = true
)]
pub struct Cli {
    /// Write logs to FILE (appended; also COROVIZ_LOG=FILE). Filter with RUST_LOG, default
    /// `info`. Logs never go to the terminal.
    #[arg(long, global = true, value_name = "FILE")]
    pub log: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,

    /// Scenario (.toml) or Python program (.py) to show in the live dashboard
    #[arg(value_name = "FILE", required = true)]
    pub file: Option<PathBuf>,

    /// Open the dashboard paused before the loop runs its first handle (space resumes, n
    /// steps one handle)
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
    /// `coroviz export FILE`: a cast, trace, picture or program.
    Export(ExportArgs),
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
    /// Export a recording (or a scenario, recorded headless first) as an asciinema cast, a
    /// Perfetto trace, an SVG timeline or a plain Python program
    Export(ExportArgs),
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Recording (.cvz), or a scenario (.toml) or program (.py) to record headless first
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[arg(long, short = 'f', value_enum)]
    pub format: crate::export::Format,
    /// Where to write (`-` for stdout); written to a temporary file and renamed when complete
    #[arg(long = "output", short = 'o', value_name = "OUT")]
    pub output: PathBuf,
    /// Terminal size of the asciicast, WIDTHxHEIGHT (80x24 to 400x200)
    #[arg(long, value_name = "WxH", default_value = "120x40")]
    pub size: crate::export::Size,
    /// No colour in the asciicast (also when NO_COLOR is set)
    #[arg(long)]
    pub no_color: bool,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Scenario (.toml) or Python program (.py)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Write every scheduling event to this file, one JSON object per line
    #[arg(long, value_name = "OUT.jsonl")]
    pub trace: Option<PathBuf>,

    /// Instructions one loop step (or top-level code between loop runs) may execute before
    /// the run stops with exit code 4
    #[arg(
        long,
        value_name = "N",
        default_value_t = DEFAULT_MAX_INSTRUCTIONS,
        value_parser = value_parser!(u64).range(1..)
    )]
    pub max_instructions: u64,
}

/// Parses the command line, runs it, and returns the process exit code.
pub fn main() -> ExitCode {
    let started = std::time::Instant::now();
    // clap prints usage errors itself and exits 2 (0 for --help and --version).
    let cli = Cli::parse();
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
        Ok(Invocation::Export(args)) => run_export(&args),
        Err(e) => e.exit(),
    }
}

/// `coroviz run` on a thread with the interpreter's big stack.
fn run_on_engine_thread(args: RunArgs) -> ExitCode {
    // The interpreter recurses on the Rust stack for Python calls: give it room for
    // Python's recursion limit.
    std::thread::Builder::new()
        .name("engine".into())
        .stack_size(ENGINE_STACK)
        .spawn(move || run_headless(&args))
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
            (Some(Command::Export(_)), None) if self.paused => Err(Cli::command().error(
                ErrorKind::ArgumentConflict,
                "--paused is for the dashboard, not for `coroviz export`",
            )),
            (Some(Command::Export(args)), None) => Ok(Invocation::Export(args)),
            (Some(_), Some(file)) => Err(Cli::command().error(
                ErrorKind::ArgumentConflict,
                format!(
                    "give either FILE or a subcommand, not both (found `{}` before the subcommand)",
                    file.display()
                ),
            )),
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
    let scenario = match scenario::load(&args.file) {
        Ok(s) => s,
        Err(ScenarioError::Invalid(d)) => {
            eprintln!("{d}");
            return ExitCode::from(EXIT_USAGE);
        }
        Err(e) => return fail(e),
    };
    // Report unsupported Python as a diagnostic, on the normal screen. (The engine thread
    // compiles again: a program holds `Rc`s and stays on the thread that runs it.)
    if let Err(d) = crate::lang::compile::compile(&scenario.source_name, &scenario.source) {
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
    let options = crate::tui::Options {
        scenario,
        paused: args.paused,
        started,
    };
    match crate::tui::run(options) {
        Ok(crate::tui::Ending::Quit) => ExitCode::SUCCESS,
        Ok(crate::tui::Ending::EngineCrashed(msg)) => {
            eprintln!("coroviz: internal error: the engine stopped: {msg}");
            ExitCode::from(70)
        }
        Err(e) => fail(format_args!("terminal: {e}")),
    }
}

/// `coroviz run`: load, compile and run the scenario, then report how it ended.
pub fn run_headless(args: &RunArgs) -> ExitCode {
    let scenario = match scenario::load(&args.file) {
        Ok(s) => s,
        Err(ScenarioError::Invalid(d)) => {
            eprintln!("{d}");
            return ExitCode::from(EXIT_USAGE);
        }
        Err(e) => return fail(e),
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

    let mut out = TerminalOutput::new();
    let config = scenario.engine_config(args.max_instructions);
    let outcome = run_program(
        &scenario.source_name,
        &scenario.source,
        config,
        sink,
        &mut out,
    );

    // Flush everything before reporting, whatever happened.
    let output_error = out
        .finish()
        .err()
        .filter(|e| e.kind() != io::ErrorKind::BrokenPipe);
    let trace_result = trace.map(|(path, t)| {
        let (written, result) = t.finish();
        (path, written, result)
    });

    let mut code = match outcome {
        Ok(report) => {
            tracing::info!(exit = ?report.exit, "run finished");
            exit_code(report.exit)
        }
        Err(diagnostic) => {
            tracing::info!(%diagnostic, "program rejected");
            eprintln!("{diagnostic}");
            ExitCode::from(EXIT_USAGE)
        }
    };
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
    let rec = if args.file.extension().is_some_and(|e| e == "cvz") {
        match crate::record::load(&args.file) {
            Ok(rec) => rec,
            Err(e) => return fail(e),
        }
    } else {
        let scenario = match scenario::load(&args.file) {
            Ok(s) => s,
            Err(ScenarioError::Invalid(d)) => {
                eprintln!("{d}");
                return ExitCode::from(EXIT_USAGE);
            }
            Err(e) => return fail(e),
        };
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
    match crate::export::to_path(&rec, &options, &args.output) {
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

/// The process exit code for how the program ended.
fn exit_code(status: ExitStatus) -> ExitCode {
    ExitCode::from(u8::try_from(status.code()).unwrap_or(1))
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
            (ExitStatus::KeyboardInterrupt, 130),
        ] {
            assert_eq!(exit_code(status), ExitCode::from(code));
        }
    }
}
