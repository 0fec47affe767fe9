//! Lessons 3, 10, 16 and 19 run headless and folded through the dashboard's reducer, one
//! step at a time: the variables each lesson talks about (`res`, `total`, `count`, `x`) are
//! in the frames view with the values the program has at that step.

#[allow(dead_code)] // each test crate uses its own part of the shared support module
mod support;

use std::path::Path;

use coroviz::app::{Action, Lesson, State};
use coroviz::runtime::engine::{run_program, ProgramOutput};
use coroviz::runtime::event::{Event, EventKind, FrameRole, FramesOf, GenOp, VecSink};
use coroviz::scenario;

fn lesson(path: &str) -> (Lesson, Vec<Event>) {
    let s = scenario::load(Path::new(path)).expect("scenario loads");
    let lesson = Lesson::from_scenario(&s);
    let config = s.engine_config(10_000_000);
    let events = support::scenario_events(&s, config);
    (lesson, events)
}

/// Folds the events one by one, as stepping does, and calls `at_step` with the state after
/// each step's `Frames` event of `gen_name` (a generator's yield, return or raise).
fn step_gen(lesson: &Lesson, events: &[Event], gen_name: &str, mut at_step: impl FnMut(&State)) {
    let mut s = State::new(lesson.clone(), false);
    for ev in events {
        s.apply(ev);
        if let EventKind::Frames {
            owner: FramesOf::Gen { gen },
            ..
        } = &ev.kind
        {
            if s.gens.iter().any(|g| g.id == *gen && g.name == gen_name) {
                at_step(&s);
            }
        }
    }
}

fn gen_owner(s: &State, name: &str) -> FramesOf {
    let g = s
        .gens
        .iter()
        .find(|g| g.name == name)
        .expect("the generator");
    FramesOf::Gen { gen: g.id }
}

#[test]
fn lesson_3_shows_res_after_each_resumption() {
    let (lesson, ev) = lesson("scenarios/03-yield-and-send.toml");
    let mut seen = Vec::new();
    step_gen(&lesson, &ev, "foo", |s| {
        let owner = gen_owner(s, "foo");
        let frames = s.frames.of(owner).expect("frames");
        let own = frames.last().expect("foo's frame");
        assert_eq!(own.func, "foo");
        assert_eq!(own.role, FrameRole::Own);
        assert_eq!(own.line, 7, "at `res = yield 4`");
        // The caller's line that drove it is marked: a module-level statement.
        let caller = &frames[frames.len() - 2];
        assert_eq!(
            (caller.func.as_str(), caller.role),
            ("<module>", FrameRole::Caller)
        );
        assert!(
            caller
                .locals
                .iter()
                .any(|l| l.name == "g" && l.repr == "<generator object foo>"),
            "{caller:?}"
        );
        seen.push((caller.line, s.local_value(owner, "res").map(str::to_string)));
    });
    let none = Some("None".to_string());
    assert_eq!(
        seen,
        vec![
            // next(g): runs to the first yield; res is not bound yet.
            (14, None),
            // next(g) again: the yield evaluated to None.
            (18, none.clone()),
            // g.send(10)
            (21, Some("10".to_string())),
            // g.send(None)
            (24, none.clone()),
            // g.close(): GeneratorExit at the yield; res still holds the last value.
            (25, none),
        ]
    );
}

#[test]
fn lesson_3_frames_view_names_res_on_screen() {
    let (lesson, ev) = lesson("scenarios/03-yield-and-send.toml");
    // The state right after `g.send(10)` yielded (the third Frames event of foo).
    let mut n = 0;
    let mut at = None;
    step_gen(&lesson, &ev, "foo", |s| {
        n += 1;
        if n == 3 {
            at = Some(s.clone());
        }
    });
    let mut s = at.expect("a third step");
    s.act(Action::ToggleFrames);
    let view = s.frames_view(s.view.selected).expect("a row");
    let texts = s.frame_texts(&view);
    let own = texts.last().expect("foo");
    assert_eq!(own.func, "foo()");
    assert_eq!(own.tag, "its yield");
    assert_eq!(own.source, "res = yield 4");
    assert_eq!(own.locals, vec!["res = 10".to_string()]);
    let caller = &texts[texts.len() - 2];
    assert_eq!(caller.tag, "drove it");
    assert_eq!(caller.source, "print(g.send(10))");
}

#[test]
fn lesson_10_shows_total_and_count_inside_the_subgenerator() {
    let (lesson, ev) = lesson("scenarios/10-averager-proxy.toml");
    // Through proxy_gen, the generator main talks to: its frames reach average_gen.
    let mut seen = Vec::new();
    step_gen(&lesson, &ev, "proxy_gen", |s| {
        let owner = gen_owner(s, "proxy_gen");
        let frames = s.frames.of(owner).expect("frames");
        let funcs: Vec<(&str, FrameRole)> =
            frames.iter().map(|f| (f.func.as_str(), f.role)).collect();
        assert_eq!(
            funcs,
            vec![
                ("<module>", FrameRole::Caller),
                ("main", FrameRole::Caller),
                ("proxy_gen", FrameRole::Own),
                ("average_gen", FrameRole::Delegate),
            ]
        );
        assert_eq!(frames[2].line, 20, "proxy_gen at its yield from");
        assert_eq!(
            frames[3].line, 10,
            "average_gen at `new_num = yield average`"
        );
        let v = |name| s.local_value(owner, name).map(str::to_string);
        seen.push((frames[1].line, v("total"), v("count"), v("average")));
    });
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        seen,
        vec![
            (26, s("0"), s("0"), s("0")),
            (27, s("10"), s("1"), s("10.0")),
            (28, s("30"), s("2"), s("15.0")),
            (29, s("60"), s("3"), s("20.0")),
        ]
    );
}

#[test]
fn lesson_16_shows_the_coroutine_argument_when_the_task_returns() {
    let (lesson, ev) = lesson("scenarios/16-done-callback.toml");
    let mut s = State::new(lesson, false);
    let mut checked = false;
    for e in &ev {
        s.apply(e);
        if let EventKind::TaskDone { task, .. } = &e.kind {
            let owner = FramesOf::Task { task: *task };
            let frames = s.frames.of(owner).expect("the task's last frames");
            assert_eq!(frames.len(), 1);
            assert_eq!(frames[0].func, "do_some_work");
            assert_eq!(frames[0].line, 10, "at its return");
            assert_eq!(s.local_value(owner, "x"), Some("2"));
            checked = true;
        }
    }
    assert!(checked, "Task-1 finished");
}

#[test]
fn lesson_19_shows_each_tasks_delay_at_the_pause() {
    let (lesson, ev) = lesson("scenarios/19-ctrl-c-cancel-all.toml");
    // The scripted pause at 2.4 s: Task-1 and Task-2 done, Task-3 waits at its sleep.
    let s = State::fold(lesson, &ev[..ev.partition_point(|e| e.t <= 2.4)]);
    let x = |name: &str| {
        let t = s.task_by_name(name).expect("task");
        s.local_value(FramesOf::Task { task: t.id }, "x")
            .map(str::to_string)
    };
    assert_eq!(x("Task-1").as_deref(), Some("1"));
    assert_eq!(x("Task-2").as_deref(), Some("2"));
    assert_eq!(x("Task-3").as_deref(), Some("4"));
    let t3 = s.task_by_name("Task-3").expect("Task-3");
    let frames = s.frames.of(FramesOf::Task { task: t3.id }).expect("frames");
    assert_eq!(frames[0].line, 8, "at `await asyncio.sleep(x)`");
    // asyncio.wait's task runs no code of the program's: no frames at all.
    let t4 = s.task_by_name("Task-4").expect("Task-4");
    assert!(s.frames.of(FramesOf::Task { task: t4.id }).is_none());
    // After the Ctrl-C, Task-3 ends cancelled at the same await.
    let end = State::fold(
        Lesson::from_scenario(
            &scenario::load(Path::new("scenarios/19-ctrl-c-cancel-all.toml")).expect("loads"),
        ),
        &ev,
    );
    let t3 = end.task_by_name("Task-3").expect("Task-3");
    let frames = end
        .frames
        .of(FramesOf::Task { task: t3.id })
        .expect("frames");
    assert_eq!(
        (frames[0].line, frames[0].locals[0].repr.as_str()),
        (8, "4")
    );
}

#[test]
fn generator_steps_have_frames_after_their_state() {
    // Every Frames event of a generator follows the GeneratorState that ended its step.
    let (_, ev) = lesson("scenarios/10-averager-proxy.toml");
    for (i, e) in ev.iter().enumerate() {
        if let EventKind::Frames {
            owner: FramesOf::Gen { gen },
            ..
        } = &e.kind
        {
            match &ev[i - 1].kind {
                EventKind::GeneratorState { gen: g, op, .. } => {
                    assert_eq!(g, gen);
                    assert!(
                        matches!(
                            op,
                            GenOp::Yielded { .. } | GenOp::Returned { .. } | GenOp::Raised { .. }
                        ),
                        "{op:?}"
                    );
                }
                other => panic!("Frames after {other:?}"),
            }
        }
    }
}

#[derive(Default)]
struct Captured(String);

impl ProgramOutput for Captured {
    fn stdout(&mut self, text: &str) {
        self.0.push_str(text);
    }
    fn stderr(&mut self, _: &str) {}
}

/// Runs `source` headless: its stdout and its events.
fn run(source: &'static str) -> (String, Vec<Event>) {
    let handle = std::thread::Builder::new()
        .stack_size(coroviz::cli::ENGINE_STACK)
        .spawn(move || {
            let mut sink = VecSink::default();
            let mut out = Captured::default();
            let config = coroviz::runtime::engine::EngineConfig::default();
            run_program("p.py", source, config, &mut sink, &mut out).expect("compiles");
            (out.0, sink.0)
        })
        .expect("engine thread");
    handle.join().expect("engine ran")
}

fn last_frames(events: &[Event]) -> Vec<coroviz::runtime::event::FrameInfo> {
    events
        .iter()
        .rev()
        .find_map(|e| match &e.kind {
            EventKind::Frames { frames, .. } => Some(frames.clone()),
            _ => None,
        })
        .expect("a Frames event")
}

#[test]
fn locals_are_bounded_reprs_that_run_no_program_code() {
    let (out, events) = run(r#"
class Loud:
    def __repr__(self):
        print("repr ran")
        return "Loud!"

def gen():
    big = list(range(1_000_000))
    s = "x" * 1000
    cyc = [1]
    cyc.append(cyc)
    d = {"a": 1, "b": [1, 2]}
    loud = Loud()
    huge = 10 ** 5000
    t = (1,)
    empty = set()
    fs = frozenset([3])
    yield 1

g = gen()
print(next(g))
"#);
    assert_eq!(out, "1\n", "no __repr__ of the program ran");
    let frames = last_frames(&events);
    let own = frames.last().expect("gen's frame");
    let repr = |name: &str| {
        own.locals
            .iter()
            .find(|l| l.name == name)
            .map(|l| l.repr.clone())
            .unwrap_or_else(|| panic!("{name} in {own:?}"))
    };
    let big = repr("big");
    assert!(
        big.starts_with("[0, 1, 2, 3,") && big.ends_with('…'),
        "{big}"
    );
    assert_eq!(big.chars().count(), 61, "{big}");
    let s = repr("s");
    assert!(s.starts_with("'xxx") && s.ends_with('…') && s.chars().count() == 61);
    assert_eq!(repr("cyc"), "[1, [...]]");
    assert_eq!(repr("d"), "{'a': 1, 'b': [1, 2]}");
    assert_eq!(repr("loud"), "<__main__.Loud object>");
    assert_eq!(repr("huge"), "<int of about 5001 digits>");
    assert_eq!(repr("t"), "(1,)");
    assert_eq!(repr("empty"), "set()");
    assert_eq!(repr("fs"), "frozenset({3})");
    // The module frame shows the program's globals, not its classes or functions.
    let module = &frames[0];
    assert_eq!(module.func, "<module>");
    let names: Vec<&str> = module.locals.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, vec!["g"]);
}

#[test]
fn frames_and_locals_are_capped() {
    let (_, events) = run(r#"
def many():
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = a10 = a11 = a12 = a13 = 0
    yield 1

def deep(n):
    if n == 0:
        yield from many()
    else:
        yield from deep(n - 1)

g = deep(12)
next(g)
"#);
    let frames = last_frames(&events);
    assert_eq!(frames.len(), 8, "{frames:?}");
    // The generator's own frame is kept, with the frames nearest it.
    assert_eq!(frames[0].role, FrameRole::Own);
    assert_eq!(frames[0].func, "deep");
    let last = frames.last().expect("a frame");
    assert_eq!(last.func, "deep");
    // many()'s frame would be the 14th: past the cap. Ask for it from many itself.
    let many = events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Frames { frames, .. } => frames.iter().find(|f| f.func == "many"),
            _ => None,
        })
        .next()
        .expect("many's frames");
    assert_eq!(many.locals.len(), 12);
    assert_eq!(many.more, 2);
}

/// A sink like a `--trace` file's: every event but frames.
#[derive(Default)]
struct NoFrames(Vec<Event>);

impl coroviz::runtime::event::EventSink for NoFrames {
    fn emit(&mut self, event: Event) {
        self.0.push(event);
    }
    fn wants_frames(&self) -> bool {
        false
    }
}

#[test]
fn a_sink_that_wants_no_frames_gets_none_and_the_same_other_events() {
    let source = "def g():\n    x = 1\n    yield x\n\nit = g()\nprint(next(it))\n";
    let (_, with) = run(source);
    let handle = std::thread::Builder::new()
        .stack_size(coroviz::cli::ENGINE_STACK)
        .spawn(move || {
            let mut sink = NoFrames::default();
            let config = coroviz::runtime::engine::EngineConfig::default();
            run_program("p.py", source, config, &mut sink, &mut support::Discard)
                .expect("compiles");
            sink.0
        })
        .expect("engine thread");
    let without = handle.join().expect("engine ran");
    let is_frames = |e: &&Event| matches!(e.kind, EventKind::Frames { .. });
    assert!(with.iter().any(|e| is_frames(&e)));
    assert!(!without.iter().any(|e| is_frames(&e)));
    let rest: Vec<&Event> = with.iter().filter(|e| !is_frames(e)).collect();
    assert_eq!(rest, without.iter().collect::<Vec<_>>());
}
