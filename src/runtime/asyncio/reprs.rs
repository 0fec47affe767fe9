//! What `repr()` shows of asyncio's objects, as CPython 3.11 shows it (`base_futures`,
//! `base_tasks`, `format_helpers`, `coroutines._format_coroutine`, `events.Handle`).
//!
//! These are the texts a program prints; the dashboard's short labels are
//! `handle::callback_label`'s.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::numeric::format::float_repr;
use crate::runtime::objects::value::{GenStatus, Value};
use crate::runtime::vm::{PyResult, Vm};

use super::future::{FutState, FutureObj};
use super::handle::HandleObj;

thread_local! {
    /// Futures whose repr is being made (`reprlib.recursive_repr`): a future met again
    /// inside its own repr shows as `...`.
    static IN_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// `format_helpers._get_function_source`: where a Python function (seen through
/// `functools.wraps`' `__wrapped__` and through partials) was defined.
fn function_source(func: &Value) -> Option<(Rc<str>, u32)> {
    match func {
        Value::Function(f) => match f.attrs.borrow().get("__wrapped__") {
            Some(inner) => function_source(inner),
            None => Some((f.code.file.clone(), f.code.first_line)),
        },
        Value::Instance(p) if is_partial(func) => {
            let inner = p.dict.borrow().get_str("func").cloned()?;
            function_source(&inner)
        }
        _ => None,
    }
}

fn is_partial(v: &Value) -> bool {
    matches!(v, Value::Instance(p) if &*p.class.name == "partial" && &*p.class.module == "functools")
}

/// The class a builtin method belongs to, as its `__qualname__` names it.
fn method_owner(receiver: &Value) -> Rc<str> {
    match receiver {
        Value::Loop(_) => Rc::from("BaseEventLoop"),
        other => other.type_name(),
    }
}

/// The name `_format_callback` gives a callable: its `__qualname__`, or its repr.
fn callable_name(vm: &mut Vm, func: &Value) -> PyResult<String> {
    Ok(match func {
        Value::Function(f) => f.qualname.borrow().to_string(),
        Value::BoundMethod(m) => match &m.func {
            Value::Function(f) => f.qualname.borrow().to_string(),
            other => callable_name(vm, other)?,
        },
        // A task's `__wakeup` is the C method `task_wakeup`.
        Value::Builtin(b) if b.name == "__wakeup" => "Task.task_wakeup".to_string(),
        Value::Builtin(b) => match &b.bound {
            Some(r) => format!("{}.{}", method_owner(r), b.name),
            None => b.name.to_string(),
        },
        Value::NativeMethod(m) => format!("{}.{}", method_owner(&m.receiver), m.name),
        Value::Class(c) => c.qualname.to_string(),
        other => vm.repr(other)?,
    })
}

/// `format_helpers._format_args_and_kwargs`: `(1, 'a', k=2)`, each shown by `reprlib`.
fn format_arguments(vm: &mut Vm, args: &[Value], kwargs: &[(Rc<str>, Value)]) -> PyResult<String> {
    let mut items = Vec::with_capacity(args.len() + kwargs.len());
    for a in args {
        items.push(vm.limited_repr(a)?);
    }
    for (k, v) in kwargs {
        items.push(format!("{k}={}", vm.limited_repr(v)?));
    }
    Ok(format!("({})", items.join(", ")))
}

/// `format_helpers._format_callback`: a partial shows its own arguments, then the call's.
fn format_callback(
    vm: &mut Vm,
    func: &Value,
    args: &[Value],
    kwargs: &[(Rc<str>, Value)],
    suffix: String,
) -> PyResult<String> {
    if let Value::Instance(p) = func {
        if is_partial(func) {
            let suffix = format_arguments(vm, args, kwargs)? + &suffix;
            let (inner, bound, keywords) = crate::runtime::stdlib::functools::partial_parts(p);
            return format_callback(vm, &inner, &bound, &keywords, suffix);
        }
    }
    let mut shown = callable_name(vm, func)?;
    shown += &format_arguments(vm, args, kwargs)?;
    shown += &suffix;
    Ok(shown)
}

/// `format_helpers._format_callback_source`: the call, then ` at FILE:LINE` for Python code.
pub fn format_callback_source(vm: &mut Vm, func: &Value, args: &[Value]) -> PyResult<String> {
    let mut shown = format_callback(vm, func, args, &[], String::new())?;
    if let Some((file, line)) = function_source(func) {
        shown += &format!(" at {file}:{line}");
    }
    Ok(shown)
}

/// `base_futures._format_callbacks`: one or two callbacks by name, more as `<N more>`.
fn format_callbacks(vm: &mut Vm, callbacks: &[Value]) -> PyResult<String> {
    let shown = match callbacks {
        [] => String::new(),
        [one] => format_callback_source(vm, one, &[])?,
        [a, b] => format!(
            "{}, {}",
            format_callback_source(vm, a, &[])?,
            format_callback_source(vm, b, &[])?
        ),
        [first, .., last] => format!(
            "{}, <{} more>, {}",
            format_callback_source(vm, first, &[])?,
            callbacks.len() - 2,
            format_callback_source(vm, last, &[])?
        ),
    };
    Ok(format!("cb=[{shown}]"))
}

/// `coroutines._format_coroutine`: `work() running at FILE:12` while it has a frame,
/// `work() done, defined at FILE:9` once finished.
pub fn format_coroutine(vm: &Vm, coro: &Value) -> String {
    match coro {
        Value::Gen(g) => {
            let name = format!("{}()", g.qualname);
            match g.status.get() {
                GenStatus::Closed => {
                    format!(
                        "{name} done, defined at {}:{}",
                        g.code.file, g.code.first_line
                    )
                }
                GenStatus::Running => {
                    let line = vm.running_line(g).unwrap_or_else(|| g.line.get());
                    format!("{name} running at {}:{line}", g.code.file)
                }
                _ => format!("{name} running at {}:{}", g.code.file, g.line.get()),
            }
        }
        Value::NativeCoro(c) => format!("{}()", c.borrow().qualname()),
        other => format!("{}()", other.type_name()),
    }
}

/// `Future.__repr__` and `Task.__repr__`.
pub fn future_repr(vm: &mut Vm, fut: &Rc<FutureObj>) -> PyResult<String> {
    let key = Rc::as_ptr(fut) as usize;
    if IN_REPR.with(|r| r.borrow().contains(&key)) {
        return Ok("...".into());
    }
    IN_REPR.with(|r| r.borrow_mut().push(key));
    let shown = future_repr_info(vm, fut);
    IN_REPR.with(|r| r.borrow_mut().retain(|k| *k != key));
    let kind = Value::Future(fut.clone()).type_name();
    Ok(format!("<{kind} {}>", shown?.join(" ")))
}

/// `base_futures._future_repr_info`, with `base_tasks._task_repr_info`'s additions for a
/// task: `cancelling` while a cancel is requested, then its name, coroutine and the
/// future it waits for.
fn future_repr_info(vm: &mut Vm, fut: &Rc<FutureObj>) -> PyResult<Vec<String>> {
    let state = match fut.state.get() {
        FutState::Pending => "pending",
        FutState::Cancelled => "cancelled",
        FutState::Finished => "finished",
    };
    let mut info = vec![state.to_string()];
    if let Some(t) = &fut.task {
        if t.num_cancels_requested.get() > 0 && !fut.done() {
            info[0] = "cancelling".into();
        }
        info.push(format!(
            "name={}",
            vm.repr(&Value::Str(t.name.borrow().clone()))?
        ));
        info.push(format!("coro=<{}>", format_coroutine(vm, &t.coro)));
        let waiter = t.fut_waiter.borrow().clone();
        if let Some(w) = waiter {
            info.push(format!("wait_for={}", future_repr(vm, &w)?));
        }
    }
    if fut.state.get() == FutState::Finished {
        let exception = fut.exception.borrow().clone();
        match exception {
            Some(e) => info.push(format!("exception={}", vm.repr(&Value::Exception(e))?)),
            None => {
                let result = fut.result.borrow().clone();
                info.push(format!("result={}", vm.limited_repr(&result)?));
            }
        }
    }
    let callbacks = fut.callbacks.borrow().clone();
    if !callbacks.is_empty() {
        info.push(format_callbacks(vm, &callbacks)?);
    }
    Ok(info)
}

/// `Handle.__repr__` / `TimerHandle.__repr__`: `<TimerHandle when=1.5 greet('x') at F:9>`,
/// `<TimerHandle cancelled when=3.0>` once cancelled (its callback is dropped).
pub fn handle_repr(vm: &mut Vm, h: &Rc<HandleObj>) -> PyResult<String> {
    let mut info = vec![Value::Handle(h.clone()).type_name().to_string()];
    if h.cancelled.get() {
        info.push("cancelled".into());
    }
    if let Some(when) = h.when {
        info.push(format!("when={}", float_repr(when)));
    }
    let callback = h.callback.borrow().clone();
    if !callback.is_none() {
        let args = h.args.borrow().clone();
        info.push(format_callback_source(vm, &callback, &args)?);
    }
    Ok(format!("<{}>", info.join(" ")))
}
