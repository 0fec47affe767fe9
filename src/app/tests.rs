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
fn selection_stays_in_range_and_help_swallows_the_next_key() {
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
    assert_eq!(s.act(Action::Step), Effect::Nothing, "closes help only");
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
