//! `repr()`, `str()`, `format()` and `%`-formatting of values.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::runtime::format;
use crate::runtime::value::Value;
use crate::runtime::vm::{PyResult, Vm};

/// Python's `repr(str)`: single quotes unless the text has them and no double quotes.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if is_unprintable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn is_unprintable(c: char) -> bool {
    let n = c as u32;
    (0x80..0xa0).contains(&n) || n == 0xad || (0x2028..=0x2029).contains(&n) || (0xd800..0xe000).contains(&n)
}

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
            if matches!(v, Value::List(_) | Value::Dict(_)) && seen.contains(&p) {
                return Ok(if matches!(v, Value::List(_)) { "[...]".into() } else { "{...}".into() });
            }
        }
        Ok(match v {
            Value::Str(s) => str_repr(s),
            Value::List(l) => {
                seen.push(v.ptr().unwrap_or(0));
                let items = l.borrow().clone();
                let parts: PyResult<Vec<String>> = items.iter().map(|x| self.repr_in(x, seen)).collect();
                seen.pop();
                format!("[{}]", parts?.join(", "))
            }
            Value::Tuple(t) => {
                let parts: PyResult<Vec<String>> = t.iter().map(|x| self.repr_in(x, seen)).collect();
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
                    parts.push(format!("{}: {}", self.repr_in(k, seen)?, self.repr_in(x, seen)?));
                }
                seen.pop();
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(s) => {
                let items = s.borrow().keys();
                if items.is_empty() {
                    "set()".into()
                } else {
                    let parts: PyResult<Vec<String>> = items.iter().map(|x| self.repr_in(x, seen)).collect();
                    format!("{{{}}}", parts?.join(", "))
                }
            }
            Value::Exception(e) => {
                let args = e.args.borrow().clone();
                let parts: PyResult<Vec<String>> = args.iter().map(|x| self.repr_in(x, seen)).collect();
                format!("{}({})", e.class.name, parts?.join(", "))
            }
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
            Value::BigInt(b) => b.to_string(),
            Value::Float(f) => format::float_repr(*f),
            Value::Str(s) => s.to_string(),
            Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) => self.repr(v)?,
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                let (a, b, c) = (self.repr(&s.start)?, self.repr(&s.stop)?, self.repr(&s.step)?);
                format!("slice({a}, {b}, {c})")
            }
            Value::Exception(e) => {
                let args = e.args.borrow().clone();
                if e.is_instance(&self.types.exc.key_error) && args.len() == 1 {
                    return self.repr(&args[0]);
                }
                match args.len() {
                    0 => String::new(),
                    1 => self.to_str(&args[0])?,
                    _ => self.repr(&Value::tuple(args))?,
                }
            }
            Value::Function(f) => format!("<function {} at {}>", f.qualname, fake_addr(v)),
            Value::Builtin(b) => match &b.bound {
                None => format!("<built-in function {}>", b.name),
                Some(r) => format!("<built-in method {} of {} object at {}>", b.name, r.type_name(), fake_addr(r)),
            },
            Value::NativeMethod(m) => format!("<built-in method {} of {} object at {}>", m.name, m.receiver.type_name(), fake_addr(&m.receiver)),
            Value::BoundMethod(m) => {
                let name = match &m.func {
                    Value::Function(f) => f.qualname.to_string(),
                    _ => "?".into(),
                };
                format!("<bound method {} of {}>", name, self.repr(&m.receiver)?)
            }
            Value::Gen(g) => format!("<{} object {} at {}>", v.type_name(), g.qualname, fake_addr(v)),
            Value::NativeCoro(c) => format!("<coroutine object {} at {}>", c.borrow().qualname(), fake_addr(v)),
            Value::Class(c) => {
                if c.module == "builtins" {
                    format!("<class '{}'>", c.name)
                } else {
                    format!("<class '{}.{}'>", c.module, c.name)
                }
            }
            Value::Module(m) => format!("<module '{}'>", m.name),
            Value::Future(f) => crate::runtime::asyncio::future::future_repr(self, f)?,
            Value::Loop(l) => format!(
                "<_UnixSelectorEventLoop running={} closed={} debug=False>",
                if l.is_running() { "True" } else { "False" },
                if l.is_closed() { "True" } else { "False" }
            ),
            Value::Handle(h) => crate::runtime::asyncio::handle::handle_repr(self, h),
            Value::Iter(i) => format!("<{} object at {}>", i.borrow().type_name(), fake_addr(v)),
            Value::Cell(_) => format!("<cell at {}>", fake_addr(v)),
            Value::Code(c) => format!("<code object {} at {}>", c.name, fake_addr(v)),
            Value::DictView(..) => {
                let items = self.collect(v)?;
                format!("{}({})", v.type_name(), self.repr(&Value::list(items))?)
            }
        })
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return self.to_str(v);
        }
        let parsed = format::parse_format_spec(spec).map_err(|e| self.value_error(e.0))?;
        let out = match v {
            Value::Int(i) => format::format_int(&BigInt::from(*i), &parsed),
            Value::Bool(b) => format::format_int(&BigInt::from(*b as i64), &parsed),
            Value::BigInt(b) => format::format_int(b, &parsed),
            Value::Float(f) => format::format_float(*f, &parsed),
            Value::Str(s) => format::format_str(s, &parsed),
            other => {
                return Err(self.type_error(format!("unsupported format string passed to {}.__format__", other.type_name())));
            }
        };
        out.map_err(|e| self.value_error(e.0))
    }

    /// `fmt % args`.
    pub fn percent_format(&mut self, fmt: &Rc<str>, args: &Value) -> PyResult<String> {
        let items: Vec<Value> = match args {
            Value::Tuple(t) => (**t).clone(),
            other => vec![other.clone()],
        };
        let mapping = if let Value::Dict(_) = args { Some(args.clone()) } else { None };
        let mut next = 0usize;
        let mut out = String::new();
        let chars: Vec<char> = fmt.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            i += 1;
            if c != '%' {
                out.push(c);
                continue;
            }
            // %[(key)][flags][width][.precision]type
            let mut key = None;
            if i < chars.len() && chars[i] == '(' {
                let close = chars[i..].iter().position(|&c| c == ')').ok_or_else(|| self.value_error("incomplete format key"))?;
                key = Some(chars[i + 1..i + close].iter().collect::<String>());
                i += close + 1;
            }
            let mut flags = String::new();
            while i < chars.len() && "-+ #0".contains(chars[i]) {
                flags.push(chars[i]);
                i += 1;
            }
            let mut width = String::new();
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '*') {
                if chars[i] == '*' {
                    let w = items.get(next).cloned().ok_or_else(|| self.type_error("not enough arguments for format string"))?;
                    next += 1;
                    width = self.to_str(&w)?;
                } else {
                    width.push(chars[i]);
                }
                i += 1;
            }
            let mut precision = None;
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                let mut p = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p.push(chars[i]);
                    i += 1;
                }
                precision = Some(if p.is_empty() { "0".to_string() } else { p });
            }
            let Some(&conv) = chars.get(i) else {
                return Err(self.value_error("incomplete format"));
            };
            i += 1;
            if conv == '%' {
                out.push('%');
                continue;
            }
            let arg = match &key {
                Some(k) => match &mapping {
                    Some(m) => self.get_item(m, &Value::str(k))?,
                    None => return Err(self.type_error("format requires a mapping")),
                },
                None => {
                    let a = items.get(next).cloned().ok_or_else(|| self.type_error("not enough arguments for format string"))?;
                    next += 1;
                    a
                }
            };
            let align = if flags.contains('-') { "<" } else { ">" };
            let sign = if flags.contains('+') {
                "+"
            } else if flags.contains(' ') {
                " "
            } else {
                ""
            };
            let zero = if flags.contains('0') && !flags.contains('-') { "0" } else { "" };
            let alt = if flags.contains('#') { "#" } else { "" };
            let prec = precision.map(|p| format!(".{p}")).unwrap_or_default();
            let piece = match conv {
                's' | 'r' | 'a' => {
                    let s = match conv {
                        's' => self.to_str(&arg)?,
                        'r' => self.repr(&arg)?,
                        _ => ascii(&self.repr(&arg)?),
                    };
                    self.format(&Value::str(&s), &format!("{align}{width}{prec}"))?
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                    let n = match &arg {
                        Value::Float(f) => Value::int_from_big(num_bigint::BigInt::from(f.trunc() as i128)),
                        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => arg.clone(),
                        other => {
                            let what = if matches!(conv, 'x' | 'X' | 'o') { "an integer is required" } else { "a real number is required" };
                            return Err(self.type_error(format!("%{conv} format: {what}, not {}", other.type_name())));
                        }
                    };
                    let ty = match conv {
                        'x' | 'X' | 'o' => conv.to_string(),
                        _ => "d".to_string(),
                    };
                    self.format(&n, &format!("{}{sign}{alt}{zero}{width}{ty}", if zero.is_empty() { align } else { "" }))?
                }
                'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                    let x = match &arg {
                        Value::Float(_) => arg.clone(),
                        Value::Int(i) => Value::Float(*i as f64),
                        Value::Bool(b) => Value::Float(*b as i64 as f64),
                        Value::BigInt(b) => Value::Float(crate::runtime::arith::bigint_to_f64(b).map_err(|e| self.exc(&self.types.exc.overflow_error, e))?),
                        other => return Err(self.type_error(format!("must be real number, not {}", other.type_name()))),
                    };
                    let prec = if prec.is_empty() { ".6".to_string() } else { prec.clone() };
                    self.format(&x, &format!("{}{sign}{alt}{zero}{width}{prec}{conv}", if zero.is_empty() { align } else { "" }))?
                }
                'c' => match &arg {
                    Value::Int(n) => char::from_u32(*n as u32).map(|c| c.to_string()).ok_or_else(|| self.exc(&self.types.exc.overflow_error, "%c arg not in range(0x110000)"))?,
                    Value::Str(s) if s.chars().count() == 1 => s.to_string(),
                    _ => return Err(self.type_error("%c requires int or char")),
                },
                other => {
                    return Err(self.value_error(format!("unsupported format character '{}' (0x{:x}) at index {}", other, other as u32, i - 1)));
                }
            };
            out.push_str(&piece);
        }
        if mapping.is_none() && next < items.len() {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        Ok(out)
    }
}

/// A stable, fake object address for reprs (real addresses would make output nondeterministic).
pub fn fake_addr(v: &Value) -> String {
    format!("0x{:012x}", 0x7f00_0000_0000usize + (v.ptr().unwrap_or(0) & 0xffff_ffff))
}
