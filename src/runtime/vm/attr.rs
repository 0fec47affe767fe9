//! Attribute access and method calls on builtin objects, imports, and calling classes.

use std::cell::RefCell;
use std::rc::Rc;

use crate::lang::bytecode::{Code, Instr};
use crate::runtime::objects::dict::Dict;
use crate::runtime::objects::exceptions::ExcObj;
use crate::runtime::objects::value::{
    Args, BuiltinType, Class, GenKind, GenObj, GenStatus, NativeMethod, Value,
};
use crate::runtime::vm::{PyResult, Unwind, Vm};

/// Methods each builtin type answers, by name (what `getattr` can bind).
fn method_names(v: &Value) -> &'static [&'static str] {
    match v {
        Value::Str(_) => crate::runtime::objects::methods::STR_METHODS,
        Value::List(_) => crate::runtime::objects::methods::LIST_METHODS,
        Value::Dict(_) => crate::runtime::objects::methods::DICT_METHODS,
        Value::Set(_) => crate::runtime::objects::set::SET_METHODS,
        Value::FrozenSet(_) => crate::runtime::objects::set::FROZENSET_METHODS,
        Value::Bytes(_) => crate::runtime::objects::bytes::BYTES_METHODS,
        Value::ByteArray(_) => crate::runtime::objects::bytes::BYTEARRAY_METHODS,
        Value::Tuple(_) => &["index", "count"],
        Value::Slice(_) => &["indices"],
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            &["bit_length", "bit_count", "conjugate", "as_integer_ratio"]
        }
        Value::Float(_) => &["is_integer", "conjugate", "as_integer_ratio", "hex"],
        Value::Gen(g) if g.kind == GenKind::AsyncGenerator => {
            crate::runtime::objects::asyncgen::ASYNC_GEN_METHODS
        }
        Value::Gen(g) if g.kind == GenKind::Generator => {
            &["send", "throw", "close", "__next__", "__iter__"]
        }
        Value::Gen(_) => &["send", "throw", "close"],
        Value::AsyncGenOp(_) => &["send", "throw", "close"],
        Value::NativeCoro(_) => &["send", "throw", "close"],
        Value::Exception(e) if e.attrs.borrow().contains_key("exceptions") => {
            &["with_traceback", "split", "subgroup", "derive"]
        }
        Value::Exception(_) => &["with_traceback"],
        Value::Future(f) => {
            if f.is_task() {
                crate::runtime::asyncio::future::TASK_METHODS
            } else {
                crate::runtime::asyncio::future::FUTURE_METHODS
            }
        }
        Value::Loop(_) => crate::runtime::asyncio::event_loop::LOOP_METHODS,
        Value::Handle(_) => &["cancel", "cancelled", "when"],
        _ => &[],
    }
}

/// `str.upper`, `list.append`, `dict.fromkeys`: methods looked up on a builtin type.
fn unbound_builtin_method(c: &Class, name: &str) -> Option<Value> {
    use crate::runtime::objects::methods::{DICT_METHODS, LIST_METHODS, STR_METHODS};
    use crate::runtime::objects::set::{FROZENSET_METHODS, SET_METHODS};
    let table: &[&'static str] = match c.builtin? {
        BuiltinType::Str => {
            if name == "maketrans" {
                let b = crate::runtime::objects::value::Builtin {
                    name: "maketrans",
                    func: crate::runtime::objects::methods::str_maketrans,
                    bound: None,
                };
                return Some(Value::Builtin(Rc::new(b)));
            }
            STR_METHODS
        }
        BuiltinType::List => LIST_METHODS,
        BuiltinType::Dict => {
            if name == "fromkeys" {
                let b = crate::runtime::objects::value::Builtin {
                    name: "fromkeys",
                    func: crate::runtime::objects::methods::dict_fromkeys,
                    bound: None,
                };
                return Some(Value::Builtin(Rc::new(b)));
            }
            DICT_METHODS
        }
        BuiltinType::Float if name == "fromhex" => {
            let b = crate::runtime::objects::value::Builtin {
                name: "fromhex",
                func: crate::runtime::objects::methods::float_fromhex,
                bound: None,
            };
            return Some(Value::Builtin(Rc::new(b)));
        }
        BuiltinType::Set => SET_METHODS,
        BuiltinType::FrozenSet => FROZENSET_METHODS,
        BuiltinType::Bytes | BuiltinType::ByteArray => {
            use crate::runtime::objects::bytes;
            if name == "fromhex" {
                let b = crate::runtime::objects::value::Builtin {
                    name: "fromhex",
                    func: if c.builtin == Some(BuiltinType::Bytes) {
                        bytes::fromhex_bytes
                    } else {
                        bytes::fromhex_bytearray
                    },
                    bound: None,
                };
                return Some(Value::Builtin(Rc::new(b)));
            }
            if c.builtin == Some(BuiltinType::Bytes) {
                bytes::BYTES_METHODS
            } else {
                bytes::BYTEARRAY_METHODS
            }
        }
        _ => return None,
    };
    let static_name = *table.iter().find(|m| **m == name)?;
    let b = crate::runtime::objects::value::Builtin {
        name: static_name,
        func: call_unbound,
        bound: Some(Value::str(static_name)),
    };
    Some(Value::Builtin(Rc::new(b)))
}

/// Calls an unbound builtin method: `[name, self, args…]`.
fn call_unbound(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let name = match args.pos.first() {
        Some(Value::Str(n)) => n.clone(),
        _ => return Err(vm.type_error("bad unbound method call")),
    };
    args.pos.remove(0);
    if args.pos.is_empty() {
        return Err(vm.type_error(format!("unbound method {name}() needs an argument")));
    }
    let receiver = args.pos.remove(0);
    // `dict.update(self, x)` in a dict subclass is dict's own method, whatever the
    // subclass overrides: it runs on the builtin value the instance is.
    let receiver = crate::runtime::objects::instance::unwrap_payload(&receiver).clone();
    vm.call_method(&receiver, &name, args)
}

impl Vm<'_> {
    /// Whether `obj.name(...)` should dispatch natively on the receiver (no bound object).
    pub fn is_method_receiver(&self, obj: &Value) -> bool {
        !matches!(obj, Value::Module(_) | Value::Class(_) | Value::Function(_))
    }

    pub fn get_attr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        if let Some(v) = self.heap_get_attr(obj, name)? {
            return Ok(v);
        }
        let data = match obj {
            Value::Module(m) => {
                let v = m.attrs.borrow().get(name).cloned();
                match v {
                    Some(v) => Some(v),
                    None => self.lazy_module_attr(m, name)?,
                }
            }
            Value::Class(c) => match name {
                "__name__" | "__qualname__" => Some(Value::Str(c.name.clone())),
                "__module__" => Some(Value::Str(c.module.clone())),
                _ => c.lookup(name).or_else(|| unbound_builtin_method(c, name)),
            },
            Value::Function(f) => match name {
                "__name__" => Some(Value::Str(f.name.borrow().clone())),
                "__qualname__" => Some(Value::Str(f.qualname.borrow().clone())),
                "__module__" => Some(Value::str(match f.code.library {
                    true => crate::runtime::library::module_of_file(&f.code.file),
                    false => "__main__",
                })),
                "__doc__" => Some(Value::None),
                "__dict__" => {
                    // A snapshot: the attributes a program set, without those CPython keeps
                    // in the function's own slots.
                    let mut d = crate::runtime::objects::dict::Dict::default();
                    for (k, v) in f.attrs.borrow().iter() {
                        if !matches!(
                            &**k,
                            "__module__"
                                | "__name__"
                                | "__qualname__"
                                | "__doc__"
                                | "__annotations__"
                        ) {
                            d.set_str(k, v.clone());
                        }
                    }
                    Some(Value::Dict(Rc::new(std::cell::RefCell::new(d))))
                }
                // Made empty on first use, as CPython's functions do.
                "__annotations__" => {
                    let d = Value::Dict(Rc::new(std::cell::RefCell::new(
                        crate::runtime::objects::dict::Dict::new(),
                    )));
                    f.attrs
                        .borrow_mut()
                        .insert(Rc::from("__annotations__"), d.clone());
                    Some(d)
                }
                "__code__" => Some(Value::Code(f.code.clone())),
                _ => None,
            },
            Value::Builtin(b) => match name {
                "__name__" | "__qualname__" => Some(Value::str(b.name)),
                _ => None,
            },
            Value::Exception(e) => match name {
                "args" => Some(Value::tuple(e.args.borrow().clone())),
                "value" if e.is_instance(&self.types.exc.stop_iteration) => {
                    Some(e.args.borrow().first().cloned().unwrap_or(Value::None))
                }
                "__cause__" => Some(
                    e.cause
                        .borrow()
                        .clone()
                        .map(Value::Exception)
                        .unwrap_or(Value::None),
                ),
                "__context__" => Some(
                    e.context
                        .borrow()
                        .clone()
                        .map(Value::Exception)
                        .unwrap_or(Value::None),
                ),
                "__suppress_context__" => Some(Value::Bool(e.suppress_context.get())),
                "__traceback__" => Some(self.traceback_of(e)),
                "__class__" => Some(Value::Class(e.class.clone())),
                "code" if e.is_instance(&self.types.exc.system_exit) => {
                    let args = e.args.borrow();
                    Some(match args.len() {
                        0 => Value::None,
                        1 => args[0].clone(),
                        _ => Value::tuple(args.clone()),
                    })
                }
                _ => e.attrs.borrow().get(name).cloned(),
            },
            Value::Gen(g) => generator_attr(g, name),
            Value::Code(c) => code_attr(c, name),
            Value::Float(f) => match name {
                "real" => Some(Value::Float(*f)),
                "imag" => Some(Value::Float(0.0)),
                _ => None,
            },
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match name {
                "real" | "numerator" => Some(obj.clone()),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            Value::Future(f) => crate::runtime::asyncio::future::future_attr(self, f, name),
            Value::Range(r) => match name {
                "start" => Some(Value::Int(r.start)),
                "stop" => Some(Value::Int(r.stop)),
                "step" => Some(Value::Int(r.step)),
                _ => None,
            },
            _ => None,
        };
        if let Some(v) = data {
            return Ok(v);
        }
        if name == "__class__" {
            return Ok(Value::Class(self.types.class_of(obj)));
        }
        if method_names(obj).contains(&name) {
            return Ok(Value::NativeMethod(Rc::new(NativeMethod {
                receiver: obj.clone(),
                name: Rc::from(name),
            })));
        }
        if let Some(v) = self.heap_attr_fallback(obj, name)? {
            return Ok(v);
        }
        Err(self.attribute_error(obj, name))
    }

    pub fn set_attr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        let Some(v) = self.heap_set_attr(obj, name, v)? else {
            return Ok(());
        };
        match obj {
            Value::Exception(e) => {
                match name {
                    "__cause__" => {
                        *e.cause.borrow_mut() = match v {
                            Value::Exception(c) => Some(c),
                            _ => None,
                        };
                        e.suppress_context.set(true);
                    }
                    "__context__" => {
                        *e.context.borrow_mut() = match v {
                            Value::Exception(c) => Some(c),
                            _ => None,
                        }
                    }
                    _ => {
                        e.attrs.borrow_mut().insert(Rc::from(name), v);
                    }
                }
                Ok(())
            }
            Value::Function(f) if name == "__name__" => {
                if let Value::Str(s) = v {
                    *f.name.borrow_mut() = s;
                }
                Ok(())
            }
            Value::Module(m) => {
                m.attrs.borrow_mut().insert(Rc::from(name), v);
                Ok(())
            }
            _ => {
                if method_names(obj).contains(&name) {
                    Err(self.exc(
                        &self.types.exc.attribute_error,
                        format!(
                            "'{}' object attribute '{}' is read-only",
                            obj.type_name(),
                            name
                        ),
                    ))
                } else {
                    Err(self.exc(
                        &self.types.exc.attribute_error,
                        format!("'{}' object has no attribute '{}'", obj.type_name(), name),
                    ))
                }
            }
        }
    }

    /// `obj.name(*args)` on a builtin object, without creating a bound method.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Args) -> PyResult<Value> {
        use crate::runtime::objects::methods;
        if let Value::Instance(_) = obj {
            return self.instance_call_method(obj, name, args);
        }
        if !method_names(obj).contains(&name) {
            let f = self.get_attr(obj, name)?;
            return self.call(&f, args);
        }
        let r = match obj {
            Value::Str(s) => methods::str_method(self, s, name, args),
            Value::List(l) => methods::list_method(self, l, name, args),
            Value::Dict(d) => methods::dict_method(self, d, name, args),
            Value::Set(_) | Value::FrozenSet(_) => {
                crate::runtime::objects::set::set_method(self, obj, name, args)
            }
            Value::Bytes(_) | Value::ByteArray(_) => {
                crate::runtime::objects::bytes::bytes_method(self, obj, name, args)
            }
            Value::Tuple(t) => methods::tuple_method(self, t, name, args),
            Value::Gen(g) if g.kind == GenKind::AsyncGenerator => {
                let g = g.clone();
                Some(self.agen_method(&g, name, args))
            }
            Value::Gen(_) | Value::NativeCoro(_) | Value::AsyncGenOp(_) => {
                self.gen_method(obj, name, args)
            }
            Value::Future(f) => {
                let f = f.clone();
                crate::runtime::asyncio::future::future_method(self, &f, name, args)
            }
            Value::Loop(l) => {
                let l = l.clone();
                crate::runtime::asyncio::event_loop::loop_method(self, &l, name, args)
            }
            Value::Handle(h) => {
                let h = h.clone();
                crate::runtime::asyncio::handle::handle_method(self, &h, name, args)
            }
            Value::Slice(s) if name == "indices" => {
                let s = s.clone();
                Some(self.slice_indices_method(&s, args))
            }
            Value::Exception(_) if name == "with_traceback" => Some(Ok(obj.clone())),
            Value::Exception(e) if self.is_exception_group(e) => {
                let e = e.clone();
                self.group_method(&e, name, args)
            }
            Value::Float(f) => match name {
                "is_integer" => Some(Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))),
                "conjugate" => Some(Ok(obj.clone())),
                "as_integer_ratio" => Some(self.float_ratio(*f)),
                "hex" => Some(
                    crate::runtime::objects::methods::check_count(
                        self,
                        "float.hex",
                        args.pos.len(),
                        0,
                        0,
                        crate::runtime::objects::methods::ArityStyle::One,
                    )
                    .map(|()| Value::str(&crate::runtime::numeric::hexfloat::float_hex(*f))),
                ),
                _ => None,
            },
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match name {
                "as_integer_ratio" => Some(Ok(Value::tuple(vec![
                    match obj {
                        Value::Bool(b) => Value::Int(*b as i64),
                        other => other.clone(),
                    },
                    Value::Int(1),
                ]))),
                "bit_count" => Some(Ok(Value::Int(match obj {
                    Value::Int(i) => i.unsigned_abs().count_ones() as i64,
                    Value::Bool(b) => *b as i64,
                    Value::BigInt(b) => b
                        .magnitude()
                        .to_u64_digits()
                        .iter()
                        .map(|d| d.count_ones() as i64)
                        .sum(),
                    _ => 0,
                }))),
                "bit_length" => Some(Ok(Value::Int(match obj {
                    Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
                    Value::Bool(b) => *b as i64,
                    Value::BigInt(b) => b.bits() as i64,
                    _ => 0,
                }))),
                "conjugate" => Some(Ok(obj.clone())),
                _ => None,
            },
            _ => None,
        };
        match r {
            Some(r) => r,
            None => Err(self.attribute_error(obj, name)),
        }
    }

    /// `float.as_integer_ratio()`: the exact value as a fraction in lowest terms.
    fn float_ratio(&self, f: f64) -> PyResult<Value> {
        if f.is_infinite() {
            return Err(self.exc(
                &self.types.exc.overflow_error,
                "cannot convert Infinity to integer ratio",
            ));
        }
        if f.is_nan() {
            return Err(self.value_error("cannot convert NaN to integer ratio"));
        }
        if f == 0.0 {
            return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
        }
        let bits = f.to_bits();
        let raw_exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1u64 << 52) - 1);
        let (mut mant, mut exp) = if raw_exp == 0 {
            (frac, -1074)
        } else {
            (frac | (1u64 << 52), raw_exp - 1075)
        };
        let tz = mant.trailing_zeros() as i64;
        mant >>= tz;
        exp += tz;
        let mut num = num_bigint::BigInt::from(mant);
        if f < 0.0 {
            num = -num;
        }
        let (num, den) = if exp >= 0 {
            (num << exp as usize, num_bigint::BigInt::from(1))
        } else {
            (num, num_bigint::BigInt::from(1) << (-exp) as usize)
        };
        Ok(Value::tuple(vec![
            Value::int_from_big(num),
            Value::int_from_big(den),
        ]))
    }

    fn gen_method(&mut self, obj: &Value, name: &str, mut args: Args) -> Option<PyResult<Value>> {
        use crate::runtime::vm::call::{GenStep, Resume};
        let step = match name {
            "send" => {
                let v = args.pos.pop().unwrap_or(Value::None);
                self.resume(obj, Resume::Send(v))
            }
            "throw" => match self.thrown_exception(std::mem::take(&mut args.pos)) {
                Ok(e) => self.resume(obj, Resume::Throw(e)),
                Err(e) => Err(e),
            },
            "close" => return Some(self.close(obj).map(|_| Value::None)),
            // Only plain generators list these (see `method_names`): `next(g)` spelled out.
            "__next__" | "__iter__" if !args.kw.is_empty() => {
                let msg = format!("wrapper {name}() takes no keyword arguments");
                return Some(Err(self.type_error(msg)));
            }
            "__next__" | "__iter__" if !args.pos.is_empty() => {
                let msg = format!("expected 0 arguments, got {}", args.pos.len());
                return Some(Err(self.type_error(msg)));
            }
            "__iter__" => return Some(Ok(obj.clone())),
            "__next__" => self.resume(obj, Resume::Send(Value::None)),
            _ => return None,
        };
        Some(match step {
            Ok(GenStep::Yield(v)) => Ok(v),
            Ok(GenStep::Return(v)) => {
                let args = if v.is_none() { vec![] } else { vec![v] };
                Err(Unwind::Exc(ExcObj::new(
                    self.types.exc.stop_iteration.clone(),
                    args,
                )))
            }
            Err(e) => Err(e),
        })
    }

    /// The exception `throw(typ[, val[, tb]])` raises, with CPython's argument errors.
    fn thrown_exception(&mut self, args: Vec<Value>) -> PyResult<Rc<ExcObj>> {
        if args.is_empty() || args.len() > 3 {
            let bound = if args.is_empty() {
                "least 1 argument"
            } else {
                "most 3 arguments"
            };
            let msg = format!("throw expected at {bound}, got {}", args.len());
            return Err(self.type_error(msg));
        }
        let mut pos = args.into_iter();
        let typ = pos.next().unwrap_or(Value::None);
        let val = pos.next().filter(|v| !v.is_none());
        match (typ, val) {
            (Value::Class(c), val) if c.is_subclass(&self.types.exc.base_exception) => match val {
                Some(Value::Exception(e)) => Ok(e),
                Some(other) => {
                    let e = self.call(&Value::Class(c), Args::new(vec![other]))?;
                    self.make_exception(e)
                }
                None => self.make_exception(Value::Class(c)),
            },
            (Value::Exception(_), Some(_)) => {
                Err(self.type_error("instance exception may not have a separate value"))
            }
            (Value::Exception(e), None) => Ok(e),
            (other, _) => Err(self.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                other.type_name()
            ))),
        }
    }

    pub fn import(&mut self, name: &str) -> PyResult<Value> {
        crate::runtime::stdlib::import(self, name)
    }

    /// Calling a class: builtin type constructors and exception classes.
    pub fn call_class(&mut self, c: &Rc<Class>, args: Args) -> PyResult<Value> {
        if let Some(call) = self.meta_special(c, "__call__") {
            let meta = c.meta.clone().expect("meta_special found a metaclass");
            return self.call_with_receiver(&call, &Value::Class(c.clone()), &meta, args);
        }
        self.call_class_plain(c, args)
    }

    /// `type.__call__`: a class called without its metaclass's `__call__`.
    pub fn call_class_plain(&mut self, c: &Rc<Class>, args: Args) -> PyResult<Value> {
        if c.heap || matches!(c.builtin, None | Some(BuiltinType::Object)) {
            return self.instantiate(c, args);
        }
        match c.builtin {
            Some(BuiltinType::Exception) => {
                if !args.kw.is_empty() {
                    return Err(self.type_error(format!("{}() takes no keyword arguments", c.name)));
                }
                if c.is_subclass(&self.types.exc.base_exception_group) {
                    return self.new_exception_group(c, args.pos);
                }
                Ok(Value::Exception(ExcObj::new(c.clone(), args.pos)))
            }
            Some(bt) => crate::runtime::builtins::construct(self, c, bt, args),
            None => Err(self.type_error(format!("cannot create '{}' instances", c.name))),
        }
    }

    /// Is `v` an instance of `class` (for isinstance and except clauses)?
    pub fn is_instance(&self, v: &Value, class: &Class) -> bool {
        if crate::runtime::stdlib::inspect::is_library_abc(class)
            || class.dict.borrow().contains_key("_abc_registry")
        {
            return self.abc_instance(v, class);
        }
        if let Value::Gen(g) = v {
            if g.kind == GenKind::Coroutine && class.builtin == Some(BuiltinType::Coroutine) {
                return true;
            }
        }
        self.types.class_of(v).is_subclass(class)
    }
}

/// A generator's or coroutine's own attributes (`gi_*`/`cr_*`), and its frame's: coroviz
/// has no frame objects, so `gi_frame`/`cr_frame` is the generator itself (None once
/// closed) and answers `f_lineno`, `f_code`, `f_locals` for the frame it keeps.
fn generator_attr(g: &Rc<GenObj>, name: &str) -> Option<Value> {
    let status = g.status.get();
    Some(match name {
        "__name__" => Value::Str(g.name.clone()),
        "__qualname__" => Value::Str(g.qualname.clone()),
        "gi_running" | "cr_running" | "ag_running" => Value::Bool(status == GenStatus::Running),
        "gi_suspended" | "cr_suspended" => Value::Bool(status == GenStatus::Suspended),
        "gi_frame" | "cr_frame" | "ag_frame" => match status {
            GenStatus::Closed => Value::None,
            _ => Value::Gen(g.clone()),
        },
        "gi_code" | "cr_code" | "ag_code" | "f_code" => Value::Code(g.code.clone()),
        // What a suspended `yield from`/`await` delegates to: the iterator its parked
        // `Send` keeps on top of the stack.
        "gi_yieldfrom" | "cr_await" | "ag_await" => {
            let frame = g.frame.borrow();
            match frame.as_deref() {
                Some(f) if matches!(f.code.instrs.get(f.ip), Some(Instr::Send(_))) => {
                    f.stack.last().cloned().unwrap_or(Value::None)
                }
                _ => Value::None,
            }
        }
        "f_lineno" => Value::Int(i64::from(g.line.get())),
        "f_locals" => {
            let frame = g.frame.borrow();
            let mut d = Dict::new();
            if let Some(f) = frame.as_deref() {
                for (name, v) in f.code.varnames.iter().zip(&f.locals) {
                    if !v.is_null() {
                        d.set_str(name, v.clone());
                    }
                }
                let cells = f.code.cellvars.iter().chain(&f.code.freevars);
                for (name, cell) in cells.zip(&f.cells) {
                    let v = cell.borrow().clone();
                    if !v.is_null() {
                        d.set_str(name, v);
                    }
                }
            }
            Value::Dict(Rc::new(RefCell::new(d)))
        }
        _ => return None,
    })
}

/// A code object's `co_*` attributes.
fn code_attr(c: &Rc<Code>, name: &str) -> Option<Value> {
    Some(match name {
        "co_name" => Value::Str(c.name.clone()),
        "co_qualname" => Value::Str(c.qualname.clone()),
        "co_filename" => Value::Str(c.file.clone()),
        "co_firstlineno" => Value::Int(i64::from(c.first_line)),
        "co_argcount" => Value::Int(i64::from(c.argcount)),
        "co_posonlyargcount" => Value::Int(i64::from(c.posonlycount)),
        "co_kwonlyargcount" => Value::Int(i64::from(c.kwonlycount)),
        "co_varnames" => Value::tuple(c.varnames.iter().cloned().map(Value::Str).collect()),
        "co_cellvars" => Value::tuple(c.cellvars.iter().cloned().map(Value::Str).collect()),
        "co_freevars" => Value::tuple(c.freevars.iter().cloned().map(Value::Str).collect()),
        "co_nlocals" => Value::Int(c.varnames.len() as i64),
        _ => return None,
    })
}
