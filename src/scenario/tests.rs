//! Every way a scenario can be wrong names the file, line and key; the happy paths load as written.

use super::*;
use crate::runtime::engine::Action;

const FILE: &str = "lessons/x.toml";

fn parse(text: &str) -> Result<Scenario, ScenarioError> {
    schema::parse(Path::new(FILE), text, schema::Files::Disk)
}

/// The diagnostic for `text`, which must be rejected.
fn rejected(text: &str) -> Diagnostic {
    match parse(text) {
        Ok(s) => panic!("accepted: {s:?}"),
        Err(ScenarioError::Invalid(d)) => *d,
        Err(e) => panic!("not a diagnostic: {e}"),
    }
}

/// Asserts the error is at `line:col` of the TOML file and its message mentions `needle`.
fn assert_rejected(text: &str, line: u32, col: u32, needle: &str) -> Diagnostic {
    let d = rejected(text);
    assert_eq!(d.file, FILE);
    assert_eq!((d.line, d.col), (line, col), "{d}");
    assert!(
        d.message.contains(needle),
        "{:?} lacks {needle:?}",
        d.message
    );
    assert!(d
        .to_string()
        .starts_with(&format!("{FILE}:{line}:{col}: error: ")));
    d
}

// ---- unknown keys ----

#[test]
fn unknown_top_level_key_names_key_line_and_the_valid_keys() {
    let d = assert_rejected(
        "title = \"t\"\ncode = 'pass'\n\nspede = 2\n",
        4,
        1,
        "unknown field `spede`",
    );
    assert!(d.message.contains("`speed`"), "{}", d.message);
    let shown = d.to_string();
    assert!(shown.contains("4 | spede = 2"), "{shown}");
    assert!(shown.ends_with("| ^^^^^"), "{shown}");
}

#[test]
fn unknown_key_in_script_table() {
    let text = "code = 'pass'\n[[script]]\nat = 1\ndo = \"pause\"\nwhen = 2\n";
    let d = assert_rejected(text, 5, 1, "unknown field `when`");
    assert!(
        d.message.contains("`at`, `do`, `task`, `note`"),
        "{}",
        d.message
    );
}

#[test]
fn unknown_key_in_network_table() {
    let text = "code = 'pass'\n[network.\"http://a.test/\"]\nlatncy = 1\n";
    assert_rejected(text, 3, 1, "unknown field `latncy`");
}

// ---- TOML syntax and types ----

#[test]
fn toml_syntax_error_has_position() {
    let d = assert_rejected("code = 'pass'\ntitle = \n", 2, 9, "invalid string");
    assert!(
        !d.message.contains('\n'),
        "headline stays on one line: {:?}",
        d.message
    );
}

#[test]
fn duplicate_key() {
    assert_rejected(
        "code = 'pass'\ntitle = \"a\"\ntitle = \"b\"\n",
        3,
        1,
        "duplicate key `title`",
    );
}

#[test]
fn wrong_type_for_string_key() {
    assert_rejected("code = 'pass'\ntitle = 3\n", 2, 9, "expected a string");
}

#[test]
fn unknown_clock() {
    assert_rejected(
        "code = 'pass'\nclock = \"fast\"\n",
        2,
        9,
        "unknown variant `fast`, expected `virtual` or `real`",
    );
}

// ---- speed ----

#[test]
fn speed_must_be_positive_and_finite() {
    for bad in ["0", "-1.5", "nan", "inf", "\"fast\""] {
        let d = assert_rejected(
            &format!("code = 'pass'\nspeed = {bad}\n"),
            2,
            9,
            "`speed` must be a number greater than 0",
        );
        assert!(
            d.message.ends_with(&format!("not `{bad}`")),
            "{}",
            d.message
        );
    }
}

#[test]
fn step_time_is_seconds_from_0_to_10_and_defaults_to_0() {
    for bad in ["-0.5", "11", "nan", "\"slow\""] {
        assert_rejected(
            &format!("code = 'pass'\nstep_time = {bad}\n"),
            2,
            13,
            "`step_time` must be a number of seconds from 0 to 10",
        );
    }
    let s = parse("code = 'pass'\nstep_time = 0.5\n").unwrap();
    assert_eq!(s.step_time, 0.5);
}

// ---- source / code ----

#[test]
fn source_and_code_together_are_rejected_at_code() {
    assert_rejected(
        "source = \"a.py\"\ncode = 'pass'\n",
        2,
        8,
        "either `source` or `code`, not both",
    );
}

#[test]
fn a_scenario_needs_a_program() {
    let d = assert_rejected("title = \"t\"\n", 1, 1, "no program");
    assert!(d.help.as_deref().is_some_and(|h| h.contains("source = ")));
}

#[test]
fn empty_source_is_rejected() {
    assert_rejected("title = \"t\"\nsource = \"\"\n", 2, 10, "`source` is empty");
}

#[test]
fn missing_source_file_points_at_the_source_key() {
    let d = assert_rejected(
        "title = \"t\"\nsource = \"nope.py\"\n",
        2,
        10,
        "cannot read `lessons/nope.py`",
    );
    assert_eq!(d.width, "\"nope.py\"".len() as u32);
}

#[test]
fn non_utf8_source_file_names_the_python_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.py"), b"print(1)\nx = '\xff'\n").unwrap();
    let toml_path = dir.path().join("s.toml");
    std::fs::write(&toml_path, "source = \"bad.py\"\n").unwrap();
    let d = match load(&toml_path) {
        Err(ScenarioError::Invalid(d)) => d,
        other => panic!("{other:?}"),
    };
    assert!(d.file.ends_with("bad.py"), "{}", d.file);
    assert_eq!((d.line, d.col), (2, 6));
    assert!(d.message.contains("not valid UTF-8"));
}

// ---- script ----

#[test]
fn script_at_must_be_a_non_negative_time() {
    for bad in ["-1", "nan", "\"soon\""] {
        let text = format!("code = 'pass'\n[[script]]\nat = {bad}\ndo = \"interrupt\"\n");
        assert_rejected(&text, 3, 6, "`at` must be a time in seconds, 0 or more");
    }
}

#[test]
fn script_needs_at_and_do() {
    assert_rejected(
        "code = 'pass'\n[[script]]\ndo = \"interrupt\"\n",
        2,
        1,
        "missing field `at`",
    );
    assert_rejected(
        "code = 'pass'\n[[script]]\nat = 1\n",
        2,
        1,
        "missing field `do`",
    );
}

#[test]
fn unknown_action() {
    let text = "code = 'pass'\n[[script]]\nat = 1\ndo = \"kill\"\n";
    assert_rejected(
        text,
        4,
        6,
        "unknown action `kill`, expected one of `cancel`, `interrupt`, `pause`",
    );
}

#[test]
fn cancel_needs_a_task() {
    let text = "code = 'pass'\n[[script]]\nat = 1\ndo = \"cancel\"\n";
    assert_rejected(text, 4, 6, "`do = \"cancel\"` needs `task");
    let text = "code = 'pass'\n[[script]]\nat = 1\ndo = \"cancel\"\ntask = \"\"\n";
    assert_rejected(text, 5, 8, "`task` is empty");
}

#[test]
fn keys_that_do_not_apply_to_the_action_are_rejected() {
    let text = "code = 'pass'\n[[script]]\nat = 1\ndo = \"interrupt\"\ntask = \"Task-2\"\n";
    assert_rejected(text, 5, 8, "`task` only applies to `do = \"cancel\"`");
    let text =
        "code = 'pass'\n[[script]]\nat = 1\ndo = \"cancel\"\ntask = \"Task-2\"\nnote = \"hi\"\n";
    assert_rejected(text, 6, 8, "`note` only applies to `do = \"pause\"`");
}

// ---- network ----

#[test]
fn network_host_must_be_an_http_url() {
    assert_rejected(
        "code = 'pass'\n[network.\"example.org\"]\n",
        2,
        10,
        "must be a URL starting with `http://`",
    );
}

#[test]
fn network_latency_and_status_are_checked() {
    let host = "code = 'pass'\n[network.\"https://a.test/\"]\n";
    assert_rejected(
        &format!("{host}latency = -0.5\n"),
        3,
        11,
        "`latency` must be a time in seconds",
    );
    for bad in ["99", "600", "200.0", "\"200\"", "70000"] {
        let d = assert_rejected(
            &format!("{host}status = {bad}\n"),
            3,
            10,
            "`status` must be an HTTP status code from 100 to 599",
        );
        assert!(
            d.message.ends_with(&format!("not `{bad}`")),
            "{}",
            d.message
        );
    }
}

// ---- files ----

#[test]
fn missing_file_names_the_path() {
    let e = load(Path::new("no/such/scenario.toml")).unwrap_err();
    assert!(matches!(e, ScenarioError::Read { .. }), "{e:?}");
    assert!(
        e.to_string()
            .starts_with("cannot read `no/such/scenario.toml`: "),
        "{e}"
    );
}

#[test]
fn a_directory_is_not_readable_as_a_scenario() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("d.toml");
    std::fs::create_dir(&p).unwrap();
    assert!(matches!(load(&p), Err(ScenarioError::Read { .. })));
}

#[test]
fn other_extensions_are_rejected_by_name() {
    let e = load(Path::new("notes.txt")).unwrap_err();
    assert!(matches!(e, ScenarioError::UnknownKind { .. }));
    assert!(e.to_string().contains("`notes.txt`"), "{e}");
}

#[test]
fn non_utf8_toml_points_at_the_bad_byte() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("s.toml");
    std::fs::write(&p, b"code = 'pass'\ntitle = \"caf\xe9\"\n").unwrap();
    let d = match load(&p) {
        Err(ScenarioError::Invalid(d)) => d,
        other => panic!("{other:?}"),
    };
    assert_eq!(d.file, p.display().to_string());
    assert_eq!((d.line, d.col), (2, 13));
    assert!(d.to_string().contains("not valid UTF-8 (byte 0xe9)"));
}

// ---- happy paths ----

#[test]
fn inline_code_with_defaults() {
    let s = parse("code = '''\nimport asyncio\n'''\n").unwrap();
    assert_eq!(s.title, "x.toml");
    assert_eq!(s.about, "");
    assert_eq!(s.speed, 1.0);
    assert_eq!(s.step_time, 0.0);
    assert_eq!(s.clock, Clock::Virtual);
    // TOML drops the newline right after `'''`: line 1 of the code is `import asyncio`.
    assert_eq!(s.source, "import asyncio\n");
    assert_eq!(s.source_name, FILE);
    assert!(s.script.is_empty() && s.network.is_empty());
}

#[test]
fn full_scenario() {
    let text = r#"
title = "all of it"
about = """Two lines
of lesson."""
speed = 2          # integers are fine for numbers
clock = "real"
code = "print(1)"

[[script]]
at = 3.0
do = "pause"
note = "look"

[[script]]
at = 1
do = "cancel"
task = "Task-2"

[[script]]
at = 3.0
do = "interrupt"

[[script]]
at = 0
do = "pause"

[network."https://example.org/"]
latency = 0.8
status = 404
body = "<html>gone</html>"

[network."http://b.test/"]
"#;
    let s = parse(text).unwrap();
    assert_eq!(s.title, "all of it");
    assert_eq!(s.about, "Two lines\nof lesson.");
    assert_eq!((s.speed, s.clock), (2.0, Clock::Real));
    let script: Vec<_> = s.script.iter().map(|a| (a.at, a.action.clone())).collect();
    assert_eq!(
        script,
        [
            (0.0, Action::Pause { note: None }),
            (
                1.0,
                Action::Cancel {
                    task: "Task-2".into()
                }
            ),
            // Equal times keep their order in the file.
            (
                3.0,
                Action::Pause {
                    note: Some("look".into())
                }
            ),
            (3.0, Action::Interrupt),
        ]
    );
    assert_eq!(
        s.network["https://example.org/"],
        Host {
            latency: 0.8,
            status: 404,
            body: "<html>gone</html>".into()
        }
    );
    assert_eq!(
        s.network["http://b.test/"],
        Host {
            latency: 0.0,
            status: 200,
            body: String::new()
        }
    );
    let config = s.engine_config(1234);
    assert_eq!(
        (config.title.as_str(), config.max_instructions),
        ("all of it", 1234)
    );
    assert_eq!(config.script, s.script);
}

#[test]
fn source_is_relative_to_the_toml_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("progs")).unwrap();
    std::fs::write(dir.path().join("progs/p.py"), "print('hi')\n").unwrap();
    let toml_path = dir.path().join("s.toml");
    std::fs::write(&toml_path, "title = \"t\"\nsource = \"./progs/p.py\"\n").unwrap();
    let s = load(&toml_path).unwrap();
    assert_eq!(s.source, "print('hi')\n");
    assert_eq!(
        s.source_name,
        dir.path().join("progs").join("p.py").display().to_string()
    );
    assert_eq!(s.path, toml_path);
}

#[test]
fn a_python_file_is_a_scenario_with_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("demo.py");
    std::fs::write(&p, "print('hi')\n").unwrap();
    let s = load(&p).unwrap();
    assert_eq!(s.title, "demo.py");
    assert_eq!(s.source, "print('hi')\n");
    assert_eq!(
        (s.speed, s.clock, s.about.as_str()),
        (1.0, Clock::Virtual, "")
    );
    assert!(s.script.is_empty() && s.network.is_empty());
}

#[test]
fn display_path_is_relative_to_the_current_directory() {
    let cwd = std::env::current_dir().unwrap();
    assert_eq!(
        display_path(&cwd.join("scenarios").join("gather.py")),
        "scenarios/gather.py"
    );
    assert_eq!(
        display_path(Path::new("./scenarios/./gather.py")),
        "scenarios/gather.py"
    );
    assert_eq!(display_path(Path::new("../x/g.py")), "../x/g.py");
}

#[test]
fn an_embedded_scenario_reads_its_program_from_memory() {
    let toml = "title = \"t\"\nsource = \"p.py\"\n";
    let s = load_embedded(
        Path::new("scenarios/p.toml"),
        toml,
        &[("p.py", "print(1)\n")],
    )
    .unwrap();
    assert_eq!(s.source, "print(1)\n");
    assert_eq!(s.source_name, "scenarios/p.py");
    assert_eq!(s.path, Path::new("scenarios/p.toml"));

    let missing = "source = \"q.py\"\n";
    let e = load_embedded(Path::new("scenarios/p.toml"), missing, &[("p.py", "")]).unwrap_err();
    let d = e.diagnostic().expect("positioned");
    assert_eq!((d.line, d.col), (1, 10));
    assert!(d.message.contains("`scenarios/q.py` is not bundled"), "{d}");
}
