//! Coroutines asyncio implements in Python, as native state machines with the same
//! observable steps: `sleep` (tasks.py), `wait`/`_wait`, and trivial shutdown coroutines.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::objects::value::{Args, Builtin, Value};
use crate::runtime::vm::call::{GenStep, Resume};
use crate::runtime::vm::{PyResult, Unwind, Vm};

use super::future::{FutState, FutureObj};
use super::handle::HandleObj;

/// `asyncio.wait`'s `return_when`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReturnWhen {
    FirstCompleted,
    FirstException,
    AllCompleted,
}

pub enum CoroKind {
    /// `asyncio.sleep(delay, result)`.
    Sleep {
        delay: f64,
        result: Value,
        fut: Option<Rc<FutureObj>>,
        timer: Option<Rc<HandleObj>>,
    },
    /// `asyncio.wait(fs, timeout=, return_when=)`.
    Wait {
        fs: Vec<Value>,
        timeout: Option<f64>,
        return_when: ReturnWhen,
        waiter: Option<Rc<FutureObj>>,
        timer: Option<Rc<HandleObj>>,
        counter: usize,
        futs: Vec<Rc<FutureObj>>,
    },
    /// `loop.shutdown_asyncgens()` / `shutdown_default_executor()` with nothing to do.
    Noop { name: &'static str },
    /// `loop.shutdown_asyncgens()`: `await gather(*[ag.aclose() for ag in alive])`.
    ShutdownAsyncgens { waiter: Option<Rc<FutureObj>> },
}

/// Where a native coroutine is: not started, suspended at its one await, or finished.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Created,
    Awaiting,
    Done,
}

pub struct NativeCoro {
    pub kind: CoroKind,
    pub stage: Stage,
    pub awaited: bool,
}

impl NativeCoro {
    pub fn qualname(&self) -> &'static str {
        match &self.kind {
            CoroKind::Sleep { .. } => "sleep",
            CoroKind::Wait { .. } => "wait",
            CoroKind::Noop { name } => name,
            CoroKind::ShutdownAsyncgens { .. } => "BaseEventLoop.shutdown_asyncgens",
        }
    }
}

impl Drop for NativeCoro {
    fn drop(&mut self) {
        if self.stage == Stage::Created && !self.awaited {
            crate::runtime::vm::gc_notes::note(
                crate::runtime::vm::gc_notes::GcNote::NeverAwaited {
                    qualname: std::rc::Rc::from(self.qualname()),
                },
            );
        }
    }
}

pub fn new(kind: CoroKind) -> Value {
    Value::NativeCoro(Rc::new(RefCell::new(NativeCoro {
        kind,
        stage: Stage::Created,
        awaited: false,
    })))
}

pub fn noop_coro(_vm: &mut Vm, name: &str) -> Value {
    if name == "shutdown_asyncgens" {
        return new(CoroKind::ShutdownAsyncgens { waiter: None });
    }
    new(CoroKind::Noop {
        name: "BaseEventLoop.shutdown_default_executor",
    })
}

pub fn close(vm: &mut Vm, c: &Rc<RefCell<NativeCoro>>) {
    let mut st = c.borrow_mut();
    if st.stage == Stage::Awaiting {
        // `finally: h.cancel()` in sleep, the timeout handle in _wait.
        let timer = match &mut st.kind {
            CoroKind::Sleep { timer, .. } | CoroKind::Wait { timer, .. } => timer.take(),
            CoroKind::Noop { .. } | CoroKind::ShutdownAsyncgens { .. } => None,
        };
        drop(st);
        if let Some(t) = timer {
            vm.handle_cancel(&t);
        }
        c.borrow_mut().stage = Stage::Done;
        return;
    }
    st.stage = Stage::Done;
}

fn running_loop(vm: &Vm) -> PyResult<Rc<super::event_loop::LoopObj>> {
    vm.asyncio
        .running_loop
        .clone()
        .ok_or_else(|| vm.runtime_error("no running event loop"))
}

/// Sends into / throws into a native coroutine.
pub fn resume(vm: &mut Vm, c: &Rc<RefCell<NativeCoro>>, r: Resume) -> PyResult<GenStep> {
    let stage = c.borrow().stage;
    match (stage, r) {
        (Stage::Done, Resume::Throw(e)) => Err(Unwind::Exc(e)),
        (Stage::Done, Resume::Send(_)) => {
            Err(vm.runtime_error("cannot reuse already awaited coroutine"))
        }
        (Stage::Created, Resume::Throw(e)) => {
            c.borrow_mut().stage = Stage::Done;
            Err(Unwind::Exc(e))
        }
        (Stage::Created, Resume::Send(v)) => {
            if !v.is_none() {
                return Err(vm.type_error("can't send non-None value to a just-started coroutine"));
            }
            start(vm, c)
        }
        (Stage::Awaiting, r) => continue_(vm, c, r),
    }
}

fn finish(c: &Rc<RefCell<NativeCoro>>, v: PyResult<GenStep>) -> PyResult<GenStep> {
    c.borrow_mut().stage = Stage::Done;
    v
}

fn start(vm: &mut Vm, c: &Rc<RefCell<NativeCoro>>) -> PyResult<GenStep> {
    let kind_is = |k: &CoroKind| match k {
        CoroKind::Sleep { .. } => 0,
        CoroKind::Wait { .. } => 1,
        CoroKind::Noop { .. } => 2,
        CoroKind::ShutdownAsyncgens { .. } => 3,
    };
    let which = kind_is(&c.borrow().kind);
    match which {
        0 => {
            let (delay, result) = match &c.borrow().kind {
                CoroKind::Sleep { delay, result, .. } => (*delay, result.clone()),
                _ => unreachable!("sleep"),
            };
            c.borrow_mut().stage = Stage::Awaiting;
            if delay <= 0.0 {
                // __sleep0(): one bare yield.
                return Ok(GenStep::Yield(Value::None));
            }
            let l = running_loop(vm).inspect_err(|_| c.borrow_mut().stage = Stage::Done)?;
            let fut = vm.new_future_obj(
                &l,
                &format!(
                    "sleep({})",
                    crate::runtime::numeric::format::float_repr(delay)
                ),
                None,
                None,
            );
            let cb = Value::Builtin(Rc::new(Builtin {
                name: "_set_result_unless_cancelled",
                func: super::task::set_result_unless_cancelled,
                bound: None,
            }));
            let timer = vm.call_later(&l, delay, cb, vec![Value::Future(fut.clone()), result])?;
            if let CoroKind::Sleep {
                fut: f, timer: t, ..
            } = &mut c.borrow_mut().kind
            {
                *f = Some(fut.clone());
                *t = Some(timer);
            }
            vm.resume(&Value::Future(fut), Resume::Send(Value::None))
        }
        1 => start_wait(vm, c),
        3 => {
            let l = running_loop(vm).inspect_err(|_| c.borrow_mut().stage = Stage::Done)?;
            let Some(waiter) = vm.shutdown_asyncgens(&l)? else {
                return finish(c, Ok(GenStep::Return(Value::None)));
            };
            if let CoroKind::ShutdownAsyncgens { waiter: w } = &mut c.borrow_mut().kind {
                *w = Some(waiter.clone());
            }
            c.borrow_mut().stage = Stage::Awaiting;
            let step = vm.resume(&Value::Future(waiter), Resume::Send(Value::None));
            match step {
                Ok(GenStep::Yield(_)) => step,
                Ok(GenStep::Return(_)) => finish(c, Ok(GenStep::Return(Value::None))),
                Err(e) => finish(c, Err(e)),
            }
        }
        _ => finish(c, Ok(GenStep::Return(Value::None))),
    }
}

fn continue_(vm: &mut Vm, c: &Rc<RefCell<NativeCoro>>, r: Resume) -> PyResult<GenStep> {
    enum Next {
        Sleep0(Value),
        AwaitFut(Rc<FutureObj>, Option<Rc<HandleObj>>),
        Wait(Rc<FutureObj>),
        Shutdown(Rc<FutureObj>),
        Noop,
    }
    let next = match &c.borrow().kind {
        CoroKind::Sleep {
            fut: None, result, ..
        } => Next::Sleep0(result.clone()),
        CoroKind::Sleep {
            fut: Some(f),
            timer,
            ..
        } => Next::AwaitFut(f.clone(), timer.clone()),
        CoroKind::Wait {
            waiter: Some(w), ..
        } => Next::Wait(w.clone()),
        CoroKind::ShutdownAsyncgens { waiter: Some(w) } => Next::Shutdown(w.clone()),
        _ => Next::Noop,
    };
    match next {
        Next::Sleep0(result) => match r {
            Resume::Send(_) => finish(c, Ok(GenStep::Return(result))),
            Resume::Throw(e) => finish(c, Err(Unwind::Exc(e))),
        },
        Next::AwaitFut(fut, timer) => {
            let step = vm.resume(&Value::Future(fut), r);
            if let Ok(GenStep::Yield(_)) = step {
                return step;
            }
            // `finally: h.cancel()`
            if let Some(t) = timer {
                vm.handle_cancel(&t);
            }
            finish(c, step)
        }
        Next::Wait(waiter) => {
            let step = vm.resume(&Value::Future(waiter), r);
            if let Ok(GenStep::Yield(_)) = step {
                return step;
            }
            let out = finish_wait(vm, c);
            match step {
                Err(e) => finish(c, Err(e)),
                Ok(_) => finish(c, out.map(GenStep::Return)),
            }
        }
        Next::Shutdown(waiter) => match vm.resume(&Value::Future(waiter), r) {
            Ok(GenStep::Yield(v)) => Ok(GenStep::Yield(v)),
            Ok(GenStep::Return(_)) => finish(c, Ok(GenStep::Return(Value::None))),
            Err(e) => finish(c, Err(e)),
        },
        Next::Noop => finish(c, Ok(GenStep::Return(Value::None))),
    }
}

fn start_wait(vm: &mut Vm, c: &Rc<RefCell<NativeCoro>>) -> PyResult<GenStep> {
    let (fs, timeout) = match &c.borrow().kind {
        CoroKind::Wait { fs, timeout, .. } => (fs.clone(), *timeout),
        _ => unreachable!("wait"),
    };
    // fs = set(fs): one future each, in first-seen order (by identity, in a hash set, so
    // that n futures cost O(n)).
    let mut futs: Vec<Rc<FutureObj>> = Vec::with_capacity(fs.len());
    let mut seen = std::collections::HashSet::with_capacity(fs.len());
    for f in &fs {
        match f {
            Value::Future(fut) => {
                if seen.insert(Rc::as_ptr(fut)) {
                    futs.push(fut.clone());
                }
            }
            other if super::task::is_coroutine(other) => {
                c.borrow_mut().stage = Stage::Done;
                return Err(vm.type_error("Passing coroutines is forbidden, use tasks explicitly."));
            }
            other => {
                c.borrow_mut().stage = Stage::Done;
                return Err(vm.type_error(format!(
                    "An asyncio.Future, a coroutine or an awaitable is required, not {}",
                    other.type_name()
                )));
            }
        }
    }
    let l = running_loop(vm).inspect_err(|_| c.borrow_mut().stage = Stage::Done)?;
    let waiter = vm.new_future_obj(&l, &format!("wait({})", futs.len()), None, None);
    let timer = match timeout {
        Some(t) => {
            let cb = Value::Builtin(Rc::new(Builtin {
                name: "_release_waiter",
                func: release_waiter,
                bound: None,
            }));
            Some(vm.call_later(&l, t, cb, vec![Value::Future(waiter.clone())])?)
        }
        None => None,
    };
    if let CoroKind::Wait {
        waiter: w,
        timer: tm,
        counter,
        futs: fs2,
        ..
    } = &mut c.borrow_mut().kind
    {
        *w = Some(waiter.clone());
        *tm = timer;
        *counter = futs.len();
        *fs2 = futs.clone();
    }
    c.borrow_mut().stage = Stage::Awaiting;
    let cb = Value::Builtin(Rc::new(Builtin {
        name: "_on_completion",
        func: on_completion,
        bound: Some(Value::NativeCoro(c.clone())),
    }));
    for f in &futs {
        vm.add_done_callback(f, cb.clone())?;
    }
    vm.resume(&Value::Future(waiter), Resume::Send(Value::None))
}

/// `_wait`'s `finally` and result: drop the callbacks, split into (done, pending).
fn finish_wait(vm: &mut Vm, c: &Rc<RefCell<NativeCoro>>) -> PyResult<Value> {
    let (futs, timer) = match &mut c.borrow_mut().kind {
        CoroKind::Wait { futs, timer, .. } => (futs.clone(), timer.take()),
        _ => unreachable!("wait"),
    };
    if let Some(t) = timer {
        vm.handle_cancel(&t);
    }
    let cb = Value::Builtin(Rc::new(Builtin {
        name: "_on_completion",
        func: on_completion,
        bound: Some(Value::NativeCoro(c.clone())),
    }));
    let mut done = crate::runtime::objects::dict::Dict::new();
    let mut pending = crate::runtime::objects::dict::Dict::new();
    for f in &futs {
        vm.remove_done_callback(f, &cb);
        let k = vm.key(Value::Future(f.clone()))?;
        if f.done() {
            done.insert(k, Value::None);
        } else {
            pending.insert(k, Value::None);
        }
    }
    let set = |d| Value::Set(Rc::new(RefCell::new(d)));
    Ok(Value::tuple(vec![set(done), set(pending)]))
}

fn release_waiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Value::Future(w)) = args.pos.first() {
        if !w.done() {
            vm.future_set_result(w, Value::None)?;
        }
    }
    Ok(Value::None)
}

/// `_on_completion(f)`: count down; release the waiter when the condition is met.
fn on_completion(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let Some(Value::NativeCoro(c)) = pos.next() else {
        return Ok(Value::None);
    };
    let Some(Value::Future(f)) = pos.next() else {
        return Ok(Value::None);
    };
    let (counter, return_when, waiter, timer) = match &mut c.borrow_mut().kind {
        CoroKind::Wait {
            counter,
            return_when,
            waiter,
            timer,
            ..
        } => {
            *counter = counter.saturating_sub(1);
            (*counter, *return_when, waiter.clone(), timer.clone())
        }
        _ => return Ok(Value::None),
    };
    let failed = f.state.get() != FutState::Cancelled && f.exception.borrow().is_some();
    if counter == 0
        || return_when == ReturnWhen::FirstCompleted
        || (return_when == ReturnWhen::FirstException && failed)
    {
        if let Some(t) = timer {
            vm.handle_cancel(&t);
        }
        if let Some(w) = waiter {
            if !w.done() {
                vm.future_set_result(&w, Value::None)?;
            }
        }
    }
    Ok(Value::None)
}
