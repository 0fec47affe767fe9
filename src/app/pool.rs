//! The futures pools' `submit` made, as the events describe them: what each one runs, where
//! it was submitted, and where it stands (queued, taken by a worker, done, failed,
//! cancelled). They are rows of the task table after the tasks and generators, so a person
//! can select one and cancel it while it is still queued.

use rustc_hash::FxHashMap as HashMap;

use crate::runtime::event::{PoolFutureId, PoolFutureState};

use super::model::TaskState;

/// One pool future.
#[derive(Clone, Debug, PartialEq)]
pub struct PoolFuture {
    pub id: PoolFutureId,
    /// The pool that made it (`ThreadPoolExecutor-0`).
    pub pool: String,
    /// The call it stands for (`crunch(30000)`).
    pub call: String,
    /// The program's line of its `submit`.
    pub line: u32,
    pub state: PoolFutureState,
}

impl PoolFuture {
    /// Its state as the task table's word.
    pub fn word(&self) -> &'static str {
        match self.state {
            PoolFutureState::Pending => "queued",
            PoolFutureState::Running { .. } => "running",
            PoolFutureState::Done { .. } => "done",
            PoolFutureState::Failed { .. } => "failed",
            PoolFutureState::Cancelled => "cancelled",
        }
    }

    /// The task state whose colour it takes.
    pub fn shown_as(&self) -> TaskState {
        match self.state {
            PoolFutureState::Pending => TaskState::Ready,
            PoolFutureState::Running { .. } => TaskState::Running,
            PoolFutureState::Done { .. } => TaskState::Done,
            PoolFutureState::Failed { .. } => TaskState::Failed,
            PoolFutureState::Cancelled => TaskState::Cancelled,
        }
    }

    pub fn is_finished(&self) -> bool {
        matches!(
            self.state,
            PoolFutureState::Done { .. }
                | PoolFutureState::Failed { .. }
                | PoolFutureState::Cancelled
        )
    }

    /// What it gave: the result, the exception, or nothing yet.
    pub fn result(&self) -> String {
        match &self.state {
            PoolFutureState::Done { result } => result.clone(),
            PoolFutureState::Failed { error } => error.clone(),
            PoolFutureState::Cancelled => "CancelledError".into(),
            _ => String::new(),
        }
    }
}

/// Every pool future of the run, in submission order.
#[derive(Clone, Debug, Default)]
pub struct PoolFutures {
    pub list: Vec<PoolFuture>,
    index: HashMap<PoolFutureId, usize>,
}

impl PoolFutures {
    pub(crate) fn created(&mut self, id: PoolFutureId, pool: &str, call: &str, line: u32) {
        self.index.insert(id, self.list.len());
        self.list.push(PoolFuture {
            id,
            pool: pool.to_string(),
            call: call.to_string(),
            line,
            state: PoolFutureState::Pending,
        });
    }

    pub(crate) fn changed(&mut self, id: PoolFutureId, state: &PoolFutureState) {
        if let Some(&i) = self.index.get(&id) {
            self.list[i].state = state.clone();
        }
    }

    pub fn get(&self, id: PoolFutureId) -> Option<&PoolFuture> {
        self.index.get(&id).map(|&i| &self.list[i])
    }

    /// How many wait in their pool's queue.
    pub fn queued(&self) -> usize {
        self.list
            .iter()
            .filter(|f| f.state == PoolFutureState::Pending)
            .count()
    }
}
