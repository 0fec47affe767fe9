//! `sys`: exit, the standard streams, `argv` and the constants programs print
//! (`version_info` comes from the library's `sys_version.py`).

use std::rc::Rc;

use crate::runtime::objects::value::{Args, Builtin, Value};
use crate::runtime::vm::{PyResult, Vm};

use super::module;

/// A standard stream: a small module-like object whose `write` knows which stream it is.
fn stream(name: &'static str) -> Value {
    let m = module(name, &[("flush", stream_flush)]);
    if let Value::Module(m) = &m {
        let write = Builtin {
            name: "write",
            func: stream_write,
            bound: Some(Value::str(name)),
        };
        m.attrs
            .borrow_mut()
            .insert(Rc::from("write"), Value::Builtin(Rc::new(write)));
        m.attrs
            .borrow_mut()
            .insert(Rc::from("name"), Value::str(name));
    }
    m
}

/// `sys`: exit, the standard streams, and a few constants programs print.
pub fn make_module(vm: &Vm) -> Value {
    let m = module(
        "sys",
        &[
            ("exit", sys_exit),
            ("getrecursionlimit", sys_getrecursionlimit),
        ],
    );
    if let Value::Module(m) = &m {
        let mut a = m.attrs.borrow_mut();
        let (stdout, stderr) = (stream("<stdout>"), stream("<stderr>"));
        a.insert(Rc::from("stdout"), stdout.clone());
        a.insert(Rc::from("stderr"), stderr.clone());
        a.insert(Rc::from("__stdout__"), stdout);
        a.insert(Rc::from("__stderr__"), stderr);
        a.insert(
            Rc::from("argv"),
            Value::list(vec![Value::Str(vm.argv0.clone())]),
        );
        a.insert(Rc::from("platform"), Value::str("linux"));
        a.insert(Rc::from("maxsize"), Value::Int(i64::MAX));
        a.insert(Rc::from("version"), Value::str("3.11.7 (coroviz)"));
        a.insert(Rc::from("byteorder"), Value::str("little"));
        a.insert(Rc::from("maxunicode"), Value::Int(0x10FFFF));
        a.insert(Rc::from("hexversion"), Value::Int(0x030B07F0));
    }
    m
}

impl Vm<'_> {
    /// Where `print` writes by default: `sys.stdout`, which a program may have replaced
    /// (`contextlib.redirect_stdout`); the real stream while `sys` was never imported.
    pub fn current_stdout(&self) -> Value {
        let replaced = match self.modules.loaded("sys") {
            Some(Value::Module(m)) => m.attrs.borrow().get("stdout").cloned(),
            _ => None,
        };
        replaced.unwrap_or_else(|| stream("<stdout>"))
    }
}

fn sys_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let exc = crate::runtime::objects::exceptions::ExcObj::new(
        vm.types.exc.system_exit.clone(),
        args.pos.into_iter().take(1).collect(),
    );
    Err(crate::runtime::vm::Unwind::Exc(exc))
}

fn sys_getrecursionlimit(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(crate::runtime::vm::MAX_DEPTH as i64))
}

/// `sys.stdout.write(s)` / `sys.stderr.write(s)`: the receiver is the stream module.
fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let to_stderr = matches!(args.pos.first(), Some(Value::Str(n)) if &**n == "<stderr>");
    let Some(Value::Str(s)) = args.pos.get(1) else {
        return Err(vm.type_error("write() argument must be str"));
    };
    let n = s.chars().count();
    if to_stderr {
        vm.write_stderr(s);
    } else {
        vm.write_stdout(s);
    }
    Ok(Value::Int(n as i64))
}

fn stream_flush(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}
