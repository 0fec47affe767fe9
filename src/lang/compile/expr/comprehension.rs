//! Comprehensions and generator expressions, sync and async, as CPython 3.11 compiles them:
//! a hidden function of one argument (the first iterator, evaluated where the comprehension
//! stands) called at once.
//!
//! A comprehension that awaits (an `await` in it, an `async for`, or an inner comprehension
//! that awaits) becomes a coroutine that is awaited at once, so its awaits suspend the
//! enclosing coroutine exactly as a plain `await` there would: no extra loop iteration. A
//! generator expression that awaits becomes an async generator object instead.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::TextRange;

use super::super::stmt::FuncHead;
use super::super::{CResult, Compiler};
use crate::lang::bytecode::{CodeKind, Instr};
use crate::runtime::objects::value::Value;

#[derive(Clone, Copy)]
pub(in crate::lang::compile) enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

/// How CPython's messages name the comprehension whose hidden function is called `name`.
pub(in crate::lang::compile) fn described(name: &str) -> Option<&'static str> {
    Some(match name {
        "<listcomp>" => "list comprehension",
        "<setcomp>" => "set comprehension",
        "<dictcomp>" => "dict comprehension",
        "<genexpr>" => "generator expression",
        _ => return None,
    })
}

impl<'a> Compiler<'a> {
    pub(in crate::lang::compile) fn comprehension(
        &mut self,
        range: TextRange,
        generators: &'a [ast::Comprehension],
        comp: Comp<'a>,
    ) -> CResult {
        let scope = self.scopes.scope_for(range);
        let awaits = self.scopes.get(scope).is_coroutine;
        let is_genexp = matches!(comp, Comp::Gen(_));
        // Awaiting it needs an async function around it (an enclosing comprehension that
        // awaits is compiled as a coroutine too, so it counts as one).
        if awaits
            && !is_genexp
            && !matches!(
                self.unit().kind,
                CodeKind::Coroutine | CodeKind::AsyncGenerator
            )
        {
            return Err(self.error(
                range,
                "syntax error: asynchronous comprehension outside of an asynchronous function",
            ));
        }
        let name = match comp {
            Comp::List(_) => "<listcomp>",
            Comp::Set(_) => "<setcomp>",
            Comp::Dict(..) => "<dictcomp>",
            Comp::Gen(_) => "<genexpr>",
        };
        let kind = match (is_genexp, awaits) {
            (false, false) => CodeKind::Comprehension,
            (false, true) => CodeKind::Coroutine,
            (true, false) => CodeKind::Generator,
            (true, true) => CodeKind::AsyncGenerator,
        };
        let qualname = self.qualname_for(name);
        let line = self.line_of(range.start().to_usize());
        // A synthetic one-parameter signature: `.0`, the first iterator.
        let params: &'a ast::Parameters = Box::leak(Box::new(ast::Parameters {
            range,
            node_index: Default::default(),
            posonlyargs: Default::default(),
            args: vec![ast::ParameterWithDefault {
                range,
                node_index: Default::default(),
                parameter: ast::Parameter {
                    range,
                    node_index: Default::default(),
                    name: ast::Identifier::new(".0", range),
                    annotation: None,
                },
                default: None,
            }]
            .into(),
            vararg: None,
            kwonlyargs: Default::default(),
            kwarg: None,
        }));
        self.make_function(
            FuncHead {
                scope,
                kind,
                name,
                qualname: &qualname,
                line,
            },
            params,
            |c| c.comprehension_body(generators, comp),
        )?;
        self.expr(&generators[0].iter)?;
        self.emit(if generators[0].is_async {
            Instr::GetAIter
        } else {
            Instr::GetIter
        });
        self.emit(Instr::Call(1));
        if awaits && !is_genexp {
            self.emit(Instr::GetAwaitable);
            self.emit_send();
        }
        Ok(())
    }

    /// The hidden function's body: the loops, nested in order, around the element.
    fn comprehension_body(
        &mut self,
        generators: &'a [ast::Comprehension],
        comp: Comp<'a>,
    ) -> CResult {
        let collection = match comp {
            Comp::List(_) => Some(Instr::BuildList(0)),
            Comp::Set(_) => Some(Instr::BuildSet(0)),
            Comp::Dict(..) => Some(Instr::BuildMap(0)),
            Comp::Gen(_) => None,
        };
        let base = match collection {
            Some(ins) => {
                self.emit(ins);
                1
            }
            None => 0,
        };
        // Where each loop goes on with its next item, and how it ends.
        let mut loops = Vec::new();
        for (i, g) in generators.iter().enumerate() {
            if i == 0 {
                self.emit(Instr::LoadFast(0));
            } else {
                self.expr(&g.iter)?;
                self.emit(if g.is_async {
                    Instr::GetAIter
                } else {
                    Instr::GetIter
                });
            }
            let top = self.new_label();
            let end = self.new_label();
            self.place(top);
            if g.is_async {
                // Only `__anext__` and its await are protected: StopAsyncIteration there
                // ends this loop (the iterator stays on the stack for EndAsyncFor).
                self.unit().depth = base + i as u32 + 1;
                self.push_handler(end, 0);
                self.emit(Instr::GetANext);
                self.emit_send();
                self.pop_handler();
            } else {
                self.emit(Instr::ForIter(end.0));
            }
            self.store(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
                self.emit(Instr::PopJumpIfFalse(top.0));
            }
            loops.push((top, end, g.is_async));
        }
        let depth = generators.len() as u32 + 1;
        match comp {
            Comp::List(elt) => {
                self.expr(elt)?;
                self.emit(Instr::ListAppend(depth));
            }
            Comp::Set(elt) => {
                self.expr(elt)?;
                self.emit(Instr::SetAdd(depth));
            }
            Comp::Dict(k, v) => {
                self.expr(k)?;
                self.expr(v)?;
                self.emit(Instr::MapAdd(depth));
            }
            Comp::Gen(elt) => {
                self.expr(elt)?;
                self.emit(Instr::Yield);
                self.emit(Instr::Pop);
            }
        }
        for (top, end, is_async) in loops.into_iter().rev() {
            self.emit(Instr::Jump(top.0));
            self.place(end);
            if is_async {
                self.emit(Instr::EndAsyncFor);
            }
        }
        if collection.is_none() {
            self.emit_const(Value::None);
        }
        self.emit(Instr::Return);
        Ok(())
    }
}
