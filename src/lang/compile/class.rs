//! Class definitions, decorators and zero-argument `super()`.
//!
//! A class body compiles to a function of one hidden argument, the class namespace, as in
//! CPython: its names are read and stored there (`LoadName`/`StoreName`), it returns its
//! `__class__` cell (or None), and `BuildClass` makes the class from the filled namespace.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{CResult, Compiler};
use crate::lang::bytecode::{CodeKind, Instr, MakeFunctionFlags, ScopeNames};
use crate::lang::scope::{Access, ScopeKind, CLASS_CELL};
use crate::runtime::objects::value::Value;

/// The special methods and attributes coroviz honours in a class body; any other dunder
/// name there is refused, since CPython would call it where coroviz does not.
const KNOWN_DUNDERS: &[&str] = &[
    "__init__",
    "__repr__",
    "__str__",
    "__format__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__hash__",
    "__bool__",
    "__len__",
    "__contains__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__iter__",
    "__reversed__",
    "__next__",
    "__call__",
    "__getattr__",
    "__setattr__",
    "__delattr__",
    "__get__",
    "__set__",
    "__delete__",
    "__set_name__",
    "__enter__",
    "__exit__",
    "__aenter__",
    "__aexit__",
    "__fspath__",
    "__aiter__",
    "__anext__",
    "__await__",
    "__neg__",
    "__pos__",
    "__invert__",
    "__abs__",
    "__add__",
    "__radd__",
    "__iadd__",
    "__sub__",
    "__rsub__",
    "__isub__",
    "__mul__",
    "__rmul__",
    "__imul__",
    "__truediv__",
    "__rtruediv__",
    "__itruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__ifloordiv__",
    "__mod__",
    "__rmod__",
    "__imod__",
    "__pow__",
    "__rpow__",
    "__ipow__",
    "__lshift__",
    "__rlshift__",
    "__ilshift__",
    "__rshift__",
    "__rrshift__",
    "__irshift__",
    "__and__",
    "__rand__",
    "__iand__",
    "__or__",
    "__ror__",
    "__ior__",
    "__xor__",
    "__rxor__",
    "__ixor__",
    "__matmul__",
    "__rmatmul__",
    "__imatmul__",
    "__doc__",
    "__module__",
    "__qualname__",
    "__annotations__",
    "__new__",
    "__init_subclass__",
    "__class_getitem__",
    "__mro_entries__",
    "__instancecheck__",
    "__subclasscheck__",
    "__post_init__",
    "__prepare__",
    "__slots__",
    // Read by class patterns in `match`.
    "__match_args__",
    // Asked by dict subclasses' lookups of missing keys.
    "__missing__",
    "__getnewargs__",
    // Called by the `copy` module.
    "__copy__",
    "__deepcopy__",
    "__reduce__",
    "__reduce_ex__",
    "__getstate__",
    "__setstate__",
];

/// Builtin types coroviz does not subclass (CPython refuses `bool`; `range` is rare).
const BUILTIN_BASES: &[&str] = &["bool", "range"];

impl<'a> Compiler<'a> {
    /// Evaluates decorators top to bottom (before the definition, as CPython does).
    pub(super) fn decorators(&mut self, list: &'a [ast::Decorator]) -> CResult {
        for d in list {
            let text = &self.source[d.range.start().to_usize()..d.range.end().to_usize()];
            if text.trim_start_matches('@').trim() == "asyncio.coroutine" {
                return Err(self
                    .error(
                        d.range,
                        "unsupported: `@asyncio.coroutine` (removed in Python 3.11)",
                    )
                    .with_help(
                        "write `async def` and use `await` where the generator used `yield from`",
                    ));
            }
        }
        for d in list {
            self.set_line(d.range);
            self.expr(&d.expression)?;
        }
        Ok(())
    }

    /// Applies `n` evaluated decorators to the definition on top, innermost first.
    pub(super) fn apply_decorators(&mut self, list: &[ast::Decorator]) {
        for d in list.iter().rev() {
            self.set_line(d.range);
            self.emit(Instr::Call(1));
        }
    }

    pub(super) fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        if let Some(t) = &c.type_params {
            return self.unsupported(t.range, "type parameters");
        }
        let empty: &[Expr] = &[];
        let bases: &'a [Expr] = c.arguments.as_ref().map_or(empty, |a| &a.args);
        let keywords: &'a [ast::Keyword] = c.arguments.as_ref().map_or(&[], |a| &a.keywords);
        if let Some(k) = keywords.iter().find(|k| k.arg.is_none()) {
            return self.unsupported(k.range, "`**` in class keywords");
        }
        for b in bases {
            match b {
                Expr::Starred(s) => return self.unsupported(s.range, "starred base classes"),
                Expr::Name(n)
                    if BUILTIN_BASES.contains(&n.id.as_str())
                        && self.access(n.id.as_str()).0 == Access::Global
                        && !self.globals_bind(n.id.as_str()) =>
                {
                    return self
                        .unsupported(n.range, &format!("subclassing the builtin type `{}`", n.id));
                }
                _ => {}
            }
        }
        if self.origin == super::Origin::Program {
            self.check_class_body(&c.body)?;
        }
        self.decorators(&c.decorator_list)?;
        self.set_line(c.range);
        let scope = self.scopes.scope_for(c.range);
        let name = c.name.as_str();
        let qualname = self.qualname_for(name);
        let line = self.range_line(c);
        let frees: Vec<String> = self.scopes.get(scope).frees.iter().cloned().collect();
        let mut flags = 0u8;
        if !frees.is_empty() {
            for n in &frees {
                let i = self.closure_slot(n);
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(frees.len() as u32));
            flags |= MakeFunctionFlags::CLOSURE;
        }
        self.push_unit(scope, CodeKind::Class, name, &qualname, line);
        {
            let u = self.unit();
            u.varnames.insert(".ns".to_string());
            u.argcount = 1;
        }
        self.setup_annotations(&c.body);
        // A docstring becomes `__doc__`.
        if let Some(ruff_python_ast::Stmt::Expr(e)) = c.body.first() {
            if let Expr::StringLiteral(s) = &*e.value {
                self.emit_const(Value::str(s.value.to_str()));
                self.emit_store_name("__doc__");
            }
        }
        self.stmts(&c.body)?;
        if self.scopes.get(scope).cells.contains(CLASS_CELL) {
            let i = self.closure_slot(CLASS_CELL);
            self.emit(Instr::LoadClosure(i));
        } else {
            self.emit_const(Value::None);
        }
        self.emit(Instr::Return);
        let code = self.pop_unit();
        let k = self.add_const(Value::Code(code));
        self.set_line(c.range);
        self.emit(Instr::MakeFunction { code: k, flags });
        self.emit_const(Value::str(name));
        for b in bases {
            self.expr(b)?;
        }
        for k in keywords {
            let name = k.arg.as_ref().map_or("", |a| a.as_str());
            self.emit_const(Value::str(name));
            self.expr(&k.value)?;
        }
        if !keywords.is_empty() {
            self.emit(Instr::BuildMap(keywords.len() as u32));
        }
        self.set_line(c.range);
        self.emit(Instr::BuildClass {
            bases: bases.len() as u32,
            kw: !keywords.is_empty(),
        });
        self.apply_decorators(&c.decorator_list);
        self.emit_store_name(name);
        Ok(())
    }

    /// Refuses dunder names in a class body that coroviz would not call.
    fn check_class_body(&self, body: &[ruff_python_ast::Stmt]) -> CResult {
        use ruff_python_ast::Stmt;
        let check = |name: &str, range: ruff_text_size::TextRange| -> CResult {
            if name.starts_with("__") && name.ends_with("__") && !KNOWN_DUNDERS.contains(&name) {
                return self.unsupported(
                    range,
                    &format!("`{name}` in a class (coroviz would not use it)"),
                );
            }
            Ok(())
        };
        for s in body {
            match s {
                Stmt::FunctionDef(f) => check(f.name.as_str(), f.name.range)?,
                Stmt::Assign(a) => {
                    for t in &a.targets {
                        if let Expr::Name(n) = t {
                            check(n.id.as_str(), n.range)?;
                        }
                    }
                }
                Stmt::AnnAssign(a) => {
                    if let Expr::Name(n) = &*a.target {
                        check(n.id.as_str(), n.range)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Whether the module binds `name` itself anywhere (shadowing a builtin).
    fn globals_bind(&self, name: &str) -> bool {
        self.scopes
            .get(crate::lang::scope::ScopeId(0))
            .locals
            .contains(name)
    }

    /// Zero-argument `super()` in a method: compiled as `super(__class__, <first argument>)`,
    /// which is what CPython's `super()` looks up at run time. Returns false (compile a
    /// plain call) when the call is not in a method that can do so.
    pub(super) fn zero_arg_super(&mut self, c: &'a ast::ExprCall) -> CResult<bool> {
        let Expr::Name(n) = &*c.func else {
            return Ok(false);
        };
        if n.id.as_str() != "super"
            || !c.arguments.args.is_empty()
            || !c.arguments.keywords.is_empty()
        {
            return Ok(false);
        }
        let scope = self.unit().scope;
        let s = self.scopes.get(scope);
        let first = s.params.first().cloned();
        let ok = matches!(s.kind, ScopeKind::Function | ScopeKind::Lambda)
            && s.frees.contains(CLASS_CELL)
            && self.unit().argcount > 0;
        let (Some(first), true) = (first, ok) else {
            return Ok(false);
        };
        if self.access("super").0 != Access::Global {
            return Ok(false);
        }
        self.emit_load_name("super");
        self.emit_load_name(CLASS_CELL);
        self.emit_load_name(&first);
        self.set_line(c.range());
        self.emit(Instr::Call(2));
        Ok(true)
    }

    /// Is `e` a call of the builtin `name` (not shadowed) without arguments?
    fn is_bare_builtin_call(&self, e: &Expr, names: &[&'static str]) -> Option<&'static str> {
        let Expr::Call(c) = e else { return None };
        self.bare_builtin(c, names)
    }

    fn bare_builtin(&self, c: &ast::ExprCall, names: &[&'static str]) -> Option<&'static str> {
        let Expr::Name(n) = &*c.func else { return None };
        let name = names.iter().find(|x| **x == n.id.as_str())?;
        if !c.arguments.args.is_empty() || !c.arguments.keywords.is_empty() {
            return None;
        }
        let unit = self.units.last().expect("a unit is always open");
        let s = self.scopes.get(unit.scope);
        let builtin = match s.access(name) {
            Access::Global => !self.globals_bind(name),
            Access::Name => !s.locals.contains(*name) && !self.globals_bind(name),
            _ => false,
        };
        builtin.then_some(*name)
    }

    /// `locals()`, `globals()`, `vars()` and `dir()` without arguments read the running
    /// frame, which a builtin function cannot see: they compile to [`Instr::ScopeNames`].
    pub(super) fn scope_names_call(&mut self, c: &'a ast::ExprCall) -> CResult<bool> {
        let Some(name) = self.bare_builtin(c, &["locals", "globals", "vars", "dir"]) else {
            return Ok(false);
        };
        let what = match name {
            "globals" => ScopeNames::Globals,
            "dir" => ScopeNames::Dir,
            _ => ScopeNames::Locals,
        };
        self.set_line(c.range());
        self.emit(Instr::ScopeNames(what));
        Ok(true)
    }

    /// Writing through `globals()` (or module-level `locals()`) would bind names, which
    /// coroviz's compiled globals do not follow: refused before the run.
    pub(super) fn refuse_namespace_write(&self, target: &Expr) -> CResult {
        let module_level =
            self.units.last().expect("a unit is always open").kind == CodeKind::Module;
        let names: &[&'static str] = if module_level {
            &["globals", "locals", "vars"]
        } else {
            &["globals"]
        };
        match self.is_bare_builtin_call(target, names) {
            Some(name) => Err(self
                .error(
                    target.range(),
                    format!("unsupported: changing the module's names through `{name}()`"),
                )
                .with_help("bind the name with an assignment (or a `global` statement)")),
            None => Ok(()),
        }
    }
}
