//! Handles: callbacks scheduled on the loop (`Handle`, and `TimerHandle` with a deadline).

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::runtime::event::{EventKind, HandleId};
use crate::runtime::objects::value::{Args, Value};
use crate::runtime::vm::{PyResult, Vm};

use super::event_loop::LoopObj;

/// A scheduled callback. Invariant: once `cancelled`, `callback` is None and it never runs.
pub struct HandleObj {
    pub id: HandleId,
    pub callback: RefCell<Value>,
    pub args: RefCell<Vec<Value>>,
    pub cancelled: Cell<bool>,
    /// The deadline, for timer handles.
    pub when: Option<f64>,
    /// In the timer heap (TimerHandle._scheduled).
    pub scheduled: Cell<bool>,
    pub loop_: Weak<LoopObj>,
    /// What the callback is, for displays (computed when scheduled, only if someone listens).
    pub label: RefCell<String>,
    /// The `contextvars` context the callback runs in (a copy of the scheduler's, taken
    /// when the program uses contextvars; tasks' steps carry the task's own instead).
    pub context: RefCell<Option<Value>>,
}

impl HandleObj {
    /// Timer order: by deadline, then by when the timer was scheduled. CPython's
    /// `TimerHandle` compares deadlines only, but on its real clock every `call_later` reads
    /// a later `time.monotonic()`, so equal delays never tie there; on our frozen clock they
    /// do, and the handle number (given in scheduling order) breaks the tie the same way.
    pub fn lt(a: &Rc<HandleObj>, b: &Rc<HandleObj>) -> bool {
        let (wa, wb) = (a.when.unwrap_or(0.0), b.when.unwrap_or(0.0));
        wa < wb || (wa == wb && a.id < b.id)
    }
}

/// A short, readable description of a callback: `Task-2.__step()`, `cb(<Task-3>)`. Other
/// values are shown by `Vm::stable_repr` (no memory addresses: `show(<__main__.Box object>)`),
/// so the label is the same in a recording and in its re-execution.
pub fn callback_label(vm: &mut Vm, cb: &Value, args: &[Value]) -> String {
    let target = |v: &Value| -> String {
        match v {
            Value::Future(f) => f.label(),
            _ => String::new(),
        }
    };
    match cb {
        Value::Builtin(b) => {
            let recv = b.bound.as_ref().map(target).unwrap_or_default();
            match b.name {
                "__step" | "__wakeup" => format!("{}.{}()", recv, b.name),
                "_set_result_unless_cancelled" => {
                    let what = args.first().map(|f| match f {
                        Value::Future(f) => f.what.borrow().clone(),
                        _ => String::new(),
                    });
                    format!("_set_result_unless_cancelled({})", what.unwrap_or_default())
                }
                name if recv.is_empty() => format!("{name}()"),
                name => format!("{recv}.{name}()"),
            }
        }
        Value::Function(f) => {
            let shown: Vec<String> = args
                .iter()
                .map(|a| match a {
                    Value::Future(f) => f.label(),
                    other => vm.stable_repr(other),
                })
                .collect();
            format!("{}({})", f.qualname.borrow(), shown.join(", "))
        }
        // `Timeout._on_timeout()`, `TaskGroup._on_task_done(Task-3)`.
        Value::BoundMethod(m) => callback_label(vm, &m.func, args),
        // `functools.partial(f, a)` as `f(a, …)`.
        Value::Instance(p) if &*p.class.name == "partial" && &*p.class.module == "functools" => {
            let (func, mut all) = {
                let d = p.dict.borrow();
                let func = d.get_str("func").cloned().unwrap_or(Value::None);
                let bound = match d.get_str("args") {
                    Some(Value::Tuple(t)) => (**t).clone(),
                    _ => Vec::new(),
                };
                (func, bound)
            };
            all.extend_from_slice(args);
            callback_label(vm, &func, &all)
        }
        Value::NativeMethod(m) => format!("{}.{}()", target(&m.receiver), m.name),
        // format_helpers._format_callback: `repr(callback)` and the arguments.
        other => {
            let mut shown = Vec::with_capacity(args.len());
            for a in args {
                shown.push(vm.stable_repr(a));
            }
            format!("{}({})", vm.stable_repr(other), shown.join(", "))
        }
    }
}

impl Vm<'_> {
    /// `Handle.cancel()` / `TimerHandle.cancel()`.
    pub fn handle_cancel(&mut self, h: &Rc<HandleObj>) {
        if h.cancelled.get() {
            return;
        }
        if h.when.is_some() {
            // TimerHandle.cancel tells the loop, which counts cancelled timers in its heap.
            if let Some(l) = h.loop_.upgrade() {
                if h.scheduled.get() {
                    l.timer_cancelled_count
                        .set(l.timer_cancelled_count.get() + 1);
                }
            }
        }
        h.cancelled.set(true);
        *h.callback.borrow_mut() = Value::None;
        h.args.borrow_mut().clear();
        if self.emitting() {
            self.emit(EventKind::HandleCancelled { handle: h.id });
        }
    }
}

pub fn handle_method(
    vm: &mut Vm,
    h: &Rc<HandleObj>,
    name: &str,
    _args: Args,
) -> Option<PyResult<Value>> {
    Some(Ok(match name {
        "cancel" => {
            vm.handle_cancel(h);
            Value::None
        }
        "cancelled" => Value::Bool(h.cancelled.get()),
        "when" if h.when.is_some() => Value::Float(h.when.unwrap_or(0.0)),
        _ => return None,
    }))
}
