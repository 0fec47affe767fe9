//! What the dashboard sees of asyncio's primitives (Lock, Event, Condition, Semaphore,
//! BoundedSemaphore and the queues, which coroviz's library writes in Python): the
//! `_coroviz` module whose hooks the library calls, a registry that numbers primitives and
//! remembers who holds them (asyncio itself does not track owners), and the `SyncState`
//! events, sent whenever a primitive's state, holders or waiters change.
//!
//! Nothing here is visible to the program: the hooks read the primitives' attributes and
//! never run Python code, and without a listener they do nothing but make the futures.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::runtime::event::{EventKind, PrimId, TaskId};
use crate::runtime::objects::instance::Instance;
use crate::runtime::objects::value::{Args, Builtin, Module, NativeFn, Value};
use crate::runtime::vm::{PyResult, Vm};

/// The classes `SyncState` reports, by the name it gives them.
const KINDS: &[&str] = &[
    "Lock",
    "Event",
    "Condition",
    "Semaphore",
    "BoundedSemaphore",
    "Queue",
    "PriorityQueue",
    "LifoQueue",
];

/// One primitive the library told the registry about.
struct PrimEntry {
    obj: Weak<Instance>,
    /// None for a primitive the library made for itself (a Condition's own Lock, a Queue's
    /// Event, as_completed's Queue): it gets no number and its changes show on `parent`.
    id: Option<PrimId>,
    what: &'static str,
    /// For the library's own primitives: what a task waiting on them is shown waiting for.
    label: Option<Rc<str>>,
    line: u32,
    parent: Option<usize>,
    /// Tasks holding it (a Lock, a Semaphore's acquirers), oldest first.
    holders: Vec<TaskId>,
    /// What was last reported, so unchanged states are not sent again.
    last: Option<(String, Vec<TaskId>, Vec<TaskId>)>,
}

/// Every primitive made while someone listens, keyed by object address.
#[derive(Default)]
pub struct PrimRegistry {
    entries: HashMap<usize, PrimEntry>,
    next_id: u64,
    /// `quiet(cls, label)` calls in progress: what they make is the library's own.
    quiet: Vec<Option<Rc<str>>>,
    /// Entry count after the last sweep of dead objects.
    live: usize,
}

pub fn make_module() -> Value {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("get_running_loop", get_running_loop),
        ("waiter", waiter),
        ("prim", prim),
        ("quiet", quiet),
        ("changed", changed),
        ("hold", hold),
        ("unhold", unhold),
        ("main_namespace", main_namespace),
        ("current_context", current_context),
        ("enter_context", enter_context),
        ("contexts_on", contexts_on),
    ];
    let mut attrs: crate::runtime::objects::value::NameMap = Default::default();
    for (name, func) in funcs {
        let b = Builtin {
            name,
            func: *func,
            bound: None,
        };
        attrs.insert(Rc::from(*name), Value::Builtin(Rc::new(b)));
    }
    Value::Module(Rc::new(Module {
        name: Rc::from("_coroviz"),
        attrs: RefCell::new(attrs),
    }))
}

/// `contextvars`' current context of the running thread (a fresh one on first use).
fn current_context(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.current_context()
}

/// `contexts_on()`: whether the program uses `contextvars`.
fn contexts_on(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.contexts_on()))
}

/// `enter_context(ctx)`: makes `ctx` (a Context, or None) current; gives the one before.
fn enter_context(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let next = args
        .pos
        .into_iter()
        .next()
        .filter(|v| !matches!(v, Value::None));
    Ok(std::mem::replace(&mut vm.context, next).unwrap_or(Value::None))
}

/// The program module's namespace (what `globals()` gives the program), for library
/// code that resolves names as CPython does in `__main__` (`typing.get_type_hints`).
fn main_namespace(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Dict(vm.module_namespace()))
}

fn key(v: &Value) -> Option<usize> {
    match v {
        Value::Instance(i) => Some(Rc::as_ptr(i) as usize),
        _ => None,
    }
}

/// `events._get_running_loop()`: the running loop or None.
fn get_running_loop(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm
        .asyncio
        .running_loop
        .clone()
        .map(Value::Loop)
        .unwrap_or(Value::None))
}

/// `waiter(loop, obj, method)`: `loop.create_future()`, named for what the task waits on
/// (`Lock.acquire`, `Queue.get`, `wait_for`) and remembering which task made it.
fn waiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let l = match pos.next() {
        Some(Value::Loop(l)) => l,
        Some(other) => {
            return Err(vm.attribute_error(&other, "create_future"));
        }
        None => return Err(vm.type_error("waiter() needs a loop")),
    };
    let obj = pos.next().unwrap_or(Value::None);
    let method = match pos.next() {
        Some(Value::Str(s)) => s,
        _ => Rc::from(""),
    };
    // Labelled even when nobody listens: a deadlock report names what a task waits on.
    let what = vm.waiter_label(&obj, &method);
    let fut = vm.new_future_obj(&l, &what, None, None);
    let (task, on) = (vm.current_task_id(), key(&obj));
    {
        let mut rare = fut.rare_mut();
        rare.waiter_of = task;
        rare.waiter_on = on;
    }
    Ok(Value::Future(fut))
}

/// `prim(obj, *children)`: a primitive was made (and, for a Condition or a Queue, the
/// primitives it made or was given, whose changes show on it).
fn prim(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Kept whether or not anyone listens: a deadlock report needs holders and names.
    let mut pos = args.pos.into_iter();
    if let Some(obj) = pos.next() {
        vm.register_prim(&obj, pos.collect());
    }
    Ok(Value::None)
}

/// `quiet(cls, label=None)`: `cls()`, made as the library's own primitive.
fn quiet(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let cls = pos.next().unwrap_or(Value::None);
    let label = match pos.next() {
        Some(Value::Str(s)) => Some(s),
        _ => None,
    };
    vm.asyncio.prims.quiet.push(label);
    let r = vm.call(&cls, Args::default());
    vm.asyncio.prims.quiet.pop();
    r
}

fn changed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if vm.emitting() {
        if let Some(k) = args.pos.first().and_then(key) {
            vm.refresh_prim(k);
        }
    }
    Ok(Value::None)
}

/// `hold(obj)`: the current task acquired it.
fn hold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(k) = args.pos.first().and_then(key) {
        let task = vm.current_task_id();
        if let (Some(e), Some(t)) = (vm.asyncio.prims.entries.get_mut(&k), task) {
            e.holders.push(t);
        }
        vm.refresh_prim(k);
    }
    Ok(Value::None)
}

/// `unhold(obj)`: it was released, by its holder or (asyncio allows it) by another task.
fn unhold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(k) = args.pos.first().and_then(key) {
        let task = vm.current_task_id();
        if let Some(e) = vm.asyncio.prims.entries.get_mut(&k) {
            let at = e.holders.iter().position(|t| Some(*t) == task);
            if !e.holders.is_empty() {
                e.holders.remove(at.unwrap_or(0));
            }
        }
        vm.refresh_prim(k);
    }
    Ok(Value::None)
}

/// An attribute of a primitive, read without running Python code.
fn field(obj: &Instance, name: &str) -> Value {
    obj.dict
        .borrow()
        .get_str(name)
        .cloned()
        .unwrap_or(Value::None)
}

/// The items of a list or of coroviz's `deque` (which keeps them in `_items[_head:]`).
fn items(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.borrow().clone(),
        Value::Instance(i) => match field(i, "_items") {
            Value::List(l) => {
                let head = int_field(i, "_head").max(0) as usize;
                l.borrow()
                    .get(head..)
                    .map(<[Value]>::to_vec)
                    .unwrap_or_default()
            }
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// The tasks blocked on a deque of waiter futures, in wake-up order.
fn waiting_tasks(v: &Value, out: &mut Vec<TaskId>) {
    for f in items(v) {
        if let Value::Future(f) = f {
            if !f.done() {
                out.extend(f.waiter_of());
            }
        }
    }
}

fn int_field(obj: &Instance, name: &str) -> i64 {
    match field(obj, name) {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        _ => 0,
    }
}

impl Vm<'_> {
    /// What a deadlock report says of the primitive behind the waiter future `k` (the
    /// registry key `waiter` kept): `Lock-1 (line 3) held by Task-2` and the like, with
    /// `name` naming a task by id. None when it is not (or no longer) registered.
    pub fn prim_blocker(&self, k: usize, name: &dyn Fn(TaskId) -> String) -> Option<String> {
        // The numbered primitive that shows this one's changes (a Queue for its Event).
        let mut cur = k;
        let mut inner = self.entry_of(k)?;
        while inner.id.is_none() {
            cur = inner.parent?;
            inner = self.entry_of(cur)?;
        }
        let e = inner;
        let obj = e.obj.upgrade()?;
        let (state, holders, _) = self.prim_snapshot(&obj, e.what, &e.holders);
        let id = e.id?.0;
        let names = |ts: &[TaskId]| ts.iter().map(|t| name(*t)).collect::<Vec<_>>().join(", ");
        let head = format!("{}-{id} (line {})", e.what, e.line);
        let joining = cur != k && e.what.ends_with("Queue");
        let why = match e.what {
            "Lock" | "Condition" if !holders.is_empty() && k == cur => {
                format!(" held by {}", names(&holders))
            }
            "Condition" if k != cur && !holders.is_empty() => {
                format!(", its lock held by {}", names(&holders))
            }
            "Condition" => ", nobody notifies it".into(),
            "Lock" => ", nobody releases it".into(),
            "Event" => ", nobody sets it".into(),
            "Semaphore" | "BoundedSemaphore" if !holders.is_empty() => {
                format!(" {state}, held by {}", names(&holders))
            }
            "Semaphore" | "BoundedSemaphore" => format!(" {state}, nobody releases it"),
            _ if joining => format!(" {state}, nobody calls task_done()"),
            _ if state.starts_with("0 items") || state.starts_with("0/") => {
                " empty, no task puts to it".into()
            }
            _ => format!(" full ({state}), no task gets from it"),
        };
        Some(format!("{head}{why}"))
    }

    fn entry_of(&self, k: usize) -> Option<&PrimEntry> {
        self.asyncio.prims.entries.get(&k).filter(|e| {
            e.obj
                .upgrade()
                .is_some_and(|o| Rc::as_ptr(&o) as usize == k)
        })
    }

    /// The name `SyncState` gives a primitive: its class's, or the library class it derives
    /// from (`class MyLock(asyncio.Lock)` is a `Lock`).
    fn prim_kind(obj: &Instance) -> Option<&'static str> {
        std::iter::once(&obj.class)
            .chain(obj.class.mro.iter())
            .filter(|c| c.module.starts_with("asyncio."))
            .find_map(|c| KINDS.iter().copied().find(|k| **k == *c.name))
    }

    fn register_prim(&mut self, obj: &Value, children: Vec<Value>) {
        let Value::Instance(inst) = obj else { return };
        let Some(what) = Self::prim_kind(inst) else {
            return;
        };
        let k = Rc::as_ptr(inst) as usize;
        let reg = &mut self.asyncio.prims;
        if reg.entries.len() > 2 * reg.live + 64 {
            reg.entries.retain(|_, e| e.obj.strong_count() > 0);
            reg.live = reg.entries.len();
        }
        let (id, label) = match reg.quiet.last() {
            Some(label) => (None, label.clone()),
            None => {
                reg.next_id += 1;
                (Some(PrimId(reg.next_id)), None)
            }
        };
        reg.entries.insert(
            k,
            PrimEntry {
                obj: Rc::downgrade(inst),
                id,
                what,
                label,
                line: self.current_line,
                parent: None,
                holders: Vec::new(),
                last: None,
            },
        );
        for c in children.iter().filter_map(key) {
            if self.entry_of(c).is_some() {
                if let Some(e) = self.asyncio.prims.entries.get_mut(&c) {
                    e.parent = Some(k);
                }
            }
        }
        self.refresh_prim(k);
    }

    /// What a task waiting on `obj` waits for: `Lock.acquire`, `Condition.wait`,
    /// `Queue.join` (the Event a Queue keeps), the library's own label, or `method` alone.
    fn waiter_label(&self, obj: &Value, method: &str) -> String {
        let mut cur = key(obj);
        let mut method = method.to_string();
        while let Some(k) = cur {
            let Some(e) = self.entry_of(k) else { break };
            if let Some(label) = &e.label {
                return label.to_string();
            }
            if e.id.is_some() {
                return format!("{}.{}", e.what, method);
            }
            if let Some(p) = e.parent.and_then(|p| self.entry_of(p)) {
                if p.what.ends_with("Queue") && e.what == "Event" {
                    method = "join".into();
                }
            }
            cur = e.parent;
        }
        match obj {
            Value::None => method,
            other => format!("{}.{}", other.type_name(), method),
        }
    }

    /// Re-reads a primitive (and whatever shows its changes) and reports what changed.
    fn refresh_prim(&mut self, k: usize) {
        if !self.emitting() {
            return;
        }
        let mut cur = Some(k);
        while let Some(k) = cur {
            let Some(e) = self.entry_of(k) else { return };
            cur = e.parent;
            let Some(id) = e.id else { continue };
            let Some(obj) = e.obj.upgrade() else { return };
            let snapshot = self.prim_snapshot(&obj, e.what, &e.holders);
            let e = self
                .asyncio
                .prims
                .entries
                .get_mut(&k)
                .expect("entry_of found it");
            if e.last.as_ref() == Some(&snapshot) {
                continue;
            }
            e.last = Some(snapshot.clone());
            let (what, line) = (e.what.to_string(), e.line);
            let (state, holders, waiters) = snapshot;
            self.emit(EventKind::SyncState {
                prim: id,
                what,
                line,
                state,
                holders,
                waiters,
            });
        }
    }

    /// (state, holders, waiters) of a primitive, from its attributes.
    fn prim_snapshot(
        &self,
        obj: &Instance,
        what: &str,
        holders: &[TaskId],
    ) -> (String, Vec<TaskId>, Vec<TaskId>) {
        let mut waiters = Vec::new();
        let locked = |o: &Instance| match field(o, "_locked") {
            Value::Bool(true) => "locked",
            _ => "unlocked",
        };
        let state = match what {
            "Lock" => {
                waiting_tasks(&field(obj, "_waiters"), &mut waiters);
                locked(obj).to_string()
            }
            "Event" => {
                waiting_tasks(&field(obj, "_waiters"), &mut waiters);
                match field(obj, "_value") {
                    Value::Bool(true) => "set".into(),
                    _ => "clear".into(),
                }
            }
            "Semaphore" | "BoundedSemaphore" => {
                waiting_tasks(&field(obj, "_waiters"), &mut waiters);
                format!("value={}", int_field(obj, "_value"))
            }
            "Condition" => {
                let Value::Instance(lock) = field(obj, "_lock") else {
                    return (String::new(), Vec::new(), Vec::new());
                };
                waiting_tasks(&field(&lock, "_waiters"), &mut waiters);
                waiting_tasks(&field(obj, "_waiters"), &mut waiters);
                let k = Rc::as_ptr(&lock) as usize;
                let held = self
                    .entry_of(k)
                    .map(|e| e.holders.clone())
                    .unwrap_or_default();
                return (locked(&lock).to_string(), held, waiters);
            }
            _ => {
                // The queues.
                waiting_tasks(&field(obj, "_getters"), &mut waiters);
                waiting_tasks(&field(obj, "_putters"), &mut waiters);
                if let Value::Instance(ev) = field(obj, "_finished") {
                    waiting_tasks(&field(&ev, "_waiters"), &mut waiters);
                }
                let n = items(&field(obj, "_queue")).len();
                let max = int_field(obj, "_maxsize");
                let unfinished = int_field(obj, "_unfinished_tasks");
                let noun = if n == 1 { "item" } else { "items" };
                let mut s = match max > 0 {
                    true => format!("{n}/{max} {noun}"),
                    false => format!("{n} {noun}"),
                };
                if unfinished > 0 {
                    s.push_str(&format!(", unfinished={unfinished}"));
                }
                s
            }
        };
        (state, holders.to_vec(), waiters)
    }
}
