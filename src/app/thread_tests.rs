//! Reducer tests for threads: states folded from thread events as the engine writes them.

use super::*;
use crate::runtime::event::{Event, EventKind, ThreadId, ThreadState};

fn lesson() -> Lesson {
    Lesson {
        title: "t".into(),
        about: String::new(),
        source_name: "pool.py".into(),
        source: String::new(),
        speed: 1.0,
    }
}

fn ev(t: f64, kind: EventKind) -> Event {
    Event { t, iter: 0, kind }
}

fn started(id: u64, name: &str) -> EventKind {
    EventKind::ThreadCreated {
        thread: ThreadId(id),
        name: name.into(),
        ident: 1000 + id as i64,
        daemon: false,
        line: 16,
    }
}

fn now(id: u64, state: ThreadState) -> EventKind {
    EventKind::ThreadChanged {
        thread: ThreadId(id),
        state,
    }
}

fn blocked(on: &str, line: u32) -> ThreadState {
    ThreadState::Blocked {
        on: on.into(),
        line,
        until: None,
    }
}

/// The start of a two-worker pool, as `coroviz run --trace` writes it for
/// tests/threads/2126_pool_queues_work.py: each submit starts a worker, which runs at once
/// until it sleeps; then main goes on and finally joins the first worker.
fn pool_start() -> Vec<Event> {
    vec![
        ev(0.0, started(1, "ThreadPoolExecutor-0_0")),
        ev(0.0, now(0, ThreadState::Runnable)),
        ev(0.0, now(1, ThreadState::Running)),
        ev(
            0.0,
            now(
                1,
                ThreadState::Sleeping {
                    until: 0.3,
                    line: 11,
                },
            ),
        ),
        ev(0.0, now(0, ThreadState::Running)),
        ev(0.0, started(2, "ThreadPoolExecutor-0_1")),
        ev(0.0, now(0, ThreadState::Runnable)),
        ev(0.0, now(2, ThreadState::Running)),
        ev(
            0.0,
            now(
                2,
                ThreadState::Sleeping {
                    until: 0.1,
                    line: 11,
                },
            ),
        ),
        ev(0.0, now(0, ThreadState::Running)),
        ev(0.0, now(0, blocked("join of ThreadPoolExecutor-0_0", 15))),
    ]
}

fn status(s: &State, id: u64) -> ThreadStatus {
    s.threads.get(ThreadId(id)).expect("thread").status.clone()
}

#[test]
fn a_single_threaded_program_has_no_threads() {
    let s = State::fold(
        lesson(),
        &[ev(
            0.0,
            EventKind::LoopStarted {
                how: "asyncio.run".into(),
            },
        )],
    );
    assert!(!s.threads.shown());
    assert!(s.threads.list.is_empty(), "no main thread made up");
}

#[test]
fn the_first_thread_event_brings_the_main_thread() {
    let s = State::fold(lesson(), &pool_start()[..1]);
    assert!(s.threads.shown());
    let names: Vec<&str> = s.threads.list.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["MainThread", "ThreadPoolExecutor-0_0"]);
    assert_eq!(
        status(&s, 0),
        ThreadStatus::Running,
        "main runs since the start"
    );
    assert_eq!(status(&s, 1), ThreadStatus::Runnable);
    assert_eq!(s.threads.list[1].started_at, 16);
}

#[test]
fn a_pool_start_leaves_workers_asleep_and_main_joining() {
    let s = State::fold(lesson(), &pool_start());
    assert_eq!(
        status(&s, 1),
        ThreadStatus::Sleeping {
            until: 0.3,
            line: 11
        }
    );
    assert_eq!(
        status(&s, 2),
        ThreadStatus::Sleeping {
            until: 0.1,
            line: 11
        }
    );
    match status(&s, 0) {
        ThreadStatus::Blocked { on, line, until } => {
            assert_eq!(
                (on.as_str(), line, until),
                ("join of ThreadPoolExecutor-0_0", 15, None)
            );
        }
        other => panic!("main should be blocked, is {other:?}"),
    }
    // main → 0_0 → main → 0_1 → main
    assert_eq!(s.threads.switches, 4);
    assert_eq!(s.threads.running, ThreadId(0));
    let turns: Vec<u64> = s.threads.list.iter().map(|t| t.turns).collect();
    assert_eq!(turns, [3, 1, 1]);
    assert_eq!(s.threads.count("sleeping"), 2);
    assert_eq!(s.threads.count("blocked"), 1);
    assert_eq!(s.threads.list[1].waiting_text(), "time.sleep until 0.3s");
}

#[test]
fn lanes_borrow_the_task_states() {
    let mut events = pool_start();
    events.push(ev(0.1, EventKind::ClockAdvanced { to: 0.1 }));
    events.push(ev(0.1, now(2, ThreadState::Runnable)));
    events.push(ev(0.1, now(2, ThreadState::Running)));
    events.push(ev(
        0.1,
        EventKind::ThreadEnded {
            thread: ThreadId(2),
        },
    ));
    let s = State::fold(lesson(), &events);
    let w1 = s.threads.get(ThreadId(2)).expect("0_1");
    assert_eq!(w1.status, ThreadStatus::Done);
    assert_eq!(
        w1.lane.sample(0.0, 0.05),
        Some(TaskState::Running),
        "it ran at 0"
    );
    assert_eq!(
        w1.lane.sample(0.05, 0.09),
        Some(TaskState::Waiting),
        "asleep"
    );
    assert_eq!(w1.lane.sample(0.1, 0.11), Some(TaskState::Running));
    assert_eq!(w1.lane.sample(0.2, 0.3), None, "gone after it ended");
    let main = s.threads.get(ThreadId(0)).expect("main");
    assert_eq!(
        main.lane.sample(0.05, 0.09),
        Some(TaskState::Waiting),
        "joining"
    );
}

#[test]
fn an_idle_pool_worker_waits_for_work() {
    let mut events = pool_start();
    events.push(ev(0.3, now(1, blocked("SimpleQueue.get", 0))));
    let s = State::fold(lesson(), &events);
    let w = s.threads.get(ThreadId(1)).expect("worker");
    assert!(w.is_pool_worker());
    assert_eq!(
        w.waiting_text(),
        "idle: the pool's work queue (SimpleQueue.get)"
    );
    assert_eq!(
        s.threads.pools(),
        [Pool {
            number: "0",
            workers: 2,
            idle: 1
        }]
    );
}

#[test]
fn the_loop_runs_on_the_thread_that_started_it() {
    let events = vec![
        ev(0.0, started(1, "loop-thread")),
        ev(0.0, now(0, ThreadState::Runnable)),
        ev(0.0, now(1, ThreadState::Running)),
        ev(
            0.0,
            EventKind::LoopStarted {
                how: "asyncio.run".into(),
            },
        ),
        ev(
            0.0,
            now(
                1,
                ThreadState::Blocked {
                    on: "the event loop's select".into(),
                    line: 7,
                    until: Some(0.5),
                },
            ),
        ),
        ev(0.0, now(0, ThreadState::Running)),
    ];
    let s = State::fold(lesson(), &events);
    assert!(s.threads.runs_loop(ThreadId(1)));
    assert!(!s.threads.runs_loop(ThreadId(0)));
    assert_eq!(
        s.threads
            .get(ThreadId(1))
            .expect("loop thread")
            .waiting_text(),
        "the event loop's select: nothing ready, timeout at 0.5s"
    );
    let mut s = s;
    s.apply(&ev(0.5, now(1, ThreadState::Running)));
    s.apply(&ev(0.5, EventKind::LoopStopped));
    assert!(!s.threads.runs_loop(ThreadId(1)), "its loop stopped");
}

#[test]
fn a_thread_whose_start_was_dropped_still_shows() {
    // A dashboard that fell behind may miss a ThreadCreated.
    let s = State::fold(lesson(), &[ev(1.0, now(3, ThreadState::Running))]);
    let t = s.threads.get(ThreadId(3)).expect("placeholder");
    assert_eq!(t.name, "thread #3");
    assert_eq!(t.status, ThreadStatus::Running);
    assert_eq!(s.threads.running, ThreadId(3));
}

#[test]
fn a_restart_forgets_the_threads() {
    let mut s = State::fold(lesson(), &pool_start());
    s.note(HostNote::Restarted);
    assert!(!s.threads.shown());
}

#[test]
fn a_clock_jump_between_threads_is_explained_as_the_threads_scheduler_s() {
    let mut events = pool_start();
    events.push(ev(0.1, EventKind::ClockAdvanced { to: 0.1 }));
    let s = State::fold(lesson(), &events);
    let why = super::explain::explain_newest(&s).expect("the newest line is explained");
    assert!(why.starts_with("no thread can run"), "{why}");
    // Without threads, the same jump is the event loop's wait for its next timer.
    let alone = State::fold(lesson(), &[ev(0.1, EventKind::ClockAdvanced { to: 0.1 })]);
    let why = super::explain::explain_newest(&alone).expect("explained");
    assert!(
        why.contains("the loop waits for its earliest timer"),
        "{why}"
    );
}
