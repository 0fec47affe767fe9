//! The engine's public face: run a compiled program headless or under a controller.

use crate::runtime::event::{EventSink, ExitStatus};

/// Something a person (or a scenario's `[[script]]`) does to the running program.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// `task.cancel()` on the task with this name, as if called from a loop callback.
    Cancel { task: String },
    /// Ctrl-C: KeyboardInterrupt delivered as CPython 3.11 would.
    Interrupt,
    /// Pause the live view (with a note to show); ignored headless.
    Pause { note: Option<String> },
}

/// An action due at a virtual time.
#[derive(Clone, Debug, PartialEq)]
pub struct ScriptAction {
    pub at: f64,
    pub action: Action,
}

/// How to run.
#[derive(Clone, Debug)]
pub struct EngineConfig {
    /// Title for `ScenarioStarted`.
    pub title: String,
    /// Instructions one slice (one loop handle, or top-level code between loop runs) may run.
    pub max_instructions: u64,
    /// Timed actions, sorted by `at`.
    pub script: Vec<ScriptAction>,
}

/// Default per-slice instruction budget: stops a runaway loop within a few seconds.
pub const DEFAULT_MAX_INSTRUCTIONS: u64 = 200_000_000;

impl Default for EngineConfig {
    fn default() -> Self {
        EngineConfig {
            title: String::new(),
            max_instructions: DEFAULT_MAX_INSTRUCTIONS,
            script: Vec::new(),
        }
    }
}

/// Where the program's own output goes (stdout and stderr text, as written).
pub trait ProgramOutput {
    fn stdout(&mut self, text: &str);
    fn stderr(&mut self, text: &str);
}

/// How a run ended, and what (beyond the program's own output) to tell the user.
#[derive(Clone, Debug, PartialEq)]
pub struct RunReport {
    pub exit: ExitStatus,
}

#[allow(unused)]
pub(crate) fn _sink_is_object_safe(_: &mut dyn EventSink) {}
