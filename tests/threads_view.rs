//! The threads view: real engine events of thread and pool programs folded into `State` and
//! drawn into ratatui's TestBackend (insta snapshots), and what every size of terminal shows.

#[allow(dead_code)] // each test crate uses its own part of the shared support module
mod support;

use std::path::Path;

use coroviz::app::{Lesson, State, ThreadStatus};
use coroviz::runtime::event::{Event, ThreadId};
use coroviz::scenario;

fn events(path: &str) -> (Lesson, Vec<Event>) {
    let s = scenario::load(Path::new(path)).expect("scenario loads");
    let lesson = Lesson::from_scenario(&s);
    let events = support::scenario_events(&s, s.engine_config(10_000_000));
    (lesson, events)
}

/// tests/threads/2126: two workers, four jobs; the first sleeps 0.3 s, the others 0.1 s.
fn pool() -> (Lesson, Vec<Event>) {
    events("tests/threads/2126_pool_queues_work.py")
}

fn at_time(lesson: &Lesson, events: &[Event], t: f64) -> State {
    support::state_at(lesson, events, t)
}

fn render(state: &State, w: u16, h: u16) -> String {
    support::dashboard_text(state, w, h)
}

fn status(s: &State, id: u64) -> ThreadStatus {
    s.threads.get(ThreadId(id)).expect("thread").status.clone()
}

#[test]
fn a_pool_shows_each_worker_with_its_state() {
    let (lesson, ev) = pool();
    let s = at_time(&lesson, &ev, 0.0);
    let names: Vec<&str> = s.threads.list.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "MainThread",
            "ThreadPoolExecutor-0_0",
            "ThreadPoolExecutor-0_1"
        ]
    );
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
    assert!(
        matches!(status(&s, 0), ThreadStatus::Blocked { ref on, line: 15, .. } if on == "join of ThreadPoolExecutor-0_0"),
        "{:?}",
        status(&s, 0)
    );
    let screen = render(&s, 120, 40);
    for want in [
        "Threads 3",
        "ThreadPoolExecutor-0_1",
        "time.sleep until 0.3s",
        "join of ThreadPoolExecutor-0_0",
        "blocked",
    ] {
        assert!(screen.contains(want), "{want} missing:\n{screen}");
    }
    insta::assert_snapshot!("pool_t0_120x40", screen);
    insta::assert_snapshot!("pool_t0_80x24", render(&s, 80, 24));
}

#[test]
fn a_pool_over_time_keeps_a_lane_per_thread() {
    let (lesson, ev) = pool();
    // At 0.1 the second worker woke, took job C and sleeps again.
    let s = at_time(&lesson, &ev, 0.1);
    assert_eq!(
        status(&s, 2),
        ThreadStatus::Sleeping {
            until: 0.2,
            line: 11
        }
    );
    let done = State::fold(lesson, &ev);
    for id in [1, 2] {
        assert_eq!(status(&done, id), ThreadStatus::Done);
    }
    assert_eq!(
        status(&done, 0),
        ThreadStatus::Done,
        "main ended with the program"
    );
    let before_end = State::fold(done.lesson.clone(), &ev[..ev.len() - 1]);
    assert_eq!(
        status(&before_end, 0),
        ThreadStatus::Running,
        "main prints the results"
    );
    let screen = render(&done, 120, 40);
    // The timeline's lane, right of the source panel (the threads panel has a row too).
    let lane = screen
        .lines()
        .filter_map(|l| l.split_once("││MainThread "))
        .map(|(_, lane)| lane)
        .next()
        .expect("main's lane in the timeline");
    assert!(lane.contains('█') && lane.contains('─'), "{lane}");
    insta::assert_snapshot!("pool_finished_120x40", screen);
}

#[test]
fn every_terminal_size_draws_without_panicking() {
    let (lesson, ev) = pool();
    let s = at_time(&lesson, &ev, 0.1);
    for w in (1..=130).step_by(7) {
        for h in (1..=45).step_by(4) {
            let screen = render(&s, w, h);
            let small = w < coroviz::ui::MIN_WIDTH || h < coroviz::ui::MIN_HEIGHT;
            assert_eq!(
                small,
                !screen.contains("Threads 3"),
                "{w}×{h}: the panel shows exactly when the dashboard fits:\n{screen}"
            );
        }
    }
}

#[test]
fn a_single_threaded_program_has_no_threads_panel() {
    let (lesson, ev) = events("scenarios/gather.toml");
    let s = State::fold(lesson, &ev);
    assert!(!s.threads.shown());
    assert!(!render(&s, 120, 40).contains("Threads"));
}

/// Lesson 26 with the CPU model: while the process pool computes, its four workers (each a
/// process with a GIL and a core of its own) all show as running at once, where the thread
/// pool's four workers took turns holding one GIL.
#[test]
fn a_process_pool_computes_on_four_cores_at_once() {
    let (lesson, ev) = events("scenarios/26-threads-vs-processes.toml");
    let s = at_time(&lesson, &ev, 2.3);
    let running: Vec<&str> = s
        .threads
        .list
        .iter()
        .filter(|t| t.status == ThreadStatus::Running)
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(
        running,
        [
            "ForkProcess-1",
            "ForkProcess-2",
            "ForkProcess-3",
            "ForkProcess-4"
        ]
    );
    let threads = at_time(&lesson, &ev, 1.6);
    let running = threads
        .threads
        .list
        .iter()
        .filter(|t| t.status == ThreadStatus::Running)
        .count();
    assert_eq!(running, 1, "one GIL: one thread of the pool runs at a time");
    let screen = render(&s, 120, 40);
    for want in ["ForkProcess-4", "holds the GIL"] {
        assert!(screen.contains(want), "{want} missing:\n{screen}");
    }
    assert!(!screen.contains("ForkProcess-1 · daemon"), "{screen}");
}

/// A pool's futures are rows of the task table: a queued one can be cancelled with `c`
/// (the dashboard sends the engine a cancel), one a worker has taken cannot.
#[test]
fn a_queued_pool_future_can_be_selected_and_cancelled() {
    use coroviz::app::{Action, Command, Effect, Row};
    use coroviz::runtime::event::PoolFutureId;
    let (lesson, ev) = pool();
    let mut s = at_time(&lesson, &ev, 0.05);
    let rows: Vec<(String, &str)> = (0..s.rows())
        .filter_map(|i| match s.row(i) {
            Some(Row::Work(f)) => Some((f.call.clone(), f.word())),
            _ => None,
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("job('A', 0.3)".to_string(), "running"),
            ("job('B', 0.1)".to_string(), "running"),
            ("job('C', 0.1)".to_string(), "queued"),
            ("job('D', 0.1)".to_string(), "queued"),
        ]
    );
    let screen = render(&s, 120, 40);
    for want in [
        "4 pool futures (2 queued: c cancels)",
        "future #4",
        "queued",
    ] {
        assert!(screen.contains(want), "{want} missing:\n{screen}");
    }
    let row_of = |s: &State, id: u64| {
        (0..s.rows())
            .find(|&i| matches!(s.row(i), Some(Row::Work(f)) if f.id == PoolFutureId(id)))
            .expect("the future's row")
    };
    let running = row_of(&s, 1);
    s.act(Action::SelectRow(running));
    assert_eq!(s.act(Action::Cancel), Effect::Nothing);
    assert!(
        s.flash
            .as_deref()
            .is_some_and(|f| f.contains("cancel() would return False")),
        "{:?}",
        s.flash
    );
    let queued = row_of(&s, 4);
    s.act(Action::SelectRow(queued));
    assert_eq!(
        s.act(Action::Cancel),
        Effect::Send(Command::CancelFuture(PoolFutureId(4)))
    );
}

/// The notes' executor deadlock ends with the deadlock box naming the threads and drawing
/// the cycle of waits: `wait_on_b` waits on future b, whose work `wait_on_a` waits on a.
#[test]
fn the_executor_deadlock_box_draws_the_cycle() {
    let (lesson, ev) = events("scenarios/22-executor-deadlock.toml");
    let s = at_time(&lesson, &ev, f64::INFINITY);
    assert!(s.deadlock_of_threads);
    let screen = render(&s, 120, 40);
    for want in [
        "Deadlock: no thread can run and none will wake",
        "cycle: wait_on_b (ThreadPoolExecutor-0_0) waits on future b",
        "⟶ ",
        "ThreadPoolExecutor-0_1 in wait_on_a at line 16 → Future.result of future a",
    ] {
        assert!(screen.contains(want), "{want} missing:\n{screen}");
    }
}

/// A task awaiting `run_in_executor` shows the pool future it waits for, by its number and
/// call, as the future's own row in the task table does.
#[test]
fn a_task_awaiting_run_in_executor_names_the_pool_future() {
    use coroviz::app::Row;
    let (lesson, ev) = events("scenarios/24-run-in-executor.toml");
    let s = at_time(&lesson, &ev, 2.0);
    let main = &s.tasks[0];
    let awaiting = main.awaiting.as_ref().map(|a| s.awaiting_text(a));
    assert_eq!(
        awaiting.as_deref(),
        Some("pool future #1: read_file('b.txt', 1)")
    );
    let screen = render(&s, 120, 40);
    assert!(screen.contains("pool future #1: re"), "{screen}");
    let calls: Vec<String> = (0..s.rows())
        .filter_map(|i| match s.row(i) {
            Some(Row::Work(f)) => Some(f.call.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        calls.first().map(String::as_str),
        Some("read_file('b.txt', 1)")
    );
}
