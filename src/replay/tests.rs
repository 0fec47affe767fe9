use std::time::Duration;

use super::*;
use crate::app::{Action, ReplayAction, SeekTarget, State, Tab};
use crate::record::{record_headless, Recording};
use crate::runtime::event::EventKind;

const GATHER: &str = "\
import asyncio

async def worker(name, d):
    print(name, 'start')
    await asyncio.sleep(d)
    print(name, 'done')
    return d

async def main():
    print(await asyncio.gather(worker('a', 1), worker('b', 2), worker('c', 0.5)))

asyncio.run(main())
";

const PAUSING: &str = "\
title = \"pauses\"
code = '''
import asyncio

async def tick(n):
    for i in range(n):
        await asyncio.sleep(0.25)
        print('tick', i)

asyncio.run(tick(8))
'''

[[script]]
at = 0.5
do = \"pause\"
note = \"look at the timer heap\"

[[script]]
at = 1.25
do = \"pause\"
";

fn recorded(file: &str, text: &'static str) -> Recording {
    let file = file.to_string();
    std::thread::Builder::new()
        .stack_size(crate::cli::ENGINE_STACK)
        .spawn(move || {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join(file);
            std::fs::write(&path, text).unwrap();
            let s = crate::scenario::load(&path).unwrap();
            record_headless(&s).unwrap()
        })
        .unwrap()
        .join()
        .unwrap()
}

fn gather() -> Recording {
    recorded("g.py", GATHER)
}

fn pausing() -> Recording {
    recorded("p.toml", PAUSING)
}

/// What a player's state must equal at `pos`: each event applied in turn, compared by what
/// the person sees.
fn fold_at(rec: &Recording, pos: usize) -> State {
    let mut s = State::new(rec.lesson(), false);
    for ev in &rec.events[..pos] {
        s.apply(ev);
    }
    s
}

/// What the reducer folded, in a deterministic form (hash maps sorted), without the parts a
/// replay sets on purpose (view, playback, pause notes, speed).
fn folded(s: &State) -> String {
    let lv = &s.loop_view;
    let mut handles: Vec<_> = lv
        .handles
        .iter()
        .map(|(k, v)| format!("{k:?}={v:?}"))
        .collect();
    handles.sort();
    let mut futures: Vec<_> = lv
        .futures
        .iter()
        .map(|(k, v)| format!("{k:?}={v}"))
        .collect();
    futures.sort();
    let log: Vec<_> = s.log.matching("").collect();
    format!(
        "{:?} {:?} {log:?} {} {:?} {:?} {:?} {:?} {:?} {handles:?} {futures:?} {} {:?} {:?} \
         {:?} {:?} {:?} {:?} {} {}",
        s.tasks,
        s.gens,
        s.log.total,
        s.output.lines,
        s.output.stderr,
        lv.ready,
        lv.timers,
        (
            lv.running,
            &lv.current,
            lv.current_iter,
            lv.current_finished
        ),
        lv.callbacks.len(),
        s.teaching,
        s.interrupts,
        s.finish,
        s.busy,
        s.blocked,
        s.queued,
        s.now,
        s.iter,
    )
}

fn same(a: &State, b: &State) -> bool {
    folded(a) == folded(b)
}

/// Many more events than the log holds: bulk folds skip the lines that fall off it.
const BUSY: &str = "\
import asyncio

async def worker(n):
    for i in range(12):
        await asyncio.sleep(0)
    return n

async def main():
    print(sum(await asyncio.gather(*(worker(n) for n in range(150)))))

asyncio.run(main())
";

#[test]
fn positions_far_past_the_logs_capacity_equal_the_event_by_event_fold() {
    let rec = recorded("busy.py", BUSY);
    let n = rec.events.len();
    assert!(n > 2 * crate::app::EventLog::CAP, "{n}");
    let whole = State::fold(rec.lesson(), &rec.events);
    assert!(same(&whole, &fold_at(&rec, n)));
    assert_eq!(whole.log.len(), crate::app::EventLog::CAP);
    let mut p = Player::with_snapshots(rec.clone(), 1000, usize::MAX);
    for pos in [n, 0, n / 2, 4100, 8191, 1, n - 1, 5000, 5001, 3 * n / 4] {
        p.seek(pos);
        assert!(same(p.state(), &fold_at(&rec, pos)), "at {pos}");
    }
}

#[test]
fn a_player_indexing_in_the_background_starts_at_once_and_seeks_before_and_after() {
    let rec = recorded("busy.py", BUSY);
    let n = rec.events.len();
    let mut p = Player::indexed_in_background(rec.clone());
    assert_eq!(p.position(), 0);
    assert!(same(p.state(), &fold_at(&rec, 0)));
    // Whether or not the index has landed yet, every position is the fold of its prefix.
    for pos in [n / 2, 10, n, 3] {
        p.seek(pos);
        assert!(same(p.state(), &fold_at(&rec, pos)), "at {pos}");
    }
    p.wait_for_index();
    assert!(!p.indexing());
    let indexed_at_once = Player::new(rec.clone());
    assert_eq!(p.switches(), indexed_at_once.switches());
    assert_eq!(p.snapshot_stats(), indexed_at_once.snapshot_stats());
    for pos in [n / 3, n - 2, 1] {
        p.seek(pos);
        assert!(same(p.state(), &fold_at(&rec, pos)), "at {pos}");
    }
    assert_eq!(p.state().replay.as_ref().and_then(|r| r.opening), None);
}

#[test]
fn a_player_opening_a_file_shows_the_start_from_the_header_then_the_events() {
    let rec = recorded("busy.py", BUSY);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("busy.cvz");
    let mut w =
        crate::record::Recorder::create(&path, &rec.header, 64, crate::record::Replace::Yes)
            .unwrap();
    for r in rec.records().into_iter().skip(1) {
        crate::record::RecordSink::record(&mut w, r);
    }
    // The records end with the run's end record.
    w.abandon().unwrap();
    let header = crate::record::load_header(&path).unwrap();
    assert!(header.events.is_empty());
    // The load waits until the test lets it go: the player is seen while it loads.
    let (go, wait) = std::sync::mpsc::channel::<()>();
    let file = path.clone();
    let mut p = Player::opening(&path, header, move |progress| {
        let _ = wait.recv();
        crate::record::load_counting(&file, progress)
    });
    p.start(super::Start {
        at: super::StartAt::Time(0.0),
        paused: true,
    });
    assert!(p.loading());
    assert!(same(p.state(), &fold_at(&rec, 0)));
    let bar = p.state().replay.clone().unwrap();
    assert_eq!(bar.opening, Some(("loading", 0)));
    assert!(
        !bar.truncated,
        "a loading recording is not called truncated"
    );
    assert_eq!(p.act(ReplayAction::StepForward), Flow::Continue);
    assert_eq!(p.position(), 0);
    assert!(
        p.state()
            .flash
            .as_deref()
            .is_some_and(|f| f.contains("still loading")),
        "{:?}",
        p.state().flash
    );
    go.send(()).unwrap();
    p.wait_for_index();
    assert!(p.take_failure().is_none());
    assert!(!p.loading() && !p.indexing());
    assert_eq!(p.len(), rec.events.len());
    // --at 0.0 was applied once the events came: every event at t = 0 applied.
    let at_zero = rec.events.partition_point(|e| e.t <= 0.0);
    assert_eq!(p.position(), at_zero);
    assert!(same(p.state(), &fold_at(&rec, at_zero)));
    assert!(p.take_failure().is_none());
}

#[test]
fn a_recording_damaged_past_its_header_fails_after_the_first_frame() {
    let rec = recorded("busy.py", BUSY);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.cvz");
    let mut text = String::new();
    for (i, r) in rec.records().iter().enumerate() {
        text += &if i == 500 {
            "{\"event\": 17}".to_string()
        } else {
            serde_json::to_string(r).unwrap()
        };
        text.push('\n');
    }
    std::fs::write(&path, text).unwrap();
    let header = crate::record::load_header(&path).unwrap();
    let file = path.clone();
    let mut p = Player::opening(&path, header, move |progress| {
        crate::record::load_counting(&file, progress)
    });
    p.wait_for_index();
    let e = p.take_failure().expect("the damage is reported");
    assert!(
        e.to_string().contains("bad.cvz:501: damaged recording"),
        "{e}"
    );
}

#[test]
fn any_position_equals_the_fold_of_its_prefix_with_tiny_snapshot_spacing() {
    let rec = gather();
    let n = rec.events.len();
    assert!(n > 40, "{n}");
    let mut p = Player::with_snapshots(rec.clone(), 7, usize::MAX);
    // Forward, backward, and scattered.
    let mut order: Vec<usize> = (0..=n).collect();
    order.extend((0..=n).rev());
    order.extend((0..=n).map(|i| (i * 37 + 11) % (n + 1)));
    for pos in order {
        p.seek(pos);
        assert_eq!(p.position(), pos);
        assert!(same(p.state(), &fold_at(&rec, pos)), "at {pos}");
    }
}

#[test]
fn stepping_back_and_forth_walks_one_event() {
    let rec = gather();
    let mut p = Player::with_snapshots(rec.clone(), 5, usize::MAX);
    for _ in 0..10 {
        p.step_forward();
    }
    assert_eq!(p.position(), 10);
    p.step_back();
    p.step_back();
    assert_eq!(p.position(), 8);
    assert!(same(p.state(), &fold_at(&rec, 8)));
    p.seek(0);
    p.step_back();
    assert_eq!(p.position(), 0, "no step before the start");
    p.seek(rec.events.len());
    p.step_forward();
    assert_eq!(p.position(), rec.events.len(), "no step past the end");
}

#[test]
fn seeking_keeps_the_persons_view_and_clamps_the_selection() {
    let rec = gather();
    let mut p = Player::new(rec.clone());
    p.seek(rec.events.len());
    let rows = p.state().rows();
    assert!(rows >= 4, "{rows}");
    p.act(ReplayAction::View(Action::Last));
    p.act(ReplayAction::View(Action::NextTab));
    p.act(ReplayAction::View(Action::ToggleDetail));
    p.act(ReplayAction::View(Action::StartFilter));
    p.act(ReplayAction::View(Action::FilterChar('x')));
    p.act(ReplayAction::View(Action::FilterDone));
    let tab = p.state().view.tab;
    assert_eq!(p.state().view.selected, rows - 1);
    // Early on there are fewer tasks: the selection is clamped, the rest is kept.
    p.seek(3);
    let s = p.state();
    assert!(s.rows() < rows);
    assert_eq!(s.view.selected, s.rows().saturating_sub(1));
    assert_eq!(s.view.tab, tab);
    assert_eq!(s.view.filter, "x");
    // The end does not switch the tab to Notes behind the person's back.
    p.act(ReplayAction::End);
    assert_eq!(p.state().view.tab, tab);
    assert_ne!(tab, Tab::Notes);
}

#[test]
fn task_switches_are_steps_of_another_task() {
    let rec = gather();
    let mut p = Player::new(rec.clone());
    let switches = p.switches().to_vec();
    assert!(switches.len() >= 5, "{switches:?}");
    for pos in &switches {
        assert!(matches!(
            rec.events[pos - 1].kind,
            EventKind::TaskStepStarted { .. }
        ));
    }
    let mut seen = Vec::new();
    while p.next_switch() {
        seen.push(p.position());
    }
    assert_eq!(seen, switches);
    assert!(!p.next_switch(), "none after the last");
    let mut back = Vec::new();
    while p.prev_switch() {
        back.push(p.position());
    }
    back.reverse();
    assert_eq!(back, switches[..switches.len() - 1]);
    // The running task at a switch is the one that just started its step.
    p.seek(switches[1]);
    let EventKind::TaskStepStarted { task, .. } = rec.events[switches[1] - 1].kind else {
        unreachable!()
    };
    assert_eq!(
        p.state().task(task).map(|t| t.state),
        Some(crate::app::TaskState::Running)
    );
}

#[test]
fn seeking_by_time_and_iteration() {
    let rec = gather();
    let mut p = Player::new(rec.clone());
    p.seek_time(0.75);
    let pos = p.position();
    assert!(rec.events[..pos].iter().all(|e| e.t <= 0.75));
    assert!(rec.events[pos..].iter().all(|e| e.t > 0.75));
    assert_eq!(p.state().now, 0.75, "the clock stands where asked");
    assert_eq!(p.state().replay.as_ref().map(|r| r.clock), Some(0.75));
    p.seek_iteration(3);
    let pos = p.position();
    assert!(rec.events[..pos].iter().all(|e| e.iter <= 3));
    assert!(rec.events[pos..].iter().all(|e| e.iter > 3));
    assert_eq!(p.state().iter, 3);
    p.seek_time(1e9);
    assert_eq!(p.position(), rec.events.len());
}

#[test]
fn typed_seeks_go_where_asked_or_say_why_not() {
    let rec = gather();
    let mut p = Player::new(rec.clone());
    p.act(ReplayAction::StartSeek(SeekTarget::Time));
    assert_eq!(p.state().replay_input(), crate::app::ReplayInput::Seek);
    for c in "1.0s".chars() {
        p.act(ReplayAction::PromptChar(c));
    }
    p.act(ReplayAction::PromptDone);
    assert_eq!(p.state().replay_input(), crate::app::ReplayInput::Normal);
    assert_eq!(p.position(), rec.events.partition_point(|e| e.t <= 1.0));
    p.act(ReplayAction::StartSeek(SeekTarget::Iteration));
    p.act(ReplayAction::PromptChar('z'));
    p.act(ReplayAction::PromptDone);
    let flash = p.state().flash.clone().unwrap_or_default();
    assert!(flash.contains("not a loop iteration"), "{flash}");
}

#[test]
fn live_only_keys_flash_that_this_is_a_recording() {
    let mut p = Player::new(gather());
    let before = p.position();
    assert_eq!(
        p.act(ReplayAction::LiveOnly("c (cancel a task)")),
        Flow::Continue
    );
    assert_eq!(p.position(), before);
    let flash = p.state().flash.clone().unwrap_or_default();
    assert!(flash.contains("this is a recording"), "{flash}");
    assert_eq!(p.act(ReplayAction::Quit), Flow::Quit);
}

#[test]
fn playing_moves_in_virtual_time_at_speed() {
    let rec = gather();
    let mut p = Player::new(rec.clone());
    p.set_speed(1.0);
    p.toggle_play();
    // Plenty of frames at ×1 for 0.3 virtual seconds (bursts need frames too).
    let mut frames = 0;
    while p.state().replay.as_ref().map_or(0.0, |r| r.clock) < 0.3 && frames < 10_000 {
        p.tick(Duration::from_millis(33));
        frames += 1;
    }
    let pos = p.position();
    assert!(rec.events[..pos].iter().all(|e| e.t <= 0.3 + 0.034));
    assert!(p.playing());
    // Everything at t=0 was shown, one frame at a time, not all in the first.
    let at_zero = rec.events.iter().filter(|e| e.t == 0.0).count();
    assert!(pos >= at_zero, "{pos} < {at_zero}");
    let mut q = Player::new(rec.clone());
    q.toggle_play();
    q.tick(Duration::from_millis(33));
    assert!(
        q.position() < at_zero,
        "one frame showed {} of {at_zero} same-instant events",
        q.position()
    );
    assert!(q.position() >= 1);
    // Faster speed, bigger bursts.
    let mut f = Player::new(rec.clone());
    f.set_speed(16.0);
    f.toggle_play();
    f.tick(Duration::from_millis(33));
    assert!(f.position() > q.position());
}

#[test]
fn playing_to_the_end_stops_and_space_starts_over() {
    let rec = gather();
    let mut p = Player::new(rec.clone());
    p.set_speed(64.0);
    p.toggle_play();
    let mut frames = 0;
    while p.playing() && frames < 100_000 {
        p.tick(Duration::from_millis(33));
        frames += 1;
    }
    assert_eq!(p.position(), rec.events.len());
    assert!(same(p.state(), &fold_at(&rec, rec.events.len())));
    p.toggle_play();
    assert!(p.playing());
    assert!(p.position() <= 1);
}

#[test]
fn playing_stops_at_each_recorded_pause_and_shows_its_note() {
    let rec = pausing();
    assert_eq!(rec.pauses.len(), 2, "{:?}", rec.pauses);
    let (first, second) = (rec.pauses[0].0, rec.pauses[1].0);
    let mut p = Player::new(rec.clone());
    p.set_speed(64.0);
    p.toggle_play();
    let mut frames = 0;
    while p.playing() && frames < 100_000 {
        p.tick(Duration::from_millis(33));
        frames += 1;
    }
    assert_eq!(p.position(), first);
    assert!(p.state().paused);
    assert_eq!(
        p.state().script_note.as_deref(),
        Some("look at the timer heap")
    );
    // Space plays on, past the pause, to the next one.
    p.toggle_play();
    assert_eq!(p.state().script_note, None);
    while p.playing() && frames < 200_000 {
        p.tick(Duration::from_millis(33));
        frames += 1;
    }
    assert_eq!(p.position(), second);
    assert!(p.state().paused);
    assert_eq!(p.state().script_note, None);
    // Seeking onto a pause shows it; off it, not.
    p.seek(first);
    assert_eq!(
        p.state().script_note.as_deref(),
        Some("look at the timer heap")
    );
    p.step_forward();
    assert!(!p.state().paused);
    p.step_back();
    assert!(p.state().paused);
}

#[test]
fn a_small_budget_thins_snapshots_and_seeks_stay_exact() {
    let rec = gather();
    let n = rec.events.len();
    let one = footprint(&State::fold(rec.lesson(), &rec.events));
    let p = Player::with_snapshots(rec.clone(), 2, one * 4);
    let (interval, count, bytes) = p.snapshot_stats();
    assert!(interval > 2, "the interval doubled: {interval}");
    assert!(bytes <= one * 4 + one, "{bytes} > budget");
    assert!(count >= 2);
    let mut p = p;
    for pos in (0..=n).rev().step_by(3) {
        p.seek(pos);
        assert!(same(p.state(), &fold_at(&rec, pos)), "at {pos}");
    }
}

#[test]
fn a_truncated_recording_says_so_and_replays_what_it_holds() {
    let mut rec = gather();
    rec.events.truncate(20);
    rec.end = None;
    let mut p = Player::new(rec.clone());
    assert!(p.state().replay.as_ref().is_some_and(|r| r.truncated));
    p.act(ReplayAction::End);
    assert_eq!(p.position(), 20);
    assert!(same(p.state(), &fold_at(&rec, 20)));
}

#[test]
fn help_closes_on_any_key_and_the_key_still_acts() {
    let mut p = Player::new(gather());
    p.act(ReplayAction::View(Action::ToggleHelp));
    assert!(p.state().view.help);
    p.act(ReplayAction::StepForward);
    assert!(!p.state().view.help);
    assert_eq!(p.position(), 1, "the key closed the help and stepped");
    p.act(ReplayAction::View(Action::ToggleHelp));
    p.act(ReplayAction::View(Action::ToggleHelp));
    assert!(!p.state().view.help, "? only closes it");
    assert_eq!(p.position(), 1);
}

#[test]
fn n_steps_from_one_loop_handle_to_the_next_and_stops_at_the_end() {
    let rec = gather();
    let runs: Vec<usize> = rec
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e.kind, EventKind::HandleRun { .. }))
        .map(|(i, _)| i)
        .collect();
    assert!(runs.len() >= 3, "{runs:?}");
    let mut p = Player::new(rec.clone());
    p.act(ReplayAction::StepHandle);
    assert_eq!(p.position(), runs[0], "to just before the first handle");
    p.act(ReplayAction::StepHandle);
    assert_eq!(p.position(), runs[1], "one handle ran");
    assert!(same(p.state(), &fold_at(&rec, runs[1])));
    p.act(ReplayAction::StepHandle);
    assert_eq!(p.position(), runs[2]);
    p.seek(*runs.last().unwrap());
    p.act(ReplayAction::StepHandle);
    assert_eq!(p.position(), p.len(), "after the last handle: the end");
    p.act(ReplayAction::StepHandle);
    assert_eq!(p.position(), p.len());
    assert!(p
        .state()
        .flash
        .as_deref()
        .is_some_and(|f| f.contains("end")));
}

const GENERATORS: &str = "\
def gen():
    got = yield 1
    print('got', got)
    yield 2

g = gen()
print(next(g))
print(g.send('hi'))
g.close()
";

#[test]
fn without_tasks_the_brackets_jump_between_generator_operations() {
    let rec = recorded("gens.py", GENERATORS);
    let mut p = Player::new(rec.clone());
    // next, send('hi'), close(): one stop after each starts.
    let switches = p.switches().to_vec();
    assert_eq!(switches.len(), 3, "{switches:?}");
    let ops: Vec<String> = switches
        .iter()
        .map(|pos| match &rec.events[pos - 1].kind {
            EventKind::GeneratorState { op, .. } => crate::app::gen_op_text(op),
            other => panic!("not a generator operation: {other:?}"),
        })
        .collect();
    assert_eq!(ops, ["next()", "send('hi')", "close()"]);
    let mut seen = Vec::new();
    while p.next_switch() {
        seen.push(p.position());
        assert_eq!(
            p.state().gens[0].state,
            crate::runtime::event::GenState::GEN_RUNNING
        );
    }
    assert_eq!(seen, switches);
    assert!(p.prev_switch());
    assert_eq!(p.position(), switches[1]);
    // At the send, the output so far is the first yielded value only.
    let out: Vec<&str> = p
        .state()
        .output
        .lines
        .iter()
        .map(|l| l.text.as_str())
        .collect();
    assert_eq!(out, ["1"]);
}

const POOL: &str = "\
from concurrent.futures import ThreadPoolExecutor
import time

def job(n):
    time.sleep(0.1 * n)
    return n

with ThreadPoolExecutor(max_workers=2) as pool:
    print(list(pool.map(job, [1, 2, 3])))
";

#[test]
fn n_and_the_brackets_stop_at_each_thread_switch() {
    let rec = recorded("pool.py", POOL);
    let gil: Vec<usize> = rec
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| crate::app::takes_gil(&e.kind))
        .map(|(i, _)| i)
        .collect();
    assert!(gil.len() >= 6, "{gil:?}");
    let mut p = Player::new(rec.clone());
    assert_eq!(p.switch_word(), "thread switch");
    let after: Vec<usize> = gil.iter().map(|i| i + 1).collect();
    assert_eq!(p.switches(), &after[..], "just after each switch");
    for want in &gil[..4] {
        p.act(ReplayAction::StepHandle);
        assert_eq!(p.position(), *want, "to just before the next switch");
    }
    assert!(p.next_switch());
    assert_eq!(
        p.position(),
        gil[3] + 1,
        "just after the switch it stood before"
    );
    let s = p.state();
    assert!(s.threads.shown());
    assert!(
        s.threads
            .list
            .iter()
            .any(|t| t.name == "ThreadPoolExecutor-0_1"),
        "the replayed state has the workers"
    );
}
