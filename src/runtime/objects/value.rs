//! Python values: a small tagged enum, reference-counted heap objects, single-threaded.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::lang::bytecode::Code;
use crate::runtime::asyncio::future::FutureObj;
use crate::runtime::asyncio::handle::HandleObj;
use crate::runtime::asyncio::native_coro::NativeCoro;
use crate::runtime::objects::dict::Dict;
use crate::runtime::objects::exceptions::ExcObj;
use crate::runtime::objects::iter::IterObj;
use crate::runtime::vm::frame::Frame;
use crate::runtime::vm::Vm;

/// A Python value. Cloning is cheap (a reference-count bump at most).
#[derive(Clone)]
pub enum Value {
    /// Internal marker: an unbound local, or the empty slot before a method call.
    /// Never visible to Python code.
    Null,
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    /// An int that does not fit in i64. Invariant: never holds an i64-sized value.
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Rc<str>),
    List(Rc<RefCell<Vec<Value>>>),
    Tuple(Rc<Vec<Value>>),
    Dict(Rc<RefCell<Dict>>),
    Set(Rc<RefCell<Dict>>),
    /// Invariant: never mutated once made (the cell is shared code's, with `Set`).
    FrozenSet(Rc<RefCell<Dict>>),
    Bytes(Rc<[u8]>),
    ByteArray(Rc<RefCell<Vec<u8>>>),
    Range(Rc<RangeObj>),
    Slice(Rc<SliceObj>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    BoundMethod(Rc<BoundMethod>),
    /// A method of a builtin object, looked up by name when called (`lst.append`).
    NativeMethod(Rc<NativeMethod>),
    /// A generator or coroutine object running Python code.
    Gen(Rc<GenObj>),
    /// A coroutine implemented natively (asyncio.sleep, wait, …).
    NativeCoro(Rc<RefCell<NativeCoro>>),
    Class(Rc<Class>),
    Exception(Rc<ExcObj>),
    Module(Rc<Module>),
    /// An asyncio Future or Task.
    Future(Rc<FutureObj>),
    /// An event loop (there is one loop object per `new_event_loop`).
    Loop(Rc<crate::runtime::asyncio::event_loop::LoopObj>),
    Handle(Rc<HandleObj>),
    Iter(Rc<RefCell<IterObj>>),
    Cell(Rc<RefCell<Value>>),
    /// A compiled code object (a constant of `MakeFunction`).
    Code(Rc<Code>),
    /// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
    DictView(Rc<RefCell<Dict>>, crate::runtime::objects::iter::DictView),
    /// An instance of a class defined by a `class` statement (or of a native class such
    /// as `functools.partial`).
    Instance(Rc<crate::runtime::objects::instance::Instance>),
    /// `property`, `staticmethod` or `classmethod` objects.
    Descriptor(Rc<crate::runtime::objects::class::Descriptor>),
    /// A `super()` proxy.
    Super(Rc<crate::runtime::objects::class::SuperObj>),
    /// The `NotImplemented` singleton a binary dunder returns to decline.
    NotImplemented,
    /// What `anext()`/`asend()`/`athrow()`/`aclose()` of an async generator return.
    AsyncGenOp(Rc<crate::runtime::objects::asyncgen::AsyncGenOp>),
}

pub type CellRef = Rc<RefCell<Value>>;

/// Attributes by name (a class's dict, a module's, a function's): insertion-ordered, with
/// a fast hash (names are the program's, not an attacker's).
pub type NameMap = indexmap::IndexMap<Rc<str>, Value, rustc_hash::FxBuildHasher>;

/// `range(start, stop, step)`; step is never zero.
#[derive(Debug)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            if stop > start {
                (stop - start + step - 1) / step
            } else {
                0
            }
        } else if start > stop {
            (start - stop - step - 1) / (-step)
        } else {
            0
        };
        n as i64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A Python function: code plus what `def` captured when it ran.
pub struct Function {
    pub code: Rc<Code>,
    pub name: RefCell<Rc<str>>,
    /// `__qualname__`; assignable (`functools.wraps`), and new generators take it.
    pub qualname: RefCell<Rc<str>>,
    /// Defaults for the last positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults for keyword-only parameters, by name.
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    pub closure: Vec<CellRef>,
    /// Attributes set on the function (`f.calls = 0`, `__wrapped__`, `__doc__`).
    pub attrs: RefCell<crate::runtime::objects::value::NameMap>,
}

/// The native signature every builtin shares.
pub type NativeFn = fn(&mut Vm, Args) -> crate::runtime::vm::PyResult<Value>;

/// A function implemented in Rust, optionally bound to a receiver (`[].append`).
pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// The receiver, passed as the first positional argument.
    pub bound: Option<Value>,
}

/// A builtin object's method, bound: calling it dispatches on the receiver's type.
pub struct NativeMethod {
    pub receiver: Value,
    pub name: Rc<str>,
}

/// A Python function bound to an object (`loop.call_soon(obj.method)`).
pub struct BoundMethod {
    pub receiver: Value,
    pub func: Value,
}

/// Call arguments: positional, then keyword.
#[derive(Default)]
pub struct Args {
    pub pos: Vec<Value>,
    pub kw: Vec<(Rc<str>, Value)>,
}

impl Args {
    pub fn new(pos: Vec<Value>) -> Self {
        Args {
            pos,
            kw: Vec::new(),
        }
    }
    /// Removes and returns keyword `name`, if given.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kw.iter().position(|(k, _)| &**k == name)?;
        Some(self.kw.remove(i).1)
    }
}

/// Generator or coroutine?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// Where a generator is in its life (`inspect.getgeneratorstate`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenStatus {
    Created,
    Running,
    Suspended,
    Closed,
}

/// A generator or coroutine: a suspended frame plus bookkeeping.
///
/// Invariant: `frame` is `Some` exactly while the status is Created or Suspended
/// (it is taken out while running and dropped when closed).
pub struct GenObj {
    pub id: u64,
    pub kind: GenKind,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub code: Rc<Code>,
    pub frame: RefCell<Option<Box<Frame>>>,
    pub status: Cell<GenStatus>,
    /// The line it is suspended at (for displays), updated on each suspension.
    pub line: Cell<u32>,
    /// Set once awaited or wrapped in a task (for the never-awaited warning).
    pub awaited: Cell<bool>,
}

impl Drop for GenObj {
    /// CPython finalises generators and coroutines when they are collected: one never
    /// started and never awaited is reported; one suspended inside `try`/`with` is closed,
    /// so its `finally` blocks run. The VM does that at its next safe point.
    fn drop(&mut self) {
        use crate::runtime::vm::gc_notes::{note, GcNote};
        match self.status.get() {
            GenStatus::Created if self.kind == GenKind::Coroutine && !self.awaited.get() => {
                note(GcNote::NeverAwaited {
                    qualname: self.qualname.clone(),
                });
            }
            GenStatus::Suspended => {
                let Some(frame) = self.frame.get_mut().take() else {
                    return;
                };
                let at = match frame.code.instrs.get(frame.ip) {
                    Some(crate::lang::bytecode::Instr::Send(_)) => frame.ip,
                    _ => frame.ip.saturating_sub(1),
                };
                // An async generator goes to its loop's finalizer hook either way.
                if self.kind != GenKind::AsyncGenerator && frame.code.handler_for(at).is_none() {
                    return;
                }
                let revived = Rc::new(GenObj {
                    id: self.id,
                    kind: self.kind,
                    name: self.name.clone(),
                    qualname: self.qualname.clone(),
                    code: self.code.clone(),
                    frame: RefCell::new(Some(frame)),
                    status: Cell::new(GenStatus::Suspended),
                    line: Cell::new(self.line.get()),
                    awaited: Cell::new(true),
                });
                note(GcNote::Finalize(revived));
            }
            _ => {}
        }
    }
}

/// A class: builtin types and exception classes are classes too.
pub struct Class {
    pub name: Rc<str>,
    /// `__qualname__` (`Outer.Inner`); the name for builtin classes.
    pub qualname: Rc<str>,
    /// `__module__`: `builtins`, `__main__`, `asyncio.locks`, …
    pub module: Rc<str>,
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order, starting with the class itself (excluded here; see `mro()`).
    pub mro: Vec<Rc<Class>>,
    pub dict: RefCell<crate::runtime::objects::value::NameMap>,
    /// Which builtin type this is, if any. A class statement's class inherits its base's
    /// (`Exception` for exception subclasses), or has none (instances are `Instance`s).
    pub builtin: Option<BuiltinType>,
    /// Made by a `class` statement: its dict may override dunder methods.
    pub heap: bool,
    /// A metaclass other than `type` (`class C(metaclass=M)`, or inherited from a base).
    pub meta: Option<Rc<Class>>,
    /// The attribute names instances may have when `__slots__` leaves them no `__dict__`
    /// (the slots of the class and its bases); `None`: instances have a dict.
    pub slots: Option<Rc<[Rc<str>]>>,
}

/// The builtin types whose instances are not `Instance`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinType {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Bytes,
    ByteArray,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Generator,
    Coroutine,
    Module,
    Future,
    Task,
    Loop,
    Handle,
    TimerHandle,
    Iterator,
    Ellipsis,
    Cell,
    /// BaseException and every exception class below it.
    Exception,
    AsyncGenerator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    NotImplementedType,
    AsyncGenOp,
    /// The `collections.abc` classes, checked by structure (`__subclasshook__`).
    Abc,
    Traceback,
    /// What `__await__()` of a coroutine, future or native awaitable returns.
    CoroutineWrapper,
}

impl Class {
    /// Is `self` the same as `other` or a subclass of it?
    pub fn is_subclass(&self, other: &Class) -> bool {
        std::ptr::eq(self, other) || self.mro.iter().any(|c| std::ptr::eq(&**c, other))
    }

    /// Looks an attribute up along the MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        self.mro
            .iter()
            .find_map(|c| c.dict.borrow().get(name).cloned())
    }
}

/// A module object: our modelled stdlib modules (asyncio, time, random, …).
pub struct Module {
    pub name: Rc<str>,
    pub attrs: RefCell<crate::runtime::objects::value::NameMap>,
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(items))
    }
    pub fn int_from_big(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Identity (`is`): same object, or equal immediates.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null) | (None, None) | (Ellipsis, Ellipsis) => true,
            (NotImplemented, NotImplemented) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints are cached in CPython (-5..=256); identity of others is unspecified.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Str(a), Str(b)) => Rc::ptr_eq(a, b) || (a.len() <= 1 && a == b),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The heap address of a reference value (identity for `is`, `id()` and hashing).
    pub fn ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) | Set(r) | FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            NativeMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Gen(r) => Rc::as_ptr(r) as *const u8 as usize,
            NativeCoro(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Exception(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Future(r) => Rc::as_ptr(r) as *const u8 as usize,
            Loop(r) => Rc::as_ptr(r) as *const u8 as usize,
            Handle(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            DictView(r, _) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Descriptor(r) => Rc::as_ptr(r) as *const u8 as usize,
            Super(r) => Rc::as_ptr(r) as *const u8 as usize,
            AsyncGenOp(r) => Rc::as_ptr(r) as *const u8 as usize,
            Null | None | Ellipsis | NotImplemented | Bool(_) | Int(_) | Float(_) => {
                return Option::None
            }
        })
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => write!(f, "<null>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::BigInt(b) => write!(f, "{b}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Str(s) => write!(f, "{s:?}"),
            other => write!(f, "<{}>", other.type_name()),
        }
    }
}

/// Library modules whose classes CPython writes in C: their messages name a class with its
/// module (`tp_name`, `'datetime.date' object has no attribute 'x'`).
const C_TYPE_MODULES: &[&str] = &["datetime"];

/// Library classes CPython writes in C, in modules whose other classes are Python's.
const C_TYPES: &[(&str, &str)] = &[
    ("collections", "deque"),
    ("collections", "defaultdict"),
    ("collections", "OrderedDict"),
];

/// The name messages give an instance's class: `tp_name`, module-qualified for the classes
/// of [`C_TYPE_MODULES`] and [`C_TYPES`] (not for a program's subclasses of them).
fn c_type_name(class: &Class) -> Rc<str> {
    if C_TYPE_MODULES.contains(&&*class.module) || C_TYPES.contains(&(&*class.module, &*class.name))
    {
        Rc::from(format!("{}.{}", class.module, class.name))
    } else {
        class.name.clone()
    }
}

impl Value {
    /// The Python type name (`type(x).__name__`; `tp_name` for C types written as library
    /// classes).
    pub fn type_name(&self) -> Rc<str> {
        use Value::*;
        let s: &str = match self {
            Null => "NULL",
            None => "NoneType",
            Ellipsis => "ellipsis",
            Bool(_) => "bool",
            Int(_) | BigInt(_) => "int",
            Float(_) => "float",
            Str(_) => "str",
            List(_) => "list",
            Tuple(_) => "tuple",
            Dict(_) => "dict",
            Set(_) => "set",
            FrozenSet(_) => "frozenset",
            Bytes(_) => "bytes",
            ByteArray(_) => "bytearray",
            Range(_) => "range",
            Slice(_) => "slice",
            Function(_) => "function",
            Builtin(_) | NativeMethod(_) => "builtin_function_or_method",
            BoundMethod(_) => "method",
            Gen(g) => match g.kind {
                GenKind::Generator => "generator",
                GenKind::Coroutine => "coroutine",
                GenKind::AsyncGenerator => "async_generator",
            },
            NativeCoro(_) => "coroutine",
            Class(_) => "type",
            Exception(e) => return e.class.name.clone(),
            Instance(i) => return c_type_name(&i.class),
            Descriptor(d) => d.type_name(),
            Super(_) => "super",
            NotImplemented => "NotImplementedType",
            AsyncGenOp(op) => op.type_name(),
            Module(_) => "module",
            Future(f) => {
                if f.is_task() {
                    "Task"
                } else if f.gather.is_some() {
                    "_GatheringFuture"
                } else {
                    "Future"
                }
            }
            Loop(_) => "_UnixSelectorEventLoop",
            Handle(h) => {
                if h.when.is_some() {
                    "TimerHandle"
                } else {
                    "Handle"
                }
            }
            Iter(i) => i.borrow().type_name(),
            Cell(_) => "cell",
            Code(_) => "code",
            DictView(_, v) => match v {
                crate::runtime::objects::iter::DictView::Keys => "dict_keys",
                crate::runtime::objects::iter::DictView::Values => "dict_values",
                crate::runtime::objects::iter::DictView::Items => "dict_items",
            },
        };
        Rc::from(s)
    }
}
