//! The builtin functions and type constructors (`print`, `len`, `int(...)`, …).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::Signed;

use crate::runtime::numeric::num;

use crate::runtime::objects::dict::Dict;
use crate::runtime::objects::iter::IterObj;
use crate::runtime::objects::value::{
    Args, Builtin, BuiltinType, Class, NativeFn, RangeObj, Value,
};
use crate::runtime::vm::{PyResult, Vm};

mod more;

fn builtin(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        bound: None,
    }))
}

/// Every name a program can use without importing it.
pub fn table(vm: &Vm) -> HashMap<&'static str, Value> {
    let mut t: HashMap<&'static str, Value> = HashMap::new();
    let funcs: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("abs", abs),
        ("sum", sum),
        ("min", min),
        ("max", max),
        ("sorted", sorted),
        ("reversed", reversed),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("id", id),
        ("hash", hash),
        ("iter", iter),
        ("next", next),
        ("any", any),
        ("all", all),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("chr", chr),
        ("ord", ord),
        ("hex", hex),
        ("bin", bin),
        ("oct", oct),
        ("format", format),
        ("callable", callable),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("ascii", ascii),
        ("vars", vars),
        ("delattr", delattr),
    ];
    for (name, f) in funcs.iter().chain(more::FUNCS) {
        t.insert(name, builtin(name, *f));
    }
    for (name, class) in vm.types.named() {
        t.insert(name, Value::Class(class));
    }
    // OSError's old names.
    for alias in ["EnvironmentError", "IOError"] {
        t.insert(alias, Value::Class(vm.types.exc.os_error.clone()));
    }
    t.insert("NotImplemented", Value::NotImplemented);
    t.insert("Ellipsis", Value::Ellipsis);
    for (name, _, class) in vm.types.exc.all() {
        if &*class.module == "builtins" {
            t.insert(name, Value::Class(class));
        }
    }
    t
}

fn arity(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
    }
    use crate::runtime::objects::methods::ArityStyle;
    // METH_O builtins, Argument Clinic ones, and the rest (PyArg_UnpackTuple).
    let style = match name {
        "len" | "repr" | "ascii" | "abs" | "chr" | "ord" | "hex" | "bin" | "oct" | "id"
        | "callable" | "hash" | "any" | "all" => ArityStyle::One,
        "int" | "str" | "round" => ArityStyle::Clinic,
        _ => ArityStyle::Unpack,
    };
    crate::runtime::objects::methods::check_count(vm, name, args.pos.len(), min, max, style)
}

fn print(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let sep = match args.take_kw("sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "sep must be None or a string, not {}",
                other.type_name()
            )))
        }
    };
    let end = match args.take_kw("end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "end must be None or a string, not {}",
                other.type_name()
            )))
        }
    };
    args.take_kw("flush");
    let file = match args.take_kw("file") {
        None | Some(Value::None) => vm.current_stdout(),
        Some(f) => f,
    };
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for print()")));
    }
    let native = match &file {
        Value::Module(m) if &*m.name == "<stderr>" => Some(true),
        Value::Module(m) if &*m.name == "<stdout>" => Some(false),
        _ => None,
    };
    let Some(to_stderr) = native else {
        // Any other file: its write() gets each piece, as CPython's print gives them.
        let write = vm.get_attr(&file, "write")?;
        for (i, a) in args.pos.iter().enumerate() {
            if i > 0 {
                vm.call1(&write, vec![Value::str(&sep)])?;
            }
            let text = vm.to_str(a)?;
            vm.call1(&write, vec![Value::str(&text)])?;
        }
        vm.call1(&write, vec![Value::str(&end)])?;
        return Ok(Value::None);
    };
    let mut out = String::new();
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.to_str(a)?);
    }
    out.push_str(&end);
    if to_stderr {
        vm.write_stderr(&out);
    } else {
        vm.write_stdout(&out);
    }
    Ok(Value::None)
}

pub fn len_of(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.chars().count(),
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        Value::Dict(d) | Value::Set(d) | Value::FrozenSet(d) | Value::DictView(d, _) => {
            d.borrow().len()
        }
        Value::Bytes(b) => b.len(),
        Value::ByteArray(b) => b.borrow().len(),
        Value::Range(r) => r.len() as usize,
        Value::Instance(_) => return vm.heap_len(v),
        Value::Class(c) if vm.meta_special(c, "__len__").is_some() => {
            let n = vm.call_meta(c, "__len__", vec![])?.unwrap_or(Value::Int(0));
            match n {
                Value::Int(i) if i >= 0 => i as usize,
                Value::Bool(b) => b as usize,
                _ => return Err(vm.value_error("__len__() should return >= 0")),
            }
        }
        other => {
            return Err(vm.type_error(format!(
                "object of type '{}' has no len()",
                other.type_name()
            )))
        }
    })
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "len", &args, 1, 1)?;
    Ok(Value::Int(len_of(vm, &args.pos[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "repr", &args, 1, 1)?;
    Ok(Value::str(&vm.repr(&args.pos[0])?))
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "ascii", &args, 1, 1)?;
    let r = vm.repr(&args.pos[0])?;
    Ok(Value::str(&crate::runtime::objects::repr::ascii(&r)))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "abs", &args, 1, 1)?;
    Ok(match &args.pos[0] {
        Value::Int(i) => i
            .checked_abs()
            .map(Value::Int)
            .unwrap_or_else(|| Value::int_from_big(BigInt::from(*i).abs())),
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::int_from_big(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        other @ Value::Instance(_) => match vm.call_special(other, "__abs__", vec![])? {
            Some(v) => v,
            // An int or float subclass: the abs of its number.
            None if crate::runtime::objects::instance::payload_of(other).is_some() => {
                let p = crate::runtime::objects::instance::payload_of(other)
                    .expect("checked")
                    .clone();
                return abs(vm, Args::new(vec![p]));
            }
            None => {
                return Err(vm.type_error(format!(
                    "bad operand type for abs(): '{}'",
                    other.type_name()
                )))
            }
        },
        other => {
            return Err(vm.type_error(format!(
                "bad operand type for abs(): '{}'",
                other.type_name()
            )))
        }
    })
}

fn sum(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start = args.take_kw("start");
    arity(vm, "sum", &args, 1, 2)?;
    let mut acc = start
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    for v in vm.collect(&args.pos[0])? {
        acc = vm.binary_op(crate::lang::bytecode::BinOp::Add, &acc, &v, false)?;
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, mut args: Args, name: &str, want_greater: bool) -> PyResult<Value> {
    let key = args.take_kw("key");
    let default = args.take_kw("default");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
    }
    let items = match args.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&args.pos[0])?,
        _ => args.pos,
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) if !f.is_none() => vm.call1(f, vec![it.clone()])?,
            _ => it.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => {
                let op = if want_greater {
                    crate::lang::bytecode::CmpOp::Gt
                } else {
                    crate::lang::bytecode::CmpOp::Lt
                };
                vm.compare(op, &k, bk)?
            }
        };
        if better {
            best = Some((k, it));
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", false)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", true)
}

fn sorted(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let key = args.take_kw("key");
    let reverse = match args.take_kw("reverse") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    arity(vm, "sorted", &args, 1, 1)?;
    let items = vm.collect(&args.pos[0])?;
    Ok(Value::list(vm.sort_values(items, key, reverse)?))
}

fn new_iter(it: IterObj) -> Value {
    Value::Iter(Rc::new(RefCell::new(it)))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "reversed", &args, 1, 1)?;
    use crate::runtime::objects::iter::{DictView, REVERSED_CLASS};
    if let Value::Range(r) = &args.pos[0] {
        // Counting down from the last element, as CPython's range_iterator does.
        let n = r.len();
        let last = n
            .checked_sub(1)
            .and_then(|k| k.checked_mul(r.step))
            .and_then(|d| d.checked_add(r.start));
        let stop = r.start.checked_sub(r.step);
        if let (Some(next), Some(stop), Some(step)) = (last, stop, r.step.checked_neg()) {
            let (next, stop) = if n == 0 {
                (r.start, r.start)
            } else {
                (next, stop)
            };
            return Ok(new_iter(IterObj::Range { next, stop, step }));
        }
    }
    // Which reverse iterator class CPython would make (see ITER_CLASS_NAMES).
    let class = match &args.pos[0] {
        Value::List(_) | Value::Range(_) => REVERSED_CLASS,
        Value::Dict(_) | Value::DictView(_, DictView::Keys) => REVERSED_CLASS + 2,
        Value::DictView(_, DictView::Values) => REVERSED_CLASS + 3,
        Value::DictView(_, DictView::Items) => REVERSED_CLASS + 4,
        _ => REVERSED_CLASS + 1,
    };
    let items = match &args.pos[0] {
        Value::List(_)
        | Value::Tuple(_)
        | Value::Str(_)
        | Value::Range(_)
        | Value::DictView(..)
        | Value::Dict(_) => vm.collect(&args.pos[0])?,
        Value::Class(c) if vm.meta_special(c, "__reversed__").is_some() => {
            let c = c.clone();
            return Ok(vm
                .call_meta(&c, "__reversed__", vec![])?
                .unwrap_or(Value::None));
        }
        obj @ Value::Instance(_) if vm.has_special(obj, "__reversed__") => {
            return Ok(vm
                .call_special(obj, "__reversed__", vec![])?
                .unwrap_or(Value::None));
        }
        obj @ Value::Instance(_)
            if vm.has_special(obj, "__len__") && vm.has_special(obj, "__getitem__") =>
        {
            // The sequence protocol: `obj[len-1]`, …, `obj[0]`.
            let n = vm.heap_len(obj)?;
            let mut items = Vec::with_capacity(n);
            for i in 0..n {
                items.push(vm.get_item(obj, &Value::Int(i as i64))?);
            }
            items
        }
        other => {
            return Err(vm.type_error(format!("'{}' object is not reversible", other.type_name())))
        }
    };
    Ok(new_iter(IterObj::Reversed { items, class }))
}

fn enumerate(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start = args.take_kw("start");
    arity(vm, "enumerate", &args, 1, 2)?;
    let count = match start.or_else(|| args.pos.get(1).cloned()) {
        Some(Value::Int(i)) => i,
        Some(other) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
        None => 0,
    };
    let inner = vm.get_iter(&args.pos[0])?;
    Ok(new_iter(IterObj::Enumerate { inner, count }))
}

fn zip(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let strict = match args.take_kw("strict") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut inners = Vec::new();
    for a in &args.pos {
        inners.push(vm.get_iter(a)?);
    }
    Ok(new_iter(IterObj::Zip { inners, strict }))
}

fn map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut inners = Vec::new();
    for a in &args.pos[1..] {
        inners.push(vm.get_iter(a)?);
    }
    Ok(new_iter(IterObj::Map {
        func: args.pos[0].clone(),
        inners,
    }))
}

fn filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "filter", &args, 2, 2)?;
    let inner = vm.get_iter(&args.pos[1])?;
    Ok(new_iter(IterObj::Filter {
        func: args.pos[0].clone(),
        inner,
    }))
}

fn class_list(vm: &Vm, spec: &Value, fname: &str) -> PyResult<Vec<Rc<Class>>> {
    match spec {
        Value::Class(c) => Ok(vec![c.clone()]),
        Value::Tuple(t) => {
            let mut out = Vec::new();
            for x in t.iter() {
                out.extend(class_list(vm, x, fname)?);
            }
            Ok(out)
        }
        _ => Err(vm.type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

/// `__instancecheck__`/`__subclasscheck__` of a metaclass, or of an object standing for a
/// type (`int | str`, `List[int]`); `None` when neither has one.
fn checked_by_hook(vm: &mut Vm, spec: &Value, hook: &str, arg: &Value) -> PyResult<Option<bool>> {
    let r = match spec {
        Value::Class(c) => vm.call_meta(c, hook, vec![arg.clone()])?,
        Value::Instance(_) => vm.call_special(spec, hook, vec![arg.clone()])?,
        _ => None,
    };
    match r {
        Some(v) => Ok(Some(vm.truthy(&v)?)),
        None => Ok(None),
    }
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "isinstance", &args, 2, 2)?;
    if let Some(r) = checked_by_hook(vm, &args.pos[1], "__instancecheck__", &args.pos[0])? {
        return Ok(Value::Bool(r));
    }
    let classes = class_list(vm, &args.pos[1], "isinstance")?;
    Ok(Value::Bool(
        classes.iter().any(|c| vm.is_instance(&args.pos[0], c)),
    ))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "issubclass", &args, 2, 2)?;
    let Value::Class(c) = &args.pos[0] else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    if let Some(r) = checked_by_hook(vm, &args.pos[1], "__subclasscheck__", &args.pos[0])? {
        return Ok(Value::Bool(r));
    }
    let classes = class_list(vm, &args.pos[1], "issubclass")?;
    Ok(Value::Bool(classes.iter().any(|k| vm.is_subclass_of(c, k))))
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "id", &args, 1, 1)?;
    let v = &args.pos[0];
    Ok(Value::Int(v.ptr().map(|p| p as i64).unwrap_or_else(
        || match v {
            Value::Int(i) => *i,
            _ => 0,
        },
    )))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "hash", &args, 1, 1)?;
    Ok(Value::Int(py_hash(vm, &args.pos[0])?))
}

/// `hash(v)`: numbers, tuples and frozensets as CPython, strings and bytes by a fixed
/// hash (CPython's differs from run to run), instances through `__hash__`, everything else
/// by identity (`objects/dict.rs`).
pub fn py_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.hash_of(v)
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "iter", &args, 1, 1)?;
    vm.get_iter(&args.pos[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "next", &args, 1, 2)?;
    let it = &args.pos[0];
    if let Value::Instance(_) = it {
        return match vm.call_special(it, "__next__", vec![]) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => {
                Err(vm.type_error(format!("'{}' object is not an iterator", it.type_name())))
            }
            Err(crate::runtime::vm::Unwind::Exc(e))
                if args.pos.len() == 2 && e.is_instance(&vm.types.exc.stop_iteration) =>
            {
                Ok(args.pos[1].clone())
            }
            Err(e) => Err(e),
        };
    }
    let async_gen = matches!(it, Value::Gen(g) if g.kind == crate::runtime::objects::value::GenKind::AsyncGenerator);
    if async_gen || !matches!(it, Value::Iter(_) | Value::Gen(_)) {
        return Err(vm.type_error(format!("'{}' object is not an iterator", it.type_name())));
    }
    // A generator's return value travels in the StopIteration (`e.value`).
    let (item, returned) = match it {
        Value::Gen(g) if g.status.get() != crate::runtime::objects::value::GenStatus::Closed => {
            let g = g.clone();
            match vm.gen_resume(&g, crate::runtime::vm::call::Resume::Send(Value::None))? {
                crate::runtime::vm::call::GenStep::Yield(v) => (Some(v), Value::None),
                crate::runtime::vm::call::GenStep::Return(v) => (None, v),
            }
        }
        _ => (vm.next_item(it)?, Value::None),
    };
    match item {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => {
                let args = if returned.is_none() {
                    vec![]
                } else {
                    vec![returned]
                };
                Err(crate::runtime::vm::Unwind::Exc(
                    crate::runtime::objects::exceptions::ExcObj::new(
                        vm.types.exc.stop_iteration.clone(),
                        args,
                    ),
                ))
            }
        },
    }
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "any", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.next_item(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "all", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.next_item(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn round(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let nd = args.take_kw("ndigits");
    arity(vm, "round", &args, 1, 2)?;
    let ndigits = nd
        .or_else(|| args.pos.get(1).cloned())
        .filter(|v| !v.is_none());
    let r = match (
        crate::runtime::objects::instance::unwrap_payload(&args.pos[0]),
        ndigits,
    ) {
        (Value::Float(f), None) => num::float_round_to_int(*f).map(Value::int_from_big),
        (Value::Float(f), Some(Value::Int(n))) => num::float_round(*f, n).map(Value::Float),
        (Value::Bool(b), None) => Ok(Value::Int(*b as i64)),
        (v @ (Value::Int(_) | Value::BigInt(_)), None) => Ok(v.clone()),
        (Value::Int(i), Some(Value::Int(n))) => {
            Ok(Value::int_from_big(num::int_round(&BigInt::from(*i), n)))
        }
        (Value::BigInt(b), Some(Value::Int(n))) => Ok(Value::int_from_big(num::int_round(b, n))),
        (_, Some(other)) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
        (other, _) => {
            return Err(vm.type_error(format!(
                "type {} doesn't define __round__ method",
                other.type_name()
            )))
        }
    };
    r.map_err(|e| vm.py_err(e))
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "divmod", &args, 2, 2)?;
    if let Some(r) = vm.heap_divmod(&args.pos[0], &args.pos[1])? {
        return Ok(r);
    }
    let q = vm.binary_op(
        crate::lang::bytecode::BinOp::FloorDiv,
        &args.pos[0],
        &args.pos[1],
        false,
    )?;
    let r = vm.binary_op(
        crate::lang::bytecode::BinOp::Mod,
        &args.pos[0],
        &args.pos[1],
        false,
    )?;
    Ok(Value::tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    // pow(base, exp, mod=None): each may be given by keyword.
    for (i, name) in ["base", "exp", "mod"].into_iter().enumerate() {
        if let Some(v) = args.take_kw(name) {
            if args.pos.len() > i {
                return Err(vm.type_error(format!(
                    "argument for pow() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
            if args.pos.len() < i {
                let missing = ["base", "exp"][args.pos.len()];
                return Err(vm.type_error(format!(
                    "pow() missing required argument '{missing}' (pos {})",
                    args.pos.len() + 1
                )));
            }
            args.pos.push(v);
        }
    }
    if let Some(Value::None) = args.pos.get(2) {
        args.pos.truncate(2);
    }
    arity(vm, "pow", &args, 2, 3)?;
    if let Some(m) = args.pos.get(2) {
        // Three-argument pow is integer-only; a Python class's three-argument `__pow__`
        // is not modelled.
        let as_int = |v: &Value| match v {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(*b as i64)),
            Value::BigInt(b) => Some((**b).clone()),
            _ => None,
        };
        if args.pos.iter().any(|v| matches!(v, Value::Instance(_))) {
            return Err(vm.unmodelled("three-argument `pow()` of a Python class's instance"));
        }
        let (Some(b), Some(e), Some(m)) = (as_int(&args.pos[0]), as_int(&args.pos[1]), as_int(m))
        else {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        };
        return num::int_pow_mod(&b, &e, &m)
            .map(Value::int_from_big)
            .map_err(|e| vm.py_err(e));
    }
    vm.binary_op(
        crate::lang::bytecode::BinOp::Pow,
        &args.pos[0],
        &args.pos[1],
        false,
    )
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "chr", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
            Some(c) => Ok(Value::str(&c.to_string())),
            None => Err(vm.value_error("chr() arg not in range(0x110000)")),
        },
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "ord", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Str(s) if s.chars().count() == 1 => {
            Ok(Value::Int(s.chars().next().expect("one char") as i64))
        }
        Value::Str(s) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        ))),
        other => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        ))),
    }
}

fn radix(vm: &mut Vm, args: Args, name: &str, prefix: &str, base: u32) -> PyResult<Value> {
    arity(vm, name, &args, 1, 1)?;
    let n = match crate::runtime::objects::instance::unwrap_payload(&args.pos[0]) {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        other => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(Value::str(&format!(
        "{sign}{prefix}{}",
        n.abs().to_str_radix(base)
    )))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", "0x", 16)
}
fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", "0b", 2)
}
fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", "0o", 8)
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "format", &args, 1, 2)?;
    let spec = match args.pos.get(1) {
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                other.type_name()
            )))
        }
        None => String::new(),
    };
    Ok(Value::str(&vm.format(&args.pos[0], &spec)?))
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "callable", &args, 1, 1)?;
    Ok(Value::Bool(vm.is_callable(&args.pos[0])))
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "vars", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Instance(i) => Ok(Value::Dict(i.dict.clone())),
        Value::Class(c) => Ok(vm.class_attr(c, "__dict__")?.unwrap_or(Value::None)),
        _ => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "delattr", &args, 2, 2)?;
    let Value::Str(name) = &args.pos[1] else {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            args.pos[1].type_name()
        )));
    };
    vm.del_attr(&args.pos[0], name)?;
    Ok(Value::None)
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "getattr", &args, 2, 3)?;
    let Value::Str(name) = &args.pos[1] else {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            args.pos[1].type_name()
        )));
    };
    match vm.get_attr(&args.pos[0], name) {
        Ok(v) => Ok(v),
        Err(crate::runtime::vm::Unwind::Exc(e))
            if e.is_instance(&vm.types.exc.attribute_error) && args.pos.len() == 3 =>
        {
            Ok(args.pos[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "setattr", &args, 3, 3)?;
    let Value::Str(name) = &args.pos[1] else {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            args.pos[1].type_name()
        )));
    };
    vm.set_attr(&args.pos[0], name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "hasattr", &args, 2, 2)?;
    let Value::Str(name) = &args.pos[1] else {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            args.pos[1].type_name()
        )));
    };
    Ok(Value::Bool(vm.get_attr(&args.pos[0], name).is_ok()))
}

/// Calling a builtin type: `int("3")`, `list(range(3))`, `dict(a=1)`, `range(5)`, …
pub fn construct(
    vm: &mut Vm,
    class: &Rc<Class>,
    bt: BuiltinType,
    mut args: Args,
) -> PyResult<Value> {
    let name = class.name.to_string();
    // `int(x)`/`float(x)` of an int or float subclass: its number.
    if matches!(bt, BuiltinType::Int | BuiltinType::Float) {
        if let Some(first) = args.pos.first_mut() {
            if let Some(p @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_))) =
                crate::runtime::objects::instance::payload_of(first)
            {
                *first = p.clone();
            }
        }
    }
    match bt {
        BuiltinType::Int => {
            let base = args.take_kw("base");
            arity(vm, "int", &args, 0, 2)?;
            let base = base.or_else(|| args.pos.get(1).cloned());
            let Some(v) = args.pos.first() else {
                return Ok(Value::Int(0));
            };
            match (v, base) {
                (Value::Str(s), b) => {
                    let base = match b {
                        Some(Value::Int(b)) => b,
                        None => 10,
                        Some(_) => return Err(vm.type_error("'str' object cannot be interpreted as an integer")),
                    };
                    num::parse_int(s, base).map(Value::int_from_big).map_err(|e| vm.py_err(e))
                }
                (_, Some(_)) => Err(vm.type_error("int() can't convert non-string with explicit base")),
                (Value::Int(_) | Value::BigInt(_), None) => Ok(v.clone()),
                (Value::Bool(b), None) => Ok(Value::Int(*b as i64)),
                (Value::Float(f), None) => num::f64_to_int(*f).map(Value::int_from_big).map_err(|e| vm.py_err(e)),
                (Value::Instance(_), None) => {
                    // A library class standing in for an int subclass (`re.RegexFlag`).
                    let v = v.clone();
                    for name in ["__int__", "__index__"] {
                        if let Some(r @ (Value::Int(_) | Value::BigInt(_))) = vm.call_special(&v, name, Vec::new())? {
                            return Ok(r);
                        }
                    }
                    Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", v.type_name())))
                }
                (other, None) => Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", other.type_name()))),
            }
        }
        BuiltinType::Float => {
            arity(vm, "float", &args, 0, 1)?;
            let Some(v) = args.pos.first() else {
                return Ok(Value::Float(0.0));
            };
            match v {
                Value::Float(_) => Ok(v.clone()),
                Value::Int(i) => Ok(Value::Float(*i as f64)),
                Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
                Value::BigInt(b) => Ok(Value::Float(num::int_to_f64(b).map_err(|e| vm.py_err(e))?)),
                Value::Str(s) => num::parse_float(s)
                    .map(Value::Float)
                    .map_err(|e| vm.py_err(e)),
                other => Err(vm.type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    other.type_name()
                ))),
            }
        }
        BuiltinType::Str => {
            arity(vm, "str", &args, 0, 1)?;
            match args.pos.first() {
                Some(v) => Ok(Value::str(&vm.to_str(v)?)),
                None => Ok(Value::str("")),
            }
        }
        BuiltinType::Bool => {
            arity(vm, "bool", &args, 0, 1)?;
            match args.pos.first() {
                Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
                None => Ok(Value::Bool(false)),
            }
        }
        BuiltinType::List => {
            arity(vm, "list", &args, 0, 1)?;
            Ok(Value::list(match args.pos.first() {
                Some(v) => vm.collect(v)?,
                None => vec![],
            }))
        }
        BuiltinType::Tuple => {
            arity(vm, "tuple", &args, 0, 1)?;
            Ok(Value::tuple(match args.pos.first() {
                Some(v) => vm.collect(v)?,
                None => vec![],
            }))
        }
        BuiltinType::Bytes => {
            vm.construct_bytes(crate::runtime::objects::bytes::BytesKind::Bytes, args)
        }
        BuiltinType::ByteArray => {
            vm.construct_bytes(crate::runtime::objects::bytes::BytesKind::Array, args)
        }
        BuiltinType::Set | BuiltinType::FrozenSet => {
            use crate::runtime::objects::set::SetKind;
            let kind = if bt == BuiltinType::Set {
                SetKind::Set
            } else {
                SetKind::Frozen
            };
            arity(vm, &name, &args, 0, 1)?;
            match args.pos.first() {
                // `frozenset(f)` of a frozenset is that frozenset.
                Some(f @ Value::FrozenSet(_)) if kind == SetKind::Frozen => Ok(f.clone()),
                Some(v) => Ok(kind.make(vm.set_from(v)?)),
                None => Ok(kind.make(Dict::new())),
            }
        }
        BuiltinType::Dict => {
            let mut d = Dict::new();
            if let Some(src) = args.pos.first() {
                match src {
                    Value::Dict(o) => d = o.borrow().clone(),
                    other => match vm.mapping_pairs(other)? {
                        Some(pairs) => {
                            for (k, v) in pairs {
                                let k = vm.key(k)?;
                                vm.local_insert(&mut d, k, v)?;
                            }
                        }
                        None => {
                            for (i, item) in vm.collect(other)?.into_iter().enumerate() {
                                let kv = vm.update_pair(&item, i)?;
                                let k = vm.key(kv[0].clone())?;
                                vm.local_insert(&mut d, k, kv[1].clone())?;
                            }
                        }
                    },
                }
            }
            for (k, v) in args.kw {
                let k = vm.key(Value::Str(k))?;
                vm.local_insert(&mut d, k, v)?;
            }
            Ok(Value::Dict(Rc::new(RefCell::new(d))))
        }
        BuiltinType::Range => {
            arity(vm, "range", &args, 1, 3)?;
            let mut ints = Vec::new();
            for v in &args.pos {
                match crate::runtime::objects::instance::unwrap_payload(v) {
                    Value::Int(i) => ints.push(*i),
                    Value::Bool(b) => ints.push(*b as i64),
                    other => {
                        return Err(vm.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            other.type_name()
                        )))
                    }
                }
            }
            let (start, stop, step) = match ints.len() {
                1 => (0, ints[0], 1),
                2 => (ints[0], ints[1], 1),
                _ => (ints[0], ints[1], ints[2]),
            };
            if step == 0 {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            Ok(Value::Range(Rc::new(RangeObj { start, stop, step })))
        }
        BuiltinType::Slice => {
            arity(vm, "slice", &args, 1, 3)?;
            let mut pos = args.pos.into_iter();
            let first = pos.next().unwrap_or(Value::None);
            let (start, stop, step) = match (pos.next(), pos.next()) {
                (None, _) => (Value::None, first, Value::None),
                (Some(stop), step) => (first, stop, step.unwrap_or(Value::None)),
            };
            Ok(Value::Slice(Rc::new(
                crate::runtime::objects::value::SliceObj { start, stop, step },
            )))
        }
        BuiltinType::Type => {
            if args.pos.len() == 3 {
                let mut pos = vec![Value::Class(vm.types.type_.clone())];
                pos.extend(args.pos);
                return crate::runtime::objects::metaclass::type_new(vm, Args { pos, kw: args.kw });
            }
            arity(vm, "type", &args, 1, 1)?;
            Ok(Value::Class(vm.types.class_of(&args.pos[0])))
        }
        BuiltinType::Property
        | BuiltinType::StaticMethod
        | BuiltinType::ClassMethod
        | BuiltinType::Super => crate::runtime::objects::class::construct(vm, bt, args),
        BuiltinType::Future => crate::runtime::asyncio::module::new_future(vm, args),
        BuiltinType::Task => crate::runtime::asyncio::module::new_task(vm, args),
        _ => Err(vm.type_error(format!("cannot create '{name}' instances"))),
    }
}
