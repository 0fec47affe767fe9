//! Reducer and action tests: states folded from hand-written event lists.

use super::*;
use crate::runtime::event::{
    CancelSource, Event, EventKind, FutureId, HandleId, Outcome, Stream, TaskId,
};

fn lesson() -> Lesson {
    Lesson {
        title: "t".into(),
        about: String::new(),
        source_name: "x.py".into(),
        source: "a\nb\n".into(),
        speed: 1.0,
    }
}

fn ev(t: f64, iter: u64, kind: EventKind) -> Event {
    Event { t, iter, kind }
}

fn created(id: u64, name: &str) -> EventKind {
    EventKind::TaskCreated {
        task: TaskId(id),
        name: name.into(),
        coro: "worker".into(),
        parent: None,
        line: 3,
    }
}

fn soon(h: u64, callback: &str) -> EventKind {
    EventKind::HandleScheduled {
        handle: HandleId(h),
        callback: callback.into(),
        when: None,
    }
}

fn at(h: u64, callback: &str, when: f64) -> EventKind {
    EventKind::HandleScheduled {
        handle: HandleId(h),
        callback: callback.into(),
        when: Some(when),
    }
}

fn run(h: u64, callback: &str) -> EventKind {
    EventKind::HandleRun {
        handle: HandleId(h),
        callback: callback.into(),
    }
}

fn step(id: u64) -> EventKind {
    EventKind::TaskStepStarted {
        task: TaskId(id),
        throw: None,
    }
}

fn sleeping(id: u64, future: u64, what: &str) -> EventKind {
    EventKind::TaskSuspended {
        task: TaskId(id),
        line: 9,
        awaiting: Awaiting::Future {
            future: FutureId(future),
            what: what.into(),
        },
    }
}

fn state_of(s: &State, name: &str) -> TaskState {
    s.task_by_name(name).map(|t| t.state).expect(name)
}

#[test]
fn a_task_goes_ready_running_waiting_ready_done() {
    let mut s = State::new(lesson(), false);
    s.apply(&ev(0.0, 0, created(1, "Task-1")));
    s.apply(&ev(0.0, 0, soon(1, "Task-1.__step()")));
    assert_eq!(state_of(&s, "Task-1"), TaskState::Ready);
    s.apply(&ev(0.0, 1, run(1, "Task-1.__step()")));
    assert_eq!(state_of(&s, "Task-1"), TaskState::Ready, "not yet stepping");
    s.apply(&ev(0.0, 1, step(1)));
    assert_eq!(state_of(&s, "Task-1"), TaskState::Running);
    assert!(!s.loop_view.current_finished);
    s.apply(&ev(0.0, 1, sleeping(1, 2, "sleep(0.5)")));
    assert!(s.loop_view.current_finished, "its step returned");
    let t = s.task_by_name("Task-1").unwrap();
    assert_eq!((t.state, t.line, t.steps), (TaskState::Waiting, 9, 1));
    // The timer's future completes and schedules the wakeup: ready again.
    s.apply(&ev(0.5, 2, soon(3, "Task-1.__wakeup()")));
    assert_eq!(state_of(&s, "Task-1"), TaskState::Ready);
    s.apply(&ev(0.5, 3, step(1)));
    s.apply(&ev(
        0.5,
        3,
        EventKind::TaskDone {
            task: TaskId(1),
            outcome: Outcome::Result { repr: "42".into() },
        },
    ));
    let t = s.task_by_name("Task-1").unwrap();
    assert_eq!(t.state, TaskState::Done);
    assert_eq!(t.steps, 2);
    assert_eq!(s.count(TaskState::Done), 1);
    assert_eq!(s.count(TaskState::Ready), 0);
    assert_eq!(s.now, 0.5);
    assert_eq!(s.iter, 3);
    // Running at 0.0 and at 0.5, waiting between.
    assert_eq!(t.lane.sample(0.0, 0.1), Some(TaskState::Running));
    assert_eq!(t.lane.sample(0.2, 0.3), Some(TaskState::Waiting));
    // Once finished, nothing moves it again.
    s.apply(&ev(0.6, 4, soon(9, "Task-1.__step()")));
    assert_eq!(state_of(&s, "Task-1"), TaskState::Done);
}

#[test]
fn a_bare_yield_leaves_the_task_ready() {
    let mut s = State::new(lesson(), false);
    s.apply(&ev(0.0, 0, created(1, "Task-1")));
    s.apply(&ev(0.0, 1, step(1)));
    s.apply(&ev(
        0.0,
        1,
        EventKind::TaskSuspended {
            task: TaskId(1),
            line: 4,
            awaiting: Awaiting::Yield,
        },
    ));
    assert_eq!(state_of(&s, "Task-1"), TaskState::Ready);
}

#[test]
fn cancellation_arrives_as_a_thrown_cancelled_error() {
    let mut s = State::new(lesson(), false);
    s.apply(&ev(0.0, 0, created(1, "Task-1")));
    s.apply(&ev(0.0, 1, step(1)));
    s.apply(&ev(0.0, 1, sleeping(1, 2, "sleep(5)")));
    s.view.selected = 0;
    assert_eq!(
        s.act(Action::Cancel),
        Effect::Send(Command::Cancel(TaskId(1)))
    );
    assert_eq!(s.queued, vec![Queued::Cancel(TaskId(1))]);
    s.apply(&ev(
        1.0,
        2,
        EventKind::CancelRequested {
            task: TaskId(1),
            by: CancelSource::User,
            msg: None,
        },
    ));
    assert!(s.queued.is_empty(), "delivered");
    s.apply(&ev(
        1.0,
        3,
        EventKind::TaskStepStarted {
            task: TaskId(1),
            throw: Some("CancelledError".into()),
        },
    ));
    s.apply(&ev(
        1.0,
        3,
        EventKind::TaskDone {
            task: TaskId(1),
            outcome: Outcome::Cancelled { msg: None },
        },
    ));
    let t = s.task_by_name("Task-1").unwrap();
    assert_eq!(t.state, TaskState::Cancelled);
    assert_eq!(t.cancels.len(), 1);
    assert_eq!(t.throws[0].exc, "CancelledError");
    assert_eq!(t.throws[0].line, 9, "arrives at its await line");
    assert!(s.log.matching("thrown in").count() == 1);
    // A finished task cannot be cancelled again: no command, an explanation instead.
    assert_eq!(s.act(Action::Cancel), Effect::Nothing);
    assert!(s
        .flash
        .as_deref()
        .unwrap_or("")
        .contains("already finished"));
}

#[test]
fn ready_queue_and_timer_heap_follow_the_handles() {
    let mut s = State::new(lesson(), false);
    s.apply(&ev(0.0, 0, soon(1, "a()")));
    s.apply(&ev(0.0, 0, at(2, "late()", 2.0)));
    s.apply(&ev(0.0, 0, at(3, "early()", 1.0)));
    s.apply(&ev(0.0, 0, soon(4, "b()")));
    let l = &s.loop_view;
    assert_eq!(l.ready_list().collect::<Vec<_>>(), ["a()", "b()"]);
    assert_eq!(
        l.timer_list().collect::<Vec<_>>(),
        [(1.0, "early()"), (2.0, "late()")]
    );
    s.apply(&ev(0.0, 1, run(1, "a()")));
    s.apply(&ev(
        0.0,
        1,
        EventKind::HandleCancelled {
            handle: HandleId(4),
        },
    ));
    assert_eq!(s.loop_view.ready.len(), 0);
    assert_eq!(s.loop_view.current, Some((HandleId(1), "a()".into())));
    s.apply(&ev(1.0, 2, EventKind::ClockAdvanced { to: 1.0 }));
    assert_eq!(s.loop_view.current, None, "a new iteration");
    s.apply(&ev(
        1.0,
        2,
        EventKind::TimerFired {
            handle: HandleId(3),
        },
    ));
    assert_eq!(s.loop_view.ready_list().collect::<Vec<_>>(), ["early()"]);
    assert_eq!(s.loop_view.timer_list().count(), 1);
    s.apply(&ev(
        1.0,
        2,
        EventKind::HandleCancelled {
            handle: HandleId(2),
        },
    ));
    assert_eq!(s.loop_view.timer_list().count(), 0);
    assert!(s.log.matching("timer fired: early()").count() == 1);
}

#[test]
fn done_callbacks_wait_until_their_target_finishes() {
    let mut s = State::new(lesson(), false);
    s.apply(&ev(0.0, 0, created(1, "Task-1")));
    let added = |target: &str, cb: &str| EventKind::CallbackAdded {
        target: target.into(),
        callback: cb.into(),
    };
    s.apply(&ev(0.0, 0, added("Task-1", "_done_callback()")));
    s.apply(&ev(0.0, 0, added("Future-5", "Task-1.__wakeup()")));
    assert_eq!(s.loop_view.callbacks.len(), 2);
    assert_eq!(s.tasks[0].done_callbacks, ["_done_callback()"]);
    s.apply(&ev(
        0.0,
        1,
        EventKind::FutureDone {
            future: FutureId(5),
            outcome: Outcome::Result {
                repr: "None".into(),
            },
        },
    ));
    let left: Vec<_> = s.loop_view.callbacks.iter().map(|(t, _)| t).collect();
    assert_eq!(left, ["Task-1"]);
}

#[test]
fn output_is_split_into_lines_and_stderr_is_kept_for_the_final_screen() {
    let mut s = State::new(lesson(), false);
    let out = |stream, text: &str| EventKind::Output {
        stream,
        text: text.into(),
    };
    s.apply(&ev(0.0, 0, out(Stream::Stdout, "a")));
    s.apply(&ev(0.0, 0, out(Stream::Stdout, "b\nc\n")));
    s.apply(&ev(
        0.0,
        0,
        out(Stream::Stderr, "Traceback\nValueError: x\n"),
    ));
    let lines: Vec<_> = s.output.lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(lines, ["ab", "c", "Traceback", "ValueError: x"]);
    assert!(s.output.lines[2].stderr);
    assert_eq!(s.output.stderr, "Traceback\nValueError: x\n");
}

#[test]
fn warnings_become_teaching_points_and_the_end_is_final() {
    let mut s = State::new(lesson(), false);
    s.apply(&ev(
        0.0,
        1,
        EventKind::LoopBlocked {
            line: 7,
            duration: 2.0,
        },
    ));
    assert_eq!(s.blocked.map(|b| b.until), Some(2.0));
    s.apply(&ev(2.0, 1, EventKind::ClockAdvanced { to: 2.0 }));
    assert_eq!(s.blocked, None);
    s.apply(&ev(
        2.0,
        2,
        EventKind::Warning {
            warning: WarningKind::CoroutineNeverAwaited,
            msg: "coroutine 'work' was never awaited".into(),
        },
    ));
    s.apply(&ev(
        2.0,
        2,
        EventKind::ScenarioFinished {
            exit: ExitStatus::Ok,
            code: 0,
        },
    ));
    assert_eq!(s.teaching.len(), 2);
    assert!(s.teaching[0].text.contains("line 7"));
    assert!(s.teaching[1].text.contains("never awaited"));
    assert_eq!(s.mode(), Mode::Finished);
    assert_eq!(s.act(Action::TogglePause), Effect::Nothing);
    assert_eq!(s.act(Action::Interrupt), Effect::Nothing);
    assert_eq!(s.act(Action::Quit), Effect::Quit);
}

#[test]
fn pause_step_speed_and_interrupt_become_commands() {
    let mut s = State::new(lesson(), false);
    assert_eq!(s.act(Action::TogglePause), Effect::Send(Command::Pause));
    assert_eq!(s.mode(), Mode::Paused);
    assert_eq!(s.act(Action::TogglePause), Effect::Send(Command::Resume));
    assert_eq!(s.act(Action::Step), Effect::Send(Command::Step));
    assert_eq!(s.mode(), Mode::Paused, "stepping pauses");
    assert_eq!(s.act(Action::Faster), Effect::Send(Command::Speed(2.0)));
    for _ in 0..20 {
        s.act(Action::Faster);
    }
    assert_eq!(s.speed, 64.0);
    assert_eq!(s.act(Action::Interrupt), Effect::Send(Command::Interrupt));
    assert_eq!(s.queued, vec![Queued::Interrupt]);
    s.apply(&ev(
        0.0,
        1,
        EventKind::KeyboardInterrupt {
            delivered: "raised".into(),
        },
    ));
    assert!(s.queued.is_empty());
    assert_eq!(s.act(Action::Restart), Effect::Send(Command::Restart));
    let mut recording = s.clone();
    recording.restarting = false;
    recording.recording = true;
    assert_eq!(recording.act(Action::Restart), Effect::Nothing);
    assert!(!recording.restarting);
    assert!(recording
        .flash
        .as_deref()
        .is_some_and(|f| f.contains("recording")));
}

#[test]
fn selection_stays_in_range_and_help_closes_on_question_mark() {
    let mut s = State::new(lesson(), false);
    s.act(Action::Down);
    assert_eq!(s.view.selected, 0, "no rows yet");
    for i in 1..=3 {
        s.apply(&ev(0.0, 0, created(i, &format!("Task-{i}"))));
    }
    s.act(Action::Last);
    assert_eq!(s.view.selected, 2);
    s.act(Action::Down);
    assert_eq!(s.view.selected, 2);
    s.act(Action::SelectRow(1));
    assert_eq!(s.selected_task().map(|t| t.name.as_str()), Some("Task-2"));
    s.act(Action::ToggleHelp);
    assert!(s.view.help);
    assert_eq!(
        s.act(Action::ToggleHelp),
        Effect::Nothing,
        "? only closes it"
    );
    assert!(!s.view.help);
    s.act(Action::ToggleDetail);
    assert!(s.view.detail);
    s.act(Action::Close);
    assert!(!s.view.detail);
}

#[test]
fn the_filter_is_typed_then_kept_or_cleared() {
    let mut s = State::new(lesson(), false);
    s.apply(&ev(0.0, 0, created(1, "Task-1")));
    s.apply(&ev(0.0, 0, created(2, "Task-2")));
    s.act(Action::StartFilter);
    assert_eq!(s.input_mode(), InputMode::Filter);
    for c in "task-2".chars() {
        s.act(Action::FilterChar(c));
    }
    s.act(Action::FilterDone);
    assert_eq!(s.input_mode(), InputMode::Normal);
    let shown: Vec<_> = s.filtered_log().map(|e| e.text.as_str()).collect();
    assert_eq!(shown, ["Task-2 created, running worker()"]);
    s.act(Action::StartFilter);
    s.act(Action::FilterClear);
    assert_eq!(s.filtered_log().count(), 2);
}

#[test]
fn a_restart_starts_over_but_keeps_pause_and_speed() {
    let mut s = State::new(lesson(), true);
    s.apply(&ev(0.0, 0, created(1, "Task-1")));
    s.act(Action::Slower);
    s.note(HostNote::Dropped(3));
    s.note(HostNote::Restarted);
    assert!(s.tasks.is_empty());
    assert_eq!(s.mode(), Mode::Paused);
    assert_eq!(s.speed, 0.5);
    assert_eq!(s.dropped_events, 3);
}

#[test]
fn await_chains_follow_awaited_tasks() {
    let mut s = State::new(lesson(), false);
    s.apply(&ev(0.0, 0, created(1, "Task-1")));
    s.apply(&ev(0.0, 0, created(2, "Task-2")));
    s.apply(&ev(0.0, 1, step(1)));
    s.apply(&ev(
        0.0,
        1,
        EventKind::TaskSuspended {
            task: TaskId(1),
            line: 5,
            awaiting: Awaiting::Task { task: TaskId(2) },
        },
    ));
    s.apply(&ev(0.0, 1, step(2)));
    s.apply(&ev(0.0, 1, sleeping(2, 7, "sleep(1)")));
    let chain: Vec<_> = s
        .await_chain(TaskId(1))
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(chain, ["Task-1", "Task-2"]);
    let by: Vec<_> = s.awaited_by(TaskId(2)).map(|t| t.name.as_str()).collect();
    assert_eq!(by, ["Task-1"]);
}

fn sync(id: u64, state: &str, holders: &[u64], waiters: &[u64]) -> EventKind {
    EventKind::SyncState {
        prim: crate::runtime::event::PrimId(id),
        what: "Lock".into(),
        line: 4,
        state: state.into(),
        holders: holders.iter().map(|t| TaskId(*t)).collect(),
        waiters: waiters.iter().map(|t| TaskId(*t)).collect(),
    }
}

#[test]
fn a_lock_shows_who_holds_it_and_who_waits_in_order() {
    let mut s = State::new(lesson(), false);
    s.apply(&ev(0.0, 1, created(1, "Task-1")));
    s.apply(&ev(0.0, 1, created(2, "Task-2")));
    s.apply(&ev(0.0, 1, sync(1, "unlocked", &[], &[])));
    s.apply(&ev(0.0, 2, sync(1, "locked", &[1], &[])));
    s.apply(&ev(0.0, 2, sync(1, "locked", &[1], &[2])));
    assert_eq!(s.prims.len(), 1, "one row per primitive, updated in place");
    assert_eq!(
        s.prims[0].text(&s),
        "Lock-1 locked · held by Task-1 · waiting Task-2"
    );
    s.apply(&ev(1.0, 3, sync(1, "locked", &[2], &[])));
    assert_eq!(s.prims[0].text(&s), "Lock-1 locked · held by Task-2");
    assert!(s
        .log
        .matching("")
        .any(|e| e.text.contains("waiting Task-2")));
}

#[test]
fn a_generator_row_follows_its_operations() {
    use crate::runtime::event::{GenId, GenOp, GenState};
    let gen = |state, line, op| EventKind::GeneratorState {
        gen: GenId(7),
        name: "averager".into(),
        state,
        line,
        op,
    };
    let mut s = State::new(lesson(), false);
    s.apply(&ev(0.0, 0, gen(GenState::GEN_CREATED, 1, GenOp::Created)));
    s.apply(&ev(0.0, 0, gen(GenState::GEN_RUNNING, 1, GenOp::Next)));
    s.apply(&ev(
        0.0,
        0,
        gen(
            GenState::GEN_SUSPENDED,
            6,
            GenOp::Yielded {
                value: "None".into(),
            },
        ),
    ));
    s.apply(&ev(
        0.5,
        1,
        gen(
            GenState::GEN_RUNNING,
            6,
            GenOp::Throw {
                exc: "ValueError('x')".into(),
            },
        ),
    ));
    s.apply(&ev(
        0.5,
        1,
        gen(
            GenState::GEN_CLOSED,
            8,
            GenOp::Raised {
                exc: "ValueError('x')".into(),
            },
        ),
    ));
    assert_eq!(s.gens.len(), 1);
    let g = &s.gens[0];
    assert_eq!((g.state, g.line, g.resumes), (GenState::GEN_CLOSED, 8, 2));
    assert_eq!(g.last, "raised ValueError('x')");
    assert_eq!(g.shown_as(), TaskState::Failed, "an exception escaped it");
    assert_eq!(g.history.len(), 5);
    assert_eq!(g.lane.sample(0.0, 0.1), Some(TaskState::Running));
    assert_eq!(g.lane.sample(0.1, 0.2), Some(TaskState::Waiting));
    assert!(s
        .log
        .matching("")
        .any(|e| e.text == "averager throw(ValueError('x')) → GEN_RUNNING, line 6"));
}

fn done(id: u64) -> EventKind {
    EventKind::TaskDone {
        task: TaskId(id),
        outcome: Outcome::Result {
            repr: "None".into(),
        },
    }
}

fn added(target: &str, cb: &str) -> EventKind {
    EventKind::CallbackAdded {
        target: target.into(),
        callback: cb.into(),
    }
}

/// gather's shape up to t=0.5: Task-1 awaits gather(2); Task-2 and Task-3 sleep 1.5 and 0.5;
/// Task-3's timer fires, it wakes, finishes, and gather's `_done_callback()` runs.
fn gather_until_first_child_done() -> State {
    let mut s = State::new(lesson(), false);
    let evs = vec![
        ev(0.0, 0, created(1, "Task-1")),
        ev(0.0, 0, soon(1, "Task-1.__step()")),
        ev(0.0, 0, added("Task-1", "_run_until_complete_cb()")),
        ev(
            0.0,
            0,
            EventKind::LoopStarted {
                how: "run_forever".into(),
            },
        ),
        ev(0.0, 1, run(1, "Task-1.__step()")),
        ev(0.0, 1, step(1)),
        ev(0.0, 1, created(2, "Task-2")),
        ev(0.0, 1, soon(2, "Task-2.__step()")),
        ev(0.0, 1, added("Task-2", "_done_callback()")),
        ev(0.0, 1, created(3, "Task-3")),
        ev(0.0, 1, soon(3, "Task-3.__step()")),
        ev(0.0, 1, added("Task-3", "_done_callback()")),
        ev(
            0.0,
            1,
            EventKind::FutureCreated {
                future: FutureId(1),
                what: "gather(2)".into(),
            },
        ),
        ev(0.0, 1, added("Future-1", "Task-1.__wakeup()")),
        ev(0.0, 1, sleeping(1, 1, "gather(2)")),
        ev(0.0, 2, run(2, "Task-2.__step()")),
        ev(0.0, 2, step(2)),
        ev(
            0.0,
            2,
            EventKind::FutureCreated {
                future: FutureId(2),
                what: "sleep(1.5)".into(),
            },
        ),
        ev(
            0.0,
            2,
            at(4, "_set_result_unless_cancelled(sleep(1.5))", 1.5),
        ),
        ev(0.0, 2, added("Future-2", "Task-2.__wakeup()")),
        ev(0.0, 2, sleeping(2, 2, "sleep(1.5)")),
        ev(0.0, 2, run(3, "Task-3.__step()")),
        ev(0.0, 2, step(3)),
        ev(
            0.0,
            2,
            EventKind::FutureCreated {
                future: FutureId(3),
                what: "sleep(0.5)".into(),
            },
        ),
        ev(
            0.0,
            2,
            at(5, "_set_result_unless_cancelled(sleep(0.5))", 0.5),
        ),
        ev(0.0, 2, added("Future-3", "Task-3.__wakeup()")),
        ev(0.0, 2, sleeping(3, 3, "sleep(0.5)")),
    ];
    for e in &evs {
        s.apply(e);
    }
    s
}

#[test]
fn a_timer_callback_is_explained_with_the_future_and_task_it_wakes() {
    let mut s = gather_until_first_child_done();
    assert_eq!(
        explain::explain_handle(&s, HandleId(5)).as_deref(),
        Some("a timer's callback: it completes sleep(0.5)'s future, which wakes Task-3")
    );
    s.apply(&ev(0.5, 3, EventKind::ClockAdvanced { to: 0.5 }));
    s.apply(&ev(
        0.5,
        3,
        EventKind::TimerFired {
            handle: HandleId(5),
        },
    ));
    s.apply(&ev(
        0.5,
        3,
        run(5, "_set_result_unless_cancelled(sleep(0.5))"),
    ));
    let newest = explain::explain_newest(&s).expect("a line to explain");
    assert!(
        newest.contains("sleep(0.5)") && newest.contains("Task-3"),
        "{newest}"
    );
    s.apply(&ev(
        0.5,
        3,
        EventKind::FutureDone {
            future: FutureId(3),
            outcome: Outcome::Result {
                repr: "None".into(),
            },
        },
    ));
    s.apply(&ev(0.5, 3, soon(6, "Task-3.__wakeup()")));
    let queued = explain::explain_newest(&s).unwrap();
    assert!(
        queued.starts_with("queued to run next iteration: Task-3's wakeup: sleep(0.5) is done"),
        "{queued}"
    );
    s.apply(&ev(0.5, 4, run(6, "Task-3.__wakeup()")));
    s.apply(&ev(0.5, 4, step(3)));
    // asyncio.sleep cancels its timer on the way out: it already ran.
    s.apply(&ev(
        0.5,
        4,
        EventKind::HandleCancelled {
            handle: HandleId(5),
        },
    ));
    assert_eq!(
        s.log.last().map(|e| e.text.as_str()),
        Some("handle h5 cancelled")
    );
    let cancelled = explain::explain_newest(&s).unwrap();
    assert!(
        cancelled.starts_with("_set_result_unless_cancelled(sleep(0.5)) already ran"),
        "{cancelled}"
    );
    s.apply(&ev(0.5, 4, done(3)));
    s.apply(&ev(0.5, 4, soon(7, "_done_callback()")));
    s.apply(&ev(0.5, 5, run(7, "_done_callback()")));
    assert_eq!(
        explain::explain_current(&s).as_deref(),
        Some("gather's bookkeeping (1 of 2 children done): after the last child it completes gather(2), which wakes Task-1")
    );
    // Every line of the log has a meaning, through the same index the panel lists.
    let n = s.filtered_log().count();
    for i in 0..n {
        let why = explain::explain_log_line(&s, i).expect("each line");
        assert!(!why.is_empty());
    }
    assert_eq!(explain::explain_log_line(&s, n), None);
}

#[test]
fn paused_while_idle_the_status_loop_panel_and_log_agree_on_what_ran() {
    let mut s = gather_until_first_child_done();
    s.apply(&ev(0.5, 3, EventKind::ClockAdvanced { to: 0.5 }));
    s.apply(&ev(
        0.5,
        3,
        EventKind::TimerFired {
            handle: HandleId(5),
        },
    ));
    s.apply(&ev(
        0.5,
        3,
        run(5, "_set_result_unless_cancelled(sleep(0.5))"),
    ));
    s.apply(&ev(0.5, 3, soon(6, "Task-3.__wakeup()")));
    s.apply(&ev(0.5, 4, run(6, "Task-3.__wakeup()")));
    s.apply(&ev(0.5, 4, step(3)));
    s.apply(&ev(0.5, 4, done(3)));
    s.apply(&ev(0.5, 4, soon(7, "_done_callback()")));
    s.apply(&ev(0.5, 5, run(7, "_done_callback()")));
    // The person pauses while the loop idles towards the 1.5 timer: _done_callback() has
    // returned (the live host says so with its clock note).
    assert_eq!(s.act(Action::TogglePause), Effect::Send(Command::Pause));
    s.note(HostNote::Clock(0.7));
    assert_eq!(
        s.loop_now(),
        LoopNow::Idle {
            last: Some("_done_callback()"),
            next: Some((1.5, "_set_result_unless_cancelled(sleep(1.5))"))
        }
    );
    let status = s.paused_text();
    assert!(!status.contains("before _done_callback"), "{status}");
    assert_eq!(
        status,
        "paused while the loop waits for its next timer: sleep(1.5)'s timer at t=1.500"
    );
    assert_eq!(s.loop_word(), "paused, idle", "not `running` beside PAUSED");
    let newest = s.log.last().unwrap();
    assert_eq!(
        explain::shown_text(&s, newest, true),
        "run _done_callback()"
    );
    // `n`: the engine fires the timer, logs `run` for it and waits before calling it.
    assert_eq!(s.act(Action::Step), Effect::Send(Command::Step));
    s.apply(&ev(1.5, 6, EventKind::ClockAdvanced { to: 1.5 }));
    s.apply(&ev(
        1.5,
        6,
        EventKind::TimerFired {
            handle: HandleId(4),
        },
    ));
    s.apply(&ev(
        1.5,
        6,
        run(4, "_set_result_unless_cancelled(sleep(1.5))"),
    ));
    assert_eq!(
        s.loop_now(),
        LoopNow::Before("_set_result_unless_cancelled(sleep(1.5))")
    );
    assert_eq!(
        s.paused_text(),
        "paused before _set_result_unless_cancelled(sleep(1.5)) runs"
    );
    assert_eq!(s.loop_word(), "paused");
    let newest = s.log.last().unwrap();
    assert_eq!(
        explain::shown_text(&s, newest, true),
        "next: _set_result_unless_cancelled(sleep(1.5)) (paused before it runs)"
    );
    // Resumed, the same moment reads as running.
    s.act(Action::TogglePause);
    assert_eq!(
        s.loop_now(),
        LoopNow::Running("_set_result_unless_cancelled(sleep(1.5))")
    );
    assert_eq!(s.loop_word(), "running");
}

#[test]
fn i_hides_asyncio_internals_and_shows_them_again() {
    let mut s = gather_until_first_child_done();
    s.apply(&ev(1.5, 9, EventKind::LoopStopped));
    s.apply(&ev(
        1.5,
        9,
        EventKind::TaskCreated {
            task: TaskId(5),
            name: "Task-5".into(),
            coro: "BaseEventLoop.shutdown_asyncgens".into(),
            parent: None,
            line: 0,
        },
    ));
    s.apply(&ev(1.5, 9, soon(20, "Task-5.__step()")));
    s.apply(&ev(1.5, 9, added("Task-5", "_run_until_complete_cb()")));
    let all_rows = s.rows();
    let all_lines = s.filtered_log().count();
    assert_eq!(all_rows, 4);
    s.act(Action::Last);
    assert_eq!(s.selected_task().map(|t| t.name.as_str()), Some("Task-5"));

    assert_eq!(
        action_for(Key::Char('i'), InputMode::Normal),
        Some(Action::ToggleInternals)
    );
    s.act(Action::ToggleInternals);
    assert!(s.view.hide_internals);
    assert!(s.flash.as_deref().unwrap().contains("hidden"));
    assert_eq!(s.rows(), 3, "the cleanup task is not listed");
    assert_eq!(
        s.selected_task().map(|t| t.name.as_str()),
        Some("Task-3"),
        "selection moved onto a shown row"
    );
    assert!(s.shown_tasks().all(|t| t.name != "Task-5"));
    let lines: Vec<&str> = s.filtered_log().map(|e| e.text.as_str()).collect();
    assert!(lines.len() < all_lines);
    for hidden in ["Task-5", "(_done_callback()", "_run_until_complete_cb"] {
        assert!(
            lines.iter().all(|l| !l.contains(hidden)),
            "{hidden} in {lines:?}"
        );
    }
    assert!(lines.contains(&"Task-3 suspends at line 9, awaiting sleep(0.5)"));
    assert!(
        lines
            .iter()
            .any(|l| l.contains("_set_result_unless_cancelled(sleep(0.5))")),
        "the program's timers stay"
    );

    s.act(Action::ToggleInternals);
    assert!(!s.view.hide_internals);
    assert_eq!(s.rows(), all_rows);
    assert_eq!(s.filtered_log().count(), all_lines);
}

#[test]
fn help_closes_on_any_key_and_the_key_still_acts() {
    let mut s = gather_until_first_child_done();
    s.act(Action::ToggleHelp);
    assert_eq!(s.view.help_page, HelpPage::Keys);
    s.act(Action::NextTab);
    assert!(s.view.help, "Tab turns the page");
    assert_eq!(s.view.help_page, HelpPage::Glossary);
    s.act(Action::Down);
    s.act(Action::PageDown);
    assert_eq!(s.view.help_scroll, 11, "movement keys scroll the page");
    assert_eq!(
        s.view.selected, 0,
        "and do not move the selection underneath"
    );
    // A key that is not the help's own closes it and acts.
    assert_eq!(s.act(Action::Step), Effect::Send(Command::Step));
    assert!(!s.view.help);
    assert!(s.paused);
    s.act(Action::ToggleHelp);
    assert_eq!(s.view.help_scroll, 0, "opens at the top");
    s.act(Action::ToggleInternals);
    assert!(!s.view.help && s.view.hide_internals);
    s.act(Action::ToggleHelp);
    s.act(Action::Close);
    assert!(!s.view.help, "Esc only closes");
    assert_eq!(s.view.filter, "");
}

#[test]
fn the_glossary_names_every_internal_the_dashboard_shows() {
    let terms: Vec<&str> = explain::GLOSSARY.iter().map(|(t, _)| *t).collect();
    for name in [
        "Task-1.__step()",
        "Task-1.__wakeup()",
        "_set_result_unless_cancelled(sleep(0.5))",
        "_run_until_complete_cb()",
        "_done_callback()",
        "_on_completion()",
        "on done",
        "sync",
        "handle h6 cancelled",
        "shutdown_asyncgens",
        "shutdown_default_executor",
    ] {
        assert!(terms.contains(&name), "{name}");
    }
    for (term, meaning) in explain::GLOSSARY {
        assert!(meaning.len() > 40, "{term} has a real meaning");
    }
}
