//! Dashboard benchmarks (not tests): frame render time at 10, 1,000 and 10,000 tasks, and
//! the time from start to the first frame. Run with `cargo bench --bench ui`; results go in
//! BENCHMARKS.md.

/// The binary's allocator (`src/main.rs`), so the figures are those of the real dashboard
/// (the system allocator spends far longer in malloc and free).
#[global_allocator]
static GLOBAL: coroviz::runtime::memory::Counting<mimalloc::MiMalloc> =
    coroviz::runtime::memory::Counting(mimalloc::MiMalloc);

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use coroviz::app::{Action, Lesson, State};
use coroviz::runtime::event::{
    Awaiting, Event, EventKind, FutureId, HandleId, Outcome, TaskId, SCHEMA_VERSION,
};
use coroviz::ui::{Dashboard, Theme};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

/// Frames drawn per measurement.
const FRAMES: usize = 300;

/// A synthetic run with `n` worker tasks: each starts, sleeps on its own timer; by the end
/// about half have woken and finished, the rest still wait. Shaped like gather.py at scale.
fn synthetic(n: u64) -> Vec<Event> {
    let mut ev = Vec::new();
    let mut push = |t: f64, iter: u64, kind: EventKind| ev.push(Event { t, iter, kind });
    push(
        0.0,
        0,
        EventKind::ScenarioStarted {
            schema: SCHEMA_VERSION,
            title: "synthetic".into(),
            source: "bench.py".into(),
        },
    );
    let mut handle = 0u64;
    let mut next_handle = || {
        handle += 1;
        HandleId(handle)
    };
    let mut timers = Vec::new();
    for i in 1..=n {
        let name = format!("Task-{i}");
        push(
            0.0,
            1,
            EventKind::TaskCreated {
                task: TaskId(i),
                name: name.clone(),
                coro: "worker".into(),
                parent: None,
                line: 6,
            },
        );
        push(
            0.0,
            1,
            EventKind::HandleScheduled {
                handle: next_handle(),
                callback: format!("{name}.__step()"),
                when: None,
            },
        );
    }
    for i in 1..=n {
        let name = format!("Task-{i}");
        let h = HandleId(i);
        push(
            0.0,
            2,
            EventKind::HandleRun {
                handle: h,
                callback: format!("{name}.__step()"),
            },
        );
        push(
            0.0,
            2,
            EventKind::TaskStepStarted {
                task: TaskId(i),
                throw: None,
            },
        );
        let delay = 1.0 + (i % 100) as f64 / 100.0;
        let what = format!("sleep({delay})");
        push(
            0.0,
            2,
            EventKind::FutureCreated {
                future: FutureId(i),
                what: what.clone(),
            },
        );
        let timer = next_handle();
        timers.push((delay, timer, i));
        push(
            0.0,
            2,
            EventKind::HandleScheduled {
                handle: timer,
                callback: format!("_set_result_unless_cancelled({what})"),
                when: Some(delay),
            },
        );
        push(
            0.0,
            2,
            EventKind::CallbackAdded {
                target: format!("Future-{i}"),
                callback: format!("{name}.__wakeup()"),
            },
        );
        push(
            0.0,
            2,
            EventKind::TaskSuspended {
                task: TaskId(i),
                line: 9,
                awaiting: Awaiting::Future {
                    future: FutureId(i),
                    what,
                },
            },
        );
    }
    timers.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut iter = 3;
    for (when, timer, i) in timers.into_iter().filter(|t| t.0 < 1.5) {
        push(when, iter, EventKind::ClockAdvanced { to: when });
        push(when, iter, EventKind::TimerFired { handle: timer });
        push(
            when,
            iter,
            EventKind::FutureDone {
                future: FutureId(i),
                outcome: Outcome::Result {
                    repr: "None".into(),
                },
            },
        );
        iter += 1;
        push(
            when,
            iter,
            EventKind::TaskStepStarted {
                task: TaskId(i),
                throw: None,
            },
        );
        push(
            when,
            iter,
            EventKind::TaskDone {
                task: TaskId(i),
                outcome: Outcome::Result {
                    repr: format!("'worker {i} done'"),
                },
            },
        );
        iter += 1;
    }
    ev
}

fn lesson() -> Lesson {
    let source = std::fs::read_to_string("scenarios/gather.py").unwrap_or_default();
    Lesson {
        title: "synthetic workers".into(),
        about: "Many workers sleeping on their own timers.".into(),
        source_name: "bench.py".into(),
        source,
        speed: 1.0,
    }
}

/// Median and 99th percentile of `samples`.
fn stats(mut samples: Vec<Duration>) -> (Duration, Duration) {
    samples.sort();
    let p99 = (samples.len() * 99 / 100).min(samples.len() - 1);
    (samples[samples.len() / 2], samples[p99])
}

/// Folds of the whole event stream timed per row.
const FOLDS: usize = 5;

fn micros(d: Duration) -> String {
    format!("{:.1} µs", d.as_secs_f64() * 1e6)
}

fn frame_times(tasks: u64, w: u16, h: u16) -> (usize, Duration, Duration, Duration) {
    let events = synthetic(tasks);
    // The fold's median of a few runs (one run alone swings with the machine).
    let mut folds = Vec::with_capacity(FOLDS);
    let mut state = State::new(lesson(), false);
    for _ in 0..FOLDS {
        let fold_start = Instant::now();
        state = State::fold(lesson(), &events);
        folds.push(fold_start.elapsed());
    }
    let (fold, _) = stats(folds);
    // Select a task in the middle so the table, timeline and source all scroll.
    state.act(Action::SelectRow(state.rows() / 2));
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("test backend");
    let dash = Dashboard {
        state: &state,
        theme: Theme::colored(),
    };
    let mut samples = Vec::with_capacity(FRAMES);
    for _ in 0..FRAMES {
        // A real frame redraws everything: clear the previous buffer so the diff is full.
        term.clear().expect("clear");
        let start = Instant::now();
        term.draw(|f| f.render_widget(black_box(&dash), f.area()))
            .expect("draw");
        samples.push(start.elapsed());
    }
    let (median, worst) = stats(samples);
    (events.len(), fold, median, worst)
}

/// From nothing to the first frame: load the scenario, compile its Python, build the state
/// and draw once (what `coroviz FILE` does before the engine's first event arrives).
fn first_frame() -> Duration {
    let start = Instant::now();
    let scenario = coroviz::scenario::load(Path::new("scenarios/gather.toml")).expect("loads");
    let program = coroviz::lang::compile::compile(&scenario.source_name, &scenario.source);
    black_box(program.is_ok());
    let state = State::new(Lesson::from_scenario(&scenario), false);
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
    let dash = Dashboard {
        state: &state,
        theme: Theme::from_env(),
    };
    term.draw(|f| f.render_widget(&dash, f.area()))
        .expect("draw");
    start.elapsed()
}

fn main() {
    println!("dashboard frame render time (TestBackend, full redraw, {FRAMES} frames each)");
    println!(
        "{:>8} | {:>7} | {:>8} | {:>13} | {:>12} | {:>12}",
        "tasks", "size", "events", "fold (median)", "frame median", "frame p99"
    );
    for tasks in [10, 1_000, 10_000, 100_000] {
        for (w, h) in [(120, 40), (80, 24)] {
            let (events, fold, median, worst) = frame_times(tasks, w, h);
            println!(
                "{tasks:>8} | {:>7} | {events:>8} | {:>13} | {:>12} | {:>12}",
                format!("{w}x{h}"),
                micros(fold),
                micros(median),
                micros(worst)
            );
        }
    }
    let (median, worst) = stats((0..50).map(|_| first_frame()).collect());
    println!();
    println!(
        "start to first frame (load + compile + state + draw 120x40): median {}, p99 {}",
        micros(median),
        micros(worst)
    );
}
