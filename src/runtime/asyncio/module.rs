//! The `asyncio` module's functions: run, sleep, create_task, gather, wait, loops, …

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::runtime::objects::exceptions::ExcObj;
use crate::runtime::objects::value::{Args, Builtin, Module, NativeFn, Value};
use crate::runtime::vm::signature::{ClinicSignature, Signature};
use crate::runtime::vm::{Abort, PyResult, Unwind, Vm};

use super::future::{FutState, FutureObj, GatherData};
use super::native_coro::{self, CoroKind, ReturnWhen};
use super::task::is_coroutine;

pub fn make_module(vm: &Vm) -> Value {
    let mut attrs: crate::runtime::objects::value::NameMap = Default::default();
    let funcs: &[(&'static str, NativeFn)] = &[
        ("run", run),
        ("sleep", sleep),
        ("create_task", create_task),
        ("ensure_future", ensure_future),
        ("gather", gather),
        ("wait", wait),
        ("get_event_loop", get_event_loop),
        ("get_running_loop", get_running_loop),
        ("new_event_loop", new_event_loop),
        ("set_event_loop", set_event_loop),
        ("current_task", current_task),
        ("all_tasks", all_tasks),
        ("iscoroutine", iscoroutine),
        ("iscoroutinefunction", iscoroutinefunction),
        ("isfuture", isfuture),
    ];
    for (name, f) in funcs {
        attrs.insert(
            Rc::from(*name),
            Value::Builtin(Rc::new(Builtin {
                name,
                func: *f,
                bound: None,
            })),
        );
    }
    let e = &vm.types.exc;
    attrs.insert(
        Rc::from("CancelledError"),
        Value::Class(e.cancelled_error.clone()),
    );
    attrs.insert(
        Rc::from("InvalidStateError"),
        Value::Class(e.invalid_state_error.clone()),
    );
    attrs.insert(
        Rc::from("TimeoutError"),
        Value::Class(e.timeout_error.clone()),
    );
    attrs.insert(Rc::from("Future"), Value::Class(vm.types.future.clone()));
    attrs.insert(Rc::from("Task"), Value::Class(vm.types.task.clone()));
    for c in ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"] {
        attrs.insert(Rc::from(c), Value::str(c));
    }
    Value::Module(Rc::new(Module {
        name: Rc::from("asyncio"),
        attrs: RefCell::new(attrs),
    }))
}

fn one_arg(vm: &Vm, name: &str, args: &Args) -> PyResult<Value> {
    args.pos
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error(format!("{name}() missing 1 required positional argument")))
}

impl Vm<'_> {
    /// `asyncio.get_event_loop()` in 3.11: the running loop, else the policy's loop,
    /// created on first use unless `set_event_loop` was ever called.
    pub fn get_event_loop(&mut self) -> PyResult<Rc<super::event_loop::LoopObj>> {
        if let Some(l) = &self.asyncio.running_loop {
            return Ok(l.clone());
        }
        if self.asyncio.current_loop.is_none() && !self.asyncio.set_called {
            let l = self.new_loop();
            self.log_loop_made()?;
            self.asyncio.current_loop = Some(l);
            self.asyncio.set_called = true;
        }
        self.asyncio.current_loop.clone().ok_or_else(|| {
            self.runtime_error("There is no current event loop in thread 'MainThread'.")
        })
    }

    fn running_loop_or_err(&self) -> PyResult<Rc<super::event_loop::LoopObj>> {
        self.asyncio
            .running_loop
            .clone()
            .ok_or_else(|| self.runtime_error("no running event loop"))
    }

    /// `asyncio.run(main)`: CPython 3.11's Runner, including its SIGINT handling and the
    /// shutdown sequence (cancel leftovers, shutdown_asyncgens, shutdown_default_executor).
    fn asyncio_run(&mut self, main: Value) -> PyResult<Value> {
        if self.asyncio.running_loop.is_some() {
            return Err(
                self.runtime_error("asyncio.run() cannot be called from a running event loop")
            );
        }
        if !is_coroutine(&main) {
            let r = self.repr(&main)?;
            return Err(self.value_error(format!("a coroutine was expected, got {r}")));
        }
        let l = self.new_loop();
        self.log_loop_made()?;
        self.asyncio.current_loop = Some(l.clone());
        self.asyncio.set_called = true;
        let result = (|| {
            let task = self.create_task(&l, main, None)?;
            let saved = self.asyncio.runner.replace(super::RunnerSigint {
                main_task: task.clone(),
                interrupt_count: 0,
            });
            // asyncio.run's frame and Runner.run's, below run_until_complete.
            let r = self.deeper(2, |vm| {
                vm.run_until_complete(&l, Value::Future(task.clone()))
            });
            let interrupts = self
                .asyncio
                .runner
                .as_ref()
                .map_or(0, |r| r.interrupt_count);
            // After a runaway slice asyncio.run never returns: its Runner keeps the main
            // task alive (the engine lets it go at teardown, unreported).
            if !matches!(r, Err(Unwind::Abort(Abort::Budget { .. }))) {
                self.asyncio.runner = saved;
            }
            match r {
                Err(Unwind::Exc(e))
                    if e.is_instance(&self.types.exc.cancelled_error) && interrupts > 0 =>
                {
                    if self.task_uncancel(&task) == 0 {
                        // Raised while handling the CancelledError, which it carries.
                        let ki = ExcObj::new(self.types.exc.keyboard_interrupt.clone(), vec![]);
                        *ki.context.borrow_mut() = Some(e.clone());
                        return Err(Unwind::Exc(ki));
                    }
                    Err(Unwind::Exc(e))
                }
                other => other,
            }
        })();
        // A slice past the instruction budget stops the run where it stands: CPython would
        // still be running it, so asyncio.run's cleanup never comes (it would cancel the
        // runaway task, which can never finish, and end in a false deadlock). A deadlock
        // stops it where CPython would hang for ever: nothing of the Runner's clean-up
        // (cancelling the stuck tasks runs their `finally` blocks) would ever happen, and
        // the tasks stay as they were found. Either way the loop stays open, so the
        // interpreter's shutdown reports nothing about its tasks.
        if matches!(
            result,
            Err(Unwind::Abort(
                Abort::Budget { .. } | Abort::Deadlock | Abort::TimeLimit { .. }
            ))
        ) {
            return result;
        }
        // Runner.close(), always (the `with` block's exit).
        let closed = (|| {
            self.cancel_all_tasks(&l)?;
            let agen = native_coro::noop_coro(self, "shutdown_asyncgens");
            self.run_until_complete(&l, agen)?;
            let exec = self.shutdown_default_executor(&l)?;
            self.run_until_complete(&l, exec)?;
            Ok(())
        })();
        self.asyncio.current_loop = None;
        self.loop_close(&l)?;
        closed?;
        result
    }

    /// runners._cancel_all_tasks.
    fn cancel_all_tasks(&mut self, l: &Rc<super::event_loop::LoopObj>) -> PyResult<()> {
        let to_cancel = l.pending_tasks();
        if to_cancel.is_empty() {
            return Ok(());
        }
        for t in &to_cancel {
            if self.emitting() {
                let task = t.task_id().expect("task");
                self.emit(crate::runtime::event::EventKind::CancelRequested {
                    task,
                    by: crate::runtime::event::CancelSource::Shutdown,
                    msg: None,
                });
            }
            self.task_cancel(t, Value::None)?;
        }
        let aws: Vec<Value> = to_cancel.iter().map(|t| Value::Future(t.clone())).collect();
        let g = self.gather(aws, true)?;
        self.run_until_complete(l, g)?;
        for t in &to_cancel {
            if t.state.get() == FutState::Cancelled {
                continue;
            }
            if let Some(e) = t.exception.borrow().clone() {
                let message = format!(
                    "unhandled exception during asyncio.run() shutdown\ntask: {}",
                    super::future::future_repr(self, t)?
                );
                self.asyncio_error(&message, Some(&e))?;
            }
        }
        Ok(())
    }

    /// `asyncio.gather(*aws, return_exceptions=)`: a `_GatheringFuture` over the children.
    pub fn gather(&mut self, aws: Vec<Value>, return_exceptions: bool) -> PyResult<Value> {
        if aws.is_empty() {
            let l = self.get_event_loop()?;
            let outer = self.new_future_obj(&l, "gather(0)", None, None);
            self.future_set_result(&outer, Value::list(vec![]))?;
            return Ok(Value::Future(outer));
        }
        // The children's done callback finds the outer future through this cell, filled in
        // once it exists (bpo-46672: callbacks never run before that, they go via call_soon).
        let outer_cell = Rc::new(RefCell::new(Value::None));
        let cb = Value::Builtin(Rc::new(Builtin {
            name: "_done_callback",
            func: gather_done_callback,
            bound: Some(Value::Cell(outer_cell.clone())),
        }));
        // A repeated argument shares its future: found by identity in a map, as CPython's
        // `arg_to_fut` dict does (a scan of every earlier child would make gather O(n²)).
        // Values without an address (never awaitable) are compared one by one.
        let mut seen: std::collections::HashMap<usize, Rc<FutureObj>> =
            std::collections::HashMap::with_capacity(aws.len());
        let mut seen_plain: Vec<(Value, Rc<FutureObj>)> = Vec::new();
        let mut children = Vec::with_capacity(aws.len());
        let mut l = None;
        let mut nfuts = 0;
        for arg in aws {
            let existing = match arg.ptr() {
                Some(key) => seen.get(&key).cloned(),
                None => seen_plain
                    .iter()
                    .find(|(a, _)| a.is(&arg))
                    .map(|(_, f)| f.clone()),
            };
            let fut = match existing {
                Some(f) => f,
                None => {
                    let fut = self.ensure_future(arg.clone(), l.as_ref())?;
                    if !matches!(arg, Value::Future(_)) {
                        if let Some(t) = &fut.task {
                            t.log_destroy_pending.set(false);
                        }
                    }
                    if l.is_none() {
                        l = Some(fut.loop_.clone());
                    }
                    nfuts += 1;
                    match arg.ptr() {
                        // The argument stays alive in the children's futures, so its
                        // address cannot be reused while the map is in use.
                        Some(key) => {
                            seen.insert(key, fut.clone());
                        }
                        None => seen_plain.push((arg, fut.clone())),
                    }
                    self.add_done_callback(&fut, cb.clone())?;
                    fut
                }
            };
            children.push(fut);
        }
        let l = l.expect("at least one child");
        let what = format!("gather({})", children.len());
        let data = GatherData {
            children: RefCell::new(children),
            cancel_requested: Cell::new(false),
            nfuts: Cell::new(nfuts),
            nfinished: Cell::new(0),
            return_exceptions,
        };
        let outer = self.new_future_obj(&l, &what, None, Some(Box::new(data)));
        *outer_cell.borrow_mut() = Value::Future(outer.clone());
        Ok(Value::Future(outer))
    }
}

/// gather's `_done_callback(fut)`.
fn gather_done_callback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let Some(Value::Cell(cell)) = pos.next() else {
        return Ok(Value::None);
    };
    let Some(Value::Future(fut)) = pos.next() else {
        return Ok(Value::None);
    };
    let Value::Future(outer) = cell.borrow().clone() else {
        return Ok(Value::None);
    };
    let g = outer.gather.as_ref().expect("gathering future");
    g.nfinished.set(g.nfinished.get() + 1);
    if outer.done() {
        if fut.state.get() != FutState::Cancelled {
            fut.log_traceback.set(false);
        }
        return Ok(Value::None);
    }
    if !g.return_exceptions {
        if fut.state.get() == FutState::Cancelled {
            let exc = vm.make_cancelled_error(&fut);
            vm.future_set_exception(&outer, Value::Exception(exc))?;
            return Ok(Value::None);
        }
        fut.log_traceback.set(false);
        let exc = fut.exception.borrow().clone();
        if let Some(e) = exc {
            vm.future_set_exception(&outer, Value::Exception(e))?;
            return Ok(Value::None);
        }
    }
    if g.nfinished.get() == g.nfuts.get() {
        let children = g.children.borrow().clone();
        let mut results = Vec::with_capacity(children.len());
        for child in &children {
            let res = if child.state.get() == FutState::Cancelled {
                let m = child.cancel_message();
                let msg = if m.is_none() { Value::str("") } else { m };
                Value::Exception(ExcObj::new(vm.types.exc.cancelled_error.clone(), vec![msg]))
            } else {
                child.log_traceback.set(false);
                match child.exception.borrow().clone() {
                    Some(e) => Value::Exception(e),
                    None => child.result.borrow().clone(),
                }
            };
            results.push(res);
        }
        if g.cancel_requested.get() {
            // CPython uses the loop variable here: the last child.
            let last = children.last().expect("children");
            let exc = vm.make_cancelled_error(last);
            vm.future_set_exception(&outer, Value::Exception(exc))?;
        } else {
            vm.future_set_result(&outer, Value::list(results))?;
        }
    }
    Ok(Value::None)
}

const RUN: Signature = Signature {
    name: "run",
    positional: &["main"],
    required: 1,
    varargs: false,
    keyword_only: &["debug"],
};

fn run(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let main = RUN.bind(vm, args)?.arg(0).unwrap_or(Value::None);
    vm.asyncio_run(main)
}

const SLEEP: Signature = Signature {
    name: "sleep",
    positional: &["delay", "result"],
    required: 1,
    varargs: false,
    keyword_only: &[],
};

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let bound = SLEEP.bind(vm, args)?;
    let result = bound.arg(1).unwrap_or(Value::None);
    let delay = match bound.arg(0).unwrap_or(Value::None) {
        Value::Int(i) => i as f64,
        Value::Float(f) => f,
        Value::Bool(b) => b as i64 as f64,
        other => {
            return Err(vm.type_error(format!(
                "'<=' not supported between instances of '{}' and 'int'",
                other.type_name()
            )))
        }
    };
    Ok(native_coro::new(CoroKind::Sleep {
        delay,
        result,
        fut: None,
        timer: None,
    }))
}

const CREATE_TASK: Signature = Signature {
    name: "create_task",
    positional: &["coro"],
    required: 1,
    varargs: false,
    keyword_only: &["name", "context"],
};

fn create_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let bound = CREATE_TASK.bind(vm, args)?;
    let name = bound.kw(&CREATE_TASK, "name");
    let coro = bound.arg(0).unwrap_or(Value::None);
    let l = vm.running_loop_or_err()?;
    let task = vm.create_task(&l, coro, None)?;
    // asyncio.create_task names the task after creating it: the Task-N number is used up.
    if let Some(n) = name.filter(|n| !n.is_none()) {
        let s: Rc<str> = Rc::from(vm.to_str(&n)?.as_str());
        let td = task.task.as_ref().expect("task");
        *td.name.borrow_mut() = s.clone();
        if vm.emitting() {
            vm.emit(crate::runtime::event::EventKind::TaskRenamed {
                task: td.task_id,
                name: s.to_string(),
            });
        }
    }
    Ok(Value::Future(task))
}

const ENSURE_FUTURE: Signature = Signature {
    name: "ensure_future",
    positional: &["coro_or_future"],
    required: 1,
    varargs: false,
    keyword_only: &["loop"],
};

fn ensure_future(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let bound = ENSURE_FUTURE.bind(vm, args)?;
    let l = match bound.kw(&ENSURE_FUTURE, "loop") {
        Some(Value::Loop(l)) => Some(l),
        _ => None,
    };
    let v = bound.arg(0).unwrap_or(Value::None);
    Ok(Value::Future(vm.ensure_future(v, l.as_ref())?))
}

fn gather(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let re = match args.take_kw("return_exceptions") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!("gather() got an unexpected keyword argument '{k}'")));
    }
    vm.gather(args.pos, re)
}

const WAIT: Signature = Signature {
    name: "wait",
    positional: &["fs"],
    required: 1,
    varargs: false,
    keyword_only: &["timeout", "return_when"],
};

fn wait(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let bound = WAIT.bind(vm, args)?;
    let timeout = bound.kw(&WAIT, "timeout");
    let rw = bound.kw(&WAIT, "return_when");
    let fs = bound.arg(0).unwrap_or(Value::None);
    if matches!(fs, Value::Future(_)) || is_coroutine(&fs) {
        return Err(vm.type_error(format!("expect a list of futures, not {}", fs.type_name())));
    }
    let fs = vm.collect(&fs)?;
    if fs.is_empty() {
        return Err(vm.value_error("Set of Tasks/Futures is empty."));
    }
    let return_when = match &rw {
        None => ReturnWhen::AllCompleted,
        Some(Value::Str(s)) if &**s == "FIRST_COMPLETED" => ReturnWhen::FirstCompleted,
        Some(Value::Str(s)) if &**s == "FIRST_EXCEPTION" => ReturnWhen::FirstException,
        Some(Value::Str(s)) if &**s == "ALL_COMPLETED" => ReturnWhen::AllCompleted,
        Some(other) => {
            let r = vm.to_str(other)?;
            return Err(vm.value_error(format!("Invalid return_when value: {r}")));
        }
    };
    let timeout = match timeout {
        None | Some(Value::None) => None,
        Some(Value::Int(i)) => Some(i as f64),
        Some(Value::Float(f)) => Some(f),
        Some(other) => {
            return Err(vm.type_error(format!(
                "timeout must be a number, not {}",
                other.type_name()
            )))
        }
    };
    Ok(native_coro::new(CoroKind::Wait {
        fs,
        timeout,
        return_when,
        waiter: None,
        timer: None,
        counter: 0,
        futs: Vec::new(),
    }))
}

fn get_event_loop(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Loop(vm.get_event_loop()?))
}

fn get_running_loop(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Loop(vm.running_loop_or_err()?))
}

fn new_event_loop(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let l = vm.new_loop();
    vm.log_loop_made()?;
    Ok(Value::Loop(l))
}

fn set_event_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.asyncio.set_called = true;
    vm.asyncio.current_loop = match args.pos.first() {
        Some(Value::Loop(l)) => Some(l.clone()),
        Some(Value::None) => None,
        Some(other) => {
            return Err(vm.type_error(format!(
                "loop must be an instance of AbstractEventLoop or None, not '{}'",
                other.type_name()
            )))
        }
        None => {
            return Err(
                vm.type_error("set_event_loop() missing 1 required positional argument: 'loop'")
            )
        }
    };
    Ok(Value::None)
}

const CURRENT_TASK: Signature = Signature {
    name: "current_task",
    positional: &["loop"],
    required: 0,
    varargs: false,
    keyword_only: &[],
};
const ALL_TASKS: Signature = Signature {
    name: "all_tasks",
    ..CURRENT_TASK
};

/// The `loop` argument of `current_task`/`all_tasks`: the running loop when None.
fn loop_arg(vm: &Vm, sig: &Signature, args: Args) -> PyResult<Rc<super::event_loop::LoopObj>> {
    match sig.bind(vm, args)?.arg(0) {
        Some(Value::Loop(l)) => Ok(l),
        _ => vm.running_loop_or_err(),
    }
}

fn current_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = loop_arg(vm, &CURRENT_TASK, args)?;
    let t = l.current_task.borrow().clone();
    Ok(t.map(Value::Future).unwrap_or(Value::None))
}

fn all_tasks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = loop_arg(vm, &ALL_TASKS, args)?;
    let mut d = crate::runtime::objects::dict::Dict::new();
    for t in l.pending_tasks() {
        d.insert(vm.key(Value::Future(t))?, Value::None);
    }
    Ok(Value::Set(Rc::new(RefCell::new(d))))
}

fn iscoroutine(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, "iscoroutine", &args)?;
    Ok(Value::Bool(is_coroutine(&v)))
}

fn iscoroutinefunction(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, "iscoroutinefunction", &args)?;
    Ok(Value::Bool(
        crate::runtime::stdlib::inspect::is_coroutine_function(&v),
    ))
}

fn isfuture(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, "isfuture", &args)?;
    Ok(Value::Bool(matches!(v, Value::Future(_))))
}

const FUTURE: ClinicSignature = ClinicSignature {
    name: "Future",
    params: &["loop"],
    max_positional: 0,
    required: 0,
};

/// `asyncio.Future(*, loop=None)`: a future on the current loop.
pub fn new_future(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = match FUTURE.bind(vm, args)?.remove(0) {
        Some(Value::Loop(l)) => l,
        _ => vm.get_event_loop()?,
    };
    Ok(Value::Future(vm.new_future_obj(&l, "Future", None, None)))
}

const TASK: ClinicSignature = ClinicSignature {
    name: "Task",
    params: &["coro", "loop", "name", "context"],
    max_positional: 1,
    required: 1,
};

/// `asyncio.Task(coro, *, loop=None, name=None, context=None)`.
pub fn new_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut slots = TASK.bind(vm, args)?.into_iter();
    let coro = slots.next().flatten().unwrap_or(Value::None);
    let l = match slots.next().flatten() {
        Some(Value::Loop(l)) => l,
        _ => vm.get_event_loop()?,
    };
    let name = match slots.next().flatten() {
        Some(Value::None) | None => None,
        Some(v) => Some(vm.to_str(&v)?),
    };
    Ok(Value::Future(vm.create_task(&l, coro, name)?))
}
