//! The engine's public face: run a compiled program headless or under a controller.

use crate::diag::Diagnostic;
use crate::lang::compile::compile;
use crate::runtime::event::{Event, EventKind, EventSink, ExitStatus, SCHEMA_VERSION};
use crate::runtime::vm::frame::Frame;
use crate::runtime::vm::{Abort, Unwind, Vm};

/// Something a person (or a scenario's `[[script]]`) does to the running program.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "do", rename_all = "snake_case")]
pub enum Action {
    /// `task.cancel()` on the task with this name, as if called from a loop callback.
    Cancel { task: String },
    /// Ctrl-C: KeyboardInterrupt delivered as CPython 3.11 would.
    Interrupt,
    /// Pause the live view (with a note to show); ignored headless.
    Pause { note: Option<String> },
    /// `task.cancel()` on one task, chosen by id (the dashboard's `c`).
    CancelTask { task: crate::runtime::event::TaskId },
    /// `future.cancel()` on a pool's future, chosen by id (the dashboard's `c`): run by
    /// the main thread where CPython runs a signal handler.
    CancelFuture {
        future: crate::runtime::event::PoolFutureId,
    },
}

/// An action due at a virtual time.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ScriptAction {
    pub at: f64,
    pub action: Action,
}

/// How to run.
#[derive(Clone, Debug)]
pub struct EngineConfig {
    /// Title for `ScenarioStarted`.
    pub title: String,
    /// Instructions one slice (one loop handle, or top-level code between loop runs) may run.
    pub max_instructions: u64,
    /// Timed actions, sorted by `at`.
    pub script: Vec<ScriptAction>,
    /// The program's standard input (a scenario's `stdin`), read by `input()`.
    pub stdin: String,
    /// `sys.argv[0]`; the program's file name when empty.
    pub argv0: String,
    /// Virtual seconds the clock may reach before the run stops with exit 5 (headless runs:
    /// `--max-time`); `None` for no limit (the live view).
    pub max_time: Option<f64>,
    /// Virtual seconds per bytecode instruction (a scenario's `cpu` setting); None: CPU
    /// work takes no virtual time.
    pub cpu_instruction: Option<f64>,
}

/// Default per-slice instruction budget: stops a runaway loop within a few seconds.
pub const DEFAULT_MAX_INSTRUCTIONS: u64 = 200_000_000;

/// Default virtual time limit of a headless run (`--max-time`): thirty virtual days, past
/// any sleep a program means (a loop of `sleep(1)` reaches it in a few seconds).
pub const DEFAULT_MAX_TIME: f64 = 2_592_000.0;

impl Default for EngineConfig {
    fn default() -> Self {
        EngineConfig {
            title: String::new(),
            max_instructions: DEFAULT_MAX_INSTRUCTIONS,
            script: Vec::new(),
            stdin: String::new(),
            argv0: String::new(),
            max_time: None,
            cpu_instruction: None,
        }
    }
}

/// Where the program's own output goes (stdout and stderr text, as written).
pub trait ProgramOutput {
    fn stdout(&mut self, text: &str);
    fn stderr(&mut self, text: &str);
}

/// Everything the VM needs from whoever runs it: event and output sinks, pacing, and the
/// person at the keyboard. Headless hosts keep the defaults (no pacing, no actions).
///
/// The engine calls these only at safe points, so what a person does lands where CPython
/// would see it: while the loop waits in its selector, between handles, or (Ctrl-C) at the
/// next instruction of a long-running slice.
pub trait Host {
    fn events_enabled(&self) -> bool;
    /// Whether `Frames` events are wanted (see [`EventSink::wants_frames`]).
    fn frames_enabled(&self) -> bool {
        self.events_enabled()
    }
    fn emit(&mut self, event: Event);
    fn stdout(&mut self, text: &str);
    fn stderr(&mut self, text: &str);
    /// Before each loop handle runs: the live view blocks here while paused and returns
    /// after one handle when stepping. `Err(Stopped)` ends the run (quit, restart).
    fn before_handle(&mut self) -> Result<(), Abort> {
        Ok(())
    }
    /// Virtual time is about to move from `from` to `to` (the loop idles, or a blocking
    /// `time.sleep`). The live view waits for the wall clock at the scenario's speed.
    /// Returns `Some(t)` to stop early at virtual time `t` (`from <= t <= to`) because a
    /// person acted; the engine then asks [`Host::take_action`].
    fn wait_until(&mut self, _from: f64, _to: f64) -> Result<Option<f64>, Abort> {
        Ok(None)
    }
    /// The next action a person took that the engine should carry out now.
    fn take_action(&mut self) -> Option<Action> {
        None
    }
    /// A slice ran past its instruction budget at `func`, line `line`. Headless runs stop
    /// (`false`); the live view shows the loop as blocked, keeps going and stays responsive
    /// (`true`): a Ctrl-C then arrives through [`Host::take_action`].
    fn overrun(&mut self, _func: &str, _line: u32) -> Result<bool, Abort> {
        Ok(false)
    }
    /// A scripted pause with a note to show (headless runs ignore it).
    fn pause(&mut self, _note: Option<&str>) {}
}

/// How a run ended, and what (beyond the program's own output) to tell the user.
#[derive(Clone, Debug, PartialEq)]
pub struct RunReport {
    pub exit: ExitStatus,
}

/// The host of a headless run: events to a sink, output to a writer, no pacing, no person.
pub struct HeadlessHost<'a> {
    sink: &'a mut dyn EventSink,
    out: &'a mut dyn ProgramOutput,
    enabled: bool,
    frames: bool,
}

impl<'a> HeadlessHost<'a> {
    pub fn new(sink: &'a mut dyn EventSink, out: &'a mut dyn ProgramOutput) -> Self {
        let enabled = sink.enabled();
        let frames = enabled && sink.wants_frames();
        HeadlessHost {
            sink,
            out,
            enabled,
            frames,
        }
    }
}

/// Program output nobody reads (the events carry it as `Output`).
#[derive(Debug, Default)]
pub struct DiscardOutput;

impl ProgramOutput for DiscardOutput {
    fn stdout(&mut self, _: &str) {}
    fn stderr(&mut self, _: &str) {}
}

impl Host for HeadlessHost<'_> {
    fn events_enabled(&self) -> bool {
        self.enabled
    }
    fn frames_enabled(&self) -> bool {
        self.frames
    }
    fn emit(&mut self, event: Event) {
        self.sink.emit(event);
    }
    fn stdout(&mut self, text: &str) {
        self.out.stdout(text);
    }
    fn stderr(&mut self, text: &str) {
        self.out.stderr(text);
    }
}

/// Compiles and runs a program headless. `Err` means it was rejected before running.
pub fn run_program(
    file: &str,
    source: &str,
    config: EngineConfig,
    sink: &mut dyn EventSink,
    out: &mut dyn ProgramOutput,
) -> Result<RunReport, Diagnostic> {
    let program = compile(file, source)?;
    let mut host = HeadlessHost::new(sink, out);
    Ok(run_compiled(&program, config, &mut host))
}

/// Runs a compiled program against any host. The stack this runs on must be deep enough
/// for Python's recursion limit (the CLI uses a dedicated thread).
pub fn run_compiled(
    program: &crate::lang::compile::Program,
    config: EngineConfig,
    host: &mut dyn Host,
) -> RunReport {
    let mut vm = Vm::new(program, host, config.max_instructions);
    vm.asyncio.script = config.script.into_iter().collect();
    vm.stdin = config.stdin;
    vm.max_time = config.max_time;
    if let Some(per) = config.cpu_instruction {
        vm.cpu_start(per);
    }
    if !config.argv0.is_empty() {
        vm.argv0 = std::rc::Rc::from(config.argv0.as_str());
    }
    if vm.emitting() {
        vm.emit(EventKind::ScenarioStarted {
            schema: SCHEMA_VERSION,
            title: config.title.clone(),
            source: program.file.to_string(),
        });
    }
    for warning in &program.warnings {
        vm.write_stderr(warning);
    }
    let mut frame = Frame::new(program.code.clone(), Vec::new(), Vec::new());
    let result = vm.run_frame(&mut frame).map(|_| ());
    drop(frame);
    let mut exit = exit_of(&mut vm, result, config.max_instructions);
    if vm.threads.list.len() > 1 {
        if matches!(
            exit,
            ExitStatus::Ok
                | ExitStatus::SystemExit { .. }
                | ExitStatus::Exception
                | ExitStatus::KeyboardInterrupt
        ) {
            // As CPython's `threading._shutdown`: wait for every non-daemon thread.
            if let Err(e) = vm.thread_shutdown() {
                exit = exit_of(&mut vm, Err(e), config.max_instructions);
            }
        }
        vm.thread_teardown();
    }
    finish_run(&mut vm, exit)
}

/// What a run's end means, with what to tell the user on stderr.
fn exit_of(vm: &mut Vm, result: Result<(), Unwind>, max_instructions: u64) -> ExitStatus {
    match result {
        Ok(_) => ExitStatus::Ok,
        Err(Unwind::Exc(e)) if e.is_instance(&vm.types.exc.system_exit) => {
            // SystemExit: None → 0, an int → that code, anything else is printed → 1.
            let arg = e
                .args
                .borrow()
                .first()
                .cloned()
                .unwrap_or(crate::runtime::objects::value::Value::None);
            let code = match arg {
                crate::runtime::objects::value::Value::None => 0,
                crate::runtime::objects::value::Value::Int(i) => i as i32,
                crate::runtime::objects::value::Value::Bool(b) => b as i32,
                other => {
                    let text = vm.to_str(&other).unwrap_or_default();
                    vm.write_stderr(&format!("{text}\n"));
                    1
                }
            };
            ExitStatus::SystemExit { code }
        }
        Err(Unwind::Exc(e)) => {
            let text = vm.format_exception(&e);
            vm.write_stderr(&text);
            if e.is_instance(&vm.types.exc.keyboard_interrupt) {
                ExitStatus::KeyboardInterrupt
            } else {
                ExitStatus::Exception
            }
        }
        Err(Unwind::Abort(Abort::Deadlock)) if !vm.threads.deadlock.is_empty() => {
            // The headline first and the blocked threads' names last, as the oracle.
            let mut text = format!(
                "coroviz: deadlock: {}\n",
                crate::runtime::threads::THREAD_DEADLOCK_HEADLINE
            );
            for line in std::mem::take(&mut vm.threads.deadlock) {
                text.push_str(&format!("  {line}\n"));
            }
            let names = vm.threads.blocked_names().join(", ");
            text.push_str(&format!("coroviz: deadlock: blocked threads: {names}\n"));
            vm.write_stderr(&text);
            ExitStatus::Deadlock
        }
        Err(Unwind::Abort(Abort::Deadlock)) => {
            // The loop already reported the moment (a `Warning` with the stuck tasks). The
            // headline comes last, as the oracle (which cannot name the tasks) prints it.
            let mut text = String::new();
            let stuck = std::mem::take(&mut vm.asyncio.deadlock);
            if !stuck.is_empty() {
                text.push_str("coroviz: deadlock: these tasks wait for ever:\n");
            }
            for line in stuck {
                text.push_str(&format!("  {line}\n"));
            }
            text.push_str(&format!(
                "coroviz: deadlock: {}\n",
                crate::runtime::asyncio::deadlock::DEADLOCK_HEADLINE
            ));
            vm.write_stderr(&text);
            ExitStatus::Deadlock
        }
        Err(Unwind::Abort(Abort::Budget { func, file, line })) => {
            vm.write_stderr(&format!(
                "coroviz: instruction budget exhausted: {func} ({file}:{line}) ran more than {} instructions without yielding to the event loop (see --max-instructions)\n",
                max_instructions
            ));
            ExitStatus::BudgetExhausted
        }
        Err(Unwind::Abort(Abort::Stopped)) => ExitStatus::Stopped,
        // Only a worker process's `os._exit` raises it, and its thread ends there.
        Err(Unwind::Abort(Abort::ProcessExit(code))) => {
            ExitStatus::SystemExit { code: code as i32 }
        }
        Err(Unwind::Abort(Abort::TimeLimit { next })) => {
            let limit = vm.max_time.unwrap_or(f64::INFINITY);
            vm.write_stderr(&format!(
                "coroviz: virtual time limit: the program is still running at t={} and waits for t={} (past --max-time {}); CPython would go on\n",
                crate::runtime::numeric::format::float_repr(vm.asyncio.now),
                crate::runtime::numeric::format::float_repr(next),
                crate::runtime::numeric::format::float_repr(limit),
            ));
            ExitStatus::TimeLimit
        }
        Err(Unwind::Abort(Abort::Unmodelled { what, at })) => {
            let place = match at {
                Some((file, line)) => format!("{file}:{line}: "),
                None => String::new(),
            };
            vm.write_stderr(&format!(
                "{place}coroviz does not model {what} yet; the run stops here (CPython has it)\n"
            ));
            ExitStatus::Unmodelled
        }
    }
}

/// Interpreter shutdown and the run's last event.
fn finish_run(vm: &mut Vm, exit: ExitStatus) -> RunReport {
    // Interpreter shutdown: globals die, and with them whatever was never awaited/retrieved.
    // Values go first (finalisers may still run Python code that looks names up).
    let slots = vm.globals.len();
    let globals = std::mem::replace(
        &mut vm.globals,
        vec![crate::runtime::objects::value::Value::Null; slots],
    );
    drop(globals);
    vm.modules = Default::default();
    // What CPython's cycle collector would find: a pending task and the future it waits on
    // hold each other (the future's callbacks hold the task). Cut the future's side, except
    // for tasks of the policy's still-open loop, which live until the interpreter is torn
    // down (too late for CPython to report anything).
    let open_loop = vm.asyncio.current_loop.clone().filter(|l| !l.is_closed());
    for t in std::mem::take(&mut vm.asyncio.all_tasks)
        .iter()
        .filter_map(std::rc::Weak::upgrade)
    {
        if open_loop
            .as_ref()
            .is_some_and(|l| std::rc::Rc::ptr_eq(l, &t.loop_))
        {
            continue;
        }
        if let Some(w) = t.task.as_ref().and_then(|d| d.fut_waiter.borrow().clone()) {
            w.callbacks.borrow_mut().clear();
            drop(w.take_callback_contexts());
        }
    }
    // A deadlock or the time limit stops the run where CPython would still be (hanging, or
    // going on): nothing is collected there, so nothing is reported.
    if !matches!(exit, ExitStatus::Deadlock | ExitStatus::TimeLimit) {
        vm.flush_gc_notes(None);
    }
    drop(open_loop);
    vm.asyncio.current_loop = None;
    // A runaway slice left asyncio.run's Runner holding its main task.
    vm.asyncio.runner = None;
    crate::runtime::vm::gc_notes::discard();
    if exit != ExitStatus::Stopped {
        warn_unfired_script(vm);
    }
    if vm.emitting() {
        vm.emit(EventKind::ScenarioFinished {
            exit,
            code: exit.code(),
        });
    }
    RunReport { exit }
}

/// Warns about each scripted action still waiting when the program ended: its `at` lay past
/// the end, or no event loop was waiting in its selector to carry it out at that time.
fn warn_unfired_script(vm: &mut Vm) {
    let end = vm.asyncio.now;
    while let Some(a) = vm.asyncio.script.pop_front() {
        let what = match &a.action {
            Action::Cancel { task } => format!("cancel of `{task}`"),
            Action::CancelTask { .. } | Action::CancelFuture { .. } => "cancel".to_string(),
            Action::Interrupt => "interrupt (Ctrl-C)".to_string(),
            Action::Pause { .. } => "pause".to_string(),
        };
        let why = if a.at > end {
            format!("the program ended at {end} s")
        } else {
            "no event loop was waiting then to carry it out".to_string()
        };
        vm.script_warning(&format!(
            "the scripted {what} at {} s never happened: {why}",
            a.at
        ));
    }
}
