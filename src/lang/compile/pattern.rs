//! `match` statements, compiled as CPython 3.11 compiles them.
//!
//! A pattern consumes its subject from the top of the stack. What it captures stays on the
//! stack until the whole pattern has matched; only then are the names stored, in capture
//! order. So a case that fails binds nothing, while a case whose guard fails keeps its
//! names bound, as in CPython. A failing test jumps into a ladder of `Pop`s that takes off
//! exactly what is on the stack at that point (the captures and the items in use).

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::{Ranged, TextRange};

use super::{CResult, Compiler, Label};
use crate::lang::bytecode::{BinOp, CmpOp, Instr};
use crate::runtime::numeric::format::{float_repr, str_repr};
use crate::runtime::objects::value::Value;

/// Builtin classes coroviz has no objects of: a class pattern naming one is refused rather
/// than failing with a NameError CPython would not raise.
const ABSENT_BUILTINS: &[&str] = &["complex", "memoryview"];

/// One case's pattern while it compiles (CPython's `pattern_context`).
struct PatternState {
    /// Names captured so far, in the order they will be stored. Their values sit on the
    /// stack below the `on_top` items, the first captured nearest the top.
    stores: Vec<String>,
    /// May this (sub)pattern be irrefutable? Not the pattern of an unguarded case before the
    /// last one, nor an alternative before the last one.
    allow_irrefutable: bool,
    /// `fail_pop[n]`: where a failing test jumps with `n` items to take off the stack.
    fail_pop: Vec<Label>,
    /// Items above the captures that a failure must also pop (subjects still in use,
    /// attribute and key tuples).
    on_top: u32,
    /// Where errors point: the last pattern entered. CPython never restores its location
    /// after a sub-pattern, so its messages point there; ours do too.
    loc: TextRange,
}

/// `_`: matches anything and binds nothing.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// A literal mapping-pattern key, compared as Python compares dict keys (`1 == 1.0 == True`).
#[derive(PartialEq)]
enum LiteralKey {
    Str(String),
    Int(BigInt),
    Float(f64),
    None,
}

/// The literal a mapping-pattern key is, if it is one (`-1` counts, as CPython folds it),
/// with CPython's repr of it for the duplicate-key message.
fn literal_key(e: &Expr) -> Option<(LiteralKey, String)> {
    let number = |n: &ast::ExprNumberLiteral, negate: bool| match &n.value {
        ast::Number::Int(i) => {
            let v: BigInt = i.to_string().parse().ok()?;
            let v = if negate { -v } else { v };
            Some((LiteralKey::Int(v.clone()), v.to_string()))
        }
        ast::Number::Float(f) => {
            let f = if negate { -*f } else { *f };
            let key = match f.fract() == 0.0 && f.is_finite() {
                true => LiteralKey::Int(BigInt::from(f as i128)),
                false => LiteralKey::Float(f),
            };
            Some((key, float_repr(f)))
        }
        ast::Number::Complex { .. } => None,
    };
    match e {
        Expr::StringLiteral(s) => {
            let s = s.value.to_str();
            Some((LiteralKey::Str(s.to_string()), str_repr(s)))
        }
        Expr::NumberLiteral(n) => number(n, false),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
            Expr::NumberLiteral(n) => number(n, true),
            _ => None,
        },
        Expr::BooleanLiteral(b) => {
            let name = if b.value { "True" } else { "False" };
            Some((
                LiteralKey::Int(BigInt::from(u8::from(b.value))),
                name.into(),
            ))
        }
        Expr::NoneLiteral(_) => Some((LiteralKey::None, "None".into())),
        _ => None,
    }
}

/// May `e` be the value of a value pattern (a literal, `-1`, `1 + 2j`, `Color.RED`)?
fn is_value_pattern(e: &Expr) -> bool {
    let number = |e: &Expr| match e {
        Expr::NumberLiteral(_) => true,
        Expr::UnaryOp(u) => {
            u.op == ast::UnaryOp::USub && matches!(&*u.operand, Expr::NumberLiteral(_))
        }
        _ => false,
    };
    match e {
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::Attribute(_) => true,
        Expr::BinOp(b) => {
            matches!(b.op, ast::Operator::Add | ast::Operator::Sub)
                && number(&b.left)
                && matches!(&*b.right, Expr::NumberLiteral(_))
        }
        other => number(other),
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let cases = m.cases.len();
        // A trailing `case _:` needs no test of its own.
        let has_default = cases > 1 && m.cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let tested = cases - usize::from(has_default);
        for (i, case) in m.cases[..tested].iter().enumerate() {
            self.set_line(case.pattern.range());
            // Every case but the last one tested matches a copy; the last consumes the subject.
            let keep_subject = i + 1 != tested;
            if keep_subject {
                self.emit(Instr::Dup);
            }
            let mut st = PatternState {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == cases,
                fail_pop: Vec::new(),
                on_top: 0,
                loc: case.pattern.range(),
            };
            self.pattern(&case.pattern, &mut st)?;
            debug_assert_eq!(st.on_top, 0, "a pattern leaves only its captures");
            for name in std::mem::take(&mut st.stores) {
                self.emit_store_name(&name);
            }
            if let Some(guard) = &case.guard {
                let fail = self.fail_label(&mut st, 0);
                self.set_line(guard.range());
                self.expr(guard)?;
                self.emit(Instr::PopJumpIfFalse(fail.0));
            }
            if keep_subject {
                self.emit(Instr::Pop);
            }
            self.stmts(&case.body)?;
            self.emit(Instr::Jump(end.0));
            // A failed case's clean-up belongs to its pattern's line, not its body's last.
            self.set_line(case.pattern.range());
            self.emit_fail_pops(&mut st);
        }
        if has_default {
            let case = &m.cases[cases - 1];
            if let Some(guard) = &case.guard {
                self.set_line(guard.range());
                self.expr(guard)?;
                self.emit(Instr::PopJumpIfFalse(end.0));
            }
            self.stmts(&case.body)?;
        }
        self.place(end);
        Ok(())
    }

    /// The label a failure with `pops` items on the stack jumps to.
    fn fail_label(&mut self, st: &mut PatternState, pops: u32) -> Label {
        while st.fail_pop.len() <= pops as usize {
            let l = self.new_label();
            st.fail_pop.push(l);
        }
        st.fail_pop[pops as usize]
    }

    /// Emits `jump` (a conditional or plain jump) to the failure path for the current stack.
    fn jump_to_fail(&mut self, st: &mut PatternState, jump: fn(u32) -> Instr) {
        let pops = st.on_top + st.stores.len() as u32;
        let l = self.fail_label(st, pops);
        self.emit(jump(l.0));
    }

    /// The ladder: `fail_pop[n]` pops one item and falls into `fail_pop[n - 1]`.
    fn emit_fail_pops(&mut self, st: &mut PatternState) {
        let labels = std::mem::take(&mut st.fail_pop);
        for (n, l) in labels.iter().enumerate().rev() {
            self.place(*l);
            if n > 0 {
                self.emit(Instr::Pop);
            }
        }
    }

    /// Moves the top of the stack down to position `count` (1 is the top).
    fn rotate_down(&mut self, count: usize) {
        for k in (2..=count).rev() {
            self.emit(Instr::Swap(k as u32));
        }
    }

    fn pattern(&mut self, p: &'a Pattern, st: &mut PatternState) -> CResult {
        st.loc = p.range();
        self.set_line(p.range());
        match p {
            Pattern::MatchValue(v) => {
                if !is_value_pattern(&v.value) {
                    return Err(self.error(
                        st.loc,
                        "syntax error: patterns may only match literals and attribute lookups",
                    ));
                }
                self.expr(&v.value)?;
                self.emit(Instr::Compare(CmpOp::Eq));
                self.jump_to_fail(st, Instr::PopJumpIfFalse);
            }
            Pattern::MatchSingleton(s) => {
                self.emit_const(match s.value {
                    ast::Singleton::None => Value::None,
                    ast::Singleton::True => Value::Bool(true),
                    ast::Singleton::False => Value::Bool(false),
                });
                self.emit(Instr::Is(false));
                self.jump_to_fail(st, Instr::PopJumpIfFalse);
            }
            Pattern::MatchSequence(s) => self.sequence_pattern(&s.patterns, st)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, st)?,
            Pattern::MatchClass(c) => self.class_pattern(c, st)?,
            Pattern::MatchStar(s) => self.capture(s.name.as_ref(), st)?,
            Pattern::MatchAs(a) => self.as_pattern(a, st)?,
            Pattern::MatchOr(o) => self.or_pattern(&o.patterns, p.range(), st)?,
        }
        Ok(())
    }

    /// A sub-pattern may be irrefutable whatever its parent may be (`[x, _]`).
    fn subpattern(&mut self, p: &'a Pattern, st: &mut PatternState) -> CResult {
        let allow = std::mem::replace(&mut st.allow_irrefutable, true);
        self.pattern(p, st)?;
        st.allow_irrefutable = allow;
        Ok(())
    }

    /// Captures the top of the stack as `name` (or drops it for `_`).
    fn capture(&mut self, name: Option<&ast::Identifier>, st: &mut PatternState) -> CResult {
        let Some(name) = name else {
            self.emit(Instr::Pop);
            return Ok(());
        };
        let name = name.as_str();
        if st.stores.iter().any(|s| s == name) {
            return Err(self.error(
                st.loc,
                format!(
                    "syntax error: multiple assignments to name {} in pattern",
                    str_repr(name)
                ),
            ));
        }
        // Under the items in use and the earlier captures.
        self.rotate_down(st.on_top as usize + st.stores.len() + 1);
        st.stores.push(name.to_string());
        Ok(())
    }

    fn as_pattern(&mut self, a: &'a ast::PatternMatchAs, st: &mut PatternState) -> CResult {
        let Some(inner) = &a.pattern else {
            if !st.allow_irrefutable {
                let what = match &a.name {
                    Some(n) => format!("name capture {}", str_repr(n.as_str())),
                    None => "wildcard".to_string(),
                };
                return Err(self.error(
                    st.loc,
                    format!("syntax error: {what} makes remaining patterns unreachable"),
                ));
            }
            return self.capture(a.name.as_ref(), st);
        };
        // Match a copy; the original is what gets bound.
        st.on_top += 1;
        self.emit(Instr::Dup);
        self.pattern(inner, st)?;
        st.on_top -= 1;
        self.capture(a.name.as_ref(), st)
    }

    /// `GetLen`, compare with `n`, fail when false.
    fn len_check(&mut self, n: usize, op: CmpOp, st: &mut PatternState) {
        self.emit(Instr::GetLen);
        self.emit_const(Value::Int(n as i64));
        self.emit(Instr::Compare(op));
        self.jump_to_fail(st, Instr::PopJumpIfFalse);
    }

    fn sequence_pattern(&mut self, patterns: &'a [Pattern], st: &mut PatternState) -> CResult {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcards = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let Pattern::MatchStar(s) = p {
                if star.is_some() {
                    return Err(self.error(
                        st.loc,
                        "syntax error: multiple starred names in sequence pattern",
                    ));
                }
                star_wildcard = s.name.is_none();
                only_wildcards &= star_wildcard;
                star = Some(i);
            } else {
                only_wildcards &= is_wildcard(p);
            }
        }
        // The subject stays on top through the type and length checks.
        st.on_top += 1;
        self.emit(Instr::MatchSequence);
        self.jump_to_fail(st, Instr::PopJumpIfFalse);
        match star {
            None => self.len_check(size, CmpOp::Eq, st),
            Some(_) if size > 1 => self.len_check(size - 1, CmpOp::Ge, st),
            Some(_) => {}
        }
        st.on_top -= 1;
        match star {
            _ if only_wildcards => {
                self.emit(Instr::Pop);
            }
            // `[first, *_, last]` indexes instead of unpacking the middle.
            Some(star) if star_wildcard => self.sequence_by_index(patterns, star, st)?,
            _ => self.sequence_unpacked(patterns, star, st)?,
        }
        Ok(())
    }

    fn sequence_unpacked(
        &mut self,
        patterns: &'a [Pattern],
        star: Option<usize>,
        st: &mut PatternState,
    ) -> CResult {
        let size = patterns.len();
        match star {
            None => {
                self.emit(Instr::UnpackSequence(size as u32));
            }
            Some(i) => {
                let (Ok(before), Ok(after)) = (u16::try_from(i), u16::try_from(size - i - 1))
                else {
                    return Err(self.error(
                        st.loc,
                        "syntax error: too many expressions in star-unpacking sequence pattern",
                    ));
                };
                self.emit(Instr::UnpackEx(before, after));
            }
        }
        // Each item is a new subject, consumed in order.
        st.on_top += size as u32;
        for p in patterns {
            st.on_top -= 1;
            self.subpattern(p, st)?;
        }
        Ok(())
    }

    fn sequence_by_index(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        st: &mut PatternState,
    ) -> CResult {
        let size = patterns.len();
        st.on_top += 1;
        for (i, p) in patterns.iter().enumerate() {
            if i == star || is_wildcard(p) {
                continue;
            }
            self.emit(Instr::Dup);
            if i < star {
                self.emit_const(Value::Int(i as i64));
            } else {
                // The subject may not take negative indexes: count from its length.
                self.emit(Instr::GetLen);
                self.emit_const(Value::Int((size - i) as i64));
                self.emit(Instr::Binary(BinOp::Sub));
            }
            self.emit(Instr::Subscr);
            self.subpattern(p, st)?;
        }
        st.on_top -= 1;
        self.emit(Instr::Pop);
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        st: &mut PatternState,
    ) -> CResult {
        let size = m.keys.len();
        st.on_top += 1;
        self.emit(Instr::MatchMapping);
        self.jump_to_fail(st, Instr::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            st.on_top -= 1;
            self.emit(Instr::Pop);
            return Ok(());
        }
        if size > 0 {
            self.len_check(size, CmpOp::Ge, st);
        }
        let mut seen: Vec<LiteralKey> = Vec::new();
        for key in &m.keys {
            match literal_key(key) {
                Some((k, _)) if !seen.contains(&k) => seen.push(k),
                Some((_, repr)) => {
                    return Err(self.error(
                        st.loc,
                        format!("syntax error: mapping pattern checks duplicate key ({repr})"),
                    ))
                }
                None if matches!(key, Expr::Attribute(_) | Expr::BytesLiteral(_))
                    || is_value_pattern(key) => {}
                None => {
                    return Err(self.error(
                        st.loc,
                        "syntax error: mapping pattern keys may only match literals and attribute lookups",
                    ))
                }
            }
            self.expr(key)?;
        }
        self.emit(Instr::BuildTuple(size as u32));
        // [subject, keys, values or None]
        self.emit(Instr::MatchKeys);
        st.on_top += 2;
        self.emit(Instr::Dup);
        self.jump_to_fail(st, Instr::PopJumpIfNone);
        self.emit(Instr::UnpackSequence(size as u32));
        st.on_top += size as u32;
        st.on_top -= 1;
        for p in &m.patterns {
            st.on_top -= 1;
            self.subpattern(p, st)?;
        }
        // The subject and the key tuple are consumed by what follows.
        st.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                self.emit(Instr::MatchRest);
                self.capture(Some(rest), st)?;
            }
            None => {
                self.emit(Instr::Pop);
                self.emit(Instr::Pop);
            }
        }
        Ok(())
    }

    fn class_pattern(&mut self, c: &'a ast::PatternMatchClass, st: &mut PatternState) -> CResult {
        let positional = &c.arguments.patterns;
        let keywords = &c.arguments.keywords;
        for (i, k) in keywords.iter().enumerate() {
            if let Some(again) = keywords[i + 1..]
                .iter()
                .find(|o| o.attr.as_str() == k.attr.as_str())
            {
                return Err(self.error(
                    again.pattern.range(),
                    format!(
                        "syntax error: attribute name repeated in class pattern: {}",
                        k.attr
                    ),
                ));
            }
        }
        if let Expr::Name(n) = &*c.cls {
            let name = n.id.as_str();
            if ABSENT_BUILTINS.contains(&name)
                && !self
                    .scopes
                    .get(crate::lang::scope::ScopeId(0))
                    .locals
                    .contains(name)
                && matches!(
                    self.access(name).0,
                    crate::lang::scope::Access::Global | crate::lang::scope::Access::Name
                )
            {
                return self.unsupported(
                    n.range,
                    &format!("class pattern `{name}(...)` (coroviz has no `{name}` objects)"),
                );
            }
        }
        self.set_line(c.range);
        self.expr(&c.cls)?;
        let names = keywords
            .iter()
            .map(|k| Value::str(k.attr.as_str()))
            .collect();
        let names = self.add_const(Value::tuple(names));
        self.emit(Instr::LoadConst(names));
        // [attributes or None]
        self.emit(Instr::MatchClass(positional.len() as u32));
        self.emit(Instr::Dup);
        st.on_top += 1;
        self.jump_to_fail(st, Instr::PopJumpIfNone);
        let n = positional.len() + keywords.len();
        self.emit(Instr::UnpackSequence(n as u32));
        st.on_top += n as u32;
        st.on_top -= 1;
        for p in positional.iter().chain(keywords.iter().map(|k| &k.pattern)) {
            st.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Instr::Pop);
            } else {
                self.subpattern(p, st)?;
            }
        }
        Ok(())
    }

    fn or_pattern(
        &mut self,
        alternatives: &'a [Pattern],
        range: TextRange,
        st: &mut PatternState,
    ) -> CResult {
        let end = self.new_label();
        // Each alternative starts afresh on a copy of the subject.
        let outer_stores = std::mem::take(&mut st.stores);
        let outer_fail_pop = std::mem::take(&mut st.fail_pop);
        let outer_on_top = st.on_top;
        let outer_allow = st.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alternatives.iter().enumerate() {
            st.loc = alt.range();
            self.set_line(alt.range());
            st.stores = Vec::new();
            st.allow_irrefutable = i + 1 == alternatives.len() && outer_allow;
            st.on_top = 0;
            self.emit(Instr::Dup);
            self.pattern(alt, st)?;
            match &control {
                None => control = Some(st.stores.clone()),
                Some(names) => {
                    let same = names.len() == st.stores.len()
                        && names.iter().all(|n| st.stores.contains(n));
                    if !same {
                        return Err(self.error(
                            st.loc,
                            "syntax error: alternative patterns bind different names",
                        ));
                    }
                    self.reorder_captures(&st.stores, names);
                }
            }
            self.emit(Instr::Jump(end.0));
            self.emit_fail_pops(st);
        }
        let control = control.unwrap_or_default();
        st.stores = outer_stores;
        st.fail_pop = outer_fail_pop;
        st.on_top = outer_on_top;
        st.allow_irrefutable = outer_allow;
        // No alternative matched: drop the subject and fail.
        self.set_line(range);
        self.emit(Instr::Pop);
        self.jump_to_fail(st, Instr::Jump);
        self.place(end);
        // [earlier captures, items in use, subject, this pattern's captures]: each capture
        // goes down under everything but the ones still to move.
        let depth = control.len() + 1 + st.on_top as usize + st.stores.len();
        for name in control {
            self.rotate_down(depth);
            if st.stores.contains(&name) {
                return Err(self.error(
                    st.loc,
                    format!(
                        "syntax error: multiple assignments to name {} in pattern",
                        str_repr(&name)
                    ),
                ));
            }
            st.stores.push(name);
        }
        self.emit(Instr::Pop);
        Ok(())
    }

    /// Swaps an alternative's captures (`current[0]` on top) into the order of the first
    /// alternative's (`wanted[0]` on top), so every alternative leaves them alike.
    fn reorder_captures(&mut self, current: &[String], wanted: &[String]) {
        let mut order: Vec<&str> = current.iter().map(String::as_str).collect();
        for pos in (2..=wanted.len()).rev() {
            let want = wanted[pos - 1].as_str();
            if order[pos - 1] == want {
                continue;
            }
            let Some(at) = order.iter().position(|n| *n == want) else {
                continue;
            };
            if at != 0 {
                self.emit(Instr::Swap(at as u32 + 1));
                order.swap(0, at);
            }
            self.emit(Instr::Swap(pos as u32));
            order.swap(0, pos - 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::compile::compile;

    fn key(src: &str) -> Option<(LiteralKey, String)> {
        let parsed = ruff_python_parser::parse_expression(src).expect("an expression");
        literal_key(parsed.expr())
    }

    /// The message of the refusal for `source`, or None when it compiles.
    fn refusal(source: &str) -> Option<(u32, u32, String)> {
        compile("t.py", source)
            .err()
            .map(|d| (d.line, d.col, d.message))
    }

    #[test]
    fn literal_keys_compare_as_dict_keys_do() {
        let k = |s| key(s).expect("a literal").0;
        assert!(k("1") == k("1.0") && k("1") == k("True"));
        assert!(k("0") == k("-0.0") && k("0") == k("False"));
        assert!(k("'1'") != k("1") && k("None") != k("0") && k("0.5") != k("-0.5"));
        assert_eq!(key("-7").map(|(_, r)| r).as_deref(), Some("-7"));
        assert_eq!(key("\"it's\"").map(|(_, r)| r).as_deref(), Some("\"it's\""));
        assert!(key("K.A").is_none() && key("1j").is_none());
    }

    #[test]
    fn value_patterns_are_literals_and_dotted_names() {
        let ok = |s| {
            is_value_pattern(
                ruff_python_parser::parse_expression(s)
                    .expect("expr")
                    .expr(),
            )
        };
        assert!(ok("1") && ok("-1") && ok("1 + 2j") && ok("-1 - 2j") && ok("a.b.c") && ok("'s'"));
        assert!(!ok("f'x'") && !ok("-a") && !ok("1 * 2") && !ok("(1, 2)"));
    }

    #[test]
    fn compile_time_errors_point_where_cpython_does() {
        let src = "match x:\n    case [a] | [b]:\n        pass\n";
        let (line, col, msg) = refusal(src).expect("refused");
        assert_eq!((line, col), (2, 17));
        assert!(
            msg.ends_with("alternative patterns bind different names"),
            "{msg}"
        );
        let src = "match x:\n    case {1: _, True: _}:\n        pass\n";
        let (_, _, msg) = refusal(src).expect("refused");
        assert!(
            msg.ends_with("mapping pattern checks duplicate key (True)"),
            "{msg}"
        );
        // Captures in other orders, and irrefutable patterns that are last or guarded, compile.
        let src = "match x:\n    case (a, b) | [b, a]:\n        pass\n    case y if y:\n        pass\n    case z:\n        pass\n";
        assert_eq!(refusal(src), None);
    }
}
