//! Recordings through the binary: `run --record`, `verify`, and what bad files get.

use std::path::Path;
use std::process::{Command, Output};

#[allow(dead_code)] // each test crate uses its own part of the shared support module
mod support;

use support::recording_text;

fn coroviz(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_coroviz"))
        .args(args)
        .env_remove("COROVIZ_LOG")
        .output()
        .expect("the coroviz binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Records `scenario` headless into `dir`; returns the recording's path.
fn record(dir: &Path, scenario: &str) -> std::path::PathBuf {
    let out = dir.join("r.cvz");
    let o = coroviz(&["run", scenario, "--record", out.to_str().unwrap()]);
    assert!(o.status.code().is_some(), "{o:?}");
    assert!(out.exists());
    out
}

#[test]
fn run_record_writes_a_recording_that_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let path = record(dir.path(), "scenarios/gather.toml");
    let body = recording_text(&path);
    let first = body.lines().next().unwrap();
    assert!(
        first.starts_with("{\"header\":{\"format\":\"coroviz-recording\""),
        "{first}"
    );
    assert!(
        body.contains("async def worker(name, delay):"),
        "the source is embedded"
    );
    assert!(body.lines().last().unwrap().starts_with("{\"end\":"));

    let o = coroviz(&["verify", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let said = text(&o.stdout);
    assert!(
        said.contains("verified") && said.contains("events"),
        "{said}"
    );
}

/// A loop callback's arguments appear in its label without memory addresses, which differ
/// between the recorded run and its re-execution: the recording verifies.
#[test]
fn a_callback_with_an_object_argument_records_and_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let program = dir.path().join("box.py");
    std::fs::write(
        &program,
        "import asyncio\nclass Box:\n    pass\ndef show(box):\n    print('called')\n\
         async def main():\n    asyncio.get_running_loop().call_soon(show, Box())\n\
         \x20   await asyncio.sleep(0)\nasyncio.run(main())\n",
    )
    .unwrap();
    let path = record(dir.path(), program.to_str().unwrap());
    let body = recording_text(&path);
    assert!(
        body.contains(r#""callback":"show(<__main__.Box object>)""#),
        "{body}"
    );
    let o = coroviz(&["verify", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
}

#[test]
fn scripted_cancel_and_ctrl_c_verify_and_a_tampered_event_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = dir.path().join("s.toml");
    std::fs::write(
        &scenario,
        r#"title = "cancel then Ctrl-C"
code = '''
import asyncio

async def worker(n):
    try:
        await asyncio.sleep(10)
    finally:
        print("worker", n, "cleans up")

async def main():
    await asyncio.gather(worker(1), worker(2), return_exceptions=True)

asyncio.run(main())
'''

[[script]]
at = 1.0
do = "cancel"
task = "Task-2"

[[script]]
at = 2.0
do = "interrupt"
"#,
    )
    .unwrap();
    let path = record(dir.path(), scenario.to_str().unwrap());
    let o = coroviz(&["verify", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));

    // Change what one event says: verify names that event and its line.
    let body = recording_text(&path);
    let lines: Vec<&str> = body.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("worker 2 cleans up"))
        .expect("the cancelled worker's clean-up is recorded");
    let mut tampered: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    tampered[at] = tampered[at].replace("worker 2 cleans up", "worker 2 cleans UP");
    std::fs::write(&path, tampered.join("\n") + "\n").unwrap();
    let o = coroviz(&["verify", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(
        err.contains(&format!("(line {})", at + 1)) && err.contains("differs"),
        "{err}"
    );
    assert!(
        err.contains("cleans UP") && err.contains("cleans up"),
        "{err}"
    );
}

#[test]
fn a_cut_recording_verifies_as_far_as_it_goes_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = record(dir.path(), "scenarios/gather.toml");
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() * 2 / 3]).unwrap();
    let o = coroviz(&["verify", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("cut off"), "{}", text(&o.stdout));
}

#[test]
fn bad_recordings_exit_2_naming_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = record(dir.path(), "scenarios/gather.toml");
    let p = path.to_str().unwrap();
    let body = recording_text(&path);
    let mut lines: Vec<&str> = body.lines().collect();
    lines[3] = "{\"event\":{\"t\":\"soon\"}}";
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let o = coroviz(&["verify", p]);
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(err.contains(&format!("{p}:4: damaged recording")), "{err}");

    std::fs::write(&path, "not json\n").unwrap();
    let o = coroviz(&["verify", p]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("is not a coroviz recording"));

    let missing = dir.path().join("missing.cvz");
    let o = coroviz(&["verify", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("missing.cvz"));
}

#[test]
fn record_needs_a_terminal_and_an_output() {
    let o = coroviz(&["record", "scenarios/gather.toml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("--output"), "{}", text(&o.stderr));

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.cvz");
    let o = coroviz(&[
        "record",
        "scenarios/gather.toml",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("needs a terminal"),
        "{}",
        text(&o.stderr)
    );
    assert!(!out.exists(), "no recording is started without a dashboard");
}

#[test]
fn a_recording_killed_mid_run_loads_up_to_its_last_whole_line() {
    let dir = tempfile::tempdir().unwrap();
    let program = dir.path().join("forever.py");
    std::fs::write(
        &program,
        "import asyncio\n\nasync def main():\n    n = 0\n    while True:\n        n += 1\n        if n % 1000 == 0:\n            print(n)\n        await asyncio.sleep(0)\n\nasyncio.run(main())\n",
    )
    .unwrap();
    let cvz = dir.path().join("killed.cvz");
    let mut child = Command::new(env!("CARGO_BIN_EXE_coroviz"))
        .args(["run", program.to_str().unwrap(), "--record"])
        .arg(&cvz)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait (polling, no time limit on coroviz) until a good part is on disk, then kill -9.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while std::fs::metadata(&cvz).map(|m| m.len()).unwrap_or(0) < 2_000_000 {
        assert!(
            std::time::Instant::now() < deadline,
            "the recording did not grow"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();

    let rec = coroviz::record::load(&cvz).expect("a killed recording still loads");
    assert!(rec.truncated());
    assert!(rec.events.len() > 10_000, "{}", rec.events.len());
    let o = coroviz(&["verify", cvz.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("cut off"), "{}", text(&o.stdout));
}

#[test]
fn an_existing_recording_is_never_replaced_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = record(dir.path(), "scenarios/gather.toml");
    let before = std::fs::read(&path).unwrap();
    let p = path.to_str().unwrap();
    let o = coroviz(&["run", "tests/golden/sleep0.py", "--record", p]);
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(err.contains(p) && err.contains("--force"), "{err}");
    assert!(o.stdout.is_empty(), "nothing ran");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the old recording is intact"
    );

    let o = coroviz(&["run", "tests/golden/sleep0.py", "--record", p, "--force"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert_ne!(std::fs::read(&path).unwrap(), before);
}

/// Every event kind must read back as it was written: each bundled lesson and each golden
/// program (cancels from inside tasks, locks, Ctrl-C, generators) records and verifies.
#[test]
fn every_lesson_and_golden_program_records_and_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for (folder, exts) in [
        ("scenarios", &["toml"][..]),
        ("tests/golden", &["py", "toml"]),
    ] {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path
                .extension()
                .is_some_and(|e| exts.iter().any(|x| e == *x))
            {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(files.len() > 20, "{files:?}");
    for (i, file) in files.iter().enumerate() {
        let path = dir.path().join(format!("{i}.cvz"));
        let o = coroviz(&[
            "run",
            file.to_str().unwrap(),
            "--record",
            path.to_str().unwrap(),
        ]);
        assert!(o.status.code().is_some() && path.exists(), "{o:?}");
        let o = coroviz(&["verify", path.to_str().unwrap()]);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}: {}{}",
            file.display(),
            text(&o.stdout),
            text(&o.stderr)
        );
    }
}
