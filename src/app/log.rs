//! The event log: every event as one line a person can read, newest last, filterable.

use std::collections::VecDeque;

use crate::runtime::event::{
    Awaiting, CancelSource, Event, EventKind, GenOp, Outcome, PoolFutureState, PrimId, Stream,
    TaskId, ThreadState,
};

/// One log line with the moment it happened.
#[derive(Clone, Debug, PartialEq)]
pub struct LogEntry {
    pub t: f64,
    pub iter: u64,
    pub text: String,
    /// The event itself, for explaining the line (`explain::explain_entry`).
    pub kind: EventKind,
}

/// The last [`EventLog::CAP`] events as text.
#[derive(Clone, Debug, Default)]
pub struct EventLog {
    entries: VecDeque<LogEntry>,
    /// Events logged since the start, including those that fell off the front.
    pub total: u64,
}

impl EventLog {
    pub const CAP: usize = 4000;

    pub(crate) fn push(&mut self, ev: &Event, text: String) {
        self.total += 1;
        self.entries.push_back(LogEntry {
            t: ev.t,
            iter: ev.iter,
            text,
            kind: ev.kind.clone(),
        });
        if self.entries.len() > Self::CAP {
            self.entries.pop_front();
        }
    }

    /// Entries matching `filter` (case-insensitive; empty matches all), newest last.
    pub fn matching<'a>(
        &'a self,
        filter: &'a str,
    ) -> impl DoubleEndedIterator<Item = &'a LogEntry> + 'a {
        self.entries
            .iter()
            .filter(move |e| contains_ignore_case(&e.text, filter))
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// The newest entry.
    pub fn last(&self) -> Option<&LogEntry> {
        self.entries.back()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Where the events whose lines a log still holds after folding all of `events` begin: the
/// last [`EventLog::CAP`] logged ones (`Frames` events are not logged).
pub(crate) fn first_shown(events: &[Event]) -> usize {
    let mut logged = 0;
    for (i, ev) in events.iter().enumerate().rev() {
        if !matches!(ev.kind, EventKind::Frames { .. }) {
            logged += 1;
            if logged == EventLog::CAP {
                return i;
            }
        }
    }
    0
}

/// `haystack` contains `needle`, ignoring ASCII case, without allocating.
pub fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

/// Names the log uses for things that events refer to by id.
pub(crate) trait Names {
    fn task(&self, id: crate::runtime::event::TaskId) -> String;
    fn handle(&self, id: crate::runtime::event::HandleId) -> Option<String>;
    fn thread(&self, id: crate::runtime::event::ThreadId) -> String;
}

/// The log line for an event.
pub(crate) fn describe(ev: &Event, names: &impl Names) -> String {
    match &ev.kind {
        EventKind::ScenarioStarted { title, source, .. } => {
            format!("scenario started: {title} ({source})")
        }
        EventKind::LoopStarted { how } => format!("loop started ({how})"),
        EventKind::LoopStopped => "loop stopped".into(),
        EventKind::TaskCreated {
            name, coro, parent, ..
        } => match parent {
            Some(p) => format!("{} creates {name} running {coro}()", names.task(*p)),
            None => format!("{name} created, running {coro}()"),
        },
        EventKind::TaskStepStarted { task, throw } => match throw {
            None => format!("{} steps", names.task(*task)),
            Some(exc) => format!("{} steps: {exc} thrown in at its await", names.task(*task)),
        },
        EventKind::TaskSuspended {
            task,
            line,
            awaiting,
        } => format!(
            "{} suspends at line {line}, awaiting {}",
            names.task(*task),
            awaiting_text(awaiting, names)
        ),
        EventKind::TaskResumed { task } => format!("{} wakes up", names.task(*task)),
        EventKind::TaskDone { task, outcome } => {
            format!("{} {}", names.task(*task), outcome_text(outcome))
        }
        EventKind::TaskRenamed { task, name } => {
            format!("{} renamed to {name}", names.task(*task))
        }
        EventKind::CancelRequested { task, by, msg } => {
            let by = match by {
                CancelSource::Program { task: Some(t) } => format!("by {}", names.task(*t)),
                CancelSource::Program { task: None } => "by the program".into(),
                CancelSource::User => "by you".into(),
                CancelSource::Shutdown => "at shutdown".into(),
                CancelSource::Interrupt => "by asyncio.run's Ctrl-C handler".into(),
                CancelSource::Propagated { from } => {
                    format!("because {} was cancelled", names.task(*from))
                }
            };
            let msg = msg
                .as_deref()
                .map(|m| format!(" ({m:?})"))
                .unwrap_or_default();
            format!("cancel {} {by}{msg}", names.task(*task))
        }
        EventKind::HandleScheduled { callback, when, .. } => match when {
            None => format!("call_soon {callback}"),
            Some(w) => format!("call_at {w:.3} {callback}"),
        },
        EventKind::HandleCancelled { handle } => match names.handle(*handle) {
            Some(cb) => format!("handle cancelled: {cb}"),
            None => format!("handle h{} cancelled", handle.0),
        },
        EventKind::HandleRun { callback, .. } => format!("run {callback}"),
        EventKind::TimerFired { handle } => match names.handle(*handle) {
            Some(cb) => format!("timer fired: {cb}"),
            None => format!("timer h{} fired", handle.0),
        },
        EventKind::ClockAdvanced { to } => format!("nothing ready: clock jumps to {to:.3}"),
        EventKind::FutureCreated { future, what } => format!("Future-{} created: {what}", future.0),
        EventKind::FutureDone { future, outcome } => {
            format!("Future-{} {}", future.0, outcome_text(outcome))
        }
        EventKind::CallbackAdded { target, callback } => {
            format!("{target}.add_done_callback({callback})")
        }
        EventKind::GeneratorState {
            name,
            state,
            line,
            op,
            ..
        } => format!("{name} {} → {state:?}, line {line}", gen_op_text(op)),
        EventKind::SyncState {
            prim,
            what,
            state,
            holders,
            waiters,
            ..
        } => prim_parts(what, *prim, state, holders, waiters, names).join(" · "),
        EventKind::Output { stream, text } => {
            let which = match stream {
                Stream::Stdout => "stdout",
                Stream::Stderr => "stderr",
            };
            format!("{which}: {}", text.trim_end_matches('\n'))
        }
        EventKind::LoopBlocked { line, duration } => {
            format!("loop blocked {duration}s by a blocking call at line {line}")
        }
        EventKind::KeyboardInterrupt { delivered } => format!("KeyboardInterrupt: {delivered}"),
        EventKind::ThreadCreated { name, line, .. } => {
            format!("thread {name} started at line {line}")
        }
        EventKind::ThreadChanged { thread, state } => {
            let what = match state {
                ThreadState::Running => "running (holds the GIL)".to_string(),
                ThreadState::Runnable => "runnable (waits for the GIL)".to_string(),
                ThreadState::Sleeping { until, .. } => format!("sleeping until {until}"),
                ThreadState::Blocked { on, line: 0, .. } => format!("blocked at exit on {on}"),
                ThreadState::Blocked { on, line, .. } => {
                    format!("blocked at line {line} on {on}")
                }
            };
            format!("{} {what}", names.thread(*thread))
        }
        EventKind::ThreadEnded { thread } => format!("{} ended", names.thread(*thread)),
        EventKind::PoolFutureCreated {
            pool, call, line, ..
        } => format!("{pool}.submit({call}) at line {line}: a future, queued"),
        EventKind::PoolFutureChanged { future, state } => {
            let what = match state {
                PoolFutureState::Pending => "queued".to_string(),
                PoolFutureState::Running { worker } => {
                    format!("taken by {}", names.thread(*worker))
                }
                PoolFutureState::Done { result } => format!("done: {result}"),
                PoolFutureState::Failed { error } => format!("failed: {error}"),
                PoolFutureState::Cancelled => "cancelled".to_string(),
            };
            format!("pool future #{} {what}", future.0)
        }
        // A deadlock's message goes on with one line per stuck task (the notes list them).
        EventKind::Warning { msg, .. } => {
            format!("warning: {}", msg.lines().next().unwrap_or_default())
        }
        EventKind::Frames { frames, .. } => {
            let at: Vec<String> = frames
                .iter()
                .map(|f| format!("{} line {}", f.func, f.line))
                .collect();
            format!("frames: {}", at.join(" → "))
        }
        EventKind::ScenarioFinished { exit, code } => {
            format!("program finished: {} (exit {code})", exit_word(*exit))
        }
    }
}

/// What a task awaits, in a few words: `sleep(0.5)`, `Task-3`, `yield (sleep 0)`.
pub(crate) fn awaiting_text(awaiting: &Awaiting, names: &impl Names) -> String {
    match awaiting {
        Awaiting::Task { task } => names.task(*task),
        Awaiting::Future { what, .. } => what.clone(),
        Awaiting::Yield => "yield (sleep 0)".into(),
    }
}

/// How something ended, as a short phrase.
pub fn outcome_text(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Result { repr } => format!("done → {repr}"),
        Outcome::Exception { exc_type, msg } if msg.is_empty() => format!("failed: {exc_type}"),
        Outcome::Exception { exc_type, msg } => format!("failed: {exc_type}: {msg}"),
        Outcome::Cancelled { msg: None } => "cancelled".into(),
        Outcome::Cancelled { msg: Some(m) } => format!("cancelled ({m:?})"),
    }
}

/// A word for how the program ended.
pub fn exit_word(exit: crate::runtime::event::ExitStatus) -> String {
    use crate::runtime::event::ExitStatus;
    match exit {
        ExitStatus::Ok => "ran to the end".into(),
        ExitStatus::Exception => "uncaught exception".into(),
        ExitStatus::Deadlock => "deadlock".into(),
        ExitStatus::BudgetExhausted => "instruction budget exhausted".into(),
        ExitStatus::KeyboardInterrupt => "uncaught KeyboardInterrupt".into(),
        ExitStatus::SystemExit { code } => format!("sys.exit({code})"),
        ExitStatus::Stopped => "stopped by the viewer".into(),
        ExitStatus::Unmodelled => "reached something coroviz does not model yet".into(),
        ExitStatus::TimeLimit => "virtual time limit reached".into(),
    }
}

/// A generator's last operation in a few words: `next()`, `send(10)`, `yielded 10.0`.
pub fn gen_op_text(op: &GenOp) -> String {
    match op {
        GenOp::Created => "created".into(),
        GenOp::Next => "next()".into(),
        GenOp::Send { value } => format!("send({value})"),
        GenOp::Throw { exc } => format!("throw({exc})"),
        GenOp::Close => "close()".into(),
        GenOp::Yielded { value } => format!("yielded {value}"),
        GenOp::Returned { value } => format!("StopIteration({value})"),
        GenOp::Raised { exc } => format!("raised {exc}"),
    }
}

/// A primitive's parts: `Lock-1 locked`, then `held by …` and `waiting …` when anyone
/// holds or waits. The log joins them on one line; the loop panel lists them.
pub(crate) fn prim_parts(
    what: &str,
    id: PrimId,
    state: &str,
    holders: &[TaskId],
    waiters: &[TaskId],
    names: &impl Names,
) -> Vec<String> {
    let mut parts = vec![format!("{what}-{} {state}", id.0)];
    if !holders.is_empty() {
        parts.push(format!("held by {}", task_list(holders, names)));
    }
    if !waiters.is_empty() {
        parts.push(format!("waiting {}", task_list(waiters, names)));
    }
    parts
}

fn task_list(ids: &[TaskId], names: &impl Names) -> String {
    ids.iter()
        .map(|t| names.task(*t))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_ignores_ascii_case() {
        assert!(contains_ignore_case("timer fired: sleep", "TIMER"));
        assert!(contains_ignore_case("anything", ""));
        assert!(!contains_ignore_case("Task-2 steps", "Task-3"));
    }
}
