//! What the builtin types `dict`, `list`, `tuple`, `set`, `str`, `int` and `float` give their
//! Python subclasses: `__new__` (an instance around the builtin value it is, its payload),
//! `__init__` for the mutable ones, and the special methods a subclass reaches through
//! `super()` or by name (`dict.__setitem__(self, k, v)`). Operations a subclass does not
//! override find these in its MRO, or fall through to the payload (`instance.rs`).
//!
//! Each method takes its receiver either as such an instance or as a plain builtin value,
//! as CPython's slot wrappers do (`dict.__getitem__({1: 2}, 1)`).

use std::rc::Rc;

use crate::runtime::objects::class::Descriptor;
use crate::runtime::objects::instance::{heap_class, payload_of, unwrap_payload, Instance};
use crate::runtime::objects::value::{Args, Builtin, BuiltinType, Class, NativeFn, Value};
use crate::runtime::vm::{PyResult, Vm};

/// The builtin types a Python class may take as its base.
pub fn has_payload(bt: BuiltinType) -> bool {
    use BuiltinType as B;
    matches!(
        bt,
        B::Dict | B::List | B::Tuple | B::Set | B::Str | B::Int | B::Float
    )
}

fn native(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        bound: None,
    }))
}

/// Puts the methods above in the builtin classes' dicts.
pub fn install(types: &crate::runtime::objects::types::Types) {
    use BuiltinType as B;
    let classes = [
        (&types.dict, B::Dict),
        (&types.list, B::List),
        (&types.tuple, B::Tuple),
        (&types.set, B::Set),
        (&types.str_, B::Str),
        (&types.int, B::Int),
        (&types.float, B::Float),
    ];
    for (class, bt) in classes {
        let mut d = class.dict.borrow_mut();
        d.insert(
            Rc::from("__new__"),
            Value::Descriptor(Rc::new(Descriptor::StaticMethod(native(
                "__new__", sub_new,
            )))),
        );
        let mut methods: Vec<(&'static str, NativeFn)> = vec![
            ("__repr__", sub_repr),
            ("__eq__", sub_eq),
            ("__ne__", sub_ne),
        ];
        if matches!(bt, B::Dict | B::List | B::Tuple | B::Set | B::Str) {
            methods.extend([
                ("__len__", sub_len as NativeFn),
                ("__iter__", sub_iter),
                ("__contains__", sub_contains),
            ]);
        }
        if matches!(bt, B::Dict | B::List | B::Tuple | B::Str) {
            methods.push(("__getitem__", sub_getitem));
        }
        if matches!(bt, B::Dict | B::List) {
            methods.extend([
                ("__setitem__", sub_setitem as NativeFn),
                ("__delitem__", sub_delitem),
            ]);
        }
        if matches!(bt, B::Dict | B::List | B::Set) {
            methods.push(("__init__", sub_init));
        }
        if bt == B::Str {
            methods.push(("__str__", sub_str));
        }
        // The hashable types hash as their value, before any base further along the MRO
        // (an IntEnum member hashes as its int, not as Enum's name hash).
        if matches!(bt, B::Tuple | B::Str | B::Int | B::Float) {
            methods.push(("__hash__", sub_hash));
        }
        for (name, f) in methods {
            d.insert(Rc::from(name), native(name, f));
        }
    }
}

/// The builtin class of a payload type.
fn base_class(vm: &Vm, bt: BuiltinType) -> Rc<Class> {
    use BuiltinType as B;
    match bt {
        B::Dict => vm.types.dict.clone(),
        B::List => vm.types.list.clone(),
        B::Tuple => vm.types.tuple.clone(),
        B::Set => vm.types.set.clone(),
        B::Str => vm.types.str_.clone(),
        B::Int => vm.types.int.clone(),
        _ => vm.types.float.clone(),
    }
}

/// The builtin value a new instance of a subclass is: empty for the mutable containers
/// (their `__init__` fills them), else what the builtin constructor makes of `args`.
pub fn new_payload(vm: &mut Vm, bt: BuiltinType, args: Args) -> PyResult<Value> {
    use BuiltinType as B;
    Ok(match bt {
        B::Dict => Value::Dict(Default::default()),
        B::List => Value::list(Vec::new()),
        B::Set => Value::Set(Default::default()),
        _ => {
            let class = base_class(vm, bt);
            let v = crate::runtime::builtins::construct(vm, &class, bt, args)?;
            // `int(True)` is 1, `str(s)` a copy: the payload is always of the base type.
            match v {
                Value::Bool(b) if bt == B::Int => Value::Int(b as i64),
                other => other,
            }
        }
    })
}

/// `T.__new__(cls, *args)`: a plain value for a builtin class, else an instance of `cls`
/// around its payload.
fn sub_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Class(c)) => c.clone(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "__new__(X): X is not a type object ({})",
                other.type_name()
            )))
        }
        None => return Err(vm.type_error("__new__(): not enough arguments")),
    };
    args.pos.remove(0);
    if !cls.heap {
        return vm.call_class_plain(&cls, args);
    }
    match cls.builtin {
        Some(bt) if has_payload(bt) => {
            let payload = new_payload(vm, bt, args)?;
            Ok(Value::Instance(Rc::new(Instance::with_payload(
                cls, payload,
            ))))
        }
        _ => Err(vm.type_error(format!(
            "__new__({}): {} is not a subtype of a builtin type",
            cls.name, cls.name
        ))),
    }
}

/// The receiver's builtin value, or a TypeError naming the method.
fn receiver(vm: &Vm, args: &Args, what: &str) -> PyResult<Value> {
    match args.pos.first() {
        Some(v) if heap_class(v).is_none() || payload_of(v).is_some() => {
            Ok(unwrap_payload(v).clone())
        }
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{what}' requires a builtin object but received a '{}'",
            v.type_name()
        ))),
        None => Err(vm.type_error(format!("descriptor '{what}' needs an argument"))),
    }
}

fn arg(vm: &Vm, args: &Args, i: usize) -> PyResult<Value> {
    args.pos.get(i).cloned().ok_or_else(|| {
        vm.type_error(format!(
            "expected {i} argument{}, got {}",
            if i == 1 { "" } else { "s" },
            args.pos.len().saturating_sub(1)
        ))
    })
}

fn sub_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = receiver(vm, &args, "__repr__")?;
    Ok(Value::str(&vm.repr(&p)?))
}

fn sub_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = receiver(vm, &args, "__str__")?;
    Ok(Value::str(&vm.to_str(&p)?))
}

fn sub_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = receiver(vm, &args, "__eq__")?;
    let other = arg(vm, &args, 1)?;
    let o = unwrap_payload(&other).clone();
    if heap_class(&o).is_some() {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::Bool(vm.eq(&p, &o)?))
}

/// `T.__ne__`: the builtin values' inequality (not the inverse of a subclass's `__eq__`).
fn sub_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = receiver(vm, &args, "__ne__")?;
    let other = arg(vm, &args, 1)?;
    let o = unwrap_payload(&other).clone();
    if heap_class(&o).is_some() {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::Bool(!vm.eq(&p, &o)?))
}

fn sub_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = receiver(vm, &args, "__hash__")?;
    Ok(Value::Int(crate::runtime::builtins::py_hash(vm, &p)?))
}

fn sub_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = receiver(vm, &args, "__len__")?;
    Ok(Value::Int(crate::runtime::builtins::len_of(vm, &p)? as i64))
}

fn sub_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = receiver(vm, &args, "__iter__")?;
    vm.get_iter(&p)
}

fn sub_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = receiver(vm, &args, "__contains__")?;
    let item = arg(vm, &args, 1)?;
    Ok(Value::Bool(vm.contains(&p, &item)?))
}

/// `d[key]`; a dict subclass's `__missing__` answers a missing key, as CPython's
/// `dict_subscript` asks it.
fn sub_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = receiver(vm, &args, "__getitem__")?;
    let key = arg(vm, &args, 1)?;
    let me = &args.pos[0];
    if let (Value::Dict(d), true) = (&p, payload_of(me).is_some()) {
        let k = vm.key(key.clone())?;
        let found = vm.dict_get(d, k)?;
        if let Some(v) = found {
            return Ok(v);
        }
        if let Some(r) = vm.call_special(me, "__missing__", vec![key.clone()])? {
            return Ok(r);
        }
        return Err(crate::runtime::vm::Unwind::Exc(
            crate::runtime::objects::exceptions::ExcObj::new(
                vm.types.exc.key_error.clone(),
                vec![key],
            ),
        ));
    }
    vm.get_item(&p, &key)
}

fn sub_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = receiver(vm, &args, "__setitem__")?;
    let key = arg(vm, &args, 1)?;
    let v = arg(vm, &args, 2)?;
    vm.set_item(&p, key, v)?;
    Ok(Value::None)
}

fn sub_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = receiver(vm, &args, "__delitem__")?;
    let key = arg(vm, &args, 1)?;
    vm.del_item(&p, &key)?;
    Ok(Value::None)
}

/// `dict.__init__` updates, `list.__init__` and `set.__init__` refill.
fn sub_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let p = receiver(vm, &args, "__init__")?;
    args.pos.remove(0);
    match &p {
        Value::Dict(_) => {
            vm.call_method(&p, "update", args)?;
        }
        Value::List(l) => {
            let items = init_items(vm, "list", &args)?;
            *l.borrow_mut() = items;
        }
        Value::Set(s) => {
            let items = init_items(vm, "set", &args)?;
            let d = std::cell::RefCell::new(crate::runtime::objects::dict::Dict::new());
            for x in items {
                let k = vm.key(x)?;
                vm.dict_insert(&d, k, Value::None)?;
            }
            *s.borrow_mut() = d.into_inner();
        }
        _ => {}
    }
    Ok(Value::None)
}

/// The one optional iterable `list.__init__` and `set.__init__` take, collected, with
/// their argument errors.
fn init_items(vm: &mut Vm, type_name: &str, args: &Args) -> PyResult<Vec<Value>> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{type_name}() takes no keyword arguments")));
    }
    crate::runtime::objects::methods::check_count(
        vm,
        type_name,
        args.pos.len(),
        0,
        1,
        crate::runtime::objects::methods::ArityStyle::Unpack,
    )?;
    match args.pos.first() {
        Some(v) => vm.collect(v),
        None => Ok(Vec::new()),
    }
}
