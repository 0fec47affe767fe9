//! `repr()`, `str()`, `format()` and `%`-formatting of values.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::runtime::numeric::format;
use crate::runtime::objects::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// `ascii()`: escape everything outside ASCII.
pub fn ascii(repr: &str) -> String {
    let mut out = String::new();
    for c in repr.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

impl Vm<'_> {
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        let mut seen = Vec::new();
        self.repr_in(v, &mut seen)
    }

    fn repr_in(&mut self, v: &Value, seen: &mut Vec<usize>) -> PyResult<String> {
        if let Some(p) = v.ptr() {
            if matches!(v, Value::List(_) | Value::Dict(_) | Value::Tuple(_)) && seen.contains(&p) {
                return Ok(match v {
                    Value::List(_) => "[...]",
                    Value::Tuple(_) => "(...)",
                    _ => "{...}",
                }
                .into());
            }
        }
        Ok(match v {
            Value::Str(s) => format::str_repr(s),
            Value::Bytes(_) | Value::ByteArray(_) => {
                crate::runtime::objects::bytes::repr_of(v).unwrap_or_default()
            }
            Value::List(l) => {
                seen.push(v.ptr().unwrap_or(0));
                let items = l.borrow().clone();
                let parts: PyResult<Vec<String>> =
                    items.iter().map(|x| self.repr_in(x, seen)).collect();
                seen.pop();
                format!("[{}]", parts?.join(", "))
            }
            Value::Tuple(t) => {
                seen.push(v.ptr().unwrap_or(0));
                let parts: PyResult<Vec<String>> =
                    t.iter().map(|x| self.repr_in(x, seen)).collect();
                seen.pop();
                let parts = parts?;
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Value::Dict(d) => {
                seen.push(v.ptr().unwrap_or(0));
                let items = d.borrow().items();
                let mut parts = Vec::with_capacity(items.len());
                for (k, x) in &items {
                    parts.push(format!(
                        "{}: {}",
                        self.repr_in(k, seen)?,
                        self.repr_in(x, seen)?
                    ));
                }
                seen.pop();
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let items = s.borrow().keys();
                let frozen = matches!(v, Value::FrozenSet(_));
                if items.is_empty() {
                    if frozen { "frozenset()" } else { "set()" }.into()
                } else {
                    let parts: PyResult<Vec<String>> =
                        items.iter().map(|x| self.repr_in(x, seen)).collect();
                    let body = format!("{{{}}}", parts?.join(", "));
                    if frozen {
                        format!("frozenset({body})")
                    } else {
                        body
                    }
                }
            }
            Value::Exception(e) if !e.class.heap => self.exception_repr(e)?,
            Value::Exception(_) | Value::Instance(_) => self.heap_repr(v)?,
            Value::Class(c) if c.meta.is_some() => match self.meta_text(c, "__repr__")? {
                Some(s) => s,
                None => self.to_str(v)?,
            },
            _ => self.to_str(v)?,
        })
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Null => "<NULL>".into(),
            Value::None => "None".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => {
                crate::runtime::numeric::num::int_to_decimal(b).map_err(|e| self.py_err(e))?
            }
            Value::Float(f) => format::float_repr(*f),
            Value::Str(s) => s.to_string(),
            Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Bytes(_)
            | Value::ByteArray(_) => self.repr(v)?,
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                let (a, b, c) = (
                    self.repr(&s.start)?,
                    self.repr(&s.stop)?,
                    self.repr(&s.step)?,
                );
                format!("slice({a}, {b}, {c})")
            }
            Value::Exception(e) if !e.class.heap => self.exception_str(e)?,
            Value::Exception(_) | Value::Instance(_) => self.heap_str(v)?,
            Value::Function(f) => format!("<function {} at {}>", f.qualname.borrow(), fake_addr(v)),
            Value::Builtin(b) => match &b.bound {
                None => format!("<built-in function {}>", b.name),
                Some(r) => format!(
                    "<built-in method {} of {} object at {}>",
                    b.name,
                    r.type_name(),
                    fake_addr(r)
                ),
            },
            Value::NativeMethod(m) => format!(
                "<built-in method {} of {} object at {}>",
                m.name,
                m.receiver.type_name(),
                fake_addr(&m.receiver)
            ),
            Value::BoundMethod(m) => {
                let name = match &m.func {
                    Value::Function(f) => f.qualname.borrow().to_string(),
                    _ => "?".into(),
                };
                format!("<bound method {} of {}>", name, self.repr(&m.receiver)?)
            }
            Value::Gen(g) => format!(
                "<{} object {} at {}>",
                v.type_name(),
                g.qualname,
                fake_addr(v)
            ),
            Value::NativeCoro(c) => format!(
                "<coroutine object {} at {}>",
                c.borrow().qualname(),
                fake_addr(v)
            ),
            Value::Class(c) if c.meta.is_some() && self.meta_text(c, "__str__")?.is_some() => {
                self.meta_text(c, "__str__")?.expect("checked")
            }
            Value::Class(c) => {
                if &*c.module == "builtins" {
                    format!("<class '{}'>", c.qualname)
                } else {
                    format!("<class '{}.{}'>", c.module, c.qualname)
                }
            }
            // CPython names where a module came from; a file's path depends on the
            // installation, so only the built-in and frozen ones can be told exactly.
            Value::Module(m) => match &*m.name {
                "builtins" | "sys" | "time" | "itertools" | "_functools" | "_operator"
                | "_collections" | "_thread" | "gc" | "errno" => {
                    format!("<module '{}' (built-in)>", m.name)
                }
                "os" | "abc" | "io" | "codecs" | "stat" | "posixpath" => {
                    format!("<module '{}' (frozen)>", m.name)
                }
                _ => format!("<module '{}'>", m.name),
            },
            Value::Future(f) => crate::runtime::asyncio::future::future_repr(self, f)?,
            Value::Loop(l) => format!(
                "<_UnixSelectorEventLoop running={} closed={} debug=False>",
                if l.is_running() { "True" } else { "False" },
                if l.is_closed() { "True" } else { "False" }
            ),
            Value::Handle(h) => crate::runtime::asyncio::reprs::handle_repr(self, h)?,
            Value::Iter(i) => format!("<{} object at {}>", i.borrow().type_name(), fake_addr(v)),
            Value::Cell(_) => format!("<cell at {}>", fake_addr(v)),
            Value::Code(c) => format!("<code object {} at {}>", c.name, fake_addr(v)),
            Value::DictView(..) => {
                let items = self.collect(v)?;
                format!("{}({})", v.type_name(), self.repr(&Value::list(items))?)
            }
            Value::NotImplemented => "NotImplemented".into(),
            Value::Descriptor(_) | Value::AsyncGenOp(_) => self.default_repr(v),
            Value::Super(s) => format!(
                "<super: <class '{}'>, <{} object>>",
                s.this.name, s.obj_type.name
            ),
        })
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if let Some(s) = self.heap_format(v, spec)? {
            return Ok(s);
        }
        if spec.is_empty() {
            return self.to_str(v);
        }
        let type_name = v.type_name();
        let out = match v {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) | Value::Str(_) => {
                let parsed =
                    format::parse_format_spec(spec, &type_name).map_err(|e| self.py_err(e))?;
                match v {
                    Value::Int(i) => format::format_int(&BigInt::from(*i), &parsed, &type_name),
                    Value::Bool(b) => {
                        format::format_int(&BigInt::from(*b as i64), &parsed, &type_name)
                    }
                    Value::BigInt(b) => format::format_int(b, &parsed, &type_name),
                    Value::Float(f) => format::format_float(*f, &parsed),
                    Value::Str(s) => format::format_str(s, &parsed),
                    _ => unreachable!("matched above"),
                }
            }
            other => {
                return Err(self.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    other.type_name()
                )));
            }
        };
        out.map_err(|e| self.py_err(e))
    }

    /// `fmt % args`, with CPython's rules (numerics' `percent_format`).
    pub fn percent_format(&mut self, fmt: &Rc<str>, args: &Value) -> PyResult<String> {
        let mut operand = Operand {
            vm: self,
            value: args.clone(),
            keyed: Value::None,
        };
        match format::percent_format(fmt, &mut operand) {
            Ok(s) => Ok(s),
            Err(FmtFail::Py(e)) => Err(self.py_err(e)),
            Err(FmtFail::Unwind(u)) => Err(u),
        }
    }

    /// Turns a numerics error into the Python exception it names.
    pub fn py_err(&self, e: crate::runtime::numeric::num::PyErr) -> crate::runtime::vm::Unwind {
        use crate::runtime::numeric::num::PyErrKind as K;
        let t = &self.types.exc;
        let class = match e.kind {
            K::ValueError => &t.value_error,
            K::OverflowError => &t.overflow_error,
            K::ZeroDivisionError => &t.zero_division_error,
            K::TypeError => &t.type_error,
            K::IndexError => &t.index_error,
            K::MemoryError => &t.overflow_error,
        };
        self.exc(class, e.msg)
    }
}

/// Either a formatting rule was broken (a numerics error) or Python code raised.
pub enum FmtFail {
    Py(crate::runtime::numeric::num::PyErr),
    Unwind(crate::runtime::vm::Unwind),
}

impl From<crate::runtime::numeric::num::PyErr> for FmtFail {
    fn from(e: crate::runtime::numeric::num::PyErr) -> Self {
        FmtFail::Py(e)
    }
}

impl From<crate::runtime::vm::Unwind> for FmtFail {
    fn from(u: crate::runtime::vm::Unwind) -> Self {
        FmtFail::Unwind(u)
    }
}

/// The right-hand side of `%`, as the formatter sees it.
struct Operand<'a, 'h> {
    vm: &'a mut Vm<'h>,
    value: Value,
    keyed: Value,
}

impl format::PercentOperand for Operand<'_, '_> {
    type Error = FmtFail;

    fn tuple_len(&self) -> Option<usize> {
        match &self.value {
            Value::Tuple(t) => Some(t.len()),
            _ => None,
        }
    }

    fn is_mapping(&self) -> bool {
        matches!(
            self.value,
            Value::Dict(_) | Value::List(_) | Value::DictView(..)
        )
    }

    fn lookup(&mut self, key: &str) -> Result<(), FmtFail> {
        self.keyed = self.vm.get_item(&self.value, &Value::str(key))?;
        Ok(())
    }

    fn view(
        &mut self,
        arg: format::PercentArgRef,
        conversion: char,
    ) -> Result<format::PercentArg, FmtFail> {
        let v = match arg {
            format::PercentArgRef::Item(i) => match &self.value {
                Value::Tuple(t) => t[i].clone(),
                _ => Value::None,
            },
            format::PercentArgRef::Whole => self.value.clone(),
            format::PercentArgRef::Keyed => self.keyed.clone(),
        };
        Ok(match conversion {
            's' => format::PercentArg::Str(self.vm.to_str(&v)?),
            'r' => format::PercentArg::Str(self.vm.repr(&v)?),
            'a' => format::PercentArg::Str(ascii(&self.vm.repr(&v)?)),
            _ => match v {
                Value::Int(i) => format::PercentArg::Int(BigInt::from(i)),
                Value::Bool(b) => format::PercentArg::Int(BigInt::from(b as i64)),
                Value::BigInt(b) => format::PercentArg::Int((*b).clone()),
                Value::Float(f) => format::PercentArg::Float(f),
                Value::Str(s) => format::PercentArg::Str(s.to_string()),
                other => format::PercentArg::Other(other.type_name().to_string()),
            },
        })
    }
}

/// A stable, fake object address for reprs (real addresses would make output nondeterministic).
pub fn fake_addr(v: &Value) -> String {
    format!(
        "0x{:012x}",
        0x7f00_0000_0000usize + (v.ptr().unwrap_or(0) & 0xffff_ffff)
    )
}
