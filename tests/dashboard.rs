//! The dashboard rendered from real engine events into ratatui's TestBackend, snapshotted.
//!
//! Events come from running the scenario headless with a `VecSink`; folding a prefix of them
//! gives the screen at that virtual time. No wall clock is involved, so snapshots are stable.

#[allow(dead_code)] // each test crate uses its own part of the shared support module
mod support;

use std::path::Path;

use coroviz::app::{Action, Effect, Lesson, State, TaskState};
use coroviz::runtime::engine::{Action as EngineAction, ScriptAction};
use coroviz::runtime::event::Event;
use coroviz::scenario;
use coroviz::ui::{task_row_at, Theme};
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::style::Color;
use ratatui::Terminal;

/// The scenario's lesson and its full event stream, with extra scripted actions.
fn events(path: &str, script: Vec<ScriptAction>) -> (Lesson, Vec<Event>) {
    let s = scenario::load(Path::new(path)).expect("scenario loads");
    let lesson = Lesson::from_scenario(&s);
    let mut config = s.engine_config(10_000_000);
    config.script.extend(script);
    let events = support::scenario_events(&s, config);
    (lesson, events)
}

fn gather() -> (Lesson, Vec<Event>) {
    events("scenarios/gather.toml", Vec::new())
}

/// The state after every event up to and including virtual time `t`.
fn at_time(lesson: &Lesson, events: &[Event], t: f64) -> State {
    support::state_at(lesson, events, t)
}

fn render_with(state: &State, w: u16, h: u16, theme: Theme) -> Terminal<TestBackend> {
    support::draw_dashboard(state, w, h, theme)
}

/// The screen as text, one line per row, trailing spaces kept (they are part of the layout).
fn render(state: &State, w: u16, h: u16) -> String {
    let term = render_with(state, w, h, Theme::plain());
    support::buffer_text(term.backend().buffer())
}

#[test]
fn gather_at_the_start_80x24() {
    let (lesson, ev) = gather();
    let s = at_time(&lesson, &ev, 0.0);
    let screen = render(&s, 80, 24);
    for name in ["Task-2", "Task-3", "Task-4", "waiting", "sleep(1.5)"] {
        assert!(screen.contains(name), "{name} missing:\n{screen}");
    }
    insta::assert_snapshot!("gather_t0_80x24", screen);
}

#[test]
fn gather_over_time_120x40() {
    let (lesson, ev) = gather();
    for t in [0.0, 0.5, 1.0] {
        let s = at_time(&lesson, &ev, t);
        insta::assert_snapshot!(format!("gather_t{t}_120x40"), render(&s, 120, 40));
    }
    let done = State::fold(lesson, &ev);
    let screen = render(&done, 120, 40);
    assert!(screen.contains("FINISHED exit 0"), "{screen}");
    assert!(screen.contains("'fast slept 0.5s'"), "{screen}");
    insta::assert_snapshot!("gather_finished_120x40", screen);
}

#[test]
fn gather_at_half_a_second_80x24_shows_one_worker_done() {
    let (lesson, ev) = gather();
    let s = at_time(&lesson, &ev, 0.5);
    assert_eq!(
        s.task_by_name("Task-3").map(|t| t.state),
        Some(TaskState::Done)
    );
    insta::assert_snapshot!("gather_t0.5_80x24", render(&s, 80, 24));
}

#[test]
fn after_cancelling_a_worker() {
    let cancel = ScriptAction {
        at: 0.7,
        action: EngineAction::Cancel {
            task: "Task-4".into(),
        },
    };
    let (lesson, ev) = events("scenarios/gather.toml", vec![cancel]);
    let mut s = State::fold(lesson, &ev);
    let medium = s.task_by_name("Task-4").expect("Task-4");
    assert_eq!(medium.state, TaskState::Cancelled);
    assert_eq!(
        medium.throws.first().map(|t| t.line),
        Some(9),
        "at its await"
    );
    s.act(Action::SelectRow(3));
    s.act(Action::ToggleDetail);
    insta::assert_snapshot!("gather_cancelled_80x24", render(&s, 80, 24));
    insta::assert_snapshot!("gather_cancelled_detail_120x40", render(&s, 120, 40));
}

#[test]
fn after_ctrl_c_under_asyncio_run() {
    let interrupt = ScriptAction {
        at: 0.7,
        action: EngineAction::Interrupt,
    };
    let (lesson, ev) = events("scenarios/gather.toml", vec![interrupt]);
    let s = State::fold(lesson, &ev);
    assert_eq!(s.interrupts.len(), 1);
    let screen = render(&s, 120, 40);
    assert!(screen.contains("KeyboardInterrupt"), "{screen}");
    assert!(screen.contains("exit 130"), "{screen}");
    insta::assert_snapshot!("gather_ctrl_c_120x40", screen);
    insta::assert_snapshot!("gather_ctrl_c_80x24", render(&s, 80, 24));
}

#[test]
fn the_help_overlay_lists_the_keys() {
    let (lesson, ev) = gather();
    let mut s = at_time(&lesson, &ev, 0.0);
    assert_eq!(s.act(Action::ToggleHelp), Effect::Nothing);
    let screen = render(&s, 80, 24);
    for key in ["space", "Ctrl-C", "cancel the selected task", "quit"] {
        assert!(screen.contains(key), "{key} missing:\n{screen}");
    }
    insta::assert_snapshot!("help_80x24", screen);
}

#[test]
fn a_small_terminal_says_so() {
    let (lesson, ev) = gather();
    let s = at_time(&lesson, &ev, 0.0);
    let screen = render(&s, 60, 20);
    assert!(screen.contains("terminal too small"), "{screen}");
    assert!(screen.contains("60×20"), "{screen}");
}

#[test]
fn colour_marks_states_unless_no_color() {
    let (lesson, ev) = gather();
    let mut s = State::fold(lesson, &ev[..ev.partition_point(|e| e.t <= 0.0)]);
    s.act(Action::SelectRow(1));
    let find = |term: &Terminal<TestBackend>| {
        let buf = term.backend().buffer();
        let area = buf.area;
        (0..area.height)
            .flat_map(|y| (0..area.width).map(move |x| (x, y)))
            .find(|&(x, y)| {
                buf[(x, y)].symbol() == "w"
                    && (0..7)
                        .all(|i| buf[(x + i, y)].symbol() == &"waiting"[i as usize..=i as usize])
            })
            .map(|p| buf[p].fg)
    };
    let colored = render_with(&s, 120, 40, Theme::colored());
    assert_eq!(find(&colored), Some(Color::Cyan));
    let plain = render_with(&s, 120, 40, Theme::plain());
    assert_eq!(find(&plain), Some(Color::Reset));
}

#[test]
fn a_click_selects_the_task_row_under_it() {
    let (lesson, ev) = gather();
    let s = at_time(&lesson, &ev, 0.0);
    let area = Rect::new(0, 0, 80, 24);
    let screen = render(&s, 80, 24);
    let row = screen
        .lines()
        .position(|l| l.contains("Task-3"))
        .expect("Task-3 on screen") as u16;
    assert_eq!(task_row_at(area, &s, 10, row), Some(2));
    assert_eq!(
        task_row_at(area, &s, 10, 0),
        None,
        "the header is not a row"
    );
}

#[test]
fn cjk_text_is_measured_by_display_width() {
    let (mut lesson, ev) = gather();
    lesson.title = "协程：三个工人一起等待".into();
    lesson.about = "事件循环一次只运行一个任务。".repeat(8);
    let mut s = State::fold(lesson, &ev);
    s.view.tab = coroviz::app::Tab::Notes;
    let screen = render(&s, 80, 24);
    assert!(screen.contains("协程"), "{screen}");
    for (y, line) in screen.lines().enumerate() {
        assert_eq!(
            coroviz::ui::width(line),
            80,
            "row {y} is not 80 columns:\n{screen}"
        );
    }
    insta::assert_snapshot!("cjk_80x24", screen);
}

#[test]
fn generators_show_their_state_line_and_last_operation() {
    let (lesson, ev) = events("tests/dashboard/averager.toml", Vec::new());
    // Half-way: the averager has been sent 10 and is suspended at its `yield`.
    let s = at_time(&lesson, &ev, 0.2);
    let avg = s
        .gens
        .iter()
        .find(|g| g.name == "averager")
        .expect("averager");
    assert_eq!(avg.state, coroviz::runtime::event::GenState::GEN_SUSPENDED);
    assert_eq!(avg.line, 10, "suspended at its yield");
    assert_eq!(avg.last, "yielded 10.0");
    insta::assert_snapshot!("generators_suspended_120x40", render(&s, 120, 40));

    // At the end: the averager returned through StopIteration, the countdown is suspended.
    let mut s = State::fold(lesson, &ev);
    let avg = s
        .gens
        .iter()
        .find(|g| g.name == "averager")
        .expect("averager");
    assert_eq!(avg.state, coroviz::runtime::event::GenState::GEN_CLOSED);
    assert_eq!(avg.last, "StopIteration((2, 20.0))");
    assert_eq!(avg.resumes, 4, "next, send(10), send(30), send(None)");
    let row = s.tasks.len();
    s.act(Action::SelectRow(row));
    s.act(Action::ToggleDetail);
    let screen = render(&s, 120, 40);
    for text in [
        "GEN_CLOSED",
        "send(30)",
        "StopIteration((2, 20.0))",
        "resumed 4 times",
    ] {
        assert!(screen.contains(text), "{text} missing:\n{screen}");
    }
    insta::assert_snapshot!("generator_detail_120x40", screen);
    insta::assert_snapshot!("generators_80x24", render(&s, 80, 24));
}

#[test]
fn primitives_show_who_holds_them_and_who_waits() {
    let (lesson, ev) = events("tests/dashboard/primitives.toml", Vec::new());
    // Worker A holds the lock for a second; B waits for it; the producer waits for room.
    let mut s = at_time(&lesson, &ev, 0.0);
    let lock = s.prims.iter().find(|p| p.kind == "Lock").expect("the lock");
    assert_eq!(lock.line, 27);
    assert_eq!(
        lock.text(&s),
        "Lock-1 locked · held by Task-2 · waiting Task-3"
    );
    let queue = s
        .prims
        .iter()
        .find(|p| p.kind == "Queue")
        .expect("the queue");
    assert_eq!(queue.line, 28);
    let screen = render(&s, 120, 40);
    assert!(screen.contains("sync"), "{screen}");
    assert!(screen.contains("Lock-1 locked"), "{screen}");
    insta::assert_snapshot!("primitives_t0_120x40", screen);
    // The waiting worker's detail names the lock it waits on.
    s.act(Action::SelectRow(2));
    s.act(Action::ToggleDetail);
    let screen = render(&s, 120, 40);
    assert!(screen.contains("waits on Lock-1"), "{screen}");
    insta::assert_snapshot!("primitives_waiter_detail_120x40", screen);

    // After a second A releases and B takes the lock.
    let s = at_time(&lesson, &ev, 1.0);
    let lock = s.prims.iter().find(|p| p.kind == "Lock").expect("the lock");
    assert_eq!(lock.text(&s), "Lock-1 locked · held by Task-3");
    insta::assert_snapshot!("primitives_t1_80x24", render(&s, 80, 24));
}

#[test]
fn a_program_of_generators_alone_is_timed_by_its_operations() {
    let (lesson, ev) = events("tests/dashboard/gen_states.py", Vec::new());
    let s = State::fold(lesson, &ev);
    assert!(s.tasks.is_empty());
    assert_eq!(s.gen_steps, 3, "next, send, close");
    let screen = render(&s, 120, 40);
    assert!(
        screen.contains("Timeline (generator operations)"),
        "{screen}"
    );
    let lane = screen
        .lines()
        .find(|l| l.contains("│gen "))
        .expect("the generator's lane");
    // Created (ready), run by next() to its yield, suspended, resumed by send(), closed.
    assert!(
        lane.contains("▒█─") && lane.matches('█').count() == 3,
        "{lane}"
    );
    insta::assert_snapshot!("generators_alone_120x40", screen);
}

#[test]
fn the_glossary_is_the_second_page_of_the_help() {
    let (lesson, ev) = gather();
    let mut s = at_time(&lesson, &ev, 0.5);
    s.act(Action::ToggleHelp);
    s.act(Action::NextTab);
    let big = render(&s, 120, 40);
    for term in [
        "Glossary",
        "Task-1.__step()",
        "_set_result_unless_cancelled(sleep(0.5))",
        "_run_until_complete_cb()",
    ] {
        assert!(big.contains(term), "{term} missing:\n{big}");
    }
    insta::assert_snapshot!("glossary_120x40", big);
    let small = render(&s, 80, 24);
    assert!(small.contains("Task-1.__step()"), "{small}");
    assert!(
        small.contains("PgDn scroll"),
        "it says it scrolls:\n{small}"
    );
    insta::assert_snapshot!("glossary_80x24", small);
    // Scrolled to its end, the last term is readable at 80×24 too.
    s.act(Action::Last);
    let end = render(&s, 80, 24);
    let (last, _) = coroviz::app::explain::GLOSSARY.last().unwrap();
    assert!(end.contains(last), "{last} missing:\n{end}");
    insta::assert_snapshot!("glossary_end_80x24", end);
    // Any other key closes it and acts: `i` hides the internals at once.
    s.act(Action::ToggleInternals);
    assert!(!s.view.help && s.view.hide_internals);
}

#[test]
fn i_hides_asyncio_internals_and_shows_them_again() {
    let (lesson, ev) = gather();
    // Just after asyncio.run's cleanup tasks ran, before the final screen.
    let mut s = State::fold(lesson, &ev[..ev.len() - 1]);
    for (w, h) in [(120, 40), (80, 24)] {
        let shown = render(&s, w, h);
        assert!(shown.contains("Task-5"), "{shown}");
        insta::assert_snapshot!(format!("internals_shown_{w}x{h}"), shown);
    }
    s.act(Action::ToggleInternals);
    for (w, h) in [(120, 40), (80, 24)] {
        let hidden = render(&s, w, h);
        assert!(
            !hidden.contains("Task-5") && !hidden.contains("Task-6"),
            "{hidden}"
        );
        assert!(!hidden.contains("_run_until_complete_cb"), "{hidden}");
        assert!(
            hidden.contains("internals hidden (i)"),
            "the header says so:\n{hidden}"
        );
        insta::assert_snapshot!(format!("internals_hidden_{w}x{h}"), hidden);
    }
    s.act(Action::ToggleInternals);
    assert!(render(&s, 120, 40).contains("Task-5"), "shown again");
}

#[test]
fn the_log_has_column_headings_and_explains_its_newest_line() {
    let (lesson, ev) = gather();
    let s = at_time(&lesson, &ev, 0.5);
    let screen = render(&s, 120, 40);
    assert!(screen.contains("  time s iter event"), "{screen}");
    let why = coroviz::app::explain::explain_newest(&s).expect("a newest line");
    let shown = &why[..20];
    assert!(
        screen.contains(&format!("↳ {shown}")),
        "{why} not shown:\n{screen}"
    );
}

#[test]
fn a_deadlock_freezes_on_the_stuck_tasks() {
    let (lesson, ev) = events("tests/dashboard/deadlock.py", Vec::new());
    let s = State::fold(lesson, &ev);
    // The final screen is the moment the deadlock was found: every task still waiting
    // (asyncio.run's clean-up, which would cancel them, never happens: CPython hangs).
    assert!(
        s.tasks.iter().all(|t| t.state == TaskState::Waiting),
        "{:?}",
        s.tasks
            .iter()
            .map(|t| (&t.name, t.state))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        s.stuck_on("Task-2"),
        Some("Lock-2 (line 15) held by Task-3")
    );
    let wide = render(&s, 120, 40);
    // The task table says what each waits on for ever.
    let row = wide
        .lines()
        .find(|l| l.contains("Task-3    waiting"))
        .expect("Task-3's row");
    assert!(row.contains("stuck: Lock-1"), "{row}");
    for text in [
        "deadlock",
        "Deadlock: nothing is ready",
        "Task-1 (main) at line 17 → gather(2) of Task-2, Task-3",
        "Task-2 (worker) at line 10 → Lock-2 (line 15) held by Task-3",
        "Task-3 (worker) at line 10 → Lock-1 (line 15) held by Task-2",
    ] {
        assert!(wide.contains(text), "{text:?} missing:\n{wide}");
    }
    // The `finally` block never runs (the source panel may show its line, the output not).
    assert!(
        !s.output
            .lines
            .iter()
            .any(|l| l.text.contains("CPython never runs this")),
        "{wide}"
    );
    insta::assert_snapshot!("deadlock_final_120x40", wide);
    let small = render(&s, 80, 24);
    for text in [
        "Task-2 (worker) at line 10 → Lock-2 (line 15) held by Task-3",
        "Task-3 (worker) at line 10 → Lock-1 (line 15) held by Task-2",
    ] {
        assert!(small.contains(text), "{text:?} missing:\n{small}");
    }
    insta::assert_snapshot!("deadlock_final_80x24", small);
}

/// The state right after the `n`-th step (Frames event) of the row named `name` ended.
fn after_frames(lesson: &Lesson, ev: &[Event], name: &str, n: usize) -> State {
    use coroviz::runtime::event::{EventKind, FramesOf};
    let mut s = State::new(lesson.clone(), false);
    let mut seen = 0;
    for e in ev {
        s.apply(e);
        if let EventKind::Frames { owner, .. } = &e.kind {
            let named = match owner {
                FramesOf::Gen { gen } => s.gens.iter().any(|g| g.id == *gen && g.name == name),
                FramesOf::Task { task } => s.task(*task).is_some_and(|t| t.name == name),
            };
            seen += usize::from(named);
            if seen == n {
                return s;
            }
        }
    }
    panic!("{name} has fewer than {n} steps");
}

/// Selects the row named `name` and opens the frames view with its key.
fn open_frames(s: &mut State, name: &str) {
    let row = (0..s.rows())
        .find(|&i| match s.row(i) {
            Some(coroviz::app::Row::Task(t)) => t.name == name,
            Some(coroviz::app::Row::Gen(g)) => g.name == name,
            Some(coroviz::app::Row::Work(_)) | None => false,
        })
        .expect("the row");
    s.act(Action::SelectRow(row));
    let key = coroviz::app::action_for(coroviz::app::Key::Char('v'), s.input_mode());
    assert_eq!(key, Some(Action::ToggleFrames));
    s.act(Action::ToggleFrames);
    assert!(s.view.frames);
}

#[test]
fn frames_view_of_a_delegating_generator() {
    let (lesson, ev) = events("scenarios/10-averager-proxy.toml", Vec::new());
    // After main's `calc_average.send(20)`: average_gen holds total 30, count 2.
    let mut s = after_frames(&lesson, &ev, "proxy_gen", 3);
    open_frames(&mut s, "proxy_gen");
    for (w, h) in [(80, 24), (120, 40)] {
        let screen = render(&s, w, h);
        for want in [
            "Frames & locals · generator proxy_gen",
            "main()  10-averager-proxy.py:28  (drove it)",
            "print(calc_average.send(20))",
            "proxy_gen()  10-averager-proxy.py:20  (yield from)",
            "average_gen()  10-averager-proxy.py:10  (its yield)",
            "total = 30",
            "count = 2",
            "average = 15.0",
        ] {
            assert!(
                screen.contains(want),
                "{want} missing at {w}x{h}:\n{screen}"
            );
        }
        insta::assert_snapshot!(format!("frames_averager_{w}x{h}"), screen);
    }
    // Esc closes it.
    s.act(Action::Close);
    assert!(!s.view.frames);
}

#[test]
fn frames_view_of_a_waiting_task() {
    let (lesson, ev) = events("scenarios/19-ctrl-c-cancel-all.toml", Vec::new());
    let mut s = at_time(&lesson, &ev, 2.4);
    open_frames(&mut s, "Task-3");
    for (w, h) in [(80, 24), (120, 40)] {
        let screen = render(&s, w, h);
        for want in [
            "Frames & locals · task Task-3",
            "do_work()  19-ctrl-c-cancel-all.py:8  (awaits)",
            "await asyncio.sleep(x)",
            "x = 4",
        ] {
            assert!(
                screen.contains(want),
                "{want} missing at {w}x{h}:\n{screen}"
            );
        }
        insta::assert_snapshot!(format!("frames_task_{w}x{h}"), screen);
    }
    // A task of asyncio's own code (asyncio.wait's) says it has no frames to show.
    s.act(Action::Close);
    open_frames(&mut s, "Task-4");
    let screen = render(&s, 80, 24);
    assert!(screen.contains("no frames yet"), "{screen}");
}
