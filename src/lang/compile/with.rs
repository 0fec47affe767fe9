//! `with`, `async with` and `async for`: the statements driven by dunder protocols.
//!
//! Laid out as CPython 3.11 compiles them: the context manager's exit sits on the stack
//! under the body, a handler calls it with the exception (and swallows the exception when
//! it returns true), and jumps out of the body (`return`, `break`) call it with Nones.

use ruff_python_ast as ast;

use super::{CResult, Compiler, FBlock};
use crate::lang::bytecode::{CodeKind, Instr};
use crate::runtime::objects::value::Value;

impl<'a> Compiler<'a> {
    fn in_async_function(&mut self) -> bool {
        matches!(
            self.unit().kind,
            CodeKind::Coroutine | CodeKind::AsyncGenerator
        )
    }

    /// `with` items from `item` on, then the body: each item nests inside the previous one.
    pub(super) fn with_stmt(&mut self, w: &'a ast::StmtWith, item: usize) -> CResult {
        let Some(it) = w.items.get(item) else {
            return self.stmts(&w.body);
        };
        let is_async = w.is_async;
        if is_async && !self.in_async_function() {
            return Err(self.error(w.range, "syntax error: 'async with' outside async function"));
        }
        self.expr(&it.context_expr)?;
        self.set_line(w.range);
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit(Instr::GetAwaitable);
            self.emit_send();
        } else {
            self.emit(Instr::BeforeWith);
        }
        // [exit, entered]
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.unit().depth += 1;
        let handlers_len = self.unit().handler_stack.len();
        self.push_handler(handler, 0);
        match &it.optional_vars {
            Some(target) => self.store(target)?,
            None => {
                self.emit(Instr::Pop);
            }
        }
        self.unit().fblocks.push(FBlock::With {
            is_async,
            handlers_len,
        });
        self.with_stmt(w, item + 1)?;
        self.unit().fblocks.pop();
        self.pop_handler();
        // Normal exit: exit(None, None, None).
        self.set_line(w.range);
        self.call_exit_with_nones(is_async);
        self.emit(Instr::Jump(end.0));
        // Exceptional exit: [exit, exc] → [exit, saved, exc] → exit(type, exc, tb).
        self.place(handler);
        self.emit(Instr::PushExcInfo);
        self.push_handler(cleanup, 1);
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.emit(Instr::GetAwaitable);
            self.emit_send();
        }
        self.emit(Instr::PopJumpIfTrue(suppress.0));
        self.emit(Instr::Reraise);
        self.pop_handler();
        self.emit_cleanup(cleanup);
        // A true result swallows the exception: [exit, saved, exc] → [].
        self.place(suppress);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.unit().depth -= 1;
        self.place(end);
        Ok(())
    }

    /// `[exit]` → `[]`: calls (and for `async with` awaits) `exit(None, None, None)`.
    pub(super) fn call_exit_with_nones(&mut self, is_async: bool) {
        for _ in 0..3 {
            self.emit_const(Value::None);
        }
        self.emit(Instr::Call(3));
        if is_async {
            self.emit(Instr::GetAwaitable);
            self.emit_send();
        }
        self.emit(Instr::Pop);
    }

    pub(super) fn async_for(&mut self, f: &'a ast::StmtFor) -> CResult {
        if !self.in_async_function() {
            return Err(self.error(f.range, "syntax error: 'async for' outside async function"));
        }
        let top = self.new_label();
        let done = self.new_label();
        let exit = self.new_label();
        self.expr(&f.iter)?;
        self.set_line(f.range);
        self.emit(Instr::GetAIter);
        self.unit().depth += 1;
        self.place(top);
        // Only `__anext__` and its await are protected: StopAsyncIteration there ends the loop.
        self.push_handler(done, 0);
        self.set_line(f.range);
        self.emit(Instr::GetANext);
        self.emit_send();
        self.pop_handler();
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
        self.place(done);
        self.emit(Instr::EndAsyncFor);
        self.unit().depth -= 1;
        self.stmts(&f.orelse)?;
        self.place(exit);
        Ok(())
    }
}
