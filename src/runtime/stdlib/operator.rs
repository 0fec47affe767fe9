//! `_operator`, the native half of the library's `operator`: how many items a builtin
//! container or iterator has left, for `operator.length_hint` (CPython's `__len__` and the
//! `__length_hint__` of its builtin iterators).

use crate::runtime::objects::iter::IterObj;
use crate::runtime::objects::value::{Args, Value};
use crate::runtime::stdlib::module;
use crate::runtime::vm::{PyResult, Vm};

pub fn make_module() -> Value {
    module("_operator", &[("_remaining", remaining)])
}

/// `_remaining(obj)`: the length or remaining length of a builtin object, None for others.
fn remaining(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(obj) = args.pos.first() else {
        return Ok(Value::None);
    };
    let n = match obj {
        Value::Str(_)
        | Value::List(_)
        | Value::Tuple(_)
        | Value::Dict(_)
        | Value::Set(_)
        | Value::FrozenSet(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::DictView(..)
        | Value::Range(_) => Some(crate::runtime::builtins::len_of(vm, obj)?),
        Value::Iter(it) => match &*it.borrow() {
            IterObj::Seq { seq, index } => {
                let len = match seq {
                    Value::List(l) => l.borrow().len(),
                    Value::Tuple(t) => t.len(),
                    Value::Str(s) => s.chars().count(),
                    _ => 0,
                };
                Some(len.saturating_sub(*index))
            }
            IterObj::Range { next, stop, step } => {
                let left = if *step > 0 {
                    (stop - next + step - 1) / step
                } else {
                    (next - stop - step - 1) / -step
                };
                Some(left.max(0) as usize)
            }
            IterObj::Dict { dict, yielded, .. } => {
                Some(dict.borrow().len().saturating_sub(*yielded))
            }
            IterObj::Snapshot { items, index } => Some(items.len().saturating_sub(*index)),
            IterObj::Reversed { items, .. } => Some(items.len()),
            IterObj::Exhausted => Some(0),
            _ => None,
        },
        _ => None,
    };
    Ok(n.map_or(Value::None, |n| Value::Int(n as i64)))
}
