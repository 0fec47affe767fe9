//! Operators with Python semantics: arithmetic (ints never wrap), comparison, truth,
//! membership, subscripts and iteration over the builtin types.

use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::lang::bytecode::{BinOp, CmpOp, UnOp};
use crate::runtime::numeric::num;
use crate::runtime::objects::dict::hashable_eq;
use crate::runtime::objects::iter::{DictView, IterObj};
use crate::runtime::objects::value::{Args, GenStatus, RangeObj, Value};
use crate::runtime::vm::{PyResult, Vm};

/// A number operand, widened for arithmetic.
enum N {
    I(i64),
    B(BigInt),
    F(f64),
}

fn as_num(v: &Value) -> Option<N> {
    match v {
        Value::Int(i) => Some(N::I(*i)),
        Value::Bool(b) => Some(N::I(*b as i64)),
        Value::BigInt(b) => Some(N::B((**b).clone())),
        Value::Float(f) => Some(N::F(*f)),
        _ => None,
    }
}

fn big(n: &N) -> BigInt {
    match n {
        N::I(i) => BigInt::from(*i),
        N::B(b) => b.clone(),
        N::F(_) => unreachable!("not an int"),
    }
}

impl Vm<'_> {
    fn zero_div(&self, msg: &str) -> crate::runtime::vm::Unwind {
        self.exc(&self.types.exc.zero_division_error, msg)
    }

    fn int_to_float(&self, n: &N) -> PyResult<f64> {
        match n {
            N::I(i) => Ok(*i as f64),
            N::F(f) => Ok(*f),
            N::B(b) => num::int_to_f64(b).map_err(|e| self.py_err(e)),
        }
    }

    pub fn binary_op(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        _inplace: bool,
    ) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return self.numeric_op(op, x, y);
        }
        if let Some(v) = self.heap_binary_op(op, a, b, _inplace)? {
            return Ok(v);
        }
        if let Some(v) = self.bytes_binop(op, a, b, _inplace)? {
            return Ok(v);
        }
        if let (BinOp::Mul, Value::Int(_) | Value::Bool(_)) = (op, a) {
            if let Some(v) = self.bytes_binop(op, b, a, false)? {
                return Ok(v);
            }
        }
        match (op, a, b) {
            (BinOp::Or, Value::Class(_), Value::Class(_) | Value::None)
            | (BinOp::Or, Value::None, Value::Class(_)) => {
                self.alias_hook("union_of", vec![a.clone(), b.clone()])
            }
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                self.reserve(x.len() + y.len())?;
                let mut s = String::with_capacity(x.len() + y.len());
                s.push_str(x);
                s.push_str(y);
                Ok(Value::str(&s))
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let more = y.borrow().len() + if _inplace { 0 } else { x.borrow().len() };
                self.reserve_items(more, std::mem::size_of::<Value>())?;
                if _inplace {
                    let items = y.borrow().clone();
                    x.borrow_mut().extend(items);
                    return Ok(a.clone());
                }
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Ok(Value::list(v))
            }
            (BinOp::Add, Value::List(x), _) if _inplace => {
                let items = self.collect(b)?;
                x.borrow_mut().extend(items);
                Ok(a.clone())
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                self.reserve_items(x.len() + y.len(), std::mem::size_of::<Value>())?;
                let mut v = (**x).clone();
                v.extend(y.iter().cloned());
                Ok(Value::tuple(v))
            }
            (
                BinOp::Mul,
                Value::Str(_) | Value::List(_) | Value::Tuple(_),
                Value::Int(_) | Value::Bool(_),
            ) => self.repeat(a, b),
            (
                BinOp::Mul,
                Value::Int(_) | Value::Bool(_),
                Value::Str(_) | Value::List(_) | Value::Tuple(_),
            ) => self.repeat(b, a),
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_), other)
            | (BinOp::Mul, other, Value::Str(_) | Value::List(_) | Value::Tuple(_))
                if !matches!(other, Value::Str(_) | Value::List(_) | Value::Tuple(_)) =>
            {
                Err(self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    other.type_name()
                )))
            }
            (BinOp::Mod, Value::Str(fmt), _) => {
                let s = self.percent_format(fmt, b)?;
                Ok(Value::str(&s))
            }
            (BinOp::Or, Value::Dict(x), Value::Dict(y)) => {
                let mut d = x.borrow().clone();
                let entries = y.borrow().entries();
                for (k, v) in entries {
                    self.local_insert(&mut d, k, v)?;
                }
                Ok(Value::Dict(Rc::new(RefCell::new(d))))
            }
            (
                BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
                Value::Set(_) | Value::FrozenSet(_),
                Value::Set(_) | Value::FrozenSet(_),
            ) => Ok(self.set_binop(op, a, b, _inplace)?.expect("two sets")),
            (BinOp::Add, Value::Str(_) | Value::List(_) | Value::Tuple(_), _)
                if !_inplace || !matches!(a, Value::List(_)) =>
            {
                let t = a.type_name();
                Err(self.type_error(format!(
                    "can only concatenate {t} (not \"{}\") to {t}",
                    b.type_name()
                )))
            }
            _ => Err(self.type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                if _inplace {
                    format!("{}=", op.symbol())
                } else {
                    op.symbol().to_string()
                },
                a.type_name(),
                b.type_name()
            ))),
        }
    }

    fn repeat(&mut self, seq: &Value, n: &Value) -> PyResult<Value> {
        let n = match n {
            Value::Int(i) => (*i).max(0) as usize,
            Value::Bool(b) => *b as usize,
            _ => 0,
        };
        let (len, size) = match seq {
            Value::Str(s) => (s.len(), 1),
            Value::List(l) => (l.borrow().len(), std::mem::size_of::<Value>()),
            Value::Tuple(t) => (t.len(), std::mem::size_of::<Value>()),
            _ => (0, 0),
        };
        self.reserve_items(len.saturating_mul(n), size)?;
        Ok(match seq {
            Value::Str(s) => Value::str(&s.repeat(n)),
            Value::List(l) => {
                let l = l.borrow();
                let mut v = Vec::with_capacity(l.len() * n);
                for _ in 0..n {
                    v.extend(l.iter().cloned());
                }
                Value::list(v)
            }
            Value::Tuple(t) => {
                let mut v = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    v.extend(t.iter().cloned());
                }
                Value::tuple(v)
            }
            _ => unreachable!("sequence"),
        })
    }

    fn numeric_op(&mut self, op: BinOp, x: N, y: N) -> PyResult<Value> {
        use BinOp::*;
        if matches!(x, N::F(_)) || matches!(y, N::F(_)) {
            if matches!(op, LShift | RShift | And | Or | Xor | MatMul) {
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    op.symbol(),
                    if matches!(x, N::F(_)) { "float" } else { "int" },
                    if matches!(y, N::F(_)) { "float" } else { "int" }
                )));
            }
            let a = self.int_to_float(&x)?;
            let b = self.int_to_float(&y)?;
            return self.float_op(op, a, b);
        }
        if let (N::I(a), N::I(b)) = (&x, &y) {
            let (a, b) = (*a, *b);
            let fast = match op {
                Add => a.checked_add(b),
                Sub => a.checked_sub(b),
                Mul => a.checked_mul(b),
                FloorDiv if b != 0 => {
                    if a == i64::MIN && b == -1 {
                        None
                    } else {
                        Some(Integer::div_floor(&a, &b))
                    }
                }
                Mod if b != 0 => Some(Integer::mod_floor(&a, &b)),
                And => Some(a & b),
                Or => Some(a | b),
                Xor => Some(a ^ b),
                _ => None,
            };
            if let Some(v) = fast {
                return Ok(Value::Int(v));
            }
        }
        let (a, b) = (big(&x), big(&y));
        Ok(match op {
            Add => Value::int_from_big(a + b),
            Sub => Value::int_from_big(a - b),
            Mul => Value::int_from_big(a * b),
            TrueDiv => {
                if b.is_zero() {
                    return Err(self.zero_div("division by zero"));
                }
                Value::Float(num::int_truediv(&a, &b).map_err(|e| self.py_err(e))?)
            }
            FloorDiv => {
                if b.is_zero() {
                    return Err(self.zero_div("integer division or modulo by zero"));
                }
                Value::int_from_big(a.div_floor(&b))
            }
            Mod => {
                if b.is_zero() {
                    return Err(self.zero_div("integer modulo by zero"));
                }
                Value::int_from_big(a.mod_floor(&b))
            }
            Pow => {
                if b.is_negative() {
                    if a.is_zero() {
                        return Err(self.zero_div("0.0 cannot be raised to a negative power"));
                    }
                    let fa = self.int_to_float(&N::B(a))?;
                    let fb = self.int_to_float(&N::B(b))?;
                    return self.float_op(Pow, fa, fb);
                }
                // The result has about `b` times `a`'s bits: past the memory limit CPython's
                // allocation fails (MemoryError) before it could compute it.
                let a_bits = a.bits();
                if a_bits > 1 {
                    let bytes = b.to_f64().unwrap_or(f64::INFINITY) * a_bits as f64 / 8.0;
                    if bytes > crate::runtime::memory::limit() as f64 {
                        return Err(self.memory_error());
                    }
                }
                let Some(e) = b.to_u32() else {
                    return Err(self.exc(&self.types.exc.overflow_error, "exponent too large"));
                };
                Value::int_from_big(num_traits::pow::Pow::pow(a, e))
            }
            LShift | RShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = b.to_usize().unwrap_or(usize::MAX);
                if op == LShift {
                    // A shift past the memory limit is CPython's MemoryError.
                    if !a.is_zero() {
                        self.reserve(s / 8 + (a.bits() / 8) as usize)?;
                    }
                    Value::int_from_big(a << s)
                } else {
                    Value::int_from_big(if s > 1 << 24 {
                        if a.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    } else {
                        a >> s
                    })
                }
            }
            And => Value::int_from_big(a & b),
            Or => Value::int_from_big(a | b),
            Xor => Value::int_from_big(a ^ b),
            MatMul => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
            }
        })
    }

    fn float_op(&mut self, op: BinOp, a: f64, b: f64) -> PyResult<Value> {
        use BinOp::*;
        Ok(Value::Float(match op {
            Add => a + b,
            Sub => a - b,
            Mul => a * b,
            TrueDiv => {
                if b == 0.0 {
                    return Err(self.zero_div("float division by zero"));
                }
                a / b
            }
            FloorDiv => {
                if b == 0.0 {
                    return Err(self.zero_div("float floor division by zero"));
                }
                num::float_floordiv(a, b).map_err(|e| self.py_err(e))?
            }
            Mod => {
                if b == 0.0 {
                    return Err(self.zero_div("float modulo"));
                }
                num::float_mod(a, b).map_err(|e| self.py_err(e))?
            }
            Pow => num::float_pow(a, b).map_err(|e| self.py_err(e))?,
            _ => unreachable!("checked above"),
        }))
    }

    pub fn unary_op(&mut self, op: UnOp, a: &Value) -> PyResult<Value> {
        if let Some(v) = self.heap_unary(op, a)? {
            return Ok(v);
        }
        match (op, a) {
            (UnOp::Not, _) => Ok(Value::Bool(!self.truthy(a)?)),
            (UnOp::Neg, Value::Int(i)) => Ok(i
                .checked_neg()
                .map(Value::Int)
                .unwrap_or_else(|| Value::int_from_big(-BigInt::from(*i)))),
            (UnOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (UnOp::Neg, Value::BigInt(b)) => Ok(Value::int_from_big(-(**b).clone())),
            (UnOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(a.clone()),
            (UnOp::Pos, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (UnOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (UnOp::Invert, Value::BigInt(b)) => Ok(Value::int_from_big(-(**b).clone() - 1)),
            _ => {
                let sym = match op {
                    UnOp::Neg => "-",
                    UnOp::Pos => "+",
                    UnOp::Invert => "~",
                    UnOp::Not => "not",
                };
                Err(self.type_error(format!(
                    "bad operand type for unary {}: '{}'",
                    sym,
                    a.type_name()
                )))
            }
        }
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) | Value::Set(d) | Value::FrozenSet(d) => !d.borrow().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.borrow().is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(_) | Value::Exception(_) => return self.heap_truthy(v),
            Value::Class(c) if c.meta.is_some() => {
                if let Some(r) = self.call_meta(c, "__bool__", vec![])? {
                    return self.truthy(&r);
                }
                match self.call_meta(c, "__len__", vec![])? {
                    Some(n) => return self.truthy(&n),
                    None => true,
                }
            }
            _ => true,
        })
    }

    /// `a == b` for any values.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(v) = self.heap_compare(CmpOp::Eq, a, b)? {
            return self.truthy(&v);
        }
        Ok(match (a, b) {
            (Value::List(x), Value::List(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.seq_eq(&x, &y)?
            }
            (Value::Tuple(x), Value::Tuple(y)) => self.seq_eq(x, y)?,
            (Value::Dict(x), Value::Dict(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (k, v) in x.iter() {
                    let k = self.key_in_local(&y, k.clone())?;
                    match y.get(&k) {
                        Some(w) => {
                            if !self.eq(v, w)? {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                true
            }
            (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) => {
                self.set_eq(x, y)?
            }
            (Value::Bytes(x), Value::Bytes(y)) => x == y,
            (Value::ByteArray(x), Value::ByteArray(y)) => *x.borrow() == *y.borrow(),
            (Value::Bytes(x), Value::ByteArray(y)) | (Value::ByteArray(y), Value::Bytes(x)) => {
                **x == **y.borrow()
            }
            (Value::Range(x), Value::Range(y)) => {
                let (lx, ly) = (x.len(), y.len());
                lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
            }
            (Value::Float(x), Value::Float(y)) => x == y,
            _ => hashable_eq(a, b),
        })
    }

    fn seq_eq(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (p, q) in x.iter().zip(y) {
            if !(p.is(q) || self.eq(p, q)?) {
                return Ok(false);
            }
        }
        Ok(true)
    }

    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(v) = self.heap_compare(op, a, b)? {
            return self.truthy(&v);
        }
        match op {
            CmpOp::Eq => return self.eq(a, b),
            CmpOp::Ne => return Ok(!self.eq(a, b)?),
            _ => {}
        }
        let ord = self.order(op, a, b)?;
        Ok(match ord {
            None => false,
            Some(o) => match op {
                CmpOp::Lt => o == Ordering::Less,
                CmpOp::Le => o != Ordering::Greater,
                CmpOp::Gt => o == Ordering::Greater,
                CmpOp::Ge => o != Ordering::Less,
                _ => unreachable!("handled above"),
            },
        })
    }

    /// Orders two values; `None` when unordered (NaN). Errors for incomparable types.
    pub fn order(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Ordering>> {
        // A Python comparison's truth, as the ordering `compare` reads back for `op`.
        if let Some(v) = self.heap_compare(op, a, b)? {
            let holds = self.truthy(&v)?;
            return Ok(Some(match (op, holds) {
                (CmpOp::Lt | CmpOp::Le, true) | (CmpOp::Gt | CmpOp::Ge, false) => Ordering::Less,
                _ => Ordering::Greater,
            }));
        }
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(match (x, y) {
                (N::I(p), N::I(q)) => Some(p.cmp(&q)),
                (N::F(p), N::F(q)) => p.partial_cmp(&q),
                (N::F(p), q) => num::cmp_int_float(&big(&q), p).map(Ordering::reverse),
                (p, N::F(q)) => num::cmp_int_float(&big(&p), q),
                (p, q) => Some(big(&p).cmp(&big(&q))),
            });
        }
        match (a, b) {
            (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) => {
                self.set_order(x, y)
            }
            (Value::Str(x), Value::Str(y)) => Ok(Some(x.cmp(y))),
            (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
                let bytes_of = crate::runtime::objects::bytes::bytes_of;
                Ok(bytes_of(a).zip(bytes_of(b)).map(|(x, y)| x.cmp(&y)))
            }
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.seq_order(op, &x, &y)
            }
            (Value::Tuple(x), Value::Tuple(y)) => self.seq_order(op, x, y),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                a.type_name(),
                b.type_name()
            ))),
        }
    }

    fn seq_order(&mut self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<Option<Ordering>> {
        for (p, q) in x.iter().zip(y) {
            if !self.eq(p, q)? {
                return self.order(op, p, q);
            }
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Class(c) = container {
            if let Some(r) = self.call_meta(c, "__contains__", vec![item.clone()])? {
                return self.truthy(&r);
            }
        }
        if let Value::Instance(_) = container {
            if let Some(found) = self.heap_contains(container, item)? {
                return Ok(found);
            }
        }
        match container {
            Value::Str(s) => match crate::runtime::objects::instance::unwrap_payload(item) {
                Value::Str(sub) => Ok(s.contains(&**sub)),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    item.type_name()
                ))),
            },
            Value::Set(d) | Value::FrozenSet(d) => {
                let k = self.member_key(item)?;
                self.dict_contains(d, k)
            }
            Value::Bytes(b) => self.bytes_contains(b, item),
            Value::ByteArray(b) => {
                let b = b.borrow().clone();
                self.bytes_contains(&b, item)
            }
            Value::Dict(d) | Value::DictView(d, DictView::Keys) => {
                let k = self.key(item.clone())?;
                self.dict_contains(d, k)
            }
            Value::Range(r) => Ok(match item {
                Value::Int(i) => {
                    let (i, start, step) = (*i, r.start, r.step);
                    let in_bounds = if step > 0 {
                        i >= start && i < r.stop
                    } else {
                        i <= start && i > r.stop
                    };
                    in_bounds && (i - start) % step == 0
                }
                _ => false,
            }),
            _ => {
                let items = self.collect(container)?;
                for v in &items {
                    if v.is(item) || self.eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// Turns a Python index into a position in a sequence of `len`, or None if out of range.
    pub fn seq_index(&self, idx: &Value, len: usize) -> PyResult<Option<usize>> {
        self.seq_index_of("list", idx, len)
    }

    /// Like `seq_index`, naming the container kind in the error (`tuple indices must…`).
    pub fn seq_index_of(&self, kind: &str, idx: &Value, len: usize) -> PyResult<Option<usize>> {
        let i = match crate::runtime::objects::instance::unwrap_payload(idx) {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => return Ok(None),
            other if kind == "string" => {
                return Err(self.type_error(format!(
                    "string indices must be integers, not '{}'",
                    other.type_name()
                )));
            }
            other => {
                return Err(self.type_error(format!(
                    "{kind} indices must be integers or slices, not {}",
                    other.type_name()
                )));
            }
        };
        let i = if i < 0 { i + len as i64 } else { i };
        Ok(if i >= 0 && (i as usize) < len {
            Some(i as usize)
        } else {
            None
        })
    }

    /// The method `slice.indices(len)`.
    pub fn slice_indices_method(
        &mut self,
        s: &crate::runtime::objects::value::SliceObj,
        args: Args,
    ) -> PyResult<Value> {
        if !args.kw.is_empty() {
            return Err(self.type_error("slice.indices() takes no keyword arguments"));
        }
        if args.pos.len() != 1 {
            return Err(self.type_error(format!(
                "slice.indices() takes exactly one argument ({} given)",
                args.pos.len()
            )));
        }
        let len = match &args.pos[0] {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            other => {
                return Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )))
            }
        };
        if len < 0 {
            return Err(self.value_error("length should not be negative"));
        }
        let (start, stop, step) = self.slice_indices(s, len)?;
        Ok(Value::tuple(vec![
            Value::Int(start),
            Value::Int(stop),
            Value::Int(step),
        ]))
    }

    /// The key/value pairs `dict(x)` and `dict.update(x)` take from `x`: a dict's items,
    /// or `x[k]` for each `k` of `x.keys()` when `x` has `keys` (a mapping); None for an
    /// iterable of pairs.
    pub fn mapping_pairs(&mut self, v: &Value) -> PyResult<Option<Vec<(Value, Value)>>> {
        if let Value::Dict(d) = v {
            return Ok(Some(d.borrow().items()));
        }
        let Value::Instance(i) = v else {
            return Ok(None);
        };
        // A dict subclass that keeps dict's iteration is merged from its dict, as
        // CPython's `dict_merge` does (whatever its `keys` or `__getitem__`).
        if let Some(Value::Dict(d)) = &i.payload {
            if !matches!(i.class.lookup("__iter__"), Some(Value::Function(_))) {
                return Ok(Some(d.borrow().items()));
            }
        }
        if i.class.lookup("keys").is_none() && i.dict.borrow().get_str("keys").is_none() {
            return Ok(None);
        }
        let keys = self.call_method(v, "keys", Args::new(Vec::new()))?;
        let mut out = Vec::new();
        for k in self.collect(&keys)? {
            let value = self.get_item(v, &k)?;
            out.push((k, value));
        }
        Ok(Some(out))
    }

    /// `slice.indices(len)`: start, stop, step clamped as CPython does.
    pub fn slice_indices(
        &self,
        s: &crate::runtime::objects::value::SliceObj,
        len: i64,
    ) -> PyResult<(i64, i64, i64)> {
        let get = |v: &Value| -> PyResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                Value::Int(i) => Ok(Some(*i)),
                Value::Bool(b) => Ok(Some(*b as i64)),
                Value::BigInt(b) => Ok(Some(if b.is_negative() {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })),
                _ => Err(self.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let step = get(&s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
            match v {
                None => default,
                Some(i) => {
                    let i = if i < 0 { i + len } else { i };
                    i.clamp(lo, hi)
                }
            }
        };
        let (start, stop) = if step > 0 {
            (
                clamp(get(&s.start)?, 0, 0, len),
                clamp(get(&s.stop)?, len, 0, len),
            )
        } else {
            (
                clamp(get(&s.start)?, len - 1, -1, len - 1),
                clamp(get(&s.stop)?, -1, -1, len - 1),
            )
        };
        Ok((start, stop, step))
    }

    fn slice_positions(
        &self,
        s: &crate::runtime::objects::value::SliceObj,
        len: usize,
    ) -> PyResult<Vec<usize>> {
        let (start, stop, step) = self.slice_indices(s, len as i64)?;
        let mut out = Vec::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(i as usize);
            i += step;
        }
        Ok(out)
    }

    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Class(c) = obj {
            return self.class_subscript(c, key);
        }
        if let Value::Instance(_) = obj {
            if let Some(v) = self.call_special(obj, "__getitem__", vec![key.clone()])? {
                return Ok(v);
            }
        }
        if let Some(v) = self.bytes_getitem(obj, key)? {
            return Ok(v);
        }
        if let Value::Slice(s) = key {
            return Ok(match obj {
                Value::List(l) => {
                    let l = l.borrow();
                    Value::list(
                        self.slice_positions(s, l.len())?
                            .into_iter()
                            .map(|i| l[i].clone())
                            .collect(),
                    )
                }
                Value::Tuple(t) => Value::tuple(
                    self.slice_positions(s, t.len())?
                        .into_iter()
                        .map(|i| t[i].clone())
                        .collect(),
                ),
                Value::Str(st) => {
                    let chars: Vec<char> = st.chars().collect();
                    let out: String = self
                        .slice_positions(s, chars.len())?
                        .into_iter()
                        .map(|i| chars[i])
                        .collect();
                    Value::str(&out)
                }
                Value::Range(r) => {
                    let (start, stop, step) = self.slice_indices(s, r.len())?;
                    Value::Range(Rc::new(RangeObj {
                        start: r.get(start),
                        stop: r.get(stop),
                        step: r.step * step,
                    }))
                }
                _ => {
                    return Err(self
                        .type_error(format!("'{}' object is not subscriptable", obj.type_name())))
                }
            });
        }
        match obj {
            Value::List(l) => {
                let len = l.borrow().len();
                match self.seq_index(key, len)? {
                    Some(i) => Ok(l.borrow()[i].clone()),
                    None => Err(self.exc(&self.types.exc.index_error, "list index out of range")),
                }
            }
            Value::Tuple(t) => match self.seq_index_of("tuple", key, t.len())? {
                Some(i) => Ok(t[i].clone()),
                None => Err(self.exc(&self.types.exc.index_error, "tuple index out of range")),
            },
            Value::Str(s) => {
                let n = s.chars().count();
                match self.seq_index_of("string", key, n)? {
                    Some(i) => Ok(Value::str(&s.chars().nth(i).expect("in range").to_string())),
                    None => Err(self.exc(&self.types.exc.index_error, "string index out of range")),
                }
            }
            Value::Range(r) => match self.seq_index_of("range object", key, r.len() as usize)? {
                Some(i) => Ok(Value::Int(r.get(i as i64))),
                None => Err(self.exc(
                    &self.types.exc.index_error,
                    "range object index out of range",
                )),
            },
            Value::Dict(d) => {
                let k = self.key(key.clone())?;
                let found = self.dict_get(d, k)?;
                match found {
                    Some(v) => Ok(v),
                    None => Err(crate::runtime::vm::Unwind::Exc(
                        crate::runtime::objects::exceptions::ExcObj::new(
                            self.types.exc.key_error.clone(),
                            vec![key.clone()],
                        ),
                    )),
                }
            }
            _ => Err(self.type_error(format!("'{}' object is not subscriptable", obj.type_name()))),
        }
    }

    pub fn set_item(&mut self, obj: &Value, key: Value, v: Value) -> PyResult<()> {
        if self.has_special(obj, "__setitem__") {
            self.call_special(obj, "__setitem__", vec![key, v])?;
            return Ok(());
        }
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let items = self.collect(&v)?;
                    let len = l.borrow().len();
                    let (start, stop, step) = self.slice_indices(s, len as i64)?;
                    if step != 1 {
                        let positions = self.slice_positions(s, len)?;
                        if positions.len() != items.len() {
                            return Err(self.value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                items.len(),
                                positions.len()
                            )));
                        }
                        let mut l = l.borrow_mut();
                        for (i, item) in positions.into_iter().zip(items) {
                            l[i] = item;
                        }
                        return Ok(());
                    }
                    let stop = stop.max(start);
                    l.borrow_mut().splice(start as usize..stop as usize, items);
                    return Ok(());
                }
                let len = l.borrow().len();
                match self.seq_index(&key, len)? {
                    Some(i) => {
                        l.borrow_mut()[i] = v;
                        Ok(())
                    }
                    None => Err(self.exc(
                        &self.types.exc.index_error,
                        "list assignment index out of range",
                    )),
                }
            }
            Value::ByteArray(b) => self.bytearray_setitem(b, &key, &v),
            Value::Dict(d) => {
                let k = self.key(key)?;
                self.dict_insert(d, k, v)
            }
            _ => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                obj.type_name()
            ))),
        }
    }

    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if self.has_special(obj, "__delitem__") {
            self.call_special(obj, "__delitem__", vec![key.clone()])?;
            return Ok(());
        }
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let len = l.borrow().len();
                    let pos = self.slice_positions(s, len)?;
                    // One pass, whatever the slice (removing items one by one is quadratic).
                    let mut doomed = vec![false; len];
                    for i in pos {
                        doomed[i] = true;
                    }
                    let mut i = 0;
                    l.borrow_mut().retain(|_| {
                        i += 1;
                        !doomed[i - 1]
                    });
                    return Ok(());
                }
                let len = l.borrow().len();
                match self.seq_index(key, len)? {
                    Some(i) => {
                        l.borrow_mut().remove(i);
                        Ok(())
                    }
                    None => Err(self.exc(
                        &self.types.exc.index_error,
                        "list assignment index out of range",
                    )),
                }
            }
            Value::ByteArray(b) => self.bytearray_delitem(b, key),
            Value::Dict(d) => {
                let k = self.key(key.clone())?;
                match self.dict_remove(d, k)? {
                    Some(_) => Ok(()),
                    None => Err(crate::runtime::vm::Unwind::Exc(
                        crate::runtime::objects::exceptions::ExcObj::new(
                            self.types.exc.key_error.clone(),
                            vec![key.clone()],
                        ),
                    )),
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                obj.type_name()
            ))),
        }
    }

    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let it = match v {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) => IterObj::Seq {
                seq: v.clone(),
                index: 0,
            },
            Value::Bytes(_) | Value::ByteArray(_) => IterObj::Seq {
                seq: Value::tuple(self.collect(v)?),
                index: 0,
            },
            Value::Range(r) => IterObj::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            },
            Value::Dict(d) => IterObj::Dict {
                dict: d.clone(),
                index: 0,
                yielded: 0,
                len: d.borrow().len(),
                view: DictView::Keys,
                is_set: false,
            },
            Value::Set(s) | Value::FrozenSet(s) => IterObj::Dict {
                dict: s.clone(),
                index: 0,
                yielded: 0,
                len: s.borrow().len(),
                view: DictView::Keys,
                is_set: true,
            },
            Value::DictView(d, view) => IterObj::Dict {
                dict: d.clone(),
                index: 0,
                yielded: 0,
                len: d.borrow().len(),
                view: *view,
                is_set: false,
            },
            Value::Gen(g) if g.kind == crate::runtime::objects::value::GenKind::AsyncGenerator => {
                return Err(self.type_error("'async_generator' object is not iterable"))
            }
            Value::Iter(_) | Value::Gen(_) => return Ok(v.clone()),
            Value::Instance(_) => return self.heap_iter(v),
            Value::Class(c) if self.meta_special(c, "__iter__").is_some() => {
                let it = self
                    .call_meta(c, "__iter__", vec![])?
                    .expect("the metaclass has __iter__");
                if !self.is_iterator(&it) {
                    return Err(self.type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        it.type_name()
                    )));
                }
                return Ok(it);
            }
            other => {
                return Err(
                    self.type_error(format!("'{}' object is not iterable", other.type_name()))
                )
            }
        };
        Ok(Value::Iter(Rc::new(RefCell::new(it))))
    }

    /// Advances an iterator: `Some(item)`, or `None` when exhausted.
    pub fn next_item(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(cell) => self.next_builtin(cell),
            Value::Gen(g) => {
                if g.status.get() == GenStatus::Closed {
                    return Ok(None);
                }
                let g = g.clone();
                match self.gen_resume(&g, crate::runtime::vm::call::Resume::Send(Value::None))? {
                    crate::runtime::vm::call::GenStep::Yield(v) => Ok(Some(v)),
                    crate::runtime::vm::call::GenStep::Return(_) => Ok(None),
                }
            }
            Value::Instance(_) => self.heap_next(it),
            other => {
                Err(self.type_error(format!("'{}' object is not an iterator", other.type_name())))
            }
        }
    }

    fn next_builtin(&mut self, cell: &Rc<RefCell<IterObj>>) -> PyResult<Option<Value>> {
        // Adapters call back into Python (map) or other iterators: take what we need first.
        let mut st = cell.borrow_mut();
        match &mut *st {
            IterObj::Seq { seq, index } => {
                let out = match seq {
                    Value::List(l) => l.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.get(*index).cloned(),
                    Value::Str(s) => s.chars().nth(*index).map(|c| Value::str(&c.to_string())),
                    _ => None,
                };
                *index += 1;
                if out.is_none() {
                    *st = IterObj::Exhausted;
                }
                Ok(out)
            }
            IterObj::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next += *step;
                    Ok(Some(Value::Int(v)))
                } else {
                    Ok(None)
                }
            }
            IterObj::Dict {
                dict,
                index,
                yielded,
                len,
                view,
                is_set,
            } => {
                let d = dict.borrow();
                if d.len() != *len {
                    drop(d);
                    let what = if *is_set { "Set" } else { "dictionary" };
                    *st = IterObj::Exhausted;
                    return Err(self.runtime_error(format!("{what} changed size during iteration")));
                }
                // `index` is a position in the table (tombstones skipped), `yielded` a count.
                let Some((at, k, v)) = d.next_live(*index) else {
                    *index = d.raw_len();
                    return Ok(None);
                };
                let out = match view {
                    DictView::Keys => k.value().clone(),
                    DictView::Values => v.clone(),
                    DictView::Items => Value::tuple(vec![k.value().clone(), v.clone()]),
                };
                *index = at + 1;
                *yielded += 1;
                Ok(Some(out))
            }
            IterObj::Snapshot { items, index } => {
                let out = items.get(*index).cloned();
                *index += 1;
                Ok(out)
            }
            IterObj::Reversed { items, .. } => Ok(items.pop()),
            IterObj::GetItem { obj, index } => {
                let (obj, i) = (obj.clone(), *index);
                *index += 1;
                drop(st);
                match self.get_item(&obj, &Value::Int(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(crate::runtime::vm::Unwind::Exc(e))
                        if e.is_instance(&self.types.exc.index_error)
                            || e.is_instance(&self.types.exc.stop_iteration) =>
                    {
                        *cell.borrow_mut() = IterObj::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterObj::Exhausted => Ok(None),
            IterObj::Enumerate { inner, count } => {
                let inner = inner.clone();
                let n = *count;
                *count += 1;
                drop(st);
                Ok(self
                    .next_item(&inner)?
                    .map(|v| Value::tuple(vec![Value::Int(n), v])))
            }
            IterObj::Zip { inners, strict } => {
                let (inners, strict) = (inners.clone(), *strict);
                drop(st);
                let mut out = Vec::with_capacity(inners.len());
                for (i, it) in inners.iter().enumerate() {
                    match self.next_item(it)? {
                        Some(v) => out.push(v),
                        None if strict && i > 0 => {
                            let which = if i == 1 {
                                "argument 1".to_string()
                            } else {
                                format!("arguments 1-{i}")
                            };
                            return Err(self.value_error(format!(
                                "zip() argument {} is shorter than {which}",
                                i + 1
                            )));
                        }
                        None if strict => {
                            for (j, other) in inners.iter().enumerate().skip(1) {
                                if self.next_item(other)?.is_some() {
                                    let which = if j == 1 {
                                        "argument 1".to_string()
                                    } else {
                                        format!("arguments 1-{j}")
                                    };
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is longer than {which}",
                                        j + 1
                                    )));
                                }
                            }
                            return Ok(None);
                        }
                        None => return Ok(None),
                    }
                }
                if out.is_empty() {
                    return Ok(None);
                }
                Ok(Some(Value::tuple(out)))
            }
            IterObj::Map { func, inners } => {
                let (func, inners) = (func.clone(), inners.clone());
                drop(st);
                let mut args = Vec::with_capacity(inners.len());
                for i in &inners {
                    match self.next_item(i)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(self.call1(&func, args)?))
            }
            IterObj::Filter { func, inner } => {
                let (func, inner) = (func.clone(), inner.clone());
                drop(st);
                loop {
                    let Some(v) = self.next_item(&inner)? else {
                        return Ok(None);
                    };
                    let keep = if func.is_none() {
                        v.clone()
                    } else {
                        self.call1(&func, vec![v.clone()])?
                    };
                    if self.truthy(&keep)? {
                        return Ok(Some(v));
                    }
                }
            }
        }
    }

    /// Collects any iterable into a vector.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.borrow().clone()),
            Value::Tuple(t) => Ok((**t).clone()),
            Value::Dict(d)
            | Value::Set(d)
            | Value::FrozenSet(d)
            | Value::DictView(d, DictView::Keys) => Ok(d.borrow().keys()),
            Value::Bytes(b) => Ok(b.iter().map(|&x| Value::Int(x as i64)).collect()),
            Value::ByteArray(b) => Ok(b.borrow().iter().map(|&x| Value::Int(x as i64)).collect()),
            Value::DictView(d, DictView::Values) => Ok(d.borrow().values()),
            Value::DictView(d, DictView::Items) => Ok(d
                .borrow()
                .items()
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect()),
            _ => {
                let it = self.get_iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = self.next_item(&it)? {
                    out.push(x);
                }
                Ok(out)
            }
        }
    }

    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => (**t).clone(),
            Value::List(l) => l.borrow().clone(),
            other => {
                if !matches!(
                    other,
                    Value::Str(_)
                        | Value::Dict(_)
                        | Value::Set(_)
                        | Value::FrozenSet(_)
                        | Value::Bytes(_)
                        | Value::ByteArray(_)
                        | Value::Range(_)
                        | Value::Iter(_)
                        | Value::Gen(_)
                        | Value::DictView(..)
                ) && !self.has_special(other, "__iter__")
                    && !self.has_special(other, "__getitem__")
                {
                    return Err(self.type_error(format!(
                        "cannot unpack non-iterable {} object",
                        other.type_name()
                    )));
                }
                self.collect(other)?
            }
        };
        match items.len().cmp(&n) {
            Ordering::Equal => Ok(items),
            Ordering::Less => Err(self.value_error(format!(
                "not enough values to unpack (expected {}, got {})",
                n,
                items.len()
            ))),
            Ordering::Greater => {
                Err(self.value_error(format!("too many values to unpack (expected {n})")))
            }
        }
    }
}

impl Vm<'_> {
    /// Element `i` of a `dict(...)`/`update(...)` sequence as a key/value pair, with
    /// CPython's messages.
    pub fn update_pair(&mut self, item: &Value, i: usize) -> PyResult<Vec<Value>> {
        let items = match item {
            Value::Tuple(_)
            | Value::List(_)
            | Value::Str(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::Range(_)
            | Value::Iter(_)
            | Value::Gen(_)
            | Value::DictView(..) => self.collect(item)?,
            _ => {
                return Err(self.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )))
            }
        };
        if items.len() != 2 {
            return Err(self.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                items.len()
            )));
        }
        Ok(items)
    }
}
