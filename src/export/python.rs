//! The scenario's program as a plain `.py` for CPython: the embedded source unchanged, after a
//! comment header naming the scenario and listing what plain Python cannot replay (the
//! `[[script]]` actions and a person's recorded inputs).
//!
//! Only comments are added, and after any shebang or encoding line (which must stay first), so
//! a module docstring and `from __future__` imports keep working.

use std::io::{self, Write};

use super::Summary;
use crate::record::{InputKind, Recording};
use crate::runtime::engine::Action;

/// Writes the program of `rec`.
pub fn write(rec: &Recording, out: &mut dyn Write) -> io::Result<Summary> {
    let scenario = rec.scenario();
    let source = scenario.source.as_str();
    // A shebang and an encoding declaration only count on the first two lines.
    let mut keep = 0;
    let mut rest = source;
    for (i, line) in source.split_inclusive('\n').take(2).enumerate() {
        let first_line_shebang = i == 0 && line.starts_with("#!");
        if first_line_shebang || is_encoding_line(line) {
            keep += line.len();
            rest = &source[keep..];
        } else {
            break;
        }
    }
    let mut header = String::new();
    header.push_str(&source[..keep]);
    if keep > 0 && !header.ends_with('\n') {
        header.push('\n');
    }
    let mut line = |text: &str| {
        header.push('#');
        if !text.is_empty() {
            header.push(' ');
            header.push_str(text);
        }
        header.push('\n');
    };
    line(&one_line(&scenario.title));
    line(&format!(
        "Exported by coroviz {} from {}.",
        env!("CARGO_PKG_VERSION"),
        one_line(&scenario.path.display().to_string())
    ));
    let notes = notes(rec);
    if !notes.is_empty() {
        line("");
        line("coroviz did these to the running program; plain Python does not replay them:");
        for n in &notes {
            line(&format!("  {n}"));
        }
    }
    header.push('\n');
    out.write_all(header.as_bytes())?;
    out.write_all(rest.as_bytes())?;
    if !rest.is_empty() && !rest.ends_with('\n') {
        out.write_all(b"\n")?;
    }
    Ok(Summary::Program {
        lines: header.lines().count() + rest.lines().count(),
        notes: notes.len(),
    })
}

/// PEP 263: `# -*- coding: utf-8 -*-` and friends.
fn is_encoding_line(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with('#') && t.contains("coding") && (t.contains("coding:") || t.contains("coding="))
}

/// Text made safe for one comment line.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The script's actions and the recorded inputs, one line each, in time order.
fn notes(rec: &Recording) -> Vec<String> {
    let mut notes: Vec<(f64, String)> = rec
        .scenario()
        .script
        .iter()
        .map(|s| {
            (
                s.at,
                format!(
                    "at t={}: {} (scenario [[script]])",
                    s.at,
                    action(&s.action, rec)
                ),
            )
        })
        .collect();
    for (_, input) in &rec.inputs {
        let what = match &input.kind {
            InputKind::Act { action: a } => action(a, rec),
            InputKind::Stop => "the viewer quit here".into(),
            // A wake-up only ends an idle wait early: it changes nothing in the program.
            InputKind::Wake { .. } => continue,
        };
        notes.push((
            input.t,
            format!("at t={}: {what} (recorded input)", input.t),
        ));
    }
    notes.sort_by(|a, b| a.0.total_cmp(&b.0));
    notes.into_iter().map(|(_, n)| one_line(&n)).collect()
}

fn action(a: &Action, rec: &Recording) -> String {
    match a {
        Action::Cancel { task } => format!("cancel task {task:?}"),
        Action::CancelTask { task } => {
            // The name the task had when it was created (`Task-3`, or its `name=`).
            let name = rec.events.iter().find_map(|e| match &e.kind {
                crate::runtime::event::EventKind::TaskCreated { task: id, name, .. }
                    if id == task =>
                {
                    Some(name.as_str())
                }
                _ => None,
            });
            match name {
                Some(name) => format!("cancel task {name:?}"),
                None => format!("cancel task #{}", task.0),
            }
        }
        Action::CancelFuture { future } => {
            let call = rec.events.iter().find_map(|e| match &e.kind {
                crate::runtime::event::EventKind::PoolFutureCreated {
                    future: id, call, ..
                } if id == future => Some(call.as_str()),
                _ => None,
            });
            match call {
                Some(call) => format!("cancel the pool's future of {call}"),
                None => format!("cancel pool future #{}", future.0),
            }
        }
        Action::Interrupt => "Ctrl-C (KeyboardInterrupt)".into(),
        Action::Pause { note: Some(n) } => format!("pause: {n}"),
        Action::Pause { note: None } => "pause".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testdata;

    fn export(rec: &Recording) -> String {
        let mut out = Vec::new();
        write(rec, &mut out).expect("writes");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn the_program_follows_a_comment_header() {
        let rec = testdata::gather();
        let text = export(&rec);
        assert!(text.starts_with("# gather: three workers\n# Exported by coroviz"));
        assert!(text.ends_with(&rec.scenario().source), "source unchanged");
        assert!(
            !text.contains("plain Python does not replay"),
            "nothing to replay"
        );
    }

    #[test]
    fn script_actions_become_comments() {
        let text = export(&testdata::cancel_ctrl_c());
        assert!(text.contains("#   at t=0.5: cancel task \"doomed\" (scenario [[script]])"));
        assert!(text.contains("#   at t=1.5: pause: Both <workers>"));
        assert!(text.contains("#   at t=2: Ctrl-C (KeyboardInterrupt)"));
        let code_start = text.find("import asyncio").expect("code");
        assert!(text[..code_start]
            .lines()
            .all(|l| l.is_empty() || l.starts_with('#')));
    }

    #[test]
    fn a_person_s_inputs_become_comments_but_wake_ups_do_not() {
        use crate::record::Input;
        let mut rec = testdata::gather();
        let at = |t: f64, call: u64, kind: InputKind| Input {
            t,
            iter: 3,
            call,
            kind,
        };
        let act = InputKind::Act {
            action: Action::Interrupt,
        };
        rec.inputs = vec![
            (5, at(0.25, 7, InputKind::Wake { at: 0.25 })),
            (6, at(0.25, 8, act)),
            (9, at(0.75, 12, InputKind::Stop)),
        ];
        let text = export(&rec);
        assert!(text.contains("#   at t=0.25: Ctrl-C (KeyboardInterrupt) (recorded input)\n"));
        assert!(text.contains("#   at t=0.75: the viewer quit here (recorded input)\n"));
        assert_eq!(text.matches("(recorded input)").count(), 2);
    }

    #[test]
    fn shebang_and_encoding_lines_stay_first() {
        let mut rec = testdata::gather();
        rec.header.scenario.source =
            "#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n\"\"\"Doc.\"\"\"\nx = 1".into();
        rec.header.scenario.title = "two\nlines".into();
        let text = export(&rec);
        assert!(text.starts_with("#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n# two lines\n"));
        assert!(text.ends_with("\"\"\"Doc.\"\"\"\nx = 1\n"));
    }
}
