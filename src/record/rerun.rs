//! Re-executing a recording's scenario with its recorded inputs (`coroviz verify`), and
//! recording a scenario headless in memory (exports straight from a `.toml`/`.py`).
//!
//! Both run Python: call them on a thread with the interpreter's stack
//! ([`crate::cli::ENGINE_STACK`]).

use std::fmt;

use super::{run_recorded, Header, Input, InputKind, Record, Recording, RunMode};
use crate::diag::Diagnostic;
use crate::lang::compile::compile_main;
use crate::runtime::engine::{
    run_compiled, Action, DiscardOutput, EngineConfig, HeadlessHost, Host, DEFAULT_MAX_INSTRUCTIONS,
};
use crate::runtime::event::{Event, EventSink, NullSink};
use crate::runtime::vm::Abort;
use crate::scenario::Scenario;

/// Which question the engine asked its host.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Question {
    BeforeHandle,
    WaitUntil,
    TakeAction,
    Overrun,
}

impl Question {
    fn name(self) -> &'static str {
        match self {
            Question::BeforeHandle => "before a handle",
            Question::WaitUntil => "while the clock moves",
            Question::TakeAction => "for a person's action",
            Question::Overrun => "after a long slice",
        }
    }

    /// Whether a recorded input can answer this question.
    fn takes(self, kind: &InputKind) -> bool {
        match kind {
            InputKind::Wake { .. } => self == Question::WaitUntil,
            InputKind::Act { .. } => self == Question::TakeAction,
            InputKind::Stop => self != Question::TakeAction,
        }
    }
}

/// A host that answers the engine's questions from a recording's inputs, headless.
///
/// Invariant: inputs are consumed in order, each at the question number it was recorded at;
/// once stopped (a recorded stop, a mismatch, or past `stop_after` events) every blocking
/// question answers `Stopped`.
pub struct InputHost<'a> {
    inputs: &'a [(usize, Input)],
    next: usize,
    calls: u64,
    mode: RunMode,
    inner: HeadlessHost<'a>,
    events: u64,
    /// Stop at the next question once this many events were produced.
    stop_after: u64,
    stopped: bool,
    /// A recorded input the re-execution could not take where it was recorded.
    pub mismatch: Option<String>,
}

impl<'a> InputHost<'a> {
    /// Answers with `inputs` as a run hosted in `mode` would have; events go to `sink`.
    pub fn new(
        inputs: &'a [(usize, Input)],
        mode: RunMode,
        sink: &'a mut dyn EventSink,
        out: &'a mut dyn crate::runtime::engine::ProgramOutput,
        stop_after: u64,
    ) -> Self {
        InputHost {
            inputs,
            next: 0,
            calls: 0,
            mode,
            inner: HeadlessHost::new(sink, out),
            events: 0,
            stop_after,
            stopped: false,
            mismatch: None,
        }
    }

    /// The recorded answer to question `q`, if one was recorded for it.
    fn answer(&mut self, q: Question) -> Option<InputKind> {
        let call = self.calls;
        self.calls += 1;
        if self.stopped {
            return Some(InputKind::Stop);
        }
        if self.events >= self.stop_after {
            self.stopped = true;
            return Some(InputKind::Stop);
        }
        let (_, input) = self.inputs.get(self.next).filter(|(_, i)| i.call == call)?;
        self.next += 1;
        if q.takes(&input.kind) {
            if input.kind == InputKind::Stop {
                self.stopped = true;
            }
            return Some(input.kind.clone());
        }
        self.mismatch = Some(format!(
            "the recorded input {} (t={}, iteration {}) answered question {call}, but the \
             re-executed run asked {} there",
            describe(&input.kind),
            input.t,
            input.iter,
            q.name()
        ));
        self.stopped = true;
        Some(InputKind::Stop)
    }

    /// Recorded inputs the run never reached.
    pub fn unused(&self) -> &[(usize, Input)] {
        &self.inputs[self.next..]
    }

    fn blocking(&mut self, q: Question) -> Result<Option<f64>, Abort> {
        match self.answer(q) {
            Some(InputKind::Stop) => Err(Abort::Stopped),
            Some(InputKind::Wake { at }) => Ok(Some(at)),
            _ => Ok(None),
        }
    }
}

fn describe(kind: &InputKind) -> String {
    match kind {
        InputKind::Wake { at } => format!("`wake at t={at}`"),
        InputKind::Act { action } => format!("`{action:?}`"),
        InputKind::Stop => "`stop`".into(),
    }
}

impl Host for InputHost<'_> {
    fn events_enabled(&self) -> bool {
        true
    }
    fn emit(&mut self, event: Event) {
        self.events += 1;
        self.inner.emit(event);
    }
    fn stdout(&mut self, text: &str) {
        self.inner.stdout(text);
    }
    fn stderr(&mut self, text: &str) {
        self.inner.stderr(text);
    }
    fn before_handle(&mut self) -> Result<(), Abort> {
        self.blocking(Question::BeforeHandle).map(|_| ())
    }
    fn wait_until(&mut self, _from: f64, _to: f64) -> Result<Option<f64>, Abort> {
        self.blocking(Question::WaitUntil)
    }
    fn take_action(&mut self) -> Option<Action> {
        match self.answer(Question::TakeAction) {
            Some(InputKind::Act { action }) => Some(action),
            _ => None,
        }
    }
    fn overrun(&mut self, _func: &str, _line: u32) -> Result<bool, Abort> {
        self.blocking(Question::Overrun)?;
        Ok(self.mode == RunMode::Live)
    }
}

/// What `verify` checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verified {
    pub events: usize,
    pub inputs: usize,
    /// The recording was cut off: only its events were compared.
    pub truncated: bool,
}

/// Where a re-execution first differs from the recording.
#[derive(Clone, Debug, PartialEq)]
pub struct Divergence {
    /// Index of the first differing event (0-based), if events differ.
    pub event: Option<usize>,
    /// Its line in the recording file.
    pub line: Option<usize>,
    pub recorded: Option<Box<Event>>,
    pub rerun: Option<Box<Event>>,
    /// Anything else: an input that could not be replayed, an unsupported program.
    pub note: Option<String>,
}

impl fmt::Display for Divergence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let json = |e: &Event| serde_json::to_string(e).unwrap_or_else(|e| e.to_string());
        if let Some(i) = self.event {
            write!(f, "event {}", i + 1)?;
            if let Some(line) = self.line {
                write!(f, " (line {line})")?;
            }
            match (&self.recorded, &self.rerun) {
                (Some(r), Some(x)) => write!(
                    f,
                    " differs:\n  recorded:    {}\n  re-executed: {}",
                    json(r),
                    json(x)
                )?,
                (Some(r), None) => write!(
                    f,
                    ": the re-executed run ended before it; recorded:\n  {}",
                    json(r)
                )?,
                (None, Some(x)) => write!(
                    f,
                    ": the recording ends before it; the re-executed run went on with:\n  {}",
                    json(x)
                )?,
                (None, None) => {}
            }
        }
        if let Some(note) = &self.note {
            if self.event.is_some() {
                writeln!(f)?;
            }
            write!(f, "{note}")?;
        }
        Ok(())
    }
}

/// Collects the re-executed events, compared as they come against the recorded ones.
struct Compare<'a> {
    recorded: &'a [Event],
    n: usize,
    first: Option<(usize, Option<Box<Event>>)>,
}

impl EventSink for Compare<'_> {
    fn emit(&mut self, event: Event) {
        let i = self.n;
        self.n += 1;
        if self.first.is_some() {
            return;
        }
        match self.recorded.get(i) {
            Some(r) if *r == event => {}
            _ => self.first = Some((i, Some(Box::new(event)))),
        }
    }
}

/// The line of event `i` in the recording's file (the header is line 1).
fn line_of_event(rec: &Recording, i: usize) -> usize {
    let before = |pos: &usize| *pos <= i;
    2 + i
        + rec.inputs.iter().filter(|(p, _)| before(p)).count()
        + rec.pauses.iter().filter(|(p, _)| before(p)).count()
}

/// Re-executes the recording's embedded scenario with its recorded inputs and checks that the
/// event stream is identical. A truncated recording is checked as far as it goes.
pub fn verify(rec: &Recording) -> Result<Verified, Divergence> {
    if rec.header.schema < crate::runtime::event::SCHEMA_VERSION {
        // An older schema's recording replays, but this coroviz emits events it lacks.
        return Err(Divergence {
            event: None,
            line: None,
            recorded: None,
            rerun: None,
            note: Some(format!(
                "it was recorded with event schema {}, which has no `Frames` events; this \
                 coroviz (schema {}) can replay it but not verify it: record it again",
                rec.header.schema,
                crate::runtime::event::SCHEMA_VERSION
            )),
        });
    }
    let scenario = rec.scenario();
    let program = compile_main(
        &scenario.source_name,
        scenario.code_file(),
        &scenario.source,
    )
    .map_err(|d| Divergence {
        event: None,
        line: None,
        recorded: None,
        rerun: None,
        note: Some(format!("the embedded program no longer compiles:\n{d}")),
    })?;
    let truncated = rec.truncated();
    let mut compare = Compare {
        recorded: &rec.events,
        n: 0,
        first: None,
    };
    let stop_after = rec.events.len() as u64 + u64::from(!truncated);
    let mut out = DiscardOutput;
    let mut host = InputHost::new(
        &rec.inputs,
        rec.header.mode,
        &mut compare,
        &mut out,
        stop_after,
    );
    let config = EngineConfig {
        title: scenario.title.clone(),
        max_instructions: rec.header.max_instructions,
        script: scenario.script.clone(),
        stdin: scenario.stdin.clone(),
        argv0: scenario.argv0.clone(),
        max_time: rec.header.max_time,
        cpu_instruction: scenario.cpu_instruction,
    };
    run_compiled(&program, config, &mut host);
    let mismatch = host.mismatch.take();
    let unused = host.unused().len();
    drop(host);
    let produced = compare.n;
    let first = match compare.first {
        // A truncated recording's re-run goes on past the cut: that is not a difference.
        Some((i, _)) if truncated && i >= rec.events.len() => None,
        other => other,
    };
    let first = first.or_else(|| (produced < rec.events.len()).then_some((produced, None)));
    if let Some((i, rerun)) = first {
        let recorded = rec.events.get(i).cloned().map(Box::new);
        return Err(Divergence {
            event: Some(i),
            line: recorded.as_ref().map(|_| line_of_event(rec, i)),
            recorded,
            rerun,
            note: mismatch,
        });
    }
    if mismatch.is_some() {
        return Err(Divergence {
            event: None,
            line: None,
            recorded: None,
            rerun: None,
            note: mismatch,
        });
    }
    if unused > 0 && !truncated {
        return Err(Divergence {
            event: None,
            line: None,
            recorded: None,
            rerun: None,
            note: Some(format!(
                "{unused} recorded input(s) were never asked for by the re-executed run"
            )),
        });
    }
    Ok(Verified {
        events: rec.events.len(),
        inputs: rec.inputs.len(),
        truncated,
    })
}

/// Runs `scenario` headless and returns its recording (in memory), as `coroviz run --record`
/// would write it. `Err` means the program was rejected before running.
pub fn record_headless(scenario: &Scenario) -> Result<Recording, Diagnostic> {
    let program = compile_main(
        &scenario.source_name,
        scenario.code_file(),
        &scenario.source,
    )?;
    // Headless, so a program that runs for ever in virtual time stops at the default limit.
    let max_time = Some(crate::runtime::engine::DEFAULT_MAX_TIME);
    let mut header = Header::new(scenario, RunMode::Headless, DEFAULT_MAX_INSTRUCTIONS);
    header.max_time = max_time;
    let mut config = scenario.engine_config(DEFAULT_MAX_INSTRUCTIONS);
    config.max_time = max_time;
    let mut records: Vec<Record> = Vec::new();
    let mut null = NullSink;
    let mut out = DiscardOutput;
    let mut inner = HeadlessHost::new(&mut null, &mut out);
    let report = run_recorded(&program, config, &mut inner, &mut records);
    Ok(Recording::finished(header, records, report.exit)
        .expect("a fresh recording is well-formed (the engine stamps events in order)"))
}
