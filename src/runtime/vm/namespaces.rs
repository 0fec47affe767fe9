//! `locals()`, `globals()`, `vars()` and `dir()` without arguments: the namespaces of the
//! running frame, which the compiler turns into [`Instr::ScopeNames`] because a builtin
//! function cannot see its caller's frame.
//!
//! Invariant: once a program has called `globals()`, `Vm::globals_dict` holds the module's
//! namespace as CPython's `__main__.__dict__` would, kept current by every store and
//! delete of a program global (writes *through* the dict are refused by the compiler).

use std::cell::RefCell;
use std::rc::Rc;

use crate::lang::bytecode::{CodeKind, ScopeNames};
use crate::runtime::objects::dict::Dict;
use crate::runtime::objects::instance::Instance;
use crate::runtime::objects::value::{Module, Value};
use crate::runtime::vm::frame::Frame;
use crate::runtime::vm::{PyResult, Vm};

/// The names CPython's `__main__` holds before the program's first line, in its order.
const MAIN_DUNDERS: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__annotations__",
    "__builtins__",
    "__file__",
    "__cached__",
];

impl Vm<'_> {
    /// Runs [`Instr::ScopeNames`] for frame `f`.
    pub(super) fn scope_names(&mut self, f: &Frame, what: ScopeNames) -> PyResult<Value> {
        if self.in_library {
            return Err(self.unmodelled("`locals()`/`globals()` in coroviz's library code"));
        }
        let ns = match (what, f.code.kind) {
            (ScopeNames::Globals, _) | (_, CodeKind::Module) => {
                Value::Dict(self.module_namespace())
            }
            (_, CodeKind::Class) => f.locals[0].clone(),
            _ => Value::Dict(Rc::new(RefCell::new(frame_locals(f)))),
        };
        if what != ScopeNames::Dir {
            return Ok(ns);
        }
        let mut names = match &ns {
            Value::Dict(d) => d.borrow().keys(),
            other => {
                let keys = self.call_method(other, "keys", Default::default())?;
                self.collect(&keys)?
            }
        };
        let mut failed = None;
        names.sort_by(|a, b| match (a, b) {
            (Value::Str(x), Value::Str(y)) => x.cmp(y),
            _ => {
                failed = Some(());
                std::cmp::Ordering::Equal
            }
        });
        if failed.is_some() {
            return Err(self.type_error("'<' not supported between instances of the names"));
        }
        Ok(Value::list(names))
    }

    /// The program module's namespace, made on first use and brought up to date.
    pub fn module_namespace(&mut self) -> Rc<RefCell<Dict>> {
        let d = match &self.globals_dict {
            Some(d) => d.clone(),
            None => {
                let d = Rc::new(RefCell::new(self.main_dunders()));
                self.globals_dict = Some(d.clone());
                d
            }
        };
        {
            let mut ns = d.borrow_mut();
            for slot in 0..self.program_globals {
                let v = &self.globals[slot];
                if !v.is_null() {
                    ns.set_str(&self.global_names[slot], v.clone());
                }
            }
        }
        d
    }

    fn main_dunders(&mut self) -> Dict {
        let loader_class = crate::runtime::objects::exceptions::make_class(
            "SourceFileLoader",
            "_frozen_importlib_external",
            vec![self.types.object.clone()],
            None,
        );
        let loader = Instance::new(loader_class);
        loader
            .dict
            .borrow_mut()
            .set_str("name", Value::str("__main__"));
        loader
            .dict
            .borrow_mut()
            .set_str("path", Value::Str(self.source_file.clone()));
        let loader = Value::Instance(Rc::new(loader));
        let mut builtins: crate::runtime::objects::value::NameMap =
            crate::runtime::builtins::table(self)
                .into_iter()
                .map(|(k, v)| (Rc::from(k), v))
                .collect();
        builtins.sort_keys();
        // The very objects the program's own names reach (`__builtins__.len is len`).
        for slot in 0..self.program_globals {
            let b = &self.global_builtins[slot];
            if !b.is_null() {
                builtins.insert(self.global_names[slot].clone(), b.clone());
            }
        }
        let builtins = Value::Module(Rc::new(Module {
            name: Rc::from("builtins"),
            attrs: RefCell::new(builtins),
        }));
        let mut ns = Dict::new();
        for name in MAIN_DUNDERS {
            let v = match *name {
                "__loader__" => loader.clone(),
                "__annotations__" => Value::Dict(Rc::new(RefCell::new(Dict::new()))),
                "__builtins__" => builtins.clone(),
                _ => Value::None,
            };
            ns.set_str(name, v);
        }
        ns
    }

    /// A store or delete of global `slot` reaches the namespace `globals()` returned.
    pub(super) fn mirror_global(&mut self, slot: u32) {
        let Some(d) = &self.globals_dict else { return };
        let slot = slot as usize;
        if slot >= self.program_globals {
            return;
        }
        let name = &self.global_names[slot];
        match &self.globals[slot] {
            Value::Null => {
                d.borrow_mut().remove_str(name);
            }
            v => d.borrow_mut().set_str(name, v.clone()),
        }
    }
}

/// A function frame's bound variables in CPython's order: the locals (parameters first,
/// a parameter that is also a cell read through its cell), then the other cell variables,
/// then the free variables.
fn frame_locals(f: &Frame) -> Dict {
    let code = &f.code;
    let mut d = Dict::new();
    let cell_of_arg = |i: usize| {
        code.cell2arg
            .iter()
            .position(|a| *a == Some(i as u32))
            .map(|c| f.cells[c].borrow().clone())
    };
    for (i, name) in code.varnames.iter().enumerate() {
        if name.starts_with('.') {
            continue;
        }
        let v = cell_of_arg(i).unwrap_or_else(|| f.locals[i].clone());
        if !v.is_null() {
            d.set_str(name, v);
        }
    }
    let cells = code.cellvars.iter().zip(&code.cell2arg);
    for (c, (name, arg)) in cells.enumerate() {
        if arg.is_none() {
            let v = f.cells[c].borrow().clone();
            if !v.is_null() {
                d.set_str(name, v);
            }
        }
    }
    for (k, name) in code.freevars.iter().enumerate() {
        let v = f.cells[code.cellvars.len() + k].borrow().clone();
        if !v.is_null() {
            d.set_str(name, v);
        }
    }
    d
}
