//! `set` and `frozenset`: their methods, operators and comparisons. Methods and operators
//! answer with the type of the set they are called on (its left operand), as CPython's
//! do; members compare through `objects/keys.rs`, so Python `__eq__`s run on snapshots of
//! the sets, never inside a borrow.

use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

use crate::lang::bytecode::BinOp;
use crate::runtime::objects::dict::{Dict, Key};
use crate::runtime::objects::methods::want;
use crate::runtime::objects::value::{Args, Value};
use crate::runtime::vm::{PyResult, Unwind, Vm};

pub const SET_METHODS: &[&str] = &[
    "add",
    "remove",
    "discard",
    "pop",
    "clear",
    "copy",
    "union",
    "intersection",
    "difference",
    "symmetric_difference",
    "update",
    "intersection_update",
    "difference_update",
    "symmetric_difference_update",
    "issubset",
    "issuperset",
    "isdisjoint",
];

pub const FROZENSET_METHODS: &[&str] = &[
    "copy",
    "union",
    "intersection",
    "difference",
    "symmetric_difference",
    "issubset",
    "issuperset",
    "isdisjoint",
];

/// Which of the two set types a result is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SetKind {
    Set,
    Frozen,
}

impl SetKind {
    pub fn of(v: &Value) -> Option<SetKind> {
        match v {
            Value::Set(_) => Some(SetKind::Set),
            Value::FrozenSet(_) => Some(SetKind::Frozen),
            _ => None,
        }
    }
    fn name(self) -> &'static str {
        match self {
            SetKind::Set => "set",
            SetKind::Frozen => "frozenset",
        }
    }
    pub fn make(self, d: Dict) -> Value {
        let d = Rc::new(RefCell::new(d));
        match self {
            SetKind::Set => Value::Set(d),
            SetKind::Frozen => Value::FrozenSet(d),
        }
    }
}

/// The members of a set or frozenset value.
pub fn members(v: &Value) -> Option<&Rc<RefCell<Dict>>> {
    match v {
        Value::Set(d) | Value::FrozenSet(d) => Some(d),
        _ => None,
    }
}

/// What the binary operators compute.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Algebra {
    Union,
    Intersection,
    Difference,
    Symmetric,
}

impl Vm<'_> {
    /// The key a set looks `item` up by: a set stands for the frozenset of its members
    /// (`{1} in {frozenset({1})}`), as CPython's `__contains__`, `remove` and `discard`.
    pub fn member_key(&mut self, item: &Value) -> PyResult<Key> {
        match item {
            Value::Set(d) => self.key(SetKind::Frozen.make(d.borrow().clone())),
            _ => self.key(item.clone()),
        }
    }

    /// The members of any iterable, as a set not yet visible to Python.
    pub fn set_from(&mut self, iterable: &Value) -> PyResult<Dict> {
        if let Some(d) = members(iterable) {
            return Ok(d.borrow().clone());
        }
        // A dict's keys keep the hashes they were stored with, as CPython's `set(d)` does.
        if let Value::Dict(d) | Value::DictView(d, crate::runtime::objects::iter::DictView::Keys) =
            iterable
        {
            let mut out = Dict::new();
            for (k, _) in d.borrow().entries() {
                out.insert(k, Value::None);
            }
            return Ok(out);
        }
        let mut out = Dict::new();
        for v in self.collect(iterable)? {
            let k = self.key(v)?;
            self.local_insert(&mut out, k, Value::None)?;
        }
        Ok(out)
    }

    fn algebra(&mut self, op: Algebra, x: &Dict, y: &Dict) -> PyResult<Dict> {
        let mut out = Dict::new();
        match op {
            Algebra::Union => {
                out = x.clone();
                for k in y.key_iter() {
                    self.local_insert(&mut out, k.clone(), Value::None)?;
                }
            }
            Algebra::Intersection | Algebra::Difference => {
                let keep = op == Algebra::Intersection;
                for k in x.key_iter() {
                    if self.local_contains(y, k)? == keep {
                        out.insert(k.clone(), Value::None);
                    }
                }
            }
            Algebra::Symmetric => {
                out = self.algebra(Algebra::Difference, x, y)?;
                for k in y.key_iter() {
                    if !self.local_contains(x, k)? {
                        self.local_insert(&mut out, k.clone(), Value::None)?;
                    }
                }
            }
        }
        Ok(out)
    }

    /// `x <= y` for two sets' members.
    fn subset(&mut self, x: &Dict, y: &Dict) -> PyResult<bool> {
        if x.len() > y.len() {
            return Ok(false);
        }
        for k in x.key_iter() {
            if !self.local_contains(y, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` when `a` is a set or frozenset; `None` when
    /// `b` is not one (the operator is then unsupported). `|=` and friends on a set
    /// change it in place and give it back.
    pub fn set_binop(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        let (Some(kind), Some(x), Some(y)) = (SetKind::of(a), members(a), members(b)) else {
            return Ok(None);
        };
        let alg = match op {
            BinOp::Or => Algebra::Union,
            BinOp::And => Algebra::Intersection,
            BinOp::Sub => Algebra::Difference,
            BinOp::Xor => Algebra::Symmetric,
            _ => return Ok(None),
        };
        let (xs, ys) = (x.borrow().clone(), y.borrow().clone());
        let out = self.algebra(alg, &xs, &ys)?;
        if inplace && kind == SetKind::Set {
            *x.borrow_mut() = out;
            return Ok(Some(a.clone()));
        }
        Ok(Some(kind.make(out)))
    }

    /// `a == b` for two sets or frozensets.
    pub fn set_eq(&mut self, x: &RefCell<Dict>, y: &RefCell<Dict>) -> PyResult<bool> {
        let (xs, ys) = (x.borrow().clone(), y.borrow().clone());
        Ok(xs.len() == ys.len() && self.subset(&xs, &ys)?)
    }

    /// Sets are ordered by inclusion: `<=` is subset, `<` proper subset.
    pub fn set_order(
        &mut self,
        x: &RefCell<Dict>,
        y: &RefCell<Dict>,
    ) -> PyResult<Option<Ordering>> {
        let (xs, ys) = (x.borrow().clone(), y.borrow().clone());
        let sub = self.subset(&xs, &ys)?;
        let sup = self.subset(&ys, &xs)?;
        Ok(match (sub, sup) {
            (true, true) => Some(Ordering::Equal),
            (true, false) => Some(Ordering::Less),
            (false, true) => Some(Ordering::Greater),
            (false, false) => None,
        })
    }
}

/// A method of a set or frozenset (`s` is the receiver).
pub fn set_method(vm: &mut Vm, s: &Value, name: &str, args: Args) -> Option<PyResult<Value>> {
    let kind = SetKind::of(s)?;
    let table = match kind {
        SetKind::Set => SET_METHODS,
        SetKind::Frozen => FROZENSET_METHODS,
    };
    if !table.contains(&name) {
        return None;
    }
    let d = members(s)?.clone();
    let ty = kind.name();
    let r = (|| -> PyResult<Value> {
        Ok(match name {
            "add" => {
                want(vm, ty, name, &args, 1, 1)?;
                let k = vm.key(args.pos[0].clone())?;
                vm.dict_insert(&d, k, Value::None)?;
                Value::None
            }
            "remove" | "discard" => {
                want(vm, ty, name, &args, 1, 1)?;
                let k = vm.member_key(&args.pos[0])?;
                let removed = vm.dict_remove(&d, k)?;
                if removed.is_none() && name == "remove" {
                    return Err(Unwind::Exc(
                        crate::runtime::objects::exceptions::ExcObj::new(
                            vm.types.exc.key_error.clone(),
                            vec![args.pos[0].clone()],
                        ),
                    ));
                }
                Value::None
            }
            "pop" => {
                want(vm, ty, name, &args, 0, 0)?;
                let first = d.borrow_mut().pop_first();
                match first {
                    Some((k, _)) => k.into_value(),
                    None => return Err(vm.exc(&vm.types.exc.key_error, "pop from an empty set")),
                }
            }
            "clear" => {
                want(vm, ty, name, &args, 0, 0)?;
                d.borrow_mut().clear();
                Value::None
            }
            "copy" => {
                want(vm, ty, name, &args, 0, 0)?;
                match kind {
                    // A frozenset's copy is itself.
                    SetKind::Frozen => s.clone(),
                    SetKind::Set => kind.make(d.borrow().clone()),
                }
            }
            "union"
            | "intersection"
            | "difference"
            | "update"
            | "intersection_update"
            | "difference_update" => {
                want(vm, ty, name, &args, 0, usize::MAX)?;
                let alg = match name {
                    "union" | "update" => Algebra::Union,
                    "intersection" | "intersection_update" => Algebra::Intersection,
                    _ => Algebra::Difference,
                };
                let mut out = d.borrow().clone();
                for a in &args.pos {
                    let o = vm.set_from(a)?;
                    out = vm.algebra(alg, &out, &o)?;
                }
                if name.ends_with("update") {
                    *d.borrow_mut() = out;
                    Value::None
                } else {
                    kind.make(out)
                }
            }
            "symmetric_difference" | "symmetric_difference_update" => {
                want(vm, ty, name, &args, 1, 1)?;
                let o = vm.set_from(&args.pos[0])?;
                let me = d.borrow().clone();
                let out = vm.algebra(Algebra::Symmetric, &me, &o)?;
                if name == "symmetric_difference" {
                    kind.make(out)
                } else {
                    *d.borrow_mut() = out;
                    Value::None
                }
            }
            "issubset" | "issuperset" | "isdisjoint" => {
                want(vm, ty, name, &args, 1, 1)?;
                let o = vm.set_from(&args.pos[0])?;
                let me = d.borrow().clone();
                Value::Bool(match name {
                    "issubset" => vm.subset(&me, &o)?,
                    "issuperset" => vm.subset(&o, &me)?,
                    _ => vm.algebra(Algebra::Intersection, &me, &o)?.is_empty(),
                })
            }
            _ => unreachable!("listed"),
        })
    })();
    Some(r)
}
