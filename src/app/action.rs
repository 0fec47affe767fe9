//! What a person can do in the dashboard, what the engine is told, and what the live host reports.

use super::focus::Panel;
use crate::runtime::event::TaskId;

/// A person's intent, from a key or a click. Pure data: [`super::State::act`] interprets it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    TogglePause,
    /// Let exactly one loop handle run (pausing first if live).
    Step,
    Faster,
    Slower,
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    /// Select the task table's row `n` (a mouse click).
    SelectRow(usize),
    ToggleDetail,
    /// The frames view: the selected row's frames and local variables.
    ToggleFrames,
    /// `task.cancel()` on the selected task.
    Cancel,
    /// Ctrl-C: KeyboardInterrupt into the program.
    Interrupt,
    /// Start typing a log filter.
    StartFilter,
    FilterChar(char),
    FilterBackspace,
    /// Keep the filter and stop typing.
    FilterDone,
    /// Drop the filter and stop typing.
    FilterClear,
    /// Cycle the bottom panel (log, source, timeline, notes) in the compact layout.
    NextTab,
    ToggleHelp,
    /// Give the keys to the next panel (Tab) or the previous one (Shift-Tab).
    FocusNext,
    FocusPrev,
    /// Give the keys to this panel (a mouse click).
    FocusPanel(Panel),
    /// Scroll this panel by some lines, negative up (the mouse wheel over it).
    ScrollPanel(Panel, isize),
    /// Open or close the lesson text as a full-screen pager (`L`).
    ToggleLesson,
    /// Zoom the focused panel to the full screen, or back (`z`).
    ToggleZoom,
    /// Hide or show asyncio's internals (cleanup tasks, library callbacks).
    ToggleInternals,
    /// Close whatever overlay is open.
    Close,
    Restart,
    Quit,
}

/// What the engine thread is told to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Pause,
    Resume,
    /// Let one more loop handle run while paused.
    Step,
    /// Virtual seconds per wall second.
    Speed(f64),
    Cancel(TaskId),
    /// `future.cancel()` on a pool's future.
    CancelFuture(crate::runtime::event::PoolFutureId),
    Interrupt,
    Restart,
    Quit,
}

/// What [`super::State::act`] asks of the terminal loop.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    Nothing,
    Send(Command),
    /// Tell the engine to stop, then leave the dashboard.
    Quit,
}

/// Facts from the live host (not engine events): they never appear in a trace.
#[derive(Clone, Debug, PartialEq)]
pub enum HostNote {
    /// Pacing progress while the loop idles: the virtual clock stands at `t`.
    Clock(f64),
    /// A slice has run past the live budget without yielding, in `func` at `line`.
    Busy { func: String, line: u32 },
    /// A scenario `[[script]]` paused the run, with an optional note to show.
    ScriptPause { note: Option<String> },
    /// The engine started the program again (after `r`); what follows is the new run.
    Restarted,
    /// Events the UI could not take in time, since the start (the channel was full).
    Dropped(u64),
    /// The engine thread is gone.
    EngineStopped,
    /// The engine hit a bug (a Rust panic) and stopped; the message says where.
    EngineCrashed(String),
}
