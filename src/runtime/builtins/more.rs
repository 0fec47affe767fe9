//! Builtins around the program's edges: `input` (a scenario's `stdin`), `exit`/`quit`,
//! `aiter`/`anext`, `dir`, and `globals`/`locals` called through another name.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::cpython_names::TYPE_ATTRS;
use crate::runtime::objects::value::{Args, NativeFn, Value};
use crate::runtime::vm::{PyResult, Vm};

pub const FUNCS: &[(&str, NativeFn)] = &[
    ("input", input),
    ("exit", exit),
    ("quit", exit),
    ("aiter", aiter),
    ("anext", anext),
    ("dir", dir),
    ("globals", frame_reader),
    ("locals", frame_reader),
];

/// `globals`/`locals` reached other than by a direct call (`f = locals; f()`): the
/// compiler turns `locals()` into a read of the running frame, which a call through
/// another name cannot make.
fn frame_reader(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.unmodelled(
        "`globals`/`locals` called through another name (call `globals()`/`locals()` directly)",
    ))
}

fn no_keywords(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    match args.kw.first() {
        Some((k, _)) => {
            Err(vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'")))
        }
        None => Ok(()),
    }
}

/// `input(prompt)`: the prompt goes to stdout; the next line of the scenario's `stdin`
/// comes back without its newline; past the end, EOFError as CPython raises it.
fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "input", &args)?;
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "input expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    if let Some(p) = args.pos.first() {
        let text = vm.to_str(p)?;
        vm.write_stdout(&text);
    }
    if vm.stdin.is_empty() {
        return Err(vm.exc(&vm.types.exc.eof_error, "EOF when reading a line"));
    }
    let end = vm.stdin.find('\n').map_or(vm.stdin.len(), |i| i + 1);
    let line: String = vm.stdin.drain(..end).collect();
    Ok(Value::str(line.strip_suffix('\n').unwrap_or(&line)))
}

/// `exit(code)` / `quit(code)`: raise SystemExit, as the site module's helpers do.
fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "exit", &args)?;
    let exc_args = match args.pos.len() {
        0 => vec![],
        1 => vec![args.pos[0].clone()],
        n => {
            return Err(vm.type_error(format!(
                "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
                n + 1
            )))
        }
    };
    let class = vm.types.exc.system_exit.clone();
    let e = vm.call(
        &Value::Class(class),
        Args {
            pos: exc_args,
            kw: vec![],
        },
    )?;
    match e {
        Value::Exception(e) => Err(crate::runtime::vm::Unwind::Exc(e)),
        _ => Err(vm.runtime_error("SystemExit did not make an exception")),
    }
}

fn aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "aiter", &args)?;
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "aiter() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    let it = &args.pos[0];
    let type_name = it.type_name();
    match vm.call_method(it, "__aiter__", Args::default()) {
        Ok(v) => Ok(v),
        Err(crate::runtime::vm::Unwind::Exc(e)) if e.is_instance(&vm.types.exc.attribute_error) => {
            Err(vm.type_error(format!("'{type_name}' object is not an async iterable")))
        }
        Err(other) => Err(other),
    }
}

/// `anext(it)` is `it.__anext__()`; `anext(it, default)` awaits that and gives `default`
/// for StopAsyncIteration (a coroutine of coroviz's library does the waiting).
fn anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "anext", &args)?;
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "anext expected at least 1 argument, got {}",
            args.pos.len()
        )));
    }
    let it = args.pos[0].clone();
    let type_name = it.type_name();
    let step = match vm.call_method(&it, "__anext__", Args::default()) {
        Ok(v) => v,
        Err(crate::runtime::vm::Unwind::Exc(e)) if e.is_instance(&vm.types.exc.attribute_error) => {
            return Err(vm.type_error(format!("'{type_name}' object is not an async iterator")))
        }
        Err(other) => return Err(other),
    };
    let Some(default) = args.pos.get(1).cloned() else {
        return Ok(step);
    };
    let helpers = crate::runtime::stdlib::import(vm, "_coroviz_builtins")?;
    let wait = vm.get_attr(&helpers, "anext_or_default")?;
    vm.call(
        &wait,
        Args {
            pos: vec![step, default],
            kw: vec![],
        },
    )
}

fn names_of(table: &str) -> impl Iterator<Item = Rc<str>> {
    TYPE_ATTRS
        .iter()
        .find(|(k, _)| *k == table)
        .map_or(&[][..], |(_, v)| *v)
        .iter()
        .map(|n| Rc::from(*n))
}

/// `dir(obj)`: for builtin values CPython's own list (names coroviz lacks end the run if
/// used); for modules their names; for instances and classes of the program, the names of
/// the instance, its classes and `object`, sorted.
fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "dir", &args)?;
    let Some(obj) = args.pos.first() else {
        return Err(vm.unmodelled("`dir()` without an argument (the names of the current scope)"));
    };
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "dir expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    if let Some(class) = crate::runtime::objects::instance::heap_class(obj).cloned() {
        if let Some(f) = class
            .lookup("__dir__")
            .filter(|f| !matches!(f, Value::Builtin(_)))
        {
            let listed = vm.call_with_receiver(&f, obj, &class, Args::default())?;
            return super::sorted(
                vm,
                Args {
                    pos: vec![listed],
                    kw: vec![],
                },
            );
        }
    }
    let mut names: Vec<Rc<str>> = Vec::new();
    let add_class = |c: &Rc<crate::runtime::objects::value::Class>, names: &mut Vec<Rc<str>>| {
        for cls in std::iter::once(c).chain(c.mro.iter()) {
            if cls.heap {
                names.extend(cls.dict.borrow().keys().cloned());
                for n in ["__module__", "__dict__", "__weakref__", "__doc__"] {
                    names.push(Rc::from(n));
                }
            } else {
                names.extend(names_of(&cls.name));
            }
        }
        names.extend(names_of("object"));
    };
    match obj {
        Value::Instance(i) => {
            for (k, _) in i.dict.borrow().items() {
                if let Value::Str(s) = k {
                    names.push(s);
                }
            }
            add_class(&i.class, &mut names);
        }
        Value::Class(c) if c.heap => add_class(c, &mut names),
        Value::Class(c) => names.extend(names_of(&c.name)),
        Value::Module(m) => names.extend(m.attrs.borrow().keys().cloned()),
        Value::Exception(e) => {
            names.extend(e.attrs.borrow().keys().cloned());
            add_class(&e.class, &mut names);
            names.extend(names_of("BaseException"));
        }
        other => {
            let t = other.type_name();
            if !TYPE_ATTRS.iter().any(|(k, _)| **k == *t) {
                return Err(vm.unmodelled(format!("`dir()` of a `{t}` object")));
            }
            names.extend(names_of(&t));
        }
    }
    names.sort();
    names.dedup();
    let list: Vec<Value> = names.into_iter().map(Value::Str).collect();
    Ok(Value::List(Rc::new(RefCell::new(list))))
}

#[cfg(test)]
mod tests {
    use crate::lang::compile::compile;
    use crate::lang::compile::UNMODELLED_BUILTINS;
    use crate::runtime::cpython_names::BUILTINS;
    use crate::runtime::engine::{DiscardOutput, HeadlessHost};
    use crate::runtime::event::NullSink;
    use crate::runtime::vm::Vm;

    /// Every CPython builtin is either defined by coroviz or refused before a program runs.
    #[test]
    fn every_cpython_builtin_is_modelled_or_refused() {
        let program = compile("t.py", "pass\n").expect("compiles");
        let (mut sink, mut out) = (NullSink, DiscardOutput);
        let mut host = HeadlessHost::new(&mut sink, &mut out);
        let vm = Vm::new(&program, &mut host, 1_000_000);
        let ours = super::super::table(&vm);
        let refused: Vec<&str> = UNMODELLED_BUILTINS.iter().map(|(n, _)| *n).collect();
        let missing: Vec<&&str> = BUILTINS
            .iter()
            .filter(|n| !n.starts_with('_') || **n == "__import__")
            .filter(|n| !matches!(**n, "True" | "False" | "None"))
            .filter(|n| !ours.contains_key(**n) && !refused.contains(n))
            .collect();
        assert!(
            missing.is_empty(),
            "neither modelled nor refused: {missing:?}"
        );
        for n in &refused {
            assert!(!ours.contains_key(n), "{n} is modelled and refused");
        }
    }
}
