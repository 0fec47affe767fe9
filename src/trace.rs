//! The JSONL trace sink: one serialised [`Event`] per line, for `coroviz run --trace`.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::sync::mpsc::{sync_channel, SyncSender};
use std::thread::JoinHandle;

use crate::runtime::event::{Event, EventSink};

/// Events handed to the writer thread at a time.
const BATCH: usize = 1024;
/// Batches in flight before the engine waits for the writer (trace events are never dropped).
const IN_FLIGHT: usize = 8;

/// What the writer thread reports when it is done: events written, and the first error.
type WriterOutcome = (u64, io::Result<()>);

/// Writes events to a file as JSON lines. Serialising happens on a writer thread, so the
/// engine only batches events (a trace costs the run little on a second core).
///
/// Invariant: once a write fails, nothing more is written and the first error is kept for
/// [`JsonlSink::finish`]; emitting never panics; nothing is lost unless the writer failed.
#[derive(Debug)]
pub struct JsonlSink {
    batch: Vec<Event>,
    tx: Option<SyncSender<Vec<Event>>>,
    writer: Option<JoinHandle<WriterOutcome>>,
}

impl JsonlSink {
    /// Creates (or truncates) the trace file and starts its writer.
    pub fn create(path: &Path) -> io::Result<Self> {
        let file = File::create(path)?;
        let (tx, rx) = sync_channel::<Vec<Event>>(IN_FLIGHT);
        let writer = std::thread::Builder::new()
            .name("trace-writer".into())
            .spawn(move || {
                let mut out = BufWriter::with_capacity(1 << 20, file);
                let mut line = Vec::with_capacity(256);
                let mut written = 0u64;
                let mut error = None;
                for batch in rx {
                    if error.is_some() {
                        continue;
                    }
                    for event in &batch {
                        if let Err(e) = write_line(&mut out, &mut line, event) {
                            error = Some(e);
                            break;
                        }
                        written += 1;
                    }
                }
                let result = match error {
                    Some(e) => Err(e),
                    None => out.flush(),
                };
                (written, result)
            })?;
        Ok(JsonlSink {
            batch: Vec::with_capacity(BATCH),
            tx: Some(tx),
            writer: Some(writer),
        })
    }

    /// Flushes the file; returns how many events were written and the first error, if any.
    pub fn finish(mut self) -> (u64, io::Result<()>) {
        self.close()
    }

    fn close(&mut self) -> WriterOutcome {
        if let Some(tx) = self.tx.take() {
            let rest = std::mem::take(&mut self.batch);
            if !rest.is_empty() {
                let _ = tx.send(rest);
            }
        }
        match self.writer.take().map(JoinHandle::join) {
            Some(Ok(outcome)) => outcome,
            Some(Err(_)) => (0, Err(io::Error::other("the trace writer thread failed"))),
            None => (0, Ok(())),
        }
    }
}

/// Serialises into a reused line buffer, then writes the whole line at once.
fn write_line(out: &mut BufWriter<File>, line: &mut Vec<u8>, event: &Event) -> io::Result<()> {
    line.clear();
    serde_json::to_writer(&mut *line, event)?;
    line.push(b'\n');
    out.write_all(line)
}

impl EventSink for JsonlSink {
    /// A trace is the scheduling record: frames and locals are left to recordings.
    fn wants_frames(&self) -> bool {
        false
    }
    fn emit(&mut self, event: Event) {
        self.batch.push(event);
        if self.batch.len() >= BATCH {
            let full = std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH));
            if let Some(tx) = &self.tx {
                // A send fails only if the writer stopped; `finish` reports why.
                let _ = tx.send(full);
            }
        }
    }
}

impl Drop for JsonlSink {
    /// A sink dropped without `finish` still writes what it has.
    fn drop(&mut self) {
        // Nobody is left to tell about an error here; `finish` is the way to hear of it.
        let _ = self.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::event::{
        Awaiting, EventKind, ExitStatus, FutureId, Outcome, Stream, TaskId,
    };

    fn sample() -> Vec<Event> {
        let at = |t: f64, iter: u64, kind: EventKind| Event { t, iter, kind };
        vec![
            at(
                0.0,
                0,
                EventKind::ScenarioStarted {
                    schema: crate::runtime::event::SCHEMA_VERSION,
                    title: "gather".into(),
                    source: "scenarios/gather.py".into(),
                },
            ),
            at(
                0.0,
                1,
                EventKind::TaskSuspended {
                    task: TaskId(2),
                    line: 7,
                    awaiting: Awaiting::Future {
                        future: FutureId(1),
                        what: "sleep(1.5)".into(),
                    },
                },
            ),
            at(
                0.5,
                3,
                EventKind::Output {
                    stream: Stream::Stdout,
                    text: "0.5 fast: finish\n\"quoted\" \u{534f}\u{7a0b}\n".into(),
                },
            ),
            at(
                1.5,
                7,
                EventKind::TaskDone {
                    task: TaskId(1),
                    outcome: Outcome::Result {
                        repr: "None".into(),
                    },
                },
            ),
            at(
                1.5,
                8,
                EventKind::ScenarioFinished {
                    exit: ExitStatus::Ok,
                    code: 0,
                },
            ),
        ]
    }

    #[test]
    fn round_trips_one_event_per_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.jsonl");
        let mut sink = JsonlSink::create(&path).unwrap();
        for e in sample() {
            sink.emit(e);
        }
        let (written, result) = sink.finish();
        result.unwrap();
        assert_eq!(written, 5);

        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.ends_with('\n'));
        let back: Vec<Event> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(back, sample());
        // Each line is a flat object stamped with `t` and `iter`, tagged by `kind` (README shows it).
        assert_eq!(
            text.lines().next(),
            Some(
                r#"{"t":0.0,"iter":0,"kind":"ScenarioStarted","schema":8,"title":"gather","source":"scenarios/gather.py"}"#
            )
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_write_error_is_kept_and_reported_at_finish() {
        // /dev/full accepts the open and fails every write with ENOSPC.
        let Ok(mut sink) = JsonlSink::create(Path::new("/dev/full")) else {
            eprintln!("skipped: /dev/full is not writable here");
            return;
        };
        // 100,000 events, far more than the writer's buffer holds.
        for _ in 0..20_000 {
            for e in sample() {
                sink.emit(e);
            }
        }
        let (written, result) = sink.finish();
        let err = result.unwrap_err();
        assert_eq!(err.raw_os_error(), Some(28), "{err}"); // ENOSPC
        assert!(written < 100_000, "stopped writing after the first error");
    }
}
