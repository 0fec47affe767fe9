//! Compiles ruff's AST to our bytecode, rejecting what coroviz does not support.
//!
//! ruff's AST already is a faithful, span-carrying tree of the source, so we lower it in
//! one pass: each construct is either compiled or reported (file, line, column, feature).

mod annotations;
mod class;
mod except_star;
mod expr;
mod names;
mod pattern;
mod stmt;
mod warnings;
mod with;

use std::rc::Rc;

use indexmap::IndexSet;
use ruff_python_ast::Stmt;
use ruff_text_size::{Ranged, TextRange};

use crate::diag::Diagnostic;
use crate::lang::bytecode::{Code, CodeKind, ExcEntry, Instr, Span, NO_SPAN};
use crate::lang::scope::{Access, ScopeId, ScopeTable};
use crate::runtime::objects::value::Value;
use names::module_aliases;
pub use names::{MODULE_NAMES, UNMODELLED_BUILTINS};

/// A compiled module: its code plus the table of global names.
///
/// Invariant: every `LoadGlobal(n)`/`StoreGlobal(n)` in any code object indexes `globals`
/// after subtracting `global_base` (0 for the user's program).
pub struct Program {
    pub global_base: u32,
    pub code: Rc<Code>,
    pub globals: Vec<Rc<str>>,
    pub file: Rc<str>,
    pub source: Rc<str>,
    /// The SyntaxWarnings CPython would print before running (the program's only).
    pub warnings: Vec<String>,
}

/// Modules a program may import: the ones the runtime models.
pub const KNOWN_MODULES: &[&str] = &[
    "asyncio",
    "threading",
    "queue",
    "concurrent",
    "concurrent.futures",
    "concurrent.futures.thread",
    "concurrent.futures.process",
    "multiprocessing",
    "pickle",
    "time",
    "random",
    "sys",
    "functools",
    "inspect",
    "types",
    "collections",
    "collections.abc",
    "heapq",
    "string",
    "textwrap",
    "statistics",
    "itertools",
    "dataclasses",
    "__future__",
    "math",
    "operator",
    "bisect",
    "copy",
    "typing",
    "enum",
    "contextlib",
    "io",
    "abc",
    "json",
    "re",
    "os",
    "os.path",
    "pprint",
    "traceback",
    "logging",
    "datetime",
    "calendar",
    "contextvars",
];

/// Parses and compiles `source` (the contents of `file`), the user's program.
pub fn compile(file: &str, source: &str) -> Result<Program, Diagnostic> {
    compile_module(file, file, source, Origin::Program)
}

/// Like [`compile`], but the code carries `code_file` (what CPython's `co_filename` and
/// `__file__` would be: an absolute path) while diagnostics and `Program::file` name `shown`,
/// the path as the user sees it.
pub fn compile_main(shown: &str, code_file: &str, source: &str) -> Result<Program, Diagnostic> {
    compile_module(shown, code_file, source, Origin::Program)
}

/// Where a module's source comes from. Library modules are coroviz's own Python (asyncio's
/// locks, queues, …): their globals are numbered after the slots already in use, and their
/// code is marked so that displays look past it to the user's program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    Program,
    Library {
        /// The first global slot this module's names get (the VM's slot count so far).
        global_base: u32,
    },
}

/// Compiles a library module: like [`compile`], but its global slots start at `global_base`
/// and it may import any module (other library modules, the `_coroviz` hooks).
pub fn compile_library(file: &str, source: &str, global_base: u32) -> Result<Program, Diagnostic> {
    compile_module(file, file, source, Origin::Library { global_base })
}

fn compile_module(
    file: &str,
    code_file: &str,
    source: &str,
    origin: Origin,
) -> Result<Program, Diagnostic> {
    // Parse as Python 3.11, the language coroviz reproduces.
    let options = ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module)
        .with_target_version(ruff_python_ast::PythonVersion::PY311);
    let parsed = ruff_python_parser::parse(source, options)
        .map_err(|e| {
            let r = e.location;
            let fault = crate::lang::syntax_error::describe(
                source,
                r.start().to_usize(),
                r.end().to_usize(),
                &e.error.to_string(),
            );
            let d = Diagnostic::at(
                file,
                source,
                fault.start,
                fault.end,
                format!("{}: {}", fault.kind.label(), fault.message),
            );
            // The study notes' `asyncio.async(...)` is a syntax error since 3.7.
            if source[..r.start().to_usize()].ends_with("asyncio.") && source[r.start().to_usize()..].starts_with("async") {
                d.with_help("`asyncio.async()` was renamed `asyncio.ensure_future()`; `async` is a keyword since Python 3.7")
            } else {
                d
            }
        })?
        .try_into_module()
        .expect("module mode parses a module");
    if let Some(e) = parsed.unsupported_syntax_errors().first() {
        let r = e.range;
        return Err(Diagnostic::at(
            file,
            source,
            r.start().to_usize(),
            r.end().to_usize(),
            format!("syntax error: {}", cpython_message(e)),
        ));
    }
    let module = parsed.into_syntax();
    let scopes = ScopeTable::build(&module.body, module.range).map_err(|e| {
        Diagnostic::at(
            file,
            source,
            e.range.start().to_usize(),
            e.range.end().to_usize(),
            format!("syntax error: {}", e.message),
        )
    })?;
    let warnings = match origin {
        Origin::Program => warnings::syntax_warnings(code_file, source, &module.body),
        Origin::Library { .. } => Vec::new(),
    };
    let mut c = Compiler {
        file: Rc::from(file),
        code_file: Rc::from(code_file),
        source,
        line_starts: line_starts(source),
        scopes,
        globals: IndexSet::new(),
        units: Vec::new(),
        origin,
        module_aliases: Vec::new(),
        future_annotations: annotations::postpones_annotations(&module.body),
    };
    if origin == Origin::Program {
        c.module_aliases = module_aliases(&module.body);
    }
    c.globals.insert("__name__".to_string());
    c.globals.insert("__file__".to_string());
    c.globals.insert("__doc__".to_string());
    c.push_unit(ScopeId(0), CodeKind::Module, "<module>", "<module>", 1);
    if let Some(ruff_python_ast::Stmt::Expr(e)) = module.body.first() {
        if let ruff_python_ast::Expr::StringLiteral(s) = &*e.value {
            c.emit_const(Value::str(s.value.to_str()));
            c.emit_store_name("__doc__");
        }
    }
    c.setup_annotations(&module.body);
    c.stmts(&module.body)?;
    c.emit_const(Value::None);
    c.emit(Instr::Return);
    let code = c.pop_unit();
    let global_base = match origin {
        Origin::Program => 0,
        Origin::Library { global_base } => global_base,
    };
    Ok(Program {
        global_base,
        code,
        globals: c.globals.iter().map(|s| Rc::from(s.as_str())).collect(),
        file: Rc::from(file),
        source: Rc::from(source),
        warnings,
    })
}

/// What CPython 3.11 says where ruff names a newer Python's syntax.
fn cpython_message(e: &ruff_python_parser::UnsupportedSyntaxError) -> String {
    let ruff = e.to_string();
    match e.kind {
        // ruff's kind of unpacking is not public; its message names it.
        ruff_python_parser::UnsupportedSyntaxErrorKind::UnpackingInComprehension(_) => {
            if ruff.contains("dictionary unpacking") {
                "dict unpacking cannot be used in dict comprehension".to_string()
            } else {
                "iterable unpacking cannot be used in comprehension".to_string()
            }
        }
        _ => ruff,
    }
}

fn line_starts(source: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(source.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

/// A jump target, resolved to an instruction index when the unit is finished.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Label(u32);

/// What `return`, `break` and `continue` must unwind on their way out.
enum FBlock<'a> {
    /// A loop; `for_loop` loops keep their iterator on the stack.
    Loop {
        top: Label,
        exit: Label,
        for_loop: bool,
    },
    /// Inside `try` with a `finally`: run the final body on the way out.
    Finally {
        body: &'a [Stmt],
        handlers_len: usize,
    },
    /// Inside an `except` body: the saved exception sits on the stack.
    HandlerCleanup { name: Option<String> },
    /// Inside a `finally` body run for an exception: saved exception and exception on stack.
    FinallyHandler,
    /// Inside a `with` body: the exit callable sits on the stack.
    With { is_async: bool, handlers_len: usize },
    /// Inside an `except*` clause, which no `break`, `continue` or `return` may leave.
    ExceptStarBody,
}

struct HandlerDef {
    label: Label,
    depth: u32,
}

/// One code object under construction.
struct Unit<'a> {
    scope: ScopeId,
    kind: CodeKind,
    name: Rc<str>,
    qualname: Rc<str>,
    first_line: u32,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    /// Each instruction's source range (byte offsets), for tracebacks' carets.
    spans: Vec<Span>,
    handler_of: Vec<Option<u32>>,
    handlers: Vec<HandlerDef>,
    handler_stack: Vec<u32>,
    consts: Vec<Value>,
    names: IndexSet<Rc<str>>,
    varnames: IndexSet<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    labels: Vec<Option<u32>>,
    fblocks: Vec<FBlock<'a>>,
    /// Static value-stack depth at the current statement.
    depth: u32,
    line: u32,
    /// The range of the innermost statement or expression being compiled.
    span: Span,
    argcount: u32,
    posonlycount: u32,
    kwonlycount: u32,
    has_varargs: bool,
    has_varkw: bool,
}

pub(super) struct Compiler<'a> {
    /// Named in diagnostics.
    file: Rc<str>,
    /// Carried by the code objects (`co_filename`).
    code_file: Rc<str>,
    source: &'a str,
    line_starts: Vec<usize>,
    scopes: ScopeTable,
    globals: IndexSet<String>,
    units: Vec<Unit<'a>>,
    origin: Origin,
    /// Top-level names bound to a module of [`MODULE_NAMES`] (`import asyncio as aio`).
    module_aliases: Vec<(String, &'static str)>,
    /// `from __future__ import annotations`: annotations are kept as their source text.
    future_annotations: bool,
}

type CResult<T = ()> = Result<T, Diagnostic>;

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always open")
    }

    fn line_of(&self, offset: usize) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    fn set_line(&mut self, range: TextRange) {
        let line = self.line_of(range.start().to_usize());
        self.unit().line = line;
        self.unit().span = (range.start().to_u32(), range.end().to_u32());
    }

    /// Compiles `e` with its instructions located at its range (CPython's
    /// `compiler_visit_expr`), then goes back to the enclosing range.
    pub(super) fn expr(&mut self, e: &'a ruff_python_ast::Expr) -> CResult {
        let outer = self.unit().span;
        let r = e.range();
        self.unit().span = (r.start().to_u32(), r.end().to_u32());
        let result = self.expr_at(e);
        self.unit().span = outer;
        result
    }

    fn error(&self, range: TextRange, message: impl Into<String>) -> Diagnostic {
        Diagnostic::at(
            &self.file,
            self.source,
            range.start().to_usize(),
            range.end().to_usize(),
            message,
        )
    }

    /// The standard rejection: `unsupported: <feature>`.
    fn unsupported<T>(&self, range: TextRange, feature: &str) -> CResult<T> {
        Err(self.error(range, format!("unsupported: {feature}")))
    }

    fn push_unit(
        &mut self,
        scope: ScopeId,
        kind: CodeKind,
        name: &str,
        qualname: &str,
        first_line: u32,
    ) {
        let s = self.scopes.get(scope);
        let mut varnames = IndexSet::new();
        for p in &s.params {
            varnames.insert(p.clone());
        }
        let cellvars: Vec<String> = s.cells.iter().cloned().collect();
        let freevars: Vec<String> = s.frees.iter().cloned().collect();
        self.units.push(Unit {
            scope,
            kind,
            name: Rc::from(name),
            qualname: Rc::from(qualname),
            first_line,
            instrs: Vec::new(),
            lines: Vec::new(),
            spans: Vec::new(),
            handler_of: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            consts: Vec::new(),
            names: IndexSet::new(),
            varnames,
            cellvars,
            freevars,
            labels: Vec::new(),
            fblocks: Vec::new(),
            depth: 0,
            line: first_line,
            span: NO_SPAN,
            argcount: 0,
            posonlycount: 0,
            kwonlycount: 0,
            has_varargs: false,
            has_varkw: false,
        });
    }

    fn pop_unit(&mut self) -> Rc<Code> {
        let u = self.units.pop().expect("unit to pop");
        let mut instrs = u.instrs;
        let resolve = |l: u32| u.labels[l as usize].expect("every label is placed");
        for ins in instrs.iter_mut() {
            *ins = match *ins {
                Instr::Jump(l) => Instr::Jump(resolve(l)),
                Instr::PopJumpIfFalse(l) => Instr::PopJumpIfFalse(resolve(l)),
                Instr::PopJumpIfTrue(l) => Instr::PopJumpIfTrue(resolve(l)),
                Instr::JumpIfFalseOrPop(l) => Instr::JumpIfFalseOrPop(resolve(l)),
                Instr::JumpIfTrueOrPop(l) => Instr::JumpIfTrueOrPop(resolve(l)),
                Instr::PopJumpIfNone(l) => Instr::PopJumpIfNone(resolve(l)),
                Instr::PopJumpIfNotNone(l) => Instr::PopJumpIfNotNone(resolve(l)),
                Instr::ForIter(l) => Instr::ForIter(resolve(l)),
                Instr::Send(l) => Instr::Send(resolve(l)),
                other => other,
            };
        }
        // Run-length encode the per-instruction handler into the exception table.
        let mut exc_table: Vec<ExcEntry> = Vec::new();
        let mut i = 0;
        while i < u.handler_of.len() {
            let Some(h) = u.handler_of[i] else {
                i += 1;
                continue;
            };
            let start = i;
            while i < u.handler_of.len() && u.handler_of[i] == Some(h) {
                i += 1;
            }
            let def = &u.handlers[h as usize];
            exc_table.push(ExcEntry {
                start: start as u32,
                end: i as u32,
                target: resolve(def.label.0),
                depth: def.depth,
            });
        }
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| {
                u.varnames
                    .get_index_of(c.as_str())
                    .filter(|&i| {
                        i < u.argcount as usize
                            + u.kwonlycount as usize
                            + u.has_varargs as usize
                            + u.has_varkw as usize
                    })
                    .map(|i| i as u32)
            })
            .collect();
        Rc::new(Code {
            kind: u.kind,
            name: u.name,
            qualname: u.qualname,
            file: self.code_file.clone(),
            first_line: u.first_line,
            instrs,
            lines: u.lines,
            spans: u.spans,
            consts: u.consts,
            names: u.names.into_iter().collect(),
            varnames: u.varnames.iter().map(|s| Rc::from(s.as_str())).collect(),
            argcount: u.argcount,
            posonlycount: u.posonlycount,
            kwonlycount: u.kwonlycount,
            has_varargs: u.has_varargs,
            has_varkw: u.has_varkw,
            cellvars: u.cellvars.iter().map(|s| Rc::from(s.as_str())).collect(),
            freevars: u.freevars.iter().map(|s| Rc::from(s.as_str())).collect(),
            cell2arg,
            exc_table,
            iterable_coroutine: false,
            library: self.origin != Origin::Program,
        })
    }

    fn emit(&mut self, ins: Instr) -> usize {
        let u = self.unit();
        u.instrs.push(ins);
        u.lines.push(u.line);
        u.spans.push(u.span);
        let h = u.handler_stack.last().copied();
        u.handler_of.push(h);
        u.instrs.len() - 1
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    fn place(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0 as usize] = Some(u.instrs.len() as u32);
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let u = self.unit();
        let same = |a: &Value, b: &Value| match (a, b) {
            (Value::None, Value::None) => true,
            (Value::Bool(x), Value::Bool(y)) => x == y,
            (Value::Int(x), Value::Int(y)) => x == y,
            (Value::Str(x), Value::Str(y)) => x == y,
            _ => false,
        };
        if let Some(i) = u.consts.iter().position(|c| same(c, &v)) {
            return i as u32;
        }
        u.consts.push(v);
        u.consts.len() as u32 - 1
    }

    fn emit_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Instr::LoadConst(i));
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        let (i, _) = u.names.insert_full(Rc::from(name));
        i as u32
    }

    fn global_slot(&mut self, name: &str) -> u32 {
        let (i, _) = self.globals.insert_full(name.to_string());
        match self.origin {
            Origin::Program => i as u32,
            Origin::Library { global_base } => global_base + i as u32,
        }
    }

    /// Starts protecting emitted code with a handler at `label`, restoring the stack to the
    /// current static depth (plus `extra`) when it fires.
    fn push_handler(&mut self, label: Label, extra: u32) {
        let u = self.unit();
        let depth = u.depth + extra;
        u.handlers.push(HandlerDef { label, depth });
        let id = u.handlers.len() as u32 - 1;
        u.handler_stack.push(id);
    }

    fn pop_handler(&mut self) {
        self.unit().handler_stack.pop();
    }

    fn emit_load_name(&mut self, name: &str) {
        let ins = match self.access(name) {
            (Access::Local, i) => Instr::LoadFast(i),
            (Access::Cell | Access::Free, i) => Instr::LoadDeref(i),
            (Access::Global, _) => Instr::LoadGlobal(self.global_slot(name)),
            (Access::Name, _) => Instr::LoadName {
                name: self.name_index(name),
                global: self.global_slot(name),
            },
            (Access::ClassDeref, i) => Instr::LoadClassDeref {
                name: self.name_index(name),
                cell: i,
            },
        };
        self.emit(ins);
    }

    fn emit_store_name(&mut self, name: &str) {
        let ins = match self.access(name) {
            (Access::Local, i) => Instr::StoreFast(i),
            (Access::Cell | Access::Free | Access::ClassDeref, i) => Instr::StoreDeref(i),
            (Access::Global, _) => Instr::StoreGlobal(self.global_slot(name)),
            (Access::Name, _) => Instr::StoreName(self.name_index(name)),
        };
        self.emit(ins);
    }

    fn emit_delete_name(&mut self, name: &str) {
        let ins = match self.access(name) {
            (Access::Local, i) => Instr::DeleteFast(i),
            (Access::Cell | Access::Free | Access::ClassDeref, i) => Instr::DeleteDeref(i),
            (Access::Global, _) => Instr::DeleteGlobal(self.global_slot(name)),
            (Access::Name, _) => Instr::DeleteName(self.name_index(name)),
        };
        self.emit(ins);
    }

    /// The index of a cell or free variable of the current unit, for `LoadClosure`.
    fn closure_slot(&mut self, name: &str) -> u32 {
        let u = self.unit();
        match u.cellvars.iter().position(|c| c == name) {
            Some(i) => i as u32,
            None => {
                let i = u
                    .freevars
                    .iter()
                    .position(|c| c == name)
                    .expect("a closure variable is a cell or free here");
                (u.cellvars.len() + i) as u32
            }
        }
    }

    /// How `name` is reached from the current unit, with its index in the right table.
    fn access(&mut self, name: &str) -> (Access, u32) {
        let scope = self.unit().scope;
        let access = self.scopes.get(scope).access(name);
        let u = self.unit();
        match access {
            Access::Local => {
                let (i, _) = u.varnames.insert_full(name.to_string());
                (Access::Local, i as u32)
            }
            Access::Cell => {
                let i = u
                    .cellvars
                    .iter()
                    .position(|c| c == name)
                    .expect("cell var is listed");
                (Access::Cell, i as u32)
            }
            Access::Free => {
                let i = u
                    .freevars
                    .iter()
                    .position(|c| c == name)
                    .expect("free var is listed");
                (Access::Free, (u.cellvars.len() + i) as u32)
            }
            Access::Global => (Access::Global, 0),
            Access::Name => (Access::Name, 0),
            Access::ClassDeref => {
                let i = self.closure_slot(name);
                (Access::ClassDeref, i)
            }
        }
    }

    fn qualname_for(&self, name: &str) -> String {
        // Nested functions are `outer.<locals>.inner`, as CPython names them.
        let u = self.units.last().expect("unit");
        match u.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    fn range_line(&self, r: &impl Ranged) -> u32 {
        self.line_of(r.range().start().to_usize())
    }
}
