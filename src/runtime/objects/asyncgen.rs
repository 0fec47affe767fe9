//! Async generators (`async def` with `yield`), the awaitables their `__anext__`,
//! `asend`, `athrow` and `aclose` return (CPython's async_generator_asend/athrow), and
//! the `async for` protocol.
//!
//! An async generator's frame suspends two ways: at an `await` (parked on a `Send`, the
//! future travels up to the task) or at a `yield` (the value completes the pending
//! `__anext__()`). The frame's position tells them apart, as CPython's wrapped values do.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::rc::{Rc, Weak};

use crate::lang::bytecode::Instr;
use crate::runtime::asyncio::event_loop::LoopObj;
use crate::runtime::objects::exceptions::ExcObj;
use crate::runtime::objects::value::{Args, GenKind, GenObj, GenStatus, Value};
use crate::runtime::vm::call::{GenStep, Resume};
use crate::runtime::vm::{PyResult, Unwind, Vm};

pub const ASYNC_GEN_METHODS: &[&str] = &["asend", "athrow", "aclose", "__anext__", "__aiter__"];

/// What an awaitable does to its generator when first resumed.
pub enum AgenAction {
    /// `__anext__()` / `asend(v)`.
    Send(Value),
    /// `athrow(exc)`.
    Throw(Rc<ExcObj>),
    /// `aclose()`: throw GeneratorExit and expect the generator to finish.
    Close,
}

/// Where an awaitable is: not started, passing awaits through, or done (not reusable).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OpState {
    Init,
    Iter,
    Done,
}

/// One `__anext__()`/`asend()`/`athrow()`/`aclose()` awaitable.
///
/// Invariant: `gen` is an async generator.
pub struct AsyncGenOp {
    pub gen: Rc<GenObj>,
    action: std::cell::RefCell<Option<AgenAction>>,
    closing: bool,
    athrow: bool,
    state: Cell<OpState>,
}

impl AsyncGenOp {
    fn throwing(&self) -> bool {
        self.athrow
    }

    pub fn type_name(&self) -> &'static str {
        if self.closing || self.athrow {
            "async_generator_athrow"
        } else {
            "async_generator_asend"
        }
    }
}

/// Async generators first iterated while a loop ran, with that loop: they are finalised
/// through it (`BaseEventLoop._asyncgen_finalizer_hook`).
#[derive(Default)]
pub struct AsyncGenHooks {
    /// By generator id: the generator and the loop (`loop._asyncgens`, a weak set).
    first_iterated: HashMap<u64, (Weak<GenObj>, Weak<LoopObj>)>,
    /// Generators with an awaitable in progress (`ag_running_async`).
    running: HashSet<u64>,
    /// Generators closed or being closed (`ag_closed`).
    closed: HashSet<u64>,
}

fn new_op(vm: &mut Vm, gen: &Rc<GenObj>, action: AgenAction) -> Value {
    // The first `asend`/`athrow` inside a running loop installs the loop's finalizer hook.
    if let Some(l) = &vm.asyncio.running_loop {
        let hooks = &mut vm.asyncgens.first_iterated;
        if !hooks.contains_key(&gen.id) {
            // Forget generators that are gone now and then, as the weak set does.
            if hooks.len() >= 64 && hooks.len().is_power_of_two() {
                hooks.retain(|_, (g, _)| g.strong_count() > 0);
            }
            hooks.insert(gen.id, (Rc::downgrade(gen), Rc::downgrade(l)));
        }
    }
    let closing = matches!(action, AgenAction::Close);
    let athrow = matches!(action, AgenAction::Throw(_));
    Value::AsyncGenOp(Rc::new(AsyncGenOp {
        gen: gen.clone(),
        action: std::cell::RefCell::new(Some(action)),
        closing,
        athrow,
        state: Cell::new(OpState::Init),
    }))
}

/// Did the generator stop at a `yield` (not at an `await` passing a future up)?
fn stopped_at_yield(g: &GenObj) -> bool {
    g.frame
        .borrow()
        .as_ref()
        .is_some_and(|f| f.ip > 0 && matches!(f.code.instrs[f.ip - 1], Instr::Yield))
}

impl Vm<'_> {
    fn stop_async_iteration(&self) -> Unwind {
        Unwind::Exc(ExcObj::new(
            self.types.exc.stop_async_iteration.clone(),
            vec![],
        ))
    }

    /// Sends into / throws into an async generator awaitable, with CPython 3.11's
    /// state machine (async_gen_asend_send/throw, async_gen_athrow_send/throw).
    pub fn agen_op_resume(&mut self, op: &Rc<AsyncGenOp>, r: Resume) -> PyResult<GenStep> {
        let g = op.gen.clone();
        let step = match (op.state.get(), r) {
            (OpState::Done, Resume::Throw(e)) => return Err(Unwind::Exc(e)),
            (OpState::Done, Resume::Send(_)) => {
                return Err(self.runtime_error(if op.closing || op.throwing() {
                    "cannot reuse already awaited aclose()/athrow()"
                } else {
                    "cannot reuse already awaited __anext__()/asend()"
                }))
            }
            // A throw does not start the awaitable: a later send still finds it new.
            (_, Resume::Throw(e)) => self.gen_resume(&g, Resume::Throw(e)),
            (OpState::Iter, r) => self.gen_resume(&g, r),
            (OpState::Init, Resume::Send(x)) => {
                if self.asyncgens.running.contains(&g.id) {
                    let what = if op.closing {
                        "aclose"
                    } else if op.throwing() {
                        "athrow"
                    } else {
                        "anext"
                    };
                    return Err(self.runtime_error(format!(
                        "{what}(): asynchronous generator is already running"
                    )));
                }
                let finished =
                    g.status.get() == GenStatus::Closed || self.asyncgens.closed.contains(&g.id);
                if finished {
                    op.state.set(OpState::Done);
                    return if op.closing {
                        Ok(GenStep::Return(Value::None))
                    } else {
                        Err(self.stop_async_iteration())
                    };
                }
                let action = op.action.borrow_mut().take().unwrap_or(AgenAction::Close);
                let resume = match action {
                    AgenAction::Send(v) => Resume::Send(if x.is_none() { v } else { x }),
                    _ if !x.is_none() => {
                        return Err(self.runtime_error(
                            "can't send non-None value to a just-started coroutine",
                        ))
                    }
                    AgenAction::Throw(e) => Resume::Throw(e),
                    AgenAction::Close => {
                        self.asyncgens.closed.insert(g.id);
                        Resume::Throw(ExcObj::new(self.types.exc.generator_exit.clone(), vec![]))
                    }
                };
                op.state.set(OpState::Iter);
                self.asyncgens.running.insert(g.id);
                self.gen_resume(&g, resume)
            }
        };
        let finish = |vm: &mut Vm| {
            op.state.set(OpState::Done);
            vm.asyncgens.running.remove(&g.id);
        };
        match step {
            Ok(GenStep::Yield(v)) if stopped_at_yield(&g) => {
                finish(self);
                if op.closing {
                    return Err(self.runtime_error("async generator ignored GeneratorExit"));
                }
                Ok(GenStep::Return(v))
            }
            Ok(GenStep::Yield(v)) => Ok(GenStep::Yield(v)),
            Ok(GenStep::Return(_)) => {
                finish(self);
                self.asyncgens.closed.insert(g.id);
                if op.closing {
                    Ok(GenStep::Return(Value::None))
                } else {
                    Err(self.stop_async_iteration())
                }
            }
            Err(Unwind::Exc(e)) => {
                finish(self);
                let ends = e.is_instance(&self.types.exc.generator_exit)
                    || e.is_instance(&self.types.exc.stop_async_iteration);
                if ends {
                    self.asyncgens.closed.insert(g.id);
                }
                if op.closing && ends {
                    return Ok(GenStep::Return(Value::None));
                }
                if e.is_instance(&self.types.exc.stop_async_iteration) {
                    // PEP 525: StopAsyncIteration escaping the body becomes RuntimeError.
                    let err = ExcObj::new(
                        self.types.exc.runtime_error.clone(),
                        vec![Value::str("async generator raised StopAsyncIteration")],
                    );
                    *err.cause.borrow_mut() = Some(e);
                    return Err(Unwind::Exc(err));
                }
                Err(Unwind::Exc(e))
            }
            Err(abort) => {
                finish(self);
                Err(abort)
            }
        }
    }

    /// Methods of async generator objects.
    pub fn agen_method(&mut self, g: &Rc<GenObj>, name: &str, args: Args) -> PyResult<Value> {
        let nargs = args.pos.len();
        let want = |vm: &Vm, min: usize, max: usize| {
            crate::runtime::objects::methods::check_count(
                vm,
                name,
                nargs,
                min,
                max,
                crate::runtime::objects::methods::ArityStyle::Unpack,
            )
        };
        match name {
            "__aiter__" => {
                want(self, 0, 0)?;
                Ok(Value::Gen(g.clone()))
            }
            "__anext__" => {
                want(self, 0, 0)?;
                Ok(new_op(self, g, AgenAction::Send(Value::None)))
            }
            "asend" => {
                want(self, 1, 1)?;
                let v = args.pos.into_iter().next().unwrap_or(Value::None);
                Ok(new_op(self, g, AgenAction::Send(v)))
            }
            "athrow" => {
                want(self, 1, 3)?;
                let mut pos = args.pos.into_iter();
                let typ = pos.next().unwrap_or(Value::None);
                let exc = match (typ, pos.next()) {
                    (Value::Class(c), Some(v)) if !v.is_none() => match v {
                        Value::Exception(e) => e,
                        other => {
                            let e = self.call(&Value::Class(c), Args::new(vec![other]))?;
                            self.make_exception(e)?
                        }
                    },
                    (t, _) => self.make_exception(t)?,
                };
                Ok(new_op(self, g, AgenAction::Throw(exc)))
            }
            "aclose" => {
                want(self, 0, 0)?;
                Ok(new_op(self, g, AgenAction::Close))
            }
            _ => Err(self.attribute_error(&Value::Gen(g.clone()), name)),
        }
    }

    /// `GetAIter`: `type(x).__aiter__(x)`.
    pub fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        let it = match v {
            Value::Gen(g) if g.kind == GenKind::AsyncGenerator => return Ok(v.clone()),
            other => match self.call_special(other, "__aiter__", vec![])? {
                Some(it) => it,
                None => {
                    return Err(self.type_error(format!(
                        "'async for' requires an object with __aiter__ method, got {}",
                        other.type_name()
                    )))
                }
            },
        };
        let has_anext = matches!(&it, Value::Gen(g) if g.kind == GenKind::AsyncGenerator)
            || self.has_special(&it, "__anext__");
        if !has_anext {
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement \
                 __anext__: {}",
                it.type_name()
            )));
        }
        Ok(it)
    }

    /// `GetANext`: the awaitable for the next item.
    pub fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        let r = match aiter {
            Value::Gen(g) if g.kind == GenKind::AsyncGenerator => {
                return Ok(new_op(self, g, AgenAction::Send(Value::None)));
            }
            other => match self.call_special(other, "__anext__", vec![])? {
                Some(r) => r,
                None => {
                    return Err(self.type_error(format!(
                        "'async for' requires an iterator with __anext__ method, got {}",
                        other.type_name()
                    )))
                }
            },
        };
        match self.get_awaitable(r.clone()) {
            Ok(a) => Ok(a),
            Err(Unwind::Exc(e)) if e.is_instance(&self.types.exc.type_error) => Err(self
                .type_error(format!(
                    "'async for' received an invalid object from __anext__: {}",
                    r.type_name()
                ))),
            Err(e) => Err(e),
        }
    }

    /// A suspended async generator was dropped. If a loop first iterated it, that loop's
    /// finalizer hook schedules `create_task(agen.aclose())` (when the loop is not closed);
    /// otherwise it is closed on the spot, as `_PyGen_Finalize` does without hooks.
    pub fn finalize_async_gen(&mut self, g: Rc<GenObj>) -> PyResult<()> {
        let hooked = self.asyncgens.first_iterated.remove(&g.id);
        match hooked {
            Some((_, l)) => {
                let Some(l) = l.upgrade() else { return Ok(()) };
                if l.is_closed() {
                    return Ok(());
                }
                let op = new_op(self, &g, AgenAction::Close);
                self.asyncgens.first_iterated.remove(&g.id);
                let create = Value::Builtin(Rc::new(crate::runtime::objects::value::Builtin {
                    name: "create_task",
                    func: create_task_on_loop,
                    bound: Some(Value::Loop(l.clone())),
                }));
                self.call_soon(&l, create, vec![op])?;
                Ok(())
            }
            None => {
                let v = Value::Gen(g);
                self.close(&v)
            }
        }
    }
}

impl Vm<'_> {
    /// `loop.shutdown_asyncgens()`'s start: the gather over `aclose()` of every async
    /// generator still alive that `l` first iterated (None when there are none).
    pub fn shutdown_asyncgens(
        &mut self,
        l: &Rc<LoopObj>,
    ) -> PyResult<Option<Rc<crate::runtime::asyncio::future::FutureObj>>> {
        let mut ids: Vec<u64> = Vec::new();
        let mut gens: Vec<Rc<GenObj>> = Vec::new();
        for (id, (g, owner)) in &self.asyncgens.first_iterated {
            if owner.upgrade().is_some_and(|o| Rc::ptr_eq(&o, l)) {
                ids.push(*id);
                if let Some(g) = g.upgrade() {
                    gens.push(g);
                }
            }
        }
        for id in ids {
            self.asyncgens.first_iterated.remove(&id);
        }
        if gens.is_empty() {
            return Ok(None);
        }
        // A set in CPython: coroviz closes them in the order they were made.
        gens.sort_by_key(|g| g.id);
        let ops: Vec<Value> = gens
            .iter()
            .map(|g| new_op(self, g, AgenAction::Close))
            .collect();
        for g in &gens {
            self.asyncgens.first_iterated.remove(&g.id);
        }
        match self.gather(ops, true)? {
            Value::Future(f) => Ok(Some(f)),
            _ => Ok(None),
        }
    }
}

/// `loop.create_task(coro)`, as the finalizer hook schedules it.
fn create_task_on_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let (Some(Value::Loop(l)), Some(coro)) = (pos.next(), pos.next()) else {
        return Err(vm.type_error("create_task() needs a loop and a coroutine"));
    };
    let t = vm.create_task(&l, coro, None)?;
    Ok(Value::Future(t))
}
