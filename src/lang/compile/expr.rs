//! Expressions: operators, calls, displays, comprehensions, f-strings, await and yield.

mod comprehension;
mod legacy;

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::stmt::FuncHead;
use super::{CResult, Compiler};
use crate::lang::bytecode::{BinOp, CmpOp, CodeKind, Conversion, Instr, UnOp};
use crate::runtime::objects::value::Value;
use comprehension::Comp;

pub(super) fn bin_op(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

/// Parses an integer literal's source text (`0x_ff`, `1_000`, `123456789012345678901234`).
fn parse_int_literal(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d.to_string(), 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d.to_string(), 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

impl<'a> Compiler<'a> {
    pub(super) fn expr_at(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => match i.as_i64() {
                    Some(v) => self.emit_const(Value::Int(v)),
                    None => {
                        let text =
                            &self.source[n.range.start().to_usize()..n.range.end().to_usize()];
                        let Some(b) = parse_int_literal(text) else {
                            return Err(
                                self.error(n.range, "syntax error: invalid integer literal")
                            );
                        };
                        self.emit_const(Value::int_from_big(b))
                    }
                },
                ast::Number::Float(f) => self.emit_const(Value::Float(*f)),
                ast::Number::Complex { .. } => return self.unsupported(n.range, "complex number"),
            },
            Expr::StringLiteral(s) => self.emit_const(Value::str(s.value.to_str())),
            Expr::BytesLiteral(b) => {
                self.emit_const(Value::Bytes(b.value.bytes().collect::<Vec<u8>>().into()))
            }
            Expr::BooleanLiteral(b) => self.emit_const(Value::Bool(b.value)),
            Expr::NoneLiteral(_) => self.emit_const(Value::None),
            Expr::EllipsisLiteral(_) => self.emit_const(Value::Ellipsis),
            Expr::Name(n) => {
                let name = n.id.as_str();
                let refused = super::names::UNMODELLED_BUILTINS
                    .iter()
                    .find(|(n, _)| *n == name);
                if let Some((_, why)) = refused.filter(|_| {
                    self.origin == super::Origin::Program
                        && matches!(
                            self.access(name).0,
                            crate::lang::scope::Access::Global | crate::lang::scope::Access::Name
                        )
                        && !self
                            .scopes
                            .get(crate::lang::scope::ScopeId(0))
                            .locals
                            .contains(name)
                }) {
                    return self.unsupported(n.range, &format!("the builtin `{name}` ({why})"));
                }
                self.emit_load_name(name)
            }
            Expr::Attribute(a) => {
                self.legacy_attribute(a)?;
                self.check_module_attr(a)?;
                self.expr(&a.value)?;
                let i = self.name_index(a.attr.as_str());
                self.emit(Instr::LoadAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_line(e.range());
                self.emit(Instr::Subscr);
            }
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.emit_const(Value::None),
                    }
                }
                match &s.step {
                    Some(x) => {
                        self.expr(x)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Instr::Binary(bin_op(b.op)));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::USub => UnOp::Neg,
                };
                self.emit(Instr::Unary(op));
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        match b.op {
                            ast::BoolOp::And => self.emit(Instr::JumpIfFalseOrPop(end.0)),
                            ast::BoolOp::Or => self.emit(Instr::JumpIfTrueOrPop(end.0)),
                        };
                    }
                }
                self.place(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.expr(&i.test)?;
                self.emit(Instr::PopJumpIfFalse(orelse.0));
                self.expr(&i.body)?;
                self.emit(Instr::Jump(end.0));
                self.place(orelse);
                self.expr(&i.orelse)?;
                self.place(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Dup);
                self.store(&n.target)?;
            }
            Expr::Tuple(t) => self.sequence(&t.elts, Seq::Tuple)?,
            Expr::List(l) => self.sequence(&l.elts, Seq::List)?,
            Expr::Set(s) => self.sequence(&s.elts, Seq::Set)?,
            Expr::Dict(d) => self.dict(d)?,
            Expr::Call(c) => self.call(c)?,
            Expr::Lambda(l) => {
                let scope = self.scopes.scope_for(l.range);
                let qualname = self.qualname_for("<lambda>");
                let line = self.range_line(l);
                let empty = Box::leak(Box::<ast::Parameters>::default());
                let params: &'a ast::Parameters = match &l.parameters {
                    Some(p) => p,
                    None => empty,
                };
                self.make_function(
                    FuncHead {
                        scope,
                        kind: CodeKind::Lambda,
                        name: "<lambda>",
                        qualname: &qualname,
                        line,
                    },
                    params,
                    |c| {
                        c.expr(&l.body)?;
                        c.emit(Instr::Return);
                        Ok(())
                    },
                )?;
            }
            Expr::ListComp(c) => self.comprehension(c.range, &c.generators, Comp::List(&c.elt))?,
            Expr::SetComp(c) => self.comprehension(c.range, &c.generators, Comp::Set(&c.elt))?,
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(c.range, &c.generators, Comp::Dict(k, &c.value))?,
                // The parser reports this first; kept for a tree that reaches here anyway.
                None => {
                    return Err(self.error(
                        c.value.range(),
                        "syntax error: dict unpacking cannot be used in dict comprehension",
                    ))
                }
            },
            Expr::Generator(c) => self.comprehension(c.range, &c.generators, Comp::Gen(&c.elt))?,
            Expr::Await(a) => {
                // A comprehension that awaits is compiled as a coroutine (or an async
                // generator), so only real misuses reach the messages.
                if !matches!(
                    self.unit().kind,
                    CodeKind::Coroutine | CodeKind::AsyncGenerator
                ) {
                    let msg = if self.unit().kind == CodeKind::Module {
                        "'await' outside function"
                    } else {
                        "'await' outside async function"
                    };
                    return Err(self.error(a.range, format!("syntax error: {msg}")));
                }
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Instr::GetAwaitable);
                self.emit_send();
            }
            Expr::Yield(y) => {
                self.check_yield(y.range)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::None),
                }
                self.set_line(y.range);
                self.emit(Instr::Yield);
            }
            Expr::YieldFrom(y) => {
                if self.unit().kind == CodeKind::AsyncGenerator {
                    return Err(
                        self.error(y.range, "syntax error: 'yield from' inside async function")
                    );
                }
                self.check_yield(y.range)?;
                self.expr(&y.value)?;
                self.set_line(y.range);
                self.emit(Instr::GetYieldFromIter);
                self.emit_send();
            }
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => return self.unsupported(t.range, "template string"),
            Expr::Starred(s) => {
                return Err(self.error(s.range, "syntax error: can't use starred expression here"))
            }
            Expr::IpyEscapeCommand(i) => {
                return self.unsupported(i.range, "IPython escape command")
            }
        }
        Ok(())
    }

    fn check_yield(&self, range: TextRange) -> CResult {
        let Some(u) = self.units.last() else {
            return Ok(());
        };
        if let Some(what) = comprehension::described(&u.name) {
            if self.scopes.get(u.scope).kind == crate::lang::scope::ScopeKind::Comprehension {
                return Err(self.error(range, format!("syntax error: 'yield' inside {what}")));
            }
        }
        match u.kind {
            CodeKind::Generator | CodeKind::AsyncGenerator => Ok(()),
            CodeKind::Module => Err(self.error(range, "syntax error: 'yield' outside function")),
            _ => self.unsupported(range, "`yield` here"),
        }
    }

    /// `[iter, None]` then `Send`: delegate to the iterator until it returns.
    pub(super) fn emit_send(&mut self) {
        self.emit_const(Value::None);
        let done = self.new_label();
        self.emit(Instr::Send(done.0));
        self.place(done);
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right)?;
            if i + 1 < n {
                self.emit(Instr::Dup);
                self.emit(Instr::Rot3);
            }
            let ins = match op {
                ast::CmpOp::Eq => Instr::Compare(CmpOp::Eq),
                ast::CmpOp::NotEq => Instr::Compare(CmpOp::Ne),
                ast::CmpOp::Lt => Instr::Compare(CmpOp::Lt),
                ast::CmpOp::LtE => Instr::Compare(CmpOp::Le),
                ast::CmpOp::Gt => Instr::Compare(CmpOp::Gt),
                ast::CmpOp::GtE => Instr::Compare(CmpOp::Ge),
                ast::CmpOp::Is => Instr::Is(false),
                ast::CmpOp::IsNot => Instr::Is(true),
                ast::CmpOp::In => Instr::Contains(false),
                ast::CmpOp::NotIn => Instr::Contains(true),
            };
            self.emit(ins);
            if i + 1 < n {
                self.emit(Instr::JumpIfFalseOrPop(cleanup.0));
            }
        }
        if n > 1 {
            self.emit(Instr::Jump(end.0));
            self.place(cleanup);
            self.emit(Instr::Rot2);
            self.emit(Instr::Pop);
            self.place(end);
        }
        Ok(())
    }

    fn sequence(&mut self, elts: &'a [Expr], kind: Seq) -> CResult {
        let starred = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !starred {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                Seq::Tuple => Instr::BuildTuple(n),
                Seq::List => Instr::BuildList(n),
                Seq::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        if matches!(kind, Seq::Set) {
            return self.unsupported(elts[0].range(), "starred item in a set display");
        }
        self.emit(Instr::BuildList(0));
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Instr::ListExtend);
                }
                _ => {
                    self.expr(e)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        if matches!(kind, Seq::Tuple) {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult {
        let has_splat = d.items.iter().any(|i| i.key.is_none());
        if !has_splat {
            for item in &d.items {
                if let Some(k) = &item.key {
                    self.expr(k)?;
                }
                self.expr(&item.value)?;
            }
            self.emit(Instr::BuildMap(d.items.len() as u32));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.expr(&item.value)?;
                    self.emit(Instr::DictMerge);
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        self.legacy_call(c)?;
        if self.zero_arg_super(c)? || self.scope_names_call(c)? {
            return Ok(());
        }
        if let Expr::Attribute(a) = &*c.func {
            if matches!(
                a.attr.as_str(),
                "update"
                    | "setdefault"
                    | "pop"
                    | "popitem"
                    | "clear"
                    | "__setitem__"
                    | "__delitem__"
            ) {
                self.refuse_namespace_write(&a.value)?;
            }
        }
        let args = &c.arguments.args;
        let kws = &c.arguments.keywords;
        let star = args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || kws.iter().any(|k| k.arg.is_none());
        let line_range = c.range();
        if star {
            self.expr(&c.func)?;
            self.emit(Instr::BuildList(0));
            for a in args.iter() {
                match a {
                    Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(Instr::ListExtend);
                    }
                    _ => {
                        self.expr(a)?;
                        self.emit(Instr::ListAppend(1));
                    }
                }
            }
            self.emit(Instr::ListToTuple);
            if kws.is_empty() {
                self.emit_const(Value::None);
            } else {
                self.emit(Instr::BuildMap(0));
                for k in kws.iter() {
                    match &k.arg {
                        Some(name) => {
                            self.emit_const(Value::str(name.as_str()));
                            self.expr(&k.value)?;
                            self.emit(Instr::MapAdd(1));
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.emit(Instr::DictMergeCall);
                        }
                    }
                }
            }
            self.set_line(line_range);
            self.emit(Instr::CallEx);
            return Ok(());
        }
        if let (Expr::Attribute(a), true) = (&*c.func, kws.is_empty()) {
            self.check_module_attr(a)?;
            self.expr(&a.value)?;
            let n = self.name_index(a.attr.as_str());
            self.emit(Instr::LoadMethod(n));
            for arg in args.iter() {
                self.expr(arg)?;
            }
            self.set_line(line_range);
            self.emit(Instr::CallMethod(args.len() as u32));
            return Ok(());
        }
        self.expr(&c.func)?;
        for arg in args.iter() {
            self.expr(arg)?;
        }
        for k in kws.iter() {
            self.expr(&k.value)?;
        }
        self.set_line(line_range);
        if kws.is_empty() {
            self.emit(Instr::Call(args.len() as u32));
        } else {
            let mut seen = std::collections::HashSet::new();
            let mut names = Vec::new();
            for k in kws.iter() {
                let name = k.arg.as_ref().map(|n| n.as_str()).unwrap_or_default();
                if !seen.insert(name) {
                    return Err(self.error(
                        k.range,
                        format!("syntax error: keyword argument repeated: {name}"),
                    ));
                }
                names.push(Value::str(name));
            }
            let names = self.add_const(Value::tuple(names));
            self.emit(Instr::CallKw {
                argc: (args.len() + kws.len()) as u32,
                names,
            });
        }
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
        let mut parts = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    if !l.value.is_empty() {
                        self.emit_const(Value::str(&l.value));
                        parts += 1;
                    }
                }
                ast::FStringPart::FString(fs) => parts += self.fstring_elements(&fs.elements)?,
            }
        }
        if parts == 0 {
            self.emit_const(Value::str(""));
        } else if parts > 1 {
            self.emit(Instr::BuildString(parts));
        }
        Ok(())
    }

    /// Emits each element; returns how many strings it pushed.
    fn fstring_elements(&mut self, elements: &'a ast::InterpolatedStringElements) -> CResult<u32> {
        let mut parts = 0;
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.emit_const(Value::str(&l.value));
                    parts += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => Conversion::None,
                        ast::ConversionFlag::Str => Conversion::Str,
                        ast::ConversionFlag::Repr => Conversion::Repr,
                        ast::ConversionFlag::Ascii => Conversion::Ascii,
                    };
                    if let Some(debug) = &i.debug_text {
                        let r = i.expression.range();
                        let text = format!(
                            "{}{}{}",
                            debug.leading(),
                            &self.source[r.start().to_usize()..r.end().to_usize()],
                            debug.trailing()
                        );
                        self.emit_const(Value::str(&text));
                        parts += 1;
                        if conversion == Conversion::None && i.format_spec.is_none() {
                            conversion = Conversion::Repr;
                        }
                    }
                    self.expr(&i.expression)?;
                    let has_spec = match &i.format_spec {
                        Some(spec) => {
                            let n = self.fstring_elements(&spec.elements)?;
                            match n {
                                0 => self.emit_const(Value::str("")),
                                1 => {}
                                _ => {
                                    self.emit(Instr::BuildString(n));
                                }
                            }
                            true
                        }
                        None => false,
                    };
                    self.emit(Instr::FormatValue(conversion, has_spec));
                    parts += 1;
                }
            }
        }
        Ok(parts)
    }
}

#[derive(Clone, Copy)]
enum Seq {
    Tuple,
    List,
    Set,
}
