//! What the person is looking at (selection, overlays, log filter, bottom tab) and how an
//! [`Action`] changes it or turns into a [`Command`] for the engine.

use super::action::{Action, Command, Effect};
use super::{Queued, State};

/// The bottom panel shown in the compact (80×24) layout; the full layout shows them all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Log,
    Source,
    Timeline,
    Notes,
}

impl Tab {
    pub const ALL: [Tab; 4] = [Tab::Log, Tab::Source, Tab::Timeline, Tab::Notes];

    pub fn title(self) -> &'static str {
        match self {
            Tab::Log => "Log",
            Tab::Source => "Source",
            Tab::Timeline => "Timeline",
            Tab::Notes => "Notes",
        }
    }

    fn next(self) -> Tab {
        let i = Tab::ALL.iter().position(|t| *t == self).unwrap_or(0);
        Tab::ALL[(i + 1) % Tab::ALL.len()]
    }
}

/// The person's view of the state.
///
/// Invariant: `filtering` implies the log filter is being typed; `detail` and `help` are
/// overlays (help drawn on top).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct View {
    /// Row of the task table (tasks, then generators).
    pub selected: usize,
    pub detail: bool,
    pub help: bool,
    pub filter: String,
    pub filtering: bool,
    pub tab: Tab,
    /// The frames view is open (over the panels).
    pub frames: bool,
}

/// Slowest and fastest pacing `+`/`-` reach (virtual seconds per wall second).
pub const SPEED_RANGE: (f64, f64) = (1.0 / 64.0, 64.0);

/// Rows `PageUp`/`PageDown` move.
const PAGE: usize = 10;

impl State {
    /// Applies a person's action; says what the terminal loop should do about it.
    pub fn act(&mut self, action: Action) -> Effect {
        self.flash = None;
        if self.view.help && !matches!(action, Action::Quit | Action::Interrupt) {
            self.view.help = false;
            return Effect::Nothing;
        }
        match action {
            Action::TogglePause => match self.ended() {
                true => Effect::Nothing,
                false => {
                    self.paused = !self.paused;
                    if self.paused {
                        Effect::Send(Command::Pause)
                    } else {
                        self.script_note = None;
                        Effect::Send(Command::Resume)
                    }
                }
            },
            Action::Step => match self.ended() {
                true => Effect::Nothing,
                false => {
                    self.paused = true;
                    Effect::Send(Command::Step)
                }
            },
            Action::Faster | Action::Slower => {
                let factor = if action == Action::Faster { 2.0 } else { 0.5 };
                self.speed = (self.speed * factor).clamp(SPEED_RANGE.0, SPEED_RANGE.1);
                Effect::Send(Command::Speed(self.speed))
            }
            Action::Up => self.select(|s, _| s.saturating_sub(1)),
            Action::Down => self.select(|s, _| s + 1),
            Action::PageUp => self.select(|s, _| s.saturating_sub(PAGE)),
            Action::PageDown => self.select(|s, _| s + PAGE),
            Action::First => self.select(|_, _| 0),
            Action::Last => self.select(|_, rows| rows),
            Action::SelectRow(row) => self.select(|_, _| row),
            Action::ToggleDetail => {
                self.view.detail = !self.view.detail && self.rows() > 0;
                Effect::Nothing
            }
            Action::ToggleFrames => {
                self.view.frames = !self.view.frames && self.rows() > 0;
                Effect::Nothing
            }
            Action::Cancel => self.cancel_selected(),
            Action::Interrupt => {
                if self.ended() {
                    return Effect::Nothing;
                }
                if !self.queued.contains(&Queued::Interrupt) {
                    self.queued.push(Queued::Interrupt);
                }
                Effect::Send(Command::Interrupt)
            }
            Action::StartFilter => {
                self.view.filtering = true;
                Effect::Nothing
            }
            Action::FilterChar(c) => {
                self.view.filter.push(c);
                Effect::Nothing
            }
            Action::FilterBackspace => {
                self.view.filter.pop();
                Effect::Nothing
            }
            Action::FilterDone => {
                self.view.filtering = false;
                Effect::Nothing
            }
            Action::FilterClear => {
                self.view.filter.clear();
                self.view.filtering = false;
                Effect::Nothing
            }
            Action::NextTab => {
                self.view.tab = self.view.tab.next();
                Effect::Nothing
            }
            Action::ToggleHelp => {
                self.view.help = true;
                Effect::Nothing
            }
            Action::Close => {
                if self.view.frames {
                    self.view.frames = false;
                } else if self.view.detail {
                    self.view.detail = false;
                } else {
                    self.view.filter.clear();
                }
                Effect::Nothing
            }
            Action::Restart if self.recording => {
                self.flash = Some(
                    "restart is off while recording: a recording holds one run (q ends it)".into(),
                );
                Effect::Nothing
            }
            Action::Restart => {
                self.restarting = true;
                Effect::Send(Command::Restart)
            }
            Action::Quit => Effect::Quit,
        }
    }

    /// A command the engine could not take (its channel was full) was dropped.
    pub fn command_dropped(&mut self) {
        self.dropped_commands += 1;
    }

    /// The program has finished (or the engine is gone): no more pausing, stepping, cancels.
    fn ended(&mut self) -> bool {
        let ended = self.finish.is_some() || self.engine_stopped;
        if ended {
            self.flash = Some("the program has finished: r restarts it, q quits".into());
        }
        ended
    }

    fn select(&mut self, to: impl FnOnce(usize, usize) -> usize) -> Effect {
        let rows = self.rows();
        if rows > 0 {
            self.view.selected = to(self.view.selected, rows).min(rows - 1);
        }
        Effect::Nothing
    }

    fn cancel_selected(&mut self) -> Effect {
        if self.ended() {
            return Effect::Nothing;
        }
        let Some(task) = self.selected_task() else {
            self.flash = Some("select a task to cancel (generators cannot be cancelled)".into());
            return Effect::Nothing;
        };
        if task.state.is_finished() {
            self.flash = Some(format!(
                "{} has already finished ({}): cancel() would do nothing",
                task.name,
                task.state.word()
            ));
            return Effect::Nothing;
        }
        let id = task.id;
        if !self.queued.contains(&Queued::Cancel(id)) {
            self.queued.push(Queued::Cancel(id));
        }
        Effect::Send(Command::Cancel(id))
    }
}
