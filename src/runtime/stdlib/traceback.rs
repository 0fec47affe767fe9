//! `_coroviz_tb`, the native half of the library's `traceback`: the text coroviz prints for
//! an uncaught exception (`vm/traceback.rs`), and the exception being handled.

use crate::runtime::objects::value::{Args, Value};
use crate::runtime::stdlib::module;
use crate::runtime::vm::{PyResult, Vm};

pub fn make_module() -> Value {
    module(
        "_coroviz_tb",
        &[
            ("format", format),
            ("format_only", format_only),
            ("handled", handled),
        ],
    )
}

/// `format(exc)`: the whole traceback text, chained exceptions first.
fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Exception(e)) => {
            let e = e.clone();
            Ok(Value::str(&vm.format_exception(&e)))
        }
        _ => Err(vm.type_error("_coroviz_tb.format expects an exception")),
    }
}

/// `format_only(exc)`: the `Type: message` line.
fn format_only(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Exception(e)) => {
            let e = e.clone();
            Ok(Value::str(&vm.exception_line(&e)))
        }
        _ => Err(vm.type_error("_coroviz_tb.format_only expects an exception")),
    }
}

/// `handled()`: the exception being handled where the call was made (`sys.exception()`).
fn handled(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.handled_exception().map_or(Value::None, Value::Exception))
}
