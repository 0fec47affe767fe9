//! The dashboard in a real terminal: drives the binary inside tmux (send-keys, capture-pane)
//! and reads the screen. Skips, saying so, when tmux is not installed.
//!
//! Every wait polls the screen until what we expect shows up, with a generous deadline; no
//! assertion depends on how long anything took.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

#[allow(dead_code)] // each test crate uses its own part of the shared support module
mod support;

/// How long to wait for the screen to show something before failing.
const DEADLINE: Duration = Duration::from_secs(30);

/// A private tmux server with one window of a fixed size, killed on drop.
struct Tmux {
    socket: String,
}

impl Tmux {
    /// `name` keeps the socket of each test apart (tests run in parallel).
    fn start(name: &str, width: u16, height: u16) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            println!("skipped: tmux not found");
            return None;
        }
        let tmux = Tmux {
            socket: format!("coroviz-test-{}-{name}", std::process::id()),
        };
        let (w, h) = (width.to_string(), height.to_string());
        let dir = env!("CARGO_MANIFEST_DIR");
        let o = tmux.run(&[
            "new-session",
            "-d",
            "-s",
            "main",
            "-x",
            &w,
            "-y",
            &h,
            "-c",
            dir,
            "env",
            "PS1=shell$ ",
            "NO_COLOR=",
            "bash",
            "--norc",
            "--noprofile",
        ]);
        assert!(o.status.success(), "tmux new-session: {o:?}");
        tmux.wait_for("the shell prompt", |s| s.contains("shell$"));
        Some(tmux)
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    /// Types `keys` (tmux key names: `n`, `Space`, `C-c`, `Enter`…), one send each.
    fn keys(&self, keys: &[&str]) {
        for k in keys {
            let o = self.run(&["send-keys", "-t", "main", k]);
            assert!(o.status.success(), "send-keys {k}: {o:?}");
        }
    }

    /// Types a shell command line and presses Enter.
    fn type_line(&self, line: &str) {
        let o = self.run(&["send-keys", "-t", "main", "-l", line]);
        assert!(o.status.success(), "send-keys: {o:?}");
        self.keys(&["Enter"]);
    }

    fn screen(&self) -> String {
        let o = self.run(&["capture-pane", "-p", "-t", "main"]);
        String::from_utf8_lossy(&o.stdout).into_owned()
    }

    /// Polls the screen until `ok` holds; panics with the last screen after the deadline.
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            if start.elapsed() > DEADLINE {
                panic!("timed out waiting for {what}; the screen shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

/// The task table row for `name` on the screen (the first line naming it), if any.
fn row<'a>(screen: &'a str, name: &str) -> Option<&'a str> {
    let needle = format!(" {name} ");
    screen
        .lines()
        .find(|l| l.contains(&needle) && (l.starts_with('│') || l.starts_with('┃')))
}

fn row_says(screen: &str, name: &str, word: &str) -> bool {
    row(screen, name).is_some_and(|r| r.split_whitespace().any(|w| w == word))
}

/// Quits with q and checks the shell is back with a sane terminal (`stty -a`).
fn quit_and_check_the_terminal(tmux: &Tmux) {
    tmux.keys(&["q"]);
    tmux.wait_for("the shell after q", |s| {
        !s.contains("coroviz ")
            && s.lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .is_some_and(|l| l.starts_with("shell$"))
    });
    tmux.type_line("clear; stty -a");
    let screen = tmux.wait_for("stty's report", |s| {
        s.contains("icanon") && s.contains("min =")
    });
    let flags: Vec<&str> = screen.split_whitespace().collect();
    for flag in ["icanon", "echo", "isig"] {
        assert!(
            flags.contains(&flag),
            "`{flag}` is not set after quitting:\n{screen}"
        );
    }
}

/// Types `coroviz record --paused PROGRAM -o DIR/NAME` into the window: the temporary
/// directory (kept alive by the caller) and the recording's path.
fn record_paused(tmux: &Tmux, program: &str, name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let cvz = dir.path().join(name);
    let bin = env!("CARGO_BIN_EXE_coroviz");
    tmux.type_line(&format!(
        "clear; {bin} record --paused {program} -o {}",
        cvz.display()
    ));
    (dir, cvz)
}

/// Quits a recording dashboard and waits for the recorder's summary.
fn quit_recording(tmux: &Tmux) {
    tmux.keys(&["q"]);
    tmux.wait_for("the recording summary", |s| s.contains("coroviz: recorded"));
}

#[test]
fn pause_step_cancel_and_quit_in_a_real_terminal() {
    let Some(tmux) = Tmux::start("step", 100, 30) else {
        return;
    };
    let bin = env!("CARGO_BIN_EXE_coroviz");
    tmux.type_line(&format!("clear; {bin} --paused scenarios/gather.toml"));
    tmux.wait_for("the paused dashboard", |s| {
        s.contains("PAUSED") && row_says(s, "Task-1", "ready")
    });

    // Three steps: main's first step (creates the workers), then two workers start and
    // suspend at their sleeps; the third worker is next in line.
    tmux.keys(&["n", "n", "n"]);
    let screen = tmux.wait_for("three handles run", |s| {
        row_says(s, "Task-2", "waiting")
            && row_says(s, "Task-3", "waiting")
            && row_says(s, "Task-4", "ready")
    });
    assert!(row_says(&screen, "Task-1", "waiting"), "{screen}");
    assert!(
        screen.contains("sleep(1.5)") && screen.contains("gather(3)"),
        "{screen}"
    );
    assert!(
        screen.contains("PAUSED"),
        "stepping keeps it paused:\n{screen}"
    );

    // Select Task-2 (one row down) and cancel it; resume so the loop delivers it.
    tmux.keys(&["j", "c"]);
    tmux.wait_for("the cancel to be sent", |s| {
        s.contains("cancel Task-2 sent")
    });
    tmux.keys(&["Space"]);
    let screen = tmux.wait_for("Task-2 cancelled", |s| row_says(s, "Task-2", "cancelled"));
    // gather propagates the child's CancelledError into main, which was not cancelled.
    tmux.wait_for("the program to finish", |s| s.contains("FINISHED"));
    assert!(screen.contains("Task-2"), "{screen}");

    quit_and_check_the_terminal(&tmux);
}

#[test]
fn ctrl_c_reaches_the_programs_keyboard_interrupt_handler() {
    let Some(tmux) = Tmux::start("ctrl-c", 100, 30) else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let program = dir.path().join("ticker.py");
    std::fs::write(&program, TICKER).expect("write program");
    let scenario = dir.path().join("ticker.toml");
    std::fs::write(
        &scenario,
        "title = \"Ctrl-C under run_until_complete\"\nabout = \"Press Ctrl-C.\"\nsource = \"ticker.py\"\n",
    )
    .expect("write scenario");
    assert!(Path::new(&scenario).exists());

    let bin = env!("CARGO_BIN_EXE_coroviz");
    tmux.type_line(&format!("clear; {bin} {}", scenario.display()));
    tmux.wait_for("the first tick", |s| s.contains("fast tick 1"));
    tmux.keys(&["C-c"]);
    let screen = tmux.wait_for("the handler's output", |s| {
        s.contains("all tasks cancelled: True")
    });
    assert!(
        screen.contains("KeyboardInterrupt: cancelling every task"),
        "{screen}"
    );
    tmux.wait_for("the program to finish", |s| s.contains("FINISHED exit 0"));
    quit_and_check_the_terminal(&tmux);
}

#[test]
fn record_a_cancel_and_a_ctrl_c_then_verify_the_recording() {
    let Some(tmux) = Tmux::start("record", 100, 30) else {
        return;
    };
    let (_dir, cvz) = record_paused(&tmux, "scenarios/gather.toml", "lesson.cvz");
    let bin = env!("CARGO_BIN_EXE_coroviz");
    tmux.wait_for("the paused, recording dashboard", |s| {
        s.contains("PAUSED") && s.contains("REC")
    });
    // Start the three workers, then cancel Task-2 and press Ctrl-C while paused: both land
    // at the loop's next look at its selector, one per iteration, once resumed.
    tmux.keys(&["n", "n", "n"]);
    // The rows must be there before `j` can select the second one.
    tmux.wait_for("three handles run", |s| row_says(s, "Task-4", "ready"));
    tmux.keys(&["j", "c"]);
    tmux.wait_for("the cancel to be sent", |s| {
        s.contains("cancel Task-2 sent")
    });
    tmux.keys(&["r"]);
    tmux.wait_for("restart refused while recording", |s| {
        s.contains("restart is off while recording")
    });
    tmux.keys(&["C-c", "Space"]);
    let screen = tmux.wait_for("the program to end", |s| s.contains("FINISHED exit 130"));
    assert!(row_says(&screen, "Task-2", "cancelled"), "{screen}");
    assert!(row_says(&screen, "Task-1", "cancelled"), "{screen}");
    quit_recording(&tmux);

    tmux.type_line(&format!("clear; {bin} verify {}", cvz.display()));
    let screen = tmux.wait_for("verify's verdict", |s| {
        s.contains("verified") || s.contains("does not verify")
    });
    // The verdict may wrap at the window's edge.
    let verdict: String = screen.lines().collect();
    assert!(
        verdict.contains("with its 2 recorded input(s) reproduces all"),
        "{screen}"
    );
    let body = support::recording_text(&cvz);
    assert!(body.contains("\"do\":\"cancel_task\"") && body.contains("\"do\":\"interrupt\""));
}

#[test]
fn stepping_and_seeking_a_replay_in_a_real_terminal() {
    let Some(tmux) = Tmux::start("replay", 100, 30) else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("gather.cvz");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_coroviz"))
        .args(["run", "scenarios/gather.toml", "--record"])
        .arg(&path)
        .output()
        .expect("coroviz runs");
    assert!(o.status.success(), "{o:?}");
    let rec = coroviz::record::load(&path).expect("the recording loads");
    let n = rec.events.len();
    let bin = env!("CARGO_BIN_EXE_coroviz");
    tmux.type_line(&format!("clear; {bin} replay --paused {}", path.display()));
    tmux.wait_for("the paused replay", |s| {
        s.contains("REPLAY") && s.contains(&format!("event 0/{n}"))
    });
    tmux.keys(&["Right", "Right", "l"]);
    tmux.wait_for("three steps", |s| s.contains(&format!("event 3/{n}")));
    tmux.keys(&["Left"]);
    tmux.wait_for("a step back", |s| s.contains(&format!("event 2/{n}")));
    tmux.keys(&["t", "1", "Enter"]);
    let at_one = rec.events.partition_point(|e| e.t <= 1.0);
    tmux.wait_for("the seek to t=1", |s| {
        s.contains(&format!("event {at_one}/{n}")) && s.contains("t=1.000/")
    });
    tmux.keys(&["End"]);
    tmux.wait_for("the end", |s| {
        s.contains(&format!("event {n}/{n}")) && s.contains("end of the recording")
    });
    tmux.keys(&["c"]);
    tmux.wait_for("the live-only flash", |s| s.contains("this is a recording"));
    quit_and_check_the_terminal(&tmux);
}

/// A `run_until_complete` program with its own `except KeyboardInterrupt:` clean-up.
const TICKER: &str = r#"import asyncio


async def ticker(name, period):
    n = 0
    while True:
        await asyncio.sleep(period)
        n += 1
        print(f"{name} tick {n}")


async def main():
    await asyncio.gather(ticker("fast", 0.5), ticker("slow", 1.0))


loop = asyncio.new_event_loop()
main_task = loop.create_task(main())
try:
    loop.run_until_complete(main_task)
except KeyboardInterrupt:
    print("KeyboardInterrupt: cancelling every task")
    for task in asyncio.all_tasks(loop):
        task.cancel()
    loop.run_until_complete(asyncio.gather(*asyncio.all_tasks(loop), return_exceptions=True))
    print("all tasks cancelled:", main_task.cancelled())
finally:
    loop.close()
"#;

#[test]
fn stepping_through_a_generator_without_a_loop_then_verify() {
    let Some(tmux) = Tmux::start("generator", 100, 30) else {
        return;
    };
    let (_dir, cvz) = record_paused(&tmux, "tests/dashboard/gen_states.py", "gen.cvz");
    let bin = env!("CARGO_BIN_EXE_coroviz");
    tmux.wait_for("the paused dashboard", |s| s.contains("PAUSED"));
    // Each generator operation is a step: next(g) runs to the first yield.
    tmux.keys(&["n"]);
    let screen = tmux.wait_for("the generator suspended at its yield", |s| {
        row_says(s, "gen", "suspended")
    });
    assert!(screen.contains("yielded 1"), "{screen}");
    assert!(screen.contains("GEN_SUSPENDED"), "{screen}");
    assert!(
        !screen.contains("got hi"),
        "send has not run yet:\n{screen}"
    );
    tmux.keys(&["n"]);
    let screen = tmux.wait_for("send to run", |s| s.contains("got hi"));
    assert!(screen.contains("send('hi')"), "{screen}");
    tmux.keys(&["Space"]);
    let screen = tmux.wait_for("the program to finish", |s| s.contains("FINISHED exit 0"));
    assert!(row_says(&screen, "gen", "closed"), "{screen}");
    quit_recording(&tmux);
    let out = Command::new(bin)
        .args(["verify", &cvz.display().to_string()])
        .output()
        .expect("verify runs");
    assert!(out.status.success(), "{out:?}");
}

/// Runs `command` in the pane followed by `echo exit=$?`, for the exit code to be read.
fn type_line_then_exit_code(tmux: &Tmux, command: &str) {
    tmux.type_line(&format!("clear; {command}; echo \"exit=$?\""));
}

/// Quits with q and returns the exit code the shell reports.
fn quit_and_read_the_exit_code(tmux: &Tmux) -> String {
    tmux.keys(&["q"]);
    let screen = tmux.wait_for("the exit code after q", |s| {
        s.lines().any(|l| l.starts_with("exit="))
    });
    let line = screen
        .lines()
        .find(|l| l.starts_with("exit="))
        .expect("the exit line");
    line.trim_start_matches("exit=").trim().to_string()
}

#[test]
fn the_dashboard_exits_5_after_sys_exit_5_and_q() {
    let Some(tmux) = Tmux::start("exit5", 100, 30) else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let program = dir.path().join("five.py");
    std::fs::write(
        &program,
        "import sys\nprint('leaving with 5')\nsys.exit(5)\n",
    )
    .expect("write program");
    let bin = env!("CARGO_BIN_EXE_coroviz");
    type_line_then_exit_code(&tmux, &format!("{bin} {}", program.display()));
    tmux.wait_for("the program to finish", |s| s.contains("FINISHED"));
    assert_eq!(quit_and_read_the_exit_code(&tmux), "5");
}

#[test]
fn record_exits_with_the_programs_status_and_quitting_early_is_130() {
    let Some(tmux) = Tmux::start("record-exit", 100, 30) else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let program = dir.path().join("fails.py");
    std::fs::write(&program, "raise ValueError('no')\n").expect("write program");
    let cvz = dir.path().join("fails.cvz");
    let bin = env!("CARGO_BIN_EXE_coroviz");
    type_line_then_exit_code(
        &tmux,
        &format!("{bin} record {} -o {}", program.display(), cvz.display()),
    );
    tmux.wait_for("the program to finish", |s| s.contains("FINISHED exit 1"));
    assert_eq!(quit_and_read_the_exit_code(&tmux), "1");
    assert!(cvz.exists());

    // Quitting before the program's end stops it: 130, as for a program stopped by Ctrl-C.
    let sleeper = dir.path().join("sleeper.py");
    std::fs::write(
        &sleeper,
        "import asyncio\n\nasyncio.run(asyncio.sleep(1000))\n",
    )
    .expect("write program");
    type_line_then_exit_code(&tmux, &format!("{bin} --paused {}", sleeper.display()));
    tmux.wait_for("the paused dashboard", |s| s.contains("PAUSED"));
    assert_eq!(quit_and_read_the_exit_code(&tmux), "130");
}

#[test]
fn a_recording_named_alone_replays_and_n_steps_one_handle() {
    let Some(tmux) = Tmux::start("replay-n", 100, 30) else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("gather.cvz");
    let o = Command::new(env!("CARGO_BIN_EXE_coroviz"))
        .args(["run", "scenarios/gather.toml", "--record"])
        .arg(&path)
        .output()
        .expect("coroviz runs");
    assert!(o.status.success(), "{o:?}");
    let rec = coroviz::record::load(&path).expect("the recording loads");
    let n = rec.events.len();
    let runs: Vec<usize> = rec
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e.kind, coroviz::runtime::event::EventKind::HandleRun { .. }))
        .map(|(i, _)| i)
        .collect();
    let bin = env!("CARGO_BIN_EXE_coroviz");
    type_line_then_exit_code(&tmux, &format!("{bin} --paused {}", path.display()));
    tmux.wait_for("the paused replay", |s| {
        s.contains("REPLAY") && s.contains(&format!("event 0/{n}"))
    });
    tmux.keys(&["n"]);
    tmux.wait_for("before the first handle", |s| {
        s.contains(&format!("event {}/{n}", runs[0]))
    });
    tmux.keys(&["n"]);
    tmux.wait_for("one handle run", |s| {
        s.contains(&format!("event {}/{n}", runs[1]))
    });
    assert_eq!(quit_and_read_the_exit_code(&tmux), "0");
}

#[test]
fn lesson_19s_last_sentence_is_readable_at_80x24_through_the_pager() {
    let Some(tmux) = Tmux::start("pager", 80, 24) else {
        return;
    };
    let bin = env!("CARGO_BIN_EXE_coroviz");
    tmux.type_line(&format!(
        "clear; {bin} --paused scenarios/19-ctrl-c-cancel-all.toml"
    ));
    tmux.wait_for("the paused dashboard", |s| s.contains("PAUSED"));
    tmux.keys(&["L"]);
    tmux.wait_for("the lesson pager", |s| {
        s.contains("Lesson: Ctrl-C: cancel every task")
    });
    tmux.keys(&["End"]);
    let screen = tmux.wait_for("the lesson's last sentence", |s| {
        s.contains("it cancels the main task instead of raising.")
    });
    assert!(screen.contains("Esc closes"), "{screen}");
    // Esc closes the pager; the dashboard is back, still paused.
    tmux.keys(&["Escape"]);
    let screen = tmux.wait_for("the dashboard again", |s| s.contains("Tasks "));
    assert!(screen.contains("PAUSED"), "{screen}");
    quit_and_check_the_terminal(&tmux);
}

#[test]
fn ctrl_c_reaches_a_loop_less_generator_programs_handler_then_verify() {
    let Some(tmux) = Tmux::start("gen-ctrl-c", 100, 30) else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    // The program of tests/dashboard/gen_interrupt.py, without its scripted Ctrl-C: it
    // drives its generator for ever, a step every 20 ms, until a person presses Ctrl-C.
    let program = std::fs::read_to_string("tests/dashboard/gen_interrupt.py").expect("program");
    std::fs::write(dir.path().join("gens.py"), program).expect("write program");
    let scenario = dir.path().join("gens.toml");
    std::fs::write(
        &scenario,
        "title = \"Ctrl-C between generator steps\"\nabout = \"Press Ctrl-C.\"\n\
         source = \"gens.py\"\nstep_time = 0.02\n",
    )
    .expect("write scenario");
    let cvz = dir.path().join("gens.cvz");
    let bin = env!("CARGO_BIN_EXE_coroviz");
    tmux.type_line(&format!(
        "clear; {bin} record {} -o {}",
        scenario.display(),
        cvz.display()
    ));
    // Past its first step (a loaded machine may draw the row before the generator ran).
    tmux.wait_for("the generator running", |s| {
        s.contains("start") && row_says(s, "numbers", "suspended")
    });
    tmux.keys(&["C-c"]);
    let screen = tmux.wait_for("the handler's output", |s| {
        s.contains("KeyboardInterrupt caught, total")
    });
    assert!(screen.contains("Ctrl-C"), "{screen}");
    let screen = tmux.wait_for("the program to finish", |s| s.contains("FINISHED exit 0"));
    assert!(screen.contains("numbers() is GEN_SUSPENDED"), "{screen}");
    quit_recording(&tmux);
    // The Ctrl-C was recorded at the question it answered: re-running reproduces the run.
    let out = Command::new(bin)
        .args(["verify", &cvz.display().to_string()])
        .output()
        .expect("verify runs");
    assert!(out.status.success(), "{out:?}");
}

#[test]
fn n_steps_a_pool_one_thread_switch_at_a_time_then_verify() {
    let Some(tmux) = Tmux::start("pool", 120, 40) else {
        return;
    };
    let (_dir, cvz) = record_paused(&tmux, "tests/threads/2126_pool_queues_work.py", "pool.cvz");
    let bin = env!("CARGO_BIN_EXE_coroviz");
    // The first submit starts a worker: the dashboard stops as it takes the GIL.
    let screen = tmux.wait_for("the first worker about to run", |s| {
        s.contains("paused as ThreadPoolExecutor-0_0 takes the GIL")
    });
    assert!(
        row_says(&screen, "ThreadPoolExecutor-0_0", "running"),
        "{screen}"
    );
    assert!(row_says(&screen, "MainThread", "runnable"), "{screen}");
    assert!(screen.contains("Threads 2"), "{screen}");
    // One n: the worker runs until its sleep, and main takes the GIL back.
    tmux.keys(&["n"]);
    let screen = tmux.wait_for("main to get the GIL back", |s| {
        s.contains("paused as MainThread takes the GIL")
    });
    assert!(
        row_says(&screen, "ThreadPoolExecutor-0_0", "sleeping"),
        "{screen}"
    );
    assert!(screen.contains("time.sleep until 0.3s"), "{screen}");
    assert!(
        !screen.contains("ThreadPoolExecutor-0_1"),
        "the second worker is not started yet:\n{screen}"
    );
    // The next: main's second submit starts the second worker.
    tmux.keys(&["n"]);
    let screen = tmux.wait_for("the second worker about to run", |s| {
        s.contains("paused as ThreadPoolExecutor-0_1 takes the GIL")
    });
    assert!(
        row_says(&screen, "ThreadPoolExecutor-0_1", "running"),
        "{screen}"
    );
    tmux.keys(&["Space"]);
    let screen = tmux.wait_for("the program to finish", |s| s.contains("FINISHED exit 0"));
    assert!(screen.contains("D began at 0.2"), "{screen}");
    assert!(
        row_says(&screen, "ThreadPoolExecutor-0_1", "done"),
        "{screen}"
    );
    quit_recording(&tmux);
    let out = Command::new(bin)
        .args(["verify", &cvz.display().to_string()])
        .output()
        .expect("verify runs");
    assert!(out.status.success(), "{out:?}");
}
