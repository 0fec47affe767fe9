//! Nothing lost, nothing surprising: the binary never overwrites a file it was not told to
//! (nor ever its own input), bare `coroviz` says how to start, scripted actions that cannot
//! happen are warned about, a runaway slice ends as one (exit 4), not as a deadlock, and a
//! runaway allocation is the program's `MemoryError` (exit 1), not an abort.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use coroviz::app::State;
use coroviz::record::record_headless;
use coroviz::runtime::event::{EventKind, WarningKind};

fn coroviz_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_coroviz"))
        .args(args)
        .current_dir(dir)
        .env_remove("COROVIZ_LOG")
        .output()
        .expect("the coroviz binary runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const PROGRAM: &str = "\
import asyncio

async def main():
    await asyncio.sleep(1)
    print('done')

asyncio.run(main())
";

/// A directory holding `prog.py` and its headless recording `prog.cvz`.
fn recorded_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("prog.py"), PROGRAM).expect("write program");
    let o = coroviz_in(dir.path(), &["run", "prog.py", "--record", "prog.cvz"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    dir
}

#[test]
fn export_never_overwrites_a_file_without_force() {
    let dir = recorded_dir();
    let mine = dir.path().join("mine.py");
    let bytes = b"# my own work, not an export\n";
    fs::write(&mine, bytes).expect("write");
    for format in ["python", "svg", "perfetto", "asciicast"] {
        let o = coroviz_in(
            dir.path(),
            &["export", "prog.cvz", "-f", format, "-o", "mine.py"],
        );
        assert_eq!(o.status.code(), Some(2), "{format}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains("`mine.py` already exists") && err.contains("--force"),
            "{err}"
        );
        assert_eq!(
            fs::read(&mine).expect("read"),
            bytes,
            "{format}: file changed"
        );
    }
    // From a scenario too (recorded headless first): still refused, still unchanged.
    let o = coroviz_in(
        dir.path(),
        &["export", "prog.py", "-f", "svg", "-o", "mine.py"],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(fs::read(&mine).expect("read"), bytes);
    // No temporary file was left behind.
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["mine.py", "prog.cvz", "prog.py"]);
    // With --force it is replaced by the export.
    let o = coroviz_in(
        dir.path(),
        &[
            "export", "prog.cvz", "-f", "python", "-o", "mine.py", "--force",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let exported = fs::read_to_string(&mine).expect("read");
    assert!(exported.contains("asyncio.run(main())"), "{exported}");
}

#[test]
fn export_never_writes_over_its_own_input_even_with_force() {
    let dir = recorded_dir();
    let recording = fs::read(dir.path().join("prog.cvz")).expect("read");
    let program = fs::read(dir.path().join("prog.py")).expect("read");
    fs::create_dir(dir.path().join("sub")).expect("mkdir");
    let cases: &[&[&str]] = &[
        &["export", "prog.cvz", "-f", "python", "-o", "prog.cvz"],
        &[
            "export", "prog.cvz", "-f", "python", "-o", "prog.cvz", "--force",
        ],
        &[
            "export",
            "prog.cvz",
            "-f",
            "svg",
            "-o",
            "sub/../prog.cvz",
            "--force",
        ],
        &[
            "export",
            "./prog.cvz",
            "-f",
            "svg",
            "-o",
            "prog.cvz",
            "--force",
        ],
        &[
            "export", "prog.py", "-f", "python", "-o", "prog.py", "--force",
        ],
    ];
    for args in cases {
        let o = coroviz_in(dir.path(), args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("is what this command reads"),
            "{}",
            stderr(&o)
        );
    }
    assert_eq!(
        fs::read(dir.path().join("prog.cvz")).expect("read"),
        recording
    );
    assert_eq!(fs::read(dir.path().join("prog.py")).expect("read"), program);
    // Nor does a recording replace the program it runs.
    let o = coroviz_in(
        dir.path(),
        &["run", "prog.py", "--record", "prog.py", "--force"],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(fs::read(dir.path().join("prog.py")).expect("read"), program);
}

#[test]
fn bare_coroviz_prints_a_short_usage_naming_list() {
    let dir = tempfile::tempdir().expect("temp dir");
    let o = coroviz_in(dir.path(), &[]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("coroviz list"), "{err}");
    assert!(err.contains("coroviz FILE.cvz"), "{err}");
    assert!(err.lines().count() <= 12, "short: {err}");
}

#[test]
fn a_recording_given_as_file_opens_the_replay() {
    let dir = recorded_dir();
    // Without a terminal the replay says so (and so proves it was the replay that opened).
    let o = coroviz_in(dir.path(), &["prog.cvz"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("the replay needs a terminal"),
        "{}",
        stderr(&o)
    );
}

const SCRIPTED: &str = r#"
title = "scripted actions that cannot happen"
code = '''
import asyncio

async def work():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(work(), name="worker")
    await t
    await asyncio.sleep(1)
    print("main done")

asyncio.run(main())
'''

[[script]]
at = 0.5
do = "cancel"
task = "wrker"

[[script]]
at = 1.5
do = "cancel"
task = "worker"

[[script]]
at = 9
do = "interrupt"
"#;

#[test]
fn scripted_actions_that_cannot_happen_are_warned_on_stderr() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("s.toml"), SCRIPTED).expect("write");
    let o = coroviz_in(dir.path(), &["run", "s.toml"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "main done\n");
    let err = stderr(&o);
    let warnings: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("coroviz: warning: "))
        .collect();
    assert_eq!(warnings.len(), 3, "{err}");
    assert!(
        warnings[0].contains("cancel of `wrker` at 0.5 s did nothing: no pending task"),
        "{err}"
    );
    assert!(
        warnings[1].contains("cancel of `worker` at 1.5 s did nothing: it had already finished"),
        "{err}"
    );
    assert!(
        warnings[2].contains("interrupt (Ctrl-C) at 9 s never happened: the program ended at 2 s"),
        "{err}"
    );
}

#[test]
fn scripted_actions_that_cannot_happen_are_teaching_notes_in_the_dashboard() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("s.toml");
    fs::write(&path, SCRIPTED).expect("write");
    let s = coroviz::scenario::load(&path).expect("loads");
    let rec = std::thread::Builder::new()
        .stack_size(coroviz::cli::ENGINE_STACK)
        .spawn(move || record_headless(&s).expect("compiles"))
        .expect("engine thread")
        .join()
        .expect("engine ran");
    let missed = rec
        .events
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                EventKind::Warning {
                    warning: WarningKind::ScriptedActionMissed,
                    ..
                }
            )
        })
        .count();
    assert_eq!(missed, 3);
    let state = State::fold(rec.lesson(), &rec.events);
    let notes: Vec<&str> = state.teaching.iter().map(|t| t.text.as_str()).collect();
    assert!(
        notes
            .iter()
            .any(|n| n.contains("`wrker`") && n.contains("[[script]]")),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.contains("never happened")),
        "{notes:?}"
    );
}

#[test]
fn a_runaway_task_exits_4_and_is_not_called_done_or_deadlocked() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(
        dir.path().join("spin.py"),
        "import asyncio\n\nasync def spin():\n    while True:\n        pass\n\n\
         async def main():\n    t = asyncio.create_task(spin())\n    await asyncio.sleep(0.1)\n\n\
         asyncio.run(main())\n",
    )
    .expect("write");
    fs::write(
        dir.path().join("main_spins.py"),
        "import asyncio\n\nasync def main():\n    while True:\n        pass\n\nasyncio.run(main())\n",
    )
    .expect("write");
    for (file, func) in [("spin.py", "spin"), ("main_spins.py", "main")] {
        let o = coroviz_in(dir.path(), &["run", file, "--max-instructions", "100000"]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(4), "{file}: {err}");
        assert!(
            err.contains(&format!("instruction budget exhausted: {func} (")),
            "{file}: {err}"
        );
        assert!(
            !err.contains("done"),
            "{file}: a running coroutine is not done: {err}"
        );
        assert!(!err.contains("deadlock"), "{file}: {err}");
        assert!(!err.contains("destroyed"), "{file}: {err}");
    }
}

#[test]
fn a_cancel_by_asyncio_runs_ctrl_c_handler_is_not_by_you() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("c.toml");
    fs::write(
        &path,
        "title = \"ctrl-c\"\ncode = '''\nimport asyncio\n\nasync def main():\n    await asyncio.sleep(5)\n\nasyncio.run(main())\n'''\n\n[[script]]\nat = 1\ndo = \"interrupt\"\n",
    )
    .expect("write");
    let s = coroviz::scenario::load(&path).expect("loads");
    let rec = std::thread::Builder::new()
        .stack_size(coroviz::cli::ENGINE_STACK)
        .spawn(move || record_headless(&s).expect("compiles"))
        .expect("engine thread")
        .join()
        .expect("engine ran");
    let state = State::fold(rec.lesson(), &rec.events);
    let lines: Vec<String> = state.log.matching("").map(|l| l.text.clone()).collect();
    let cancel = lines
        .iter()
        .find(|l| l.starts_with("cancel Task-1 "))
        .unwrap_or_else(|| panic!("no cancel in the log: {lines:#?}"));
    assert!(cancel.contains("asyncio.run's Ctrl-C handler"), "{cancel}");
    assert!(!lines.iter().any(|l| l.contains("by you")), "{lines:#?}");
}

#[test]
fn help_says_what_force_does_and_how_the_dashboard_exits() {
    let dir = tempfile::tempdir().expect("temp dir");
    for command in ["record", "export"] {
        let o = coroviz_in(dir.path(), &[command, "--help"]);
        assert_eq!(o.status.code(), Some(0));
        let help = String::from_utf8_lossy(&o.stdout).into_owned();
        let output = help
            .split("-o, --output")
            .nth(1)
            .and_then(|rest| rest.split("\n\n").next())
            .unwrap_or_else(|| panic!("no -o in {command} --help:\n{help}"));
        assert!(
            output.contains("kept unless --force") && output.contains("never replaced"),
            "{command}: {output}"
        );
        assert!(
            !output.contains("created or replaced"),
            "{command}: {output}"
        );
    }
    let o = coroviz_in(dir.path(), &["record", "--help"]);
    let help = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        help.contains("exit with the same code when you quit") && help.contains("130"),
        "{help}"
    );
}

/// `x = x + x` for ever: past `--max-memory` the program gets CPython's `MemoryError`, with
/// its traceback, and exits 1; one that catches it goes on. A size coroviz cannot read is
/// refused before the run.
#[test]
fn a_runaway_allocation_raises_memory_error() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    fs::write(
        dir.path().join("grow.py"),
        "x = [0]\nwhile True:\n    x = x + x\n",
    )
    .expect("written");
    let o = coroviz_in(dir.path(), &["--max-memory", "64M", "run", "grow.py"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.ends_with("    x = x + x\n        ~~^~~\nMemoryError\n"),
        "{err}"
    );
    fs::write(
        dir.path().join("catch.py"),
        "try:\n    s = 'ab' * 10**12\nexcept MemoryError as e:\n    print('caught', repr(e))\n\
         try:\n    l = [0] * 10**15\nexcept MemoryError:\n    print('caught again')\n",
    )
    .expect("written");
    let o = coroviz_in(dir.path(), &["run", "catch.py"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "caught MemoryError()\ncaught again\n"
    );
    let o = coroviz_in(dir.path(), &["--max-memory", "lots", "run", "catch.py"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("`lots` is not a size"),
        "{}",
        stderr(&o)
    );
}
