//! What `match` asks of objects at run time (CPython 3.11's MATCH_SEQUENCE, MATCH_MAPPING,
//! MATCH_KEYS and MATCH_CLASS): which subjects sequence and mapping patterns accept, how
//! mapping keys are looked up, and how a class pattern picks its attributes.

use std::rc::Rc;

use crate::runtime::objects::dict::Dict;
use crate::runtime::objects::value::{Args, BuiltinType, Class, Value};
use crate::runtime::vm::{PyResult, Unwind, Vm};

/// Builtin types whose class pattern with one positional sub-pattern matches the subject
/// itself (`case int(n):`), CPython's `_Py_TPFLAGS_MATCH_SELF`.
const MATCH_SELF: &[BuiltinType] = &[
    BuiltinType::Bool,
    BuiltinType::Int,
    BuiltinType::Float,
    BuiltinType::Str,
    BuiltinType::List,
    BuiltinType::Tuple,
    BuiltinType::Dict,
    BuiltinType::Set,
    BuiltinType::FrozenSet,
    BuiltinType::Bytes,
    BuiltinType::ByteArray,
];

impl Vm<'_> {
    /// May a sequence pattern match `v`? CPython asks the type's `Py_TPFLAGS_SEQUENCE`,
    /// which list, tuple, range and `collections.deque` have and pass on to classes derived
    /// from them through first bases; str never has it.
    pub fn match_sequence(&self, v: &Value) -> bool {
        let deque = self.library_deque();
        let types = &self.types;
        self.first_bases(v).any(|k| {
            Rc::ptr_eq(&k, &types.list)
                || Rc::ptr_eq(&k, &types.tuple)
                || Rc::ptr_eq(&k, &types.range)
                || deque.as_ref().is_some_and(|d| Rc::ptr_eq(&k, d))
        })
    }

    /// May a mapping pattern match `v`? (`Py_TPFLAGS_MAPPING`: dict and what derives from it.)
    pub fn match_mapping(&self, v: &Value) -> bool {
        self.first_bases(v)
            .any(|k| Rc::ptr_eq(&k, &self.types.dict))
    }

    /// The class of `v`, its first base, that one's first base, …: the line along which
    /// CPython passes a type's flags on.
    fn first_bases(&self, v: &Value) -> impl Iterator<Item = Rc<Class>> {
        std::iter::successors(Some(self.types.class_of(v)), |k| k.bases.first().cloned())
    }

    /// coroviz's `collections.deque` class, once its module is loaded.
    fn library_deque(&self) -> Option<Rc<Class>> {
        match self.modules.loaded("_collections") {
            Some(Value::Module(m)) => match m.attrs.borrow().get("deque") {
                Some(Value::Class(d)) => Some(d.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// `**rest` of a mapping pattern: a new dict of the subject's items (as `dict.update`
    /// takes them: `keys()` and indexing for other mappings) without the matched `keys`.
    pub fn match_rest(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let mut rest = Dict::new();
        match subject {
            Value::Dict(d) => rest = d.borrow().clone(),
            other => {
                let keys = self.call_method(other, "keys", Args::default())?;
                for k in self.collect(&keys)? {
                    let v = self.get_item(other, &k)?;
                    let k = self.key(k)?;
                    self.local_insert(&mut rest, k, v)?;
                }
            }
        }
        if let Value::Tuple(keys) = keys {
            for k in keys.iter() {
                let k = self.key(k.clone())?;
                let k = self.key_in_local(&rest, k)?;
                rest.remove(&k);
            }
        }
        Ok(Value::Dict(Rc::new(std::cell::RefCell::new(rest))))
    }

    /// MATCH_KEYS: the values of `keys` (a tuple) in `subject`, looked up with
    /// `subject.get(key, missing)` so a `__missing__` never runs; None when one is missing.
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let Value::Tuple(keys) = keys else {
            unreachable!("the compiler builds a tuple of keys")
        };
        if keys.is_empty() {
            return Ok(Value::tuple(Vec::new()));
        }
        // A fresh object nothing else can hold: `get` returns it only for a missing key.
        let missing = Value::list(Vec::new());
        let mut seen = Dict::new();
        let mut values = Vec::with_capacity(keys.len());
        for key in keys.iter() {
            let k = self.key(key.clone())?;
            if self.local_contains(&seen, &k)? {
                let r = self.repr(key)?;
                return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            seen.insert(k, Value::None);
            let v = self.call_method(
                subject,
                "get",
                Args::new(vec![key.clone(), missing.clone()]),
            )?;
            if v.is(&missing) {
                return Ok(Value::None);
            }
            values.push(v);
        }
        Ok(Value::tuple(values))
    }

    /// MATCH_CLASS: a tuple of the attributes a class pattern matches against (the
    /// positional ones named by `__match_args__`, then `names`), or None when `subject` is
    /// not an instance of `class` or lacks one of them.
    pub fn match_class(
        &mut self,
        subject: &Value,
        class: &Value,
        positional: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let Value::Class(c) = class else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        if !self.is_instance(subject, c) {
            return Ok(Value::None);
        }
        let mut seen: Vec<Rc<str>> = Vec::new();
        let mut attrs = Vec::new();
        if positional > 0 {
            // A type that defines `__match_args__` loses the match-self behaviour.
            let (match_args, match_self) = match self.get_attr(class, "__match_args__") {
                Ok(Value::Tuple(t)) => (t.to_vec(), false),
                Ok(other) => {
                    return Err(self.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        c.name,
                        other.type_name()
                    )))
                }
                Err(Unwind::Exc(e)) if e.is_instance(&self.types.exc.attribute_error) => {
                    let own = c.builtin.is_some_and(|b| MATCH_SELF.contains(&b));
                    (Vec::new(), own)
                }
                Err(e) => return Err(e),
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < positional {
                return Err(self.type_error(format!(
                    "{}() accepts {allowed} positional sub-pattern{} ({positional} given)",
                    c.name,
                    if allowed == 1 { "" } else { "s" }
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &match_args[..positional] {
                    let Value::Str(name) = name else {
                        return Err(self.type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            name.type_name()
                        )));
                    };
                    match self.class_pattern_attr(subject, c, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        if let Value::Tuple(names) = names {
            for name in names.iter() {
                let Value::Str(name) = name else { continue };
                match self.class_pattern_attr(subject, c, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(attrs))
    }

    /// One attribute of a class pattern: None when the subject has no such attribute.
    fn class_pattern_attr(
        &mut self,
        subject: &Value,
        class: &Class,
        name: &Rc<str>,
        seen: &mut Vec<Rc<str>>,
    ) -> PyResult<Option<Value>> {
        if seen.contains(name) {
            return Err(self.type_error(format!(
                "{}() got multiple sub-patterns for attribute {}",
                class.name,
                crate::runtime::numeric::format::str_repr(name)
            )));
        }
        seen.push(name.clone());
        match self.get_attr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(Unwind::Exc(e)) if e.is_instance(&self.types.exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
