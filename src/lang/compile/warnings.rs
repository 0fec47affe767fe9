//! The SyntaxWarnings CPython 3.11's compiler prints before a program runs: `is` with a
//! literal, an assert of a parenthesised tuple, and calling something that is never callable
//! (a missed comma). They are found on the AST in source order, the order CPython compiles
//! the code objects in, and are printed as the `warnings` module shows them.

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{CmpOp, Expr, Number, Stmt, UnaryOp};
use ruff_text_size::Ranged;

/// The warnings of a module, each as stderr shows it:
/// `FILE:LINE: SyntaxWarning: MESSAGE` then the stripped source line.
pub fn syntax_warnings(code_file: &str, source: &str, body: &[Stmt]) -> Vec<String> {
    let mut finder = Finder { found: Vec::new() };
    for stmt in body {
        finder.visit_stmt(stmt);
    }
    finder
        .found
        .into_iter()
        .map(|(offset, message)| {
            let line = source[..offset].matches('\n').count() + 1;
            let start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
            let end = source[offset..]
                .find('\n')
                .map_or(source.len(), |i| offset + i);
            let text = source[start..end].trim();
            let mut out = format!("{code_file}:{line}: SyntaxWarning: {message}\n");
            if !text.is_empty() {
                out.push_str(&format!("  {text}\n"));
            }
            out
        })
        .collect()
}

struct Finder {
    /// (byte offset of the construct, message), in source order.
    found: Vec<(usize, String)>,
}

impl Finder {
    fn warn(&mut self, at: &impl Ranged, message: String) {
        self.found.push((at.start().to_usize(), message));
    }
}

impl<'a> Visitor<'a> for Finder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::Assert(a) = stmt {
            if matches!(&*a.test, Expr::Tuple(t) if !t.elts.is_empty()) {
                self.warn(
                    stmt,
                    "assertion is always true, perhaps remove parentheses?".into(),
                );
            }
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Compare(c) => {
                // One warning per comparison at most: the first `is` beside a literal.
                let mut left_literal = is_literal(&c.left);
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    let right_literal = is_literal(right);
                    if matches!(op, CmpOp::Is | CmpOp::IsNot) && (left_literal || right_literal) {
                        let message = if *op == CmpOp::Is {
                            "\"is\" with a literal. Did you mean \"==\"?"
                        } else {
                            "\"is not\" with a literal. Did you mean \"!=\"?"
                        };
                        self.warn(expr, message.into());
                        break;
                    }
                    left_literal = right_literal;
                }
            }
            Expr::Call(call) => {
                if let Some(kind) = never_callable(&call.func) {
                    self.warn(
                        expr,
                        format!("'{kind}' object is not callable; perhaps you missed a comma?"),
                    );
                }
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}

/// Is `e` a constant other than None, True, False and `...` once CPython has folded
/// constants (numbers, strings, bytes, signed numbers, tuples of constants)?
fn is_literal(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => true,
        Expr::UnaryOp(u) => {
            matches!(u.op, UnaryOp::USub | UnaryOp::UAdd | UnaryOp::Invert)
                && matches!(&*u.operand, Expr::NumberLiteral(_))
        }
        Expr::Tuple(t) => t.elts.iter().all(is_constant),
        _ => false,
    }
}

/// Does CPython fold `e` into a constant?
fn is_constant(e: &Expr) -> bool {
    is_literal(e)
        || matches!(
            e,
            Expr::NoneLiteral(_) | Expr::BooleanLiteral(_) | Expr::EllipsisLiteral(_)
        )
}

/// The type a call's callee always has when no value of it is callable.
fn never_callable(e: &Expr) -> Option<&'static str> {
    Some(match e {
        Expr::NumberLiteral(n) => match n.value {
            Number::Int(_) => "int",
            Number::Float(_) => "float",
            Number::Complex { .. } => "complex",
        },
        Expr::StringLiteral(_) | Expr::FString(_) => "str",
        Expr::BytesLiteral(_) => "bytes",
        Expr::NoneLiteral(_) => "NoneType",
        Expr::BooleanLiteral(_) => "bool",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::Generator(_) => "generator",
        _ => return None,
    })
}
