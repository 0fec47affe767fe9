//! Tasks (tasks.py): creation, `__step`, `__wakeup`, `cancel`, `uncancel`, current task.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::runtime::event::{Awaiting, EventKind, TaskId};
use crate::runtime::objects::exceptions::ExcObj;
use crate::runtime::objects::value::{Args, Builtin, GenKind, Value};
use crate::runtime::vm::call::{GenStep, Resume};
use crate::runtime::vm::{PyResult, Unwind, Vm};

use super::event_loop::LoopObj;
use super::future::{FutState, FutureObj, TaskData};

fn bound(
    name: &'static str,
    func: crate::runtime::objects::value::NativeFn,
    recv: &Rc<FutureObj>,
) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        bound: Some(Value::Future(recv.clone())),
    }))
}

/// Is `v` something a task can wrap (`coroutines.iscoroutine`)?
/// `asyncio.iscoroutine`: in 3.11 a plain generator counts too (`_COROUTINE_TYPES` holds
/// `types.GeneratorType`), so old generator-based coroutines still run as tasks.
pub fn is_coroutine(v: &Value) -> bool {
    matches!(v, Value::Gen(g) if g.kind != GenKind::AsyncGenerator)
        || matches!(v, Value::NativeCoro(_) | Value::AsyncGenOp(_))
}

impl Vm<'_> {
    pub fn current_task_id(&self) -> Option<TaskId> {
        let l = self.asyncio.running_loop.as_ref()?;
        let t = l.current_task.borrow();
        t.as_ref().and_then(|t| t.task_id())
    }

    /// `Task(coro, loop=loop, name=name)`: names it `Task-N` when unnamed and schedules its
    /// first step with `call_soon`.
    pub fn create_task(
        &mut self,
        l: &Rc<LoopObj>,
        coro: Value,
        name: Option<String>,
    ) -> PyResult<Rc<FutureObj>> {
        if !is_coroutine(&coro) {
            let r = self.repr(&coro)?;
            return Err(self.type_error(format!("a coroutine was expected, got {r}")));
        }
        match &coro {
            Value::Gen(g) => g.awaited.set(true),
            Value::NativeCoro(c) => c.borrow_mut().awaited = true,
            _ => {}
        }
        let name: Rc<str> = match name {
            Some(n) => Rc::from(n.as_str()),
            None => {
                self.asyncio.task_name_counter += 1;
                Rc::from(format!("Task-{}", self.asyncio.task_name_counter).as_str())
            }
        };
        let task_id = TaskId(self.asyncio.next_task_id);
        self.asyncio.next_task_id += 1;
        let parent = self.current_task_id();
        let data = TaskData {
            task_id,
            name: RefCell::new(name.clone()),
            coro: coro.clone(),
            must_cancel: Cell::new(false),
            fut_waiter: RefCell::new(None),
            num_cancels_requested: Cell::new(0),
            parent,
            steps: Cell::new(0),
            log_destroy_pending: Cell::new(true),
            context: RefCell::new(match self.contexts_on() {
                true => Some(self.copy_current_context()?),
                false => None,
            }),
        };
        let task = self.new_future_obj(l, "Task", Some(data), None);
        if self.emitting() {
            let (coro_name, line) = match &coro {
                // A coroutine of coroviz's library (`wait_for`) has no line in the program.
                Value::Gen(g) if g.code.library => (g.qualname.to_string(), 0),
                Value::Gen(g) => (g.qualname.to_string(), g.code.first_line),
                Value::NativeCoro(c) => (c.borrow().qualname().to_string(), 0),
                _ => (String::new(), 0),
            };
            self.emit(EventKind::TaskCreated {
                task: task_id,
                name: name.to_string(),
                coro: coro_name,
                parent,
                line,
            });
        }
        self.call_soon(l, bound("__step", task_step_cb, &task), vec![])?;
        l.tasks.borrow_mut().push(Rc::downgrade(&task));
        self.asyncio.all_tasks.push(Rc::downgrade(&task));
        Ok(task)
    }

    /// `ensure_future(obj, loop=loop)`: futures as they are, coroutines wrapped in tasks.
    pub fn ensure_future(&mut self, v: Value, l: Option<&Rc<LoopObj>>) -> PyResult<Rc<FutureObj>> {
        match v {
            Value::Future(f) => {
                if let Some(l) = l {
                    if !Rc::ptr_eq(l, &f.loop_) {
                        return Err(self.value_error("The future belongs to a different loop than the one specified as the loop argument"));
                    }
                }
                Ok(f)
            }
            other if is_coroutine(&other) => {
                let l = match l {
                    Some(l) => l.clone(),
                    None => self.get_event_loop()?,
                };
                self.create_task(&l, other, None)
            }
            // inspect.isawaitable: an object with __await__, wrapped in a coroutine.
            other if self.has_special(&other, "__await__") => {
                let wrap = self.library_function("asyncio.tasks", "_wrap_awaitable")?;
                let coro = self.call(&wrap, Args::new(vec![other]))?;
                let l = match l {
                    Some(l) => l.clone(),
                    None => self.get_event_loop()?,
                };
                self.create_task(&l, coro, None)
            }
            _ => Err(self.type_error("An asyncio.Future, a coroutine or an awaitable is required")),
        }
    }

    /// `Task.cancel(msg)`.
    pub fn task_cancel(&mut self, task: &Rc<FutureObj>, msg: Value) -> PyResult<bool> {
        let td = task.task.as_ref().expect("a task");
        task.log_traceback.set(false);
        if task.done() {
            return Ok(false);
        }
        td.num_cancels_requested
            .set(td.num_cancels_requested.get() + 1);
        let waiter = td.fut_waiter.borrow().clone();
        if let Some(w) = waiter {
            if self.emitting() {
                if let Some(inner) = w.task_id() {
                    self.emit(EventKind::CancelRequested {
                        task: inner,
                        by: crate::runtime::event::CancelSource::Propagated { from: td.task_id },
                        msg: None,
                    });
                }
            }
            // Leave fut_waiter: it may be a task that swallows the cancellation.
            if self.future_cancel(&w, msg.clone())? {
                return Ok(true);
            }
        }
        // It must be the case that __step is already scheduled.
        td.must_cancel.set(true);
        task.rare_mut().cancel_message = msg;
        Ok(true)
    }

    pub fn task_uncancel(&mut self, task: &Rc<FutureObj>) -> u32 {
        let td = task.task.as_ref().expect("a task");
        let n = td.num_cancels_requested.get();
        if n > 0 {
            td.num_cancels_requested.set(n - 1);
        }
        td.num_cancels_requested.get()
    }

    /// `Task.__step(exc)`: run the coroutine until it awaits something, then arrange to be
    /// woken when that completes. Mirrors tasks.py line by line.
    pub fn task_step(&mut self, task: &Rc<FutureObj>, exc: Option<Rc<ExcObj>>) -> PyResult<()> {
        let td = task.task.as_ref().expect("a task");
        if task.done() {
            let r = super::future::future_repr(self, task)?;
            return Err(self.exc(
                &self.types.exc.invalid_state_error,
                format!("_step(): already done: {r}, None"),
            ));
        }
        let mut exc = exc;
        if td.must_cancel.get() {
            if !exc
                .as_ref()
                .is_some_and(|e| e.is_instance(&self.types.exc.cancelled_error))
            {
                exc = Some(self.make_cancelled_error(task));
            }
            td.must_cancel.set(false);
        }
        let coro = td.coro.clone();
        *td.fut_waiter.borrow_mut() = None;
        // _enter_task / _leave_task
        let l = task.loop_.clone();
        let prev = l.current_task.replace(Some(task.clone()));
        td.steps.set(td.steps.get() + 1);
        if self.emitting() {
            let throw = exc.as_ref().map(|e| e.qualified_name());
            self.emit(EventKind::TaskStepStarted {
                task: td.task_id,
                throw,
            });
        }
        let snap = self.emitting() && self.emitting_frames();
        let outer_snap = self.snap_task_coro;
        if snap {
            if let Value::Gen(g) = &coro {
                self.snap_task_coro = Rc::as_ptr(g) as usize;
            }
        }
        // The step runs in the task's own context (`Context.run`), when contexts are in use.
        let outer_context = match self.contexts_on() {
            true => Some(self.enter_task_context(td)?),
            false => None,
        };
        // CPython's C `Task.__step` counts as one level of recursion.
        let r = self.deeper(1, |vm| match exc {
            None => vm.resume(&coro, Resume::Send(Value::None)),
            Some(e) => vm.resume(&coro, Resume::Throw(e)),
        });
        if let Some(outer) = outer_context {
            self.context = outer;
        }
        if snap {
            self.snap_task_coro = outer_snap;
            let frames = match &r {
                Ok(GenStep::Yield(_)) => Some(self.task_frames(&coro)),
                _ => self.ended_frames.take(),
            };
            // A coroutine of coroviz's library alone (`wait`'s) has no frames to show.
            if let Some(frames) = frames.filter(|f| !f.is_empty()) {
                self.emit(EventKind::Frames {
                    owner: crate::runtime::event::FramesOf::Task { task: td.task_id },
                    frames,
                });
            }
        }
        *l.current_task.borrow_mut() = prev;
        match r {
            Ok(GenStep::Return(v)) => {
                if td.must_cancel.get() {
                    // Cancelled right before the coroutine stopped.
                    td.must_cancel.set(false);
                    let msg = task.cancel_message();
                    self.future_cancel_plain(task, msg)?;
                } else {
                    self.future_set_result(task, v)?;
                }
            }
            Err(Unwind::Exc(e)) if e.is_instance(&self.types.exc.cancelled_error) => {
                // Save the original exception so we can chain it later.
                task.rare_mut().cancelled_exc = Some(e);
                self.future_cancel_plain(task, Value::None)?;
            }
            Err(Unwind::Exc(e)) if self.is_fatal(&e) => {
                self.future_set_exception(task, Value::Exception(e.clone()))?;
                return Err(Unwind::Exc(e));
            }
            Err(Unwind::Exc(e)) => {
                self.future_set_exception(task, Value::Exception(e))?;
            }
            Err(abort) => return Err(abort),
            Ok(GenStep::Yield(result)) => self.task_yielded(task, result)?,
        }
        Ok(())
    }

    fn task_yielded(&mut self, task: &Rc<FutureObj>, result: Value) -> PyResult<()> {
        let td = task.task.as_ref().expect("a task");
        let l = task.loop_.clone();
        match &result {
            Value::Future(f) => {
                if !Rc::ptr_eq(&f.loop_, &l) {
                    let msg = format!(
                        "Task {} got Future {} attached to a different loop",
                        super::future::future_repr(self, task)?,
                        super::future::future_repr(self, f)?
                    );
                    return self.step_soon_with(task, self.runtime_error(msg));
                }
                if f.blocking.get() {
                    if Rc::ptr_eq(f, task) {
                        let msg = format!(
                            "Task cannot await on itself: {}",
                            super::future::future_repr(self, task)?
                        );
                        return self.step_soon_with(task, self.runtime_error(msg));
                    }
                    f.blocking.set(false);
                    self.add_done_callback(f, bound("__wakeup", task_wakeup_cb, task))?;
                    *td.fut_waiter.borrow_mut() = Some(f.clone());
                    if self.emitting() {
                        let awaiting = match f.task_id() {
                            Some(t) => Awaiting::Task { task: t },
                            None => Awaiting::Future {
                                future: f.id,
                                what: f.what.borrow().clone(),
                            },
                        };
                        let line = coro_line(&td.coro);
                        self.emit(EventKind::TaskSuspended {
                            task: td.task_id,
                            line,
                            awaiting,
                        });
                    }
                    if td.must_cancel.get() {
                        let msg = task.cancel_message();
                        if self.future_cancel(f, msg)? {
                            td.must_cancel.set(false);
                        }
                    }
                    Ok(())
                } else {
                    let msg = format!(
                        "yield was used instead of yield from in task {} with {}",
                        super::future::future_repr(self, task)?,
                        super::future::future_repr(self, f)?
                    );
                    self.step_soon_with(task, self.runtime_error(msg))
                }
            }
            Value::None => {
                // A bare yield relinquishes control for one loop iteration.
                if self.emitting() {
                    let line = coro_line(&td.coro);
                    self.emit(EventKind::TaskSuspended {
                        task: td.task_id,
                        line,
                        awaiting: Awaiting::Yield,
                    });
                }
                self.call_soon(&l, bound("__step", task_step_cb, task), vec![])?;
                Ok(())
            }
            Value::Gen(g) if g.kind == GenKind::Generator => {
                let msg = format!(
                    "yield was used instead of yield from for generator in task {} with {}",
                    super::future::future_repr(self, task)?,
                    self.repr(&result)?
                );
                self.step_soon_with(task, self.runtime_error(msg))
            }
            other => {
                let msg = format!("Task got bad yield: {}", self.repr(other)?);
                self.step_soon_with(task, self.runtime_error(msg))
            }
        }
    }

    fn step_soon_with(&mut self, task: &Rc<FutureObj>, err: Unwind) -> PyResult<()> {
        let Unwind::Exc(e) = err else { return Err(err) };
        let l = task.loop_.clone();
        self.call_soon(
            &l,
            bound("__step", task_step_cb, task),
            vec![Value::Exception(e)],
        )?;
        Ok(())
    }
}

/// The line a coroutine chain is suspended at: the innermost frame's of the user's program
/// (coroviz's library frames, such as `Lock.acquire`, are looked past; 0 if there is none).
pub(super) fn coro_line(coro: &Value) -> u32 {
    let mut line = 0;
    let mut cur = coro.clone();
    loop {
        let Value::Gen(g) = &cur else { return line };
        if !g.code.library {
            line = g.line.get();
        }
        let next = g
            .frame
            .borrow()
            .as_ref()
            .and_then(|f| match f.code.instrs.get(f.ip) {
                Some(crate::lang::bytecode::Instr::Send(_)) => f.stack.last().cloned(),
                _ => None,
            });
        match next {
            Some(n @ Value::Gen(_)) => cur = n,
            _ => return line,
        }
    }
}

/// Whether a loop callback is a task's `__step` (which runs in the task's own context).
pub fn is_task_step(cb: &Value) -> bool {
    matches!(cb, Value::Builtin(b) if b.name == "__step")
}

/// Handle callback: `task.__step()` or `task.__step(exc)`.
fn task_step_cb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let Some(Value::Future(task)) = pos.next() else {
        return Ok(Value::None);
    };
    let exc = match pos.next() {
        Some(Value::Exception(e)) => Some(e),
        _ => None,
    };
    vm.task_step(&task, exc)?;
    Ok(Value::None)
}

/// Done callback: `task.__wakeup(future)`.
fn task_wakeup_cb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let Some(Value::Future(task)) = pos.next() else {
        return Ok(Value::None);
    };
    let Some(Value::Future(fut)) = pos.next() else {
        return Ok(Value::None);
    };
    if vm.emitting() {
        vm.emit(EventKind::TaskResumed {
            task: task.task_id().expect("task"),
        });
    }
    match vm.future_result(&fut) {
        Ok(_) => vm.task_step(&task, None)?,
        Err(Unwind::Exc(e)) => vm.task_step(&task, Some(e))?,
        Err(abort) => return Err(abort),
    }
    Ok(Value::None)
}

/// `futures._set_result_unless_cancelled(fut, result)` (what `sleep`'s timer calls).
pub fn set_result_unless_cancelled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let Some(Value::Future(fut)) = pos.next() else {
        return Ok(Value::None);
    };
    if fut.state.get() == FutState::Cancelled {
        return Ok(Value::None);
    }
    let v = pos.next().unwrap_or(Value::None);
    vm.future_set_result(&fut, v)?;
    Ok(Value::None)
}
