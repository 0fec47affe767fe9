//! Recordings for the export unit tests, made by running real scenarios headless.

use std::path::Path;

use crate::record::{record_headless, Recording};

/// Records the scenario at `path` (relative to the crate root) on a thread with the
/// interpreter's stack.
pub fn record(path: &str) -> Recording {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let scenario = crate::scenario::load(&path).expect("scenario loads");
    std::thread::Builder::new()
        .stack_size(crate::cli::ENGINE_STACK)
        .spawn(move || record_headless(&scenario).expect("program compiles"))
        .expect("engine thread")
        .join()
        .expect("engine ran")
}

/// `scenarios/gather.toml`: three workers, no script.
pub fn gather() -> Recording {
    record("scenarios/gather.toml")
}

/// A scripted cancel, a pause with a note full of markup, and a Ctrl-C.
pub fn cancel_ctrl_c() -> Recording {
    record("tests/exports/cancel_ctrl_c.toml")
}

/// Two tasks trading 4,000 `sleep(0)` hops: a long run for frame sampling.
pub fn hops() -> Recording {
    record("tests/exports/hops.py")
}

/// tests/threads/2126: a two-worker `ThreadPoolExecutor` with four jobs, no tasks.
pub fn pool() -> Recording {
    record("tests/threads/2126_pool_queues_work.py")
}
