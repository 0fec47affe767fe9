//! The dashboard's model: a pure reducer folding engine events (and a person's actions) into
//! [`State`]. The same reducer serves the live view, replay, headless summaries and tests; it
//! knows nothing about terminals (no ratatui, no crossterm) and nothing about the VM.

mod action;
pub mod explain;
mod focus;
mod frames;
mod keys;
mod log;
mod model;
mod now;
mod pool;
mod reduce;
mod replay;
mod threads;
mod timeline;
mod view;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod thread_tests;

use rustc_hash::FxHashMap as HashMap;

pub use action::{Action, Command, Effect, HostNote};
pub use focus::{Extent, Extents, Focus, Panel, Scroll, PANELS, WHEEL};
pub use frames::{FrameText, Frames, FramesView};
pub use keys::{action_for, InputMode, Key, HELP};
pub use log::{contains_ignore_case, exit_word, gen_op_text, outcome_text, EventLog, LogEntry};
pub use model::{
    CancelNote, Generator, Handle, LoopView, Output, OutputLine, PendingCallbacks, Primitive, Task,
    TaskState, ThrowNote, TimerKey,
};
pub use now::LoopNow;
pub use pool::{PoolFuture, PoolFutures};
pub use replay::{
    replay_action_for, Playback, ReplayAction, ReplayInput, SeekPrompt, SeekTarget, REPLAY_HELP,
};
pub use threads::{takes_gil, Pool, Thread, ThreadStatus, Threads};
pub use timeline::{Lane, Mark};
pub use view::{HelpPage, Tab, View, SPEED_RANGE};

use crate::runtime::event::{Awaiting, ExitStatus, GenId, PrimId, TaskId, WarningKind};
use crate::scenario::Scenario;

/// What the dashboard presents besides the events: the scenario's title, lesson and program.
#[derive(Clone, Debug, PartialEq)]
pub struct Lesson {
    pub title: String,
    /// The lesson text for the notes panel (may be empty).
    pub about: String,
    pub source_name: String,
    pub source: String,
    /// Virtual seconds per wall second the scenario asks for.
    pub speed: f64,
}

impl Lesson {
    pub fn from_scenario(s: &Scenario) -> Self {
        Lesson {
            title: s.title.clone(),
            about: s.about.clone(),
            source_name: s.source_name.clone(),
            source: s.source.clone(),
            speed: s.speed,
        }
    }
}

/// Whether the program runs, stands still, or has ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Live,
    Paused,
    Finished,
    /// A recording is being replayed (the position bar says where).
    Replay,
}

/// How the program ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Finish {
    pub exit: ExitStatus,
    pub code: i32,
}

/// A warning the engine noticed, kept as a teaching point for the final screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Teaching {
    pub t: f64,
    pub kind: WarningKind,
    pub text: String,
}

/// A blocking call holding the whole loop (`time.sleep` in a coroutine).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Blocked {
    pub line: u32,
    pub from: f64,
    pub until: f64,
}

/// Something a person asked for that the engine has not carried out yet: it lands when the
/// loop next looks at its selector (or, for Ctrl-C in a runaway slice, at once).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Queued {
    Cancel(TaskId),
    CancelFuture(crate::runtime::event::PoolFutureId),
    Interrupt,
}

/// One row of the task table: a task, or a generator/coroutine no task drives.
#[derive(Clone, Copy, Debug)]
pub enum Row<'a> {
    Task(&'a Task),
    Gen(&'a Generator),
    /// A pool's future (`submit`).
    Work(&'a PoolFuture),
}

/// Everything the dashboard shows, folded from events, host notes and actions.
///
/// Invariant: `tasks[task_index[id]].id == id`; `counts[s]` is the number of tasks in state
/// `s`; `view.selected < rows()` whenever `rows() > 0`.
#[derive(Clone, Debug)]
pub struct State {
    pub lesson: Lesson,
    pub source_lines: Vec<String>,
    pub paused: bool,
    pub now: f64,
    pub iter: u64,
    pub speed: f64,
    pub tasks: Vec<Task>,
    task_index: HashMap<TaskId, usize>,
    task_names: HashMap<String, TaskId>,
    counts: [usize; 6],
    pub gens: Vec<Generator>,
    gen_index: HashMap<GenId, usize>,
    /// Generator operations (next/send/throw/close) since the start.
    pub gen_steps: u64,
    /// asyncio's locks, events, semaphores and queues, in creation order.
    pub prims: Vec<Primitive>,
    prim_index: HashMap<PrimId, usize>,
    /// The program's Python threads (empty while only the main thread exists).
    pub threads: Threads,
    /// The futures pools' `submit` made (rows of the task table after the generators).
    pub pool_futures: PoolFutures,
    pub loop_view: LoopView,
    pub log: EventLog,
    pub output: Output,
    pub teaching: Vec<Teaching>,
    /// Where each Ctrl-C landed: (virtual time, how it was delivered).
    pub interrupts: Vec<(f64, String)>,
    /// When the loop deadlocked: each stuck task, the line it waits at and what it waits
    /// on, as the engine found them (`Task-2 (worker) at line 10 → Lock-1 (line 3) held by
    /// Task-3`). The run ends there, so the final screen is that moment.
    pub deadlock: Vec<String>,
    /// The deadlock is the threads' (no thread can run): its lines name threads, and the
    /// last one the cycle of waits.
    pub deadlock_of_threads: bool,
    pub finish: Option<Finish>,
    /// A slice running long without yielding: (function, line).
    pub busy: Option<(String, u32)>,
    pub blocked: Option<Blocked>,
    /// A scripted pause's note.
    pub script_note: Option<String>,
    pub queued: Vec<Queued>,
    pub dropped_events: u64,
    pub dropped_commands: u64,
    pub engine_stopped: bool,
    /// The engine's panic message, if it crashed.
    pub crash: Option<String>,
    pub restarting: bool,
    /// The live run is being recorded (restart is then off: a recording holds one run).
    pub recording: bool,
    /// A one-off message answering the last key (cleared by the next one).
    pub flash: Option<String>,
    pub view: View,
    /// Set while replaying a recording: the playhead the position bar shows.
    pub replay: Option<Playback>,
    /// The latest frames and locals of each task and generator.
    pub frames: Frames,
}

impl State {
    /// The state before the first event.
    pub fn new(lesson: Lesson, paused: bool) -> Self {
        let source_lines = lesson.source.lines().map(str::to_string).collect();
        State {
            speed: lesson.speed,
            lesson,
            source_lines,
            paused,
            now: 0.0,
            iter: 0,
            tasks: Vec::new(),
            task_index: HashMap::default(),
            task_names: HashMap::default(),
            counts: [0; 6],
            gens: Vec::new(),
            gen_index: HashMap::default(),
            gen_steps: 0,
            prims: Vec::new(),
            prim_index: HashMap::default(),
            threads: Threads::default(),
            pool_futures: PoolFutures::default(),
            loop_view: LoopView::default(),
            log: EventLog::default(),
            output: Output::default(),
            teaching: Vec::new(),
            interrupts: Vec::new(),
            deadlock: Vec::new(),
            deadlock_of_threads: false,
            finish: None,
            busy: None,
            blocked: None,
            script_note: None,
            queued: Vec::new(),
            dropped_events: 0,
            dropped_commands: 0,
            engine_stopped: false,
            crash: None,
            restarting: false,
            recording: false,
            flash: None,
            view: View::default(),
            replay: None,
            frames: Frames::default(),
        }
    }

    /// Folds a whole event list (tests, replay, headless summaries).
    pub fn fold(lesson: Lesson, events: &[crate::runtime::event::Event]) -> Self {
        let mut s = State::new(lesson, false);
        s.apply_all(events);
        s
    }

    pub fn mode(&self) -> Mode {
        if self.replay.is_some() {
            return Mode::Replay;
        }
        match (self.finish, self.paused) {
            (Some(_), _) => Mode::Finished,
            (None, true) => Mode::Paused,
            (None, false) => Mode::Live,
        }
    }

    pub fn task(&self, id: TaskId) -> Option<&Task> {
        self.task_index.get(&id).map(|i| &self.tasks[*i])
    }

    pub fn task_by_name(&self, name: &str) -> Option<&Task> {
        self.task_names.get(name).and_then(|id| self.task(*id))
    }

    /// How many tasks are in `state`.
    pub fn count(&self, state: TaskState) -> usize {
        self.counts[state.index()]
    }

    /// Rows of the task table: tasks in creation order, then generators.
    /// After a deadlock: what the task named `name` waits on for ever (the part of its
    /// report line after `→`: `Lock-2 (line 15) held by Task-3`).
    pub fn stuck_on(&self, name: &str) -> Option<&str> {
        self.deadlock.iter().find_map(|l| {
            let rest = l.strip_prefix(name)?.strip_prefix(" (")?;
            rest.split_once(" → ").map(|(_, on)| on)
        })
    }

    pub fn rows(&self) -> usize {
        self.shown_tasks().count() + self.gens.len() + self.pool_futures.list.len()
    }

    /// Row `i` of the task table: the tasks shown, then the generators, then the pools'
    /// futures.
    pub fn row(&self, i: usize) -> Option<Row<'_>> {
        let tasks = match self.view.hide_internals {
            false => self.tasks.len(),
            true => self.shown_tasks().count(),
        };
        if i < tasks {
            let task = match self.view.hide_internals {
                false => self.tasks.get(i),
                true => self.shown_tasks().nth(i),
            };
            return task.map(Row::Task);
        }
        let i = i - tasks;
        match self.gens.get(i) {
            Some(g) => Some(Row::Gen(g)),
            None => self
                .pool_futures
                .list
                .get(i - self.gens.len())
                .map(Row::Work),
        }
    }

    /// The tasks the table lists: all of them, or (internals hidden) all but asyncio.run's
    /// cleanup tasks.
    pub fn shown_tasks(&self) -> impl Iterator<Item = &Task> {
        let hide = self.view.hide_internals;
        self.tasks
            .iter()
            .filter(move |t| !(hide && explain::is_shutdown_task(t)))
    }

    pub fn selected_task(&self) -> Option<&Task> {
        self.task_at_row(self.view.selected)
    }

    /// The chain of awaits starting at `task`: each task and what it waits on, following
    /// `await other_task` links (stops at a cycle or at a future).
    pub fn await_chain(&self, task: TaskId) -> Vec<&Task> {
        let mut chain = Vec::new();
        let mut next = self.task(task);
        while let Some(t) = next {
            if chain.iter().any(|c: &&Task| c.id == t.id) {
                break;
            }
            chain.push(t);
            next = match (&t.awaiting, t.state) {
                (Some(Awaiting::Task { task }), TaskState::Waiting) => self.task(*task),
                _ => None,
            };
        }
        chain
    }

    /// Tasks currently waiting on `task` (`await task`).
    pub fn awaited_by(&self, task: TaskId) -> impl Iterator<Item = &Task> {
        self.tasks.iter().filter(move |t| {
            t.state == TaskState::Waiting
                && matches!(t.awaiting, Some(Awaiting::Task { task: w }) if w == task)
        })
    }

    /// The task the row `i` shows, if it is a task.
    pub fn task_at_row(&self, i: usize) -> Option<&Task> {
        match self.row(i)? {
            Row::Task(t) => Some(t),
            Row::Gen(_) | Row::Work(_) => None,
        }
    }

    /// What the log panel shows for the current filter, newest last.
    /// With asyncio's internals hidden (`i`), their lines are left out.
    pub fn filtered_log(&self) -> impl DoubleEndedIterator<Item = &LogEntry> {
        let hide = self.view.hide_internals;
        self.log
            .matching(&self.view.filter)
            .filter(move |e| !(hide && explain::is_internal_entry(self, e)))
    }

    /// What a task awaits, in a few words: `sleep(0.5)`, `Task-3`, `yield (sleep 0)`.
    pub fn awaiting_text(&self, awaiting: &Awaiting) -> String {
        log::awaiting_text(awaiting, self)
    }

    pub fn input_mode(&self) -> InputMode {
        if self.view.filtering {
            InputMode::Filter
        } else {
            InputMode::Normal
        }
    }

    /// How keys are read in a replay: into the log filter, into a seek prompt, or as commands.
    pub fn replay_input(&self) -> ReplayInput {
        match (&self.replay, self.view.filtering) {
            (_, true) => ReplayInput::Filter,
            (Some(p), false) if p.prompt.is_some() => ReplayInput::Seek,
            _ if self.view.focus.full.is_some() => ReplayInput::Pager,
            _ => ReplayInput::Normal,
        }
    }
}
