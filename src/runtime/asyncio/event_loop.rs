//! The event loop (base_events.py): the ready deque, the timer heap, `_run_once`, and
//! `run_forever` / `run_until_complete` / `stop` / `close`, on the virtual clock.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use crate::runtime::engine::Action;
use crate::runtime::event::{CancelSource, EventKind, HandleId};
use crate::runtime::objects::exceptions::ExcObj;
use crate::runtime::objects::value::{Args, Builtin, Value};
use crate::runtime::vm::signature::Signature;
use crate::runtime::vm::{Abort, PyResult, Unwind, Vm};

use super::future::FutureObj;
use super::handle::{callback_label, HandleObj};
use super::heapq;

/// base_events: `_MIN_SCHEDULED_TIMER_HANDLES` and `_MIN_CANCELLED_TIMER_HANDLES_FRACTION`.
const MIN_SCHEDULED_TIMER_HANDLES: usize = 100;
const MIN_CANCELLED_TIMER_HANDLES_FRACTION: f64 = 0.5;
/// base_events: `MAXIMUM_SELECT_TIMEOUT`.
const MAXIMUM_SELECT_TIMEOUT: f64 = 24.0 * 3600.0;
/// `time.get_clock_info('monotonic').resolution` on Linux, fixed so runs are reproducible.
pub const CLOCK_RESOLUTION: f64 = 1e-9;

pub const LOOP_METHODS: &[&str] = &[
    "run_until_complete",
    "run_forever",
    "stop",
    "close",
    "is_running",
    "is_closed",
    "time",
    "create_task",
    "create_future",
    "call_soon",
    "call_soon_threadsafe",
    "call_later",
    "call_at",
    "get_debug",
    "set_debug",
    "shutdown_asyncgens",
    "shutdown_default_executor",
    "run_in_executor",
    "set_default_executor",
    "call_exception_handler",
    "default_exception_handler",
];

/// One event loop. Invariant: `scheduled` is a heap ordered by (`when`, scheduling order).
pub struct LoopObj {
    pub id: u64,
    pub ready: RefCell<VecDeque<Rc<HandleObj>>>,
    pub scheduled: RefCell<Vec<Rc<HandleObj>>>,
    pub timer_cancelled_count: Cell<usize>,
    pub stopping: Cell<bool>,
    pub closed: Cell<bool>,
    pub running: Cell<bool>,
    pub current_task: RefCell<Option<Rc<FutureObj>>>,
    /// Every task created on this loop (a weak set, like `tasks._all_tasks`).
    pub tasks: RefCell<Vec<Weak<FutureObj>>>,
    /// The pool `run_in_executor(None, ...)` uses, made on its first call.
    pub default_executor: RefCell<Option<Value>>,
    /// Set by `shutdown_default_executor()` and `close()`: no new default pool after that.
    pub executor_shutdown_called: Cell<bool>,
    pub me: Weak<LoopObj>,
}

impl LoopObj {
    pub fn is_running(&self) -> bool {
        self.running.get()
    }
    pub fn is_closed(&self) -> bool {
        self.closed.get()
    }
    pub fn rc(&self) -> Rc<LoopObj> {
        self.me.upgrade().expect("a loop outlives its method calls")
    }
    /// `asyncio.all_tasks(loop)`: tasks of this loop not yet done, in creation order.
    pub fn pending_tasks(&self) -> Vec<Rc<FutureObj>> {
        self.tasks
            .borrow()
            .iter()
            .filter_map(Weak::upgrade)
            .filter(|t| !t.done())
            .collect()
    }
}

impl Vm<'_> {
    pub fn new_loop(&mut self) -> Rc<LoopObj> {
        let id = self.asyncio.next_loop_id;
        self.asyncio.next_loop_id += 1;
        Rc::new_cyclic(|me| LoopObj {
            id,
            ready: RefCell::new(VecDeque::new()),
            scheduled: RefCell::new(Vec::new()),
            timer_cancelled_count: Cell::new(0),
            stopping: Cell::new(false),
            closed: Cell::new(false),
            running: Cell::new(false),
            current_task: RefCell::new(None),
            tasks: RefCell::new(Vec::new()),
            default_executor: RefCell::new(None),
            executor_shutdown_called: Cell::new(false),
            me: me.clone(),
        })
    }

    fn check_closed(&self, l: &LoopObj) -> PyResult<()> {
        if l.closed.get() {
            return Err(self.runtime_error("Event loop is closed"));
        }
        Ok(())
    }

    fn new_handle(
        &mut self,
        l: &Rc<LoopObj>,
        cb: Value,
        args: Vec<Value>,
        when: Option<f64>,
    ) -> Rc<HandleObj> {
        let id = HandleId(self.asyncio.next_handle_id);
        self.asyncio.next_handle_id += 1;
        let label = if self.emitting() {
            self.inert(|vm| callback_label(vm, &cb, &args))
        } else {
            String::new()
        };
        let h = Rc::new(HandleObj {
            id,
            callback: RefCell::new(cb),
            args: RefCell::new(args),
            cancelled: Cell::new(false),
            when,
            scheduled: Cell::new(false),
            loop_: Rc::downgrade(l),
            label: RefCell::new(label.clone()),
            context: RefCell::new(None),
        });
        if self.contexts_on() && !super::task::is_task_step(&h.callback.borrow()) {
            *h.context.borrow_mut() = self.copy_current_context().ok();
        }
        if self.emitting() {
            self.emit(EventKind::HandleScheduled {
                handle: id,
                callback: label,
                when,
            });
        }
        h
    }

    /// `loop.call_soon(cb, *args)`.
    pub fn call_soon(
        &mut self,
        l: &Rc<LoopObj>,
        cb: Value,
        args: Vec<Value>,
    ) -> PyResult<Rc<HandleObj>> {
        self.check_closed(l)?;
        let h = self.new_handle(l, cb, args, None);
        l.ready.borrow_mut().push_back(h.clone());
        Ok(h)
    }

    /// `loop.call_at(when, cb, *args)`.
    pub fn call_at(
        &mut self,
        l: &Rc<LoopObj>,
        when: f64,
        cb: Value,
        args: Vec<Value>,
    ) -> PyResult<Rc<HandleObj>> {
        self.check_closed(l)?;
        let h = self.new_handle(l, cb, args, Some(when));
        heapq::heappush(&mut l.scheduled.borrow_mut(), h.clone(), HandleObj::lt);
        h.scheduled.set(true);
        Ok(h)
    }

    /// `loop.call_later(delay, cb, *args)`: `call_at(self.time() + delay, …)`.
    pub fn call_later(
        &mut self,
        l: &Rc<LoopObj>,
        delay: f64,
        cb: Value,
        args: Vec<Value>,
    ) -> PyResult<Rc<HandleObj>> {
        self.cpu_sync()?;
        let when = self.asyncio.now + delay;
        self.call_at(l, when, cb, args)
    }

    /// One iteration: CPython 3.11's `BaseEventLoop._run_once`, with a virtual selector.
    fn run_once(&mut self, l: &Rc<LoopObj>) -> PyResult<()> {
        self.asyncio.iteration += 1;
        let sched_count = l.scheduled.borrow().len();
        if sched_count > MIN_SCHEDULED_TIMER_HANDLES
            && l.timer_cancelled_count.get() as f64 / sched_count as f64
                > MIN_CANCELLED_TIMER_HANDLES_FRACTION
        {
            // Remove cancelled timers when too many of them pile up.
            let mut kept: Vec<Rc<HandleObj>> = Vec::new();
            for h in l.scheduled.borrow().iter() {
                if h.cancelled.get() {
                    h.scheduled.set(false);
                } else {
                    kept.push(h.clone());
                }
            }
            heapq::heapify(&mut kept, HandleObj::lt);
            *l.scheduled.borrow_mut() = kept;
            l.timer_cancelled_count.set(0);
        } else {
            // Remove cancelled timers from the head of the heap.
            loop {
                let head_cancelled = l
                    .scheduled
                    .borrow()
                    .first()
                    .is_some_and(|h| h.cancelled.get());
                if !head_cancelled {
                    break;
                }
                l.timer_cancelled_count
                    .set(l.timer_cancelled_count.get().saturating_sub(1));
                let h = heapq::heappop(&mut l.scheduled.borrow_mut(), HandleObj::lt)
                    .expect("non-empty");
                h.scheduled.set(false);
            }
        }

        let timeout = if !l.ready.borrow().is_empty() || l.stopping.get() {
            Some(0.0)
        } else {
            let head = l.scheduled.borrow().first().and_then(|h| h.when);
            head.map(|when| {
                let t = when - self.asyncio.now;
                (if t > 0.0 { t } else { 0.0 }).min(MAXIMUM_SELECT_TIMEOUT)
            })
        };
        self.select(l, timeout)?;

        // Handle 'later' callbacks that are ready.
        let end_time = self.asyncio.now + CLOCK_RESOLUTION;
        loop {
            let due = l
                .scheduled
                .borrow()
                .first()
                .is_some_and(|h| h.when.unwrap_or(0.0) < end_time);
            if !due {
                break;
            }
            let h =
                heapq::heappop(&mut l.scheduled.borrow_mut(), HandleObj::lt).expect("non-empty");
            h.scheduled.set(false);
            if self.emitting() && !h.cancelled.get() {
                self.emit(EventKind::TimerFired { handle: h.id });
            }
            l.ready.borrow_mut().push_back(h);
        }

        // Run exactly the callbacks that were ready when this iteration started; callbacks
        // they schedule run next time around (CPython's ntodo snapshot).
        let ntodo = l.ready.borrow().len();
        for _ in 0..ntodo {
            let h = l
                .ready
                .borrow_mut()
                .pop_front()
                .expect("ntodo handles are queued");
            if h.cancelled.get() {
                continue;
            }
            self.run_handle(&h)?;
            drop(h);
            if crate::runtime::vm::gc_notes::pending() {
                let at = Some((self.source_file.clone(), self.current_line));
                self.flush_gc_notes(at);
            }
        }
        Ok(())
    }

    /// `Handle._run`: errors other than KeyboardInterrupt/SystemExit go to the exception handler.
    fn run_handle(&mut self, h: &Rc<HandleObj>) -> PyResult<()> {
        let cb = h.callback.borrow().clone();
        let args = h.args.borrow().clone();
        if self.emitting() {
            let callback = h.label.borrow().clone();
            self.emit(EventKind::HandleRun {
                handle: h.id,
                callback,
            });
        }
        self.host.before_handle().map_err(Unwind::Abort)?;
        self.new_slice();
        let context = h.context.borrow().clone();
        let outer_context = context.map(|c| self.context.replace(c));
        // `Handle._run` and the C `Context.run` it calls: two levels of recursion.
        let ran = self.deeper(2, |vm| vm.call(&cb, Args::new(args)));
        if let Some(outer) = outer_context {
            self.context = outer;
        }
        match ran {
            Ok(_) => Ok(()),
            Err(Unwind::Exc(e)) if self.is_fatal(&e) => Err(Unwind::Exc(e)),
            Err(Unwind::Exc(e)) => {
                let args = h.args.borrow().clone();
                let label = super::reprs::format_callback_source(self, &cb, &args)?;
                let message = format!(
                    "Exception in callback {label}\nhandle: {}",
                    super::reprs::handle_repr(self, h)?
                );
                self.asyncio_error(&message, Some(&e))
            }
            Err(other) => Err(other),
        }
    }

    pub fn is_fatal(&self, e: &ExcObj) -> bool {
        e.is_instance(&self.types.exc.keyboard_interrupt)
            || e.is_instance(&self.types.exc.system_exit)
    }

    /// The virtual selector: deliver a due scripted action, else advance the clock by
    /// `timeout`; no timeout (nothing could ever happen) is a deadlock.
    fn select(&mut self, l: &Rc<LoopObj>, timeout: Option<f64>) -> PyResult<()> {
        self.cpu_sync()?;
        if let Some(a) = self.user_action() {
            return self.perform_action(l, &a);
        }
        let deadline = timeout.map(|t| self.asyncio.now + t);
        if self.threaded() && timeout.is_none_or(|t| t > 0.0) {
            // Other threads run while the loop waits; a scripted action due first wakes
            // it at its time (the threads' scheduler moves the clock).
            if let Some(a) = self.asyncio.due_action(deadline).cloned() {
                let at = a.at.max(self.asyncio.now);
                if at > self.asyncio.now {
                    self.select_in_thread(Rc::as_ptr(l) as usize, Some(at))?;
                }
                let still_due = self.asyncio.due_action(Some(self.asyncio.now));
                if still_due.is_some_and(|d| d.at == a.at && d.action == a.action) {
                    self.asyncio.script.pop_front();
                    return self.perform_action(l, &a.action);
                }
                return Ok(());
            }
        }
        if let Some(a) = self.asyncio.due_action(deadline).cloned() {
            self.asyncio.script.pop_front();
            if a.at > self.asyncio.now {
                self.advance_clock(a.at)?;
            }
            return self.perform_action(l, &a.action);
        }
        match timeout {
            t if t.is_none_or(|t| t > 0.0) && self.threaded() => {
                // Other threads run while the loop waits for its next timer (or for ever,
                // until a thread's `call_soon_threadsafe`).
                let until = t.map(|t| self.asyncio.now + t);
                self.select_in_thread(Rc::as_ptr(l) as usize, until)
            }
            None => {
                // Found: say who is stuck on what now, before anything unwinds.
                self.asyncio.deadlock = self.deadlock_report(l);
                if self.emitting() {
                    let mut msg = super::deadlock::DEADLOCK_HEADLINE.to_string();
                    for line in &self.asyncio.deadlock {
                        msg.push('\n');
                        msg.push_str(line);
                    }
                    self.emit(EventKind::Warning {
                        warning: crate::runtime::event::WarningKind::Deadlock,
                        msg,
                    });
                }
                Err(Unwind::Abort(Abort::Deadlock))
            }
            Some(t) => {
                let to = self.asyncio.now + t;
                if t > 0.0 && self.advance_clock(to)? {
                    // A person acted while the loop was idle: act at that moment.
                    if let Some(a) = self.user_action() {
                        return self.perform_action(l, &a);
                    }
                }
                Ok(())
            }
        }
    }

    /// The next thing a person did: deferred ones first, then the host's.
    pub fn user_action(&mut self) -> Option<Action> {
        self.asyncio
            .deferred
            .pop_front()
            .or_else(|| self.host.take_action())
    }

    /// Moves virtual time forward (pacing to the wall clock in the live view). Returns
    /// true when a person interrupted the wait: the clock then stands at that moment.
    pub fn advance_clock(&mut self, to: f64) -> PyResult<bool> {
        if self.max_time.is_some_and(|limit| to > limit) {
            return Err(Unwind::Abort(Abort::TimeLimit { next: to }));
        }
        let from = self.asyncio.now;
        let stopped = self.host.wait_until(from, to).map_err(Unwind::Abort)?;
        let reached = match stopped {
            Some(t) if t < to => t.max(from),
            _ => to,
        };
        self.asyncio.now = reached;
        if self.emitting() && reached > from {
            self.emit(EventKind::ClockAdvanced { to: reached });
        }
        Ok(reached < to)
    }

    /// Carries out a scripted or interactive action while the loop waits in its selector.
    pub fn perform_action(&mut self, l: &Rc<LoopObj>, action: &Action) -> PyResult<()> {
        match action {
            Action::Cancel { .. } | Action::CancelTask { .. } => {
                let mut hits = 0;
                for t in l.pending_tasks() {
                    let td = t.task.as_ref().expect("task");
                    let hit = match action {
                        Action::Cancel { task } => *td.name.borrow().as_ref() == *task.as_str(),
                        Action::CancelTask { task } => td.task_id == *task,
                        _ => false,
                    };
                    if hit {
                        hits += 1;
                        if self.emitting() {
                            let id = t.task_id().expect("task");
                            self.emit(EventKind::CancelRequested {
                                task: id,
                                by: CancelSource::User,
                                msg: None,
                            });
                        }
                        self.task_cancel(&t, Value::None)?;
                    }
                }
                if let (0, Action::Cancel { task }) = (hits, action) {
                    let why = if self.task_named(task) {
                        "it had already finished"
                    } else {
                        "no pending task has that name"
                    };
                    let now = self.asyncio.now;
                    self.script_warning(&format!(
                        "the scripted cancel of `{task}` at {now} s did nothing: {why}"
                    ));
                }
                Ok(())
            }
            Action::Interrupt => self.deliver_interrupt(),
            Action::CancelFuture { future } => {
                self.threads.person_cancels.push_back(*future);
                self.run_person_cancels()
            }
            Action::Pause { note } => {
                self.host.pause(note.as_deref());
                Ok(())
            }
        }
    }

    /// Whether any task ever created (and still alive) is named `name`.
    fn task_named(&self, name: &str) -> bool {
        self.asyncio.all_tasks.iter().any(|t| {
            t.upgrade()
                .and_then(|t| {
                    t.task
                        .as_ref()
                        .map(|td| *td.name.borrow().as_ref() == *name)
                })
                .unwrap_or(false)
        })
    }

    /// A scripted action that did nothing or never came due: `coroviz: warning:` on stderr
    /// (headless, and the dashboard's output) and a teaching point in the notes.
    pub fn script_warning(&mut self, msg: &str) {
        self.write_stderr(&format!("coroviz: warning: {msg}\n"));
        if self.emitting() {
            self.emit(EventKind::Warning {
                warning: crate::runtime::event::WarningKind::ScriptedActionMissed,
                msg: msg.to_string(),
            });
        }
    }

    /// Ctrl-C as CPython 3.11 delivers it: Runner's handler cancels the main task once;
    /// otherwise (or the second time) KeyboardInterrupt is raised where the program stands.
    pub fn deliver_interrupt(&mut self) -> PyResult<()> {
        // A terminal's Ctrl-C goes to the whole process group: the pool's workers too.
        if self.procs.list.len() > 1 {
            self.interrupt_worker_processes();
        }
        let cancel_main = match &mut self.asyncio.runner {
            Some(r) => {
                r.interrupt_count += 1;
                (r.interrupt_count == 1 && !r.main_task.done()).then(|| r.main_task.clone())
            }
            None => None,
        };
        match cancel_main {
            Some(main) => {
                if self.emitting() {
                    self.emit(EventKind::KeyboardInterrupt {
                        delivered: format!("asyncio.run cancels the main task {}", main.label()),
                    });
                    self.emit(EventKind::CancelRequested {
                        task: main.task_id().expect("task"),
                        by: CancelSource::Interrupt,
                        msg: None,
                    });
                }
                self.task_cancel(&main, Value::None)?;
                // `loop.call_soon_threadsafe(lambda: None)` wakes the selector.
                let l = main.loop_.clone();
                let noop = Value::Builtin(Rc::new(Builtin {
                    name: "<lambda>",
                    func: |_, _| Ok(Value::None),
                    bound: None,
                }));
                self.call_soon(&l, noop, vec![])?;
                Ok(())
            }
            None => {
                if self.emitting() {
                    let delivered = match self.asyncio.running_loop.is_some() {
                        true => "KeyboardInterrupt raised out of the event loop".into(),
                        false => self.interrupt_place(),
                    };
                    self.emit(EventKind::KeyboardInterrupt { delivered });
                }
                Err(Unwind::Exc(ExcObj::new(
                    self.types.exc.keyboard_interrupt.clone(),
                    vec![],
                )))
            }
        }
    }

    /// Where a KeyboardInterrupt outside any loop lands: `raised in B at line 21`.
    fn interrupt_place(&self) -> String {
        let func = self
            .running_codes
            .iter()
            .rev()
            .find(|c| !c.library)
            .map_or_else(|| "<module>".to_string(), |c| c.qualname.to_string());
        format!("raised in {func} at line {}", self.current_line)
    }

    /// Ctrl-C while no event loop runs (a program of generators, or code before and after
    /// `asyncio.run`). CPython's eval loop checks for a signal between bytecodes; coroviz
    /// looks at its step points instead (each generator resume), which costs nothing per
    /// instruction: a due scripted `interrupt` (or `pause`) is carried out, and when `ask`
    /// (someone watches) the host is asked whether a person pressed Ctrl-C. Other actions
    /// wait for a loop.
    pub fn poll_signals(&mut self, ask: bool) -> PyResult<()> {
        let now = self.asyncio.now;
        while let Some(a) = self.asyncio.due_action(Some(now)) {
            match &a.action {
                Action::Interrupt => {
                    self.asyncio.script.pop_front();
                    return self.deliver_interrupt();
                }
                Action::Pause { note } => {
                    let note = note.clone();
                    self.asyncio.script.pop_front();
                    self.host.pause(note.as_deref());
                }
                _ => break,
            }
        }
        if ask {
            match self.host.take_action() {
                Some(Action::Interrupt) => return self.deliver_interrupt(),
                Some(other) => self.asyncio.deferred.push_back(other),
                None => {}
            }
        }
        Ok(())
    }

    fn check_running(&self, l: &LoopObj) -> PyResult<()> {
        if l.running.get() {
            return Err(self.runtime_error("This event loop is already running"));
        }
        if self.asyncio.running_loop.is_some() {
            return Err(
                self.runtime_error("Cannot run the event loop while another loop is running")
            );
        }
        Ok(())
    }

    /// `loop.run_forever()`: CPython's `run_forever` and `_run_once` frames count towards
    /// the recursion limit of whatever runs inside.
    pub fn run_forever(&mut self, l: &Rc<LoopObj>) -> PyResult<()> {
        self.deeper(2, |vm| vm.run_forever_frames(l))
    }

    fn run_forever_frames(&mut self, l: &Rc<LoopObj>) -> PyResult<()> {
        self.check_closed(l)?;
        self.check_running(l)?;
        l.running.set(true);
        self.asyncio.running_loop = Some(l.clone());
        if self.emitting() {
            self.emit(EventKind::LoopStarted {
                how: "run_forever".into(),
            });
        }
        let r = loop {
            if let Err(e) = self.run_once(l) {
                break Err(e);
            }
            if l.stopping.get() {
                break Ok(());
            }
        };
        l.stopping.set(false);
        l.running.set(false);
        self.asyncio.running_loop = None;
        if self.emitting() {
            self.emit(EventKind::LoopStopped);
        }
        self.new_slice();
        r
    }

    pub fn run_until_complete(&mut self, l: &Rc<LoopObj>, fut: Value) -> PyResult<Value> {
        self.check_closed(l)?;
        self.check_running(l)?;
        let new_task = !matches!(fut, Value::Future(_));
        let fut = self.ensure_future(fut, Some(l))?;
        if new_task {
            if let Some(t) = &fut.task {
                t.log_destroy_pending.set(false);
            }
        }
        let cb = Value::Builtin(Rc::new(Builtin {
            name: "_run_until_complete_cb",
            func: run_until_complete_cb,
            bound: None,
        }));
        self.add_done_callback(&fut, cb.clone())?;
        let r = self.deeper(1, |vm| vm.run_forever(l));
        if let Err(e) = r {
            if new_task && fut.done() && fut.state.get() != super::future::FutState::Cancelled {
                fut.log_traceback.set(false);
            }
            self.remove_done_callback(&fut, &cb);
            return Err(e);
        }
        self.remove_done_callback(&fut, &cb);
        if !fut.done() {
            return Err(self.runtime_error("Event loop stopped before Future completed."));
        }
        self.future_result(&fut)
    }

    pub fn loop_close(&mut self, l: &Rc<LoopObj>) -> PyResult<()> {
        if l.running.get() {
            return Err(self.runtime_error("Cannot close a running event loop"));
        }
        if l.closed.get() {
            return Ok(());
        }
        l.closed.set(true);
        l.ready.borrow_mut().clear();
        for h in l.scheduled.borrow_mut().drain(..) {
            h.scheduled.set(false);
        }
        // The default pool is told to stop, without waiting for its work.
        l.executor_shutdown_called.set(true);
        let executor = l.default_executor.borrow_mut().take();
        if let Some(executor) = executor {
            let shutdown = self.get_attr(&executor, "shutdown")?;
            let mut args = Args::new(vec![]);
            args.kw.push((Rc::from("wait"), Value::Bool(false)));
            self.call(&shutdown, args)?;
        }
        Ok(())
    }

    /// `loop.run_in_executor(executor, func, *args)`: `func(*args)` goes to `executor` (the
    /// loop's default pool when None, made on first use); the loop future returned follows it.
    pub fn run_in_executor(
        &mut self,
        l: &Rc<LoopObj>,
        executor: Value,
        func: Value,
        args: Vec<Value>,
    ) -> PyResult<Value> {
        self.check_closed(l)?;
        let executor = match executor {
            Value::None => {
                let existing = l.default_executor.borrow().clone();
                if l.executor_shutdown_called.get() {
                    return Err(self.runtime_error("Executor shutdown has been called"));
                }
                match existing {
                    Some(e) => e,
                    None => {
                        let make =
                            self.library_function("asyncio.base_events", "_new_default_executor")?;
                        let e = self.call(&make, Args::new(vec![]))?;
                        *l.default_executor.borrow_mut() = Some(e.clone());
                        e
                    }
                }
            }
            given => given,
        };
        let submit = self.library_function("asyncio.base_events", "run_in_executor")?;
        let mut pos = vec![Value::Loop(l.clone()), executor, func];
        pos.extend(args);
        self.call(&submit, Args::new(pos))
    }

    /// `loop.shutdown_default_executor()`: a coroutine that shuts the default pool down in a
    /// thread of its own and waits for it (nothing to wait for when there is no pool).
    pub fn shutdown_default_executor(&mut self, l: &Rc<LoopObj>) -> PyResult<Value> {
        l.executor_shutdown_called.set(true);
        let executor = l.default_executor.borrow().clone();
        let Some(executor) = executor else {
            return Ok(super::native_coro::noop_coro(
                self,
                "shutdown_default_executor",
            ));
        };
        let class = self.library_function("asyncio.base_events", "BaseEventLoop")?;
        let method = self.get_attr(&class, "shutdown_default_executor")?;
        self.call(&method, Args::new(vec![Value::Loop(l.clone()), executor]))
    }
}

/// `_run_until_complete_cb`: stop the loop when the future is done (unless it raised
/// KeyboardInterrupt/SystemExit, which already stopped it).
fn run_until_complete_cb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Future(fut)) = args.pos.first() else {
        return Ok(Value::None);
    };
    if fut.state.get() != super::future::FutState::Cancelled {
        if let Some(e) = fut.exception.borrow().as_ref() {
            if vm.is_fatal(e) {
                return Ok(Value::None);
            }
        }
    }
    fut.loop_.stopping.set(true);
    Ok(Value::None)
}

fn float_arg(vm: &Vm, v: Option<&Value>, what: &str) -> PyResult<f64> {
    match v {
        Some(Value::Float(f)) => Ok(*f),
        Some(Value::Int(i)) => Ok(*i as f64),
        Some(Value::Bool(b)) => Ok(*b as i64 as f64),
        Some(Value::None) | None => Err(vm.type_error(format!("{what} must not be None"))),
        Some(other) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as a number",
            other.type_name()
        ))),
    }
}

/// `BaseEventLoop`'s methods that bind arguments as their Python does.
const LOOP_CREATE_TASK: Signature = Signature {
    name: "BaseEventLoop.create_task",
    positional: &["coro"],
    required: 1,
    varargs: false,
    keyword_only: &["name", "context"],
};
const CALL_SOON: Signature = Signature {
    name: "BaseEventLoop.call_soon",
    positional: &["callback"],
    required: 1,
    varargs: true,
    keyword_only: &["context"],
};
const CALL_SOON_THREADSAFE: Signature = Signature {
    name: "BaseEventLoop.call_soon_threadsafe",
    ..CALL_SOON
};
const RUN_IN_EXECUTOR: Signature = Signature {
    name: "BaseEventLoop.run_in_executor",
    positional: &["executor", "func"],
    required: 2,
    varargs: true,
    keyword_only: &[],
};
const CALL_LATER: Signature = Signature {
    name: "BaseEventLoop.call_later",
    positional: &["delay", "callback"],
    required: 2,
    varargs: true,
    keyword_only: &["context"],
};
const CALL_AT: Signature = Signature {
    name: "BaseEventLoop.call_at",
    positional: &["when", "callback"],
    required: 2,
    ..CALL_LATER
};

pub fn loop_method(
    vm: &mut Vm,
    l: &Rc<LoopObj>,
    name: &str,
    mut args: Args,
) -> Option<PyResult<Value>> {
    let r = (|| -> PyResult<Value> {
        Ok(match name {
            "run_until_complete" => {
                let f = args.pos.into_iter().next().ok_or_else(|| {
                    vm.type_error(
                        "run_until_complete() missing 1 required positional argument: 'future'",
                    )
                })?;
                vm.run_until_complete(l, f)?
            }
            "run_forever" => {
                vm.run_forever(l)?;
                Value::None
            }
            "stop" => {
                l.stopping.set(true);
                Value::None
            }
            "close" => {
                vm.loop_close(l)?;
                Value::None
            }
            "is_running" => Value::Bool(l.running.get()),
            "is_closed" => Value::Bool(l.closed.get()),
            "time" => {
                vm.cpu_sync()?;
                Value::Float(vm.asyncio.now)
            }
            "get_debug" => Value::Bool(false),
            "set_debug" => Value::None,
            "create_task" => {
                let sig = &LOOP_CREATE_TASK;
                let bound = sig.bind(vm, std::mem::take(&mut args))?;
                let coro = bound.arg(0).unwrap_or(Value::None);
                vm.check_closed(l)?;
                let name = match bound.kw(sig, "name") {
                    Some(Value::None) | None => None,
                    Some(v) => Some(vm.to_str(&v)?),
                };
                Value::Future(vm.create_task(l, coro, name)?)
            }
            "create_future" => Value::Future(vm.new_future_obj(l, "Future", None, None)),
            "call_soon" | "call_soon_threadsafe" => {
                let sig = if name == "call_soon" {
                    &CALL_SOON
                } else {
                    &CALL_SOON_THREADSAFE
                };
                let bound = sig.bind(vm, std::mem::take(&mut args))?;
                let cb = bound.arg(0).unwrap_or(Value::None);
                // Outside debug mode CPython does not check the callback here
                // (`_check_callback` runs only when `loop._debug`): a non-callable fails
                // when the handle runs, in the exception handler.
                let h = vm.call_soon(l, cb, bound.extra)?;
                if name == "call_soon_threadsafe" {
                    // The self-pipe write: a thread waiting in this loop's select wakes.
                    vm.wake_select(Rc::as_ptr(l) as usize);
                }
                Value::Handle(h)
            }
            "call_later" | "call_at" => {
                let (sig, what) = if name == "call_later" {
                    (&CALL_LATER, "delay")
                } else {
                    (&CALL_AT, "when")
                };
                let bound = sig.bind(vm, std::mem::take(&mut args))?;
                let t = float_arg(vm, bound.arg(0).as_ref(), what)?;
                let cb = bound.arg(1).unwrap_or(Value::None);
                let h = if name == "call_later" {
                    vm.call_later(l, t, cb, bound.extra)?
                } else {
                    vm.call_at(l, t, cb, bound.extra)?
                };
                Value::Handle(h)
            }
            "shutdown_asyncgens" => super::native_coro::noop_coro(vm, name),
            "shutdown_default_executor" => vm.shutdown_default_executor(l)?,
            "run_in_executor" => {
                let bound = RUN_IN_EXECUTOR.bind(vm, std::mem::take(&mut args))?;
                let executor = bound.arg(0).unwrap_or(Value::None);
                let func = bound.arg(1).unwrap_or(Value::None);
                vm.run_in_executor(l, executor, func, bound.extra)?
            }
            "set_default_executor" => {
                let executor = args.pos.into_iter().next().ok_or_else(|| {
                    vm.type_error(
                        "set_default_executor() missing 1 required positional argument: \
                         'executor'",
                    )
                })?;
                let check =
                    vm.library_function("asyncio.base_events", "_check_default_executor")?;
                let executor = vm.call(&check, Args::new(vec![executor]))?;
                *l.default_executor.borrow_mut() = Some(executor);
                Value::None
            }
            "call_exception_handler" | "default_exception_handler" => {
                let ctx = args.pos.into_iter().next().unwrap_or(Value::None);
                vm.call_exception_handler(&ctx)?;
                Value::None
            }
            _ => return Err(vm.attribute_error(&Value::Loop(l.clone()), name)),
        })
    })();
    Some(r)
}

impl Vm<'_> {
    /// The default exception handler: the message, then the exception's traceback.
    pub fn call_exception_handler(&mut self, ctx: &Value) -> PyResult<()> {
        let get = |vm: &mut Vm, k: &str| -> Option<Value> {
            match ctx {
                Value::Dict(d) => {
                    let key = vm.key(Value::str(k)).ok()?;
                    d.borrow().get(&key).cloned()
                }
                _ => None,
            }
        };
        let msg = match get(self, "message") {
            Some(v) => self.to_str(&v)?,
            None => "Unhandled exception in event loop".into(),
        };
        match get(self, "exception") {
            Some(Value::Exception(e)) => self.asyncio_error(&msg, Some(&e)),
            _ => self.asyncio_error(&msg, None),
        }
    }
}
