//! The `coroviz` binary at its edges: help text, exit codes, and errors that name the file.
//! (Program output is asserted once the engine runs Python; see the differential tests.)

use std::path::Path;
use std::process::{Command, Output};

fn coroviz(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_coroviz"))
        .args(args)
        .env_remove("COROVIZ_LOG")
        .output()
        .expect("the coroviz binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn assert_lists_exit_codes(help: &str) {
    assert!(help.contains("Exit codes:"), "{help}");
    for line in ["  0 ", "  1 ", "  2 ", "  3 ", "  4 ", "  130 "] {
        assert!(help.contains(line), "no exit code {line:?} in:\n{help}");
    }
    assert!(
        help.contains("deadlock") && help.contains("KeyboardInterrupt"),
        "{help}"
    );
}

#[test]
fn help_lists_the_exit_codes() {
    let o = coroviz(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
    assert_lists_exit_codes(&stdout(&o));
}

#[test]
fn run_help_lists_the_exit_codes_and_says_time_is_virtual() {
    let o = coroviz(&["run", "--help"]);
    assert_eq!(o.status.code(), Some(0));
    let help = stdout(&o);
    assert_lists_exit_codes(&help);
    assert!(help.contains("virtual"), "{help}");
    assert!(
        help.contains("asyncio.sleep(5)` costs no wall time"),
        "{help}"
    );
    assert!(
        help.contains("--trace") && help.contains("--max-instructions"),
        "{help}"
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["run"],
        &["run", "x.py", "--max-instructions", "0"],
        &["run", "x.py", "--bogus"],
    ] {
        let o = coroviz(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn a_missing_file_exits_2_naming_the_path() {
    for args in [
        &["run", "no/such/lesson.toml"][..],
        &["no/such/lesson.toml"],
    ] {
        let o = coroviz(args);
        assert_eq!(o.status.code(), Some(2));
        let err = stderr(&o);
        assert!(
            err.contains("coroviz: error: cannot read `no/such/lesson.toml`"),
            "{err}"
        );
    }
}

#[test]
fn a_bad_toml_exits_2_with_file_line_and_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.toml");
    std::fs::write(&path, "title = \"t\"\ncode = 'pass'\nspede = 2\n").unwrap();
    let o = coroviz(&["run", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    let headline = format!("{}:3:1: error: unknown field `spede`", path.display());
    assert!(err.starts_with(&headline), "{err}");
    assert!(err.contains("3 | spede = 2"), "{err}");
}

#[test]
fn an_uncreatable_trace_file_exits_2_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let program = dir.path().join("p.py");
    std::fs::write(&program, "print('hi')\n").unwrap();
    let trace = dir.path().join("missing-dir").join("t.jsonl");
    let o = coroviz(&[
        "run",
        program.to_str().unwrap(),
        "--trace",
        trace.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "coroviz: error: cannot create trace file `{}`",
            trace.display()
        )),
        "{err}"
    );
}

#[test]
fn the_trace_file_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let program = dir.path().join("p.py");
    std::fs::write(&program, "print('hi')\n").unwrap();
    let trace = dir.path().join("t.jsonl");
    coroviz(&[
        "run",
        program.to_str().unwrap(),
        "--trace",
        trace.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(&trace).expect("trace file exists");
    for line in text.lines() {
        serde_json::from_str::<coroviz::runtime::event::Event>(line).expect("one event per line");
    }
}

#[test]
fn an_unopenable_log_file_exits_2_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("missing-dir").join("coroviz.log");
    let o = coroviz(&["--log", log.to_str().unwrap(), "run", "whatever.py"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(&format!("cannot open log file `{}`", log.display())),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_dashboard_needs_a_terminal_and_says_to_use_run() {
    // Output is captured here, so stdout is a pipe, not a terminal.
    let o = coroviz(&["scenarios/gather.toml"]);
    let err = stderr(&o);
    assert!(err.contains("the dashboard needs a terminal"), "{err}");
    assert!(err.contains("coroviz run scenarios/gather.toml"), "{err}");
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).is_empty(), "no escape codes on a pipe");
}

#[test]
fn the_dashboard_reports_a_missing_file_before_anything_else() {
    let o = coroviz(&["no/such/lesson.toml"]);
    let err = stderr(&o);
    assert!(err.contains("no/such/lesson.toml"), "{err}");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn logs_go_to_the_log_file_not_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let program = dir.path().join("p.py");
    std::fs::write(&program, "").unwrap();
    let log = dir.path().join("coroviz.log");
    let o = Command::new(env!("CARGO_BIN_EXE_coroviz"))
        .args(["run", program.to_str().unwrap()])
        .env("COROVIZ_LOG", &log)
        .env("RUST_LOG", "info")
        .output()
        .unwrap();
    assert!(Path::new(&log).exists(), "COROVIZ_LOG names the log file");
    let logged = std::fs::read_to_string(&log).unwrap();
    assert!(logged.contains("scenario loaded"), "{logged}");
    assert!(!stderr(&o).contains("scenario loaded") && !stdout(&o).contains("scenario loaded"));
}

/// `coroviz ARGS` run in `dir`.
fn coroviz_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_coroviz"))
        .args(args)
        .current_dir(dir)
        .env_remove("COROVIZ_LOG")
        .output()
        .expect("the coroviz binary runs")
}

#[test]
fn list_prints_the_lessons_in_course_order_with_titles() {
    let dir = tempfile::tempdir().unwrap();
    let o = coroviz_in(dir.path(), &["list"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("`coroviz lesson NAME`") && out.contains("`coroviz run NAME`"));
    let names: Vec<&str> = out
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.is_empty())
        .skip(2)
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    let expected: Vec<&str> = coroviz::lessons::LESSONS.iter().map(|l| l.name).collect();
    assert_eq!(names, expected, "{out}");
    assert!(
        out.contains("03-yield-and-send        yield and send\n    yield hands a value out"),
        "{out}"
    );
    assert!(
        out.contains("19-ctrl-c-cancel-all     Ctrl-C: cancel every task"),
        "{out}"
    );
}

#[test]
fn a_lesson_runs_headless_by_name_topic_or_number_from_any_directory() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["03-yield-and-send", "yield-and-send", "3"] {
        let o = coroviz_in(dir.path(), &["run", name]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
        assert!(
            stdout(&o).starts_with("starting...\n4\n********************\nres: None\n4\n"),
            "{name}: {}",
            stdout(&o)
        );
    }
    // The scripted Ctrl-C of a lesson is part of the embedded scenario.
    let o = coroviz_in(dir.path(), &["run", "19"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("KeyboardInterrupt after 2.5 s\nTask-3 cancel() -> True\n"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn a_lesson_name_works_for_export_too() {
    let dir = tempfile::tempdir().unwrap();
    let o = coroviz_in(
        dir.path(),
        &["export", "17-await-sleep", "-f", "python", "-o", "-"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains(coroviz::lessons::find("17").unwrap().source),
        "{}",
        stdout(&o)
    );
}

#[test]
fn an_unknown_lesson_exits_2_with_close_matches() {
    let dir = tempfile::tempdir().unwrap();
    for args in [&["lesson", "ctrl-c"][..], &["run", "ctrl-c"], &["ctrl-c"]] {
        let o = coroviz_in(dir.path(), args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(
            err.starts_with(
                "coroviz: error: no lesson named `ctrl-c`; did you mean `19-ctrl-c-cancel-all`?"
            ),
            "{args:?}: {err}"
        );
        assert!(err.contains("`coroviz list`"), "{err}");
        assert!(stdout(&o).is_empty());
    }
    let o = coroviz_in(dir.path(), &["lesson", "yield-and-sned"]);
    assert!(
        stderr(&o).contains("did you mean `03-yield-and-send`?"),
        "{}",
        stderr(&o)
    );
    let o = coroviz_in(dir.path(), &["lesson", "zzzzzzzzzz"]);
    let err = stderr(&o);
    assert!(
        err.contains("no lesson named `zzzzzzzzzz` (`coroviz list`"),
        "{err}"
    );
}

#[test]
fn a_lesson_in_the_dashboard_needs_a_terminal_and_says_how_to_run_it() {
    let dir = tempfile::tempdir().unwrap();
    let o = coroviz_in(dir.path(), &["lesson", "13", "--paused"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("the dashboard needs a terminal"), "{err}");
    assert!(err.contains("use `coroviz run 13-hello-asyncio`"), "{err}");
}

#[test]
fn a_deadlock_names_the_stuck_tasks_their_lines_and_what_they_wait_on() {
    let o = coroviz(&["run", "tests/dashboard/deadlock.py"]);
    assert_eq!(o.status.code(), Some(3), "{o:?}");
    let err = stderr(&o);
    let expected = "coroviz: deadlock: these tasks wait for ever:\n\
                    \x20 Task-1 (main) at line 17 → gather(2) of Task-2, Task-3\n\
                    \x20 Task-2 (worker) at line 10 → Lock-2 (line 15) held by Task-3\n\
                    \x20 Task-3 (worker) at line 10 → Lock-1 (line 15) held by Task-2\n\
                    coroviz: deadlock: nothing is ready, no timer is set, and the loop is still waiting\n";
    assert_eq!(err, expected);
    // CPython hangs there: asyncio.run's clean-up (which would run the `finally`) never comes.
    assert_eq!(
        stdout(&o),
        "alice holds its first lock\nbob holds its first lock\n"
    );
}

#[test]
fn a_deadlock_on_a_queue_an_event_and_a_future_says_why_each_never_comes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let program = dir.path().join("stuck.py");
    std::fs::write(
        &program,
        "import asyncio\n\
         \n\
         async def main():\n\
         \x20   q = asyncio.Queue()\n\
         \x20   ev = asyncio.Event()\n\
         \x20   fut = asyncio.get_running_loop().create_future()\n\
         \x20   getter = asyncio.create_task(q.get())\n\
         \x20   setter = asyncio.create_task(ev.wait())\n\
         \x20   await fut\n\
         \n\
         asyncio.run(main())\n",
    )
    .expect("write program");
    let o = coroviz(&["run", program.to_str().expect("utf-8 path")]);
    assert_eq!(o.status.code(), Some(3), "{o:?}");
    let err = stderr(&o);
    for line in [
        "  Task-1 (main) at line 9 → Future-1, nobody completes it\n",
        "  Task-2 (Queue.get) → Queue-1 (line 4) empty, no task puts to it\n",
        "  Task-3 (Event.wait) → Event-2 (line 5), nobody sets it\n",
    ] {
        assert!(err.contains(line), "{line:?} missing from:\n{err}");
    }
}

#[test]
fn a_scripted_ctrl_c_reaches_a_program_of_generators_alone() {
    let o = coroviz(&["run", "tests/dashboard/gen_interrupt.toml"]);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    assert_eq!(
        stdout(&o),
        "start\nKeyboardInterrupt caught, total 0\nnumbers() is GEN_CREATED\n"
    );
}

#[test]
fn an_unhandled_ctrl_c_outside_a_loop_exits_130_with_the_traceback() {
    let o = coroviz(&["run", "tests/dashboard/gen_interrupt_unhandled.toml"]);
    assert_eq!(o.status.code(), Some(130), "{o:?}");
    assert_eq!(stdout(&o), "start\n");
    let err = stderr(&o);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(err.contains(", line 13, in drive\n    next(g)\n"), "{err}");
    assert_eq!(err.lines().last(), Some("KeyboardInterrupt"), "{err}");
}
