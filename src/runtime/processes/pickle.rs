//! Values crossing between processes, with pickle's rules (what CPython's `_pickle` does
//! for a `multiprocessing` queue): data is copied; functions and classes go by reference,
//! their module and qualified name, checked on the sending side (the name must lead back to
//! the same object) and looked up again on the receiving side; instances go as their class
//! and their `__dict__` (made again without `__init__`); exceptions as their class and
//! arguments (made again by calling the class); bound methods as their object and name.
//! What pickle refuses (generators, modules, locks) fails with CPython's error.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::runtime::objects::dict::{Dict, Key};
use crate::runtime::objects::value::{Args, Class, Value};
use crate::runtime::vm::{PyResult, Vm};

/// A pickled value: the picture of it that goes through a pipe.
pub enum Pickled {
    /// An immutable value or a builtin: the same on both sides.
    Same(Value),
    /// A function or class by reference.
    Global {
        module: Rc<str>,
        path: Rc<str>,
    },
    List(usize, Vec<Pickled>),
    Tuple(Vec<Pickled>),
    Dict(usize, Vec<(Key, Pickled)>),
    Set(usize, Dict),
    ByteArray(usize, Vec<u8>),
    Instance {
        memo: usize,
        class: Box<Pickled>,
        payload: Option<Box<Pickled>>,
        dict: Vec<(Key, Pickled)>,
    },
    Exception {
        class: Box<Pickled>,
        args: Vec<Pickled>,
        attrs: Vec<(Rc<str>, Pickled)>,
    },
    /// `getattr(receiver, name)`: a bound method.
    Method {
        receiver: Box<Pickled>,
        name: Rc<str>,
    },
    /// An object pickled earlier in the same value.
    Memo(usize),
}

fn addr<T: ?Sized>(r: &Rc<T>) -> usize {
    Rc::as_ptr(r) as *const () as usize
}

struct Pickler {
    memo: HashMap<usize, usize>,
}

impl Pickler {
    /// A memo number for the object at `a`, or the earlier one.
    fn remember(&mut self, a: usize) -> Result<usize, usize> {
        if let Some(&k) = self.memo.get(&a) {
            return Err(k);
        }
        let k = self.memo.len();
        self.memo.insert(a, k);
        Ok(k)
    }
}

impl Vm<'_> {
    /// `obj` pickled for another process; CPython's error when pickle refuses it.
    pub fn pickle(&mut self, obj: &Value) -> PyResult<Pickled> {
        let mut p = Pickler {
            memo: HashMap::new(),
        };
        self.pickle_value(&mut p, obj)
    }

    fn pickle_value(&mut self, p: &mut Pickler, v: &Value) -> PyResult<Pickled> {
        Ok(match v {
            Value::Null
            | Value::None
            | Value::Ellipsis
            | Value::NotImplemented
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Slice(_)
            | Value::FrozenSet(_) => Pickled::Same(v.clone()),
            Value::List(l) => match p.remember(addr(l)) {
                Err(k) => Pickled::Memo(k),
                Ok(k) => {
                    let items = l.borrow().clone();
                    let mut out = Vec::with_capacity(items.len());
                    for x in &items {
                        out.push(self.pickle_value(p, x)?);
                    }
                    Pickled::List(k, out)
                }
            },
            Value::Tuple(t) => {
                let mut out = Vec::with_capacity(t.len());
                for x in t.iter() {
                    out.push(self.pickle_value(p, x)?);
                }
                Pickled::Tuple(out)
            }
            Value::Dict(d) => match p.remember(addr(d)) {
                Err(k) => Pickled::Memo(k),
                Ok(k) => Pickled::Dict(k, self.pickle_entries(p, d)?),
            },
            Value::Set(d) => match p.remember(addr(d)) {
                Err(k) => Pickled::Memo(k),
                Ok(k) => Pickled::Set(k, d.borrow().clone()),
            },
            Value::ByteArray(b) => match p.remember(addr(b)) {
                Err(k) => Pickled::Memo(k),
                Ok(k) => Pickled::ByteArray(k, b.borrow().clone()),
            },
            Value::Function(f) => {
                let path = f.qualname.borrow().clone();
                let module: Rc<str> = Rc::from(match f.code.library {
                    true => crate::runtime::library::module_of_file(&f.code.file),
                    false => "__main__",
                });
                self.pickle_global(v, module, path)?
            }
            Value::Class(c) => {
                if !c.heap && &*c.module == "builtins" {
                    Pickled::Same(v.clone())
                } else {
                    self.pickle_global(v, c.module.clone(), c.qualname.clone())?
                }
            }
            Value::Builtin(b) => match &b.bound {
                None => Pickled::Same(v.clone()),
                Some(receiver) => Pickled::Method {
                    receiver: Box::new(self.pickle_value(p, receiver)?),
                    name: Rc::from(b.name),
                },
            },
            Value::NativeMethod(m) => Pickled::Method {
                receiver: Box::new(self.pickle_value(p, &m.receiver)?),
                name: m.name.clone(),
            },
            Value::BoundMethod(b) => {
                let name = match &b.func {
                    Value::Function(f) => f.name.borrow().clone(),
                    other => {
                        let name = self.get_attr(other, "__name__")?;
                        Rc::from(self.to_str(&name)?)
                    }
                };
                Pickled::Method {
                    receiver: Box::new(self.pickle_value(p, &b.receiver)?),
                    name,
                }
            }
            Value::Instance(i) => {
                if let Some(kind) = unpicklable_class(&i.class) {
                    return Err(self.type_error(format!("cannot pickle '{kind}' object")));
                }
                let memo = match p.remember(addr(i)) {
                    Err(k) => return Ok(Pickled::Memo(k)),
                    Ok(k) => k,
                };
                let class = Box::new(self.pickle_value(p, &Value::Class(i.class.clone()))?);
                let payload = match &i.payload {
                    Some(x) => Some(Box::new(self.pickle_value(p, x)?)),
                    None => None,
                };
                let dict = self.pickle_entries(p, &i.dict)?;
                Pickled::Instance {
                    memo,
                    class,
                    payload,
                    dict,
                }
            }
            Value::Exception(e) => {
                let class = Box::new(self.pickle_value(p, &Value::Class(e.class.clone()))?);
                let given = e.args.borrow().clone();
                let mut args = Vec::with_capacity(given.len());
                for a in &given {
                    args.push(self.pickle_value(p, a)?);
                }
                let extra: Vec<(Rc<str>, Value)> = e
                    .attrs
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                let mut attrs = Vec::with_capacity(extra.len());
                for (k, x) in extra {
                    attrs.push((k, self.pickle_value(p, &x)?));
                }
                Pickled::Exception { class, args, attrs }
            }
            Value::Gen(_)
            | Value::Module(_)
            | Value::Future(_)
            | Value::Loop(_)
            | Value::Handle(_)
            | Value::NativeCoro(_)
            | Value::DictView(..)
            | Value::Code(_)
            | Value::AsyncGenOp(_) => {
                return Err(self.type_error(format!("cannot pickle '{}' object", v.type_name())))
            }
            Value::Iter(_) | Value::Cell(_) | Value::Descriptor(_) | Value::Super(_) => {
                return Err(
                    self.unmodelled(format!("sending a `{}` to another process", v.type_name()))
                )
            }
        })
    }

    fn pickle_entries(
        &mut self,
        p: &mut Pickler,
        d: &Rc<RefCell<Dict>>,
    ) -> PyResult<Vec<(Key, Pickled)>> {
        let entries = d.borrow().entries();
        let mut out = Vec::with_capacity(entries.len());
        for (k, x) in entries {
            out.push((k, self.pickle_value(p, &x)?));
        }
        Ok(out)
    }

    /// A function or class by reference: its name must lead back to it.
    fn pickle_global(&mut self, v: &Value, module: Rc<str>, path: Rc<str>) -> PyResult<Pickled> {
        if path.contains("<locals>") {
            return Err(self.exc(
                &self.types.exc.attribute_error,
                format!("Can't pickle local object '{path}'"),
            ));
        }
        let found = self.find_global(&module, &path)?;
        let shown = self.repr(v)?;
        match found {
            None => Err(self.pickling_error(format!(
                "Can't pickle {shown}: attribute lookup {path} on {module} failed"
            ))),
            Some(f) if !same_object(&f, v) => Err(self.pickling_error(format!(
                "Can't pickle {shown}: it's not the same object as {module}.{path}"
            ))),
            Some(_) => Ok(Pickled::Global { module, path }),
        }
    }

    fn pickling_error(&mut self, msg: String) -> crate::runtime::vm::Unwind {
        match self.library_function("pickle", "PicklingError") {
            Ok(Value::Class(c)) => self.exc(&c, msg),
            Ok(_) => self.type_error(msg),
            Err(e) => e,
        }
    }

    /// `module.path` in the running process, None when some part of it is missing.
    fn find_global(&mut self, module: &str, path: &str) -> PyResult<Option<Value>> {
        let mut parts = path.split('.');
        let first = parts.next().unwrap_or_default();
        let mut at = if module == "__main__" {
            let slot = self.global_names[..self.program_globals]
                .iter()
                .position(|n| &**n == first);
            match slot.map(|s| &self.globals[s]) {
                Some(v) if !v.is_null() => v.clone(),
                _ => return Ok(None),
            }
        } else {
            let m = crate::runtime::stdlib::import(self, module)?;
            match self.get_attr_opt(&m, first)? {
                Some(v) => v,
                None => return Ok(None),
            }
        };
        for part in parts {
            match self.get_attr_opt(&at, part)? {
                Some(v) => at = v,
                None => return Ok(None),
            }
        }
        Ok(Some(at))
    }

    fn get_attr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let was = std::mem::replace(&mut self.in_library, true);
        let r = self.get_attr(obj, name);
        self.in_library = was;
        match r {
            Ok(v) => Ok(Some(v)),
            Err(crate::runtime::vm::Unwind::Exc(e))
                if e.class.is_subclass(&self.types.exc.attribute_error) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// A pickled value made again in the running process.
    pub fn unpickle(&mut self, p: &Pickled) -> PyResult<Value> {
        let mut made = HashMap::new();
        self.unpickle_value(p, &mut made)
    }

    fn unpickle_value(&mut self, p: &Pickled, made: &mut HashMap<usize, Value>) -> PyResult<Value> {
        Ok(match p {
            Pickled::Same(v) => v.clone(),
            Pickled::Memo(k) => match made.get(k) {
                Some(v) => v.clone(),
                None => {
                    return Err(self.unmodelled("a value that contains itself through its class"))
                }
            },
            Pickled::Global { module, path } => match self.find_global(module, path)? {
                Some(v) => v,
                None => {
                    let shown = match &**module {
                        "__main__" => format!("<module '__main__' from '{}'>", self.source_file),
                        m => format!("<module '{m}'>"),
                    };
                    return Err(self.exc(
                        &self.types.exc.attribute_error,
                        format!("Can't get attribute '{path}' on {shown}"),
                    ));
                }
            },
            Pickled::List(k, items) => {
                let new = Rc::new(RefCell::new(Vec::with_capacity(items.len())));
                made.insert(*k, Value::List(new.clone()));
                for x in items {
                    let v = self.unpickle_value(x, made)?;
                    new.borrow_mut().push(v);
                }
                Value::List(new)
            }
            Pickled::Tuple(items) => {
                let mut out = Vec::with_capacity(items.len());
                for x in items {
                    out.push(self.unpickle_value(x, made)?);
                }
                Value::Tuple(Rc::new(out))
            }
            Pickled::Dict(k, entries) => {
                let new = Rc::new(RefCell::new(Dict::new()));
                made.insert(*k, Value::Dict(new.clone()));
                for (key, x) in entries {
                    let v = self.unpickle_value(x, made)?;
                    new.borrow_mut().insert(key.clone(), v);
                }
                Value::Dict(new)
            }
            Pickled::Set(k, d) => {
                let v = Value::Set(Rc::new(RefCell::new(d.clone())));
                made.insert(*k, v.clone());
                v
            }
            Pickled::ByteArray(k, b) => {
                let v = Value::ByteArray(Rc::new(RefCell::new(b.clone())));
                made.insert(*k, v.clone());
                v
            }
            Pickled::Instance {
                memo,
                class,
                payload,
                dict,
            } => {
                let Value::Class(c) = self.unpickle_value(class, made)? else {
                    return Err(
                        self.type_error("_coroviz_proc: an instance's class is not a class")
                    );
                };
                let payload = match payload {
                    Some(x) => Some(self.unpickle_value(x, made)?),
                    None => None,
                };
                let d = Rc::new(RefCell::new(Dict::new()));
                let inst = Value::Instance(Rc::new(crate::runtime::objects::instance::Instance {
                    class: c,
                    dict: d.clone(),
                    payload,
                }));
                made.insert(*memo, inst.clone());
                for (key, x) in dict {
                    let v = self.unpickle_value(x, made)?;
                    d.borrow_mut().insert(key.clone(), v);
                }
                inst
            }
            Pickled::Exception { class, args, attrs } => {
                let cls = self.unpickle_value(class, made)?;
                let mut given = Vec::with_capacity(args.len());
                for a in args {
                    given.push(self.unpickle_value(a, made)?);
                }
                // As pickle does: the class called with the exception's arguments.
                let e = self.call(&cls, Args::new(given))?;
                if let Value::Exception(x) = &e {
                    for (k, a) in attrs {
                        let v = self.unpickle_value(a, made)?;
                        x.attrs.borrow_mut().insert(k.clone(), v);
                    }
                }
                e
            }
            Pickled::Method { receiver, name } => {
                let r = self.unpickle_value(receiver, made)?;
                self.get_attr(&r, name)?
            }
        })
    }
}

fn same_object(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Function(x), Value::Function(y)) => Rc::ptr_eq(x, y),
        (Value::Class(x), Value::Class(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// The C type pickle names when it refuses an instance of one of the library's classes
/// that stand for CPython's lock types.
fn unpicklable_class(c: &Rc<Class>) -> Option<String> {
    match (&*c.module, &*c.name) {
        ("_thread", "lock") | ("_thread", "RLock") | ("_queue", "SimpleQueue") => {
            Some(format!("{}.{}", c.module, c.name))
        }
        _ => None,
    }
}
