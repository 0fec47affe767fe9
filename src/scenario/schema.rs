//! The TOML scenario format: serde's view of the file, then the checks serde cannot express.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::{
    display_path, file_name, not_utf8, python_paths, Clock, Host, Scenario, ScenarioError,
};
use crate::diag::Diagnostic;
use crate::runtime::engine::{Action, ScriptAction};

/// A number as written: read as any TOML value so that a wrong type (`speed = "fast"`) gets
/// the same plain-English message as a bad number, not serde's "expected f64".
type Number = Spanned<toml::Value>;

/// The file as written. Every field that needs a check beyond its type keeps its span.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    title: Option<String>,
    about: Option<String>,
    speed: Option<Number>,
    step_time: Option<Number>,
    clock: Option<Clock>,
    source: Option<Spanned<String>>,
    code: Option<Spanned<String>>,
    #[serde(default)]
    script: Vec<RawScriptAction>,
    #[serde(default)]
    network: BTreeMap<Spanned<String>, RawHost>,
    stdin: Option<String>,
    cpu: Option<Spanned<RawCpu>>,
}

/// The `cpu = { instruction = 1e-6 }` table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCpu {
    instruction: Option<Number>,
}

/// The range a `cpu.instruction` may take: from a nanosecond to a millisecond.
const CPU_INSTRUCTION: std::ops::RangeInclusive<f64> = 1e-9..=1e-3;

/// One `[[script]]` table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScriptAction {
    at: Number,
    #[serde(rename = "do")]
    action: Spanned<String>,
    task: Option<Spanned<String>>,
    note: Option<Spanned<String>>,
}

/// One `[network."URL"]` table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHost {
    latency: Option<Number>,
    status: Option<Number>,
    body: Option<String>,
}

/// Points diagnostics into one TOML file.
struct Doc<'a> {
    file: String,
    text: &'a str,
}

impl Doc<'_> {
    fn error(&self, span: Range<usize>, message: impl Into<String>) -> ScenarioError {
        Diagnostic::at(&self.file, self.text, span.start, span.end, message).into()
    }

    /// Checks a number against `ok`; otherwise an error saying `must` and quoting the value as written.
    fn number(
        &self,
        key: &str,
        value: &Number,
        ok: impl Fn(f64) -> bool,
        must: &str,
    ) -> Result<f64, ScenarioError> {
        let n = match value.get_ref() {
            toml::Value::Integer(i) => Some(*i as f64),
            toml::Value::Float(f) => Some(*f),
            _ => None,
        };
        match n {
            Some(n) if ok(n) => Ok(n),
            _ => {
                let written = self.text.get(value.span()).unwrap_or("this value");
                Err(self.error(
                    value.span(),
                    format!("`{key}` must be {must}, not `{written}`"),
                ))
            }
        }
    }
}

/// A time in seconds: finite and not negative.
fn is_seconds(x: f64) -> bool {
    x.is_finite() && x >= 0.0
}

/// Where the program named by `source = "..."` is read from.
pub(super) enum Files<'a> {
    /// Next to the TOML file, on disk.
    Disk,
    /// In memory (a lesson bundled into the binary): `(name as in source, text)` pairs.
    Memory(&'a [(&'a str, &'a str)]),
}

/// Parses and checks a TOML scenario; `path` is the file it came from (for `source` and
/// errors), `files` where its `source` is read from.
pub(super) fn parse(path: &Path, text: &str, files: Files<'_>) -> Result<Scenario, ScenarioError> {
    let doc = Doc {
        file: path.display().to_string(),
        text,
    };
    let raw: RawScenario = toml::from_str(text).map_err(|e| toml_error(&doc, &e))?;

    let speed = match &raw.speed {
        None => 1.0,
        Some(s) => doc.number(
            "speed",
            s,
            |x| x.is_finite() && x > 0.0,
            "a number greater than 0",
        )?,
    };

    let step_time = match &raw.step_time {
        None => 0.0,
        Some(s) => doc.number(
            "step_time",
            s,
            |x| x.is_finite() && (0.0..=10.0).contains(&x),
            "a number of seconds from 0 to 10",
        )?,
    };

    let cpu_instruction = match &raw.cpu {
        None => None,
        Some(cpu) => match &cpu.get_ref().instruction {
            None => {
                let span = cpu.span();
                let message =
                    "`cpu` needs `instruction`, the virtual seconds one bytecode instruction costs";
                return Err(
                    Diagnostic::at(&doc.file, doc.text, span.start, span.end, message)
                        .with_help("for example `cpu = { instruction = 1e-6 }`")
                        .into(),
                );
            }
            Some(n) => Some(doc.number(
                "cpu.instruction",
                n,
                |x| CPU_INSTRUCTION.contains(&x),
                "a number of seconds per instruction from 1e-9 to 1e-3",
            )?),
        },
    };

    let raw_source = raw.source.as_ref().map(|s| s.get_ref().clone());
    let (source_name, source) = match (raw.source, raw.code) {
        (Some(_), Some(code)) => {
            return Err(doc.error(code.span(), "use either `source` or `code`, not both"))
        }
        (None, None) => {
            return Err(
                Diagnostic::plain(&doc.file, 1, 1, "the scenario has no program")
                    .with_help(
                        "add `source = \"program.py\"` (next to this file) or `code = '''...'''`",
                    )
                    .into(),
            )
        }
        (None, Some(code)) => (doc.file.clone(), code.into_inner()),
        (Some(source), None) => read_source(&doc, path, &source, &files)?,
    };
    // The program python3 would run: the `source` file next to the TOML, or for inline
    // `code` the TOML file itself.
    let program = match &raw_source {
        Some(name) => path.parent().unwrap_or(Path::new("")).join(name),
        None => path.to_path_buf(),
    };
    let (argv0, main_file) = python_paths(&program);

    let mut script = raw
        .script
        .into_iter()
        .map(|s| script_action(&doc, s))
        .collect::<Result<Vec<_>, _>>()?;
    // Stable: actions due at the same time keep their order in the file.
    script.sort_by(|a, b| a.at.total_cmp(&b.at));

    let network = raw
        .network
        .into_iter()
        .map(|(url, host)| Ok((check_url(&doc, url)?, host_settings(&doc, host)?)))
        .collect::<Result<BTreeMap<_, _>, ScenarioError>>()?;

    Ok(Scenario {
        path: path.to_path_buf(),
        title: raw.title.unwrap_or_else(|| file_name(path)),
        about: raw.about.unwrap_or_default(),
        speed,
        step_time,
        clock: raw.clock.unwrap_or_default(),
        source_name,
        source,
        argv0,
        main_file,
        script,
        network,
        stdin: raw.stdin.unwrap_or_default(),
        cpu_instruction,
    })
}

/// A `toml`/serde error (syntax, unknown key, wrong type) as a diagnostic at its span.
fn toml_error(doc: &Doc<'_>, e: &toml::de::Error) -> ScenarioError {
    // toml puts details ("expected ...") on further lines; keep the headline on one line.
    let mut lines = e
        .message()
        .trim()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty());
    let headline = lines.next().unwrap_or("invalid TOML").to_string();
    let rest: Vec<&str> = lines.collect();
    let d = match e.span() {
        Some(span) => Diagnostic::at(&doc.file, doc.text, span.start, span.end, headline),
        None => Diagnostic::plain(&doc.file, 1, 1, headline),
    };
    if rest.is_empty() {
        d.into()
    } else {
        d.with_help(rest.join("; ")).into()
    }
}

/// Reads the `.py` named by `source`, relative to the TOML file's directory.
fn read_source(
    doc: &Doc<'_>,
    toml_path: &Path,
    source: &Spanned<String>,
    files: &Files<'_>,
) -> Result<(String, String), ScenarioError> {
    if source.get_ref().trim().is_empty() {
        return Err(doc.error(source.span(), "`source` is empty: name a Python file"));
    }
    let dir = toml_path.parent().unwrap_or(Path::new(""));
    let py = dir.join(source.get_ref());
    let name = display_path(&py);
    if let Files::Memory(list) = files {
        return match list.iter().find(|(n, _)| n == source.get_ref()) {
            Some((_, text)) => Ok((name, text.to_string())),
            None => Err(doc.error(
                source.span(),
                format!("`{name}` is not bundled with this scenario"),
            )),
        };
    }
    let bytes = std::fs::read(&py)
        .map_err(|e| doc.error(source.span(), format!("cannot read `{name}`: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| ScenarioError::from(not_utf8(&name, e)))?;
    Ok((name, text))
}

fn script_action(doc: &Doc<'_>, raw: RawScriptAction) -> Result<ScriptAction, ScenarioError> {
    let at = doc.number("at", &raw.at, is_seconds, "a time in seconds, 0 or more")?;
    let not_for = |key: &str, field: &Option<Spanned<String>>, only: &str| match field {
        Some(f) => Err(doc.error(
            f.span(),
            format!(
                "`{key}` only applies to `do = \"{only}\"`, not `do = \"{}\"`",
                raw.action.get_ref()
            ),
        )),
        None => Ok(()),
    };
    let action = match raw.action.get_ref().as_str() {
        "cancel" => {
            not_for("note", &raw.note, "pause")?;
            match &raw.task {
                Some(task) if !task.get_ref().is_empty() => Action::Cancel {
                    task: task.get_ref().clone(),
                },
                Some(task) => {
                    return Err(doc.error(task.span(), "`task` is empty: name the task to cancel"))
                }
                None => {
                    return Err(doc.error(
                        raw.action.span(),
                        "`do = \"cancel\"` needs `task = \"<task name>\"`",
                    ))
                }
            }
        }
        "interrupt" => {
            not_for("task", &raw.task, "cancel")?;
            not_for("note", &raw.note, "pause")?;
            Action::Interrupt
        }
        "pause" => {
            not_for("task", &raw.task, "cancel")?;
            Action::Pause {
                note: raw.note.map(Spanned::into_inner),
            }
        }
        other => {
            return Err(doc.error(
                raw.action.span(),
                format!("unknown action `{other}`, expected one of `cancel`, `interrupt`, `pause`"),
            ))
        }
    };
    Ok(ScriptAction { at, action })
}

fn check_url(doc: &Doc<'_>, url: Spanned<String>) -> Result<String, ScenarioError> {
    let u = url.get_ref();
    if u.starts_with("http://") || u.starts_with("https://") {
        Ok(url.into_inner())
    } else {
        Err(doc.error(
            url.span(),
            format!("network host `{u}` must be a URL starting with `http://` or `https://`"),
        ))
    }
}

fn host_settings(doc: &Doc<'_>, raw: RawHost) -> Result<Host, ScenarioError> {
    let latency = match &raw.latency {
        None => 0.0,
        Some(l) => doc.number("latency", l, is_seconds, "a time in seconds, 0 or more")?,
    };
    let status = match &raw.status {
        None => 200,
        Some(s) => {
            // Integers only: `200.0` is not a status code.
            let is_status = |x: f64| {
                matches!(s.get_ref(), toml::Value::Integer(_)) && (100.0..=599.0).contains(&x)
            };
            doc.number(
                "status",
                s,
                is_status,
                "an HTTP status code from 100 to 599",
            )? as u16
        }
    };
    Ok(Host {
        latency,
        status,
        body: raw.body.unwrap_or_default(),
    })
}
