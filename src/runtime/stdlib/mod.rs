//! The modules a program can import, made on first import: the native ones here (`time` on
//! the virtual clock, `sys`, `random`, `math`, `functools`, `inspect`/`types`/`collections.abc`),
//! `asyncio` from `runtime::asyncio`, and the Python ones of `runtime::library`.

pub mod copy;
pub mod functools;
pub mod inspect;
pub mod logsupport;
pub mod math;
pub mod operator;
pub mod os;
pub mod random;
pub mod re;
pub mod sys;
pub mod time;
pub mod traceback;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::runtime::objects::value::{Builtin, Module, NativeFn, Value};
use crate::runtime::vm::{PyResult, Vm};

/// Imported modules, made on first import.
#[derive(Default)]
pub struct Modules {
    cache: HashMap<String, Value>,
}

impl Modules {
    /// The same modules with each value mapped (a forked process's copy).
    pub fn map_values(&self, mut f: impl FnMut(&Value) -> Value) -> Modules {
        Modules {
            cache: self.cache.iter().map(|(k, v)| (k.clone(), f(v))).collect(),
        }
    }

    /// The module `name` if it has been imported already.
    pub fn loaded(&self, name: &str) -> Option<&Value> {
        self.cache.get(name)
    }
}

pub fn import(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = vm.modules.cache.get(name) {
        return Ok(m.clone());
    }
    if let Some(lib) = crate::runtime::library::find(name) {
        let m = vm.load_library(lib)?;
        vm.modules.cache.insert(name.to_string(), m.clone());
        vm.contexts_in_use |= name == "contextvars";
        return Ok(m);
    }
    let m = match name {
        "asyncio" => crate::runtime::asyncio::module::make_module(vm),
        "_coroviz" => crate::runtime::asyncio::prims::make_module(),
        "_coroviz_threads" => crate::runtime::threads::make_module(),
        "_coroviz_proc" => crate::runtime::processes::make_module(),
        "time" => time::make_module(),
        "random" => crate::runtime::stdlib::random::make_module(),
        "math" => math::make_module(),
        "_operator" => operator::make_module(),
        "_copy" => copy::make_module(),
        "_coroviz_re" => re::make_module(),
        "_coroviz_os" => os::make_module(),
        "_coroviz_tb" => traceback::make_module(),
        "os.path" => return import(vm, "posixpath"),
        // `import concurrent.futures` binds the package, whose one modelled name is `futures`.
        "concurrent" => {
            let futures = import(vm, "concurrent.futures")?;
            let m = module("concurrent", &[]);
            if let Value::Module(p) = &m {
                p.attrs.borrow_mut().insert(Rc::from("futures"), futures);
            }
            m
        }
        "_logsupport" => logsupport::make_module(),
        "sys" => sys::make_module(vm),
        "_functools" => crate::runtime::stdlib::functools::make_module(vm),
        "inspect" => crate::runtime::stdlib::inspect::make_module(vm),
        "types" => crate::runtime::stdlib::inspect::make_types_module(vm),
        "collections" => {
            let abc = import(vm, "collections.abc")?;
            crate::runtime::stdlib::inspect::make_collections_module(abc)
        }
        other => {
            return Err(vm.exc(
                &vm.types.exc.module_not_found_error,
                format!("No module named '{other}'"),
            ))
        }
    };
    vm.modules.cache.insert(name.to_string(), m.clone());
    if name == "asyncio" {
        vm.log_asyncio_imported()?;
    }
    Ok(m)
}

pub fn module(name: &str, funcs: &[(&'static str, NativeFn)]) -> Value {
    let mut attrs: crate::runtime::objects::value::NameMap = Default::default();
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
