//! `_functools`, the native half of `functools`: `partial` (a native class),
//! `wraps`/`update_wrapper`, `reduce`. The rest is `library/functools.py`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::objects::exceptions::make_class;
use crate::runtime::objects::value::{Args, Builtin, Module, NativeFn, Value};
use crate::runtime::vm::{PyResult, Vm};

fn native(name: &'static str, func: NativeFn, bound: Option<Value>) -> Value {
    Value::Builtin(Rc::new(Builtin { name, func, bound }))
}

pub fn make_module(vm: &Vm) -> Value {
    let partial = make_class("partial", "functools", vec![vm.types.object.clone()], None);
    {
        let mut d = partial.dict.borrow_mut();
        d.insert(Rc::from("__init__"), native("__init__", partial_init, None));
        d.insert(Rc::from("__call__"), native("__call__", partial_call, None));
        d.insert(Rc::from("__repr__"), native("__repr__", partial_repr, None));
    }
    let mut attrs: crate::runtime::objects::value::NameMap = Default::default();
    attrs.insert(Rc::from("partial"), Value::Class(partial));
    for (name, f) in [
        ("wraps", wraps as NativeFn),
        ("update_wrapper", update_wrapper),
        ("reduce", reduce),
    ] {
        attrs.insert(Rc::from(name), native(name, f, None));
    }
    Value::Module(Rc::new(Module {
        name: Rc::from("_functools"),
        attrs: RefCell::new(attrs),
    }))
}

/// `partial(func, *args, **keywords)`: stores them as the attributes CPython exposes.
fn partial_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let Some(Value::Instance(me)) = pos.next() else {
        return Err(vm.type_error("partial.__init__ needs an instance"));
    };
    let Some(func) = pos.next() else {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    };
    if !vm.is_callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    // A partial of a partial flattens, as CPython's does.
    let (func, mut bound, mut kw) = match &func {
        Value::Instance(p)
            if p.class.name.as_ref() == "partial" && &*p.class.module == "functools" =>
        {
            let d = p.dict.borrow();
            let inner = d.get_str("func").cloned().unwrap_or(Value::None);
            let a = match d.get_str("args") {
                Some(Value::Tuple(t)) => (**t).clone(),
                _ => vec![],
            };
            let k = match d.get_str("keywords") {
                Some(Value::Dict(k)) => k.borrow().clone(),
                _ => crate::runtime::objects::dict::Dict::new(),
            };
            (inner, a, k)
        }
        _ => (func, vec![], crate::runtime::objects::dict::Dict::new()),
    };
    bound.extend(pos);
    for (k, v) in args.kw {
        kw.insert(vm.key(Value::Str(k))?, v);
    }
    let mut d = me.dict.borrow_mut();
    d.set_str("func", func);
    d.set_str("args", Value::tuple(bound));
    d.set_str("keywords", Value::Dict(Rc::new(RefCell::new(kw))));
    Ok(Value::None)
}

/// `functools.partial(func, *args, **keywords)`, as CPython prints it.
fn partial_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Instance(me)) = args.pos.first() else {
        return Err(vm.type_error("partial.__repr__ needs an instance"));
    };
    let (func, bound, kw) = partial_parts(me);
    let mut parts = vec![vm.repr(&func)?];
    for a in &bound {
        parts.push(vm.repr(a)?);
    }
    for (k, v) in &kw {
        parts.push(format!("{k}={}", vm.repr(v)?));
    }
    Ok(Value::str(&format!(
        "functools.partial({})",
        parts.join(", ")
    )))
}

/// A partial's function, bound positional arguments and keywords.
pub type PartialParts = (Value, Vec<Value>, Vec<(Rc<str>, Value)>);

/// What a `partial` instance holds: its function, positional arguments and keywords.
pub fn partial_parts(me: &crate::runtime::objects::instance::Instance) -> PartialParts {
    let d = me.dict.borrow();
    let func = d.get_str("func").cloned().unwrap_or(Value::None);
    let bound = match d.get_str("args") {
        Some(Value::Tuple(t)) => (**t).clone(),
        _ => vec![],
    };
    let kw = match d.get_str("keywords") {
        Some(Value::Dict(k)) => k
            .borrow()
            .items()
            .into_iter()
            .filter_map(|(k, v)| match k {
                Value::Str(s) => Some((s, v)),
                _ => None,
            })
            .collect(),
        _ => vec![],
    };
    (func, bound, kw)
}

fn partial_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let Some(Value::Instance(me)) = pos.next() else {
        return Err(vm.type_error("partial.__call__ needs an instance"));
    };
    let (func, mut all, mut kw) = partial_parts(&me);
    all.extend(pos);
    for (k, v) in args.kw {
        match kw.iter_mut().find(|(n, _)| *n == k) {
            Some(slot) => slot.1 = v,
            None => kw.push((k, v)),
        }
    }
    vm.call(&func, Args { pos: all, kw })
}

/// `update_wrapper(wrapper, wrapped)`: copies the name, qualname, doc, module and dict,
/// and sets `__wrapped__`.
fn copy_wrapper(vm: &mut Vm, wrapper: &Value, wrapped: &Value) -> PyResult<()> {
    for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
        if let Ok(v) = vm.get_attr(wrapped, name) {
            vm.set_attr(wrapper, name, v)?;
        }
    }
    if let Value::Function(src) = wrapped {
        let extra: Vec<(Rc<str>, Value)> = src
            .attrs
            .borrow()
            .iter()
            .filter(|(k, _)| !k.starts_with("__"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in extra {
            vm.set_attr(wrapper, &k, v)?;
        }
    }
    vm.set_attr(wrapper, "__wrapped__", wrapped.clone())
}

fn update_wrapper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::runtime::objects::methods::check_count(
        vm,
        "update_wrapper",
        args.pos.len(),
        2,
        2,
        crate::runtime::objects::methods::ArityStyle::Unpack,
    )?;
    copy_wrapper(vm, &args.pos[0], &args.pos[1])?;
    Ok(args.pos[0].clone())
}

/// `wraps(wrapped)`: a decorator applying `update_wrapper`.
fn wraps(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::runtime::objects::methods::check_count(
        vm,
        "wraps",
        args.pos.len(),
        1,
        1,
        crate::runtime::objects::methods::ArityStyle::Unpack,
    )?;
    Ok(native(
        "update_wrapper",
        wraps_apply,
        Some(args.pos[0].clone()),
    ))
}

fn wraps_apply(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::runtime::objects::methods::check_count(
        vm,
        "update_wrapper",
        args.pos.len(),
        2,
        2,
        crate::runtime::objects::methods::ArityStyle::Unpack,
    )?;
    copy_wrapper(vm, &args.pos[1], &args.pos[0])?;
    Ok(args.pos[1].clone())
}

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::runtime::objects::methods::check_count(
        vm,
        "reduce",
        args.pos.len(),
        2,
        3,
        crate::runtime::objects::methods::ArityStyle::Unpack,
    )?;
    let it = vm.get_iter(&args.pos[1])?;
    let mut acc = match args.pos.get(2) {
        Some(v) => v.clone(),
        None => match vm.next_item(&it)? {
            Some(v) => v,
            None => return Err(vm.type_error("reduce() of empty iterable with no initial value")),
        },
    };
    while let Some(v) = vm.next_item(&it)? {
        acc = vm.call1(&args.pos[0], vec![acc, v])?;
    }
    Ok(acc)
}
