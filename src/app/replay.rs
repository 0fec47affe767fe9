//! Replay in the dashboard's model: what the position bar shows ([`Playback`]), what a
//! person can ask of a recording ([`ReplayAction`]) and the pure key map for it.
//!
//! The player that carries these out lives in `crate::replay`; this file only names them, so
//! `ui` can draw them from `&State` alone.

use super::action::Action;
use super::keys::Key;

/// Where the playhead of a replay stands, for the position bar and the header.
///
/// Invariant: `position <= events`; `speed` is within [`super::view::SPEED_RANGE`].
#[derive(Clone, Debug, PartialEq)]
pub struct Playback {
    pub playing: bool,
    /// Events applied so far.
    pub position: usize,
    /// Events in the recording.
    pub events: usize,
    /// The playhead's virtual time (moves between events while playing).
    pub clock: f64,
    /// The loop iteration of the last applied event.
    pub iteration: u64,
    /// Virtual time of the recording's last event.
    pub duration: f64,
    pub speed: f64,
    /// The recording stops before the run's end (no end record).
    pub truncated: bool,
    /// While the recording opens: what is under way (`loading` its events, then `indexing`
    /// them for seeks and `]`/`[`) and how far, in percent.
    pub opening: Option<(&'static str, usize)>,
    /// A seek being typed.
    pub prompt: Option<SeekPrompt>,
}

/// What a typed seek goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeekTarget {
    /// A virtual time in seconds.
    Time,
    /// A loop iteration.
    Iteration,
}

/// A seek being typed at the foot of the screen (`t` or `i`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeekPrompt {
    pub target: SeekTarget,
    pub text: String,
}

/// A person's intent in a replay.
#[derive(Clone, Debug, PartialEq)]
pub enum ReplayAction {
    /// A view action shared with the live dashboard (selection, detail, filter, tab, help).
    View(Action),
    TogglePlay,
    StepForward,
    StepBack,
    /// To the next loop handle or generator operation (`n`, as live).
    StepHandle,
    NextSwitch,
    PrevSwitch,
    Start,
    End,
    Faster,
    Slower,
    StartSeek(SeekTarget),
    PromptChar(char),
    PromptBackspace,
    PromptDone,
    PromptCancel,
    /// A key that only means something in the live view (`c`, Ctrl-C, `r`).
    LiveOnly(&'static str),
    Quit,
}

/// Whether keys type into a prompt (log filter or seek) or command the replay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplayInput {
    Normal,
    Filter,
    Seek,
    /// A panel fills the screen: Home/End scroll it instead of moving the playhead.
    Pager,
}

/// The replay action for a key, if any.
pub fn replay_action_for(key: Key, input: ReplayInput) -> Option<ReplayAction> {
    use ReplayAction as R;
    match input {
        ReplayInput::Filter => {
            return match key {
                Key::Ctrl('c') => Some(R::LiveOnly("Ctrl-C")),
                Key::Char(c) => Some(R::View(Action::FilterChar(c))),
                Key::Backspace => Some(R::View(Action::FilterBackspace)),
                Key::Enter => Some(R::View(Action::FilterDone)),
                Key::Esc => Some(R::View(Action::FilterClear)),
                _ => None,
            }
        }
        ReplayInput::Seek => {
            return match key {
                Key::Char(c) => Some(R::PromptChar(c)),
                Key::Backspace => Some(R::PromptBackspace),
                Key::Enter => Some(R::PromptDone),
                Key::Esc | Key::Ctrl('c') => Some(R::PromptCancel),
                _ => None,
            }
        }
        ReplayInput::Pager if key == Key::Home => return Some(R::View(Action::First)),
        ReplayInput::Pager if key == Key::End => return Some(R::View(Action::Last)),
        ReplayInput::Normal | ReplayInput::Pager => {}
    }
    Some(match key {
        Key::Char(' ') => R::TogglePlay,
        Key::Right | Key::Char('l') => R::StepForward,
        Key::Left | Key::Char('h') => R::StepBack,
        Key::Char(']') => R::NextSwitch,
        Key::Char('[') => R::PrevSwitch,
        Key::Home => R::Start,
        Key::End => R::End,
        Key::Char('+' | '=') => R::Faster,
        Key::Char('-' | '_') => R::Slower,
        Key::Char('t') => R::StartSeek(SeekTarget::Time),
        Key::Char('i') => R::StartSeek(SeekTarget::Iteration),
        Key::Char('q') => R::Quit,
        Key::Char('c') => R::LiveOnly("c (cancel a task)"),
        Key::Ctrl('c') => R::LiveOnly("Ctrl-C"),
        Key::Char('r') => R::LiveOnly("r (restart)"),
        Key::Char('n') => R::StepHandle,
        Key::Up | Key::Char('k') => R::View(Action::Up),
        Key::Down | Key::Char('j') => R::View(Action::Down),
        Key::PageUp => R::View(Action::PageUp),
        Key::PageDown => R::View(Action::PageDown),
        Key::Char('g') => R::View(Action::First),
        Key::Char('G') => R::View(Action::Last),
        Key::Enter => R::View(Action::ToggleDetail),
        Key::Char('v') => R::View(Action::ToggleFrames),
        Key::Char('/') => R::View(Action::StartFilter),
        Key::Tab => R::View(Action::FocusNext),
        Key::BackTab => R::View(Action::FocusPrev),
        Key::Char('L') => R::View(Action::ToggleLesson),
        Key::Char('z') => R::View(Action::ToggleZoom),
        Key::Char('?') => R::View(Action::ToggleHelp),
        Key::Esc => R::View(Action::Close),
        _ => return None,
    })
}

/// The keys the help overlay lists in a replay, in order: (keys, what they do).
pub const REPLAY_HELP: &[(&str, &str)] = &[
    ("space", "play / pause the recording"),
    ("→ ← l h", "step one event forward / back"),
    ("n", "step: to the next loop handle or generator operation"),
    ("] [", "next / previous task switch"),
    ("Home End", "jump to the start / the end"),
    ("+ / -", "faster / slower (virtual seconds per second)"),
    ("t  i", "seek to a virtual time / a loop iteration"),
    (
        "↑ ↓  j k",
        "select a task, or scroll the focused panel (wheel too)",
    ),
    ("PgUp PgDn", "a page up / down in the focused panel"),
    ("g G", "the top / the end of the focused panel"),
    (
        "Tab S-Tab",
        "focus the next / previous panel (click focuses); in ?, the glossary",
    ),
    (
        "L",
        "the lesson text, full screen (Home/End scroll it; Esc or L closes)",
    ),
    ("z", "zoom the focused panel to the full screen"),
    ("Enter", "task detail: await chain, done callbacks, cancels"),
    (
        "v",
        "frames and local variables of the selected task or generator",
    ),
    ("/", "filter the event log (Enter keeps, Esc clears)"),
    (
        "Esc",
        "close the pager, zoom or detail, else clear the log filter",
    ),
    ("?", "this help"),
    ("q", "quit"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn n(k: Key) -> Option<ReplayAction> {
        replay_action_for(k, ReplayInput::Normal)
    }

    #[test]
    fn the_replay_keys_map_to_their_actions() {
        use ReplayAction as R;
        assert_eq!(n(Key::Char(' ')), Some(R::TogglePlay));
        assert_eq!(n(Key::Right), Some(R::StepForward));
        assert_eq!(n(Key::Char('l')), Some(R::StepForward));
        assert_eq!(n(Key::Left), Some(R::StepBack));
        assert_eq!(n(Key::Char('h')), Some(R::StepBack));
        assert_eq!(n(Key::Char(']')), Some(R::NextSwitch));
        assert_eq!(n(Key::Char('[')), Some(R::PrevSwitch));
        assert_eq!(n(Key::Home), Some(R::Start));
        assert_eq!(n(Key::End), Some(R::End));
        assert_eq!(n(Key::Char('+')), Some(R::Faster));
        assert_eq!(n(Key::Char('-')), Some(R::Slower));
        assert_eq!(n(Key::Char('t')), Some(R::StartSeek(SeekTarget::Time)));
        assert_eq!(n(Key::Char('i')), Some(R::StartSeek(SeekTarget::Iteration)));
        assert_eq!(n(Key::Char('q')), Some(R::Quit));
        assert_eq!(n(Key::Down), Some(R::View(Action::Down)));
        assert_eq!(n(Key::Char('k')), Some(R::View(Action::Up)));
        assert_eq!(n(Key::Enter), Some(R::View(Action::ToggleDetail)));
        assert_eq!(n(Key::Char('/')), Some(R::View(Action::StartFilter)));
        assert_eq!(n(Key::Tab), Some(R::View(Action::FocusNext)));
        assert_eq!(n(Key::BackTab), Some(R::View(Action::FocusPrev)));
        assert_eq!(n(Key::Char('L')), Some(R::View(Action::ToggleLesson)));
        assert_eq!(n(Key::Char('z')), Some(R::View(Action::ToggleZoom)));
        let pager = |k| replay_action_for(k, ReplayInput::Pager);
        assert_eq!(pager(Key::End), Some(R::View(Action::Last)));
        assert_eq!(pager(Key::Home), Some(R::View(Action::First)));
        assert_eq!(pager(Key::Char(' ')), Some(R::TogglePlay));
        assert_eq!(n(Key::Char('?')), Some(R::View(Action::ToggleHelp)));
        assert_eq!(n(Key::Char('x')), None);
    }

    #[test]
    fn live_only_keys_are_named_not_acted_on() {
        for k in [Key::Char('c'), Key::Ctrl('c'), Key::Char('r')] {
            assert!(matches!(n(k), Some(ReplayAction::LiveOnly(_))), "{k:?}");
        }
        assert_eq!(n(Key::Char('n')), Some(ReplayAction::StepHandle));
    }

    #[test]
    fn prompts_take_text() {
        let s = |k| replay_action_for(k, ReplayInput::Seek);
        assert_eq!(s(Key::Char('1')), Some(ReplayAction::PromptChar('1')));
        assert_eq!(s(Key::Char('q')), Some(ReplayAction::PromptChar('q')));
        assert_eq!(s(Key::Enter), Some(ReplayAction::PromptDone));
        assert_eq!(s(Key::Esc), Some(ReplayAction::PromptCancel));
        assert_eq!(s(Key::Backspace), Some(ReplayAction::PromptBackspace));
        let f = |k| replay_action_for(k, ReplayInput::Filter);
        assert_eq!(
            f(Key::Char('q')),
            Some(ReplayAction::View(Action::FilterChar('q')))
        );
        assert!(matches!(f(Key::Ctrl('c')), Some(ReplayAction::LiveOnly(_))));
    }

    #[test]
    fn help_lists_every_replay_key() {
        let keys: Vec<&str> = REPLAY_HELP.iter().map(|(k, _)| *k).collect();
        for k in ["space", "→ ← l h", "] [", "Home End", "+ / -", "t  i", "q"] {
            assert!(keys.contains(&k), "{k}");
        }
    }
}
