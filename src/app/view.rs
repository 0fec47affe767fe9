//! What the person is looking at (selection, overlays, log filter, bottom tab) and how an
//! [`Action`] changes it or turns into a [`Command`] for the engine.

use super::action::{Action, Command, Effect};
use super::focus::Focus;
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
    /// Which panel has the keys, scrolling, the pager and zoom.
    pub focus: Focus,
    /// `i`: asyncio's internals (cleanup tasks, library callbacks) are left out.
    pub hide_internals: bool,
    /// The help overlay's page (keys, then the glossary) and how far it is scrolled.
    pub help_page: HelpPage,
    pub help_scroll: usize,
    /// The frames view is open (over the panels).
    pub frames: bool,
}

/// The pages of the `?` overlay, cycled with Tab.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HelpPage {
    #[default]
    Keys,
    Glossary,
}

impl HelpPage {
    pub fn next(self) -> HelpPage {
        match self {
            HelpPage::Keys => HelpPage::Glossary,
            HelpPage::Glossary => HelpPage::Keys,
        }
    }
}

/// Slowest and fastest pacing `+`/`-` reach (virtual seconds per wall second).
pub const SPEED_RANGE: (f64, f64) = (1.0 / 64.0, 64.0);

/// Rows `PageUp`/`PageDown` move.
const PAGE: usize = 10;

impl State {
    /// Applies a person's action; says what the terminal loop should do about it.
    pub fn act(&mut self, action: Action) -> Effect {
        self.flash = None;
        if self.view.help {
            // Tab turns the page and the movement keys scroll it; any other key closes the
            // help and then does what it always does (? and Esc only close).
            match action {
                Action::NextTab | Action::FocusNext | Action::FocusPrev => {
                    self.view.help_page = self.view.help_page.next();
                    self.view.help_scroll = 0;
                    return Effect::Nothing;
                }
                Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
                    let s = self.view.help_scroll;
                    self.view.help_scroll = match action {
                        Action::Up => s.saturating_sub(1),
                        Action::Down => s + 1,
                        Action::PageUp => s.saturating_sub(PAGE),
                        _ => s + PAGE,
                    };
                    return Effect::Nothing;
                }
                Action::First => {
                    self.view.help_scroll = 0;
                    return Effect::Nothing;
                }
                Action::Last => {
                    self.view.help_scroll = usize::MAX;
                    return Effect::Nothing;
                }
                Action::ToggleHelp | Action::Close => {
                    self.view.help = false;
                    return Effect::Nothing;
                }
                _ => self.view.help = false,
            }
        }
        if let Some(effect) = self.act_on_focus(&action) {
            return effect;
        }
        match action {
            Action::TogglePause => match self.ended() {
                true => Effect::Nothing,
                false => {
                    self.paused = !self.paused;
                    if self.paused {
                        Effect::Send(Command::Pause)
                    } else {
                        self.clear_script_note();
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
            // Carried out by `act_on_focus` before this match.
            Action::FocusNext
            | Action::FocusPrev
            | Action::FocusPanel(_)
            | Action::ScrollPanel(..)
            | Action::ToggleLesson
            | Action::ToggleZoom => Effect::Nothing,
            Action::NextTab => {
                self.view.tab = self.view.tab.next();
                Effect::Nothing
            }
            Action::ToggleHelp => {
                self.view.help = true;
                self.view.help_scroll = 0;
                Effect::Nothing
            }
            Action::ToggleInternals => {
                self.view.hide_internals = !self.view.hide_internals;
                self.keep_selection_shown();
                self.flash = Some(match self.view.hide_internals {
                    true => "asyncio's internals hidden (cleanup tasks, library callbacks): i shows them".into(),
                    false => "asyncio's internals shown: i hides them".into(),
                });
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

    pub(super) fn select(&mut self, to: impl FnOnce(usize, usize) -> usize) -> Effect {
        let rows = self.rows();
        if rows > 0 {
            let was = self.view.selected;
            self.view.selected = to(self.view.selected, rows).min(rows - 1);
            if self.view.selected != was {
                self.selection_moved();
            }
        }
        Effect::Nothing
    }

    /// After rows appear or vanish (`i`), the selection stays on a row that exists.
    fn keep_selection_shown(&mut self) {
        let rows = self.rows();
        self.view.selected = self.view.selected.min(rows.saturating_sub(1));
        if self.view.detail && rows == 0 {
            self.view.detail = false;
        }
    }

    fn cancel_selected(&mut self) -> Effect {
        if self.ended() {
            return Effect::Nothing;
        }
        if let Some(crate::app::Row::Work(f)) = self.row(self.view.selected) {
            return self.cancel_pool_future(f.id);
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

    /// `c` on a pool's future: only a queued one can still be cancelled (CPython's
    /// `Future.cancel()` returns False for one that runs or has finished).
    fn cancel_pool_future(&mut self, id: crate::runtime::event::PoolFutureId) -> Effect {
        let Some(f) = self.pool_futures.get(id) else {
            return Effect::Nothing;
        };
        if !matches!(f.state, crate::runtime::event::PoolFutureState::Pending) {
            self.flash = Some(format!(
                "the future of {} is {}: cancel() would return False (only a queued one stops)",
                f.call,
                f.word()
            ));
            return Effect::Nothing;
        }
        if !self.queued.contains(&Queued::CancelFuture(id)) {
            self.queued.push(Queued::CancelFuture(id));
        }
        Effect::Send(Command::CancelFuture(id))
    }
}
