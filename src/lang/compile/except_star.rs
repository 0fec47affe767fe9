//! `try` … `except*` (PEP 654), laid out as CPython 3.11 compiles it.
//!
//! The exception caught is kept (the original) next to a list of what the clauses raise.
//! Each clause splits off the part of the not-yet-matched exception that its type matches
//! (`CheckEgMatch`, which makes that part the handled exception); a clause that raises
//! adds its exception to the list, and the part no clause matched is added last.
//! `PrepReraiseStar` then builds what propagates from the original and the list: nothing,
//! the re-raised parts (as one group shaped like the original), or a new group of the new
//! exceptions and those parts.

use ruff_python_ast as ast;
use ruff_text_size::{Ranged, TextRange};

use super::{CResult, Compiler, FBlock};
use crate::lang::bytecode::Instr;
use crate::runtime::objects::value::Value;

/// CPython's message for a jump out of an `except*` clause.
pub(super) const JUMP_OUT_OF_EXCEPT_STAR: &str =
    "syntax error: 'break', 'continue' and 'return' cannot appear in an except* block";

impl<'a> Compiler<'a> {
    pub(super) fn try_except_star(&mut self, t: &'a ast::StmtTry) -> CResult {
        let dispatch = self.new_label();
        let cleanup = self.new_label();
        let reraise = self.new_label();
        let end = self.new_label();
        self.push_handler(dispatch, 0);
        self.stmts(&t.body)?;
        self.pop_handler();
        self.stmts(&t.orelse)?;
        self.emit(Instr::Jump(end.0));

        self.place(dispatch);
        // [saved, exc] → [saved, original, raised, exc]
        self.emit(Instr::PushExcInfo);
        self.push_handler(cleanup, 1);
        self.emit(Instr::Dup);
        self.emit(Instr::BuildList(0));
        self.emit(Instr::Rot2);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let Some(ty) = &h.type_ else {
                return Err(self.error(
                    h.range,
                    "syntax error: expected one or more exception types",
                ));
            };
            let no_match = self.new_label();
            let raised = self.new_label();
            let next = self.new_label();
            self.expr(ty)?;
            // [.., rest, match] or [.., exc, None]
            self.emit(Instr::CheckEgMatch);
            self.emit(Instr::Dup);
            self.emit(Instr::PopJumpIfNone(no_match.0));
            let name = h.name.as_ref().map(|n| n.as_str().to_string());
            match &name {
                Some(n) => self.emit_store_name(n),
                None => {
                    self.emit(Instr::Pop);
                }
            }
            // The body runs over [saved, original, raised, rest]; what it raises goes to
            // `raised`, with those four kept.
            self.unit().depth += 4;
            self.push_handler(raised, 0);
            self.unit().fblocks.push(FBlock::ExceptStarBody);
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.pop_handler();
            self.unit().depth -= 4;
            self.clear_handler_name(name.as_deref());
            self.emit(Instr::Jump(next.0));
            // [.., raised, rest, exc] → the exception joins the raised list.
            self.place(raised);
            self.clear_handler_name(name.as_deref());
            self.emit(Instr::ListAppend(2));
            self.emit(Instr::Jump(next.0));
            self.place(no_match);
            self.emit(Instr::Pop);
            self.place(next);
        }
        // The unmatched rest is raised on too: [saved, original, raised] → [saved, result].
        self.emit(Instr::ListAppend(1));
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Dup);
        self.emit(Instr::PopJumpIfNotNone(reraise.0));
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Jump(end.0));
        // The saved exception is back in place before raising on: outside the clean-up pad.
        self.pop_handler();
        self.place(reraise);
        self.emit(Instr::Rot2);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.emit_cleanup(cleanup);
        self.place(end);
        Ok(())
    }

    /// `except* E as name` unbinds `name` when the clause ends, however it ends.
    fn clear_handler_name(&mut self, name: Option<&str>) {
        if let Some(n) = name {
            self.emit_const(Value::None);
            self.emit_store_name(n);
            self.emit_delete_name(n);
        }
    }

    /// Refuses a `return` inside an `except*` clause of this function, pointing where
    /// CPython does: at a constant return value on the statement's line, else the statement.
    pub(super) fn check_return_in_except_star(&self, r: &ast::StmtReturn) -> CResult {
        if !self.units.last().is_some_and(|u| {
            u.fblocks
                .iter()
                .any(|b| matches!(b, FBlock::ExceptStarBody))
        }) {
            return Ok(());
        }
        let at: TextRange = match r.value.as_deref() {
            Some(v) if is_constant(v) && self.range_line(v) == self.range_line(r) => v.range(),
            _ => r.range,
        };
        Err(self.error(at, JUMP_OUT_OF_EXCEPT_STAR))
    }
}

/// Does CPython's constant folding turn `e` into a constant (literals, `-1`, tuples of them)?
fn is_constant(e: &ast::Expr) -> bool {
    use ast::Expr as E;
    match e {
        E::NumberLiteral(_)
        | E::StringLiteral(_)
        | E::BytesLiteral(_)
        | E::BooleanLiteral(_)
        | E::NoneLiteral(_)
        | E::EllipsisLiteral(_) => true,
        E::UnaryOp(u) => is_constant(&u.operand),
        E::Tuple(t) => t.elts.iter().all(is_constant),
        _ => false,
    }
}
