//! Python threads against plain `python3`: each program in `tests/threading/` uses small real
//! delays (multiples of 0.05 s, deadlines at least 0.05 s apart) and prints what does not
//! depend on how CPython's OS threads interleave. coroviz runs it on its virtual clock under
//! the thread model (`runtime::threads`); both must print the same stdout, exit the same
//! way and end stderr with the same line. A loaded machine can stall a real run past two
//! deadlines at once, so a real run that disagrees is repeated before the check fails.
//!
//! Without `python3` on PATH the test prints `skipped: python3 not found` and passes.

#[allow(dead_code)] // each test crate uses its own part of the shared support module
mod support;

use support::output_summary as summary;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

/// How many real-clock runs of a program may be tried.
const REAL_RUNS: usize = 3;

fn run(cmd: &mut Command) -> Output {
    cmd.env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .expect("the command starts")
}

fn coroviz(program: &Path) -> Output {
    run(Command::new(env!("CARGO_BIN_EXE_coroviz"))
        .arg("run")
        .arg(program))
}

#[test]
fn thread_programs_match_cpython() {
    if !support::python3_available() {
        println!("skipped: python3 not found");
        return;
    }
    let dir = support::repo_root().join("tests").join("threading");
    let mut programs: Vec<_> = fs::read_dir(&dir)
        .expect("tests/threading exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    assert!(programs.len() >= 10, "the thread programs are there");
    let mut failures = Vec::new();
    for p in &programs {
        let ours = summary(&coroviz(p));
        let mut agreed = false;
        let mut last = None;
        for _ in 0..REAL_RUNS {
            let real = summary(&run(Command::new("python3").arg(p)));
            if real == ours {
                agreed = true;
                break;
            }
            last = Some(real);
        }
        if !agreed {
            failures.push(format!(
                "{}:\n  coroviz: {ours:?}\n  python3: {last:?}",
                p.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The program's own exception in a thread: CPython's header and traceback on stderr.
#[test]
fn an_uncaught_exception_in_a_thread_is_reported_and_the_program_goes_on() {
    let p = support::repo_root()
        .join("tests")
        .join("threading")
        .join("06_excepthook.py");
    let o = coroviz(&p);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with(
            "Exception in thread Thread-1 (boom):\nTraceback (most recent call last):\n"
        ),
        "{err}"
    );
    assert!(
        err.contains("in boom\n    raise ValueError(\"boom\")\n"),
        "{err}"
    );
    assert_eq!(String::from_utf8_lossy(&o.stdout), "after boom False\n");
    assert_eq!(o.status.code(), Some(0));
}

/// The scheduling model itself, where CPython's order is the OS's: `start()` runs the new
/// thread until it blocks; the starter then goes on ahead of other runnable threads;
/// woken waiters and due sleepers run oldest first; `sleep(0)` yields to runnable threads.
#[test]
fn the_model_orders_threads_deterministically() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let p = dir.path().join("order.py");
    fs::write(
        &p,
        r#"import threading, time
log = []
def a():
    log.append("a1")
    time.sleep(0)
    log.append("a2")
def b():
    log.append("b1")
    time.sleep(0.1)
    log.append("b2")
def c():
    log.append("c1")
    time.sleep(0.1)
    log.append("c2")
ev = threading.Event()
def w(name):
    ev.wait()
    log.append(name)
ta = threading.Thread(target=a)
ta.start()
log.append("main after a")
tb = threading.Thread(target=b); tb.start()
tc = threading.Thread(target=c); tc.start()
w2 = threading.Thread(target=w, args=("w2",)); w2.start()
w1 = threading.Thread(target=w, args=("w1",)); w1.start()
log.append("main sets")
ev.set()
log.append("main joins")
for t in (ta, tb, tc, w1, w2):
    t.join()
print(log)
print(threading.get_ident(), ta.ident, tc.native_id)
"#,
    )
    .expect("written");
    let o = coroviz(&p);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "['a1', 'main after a', 'b1', 'c1', 'main sets', 'main joins', 'a2', 'w2', 'w1', \
         'b2', 'c2']\n1000 1001 1003\n"
    );
}

/// A deadlock of threads ends the run (exit 3) naming each blocked thread; never a hang.
#[test]
fn a_deadlock_of_threads_is_reported() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let p = dir.path().join("dl.py");
    fs::write(
        &p,
        "import threading\nl = threading.Lock()\nc = threading.Condition()\n\
         def f():\n    with c:\n        c.wait()\n\
         t = threading.Thread(target=f, name='waiter')\nt.start()\nl.acquire()\nl.acquire()\n",
    )
    .expect("written");
    let o = coroviz(&p);
    assert_eq!(o.status.code(), Some(3));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(
        err,
        "coroviz: deadlock: no thread can run and none will wake\n\
         \x20 MainThread at line 10 → Lock held by MainThread\n\
         \x20 waiter in f at line 6 → Condition\n\
         \x20 cycle: MainThread waits for a lock held by MainThread\n\
         coroviz: deadlock: blocked threads: MainThread, waiter\n"
    );
}

/// A recording of a thread program replays exactly: `verify` re-executes it and finds the
/// same events (thread switches, the clock's jumps).
#[test]
fn a_recorded_thread_program_verifies() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let rec = dir.path().join("q.cvz");
    let p = support::repo_root()
        .join("tests")
        .join("threading")
        .join("11_queue_workers.py");
    let o = run(Command::new(env!("CARGO_BIN_EXE_coroviz"))
        .arg("run")
        .arg("--record")
        .arg(&rec)
        .arg(&p));
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = support::recording_text(&rec);
    assert!(
        text.contains(r#""kind":"ThreadCreated""#),
        "thread events recorded"
    );
    assert!(
        text.contains(r#""state":"blocked","on":"Queue.get""#),
        "{text}"
    );
    let v = run(Command::new(env!("CARGO_BIN_EXE_coroviz"))
        .arg("verify")
        .arg(&rec));
    let out = String::from_utf8_lossy(&v.stdout).into_owned() + &String::from_utf8_lossy(&v.stderr);
    assert_eq!(v.status.code(), Some(0), "{out}");
    assert!(out.contains("verified"), "{out}");
}
