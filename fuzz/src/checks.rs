//! What each fuzz target feeds coroviz and what it asserts about the answer. The regression
//! tests (`tests/fuzz_regressions.rs`) include this file, so a saved input is checked exactly
//! as the fuzzer checked it. Any panic, including a failed assertion here, is a finding.
//!
//! Rules every input must keep: bad input is a clear error naming its file (and line, where
//! the format has lines), never a panic; what loads keeps its documented invariants; what is
//! written can be read back.

use std::path::Path;

use coroviz::export::{Format, Options, Size};
use coroviz::lang::compile::compile_main;
use coroviz::record::{run_recorded, verify, Header, Record, Recording, RunMode};
use coroviz::runtime::engine::{run_compiled, DiscardOutput, HeadlessHost};
use coroviz::runtime::event::{Event, EventSink, NullSink};
use coroviz::scenario::{Scenario, ScenarioError};

/// The name fuzzed scenarios go by in messages.
pub const SCENARIO_FILE: &str = "fuzz.toml";
/// The name fuzzed programs go by in messages.
pub const PROGRAM_FILE: &str = "fuzz.py";
/// The name fuzzed recordings go by in messages.
pub const RECORDING_FILE: &str = "fuzz.cvz";

/// The programs a fuzzed scenario's `source` may name.
const SCENARIO_FILES: &[(&str, &str)] = &[
    (
        "prog.py",
        "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n",
    ),
    ("gen.py", "def g():\n    yield 1\n\nprint(list(g()))\n"),
];

/// Per-slice instruction budget of a fuzzed run: small, so a runaway slice ends at once.
pub const MAX_INSTRUCTIONS: u64 = 200_000;
/// Virtual seconds a fuzzed run may reach.
pub const MAX_TIME: f64 = 120.0;
/// Bytes a fuzzed run may allocate beyond what the process holds when it starts.
pub const MEMORY_HEADROOM: usize = 256 << 20;
/// The engine thread's stack: Python's recursion limit must be reachable without overflow.
pub const ENGINE_STACK: usize = 256 << 20;

/// Loads `bytes` as a scenario TOML (through a file when they are not UTF-8, since only the
/// file loader sees raw bytes), then checks what loaded.
pub fn scenario(bytes: &[u8]) -> Result<Scenario, ScenarioError> {
    let loaded = match std::str::from_utf8(bytes) {
        Ok(text) => {
            coroviz::scenario::load_embedded(Path::new(SCENARIO_FILE), text, SCENARIO_FILES)
        }
        Err(_) => {
            let dir = std::env::temp_dir().join(format!("coroviz-fuzz-{}", std::process::id()));
            std::fs::create_dir_all(&dir).expect("a temporary directory");
            let path = dir.join(SCENARIO_FILE);
            std::fs::write(&path, bytes).expect("a temporary file");
            coroviz::scenario::load(&path)
        }
    };
    match &loaded {
        Ok(s) => scenario_invariants(s),
        Err(e) => {
            let text = e.to_string();
            assert!(
                text.contains(SCENARIO_FILE),
                "error without its file: {text}"
            );
            if let Some(d) = e.diagnostic() {
                assert!(d.line >= 1 && d.col >= 1, "error without a place: {text}");
            }
        }
    }
    loaded
}

/// What `Scenario` promises, and that it survives the trip through a recording's header.
fn scenario_invariants(s: &Scenario) {
    assert!(s.speed.is_finite() && s.speed > 0.0, "speed {}", s.speed);
    assert!(
        s.step_time.is_finite() && s.step_time >= 0.0,
        "step_time {}",
        s.step_time
    );
    for w in s.script.windows(2) {
        assert!(w[0].at <= w[1].at, "script not sorted: {:?}", s.script);
    }
    for a in &s.script {
        assert!(a.at.is_finite() && a.at >= 0.0, "script time {}", a.at);
    }
    for (url, h) in &s.network {
        assert!(
            h.latency.is_finite() && h.latency >= 0.0,
            "{url}: latency {}",
            h.latency
        );
        assert!(
            (100..=599).contains(&h.status),
            "{url}: status {}",
            h.status
        );
    }
    let json = serde_json::to_string(s).expect("a scenario serialises");
    let back: Scenario = serde_json::from_str(&json).expect("a serialised scenario reads back");
    assert_eq!(&back, s, "the scenario changed on its way through JSON");
}

/// Parses and compiles `bytes` as the user's program.
pub fn frontend(bytes: &[u8]) -> Result<(), String> {
    let Ok(source) = std::str::from_utf8(bytes) else {
        return Ok(());
    };
    match compile_main(PROGRAM_FILE, "/fuzz/fuzz.py", source) {
        Ok(_) => Ok(()),
        Err(d) => {
            let text = d.to_string();
            assert!(
                text.starts_with(&format!("{PROGRAM_FILE}:")) && d.line >= 1 && d.col >= 1,
                "a diagnostic without its place: {text}"
            );
            Err(text)
        }
    }
}

/// How a fuzzed run is observed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Watch {
    /// No events at all (the engine skips building them).
    Nothing,
    /// Every event, frames included, counted and dropped.
    Events,
    /// Recorded as `coroviz run --record` would, then verified by re-execution, written and
    /// read back, and exported in every format.
    Record,
}

/// An event sink that wants everything and keeps nothing.
struct Counting(usize);

impl EventSink for Counting {
    fn emit(&mut self, _event: Event) {
        self.0 += 1;
    }
}

/// Runs a scenario headless on a thread with a deep stack, with a small instruction budget,
/// time limit and memory limit. `Err` is the diagnostic of a program refused before it ran.
pub fn run(scenario: &Scenario, watch: Watch) -> Result<(), String> {
    let scenario = scenario.clone();
    let engine = std::thread::Builder::new()
        .name("engine".into())
        .stack_size(ENGINE_STACK)
        .spawn(move || run_here(&scenario, watch))
        .expect("an engine thread");
    match engine.join() {
        Ok(result) => result,
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

fn run_here(scenario: &Scenario, watch: Watch) -> Result<(), String> {
    coroviz::runtime::memory::set_limit(
        coroviz::runtime::memory::in_use().saturating_add(MEMORY_HEADROOM),
    );
    let program = compile_main(
        &scenario.source_name,
        scenario.code_file(),
        &scenario.source,
    )
    .map_err(|d| d.to_string())?;
    let mut config = scenario.engine_config(MAX_INSTRUCTIONS);
    config.max_time = Some(MAX_TIME);
    let mut out = DiscardOutput;
    match watch {
        Watch::Nothing => {
            let mut sink = NullSink;
            let mut host = HeadlessHost::new(&mut sink, &mut out);
            run_compiled(&program, config, &mut host);
        }
        Watch::Events => {
            let mut sink = Counting(0);
            let mut host = HeadlessHost::new(&mut sink, &mut out);
            run_compiled(&program, config, &mut host);
        }
        Watch::Record => {
            let mut header = Header::new(scenario, RunMode::Headless, MAX_INSTRUCTIONS);
            header.max_time = Some(MAX_TIME);
            let mut records: Vec<Record> = Vec::new();
            let mut sink = NullSink;
            let mut host = HeadlessHost::new(&mut sink, &mut out);
            let report = run_recorded(&program, config, &mut host, &mut records);
            let rec = Recording::finished(header, records, report.exit)
                .expect("a fresh recording is well-formed");
            drop(program);
            if let Err(d) = verify(&rec) {
                // A program that ran out of memory may not do so at the same point again:
                // the limit counts what the whole process holds.
                let memory = rec
                    .events
                    .iter()
                    .any(|e| serde_json::to_string(e).is_ok_and(|j| j.contains("MemoryError")));
                assert!(memory, "re-execution diverged: {d}");
            }
            let bytes = to_bytes(&rec);
            let back = coroviz::record::parse(Path::new(RECORDING_FILE), &bytes)
                .unwrap_or_else(|e| panic!("a written recording reads back: {e}"));
            assert_eq!(
                back, rec,
                "the recording changed on its way through its file"
            );
            export(&rec, bytes.len());
        }
    }
    Ok(())
}

/// A recording's file contents as plain JSON lines (the recorder compresses the same lines).
pub fn to_bytes(rec: &Recording) -> Vec<u8> {
    let mut bytes = Vec::new();
    for record in rec.records() {
        serde_json::to_writer(&mut bytes, &record).expect("a record serialises");
        bytes.push(b'\n');
    }
    bytes
}

/// Parses `bytes` as a recording; what parses must be written back to the same recording.
pub fn recording(bytes: &[u8]) -> Option<Recording> {
    match coroviz::record::parse(Path::new(RECORDING_FILE), bytes) {
        Ok(rec) => {
            let again = coroviz::record::parse(Path::new(RECORDING_FILE), &to_bytes(&rec))
                .unwrap_or_else(|e| panic!("a parsed recording, written again, reads back: {e}"));
            assert_eq!(again.header, rec.header);
            assert_eq!(again.events, rec.events);
            assert_eq!(again.inputs, rec.inputs);
            assert_eq!(again.pauses, rec.pauses);
            assert_eq!(again.end, rec.end);
            Some(rec)
        }
        Err(e) => {
            let text = e.to_string();
            assert!(
                text.contains(RECORDING_FILE),
                "error without its file: {text}"
            );
            None
        }
    }
}

/// Exports `rec` in every format (the asciicast at a size chosen by `pick`) and checks each
/// output reads as what it claims to be.
pub fn export(rec: &Recording, pick: usize) {
    let sizes = [
        Size::MIN,
        Size::DEFAULT,
        Size {
            width: 97,
            height: 31,
        },
    ];
    for format in [
        Format::Python,
        Format::Svg,
        Format::Perfetto,
        Format::Asciicast,
    ] {
        let opts = Options {
            format,
            size: sizes[pick % sizes.len()],
            color: pick.is_multiple_of(2),
        };
        let mut out = Vec::new();
        coroviz::export::write(rec, &opts, &mut out)
            .unwrap_or_else(|e| panic!("{format:?}: writing to memory failed: {e}"));
        let text = String::from_utf8(out).unwrap_or_else(|_| panic!("{format:?}: not UTF-8"));
        match format {
            Format::Perfetto => {
                serde_json::from_str::<serde_json::Value>(&text)
                    .unwrap_or_else(|e| panic!("perfetto: not JSON ({e})"));
            }
            Format::Asciicast => {
                for (i, line) in text.lines().enumerate() {
                    serde_json::from_str::<serde_json::Value>(line)
                        .unwrap_or_else(|e| panic!("asciicast line {}: not JSON ({e})", i + 1));
                }
            }
            Format::Python => {
                let s = rec.scenario();
                if compile_main(&s.source_name, s.code_file(), &s.source).is_ok() {
                    if let Err(d) = compile_main(&s.source_name, s.code_file(), &text) {
                        panic!("the exported program no longer compiles: {d}");
                    }
                }
            }
            Format::Svg => assert!(text.contains("<svg"), "svg: no <svg> element"),
        }
    }
}
