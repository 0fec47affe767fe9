//! The JSONL trace sink: one serialised [`Event`] per line, for `coroviz run --trace`.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use crate::runtime::event::{Event, EventSink};

/// Writes events to a file as JSON lines, buffered.
///
/// Invariant: once a write fails, nothing more is written and the first error is kept for
/// [`JsonlSink::finish`]; emitting never panics and never blocks on anything but the file.
#[derive(Debug)]
pub struct JsonlSink {
    out: BufWriter<File>,
    error: Option<io::Error>,
    written: u64,
}

impl JsonlSink {
    /// Creates (or truncates) the trace file.
    pub fn create(path: &Path) -> io::Result<Self> {
        Ok(JsonlSink {
            out: BufWriter::new(File::create(path)?),
            error: None,
            written: 0,
        })
    }

    /// How many events were written (before any error).
    pub fn written(&self) -> u64 {
        self.written
    }

    /// Flushes the file and reports the first error seen while writing, if any.
    pub fn finish(mut self) -> io::Result<()> {
        match self.error.take() {
            Some(e) => Err(e),
            None => self.out.flush(),
        }
    }

    fn write_line(&mut self, event: &Event) -> io::Result<()> {
        serde_json::to_writer(&mut self.out, event)?;
        self.out.write_all(b"\n")
    }
}

impl EventSink for JsonlSink {
    fn emit(&mut self, event: Event) {
        if self.error.is_some() {
            return;
        }
        match self.write_line(&event) {
            Ok(()) => self.written += 1,
            Err(e) => self.error = Some(e),
        }
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
        assert_eq!(sink.written(), 5);
        sink.finish().unwrap();

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
                r#"{"t":0.0,"iter":0,"kind":"ScenarioStarted","schema":1,"title":"gather","source":"scenarios/gather.py"}"#
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
        for _ in 0..2000 {
            for e in sample() {
                sink.emit(e);
            }
        }
        let written = sink.written();
        let err = sink.finish().unwrap_err();
        assert_eq!(err.raw_os_error(), Some(28), "{err}"); // ENOSPC
        assert!(written < 10_000, "stopped writing after the first error");
    }
}
