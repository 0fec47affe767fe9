//! `_coroviz_os`, the native half of the library's `os` and `os.path`: the working
//! directory (which `__file__` is made absolute against), the program's own file, and the
//! refusal for everything that would need files.

use crate::runtime::objects::value::{Args, Value};
use crate::runtime::stdlib::module;
use crate::runtime::vm::{PyResult, Vm};

pub fn make_module() -> Value {
    module(
        "_coroviz_os",
        &[
            ("getcwd", getcwd),
            ("main_file", main_file),
            ("unmodelled", unmodelled),
        ],
    )
}

fn getcwd(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(dir) => Ok(Value::str(&dir.to_string_lossy())),
        Err(_) => Err(vm.unmodelled("`os.getcwd` without a working directory")),
    }
}

/// The absolute path of the program being run (its `__file__`).
fn main_file(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Str(vm.source_file.clone()))
}

/// `unmodelled(what)`: ends the run with coroviz's refusal of `what`.
fn unmodelled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let what = match args.pos.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => "part of `os`".to_string(),
    };
    Err(vm.unmodelled(what))
}
