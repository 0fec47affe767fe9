//! `coroviz export` checked by the programs that consume its output: `asciinema cat` plays the
//! cast, serde_json loads the trace as ui.perfetto.dev would need it, python3's XML parser and
//! `rsvg-convert` take the SVG, and CPython (with the virtual-clock oracle) runs the exported
//! program to the same output as `coroviz run`. A missing consumer is reported as a skip.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use coroviz::record::{record_headless, Recording};
use serde_json::Value;

#[allow(dead_code)] // each test crate uses its own part of the shared support module
mod support;

const GATHER: &str = "scenarios/gather.toml";
const CANCEL_CTRL_C: &str = "tests/exports/cancel_ctrl_c.toml";

fn coroviz(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_coroviz"))
        .args(args)
        .current_dir(support::repo_root())
        .env_remove("NO_COLOR")
        .output()
        .expect("coroviz starts")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs `coroviz export` and returns the output file's path; asserts it succeeded.
fn export(input: &Path, format: &str, out: &Path, extra: &[&str]) -> PathBuf {
    let mut args = vec![
        "export",
        input.to_str().expect("utf-8 path"),
        "-f",
        format,
        "-o",
        out.to_str().expect("utf-8 path"),
    ];
    args.extend(extra);
    let run = coroviz(&args);
    let stderr = text(&run.stderr);
    assert!(run.status.success(), "{args:?} failed: {stderr}");
    assert!(stderr.starts_with("wrote "), "summary on stderr: {stderr}");
    out.to_path_buf()
}

/// Records `scenario` headless and saves it as a `.cvz` in `dir` (what `run --record` writes).
fn recording(scenario: &str, dir: &Path) -> (PathBuf, Recording) {
    let s = coroviz::scenario::load(&support::repo_root().join(scenario)).expect("loads");
    let rec = std::thread::Builder::new()
        .stack_size(coroviz::cli::ENGINE_STACK)
        .spawn(move || record_headless(&s).expect("compiles"))
        .expect("engine thread")
        .join()
        .expect("engine ran");
    let mut lines = String::new();
    for r in rec.records() {
        lines.push_str(&serde_json::to_string(&r).expect("record as JSON"));
        lines.push('\n');
    }
    let path = dir.join("lesson.cvz");
    fs::write(&path, lines).expect("write recording");
    assert_eq!(coroviz::record::load(&path).expect("loads back"), rec);
    (path, rec)
}

fn on_path(tool: &str, arg: &str) -> bool {
    Command::new(tool)
        .arg(arg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn repo(path: &str) -> PathBuf {
    support::repo_root().join(path)
}

#[test]
fn asciicast_plays_in_asciinema() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (cvz, _) = recording(CANCEL_CTRL_C, dir.path());
    let casts = [
        export(&repo(GATHER), "asciicast", &dir.path().join("g.cast"), &[]),
        export(
            &cvz,
            "asciicast",
            &dir.path().join("c.cast"),
            &["--size", "100x30"],
        ),
    ];
    for cast in &casts {
        let first = fs::read_to_string(cast).expect("cast");
        let header: Value =
            serde_json::from_str(first.lines().next().expect("header")).expect("JSON header");
        assert_eq!(header["version"], 2);
    }
    if !on_path("asciinema", "--version") {
        println!("skipped: asciinema not installed (pip install asciinema)");
        return;
    }
    let cat = |cast: &Path| {
        let out = Command::new("asciinema")
            .arg("cat")
            .arg(cast)
            .output()
            .expect("asciinema runs");
        assert!(out.status.success(), "asciinema cat: {}", text(&out.stderr));
        text(&out.stdout)
    };
    let gather = cat(&casts[0]);
    assert!(gather.contains("gather: three workers"));
    assert!(gather.contains("medium"));
    assert!(gather.contains("ran to the end"));
    let cancel = cat(&casts[1]);
    assert!(cancel.contains("doomed"));
    assert!(cancel.contains("paused by the scenario: Both <workers>"));
    assert!(cancel.contains("KeyboardInterrupt"));
}

#[test]
fn perfetto_trace_has_tracks_instants_and_paired_flows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (cvz, _) = recording(CANCEL_CTRL_C, dir.path());
    let path = export(&cvz, "perfetto", &dir.path().join("t.json"), &[]);
    let doc: Value = serde_json::from_str(&fs::read_to_string(path).expect("read")).expect("JSON");
    let events = doc["traceEvents"].as_array().expect("traceEvents");
    for e in events {
        for field in ["name", "ph", "ts", "pid", "tid"] {
            assert!(e.get(field).is_some(), "{field} missing: {e}");
        }
        if e["ph"] == "X" {
            assert!(e["dur"].as_f64().is_some_and(|d| d >= 0.0), "{e}");
        }
    }
    let tracks: Vec<&str> = events
        .iter()
        .filter(|e| e["ph"] == "M" && e["name"] == "thread_name")
        .filter_map(|e| e["args"]["name"].as_str())
        .collect();
    for name in [
        "event loop",
        "short (worker)",
        "doomed (worker)",
        "Task-1 (main)",
    ] {
        assert!(tracks.contains(&name), "no track {name}: {tracks:?}");
    }
    let ids = |ph: &str| {
        let mut v: Vec<u64> = events
            .iter()
            .filter(|e| e["ph"] == ph)
            .filter_map(|e| e["id"].as_u64())
            .collect();
        v.sort_unstable();
        v
    };
    assert!(!ids("s").is_empty());
    assert_eq!(ids("s"), ids("f"), "every flow starts and ends once");
    let instant = |name: &str| {
        events
            .iter()
            .any(|e| e["ph"] == "i" && e["name"].as_str().is_some_and(|n| n.contains(name)))
    };
    assert!(instant("cancel requested"));
    assert!(instant("KeyboardInterrupt"));
    assert!(instant("timer fired"));
}

#[test]
fn svg_is_well_formed_and_renders() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (cvz, _) = recording(CANCEL_CTRL_C, dir.path());
    let svgs = [
        export(&repo(GATHER), "svg", &dir.path().join("g.svg"), &[]),
        export(&cvz, "svg", &dir.path().join("c.svg"), &[]),
    ];
    let body = fs::read_to_string(&svgs[1]).expect("read");
    assert!(body.contains("Ctrl-C") && body.contains("cancel() on doomed"));
    if !support::python3_available() {
        println!("skipped: python3 not installed, the SVG was not parsed");
    } else {
        for svg in &svgs {
            let parse = "import sys, xml.etree.ElementTree as E; \
                         r = E.parse(sys.argv[1]).getroot(); \
                         print(r.tag, len(r.findall('.//{http://www.w3.org/2000/svg}rect')))";
            let out = Command::new("python3")
                .args(["-c", parse])
                .arg(svg)
                .output()
                .expect("python3 runs");
            assert!(
                out.status.success(),
                "not well-formed: {}",
                text(&out.stderr)
            );
            let stdout = text(&out.stdout);
            assert!(
                stdout.starts_with("{http://www.w3.org/2000/svg}svg "),
                "{stdout}"
            );
        }
    }
    if !on_path("rsvg-convert", "--version") {
        println!("skipped: rsvg-convert not installed (apt-get install librsvg2-bin)");
        return;
    }
    for svg in &svgs {
        let png = svg.with_extension("png");
        let out = Command::new("rsvg-convert")
            .arg(svg)
            .arg("-o")
            .arg(&png)
            .output()
            .expect("rsvg-convert runs");
        assert!(out.status.success(), "rsvg-convert: {}", text(&out.stderr));
        let bytes = fs::read(&png).expect("png");
        assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.len() > 1000);
    }
}

#[test]
fn python_export_runs_under_cpython_like_coroviz_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (cvz, _) = recording(CANCEL_CTRL_C, dir.path());
    let gather = export(&repo(GATHER), "python", &dir.path().join("gather.py"), &[]);
    let cancel = export(&cvz, "python", &dir.path().join("cancel.py"), &[]);
    let listing = fs::read_to_string(&cancel).expect("read");
    assert!(listing.contains("# Cancel <one> & Ctrl-C \"the rest\"\n"));
    assert!(listing.contains("at t=2: Ctrl-C (KeyboardInterrupt)"));
    if !support::python3_available() {
        println!("skipped: python3 not installed, the exported program was not run");
        return;
    }
    // The scenario's script, as the oracle takes it: what plain Python cannot replay.
    let script = r#"[{"at": 0.5, "do": "cancel", "task": "doomed"},
                     {"at": 1.5, "do": "pause"}, {"at": 2.0, "do": "interrupt"}]"#;
    for (program, scenario, script) in [
        (gather, GATHER, None),
        (cancel, CANCEL_CTRL_C, Some(script)),
    ] {
        let python = support::oracle_command(&program, script)
            .output()
            .expect("python3 runs");
        let ours = coroviz(&["run", scenario]);
        assert_eq!(python.status.code(), ours.status.code(), "{scenario}");
        assert_eq!(text(&python.stdout), text(&ours.stdout), "{scenario}");
        assert!(!text(&ours.stdout).is_empty());
    }
}

#[test]
fn stdout_output_and_no_color() {
    let run = coroviz(&["export", GATHER, "-f", "asciicast", "-o", "-", "--no-color"]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let cast = text(&run.stdout);
    assert!(cast.starts_with("{\"version\":2,"));
    assert!(cast.contains("gather: three workers"));
    assert!(
        !cast.contains("[0;36m") && !cast.contains(";90m"),
        "no colour codes"
    );
    assert!(text(&run.stderr).starts_with("wrote -: "));
}

#[test]
fn errors_name_the_problem_and_leave_no_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (cvz, _) = recording(GATHER, dir.path());
    let mut damaged = support::recording_text(&cvz);
    damaged.insert_str(damaged.find('\n').expect("lines") + 1, "{\"event\": 17}\n");
    let bad = dir.path().join("damaged.cvz");
    fs::write(&bad, damaged).expect("write");
    let out = dir.path().join("out.svg");
    let run = coroviz(&[
        "export",
        bad.to_str().unwrap(),
        "-f",
        "svg",
        "-o",
        out.to_str().unwrap(),
    ]);
    let stderr = text(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.starts_with("coroviz: error: "), "{stderr}");
    assert!(
        stderr.contains("damaged.cvz:2:"),
        "names file and line: {stderr}"
    );

    let unsupported = dir.path().join("nope.py");
    fs::write(&unsupported, "import tkinter\n").expect("write");
    let run = coroviz(&[
        "export",
        unsupported.to_str().unwrap(),
        "-f",
        "svg",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(
        text(&run.stderr).contains("nope.py:1:"),
        "{}",
        text(&run.stderr)
    );

    let missing = dir.path().join("no-such-dir").join("out.svg");
    let run = coroviz(&[
        "export",
        GATHER,
        "-f",
        "svg",
        "-o",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(
        text(&run.stderr).contains("out.svg"),
        "{}",
        text(&run.stderr)
    );

    let run = coroviz(&[
        "export",
        GATHER,
        "-f",
        "asciicast",
        "-o",
        "x.cast",
        "--size",
        "20x5",
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(text(&run.stderr).contains("too small"));

    let left: Vec<_> = fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !left
            .iter()
            .any(|n| n.starts_with("out") || n.ends_with(".tmp")),
        "{left:?}"
    );
}

/// Lesson 3: generators alone, no task, a clock that never moves.
const GENERATORS_ALONE: &str = "scenarios/03-yield-and-send.toml";

#[test]
fn a_program_of_generators_alone_exports_its_generator_lanes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (cvz, _) = recording(GENERATORS_ALONE, dir.path());

    // SVG: one lane for the generator, over its operations, not "no tasks".
    let svg =
        fs::read_to_string(export(&cvz, "svg", &dir.path().join("g.svg"), &[])).expect("read svg");
    assert!(!svg.contains("no tasks"), "{svg}");
    assert!(svg.contains("<title>foo (generator)</title>"), "{svg}");
    assert!(svg.contains("generator operation"), "{svg}");
    // next, next, send(10), send(None) ran it (send(None) is next): a step bar each.
    assert!(
        svg.matches("<title>foo ran at t=").count() >= 4,
        "step bars:\n{svg}"
    );

    // Perfetto: a track for the generator with a slice per operation.
    let trace = export(&cvz, "perfetto", &dir.path().join("g.json"), &[]);
    let doc: Value = serde_json::from_str(&fs::read_to_string(trace).expect("read")).expect("JSON");
    let events = doc["traceEvents"].as_array().expect("events");
    let track = events
        .iter()
        .find(|e| e["name"] == "thread_name" && e["args"]["name"] == "foo (generator)")
        .expect("a track named for the generator");
    let tid = track["tid"].clone();
    let slices: Vec<&str> = events
        .iter()
        .filter(|e| e["ph"] == "X" && e["tid"] == tid)
        .filter_map(|e| e["name"].as_str())
        .collect();
    assert_eq!(
        slices,
        [
            "next() → yielded 4",
            "next() → yielded 4",
            "send(10) → yielded 4",
            "next() → yielded 4",
            "close() → raised GeneratorExit()"
        ]
        .map(|s| s.to_string()),
        "{slices:?}"
    );

    // asciicast: a frame per generator operation, not two.
    let cast = fs::read_to_string(export(&cvz, "asciicast", &dir.path().join("g.cast"), &[]))
        .expect("read cast");
    let frames = cast.lines().skip(1).count();
    assert!(frames >= 6, "{frames} frames:\n{cast}");
}
