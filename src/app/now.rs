//! What the loop is doing at the moment shown: one answer that the header, the status line,
//! the loop panel and the log all read, so they agree on what has run and what runs next.
//!
//! A paused live run stops either just before a handle (the engine has logged `run X` and
//! waits before calling it) or while the loop idles in its selector, waiting for a timer
//! (then the last handle has returned).

use super::State;

/// The loop's moment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LoopNow<'a> {
    /// No event loop runs: before asyncio.run starts one, between two runs, or a program
    /// of generators alone.
    NotRunning,
    /// This handle is running.
    Running(&'a str),
    /// Paused just before this handle: its `run` line is logged, its code has not run.
    Before(&'a str),
    /// The loop waits for its next timer (or is between handles); `last` returned last.
    Idle {
        last: Option<&'a str>,
        /// The earliest timer: its deadline and callback.
        next: Option<(f64, &'a str)>,
    },
    /// The program has ended.
    Finished,
}

impl State {
    /// What the loop is doing at the moment shown.
    pub fn loop_now(&self) -> LoopNow<'_> {
        if self.finish.is_some() {
            return LoopNow::Finished;
        }
        let l = &self.loop_view;
        if !l.running {
            return LoopNow::NotRunning;
        }
        match &l.current {
            Some((_, cb)) if !l.current_finished && self.paused => LoopNow::Before(cb),
            Some((_, cb)) if !l.current_finished => LoopNow::Running(cb),
            current => LoopNow::Idle {
                last: current.as_ref().map(|(_, cb)| cb.as_str()),
                next: l.timer_list().next(),
            },
        }
    }

    /// The status line's words for a pause (without the key hints).
    pub fn paused_text(&self) -> String {
        if let Some(note) = &self.script_note {
            return format!("paused by the scenario: {note}");
        }
        // Stopped at a thread switch: the thread given the GIL has not run yet.
        if let Some(crate::runtime::event::EventKind::ThreadChanged { thread, .. }) = self
            .log
            .last()
            .map(|e| &e.kind)
            .filter(|k| super::takes_gil(k))
        {
            let name = self.threads.get(*thread).map_or("a thread", |t| &t.name);
            return format!("paused as {name} takes the GIL");
        }
        match self.loop_now() {
            LoopNow::Before(cb) => format!("paused before {cb} runs"),
            LoopNow::Running(cb) => format!("paused in {cb}"),
            LoopNow::Idle {
                next: Some((when, cb)),
                ..
            } => format!(
                "paused while the loop waits for its next timer: {} at t={when:.3}",
                super::explain::timer_short(cb)
            ),
            LoopNow::Idle { .. } => "paused while the loop is idle".into(),
            LoopNow::NotRunning if !self.gens.is_empty() => {
                "paused before the next generator operation".into()
            }
            LoopNow::NotRunning | LoopNow::Finished => "paused".into(),
        }
    }

    /// The loop panel title's word for the loop's state.
    pub fn loop_word(&self) -> &'static str {
        match (self.loop_now(), self.paused) {
            (LoopNow::NotRunning | LoopNow::Finished, _) => "not running",
            (LoopNow::Running(_), _) => "running",
            (LoopNow::Before(_), _) => "paused",
            (LoopNow::Idle { .. }, true) => "paused, idle",
            (LoopNow::Idle { .. }, false) => "idle",
        }
    }
}
