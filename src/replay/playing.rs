//! Playing a recording in wall time, and what each [`ReplayAction`] does to the player.
//!
//! Pacing: while playing, the playhead's virtual clock runs at `speed` virtual seconds per
//! wall second, like the live view's, and every event whose time the clock reaches is
//! applied. Events at one virtual instant (CPU work costs no virtual time, so a whole loop
//! iteration can share one) would all land in one frame and nobody would see the loop pick
//! them one by one: so after the first event of an instant, the rest of that instant come at
//! [`BURST_RATE`] × speed events per wall second while the clock waits, as it does in the
//! engine while code runs.

use std::time::Duration;

use crate::app::{Action, Effect, ReplayAction, SeekPrompt, SeekTarget};

use super::player::Player;

/// Events per wall second, at ×1, of one virtual instant while playing.
pub const BURST_RATE: f64 = 60.0;

/// Longest seek text a prompt takes.
const PROMPT_MAX: usize = 24;

/// What the terminal loop should do after an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Quit,
}

impl Player {
    /// Starts or stops playing. Playing from the end starts over; playing from a recorded
    /// pause moves past it.
    pub fn toggle_play(&mut self) {
        if self.playing {
            self.playing = false;
        } else {
            if self.pos == self.len() {
                self.seek(0);
            }
            self.playing = true;
            self.burst = 0.0;
            self.state.paused = false;
            self.state.clear_script_note();
        }
        self.sync();
    }

    /// Advances the playhead by `wall` of wall time if playing. Returns whether anything
    /// visible changed.
    pub fn tick(&mut self, wall: Duration) -> bool {
        let indexed = self.poll_opening() || self.opening_progressed();
        if !self.playing {
            return indexed;
        }
        let dt = wall.as_secs_f64();
        let per_frame = BURST_RATE * self.speed * dt;
        // No banking across frames: a long idle stretch must not release a flood later.
        self.burst = (self.burst + per_frame).min(per_frame + 1.0);
        let target = self.clock + self.speed * dt;
        let before = (self.pos, self.clock);
        loop {
            let Some(t) = self.next_time() else {
                self.playing = false;
                break;
            };
            if t > target {
                self.advance_clock(target);
                break;
            }
            let same_instant = self.pos > 0 && t <= self.state.now;
            if same_instant {
                if self.burst < 1.0 {
                    break;
                }
                self.burst -= 1.0;
            }
            self.apply_next();
            if self.pause_at(self.pos) {
                self.playing = false;
                break;
            }
        }
        self.sync();
        indexed || before != (self.pos, self.clock) || !self.playing
    }

    /// Whether opening got a percent further than the position bar shows (the bar is
    /// refreshed then).
    fn opening_progressed(&mut self) -> bool {
        let shown = self.state.replay.as_ref().and_then(|p| p.opening);
        let now = self.opening_progress();
        if now != shown {
            self.sync();
        }
        now != shown
    }

    /// Carries out a person's action.
    pub fn act(&mut self, action: ReplayAction) -> Flow {
        self.state.flash = None;
        // The help closes on any key and the key still acts (`State::act` handles the keys
        // the help itself uses: Tab, scrolling, ? and Esc).
        if self.state.view.help && !matches!(action, ReplayAction::View(_)) {
            self.state.view.help = false;
        }
        let moves_the_playhead = !matches!(
            action,
            ReplayAction::View(_)
                | ReplayAction::Faster
                | ReplayAction::Slower
                | ReplayAction::LiveOnly(_)
                | ReplayAction::Quit
        );
        if moves_the_playhead && self.loading() {
            let pct = self.opening_progress().map_or(0, |(_, pct)| pct);
            self.state.flash = Some(format!(
                "still loading the recording ({pct}%): the playhead moves once it is in"
            ));
            self.sync();
            return Flow::Continue;
        }
        match action {
            ReplayAction::View(a) => {
                if self.state.act(a) == Effect::Quit {
                    return Flow::Quit;
                }
            }
            ReplayAction::TogglePlay => self.toggle_play(),
            ReplayAction::StepForward => self.step_forward(),
            ReplayAction::StepBack => self.step_back(),
            ReplayAction::StepHandle => {
                if !self.step_handle() {
                    self.state.flash = Some("at the end: no step after this point".into());
                }
            }
            ReplayAction::NextSwitch | ReplayAction::PrevSwitch if self.indexing() => {
                let pct = self.opening_progress().map_or(0, |(_, pct)| pct);
                let what = self.switch_word();
                self.state.flash = Some(format!(
                    "still indexing the recording ({pct}%): ]/[ find each {what} once it is done"
                ));
            }
            ReplayAction::NextSwitch => {
                if !self.next_switch() {
                    let what = self.switch_word();
                    self.state.flash = Some(format!("no {what} after this point"));
                }
            }
            ReplayAction::PrevSwitch => {
                if !self.prev_switch() {
                    let what = self.switch_word();
                    self.state.flash = Some(format!("no {what} before this point"));
                }
            }
            ReplayAction::Start => {
                self.playing = false;
                self.seek(0);
            }
            ReplayAction::End => {
                self.playing = false;
                self.seek(self.len());
            }
            ReplayAction::Faster => self.set_speed(self.speed * 2.0),
            ReplayAction::Slower => self.set_speed(self.speed / 2.0),
            ReplayAction::StartSeek(target) => {
                self.prompt = Some(SeekPrompt {
                    target,
                    text: String::new(),
                });
            }
            ReplayAction::PromptChar(c) => {
                if let Some(p) = &mut self.prompt {
                    if p.text.len() < PROMPT_MAX {
                        p.text.push(c);
                    }
                }
            }
            ReplayAction::PromptBackspace => {
                if let Some(p) = &mut self.prompt {
                    p.text.pop();
                }
            }
            ReplayAction::PromptCancel => self.prompt = None,
            ReplayAction::PromptDone => {
                if let Some(p) = self.prompt.take() {
                    self.seek_to(&p);
                }
            }
            ReplayAction::LiveOnly(key) => {
                self.state.flash = Some(format!(
                    "this is a recording: {key} works only in the live dashboard (coroviz FILE)"
                ));
            }
            ReplayAction::Quit => return Flow::Quit,
        }
        self.sync();
        Flow::Continue
    }

    /// Carries out a typed seek, or says why it cannot.
    fn seek_to(&mut self, prompt: &SeekPrompt) {
        let text = prompt.text.trim();
        match prompt.target {
            SeekTarget::Time => match text.trim_end_matches('s').trim().parse::<f64>() {
                Ok(t) if t.is_finite() && t >= 0.0 => self.seek_time(t),
                _ => {
                    self.state.flash = Some(format!(
                        "`{text}` is not a virtual time: type seconds, like 1.5"
                    ));
                }
            },
            SeekTarget::Iteration => match text.parse::<u64>() {
                Ok(n) => self.seek_iteration(n),
                Err(_) => {
                    self.state.flash = Some(format!(
                        "`{text}` is not a loop iteration: type a whole number, like 12"
                    ));
                }
            },
        }
    }
}

/// The action a mouse click on task row `row` is, in a replay too.
pub fn select_row(row: usize) -> ReplayAction {
    ReplayAction::View(Action::SelectRow(row))
}
