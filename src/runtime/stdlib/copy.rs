//! `_copy`, the native half of the library's `copy`: what CPython's `object.__reduce_ex__`
//! does in C, making an object of a class without running its `__init__`.

use std::rc::Rc;

use crate::runtime::objects::instance::Instance;
use crate::runtime::objects::value::{Args, BuiltinType, Value};
use crate::runtime::stdlib::module;
use crate::runtime::vm::{PyResult, Vm};

pub fn make_module() -> Value {
    module(
        "_copy",
        &[
            ("_new_instance", new_instance),
            ("_is_plain_object", is_plain_object),
            ("_payload", payload),
        ],
    )
}

/// `_new_instance(cls)`: `object.__new__(cls)` for a class made by a `class` statement.
fn new_instance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Class(c)) if c.builtin.is_none() => {
            Ok(Value::Instance(Rc::new(Instance::new(c.clone()))))
        }
        // A subclass of dict, list or set: empty, filled from the reduction's iterators.
        Some(Value::Class(c))
            if c.heap
                && matches!(
                    c.builtin,
                    Some(BuiltinType::Dict | BuiltinType::List | BuiltinType::Set)
                ) =>
        {
            let bt = c.builtin.expect("matched");
            let p =
                crate::runtime::objects::builtin_subclass::new_payload(vm, bt, Args::default())?;
            Ok(Value::Instance(Rc::new(Instance::with_payload(
                c.clone(),
                p,
            ))))
        }
        Some(other) => Err(vm.type_error(format!(
            "cannot create '{}' instances",
            match other {
                Value::Class(c) => c.name.to_string(),
                v => v.type_name().to_string(),
            }
        ))),
        None => Err(vm.type_error("_new_instance() takes exactly one argument (0 given)")),
    }
}

/// `_payload(x)`: the builtin value an instance of a builtin subclass is, else None.
fn payload(_: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args
        .pos
        .first()
        .and_then(crate::runtime::objects::instance::payload_of)
        .cloned()
        .unwrap_or(Value::None))
}

/// `_is_plain_object(x)`: whether `x` is an object of a Python class (it has an attribute
/// dict `copy` can take over).
fn is_plain_object(_: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(matches!(
        args.pos.first(),
        Some(Value::Instance(_))
    )))
}
