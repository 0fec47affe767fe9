//! What CPython reports when objects die unattended: a coroutine never awaited, a task or
//! future whose exception nobody retrieved. Objects note it when dropped (Rc gives the same
//! timing as CPython's reference counting); the VM prints the notes at its next safe point.

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;

use crate::runtime::event::{EventKind, WarningKind};
use crate::runtime::objects::exceptions::ExcObj;
use crate::runtime::objects::value::Value;
use crate::runtime::vm::Vm;

/// Something an object noticed as it was dropped.
pub enum GcNote {
    NeverAwaited {
        qualname: Rc<str>,
    },
    /// A task was collected while still pending (`waiting`: on a plain future, or a task).
    DestroyedPending {
        info: TaskInfo,
        cancelling: bool,
        waiting: Option<bool>,
    },
    /// A suspended generator or coroutine was dropped inside `try`/`with`: close it.
    Finalize(Rc<crate::runtime::objects::value::GenObj>),
    /// `kind` names a plain future's class (`Future`, or gather's `_GatheringFuture`).
    NeverRetrieved {
        task: Option<TaskInfo>,
        kind: &'static str,
        exc: Rc<ExcObj>,
    },
}

/// How a dropped task is described: its name and its coroutine's name and definition.
pub struct TaskInfo {
    pub name: Rc<str>,
    pub coro: Rc<str>,
    pub file: Rc<str>,
    pub line: u32,
}

thread_local! {
    static NOTES: RefCell<Vec<GcNote>> = const { RefCell::new(Vec::new()) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

pub fn note(n: GcNote) {
    let mut n = Some(n);
    let stored = NOTES.try_with(|v| v.borrow_mut().extend(n.take()));
    if stored.is_err() {
        // The thread is exiting and the notes are gone: nobody will print this one, and
        // dropping it here could note it again, forever.
        std::mem::forget(n);
        return;
    }
    let _ = PENDING.try_with(|p| p.set(true));
}

#[inline]
pub fn pending() -> bool {
    PENDING.with(Cell::get)
}

/// Forgets pending notes: objects dying at interpreter teardown go unreported, as in CPython.
pub fn discard() {
    drop(take());
}

fn take() -> Vec<GcNote> {
    PENDING.with(|p| p.set(false));
    NOTES.with(|v| std::mem::take(&mut *v.borrow_mut()))
}

/// Warning locations already reported (the `default` warnings filter shows each once).
#[derive(Default)]
pub struct Reported(HashSet<(String, u32, String)>);

impl Vm<'_> {
    /// Prints pending notes as CPython would; `at` is the file and line running now.
    pub fn flush_gc_notes(&mut self, at: Option<(Rc<str>, u32)>) {
        for n in take() {
            match n {
                GcNote::DestroyedPending {
                    info,
                    cancelling,
                    waiting,
                } => {
                    let state = if cancelling { "cancelling" } else { "pending" };
                    let wait_for = match waiting {
                        Some(true) => " wait_for=<Future pending cb=[Task.task_wakeup()]>",
                        Some(false) => " wait_for=<Task pending>",
                        None => "",
                    };
                    let message = format!(
                        "Task was destroyed but it is pending!\ntask: <Task {state} name='{}' coro=<{}() done, defined at {}:{}>{wait_for}>",
                        info.name, info.coro, info.file, info.line
                    );
                    // Errors inside the program's log handlers were reported by them.
                    let _ = self.asyncio_error(&message, None);
                    if self.emitting() {
                        self.emit(EventKind::Warning {
                            warning: WarningKind::TaskDestroyedPending,
                            msg: format!("Task was destroyed but it is pending: {}", info.name),
                        });
                    }
                }
                GcNote::Finalize(g) => {
                    use crate::runtime::objects::value::{GenKind, GenStatus};
                    let v = Value::Gen(g.clone());
                    let once = (g.kind != GenKind::AsyncGenerator).then(|| g.clone());
                    let closed = if g.kind == GenKind::AsyncGenerator {
                        self.finalize_async_gen(g)
                    } else {
                        self.close(&v)
                    };
                    if let Err(crate::runtime::vm::Unwind::Exc(e)) = closed {
                        let what = self.repr(&v).unwrap_or_default();
                        let text = format!(
                            "Exception ignored in: {what}\n{}",
                            self.format_exception(&e)
                        );
                        self.write_stderr(&text);
                    }
                    // CPython finalises an object once: if close() failed (the generator
                    // yielded again), it is gone all the same, not finalised again.
                    if let Some(g) = once {
                        g.status.set(GenStatus::Closed);
                        let frame = g.frame.borrow_mut().take();
                        drop(frame);
                    }
                }
                GcNote::NeverAwaited { qualname } => {
                    let msg = format!("coroutine '{qualname}' was never awaited");
                    let (file, line) = at.clone().unwrap_or((Rc::from("sys"), 1));
                    if !self
                        .reported
                        .0
                        .insert((file.to_string(), line, msg.clone()))
                    {
                        continue;
                    }
                    let mut text = format!("{file}:{line}: RuntimeWarning: {msg}\n");
                    if *file == *self.source_file {
                        if let Some(src) = self.source.lines().nth(line.saturating_sub(1) as usize)
                        {
                            text.push_str(&format!("  {}\n", src.trim()));
                        }
                    }
                    text.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
                    self.write_stderr(&text);
                    if self.emitting() {
                        self.emit(EventKind::Warning {
                            warning: WarningKind::CoroutineNeverAwaited,
                            msg,
                        });
                    }
                }
                GcNote::NeverRetrieved { task, kind, exc } => {
                    let exc_repr = self
                        .repr(&Value::Exception(exc.clone()))
                        .unwrap_or_default();
                    let (head, future) = match &task {
                        Some(TaskInfo { name, coro, file, line }) => (
                            "Task exception was never retrieved",
                            format!("<Task finished name='{name}' coro=<{coro}() done, defined at {file}:{line}> exception={exc_repr}>"),
                        ),
                        None if kind == "Future" => ("Future exception was never retrieved", format!("<Future finished exception={exc_repr}>")),
                        None => ("_GatheringFuture exception was never retrieved", format!("<_GatheringFuture finished exception={exc_repr}>")),
                    };
                    let message = format!("{head}\nfuture: {future}");
                    let _ = self.asyncio_error(&message, Some(&exc));
                    if self.emitting() {
                        let msg = format!("{head}: {}", self.exception_line(&exc));
                        self.emit(EventKind::Warning {
                            warning: WarningKind::ExceptionNeverRetrieved,
                            msg,
                        });
                    }
                }
            }
        }
    }
}
