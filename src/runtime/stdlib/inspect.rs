//! The `inspect` module (generator and coroutine states, the `is…` predicates), what
//! `isinstance` answers for the classes of `collections.abc` (by registration and by
//! structure, as their `__subclasshook__`s do), and `types` (its type objects and
//! `types.coroutine`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::lang::bytecode::CodeKind;
use crate::runtime::objects::value::{
    Args, Builtin, BuiltinType, Class, GenKind, GenStatus, Module, NativeFn, Value,
};
use crate::runtime::vm::{PyResult, Vm};

fn native(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        bound: None,
    }))
}

fn module(name: &str, attrs: crate::runtime::objects::value::NameMap) -> Value {
    Value::Module(Rc::new(Module {
        name: Rc::from(name),
        attrs: RefCell::new(attrs),
    }))
}

/// The function under bound methods and partials (`functools._unwrap_partial`).
fn unwrap_callable(v: &Value) -> Value {
    match v {
        Value::BoundMethod(m) => unwrap_callable(&m.func),
        Value::Instance(p)
            if p.class.name.as_ref() == "partial" && &*p.class.module == "functools" =>
        {
            match p.dict.borrow().get_str("func") {
                Some(f) => unwrap_callable(f),
                None => v.clone(),
            }
        }
        other => other.clone(),
    }
}

fn code_kind(v: &Value) -> Option<CodeKind> {
    match unwrap_callable(v) {
        Value::Function(f) => Some(f.code.kind),
        _ => None,
    }
}

/// `inspect.iscoroutinefunction` (and asyncio's): an `async def` function, also through
/// bound methods and partials.
pub fn is_coroutine_function(v: &Value) -> bool {
    code_kind(v) == Some(CodeKind::Coroutine)
}

pub fn make_module(_vm: &Vm) -> Value {
    let mut attrs: crate::runtime::objects::value::NameMap = Default::default();
    let funcs: &[(&'static str, NativeFn)] = &[
        ("getgeneratorstate", getgeneratorstate),
        ("getcoroutinestate", getcoroutinestate),
        ("iscoroutinefunction", iscoroutinefunction),
        ("isgeneratorfunction", isgeneratorfunction),
        ("isasyncgenfunction", isasyncgenfunction),
        ("isgenerator", isgenerator),
        ("iscoroutine", iscoroutine),
        ("isasyncgen", isasyncgen),
        ("isawaitable", isawaitable),
        ("isfunction", isfunction),
        ("ismethod", ismethod),
        ("isclass", isclass),
        ("isbuiltin", isbuiltin),
    ];
    for (name, f) in funcs {
        attrs.insert(Rc::from(*name), native(name, *f));
    }
    for s in [
        "GEN_CREATED",
        "GEN_RUNNING",
        "GEN_SUSPENDED",
        "GEN_CLOSED",
        "CORO_CREATED",
        "CORO_RUNNING",
        "CORO_SUSPENDED",
        "CORO_CLOSED",
    ] {
        attrs.insert(Rc::from(s), Value::str(s));
    }
    module("inspect", attrs)
}

fn one(vm: &Vm, name: &str, args: &Args) -> PyResult<Value> {
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "{name}() takes 1 positional argument but {} were given",
            args.pos.len()
        )));
    }
    Ok(args.pos[0].clone())
}

fn state_name(prefix: &str, s: GenStatus) -> Value {
    let s = match s {
        GenStatus::Created => "CREATED",
        GenStatus::Running => "RUNNING",
        GenStatus::Suspended => "SUSPENDED",
        GenStatus::Closed => "CLOSED",
    };
    Value::str(&format!("{prefix}_{s}"))
}

fn getgeneratorstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = one(vm, "getgeneratorstate", &args)?;
    match &g {
        Value::Gen(gen) if gen.kind == GenKind::Generator => {
            Ok(state_name("GEN", gen.status.get()))
        }
        other => Err(vm.attribute_error(other, "gi_running")),
    }
}

fn getcoroutinestate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = one(vm, "getcoroutinestate", &args)?;
    match &c {
        Value::Gen(gen) if gen.kind == GenKind::Coroutine => {
            Ok(state_name("CORO", gen.status.get()))
        }
        other => Err(vm.attribute_error(other, "cr_running")),
    }
}

fn iscoroutinefunction(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = one(vm, "iscoroutinefunction", &args)?;
    Ok(Value::Bool(is_coroutine_function(&f)))
}

fn isgeneratorfunction(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = one(vm, "isgeneratorfunction", &args)?;
    Ok(Value::Bool(code_kind(&f) == Some(CodeKind::Generator)))
}

fn isasyncgenfunction(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = one(vm, "isasyncgenfunction", &args)?;
    Ok(Value::Bool(code_kind(&f) == Some(CodeKind::AsyncGenerator)))
}

fn gen_kind(v: &Value) -> Option<GenKind> {
    match v {
        Value::Gen(g) => Some(g.kind),
        _ => None,
    }
}

fn isgenerator(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "isgenerator", &args)?;
    Ok(Value::Bool(gen_kind(&v) == Some(GenKind::Generator)))
}

fn iscoroutine(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "iscoroutine", &args)?;
    Ok(Value::Bool(
        gen_kind(&v) == Some(GenKind::Coroutine) || matches!(v, Value::NativeCoro(_)),
    ))
}

fn isasyncgen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "isasyncgen", &args)?;
    Ok(Value::Bool(gen_kind(&v) == Some(GenKind::AsyncGenerator)))
}

fn isawaitable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "isawaitable", &args)?;
    let iterable_coroutine = matches!(&v, Value::Gen(g) if g.code.iterable_coroutine);
    Ok(Value::Bool(iterable_coroutine || has(vm, &v, "__await__")))
}

/// The `types` module: the classes of functions, generators and coroutines, and
/// `types.coroutine`.
pub fn make_types_module(vm: &Vm) -> Value {
    let mut attrs: crate::runtime::objects::value::NameMap = Default::default();
    attrs.insert(Rc::from("coroutine"), native("coroutine", types_coroutine));
    let t = &vm.types;
    for (name, class) in [
        ("FunctionType", &t.function),
        ("LambdaType", &t.function),
        ("BuiltinFunctionType", &t.builtin_function),
        ("BuiltinMethodType", &t.builtin_function),
        ("MethodType", &t.method),
        ("ModuleType", &t.module),
        ("GeneratorType", &t.generator),
        ("CoroutineType", &t.coroutine),
        ("AsyncGeneratorType", &t.async_generator),
    ] {
        attrs.insert(Rc::from(name), Value::Class(class.clone()));
    }
    module("types", attrs)
}

/// `types.coroutine(func)`: a generator function becomes a generator-based coroutine
/// (CPython sets CO_ITERABLE_COROUTINE on its code); a coroutine function is returned as is.
fn types_coroutine(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let func = one(vm, "coroutine", &args)?;
    let Value::Function(f) = &func else {
        if vm.is_callable(&func) {
            return Err(vm.exc(
                &vm.types.exc.not_implemented_error,
                "coroviz runs types.coroutine() on functions defined with `def` only",
            ));
        }
        return Err(vm.type_error("types.coroutine() expects a callable"));
    };
    if f.code.kind != CodeKind::Generator || f.code.iterable_coroutine {
        return Ok(func);
    }
    let code = crate::lang::bytecode::Code {
        iterable_coroutine: true,
        ..(*f.code).clone()
    };
    let marked = crate::runtime::objects::value::Function {
        code: Rc::new(code),
        name: RefCell::new(f.name.borrow().clone()),
        qualname: RefCell::new(f.qualname.borrow().clone()),
        defaults: f.defaults.clone(),
        kwdefaults: f.kwdefaults.clone(),
        closure: f.closure.clone(),
        attrs: RefCell::new(f.attrs.borrow().clone()),
    };
    Ok(Value::Function(Rc::new(marked)))
}

fn isfunction(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "isfunction", &args)?;
    Ok(Value::Bool(matches!(v, Value::Function(_))))
}

fn ismethod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "ismethod", &args)?;
    Ok(Value::Bool(matches!(v, Value::BoundMethod(_))))
}

fn isclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "isclass", &args)?;
    Ok(Value::Bool(matches!(v, Value::Class(_))))
}

fn isbuiltin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "isbuiltin", &args)?;
    Ok(Value::Bool(matches!(
        v,
        Value::Builtin(_) | Value::NativeMethod(_)
    )))
}

// ----- collections.abc ---------------------------------------------------------------
//
// The classes themselves are Python (`library/collections_abc.py`); what CPython's ABCMeta
// decides for them is answered here: inheritance, the builtin types CPython registers with
// each class, and the structural `__subclasshook__`s.

/// The ABCs whose `__subclasshook__` looks at methods, and the methods it requires.
const STRUCTURAL: &[(&str, &[&str])] = &[
    ("Hashable", &["__hash__"]),
    ("Awaitable", &["__await__"]),
    ("Coroutine", &["__await__", "send", "throw", "close"]),
    ("AsyncIterable", &["__aiter__"]),
    ("AsyncIterator", &["__aiter__", "__anext__"]),
    (
        "AsyncGenerator",
        &["__aiter__", "__anext__", "asend", "athrow", "aclose"],
    ),
    ("Iterable", &["__iter__"]),
    ("Iterator", &["__iter__", "__next__"]),
    ("Reversible", &["__reversed__", "__iter__"]),
    (
        "Generator",
        &["__iter__", "__next__", "send", "throw", "close"],
    ),
    ("Sized", &["__len__"]),
    ("Container", &["__contains__"]),
    ("Collection", &["__len__", "__iter__", "__contains__"]),
    ("Callable", &["__call__"]),
];

/// The ABCs that only inheritance and registration reach.
const REGISTERED_ONLY: &[&str] = &[
    "Set",
    "MutableSet",
    "Mapping",
    "MutableMapping",
    "MappingView",
    "KeysView",
    "ItemsView",
    "ValuesView",
    "Sequence",
    "MutableSequence",
];

fn abc_methods(name: &str) -> &'static [&'static str] {
    STRUCTURAL
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(&[], |(_, m)| m)
}

/// One of the classes of `collections.abc` itself (not a subclass a program made).
pub fn is_library_abc(c: &Class) -> bool {
    c.heap
        && &*c.module == "collections.abc"
        && (REGISTERED_ONLY.contains(&&*c.name) || !abc_methods(&c.name).is_empty())
}

/// Is the builtin type `bt` registered with `abc` (or with a subclass of it), as
/// CPython's `_collections_abc` registers tuple, str, range, list, dict, set, ...?
fn registered_builtin(abc: &str, bt: BuiltinType) -> bool {
    use BuiltinType as B;
    match abc {
        "Sequence" | "Reversible" => matches!(
            bt,
            B::Str | B::Tuple | B::Range | B::List | B::Bytes | B::ByteArray
        ),
        "MutableSequence" => matches!(bt, B::List | B::ByteArray),
        "Mapping" | "MutableMapping" => bt == B::Dict,
        "Set" => matches!(bt, B::Set | B::FrozenSet),
        "MutableSet" => bt == B::Set,
        "Generator" => bt == B::Generator,
        "Coroutine" => bt == B::Coroutine,
        "AsyncGenerator" => bt == B::AsyncGenerator,
        _ => false,
    }
}

/// `collections.deque`, a library class registered as a MutableSequence.
fn is_deque(c: &Class) -> bool {
    c.heap && &*c.name == "deque" && &*c.module == "collections"
}

/// Is class `c` registered with `abc`?
fn class_registered(abc: &str, c: &Class) -> bool {
    std::iter::once(c)
        .chain(c.mro.iter().map(|k| &**k))
        .any(|k| match k.builtin {
            Some(bt) if !k.heap => registered_builtin(abc, bt),
            _ => is_deque(k) && matches!(abc, "Sequence" | "MutableSequence" | "Reversible"),
        })
}

fn registered(vm: &Vm, abc: &str, v: &Value) -> bool {
    use crate::runtime::objects::iter::DictView as V;
    match v {
        Value::DictView(_, kind) => match abc {
            "MappingView" | "Reversible" => true,
            "KeysView" => *kind == V::Keys,
            "ItemsView" => *kind == V::Items,
            "ValuesView" => *kind == V::Values,
            "Set" => *kind != V::Values,
            _ => false,
        },
        Value::Gen(g) => registered_builtin(
            abc,
            match g.kind {
                GenKind::Generator => BuiltinType::Generator,
                GenKind::Coroutine => BuiltinType::Coroutine,
                GenKind::AsyncGenerator => BuiltinType::AsyncGenerator,
            },
        ),
        other => class_registered(abc, &vm.types.class_of(other)),
    }
}

/// `collections`: its `abc` submodule and `deque`.
pub fn make_collections_module(abc: Value) -> Value {
    let mut attrs: crate::runtime::objects::value::NameMap = Default::default();
    attrs.insert(Rc::from("abc"), abc);
    module("collections", attrs)
}

/// Does a builtin class provide `method`?
fn builtin_has(bt: BuiltinType, method: &str) -> bool {
    use BuiltinType as B;
    let container = matches!(
        bt,
        B::Str
            | B::List
            | B::Tuple
            | B::Dict
            | B::Set
            | B::FrozenSet
            | B::Range
            | B::Bytes
            | B::ByteArray
    );
    match method {
        "__iter__" => container || matches!(bt, B::Iterator | B::Generator),
        "__next__" => matches!(bt, B::Iterator | B::Generator),
        "__len__" | "__contains__" => container,
        "__reversed__" => matches!(bt, B::List | B::Dict | B::Range),
        "send" | "throw" | "close" => matches!(bt, B::Generator | B::Coroutine | B::AsyncGenOp),
        "__await__" => matches!(bt, B::Coroutine | B::Future | B::Task | B::AsyncGenOp),
        "__aiter__" | "__anext__" | "asend" | "athrow" | "aclose" => bt == B::AsyncGenerator,
        "__hash__" => !matches!(bt, B::List | B::Dict | B::Set | B::Slice | B::ByteArray),
        "__call__" => matches!(bt, B::Function | B::BuiltinFunction | B::Method | B::Type),
        _ => false,
    }
}

/// Does class `c` provide `method` (defined and not None anywhere in its MRO)?
fn class_has(c: &Class, method: &str) -> bool {
    std::iter::once(c)
        .chain(c.mro.iter().map(|k| &**k))
        .find_map(|k| match (k.heap, k.builtin) {
            (false, Some(bt)) if !matches!(bt, BuiltinType::Object | BuiltinType::Abc) => {
                Some(builtin_has(bt, method) || k.dict.borrow().contains_key(method))
            }
            _ => k.dict.borrow().get(method).map(|v| !v.is_none()),
        })
        .unwrap_or(false)
}

fn has(vm: &Vm, v: &Value, method: &str) -> bool {
    match v {
        Value::Gen(g) => {
            let bt = match g.kind {
                GenKind::Generator => BuiltinType::Generator,
                GenKind::Coroutine => BuiltinType::Coroutine,
                GenKind::AsyncGenerator => BuiltinType::AsyncGenerator,
            };
            builtin_has(bt, method)
        }
        Value::NativeCoro(_) => builtin_has(BuiltinType::Coroutine, method),
        // Keys and items views compare as sets and are unhashable; a values view hashes
        // by identity.
        Value::DictView(_, kind) => match method {
            "__hash__" => matches!(kind, crate::runtime::objects::iter::DictView::Values),
            _ => matches!(
                method,
                "__iter__" | "__len__" | "__contains__" | "__reversed__"
            ),
        },
        _ if method == "__call__" => vm.is_callable(v),
        other => class_has(&vm.types.class_of(other), method),
    }
}

/// A structural ABC's methods, all present (none for the ABCs only registration reaches).
fn structural(abc: &str, has: impl Fn(&str) -> bool) -> bool {
    let methods = abc_methods(abc);
    !methods.is_empty() && methods.iter().all(|m| has(m))
}

/// Is `c` a virtual subclass of `k` (`k.register(r)` for `c` or one of its bases)?
pub fn in_registry(c: &Class, k: &Class) -> bool {
    match k.dict.borrow().get("_abc_registry") {
        Some(Value::List(l)) => l
            .borrow()
            .iter()
            .any(|r| matches!(r, Value::Class(r) if c.is_subclass(r))),
        _ => false,
    }
}

impl Vm<'_> {
    /// `isinstance(v, abc)` for a `collections.abc` class (or a subclass of one).
    pub fn abc_instance(&self, v: &Value, abc: &Class) -> bool {
        let c = self.types.class_of(v);
        if c.is_subclass(abc) || in_registry(&c, abc) {
            return true;
        }
        is_library_abc(abc)
            && (registered(self, &abc.name, v) || structural(&abc.name, |m| has(self, v, m)))
    }

    /// `issubclass(c, k)`, structural or by registration when `k` is a `collections.abc`
    /// class.
    pub fn is_subclass_of(&self, c: &Class, k: &Class) -> bool {
        if c.is_subclass(k) || in_registry(c, k) {
            return true;
        }
        is_library_abc(k)
            && (class_registered(&k.name, c) || structural(&k.name, |m| class_has(c, m)))
    }
}
