//! Writing recordings: the host wrapper that notices inputs, and the file writer.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender, TryRecvError};
use std::thread::JoinHandle;

use super::{End, Header, Input, InputKind, Pause, Record};
use crate::lang::compile::Program;
use crate::runtime::engine::{run_compiled, Action, EngineConfig, Host, RunReport};
use crate::runtime::event::{Event, ExitStatus};
use crate::runtime::vm::Abort;

/// Where recorded lines go.
pub trait RecordSink {
    fn record(&mut self, record: Record);
}

impl RecordSink for Vec<Record> {
    fn record(&mut self, record: Record) {
        self.push(record);
    }
}

/// Whether creating a recording may replace a file already there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replace {
    Yes,
    No,
}

/// Batches in flight before the engine waits for the writer (records are never dropped).
const IN_FLIGHT: usize = 16;

/// zstd's level for recordings: its default, about 10× smaller than the JSON lines at a few
/// hundred megabytes a second on the writer thread.
const LEVEL: i32 = 3;

/// The compressed stream a recording is written through.
type Out = zstd::stream::write::Encoder<'static, BufWriter<File>>;

/// Appends records to a `.cvz` file as zstd-compressed JSON lines, on a writer thread that
/// flushes whenever it has caught up (a flush ends a compressed block, so everything before
/// it decodes): a crash or kill loses at most what was still in flight.
///
/// Invariant: the header line is on disk before `create` returns; once a write fails,
/// nothing more is written and the first error is kept for [`Recorder::finish`].
#[derive(Debug)]
pub struct Recorder {
    batch: Vec<Record>,
    batch_size: usize,
    events: u64,
    tx: Option<SyncSender<Vec<Record>>>,
    writer: Option<JoinHandle<io::Result<()>>>,
}

impl Recorder {
    /// Creates `path` (replacing a file there only when `replace`) and writes the header.
    /// `batch_size` records are handed to the writer at a time: 1 in the live view (every
    /// record reaches the disk at once), more headless (faster).
    pub fn create(
        path: &Path,
        header: &Header,
        batch_size: usize,
        replace: Replace,
    ) -> io::Result<Self> {
        let file = match replace {
            Replace::Yes => File::create(path)?,
            Replace::No => File::create_new(path).map_err(|e| match e.kind() {
                io::ErrorKind::AlreadyExists => {
                    io::Error::new(e.kind(), "it already exists (pass --force to replace it)")
                }
                _ => e,
            })?,
        };
        let mut out = Out::new(BufWriter::with_capacity(1 << 20, file), LEVEL)?;
        write_record(
            &mut out,
            &mut Vec::new(),
            &Record::Header(Box::new(header.clone())),
        )?;
        out.flush()?;
        let (tx, rx) = sync_channel::<Vec<Record>>(IN_FLIGHT);
        let writer = std::thread::Builder::new()
            .name("recorder".into())
            .spawn(move || write_all(out, rx))?;
        Ok(Recorder {
            batch: Vec::with_capacity(batch_size.max(1)),
            batch_size: batch_size.max(1),
            events: 0,
            tx: Some(tx),
            writer: Some(writer),
        })
    }

    /// Writes the end record and waits for everything to reach the file.
    pub fn finish(mut self, exit: ExitStatus) -> io::Result<u64> {
        let events = self.events;
        self.record(Record::End(End { exit, events }));
        self.close()?;
        Ok(events)
    }

    /// Flushes what is queued and stops the writer, without an end record (the run did not
    /// finish: the recording loads as truncated).
    pub fn abandon(mut self) -> io::Result<()> {
        self.close()
    }

    fn send_batch(&mut self) {
        if let Some(tx) = &self.tx {
            let batch = std::mem::replace(&mut self.batch, Vec::with_capacity(self.batch_size));
            if tx.send(batch).is_err() {
                // The writer stopped after an error; `close` reports it.
                self.tx = None;
            }
        }
    }

    fn close(&mut self) -> io::Result<()> {
        if !self.batch.is_empty() {
            self.send_batch();
        }
        self.tx = None;
        match self.writer.take().map(JoinHandle::join) {
            Some(Ok(result)) => result,
            Some(Err(_)) => Err(io::Error::other("the recording writer panicked")),
            None => Ok(()),
        }
    }
}

impl RecordSink for Recorder {
    fn record(&mut self, record: Record) {
        if matches!(record, Record::Event(_)) {
            self.events += 1;
        }
        self.batch.push(record);
        if self.batch.len() >= self.batch_size {
            self.send_batch();
        }
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        // Whatever happened (an engine panic, an early return), keep what was recorded.
        let _ = self.close();
    }
}

/// The writer thread: write each batch, flush whenever nothing more is waiting, end the
/// compressed stream when the recorder closes.
fn write_all(mut out: Out, rx: Receiver<Vec<Record>>) -> io::Result<()> {
    // A batch is serialised whole and handed to the compressor in one write: zstd's
    // per-call cost is high next to one record's hundred bytes.
    let mut text = Vec::with_capacity(1 << 16);
    loop {
        let batch = match rx.try_recv() {
            Ok(b) => b,
            Err(TryRecvError::Empty) => {
                out.flush()?;
                match rx.recv() {
                    Ok(b) => b,
                    Err(_) => break,
                }
            }
            Err(TryRecvError::Disconnected) => break,
        };
        text.clear();
        for record in &batch {
            push_line(&mut text, record)?;
        }
        out.write_all(&text)?;
    }
    out.finish()?.flush()
}

fn write_record(out: &mut impl Write, line: &mut Vec<u8>, record: &Record) -> io::Result<()> {
    line.clear();
    push_line(line, record)?;
    out.write_all(line)
}

/// Appends `record` to `text` as one JSON line.
fn push_line(text: &mut Vec<u8>, record: &Record) -> io::Result<()> {
    serde_json::to_writer(&mut *text, record).map_err(io::Error::other)?;
    text.push(b'\n');
    Ok(())
}

/// Runs `program` on `inner`, recording into `sink` every event and every answer of `inner`
/// that a person decided; inputs still waiting for an event when the run ends are written
/// too. The end record is the caller's (a file's [`Recorder::finish`], or
/// [`super::Recording::finished`] in memory).
pub fn run_recorded(
    program: &Program,
    config: EngineConfig,
    inner: &mut dyn Host,
    sink: &mut dyn RecordSink,
) -> RunReport {
    let mut host = RecordingHost::new(inner, sink);
    let report = run_compiled(program, config, &mut host);
    host.flush();
    report
}

/// Wraps the host a run uses and records everything: each event, and each answer of the host
/// that a person decided (a wake-up, an action, a stop), numbered by the engine's question.
///
/// Inputs and pauses are written just before the next event, stamped with its virtual time
/// and loop iteration: the moment they took effect.
pub struct RecordingHost<'a> {
    inner: &'a mut dyn Host,
    sink: &'a mut dyn RecordSink,
    /// The engine's questions so far.
    calls: u64,
    /// Inputs and pauses waiting for the next event's stamp.
    waiting: Vec<Record>,
    last: (f64, u64),
}

impl<'a> RecordingHost<'a> {
    pub fn new(inner: &'a mut dyn Host, sink: &'a mut dyn RecordSink) -> Self {
        RecordingHost {
            inner,
            sink,
            calls: 0,
            waiting: Vec::new(),
            last: (0.0, 0),
        }
    }

    /// Writes inputs still waiting for an event (the run ended), stamped with the last
    /// moment seen.
    fn flush(&mut self) {
        let (t, iter) = self.last;
        self.stamp_waiting(t, iter);
    }

    fn stamp_waiting(&mut self, t: f64, iter: u64) {
        for mut r in self.waiting.drain(..) {
            match &mut r {
                Record::Input(i) => (i.t, i.iter) = (t, iter),
                Record::Pause(p) => (p.t, p.iter) = (t, iter),
                _ => {}
            }
            self.sink.record(r);
        }
    }

    /// Counts one question of the engine; returns its number.
    fn ask(&mut self) -> u64 {
        let call = self.calls;
        self.calls += 1;
        call
    }

    fn input(&mut self, call: u64, kind: InputKind) {
        self.waiting.push(Record::Input(Input {
            t: self.last.0,
            iter: self.last.1,
            call,
            kind,
        }));
    }

    /// Notes a stop answered to question `call`.
    fn stopped<T>(&mut self, call: u64, r: Result<T, Abort>) -> Result<T, Abort> {
        if let Err(Abort::Stopped) = r {
            self.input(call, InputKind::Stop);
        }
        r
    }
}

impl Host for RecordingHost<'_> {
    fn events_enabled(&self) -> bool {
        true
    }

    fn emit(&mut self, event: Event) {
        self.last = (event.t, event.iter);
        if !self.waiting.is_empty() {
            self.stamp_waiting(event.t, event.iter);
        }
        if self.inner.events_enabled() {
            self.sink.record(Record::Event(event.clone()));
            self.inner.emit(event);
        } else {
            self.sink.record(Record::Event(event));
        }
    }

    fn stdout(&mut self, text: &str) {
        self.inner.stdout(text);
    }

    fn stderr(&mut self, text: &str) {
        self.inner.stderr(text);
    }

    fn before_handle(&mut self) -> Result<(), Abort> {
        let call = self.ask();
        let r = self.inner.before_handle();
        self.stopped(call, r)
    }

    fn wait_until(&mut self, from: f64, to: f64) -> Result<Option<f64>, Abort> {
        let call = self.ask();
        let r = self.inner.wait_until(from, to);
        if let Ok(Some(at)) = r {
            self.input(call, InputKind::Wake { at });
        }
        self.stopped(call, r)
    }

    fn take_action(&mut self) -> Option<Action> {
        let call = self.ask();
        let action = self.inner.take_action();
        if let Some(a) = &action {
            self.input(call, InputKind::Act { action: a.clone() });
        }
        action
    }

    fn overrun(&mut self, func: &str, line: u32) -> Result<bool, Abort> {
        let call = self.ask();
        let r = self.inner.overrun(func, line);
        self.stopped(call, r)
    }

    fn pause(&mut self, note: Option<&str>) {
        self.waiting.push(Record::Pause(Pause {
            t: self.last.0,
            iter: self.last.1,
            note: note.map(str::to_string),
        }));
        self.inner.pause(note);
    }
}
