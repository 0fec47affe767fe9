//! Annotations: the `__annotations__` of modules, classes and functions, evaluated where
//! CPython evaluates them, or kept as text under `from __future__ import annotations`.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::{CResult, Compiler};
use crate::lang::bytecode::{CodeKind, Instr};
use crate::runtime::objects::value::Value;

/// Whether a module or class body annotates a plain name anywhere outside nested
/// functions and classes (CPython then creates `__annotations__` on entry).
fn annotates_a_name(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(a) => a.simple && matches!(&*a.target, Expr::Name(_)),
        Stmt::If(i) => {
            annotates_a_name(&i.body)
                || i.elif_else_clauses
                    .iter()
                    .any(|c| annotates_a_name(&c.body))
        }
        Stmt::For(f) => annotates_a_name(&f.body) || annotates_a_name(&f.orelse),
        Stmt::While(w) => annotates_a_name(&w.body) || annotates_a_name(&w.orelse),
        Stmt::With(w) => annotates_a_name(&w.body),
        Stmt::Try(t) => {
            annotates_a_name(&t.body)
                || annotates_a_name(&t.orelse)
                || annotates_a_name(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    annotates_a_name(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| annotates_a_name(&c.body)),
        _ => false,
    })
}

/// Whether the module starts with `from __future__ import annotations` (future imports
/// may follow only a docstring and other future imports).
pub(super) fn postpones_annotations(body: &[Stmt]) -> bool {
    for (i, s) in body.iter().enumerate() {
        match s {
            Stmt::Expr(e) if i == 0 && matches!(&*e.value, Expr::StringLiteral(_)) => {}
            Stmt::ImportFrom(f)
                if f.module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "__future__") =>
            {
                if f.names.iter().any(|a| a.name.as_str() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

impl<'a> Compiler<'a> {
    /// Pushes an annotation: its value, or, postponed, its text (a string literal as its
    /// repr, which is how CPython's unparser writes it back).
    fn annotation(&mut self, e: &'a Expr) -> CResult {
        if !self.future_annotations {
            return self.expr(e);
        }
        let text = match e {
            Expr::StringLiteral(s) => {
                crate::runtime::numeric::format::str_repr(s.value.to_str()).to_string()
            }
            _ => self.source[e.range().start().to_usize()..e.range().end().to_usize()].to_string(),
        };
        self.emit_const(Value::str(&text));
        Ok(())
    }

    /// On entry to a module or class body that annotates names: `__annotations__ = {}`.
    pub(super) fn setup_annotations(&mut self, body: &[Stmt]) {
        if annotates_a_name(body) {
            self.emit(Instr::BuildMap(0));
            self.emit_store_name("__annotations__");
        }
    }

    /// `target: annotation [= value]`. Only module and class bodies record annotations;
    /// in a function they are not even evaluated.
    pub(super) fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store(&a.target)?;
        }
        if !matches!(self.unit().kind, CodeKind::Module | CodeKind::Class) {
            return Ok(());
        }
        match &*a.target {
            Expr::Name(n) if a.simple => {
                self.annotation(&a.annotation)?;
                self.emit_load_name("__annotations__");
                self.emit_const(Value::str(n.id.as_str()));
                self.emit(Instr::StoreSubscr);
            }
            _ if !self.future_annotations => {
                self.expr(&a.annotation)?;
                self.emit(Instr::Pop);
            }
            _ => {}
        }
        Ok(())
    }

    /// With a new function on top: stores its `__annotations__`, in CPython's order
    /// (positional parameters, positional-only ones, `*args`, keyword-only, `**kwargs`,
    /// then `return`).
    pub(super) fn function_annotations(
        &mut self,
        params: &'a ast::Parameters,
        returns: Option<&'a Expr>,
    ) -> CResult {
        let mut items: Vec<(&str, &'a Expr)> = Vec::new();
        let mut param = |p: &'a ast::Parameter| {
            if let Some(a) = p.annotation.as_deref() {
                items.push((p.name.as_str(), a));
            }
        };
        for p in params.args.iter().chain(params.posonlyargs.iter()) {
            param(&p.parameter);
        }
        if let Some(v) = &params.vararg {
            param(v);
        }
        for p in &params.kwonlyargs {
            param(&p.parameter);
        }
        if let Some(k) = &params.kwarg {
            param(k);
        }
        if let Some(r) = returns {
            items.push(("return", r));
        }
        if items.is_empty() {
            return Ok(());
        }
        self.emit(Instr::Dup);
        for (name, e) in &items {
            self.emit_const(Value::str(name));
            self.annotation(e)?;
        }
        self.emit(Instr::BuildMap(items.len() as u32));
        self.emit(Instr::Rot2);
        let n = self.name_index("__annotations__");
        self.emit(Instr::StoreAttr(n));
        Ok(())
    }
}
