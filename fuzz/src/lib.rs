//! Support for coroviz's fuzz targets: what each target checks (`checks`, shared with the
//! regression tests) and the generator of structured Python programs (`pyprog`).

pub mod checks;
pub mod pyprog;

use std::path::PathBuf;

use coroviz::runtime::engine::{Action, ScriptAction};
use coroviz::scenario::{Clock, Scenario};

/// A rendered program as the scenario a `.py` file would load as, with its run's settings.
pub fn scenario_of(r: &pyprog::Rendered) -> Scenario {
    let script = r
        .script
        .iter()
        .map(|(at, kind)| ScriptAction {
            at: *at,
            action: match kind {
                pyprog::ScriptKind::Interrupt => Action::Interrupt,
                pyprog::ScriptKind::CancelTask(n) if n % 8 < 4 => Action::Cancel {
                    task: format!("T{}", n % 4),
                },
                pyprog::ScriptKind::CancelTask(n) => Action::Cancel {
                    task: format!("Task-{}", n % 8),
                },
                pyprog::ScriptKind::Pause => Action::Pause {
                    note: Some("paused".into()),
                },
            },
        })
        .collect();
    Scenario {
        path: PathBuf::from(checks::PROGRAM_FILE),
        title: checks::PROGRAM_FILE.into(),
        about: String::new(),
        speed: 1.0,
        step_time: 0.0,
        clock: Clock::Virtual,
        source_name: checks::PROGRAM_FILE.into(),
        source: r.source.clone(),
        argv0: checks::PROGRAM_FILE.into(),
        main_file: format!("/fuzz/{}", checks::PROGRAM_FILE),
        script,
        network: Default::default(),
        stdin: r.stdin.clone(),
        cpu_instruction: r.cpu_instruction,
    }
}

/// The scenario as a TOML file `coroviz run` reads: how a finding of the `vm` target is kept
/// as a regression test.
pub fn scenario_toml(s: &Scenario) -> String {
    let mut out = String::from("title = \"fuzz\"\n");
    if let Some(per) = s.cpu_instruction {
        out.push_str(&format!("cpu = {{ instruction = {per:e} }}\n"));
    }
    if !s.stdin.is_empty() {
        out.push_str(&format!("stdin = {}\n", toml_string(&s.stdin)));
    }
    out.push_str(&format!("code = {}\n", toml_string(&s.source)));
    for a in &s.script {
        out.push_str(&format!("\n[[script]]\nat = {:?}\n", a.at));
        match &a.action {
            Action::Interrupt => out.push_str("do = \"interrupt\"\n"),
            Action::Cancel { task } => {
                out.push_str(&format!("do = \"cancel\"\ntask = {}\n", toml_string(task)))
            }
            Action::Pause { note } => {
                out.push_str("do = \"pause\"\n");
                if let Some(n) = note {
                    out.push_str(&format!("note = {}\n", toml_string(n)));
                }
            }
            other => out.push_str(&format!("# not expressible in TOML: {other:?}\n")),
        }
    }
    out
}

/// A TOML basic string holding `s` exactly.
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
