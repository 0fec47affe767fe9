//! Chrome trace-event JSON (<https://ui.perfetto.dev>, `chrome://tracing`): one track per task,
//! one for the loop, slices for steps and waits, instants for cancels, Ctrl-C, warnings and
//! timers, and flow arrows from a completion to the task it wakes.
//!
//! Time mapping: CPU work costs no virtual time, so every event of one instant has the same
//! virtual `t`. Event `i` is placed at `ts_i = max(t_i × 10⁶, ts_{i-1} + STEP_US)` µs: the
//! virtual time in microseconds where there is room, pushed later by [`STEP_US`] per event
//! where many happen at once (so `ts` strictly increases and every step has a visible width).
//! The true virtual time is in each event's `args.t`. A step slice runs from its
//! `TaskStepStarted` to half a step past its `TaskSuspended`/`TaskDone`; the wait that follows
//! starts there and ends at `TaskResumed`, then the task is ready until its next step.
//!
//! Generators (driven by `next`/`send`/`throw`/`close`, not by a task) get a track each,
//! after the tasks': a slice per operation, from the resume to its yield, return or raise,
//! so a program of generators alone draws as many tracks as the dashboard's timeline.
//!
//! Python threads (a program with threads besides main) get a track each, after those: a
//! slice per state (running, runnable, sleeping until t, blocked on what at which line),
//! from the event that entered it to the next; main's starts at 0, where it began running.

use std::collections::HashMap;
use std::io::{self, Write};

use serde_json::{json, Value};

use super::Summary;
use crate::app::outcome_text;
use crate::record::Recording;
use crate::runtime::event::{Awaiting, EventKind, FutureId, Outcome, TaskId};
use crate::runtime::event::{GenId, GenOp, ThreadId, ThreadState};

/// Trace microseconds between two events that happened at the same virtual instant.
pub const STEP_US: f64 = 100.0;
const HALF: f64 = STEP_US / 2.0;
const PID: u64 = 1;
/// The loop's own track (task ids start at 1).
const LOOP_TID: u64 = 0;
/// Generator tracks: this plus the generator's number (above any task's).
const GEN_TID: u64 = 1 << 32;
/// Thread tracks: this plus the thread's number (above any generator's).
const THREAD_TID: u64 = 1 << 33;

/// One Python thread's track: its name and the state slice it has open (ts, virtual t, label).
struct ThreadTrack {
    name: String,
    open: Option<(f64, f64, String)>,
}

/// A thread state as a slice's name: `running`, `sleeping until 0.3`, `blocked on Lock
/// (line 7)`.
fn thread_label(state: &ThreadState) -> String {
    match state {
        ThreadState::Running => "running".into(),
        ThreadState::Runnable => "runnable".into(),
        ThreadState::Sleeping { until, .. } => format!("sleeping until {until}"),
        ThreadState::Blocked { on, line: 0, .. } => format!("blocked on {on} (at exit)"),
        ThreadState::Blocked { on, line, .. } => format!("blocked on {on} (line {line})"),
    }
}

/// One generator's track: its name and the operation running, (ts, virtual t, what drove it).
struct GenTrack {
    name: String,
    op: Option<(f64, f64, String)>,
    ops: u64,
}

/// What one task's track has open.
#[derive(Default)]
struct Track {
    name: String,
    coro: String,
    steps: u64,
    /// (ts, virtual t) of the running step.
    step: Option<(f64, f64)>,
    /// (ts, virtual t, label) of the wait that began when it suspended.
    wait: Option<(f64, f64, String)>,
    /// (ts, virtual t) since it was scheduled.
    ready: Option<(f64, f64)>,
    /// Where the completion that wakes it happened: (ts, tid, what).
    waker: Option<(f64, u64, String)>,
}

struct Trace {
    events: Vec<Value>,
    tracks: HashMap<TaskId, Track>,
    order: Vec<TaskId>,
    flows: u64,
}

impl Trace {
    fn slice(&mut self, tid: u64, name: &str, from: f64, to: f64, args: Value) {
        debug_assert!(to >= from);
        self.events.push(json!({
            "name": name, "ph": "X", "ts": from, "dur": (to - from).max(0.0),
            "pid": PID, "tid": tid, "args": args,
        }));
    }

    fn instant(&mut self, tid: u64, name: &str, ts: f64, scope: &str, args: Value) {
        self.events.push(json!({
            "name": name, "ph": "i", "s": scope, "ts": ts, "pid": PID, "tid": tid, "args": args,
        }));
    }

    /// A flow arrow from (`from_ts`, `from_tid`) to the slice starting at `to_ts` on `to_tid`.
    fn flow(&mut self, (from_ts, from_tid, what): (f64, u64, String), to_tid: u64, to_ts: f64) {
        self.flows += 1;
        let id = self.flows;
        let name = format!("wakes: {what}");
        self.events.push(json!({
            "name": name, "cat": "wakeup", "ph": "s", "id": id, "ts": from_ts,
            "pid": PID, "tid": from_tid,
        }));
        self.events.push(json!({
            "name": name, "cat": "wakeup", "ph": "f", "bp": "e", "id": id, "ts": to_ts,
            "pid": PID, "tid": to_tid,
        }));
    }

    fn track(&mut self, task: TaskId) -> &mut Track {
        if !self.tracks.contains_key(&task) {
            self.order.push(task);
        }
        self.tracks.entry(task).or_default()
    }

    /// Closes whatever `task` has open (ready, wait) at `ts`.
    fn close_idle(&mut self, task: TaskId, ts: f64) {
        let tr = self.track(task);
        let (ready, wait) = (tr.ready.take(), tr.wait.take());
        if let Some((from, vt)) = ready {
            self.slice(task.0, "ready", from, ts, json!({ "t": vt }));
        }
        if let Some((from, vt, label)) = wait {
            let name = format!("await {label}");
            self.slice(
                task.0,
                &name,
                from,
                ts,
                json!({ "t": vt, "awaiting": label }),
            );
        }
    }

    /// Closes `task`'s running step, ending half a step after `ts`.
    fn close_step(&mut self, task: TaskId, ts: f64, args: Value) {
        let tr = self.track(task);
        let Some((from, vt)) = tr.step.take() else {
            return;
        };
        let name = format!("step {} ({})", tr.steps, tr.coro);
        let mut args = args;
        args["t"] = json!(vt);
        self.slice(task.0, &name, from, ts + HALF, args);
    }
}

/// Trace timestamps (µs) for `rec`'s events: see the module docs.
fn timestamps(rec: &Recording) -> Vec<f64> {
    let mut prev = f64::NEG_INFINITY;
    rec.events
        .iter()
        .map(|e| {
            let ts = (e.t * 1e6).max(prev + STEP_US);
            prev = ts;
            ts
        })
        .collect()
}

/// Writes the trace of `rec`.
pub fn write(rec: &Recording, out: &mut dyn Write) -> io::Result<Summary> {
    let ts = timestamps(rec);
    let mut tr = Trace {
        events: Vec::new(),
        tracks: HashMap::new(),
        order: Vec::new(),
        flows: 0,
    };
    // Who waits on what, to draw the wake-up arrows.
    let mut on_future: HashMap<FutureId, Vec<TaskId>> = HashMap::new();
    let mut on_task: HashMap<TaskId, Vec<TaskId>> = HashMap::new();
    let mut callbacks: HashMap<u64, String> = HashMap::new();
    let mut running: Option<TaskId> = None;
    let mut iteration: Option<(u64, f64)> = None;
    let mut gens: HashMap<GenId, GenTrack> = HashMap::new();
    let mut gen_order: Vec<GenId> = Vec::new();
    let mut threads: Vec<(ThreadId, ThreadTrack)> = Vec::new();
    for (ev, &now) in rec.events.iter().zip(&ts) {
        let vt = json!({ "t": ev.t, "iter": ev.iter });
        if iteration.is_none_or(|(i, _)| i != ev.iter) {
            if let Some((i, from)) = iteration {
                tr.slice(LOOP_TID, &format!("iteration {i}"), from, now, json!({}));
            }
            iteration = Some((ev.iter, now));
        }
        let here = running.map_or(LOOP_TID, |t| t.0);
        match &ev.kind {
            EventKind::TaskCreated {
                task,
                name,
                coro,
                parent,
                line,
            } => {
                let t = tr.track(*task);
                t.name = name.clone();
                t.coro = coro.clone();
                t.ready = Some((now, ev.t));
                let args = json!({ "t": ev.t, "coro": coro, "line": line,
                    "parent": parent.map(|p| p.0) });
                tr.instant(task.0, "created", now, "t", args);
            }
            EventKind::TaskRenamed { task, name } => tr.track(*task).name = name.clone(),
            EventKind::TaskStepStarted { task, throw } => {
                tr.close_idle(*task, now);
                let t = tr.track(*task);
                t.steps += 1;
                t.step = Some((now, ev.t));
                if let Some(waker) = t.waker.take() {
                    tr.flow(waker, task.0, now);
                }
                if let Some(exc) = throw {
                    let args = json!({ "t": ev.t, "exception": exc });
                    tr.instant(task.0, &format!("throw {exc}"), now, "t", args);
                }
                running = Some(*task);
            }
            EventKind::TaskSuspended {
                task,
                line,
                awaiting,
            } => {
                let label = match awaiting {
                    Awaiting::Task { task: other } => {
                        on_task.entry(*other).or_default().push(*task);
                        tr.track(*other).name.clone()
                    }
                    Awaiting::Future { future, what } => {
                        on_future.entry(*future).or_default().push(*task);
                        what.clone()
                    }
                    Awaiting::Yield => "yield (sleep 0)".into(),
                };
                tr.close_step(*task, now, json!({ "suspended_at_line": line }));
                tr.track(*task).wait = Some((now + HALF, ev.t, label));
                running = None;
            }
            EventKind::TaskResumed { task } => {
                tr.close_idle(*task, now);
                let t = tr.track(*task);
                t.ready = Some((now, ev.t));
                if let Some(waker) = t.waker.take() {
                    tr.flow(waker, task.0, now);
                }
            }
            EventKind::TaskDone { task, outcome } => {
                let text = outcome_text(outcome);
                tr.close_step(*task, now, json!({ "outcome": text }));
                tr.close_idle(*task, now);
                let scope = if matches!(outcome, Outcome::Result { .. }) {
                    "t"
                } else {
                    "p"
                };
                tr.instant(task.0, &text, now, scope, vt);
                let name = tr.track(*task).name.clone();
                for waiter in on_task.remove(task).unwrap_or_default() {
                    tr.track(waiter).waker = Some((now, task.0, name.clone()));
                }
                running = running.filter(|r| r != task);
            }
            EventKind::FutureDone { future, outcome } => {
                let what = format!("Future-{} {}", future.0, outcome_text(outcome));
                for waiter in on_future.remove(future).unwrap_or_default() {
                    tr.track(waiter).waker = Some((now, here, what.clone()));
                }
            }
            EventKind::CancelRequested { task, by, msg } => {
                let args = json!({ "t": ev.t, "by": by, "msg": msg });
                tr.instant(task.0, "cancel requested", now, "t", args);
            }
            EventKind::KeyboardInterrupt { delivered } => {
                let args = json!({ "t": ev.t, "delivered": delivered });
                tr.instant(LOOP_TID, "KeyboardInterrupt (Ctrl-C)", now, "g", args);
            }
            EventKind::Warning { warning, msg } => {
                let args = json!({ "t": ev.t, "warning": warning, "msg": msg });
                tr.instant(here, &format!("warning: {msg}"), now, "t", args);
            }
            EventKind::HandleScheduled {
                handle, callback, ..
            } => {
                callbacks.insert(handle.0, callback.clone());
            }
            EventKind::TimerFired { handle } => {
                let callback = callbacks.get(&handle.0).cloned().unwrap_or_default();
                let args = json!({ "t": ev.t, "handle": handle.0, "callback": callback });
                tr.instant(LOOP_TID, "timer fired", now, "t", args);
            }
            EventKind::ClockAdvanced { to } => {
                tr.instant(LOOP_TID, &format!("clock → {to}"), now, "t", vt);
            }
            EventKind::LoopBlocked { line, duration } => {
                let args = json!({ "t": ev.t, "line": line, "duration": duration });
                tr.instant(here, "loop blocked", now, "t", args);
            }
            EventKind::Output { stream, text } => {
                let args = json!({ "t": ev.t, "stream": stream, "text": text });
                tr.instant(here, text.trim_end(), now, "t", args);
            }
            EventKind::ScenarioFinished { exit, code } => {
                let args = json!({ "t": ev.t, "exit": exit, "code": code });
                tr.instant(LOOP_TID, "program finished", now, "g", args);
            }
            EventKind::GeneratorState {
                gen,
                name,
                line,
                op,
                ..
            } => {
                let tid = GEN_TID + gen.0;
                let g = gens.entry(*gen).or_insert_with(|| {
                    gen_order.push(*gen);
                    GenTrack {
                        name: name.clone(),
                        op: None,
                        ops: 0,
                    }
                });
                let text = crate::app::gen_op_text(op);
                match op {
                    GenOp::Created => {
                        let args = json!({ "t": ev.t, "line": line });
                        tr.instant(tid, "created", now, "t", args);
                    }
                    GenOp::Next | GenOp::Send { .. } | GenOp::Throw { .. } | GenOp::Close => {
                        g.ops += 1;
                        g.op = Some((now, ev.t, text));
                    }
                    GenOp::Yielded { .. } | GenOp::Returned { .. } | GenOp::Raised { .. } => {
                        let (from, vt, drove) = g.op.take().unwrap_or((now, ev.t, String::new()));
                        let name = match drove.is_empty() {
                            true => text,
                            false => format!("{drove} → {text}"),
                        };
                        let args = json!({ "t": vt, "line": line, "op": g.ops });
                        tr.slice(tid, &name, from, now + HALF, args);
                    }
                }
            }
            EventKind::ThreadCreated { .. }
            | EventKind::ThreadChanged { .. }
            | EventKind::ThreadEnded { .. } => thread_event(&mut tr, &mut threads, ev, now),
            _ => {}
        }
    }
    // Whatever is still open ends with the recording.
    let end = ts.last().map_or(0.0, |t| t + STEP_US);
    if let Some((i, from)) = iteration {
        tr.slice(LOOP_TID, &format!("iteration {i}"), from, end, json!({}));
    }
    for task in tr.order.clone() {
        tr.close_step(
            task,
            end - HALF,
            json!({ "cut": "the recording ends here" }),
        );
        tr.close_idle(task, end);
    }
    let title = rec.lesson().title;
    let mut meta = vec![
        json!({ "name": "process_name", "ph": "M", "ts": 0, "pid": PID, "tid": LOOP_TID,
            "args": { "name": format!("coroviz: {title}") } }),
        json!({ "name": "thread_name", "ph": "M", "ts": 0, "pid": PID, "tid": LOOP_TID,
            "args": { "name": "event loop" } }),
        json!({ "name": "thread_sort_index", "ph": "M", "ts": 0, "pid": PID, "tid": LOOP_TID,
            "args": { "sort_index": 0 } }),
    ];
    for id in &tr.order {
        let t = &tr.tracks[id];
        let name = format!("{} ({})", t.name, t.coro);
        meta.push(
            json!({ "name": "thread_name", "ph": "M", "ts": 0, "pid": PID, "tid": id.0,
            "args": { "name": name } }),
        );
        meta.push(
            json!({ "name": "thread_sort_index", "ph": "M", "ts": 0, "pid": PID,
            "tid": id.0, "args": { "sort_index": id.0 } }),
        );
    }
    for id in &gen_order {
        let g = gens.get_mut(id).expect("a track per generator");
        let tid = GEN_TID + id.0;
        if let Some((from, vt, drove)) = g.op.take() {
            let args = json!({ "t": vt, "cut": "the recording ends here" });
            tr.slice(tid, &drove, from, end, args);
        }
        meta.push(
            json!({ "name": "thread_name", "ph": "M", "ts": 0, "pid": PID, "tid": tid,
            "args": { "name": format!("{} (generator)", g.name) } }),
        );
        meta.push(
            json!({ "name": "thread_sort_index", "ph": "M", "ts": 0, "pid": PID,
            "tid": tid, "args": { "sort_index": tid } }),
        );
    }
    for (id, th) in &mut threads {
        let tid = THREAD_TID + id.0;
        if let Some((from, vt, label)) = th.open.take() {
            let args = json!({ "t": vt, "cut": "the recording ends here" });
            tr.slice(tid, &label, from, end, args);
        }
        meta.push(
            json!({ "name": "thread_name", "ph": "M", "ts": 0, "pid": PID, "tid": tid,
            "args": { "name": format!("{} (thread)", th.name) } }),
        );
        meta.push(
            json!({ "name": "thread_sort_index", "ph": "M", "ts": 0, "pid": PID,
            "tid": tid, "args": { "sort_index": tid } }),
        );
    }
    let tasks = tr.order.len();
    let generators = gen_order.len();
    let thread_tracks = threads.len();
    meta.append(&mut tr.events);
    let events = meta.len();
    let doc = json!({
        "traceEvents": meta,
        "displayTimeUnit": "ms",
        "otherData": {
            "title": title,
            "time": format!("ts = virtual µs, at least {STEP_US} µs after the previous event; \
                             args.t is the virtual time in seconds"),
        },
    });
    serde_json::to_writer(&mut *out, &doc).map_err(io::Error::other)?;
    writeln!(out)?;
    Ok(Summary::Trace {
        events,
        tasks,
        generators,
        threads: thread_tracks,
    })
}

/// A thread event on the threads' tracks: the slice of the state it leaves closes, the
/// next opens. The first one makes main's track, running since the start.
fn thread_event(
    tr: &mut Trace,
    threads: &mut Vec<(ThreadId, ThreadTrack)>,
    ev: &crate::runtime::event::Event,
    now: f64,
) {
    if threads.is_empty() {
        let main = ThreadTrack {
            name: "MainThread".into(),
            open: Some((0.0, 0.0, "running".into())),
        };
        threads.push((ThreadId(0), main));
    }
    let id = match &ev.kind {
        EventKind::ThreadCreated { thread, .. }
        | EventKind::ThreadChanged { thread, .. }
        | EventKind::ThreadEnded { thread } => *thread,
        _ => return,
    };
    let i = match threads.iter().position(|(t, _)| *t == id) {
        Some(i) => i,
        None => {
            let name = match &ev.kind {
                EventKind::ThreadCreated { name, .. } => name.clone(),
                _ => format!("thread #{}", id.0),
            };
            threads.push((id, ThreadTrack { name, open: None }));
            threads.len() - 1
        }
    };
    let tid = THREAD_TID + id.0;
    if let Some((from, vt, label)) = threads[i].1.open.take() {
        tr.slice(tid, &label, from, now, json!({ "t": vt }));
    }
    match &ev.kind {
        EventKind::ThreadCreated { line, daemon, .. } => {
            let args = json!({ "t": ev.t, "line": line, "daemon": daemon });
            tr.instant(tid, "started", now, "t", args);
        }
        EventKind::ThreadChanged { state, .. } => {
            threads[i].1.open = Some((now, ev.t, thread_label(state)));
        }
        EventKind::ThreadEnded { .. } => {
            tr.instant(tid, "ended", now, "t", json!({ "t": ev.t }));
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testdata;

    fn trace(rec: &Recording) -> Vec<Value> {
        let mut out = Vec::new();
        write(rec, &mut out).expect("writes");
        let doc: Value = serde_json::from_slice(&out).expect("valid JSON");
        assert_eq!(doc["displayTimeUnit"], "ms");
        doc["traceEvents"].as_array().expect("array").clone()
    }

    /// Checks what ui.perfetto.dev needs of every event; returns them.
    fn check(events: &[Value]) {
        for e in events {
            for field in ["name", "ph", "ts", "pid", "tid"] {
                assert!(e.get(field).is_some(), "{field} missing in {e}");
            }
            assert!(e["ts"].as_f64().is_some_and(|t| t >= 0.0), "{e}");
            if e["ph"] == "X" {
                assert!(e["dur"].as_f64().is_some_and(|d| d >= 0.0), "{e}");
            }
        }
        // Slices on one track nest or follow each other, never overlap partly.
        let mut by_tid: HashMap<u64, Vec<(f64, f64)>> = HashMap::new();
        for e in events.iter().filter(|e| e["ph"] == "X") {
            let (ts, dur) = (e["ts"].as_f64().unwrap(), e["dur"].as_f64().unwrap());
            let tid = e["tid"].as_u64().unwrap();
            by_tid.entry(tid).or_default().push((ts, ts + dur));
        }
        for (tid, mut spans) in by_tid {
            spans.sort_by(|a, b| a.0.total_cmp(&b.0));
            for w in spans.windows(2) {
                assert!(w[0].1 <= w[1].0, "overlap on track {tid}: {w:?}");
            }
        }
        // Every flow start has exactly one end with the same id, later or at the same time.
        let mut flows: HashMap<u64, (Option<f64>, Option<f64>)> = HashMap::new();
        for e in events {
            let id = e["id"].as_u64();
            match e["ph"].as_str() {
                Some("s") => flows.entry(id.unwrap()).or_default().0 = e["ts"].as_f64(),
                Some("f") => {
                    assert_eq!(e["bp"], "e");
                    flows.entry(id.unwrap()).or_default().1 = e["ts"].as_f64();
                }
                _ => {}
            }
        }
        for (id, (s, f)) in flows {
            let (s, f) = (s.expect("start"), f.expect("end"));
            assert!(s <= f, "flow {id} goes back in time");
        }
    }

    fn named<'a>(events: &'a [Value], ph: &str, name: &str) -> Vec<&'a Value> {
        events
            .iter()
            .filter(|e| e["ph"] == ph && e["name"].as_str().is_some_and(|n| n.contains(name)))
            .collect()
    }

    #[test]
    fn gather_has_a_track_per_task_and_arrows_from_each_wakeup() {
        let events = trace(&testdata::gather());
        check(&events);
        let tracks: Vec<&str> = named(&events, "M", "thread_name")
            .iter()
            .map(|e| e["args"]["name"].as_str().unwrap())
            .collect();
        // main, three workers, and asyncio.run's two shutdown tasks.
        assert_eq!(tracks.len(), 7, "{tracks:?}");
        assert_eq!(tracks[0], "event loop");
        assert!(tracks.iter().filter(|t| t.contains("(worker)")).count() == 3);
        // Three sleeps wake three workers; the gather wakes main.
        let flows = named(&events, "s", "wakes");
        assert!(flows.len() >= 4, "{}", flows.len());
        let sleeps = named(&events, "X", "await sleep(");
        assert_eq!(sleeps.len(), 3);
        let slow = sleeps
            .iter()
            .find(|e| e["name"] == "await sleep(1.5)")
            .expect("slow");
        assert_eq!(slow["args"]["t"], 0.0);
        assert!(
            slow["dur"].as_f64().unwrap() >= 1.4e6,
            "spans the virtual sleep"
        );
        assert_eq!(named(&events, "X", "step").len(), 3 * 2 + 2 + 2);
    }

    #[test]
    fn cancels_and_ctrl_c_are_instants() {
        let events = trace(&testdata::cancel_ctrl_c());
        check(&events);
        let cancels = named(&events, "i", "cancel requested");
        assert!(!cancels.is_empty());
        assert!(
            cancels.iter().any(|e| e["args"]["by"]["by"] == "user"),
            "{cancels:?}"
        );
        let ctrl_c = named(&events, "i", "KeyboardInterrupt (Ctrl-C)");
        assert_eq!(ctrl_c.len(), 1);
        assert_eq!(ctrl_c[0]["s"], "g");
        assert_eq!(ctrl_c[0]["args"]["t"], 2.0);
        assert!(!named(&events, "i", "timer fired").is_empty());
    }

    #[test]
    fn timestamps_strictly_increase_and_keep_virtual_time_where_there_is_room() {
        let rec = testdata::gather();
        let ts = timestamps(&rec);
        assert!(ts.windows(2).all(|w| w[1] >= w[0] + STEP_US));
        let first_at_half = rec.events.iter().position(|e| e.t == 0.5).expect("t=0.5");
        assert_eq!(ts[first_at_half], 0.5e6);
    }

    #[test]
    fn a_pool_has_a_track_per_thread_with_its_states() {
        let rec = testdata::pool();
        let events = trace(&rec);
        check(&events);
        let names: Vec<&str> = events
            .iter()
            .filter(|e| e["name"] == "thread_name")
            .filter_map(|e| e["args"]["name"].as_str())
            .filter(|n| n.ends_with("(thread)"))
            .collect();
        assert_eq!(
            names,
            [
                "MainThread (thread)",
                "ThreadPoolExecutor-0_0 (thread)",
                "ThreadPoolExecutor-0_1 (thread)"
            ]
        );
        let worker = THREAD_TID + 1;
        let sleep = named(&events, "X", "sleeping until 0.3");
        assert!(
            sleep.iter().any(|e| e["tid"] == worker),
            "0_0 sleeps 0.3 s on its own track: {sleep:?}"
        );
        let join = named(
            &events,
            "X",
            "blocked on join of ThreadPoolExecutor-0_0 (line 15)",
        );
        assert!(join.iter().any(|e| e["tid"] == THREAD_TID), "{join:?}");
        assert_eq!(named(&events, "i", "ended").len(), 2, "both workers end");
        let mut out = Vec::new();
        let summary = write(&rec, &mut out).expect("writes");
        assert!(
            summary.to_string().ends_with(", 3 thread tracks"),
            "{summary}"
        );
    }
}
