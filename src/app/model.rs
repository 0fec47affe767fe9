//! What the dashboard knows about the running program: tasks, generators, the loop's queues.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use rustc_hash::FxHashMap as HashMap;

use crate::runtime::event::{
    Awaiting, CancelSource, FutureId, GenId, GenState, HandleId, Outcome, PrimId, TaskId,
};

use super::timeline::Lane;

/// A task's display state, as the task table names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TaskState {
    /// A step (first step, wakeup, or a thrown-in exception) is queued on the loop.
    Ready,
    /// Its coroutine is executing right now.
    Running,
    /// Suspended at an `await`, waiting for something to finish.
    Waiting,
    /// Returned a result.
    Done,
    /// Finished with an exception.
    Failed,
    /// Finished cancelled.
    Cancelled,
}

impl TaskState {
    pub const ALL: [TaskState; 6] = [
        TaskState::Ready,
        TaskState::Running,
        TaskState::Waiting,
        TaskState::Done,
        TaskState::Failed,
        TaskState::Cancelled,
    ];

    /// The word the dashboard shows (the same word with or without colour).
    pub fn word(self) -> &'static str {
        match self {
            TaskState::Ready => "ready",
            TaskState::Running => "running",
            TaskState::Waiting => "waiting",
            TaskState::Done => "done",
            TaskState::Failed => "failed",
            TaskState::Cancelled => "cancelled",
        }
    }

    /// True once the task has finished, one way or another.
    pub fn is_finished(self) -> bool {
        matches!(
            self,
            TaskState::Done | TaskState::Failed | TaskState::Cancelled
        )
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The final state for how a task ended.
    pub fn of_outcome(outcome: &Outcome) -> TaskState {
        match outcome {
            Outcome::Result { .. } => TaskState::Done,
            Outcome::Exception { .. } => TaskState::Failed,
            Outcome::Cancelled { .. } => TaskState::Cancelled,
        }
    }
}

/// One asyncio task as the events describe it.
///
/// Invariant: `state.is_finished()` exactly when `outcome` is `Some`.
#[derive(Clone, Debug)]
pub struct Task {
    pub id: TaskId,
    pub name: String,
    /// The coroutine function's name (`worker`).
    pub coro: String,
    pub parent: Option<TaskId>,
    pub state: TaskState,
    /// Where the task stands: its coroutine's `def` line before the first step, then the
    /// line of its last `await`.
    pub line: u32,
    /// What it waits for while `Waiting` (kept after it wakes, for the detail view).
    pub awaiting: Option<Awaiting>,
    pub steps: u64,
    pub outcome: Option<Outcome>,
    pub cancels: Vec<CancelNote>,
    /// Exceptions thrown into the coroutine at a step (CancelledError arriving).
    pub throws: Vec<ThrowNote>,
    /// `add_done_callback` on this task, in registration order.
    pub done_callbacks: Vec<String>,
    /// State over virtual time, for the timeline.
    pub lane: Lane,
}

/// A `cancel()` on a task: when, by whom, with which message.
#[derive(Clone, Debug, PartialEq)]
pub struct CancelNote {
    pub t: f64,
    pub by: CancelSource,
    pub msg: Option<String>,
}

/// An exception thrown into a task's coroutine where it was suspended.
#[derive(Clone, Debug, PartialEq)]
pub struct ThrowNote {
    pub t: f64,
    pub exc: String,
    pub line: u32,
}

/// A generator or coroutine object that is not (yet) driven by a task.
#[derive(Clone, Debug, PartialEq)]
pub struct Generator {
    pub id: GenId,
    pub name: String,
    pub state: GenState,
    pub line: u32,
    /// What last drove it or how its last step ended: `send(10)`, `yielded 10.0`.
    pub last: String,
    /// How many times it has been resumed (next/send/throw/close).
    pub resumes: u64,
    /// Its latest operations, oldest first, at most [`Generator::HISTORY`].
    pub history: VecDeque<String>,
    /// Its states over virtual time, drawn like a task's (running, suspended as waiting).
    pub lane: Lane,
    /// Its states over the run's generator operations (`State::gen_steps`), for programs
    /// whose clock never moves.
    pub step_lane: Lane,
    /// How it ended, once closed: returned (done), closed by `close()` (cancelled), or an
    /// exception escaped it (failed).
    pub ended: Option<TaskState>,
}

impl Primitive {
    /// The primitive in one line, as the log shows it.
    pub fn text(&self, s: &super::State) -> String {
        self.parts(s).join(" · ")
    }

    /// The primitive as the loop panel lists it: `Lock-1 locked`, then `  held by Task-2`
    /// and `  waiting Task-3, Task-4` when anyone holds or waits.
    pub fn lines(&self, s: &super::State) -> Vec<String> {
        let mut lines = self.parts(s);
        for l in lines.iter_mut().skip(1) {
            l.insert_str(0, "  ");
        }
        lines
    }

    fn parts(&self, s: &super::State) -> Vec<String> {
        super::log::prim_parts(
            &self.kind,
            self.id,
            &self.state,
            &self.holders,
            &self.waiters,
            s,
        )
    }
}

impl Generator {
    /// How many operations the detail view keeps.
    pub const HISTORY: usize = 12;

    /// The task-like state its lane and colours use: created reads as ready, suspended as
    /// waiting, closed as done, cancelled (by `close()`) or failed (an exception escaped).
    pub fn shown_as(&self) -> TaskState {
        match self.state {
            GenState::GEN_CREATED => TaskState::Ready,
            GenState::GEN_RUNNING => TaskState::Running,
            GenState::GEN_SUSPENDED => TaskState::Waiting,
            GenState::GEN_CLOSED => self.ended.unwrap_or(TaskState::Done),
        }
    }
}

/// An asyncio primitive or queue: its state, who holds it and who waits.
#[derive(Clone, Debug, PartialEq)]
pub struct Primitive {
    pub id: PrimId,
    pub kind: String,
    pub line: u32,
    pub state: String,
    pub holders: Vec<TaskId>,
    pub waiters: Vec<TaskId>,
}

/// One handle the loop knows: its callback label and, for a timer, its deadline.
#[derive(Clone, Debug, PartialEq)]
pub struct Handle {
    pub callback: String,
    pub when: Option<f64>,
}

/// The loop's internals as reconstructed from events.
///
/// Invariant: every id in `ready` and `timers` has an entry in `handles`; a handle is in at
/// most one of the two.
#[derive(Clone, Debug, Default)]
pub struct LoopView {
    /// `run_forever` is running (between LoopStarted and LoopStopped).
    pub running: bool,
    /// `call_soon` handles in the order they will run.
    pub ready: VecDeque<HandleId>,
    /// `call_at` handles by (deadline, scheduling order): the timer heap's order.
    pub timers: BTreeSet<(TimerKey, HandleId)>,
    pub handles: HashMap<HandleId, Handle>,
    /// The handle the loop is running (or, when paused, about to run).
    pub current: Option<(HandleId, String)>,
    /// The iteration `current` belongs to.
    pub current_iter: u64,
    /// `current` has returned (its task suspended or finished, or the loop went idle).
    pub current_finished: bool,
    /// Done callbacks waiting on unfinished tasks and futures, in registration order.
    pub callbacks: PendingCallbacks,
    /// Futures that are not tasks and have not finished: what each one is.
    pub futures: HashMap<FutureId, String>,
    /// The latest handles that ran, newest last (at most [`LoopView::PAST`]): what a later
    /// `handle hN cancelled` refers to.
    pub past: VecDeque<(HandleId, String)>,
}

/// A timer deadline ordered like `f64` (deadlines are finite and ≥ 0, so bits order works).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimerKey(u64);

impl TimerKey {
    pub fn new(when: f64) -> Self {
        debug_assert!(when.is_finite());
        TimerKey(when.max(0.0).to_bits())
    }
}

impl LoopView {
    /// How many handles that ran [`LoopView::past`] remembers.
    pub const PAST: usize = 64;

    /// The callback of a handle that has run recently.
    pub fn past_handle(&self, handle: HandleId) -> Option<&str> {
        self.past
            .iter()
            .rev()
            .find(|(h, _)| *h == handle)
            .map(|(_, cb)| cb.as_str())
    }

    /// Remembers a handle that ran.
    pub(crate) fn ran(&mut self, handle: HandleId, callback: &str) {
        if self.past.len() == Self::PAST {
            self.past.pop_front();
        }
        self.past.push_back((handle, callback.to_string()));
    }

    /// Takes a handle off the ready queue (usually its front).
    pub(crate) fn unqueue(&mut self, handle: HandleId) {
        if self.ready.front() == Some(&handle) {
            self.ready.pop_front();
        } else if let Some(i) = self.ready.iter().position(|h| *h == handle) {
            self.ready.remove(i);
        }
    }

    /// Takes a timer off the heap.
    pub(crate) fn untime(&mut self, handle: HandleId) {
        if let Some(when) = self.handles.get(&handle).and_then(|h| h.when) {
            self.timers.remove(&(TimerKey::new(when), handle));
        }
    }

    /// Timers in heap order with their deadlines and callbacks.
    pub fn timer_list(&self) -> impl Iterator<Item = (f64, &str)> {
        self.timers.iter().filter_map(|(_, id)| {
            let h = self.handles.get(id)?;
            Some((h.when.unwrap_or_default(), h.callback.as_str()))
        })
    }

    /// Ready handles in run order with their callbacks.
    pub fn ready_list(&self) -> impl Iterator<Item = &str> {
        self.ready
            .iter()
            .filter_map(|id| self.handles.get(id).map(|h| h.callback.as_str()))
    }
}

/// Done callbacks registered on things that have not finished yet.
///
/// Invariant: `order` and `by_target` hold the same targets.
#[derive(Clone, Debug, Default)]
pub struct PendingCallbacks {
    order: BTreeMap<u64, (String, Vec<String>)>,
    by_target: HashMap<String, u64>,
    next: u64,
}

impl PendingCallbacks {
    pub(crate) fn add(&mut self, target: &str, callback: &str) {
        let key = match self.by_target.get(target) {
            Some(k) => *k,
            None => {
                self.next += 1;
                self.by_target.insert(target.to_string(), self.next);
                self.order
                    .insert(self.next, (target.to_string(), Vec::new()));
                self.next
            }
        };
        if let Some((_, list)) = self.order.get_mut(&key) {
            list.push(callback.to_string());
        }
    }

    /// The target finished: its callbacks go to the ready queue (and show there).
    pub(crate) fn fire(&mut self, target: &str) {
        if let Some(key) = self.by_target.remove(target) {
            self.order.remove(&key);
        }
    }

    /// How many targets have callbacks waiting.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// `(target, callbacks)` in registration order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[String])> {
        self.order
            .values()
            .map(|(t, list)| (t.as_str(), list.as_slice()))
    }
}

/// A line of the program's output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutputLine {
    pub stderr: bool,
    pub text: String,
}

/// The program's output, newest last, at most [`Output::CAP`] lines.
#[derive(Clone, Debug, Default)]
pub struct Output {
    pub lines: VecDeque<OutputLine>,
    /// The last line has no newline yet: the next write continues it.
    open: bool,
    /// Everything written to stderr, last [`Output::STDERR_CAP`] bytes (tracebacks).
    pub stderr: String,
}

impl Output {
    pub const CAP: usize = 2000;
    const STDERR_CAP: usize = 8192;

    pub(crate) fn write(&mut self, stderr: bool, text: &str) {
        if stderr {
            self.stderr.push_str(text);
            if self.stderr.len() > Self::STDERR_CAP {
                let mut cut = self.stderr.len() - Self::STDERR_CAP;
                while !self.stderr.is_char_boundary(cut) {
                    cut += 1;
                }
                self.stderr.drain(..cut);
            }
        }
        if text.is_empty() {
            return;
        }
        let parts: Vec<&str> = text.split('\n').collect();
        let count = parts.len();
        for (i, part) in parts.into_iter().enumerate() {
            if i + 1 == count && part.is_empty() {
                break; // the text ended with a newline: nothing opens after it
            }
            let continues =
                i == 0 && self.open && self.lines.back().is_some_and(|l| l.stderr == stderr);
            match self.lines.back_mut() {
                Some(last) if continues => last.text.push_str(part),
                _ => self.lines.push_back(OutputLine {
                    stderr,
                    text: part.to_string(),
                }),
            }
        }
        self.open = !text.ends_with('\n');
        while self.lines.len() > Self::CAP {
            self.lines.pop_front();
        }
    }
}
