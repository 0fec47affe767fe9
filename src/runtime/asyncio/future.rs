//! Future and Task objects (futures.py / tasks.py): states, results, done callbacks.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::runtime::event::{EventKind, FutureId, Outcome, TaskId};
use crate::runtime::objects::exceptions::ExcObj;
use crate::runtime::objects::value::{Args, Value};
use crate::runtime::vm::gc_notes::TaskInfo;
use crate::runtime::vm::{PyResult, Unwind, Vm};

use super::event_loop::LoopObj;

/// `_PENDING`, `_CANCELLED`, `_FINISHED`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FutState {
    Pending,
    Cancelled,
    Finished,
}

/// What only tasks have.
pub struct TaskData {
    pub task_id: TaskId,
    pub name: RefCell<Rc<str>>,
    pub coro: Value,
    pub must_cancel: Cell<bool>,
    pub fut_waiter: RefCell<Option<Rc<FutureObj>>>,
    pub num_cancels_requested: Cell<u32>,
    pub parent: Option<TaskId>,
    /// Steps run (for displays).
    pub steps: Cell<u64>,
    /// `_log_destroy_pending`: report "Task was destroyed but it is pending!" if collected
    /// unfinished (off for tasks `run_until_complete` and `gather` wrap around coroutines).
    pub log_destroy_pending: Cell<bool>,
    /// The `contextvars` context its steps run in (a copy of the creator's, taken when the
    /// program uses contextvars; made fresh at the first step otherwise).
    pub context: RefCell<Option<Value>>,
}

/// What only `gather()`'s outer future has (`_GatheringFuture`).
pub struct GatherData {
    pub children: RefCell<Vec<Rc<FutureObj>>>,
    pub cancel_requested: Cell<bool>,
    pub nfuts: Cell<usize>,
    pub nfinished: Cell<usize>,
    pub return_exceptions: bool,
}

/// A Future, a Task (with `task`), or a gathering future (with `gather`).
///
/// Invariant: `result`/`exception` are only meaningful when `state == Finished`.
pub struct FutureObj {
    pub id: FutureId,
    pub loop_: Rc<LoopObj>,
    pub state: Cell<FutState>,
    pub result: RefCell<Value>,
    pub exception: RefCell<Option<Rc<ExcObj>>>,
    pub callbacks: RefCell<Vec<Value>>,
    /// What few futures need (see [`FutureRare`]), made when first set: a hundred
    /// thousand gathered tasks would otherwise carry a hundred bytes each of nothing.
    pub rare: RefCell<Option<Box<FutureRare>>>,
    pub log_traceback: Cell<bool>,
    /// `_asyncio_future_blocking`.
    pub blocking: Cell<bool>,
    /// Where it came from, for displays: `sleep(1.0)`, `gather(3)`, `Future`.
    pub what: RefCell<String>,
    pub task: Option<TaskData>,
    pub gather: Option<Box<GatherData>>,
}

/// The parts of a future that only cancellation, contextvars or a primitive's wait set.
pub struct FutureRare {
    /// Beside `callbacks` once the program uses contextvars: the context each was added in
    /// (empty before that: no callback has one).
    pub callback_contexts: Vec<Option<Value>>,
    pub cancel_message: Value,
    pub cancelled_exc: Option<Rc<ExcObj>>,
    /// For a future a task made to wait on a primitive (`Lock.acquire`, `Queue.get`): that
    /// task, so the primitive's `SyncState` can list who waits.
    pub waiter_of: Option<TaskId>,
    /// For such a future: the primitive it waits on (its registry key), so a deadlock
    /// report can say who holds it.
    pub waiter_on: Option<usize>,
}

impl FutureObj {
    /// The rare parts, made on first use.
    pub fn rare_mut(&self) -> std::cell::RefMut<'_, FutureRare> {
        std::cell::RefMut::map(self.rare.borrow_mut(), |r| {
            &mut **r.get_or_insert_with(|| {
                Box::new(FutureRare {
                    callback_contexts: Vec::new(),
                    cancel_message: Value::None,
                    cancelled_exc: None,
                    waiter_of: None,
                    waiter_on: None,
                })
            })
        })
    }

    /// `_cancel_message` (None until a cancel gave one).
    pub fn cancel_message(&self) -> Value {
        self.rare
            .borrow()
            .as_ref()
            .map_or(Value::None, |r| r.cancel_message.clone())
    }

    pub fn waiter_of(&self) -> Option<TaskId> {
        self.rare.borrow().as_ref().and_then(|r| r.waiter_of)
    }

    pub fn waiter_on(&self) -> Option<usize> {
        self.rare.borrow().as_ref().and_then(|r| r.waiter_on)
    }

    /// The done callbacks' contexts, taken (empty when none was kept).
    pub fn take_callback_contexts(&self) -> Vec<Option<Value>> {
        self.rare
            .borrow_mut()
            .as_mut()
            .map(|r| std::mem::take(&mut r.callback_contexts))
            .unwrap_or_default()
    }
}

pub const FUTURE_METHODS: &[&str] = &[
    "result",
    "exception",
    "done",
    "cancelled",
    "cancel",
    "add_done_callback",
    "remove_done_callback",
    "set_result",
    "set_exception",
    "get_loop",
];
pub const TASK_METHODS: &[&str] = &[
    "result",
    "exception",
    "done",
    "cancelled",
    "cancel",
    "add_done_callback",
    "remove_done_callback",
    "get_loop",
    "get_name",
    "set_name",
    "get_coro",
    "cancelling",
    "uncancel",
    "set_result",
    "set_exception",
];

impl Drop for FutureObj {
    fn drop(&mut self) {
        if let Some(t) = &self.task {
            if self.state.get() == FutState::Pending && t.log_destroy_pending.get() {
                let (coro, file, line) = match &t.coro {
                    Value::Gen(g) => (g.qualname.clone(), g.code.file.clone(), g.code.first_line),
                    _ => (Rc::from("coroutine"), Rc::from("?"), 0),
                };
                let info = TaskInfo {
                    name: t.name.borrow().clone(),
                    coro,
                    file,
                    line,
                };
                let waiting = t.fut_waiter.borrow().as_ref().map(|w| !w.is_task());
                let cancelling = t.num_cancels_requested.get() > 0;
                crate::runtime::vm::gc_notes::note(
                    crate::runtime::vm::gc_notes::GcNote::DestroyedPending {
                        info,
                        cancelling,
                        waiting,
                    },
                );
                return;
            }
        }
        if !self.log_traceback.get() {
            return;
        }
        let Some(exc) = self.exception.borrow_mut().take() else {
            return;
        };
        let task = self.task.as_ref().map(|t| {
            let name = t.name.borrow().clone();
            match &t.coro {
                Value::Gen(g) => TaskInfo {
                    name,
                    coro: g.qualname.clone(),
                    file: g.code.file.clone(),
                    line: g.code.first_line,
                },
                _ => TaskInfo {
                    name,
                    coro: Rc::from("coroutine"),
                    file: Rc::from("?"),
                    line: 0,
                },
            }
        });
        let kind = if self.gather.is_some() {
            "_GatheringFuture"
        } else {
            "Future"
        };
        crate::runtime::vm::gc_notes::note(crate::runtime::vm::gc_notes::GcNote::NeverRetrieved {
            task,
            kind,
            exc,
        });
    }
}

impl FutureObj {
    pub fn is_task(&self) -> bool {
        self.task.is_some()
    }
    pub fn done(&self) -> bool {
        self.state.get() != FutState::Pending
    }
    pub fn task_id(&self) -> Option<TaskId> {
        self.task.as_ref().map(|t| t.task_id)
    }
    /// `Task-3` or `Future-7`, for event targets.
    pub fn label(&self) -> String {
        match &self.task {
            Some(t) => t.name.borrow().to_string(),
            None => format!("Future-{}", self.id.0),
        }
    }
}

impl Vm<'_> {
    pub fn new_future_obj(
        &mut self,
        loop_: &Rc<LoopObj>,
        what: &str,
        task: Option<TaskData>,
        gather: Option<Box<GatherData>>,
    ) -> Rc<FutureObj> {
        // Tasks are identified by their TaskId; only plain futures use up future numbers.
        let id = if task.is_some() {
            FutureId(0)
        } else {
            self.asyncio.next_future_id += 1;
            FutureId(self.asyncio.next_future_id - 1)
        };
        let fut = Rc::new(FutureObj {
            id,
            loop_: loop_.clone(),
            state: Cell::new(FutState::Pending),
            result: RefCell::new(Value::None),
            exception: RefCell::new(None),
            callbacks: RefCell::new(Vec::new()),
            rare: RefCell::new(None),
            log_traceback: Cell::new(false),
            blocking: Cell::new(false),
            what: RefCell::new(what.to_string()),
            task,
            gather,
        });
        if fut.task.is_none() && self.emitting() {
            self.emit(EventKind::FutureCreated {
                future: id,
                what: what.to_string(),
            });
        }
        fut
    }

    pub fn cancelled_error(&self, msg: &Value) -> Rc<ExcObj> {
        let args = if msg.is_none() {
            vec![]
        } else {
            vec![msg.clone()]
        };
        ExcObj::new(self.types.exc.cancelled_error.clone(), args)
    }

    /// `_make_cancelled_error`: reuse the saved CancelledError once, else make a new one.
    pub fn make_cancelled_error(&self, fut: &FutureObj) -> Rc<ExcObj> {
        let saved = fut
            .rare
            .borrow_mut()
            .as_mut()
            .and_then(|r| r.cancelled_exc.take());
        if let Some(e) = saved {
            return e;
        }
        self.cancelled_error(&fut.cancel_message())
    }

    fn outcome_of(&mut self, fut: &FutureObj) -> Outcome {
        match fut.state.get() {
            FutState::Cancelled => {
                let m = fut.cancel_message();
                Outcome::Cancelled {
                    msg: if m.is_none() {
                        None
                    } else {
                        self.to_str(&m).ok()
                    },
                }
            }
            _ => match fut.exception.borrow().clone() {
                Some(e) => Outcome::Exception {
                    exc_type: e.qualified_name(),
                    msg: self
                        .inert(|vm| vm.to_str(&Value::Exception(e.clone())))
                        .unwrap_or_default(),
                },
                None => {
                    let r = fut.result.borrow().clone();
                    Outcome::Result {
                        repr: self.stable_repr(&r),
                    }
                }
            },
        }
    }

    fn announce_done(&mut self, fut: &Rc<FutureObj>) {
        if !self.emitting() {
            return;
        }
        let outcome = self.outcome_of(fut);
        match fut.task_id() {
            Some(task) => self.emit(EventKind::TaskDone { task, outcome }),
            None => self.emit(EventKind::FutureDone {
                future: fut.id,
                outcome,
            }),
        }
    }

    /// `__schedule_callbacks`: each done callback goes through `call_soon`, in order.
    fn schedule_callbacks(&mut self, fut: &Rc<FutureObj>) -> PyResult<()> {
        let callbacks = std::mem::take(&mut *fut.callbacks.borrow_mut());
        let contexts = fut.take_callback_contexts();
        for (i, cb) in callbacks.into_iter().enumerate() {
            let h = self.call_soon(&fut.loop_, cb, vec![Value::Future(fut.clone())])?;
            // It runs in the context it was added in, as CPython's callbacks do.
            if let Some(Some(ctx)) = contexts.get(i) {
                *h.context.borrow_mut() = Some(ctx.clone());
            }
        }
        Ok(())
    }

    /// `Future.cancel(msg)` (the plain future's, also `super().cancel()` from a task).
    pub fn future_cancel_plain(&mut self, fut: &Rc<FutureObj>, msg: Value) -> PyResult<bool> {
        fut.log_traceback.set(false);
        if fut.state.get() != FutState::Pending {
            return Ok(false);
        }
        fut.state.set(FutState::Cancelled);
        fut.rare_mut().cancel_message = msg;
        self.announce_done(fut);
        self.schedule_callbacks(fut)?;
        Ok(true)
    }

    /// `fut.cancel(msg)` dispatching on what it is (Task, gathering future, Future).
    pub fn future_cancel(&mut self, fut: &Rc<FutureObj>, msg: Value) -> PyResult<bool> {
        if fut.is_task() {
            return self.task_cancel(fut, msg);
        }
        if let Some(g) = &fut.gather {
            // _GatheringFuture.cancel: cancel the children; propagate only if one took it.
            if fut.done() {
                return Ok(false);
            }
            let children = g.children.borrow().clone();
            let mut ret = false;
            for child in &children {
                if self.future_cancel(child, msg.clone())? {
                    ret = true;
                }
            }
            if ret {
                g.cancel_requested.set(true);
            }
            return Ok(ret);
        }
        self.future_cancel_plain(fut, msg)
    }

    pub fn future_set_result(&mut self, fut: &Rc<FutureObj>, v: Value) -> PyResult<()> {
        if fut.state.get() != FutState::Pending {
            return Err(self.invalid_state(fut));
        }
        *fut.result.borrow_mut() = v;
        fut.state.set(FutState::Finished);
        self.announce_done(fut);
        self.schedule_callbacks(fut)
    }

    pub fn future_set_exception(&mut self, fut: &Rc<FutureObj>, exc: Value) -> PyResult<()> {
        if fut.state.get() != FutState::Pending {
            return Err(self.invalid_state(fut));
        }
        let exc = self.make_exception(exc)?;
        if Rc::ptr_eq(&exc.class, &self.types.exc.stop_iteration) {
            return Err(self.type_error(
                "StopIteration interacts badly with generators and cannot be raised into a Future",
            ));
        }
        *fut.exception.borrow_mut() = Some(exc);
        fut.state.set(FutState::Finished);
        self.announce_done(fut);
        self.schedule_callbacks(fut)?;
        fut.log_traceback.set(true);
        Ok(())
    }

    /// CPython's C Future says just this when set twice (the Python version adds the repr).
    fn invalid_state(&mut self, _fut: &Rc<FutureObj>) -> Unwind {
        self.exc(&self.types.exc.invalid_state_error, "invalid state")
    }

    /// `fut.result()`.
    pub fn future_result(&mut self, fut: &Rc<FutureObj>) -> PyResult<Value> {
        match fut.state.get() {
            FutState::Cancelled => Err(Unwind::Exc(self.make_cancelled_error(fut))),
            FutState::Pending => {
                Err(self.exc(&self.types.exc.invalid_state_error, "Result is not set."))
            }
            FutState::Finished => {
                fut.log_traceback.set(false);
                match fut.exception.borrow().clone() {
                    Some(e) => Err(Unwind::Exc(e)),
                    None => Ok(fut.result.borrow().clone()),
                }
            }
        }
    }

    /// `fut.exception()`.
    pub fn future_exception(&mut self, fut: &Rc<FutureObj>) -> PyResult<Value> {
        match fut.state.get() {
            FutState::Cancelled => Err(Unwind::Exc(self.make_cancelled_error(fut))),
            FutState::Pending => {
                Err(self.exc(&self.types.exc.invalid_state_error, "Exception is not set."))
            }
            FutState::Finished => {
                fut.log_traceback.set(false);
                Ok(fut
                    .exception
                    .borrow()
                    .clone()
                    .map(Value::Exception)
                    .unwrap_or(Value::None))
            }
        }
    }

    pub fn add_done_callback(&mut self, fut: &Rc<FutureObj>, cb: Value) -> PyResult<()> {
        if self.emitting() {
            let callback =
                self.inert(|vm| crate::runtime::asyncio::handle::callback_label(vm, &cb, &[]));
            self.emit(EventKind::CallbackAdded {
                target: fut.label(),
                callback,
            });
        }
        if fut.state.get() != FutState::Pending {
            self.call_soon(&fut.loop_, cb, vec![Value::Future(fut.clone())])?;
        } else {
            let context = match self.contexts_on() {
                true => Some(self.copy_current_context()?),
                false => None,
            };
            let count = fut.callbacks.borrow().len();
            let kept = fut
                .rare
                .borrow()
                .as_ref()
                .is_some_and(|r| !r.callback_contexts.is_empty());
            if context.is_some() || kept {
                let contexts = &mut fut.rare_mut().callback_contexts;
                contexts.resize(count, None);
                contexts.push(context);
            }
            fut.callbacks.borrow_mut().push(cb);
        }
        Ok(())
    }

    pub fn remove_done_callback(&mut self, fut: &Rc<FutureObj>, cb: &Value) -> usize {
        let mut cbs = fut.callbacks.borrow_mut();
        let before = cbs.len();
        if let Some(rare) = fut.rare.borrow_mut().as_mut() {
            let contexts = &mut rare.callback_contexts;
            if !contexts.is_empty() {
                contexts.resize(before, None);
                let mut keep = cbs.iter().map(|c| !same_callable(c, cb));
                contexts.retain(|_| keep.next().unwrap_or(true));
            }
        }
        cbs.retain(|c| !same_callable(c, cb));
        before - cbs.len()
    }
}

/// Callback identity as `remove_done_callback` compares it (`==` on functions and methods).
pub fn same_callable(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Builtin(x), Value::Builtin(y)) => {
            std::ptr::fn_addr_eq(x.func, y.func)
                && match (&x.bound, &y.bound) {
                    (Some(p), Some(q)) => p.is(q),
                    (None, None) => true,
                    _ => false,
                }
        }
        (Value::NativeMethod(x), Value::NativeMethod(y)) => {
            x.name == y.name && x.receiver.is(&y.receiver)
        }
        (Value::BoundMethod(x), Value::BoundMethod(y)) => {
            x.func.is(&y.func) && x.receiver.is(&y.receiver)
        }
        _ => a.is(b),
    }
}

/// Task/Future attributes that are data, not methods.
pub fn future_attr(_vm: &mut Vm, fut: &Rc<FutureObj>, name: &str) -> Option<Value> {
    match name {
        "_asyncio_future_blocking" => Some(Value::Bool(fut.blocking.get())),
        "_state" => Some(Value::str(match fut.state.get() {
            FutState::Pending => "PENDING",
            FutState::Cancelled => "CANCELLED",
            FutState::Finished => "FINISHED",
        })),
        _ => None,
    }
}

fn arg_count(vm: &Vm, name: &str, args: &Args, max: usize) -> PyResult<()> {
    if args.pos.len() > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({} given)",
            if max == 1 { "" } else { "s" },
            args.pos.len()
        )));
    }
    Ok(())
}

pub fn future_method(
    vm: &mut Vm,
    fut: &Rc<FutureObj>,
    name: &str,
    mut args: Args,
) -> Option<PyResult<Value>> {
    let is_task = fut.is_task();
    let r = (|| -> PyResult<Value> {
        Ok(match name {
            "result" => vm.future_result(fut)?,
            "exception" => vm.future_exception(fut)?,
            "done" => Value::Bool(fut.done()),
            "cancelled" => Value::Bool(fut.state.get() == FutState::Cancelled),
            "cancel" => {
                let msg = args
                    .take_kw("msg")
                    .or_else(|| args.pos.first().cloned())
                    .unwrap_or(Value::None);
                arg_count(vm, "cancel", &args, 1)?;
                if vm.emitting() {
                    if let Some(task) = fut.task_id() {
                        let by = crate::runtime::event::CancelSource::Program {
                            task: vm.current_task_id(),
                        };
                        let m = if msg.is_none() {
                            None
                        } else {
                            vm.to_str(&msg).ok()
                        };
                        vm.emit(EventKind::CancelRequested { task, by, msg: m });
                    }
                }
                Value::Bool(vm.future_cancel(fut, msg)?)
            }
            "add_done_callback" => {
                args.take_kw("context");
                arg_count(vm, "add_done_callback", &args, 1)?;
                let cb = args.pos.into_iter().next().ok_or_else(|| {
                    vm.type_error(
                        "add_done_callback() missing 1 required positional argument: 'fn'",
                    )
                })?;
                vm.add_done_callback(fut, cb)?;
                Value::None
            }
            "remove_done_callback" => {
                let cb = args.pos.first().cloned().unwrap_or(Value::None);
                Value::Int(vm.remove_done_callback(fut, &cb) as i64)
            }
            "set_result" if !is_task => {
                let v = args.pos.into_iter().next().unwrap_or(Value::None);
                vm.future_set_result(fut, v)?;
                Value::None
            }
            "set_exception" if !is_task => {
                let v = args.pos.into_iter().next().unwrap_or(Value::None);
                vm.future_set_exception(fut, v)?;
                Value::None
            }
            "set_result" | "set_exception" => {
                return Err(vm.runtime_error(format!("Task does not support {name} operation")))
            }
            "get_loop" => Value::Loop(fut.loop_.clone()),
            "get_name" if is_task => {
                Value::Str(fut.task.as_ref().expect("task").name.borrow().clone())
            }
            "set_name" if is_task => {
                let v = args.pos.into_iter().next().unwrap_or(Value::None);
                let s: Rc<str> = Rc::from(vm.to_str(&v)?.as_str());
                let t = fut.task.as_ref().expect("task");
                *t.name.borrow_mut() = s.clone();
                if vm.emitting() {
                    vm.emit(EventKind::TaskRenamed {
                        task: t.task_id,
                        name: s.to_string(),
                    });
                }
                Value::None
            }
            "get_coro" if is_task => fut.task.as_ref().expect("task").coro.clone(),
            "cancelling" if is_task => {
                Value::Int(fut.task.as_ref().expect("task").num_cancels_requested.get() as i64)
            }
            "uncancel" if is_task => Value::Int(vm.task_uncancel(fut) as i64),
            _ => return Err(vm.attribute_error(&Value::Future(fut.clone()), name)),
        })
    })();
    Some(r)
}

/// `repr(fut)`: see [`super::reprs::future_repr`].
pub fn future_repr(vm: &mut Vm, fut: &Rc<FutureObj>) -> PyResult<String> {
    super::reprs::future_repr(vm, fut)
}
