use std::path::Path;

use super::*;
use crate::runtime::engine::Host;
use crate::runtime::event::{Event, EventKind, TaskId};
use crate::runtime::vm::Abort;

/// A headless host where a person acts once: the first wait is cut `after` seconds in, and
/// `action` is what they did then.
struct Person {
    after: f64,
    action: Option<Action>,
    woke: bool,
}

impl Person {
    fn new(after: f64, action: Action) -> Person {
        Person {
            after,
            action: Some(action),
            woke: false,
        }
    }
}

impl Host for Person {
    fn events_enabled(&self) -> bool {
        false
    }
    fn emit(&mut self, _: Event) {}
    fn stdout(&mut self, _: &str) {}
    fn stderr(&mut self, _: &str) {}
    fn wait_until(&mut self, from: f64, _to: f64) -> Result<Option<f64>, Abort> {
        let wake = !self.woke;
        self.woke = true;
        Ok(wake.then_some(from + self.after))
    }
    fn take_action(&mut self) -> Option<Action> {
        match self.woke {
            true => self.action.take(),
            false => None,
        }
    }
}

fn scenario(code: &str) -> Scenario {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.py");
    std::fs::write(&path, code).unwrap();
    crate::scenario::load(&path).unwrap()
}

/// Runs `f` with the interpreter's stack.
fn on_engine_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(crate::cli::ENGINE_STACK)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap()
}

const GATHER: &str = "\
import asyncio

async def worker(name, d):
    print(name, 'start')
    await asyncio.sleep(d)
    print(name, 'done')
    return d

async def main():
    print(await asyncio.gather(worker('a', 1), worker('b', 2)))

asyncio.run(main())
";

fn recorded() -> Recording {
    on_engine_stack(|| record_headless(&scenario(GATHER)).unwrap())
}

fn write(rec: &Recording, path: &Path) {
    let mut w = Recorder::create(path, &rec.header, 7, Replace::Yes).unwrap();
    for r in rec.records().into_iter().skip(1) {
        w.record(r);
    }
    w.abandon().unwrap();
}

#[test]
fn a_written_recording_loads_back_identical() {
    let rec = recorded();
    assert!(!rec.truncated());
    assert!(rec.events.len() > 20, "{}", rec.events.len());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.cvz");
    write(&rec, &path);
    let back = load(&path).unwrap();
    assert_eq!(back, rec);
    assert!(!back.cut_tail);
}

/// The recording as plain JSON lines, as builds before compression wrote it.
fn plain_lines(rec: &Recording) -> Vec<u8> {
    let mut out = Vec::new();
    for r in rec.records() {
        serde_json::to_writer(&mut out, &r).unwrap();
        out.push(b'\n');
    }
    out
}

#[test]
fn a_written_recording_is_compressed_json_lines_and_plain_ones_still_load() {
    let rec = recorded();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.cvz");
    write(&rec, &path);
    let bytes = std::fs::read(&path).unwrap();
    let plain = plain_lines(&rec);
    assert!(
        bytes.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]),
        "a zstd stream"
    );
    assert!(
        bytes.len() * 4 < plain.len(),
        "{} of {}",
        bytes.len(),
        plain.len()
    );
    let (text, cut) = super::json_lines(&bytes).unwrap();
    assert!(!cut);
    assert_eq!(&text[..], &plain[..]);
    assert_eq!(parse(&path, &plain).unwrap(), rec);
}

#[test]
fn every_cut_of_a_plain_recording_loads_its_whole_lines_or_fails_cleanly() {
    let rec = recorded();
    let path = Path::new("r.cvz");
    let bytes = plain_lines(&rec);
    let header_end = bytes.iter().position(|b| *b == b'\n').unwrap();
    let mut loaded = 0;
    for cut in 0..bytes.len() {
        match parse(path, &bytes[..cut]) {
            Ok(r) => {
                loaded += 1;
                assert!(cut > header_end, "loaded from a cut header at {cut}");
                assert!(
                    r.truncated(),
                    "cut at {cut} of {} is not complete",
                    bytes.len()
                );
                let whole_lines = bytes[..cut].iter().filter(|b| **b == b'\n').count();
                let held = 1 + r.events.len() + r.inputs.len() + r.pauses.len();
                assert_eq!(held, whole_lines, "cut at {cut}");
                assert_eq!(r.cut_tail, bytes[cut - 1] != b'\n');
                assert_eq!(r.events[..], rec.events[..r.events.len()]);
            }
            Err(e) => {
                assert!(cut <= header_end, "cut at {cut} failed: {e}");
                assert!(e.to_string().contains("r.cvz"), "{e}");
            }
        }
    }
    assert!(loaded > 0);
    assert_eq!(parse(path, &bytes).unwrap(), rec);
}

#[test]
fn every_cut_of_a_compressed_recording_loads_a_prefix_or_fails_cleanly() {
    let rec = recorded();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.cvz");
    // One record per batch: the writer flushes often, as in the live view.
    let mut w = Recorder::create(&path, &rec.header, 1, Replace::Yes).unwrap();
    for r in rec.records().into_iter().skip(1) {
        w.record(r);
    }
    w.abandon().unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let mut first_loaded = None;
    let mut held_before = 0;
    for cut in 0..bytes.len() {
        match parse(&path, &bytes[..cut]) {
            Ok(r) => {
                first_loaded.get_or_insert(cut);
                assert!(r.truncated(), "cut at {cut} of {} is complete", bytes.len());
                assert_eq!(r.events[..], rec.events[..r.events.len()]);
                let held = r.events.len() + r.inputs.len() + r.pauses.len();
                assert!(held >= held_before, "cut at {cut} holds less than before");
                held_before = held;
            }
            Err(e) => {
                assert!(
                    first_loaded.is_none(),
                    "cut at {cut} failed after loading: {e}"
                );
                assert!(e.to_string().contains("r.cvz"), "{e}");
            }
        }
    }
    // The header reaches the disk on its own, then the events as they come.
    assert!(
        first_loaded.is_some_and(|c| c < bytes.len() / 2),
        "{first_loaded:?}"
    );
    assert!(held_before > rec.events.len() / 2, "{held_before}");
    assert_eq!(parse(&path, &bytes).unwrap(), rec);
}

#[test]
fn flipped_bytes_load_or_fail_with_a_message_never_a_panic() {
    let rec = recorded();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.cvz");
    write(&rec, &path);
    for bytes in [std::fs::read(&path).unwrap(), plain_lines(&rec)] {
        let (mut ok, mut failed) = (0, 0);
        for i in 0..bytes.len() {
            for flip in [0x01u8, 0x20, 0x80] {
                let mut b = bytes.clone();
                b[i] ^= flip;
                match parse(&path, &b) {
                    Ok(r) => {
                        ok += 1;
                        // Whatever loads must fold into a dashboard state without trouble.
                        let _ = crate::app::State::fold(r.lesson(), &r.events);
                    }
                    Err(e) => {
                        failed += 1;
                        assert!(e.to_string().contains("r.cvz"), "{e}");
                    }
                }
            }
        }
        assert!(ok > 0 && failed > 0, "ok {ok} failed {failed}");
    }
}

#[test]
fn damaged_lines_name_the_file_and_line() {
    let rec = recorded();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.cvz");
    write(&rec, &path);
    let bytes = std::fs::read(&path).unwrap();
    let text = String::from_utf8(super::json_lines(&bytes).unwrap().0.into_owned()).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines[4] = "{\"event\": 17}";
    let bad = lines.join("\n") + "\n";
    let e = parse(&path, bad.as_bytes()).unwrap_err();
    assert!(e.to_string().contains("r.cvz:5: damaged recording"), "{e}");
}

#[test]
fn a_newer_format_or_another_file_is_refused_clearly() {
    let rec = recorded();
    let mut header = rec.header.clone();
    header.version = FORMAT_VERSION + 1;
    let line = serde_json::to_string(&Record::Header(Box::new(header))).unwrap() + "\n";
    let e = parse(Path::new("x.cvz"), line.as_bytes()).unwrap_err();
    assert!(matches!(e, RecordingError::Newer { .. }), "{e}");
    assert!(e.to_string().contains("upgrade coroviz"), "{e}");

    let e = parse(Path::new("x.cvz"), b"{\"t\":0.0}\n").unwrap_err();
    assert!(matches!(e, RecordingError::NotARecording { .. }), "{e}");
    let e = parse(Path::new("x.cvz"), b"\x89PNG\r\n\x1a\n").unwrap_err();
    assert!(matches!(e, RecordingError::NotARecording { .. }), "{e}");
    let e = parse(Path::new("x.cvz"), b"").unwrap_err();
    assert!(matches!(e, RecordingError::Empty { .. }), "{e}");
}

#[test]
fn verify_passes_on_a_recording_and_fails_at_a_tampered_event() {
    let rec = recorded();
    let (good, bad_at, bad) = on_engine_stack(move || {
        let good = verify(&rec);
        let mut tampered = rec.clone();
        let i = tampered
            .events
            .iter()
            .position(|e| matches!(e.kind, EventKind::Output { .. }))
            .unwrap();
        if let EventKind::Output { text, .. } = &mut tampered.events[i].kind {
            text.push('!');
        }
        (good, i, verify(&tampered))
    });
    let good = good.unwrap();
    assert!(good.events > 20 && !good.truncated);
    let bad = bad.unwrap_err();
    assert_eq!(bad.event, Some(bad_at));
    assert!(bad.to_string().contains("differs"), "{bad}");
}

#[test]
fn inputs_are_replayed_at_the_question_they_answered() {
    // A cancel pressed while the loop idles in its 5 s sleep, at t=1.25.
    let code = "\
import asyncio

async def main():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('cancelled at', asyncio.get_running_loop().time())
        raise

asyncio.run(main())
";
    let sc = scenario(code);
    let rec = on_engine_stack(move || {
        let program = crate::lang::compile::compile(&sc.source_name, &sc.source).unwrap();
        let header = Header::new(&sc, RunMode::Headless, 1_000_000);
        // A person acts while the loop waits for its timer.
        let mut person = Person::new(1.25, Action::CancelTask { task: TaskId(1) });
        let mut records = Vec::new();
        let report = run_recorded(
            &program,
            sc.engine_config(1_000_000),
            &mut person,
            &mut records,
        );
        Recording::finished(header, records, report.exit).unwrap()
    });
    assert_eq!(rec.inputs.len(), 2, "{:?}", rec.inputs);
    assert!(matches!(rec.inputs[0].1.kind, InputKind::Wake { at } if at == 1.25));
    let (pos, cancel) = &rec.inputs[1];
    assert!(matches!(cancel.kind, InputKind::Act { .. }));
    assert_eq!(cancel.t, 1.25);
    assert!(matches!(
        rec.events[*pos].kind,
        EventKind::CancelRequested {
            task: TaskId(1),
            ..
        }
    ));
    let printed: String = rec
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Output {
                text,
                stream: crate::runtime::event::Stream::Stdout,
            } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(printed, "cancelled at 1.25\n");
    let checked = on_engine_stack(move || verify(&rec)).unwrap();
    assert_eq!(checked.inputs, 2);
}

/// A person's `c` on a queued pool future: the main thread runs `future.cancel()` where it
/// waits (as CPython runs a signal handler), the worker never runs the call, and the
/// recording verifies.
#[test]
fn a_person_cancels_a_queued_pool_future() {
    let code = "\
import time
from concurrent.futures import ThreadPoolExecutor


def job(n):
    time.sleep(1)
    return n


with ThreadPoolExecutor(max_workers=1) as pool:
    fs = [pool.submit(job, n) for n in (1, 2, 3)]
    for f in fs:
        print('cancelled' if f.cancelled() else f.result())
";
    let sc = scenario(code);
    let rec = on_engine_stack(move || {
        let program = crate::lang::compile::compile(&sc.source_name, &sc.source).unwrap();
        let header = Header::new(&sc, RunMode::Headless, 1_000_000);
        // A person presses `c` on the third future during the first job's sleep.
        let future = crate::runtime::event::PoolFutureId(3);
        let mut person = Person::new(0.5, Action::CancelFuture { future });
        let mut records = Vec::new();
        let report = run_recorded(
            &program,
            sc.engine_config(1_000_000),
            &mut person,
            &mut records,
        );
        Recording::finished(header, records, report.exit).unwrap()
    });
    let printed: String = rec
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Output {
                text,
                stream: crate::runtime::event::Stream::Stdout,
            } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(printed, "1\n2\ncancelled\n");
    let cancelled_at = rec.events.iter().find_map(|e| match &e.kind {
        EventKind::PoolFutureChanged {
            future: crate::runtime::event::PoolFutureId(3),
            state: crate::runtime::event::PoolFutureState::Cancelled,
        } => Some(e.t),
        _ => None,
    });
    assert_eq!(cancelled_at, Some(0.5));
    let checked = on_engine_stack(move || verify(&rec)).unwrap();
    assert_eq!(checked.inputs, 2);
}

#[test]
fn recordings_carry_frames_and_a_schema_4_recording_still_loads() {
    let rec = recorded();
    // Each worker's step ends with its frames: `name` and `d` at the await.
    let frames: Vec<&Vec<crate::runtime::event::FrameInfo>> = rec
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Frames { frames, .. } => Some(frames),
            _ => None,
        })
        .collect();
    assert!(
        frames.iter().any(|f| f.iter().any(|f| f.func == "worker"
            && f.line == 5
            && f.locals.iter().any(|l| l.name == "d" && l.repr == "2"))),
        "{frames:?}"
    );
    // The same recording as schema 4 wrote it: no Frames events, schema 4 in the header.
    let mut old = rec.clone();
    old.header.schema = 4;
    old.events
        .retain(|e| !matches!(e.kind, EventKind::Frames { .. }));
    // Inputs and pauses are placed by event index: count only the events that stay.
    let kept_before = |at: usize| {
        rec.events[..at]
            .iter()
            .filter(|e| !matches!(e.kind, EventKind::Frames { .. }))
            .count()
    };
    for (at, _) in &mut old.inputs {
        *at = kept_before(*at);
    }
    for (at, _) in &mut old.pauses {
        *at = kept_before(*at);
    }
    if let Some(end) = &mut old.end {
        end.events = old.events.len() as u64;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.cvz");
    write(&old, &path);
    let back = load(&path).expect("a schema 4 recording loads");
    assert_eq!(back.header.schema, 4);
    assert_eq!(back.events.len(), old.events.len());
    // It replays, but verifying it is refused with a reason (this coroviz emits Frames).
    let e = on_engine_stack(move || verify(&back)).unwrap_err();
    assert!(e.to_string().contains("schema 4"), "{e}");
    assert!(e.to_string().contains("record it again"), "{e}");
    // Schema 3 (or a newer one) is refused.
    for schema in [3, crate::runtime::event::SCHEMA_VERSION + 1] {
        let mut header = rec.header.clone();
        header.schema = schema;
        let line = serde_json::to_string(&Record::Header(Box::new(header))).unwrap() + "\n";
        let e = parse(Path::new("x.cvz"), line.as_bytes()).unwrap_err();
        assert!(matches!(e, RecordingError::Schema { .. }), "{e}");
        assert!(e.to_string().contains("record it again"), "{e}");
    }
}

#[test]
fn a_large_recording_parses_on_every_core_in_order_with_its_line_numbers() {
    let rec = recorded();
    let mut lines =
        vec![serde_json::to_string(&Record::Header(Box::new(rec.header.clone()))).unwrap()];
    // Enough lines for the parallel reader: every event again and again, stamped with
    // times that keep increasing.
    let mut events = Vec::new();
    while lines.iter().map(String::len).sum::<usize>() < 3 * super::read::CHUNK {
        for e in &rec.events {
            let mut e = e.clone();
            e.t = events.len() as f64;
            e.iter = events.len() as u64;
            lines.push(serde_json::to_string(&Record::Event(e.clone())).unwrap());
            events.push(e);
        }
    }
    let text = lines.join("\n") + "\n";
    let back = parse(Path::new("big.cvz"), text.as_bytes()).unwrap();
    assert_eq!(back.events, events);
    // A damaged line far into the file is named by its own number.
    let bad = lines.len() * 3 / 4;
    lines[bad] = "{\"event\": 17}".into();
    let text = lines.join("\n") + "\n";
    let e = parse(Path::new("big.cvz"), text.as_bytes()).unwrap_err();
    assert!(
        e.to_string()
            .contains(&format!("big.cvz:{}: damaged", bad + 1)),
        "{e}"
    );
}

#[test]
fn the_header_alone_reads_from_compressed_and_plain_files_and_refuses_the_rest() {
    let rec = recorded();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.cvz");
    write(&rec, &path);
    let compressed = std::fs::read(&path).unwrap();
    let plain = plain_lines(&rec);
    for bytes in [&compressed[..], &plain[..]] {
        std::fs::write(&path, bytes).unwrap();
        let h = super::load_header(&path).unwrap();
        assert_eq!(h.header, rec.header);
        assert!(h.events.is_empty());
    }
    std::fs::write(&path, b"").unwrap();
    let e = super::load_header(&path).unwrap_err();
    assert!(matches!(e, RecordingError::Empty { .. }), "{e}");
    std::fs::write(&path, b"not json\n").unwrap();
    let e = super::load_header(&path).unwrap_err();
    assert!(matches!(e, RecordingError::NotARecording { .. }), "{e}");
    // Cut inside the header: of the plain file, and of the compressed one.
    let header_end = plain.iter().position(|b| *b == b'\n').unwrap();
    for cut in [&plain[..header_end], &compressed[..8]] {
        std::fs::write(&path, cut).unwrap();
        let e = super::load_header(&path).unwrap_err();
        assert!(e.to_string().contains("stops inside its first line"), "{e}");
    }
}
