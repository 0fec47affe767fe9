//! Python-style argument binding for native functions that CPython writes in Python
//! (`asyncio.sleep(delay, result=None)`, `loop.call_later(delay, callback, *args)`): the
//! same parameters and the same `TypeError` texts as calling the Python function.

use std::rc::Rc;

use crate::runtime::objects::value::{Args, Value};
use crate::runtime::vm::call::name_list;
use crate::runtime::vm::{PyResult, Vm};

/// A Python signature: positional-or-keyword parameters (the first `required` without
/// defaults), optionally `*args`, then keyword-only parameters (all with defaults).
pub struct Signature {
    /// As CPython names the function in errors: `sleep`, `BaseEventLoop.call_soon`.
    pub name: &'static str,
    pub positional: &'static [&'static str],
    pub required: usize,
    pub varargs: bool,
    pub keyword_only: &'static [&'static str],
}

/// Arguments bound to a [`Signature`]: one slot per parameter (`None` when not given, so
/// the caller applies the default), plus what `*args` collected.
pub struct Bound {
    pub positional: Vec<Option<Value>>,
    pub extra: Vec<Value>,
    pub keyword_only: Vec<Option<Value>>,
}

impl Bound {
    /// The `i`th positional parameter, if given.
    pub fn arg(&self, i: usize) -> Option<Value> {
        self.positional.get(i).cloned().flatten()
    }

    /// The keyword-only parameter `name`, if given.
    pub fn kw(&self, sig: &Signature, name: &str) -> Option<Value> {
        let i = sig.keyword_only.iter().position(|k| *k == name)?;
        self.keyword_only[i].clone()
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

impl Signature {
    /// Binds `args` as CPython binds a call: keywords first (unexpected names, values given
    /// twice), then too many positional arguments, then missing required ones.
    pub fn bind(&self, vm: &Vm, args: Args) -> PyResult<Bound> {
        let name = self.name;
        let npos = args.pos.len();
        let mut positional: Vec<Option<Value>> = vec![None; self.positional.len()];
        let mut extra = Vec::new();
        for (i, v) in args.pos.into_iter().enumerate() {
            match positional.get_mut(i) {
                Some(slot) => *slot = Some(v),
                None => extra.push(v),
            }
        }
        let mut keyword_only: Vec<Option<Value>> = vec![None; self.keyword_only.len()];
        let mut kwonly_given = 0;
        for (k, v) in args.kw {
            if let Some(i) = self.positional.iter().position(|p| **p == *k) {
                if positional[i].is_some() {
                    return Err(
                        vm.type_error(format!("{name}() got multiple values for argument '{k}'"))
                    );
                }
                positional[i] = Some(v);
            } else if let Some(i) = self.keyword_only.iter().position(|p| **p == *k) {
                keyword_only[i] = Some(v);
                kwonly_given += 1;
            } else {
                return Err(
                    vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'"))
                );
            }
        }
        if !self.varargs && npos > self.positional.len() {
            let n = self.positional.len();
            let takes = if self.required < n {
                format!("from {} to {n} positional arguments", self.required)
            } else {
                format!("{n} positional argument{}", plural(n))
            };
            let given = if kwonly_given > 0 {
                format!(
                    "{npos} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                    plural(npos),
                    plural(kwonly_given)
                )
            } else {
                format!("{npos} {} given", if npos == 1 { "was" } else { "were" })
            };
            return Err(vm.type_error(format!("{name}() takes {takes} but {given}")));
        }
        let missing: Vec<Rc<str>> = self.positional[..self.required]
            .iter()
            .zip(&positional)
            .filter(|(_, v)| v.is_none())
            .map(|(p, _)| Rc::from(*p))
            .collect();
        if !missing.is_empty() {
            return Err(vm.type_error(format!(
                "{name}() missing {} required positional argument{}: {}",
                missing.len(),
                plural(missing.len()),
                name_list(&missing)
            )));
        }
        Ok(Bound {
            positional,
            extra,
            keyword_only,
        })
    }
}

/// The signature of a C function whose arguments Argument Clinic parses
/// (`_asyncio.Task(coro, *, loop=None, name=None, context=None)`): the same checks in
/// the same order, with their own texts (`Task() missing required argument 'coro' (pos 1)`).
pub struct ClinicSignature {
    pub name: &'static str,
    /// Every parameter; the first `max_positional` may be given by position.
    pub params: &'static [&'static str],
    pub max_positional: usize,
    /// The first `required` parameters must be given.
    pub required: usize,
}

impl ClinicSignature {
    /// One slot per parameter, `None` when not given.
    pub fn bind(&self, vm: &Vm, args: Args) -> PyResult<Vec<Option<Value>>> {
        let name = self.name;
        let (npos, nkw) = (args.pos.len(), args.kw.len());
        let max = self.params.len();
        if npos + nkw > max {
            return Err(vm.type_error(format!(
                "{name}() takes at most {max} {}argument{} ({} given)",
                if npos == 0 { "keyword " } else { "" },
                plural(max),
                npos + nkw
            )));
        }
        if npos > self.max_positional {
            return Err(vm.type_error(match self.max_positional {
                0 => format!("{name}() takes no positional arguments"),
                n => format!(
                    "{name}() takes {} {n} positional argument{} ({npos} given)",
                    if self.required == n {
                        "exactly"
                    } else {
                        "at most"
                    },
                    plural(n)
                ),
            }));
        }
        let mut slots: Vec<Option<Value>> = vec![None; max];
        for (slot, v) in slots.iter_mut().zip(args.pos) {
            *slot = Some(v);
        }
        let mut kw = args.kw;
        for (i, param) in self.params.iter().enumerate().skip(npos) {
            if let Some(at) = kw.iter().position(|(k, _)| **k == **param) {
                slots[i] = Some(kw.remove(at).1);
            } else if i < self.required {
                return Err(vm.type_error(format!(
                    "{name}() missing required argument '{param}' (pos {})",
                    i + 1
                )));
            }
        }
        if let Some((k, _)) = kw.first() {
            if let Some(i) = self.params[..npos].iter().position(|p| **p == **k) {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        }
        Ok(slots)
    }
}
