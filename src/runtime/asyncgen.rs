//! Async generators (`async def` with `yield`), the awaitables their `__anext__`,
//! `asend`, `athrow` and `aclose` return (CPython's async_generator_asend/athrow), and
//! the `async for` protocol.
//!
//! An async generator's frame suspends two ways: at an `await` (parked on a `Send`, the
//! future travels up to the task) or at a `yield` (the value completes the pending
//! `__anext__()`). The frame's position tells them apart, as CPython's wrapped values do.

use std::cell::Cell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::lang::bytecode::Instr;
use crate::runtime::asyncio::event_loop::LoopObj;
use crate::runtime::call::{GenStep, Resume};
use crate::runtime::exceptions::ExcObj;
use crate::runtime::value::{Args, GenKind, GenObj, GenStatus, Value};
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
    state: Cell<OpState>,
}

impl AsyncGenOp {
    pub fn type_name(&self) -> &'static str {
        if self.closing || matches!(&*self.action.borrow(), Some(AgenAction::Throw(_))) {
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
    first_iterated: HashMap<u64, Weak<LoopObj>>,
}

fn new_op(vm: &mut Vm, gen: &Rc<GenObj>, action: AgenAction) -> Value {
    // The first `asend`/`athrow` inside a running loop installs the loop's finalizer hook.
    if let Some(l) = &vm.asyncio.running_loop {
        vm.asyncgens
            .first_iterated
            .entry(gen.id)
            .or_insert_with(|| Rc::downgrade(l));
    }
    let closing = matches!(action, AgenAction::Close);
    Value::AsyncGenOp(Rc::new(AsyncGenOp {
        gen: gen.clone(),
        action: std::cell::RefCell::new(Some(action)),
        closing,
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

    /// Sends into / throws into an async generator awaitable.
    pub fn agen_op_resume(&mut self, op: &Rc<AsyncGenOp>, r: Resume) -> PyResult<GenStep> {
        let g = op.gen.clone();
        let step = match op.state.get() {
            OpState::Done => {
                return match r {
                    Resume::Throw(e) => Err(Unwind::Exc(e)),
                    Resume::Send(_) => Err(self.runtime_error(if op.closing {
                        "cannot reuse already awaited aclose()/athrow()"
                    } else {
                        "cannot reuse already awaited __anext__()/asend()"
                    })),
                };
            }
            OpState::Init => {
                op.state.set(OpState::Iter);
                let action = op.action.borrow_mut().take().unwrap_or(AgenAction::Close);
                if g.status.get() == GenStatus::Closed {
                    op.state.set(OpState::Done);
                    return match action {
                        AgenAction::Close => Ok(GenStep::Return(Value::None)),
                        AgenAction::Throw(e) => Err(Unwind::Exc(e)),
                        AgenAction::Send(_) => Err(self.stop_async_iteration()),
                    };
                }
                let resume = match (action, r) {
                    (_, Resume::Throw(e)) => Resume::Throw(e),
                    (AgenAction::Send(v), Resume::Send(x)) => {
                        Resume::Send(if x.is_none() { v } else { x })
                    }
                    (AgenAction::Throw(e), Resume::Send(_)) => Resume::Throw(e),
                    (AgenAction::Close, Resume::Send(_)) => {
                        Resume::Throw(ExcObj::new(self.types.exc.generator_exit.clone(), vec![]))
                    }
                };
                self.gen_resume(&g, resume)
            }
            OpState::Iter => self.gen_resume(&g, r),
        };
        match step {
            Ok(GenStep::Yield(v)) if stopped_at_yield(&g) => {
                op.state.set(OpState::Done);
                if op.closing {
                    return Err(self.runtime_error("async generator ignored GeneratorExit"));
                }
                Ok(GenStep::Return(v))
            }
            Ok(GenStep::Yield(v)) => Ok(GenStep::Yield(v)),
            Ok(GenStep::Return(_)) => {
                op.state.set(OpState::Done);
                if op.closing {
                    Ok(GenStep::Return(Value::None))
                } else {
                    Err(self.stop_async_iteration())
                }
            }
            Err(Unwind::Exc(e)) => {
                op.state.set(OpState::Done);
                if op.closing
                    && (e.is_instance(&self.types.exc.generator_exit)
                        || e.is_instance(&self.types.exc.stop_async_iteration))
                {
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
                op.state.set(OpState::Done);
                Err(abort)
            }
        }
    }

    /// Methods of async generator objects.
    pub fn agen_method(&mut self, g: &Rc<GenObj>, name: &str, args: Args) -> PyResult<Value> {
        let nargs = args.pos.len();
        let want = |vm: &Vm, min: usize, max: usize| {
            crate::runtime::methods::check_count(
                vm,
                name,
                nargs,
                min,
                max,
                crate::runtime::methods::ArityStyle::Unpack,
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
            Some(l) => {
                let Some(l) = l.upgrade() else { return Ok(()) };
                if l.is_closed() {
                    return Ok(());
                }
                let op = new_op(self, &g, AgenAction::Close);
                let create = Value::Builtin(Rc::new(crate::runtime::value::Builtin {
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

/// `loop.create_task(coro)`, as the finalizer hook schedules it.
fn create_task_on_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let (Some(Value::Loop(l)), Some(coro)) = (pos.next(), pos.next()) else {
        return Err(vm.type_error("create_task() needs a loop and a coroutine"));
    };
    let t = vm.create_task(&l, coro, None)?;
    Ok(Value::Future(t))
}
