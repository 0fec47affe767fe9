//! The compact bytecode the VM runs: instructions, code objects and exception tables.
//!
//! Modelled on CPython 3.11's: a value stack per frame, fast locals, cells for closures,
//! and a static exception table instead of a runtime block stack.

use std::rc::Rc;

use crate::runtime::objects::value::Value;

/// Binary operators (also used, with `Inplace`, for augmented assignment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }
}

/// Which namespace [`Instr::ScopeNames`] reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeNames {
    /// `locals()`/`vars()`: the function's bound variables, a class body's namespace, or
    /// at module level the module's globals.
    Locals,
    /// `globals()`: the module's namespace.
    Globals,
    /// `dir()`: the sorted names of what `locals()` gives.
    Dir,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Not,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

/// f-string conversions: `!s`, `!r`, `!a`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// One instruction. Operands index the code object's tables or are jump targets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Nop,
    Pop,
    /// Duplicate the top of stack.
    Dup,
    /// Duplicate the top two items, keeping their order.
    Dup2,
    /// Swap the top two.
    Rot2,
    /// Lift the second and third one position up and move top down to position three.
    Rot3,
    /// Swap the top with the `n`th item (2 swaps the top two).
    Swap(u32),

    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Read the cell or free variable `n` (cells first, then free variables).
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself (to build a closure).
    LoadClosure(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Class bodies: read name `name` from the namespace, else global slot `global`,
    /// else the builtin of that name.
    LoadName {
        name: u32,
        global: u32,
    },
    StoreName(u32),
    DeleteName(u32),
    /// Class bodies: the namespace's `name`, else the cell or free variable `cell`.
    LoadClassDeref {
        name: u32,
        cell: u32,
    },

    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Push `[method, self]` or `[NULL, callable]` for a following `CallMethod`.
    LoadMethod(u32),
    CallMethod(u32),

    Subscr,
    StoreSubscr,
    DeleteSubscr,
    /// Build a slice from 2 or 3 stack items.
    BuildSlice(u32),

    Binary(BinOp),
    Inplace(BinOp),
    Unary(UnOp),
    Compare(CmpOp),
    /// `is` (false) / `is not` (true).
    Is(bool),
    /// `in` (false) / `not in` (true).
    Contains(bool),

    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// Pop the top and jump if it is (`PopJumpIfNone`) or is not None.
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),

    GetIter,
    /// Advance the iterator on top; push the next item, or pop it and jump when exhausted.
    ForIter(u32),

    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// Build a dict from `n` key/value pairs.
    BuildMap(u32),
    /// Build a dict from `n` values and a tuple of keys on top.
    BuildConstKeyMap(u32),
    /// Append TOS to the list at stack depth `n` (comprehensions).
    ListAppend(u32),
    SetAdd(u32),
    /// Add key TOS1 / value TOS to the dict at depth `n`.
    MapAdd(u32),
    /// Extend the list below TOS with the iterable TOS.
    ListExtend,
    /// Merge the mapping TOS into the dict below it (`**` in a dict display).
    DictMerge,
    /// Like `DictMerge` for a call's `**`: a key given twice is an error naming the callee
    /// (three slots below).
    DictMergeCall,
    ListToTuple,
    /// `locals()`, `globals()`, `vars()`, `dir()` called without arguments: what the
    /// running frame sees, pushed as a dict (a sorted list for `dir()`).
    ScopeNames(ScopeNames),
    /// Concatenate `n` strings (f-strings).
    BuildString(u32),
    /// Format TOS (with the spec below it when `has_spec`) for an f-string.
    FormatValue(Conversion, bool),

    UnpackSequence(u32),
    /// Unpack with a starred target: `before` items, a list, `after` items.
    UnpackEx(u16, u16),

    /// Call with `n` positional arguments: `[callable, args…]`.
    Call(u32),
    /// Call with `n` arguments whose last `k` are keywords named by the const tuple `names`.
    CallKw {
        argc: u32,
        names: u32,
    },
    /// Call with a positional tuple and an optional kwargs dict: `[callable, args, kwargs|None]`.
    CallEx,
    /// Create a function from the code constant `code`; `flags` say what is on the stack
    /// below it (see [`MakeFunctionFlags`]).
    MakeFunction {
        code: u32,
        flags: u8,
    },

    Return,

    /// `[body, name, bases…]` (then a dict of the class keywords when `kw`) → the new
    /// class: run the class body function on a fresh namespace, build the class from it
    /// (through its metaclass), and fill the body's `__class__` cell.
    BuildClass {
        bases: u32,
        kw: bool,
    },

    /// `with`: `[ctx]` → `[bound __exit__, result of __enter__()]`.
    BeforeWith,
    /// `async with`: `[ctx]` → `[bound __aexit__, result of __aenter__()]` (to be awaited).
    BeforeAsyncWith,
    /// In a `with` handler, `[exit, saved, exc]` → `[exit, saved, exc, exit(type, exc, tb)]`.
    WithExceptStart,
    /// `async for`: `[iterable]` → `[aiter]` (`__aiter__()`).
    GetAIter,
    /// `[aiter]` → `[aiter, awaitable]` (`__anext__()`, made awaitable).
    GetANext,
    /// The `async for` handler: `[aiter, exc]`: StopAsyncIteration ends the loop (both are
    /// popped and execution falls through); anything else is re-raised.
    EndAsyncFor,

    /// Yield TOS to whoever resumed this generator; the sent value is pushed on resume.
    Yield,
    /// Turn TOS into the iterator `await` delegates to (raises if it is not awaitable).
    GetAwaitable,
    /// Turn TOS into the iterator `yield from` delegates to.
    GetYieldFromIter,
    /// `[iter, value]`: send value into iter; on yield, yield it up and re-run this on resume;
    /// on return, replace both with the result and jump to the operand.
    Send(u32),

    /// `raise` with 0 (re-raise), 1 (exc) or 2 (exc from cause) operands.
    Raise(u8),
    /// Re-raise the exception on top of stack, keeping its traceback.
    Reraise,
    /// Handler entry: the exception is on top; save the previously handled one below it
    /// and make this one the handled exception.
    PushExcInfo,
    /// Handler exit: pop the saved previously-handled exception back into place.
    PopExcept,
    /// `[exc, type]` → `[exc, bool]`: does exc match the type (or tuple of types)?
    CheckExcMatch,

    /// Import module named by const `n` and push it.
    ImportName(u32),
    /// Push attribute `n` of the module on top (keeping the module).
    ImportFrom(u32),

    /// Assertion failure: raise AssertionError with the message on top (or none).
    RaiseAssert(bool),

    /// `match`: `[subject]` → `[subject, bool]`: may a sequence pattern match it?
    MatchSequence,
    /// `match`: `[subject]` → `[subject, bool]`: may a mapping pattern match it?
    MatchMapping,
    /// `[x]` → `[x, len(x)]`.
    GetLen,
    /// `[subject, keys]` → `[subject, keys, values]`, values a tuple, or None when a key
    /// is missing (looked up with `subject.get(key, <missing>)`).
    MatchKeys,
    /// `[subject, keys]` → `[rest]`: a new dict of the subject's items but `keys` (`**rest`).
    MatchRest,
    /// `[subject, class, names]` → `[attributes]`: a class pattern with `n` positional
    /// sub-patterns and the keyword attributes of the tuple `names`; a tuple of the
    /// attributes to match, or None when the subject does not match.
    MatchClass(u32),
    /// `except*`: `[exc, type]` → `[rest, match]` with `match` made the handled exception,
    /// or `[exc, None]` when nothing matches.
    CheckEgMatch,
    /// End of `except*`: `[original, raised]` (a list of what the clauses raised and the
    /// unhandled rest) → the exception to raise on, or None.
    PrepReraiseStar,
}

/// Bits of [`Instr::MakeFunction`]'s `flags`.
pub struct MakeFunctionFlags;
impl MakeFunctionFlags {
    pub const DEFAULTS: u8 = 1;
    pub const KWDEFAULTS: u8 = 2;
    pub const CLOSURE: u8 = 8;
}

/// An exception-table entry: while `start <= ip < end`, an exception jumps to `target`
/// with the value stack cut back to `depth` (then the exception is pushed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

/// What kind of callable a code object is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Function,
    Generator,
    Coroutine,
    /// A comprehension's hidden function (never shown in tracebacks as a user function).
    Comprehension,
    Lambda,
    /// A class body, run once with the class namespace as its only argument.
    Class,
    /// `async def` with `yield`.
    AsyncGenerator,
}

/// A source range: start and end byte offsets in the code's file.
pub type Span = (u32, u32);
/// The range of instructions no statement or expression placed.
pub const NO_SPAN: Span = (u32::MAX, u32::MAX);

/// A compiled function body (or module body). Immutable once built.
///
/// Invariant: `lines.len() == instrs.len()`; exception entries are ordered innermost first.
#[derive(Clone, Debug)]
pub struct Code {
    pub kind: CodeKind,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub file: Rc<str>,
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    pub lines: Vec<u32>,
    /// Each instruction's source range in bytes of the file ([`NO_SPAN`] when none).
    pub spans: Vec<Span>,
    pub consts: Vec<Value>,
    /// Attribute, method and global names.
    pub names: Vec<Rc<str>>,
    /// Local variable names; the first `argcount + kwonlycount (+1 +1)` are parameters.
    pub varnames: Vec<Rc<str>>,
    pub argcount: u32,
    pub posonlycount: u32,
    pub kwonlycount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    /// Names of this code's cell variables, then its free variables.
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// For each cell variable that is also a parameter, the parameter's local index.
    pub cell2arg: Vec<Option<u32>>,
    pub exc_table: Vec<ExcEntry>,
    /// A generator function marked by `types.coroutine` (CPython's CO_ITERABLE_COROUTINE):
    /// its generators may be awaited and may `yield from` coroutines.
    pub iterable_coroutine: bool,
    /// Part of coroviz's own Python library (asyncio's locks, queues, …), not the user's
    /// program: displays and event lines look past it to the user's code.
    pub library: bool,
}

impl Code {
    /// The line executing at instruction `ip` (1-based; 0 when unknown).
    /// The source range of instruction `ip`, if it has one.
    pub fn span_at(&self, ip: usize) -> Option<Span> {
        self.spans.get(ip).copied().filter(|s| *s != NO_SPAN)
    }

    pub fn line_at(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.first_line)
    }

    /// The innermost handler covering `ip`, if any.
    pub fn handler_for(&self, ip: usize) -> Option<ExcEntry> {
        let ip = ip as u32;
        self.exc_table
            .iter()
            .copied()
            .find(|e| e.start <= ip && ip < e.end)
    }

    pub fn is_generator_like(&self) -> bool {
        matches!(self.kind, CodeKind::Generator | CodeKind::Coroutine)
    }
}
