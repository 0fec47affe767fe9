//! The player: a playhead over a recording that rebuilds the dashboard's `State` at any
//! position with the live reducer (`State::apply`), from the nearest snapshot.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::Arc;

use super::{Start, StartAt};
use crate::app::{HostNote, Lesson, Playback, SeekPrompt, State, View, SPEED_RANGE};
use crate::record::{Progress, Recording, RecordingError};
use crate::runtime::event::{EventKind, GenOp, TaskId};

use super::snapshots::{Snapshots, DEFAULT_BUDGET, MIN_INTERVAL};

/// What one pass over every event gives the player: its snapshots and where `]`/`[` jump.
struct Index {
    snapshots: Snapshots,
    /// Positions just after a task switch: a `TaskStepStarted` for a task other than the
    /// one that last started a step. Sorted.
    switches: Vec<usize>,
    /// What `switches` are: `task switch`, or for a program without tasks `generator
    /// operation` (or `thread switch` when it drives no generator either).
    switch_word: &'static str,
}

/// What the opening thread sends: the recording once loaded, then its index; or why the
/// file could not be loaded.
enum Opened {
    Loaded(Arc<Recording>),
    Indexed(Index),
    Failed(RecordingError),
}

/// A recording being opened on its own thread: how far loading and indexing have got.
struct Opening {
    loaded: Arc<Progress>,
    indexed: Arc<AtomicUsize>,
    from: Receiver<Opened>,
    /// Where to go once the events are there.
    start: Option<Start>,
    /// The recording has arrived (the index has not).
    have_events: bool,
}

/// Folds every event once (reporting how far it got in `done`).
fn build_index(rec: &Recording, interval: usize, budget: usize, done: &AtomicUsize) -> Index {
    let mut switches = Vec::new();
    let mut last: Option<TaskId> = None;
    // A program without tasks: `]`/`[` jump between its generator operations instead,
    // or between its thread switches when it has none.
    let mut gen_ops = Vec::new();
    let mut thread_switches = Vec::new();
    let snapshots = Snapshots::build(
        State::new(rec.lesson(), false),
        &rec.events,
        interval,
        budget,
        |pos, ev| {
            if pos % 4096 == 0 {
                done.store(pos, Ordering::Relaxed);
            }
            if let EventKind::TaskStepStarted { task, .. } = ev.kind {
                if last != Some(task) {
                    switches.push(pos);
                }
                last = Some(task);
            }
            if let EventKind::GeneratorState {
                op: GenOp::Next | GenOp::Send { .. } | GenOp::Throw { .. } | GenOp::Close,
                ..
            } = ev.kind
            {
                gen_ops.push(pos);
            }
            if crate::app::takes_gil(&ev.kind) {
                thread_switches.push(pos);
            }
        },
    );
    let no_tasks = !rec
        .events
        .iter()
        .any(|e| matches!(e.kind, EventKind::TaskCreated { .. }));
    let switch_word = match (no_tasks, gen_ops.is_empty(), thread_switches.is_empty()) {
        (true, true, false) => {
            switches = thread_switches;
            "thread switch"
        }
        (true, _, _) => {
            switches = gen_ops;
            "generator operation"
        }
        (false, _, _) => "task switch",
    };
    Index {
        snapshots,
        switches,
        switch_word,
    }
}

/// A recording with a playhead.
///
/// Invariant: `pos <= events.len()`; outside of playing, `state` is the fold of the first
/// `pos` events, with the person's view (`view`, selection clamped) and the notes of the
/// recorded pauses at exactly `pos` (so the scripted pause shows while the playhead stands
/// on it). While playing, the clock may run past the last event (`HostNote::Clock`, as live)
/// and `drifted` says so.
pub struct Player {
    rec: Arc<Recording>,
    lesson: Lesson,
    index: Index,
    /// The recording still loading or its index still building ([`Player::opening`]):
    /// until the index lands, `index` holds the start alone and seeks fold from there or
    /// from the playhead; until the events land, `rec` holds the header alone.
    opening: Option<Opening>,
    /// Why the file could not be loaded, once the opening thread said so.
    failed: Option<RecordingError>,
    /// The file being opened, for messages (empty for a recording given whole).
    path: PathBuf,
    pub(super) state: State,
    pub(super) pos: usize,
    pub(super) playing: bool,
    pub(super) speed: f64,
    /// The playhead's virtual time: the last applied event's time, or later while playing.
    pub(super) clock: f64,
    /// Same-instant events the pacing still allows this frame (see `playing.rs`).
    pub(super) burst: f64,
    pub(super) prompt: Option<SeekPrompt>,
    /// The clock ran past the last event while playing: `state` is not a pure fold.
    drifted: bool,
}

impl Player {
    /// A player at position 0, paused, with snapshots every [`MIN_INTERVAL`] events within
    /// [`DEFAULT_BUDGET`].
    pub fn new(rec: Recording) -> Self {
        Self::with_snapshots(rec, MIN_INTERVAL, DEFAULT_BUDGET)
    }

    /// A player with a chosen snapshot spacing and memory budget (tests, benchmarks).
    pub fn with_snapshots(rec: Recording, interval: usize, budget: usize) -> Self {
        let index = build_index(&rec, interval, budget, &AtomicUsize::new(0));
        Self::with_index(Arc::new(rec), index, None)
    }

    /// A player at position 0 at once, its index built on a thread of its own (tests,
    /// benchmarks; the replay opens with [`Player::opening`]).
    pub fn indexed_in_background(rec: Recording) -> Self {
        let header = Recording::new(rec.header.clone());
        let mut player = Self::opening(Path::new(""), header, move |_| Ok(rec));
        player.wait_for_events();
        player
    }

    /// A player showing the recording's start at once, from its header alone, while
    /// `load` reads the rest and then the index builds, both on a thread of their own:
    /// the first frame waits for neither. [`Player::poll_opening`] takes what has arrived.
    pub fn opening(
        path: &Path,
        header: Recording,
        load: impl FnOnce(&Progress) -> Result<Recording, RecordingError> + Send + 'static,
    ) -> Self {
        let loaded = Arc::new(Progress::default());
        let indexed = Arc::new(AtomicUsize::new(0));
        let (tx, from) = mpsc::channel();
        let (load_progress, index_progress) = (Arc::clone(&loaded), Arc::clone(&indexed));
        let work = move || {
            let rec = match load(&load_progress) {
                Ok(rec) => Arc::new(rec),
                Err(e) => {
                    let _ = tx.send(Opened::Failed(e));
                    return;
                }
            };
            if tx.send(Opened::Loaded(Arc::clone(&rec))).is_ok() {
                let index = build_index(&rec, MIN_INTERVAL, DEFAULT_BUDGET, &index_progress);
                let _ = tx.send(Opened::Indexed(index));
            }
        };
        let spawned = std::thread::Builder::new()
            .name("replay-open".into())
            .spawn(work);
        let start = Index {
            snapshots: Snapshots::start(State::new(header.lesson(), false)),
            switches: Vec::new(),
            switch_word: "task switch",
        };
        let mut player = Self::with_index(Arc::new(header), start, None);
        player.path = path.to_path_buf();
        player.opening = Some(Opening {
            loaded,
            indexed,
            from,
            start: None,
            have_events: false,
        });
        if let Err(e) = spawned {
            player.failed = Some(RecordingError::Read {
                path: player.path.clone(),
                source: e,
            });
        }
        player.sync();
        player
    }

    fn with_index(rec: Arc<Recording>, index: Index, opening: Option<Opening>) -> Self {
        let lesson = rec.lesson();
        let speed = lesson.speed.clamp(SPEED_RANGE.0, SPEED_RANGE.1);
        let mut player = Player {
            state: State::new(lesson.clone(), false),
            rec,
            lesson,
            index,
            opening,
            failed: None,
            path: PathBuf::new(),
            pos: 0,
            playing: false,
            speed,
            clock: 0.0,
            burst: 0.0,
            prompt: None,
            drifted: false,
        };
        player.land();
        player
    }

    /// Goes to where the replay starts (`--at`, `--iteration`) and plays unless paused; if
    /// the events are still loading, as soon as they are there.
    pub fn start(&mut self, start: Start) {
        if let Some(opening) = self.opening.as_mut().filter(|o| !o.have_events) {
            opening.start = Some(start);
            return;
        }
        match start.at {
            StartAt::Beginning => {}
            StartAt::Time(t) => self.seek_time(t),
            StartAt::Iteration(n) => self.seek_iteration(n),
        }
        if !start.paused {
            self.toggle_play();
        }
    }

    /// Takes what the opening thread has sent (the events, the index, a failure); `true`
    /// when the player changed.
    pub fn poll_opening(&mut self) -> bool {
        let mut changed = false;
        while let Some(opening) = &mut self.opening {
            match opening.from.try_recv() {
                Ok(opened) => {
                    self.opened(opened);
                    changed = true;
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    // The thread is gone without a word: open here rather than go on
                    // without events or an index.
                    if !opening.have_events {
                        self.failed.get_or_insert(RecordingError::NotARecording {
                            path: self.path.clone(),
                            why: "its reader stopped before the end".into(),
                        });
                    } else {
                        let done = AtomicUsize::new(0);
                        self.index = build_index(&self.rec, MIN_INTERVAL, DEFAULT_BUDGET, &done);
                    }
                    self.opening = None;
                    changed = true;
                }
            }
        }
        if changed {
            self.sync();
        }
        changed
    }

    fn opened(&mut self, opened: Opened) {
        match opened {
            Opened::Loaded(rec) => {
                self.rec = rec;
                let start = self.opening.as_mut().and_then(|o| {
                    o.have_events = true;
                    o.start.take()
                });
                self.land();
                if let Some(start) = start {
                    self.start(start);
                }
            }
            Opened::Indexed(index) => {
                self.index = index;
                self.opening = None;
            }
            Opened::Failed(e) => {
                self.failed = Some(e);
                self.opening = None;
            }
        }
    }

    /// Why the recording could not be loaded, once the opening thread said so (the replay
    /// ends and shows it).
    pub fn take_failure(&mut self) -> Option<RecordingError> {
        self.failed.take()
    }

    /// While opening: what is under way and how far, in percent (`loading` the events,
    /// then `indexing` them).
    pub fn opening_progress(&self) -> Option<(&'static str, usize)> {
        let o = self.opening.as_ref()?;
        let pct = |done: usize, total: usize| (done * 100).checked_div(total).unwrap_or(0).min(99);
        Some(if o.have_events {
            (
                "indexing",
                pct(o.indexed.load(Ordering::Relaxed), self.len()),
            )
        } else {
            (
                "loading",
                pct(
                    o.loaded.done.load(Ordering::Relaxed),
                    o.loaded.total.load(Ordering::Relaxed),
                ),
            )
        })
    }

    /// Whether the events are still loading (the playhead cannot move yet).
    pub fn loading(&self) -> bool {
        self.opening.as_ref().is_some_and(|o| !o.have_events)
    }

    /// Whether the index is still being built (`]`/`[` wait for it).
    pub fn indexing(&self) -> bool {
        self.opening.is_some()
    }

    /// Waits for the events (tests, benchmarks).
    pub fn wait_for_events(&mut self) {
        self.wait_while(Self::loading);
    }

    /// Waits for the whole opening: events and index (tests, benchmarks).
    pub fn wait_for_index(&mut self) {
        self.wait_while(Self::indexing);
    }

    /// Takes what the opening thread sends, waiting for each, while `pending` holds.
    fn wait_while(&mut self, pending: fn(&Self) -> bool) {
        while pending(self) {
            let Some(opening) = &self.opening else { break };
            match opening.from.recv() {
                Ok(opened) => self.opened(opened),
                Err(_) => {
                    self.poll_opening();
                    break;
                }
            }
        }
        self.sync();
    }

    pub fn recording(&self) -> &Recording {
        &self.rec
    }

    pub fn lesson(&self) -> &Lesson {
        &self.lesson
    }

    /// The dashboard state at the playhead (with the position bar's [`Playback`]).
    pub fn state(&self) -> &State {
        &self.state
    }

    /// What the host measured of the screen it drew (see [`State::measured`]).
    pub fn measured(&mut self, extents: crate::app::Extents) {
        self.state.measured(extents);
    }

    /// Events applied: 0 (before the first) to [`Player::len`] (after the last).
    pub fn position(&self) -> usize {
        self.pos
    }

    /// Events in the recording.
    pub fn len(&self) -> usize {
        self.rec.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rec.events.is_empty()
    }

    pub fn playing(&self) -> bool {
        self.playing
    }

    pub fn speed(&self) -> f64 {
        self.speed
    }

    /// Events between snapshots, snapshots kept, and their estimated bytes.
    pub fn snapshot_stats(&self) -> (usize, usize, usize) {
        (
            self.index.snapshots.interval(),
            self.index.snapshots.len(),
            self.index.snapshots.bytes(),
        )
    }

    /// Positions just after each task switch (for a program without tasks, after each
    /// generator operation starts, or each thread switch when it has no generators).
    pub fn switches(&self) -> &[usize] {
        &self.index.switches
    }

    /// What `]`/`[` jump between, for messages: `task switch`, `generator operation` or
    /// `thread switch`.
    pub fn switch_word(&self) -> &'static str {
        self.index.switch_word
    }

    /// Moves the playhead to `pos` (clamped to the recording), keeping the person's view.
    pub fn seek(&mut self, pos: usize) {
        let pos = pos.min(self.len());
        let view = self.state.view.clone();
        let flash = self.state.flash.take();
        let near = pos >= self.pos && pos - self.pos <= self.index.snapshots.interval();
        if near && !self.drifted {
            // Closer than any snapshot: apply the events in between.
            self.clear_pause_notes();
            self.state.apply_all(&self.rec.events[self.pos..pos]);
        } else {
            let (at, snap) = self.index.snapshots.at_or_before(pos);
            let mut state = snap.clone();
            state.apply_all(&self.rec.events[at..pos]);
            self.state = state;
        }
        self.pos = pos;
        self.drifted = false;
        self.state.view = view;
        self.state.flash = flash;
        self.land();
    }

    /// One event forward (pauses playback), with the `Frames` events that follow it: a
    /// step never stops between a step's end and its frames.
    pub fn step_forward(&mut self) {
        self.playing = false;
        let mut p = self.pos + 1;
        while self.rec.events.get(p).is_some_and(is_frames) {
            p += 1;
        }
        self.seek(p);
    }

    /// One event back (pauses playback), past `Frames` events as [`Self::step_forward`].
    pub fn step_back(&mut self) {
        self.playing = false;
        let mut p = self.pos.saturating_sub(1);
        while p > 0 && self.rec.events.get(p).is_some_and(is_frames) {
            p -= 1;
        }
        self.seek(p);
    }

    /// One step, as `n` runs one live: to just before the next loop handle or generator
    /// operation after the one at the playhead, or to the end when there is none. Pauses
    /// playback; `false` when the playhead was already at the end.
    pub fn step_handle(&mut self) -> bool {
        self.playing = false;
        if self.pos >= self.len() {
            return false;
        }
        let next = self.rec.events[self.pos + 1..]
            .iter()
            .position(|e| starts_step(&e.kind))
            .map_or(self.len(), |i| self.pos + 1 + i);
        self.seek(next);
        true
    }

    /// To just after the next task switch, if there is one (pauses playback).
    pub fn next_switch(&mut self) -> bool {
        self.playing = false;
        let i = self.index.switches.partition_point(|p| *p <= self.pos);
        match self.index.switches.get(i) {
            Some(p) => {
                self.seek(*p);
                true
            }
            None => false,
        }
    }

    /// To just after the previous task switch, if there is one (pauses playback).
    pub fn prev_switch(&mut self) -> bool {
        self.playing = false;
        let i = self.index.switches.partition_point(|p| *p < self.pos);
        match i.checked_sub(1).and_then(|i| self.index.switches.get(i)) {
            Some(p) => {
                self.seek(*p);
                true
            }
            None => false,
        }
    }

    /// To the moment virtual time `t` had run: every event at or before `t` applied.
    pub fn seek_time(&mut self, t: f64) {
        self.playing = false;
        let pos = self.rec.events.partition_point(|e| e.t <= t);
        self.seek(pos);
        if t.is_finite() && t > self.clock && pos < self.len() {
            // Between events: the clock stands where asked, as it would while idle.
            self.advance_clock(t);
            self.sync();
        }
    }

    /// To the end of loop iteration `n`: everything it did applied.
    pub fn seek_iteration(&mut self, n: u64) {
        self.playing = false;
        let pos = self.rec.events.partition_point(|e| e.iter <= n);
        self.seek(pos);
    }

    /// Sets virtual seconds per wall second (clamped like the live view's).
    pub fn set_speed(&mut self, speed: f64) {
        if speed.is_finite() {
            self.speed = speed.clamp(SPEED_RANGE.0, SPEED_RANGE.1);
        }
        self.sync();
    }

    /// The view to keep across moves: the person's, selection clamped to the rows there are.
    fn clamp_view(view: &mut View, rows: usize) {
        view.selected = view.selected.min(rows.saturating_sub(1));
        view.detail &= rows > 0;
    }

    /// Shows the recorded pauses at the playhead and refreshes the position bar.
    fn land(&mut self) {
        self.clear_pause_notes();
        let at = self.pos;
        let start = self.rec.pauses.partition_point(|(p, _)| *p < at);
        for (_, pause) in self.rec.pauses[start..]
            .iter()
            .take_while(|(p, _)| *p == at)
        {
            self.state.note(HostNote::ScriptPause {
                note: pause.note.clone(),
            });
        }
        let rows = self.state.rows();
        Self::clamp_view(&mut self.state.view, rows);
        self.clock = self.state.now;
        self.sync();
    }

    /// Whether a recorded pause stands at `pos`.
    pub(super) fn pause_at(&self, pos: usize) -> bool {
        let i = self.rec.pauses.partition_point(|(p, _)| *p < pos);
        self.rec.pauses.get(i).is_some_and(|(p, _)| *p == pos)
    }

    fn clear_pause_notes(&mut self) {
        self.state.paused = false;
        self.state.clear_script_note();
    }

    /// Applies the next event while playing (no snapshot, no view reset). `false` at the end.
    pub(super) fn apply_next(&mut self) -> bool {
        let Some(ev) = self.rec.events.get(self.pos) else {
            return false;
        };
        self.state.paused = false;
        self.state.clear_script_note();
        self.state.apply(ev);
        self.pos += 1;
        self.clock = self.clock.max(ev.t);
        let rows = self.state.rows();
        Self::clamp_view(&mut self.state.view, rows);
        if self.pause_at(self.pos) {
            self.land();
        }
        true
    }

    /// Virtual time of the next event, if any.
    pub(super) fn next_time(&self) -> Option<f64> {
        self.rec.events.get(self.pos).map(|e| e.t)
    }

    /// Lets the clock run to `t` with no event in between (the loop idles).
    pub(super) fn advance_clock(&mut self, t: f64) {
        if t > self.state.now {
            self.state.note(HostNote::Clock(t));
            self.drifted = true;
        }
        self.clock = self.clock.max(t);
    }

    /// Refreshes what the position bar shows.
    pub(super) fn sync(&mut self) {
        self.state.speed = self.speed;
        self.state.replay = Some(Playback {
            playing: self.playing,
            position: self.pos,
            events: self.len(),
            clock: self.clock,
            iteration: self.state.iter,
            duration: self.rec.events.last().map_or(0.0, |e| e.t),
            speed: self.speed,
            truncated: self.rec.truncated() && !self.loading(),
            opening: self.opening_progress(),
            prompt: self.prompt.clone(),
        });
    }
}

/// Whether an event starts what the live view's `n` runs as one step: a loop handle, a
/// generator driven by `next`, `send`, `throw` or `close`, or a thread taking the GIL.
fn starts_step(kind: &EventKind) -> bool {
    match kind {
        EventKind::HandleRun { .. } => true,
        EventKind::ThreadChanged { .. } => crate::app::takes_gil(kind),
        EventKind::GeneratorState { op, .. } => matches!(
            op,
            GenOp::Next | GenOp::Send { .. } | GenOp::Throw { .. } | GenOp::Close
        ),
        _ => false,
    }
}

/// A `Frames` event: it shows a step's variables, it is not a step of its own.
fn is_frames(e: &crate::runtime::event::Event) -> bool {
    matches!(e.kind, crate::runtime::event::EventKind::Frames { .. })
}
