//! Scenario files: a `.toml` lesson (settings, timed script, simulated hosts) or a plain `.py` program.
//!
//! [`load`] is the only way in. Everything a user can get wrong comes back as a
//! [`ScenarioError`] naming the file, and for TOML problems the line, column and key.

mod schema;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::io;
use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::diag::Diagnostic;
use crate::runtime::engine::{EngineConfig, ScriptAction};

/// A program to run plus the settings the dashboard uses to present it.
///
/// Invariant: `speed` is finite and > 0; `script` is sorted by `at` (ties keep file order),
/// every `at` is finite and ≥ 0.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// The file the user named (`.toml` or `.py`), as given.
    pub path: PathBuf,
    pub title: String,
    /// Lesson text for the notes panel; empty for a plain `.py`.
    pub about: String,
    /// Virtual seconds per wall second in the live view.
    pub speed: f64,
    /// Wall seconds (at ×1) each step (a loop handle or a generator operation) is held in
    /// the live view; 0 (the default) lets virtual time alone set the pace.
    #[serde(default)]
    pub step_time: f64,
    pub clock: Clock,
    /// The file name tracebacks and diagnostics show for `source`: the `.py` path relative to
    /// the current directory when possible, or the `.toml` path for inline `code` (whose line
    /// numbers then count from the first line of the `code` string, not of the TOML file).
    pub source_name: String,
    /// The Python program text.
    pub source: String,
    /// The program's path as `python3 PROGRAM` would be given it: `sys.argv[0]`.
    #[serde(default)]
    pub argv0: String,
    /// What CPython makes of that path for `__file__`, code objects' `co_filename` and so
    /// tracebacks: absolute (the current directory, `/`, the path; not normalised). Empty
    /// in recordings made before it was kept: then `source_name` stands in.
    #[serde(default)]
    pub main_file: String,
    /// Timed actions, sorted by `at`.
    pub script: Vec<ScriptAction>,
    /// Simulated HTTP hosts by URL, for the aiohttp-like module.
    pub network: BTreeMap<String, Host>,
    /// What the program reads with `input()`; at its end `input()` raises EOFError.
    #[serde(default)]
    pub stdin: String,
    /// Virtual seconds each bytecode instruction costs (`cpu = { instruction = ... }`): the
    /// program's own work then takes time, and threads share one GIL. None (the default):
    /// CPU work takes no virtual time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_instruction: Option<f64>,
}

/// How virtual time relates to the wall clock in the live view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Clock {
    /// Time only moves when the loop jumps to its next timer (paced by `speed` when live).
    #[default]
    Virtual,
    /// Time follows the wall clock (live mode only; headless runs stay virtual).
    Real,
}

/// A simulated HTTP host.
///
/// Invariant: `latency` is finite and ≥ 0; `status` is in 100..=599.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Host {
    /// Virtual seconds before the response arrives.
    pub latency: f64,
    pub status: u16,
    pub body: String,
}

/// Why a scenario could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ScenarioError {
    /// The file (or a `.py` it names without a TOML position to point at) could not be read.
    #[error("cannot read `{}`: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },
    /// Neither `.toml` nor `.py`.
    #[error("`{}` is not a scenario: expected a `.toml` scenario or a `.py` program", path.display())]
    UnknownKind { path: PathBuf },
    /// The file's content is wrong; the diagnostic says where and why.
    #[error("{0}")]
    Invalid(Box<Diagnostic>),
}

impl ScenarioError {
    /// The positioned diagnostic, when the problem is inside a file.
    pub fn diagnostic(&self) -> Option<&Diagnostic> {
        match self {
            ScenarioError::Invalid(d) => Some(d),
            _ => None,
        }
    }
}

impl From<Diagnostic> for ScenarioError {
    fn from(d: Diagnostic) -> Self {
        ScenarioError::Invalid(Box::new(d))
    }
}

impl Scenario {
    /// The file name the program's code carries (`__file__`, `co_filename`, tracebacks).
    pub fn code_file(&self) -> &str {
        if self.main_file.is_empty() {
            &self.source_name
        } else {
            &self.main_file
        }
    }

    /// The engine settings for this scenario, with a per-slice instruction budget.
    pub fn engine_config(&self, max_instructions: u64) -> EngineConfig {
        EngineConfig {
            title: self.title.clone(),
            max_instructions,
            script: self.script.clone(),
            stdin: self.stdin.clone(),
            argv0: self.argv0.clone(),
            max_time: None,
            cpu_instruction: self.cpu_instruction,
        }
    }
}

/// Loads a scenario: a `.toml` file in the format of README's "Scenario format", or a `.py` file
/// with defaults.
pub fn load(path: &Path) -> Result<Scenario, ScenarioError> {
    let kind = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match kind.as_deref() {
        Some("toml") => {
            let text = read_text(path)?;
            schema::parse(path, &text, schema::Files::Disk)
        }
        Some("py") => {
            let source = read_text(path)?;
            let (argv0, main_file) = python_paths(path);
            Ok(Scenario {
                path: path.to_path_buf(),
                title: file_name(path),
                about: String::new(),
                speed: 1.0,
                step_time: 0.0,
                clock: Clock::Virtual,
                source_name: display_path(path),
                source,
                argv0,
                main_file,
                script: Vec::new(),
                network: BTreeMap::new(),
                stdin: String::new(),
                cpu_instruction: None,
            })
        }
        _ => Err(ScenarioError::UnknownKind {
            path: path.to_path_buf(),
        }),
    }
}

/// Loads a `.toml` scenario whose files are in memory, such as a lesson bundled into the
/// binary: `path` names the TOML file in messages, and `files` holds the programs its
/// `source` may name, by the name written there (relative to `path`'s directory).
pub fn load_embedded(
    path: &Path,
    toml: &str,
    files: &[(&str, &str)],
) -> Result<Scenario, ScenarioError> {
    schema::parse(path, toml, schema::Files::Memory(files))
}

/// Reads a whole file as UTF-8; a bad byte becomes a diagnostic at its line and column.
fn read_text(path: &Path) -> Result<String, ScenarioError> {
    let bytes = std::fs::read(path).map_err(|source| ScenarioError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|e| not_utf8(&path.display().to_string(), e).into())
}

/// A diagnostic for the first invalid byte of a file that is not UTF-8.
fn not_utf8(file: &str, e: std::string::FromUtf8Error) -> Diagnostic {
    let bytes = e.as_bytes();
    let good = e.utf8_error().valid_up_to();
    // The prefix up to `good` is valid UTF-8 by definition, so this never loses text.
    let prefix = String::from_utf8_lossy(&bytes[..good]);
    let line = prefix.matches('\n').count() as u32 + 1;
    let line_start = prefix.rfind('\n').map_or(0, |i| i + 1);
    let col = prefix[line_start..].chars().count() as u32 + 1;
    let message = match bytes.get(good) {
        Some(b) => format!("file is not valid UTF-8 (byte 0x{b:02x})"),
        None => "file is not valid UTF-8".to_string(),
    };
    Diagnostic::plain(file, line, col, message).with_help("save the file as UTF-8")
}

/// The last component of `path`, for a default title.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// How `python3 PATH` names its program: `sys.argv[0]` is the path as given; `__file__` is
/// that path made absolute by CPython's rule (current directory + `/` + path, unless it is
/// absolute already; `.` and `..` are kept).
fn python_paths(path: &Path) -> (String, String) {
    let given = path.display().to_string();
    let main_file = match (path.is_absolute(), std::env::current_dir()) {
        (false, Ok(cwd)) => format!("{}/{given}", cwd.display()),
        _ => given.clone(),
    };
    (given, main_file)
}

/// `path` as a user would write it: `.` components dropped, relative to the current
/// directory when it lies under it. `..` is kept (resolving it would need the file system).
fn display_path(path: &Path) -> String {
    let tidy: PathBuf = path
        .components()
        .filter(|c| *c != Component::CurDir)
        .collect();
    let shown = std::env::current_dir()
        .ok()
        .and_then(|cwd| tidy.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(tidy);
    shown.display().to_string()
}
