//! Golden event traces: the engine's event stream for a few programs, pinned with insta.
//! A change here is a change to what every consumer (dashboard, recordings) sees: make it
//! on purpose, bump the schema when meanings change, and review the diff.

use std::path::Path;

use coroviz::runtime::engine::{run_program, ProgramOutput};
use coroviz::runtime::event::VecSink;
use coroviz::scenario;

#[derive(Default)]
struct Captured {
    stdout: String,
    stderr: String,
}

impl ProgramOutput for Captured {
    fn stdout(&mut self, text: &str) {
        self.stdout.push_str(text);
    }
    fn stderr(&mut self, text: &str) {
        self.stderr.push_str(text);
    }
}

/// Runs a scenario headless and renders its events, one JSON object per line.
fn trace(path: &str) -> String {
    let s = scenario::load(Path::new(path)).expect("scenario loads");
    let mut sink = VecSink::default();
    let mut out = Captured::default();
    let config = s.engine_config(coroviz::runtime::engine::DEFAULT_MAX_INSTRUCTIONS);
    let file = s.source_name.clone();
    let source = s.source.clone();
    // Python recursion runs on the Rust stack: use a thread as deep as the CLI's.
    let (report, sink) = std::thread::scope(|scope| {
        std::thread::Builder::new()
            .stack_size(coroviz::cli::ENGINE_STACK)
            .spawn_scoped(scope, move || {
                let report = run_program(&file, &source, config, &mut sink, &mut out);
                (report, sink)
            })
            .expect("engine thread")
            .join()
            .expect("engine thread finished")
    });
    let report = report.expect("program compiles");
    let mut text: String = sink
        .0
        .iter()
        .map(|e| serde_json::to_string(e).expect("events serialise") + "\n")
        .collect();
    text.push_str(&format!("exit: {:?}\n", report.exit));
    text
}

#[test]
fn gather_scenario() {
    insta::assert_snapshot!("gather", trace("scenarios/gather.toml"));
}

#[test]
fn sleep0_ping_pong() {
    insta::assert_snapshot!("sleep0", trace("tests/golden/sleep0.py"));
}

#[test]
fn cancel_task_awaiting_task() {
    insta::assert_snapshot!("cancel_chain", trace("tests/golden/cancel_chain.py"));
}

#[test]
fn ctrl_c_under_asyncio_run() {
    insta::assert_snapshot!("ctrl_c_run", trace("tests/golden/ctrl_c_run.toml"));
}

#[test]
fn events_carry_the_schema_and_end_with_the_exit() {
    let t = trace("scenarios/gather.toml");
    let first = t.lines().next().expect("events");
    assert!(
        first.contains("\"kind\":\"ScenarioStarted\"")
            && first.contains(
                format!("\"schema\":{}", coroviz::runtime::event::SCHEMA_VERSION).as_str()
            ),
        "{first}"
    );
    assert!(t.contains("\"kind\":\"ScenarioFinished\""));
}

/// The `SyncState` stream of a Lock: who holds it and who waits, in order, as tasks take
/// it, queue for it, leave the queue (cancelled) and hand it on.
#[test]
fn lock_holders_and_waiters() {
    let t = trace("tests/golden/lock.py");
    insta::assert_snapshot!("lock", t);
    let states: Vec<(String, Vec<u64>, Vec<u64>)> = t
        .lines()
        .filter(|l| l.contains("\"kind\":\"SyncState\""))
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("an event");
            assert_eq!(v["prim"], 1, "{l}");
            assert_eq!(v["what"], "Lock", "{l}");
            assert_eq!(v["line"], 10, "made on line 10: {l}");
            let ids = |k: &str| -> Vec<u64> {
                let list = v[k].as_array().expect("a list of tasks");
                list.iter()
                    .map(|x| x.as_u64().expect("a task id"))
                    .collect()
            };
            (
                v["state"].as_str().expect("state").to_string(),
                ids("holders"),
                ids("waiters"),
            )
        })
        .collect();
    let s = |state: &str, holders: &[u64], waiters: &[u64]| {
        (state.to_string(), holders.to_vec(), waiters.to_vec())
    };
    // Tasks: 1 is main, 2/3/4 the workers a/b/c.
    assert_eq!(
        states,
        vec![
            s("unlocked", &[], &[]),
            s("locked", &[2], &[]),
            s("locked", &[2], &[3]),
            s("locked", &[2], &[3, 4]),
            // c is cancelled while queued: it leaves the line when it runs.
            s("locked", &[2], &[3]),
            // a releases: b's future is done (woken), so b no longer waits, nor holds yet.
            s("unlocked", &[], &[]),
            s("locked", &[3], &[]),
            s("unlocked", &[], &[]),
        ]
    );
    // Waiting tasks are shown at the user's `async with lock:` line, waiting on the lock.
    let waits: Vec<&str> = t
        .lines()
        .filter(|l| l.contains("\"kind\":\"TaskSuspended\"") && l.contains("Lock.acquire"))
        .collect();
    assert_eq!(waits.len(), 2, "{waits:?}");
    assert!(waits.iter().all(|l| l.contains("\"line\":5")), "{waits:?}");
}

/// Python threads (schema 7): each thread's creation, state changes and end.
#[test]
fn threads_trace() {
    insta::assert_snapshot!("threads", trace("tests/golden/threads.py"));
}
