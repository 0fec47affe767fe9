//! Plain meanings for asyncio's internal names: the glossary the help's second page lists, and
//! one-line explanations of a log line or a loop handle that name the concrete task, future
//! or timer involved (`explain_entry`, `explain_log_line`, `explain_handle`).
//!
//! Pure functions of `&State`: what a callback label means is read from its shape
//! (`Task-3.__wakeup()`, `_set_result_unless_cancelled(sleep(0.5))`) and what the state
//! knows now (who awaits which future, which tasks registered which done callback).

use crate::runtime::event::{
    Awaiting, EventKind, GenOp, HandleId, Outcome, PoolFutureState, TaskId, ThreadState,
};

use super::log::LogEntry;
use super::model::Task;
use super::State;

/// The glossary: each internal name the dashboard shows, and what it means, in order of
/// appearance in a typical `asyncio.run` program.
pub const GLOSSARY: &[(&str, &str)] = &[
    (
        "Task-1.__step()",
        "one step of a task: the loop runs the task's coroutine until its next await that \
         has to wait (or until it returns). A new task's first step is queued by call_soon.",
    ),
    (
        "Task-1.__wakeup()",
        "the done callback a task leaves on the future it awaits. When that future is done it \
         is queued, and the task's next step starts where the await stopped.",
    ),
    (
        "_set_result_unless_cancelled(sleep(0.5))",
        "the timer asyncio.sleep(0.5) sets. When the clock reaches it, it completes sleep's \
         future (unless the sleep was cancelled), which wakes the task sleeping in it.",
    ),
    (
        "_run_until_complete_cb()",
        "asyncio.run's stop signal: run_until_complete adds it as a done callback of the main \
         task; when that task finishes, it stops the loop so asyncio.run can return.",
    ),
    (
        "_done_callback()",
        "gather's callback on each child: it counts the child as finished and, after the last \
         one (or the first failure), completes the gather future, waking its awaiter.",
    ),
    (
        "_on_completion()",
        "asyncio.wait's callback on each task it watches: when the wait's condition holds \
         (FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED) it completes the wait's future.",
    ),
    (
        "ready",
        "the loop's ready queue: handles queued by call_soon. Each iteration runs those that \
         were ready when it began; what they queue runs in the next iteration.",
    ),
    (
        "timers",
        "handles scheduled by call_at / call_later (sleep's timers), by deadline. When nothing \
         is ready the virtual clock jumps to the first one.",
    ),
    (
        "on done",
        "done callbacks registered on a task or future that has not finished yet (Future-2 → \
         Task-3.__wakeup()). When it finishes, each one is queued by call_soon.",
    ),
    (
        "sync",
        "asyncio's locks, events, conditions, semaphores and queues that the program made, \
         with the tasks holding them and the tasks waiting, in wake-up order.",
    ),
    (
        "handle h6 cancelled",
        "handle.cancel(): the handle will not run. asyncio.sleep cancels its timer on the way \
         out; when the timer has already fired (the usual case), that does nothing.",
    ),
    (
        "Future-3",
        "a placeholder for a result that is not there yet: sleep, gather and wait each make \
         one, and a task awaiting it waits until someone completes it.",
    ),
    (
        "shutdown_asyncgens",
        "asyncio.run's first cleanup task, after main returns: it closes async generators \
         that were left open. It runs in the loop like any task (i hides it).",
    ),
    (
        "shutdown_default_executor",
        "asyncio.run's second cleanup task: it shuts down the default thread pool used by \
         run_in_executor / to_thread, then asyncio.run closes the loop (i hides it).",
    ),
    (
        "iteration",
        "one turn of the loop: fire due timers, run the handles that were ready, then wait in \
         the selector for the next timer (on the virtual clock that wait is instant).",
    ),
    (
        "now / next / last",
        "the loop panel's first row: the handle running now; the next one, when paused just \
         before it (its run line is logged, its code has not run); the last one while idle.",
    ),
    (
        "running / idle / not running",
        "the loop panel's title: a handle runs, the loop waits for its next timer, or no loop \
         runs (before asyncio.run starts it, after it stops). It says paused when you pause.",
    ),
];

/// Library callbacks asyncio adds for its own bookkeeping (what `i` hides).
const LIBRARY_CALLBACKS: &[&str] = &[
    "_run_until_complete_cb",
    "_done_callback",
    "_on_completion",
    "_on_timeout",
    "_release_waiter",
    "_on_task_done",
    "_inner_done_callback",
    "_outer_done_callback",
    "_wakeup_waiter",
];

/// The bare function name of a callback label: `_done_callback` for `_done_callback()`,
/// `_on_completion` for `_wait.<locals>._on_completion(Task-2)`.
fn callback_name(label: &str) -> &str {
    let head = label.split('(').next().unwrap_or(label);
    head.rsplit('.').next().unwrap_or(head)
}

/// `label` is one of asyncio's own bookkeeping callbacks (not a task's step or wakeup, not a
/// timer of the program's, not the program's own callback).
pub fn is_library_callback(label: &str) -> bool {
    LIBRARY_CALLBACKS.contains(&callback_name(label))
}

/// `task` is one of asyncio.run's cleanup tasks (shutdown_asyncgens, shutdown_default_executor).
pub fn is_shutdown_task(task: &Task) -> bool {
    is_shutdown_coro(&task.coro)
}

/// The task whose step or wakeup `label` is, and which of the two: `Task-3.__step()`.
fn task_callback(label: &str) -> Option<(&str, &str)> {
    for m in [".__step(", ".__wakeup("] {
        if let Some(i) = label.rfind(m) {
            return Some((&label[..i], &m[1..m.len() - 1]));
        }
    }
    None
}

/// A timer's callback as a short phrase: `sleep(0.5)'s timer` for sleep's, else the label.
pub fn timer_short(label: &str) -> String {
    match timer_of(label) {
        Some(what) => format!("{what}'s timer"),
        None => label.to_string(),
    }
}

/// `coro` is one of asyncio.run's cleanup coroutines (`BaseEventLoop.shutdown_asyncgens`).
pub fn is_shutdown_coro(coro: &str) -> bool {
    coro.starts_with("BaseEventLoop.shutdown_")
}

/// What a timer label waits for: `sleep(0.5)` in `_set_result_unless_cancelled(sleep(0.5))`.
fn timer_of(label: &str) -> Option<&str> {
    label
        .strip_prefix("_set_result_unless_cancelled(")
        .and_then(|r| r.strip_suffix(')'))
}

/// Tasks awaiting a future described as `what` (waiting ones first, else the latest to have
/// awaited it), as `Task-3` or `Task-2 or Task-4`.
fn awaiters_of(s: &State, what: &str) -> Option<String> {
    let on = |t: &&Task| matches!(&t.awaiting, Some(Awaiting::Future { what: w, .. }) if w == what);
    let waiting: Vec<&str> = s
        .tasks
        .iter()
        .filter(on)
        .filter(|t| !t.state.is_finished() && t.state != super::TaskState::Running)
        .map(|t| t.name.as_str())
        .collect();
    if !waiting.is_empty() {
        return Some(waiting.join(" or "));
    }
    s.tasks.iter().rev().find(on).map(|t| t.name.clone())
}

/// The unfinished future whose description starts with `prefix` (`gather(`), and who awaits it.
fn library_future(s: &State, prefix: &str) -> Option<(String, Option<String>)> {
    let mut found: Vec<(&crate::runtime::event::FutureId, &String)> = s
        .loop_view
        .futures
        .iter()
        .filter(|(_, w)| w.starts_with(prefix))
        .collect();
    found.sort_by_key(|(id, _)| id.0);
    let (id, what) = found.last()?;
    let waiter = s
        .tasks
        .iter()
        .find(|t| matches!(&t.awaiting, Some(Awaiting::Future { future, .. }) if future == *id))
        .map(|t| t.name.clone());
    Some(((*what).clone(), waiter))
}

/// What running the callback `label` does, in one line naming what it involves.
pub fn explain_callback(s: &State, label: &str) -> String {
    if let Some((name, which)) = task_callback(label) {
        let Some(task) = s.task_by_name(name) else {
            return format!("a step of task {name}: its coroutine runs until its next await");
        };
        if is_shutdown_task(task) {
            let what = task.coro.trim_start_matches("BaseEventLoop.");
            return format!(
                "{name} is asyncio.run's cleanup ({what}) after main returned: library code, \
                 not yours (i hides it)"
            );
        }
        return match which {
            "__wakeup" => match &task.awaiting {
                Some(a) => format!(
                    "{name}'s wakeup: {} is done, so {}() goes on after its await at line {}",
                    s.awaiting_text(a),
                    task.coro,
                    task.line
                ),
                None => format!("{name}'s wakeup: what it awaited is done, so it goes on"),
            },
            _ if task.steps == 0 => format!(
                "{name}'s first step: {}() starts at its top and runs until it has to wait",
                task.coro
            ),
            _ => match &task.awaiting {
                Some(Awaiting::Yield) => format!(
                    "{name}'s next step: {}() goes on after a bare yield (sleep(0)) at line {}",
                    task.coro, task.line
                ),
                _ => format!(
                    "{name}'s step: {}() runs from line {} until its next await",
                    task.coro, task.line
                ),
            },
        };
    }
    if let Some(what) = timer_of(label) {
        return match awaiters_of(s, what) {
            Some(who) => {
                format!("a timer's callback: it completes {what}'s future, which wakes {who}")
            }
            None => format!("a timer's callback: it completes {what}'s future"),
        };
    }
    match callback_name(label) {
        "_run_until_complete_cb" => {
            let owner = s
                .tasks
                .iter()
                .rev()
                .find(|t| t.done_callbacks.iter().any(|c| c == label));
            match owner {
                Some(t) if is_shutdown_task(t) => format!(
                    "run_until_complete's stop signal: cleanup task {} finished, so the loop \
                     stops again",
                    t.name
                ),
                Some(t) if t.state.is_finished() => format!(
                    "run_until_complete's stop signal: {} ({}()) finished, so the loop stops and \
                     asyncio.run moves on",
                    t.name, t.coro
                ),
                Some(t) => format!(
                    "run_until_complete's stop signal: once {} ({}()) finishes, it stops the loop \
                     and asyncio.run moves on",
                    t.name, t.coro
                ),
                None => "run_until_complete's stop signal: the main task finished, so the \
                         loop stops"
                    .into(),
            }
        }
        "_done_callback" => {
            let children: Vec<&Task> = s
                .tasks
                .iter()
                .filter(|t| t.done_callbacks.iter().any(|c| c == label))
                .collect();
            let done = children.iter().filter(|t| t.state.is_finished()).count();
            let count = if children.is_empty() {
                String::new()
            } else {
                format!(" ({done} of {} children done)", children.len())
            };
            match library_future(s, "gather(") {
                Some((what, Some(w))) => format!(
                    "gather's bookkeeping{count}: after the last child it completes {what}, \
                     which wakes {w}"
                ),
                Some((what, None)) => {
                    format!("gather's bookkeeping{count}: after the last child it completes {what}")
                }
                None => format!("gather's bookkeeping{count}: a child of gather finished"),
            }
        }
        "_on_completion" => match library_future(s, "wait(") {
            Some((what, Some(w))) => format!(
                "asyncio.wait's callback: a watched task finished; once the wait's condition \
                 holds it completes {what}, which wakes {w}"
            ),
            _ => "asyncio.wait's callback: a watched task finished; once the wait's condition \
                  holds it wakes the waiter"
                .into(),
        },
        name if is_library_callback(label) => {
            format!("{name}: one of asyncio's own callbacks (i hides it)")
        }
        name => format!("{name}(): a callback of your program; the loop calls it like any handle"),
    }
}

/// The explanation of a handle the loop knows (queued, a timer, or the one running).
pub fn explain_handle(s: &State, handle: HandleId) -> Option<String> {
    let l = &s.loop_view;
    let label = match l.handles.get(&handle) {
        Some(h) => h.callback.as_str(),
        None => match &l.current {
            Some((id, cb)) if *id == handle => cb.as_str(),
            _ => l.past_handle(handle)?,
        },
    };
    Some(explain_callback(s, label))
}

/// The explanation of the loop panel's handle: the one running now, about to run (paused
/// before it), or the last one.
pub fn explain_current(s: &State) -> Option<String> {
    let (_, cb) = s.loop_view.current.as_ref()?;
    Some(explain_callback(s, cb))
}

/// The `index`-th line the log panel lists (`State::filtered_log`, oldest first), explained.
pub fn explain_log_line(s: &State, index: usize) -> Option<String> {
    let entry = s.filtered_log().nth(index)?;
    Some(explain_entry(s, entry))
}

/// The newest line the log panel lists, explained.
pub fn explain_newest(s: &State) -> Option<String> {
    let entry = s.filtered_log().next_back()?;
    Some(explain_entry(s, entry))
}

/// A log line as the panel shows it: the newest `run X` while paused before X says that X
/// has not run yet (the engine logs `run` and then waits), so the log agrees with the status.
pub fn shown_text<'a>(s: &State, e: &'a LogEntry, newest: bool) -> std::borrow::Cow<'a, str> {
    match (&e.kind, s.loop_now()) {
        (EventKind::HandleRun { callback, .. }, super::LoopNow::Before(cb))
            if newest && callback == cb =>
        {
            format!("next: {cb} (paused before it runs)").into()
        }
        _ => e.text.as_str().into(),
    }
}

fn task_name(s: &State, id: TaskId) -> String {
    s.task(id)
        .map_or_else(|| format!("task#{}", id.0), |t| t.name.clone())
}

/// One log line's meaning, in one line, naming what it involves.
pub fn explain_entry(s: &State, e: &LogEntry) -> String {
    match &e.kind {
        EventKind::ScenarioStarted { .. } => {
            "the program starts, in coroviz's own VM on a virtual clock".into()
        }
        EventKind::LoopStarted { .. } => {
            "the event loop starts: run_forever runs handles until it is told to stop".into()
        }
        EventKind::LoopStopped => {
            "the loop stops (run_until_complete's callback asked it to): asyncio.run goes on".into()
        }
        EventKind::TaskCreated { task, coro, .. } => match s.task(*task) {
            Some(t) if is_shutdown_task(t) => format!(
                "asyncio.run's cleanup task ({}), after main returned (i hides it)",
                coro.trim_start_matches("BaseEventLoop.")
            ),
            _ => format!(
                "a Task wraps the coroutine {coro}() and queues its first step; nothing of it \
                 runs yet"
            ),
        },
        EventKind::TaskStepStarted { task, throw } => {
            let name = task_name(s, *task);
            match throw {
                None => format!("{name}'s coroutine runs now, until its next await that waits"),
                Some(exc) => format!(
                    "{name} goes on with {exc} raised at the await where it stopped (catch it \
                     or it ends the task)"
                ),
            }
        }
        EventKind::TaskSuspended {
            task,
            line,
            awaiting,
        } => {
            let name = task_name(s, *task);
            match awaiting {
                Awaiting::Yield => format!(
                    "{name} yields at line {line}: it is queued again at once, behind the others"
                ),
                Awaiting::Task { task: other } => format!(
                    "{name} gives the loop back at line {line} until {} finishes",
                    task_name(s, *other)
                ),
                Awaiting::Future { what, future } => format!(
                    "{name} gives the loop back at line {line} until {what} (Future-{}) is done",
                    future.0
                ),
            }
        }
        EventKind::TaskResumed { task } => format!(
            "what {} awaited is done: its coroutine goes on where it stopped",
            task_name(s, *task)
        ),
        EventKind::TaskDone { task, outcome } => {
            let name = task_name(s, *task);
            let how = match outcome {
                Outcome::Result { .. } => "returned",
                Outcome::Exception { .. } => "raised",
                Outcome::Cancelled { .. } => "was cancelled",
            };
            let cbs = s.task(*task).map(|t| t.done_callbacks.join(", "));
            match cbs.filter(|c| !c.is_empty()) {
                Some(cbs) => {
                    format!("{name}'s coroutine {how}: its done callbacks ({cbs}) are queued")
                }
                None => format!("{name}'s coroutine {how}: the task is finished"),
            }
        }
        EventKind::TaskRenamed { .. } => "task.set_name(): only the name changes".into(),
        EventKind::CancelRequested { task, .. } => format!(
            "cancel() only asks: CancelledError is raised in {} at its await, on its next step",
            task_name(s, *task)
        ),
        EventKind::HandleScheduled { callback, when, .. } => {
            let what = explain_callback(s, callback);
            match when {
                None => format!("queued to run next iteration: {what}"),
                Some(w) => format!("a timer for t={w}: {what}"),
            }
        }
        EventKind::HandleCancelled { handle } => match s.loop_view.handles.get(handle) {
            Some(h) => format!("{} will not run: its handle was cancelled", h.callback),
            None => match s.loop_view.past_handle(*handle) {
                Some(cb) => format!(
                    "{cb} already ran, so cancelling it does nothing (sleep cancels its timer on \
                     the way out)"
                ),
                None => "cancelling a handle that already ran does nothing (sleep cancels its \
                         timer on the way out)"
                    .into(),
            },
        },
        EventKind::HandleRun { callback, .. } => explain_callback(s, callback),
        EventKind::TimerFired { handle } => {
            let cb = s
                .loop_view
                .handles
                .get(handle)
                .map(|h| h.callback.as_str())
                .or_else(|| s.loop_view.past_handle(*handle));
            match cb.and_then(timer_of) {
                Some(what) => {
                    format!("{what}'s deadline has come: its timer moves to the ready queue")
                }
                None => "a timer's deadline has come: its handle moves to the ready queue".into(),
            }
        }
        // With threads, the jump is the threads' scheduler's: none can run.
        EventKind::ClockAdvanced { .. } if s.threads.shown() => {
            "no thread can run (each sleeps, waits, or idles in its loop's select): the clock \
             jumps to the earliest wake-up (virtual: no wall time)"
                .into()
        }
        EventKind::ClockAdvanced { .. } => {
            "nothing is ready, so the loop waits for its earliest timer (virtual: no wall time)"
                .into()
        }
        EventKind::FutureCreated { what, .. } => {
            format!("a Future for {what}: a result that is not there yet; whoever awaits it waits")
        }
        EventKind::FutureDone { future, .. } => {
            let target = format!("Future-{}", future.0);
            let woken: Vec<&str> = s
                .tasks
                .iter()
                .filter(|t| matches!(&t.awaiting, Some(Awaiting::Future { future: f, .. }) if f == future))
                .map(|t| t.name.as_str())
                .collect();
            match woken.is_empty() {
                true => format!("{target} is done: its done callbacks are queued"),
                false => format!(
                    "{target} is done: its done callbacks are queued, waking {}",
                    woken.join(", ")
                ),
            }
        }
        EventKind::CallbackAdded { target, callback } => match task_callback(callback) {
            Some((name, "__wakeup")) => {
                format!("{name} will be woken when {target} is done (add_done_callback)")
            }
            _ => format!(
                "a done callback on {target}: {}",
                explain_callback(s, callback)
            ),
        },
        EventKind::GeneratorState { name, op, .. } => match op {
            GenOp::Created => {
                format!("{name}: calling a generator function makes it; no line runs yet")
            }
            GenOp::Next | GenOp::Send { .. } => {
                format!("{name} runs from where it stopped until its next yield")
            }
            GenOp::Throw { .. } => format!("an exception is raised inside {name} at its yield"),
            GenOp::Close => format!("close() raises GeneratorExit inside {name} at its yield"),
            GenOp::Yielded { .. } => format!("{name} pauses at a yield and hands out a value"),
            GenOp::Returned { .. } => {
                format!("{name} returned: the caller sees StopIteration with its value")
            }
            GenOp::Raised { .. } => format!("an exception left {name}: it is closed"),
        },
        EventKind::SyncState { what, .. } => {
            format!("a {what} changed: who holds it and who waits, in wake-up order")
        }
        EventKind::Output { .. } => "the program wrote this line".into(),
        EventKind::LoopBlocked { .. } => {
            "a blocking call held the whole loop: no other task could run meanwhile".into()
        }
        EventKind::ThreadCreated { .. } => {
            "Thread.start(): the new thread runs at once, until it blocks; then its starter \
             goes on"
                .into()
        }
        EventKind::ThreadChanged { thread, state } => {
            let name = s
                .threads
                .get(*thread)
                .map_or_else(|| format!("thread #{}", thread.0), |t| t.name.clone());
            match state {
                ThreadState::Running => format!(
                    "{name} takes the GIL: it alone runs Python until it blocks (a sleep, a \
                     lock, a queue, a join)"
                ),
                ThreadState::Runnable => format!(
                    "{name} could run: it waits for the GIL, which the running thread keeps \
                     until it blocks"
                ),
                ThreadState::Sleeping { until, .. } => {
                    format!("{name} sleeps and lets the GIL go; it becomes runnable at t={until}")
                }
                ThreadState::Blocked {
                    on, until: None, ..
                } => {
                    format!("{name} waits on {on} and lets the GIL go; another thread must wake it")
                }
                ThreadState::Blocked {
                    on, until: Some(u), ..
                } => format!(
                    "{name} waits on {on} and lets the GIL go, until another thread wakes it \
                     or its timeout at t={u}"
                ),
            }
        }
        EventKind::ThreadEnded { .. } => "a thread's run() returned or raised".into(),
        EventKind::PoolFutureCreated { .. } => {
            "submit() queued the call and gave back a Future at once; a worker takes it \
             when one is free (select it and press c to cancel it while it waits)"
                .into()
        }
        EventKind::PoolFutureChanged { state, .. } => match state {
            PoolFutureState::Pending => "the future waits in its pool's queue".into(),
            PoolFutureState::Running { .. } => {
                "the future runs: cancel() can no longer stop it (a process pool marks it \
                 running when its manager hands the call to the workers' queue)"
                    .into()
            }
            PoolFutureState::Done { .. } | PoolFutureState::Failed { .. } => {
                "the call ended: result() gives its value or raises its exception, and \
                 whoever waits on the future wakes"
                    .into()
            }
            PoolFutureState::Cancelled => {
                "cancelled while queued: no worker will run it, and result() raises \
                 CancelledError"
                    .into()
            }
        },
        EventKind::KeyboardInterrupt { .. } => {
            "Ctrl-C: KeyboardInterrupt delivered where CPython 3.11 delivers it".into()
        }
        EventKind::Warning { .. } => "a warning CPython would print too".into(),
        EventKind::Frames { .. } => {
            "where the step left its frames: each one's line and local variables (v shows them)"
                .into()
        }
        EventKind::ScenarioFinished { .. } => "the program has ended".into(),
    }
}

/// The log line is asyncio's own plumbing (what `i` hides): cleanup tasks, library
/// callbacks, and cancelling timers that already ran.
pub fn is_internal_entry(s: &State, e: &LogEntry) -> bool {
    let shutdown = |id: &TaskId| s.task(*id).is_some_and(is_shutdown_task);
    let shutdown_cb = |cb: &str| {
        task_callback(cb)
            .and_then(|(n, _)| s.task_by_name(n))
            .is_some_and(is_shutdown_task)
    };
    match &e.kind {
        EventKind::TaskCreated { task, .. }
        | EventKind::TaskStepStarted { task, .. }
        | EventKind::TaskSuspended { task, .. }
        | EventKind::TaskResumed { task }
        | EventKind::TaskDone { task, .. } => shutdown(task),
        EventKind::HandleScheduled { callback, .. } | EventKind::HandleRun { callback, .. } => {
            is_library_callback(callback) || shutdown_cb(callback)
        }
        EventKind::CallbackAdded { target, callback } => {
            is_library_callback(callback) || s.task_by_name(target).is_some_and(is_shutdown_task)
        }
        EventKind::HandleCancelled { handle } => !s.loop_view.handles.contains_key(handle),
        _ => false,
    }
}
