//! The program's Python threads as the events describe them: each one's state, the line it
//! waits at, how often it got the GIL, its timeline lane, and which thread runs an event loop.
//!
//! The engine says nothing about the main thread until another thread exists: the first
//! thread event makes it (`MainThread`, running since the start). Single-threaded programs
//! therefore never have a thread list, and the dashboard looks as it did before threads.

use rustc_hash::FxHashMap as HashMap;

use crate::runtime::event::{EventKind, ExitStatus, ThreadId, ThreadState};

use super::model::TaskState;
use super::timeline::Lane;

/// The event gives a thread the GIL: a thread switch, which the live view's `n` and the
/// replay's steps stop at as at a loop handle.
pub fn takes_gil(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::ThreadChanged {
            state: ThreadState::Running,
            ..
        }
    )
}

/// Where a thread stands, as the threads panel names it.
#[derive(Clone, Debug, PartialEq)]
pub enum ThreadStatus {
    /// It holds the GIL and runs Python now (one thread at a time).
    Running,
    /// It could run and waits for the GIL.
    Runnable,
    /// In `time.sleep` until virtual time `until`, called at `line` (0: not known).
    Sleeping { until: f64, line: u32 },
    /// Waiting on `on` (a lock, a condition, a future, a queue, a join, the loop's select)
    /// at `line` of the program, with an optional timeout at `until`.
    Blocked {
        on: String,
        line: u32,
        until: Option<f64>,
    },
    /// Its `run()` returned or raised.
    Done,
}

impl ThreadStatus {
    /// The word the dashboard shows (the same word with or without colour).
    pub fn word(&self) -> &'static str {
        match self {
            ThreadStatus::Running => "running",
            ThreadStatus::Runnable => "runnable",
            ThreadStatus::Sleeping { .. } => "sleeping",
            ThreadStatus::Blocked { .. } => "blocked",
            ThreadStatus::Done => "done",
        }
    }

    /// The task state whose colour and lane glyph it borrows, so that the two panels read
    /// alike: runnable is ready (queued for its turn), sleeping and blocked are waiting.
    pub fn shown_as(&self) -> TaskState {
        match self {
            ThreadStatus::Running => TaskState::Running,
            ThreadStatus::Runnable => TaskState::Ready,
            ThreadStatus::Sleeping { .. } | ThreadStatus::Blocked { .. } => TaskState::Waiting,
            ThreadStatus::Done => TaskState::Done,
        }
    }

    fn of(state: &ThreadState) -> ThreadStatus {
        match state {
            ThreadState::Running => ThreadStatus::Running,
            ThreadState::Runnable => ThreadStatus::Runnable,
            ThreadState::Sleeping { until, line } => ThreadStatus::Sleeping {
                until: *until,
                line: *line,
            },
            ThreadState::Blocked { on, line, until } => ThreadStatus::Blocked {
                on: on.clone(),
                line: *line,
                until: *until,
            },
        }
    }
}

/// One Python thread.
#[derive(Clone, Debug, PartialEq)]
pub struct Thread {
    pub id: ThreadId,
    pub name: String,
    pub daemon: bool,
    /// The line whose `start()` made it (0 for the main thread).
    pub started_at: u32,
    pub status: ThreadStatus,
    /// How many times it was given the GIL (main's start counts as its first).
    pub turns: u64,
    /// Its states over virtual time, drawn like a task's.
    pub lane: Lane,
}

impl Thread {
    /// A worker of a `ThreadPoolExecutor` (named `ThreadPoolExecutor-P_W` by default):
    /// blocked on the pool's `SimpleQueue`, it is idle, waiting for work.
    pub fn is_pool_worker(&self) -> bool {
        self.name
            .strip_prefix("ThreadPoolExecutor-")
            .is_some_and(|rest| rest.contains('_'))
    }

    /// What it waits for, in a few words for a learner.
    pub fn waiting_text(&self) -> String {
        match &self.status {
            ThreadStatus::Running => "holds the GIL".into(),
            ThreadStatus::Runnable => "waits for the GIL".into(),
            ThreadStatus::Sleeping { until, .. } => format!("time.sleep until {}s", secs(*until)),
            ThreadStatus::Blocked { on, until, .. } => {
                let what = match on.as_str() {
                    "SimpleQueue.get" if self.is_pool_worker() => {
                        "idle: the pool's work queue (SimpleQueue.get)".to_string()
                    }
                    "Future.result" | "Future.exception" => format!("a future ({on})"),
                    "the event loop's select" => {
                        "the event loop's select: nothing ready".to_string()
                    }
                    _ => on.clone(),
                };
                match until {
                    Some(u) => format!("{what}, timeout at {}s", secs(*u)),
                    None => what,
                }
            }
            ThreadStatus::Done => String::new(),
        }
    }
}

/// A `ThreadPoolExecutor` as its workers show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pool<'a> {
    /// The `P` of its workers' `ThreadPoolExecutor-P_W`.
    pub number: &'a str,
    /// Workers it started (a pool starts them as work comes, up to `max_workers`).
    pub workers: usize,
    /// Workers waiting for work on the pool's queue.
    pub idle: usize,
}

/// A time in seconds, short: `0.3`, `1.25`, `12`.
fn secs(t: f64) -> String {
    let s = format!("{t:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

/// Every thread of the run, in start order (main first).
///
/// Invariant: `list[index[id]].id == id`; `list` is empty until the first thread event,
/// then starts with the main thread.
#[derive(Clone, Debug)]
pub struct Threads {
    pub list: Vec<Thread>,
    index: HashMap<ThreadId, usize>,
    /// The thread holding the GIL, as far as the events say (main before any event).
    pub running: ThreadId,
    /// Threads that run an event loop now, innermost last: the one running when a loop
    /// started (a loop runs on the thread that called `run_forever`).
    loops: Vec<ThreadId>,
    /// Times the GIL passed from one thread to another.
    pub switches: u64,
}

/// The main thread's number in the events.
pub const MAIN: ThreadId = ThreadId(0);

impl Default for Threads {
    fn default() -> Self {
        Threads {
            list: Vec::new(),
            index: HashMap::default(),
            running: MAIN,
            loops: Vec::new(),
            switches: 0,
        }
    }
}

impl Threads {
    /// Whether the program has (had) a thread besides main: the panel shows only then.
    pub fn shown(&self) -> bool {
        self.list.len() > 1
    }

    pub fn get(&self, id: ThreadId) -> Option<&Thread> {
        self.index.get(&id).map(|i| &self.list[*i])
    }

    /// Each `ThreadPoolExecutor` by its number (`ThreadPoolExecutor-P_W` names worker W of
    /// pool P), in the order its first worker started: the workers it started, and how many
    /// of them are idle (blocked on the pool's work queue).
    pub fn pools(&self) -> Vec<Pool<'_>> {
        let mut pools: Vec<Pool<'_>> = Vec::new();
        for th in self.list.iter().filter(|th| th.is_pool_worker()) {
            let Some((number, _)) = th.name["ThreadPoolExecutor-".len()..].split_once('_') else {
                continue;
            };
            let i = match pools.iter().position(|p| p.number == number) {
                Some(i) => i,
                None => {
                    pools.push(Pool {
                        number,
                        workers: 0,
                        idle: 0,
                    });
                    pools.len() - 1
                }
            };
            pools[i].workers += 1;
            if matches!(&th.status, ThreadStatus::Blocked { on, .. } if on == "SimpleQueue.get") {
                pools[i].idle += 1;
            }
        }
        pools
    }

    /// Whether `id` runs an event loop now.
    pub fn runs_loop(&self, id: ThreadId) -> bool {
        self.loops.contains(&id)
    }

    /// How many threads are in the state of this word (`running`, `blocked`, …).
    pub fn count(&self, word: &str) -> usize {
        self.list.iter().filter(|t| t.status.word() == word).count()
    }

    pub(crate) fn loop_started(&mut self) {
        self.loops.push(self.running);
    }

    pub(crate) fn loop_stopped(&mut self) {
        let running = self.running;
        match self.loops.iter().rposition(|t| *t == running) {
            Some(i) => {
                self.loops.remove(i);
            }
            None => {
                self.loops.pop();
            }
        }
    }

    /// `Thread.start()` made thread `id` (it runs next: a `ThreadChanged` follows).
    pub(crate) fn created(&mut self, t: f64, id: ThreadId, name: &str, daemon: bool, line: u32) {
        self.ensure_main();
        let i = self.slot(id);
        let th = &mut self.list[i];
        th.name = name.to_string();
        th.daemon = daemon;
        th.started_at = line;
        th.status = ThreadStatus::Runnable;
        th.lane.push(t, TaskState::Ready);
    }

    pub(crate) fn changed(&mut self, t: f64, id: ThreadId, state: &ThreadState) {
        self.ensure_main();
        let i = self.slot(id);
        let status = ThreadStatus::of(state);
        if status == ThreadStatus::Running {
            if self.running != id {
                self.switches += 1;
            }
            self.running = id;
            self.list[i].turns += 1;
        }
        let th = &mut self.list[i];
        th.lane.push(t, status.shown_as());
        th.status = status;
    }

    pub(crate) fn ended(&mut self, t: f64, id: ThreadId) {
        self.ensure_main();
        let i = self.slot(id);
        let th = &mut self.list[i];
        th.status = ThreadStatus::Done;
        th.lane.push(t, TaskState::Done);
    }

    /// The program ended: a main thread still running has finished with it (the engine
    /// sends no `ThreadEnded` for main). When it ended otherwise (a deadlock, a stop, the
    /// budget) every thread keeps the state it was caught in.
    pub(crate) fn program_ended(&mut self, t: f64, exit: ExitStatus) {
        let normal = matches!(
            exit,
            ExitStatus::Ok
                | ExitStatus::Exception
                | ExitStatus::SystemExit { .. }
                | ExitStatus::KeyboardInterrupt
        );
        if let Some(main) = self.list.first_mut() {
            if normal && main.status == ThreadStatus::Running {
                main.status = ThreadStatus::Done;
                main.lane.push(t, TaskState::Done);
            }
        }
    }

    /// The main thread, made at the first thread event: it has run since the start.
    fn ensure_main(&mut self) {
        if self.list.is_empty() {
            let mut lane = Lane::default();
            lane.push(0.0, TaskState::Running);
            self.index.insert(MAIN, 0);
            self.list.push(Thread {
                id: MAIN,
                name: "MainThread".into(),
                daemon: false,
                started_at: 0,
                status: ThreadStatus::Running,
                turns: 1,
                lane,
            });
        }
    }

    /// The index of thread `id`, making a placeholder for one whose `ThreadCreated` never
    /// arrived (dropped by a dashboard that fell behind).
    fn slot(&mut self, id: ThreadId) -> usize {
        if let Some(i) = self.index.get(&id) {
            return *i;
        }
        let i = self.list.len();
        self.index.insert(id, i);
        self.list.push(Thread {
            id,
            name: format!("thread #{}", id.0),
            daemon: false,
            started_at: 0,
            status: ThreadStatus::Runnable,
            turns: 0,
            lane: Lane::default(),
        });
        debug_assert_eq!(
            self.list[self.index[&id]].id, id,
            "index points at its thread"
        );
        i
    }
}
