//! The event contract between the engine and everything else (dashboard, traces, recordings).
//!
//! Versioned: change it on purpose, bump [`SCHEMA_VERSION`], update the golden traces.
//! Every event carries the virtual time `t` and the loop iteration `iter` it happened in.
//! The engine knows nothing about terminals; consumers know nothing about the VM.

use serde::{Deserialize, Serialize};

/// Bumped whenever an event kind or field changes meaning.
/// 5: a cancel by asyncio.run's Ctrl-C handler says so (`by: interrupt`).
/// 6: `Frames` (a task's or generator's frames and local variables).
/// 7: Python threads (`ThreadCreated`, `ThreadChanged`, `ThreadEnded`) and the
///    `time_limit` exit status (`--max-time`).
pub const SCHEMA_VERSION: u32 = 8;

/// The oldest schema this coroviz still reads: schemas 4 to 7 only lack what came later
/// (`Frames` events before 6, the Ctrl-C handler's cancel before 5, threads and the
/// time-limit exit before 7, the pools' futures before 8), so their recordings load and
/// replay.
pub const OLDEST_READABLE_SCHEMA: u32 = 4;

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u64);
    };
}

typed_id!(
    /// A task, numbered in creation order from 1 (independent of its `Task-N` name).
    TaskId
);
typed_id!(
    /// A handle (callback) scheduled on the loop, numbered in scheduling order.
    HandleId
);
typed_id!(
    /// A future that is not a task, numbered in creation order.
    FutureId
);
typed_id!(
    /// A generator object, numbered in the order it was first driven or created.
    GenId
);
typed_id!(
    /// An asyncio synchronisation primitive or queue, numbered in creation order.
    PrimId
);
typed_id!(
    /// A Python thread (`threading.Thread`), numbered in start order; 0 is the main thread.
    ThreadId
);
typed_id!(
    /// A `concurrent.futures` future made by a pool's `submit`, numbered from 1 in
    /// submission order (schema 8).
    PoolFutureId
);

/// Where a pool's future stands (schema 8).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum PoolFutureState {
    /// Queued: no worker has taken it yet (`cancel()` still can stop it).
    Pending,
    /// Taken: a thread pool's worker runs it, or a process pool's manager put it on the
    /// call queue (`worker` is then the manager thread).
    Running {
        worker: ThreadId,
    },
    /// Its call returned `result` (a bounded repr).
    Done {
        result: String,
    },
    /// Its call raised `error` (`ValueError('x')`).
    Failed {
        error: String,
    },
    Cancelled,
}

/// Where a Python thread stands (schema 7).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum ThreadState {
    /// It runs Python now (one thread at a time).
    Running,
    /// It could run and waits for its turn.
    Runnable,
    /// In `time.sleep` until virtual time `until`, called at `line` of the program (absent
    /// in recordings made before it was kept: 0).
    Sleeping {
        until: f64,
        #[serde(default)]
        line: u32,
    },
    /// Waiting on something (`Lock`, `Condition`, `Event`, `join of Thread-1`, `Queue.get`)
    /// at `line` of the program, with an optional timeout at `until`.
    Blocked {
        on: String,
        line: u32,
        until: Option<f64>,
    },
}

/// One scheduling step, stamped with when (virtual seconds) and in which loop iteration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub t: f64,
    pub iter: u64,
    #[serde(flatten)]
    pub kind: EventKind,
}

/// What a suspended task is waiting for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "on", rename_all = "snake_case")]
pub enum Awaiting {
    /// Another task (`await t`).
    Task { task: TaskId },
    /// A plain future; `what` says where it came from: `sleep(0.5)`, `gather(3)`, `Future`…
    Future { future: FutureId, what: String },
    /// A bare `yield` (what `asyncio.sleep(0)` does): the task is rescheduled at once.
    Yield,
}

/// How a task or future ended.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "as", rename_all = "snake_case")]
pub enum Outcome {
    Result { repr: String },
    Exception { exc_type: String, msg: String },
    Cancelled { msg: Option<String> },
}

/// Who asked for a cancellation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum CancelSource {
    /// Program code called `cancel()`; `task` is the task that was running, if any.
    /// Serialised as `running`: the event it is flattened into has a `task` of its own.
    Program {
        #[serde(rename = "running")]
        task: Option<TaskId>,
    },
    /// A person (dashboard key) or a scenario `[[script]]` action.
    User,
    /// The loop cancelling what is left at the end of `asyncio.run`.
    Shutdown,
    /// asyncio.run's Ctrl-C handler cancelling the main task (the first Ctrl-C, typed or
    /// scripted): the person pressed Ctrl-C, asyncio chose the cancel.
    Interrupt,
    /// A task cancelling the task or future it is waiting on.
    Propagated { from: TaskId },
}

/// A generator's state, as `inspect.getgeneratorstate` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[allow(non_camel_case_types)]
pub enum GenState {
    GEN_CREATED,
    GEN_RUNNING,
    GEN_SUSPENDED,
    GEN_CLOSED,
}

/// What drove a generator, or how its step ended (`GeneratorState.op`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum GenOp {
    /// The generator object was made (state `GEN_CREATED`).
    Created,
    /// `next(g)` or a `for` loop resumed it (state `GEN_RUNNING`).
    Next,
    /// `g.send(value)` resumed it.
    Send { value: String },
    /// `g.throw(exc)` raised `exc` at its `yield`.
    Throw { exc: String },
    /// `g.close()` raised `GeneratorExit` at its `yield`.
    Close,
    /// It yielded `value` and is suspended (state `GEN_SUSPENDED`).
    Yielded { value: String },
    /// It returned: `StopIteration(value)` reached its caller (state `GEN_CLOSED`).
    Returned { value: String },
    /// An exception escaped it (state `GEN_CLOSED`).
    Raised { exc: String },
}

/// Whose frames a `Frames` event shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "of", rename_all = "snake_case")]
pub enum FramesOf {
    Task { task: TaskId },
    Gen { gen: GenId },
}

/// What part a frame plays in a `Frames` snapshot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FrameRole {
    /// A running frame that drove the generator (`next(g)`, `g.send(v)`, a `for` loop),
    /// outermost first; it stands at the line that resumed the generator.
    Caller,
    /// The task's coroutine or the generator itself.
    Own,
    /// A generator or coroutine it delegates to (`yield from`, `await`), innermost last.
    Delegate,
}

/// One local variable: its name and a bounded repr, computed without running the
/// program's code (`<Point object>` for instances of its classes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Local {
    pub name: String,
    pub repr: String,
}

/// One frame of a `Frames` snapshot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameInfo {
    /// The function's qualified name, `<module>` for the program's top level.
    pub func: String,
    /// The line it stands at (its `yield` or `await`, or the call it is making).
    pub line: u32,
    pub role: FrameRole,
    /// At most [`MAX_LOCALS`] of them; for `<module>`, its global variables (no modules,
    /// functions or classes). Empty for a caller other than `<module>`: its locals cannot
    /// be read while it runs.
    pub locals: Vec<Local>,
    /// How many more locals there were than `locals` shows.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub more: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// At most this many frames in a `Frames` event (the innermost are kept).
pub const MAX_FRAMES: usize = 8;
/// At most this many locals per frame.
pub const MAX_LOCALS: usize = 12;
/// At most this many characters per local's repr (then `…`).
pub const MAX_REPR: usize = 60;

/// Teaching points the engine notices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    CoroutineNeverAwaited,
    ExceptionNeverRetrieved,
    TaskDestroyedPending,
    Deadlock,
    LoopBlocked,
    /// `await x` where `x` is not awaitable (the TypeError that follows).
    NotAwaitable,
    /// A scenario's `[[script]]` action that did nothing (a cancel naming no pending task)
    /// or never came due (its `at` lies past the program's end).
    ScriptedActionMissed,
}

/// How the scenario's program ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "status")]
pub enum ExitStatus {
    /// Ran to the end: exit code 0.
    Ok,
    /// An uncaught exception: exit code 1.
    Exception,
    /// Nothing ready, no timer, something still pending: exit code 3.
    Deadlock,
    /// One slice ran past the instruction budget: exit code 4.
    BudgetExhausted,
    /// An uncaught KeyboardInterrupt: exit code 130.
    KeyboardInterrupt,
    /// The program called `sys.exit(code)`.
    SystemExit { code: i32 },
    /// The viewer quit the dashboard before the program ended.
    Stopped,
    /// The program reached something CPython has and coroviz does not model: exit code 2,
    /// as for a program refused before it runs.
    Unmodelled,
    /// A headless run would have gone on past its virtual time limit (`--max-time`):
    /// exit code 5.
    TimeLimit,
}

impl ExitStatus {
    /// The process exit code `coroviz run` uses for this status.
    pub fn code(self) -> i32 {
        match self {
            ExitStatus::Ok => 0,
            ExitStatus::Exception => 1,
            ExitStatus::Deadlock => 3,
            ExitStatus::BudgetExhausted => 4,
            ExitStatus::KeyboardInterrupt => 130,
            ExitStatus::SystemExit { code } => code,
            ExitStatus::Stopped => 130,
            ExitStatus::Unmodelled => 2,
            ExitStatus::TimeLimit => 5,
        }
    }
}

/// Which output stream program text went to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Every kind of scheduling step. Serialised with a `kind` tag, one JSON object per line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind")]
pub enum EventKind {
    ScenarioStarted {
        schema: u32,
        title: String,
        source: String,
    },
    LoopStarted {
        how: String,
    },
    LoopStopped,
    TaskCreated {
        task: TaskId,
        name: String,
        coro: String,
        parent: Option<TaskId>,
        line: u32,
    },
    TaskStepStarted {
        task: TaskId,
        /// `None` for a plain `send(None)`, else the exception type thrown in.
        throw: Option<String>,
    },
    TaskSuspended {
        task: TaskId,
        line: u32,
        awaiting: Awaiting,
    },
    /// What the task awaited completed: its next step is scheduled.
    TaskResumed {
        task: TaskId,
    },
    TaskDone {
        task: TaskId,
        outcome: Outcome,
    },
    TaskRenamed {
        task: TaskId,
        name: String,
    },
    CancelRequested {
        task: TaskId,
        #[serde(flatten)]
        by: CancelSource,
        msg: Option<String>,
    },
    HandleScheduled {
        handle: HandleId,
        callback: String,
        when: Option<f64>,
    },
    HandleCancelled {
        handle: HandleId,
    },
    HandleRun {
        handle: HandleId,
        callback: String,
    },
    TimerFired {
        handle: HandleId,
    },
    /// The loop had nothing ready and jumped the clock to its next timer.
    ClockAdvanced {
        to: f64,
    },
    FutureCreated {
        future: FutureId,
        what: String,
    },
    FutureDone {
        future: FutureId,
        outcome: Outcome,
    },
    CallbackAdded {
        /// The task or future the callback was added to, as `Task-3` or `Future-7`.
        target: String,
        callback: String,
    },
    /// A generator changed state: `line` is where it is (its `yield`, or its `def` before it
    /// starts); `op` says what drove it or how the step ended.
    GeneratorState {
        gen: GenId,
        name: String,
        state: GenState,
        line: u32,
        #[serde(flatten)]
        op: GenOp,
    },
    /// The frames of a task or generator at the moment one of its steps ended (a task
    /// suspended or finished; a generator yielded, returned or raised), with their local
    /// variables: outermost first. A generator's follows the `GeneratorState` ending its
    /// step; a task's comes as its step ends, before its `TaskSuspended` or `TaskDone`.
    Frames {
        #[serde(flatten)]
        owner: FramesOf,
        frames: Vec<FrameInfo>,
    },
    /// An asyncio primitive (Lock, Event, Condition, Semaphore, BoundedSemaphore, a Queue)
    /// changed: who holds it and who waits on it, in the order they will be woken.
    SyncState {
        prim: PrimId,
        /// `Lock`, `Event`, `Condition`, `Semaphore`, `BoundedSemaphore`, `Queue`,
        /// `PriorityQueue`, `LifoQueue`.
        what: String,
        /// Where the program made it (line in the scenario's source).
        line: u32,
        /// Its state in a few words: `locked`, `unlocked`, `set`, `value=2`, `3 items`.
        state: String,
        holders: Vec<TaskId>,
        waiters: Vec<TaskId>,
    },
    Output {
        stream: Stream,
        text: String,
    },
    LoopBlocked {
        line: u32,
        duration: f64,
    },
    /// `Thread.start()` made a Python thread (schema 7); `line` is where it was started.
    ThreadCreated {
        thread: ThreadId,
        name: String,
        ident: i64,
        daemon: bool,
        line: u32,
    },
    /// A Python thread changed state (schema 7).
    ThreadChanged {
        thread: ThreadId,
        #[serde(flatten)]
        state: ThreadState,
    },
    /// A Python thread's `run()` returned or raised (schema 7).
    ThreadEnded {
        thread: ThreadId,
    },
    /// A pool's `submit` made a future (schema 8): `pool` names the pool
    /// (`ThreadPoolExecutor-0`), `call` the call (`crunch(30000)`), `line` the submit.
    PoolFutureCreated {
        future: PoolFutureId,
        pool: String,
        call: String,
        line: u32,
    },
    /// A pool's future changed state (schema 8).
    PoolFutureChanged {
        future: PoolFutureId,
        #[serde(flatten)]
        state: PoolFutureState,
    },
    KeyboardInterrupt {
        /// Where it was delivered: `main task cancelled (asyncio.run)` or `raised in <func> at line N`.
        delivered: String,
    },
    Warning {
        warning: WarningKind,
        msg: String,
    },
    ScenarioFinished {
        exit: ExitStatus,
        code: i32,
    },
}

/// Where the engine writes its events. Implementations must not block for long.
pub trait EventSink {
    fn emit(&mut self, event: Event);
    /// False when nobody listens: the engine then skips building events at all.
    fn enabled(&self) -> bool {
        true
    }
    /// Whether this sink wants `Frames` events (the costliest kind: one per task step and
    /// generator step, with reprs). The dashboard and recordings do; `--trace` files,
    /// a scheduling record, do not.
    fn wants_frames(&self) -> bool {
        self.enabled()
    }
}

/// A sink that keeps every event in memory (tests, headless summaries).
#[derive(Default, Debug)]
pub struct VecSink(pub Vec<Event>);

impl EventSink for VecSink {
    fn emit(&mut self, event: Event) {
        self.0.push(event);
    }
}

/// A sink that drops everything, and says so, so the engine builds no events.
#[derive(Default, Debug)]
pub struct NullSink;

impl EventSink for NullSink {
    fn emit(&mut self, _event: Event) {}
    fn enabled(&self) -> bool {
        false
    }
}
