//! Processes on the one engine thread: the workers of a `ProcessPoolExecutor`.
//!
//! A process is a group of the scheduler's threads (`runtime::threads`) with a module state
//! of its own. Everything a program's modules hold lives in the VM's flat global vector
//! (`Vm::globals`) and the module cache, so a process *is* its own copy of those: when the
//! scheduler switches to a thread of another process it swaps them (`switch_process`).
//!
//! - `fork` copies the running process's state as `os.fork` would: every global of the
//!   program and of the library modules, deeply, so that a list or an instance changed in
//!   one process is not changed in the other. Classes, code, builtins and the asyncio
//!   runtime's native objects are shared (nothing a worker does to them is the model's
//!   business; a class attribute changed in a worker is the one known difference).
//! - Values cross between processes by value, with pickle's rules (`pickle.rs`): a
//!   function or class goes by its module and qualified name and is looked up again on the
//!   other side, so a lambda, a local function or a function the child never had fails
//!   with CPython's errors.
//! - Each process has a pid (fixed fakes: the main process [`MAIN_PID`], workers the next
//!   numbers) and a name (`MainProcess`, `ForkProcess-1` …).
//!
//! `_coroviz_proc` is what `library/concurrent/process.py` and `library/multiprocessing.py`
//! ask of it.

pub mod pickle;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::runtime::objects::dict::Dict;
use crate::runtime::objects::value::{Args, BoundMethod, Function, Module, Value};
use crate::runtime::vm::{PyResult, Vm};

/// The main process's `os.getpid()`.
pub const MAIN_PID: i64 = 4242;

/// What a process keeps while another one runs.
#[derive(Default)]
struct Saved {
    globals: Vec<Value>,
    globals_dict: Option<Rc<RefCell<Dict>>>,
    modules: crate::runtime::stdlib::Modules,
    random: Option<crate::runtime::numeric::random::Random>,
}

pub struct Process {
    pub pid: i64,
    pub ppid: i64,
    pub name: Rc<str>,
    /// Its module state while another process runs (None while it runs).
    saved: Option<Saved>,
    /// How it ended (None while it runs).
    pub exitcode: Option<i64>,
    /// Called (in the process, with the exit code) when `os._exit` ends it.
    on_exit: Option<Value>,
}

/// Every process of the run (index 0 is the main process) and the values in transit.
pub struct Processes {
    pub list: Vec<Process>,
    pub current: usize,
    parcels: HashMap<i64, pickle::Pickled>,
    next_parcel: i64,
}

impl Default for Processes {
    fn default() -> Self {
        Processes {
            list: vec![Process {
                pid: MAIN_PID,
                ppid: MAIN_PID - 1,
                name: Rc::from("MainProcess"),
                saved: None,
                exitcode: None,
                on_exit: None,
            }],
            current: 0,
            parcels: HashMap::new(),
            next_parcel: 1,
        }
    }
}

impl Processes {
    pub fn index_of(&self, pid: i64) -> Option<usize> {
        self.list.iter().position(|p| p.pid == pid)
    }
}

impl Vm<'_> {
    /// Makes process `p`'s module state the VM's (a thread of `p` is about to run).
    pub(crate) fn switch_process(&mut self, p: usize) {
        let cur = self.procs.current;
        if p == cur {
            return;
        }
        let mine = Saved {
            globals: std::mem::take(&mut self.globals),
            globals_dict: self.globals_dict.take(),
            modules: std::mem::take(&mut self.modules),
            random: self.random.take(),
        };
        self.procs.list[cur].saved = Some(mine);
        let theirs = self.procs.list[p]
            .saved
            .take()
            .expect("a process that does not run keeps its state");
        self.globals = theirs.globals;
        // Modules loaded by another process since gave the shared slot table more slots.
        self.globals.resize(self.global_names.len(), Value::Null);
        self.globals_dict = theirs.globals_dict;
        self.modules = theirs.modules;
        self.random = theirs.random;
        self.procs.current = p;
    }

    /// `os.fork()` for a pool's worker: a new process named `name` whose module state is a
    /// copy of the running one's. Gives its index.
    pub fn process_fork(&mut self, name: &str) -> usize {
        let mut copier = ForkCopy::default();
        let globals = self.globals.iter().map(|v| copier.copy(v)).collect();
        let modules = self.modules.map_values(|v| copier.copy(v));
        let globals_dict =
            self.globals_dict
                .as_ref()
                .map(|d| match copier.copy(&Value::Dict(d.clone())) {
                    Value::Dict(d) => d,
                    _ => unreachable!("a dict copies to a dict"),
                });
        let parent = &self.procs.list[self.procs.current];
        let ppid = parent.pid;
        let pid = self
            .procs
            .list
            .iter()
            .map(|p| p.pid)
            .max()
            .unwrap_or(MAIN_PID)
            + 1;
        self.procs.list.push(Process {
            pid,
            ppid,
            name: Rc::from(name),
            saved: Some(Saved {
                globals,
                globals_dict,
                modules,
                random: None,
            }),
            exitcode: None,
            on_exit: None,
        });
        self.procs.list.len() - 1
    }

    /// The running process ended by `os._exit(code)`: its hook tells whoever waits for it,
    /// and its other threads end where they stand.
    pub(crate) fn process_exited(&mut self, code: i64) -> Result<(), crate::runtime::vm::Abort> {
        let p = self.procs.current;
        self.procs.list[p].exitcode.get_or_insert(code);
        if let Some(hook) = self.procs.list[p].on_exit.take() {
            match self.call(&hook, Args::new(vec![Value::Int(code)])) {
                Ok(_) => {}
                Err(crate::runtime::vm::Unwind::Abort(a)) => return Err(a),
                Err(crate::runtime::vm::Unwind::Exc(e)) => {
                    let text = self.format_exception(&e);
                    self.write_stderr(&text);
                }
            }
        }
        self.threads_of_process_end(p);
        Ok(())
    }

    /// The running process's record.
    pub fn process(&self) -> &Process {
        &self.procs.list[self.procs.current]
    }
}

type Attrs = crate::runtime::objects::value::NameMap;

/// A deep copy of a process's values, each object copied once (shared structure and
/// cycles stay as they were).
#[derive(Default)]
struct ForkCopy {
    memo: HashMap<usize, Value>,
}

impl ForkCopy {
    fn copy(&mut self, v: &Value) -> Value {
        let addr = match v {
            Value::List(r) => Rc::as_ptr(r) as *const () as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as *const () as usize,
            Value::Dict(r) | Value::Set(r) => Rc::as_ptr(r) as *const () as usize,
            Value::ByteArray(r) => Rc::as_ptr(r) as *const () as usize,
            Value::Function(r) => Rc::as_ptr(r) as *const () as usize,
            Value::Cell(r) => Rc::as_ptr(r) as *const () as usize,
            Value::BoundMethod(r) => Rc::as_ptr(r) as *const () as usize,
            Value::Instance(r) => Rc::as_ptr(r) as *const () as usize,
            Value::Module(r) => Rc::as_ptr(r) as *const () as usize,
            _ => return v.clone(),
        };
        if let Some(done) = self.memo.get(&addr) {
            return done.clone();
        }
        match v {
            Value::List(l) => {
                let new = Rc::new(RefCell::new(Vec::new()));
                self.memo.insert(addr, Value::List(new.clone()));
                let items = l.borrow().clone();
                let copied = items.iter().map(|x| self.copy(x)).collect();
                *new.borrow_mut() = copied;
                Value::List(new)
            }
            Value::Tuple(t) => {
                let copied = Value::Tuple(Rc::new(t.iter().map(|x| self.copy(x)).collect()));
                self.memo.insert(addr, copied.clone());
                copied
            }
            Value::Dict(d) => {
                let new = Rc::new(RefCell::new(Dict::new()));
                self.memo.insert(addr, Value::Dict(new.clone()));
                self.fill_dict(&new, d);
                Value::Dict(new)
            }
            Value::Set(d) => {
                let new = Value::Set(Rc::new(RefCell::new(d.borrow().clone())));
                self.memo.insert(addr, new.clone());
                new
            }
            Value::ByteArray(b) => {
                let new = Value::ByteArray(Rc::new(RefCell::new(b.borrow().clone())));
                self.memo.insert(addr, new.clone());
                new
            }
            Value::Cell(c) => {
                let new = Rc::new(RefCell::new(Value::Null));
                self.memo.insert(addr, Value::Cell(new.clone()));
                let inner = c.borrow().clone();
                *new.borrow_mut() = self.copy(&inner);
                Value::Cell(new)
            }
            Value::Function(f) => {
                // The closure's cells first as empty shells: a recursive local function's
                // cell holds the function itself.
                let mut fill = Vec::new();
                let closure = f
                    .closure
                    .iter()
                    .map(|c| {
                        let key = Rc::as_ptr(c) as *const () as usize;
                        if let Some(Value::Cell(done)) = self.memo.get(&key) {
                            return done.clone();
                        }
                        let shell = Rc::new(RefCell::new(Value::Null));
                        self.memo.insert(key, Value::Cell(shell.clone()));
                        fill.push((c.clone(), shell.clone()));
                        shell
                    })
                    .collect();
                let defaults = f.defaults.iter().map(|d| self.copy(d)).collect();
                let kwdefaults = f
                    .kwdefaults
                    .iter()
                    .map(|(k, d)| (k.clone(), self.copy(d)))
                    .collect();
                let new = Rc::new(Function {
                    code: f.code.clone(),
                    name: RefCell::new(f.name.borrow().clone()),
                    qualname: RefCell::new(f.qualname.borrow().clone()),
                    defaults,
                    kwdefaults,
                    closure,
                    attrs: RefCell::new(Default::default()),
                });
                self.memo.insert(addr, Value::Function(new.clone()));
                for (old, shell) in fill {
                    let inner = old.borrow().clone();
                    *shell.borrow_mut() = self.copy(&inner);
                }
                self.fill_attrs(&new.attrs, &f.attrs);
                Value::Function(new)
            }
            Value::BoundMethod(b) => {
                let receiver = self.copy(&b.receiver);
                let func = self.copy(&b.func);
                let new = Value::BoundMethod(Rc::new(BoundMethod { receiver, func }));
                self.memo.insert(addr, new.clone());
                new
            }
            Value::Instance(i) => {
                let payload = i.payload.as_ref().map(|p| self.copy(p));
                let dict = Rc::new(RefCell::new(Dict::new()));
                let new = Rc::new(crate::runtime::objects::instance::Instance {
                    class: i.class.clone(),
                    dict: dict.clone(),
                    payload,
                });
                self.memo.insert(addr, Value::Instance(new.clone()));
                self.fill_dict(&dict, &i.dict);
                Value::Instance(new)
            }
            Value::Module(m) => {
                let new = Rc::new(Module {
                    name: m.name.clone(),
                    attrs: RefCell::new(Default::default()),
                });
                self.memo.insert(addr, Value::Module(new.clone()));
                self.fill_attrs(&new.attrs, &m.attrs);
                Value::Module(new)
            }
            _ => v.clone(),
        }
    }

    /// Copies a function's or module's attributes `from` into `to`.
    fn fill_attrs(&mut self, to: &RefCell<Attrs>, from: &RefCell<Attrs>) {
        let attrs: Vec<(Rc<str>, Value)> = from
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in attrs {
            let v = self.copy(&v);
            to.borrow_mut().insert(k, v);
        }
    }

    /// Copies `from`'s entries into `to` (keys are hashable, so they are kept as they are).
    fn fill_dict(&mut self, to: &Rc<RefCell<Dict>>, from: &Rc<RefCell<Dict>>) {
        let entries = from.borrow().entries();
        for (k, v) in entries {
            let v = self.copy(&v);
            to.borrow_mut().insert(k, v);
        }
    }
}

/// `_coroviz_proc`: what the process pool and `multiprocessing` ask of the model.
pub fn make_module() -> Value {
    crate::runtime::stdlib::module(
        "_coroviz_proc",
        &[
            ("fork", py_fork),
            ("start", py_start),
            ("getpid", py_getpid),
            ("getppid", py_getppid),
            ("name", py_name),
            ("dumps", py_dumps),
            ("loads", py_loads),
            ("terminate", py_terminate),
            ("exit", py_exit),
        ],
    )
}

/// `fork(name)`: a new process, a copy of the running one; gives its pid.
fn py_fork(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.pos.first() {
        Some(v) => vm.to_str(v)?,
        None => String::from("ForkProcess"),
    };
    let p = vm.process_fork(&name);
    Ok(Value::Int(vm.procs.list[p].pid))
}

fn pid_arg(vm: &Vm, args: &Args) -> PyResult<usize> {
    match args.pos.first() {
        Some(Value::Int(pid)) => vm
            .procs
            .index_of(*pid)
            .ok_or_else(|| vm.value_error(format!("_coroviz_proc: no process {pid}"))),
        _ => Err(vm.type_error("_coroviz_proc: a pid expected")),
    }
}

/// `start(pid, body, on_exit)`: the process's main thread begins, running `body()`; gives
/// its ident. `on_exit(code)` runs if `os._exit` ends the process.
fn py_start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = pid_arg(vm, &args)?;
    let body = args.pos.get(1).cloned().unwrap_or(Value::None);
    vm.procs.list[p].on_exit = args.pos.get(2).cloned();
    let name = vm.procs.list[p].name.to_string();
    // Not a daemon (CPython 3.9+ joins a pool's workers at exit).
    Ok(Value::Int(vm.thread_start_in(body, name, false, p)?))
}

fn py_getpid(vm: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.process().pid))
}

fn py_getppid(vm: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.process().ppid))
}

fn py_name(vm: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(Value::Str(vm.process().name.clone()))
}

/// `dumps(obj)`: `obj` pickled, as a parcel number for `loads` in another process.
fn py_dumps(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = args.pos.first().cloned().unwrap_or(Value::None);
    let pickled = vm.pickle(&obj)?;
    let id = vm.procs.next_parcel;
    vm.procs.next_parcel += 1;
    vm.procs.parcels.insert(id, pickled);
    Ok(Value::Int(id))
}

/// `loads(parcel)`: the value again, made in the running process.
fn py_loads(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Int(id)) = args.pos.first() else {
        return Err(vm.type_error("_coroviz_proc: a parcel expected"));
    };
    let Some(pickled) = vm.procs.parcels.remove(id) else {
        return Err(vm.value_error("_coroviz_proc: no such parcel"));
    };
    vm.unpickle(&pickled)
}

/// `terminate(pid, exitcode)`: the process ends at once; its threads never run again.
fn py_terminate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = pid_arg(vm, &args)?;
    let code = match args.pos.get(1) {
        Some(Value::Int(c)) => *c,
        _ => -15,
    };
    vm.procs.list[p].exitcode.get_or_insert(code);
    vm.threads_of_process_end(p);
    Ok(Value::None)
}

/// `exit(code)`: `os._exit`, in a worker process.
fn py_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code = match args.pos.first() {
        Some(Value::Int(c)) => *c,
        Some(Value::Bool(b)) => *b as i64,
        Some(other) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
        None => return Err(vm.type_error("_exit() missing required argument 'status' (pos 1)")),
    };
    if vm.procs.current == 0 {
        return Err(vm.unmodelled("`os._exit` in the main process"));
    }
    Err(crate::runtime::vm::Unwind::Abort(
        crate::runtime::vm::Abort::ProcessExit(code),
    ))
}
