//! What a deadlock report says: at the moment the loop finds nothing ready and no timer
//! set, each task still waiting, the line it waits at, and what it waits on, followed to
//! what can never happen (a future nobody completes, a lock held by another waiting task,
//! a queue nobody puts to). CPython would hang there forever; coroviz stops and says why.

use std::rc::Rc;

use super::event_loop::LoopObj;
use super::future::FutureObj;
use super::task::coro_line;
use crate::runtime::event::TaskId;
use crate::runtime::vm::Vm;

/// The first line of every deadlock report (stderr and the dashboard's warning).
pub const DEADLOCK_HEADLINE: &str =
    "nothing is ready, no timer is set, and the loop is still waiting";

impl Vm<'_> {
    /// One line per task of `l` still waiting, in creation order:
    /// `Task-2 (worker) at line 7 → Lock-1 (line 3) held by Task-3`.
    pub fn deadlock_report(&self, l: &Rc<LoopObj>) -> Vec<String> {
        let tasks = l.pending_tasks();
        let name_of = |id: TaskId| -> String {
            tasks
                .iter()
                .chain(
                    self.asyncio
                        .all_tasks
                        .iter()
                        .filter_map(std::rc::Weak::upgrade)
                        .collect::<Vec<_>>()
                        .iter(),
                )
                .find(|t| t.task_id() == Some(id))
                .map_or_else(|| format!("task #{}", id.0), |t| t.label())
        };
        tasks
            .iter()
            .filter_map(|t| {
                let td = t.task.as_ref()?;
                let coro = coro_name(&td.coro);
                let line = coro_line(&td.coro);
                let waits = match td.fut_waiter.borrow().as_ref() {
                    Some(f) => self.blocker_text(f, &name_of),
                    None => "nothing can wake it".to_string(),
                };
                let at = match line {
                    0 => String::new(),
                    n => format!(" at line {n}"),
                };
                Some(format!("{} ({coro}){at} → {waits}", t.label()))
            })
            .collect()
    }

    /// What the future `f` a task waits on is, and why it never completes.
    fn blocker_text(&self, f: &Rc<FutureObj>, name: &dyn Fn(TaskId) -> String) -> String {
        if f.task.is_some() {
            return f.label();
        }
        if let Some(g) = &f.gather {
            let pending: Vec<String> = g
                .children
                .borrow()
                .iter()
                .filter(|c| !c.done())
                .map(|c| c.label())
                .collect();
            return format!("{} of {}", f.what.borrow(), pending.join(", "));
        }
        if let Some(text) = f.waiter_on().and_then(|k| self.prim_blocker(k, name)) {
            return text;
        }
        match f.what.borrow().as_str() {
            "Future" => format!("Future-{}, nobody completes it", f.id.0),
            what => format!("Future-{} ({what}), nobody completes it", f.id.0),
        }
    }
}

/// The coroutine's name as the task table shows it: `main`, `worker`.
fn coro_name(coro: &crate::runtime::objects::value::Value) -> String {
    match coro {
        crate::runtime::objects::value::Value::Gen(g) => g.qualname.to_string(),
        other => other.type_name().to_string(),
    }
}
