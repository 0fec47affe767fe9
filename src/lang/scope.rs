//! Symbol tables: which names are locals, cells, free variables or globals in each scope.
//!
//! The rules are CPython's: a name bound anywhere in a function is local to it unless
//! declared `global`/`nonlocal`; a free name resolves to the nearest enclosing *function*
//! scope that binds it (becoming a cell there), else to a global.

use std::collections::{HashMap, HashSet};

use indexmap::IndexSet;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// Index into [`ScopeTable::scopes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(pub usize);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Comprehension,
    /// A class body: its names live in the class namespace, invisible to nested scopes.
    Class,
}

/// The implicit cell a class body gives its methods (zero-argument `super()`).
pub const CLASS_CELL: &str = "__class__";

/// How a name is reached from one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Local,
    Cell,
    Free,
    Global,
    /// A class body's own name: the class namespace, then globals, then builtins.
    Name,
    /// A class body reading a variable of an enclosing function: the namespace, then the cell.
    ClassDeref,
}

/// One scope's names. Invariant after [`ScopeTable::build`]: `cells ⊆ locals`, and every
/// name in `frees` is bound (local or free) in an enclosing function scope.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub range: TextRange,
    pub params: Vec<String>,
    pub locals: IndexSet<String>,
    pub declared_global: HashSet<String>,
    pub declared_nonlocal: IndexSet<String>,
    pub uses: IndexSet<String>,
    pub children: Vec<ScopeId>,
    pub cells: IndexSet<String>,
    pub frees: IndexSet<String>,
    pub is_generator: bool,
    pub is_async: bool,
    /// A comprehension that awaits (an `await`, an `async for`, or an inner comprehension
    /// that awaits): CPython's `ste_coroutine`. It compiles to a coroutine (awaited where it
    /// stands) or, for a generator expression, to an async generator.
    pub is_coroutine: bool,
    /// Where `yield` appears first, for diagnostics.
    pub first_yield: Option<TextRange>,
}

impl Scope {
    fn new(kind: ScopeKind, range: TextRange) -> Self {
        Scope {
            kind,
            range,
            params: Vec::new(),
            locals: IndexSet::new(),
            declared_global: HashSet::new(),
            declared_nonlocal: IndexSet::new(),
            uses: IndexSet::new(),
            children: Vec::new(),
            cells: IndexSet::new(),
            frees: IndexSet::new(),
            is_generator: false,
            is_async: false,
            is_coroutine: false,
            first_yield: None,
        }
    }

    /// How `name` is accessed from code in this scope.
    pub fn access(&self, name: &str) -> Access {
        if self.kind == ScopeKind::Module || self.declared_global.contains(name) {
            return Access::Global;
        }
        if self.kind == ScopeKind::Class {
            return if self.declared_nonlocal.contains(name) {
                Access::Free
            } else if self.locals.contains(name) {
                Access::Name
            } else if self.frees.contains(name) {
                Access::ClassDeref
            } else {
                Access::Name
            };
        }
        if self.cells.contains(name) {
            return Access::Cell;
        }
        if self.frees.contains(name) {
            return Access::Free;
        }
        if self.locals.contains(name) {
            return Access::Local;
        }
        Access::Global
    }
}

/// A problem found while building scopes (reported as a syntax error).
#[derive(Debug)]
pub struct ScopeError {
    pub range: TextRange,
    pub message: String,
}

/// All scopes of a module, found by the range of the node that opens them.
#[derive(Debug)]
pub struct ScopeTable {
    pub scopes: Vec<Scope>,
    by_range: HashMap<(u32, u32), ScopeId>,
}

impl ScopeTable {
    pub fn build(module: &[Stmt], module_range: TextRange) -> Result<ScopeTable, ScopeError> {
        let mut b = Builder {
            scopes: vec![Scope::new(ScopeKind::Module, module_range)],
            stack: vec![ScopeId(0)],
            error: None,
        };
        for s in module {
            b.visit_stmt(s);
        }
        if let Some(e) = b.error {
            return Err(e);
        }
        let mut table = ScopeTable {
            by_range: HashMap::new(),
            scopes: b.scopes,
        };
        for (i, s) in table.scopes.iter().enumerate() {
            table
                .by_range
                .insert((s.range.start().into(), s.range.end().into()), ScopeId(i));
        }
        table.resolve(ScopeId(0), &HashSet::new())?;
        Ok(table)
    }

    pub fn scope_for(&self, range: TextRange) -> ScopeId {
        self.by_range[&(range.start().into(), range.end().into())]
    }

    pub fn get(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0]
    }

    /// Names the scope (or its descendants) reads but does not bind.
    fn needed(&self, id: ScopeId) -> IndexSet<String> {
        let s = &self.scopes[id.0];
        if s.kind == ScopeKind::Module {
            return IndexSet::new();
        }
        let mut need: IndexSet<String> = s.uses.iter().cloned().collect();
        need.extend(s.declared_nonlocal.iter().cloned());
        let mut through = IndexSet::new();
        for &c in &s.children {
            if s.kind == ScopeKind::Class {
                // Nested scopes do not see class names: their needs pass through the
                // class unchanged, except `__class__`, which the class provides.
                through.extend(self.needed(c).into_iter().filter(|n| n != CLASS_CELL));
            } else {
                need.extend(self.needed(c));
            }
        }
        need.retain(|n| {
            s.declared_nonlocal.contains(n)
                || (!s.locals.contains(n) && !s.declared_global.contains(n))
        });
        need.extend(through);
        need
    }

    /// Top-down: `available` are names bound by enclosing function scopes.
    fn resolve(&mut self, id: ScopeId, available: &HashSet<String>) -> Result<(), ScopeError> {
        let kind = self.scopes[id.0].kind;
        if kind != ScopeKind::Module {
            let need = self.needed(id);
            let s = &self.scopes[id.0];
            for n in &s.declared_nonlocal {
                if !available.contains(n) {
                    return Err(ScopeError {
                        range: s.range,
                        message: format!("no binding for nonlocal '{n}' found"),
                    });
                }
            }
            let frees: IndexSet<String> =
                need.into_iter().filter(|n| available.contains(n)).collect();
            self.scopes[id.0].frees = frees;
        }
        let s = &self.scopes[id.0];
        let mut inner: HashSet<String> = if kind == ScopeKind::Module {
            HashSet::new()
        } else {
            available
                .iter()
                .filter(|n| !s.declared_global.contains(*n))
                .cloned()
                .collect()
        };
        if kind == ScopeKind::Class {
            inner.insert(CLASS_CELL.to_string());
        } else if kind != ScopeKind::Module {
            inner.extend(
                s.locals
                    .iter()
                    // A name declared global is not this scope's to lend to nested ones.
                    .filter(|n| {
                        !s.declared_nonlocal.contains(*n) && !s.declared_global.contains(*n)
                    })
                    .cloned(),
            );
        }
        let children = s.children.clone();
        for &c in &children {
            self.resolve(c, &inner)?;
        }
        if kind != ScopeKind::Module {
            let mut cells = IndexSet::new();
            for &c in &children {
                for n in &self.scopes[c.0].frees {
                    let s = &self.scopes[id.0];
                    if kind == ScopeKind::Class {
                        // The class body owns the `__class__` cell its methods' `super()`
                        // reads; its own names are never cells.
                        if n == CLASS_CELL {
                            cells.insert(n.clone());
                        }
                    } else if s.locals.contains(n)
                        && !s.declared_nonlocal.contains(n)
                        && !s.declared_global.contains(n)
                    {
                        cells.insert(n.clone());
                    }
                }
            }
            let s = &mut self.scopes[id.0];
            // Nonlocal names are free here, never local.
            for n in s.declared_nonlocal.clone() {
                s.frees.insert(n.clone());
                s.locals.shift_remove(&n);
            }
            s.cells = cells;
        }
        Ok(())
    }
}

struct Builder {
    scopes: Vec<Scope>,
    stack: Vec<ScopeId>,
    error: Option<ScopeError>,
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().expect("scope stack is never empty");
        &mut self.scopes[id.0]
    }

    fn bind(&mut self, name: &str) {
        self.cur().locals.insert(name.to_string());
    }

    fn push(&mut self, kind: ScopeKind, range: TextRange) -> ScopeId {
        let id = ScopeId(self.scopes.len());
        self.scopes.push(Scope::new(kind, range));
        self.cur().children.push(id);
        self.stack.push(id);
        id
    }

    fn bind_target(&mut self, target: &Expr) {
        match target {
            Expr::Name(n) => self.bind(n.id.as_str()),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.bind_target(e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.bind_target(e)),
            Expr::Starred(s) => self.bind_target(&s.value),
            _ => {}
        }
    }

    fn add_params(&mut self, params: &ast::Parameters) {
        for p in params.iter() {
            let name = p.name().as_str().to_string();
            self.cur().params.push(name.clone());
            self.bind(&name);
        }
    }

    fn visit_defaults(&mut self, params: &ast::Parameters) {
        for p in params.iter_non_variadic_params() {
            if let Some(d) = &p.default {
                self.visit_expr(d);
            }
        }
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        is_genexp: bool,
    ) {
        // CPython refuses a walrus inside a comprehension's iterable.
        for g in generators {
            if let Some(r) = find_walrus(&g.iter) {
                self.error.get_or_insert(ScopeError {
                    range: r,
                    message: "assignment expression cannot be used in a comprehension iterable expression".into(),
                });
            }
        }
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        self.push(ScopeKind::Comprehension, range);
        self.cur().params.push(".0".to_string());
        self.bind(".0");
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                self.cur().is_coroutine = true;
            }
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.bind_target(&g.target);
            self.visit_expr(&g.target);
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        let awaits = self.cur().is_coroutine;
        self.stack.pop();
        // A list, set or dict comprehension that awaits is itself awaited where it stands,
        // so the scope around it awaits too; an async generator expression is only made.
        if awaits && !is_genexp {
            self.cur().is_coroutine = true;
        }
    }

    /// The names a pattern captures are bound in the scope of the `match`.
    fn bind_pattern(&mut self, pattern: &ast::Pattern) {
        let name = match pattern {
            ast::Pattern::MatchAs(a) => a.name.as_ref(),
            ast::Pattern::MatchStar(s) => s.name.as_ref(),
            ast::Pattern::MatchMapping(m) => m.rest.as_ref(),
            _ => None,
        };
        if let Some(n) = name {
            self.bind(n.as_str());
        }
    }
}

impl<'a> Visitor<'a> for Builder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                self.bind(f.name.as_str());
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.visit_defaults(&f.parameters);
                self.push(ScopeKind::Function, f.range);
                self.cur().is_async = f.is_async;
                self.add_params(&f.parameters);
                for s in &f.body {
                    self.visit_stmt(s);
                }
                self.stack.pop();
            }
            Stmt::ClassDef(c) => {
                self.bind(c.name.as_str());
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value);
                    }
                }
                self.push(ScopeKind::Class, c.range);
                for s in &c.body {
                    self.visit_stmt(s);
                }
                self.stack.pop();
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.cur().declared_global.insert(n.as_str().to_string());
                }
            }
            Stmt::Nonlocal(n) => {
                if self.cur().kind == ScopeKind::Module {
                    self.error.get_or_insert(ScopeError {
                        range: n.range,
                        message: "nonlocal declaration not allowed at module level".into(),
                    });
                }
                for name in &n.names {
                    self.cur()
                        .declared_nonlocal
                        .insert(name.as_str().to_string());
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    let first = bound
                        .as_str()
                        .split('.')
                        .next()
                        .unwrap_or_default()
                        .to_string();
                    self.bind(&first);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.bind(a.asname.as_ref().unwrap_or(&a.name).as_str());
                }
            }
            Stmt::Try(t) => {
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.bind(n.as_str());
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::Assign(a) => {
                a.targets.iter().for_each(|t| self.bind_target(t));
                visitor::walk_stmt(self, stmt);
            }
            Stmt::AugAssign(a) => {
                self.bind_target(&a.target);
                if let Expr::Name(n) = &*a.target {
                    self.cur().uses.insert(n.id.as_str().to_string());
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::AnnAssign(a) => {
                self.bind_target(&a.target);
                if let Some(v) = &a.value {
                    self.visit_expr(v);
                }
                self.visit_expr(&a.target);
            }
            Stmt::For(f) => {
                self.bind_target(&f.target);
                visitor::walk_stmt(self, stmt);
            }
            Stmt::With(w) => {
                for item in &w.items {
                    if let Some(v) = &item.optional_vars {
                        self.bind_target(v);
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::Delete(d) => {
                d.targets.iter().for_each(|t| self.bind_target(t));
                visitor::walk_stmt(self, stmt);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => {
                let s = self.cur();
                s.uses.insert(n.id.as_str().to_string());
                // A function naming `super` gets the enclosing class's `__class__` cell.
                if matches!(n.id.as_str(), "super" | CLASS_CELL)
                    && !matches!(s.kind, ScopeKind::Module | ScopeKind::Class)
                {
                    s.uses.insert(CLASS_CELL.to_string());
                }
            }
            Expr::Named(n) => {
                // A walrus in a comprehension binds in the enclosing function scope.
                let mut depth = self.stack.len() - 1;
                while depth > 0 && self.scopes[self.stack[depth].0].kind == ScopeKind::Comprehension
                {
                    depth -= 1;
                }
                if let Expr::Name(name) = &*n.target {
                    let id = self.stack[depth];
                    self.scopes[id.0]
                        .locals
                        .insert(name.id.as_str().to_string());
                    if depth != self.stack.len() - 1 {
                        self.cur().uses.insert(name.id.as_str().to_string());
                    }
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_defaults(p);
                }
                self.push(ScopeKind::Lambda, l.range);
                if let Some(p) = &l.parameters {
                    self.add_params(p);
                }
                self.visit_expr(&l.body);
                self.stack.pop();
            }
            Expr::ListComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt], false),
            Expr::SetComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt], false),
            Expr::Generator(c) => {
                self.comprehension(c.range, &c.generators, &[&c.elt], true);
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = vec![&c.value];
                if let Some(k) = &c.key {
                    elts.insert(0, k);
                }
                self.comprehension(c.range, &c.generators, &elts, false)
            }
            Expr::Await(_) => {
                self.cur().is_coroutine = true;
                visitor::walk_expr(self, expr);
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                let s = self.cur();
                s.is_generator = true;
                s.first_yield.get_or_insert(expr.range());
                visitor::walk_expr(self, expr);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        self.bind_pattern(pattern);
        visitor::walk_pattern(self, pattern);
    }
}

/// The range of the first `:=` inside `expr`, if any.
fn find_walrus(expr: &Expr) -> Option<TextRange> {
    struct Finder(Option<TextRange>);
    impl<'a> Visitor<'a> for Finder {
        fn visit_expr(&mut self, e: &'a Expr) {
            if self.0.is_some() {
                return;
            }
            if let Expr::Named(n) = e {
                self.0 = Some(n.range);
                return;
            }
            visitor::walk_expr(self, e);
        }
    }
    let mut f = Finder(None);
    f.visit_expr(expr);
    f.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(source: &str) -> ScopeTable {
        let parsed = ruff_python_parser::parse_module(source).expect("valid Python");
        let module = parsed.into_syntax();
        ScopeTable::build(&module.body, module.range).expect("scopes")
    }

    #[test]
    fn pattern_captures_are_locals_of_the_enclosing_function() {
        let t = table("def f(v):\n    match v:\n        case [a, *b] | {'k': a, **b} if a:\n            pass\n        case P(x=c) as d:\n            pass\n");
        let f = t.get(ScopeId(1));
        for name in ["a", "b", "c", "d"] {
            assert_eq!(f.access(name), Access::Local, "{name}");
        }
        assert_eq!(f.access("P"), Access::Global);
    }

    #[test]
    fn comprehensions_that_await_are_coroutines_and_make_their_parent_await() {
        let t = table("async def f(xs):\n    return [[y async for y in x] for x in xs], (await z for z in xs), [n for n in xs]\n");
        let kinds: Vec<(ScopeKind, bool)> =
            t.scopes.iter().map(|s| (s.kind, s.is_coroutine)).collect();
        // module, f, the outer list comprehension (awaits through the inner one), the inner
        // one, the generator expression (awaits, but does not make f's scope await), the last.
        assert_eq!(kinds[2], (ScopeKind::Comprehension, true));
        assert_eq!(kinds[3], (ScopeKind::Comprehension, true));
        assert_eq!(kinds[4], (ScopeKind::Comprehension, true));
        assert_eq!(kinds[5], (ScopeKind::Comprehension, false));
    }
}
