//! Statements: control flow, exception handling, definitions, imports.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{CResult, Compiler, FBlock, Label, Origin, KNOWN_MODULES, MODULE_NAMES};
use crate::lang::bytecode::{CodeKind, Instr, MakeFunctionFlags};
use crate::runtime::objects::value::Value;

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_line(s.range());
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Instr::Pop);
            }
            Stmt::Pass(_) => {
                self.emit(Instr::Nop);
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Instr::Dup);
                    }
                    self.store(t)?;
                }
            }
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::Break(b) => self.break_continue(b.range, true)?,
            Stmt::Continue(c) => self.break_continue(c.range, false)?,
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Instr::Raise(n));
            }
            Stmt::Assert(a) => {
                let ok = self.new_label();
                self.expr(&a.test)?;
                self.emit(Instr::PopJumpIfTrue(ok.0));
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
                self.emit(Instr::RaiseAssert(a.msg.is_some()));
                self.place(ok);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::Import(i) => {
                for a in &i.names {
                    let name = a.name.as_str();
                    self.check_module(name, a.range)?;
                    let c = self.add_const(Value::str(name));
                    self.emit(Instr::ImportName(c));
                    match (&a.asname, name.split_once('.')) {
                        // `import a.b` binds `a` (with `a.b` loaded).
                        (None, Some((top, _))) => {
                            self.emit(Instr::Pop);
                            let c = self.add_const(Value::str(top));
                            self.emit(Instr::ImportName(c));
                            self.emit_store_name(top);
                        }
                        (asname, _) => {
                            self.emit_store_name(asname.as_ref().unwrap_or(&a.name).as_str())
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let Some(module) = &i.module else {
                    return self.unsupported(i.range, "relative `import`");
                };
                if i.level > 0 {
                    return self.unsupported(i.range, "relative `import`");
                }
                self.check_module(module.as_str(), module.range)?;
                let c = self.add_const(Value::str(module.as_str()));
                self.emit(Instr::ImportName(c));
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        return self.unsupported(a.range, "`from ... import *`");
                    }
                    let modelled = MODULE_NAMES.iter().find(|(m, _)| *m == module.as_str());
                    if let (Some((m, names)), Origin::Program) = (modelled, self.origin) {
                        if !names.contains(&a.name.as_str()) {
                            return Err(self
                                .error(a.range, format!("unsupported: `{m}.{}`", a.name))
                                .with_help(format!(
                                    "coroviz models these names of `{m}`: {}",
                                    names.join(", ")
                                )));
                        }
                    }
                    let n = self.name_index(a.name.as_str());
                    self.emit(Instr::ImportFrom(n));
                    self.emit_store_name(a.asname.as_ref().unwrap_or(&a.name).as_str());
                }
                self.emit(Instr::Pop);
            }
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::With(w) => self.with_stmt(w, 0)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(t) => return self.unsupported(t.range, "`type` alias"),
            Stmt::IpyEscapeCommand(e) => {
                return self.unsupported(e.range, "IPython escape command")
            }
        }
        Ok(())
    }

    fn check_module(&self, name: &str, range: TextRange) -> CResult {
        if KNOWN_MODULES.contains(&name) || self.origin != Origin::Program {
            Ok(())
        } else if name == "zoneinfo" || name.starts_with("zoneinfo.") {
            Err(self
                .error(range, format!("unsupported: `import` of module `{name}`"))
                .with_help(
                    "coroviz has no time zone database; `datetime.timezone` gives fixed \
                     offsets, and a `datetime.tzinfo` subclass can give rules of its own",
                ))
        } else {
            Err(self
                .error(range, format!("unsupported: `import` of module `{name}`"))
                .with_help(format!(
                    "coroviz models these modules: {}",
                    KNOWN_MODULES.join(", ")
                )))
        }
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = super::expr::bin_op(a.op);
        match &*a.target {
            Expr::Name(n) => {
                self.emit_load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.emit(Instr::Inplace(op));
                self.emit_store_name(n.id.as_str());
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::Dup);
                let n = self.name_index(at.attr.as_str());
                self.emit(Instr::LoadAttr(n));
                self.expr(&a.value)?;
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Rot2);
                self.emit(Instr::StoreAttr(n));
            }
            Expr::Subscript(sub) => {
                self.refuse_namespace_write(&sub.value)?;
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.emit(Instr::Dup2);
                self.emit(Instr::Subscr);
                self.expr(&a.value)?;
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Rot3);
                self.emit(Instr::StoreSubscr);
            }
            other => {
                return Err(self.error(
                    other.range(),
                    "syntax error: illegal expression for augmented assignment",
                ))
            }
        }
        Ok(())
    }

    /// Stores the value on top of the stack into `target`.
    pub(super) fn store(&mut self, target: &'a Expr) -> CResult {
        match target {
            Expr::Name(n) => self.emit_store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.name_index(a.attr.as_str());
                self.emit(Instr::StoreAttr(n));
            }
            Expr::Subscript(s) => {
                self.refuse_namespace_write(&s.value)?;
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    None => {
                        self.emit(Instr::UnpackSequence(elts.len() as u32));
                    }
                    Some(i) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e, Expr::Starred(_)))
                            .count()
                            > 1
                        {
                            return Err(self.error(
                                target.range(),
                                "syntax error: multiple starred expressions in assignment",
                            ));
                        }
                        self.emit(Instr::UnpackEx(i as u16, (elts.len() - i - 1) as u16));
                    }
                }
                for e in elts.iter() {
                    match e {
                        Expr::Starred(s) => self.store(&s.value)?,
                        _ => self.store(e)?,
                    }
                }
            }
            Expr::Starred(s) => {
                return Err(self.error(
                    s.range,
                    "syntax error: starred assignment target must be in a list or tuple",
                ))
            }
            other => {
                return Err(self.error(other.range(), "syntax error: cannot assign to expression"))
            }
        }
        Ok(())
    }

    fn delete(&mut self, target: &'a Expr) -> CResult {
        match target {
            Expr::Name(n) => self.emit_delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.name_index(a.attr.as_str());
                self.emit(Instr::DeleteAttr(n));
            }
            Expr::Subscript(s) => {
                self.refuse_namespace_write(&s.value)?;
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts.iter() {
                    self.delete(e)?;
                }
            }
            other => {
                return Err(self.error(other.range(), "syntax error: cannot delete expression"))
            }
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult {
        let end = self.new_label();
        let mut next = self.new_label();
        self.expr(&i.test)?;
        self.emit(Instr::PopJumpIfFalse(next.0));
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit(Instr::Jump(end.0));
            self.place(next);
            next = self.new_label();
            self.set_line(clause.range);
            if let Some(test) = &clause.test {
                self.expr(test)?;
                self.emit(Instr::PopJumpIfFalse(next.0));
            }
            self.stmts(&clause.body)?;
        }
        self.place(next);
        self.place(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let top = self.new_label();
        let orelse = self.new_label();
        let exit = self.new_label();
        self.place(top);
        self.expr(&w.test)?;
        self.emit(Instr::PopJumpIfFalse(orelse.0));
        self.unit().fblocks.push(FBlock::Loop {
            top,
            exit,
            for_loop: false,
        });
        self.stmts(&w.body)?;
        self.unit().fblocks.pop();
        self.set_line(w.range);
        self.emit(Instr::Jump(top.0));
        self.place(orelse);
        self.stmts(&w.orelse)?;
        self.place(exit);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        if f.is_async {
            return self.async_for(f);
        }
        let top = self.new_label();
        let orelse = self.new_label();
        let exit = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Instr::GetIter);
        self.unit().depth += 1;
        self.place(top);
        self.emit(Instr::ForIter(orelse.0));
        self.store(&f.target)?;
        self.unit().fblocks.push(FBlock::Loop {
            top,
            exit,
            for_loop: true,
        });
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.set_line(f.range);
        self.emit(Instr::Jump(top.0));
        self.unit().depth -= 1;
        self.place(orelse);
        self.stmts(&f.orelse)?;
        self.place(exit);
        Ok(())
    }

    fn break_continue(&mut self, range: TextRange, is_break: bool) -> CResult {
        let what = if is_break {
            "'break' outside loop"
        } else {
            "'continue' not properly in loop"
        };
        // The innermost loop, unless an `except*` clause stands between (CPython unwinds
        // towards the loop and stops at the clause).
        let found = self
            .unit()
            .fblocks
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, b)| match b {
                FBlock::Loop { .. } => Some(Some(i)),
                FBlock::ExceptStarBody => Some(None),
                _ => None,
            });
        let loop_at = match found {
            Some(Some(i)) => i,
            Some(None) => {
                return Err(self.error(range, super::except_star::JUMP_OUT_OF_EXCEPT_STAR))
            }
            None => return Err(self.error(range, format!("syntax error: {what}"))),
        };
        self.unwind_fblocks(loop_at + 1, false)?;
        let FBlock::Loop {
            top,
            exit,
            for_loop,
        } = self.unit().fblocks[loop_at]
        else {
            unreachable!("found a loop above")
        };
        if is_break {
            if for_loop {
                self.emit(Instr::Pop);
            }
            self.emit(Instr::Jump(exit.0));
        } else {
            self.emit(Instr::Jump(top.0));
        }
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult {
        let kind = self.unit().kind;
        if matches!(kind, CodeKind::Module | CodeKind::Class) {
            return Err(self.error(r.range, "syntax error: 'return' outside function"));
        }
        if let (CodeKind::AsyncGenerator, Some(v)) = (kind, &r.value) {
            return Err(self.error(
                v.range(),
                "syntax error: 'return' with value in async generator",
            ));
        }
        match &r.value {
            Some(v) => self.expr(v)?,
            None => self.emit_const(Value::None),
        }
        self.check_return_in_except_star(r)?;
        self.unwind_fblocks(0, true)?;
        self.emit(Instr::Return);
        Ok(())
    }

    /// Emits the exits of every fblock above `down_to` (innermost first), for a jump out.
    /// With `keep_top`, a value (the return value) sits on top of the stack throughout.
    fn unwind_fblocks(&mut self, down_to: usize, keep_top: bool) -> CResult {
        let mut i = self.unit().fblocks.len();
        while i > down_to {
            i -= 1;
            // Take this block and those inside it off the stack while its exit code is
            // compiled: a `finally` body inlined here runs outside its own protection, and a
            // `return` inside it must not unwind them again (CPython pops fblocks the same way).
            let tail = self.unit().fblocks.split_off(i);
            match &tail[0] {
                FBlock::Loop { for_loop, .. } => {
                    if *for_loop && keep_top {
                        self.emit(Instr::Rot2);
                        self.emit(Instr::Pop);
                    }
                }
                FBlock::Finally { body, handlers_len } => {
                    let saved: Vec<u32> = self.unit().handler_stack.split_off(*handlers_len);
                    if keep_top {
                        self.unit().depth += 1;
                    }
                    let body: &'a [Stmt] = body;
                    self.stmts(body)?;
                    if keep_top {
                        self.unit().depth -= 1;
                    }
                    self.unit().handler_stack.extend(saved);
                }
                FBlock::HandlerCleanup { name } => {
                    if keep_top {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::PopExcept);
                    if let Some(n) = name.clone() {
                        self.emit_const(Value::None);
                        self.emit_store_name(&n);
                        self.emit_delete_name(&n);
                    }
                }
                FBlock::With {
                    is_async,
                    handlers_len,
                } => {
                    // Exit runs outside the `with`'s own handler, as CPython pops it first.
                    let saved: Vec<u32> = self.unit().handler_stack.split_off(*handlers_len);
                    if keep_top {
                        self.emit(Instr::Rot2);
                    }
                    self.call_exit_with_nones(*is_async);
                    self.unit().handler_stack.extend(saved);
                }
                // Jumps out of an `except*` clause are refused before unwinding.
                FBlock::ExceptStarBody => {}
                FBlock::FinallyHandler => {
                    if keep_top {
                        self.emit(Instr::Rot2);
                        self.emit(Instr::Pop);
                        self.emit(Instr::Rot2);
                    } else {
                        self.emit(Instr::Pop);
                    }
                    self.emit(Instr::PopExcept);
                }
            }
            self.unit().fblocks.extend(tail);
        }
        Ok(())
    }

    fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.finalbody.is_empty() {
            return match t.is_star {
                true => self.try_except_star(t),
                false => self.try_except(t),
            };
        }
        // try: [try/except/else] finally: ...
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let handlers_len = self.unit().handler_stack.len();
        self.push_handler(handler, 0);
        self.unit().fblocks.push(FBlock::Finally {
            body: &t.finalbody,
            handlers_len,
        });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else if t.is_star {
            self.try_except_star(t)?;
        } else {
            self.try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.pop_handler();
        // Normal exit: run the final body.
        self.stmts(&t.finalbody)?;
        self.emit(Instr::Jump(end.0));
        // Exceptional exit: run it with the exception saved, then re-raise.
        self.place(handler);
        self.emit(Instr::PushExcInfo);
        self.push_handler(cleanup, 1);
        self.unit().depth += 2;
        self.unit().fblocks.push(FBlock::FinallyHandler);
        self.stmts(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.unit().depth -= 2;
        self.emit(Instr::Reraise);
        self.pop_handler();
        self.emit_cleanup(cleanup);
        self.place(end);
        Ok(())
    }

    /// The shared "restore the saved exception and re-raise" landing pad.
    pub(super) fn emit_cleanup(&mut self, cleanup: Label) {
        self.place(cleanup);
        self.emit(Instr::Rot2);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let dispatch = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_handler(dispatch, 0);
        self.stmts(&t.body)?;
        self.pop_handler();
        self.stmts(&t.orelse)?;
        self.emit(Instr::Jump(end.0));

        self.place(dispatch);
        self.emit(Instr::PushExcInfo);
        self.push_handler(cleanup, 1);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit(Instr::CheckExcMatch);
                self.emit(Instr::PopJumpIfFalse(next.0));
            }
            let name = h.name.as_ref().map(|n| n.as_str().to_string());
            match &name {
                Some(n) => self.emit_store_name(n),
                None => {
                    self.emit(Instr::Pop);
                }
            }
            self.unit().depth += 1;
            self.unit()
                .fblocks
                .push(FBlock::HandlerCleanup { name: name.clone() });
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.unit().depth -= 1;
            self.emit(Instr::PopExcept);
            if let Some(n) = &name {
                self.emit_const(Value::None);
                self.emit_store_name(n);
                self.emit_delete_name(n);
            }
            self.emit(Instr::Jump(end.0));
            self.place(next);
            if h.type_.is_none() {
                break;
            }
        }
        // No clause matched: re-raise (through the cleanup pad, restoring the saved one).
        self.emit(Instr::Reraise);
        self.pop_handler();
        self.emit_cleanup(cleanup);
        self.place(end);
        Ok(())
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        if f.type_params.is_some() {
            return self.unsupported(f.range, "type parameters");
        }
        self.decorators(&f.decorator_list)?;
        self.set_line(f.range);
        let scope = self.scopes.scope_for(f.range);
        let s = self.scopes.get(scope);
        let kind = match (f.is_async, s.is_generator) {
            (true, true) => CodeKind::AsyncGenerator,
            (true, false) => CodeKind::Coroutine,
            (false, true) => CodeKind::Generator,
            (false, false) => CodeKind::Function,
        };
        let name = f.name.as_str();
        let qualname = self.qualname_for(name);
        let line = self.range_line(f);
        self.make_function(
            FuncHead {
                scope,
                kind,
                name,
                qualname: &qualname,
                line,
            },
            &f.parameters,
            |c| {
                c.stmts(&f.body)?;
                c.emit_const(Value::None);
                c.emit(Instr::Return);
                Ok(())
            },
        )?;
        self.function_annotations(&f.parameters, f.returns.as_deref())?;
        // A docstring becomes the function's `__doc__`.
        if let Some(Stmt::Expr(e)) = f.body.first() {
            if let Expr::StringLiteral(s) = &*e.value {
                self.emit(Instr::Dup);
                self.emit_const(Value::str(s.value.to_str()));
                self.emit(Instr::Rot2);
                let n = self.name_index("__doc__");
                self.emit(Instr::StoreAttr(n));
            }
        }
        self.apply_decorators(&f.decorator_list);
        self.emit_store_name(name);
        Ok(())
    }

    /// Compiles a function-like body into a new code object and emits `MakeFunction`.
    pub(super) fn make_function(
        &mut self,
        head: FuncHead<'_>,
        params: &'a ast::Parameters,
        body: impl FnOnce(&mut Self) -> CResult,
    ) -> CResult {
        let FuncHead {
            scope,
            kind,
            name,
            qualname,
            line,
        } = head;
        // Defaults are evaluated where the function is defined.
        let mut flags = 0u8;
        let defaults: Vec<&Expr> = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(defaults.len() as u32));
            flags |= MakeFunctionFlags::DEFAULTS;
        }
        let kwdefaults: Vec<(&str, &Expr)> = params
            .kwonlyargs
            .iter()
            .filter_map(|p| p.default.as_deref().map(|d| (p.name().as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (_, d) in &kwdefaults {
                self.expr(d)?;
            }
            let keys: Vec<Value> = kwdefaults.iter().map(|(n, _)| Value::str(n)).collect();
            let c = self.add_const(Value::tuple(keys));
            self.emit(Instr::LoadConst(c));
            self.emit(Instr::BuildConstKeyMap(kwdefaults.len() as u32));
            flags |= MakeFunctionFlags::KWDEFAULTS;
        }
        let frees: Vec<String> = self.scopes.get(scope).frees.iter().cloned().collect();
        if !frees.is_empty() {
            for n in &frees {
                let i = self.closure_slot(n);
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(frees.len() as u32));
            flags |= MakeFunctionFlags::CLOSURE;
        }
        self.push_unit(scope, kind, name, qualname, line);
        {
            let u = self.unit();
            u.posonlycount = params.posonlyargs.len() as u32;
            u.argcount = (params.posonlyargs.len() + params.args.len()) as u32;
            u.kwonlycount = params.kwonlyargs.len() as u32;
            u.has_varargs = params.vararg.is_some();
            u.has_varkw = params.kwarg.is_some();
        }
        // Parameter order in varnames: positional, keyword-only, *args, **kwargs (as CPython).
        let mut order: Vec<String> = Vec::new();
        order.extend(
            params
                .posonlyargs
                .iter()
                .chain(params.args.iter())
                .map(|p| p.name().to_string()),
        );
        order.extend(params.kwonlyargs.iter().map(|p| p.name().to_string()));
        if let Some(v) = &params.vararg {
            order.push(v.name.to_string());
        }
        if let Some(k) = &params.kwarg {
            order.push(k.name.to_string());
        }
        {
            let u = self.unit();
            let rest: Vec<String> = u
                .varnames
                .iter()
                .filter(|n| !order.contains(n))
                .cloned()
                .collect();
            u.varnames = order.into_iter().chain(rest).collect();
        }
        body(self)?;
        let code = self.pop_unit();
        let c = self.add_const(Value::Code(code));
        self.emit(Instr::MakeFunction { code: c, flags });
        Ok(())
    }
}

/// What a new function-like code object is: its scope, kind, names and first line.
pub(super) struct FuncHead<'n> {
    pub scope: crate::lang::scope::ScopeId,
    pub kind: CodeKind,
    pub name: &'n str,
    pub qualname: &'n str,
    pub line: u32,
}
