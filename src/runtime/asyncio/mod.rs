//! asyncio, ported by semantics from CPython 3.11's Lib/asyncio: futures, tasks, the event
//! loop's ready deque and timer heap, gather/wait/sleep, and `asyncio.run`'s Runner.

pub mod deadlock;
pub mod event_loop;
pub mod future;
pub mod handle;
pub mod heapq;
pub mod module;
pub mod native_coro;
pub mod prims;
pub mod reprs;
pub mod task;

use std::collections::VecDeque;
use std::rc::Rc;

use crate::runtime::engine::{Action, ScriptAction};
use event_loop::LoopObj;
use future::FutureObj;

/// What `asyncio.run`'s Runner installs as the SIGINT handler (CPython 3.11's `_on_sigint`).
pub struct RunnerSigint {
    pub main_task: Rc<FutureObj>,
    pub interrupt_count: u32,
}

/// Interpreter-wide asyncio state: the clock, counters, the current and running loops.
pub struct AsyncState {
    /// Virtual time, seconds.
    pub now: f64,
    /// Loop iterations run so far (all loops), for event stamps.
    pub iteration: u64,
    /// `Task-N` counter, global like CPython's.
    pub task_name_counter: u64,
    pub next_task_id: u64,
    pub next_future_id: u64,
    pub next_handle_id: u64,
    pub next_loop_id: u64,
    /// The policy's current loop (`set_event_loop`), and whether it was ever set.
    pub current_loop: Option<Rc<LoopObj>>,
    pub set_called: bool,
    pub running_loop: Option<Rc<LoopObj>>,
    pub runner: Option<RunnerSigint>,
    /// Scripted actions not yet delivered, earliest first.
    pub script: VecDeque<ScriptAction>,
    /// A person's actions taken while Python code ran, for the selector to carry out.
    pub deferred: VecDeque<Action>,
    /// Every task ever created (weakly), for the shutdown sweep.
    pub all_tasks: Vec<std::rc::Weak<FutureObj>>,
    /// The primitives the dashboard is shown (`SyncState`).
    pub prims: prims::PrimRegistry,
    /// The tasks stuck when a deadlock was found (`Vm::deadlock_report`), one line each.
    pub deadlock: Vec<String>,
}

impl Default for AsyncState {
    fn default() -> Self {
        AsyncState {
            now: 0.0,
            iteration: 0,
            task_name_counter: 0,
            next_task_id: 1,
            next_future_id: 1,
            next_handle_id: 1,
            next_loop_id: 1,
            current_loop: None,
            set_called: false,
            running_loop: None,
            runner: None,
            script: VecDeque::new(),
            deferred: VecDeque::new(),
            all_tasks: Vec::new(),
            prims: Default::default(),
            deadlock: Vec::new(),
        }
    }
}

impl AsyncState {
    /// The next scripted action if it is due by `deadline` (None = any time).
    pub fn due_action(&self, deadline: Option<f64>) -> Option<&ScriptAction> {
        let a = self.script.front()?;
        match deadline {
            None => Some(a),
            Some(d) if a.at <= d => Some(a),
            _ => None,
        }
    }

    pub fn next_interrupt_due(&self, deadline: f64) -> bool {
        matches!(self.script.front(), Some(ScriptAction { at, action: Action::Interrupt }) if *at <= deadline)
    }
}
