//! Recordings (`.cvz`): a run saved so it can be replayed, verified and exported without the
//! original scenario file.
//!
//! A recording is JSON lines, zstd-compressed as one stream (`zstd -dc FILE.cvz` shows
//! them; plain JSON lines load too), append-only, one [`Record`] per line: first the [`Header`]
//! (format and schema versions, the coroviz version, how the run was hosted, and the whole
//! scenario with its source), then the engine's events in order, with the person's inputs
//! and the scripted pauses between them at the point they happened, and last an [`End`].
//! The writer flushes the compressed stream as it goes (each flush ends a block, so all
//! written so far decodes), so a recording cut off by a crash or a kill loads up to its last
//! whole line and says it was truncated.
//!
//! Inputs are stored by *which question of the engine to its host they answered* (the
//! engine asks its host in a fixed order: before each handle, when the clock is to move,
//! for a person's action, when a slice overruns), so re-executing the embedded scenario
//! with the same answers reproduces the same events: that is what `coroviz verify` checks.

mod read;
mod rerun;
mod write;

use serde::{Deserialize, Serialize};

pub use read::{json_lines, load, load_counting, load_header, parse, Progress, RecordingError};
pub use rerun::{record_headless, verify, Divergence, InputHost, Verified};
pub use write::{run_recorded, RecordSink, Recorder, Replace};

use crate::app::Lesson;
use crate::runtime::engine::Action;
use crate::runtime::event::{Event, ExitStatus, SCHEMA_VERSION};
use crate::scenario::Scenario;

/// The `format` field every recording's header carries.
pub const MAGIC: &str = "coroviz-recording";
/// The recording format this build writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

/// How the recorded run was hosted: it decides how a slice that runs past its budget is
/// treated when the run is re-executed (the live view keeps going, headless stops).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunMode {
    Live,
    Headless,
}

/// The first line of a recording.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Header {
    /// Always [`MAGIC`].
    pub format: String,
    /// The recording format version ([`FORMAT_VERSION`] when written by this build).
    pub version: u32,
    /// The event schema version ([`SCHEMA_VERSION`]).
    pub schema: u32,
    /// The coroviz version that wrote it.
    pub coroviz: String,
    pub mode: RunMode,
    /// The per-slice instruction budget the run used.
    pub max_instructions: u64,
    /// The virtual time limit of a headless run (`--max-time`); absent: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_time: Option<f64>,
    /// The scenario, source embedded.
    pub scenario: Scenario,
}

impl Header {
    /// A header for a run of `scenario` by this build.
    pub fn new(scenario: &Scenario, mode: RunMode, max_instructions: u64) -> Self {
        Header {
            format: MAGIC.into(),
            version: FORMAT_VERSION,
            schema: SCHEMA_VERSION,
            coroviz: env!("CARGO_PKG_VERSION").into(),
            mode,
            max_instructions,
            max_time: None,
            scenario: scenario.clone(),
        }
    }
}

/// What a person's input did.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum InputKind {
    /// The loop was idle until its next timer and woke at virtual time `at` because a
    /// person acted.
    Wake { at: f64 },
    /// A person's action (cancel a task, Ctrl-C), carried out at this point.
    Act { action: Action },
    /// The viewer quit: the run stopped here.
    Stop,
}

/// One input, stamped with the virtual time and loop iteration it landed in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Input {
    pub t: f64,
    pub iter: u64,
    /// Which of the engine's questions to its host (counted from 0) this answered.
    pub call: u64,
    #[serde(flatten)]
    pub kind: InputKind,
}

/// A scripted pause (`[[script]] do = "pause"`): replay stops here and shows the note.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pause {
    pub t: f64,
    pub iter: u64,
    pub note: Option<String>,
}

/// The last line of a complete recording.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct End {
    pub exit: ExitStatus,
    /// Events recorded.
    pub events: u64,
}

/// One line of a recording.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Record {
    Header(Box<Header>),
    Event(Event),
    Input(Input),
    Pause(Pause),
    End(End),
}

/// A loaded recording.
///
/// Invariant: events are in recording order with non-decreasing `t` and `iter`; each input
/// and pause is paired with its position, the number of events recorded before it, in
/// non-decreasing order; input `call`s strictly increase.
#[derive(Clone, Debug, PartialEq)]
pub struct Recording {
    pub header: Header,
    pub events: Vec<Event>,
    pub inputs: Vec<(usize, Input)>,
    pub pauses: Vec<(usize, Pause)>,
    /// `None` when the recording stops before its end record (the recorder was killed, or
    /// the file was cut): what it holds is still good.
    pub end: Option<End>,
    /// A partial last line was dropped (the file was cut mid-record).
    pub cut_tail: bool,
}

impl Recording {
    /// An empty recording with this header.
    pub fn new(header: Header) -> Self {
        Recording {
            header,
            events: Vec::new(),
            inputs: Vec::new(),
            pauses: Vec::new(),
            end: None,
            cut_tail: false,
        }
    }

    /// A complete recording from the records of a run (header excluded) and how it ended.
    pub fn finished(
        header: Header,
        records: Vec<Record>,
        exit: ExitStatus,
    ) -> Result<Self, String> {
        let mut rec = Recording::new(header);
        for r in records {
            rec.push(r)?;
        }
        let events = rec.events.len() as u64;
        rec.push(Record::End(End { exit, events }))?;
        Ok(rec)
    }

    /// Whether the recording stops before the run's end.
    pub fn truncated(&self) -> bool {
        self.end.is_none()
    }

    pub fn scenario(&self) -> &Scenario {
        &self.header.scenario
    }

    /// What the dashboard presents besides the events.
    pub fn lesson(&self) -> Lesson {
        Lesson::from_scenario(&self.header.scenario)
    }

    /// Adds the next record, checking it fits what came before. `Err` says what is wrong.
    pub fn push(&mut self, record: Record) -> Result<(), String> {
        if self.end.is_some() {
            return Err("a record after the end record".into());
        }
        let at = self.events.len();
        match record {
            Record::Header(_) => return Err("a second header".into()),
            Record::Event(e) => {
                if !e.t.is_finite() || e.t < 0.0 {
                    return Err(format!("event time {} is not a valid virtual time", e.t));
                }
                if let Some(last) = self.events.last() {
                    if e.t < last.t || e.iter < last.iter {
                        return Err(format!(
                            "event at t={} iteration {} comes after one at t={} iteration {}: \
                             time cannot go backwards",
                            e.t, e.iter, last.t, last.iter
                        ));
                    }
                }
                self.events.push(e);
            }
            Record::Input(i) => {
                if let Some((_, last)) = self.inputs.last() {
                    if i.call <= last.call {
                        return Err(format!(
                            "input for call {} comes after one for call {}",
                            i.call, last.call
                        ));
                    }
                }
                if let InputKind::Wake { at } = i.kind {
                    if !at.is_finite() || at < 0.0 {
                        return Err(format!("wake-up time {at} is not a valid virtual time"));
                    }
                }
                self.inputs.push((at, i));
            }
            Record::Pause(p) => self.pauses.push((at, p)),
            Record::End(end) => {
                if end.events != self.events.len() as u64 {
                    return Err(format!(
                        "the end record counts {} events but {} were recorded",
                        end.events,
                        self.events.len()
                    ));
                }
                self.end = Some(end);
            }
        }
        Ok(())
    }

    /// Every record in file order (header first): what [`Recorder`] writes for this run.
    pub fn records(&self) -> Vec<Record> {
        let mut out = Vec::with_capacity(self.events.len() + self.inputs.len() + 2);
        out.push(Record::Header(Box::new(self.header.clone())));
        let (mut i, mut p) = (0, 0);
        for (at, event) in self.events.iter().enumerate() {
            flush_marks(self, at, &mut i, &mut p, &mut out);
            out.push(Record::Event(event.clone()));
        }
        flush_marks(self, self.events.len(), &mut i, &mut p, &mut out);
        if let Some(end) = self.end {
            out.push(Record::End(end));
        }
        out
    }
}

/// Pushes the inputs and pauses positioned at `at` (inputs first, as the recorder writes
/// them: an input is what a pause or event answers).
fn flush_marks(r: &Recording, at: usize, i: &mut usize, p: &mut usize, out: &mut Vec<Record>) {
    while let Some((pos, input)) = r.inputs.get(*i).filter(|(pos, _)| *pos == at) {
        debug_assert_eq!(*pos, at);
        out.push(Record::Input(input.clone()));
        *i += 1;
    }
    while let Some((_, pause)) = r.pauses.get(*p).filter(|(pos, _)| *pos == at) {
        out.push(Record::Pause(pause.clone()));
        *p += 1;
    }
}

#[cfg(test)]
mod tests;
