//! Python threads on the one engine thread, deterministically, on the virtual clock.
//!
//! Each `threading.Thread` runs on a stack of its own (a `corosensei` coroutine), so a thread
//! that blocks deep in nested calls (`time.sleep` inside a function its target called)
//! suspends its whole Rust stack; the VM's per-thread state (`Ctx`) is swapped on each switch.
//! The model, exactly:
//! - one thread runs at a time, until it blocks (sleep, a lock or condition wait, join …);
//! - `start()` runs the new thread at once until it blocks; then the starter goes on, ahead
//!   of every other runnable thread; otherwise runnable threads run first-in first-out;
//! - when a thread blocks, the waiters it satisfied meanwhile become runnable, oldest waiter
//!   first;
//! - when none can run, the clock jumps to the earliest wake-up and every thread due then
//!   becomes runnable in the order it went to sleep; `time.sleep(0)` yields to threads
//!   already runnable;
//! - nothing runnable and nothing asleep is a deadlock: the run ends (exit 3) naming each
//!   blocked thread, its line and what it waits on.
//!
//! The main thread runs on the engine's own stack; whenever it blocks, the scheduler loop runs
//! there (`Vm::schedule_main`) and resumes the other threads' coroutines in turn. A thread
//! other than main that blocks suspends to whoever resumed it: the scheduler, or the
//! `start()` that started it (which is how the starter goes on first).
//!
//! Idents are fixed fakes: the main thread's is [`MAIN_IDENT`], thread `n` (in start order)
//! has `MAIN_IDENT + n`; `native_id` is the same number.

use std::collections::VecDeque;
use std::rc::Rc;

use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};

use crate::runtime::event::{EventKind, ThreadId, ThreadState};
use crate::runtime::objects::value::{Args, Value};
use crate::runtime::vm::{Abort, PyResult, Unwind, Vm};

/// The main thread's `threading.get_ident()`.
pub const MAIN_IDENT: i64 = 1000;

/// Each thread's stack: Python's recursion limit must fit, as on the engine's thread
/// (`cli::ENGINE_STACK`); pages are touched only as deep as a thread recurses.
pub const THREAD_STACK: usize = 256 << 20;

type VmPtr = *mut Vm<'static>;
type ThreadCo = Coroutine<VmPtr, VmPtr, Result<(), Abort>, DefaultStack>;

/// What the VM keeps per thread, swapped out while the thread does not run.
#[derive(Default)]
pub struct Ctx {
    pub line: u32,
    pub caller_lines: Vec<u32>,
    pub depth: u32,
    pub running_gens: Vec<(usize, usize)>,
    pub running_codes: Vec<Rc<crate::lang::bytecode::Code>>,
    pub handled: Option<Rc<crate::runtime::objects::exceptions::ExcObj>>,
    pub in_library: bool,
    pub running_loop: Option<Rc<crate::runtime::asyncio::event_loop::LoopObj>>,
    /// The current `contextvars` context (None: a fresh one on first use, as a new
    /// thread starts with).
    pub context: Option<Value>,
}

/// A thread's state as the scheduler sees it.
#[derive(Clone, Debug, PartialEq)]
pub enum State {
    Running,
    Runnable,
    /// Woken (its wait is satisfied): runnable once the running thread blocks.
    Satisfied,
    Sleeping {
        until: f64,
    },
    Blocked {
        on: String,
        line: u32,
        until: Option<f64>,
    },
    Done,
}

impl State {
    fn deadline(&self) -> Option<f64> {
        match self {
            State::Sleeping { until } => Some(*until),
            State::Blocked { until, .. } => *until,
            _ => None,
        }
    }
}

pub struct ThreadRec {
    pub name: String,
    pub daemon: bool,
    pub state: State,
    co: Option<ThreadCo>,
    yielder: *const Yielder<VmPtr, VmPtr>,
    ctx: Ctx,
    /// When it began its current wait (scheduler order: oldest first).
    wait_seq: u64,
    /// Whether its last wait ended by a wake-up (not by its timeout).
    woken: bool,
    /// Threads waiting in `join` for this one.
    joiners: Vec<usize>,
    /// The lock (by number) it waits to take, while it does.
    wants_lock: Option<usize>,
    /// The thread it waits to join, while it does.
    joining: Option<usize>,
    /// Where its current wait was made, for a deadlock's report.
    place: WaitPlace,
    /// The future its current wait is for (`_coroviz_threads.waiting`), cleared on wake.
    waits_for: Option<Value>,
    /// The pool future whose work it runs now (`_coroviz_threads.working`).
    works_on: Option<Value>,
    /// The process it belongs to (`runtime::processes`; 0 is the main process).
    pub process: usize,
    /// A Ctrl-C reached its process (a pool's worker): KeyboardInterrupt is raised where it
    /// stands, as soon as it runs.
    kbd: bool,
    /// It computes on its process's core while the engine runs another process's turn
    /// (`thread_next_process`): still running as far as the program and the dashboard are
    /// concerned, so its state events are not sent.
    on_core: bool,
}

/// Where a thread waits: the program's innermost function on its stack, the line that
/// function stands at, and the library call it made there (`Future.result`, `Queue.get`).
#[derive(Clone, Debug, Default)]
pub struct WaitPlace {
    pub func: Option<Rc<str>>,
    pub line: u32,
    pub call: Option<Rc<str>>,
}

impl ThreadRec {
    fn new(name: String, daemon: bool, state: State) -> ThreadRec {
        ThreadRec {
            name,
            daemon,
            state,
            co: None,
            yielder: std::ptr::null(),
            ctx: Ctx::default(),
            wait_seq: 0,
            woken: false,
            joiners: Vec::new(),
            wants_lock: None,
            joining: None,
            place: WaitPlace::default(),
            waits_for: None,
            works_on: None,
            process: 0,
            kbd: false,
            on_core: false,
        }
    }
}

/// A `threading.Lock`: the scheduler hands it to its oldest waiter when it is free as the
/// running thread blocks.
#[derive(Default)]
pub struct LockRec {
    pub owner: Option<usize>,
}

/// Every thread of the run (index = `ThreadId`, 0 = main) and the scheduler's queues.
pub struct Threads {
    pub list: Vec<ThreadRec>,
    pub current: usize,
    pub runnable: VecDeque<usize>,
    /// Woken waiters, made runnable (oldest waiter first) when the running thread blocks.
    satisfied: Vec<usize>,
    seq: u64,
    /// One line per blocked thread when a deadlock was found.
    pub deadlock: Vec<String>,
    /// The main thread was woken from its wait to run a handler: a Ctrl-C's (`ctrl_c`) or
    /// a person's cancels (`person_cancels`).
    pub interrupt: bool,
    /// A Ctrl-C waits for the main thread's handler.
    pub ctrl_c: bool,
    /// The lock the main thread wanted when a Ctrl-C woke it (it wants it again if the
    /// handler returns).
    interrupted_lock: Option<usize>,
    /// Who resumed each thread now on the chain of running stacks, innermost last: true for
    /// a `start()` (its starter is held, first in line), false for the scheduler.
    resumed_by_start: Vec<bool>,
    /// Every `threading.Lock` made, by number.
    pub locks: Vec<LockRec>,
    /// Threads waiting in an event loop's select: (the loop's address, the thread).
    selecting: Vec<(usize, usize)>,
    /// The futures pools' `submit` made, by id (1 is the first), with their calls
    /// (`job(1)`; empty when no events are wanted).
    pub pool_futures: Vec<Value>,
    pub pool_future_calls: Vec<String>,
    /// A person's cancels of pool futures, waiting for the main thread to run them (where
    /// CPython runs a signal handler: its next wait, or its loop's select).
    pub person_cancels: VecDeque<crate::runtime::event::PoolFutureId>,
}

impl Default for Threads {
    fn default() -> Self {
        Threads {
            list: vec![ThreadRec::new("MainThread".into(), false, State::Running)],
            current: 0,
            runnable: VecDeque::new(),
            satisfied: Vec::new(),
            seq: 0,
            deadlock: Vec::new(),
            interrupt: false,
            ctrl_c: false,
            interrupted_lock: None,
            resumed_by_start: Vec::new(),
            locks: Vec::new(),
            selecting: Vec::new(),
            pool_futures: Vec::new(),
            pool_future_calls: Vec::new(),
            person_cancels: VecDeque::new(),
        }
    }
}

impl Threads {
    /// Whether any thread but the running one has not finished.
    pub fn others_alive(&self) -> bool {
        self.list
            .iter()
            .enumerate()
            .any(|(i, t)| i != self.current && t.state != State::Done)
    }

    /// The blocked threads' names, in start order (the deadlock report's last line).
    pub fn blocked_names(&self) -> Vec<String> {
        self.list
            .iter()
            .filter(|t| matches!(t.state, State::Blocked { .. }))
            .map(|t| t.name.clone())
            .collect()
    }

    pub fn ident(tid: usize) -> i64 {
        MAIN_IDENT + tid as i64
    }

    pub fn tid_of(&self, ident: i64) -> Option<usize> {
        let t = ident.checked_sub(MAIN_IDENT)?;
        (t >= 0 && (t as usize) < self.list.len()).then_some(t as usize)
    }

    fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    /// Every waiter whose wait is now satisfied becomes runnable, oldest waiter first: the
    /// woken ones, and lock waiters whose lock is free (each takes its lock then, so a
    /// later waiter on the same lock stays blocked).
    fn flush_satisfied(&mut self) -> Vec<usize> {
        let mut made = Vec::new();
        let mut woken = std::mem::take(&mut self.satisfied);
        woken.extend((0..self.list.len()).filter(|&t| {
            self.list[t].wants_lock.is_some() && matches!(self.list[t].state, State::Blocked { .. })
        }));
        woken.sort_by_key(|&t| self.list[t].wait_seq);
        for t in woken {
            if let Some(l) = self.list[t].wants_lock {
                if self.locks[l].owner.is_some() {
                    continue;
                }
                self.locks[l].owner = Some(t);
                self.list[t].wants_lock = None;
                self.list[t].woken = true;
            }
            self.list[t].state = State::Runnable;
            self.runnable.push_back(t);
            made.push(t);
        }
        made
    }

    /// Marks `tid`'s wait satisfied; false if it was not waiting.
    fn wake(&mut self, tid: usize) -> bool {
        match self.list.get(tid).map(|t| &t.state) {
            Some(State::Blocked { .. }) => {
                self.list[tid].state = State::Satisfied;
                self.list[tid].woken = true;
                self.satisfied.push(tid);
                true
            }
            _ => false,
        }
    }
}

impl Threads {
    /// The earliest wake-up of any sleeper or timed wait.
    fn earliest(&self) -> Option<f64> {
        self.list
            .iter()
            .filter_map(|t| t.state.deadline())
            .min_by(|a, b| a.total_cmp(b))
    }

    /// The threads whose wake-up is at or before `t`, in the order they began to wait.
    fn due(&self, t: f64) -> Vec<usize> {
        let mut due: Vec<usize> = (0..self.list.len())
            .filter(|&i| self.list[i].state.deadline().is_some_and(|d| d <= t))
            .collect();
        due.sort_by_key(|&i| self.list[i].wait_seq);
        due
    }
}

impl<'h> Vm<'h> {
    fn save_ctx(&mut self, tid: usize) {
        let ctx = Ctx {
            line: self.current_line,
            caller_lines: std::mem::take(&mut self.caller_lines),
            depth: std::mem::take(&mut self.depth),
            running_gens: std::mem::take(&mut self.running_gens),
            running_codes: std::mem::take(&mut self.running_codes),
            handled: self.take_handled(),
            in_library: std::mem::take(&mut self.in_library),
            running_loop: self.asyncio.running_loop.take(),
            context: self.context.take(),
        };
        self.threads.list[tid].ctx = ctx;
    }

    fn load_ctx(&mut self, tid: usize) {
        self.switch_process(self.threads.list[tid].process);
        let ctx = std::mem::take(&mut self.threads.list[tid].ctx);
        self.current_line = ctx.line;
        self.caller_lines = ctx.caller_lines;
        self.depth = ctx.depth;
        self.running_gens = ctx.running_gens;
        self.running_codes = ctx.running_codes;
        self.set_handled(ctx.handled);
        self.in_library = ctx.in_library;
        self.asyncio.running_loop = ctx.running_loop;
        self.context = ctx.context;
        self.threads.current = tid;
        self.new_slice();
        self.cpu_took_gil(tid, self.threads.list[tid].process);
    }

    /// [`Threads::flush_satisfied`], telling the dashboard who became runnable.
    fn flush_satisfied(&mut self) {
        for t in self.threads.flush_satisfied() {
            self.set_state(t, State::Runnable);
        }
    }

    fn set_state(&mut self, tid: usize, state: State) {
        self.threads.list[tid].state = state.clone();
        let was_on_core = std::mem::take(&mut self.threads.list[tid].on_core);
        if !self.emitting() || (was_on_core && state == State::Running) {
            return;
        }
        let state = match state {
            State::Running => ThreadState::Running,
            State::Runnable | State::Satisfied => ThreadState::Runnable,
            State::Sleeping { until } => ThreadState::Sleeping {
                until,
                line: self.threads.list[tid].place.line,
            },
            State::Blocked { on, line, until } => ThreadState::Blocked { on, line, until },
            State::Done => return,
        };
        self.emit(EventKind::ThreadChanged {
            thread: ThreadId(tid as u64),
            state,
        });
    }

    /// Whether threads other than the running one are alive: blocking calls then go through
    /// the scheduler; otherwise they keep their single-threaded behaviour.
    pub fn threaded(&self) -> bool {
        self.threads.others_alive()
    }

    /// The running thread blocks (`state` is `Sleeping` or `Blocked`) until its wake-up or
    /// its deadline. True when woken, false when its deadline passed.
    pub fn thread_block(&mut self, state: State) -> PyResult<bool> {
        self.cpu_sync()?;
        let cur = self.threads.current;
        if cur == 0 && !self.threads.person_cancels.is_empty() {
            self.run_person_cancels()?;
        }
        let seq = self.threads.next_seq();
        self.threads.list[cur].wait_seq = seq;
        self.threads.list[cur].woken = false;
        self.threads.list[cur].place = self.wait_place();
        let blocked = matches!(state, State::Blocked { .. });
        let deadline = state.deadline();
        loop {
            self.set_state(cur, state.clone());
            self.flush_satisfied();
            let switched = self.switch_away(cur);
            if let Err(e) = switched {
                self.threads.list[cur].waits_for = None;
                return Err(e);
            }
            // A Ctrl-C (or a person's cancel of a pool future) woke the main thread in a lock
            // wait: the handler runs here (the default one raises KeyboardInterrupt); if it
            // returns, the wait goes on.
            if !(cur == 0 && blocked && std::mem::take(&mut self.threads.interrupt)) {
                break;
            }
            if let Err(e) = self.run_main_handlers() {
                self.threads.list[cur].waits_for = None;
                self.threads.interrupted_lock = None;
                return Err(e);
            }
            if deadline.is_some_and(|d| d <= self.asyncio.now) {
                break;
            }
            let seq = self.threads.next_seq();
            self.threads.list[cur].wait_seq = seq;
            self.threads.list[cur].woken = false;
            self.threads.list[cur].wants_lock = self.threads.interrupted_lock.take();
        }
        self.threads.list[cur].waits_for = None;
        Ok(self.threads.list[cur].woken)
    }

    /// Where the running thread stands: the innermost frame of the program's own code and
    /// the library function it called from there.
    fn wait_place(&self) -> WaitPlace {
        let codes = &self.running_codes;
        let Some(user) = codes.iter().rposition(|c| !c.library) else {
            return WaitPlace {
                line: self.current_line,
                ..WaitPlace::default()
            };
        };
        let call = codes.get(user + 1).map(|c| c.qualname.clone());
        let line = match call {
            Some(_) => self.caller_lines.get(user + 1).copied(),
            None => None,
        };
        WaitPlace {
            func: Some(codes[user].name.clone()),
            line: line.unwrap_or(self.current_line),
            call,
        }
    }

    /// `time.sleep(0)`: the running thread goes behind the threads already runnable.
    pub fn thread_yield(&mut self) -> PyResult<()> {
        self.cpu_sync()?;
        self.flush_satisfied();
        // A starter held in `start()` is runnable too, and first in line.
        let starter_waits = self.threads.resumed_by_start.last() == Some(&true);
        if self.threads.runnable.is_empty() && !starter_waits {
            return Ok(());
        }
        let cur = self.threads.current;
        self.set_state(cur, State::Runnable);
        self.threads.runnable.push_back(cur);
        self.switch_away(cur)
    }

    /// How many processes compute now: the running thread's, and those with a thread
    /// waiting to run.
    pub(crate) fn computing_processes(&self) -> usize {
        let mut seen = vec![self.threads.list[self.threads.current].process];
        for &t in &self.threads.runnable {
            let p = self.threads.list[t].process;
            if !seen.contains(&p) {
                seen.push(p);
            }
        }
        seen.len()
    }

    /// The CPU model's turns among processes (`runtime::cpu`): after a chunk of work the
    /// processor goes to the first runnable thread of the process that computed longest
    /// ago, if another process has one. The running thread keeps its process's GIL (it goes
    /// back first in line) unless it has used its switch interval, when it goes behind the
    /// others. True when it switched.
    pub(crate) fn thread_next_process(&mut self, used_interval: bool) -> PyResult<bool> {
        let cur = self.threads.current;
        let mine = self.threads.list[cur].process;
        let mut firsts: Vec<(usize, usize)> = Vec::new();
        for (i, &t) in self.threads.runnable.iter().enumerate() {
            let p = self.threads.list[t].process;
            if p != mine && !firsts.iter().any(|&(q, _)| q == p) {
                firsts.push((p, i));
            }
        }
        let candidates: Vec<usize> = firsts.iter().map(|&(p, _)| p).collect();
        let Some(next) = self.cpu_next_turn(&candidates) else {
            return Ok(false);
        };
        let at = firsts.iter().find(|&&(p, _)| p == next).map(|&(_, i)| i);
        let Some(t) = at.and_then(|i| self.threads.runnable.remove(i)) else {
            return Ok(false);
        };
        let sibling_waits = self
            .threads
            .runnable
            .iter()
            .any(|&r| self.threads.list[r].process == mine);
        if used_interval && sibling_waits {
            self.threads.runnable.push_back(cur);
            self.set_state(cur, State::Runnable);
        } else {
            self.threads.runnable.push_front(cur);
            self.threads.list[cur].state = State::Runnable;
            self.threads.list[cur].on_core = true;
        }
        self.threads.runnable.push_front(t);
        self.switch_away(cur)?;
        Ok(true)
    }

    /// The running thread's event loop (at `loop_addr`) waits in its select until `until`
    /// (None: until a thread's `call_soon_threadsafe`) while other threads run.
    pub fn select_in_thread(&mut self, loop_addr: usize, until: Option<f64>) -> PyResult<()> {
        let cur = self.threads.current;
        self.threads.selecting.push((loop_addr, cur));
        let line = self.current_line;
        let r = self.thread_block(State::Blocked {
            on: "the event loop's select".into(),
            line,
            until,
        });
        self.threads.selecting.retain(|&(_, t)| t != cur);
        r.map(|_| ())
    }

    /// `call_soon_threadsafe` on the loop at `loop_addr`: a thread waiting in its select
    /// wakes.
    pub fn wake_select(&mut self, loop_addr: usize) {
        if let Some(&(_, t)) = self.threads.selecting.iter().find(|(l, _)| *l == loop_addr) {
            self.threads.wake(t);
        }
    }

    /// Wakes the thread `ident` from its wait (`_coroviz_threads.unpark`).
    pub fn thread_wake(&mut self, ident: i64) -> bool {
        match self.threads.tid_of(ident) {
            Some(tid) => self.threads.wake(tid),
            None => false,
        }
    }

    /// Gives up the processor: the thread `cur` (not running any more) resumes when the
    /// scheduler picks it.
    fn switch_away(&mut self, cur: usize) -> PyResult<()> {
        self.save_ctx(cur);
        let result = if cur == 0 {
            self.schedule_main()
        } else {
            let y = self.threads.list[cur].yielder;
            let me = self as *mut Vm<'h> as VmPtr;
            // SAFETY: `y` is this coroutine's own yielder, alive while it runs; the VM
            // pointer is handed over so the resumer's accesses are visible here.
            unsafe { (*y).suspend(me) };
            Ok(())
        };
        self.load_ctx(cur);
        if result.is_ok() {
            self.set_state(cur, State::Running);
        }
        result?;
        self.take_worker_interrupt()
    }

    /// A Ctrl-C that reached the running worker process: KeyboardInterrupt here.
    pub(crate) fn take_worker_interrupt(&mut self) -> PyResult<()> {
        let cur = self.threads.current;
        if !std::mem::take(&mut self.threads.list[cur].kbd) {
            return Ok(());
        }
        Err(Unwind::Exc(
            crate::runtime::objects::exceptions::ExcObj::new(
                self.types.exc.keyboard_interrupt.clone(),
                vec![],
            ),
        ))
    }

    /// Ctrl-C reaches every worker process (a terminal sends SIGINT to the whole process
    /// group): each one's main thread raises KeyboardInterrupt where it stands, woken from
    /// its sleep or wait for it.
    pub(crate) fn interrupt_worker_processes(&mut self) {
        for p in 1..self.procs.list.len() {
            if self.procs.list[p].exitcode.is_some() {
                continue;
            }
            let Some(tid) = (0..self.threads.list.len()).find(|&t| {
                self.threads.list[t].process == p && self.threads.list[t].state != State::Done
            }) else {
                continue;
            };
            self.threads.list[tid].kbd = true;
            match self.threads.list[tid].state {
                State::Blocked { .. } => {
                    self.threads.list[tid].wants_lock = None;
                    self.threads.wake(tid);
                }
                State::Sleeping { .. } => {
                    self.threads.list[tid].woken = true;
                    self.set_state(tid, State::Runnable);
                    self.threads.runnable.push_back(tid);
                }
                _ => {}
            }
        }
    }

    /// The scheduler, on the main thread's stack while it is blocked: runs the other
    /// threads in turn, jumps the clock when none can run, returns when main is picked.
    fn schedule_main(&mut self) -> PyResult<()> {
        loop {
            self.flush_satisfied();
            if let Some(next) = self.threads.runnable.pop_front() {
                if next == 0 {
                    return Ok(());
                }
                self.threads.resumed_by_start.push(false);
                let r = self.resume_thread(next);
                self.threads.resumed_by_start.pop();
                r?;
                continue;
            }
            if self.interrupt_blocked_main()? {
                continue;
            }
            let Some(t) = self.threads.earliest() else {
                self.threads.deadlock = self.thread_deadlock_report();
                if self.emitting() {
                    let mut msg = THREAD_DEADLOCK_HEADLINE.to_string();
                    for line in &self.threads.deadlock {
                        msg.push('\n');
                        msg.push_str(line);
                    }
                    self.emit(EventKind::Warning {
                        warning: crate::runtime::event::WarningKind::Deadlock,
                        msg,
                    });
                }
                return Err(Unwind::Abort(Abort::Deadlock));
            };
            if t > self.asyncio.now && self.jump_clock(t)? {
                continue;
            }
            self.wake_due_threads(t);
        }
    }

    /// Moves the clock to `t`, the next wake-up, with the others blocked. A person's
    /// actions on the way wait for the event loop, except Ctrl-C while the main thread
    /// sleeps in `time.sleep` (or waits in its loop's select): CPython runs the signal
    /// handler there and then, so the main thread is woken at that moment (true).
    fn jump_clock(&mut self, t: f64) -> PyResult<bool> {
        // A scripted pause on the way happens at its time.
        while let Some(a) = self.asyncio.due_action(Some(t)) {
            let crate::runtime::engine::Action::Pause { note } = &a.action else {
                break;
            };
            let (at, note) = (a.at, note.clone());
            self.asyncio.script.pop_front();
            self.advance_deferring(at)?;
            self.host.pause(note.as_deref());
        }
        while self.advance_clock(t)? {
            match self.host.take_action() {
                Some(crate::runtime::engine::Action::Interrupt)
                    if matches!(self.threads.list[0].state, State::Sleeping { .. })
                        || self.main_in_lock_wait() =>
                {
                    self.wake_main_for_interrupt();
                    return Ok(true);
                }
                Some(crate::runtime::engine::Action::CancelFuture { future }) => {
                    let woke = self.person_cancel(future);
                    if woke {
                        return Ok(true);
                    }
                }
                Some(a) => {
                    let selecting = self.threads.selecting.iter().find(|(_, th)| *th == 0);
                    let selecting = selecting.map(|&(l, _)| l);
                    let interrupt = matches!(a, crate::runtime::engine::Action::Interrupt);
                    self.asyncio.deferred.push_back(a);
                    if let Some(l) = selecting.filter(|_| interrupt) {
                        self.wake_select(l);
                        return Ok(true);
                    }
                }
                None => {}
            }
        }
        Ok(false)
    }

    /// Moves the clock to `at` (not backwards); a person's actions on the way wait for the
    /// event loop.
    fn advance_deferring(&mut self, at: f64) -> PyResult<()> {
        if at > self.asyncio.now {
            while self.advance_clock(at)? {
                if let Some(a) = self.host.take_action() {
                    self.asyncio.deferred.push_back(a);
                }
            }
        }
        Ok(())
    }

    /// Whether the main thread waits for a lock, a condition, a queue, a future or a join
    /// (of the program's, or the interpreter's at exit), not in its loop's select: a Ctrl-C
    /// interrupts that.
    fn main_in_lock_wait(&self) -> bool {
        let main_selects = self.threads.selecting.iter().any(|&(_, t)| t == 0);
        matches!(self.threads.list[0].state, State::Blocked { .. }) && !main_selects
    }

    /// A scripted Ctrl-C due before the next wake-up while the main thread waits for a
    /// lock: the clock goes to its time and the main thread is woken to take the signal
    /// (CPython interrupts the acquire and runs the handler there). True when it happened.
    fn interrupt_blocked_main(&mut self) -> PyResult<bool> {
        if !self.main_in_lock_wait() {
            return Ok(false);
        }
        let next = self.threads.earliest();
        let Some(at) = self
            .asyncio
            .script
            .front()
            .filter(|a| a.action == crate::runtime::engine::Action::Interrupt)
            .map(|a| a.at)
            .filter(|&at| next.is_none_or(|t| at <= t))
        else {
            return Ok(false);
        };
        self.asyncio.script.pop_front();
        self.advance_deferring(at)?;
        self.wake_main_for_interrupt();
        Ok(true)
    }

    /// A person cancels pool future `future`: the main thread runs the cancel at its next
    /// wait; if it waits in a lock wait or a sleep now, it is woken for it (true).
    pub(crate) fn person_cancel(&mut self, future: crate::runtime::event::PoolFutureId) -> bool {
        self.threads.person_cancels.push_back(future);
        let selects = self
            .threads
            .selecting
            .iter()
            .find(|(_, t)| *t == 0)
            .map(|&(l, _)| l);
        if let Some(l) = selects {
            self.wake_select(l);
            return true;
        }
        if self.main_in_lock_wait() || matches!(self.threads.list[0].state, State::Sleeping { .. })
        {
            self.wake_main();
            return true;
        }
        false
    }

    /// What the main thread runs when woken from a wait for a handler (see
    /// `thread_block`, `time.sleep`): a person's cancels, then a Ctrl-C's handler.
    pub(crate) fn run_main_handlers(&mut self) -> PyResult<()> {
        self.run_person_cancels()?;
        if std::mem::take(&mut self.threads.ctrl_c) {
            self.deliver_interrupt()?;
        }
        Ok(())
    }

    /// The main thread runs the cancels a person asked for: `future.cancel()` on each.
    pub(crate) fn run_person_cancels(&mut self) -> PyResult<()> {
        while let Some(id) = self.threads.person_cancels.pop_front() {
            let Some(fut) = self.threads.pool_futures.get(id.0 as usize - 1).cloned() else {
                continue;
            };
            let cancel = self.get_attr(&fut, "cancel")?;
            self.call(&cancel, Args::default())?;
        }
        Ok(())
    }

    /// The main thread leaves its wait to take a Ctrl-C (see `thread_block`).
    fn wake_main_for_interrupt(&mut self) {
        self.threads.ctrl_c = true;
        self.wake_main();
    }

    /// The main thread leaves its wait to run a handler.
    fn wake_main(&mut self) {
        if self.threads.interrupt {
            return;
        }
        self.threads.interrupt = true;
        self.threads.interrupted_lock = self.threads.list[0].wants_lock.take();
        self.threads.list[0].state = State::Satisfied;
        self.threads.satisfied.push(0);
    }

    /// Every thread whose sleep or timed wait ends by `t` becomes runnable, in the order
    /// they began to wait (a timed-out wait was not woken).
    pub(crate) fn wake_due_threads(&mut self, t: f64) {
        for tid in self.threads.due(t) {
            self.threads.list[tid].woken = false;
            self.threads.list[tid].wants_lock = None;
            self.set_state(tid, State::Runnable);
            self.threads.runnable.push_back(tid);
        }
    }

    /// Runs thread `tid` on its own stack until it blocks or ends.
    fn resume_thread(&mut self, tid: usize) -> PyResult<()> {
        let mut co = self.threads.list[tid]
            .co
            .take()
            .expect("a thread to resume");
        self.threads.current = tid;
        let me = self as *mut Vm<'h> as VmPtr;
        match co.resume(me) {
            CoroutineResult::Yield(_) => {
                self.threads.list[tid].co = Some(co);
                Ok(())
            }
            CoroutineResult::Return(r) => r.map_err(Unwind::Abort),
        }
    }

    /// `Thread.start()`: a new thread running `body()`, run at once until it blocks; then
    /// the starter goes on. Returns its ident.
    pub fn thread_start(&mut self, body: Value, name: String, daemon: bool) -> PyResult<i64> {
        let process = self.threads.list[self.threads.current].process;
        self.thread_start_in(body, name, daemon, process)
    }

    /// [`Vm::thread_start`] for a thread of process `process` (a new process's first thread).
    pub fn thread_start_in(
        &mut self,
        body: Value,
        name: String,
        daemon: bool,
        process: usize,
    ) -> PyResult<i64> {
        let tid = self.threads.list.len();
        let stack = DefaultStack::new(THREAD_STACK).map_err(|e| {
            self.exc(
                &self.types.exc.runtime_error,
                format!("can't start new thread ({e})"),
            )
        })?;
        let co: ThreadCo =
            Coroutine::with_stack(stack, move |y: &Yielder<VmPtr, VmPtr>, ptr: VmPtr| {
                // SAFETY: the VM outlives every thread (the engine drops unfinished ones
                // before it), and only the running thread touches it.
                let vm: &mut Vm<'static> = unsafe { &mut *ptr };
                vm.threads.list[tid].yielder = y as *const _;
                vm.load_ctx(tid);
                vm.set_state(tid, State::Running);
                let out = match vm.call(&body, Args::default()) {
                    Ok(_) => Ok(()),
                    Err(Unwind::Exc(e)) => {
                        // `_bootstrap` hands exceptions to `excepthook`; one escaping it is
                        // printed as CPython's thread machinery would.
                        let text = vm.format_exception(&e);
                        vm.write_stderr(&text);
                        Ok(())
                    }
                    // `os._exit` in a worker process: that process ends where it stands.
                    Err(Unwind::Abort(Abort::ProcessExit(code))) if process != 0 => {
                        vm.process_exited(code)
                    }
                    Err(Unwind::Abort(a)) => Err(a),
                };
                vm.thread_finished(tid);
                out
            });
        let mut rec = ThreadRec::new(name.clone(), daemon, State::Runnable);
        rec.co = Some(co);
        rec.process = process;
        self.threads.list.push(rec);
        if self.emitting() {
            let line = self.current_line;
            self.emit(EventKind::ThreadCreated {
                thread: ThreadId(tid as u64),
                name,
                ident: Threads::ident(tid),
                daemon,
                line,
            });
        }
        let starter = self.threads.current;
        self.set_state(starter, State::Runnable);
        self.save_ctx(starter);
        self.threads.resumed_by_start.push(true);
        let r = self.resume_thread(tid);
        self.threads.resumed_by_start.pop();
        self.load_ctx(starter);
        self.set_state(starter, State::Running);
        r?;
        Ok(Threads::ident(tid))
    }

    /// Thread `tid` ended: its joiners wake, and the waiters it satisfied become runnable.
    fn thread_finished(&mut self, tid: usize) {
        self.threads.list[tid].state = State::Done;
        if self.emitting() {
            self.emit(EventKind::ThreadEnded {
                thread: ThreadId(tid as u64),
            });
        }
        for j in std::mem::take(&mut self.threads.list[tid].joiners) {
            self.threads.wake(j);
        }
        self.flush_satisfied();
        self.save_ctx(tid);
        self.threads.list[tid].ctx = Ctx::default();
    }

    /// Process `p` was terminated: its threads end where they stand, never to run again.
    pub(crate) fn threads_of_process_end(&mut self, p: usize) {
        for tid in 0..self.threads.list.len() {
            let t = &self.threads.list[tid];
            if t.process != p || t.state == State::Done || tid == self.threads.current {
                continue;
            }
            self.threads.list[tid].state = State::Done;
            self.threads.list[tid].wants_lock = None;
            self.threads.runnable.retain(|&r| r != tid);
            self.threads.satisfied.retain(|&r| r != tid);
            if self.emitting() {
                self.emit(EventKind::ThreadEnded {
                    thread: ThreadId(tid as u64),
                });
            }
            for j in std::mem::take(&mut self.threads.list[tid].joiners) {
                self.threads.wake(j);
            }
        }
    }

    /// `Thread.join(timeout)` on the thread `ident`: true once it has ended.
    pub fn thread_join(&mut self, ident: i64, until: Option<f64>) -> PyResult<bool> {
        let Some(tid) = self.threads.tid_of(ident) else {
            return Ok(true);
        };
        if self.threads.list[tid].state == State::Done {
            return Ok(true);
        }
        let cur = self.threads.current;
        self.threads.list[tid].joiners.push(cur);
        let on = format!("join of {}", self.threads.list[tid].name);
        let line = self.current_line;
        self.threads.list[cur].joining = Some(tid);
        let joined = self.thread_block(State::Blocked { on, line, until });
        self.threads.list[cur].joining = None;
        self.threads.list[tid].joiners.retain(|&j| j != cur);
        joined?;
        Ok(self.threads.list[tid].state == State::Done)
    }

    /// At the end of the program the main thread waits for every non-daemon thread, as
    /// CPython's `threading._shutdown`.
    pub fn thread_shutdown(&mut self) -> PyResult<()> {
        // First the hooks `threading._register_atexit` holds (the pools' exit: each
        // worker is told to finish its queued work and stop), newest first.
        if let Some(threading) = self.modules.loaded("threading").cloned() {
            let run = self.get_attr(&threading, "_run_atexits")?;
            self.current_line = 0;
            self.call(&run, crate::runtime::objects::value::Args::new(Vec::new()))?;
        }
        while let Some(tid) = (1..self.threads.list.len())
            .find(|&t| !self.threads.list[t].daemon && self.threads.list[t].state != State::Done)
        {
            self.current_line = 0;
            match self.thread_join(Threads::ident(tid), None) {
                Err(Unwind::Exc(e)) if e.is_instance(&self.types.exc.keyboard_interrupt) => {
                    // Ctrl-C while the interpreter waits: CPython reports it as an
                    // unraisable exception of `threading._shutdown` (its line in 3.11.7)
                    // and ends without the threads, which never run again.
                    let module = self
                        .modules
                        .loaded("threading")
                        .cloned()
                        .map(|m| self.repr(&m).unwrap_or_default())
                        .unwrap_or_else(|| "<module 'threading'>".into());
                    self.write_stderr(&format!(
                        "Exception ignored in: {module}\nTraceback (most recent call last):\n  \
                         File \"threading.py\", line 1590, in _shutdown\n    lock.acquire()\n\
                         KeyboardInterrupt: \n"
                    ));
                    for t in &mut self.threads.list[1..] {
                        t.daemon = true;
                    }
                    return Ok(());
                }
                other => other?,
            };
        }
        Ok(())
    }

    /// Frees the stacks of threads that never finished (daemon threads at exit, or every
    /// thread after a deadlock), without running anything more on them.
    pub fn thread_teardown(&mut self) {
        for t in &mut self.threads.list {
            if let Some(mut co) = t.co.take() {
                if co.started() && !co.done() {
                    // SAFETY: objects on that stack are leaked, never used again.
                    unsafe { co.force_reset() };
                }
            }
        }
    }

    /// One line per blocked thread, in start order: `Thread-1 (worker) at line 7 → Lock`.
    fn thread_deadlock_report(&self) -> Vec<String> {
        let list = &self.threads.list;
        let mut lines: Vec<String> = Vec::new();
        for t in list {
            let State::Blocked { on, line, .. } = &t.state else {
                continue;
            };
            let mut text = t.name.clone();
            if let Some(func) = Self::own_func(t) {
                text.push_str(&format!(" in {func}"));
            }
            match line {
                0 => text.push_str(" at exit"),
                _ => text.push_str(&format!(" at line {}", t.place.line.max(1))),
            }
            match (&t.waits_for, &t.place.call) {
                (Some(f), call) => {
                    let call = call.as_deref().unwrap_or("Future.result");
                    match self.global_name(f) {
                        Some(name) => text.push_str(&format!(" → {call} of future {name}")),
                        None => text.push_str(&format!(" → {call} of a future")),
                    }
                }
                (None, _) => text.push_str(&format!(" → {on}")),
            }
            let task = t
                .ctx
                .running_loop
                .as_ref()
                .and_then(|l| l.current_task.borrow().clone());
            if let Some(task) = task {
                text.push_str(&format!(
                    ", inside task {}: its event loop cannot run until this wait ends",
                    task.label()
                ));
            }
            lines.push(text);
        }
        if let Some(cycle) = self.wait_cycle() {
            lines.push(format!("cycle: {cycle}"));
        }
        lines
    }

    /// The thread that `tid`'s wait depends on: the worker running the future it waits
    /// for, the holder of the lock it wants, or the thread it joins.
    fn blocker_of(&self, tid: usize) -> Option<usize> {
        let t = &self.threads.list[tid];
        if !matches!(t.state, State::Blocked { .. }) {
            return None;
        }
        if let Some(f) = &t.waits_for {
            return self
                .threads
                .list
                .iter()
                .position(|u| u.works_on.as_ref().is_some_and(|w| w.is(f)));
        }
        if let Some(l) = t.wants_lock {
            return self.threads.locks[l].owner;
        }
        t.joining
    }

    /// A ring of threads each waiting on the next, told as a sentence; None without one.
    fn wait_cycle(&self) -> Option<String> {
        let n = self.threads.list.len();
        let ring = (0..n).find_map(|start| {
            let mut path = vec![start];
            let mut at = start;
            while let Some(next) = self.blocker_of(at) {
                if let Some(i) = path.iter().position(|&p| p == next) {
                    return Some(path.split_off(i));
                }
                if path.len() > n {
                    return None;
                }
                path.push(next);
                at = next;
            }
            None
        })?;
        let list = &self.threads.list;
        let who = |t: usize| match Self::own_func(&list[t]) {
            Some(f) => format!("{f} ({})", list[t].name),
            None => list[t].name.clone(),
        };
        let short = |t: usize| match Self::own_func(&list[t]) {
            Some(f) => f.to_string(),
            None => list[t].name.clone(),
        };
        let mut text = who(ring[0]);
        for (k, &t) in ring.iter().enumerate() {
            let next = ring[(k + 1) % ring.len()];
            let link = match (&list[t].waits_for, list[t].wants_lock) {
                (Some(f), _) => format!("waits on future {}, whose work is", self.future_name(f)),
                (None, Some(_)) => "waits for a lock held by".to_string(),
                (None, None) => "waits to join".to_string(),
            };
            if next == ring[0] {
                text.push_str(&format!(" {link} {}", short(next)));
            } else {
                text.push_str(&format!(" {link} {}, which", who(next)));
            }
        }
        Some(text)
    }

    /// The program's function a thread waits in, unless its name says it already
    /// (`Thread-1 (worker)`) or it is the module's top level.
    fn own_func(t: &ThreadRec) -> Option<&str> {
        let func = t.place.func.as_deref()?;
        let said = t.name.ends_with(&format!("({func})"));
        (func != "<module>" && !said).then_some(func)
    }

    /// The name of a global of the program bound to `v`, if there is one.
    fn global_name(&self, v: &Value) -> Option<Rc<str>> {
        self.globals
            .iter()
            .zip(&self.global_names)
            .find(|(g, name)| g.is(v) && !name.starts_with('_'))
            .map(|(_, name)| name.clone())
    }

    /// A future as the program knows it: the name of a global bound to it, else "unnamed".
    fn future_name(&self, f: &Value) -> String {
        self.global_name(f)
            .map_or_else(|| "(unnamed)".to_string(), |n| n.to_string())
    }

    /// The name of the running thread (for messages).
    pub fn thread_name(&self) -> &str {
        &self.threads.list[self.threads.current].name
    }
}

/// The first line of a threads' deadlock report (stderr and the dashboard's warning).
pub const THREAD_DEADLOCK_HEADLINE: &str = "no thread can run and none will wake";

/// `_coroviz_threads`: what `library/threading.py` asks of the scheduler.
pub fn make_module() -> Value {
    crate::runtime::stdlib::module(
        "_coroviz_threads",
        &[
            ("start", py_start),
            ("get_ident", py_get_ident),
            ("main_ident", py_main_ident),
            ("park", py_park),
            ("unpark", py_unpark),
            ("join", py_join),
            ("now", py_now),
            ("yield_", py_yield),
            ("lock_new", py_lock_new),
            ("lock_acquire", py_lock_acquire),
            ("lock_release", py_lock_release),
            ("lock_owner", py_lock_owner),
            ("waiting", py_waiting),
            ("forget", py_forget),
            ("working", py_working),
            ("future_made", py_future_made),
            ("future_state", py_future_state),
            ("future_wrapped", py_future_wrapped),
        ],
    )
}

fn int_arg(vm: &Vm, args: &Args, i: usize) -> PyResult<i64> {
    match args.pos.get(i) {
        Some(Value::Int(n)) => Ok(*n),
        _ => Err(vm.type_error("_coroviz_threads: an int argument expected")),
    }
}

/// A deadline argument (absolute virtual time): None is for ever.
fn deadline_arg(vm: &Vm, args: &Args, i: usize) -> PyResult<Option<f64>> {
    match args.pos.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(Some(*n as f64)),
        Some(Value::Float(f)) => Ok(Some(*f)),
        _ => Err(vm.type_error("_coroviz_threads: a deadline must be a number")),
    }
}

/// `start(body, name, daemon)`.
fn py_start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let body = args.pos.first().cloned().unwrap_or(Value::None);
    let name = match args.pos.get(1) {
        Some(v) => vm.to_str(v)?,
        None => String::new(),
    };
    let daemon = matches!(args.pos.get(2), Some(Value::Bool(true)));
    Ok(Value::Int(vm.thread_start(body, name, daemon)?))
}

fn py_get_ident(vm: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(Value::Int(Threads::ident(vm.threads.current)))
}

fn py_main_ident(_: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(Value::Int(MAIN_IDENT))
}

fn py_now(vm: &mut Vm, _: Args) -> PyResult<Value> {
    vm.cpu_sync()?;
    Ok(Value::Float(vm.asyncio.now))
}

/// `park(on, deadline)`: the running thread waits on `on` (a label) until `unpark` or its
/// deadline. True when woken.
fn py_park(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let on = match args.pos.first() {
        Some(v) => vm.to_str(v)?,
        None => "something".to_string(),
    };
    let until = deadline_arg(vm, &args, 1)?;
    let line = vm.current_line;
    let woken = vm.thread_block(State::Blocked { on, line, until })?;
    Ok(Value::Bool(woken))
}

fn py_unpark(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ident = int_arg(vm, &args, 0)?;
    Ok(Value::Bool(vm.thread_wake(ident)))
}

/// `join(ident, deadline)`: true once the thread has ended.
fn py_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ident = int_arg(vm, &args, 0)?;
    let until = deadline_arg(vm, &args, 1)?;
    Ok(Value::Bool(vm.thread_join(ident, until)?))
}

fn py_yield(vm: &mut Vm, _: Args) -> PyResult<Value> {
    vm.thread_yield()?;
    Ok(Value::None)
}

fn lock_arg(vm: &Vm, args: &Args) -> PyResult<usize> {
    let n = int_arg(vm, args, 0)?;
    usize::try_from(n)
        .ok()
        .filter(|&n| n < vm.threads.locks.len())
        .ok_or_else(|| vm.type_error("_coroviz_threads: no such lock"))
}

fn py_lock_new(vm: &mut Vm, _: Args) -> PyResult<Value> {
    vm.threads.locks.push(LockRec::default());
    Ok(Value::Int(vm.threads.locks.len() as i64 - 1))
}

/// `lock_acquire(lock, blocking, deadline, on)`: takes the lock, or waits for the scheduler
/// to hand it over (true) until the deadline (false). `on` names it for the deadlock
/// report; None is `Lock held by OWNER`.
fn py_lock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = lock_arg(vm, &args)?;
    let blocking = !matches!(args.pos.get(1), Some(Value::Bool(false)));
    let until = deadline_arg(vm, &args, 2)?;
    let cur = vm.threads.current;
    if vm.threads.locks[l].owner.is_none() {
        vm.threads.locks[l].owner = Some(cur);
        return Ok(Value::Bool(true));
    }
    if !blocking || until.is_some_and(|u| u <= vm.asyncio.now) {
        return Ok(Value::Bool(false));
    }
    // A timed-out wait returns just after its deadline, never at it, as on a real clock:
    // code that loops until `deadline - monotonic()` is negative (as_completed) then ends.
    let until = until.map(|u| {
        if u > 0.0 {
            f64::from_bits(u.to_bits() + 1)
        } else {
            u
        }
    });
    let on = match args.pos.get(3) {
        Some(Value::None) | None => {
            let owner = vm.threads.locks[l].owner.unwrap_or(0);
            format!("Lock held by {}", vm.threads.list[owner].name)
        }
        Some(v) => vm.to_str(v)?,
    };
    let line = vm.current_line;
    vm.threads.list[cur].wants_lock = Some(l);
    let got = vm.thread_block(State::Blocked { on, line, until });
    vm.threads.list[cur].wants_lock = None;
    let got = got?;
    Ok(Value::Bool(got))
}

/// `lock_release(lock)`: false when it was not locked.
fn py_lock_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = lock_arg(vm, &args)?;
    Ok(Value::Bool(vm.threads.locks[l].owner.take().is_some()))
}

/// `forget(ident)`: the interpreter's exit will not wait for this thread (a join of it was
/// interrupted: CPython 3.11 then counts it as stopped, though it still runs).
fn py_forget(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ident = int_arg(vm, &args, 0)?;
    if let Some(tid) = vm.threads.tid_of(ident) {
        vm.threads.list[tid].daemon = true;
    }
    Ok(Value::None)
}

/// `waiting(future)`: the running thread's next wait is for `future` (for a deadlock's
/// report; the note ends with that wait).
fn py_waiting(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cur = vm.threads.current;
    vm.threads.list[cur].waits_for = args.pos.into_iter().next();
    Ok(Value::None)
}

/// `working(future)`: the running thread now runs the work of the pool future `future`
/// (None: no more).
fn py_working(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cur = vm.threads.current;
    vm.threads.list[cur].works_on = args.pos.into_iter().next().filter(|v| !v.is_none());
    Ok(Value::None)
}

/// `lock_owner(lock)`: the ident of the thread holding it, or None.
fn py_lock_owner(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = lock_arg(vm, &args)?;
    Ok(match vm.threads.locks[l].owner {
        Some(t) => Value::Int(Threads::ident(t)),
        None => Value::None,
    })
}

/// The scheduler's order rules without the VM: the same queues, driven by a test.
/// `future_made(future, pool, fn, args)`: a pool's `submit` made `future`; gives its id.
fn py_future_made(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fut = args.pos.first().cloned().unwrap_or(Value::None);
    vm.threads.pool_futures.push(fut);
    let id = vm.threads.pool_futures.len() as u64;
    if vm.emitting() {
        let pool = match args.pos.get(1) {
            Some(p) => vm.to_str(p)?,
            None => String::new(),
        };
        let func = args.pos.get(2).cloned().unwrap_or(Value::None);
        let call_args = match args.pos.get(3) {
            Some(Value::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let call = crate::runtime::asyncio::handle::callback_label(vm, &func, &call_args);
        vm.threads
            .pool_future_calls
            .resize(id as usize - 1, String::new());
        vm.threads.pool_future_calls.push(call.clone());
        let line = vm.wait_place().line;
        vm.emit(EventKind::PoolFutureCreated {
            future: crate::runtime::event::PoolFutureId(id),
            pool,
            call,
            line,
        });
    }
    Ok(Value::Int(id as i64))
}

/// `future_wrapped(loop_future, id)`: `asyncio.wrap_future` made `loop_future` follow pool
/// future `id` (`run_in_executor`, `to_thread`): a task awaiting it shows that one.
fn py_future_wrapped(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let id = int_arg(vm, &args, 1)?;
    if let Some(Value::Future(f)) = args.pos.first() {
        let call = vm.threads.pool_future_calls.get(id as usize - 1);
        *f.what.borrow_mut() = match call {
            Some(call) if !call.is_empty() => format!("pool future #{id}: {call}"),
            _ => format!("pool future #{id}"),
        };
    }
    Ok(Value::None)
}

/// `future_state(id, state, value)`: a pool's future became `running`, `done` (with its
/// result), `failed` (with its exception) or `cancelled`.
fn py_future_state(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !vm.emitting() {
        return Ok(Value::None);
    }
    let id = int_arg(vm, &args, 0)?;
    let what = match args.pos.get(1) {
        Some(v) => vm.to_str(v)?,
        None => String::new(),
    };
    let value = args.pos.get(2).cloned().unwrap_or(Value::None);
    use crate::runtime::event::PoolFutureState;
    let state = match what.as_str() {
        "running" => PoolFutureState::Running {
            worker: ThreadId(vm.threads.current as u64),
        },
        "done" => PoolFutureState::Done {
            result: vm.value_text(&value),
        },
        "failed" => PoolFutureState::Failed {
            error: vm.value_text(&value),
        },
        _ => PoolFutureState::Cancelled,
    };
    vm.emit(EventKind::PoolFutureChanged {
        future: crate::runtime::event::PoolFutureId(id as u64),
        state,
    });
    Ok(Value::None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn threads(n: usize) -> Threads {
        let mut t = Threads::default();
        for i in 1..n {
            t.list
                .push(ThreadRec::new(format!("T{i}"), false, State::Runnable));
        }
        t
    }

    fn block(t: &mut Threads, tid: usize) {
        let s = t.next_seq();
        t.list[tid].wait_seq = s;
        t.list[tid].state = State::Blocked {
            on: "Lock".into(),
            line: 1,
            until: None,
        };
    }

    #[test]
    fn woken_waiters_become_runnable_oldest_first() {
        let mut t = threads(4);
        block(&mut t, 2);
        block(&mut t, 3);
        block(&mut t, 1);
        // woken in another order than they began waiting
        assert!(t.wake(1));
        assert!(t.wake(3));
        assert!(t.wake(2));
        assert!(!t.wake(2), "a second wake-up is nothing");
        assert!(
            t.runnable.is_empty(),
            "runnable only once the running thread blocks"
        );
        assert_eq!(t.flush_satisfied(), vec![2, 3, 1]);
        assert_eq!(t.runnable, VecDeque::from(vec![2, 3, 1]));
        assert!(t.list[1].woken);
    }

    #[test]
    fn a_free_lock_goes_to_its_oldest_waiter_as_the_running_thread_blocks() {
        let mut t = threads(4);
        t.locks.push(LockRec { owner: Some(0) });
        for tid in [3, 1] {
            block(&mut t, tid);
            t.list[tid].wants_lock = Some(0);
        }
        block(&mut t, 2);
        assert!(t.flush_satisfied().is_empty(), "held: nobody takes it");
        t.locks[0].owner = None;
        t.wake(2);
        assert_eq!(t.flush_satisfied(), vec![3, 2], "oldest first; 1 waits on");
        assert_eq!(t.locks[0].owner, Some(3));
        assert_eq!(t.list[1].wants_lock, Some(0));
        assert!(matches!(t.list[1].state, State::Blocked { .. }));
    }

    #[test]
    fn only_blocked_threads_wake() {
        let mut t = threads(3);
        t.list[1].state = State::Sleeping { until: 1.0 };
        assert!(!t.wake(1), "a sleeper is not woken by a notify");
        t.list[2].state = State::Done;
        assert!(!t.wake(2));
        assert!(!t.wake(7));
    }

    #[test]
    fn due_sleepers_in_sleep_order() {
        let mut t = threads(4);
        for (tid, until) in [(3, 0.5), (1, 0.5), (2, 0.2)] {
            let s = t.next_seq();
            t.list[tid].wait_seq = s;
            t.list[tid].state = State::Sleeping { until };
        }
        assert_eq!(t.earliest(), Some(0.2));
        assert_eq!(t.due(0.2), vec![2]);
        t.list[2].state = State::Runnable;
        assert_eq!(t.earliest(), Some(0.5));
        assert_eq!(
            t.due(0.5),
            vec![3, 1],
            "due together: in the order they went to sleep"
        );
    }

    #[test]
    fn idents_are_fixed() {
        let t = threads(3);
        assert_eq!(Threads::ident(0), MAIN_IDENT);
        assert_eq!(t.tid_of(MAIN_IDENT + 2), Some(2));
        assert_eq!(t.tid_of(MAIN_IDENT + 3), None);
        assert_eq!(t.tid_of(5), None);
    }
}
