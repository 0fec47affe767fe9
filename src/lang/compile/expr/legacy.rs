//! asyncio spellings from before Python 3.11 that study notes still use, refused before the
//! program runs with the modern equivalent: `asyncio.Task.all_tasks()` and `loop=`
//! arguments. (`@asyncio.coroutine` is refused with the decorators, `asyncio.async(...)` by
//! the parser: a syntax error since 3.7.)
//!
//! CPython 3.11 fails on each of these only when it reaches it (an `AttributeError`, a
//! `TypeError`); refusing them up front, with the fix, is what a learner needs.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::super::{CResult, Compiler};

/// asyncio functions and classes whose `loop` parameter Python 3.10 removed.
const LOOP_REMOVED: &[&str] = &[
    "sleep",
    "gather",
    "wait",
    "wait_for",
    "shield",
    "as_completed",
    "open_connection",
    "start_server",
    "open_unix_connection",
    "start_unix_server",
    "create_subprocess_exec",
    "create_subprocess_shell",
    "Queue",
    "LifoQueue",
    "PriorityQueue",
    "Lock",
    "Event",
    "Condition",
    "Semaphore",
    "BoundedSemaphore",
];

/// `NAME` when `e` is `asyncio.NAME`.
fn asyncio_attr(e: &Expr) -> Option<&str> {
    match e {
        Expr::Attribute(a) => match &*a.value {
            Expr::Name(n) if n.id.as_str() == "asyncio" => Some(a.attr.as_str()),
            _ => None,
        },
        _ => None,
    }
}

impl Compiler<'_> {
    /// `asyncio.Task.all_tasks` and `asyncio.Task.current_task`: class methods removed in 3.9.
    pub(super) fn legacy_attribute(&self, a: &ast::ExprAttribute) -> CResult {
        let name = a.attr.as_str();
        if asyncio_attr(&a.value) == Some("Task") && matches!(name, "all_tasks" | "current_task") {
            let help = if name == "all_tasks" {
                "use `asyncio.all_tasks()` inside a coroutine, or `asyncio.all_tasks(loop)` \
                 outside one; it returns only the unfinished tasks, as a set"
            } else {
                "use `asyncio.current_task()` inside a coroutine"
            };
            return Err(self
                .error(
                    a.range,
                    format!("unsupported: `asyncio.Task.{name}()` (removed in Python 3.9)"),
                )
                .with_help(help));
        }
        Ok(())
    }

    /// A call: what its callee spells (see [`Self::legacy_attribute`]), and a `loop=`
    /// argument to an asyncio function that no longer takes one.
    pub(super) fn legacy_call(&self, c: &ast::ExprCall) -> CResult {
        if let Expr::Attribute(a) = &*c.func {
            self.legacy_attribute(a)?;
        }
        let Some(name) = asyncio_attr(&c.func).filter(|n| LOOP_REMOVED.contains(n)) else {
            return Ok(());
        };
        match c.arguments.find_keyword("loop") {
            Some(k) => Err(self
                .error(
                    k.range(),
                    format!(
                        "unsupported: the `loop` argument of `asyncio.{name}()` (removed in \
                         Python 3.10)"
                    ),
                )
                .with_help(format!(
                    "drop `loop=`: `asyncio.{name}()` uses the running event loop"
                ))),
            None => Ok(()),
        }
    }
}
