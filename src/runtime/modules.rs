//! The modules a program can import: `asyncio`, `time` (on the virtual clock), `random`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use indexmap::IndexMap;

use crate::runtime::event::EventKind;
use crate::runtime::value::{Args, Builtin, Module, NativeFn, Value};
use crate::runtime::vm::{PyResult, Vm};

/// Imported modules, made on first import.
#[derive(Default)]
pub struct Modules {
    cache: HashMap<String, Value>,
}

pub fn import(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = vm.modules.cache.get(name) {
        return Ok(m.clone());
    }
    if let Some(lib) = crate::runtime::library::find(name) {
        let m = vm.load_library(lib)?;
        vm.modules.cache.insert(name.to_string(), m.clone());
        return Ok(m);
    }
    let m = match name {
        "asyncio" => crate::runtime::asyncio::module::make_module(vm),
        "_coroviz" => crate::runtime::asyncio::prims::make_module(),
        "time" => module(
            "time",
            &[
                ("time", time_time),
                ("monotonic", time_monotonic),
                ("perf_counter", time_monotonic),
                ("sleep", time_sleep),
                ("time_ns", time_ns),
                ("monotonic_ns", monotonic_ns),
                ("perf_counter_ns", monotonic_ns),
            ],
        ),
        "random" => crate::runtime::pyrandom::make_module(),
        "sys" => sys_module(vm),
        "functools" => crate::runtime::functools::make_module(vm),
        "inspect" => crate::runtime::inspect::make_module(vm),
        "types" => crate::runtime::inspect::make_types_module(vm),
        "collections.abc" => crate::runtime::inspect::make_abc_module(vm),
        "collections" => {
            let abc = import(vm, "collections.abc")?;
            crate::runtime::inspect::make_collections_module(abc)
        }
        other => {
            return Err(vm.exc(
                &vm.types.exc.module_not_found_error,
                format!("No module named '{other}'"),
            ))
        }
    };
    vm.modules.cache.insert(name.to_string(), m.clone());
    Ok(m)
}

pub fn module(name: &str, funcs: &[(&'static str, NativeFn)]) -> Value {
    let mut attrs: IndexMap<Rc<str>, Value> = IndexMap::new();
    for (n, f) in funcs {
        attrs.insert(
            Rc::from(*n),
            Value::Builtin(Rc::new(Builtin {
                name: n,
                func: *f,
                bound: None,
            })),
        );
    }
    Value::Module(Rc::new(Module {
        name: Rc::from(name),
        attrs: RefCell::new(attrs),
    }))
}

/// `time.time()` is the virtual clock plus a fixed epoch.
pub const EPOCH: f64 = 1_700_000_000.0;

fn time_time(vm: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(Value::Float(EPOCH + vm.asyncio.now))
}

fn time_monotonic(vm: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(Value::Float(vm.asyncio.now))
}

fn time_ns(vm: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(Value::Int(((EPOCH + vm.asyncio.now) * 1e9) as i64))
}

fn monotonic_ns(vm: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(Value::Int((vm.asyncio.now * 1e9) as i64))
}

/// `time.sleep(d)`: blocks everything and advances the clock; a scripted Ctrl-C due during
/// the sleep is delivered at its time (the oracle does the same).
fn time_sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = match args.pos.first() {
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Float(f)) => *f,
        Some(Value::Bool(b)) => *b as i64 as f64,
        Some(other) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
        None => return Err(vm.type_error("time.sleep() takes exactly one argument (0 given)")),
    };
    if d < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let start = vm.asyncio.now;
    if vm.emitting() {
        let line = vm.current_line;
        vm.emit(EventKind::LoopBlocked { line, duration: d });
    }
    if vm.asyncio.next_interrupt_due(start + d) {
        let a = vm.asyncio.script.pop_front().expect("due action");
        if a.at > vm.asyncio.now {
            vm.advance_clock(a.at)?;
        }
        vm.deliver_interrupt()?;
    }
    // A person may press Ctrl-C while the loop is blocked: deliver it, then sleep on.
    while vm.advance_clock(start + d)? {
        match vm.host.take_action() {
            Some(crate::runtime::engine::Action::Interrupt) => vm.deliver_interrupt()?,
            Some(other) => vm.asyncio.deferred.push_back(other),
            None => {}
        }
    }
    Ok(Value::None)
}

/// A standard stream: a small module-like object whose `write` knows which stream it is.
fn stream(name: &'static str) -> Value {
    let m = module(name, &[("flush", stream_flush)]);
    if let Value::Module(m) = &m {
        let write = Builtin {
            name: "write",
            func: stream_write,
            bound: Some(Value::str(name)),
        };
        m.attrs
            .borrow_mut()
            .insert(Rc::from("write"), Value::Builtin(Rc::new(write)));
    }
    m
}

/// `sys`: exit, the standard streams, and a few constants programs print.
fn sys_module(vm: &Vm) -> Value {
    let m = module(
        "sys",
        &[
            ("exit", sys_exit),
            ("getrecursionlimit", sys_getrecursionlimit),
        ],
    );
    if let Value::Module(m) = &m {
        let mut a = m.attrs.borrow_mut();
        a.insert(Rc::from("stdout"), stream("<stdout>"));
        a.insert(Rc::from("stderr"), stream("<stderr>"));
        a.insert(
            Rc::from("argv"),
            Value::list(vec![Value::Str(vm.source_file.clone())]),
        );
        a.insert(Rc::from("platform"), Value::str("linux"));
        a.insert(Rc::from("maxsize"), Value::Int(i64::MAX));
        a.insert(Rc::from("version"), Value::str("3.11.7 (coroviz)"));
        a.insert(
            Rc::from("version_info"),
            Value::tuple(vec![
                Value::Int(3),
                Value::Int(11),
                Value::Int(7),
                Value::str("final"),
                Value::Int(0),
            ]),
        );
    }
    m
}

fn sys_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let exc = crate::runtime::exceptions::ExcObj::new(
        vm.types.exc.system_exit.clone(),
        args.pos.into_iter().take(1).collect(),
    );
    Err(crate::runtime::vm::Unwind::Exc(exc))
}

fn sys_getrecursionlimit(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(crate::runtime::vm::MAX_DEPTH as i64))
}

/// `sys.stdout.write(s)` / `sys.stderr.write(s)`: the receiver is the stream module.
fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let to_stderr = matches!(args.pos.first(), Some(Value::Str(n)) if &**n == "<stderr>");
    let Some(Value::Str(s)) = args.pos.get(1) else {
        return Err(vm.type_error("write() argument must be str"));
    };
    let n = s.chars().count();
    if to_stderr {
        vm.write_stderr(s);
    } else {
        vm.write_stdout(s);
    }
    Ok(Value::Int(n as i64))
}

fn stream_flush(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}
