//! The reducer: how each engine event and host note changes [`State`].
//!
//! Pure: no I/O, no clock, no randomness. Folding the same events gives the same state.

use std::collections::VecDeque;

use crate::runtime::event::{
    Awaiting, CancelSource, Event, EventKind, GenOp, GenState, HandleId, Outcome, Stream, TaskId,
    ThreadId, WarningKind,
};

use super::log::{self, Names};
use super::model::{Generator, Handle, Primitive, Task, TaskState, ThrowNote, TimerKey};
use super::timeline::Lane;
use super::{Blocked, CancelNote, Finish, HostNote, Queued, State, Tab, Teaching};

impl Names for State {
    fn task(&self, id: TaskId) -> String {
        match self.task(id) {
            Some(t) => t.name.clone(),
            None => format!("task#{}", id.0),
        }
    }

    fn handle(&self, id: HandleId) -> Option<String> {
        self.loop_view.handles.get(&id).map(|h| h.callback.clone())
    }

    fn thread(&self, id: ThreadId) -> String {
        match self.threads.get(id) {
            Some(t) => t.name.clone(),
            // Main is named by the first thread event, which is logged before it is folded.
            None if id == super::threads::MAIN => "MainThread".into(),
            None => format!("thread #{}", id.0),
        }
    }
}

/// The task whose step or wakeup a handle runs, from its label (`Task-3.__step()`).
fn task_of_callback(callback: &str) -> Option<&str> {
    [".__step(", ".__wakeup("]
        .iter()
        .find_map(|m| callback.rfind(m).map(|i| &callback[..i]))
}

impl State {
    /// Folds one engine event.
    pub fn apply(&mut self, ev: &Event) {
        self.fold_event(ev, true);
    }

    /// Folds `events` in order, exactly as [`State::apply`] on each would leave the state,
    /// but without writing the log lines that fall off the log ([`log::EventLog::CAP`]
    /// lines) before the last event: a bulk fold (a replay's index, a seek) shows only its
    /// end, and describing every event was most of its cost.
    pub fn apply_all(&mut self, events: &[Event]) {
        let shown_from = log::first_shown(events);
        for ev in &events[..shown_from] {
            self.fold_event(ev, false);
        }
        for ev in &events[shown_from..] {
            self.fold_event(ev, true);
        }
    }

    /// `logged`: write the event's log line (else only count it: it is never shown).
    fn fold_event(&mut self, ev: &Event, logged: bool) {
        if let EventKind::Frames { owner, frames } = &ev.kind {
            // Not a scheduling step: kept for the frames view, not logged.
            self.frames.record(*owner, frames);
            return;
        }
        if logged {
            let text = log::describe(ev, &*self);
            self.log.push(ev, text);
        } else {
            self.log.total += 1;
        }
        self.now = self.now.max(ev.t);
        self.iter = ev.iter;
        if self.loop_view.current_iter != ev.iter {
            self.loop_view.current = None;
        }
        if !matches!(ev.kind, EventKind::Output { .. }) {
            self.busy = None;
        }
        if self
            .blocked
            .is_some_and(|b| ev.t >= b.until && !matches!(ev.kind, EventKind::LoopBlocked { .. }))
        {
            self.blocked = None;
        }
        self.apply_kind(ev.t, ev.iter, &ev.kind);
    }

    fn apply_kind(&mut self, t: f64, iter: u64, kind: &EventKind) {
        match kind {
            EventKind::ScenarioStarted { .. }
            | EventKind::ClockAdvanced { .. }
            | EventKind::Frames { .. } => {}
            EventKind::ThreadCreated {
                thread,
                name,
                daemon,
                line,
                ..
            } => self.threads.created(t, *thread, name, *daemon, *line),
            EventKind::ThreadChanged { thread, state } => self.threads.changed(t, *thread, state),
            EventKind::ThreadEnded { thread } => self.threads.ended(t, *thread),
            EventKind::PoolFutureCreated {
                future,
                pool,
                call,
                line,
            } => self.pool_futures.created(*future, pool, call, *line),
            EventKind::PoolFutureChanged { future, state } => {
                if !matches!(state, crate::runtime::event::PoolFutureState::Pending) {
                    self.queued.retain(|q| *q != Queued::CancelFuture(*future));
                }
                self.pool_futures.changed(*future, state)
            }
            EventKind::LoopStarted { .. } => {
                self.loop_view.running = true;
                self.threads.loop_started();
            }
            EventKind::LoopStopped => {
                self.threads.loop_stopped();
                self.loop_view.running = false;
                self.loop_view.current = None;
            }
            EventKind::TaskCreated {
                task,
                name,
                coro,
                parent,
                line,
            } => self.create_task(t, *task, name, coro, *parent, *line),
            EventKind::TaskStepStarted { task, throw } => {
                if let Some(i) = self.task_index.get(task).copied() {
                    self.set_state(i, t, TaskState::Running);
                    let task = &mut self.tasks[i];
                    task.steps += 1;
                    if let Some(exc) = throw {
                        let line = task.line;
                        task.throws.push(ThrowNote {
                            t,
                            exc: exc.clone(),
                            line,
                        });
                    }
                }
            }
            EventKind::TaskSuspended {
                task,
                line,
                awaiting,
            } => {
                if let Some(i) = self.task_index.get(task).copied() {
                    let state = match awaiting {
                        // A bare yield reschedules the step at once.
                        Awaiting::Yield => TaskState::Ready,
                        _ => TaskState::Waiting,
                    };
                    self.set_state(i, t, state);
                    self.step_returned(i);
                    self.tasks[i].line = *line;
                    self.tasks[i].awaiting = Some(awaiting.clone());
                }
            }
            EventKind::TaskResumed { task } => self.set_task_state(*task, t, TaskState::Ready),
            EventKind::TaskDone { task, outcome } => self.finish_task(t, *task, outcome),
            EventKind::TaskRenamed { task, name } => {
                if let Some(i) = self.task_index.get(task).copied() {
                    let old = std::mem::replace(&mut self.tasks[i].name, name.clone());
                    self.task_names.remove(&old);
                    self.task_names.insert(name.clone(), *task);
                }
            }
            EventKind::CancelRequested { task, by, msg } => {
                if let Some(i) = self.task_index.get(task).copied() {
                    self.tasks[i].cancels.push(CancelNote {
                        t,
                        by: by.clone(),
                        msg: msg.clone(),
                    });
                }
                if *by == CancelSource::User {
                    self.queued.retain(|q| *q != Queued::Cancel(*task));
                }
            }
            EventKind::HandleScheduled {
                handle,
                callback,
                when,
            } => self.schedule(t, *handle, callback, *when),
            EventKind::HandleCancelled { handle } => {
                self.loop_view.unqueue(*handle);
                self.loop_view.untime(*handle);
                self.loop_view.handles.remove(handle);
            }
            EventKind::HandleRun { handle, callback } => {
                self.loop_view.unqueue(*handle);
                self.loop_view.untime(*handle);
                self.loop_view.handles.remove(handle);
                self.loop_view.ran(*handle, callback);
                self.loop_view.current = Some((*handle, callback.clone()));
                self.loop_view.current_iter = iter;
                self.loop_view.current_finished = false;
            }
            EventKind::TimerFired { handle } => {
                self.loop_view.untime(*handle);
                if self.loop_view.handles.contains_key(handle) {
                    self.loop_view.ready.push_back(*handle);
                }
            }
            EventKind::FutureCreated { future, what } => {
                self.loop_view.futures.insert(*future, what.clone());
            }
            EventKind::FutureDone { future, .. } => {
                self.loop_view.futures.remove(future);
                self.loop_view
                    .callbacks
                    .fire(&format!("Future-{}", future.0));
            }
            EventKind::CallbackAdded { target, callback } => {
                self.loop_view.callbacks.add(target, callback);
                if let Some(id) = self.task_names.get(target.as_str()) {
                    if let Some(i) = self.task_index.get(id).copied() {
                        self.tasks[i].done_callbacks.push(callback.clone());
                    }
                }
            }
            EventKind::GeneratorState {
                gen,
                name,
                state,
                line,
                op,
            } => {
                let resumed = matches!(
                    op,
                    GenOp::Next | GenOp::Send { .. } | GenOp::Throw { .. } | GenOp::Close
                );
                let i = match self.gen_index.get(gen) {
                    Some(i) => *i,
                    None => {
                        self.gen_index.insert(*gen, self.gens.len());
                        self.gens.push(Generator {
                            id: *gen,
                            name: name.clone(),
                            state: *state,
                            line: *line,
                            last: String::new(),
                            resumes: 0,
                            history: VecDeque::new(),
                            lane: Lane::default(),
                            step_lane: Lane::default(),
                            ended: None,
                        });
                        self.gens.len() - 1
                    }
                };
                self.gen_steps += u64::from(resumed);
                let step = self.gen_steps as f64;
                let g = &mut self.gens[i];
                g.state = *state;
                g.line = *line;
                g.last = log::gen_op_text(op);
                g.resumes += u64::from(resumed);
                if g.history.len() == Generator::HISTORY {
                    g.history.pop_front();
                }
                g.history.push_back(format!("{} · line {line}", g.last));
                if *state == GenState::GEN_CLOSED && g.ended.is_none() {
                    g.ended = Some(match op {
                        GenOp::Close => TaskState::Cancelled,
                        GenOp::Raised { exc } if exc.starts_with("GeneratorExit") => {
                            TaskState::Cancelled
                        }
                        GenOp::Raised { .. } => TaskState::Failed,
                        _ => TaskState::Done,
                    });
                }
                let shown = g.shown_as();
                g.lane.push(t, shown);
                g.step_lane.push(step, shown);
            }
            EventKind::SyncState {
                prim,
                what,
                line,
                state,
                holders,
                waiters,
            } => {
                let p = Primitive {
                    id: *prim,
                    kind: what.clone(),
                    line: *line,
                    state: state.clone(),
                    holders: holders.clone(),
                    waiters: waiters.clone(),
                };
                match self.prim_index.get(prim) {
                    Some(i) => self.prims[*i] = p,
                    None => {
                        self.prim_index.insert(*prim, self.prims.len());
                        self.prims.push(p);
                    }
                }
            }
            EventKind::Output { stream, text } => {
                self.output.write(*stream == Stream::Stderr, text);
            }
            EventKind::LoopBlocked { line, duration } => {
                self.blocked = Some(Blocked {
                    line: *line,
                    from: t,
                    until: t + duration,
                });
                self.teach(
                    t,
                    WarningKind::LoopBlocked,
                    format!(
                        "a blocking call at line {line} held the whole loop for {duration}s: no \
                         other task could run. In a coroutine, `await asyncio.sleep({duration})` \
                         lets the others go on."
                    ),
                );
            }
            EventKind::KeyboardInterrupt { delivered } => {
                self.interrupts.push((t, delivered.clone()));
                self.queued.retain(|q| *q != Queued::Interrupt);
            }
            EventKind::Warning {
                warning: WarningKind::Deadlock,
                msg,
            } => {
                // The headline, then one line per stuck task.
                let mut lines = msg.lines();
                let headline = lines.next().unwrap_or_default();
                self.deadlock = lines.map(str::to_string).collect();
                self.deadlock_of_threads =
                    headline == crate::runtime::threads::THREAD_DEADLOCK_HEADLINE;
                self.teach(
                    t,
                    WarningKind::Deadlock,
                    format!(
                        "{}. {}.",
                        headline.trim_end_matches('.'),
                        why(WarningKind::Deadlock)
                    ),
                );
            }
            EventKind::Warning { warning, msg } => {
                let duplicate = *warning == WarningKind::LoopBlocked
                    && self.teaching.iter().any(|w| w.kind == *warning && w.t == t);
                if !duplicate {
                    self.teach(
                        t,
                        *warning,
                        format!("{}. {}.", msg.trim_end_matches('.'), why(*warning)),
                    );
                }
            }
            EventKind::ScenarioFinished { exit, code } => {
                self.threads.program_ended(t, *exit);
                self.finish = Some(Finish {
                    exit: *exit,
                    code: *code,
                });
                self.queued.clear();
                self.busy = None;
                self.loop_view.current = None;
                // The result shows in the notes, unless the person is reading another
                // bottom panel they focused.
                if self.view.focus.panel.tab().is_none() {
                    self.view.tab = Tab::Notes;
                }
            }
        }
    }

    /// Folds a fact from the live host.
    pub fn note(&mut self, note: HostNote) {
        match note {
            HostNote::Clock(t) => {
                // The loop is idle, waiting for its next timer.
                self.now = self.now.max(t);
                self.loop_view.current_finished = true;
            }
            HostNote::Busy { func, line } => self.busy = Some((func, line)),
            HostNote::ScriptPause { note } => {
                if self.finish.is_none() {
                    self.paused = true;
                    if note.is_some() {
                        self.open_pager_at_note();
                    }
                    self.script_note = note;
                }
            }
            HostNote::Restarted => {
                let mut fresh = State::new(self.lesson.clone(), self.paused);
                fresh.speed = self.speed;
                fresh.dropped_events = self.dropped_events;
                fresh.dropped_commands = self.dropped_commands;
                fresh.view.filter = std::mem::take(&mut self.view.filter);
                *self = fresh;
            }
            HostNote::Dropped(n) => self.dropped_events = n,
            HostNote::EngineStopped => self.engine_stopped = true,
            HostNote::EngineCrashed(msg) => {
                self.engine_stopped = true;
                self.crash = Some(msg);
            }
        }
    }

    fn create_task(
        &mut self,
        t: f64,
        id: TaskId,
        name: &str,
        coro: &str,
        parent: Option<TaskId>,
        line: u32,
    ) {
        let mut lane = Lane::default();
        lane.push(t, TaskState::Ready);
        self.task_index.insert(id, self.tasks.len());
        self.task_names.insert(name.to_string(), id);
        self.counts[TaskState::Ready.index()] += 1;
        self.tasks.push(Task {
            id,
            name: name.to_string(),
            coro: coro.to_string(),
            parent,
            state: TaskState::Ready,
            line,
            awaiting: None,
            steps: 0,
            outcome: None,
            cancels: Vec::new(),
            throws: Vec::new(),
            done_callbacks: Vec::new(),
            lane,
        });
        // Generators listed after tasks shift down by one row; keep the selection on the
        // same generator.
        let hidden = self.view.hide_internals && super::explain::is_shutdown_coro(coro);
        if !hidden && self.view.selected >= self.tasks.len() && !self.gens.is_empty() {
            self.view.selected += 1;
        }
    }

    fn schedule(&mut self, t: f64, handle: HandleId, callback: &str, when: Option<f64>) {
        self.loop_view.handles.insert(
            handle,
            Handle {
                callback: callback.to_string(),
                when,
            },
        );
        match when {
            Some(w) => {
                self.loop_view.timers.insert((TimerKey::new(w), handle));
            }
            None => {
                self.loop_view.ready.push_back(handle);
                // A queued step or wakeup makes its task ready.
                if let Some(id) = task_of_callback(callback).and_then(|n| self.task_names.get(n)) {
                    self.set_task_state(*id, t, TaskState::Ready);
                }
            }
        }
    }

    fn finish_task(&mut self, t: f64, id: TaskId, outcome: &Outcome) {
        let Some(i) = self.task_index.get(&id).copied() else {
            return;
        };
        self.set_state(i, t, TaskState::of_outcome(outcome));
        self.step_returned(i);
        self.tasks[i].outcome = Some(outcome.clone());
        let name = self.tasks[i].name.clone();
        self.loop_view.callbacks.fire(&name);
    }

    /// Task `i`'s step returned: if it was the handle the loop is running, that is done.
    fn step_returned(&mut self, i: usize) {
        let name = &self.tasks[i].name;
        if let Some((_, cb)) = &self.loop_view.current {
            if task_of_callback(cb) == Some(name.as_str()) {
                self.loop_view.current_finished = true;
            }
        }
    }

    fn set_task_state(&mut self, id: TaskId, t: f64, state: TaskState) {
        if let Some(i) = self.task_index.get(&id).copied() {
            self.set_state(i, t, state);
        }
    }

    /// Moves task `i` to `state`; a finished task stays finished.
    fn set_state(&mut self, i: usize, t: f64, state: TaskState) {
        let task = &mut self.tasks[i];
        let old = task.state;
        if old.is_finished() || old == state {
            return;
        }
        task.state = state;
        task.lane.push(t, state);
        self.counts[old.index()] -= 1;
        self.counts[state.index()] += 1;
        debug_assert_eq!(
            self.counts.iter().sum::<usize>(),
            self.tasks.len(),
            "state counts cover every task"
        );
    }

    fn teach(&mut self, t: f64, kind: WarningKind, text: String) {
        self.teaching.push(Teaching { t, kind, text });
    }
}

/// Why a warning matters, in one sentence for a learner.
fn why(kind: WarningKind) -> &'static str {
    match kind {
        WarningKind::CoroutineNeverAwaited => {
            "Calling an async function only creates a coroutine object: its body runs when it is \
             awaited or wrapped in a task"
        }
        WarningKind::ExceptionNeverRetrieved => {
            "A task failed and nothing awaited it or asked for its exception, so the error only \
             surfaced when the task was destroyed"
        }
        WarningKind::TaskDestroyedPending => {
            "The loop went away while this task was still waiting: it never finished"
        }
        WarningKind::Deadlock => {
            "Nothing is ready and no timer is set, but something is still awaited: nobody will \
             ever complete it"
        }
        WarningKind::LoopBlocked => {
            "A blocking call holds the whole loop: no other task runs until it returns"
        }
        WarningKind::ScriptedActionMissed => {
            "The scenario's [[script]] asked for it, but it could not happen: check the task's \
             name (`name=` in create_task, or Task-N) and that `at` falls before the program ends"
        }
        WarningKind::NotAwaitable => {
            "`await` takes a coroutine, a Task or a Future (anything with `__await__`): call the \
             async function and await what it returns, or drop the `await` for a plain value"
        }
    }
}
