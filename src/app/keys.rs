//! The key map: a pure function from a key (already translated from the terminal) to an Action.

use super::action::Action;

/// A key press, independent of any terminal library.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Char(char),
    /// A letter with Ctrl held.
    Ctrl(char),
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Enter,
    Esc,
    Backspace,
    Tab,
    /// Shift-Tab.
    BackTab,
}

/// Whether keys type into the log filter or command the dashboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputMode {
    Normal,
    Filter,
}

/// The action for a key, if any.
pub fn action_for(key: Key, mode: InputMode) -> Option<Action> {
    if key == Key::Ctrl('c') {
        return Some(Action::Interrupt);
    }
    match mode {
        InputMode::Filter => filter_key(key),
        InputMode::Normal => normal_key(key),
    }
}

fn filter_key(key: Key) -> Option<Action> {
    Some(match key {
        Key::Char(c) => Action::FilterChar(c),
        Key::Backspace => Action::FilterBackspace,
        Key::Enter => Action::FilterDone,
        Key::Esc => Action::FilterClear,
        _ => return None,
    })
}

fn normal_key(key: Key) -> Option<Action> {
    Some(match key {
        Key::Char(' ') => Action::TogglePause,
        Key::Char('n') => Action::Step,
        Key::Char('+' | '=') => Action::Faster,
        Key::Char('-' | '_') => Action::Slower,
        Key::Up | Key::Char('k') => Action::Up,
        Key::Down | Key::Char('j') => Action::Down,
        Key::PageUp => Action::PageUp,
        Key::PageDown => Action::PageDown,
        Key::Home | Key::Char('g') => Action::First,
        Key::End | Key::Char('G') => Action::Last,
        Key::Enter => Action::ToggleDetail,
        Key::Char('v') => Action::ToggleFrames,
        Key::Char('c') => Action::Cancel,
        Key::Char('/') => Action::StartFilter,
        Key::Tab => Action::FocusNext,
        Key::BackTab => Action::FocusPrev,
        Key::Char('L') => Action::ToggleLesson,
        Key::Char('z') => Action::ToggleZoom,
        Key::Char('?') => Action::ToggleHelp,
        Key::Char('i') => Action::ToggleInternals,
        Key::Esc => Action::Close,
        Key::Char('r') => Action::Restart,
        Key::Char('q') => Action::Quit,
        _ => return None,
    })
}

/// The keys the help overlay lists, in order: (keys, what they do).
pub const HELP: &[(&str, &str)] = &[
    ("space", "pause / resume the program"),
    ("n", "step: run one loop handle or one generator operation"),
    ("+ / -", "speed up / slow down virtual time"),
    (
        "↑ ↓  j k",
        "select a task, or scroll the focused panel (wheel too)",
    ),
    ("PgUp PgDn", "a page up / down in the focused panel"),
    (
        "Home End",
        "the top / the end of the focused panel (at the end the log follows again)",
    ),
    ("g G", "the same as Home / End"),
    (
        "Tab S-Tab",
        "focus the next / previous panel (click focuses); in ?, the glossary",
    ),
    ("L", "the lesson text, full screen (Esc or L closes)"),
    ("z", "zoom the focused panel to the full screen"),
    ("Enter", "task detail: await chain, done callbacks, cancels"),
    (
        "v",
        "frames and local variables of the selected task or generator",
    ),
    (
        "c",
        "cancel the selected task (task.cancel() from a callback)",
    ),
    (
        "Ctrl-C",
        "KeyboardInterrupt, delivered as CPython 3.11 does",
    ),
    ("/", "filter the event log (Enter keeps, Esc clears)"),
    (
        "Esc",
        "close the pager, zoom or detail, else clear the log filter",
    ),
    (
        "i",
        "hide / show asyncio's internals (cleanup tasks, library callbacks)",
    ),
    ("r", "restart the program"),
    ("?", "this help"),
    ("q", "quit"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_design_keys_map_to_their_actions() {
        let n = |k| action_for(k, InputMode::Normal);
        assert_eq!(n(Key::Char(' ')), Some(Action::TogglePause));
        assert_eq!(n(Key::Char('n')), Some(Action::Step));
        assert_eq!(n(Key::Char('+')), Some(Action::Faster));
        assert_eq!(n(Key::Char('-')), Some(Action::Slower));
        assert_eq!(n(Key::Up), Some(Action::Up));
        assert_eq!(n(Key::Char('k')), Some(Action::Up));
        assert_eq!(n(Key::Down), Some(Action::Down));
        assert_eq!(n(Key::Char('j')), Some(Action::Down));
        assert_eq!(n(Key::Enter), Some(Action::ToggleDetail));
        assert_eq!(n(Key::Char('c')), Some(Action::Cancel));
        assert_eq!(n(Key::Ctrl('c')), Some(Action::Interrupt));
        assert_eq!(n(Key::Char('/')), Some(Action::StartFilter));
        assert_eq!(n(Key::Char('r')), Some(Action::Restart));
        assert_eq!(n(Key::Char('?')), Some(Action::ToggleHelp));
        assert_eq!(n(Key::Char('q')), Some(Action::Quit));
        assert_eq!(n(Key::Char('x')), None);
    }

    #[test]
    fn while_filtering_letters_are_text_but_ctrl_c_still_interrupts() {
        let f = |k| action_for(k, InputMode::Filter);
        assert_eq!(f(Key::Char('q')), Some(Action::FilterChar('q')));
        assert_eq!(f(Key::Char(' ')), Some(Action::FilterChar(' ')));
        assert_eq!(f(Key::Backspace), Some(Action::FilterBackspace));
        assert_eq!(f(Key::Enter), Some(Action::FilterDone));
        assert_eq!(f(Key::Esc), Some(Action::FilterClear));
        assert_eq!(f(Key::Ctrl('c')), Some(Action::Interrupt));
        assert_eq!(f(Key::Up), None);
    }

    #[test]
    fn help_lists_every_design_key() {
        let keys: Vec<&str> = HELP.iter().map(|(k, _)| *k).collect();
        for k in [
            "space", "n", "+ / -", "Enter", "c", "Ctrl-C", "/", "r", "?", "q",
        ] {
            assert!(keys.contains(&k), "{k}");
        }
    }

    #[test]
    fn every_key_that_acts_is_in_the_help() {
        let listed = |needle: &str| {
            HELP.iter()
                .any(|(k, _)| k.split_whitespace().any(|w| w == needle))
        };
        let keys = [
            (Key::PageUp, "PgUp"),
            (Key::PageDown, "PgDn"),
            (Key::Char('g'), "g"),
            (Key::Char('G'), "G"),
            (Key::Esc, "Esc"),
            (Key::Char('i'), "i"),
            (Key::Tab, "Tab"),
            (Key::Char('j'), "j"),
            (Key::Char('k'), "k"),
        ];
        for (key, name) in keys {
            assert!(action_for(key, InputMode::Normal).is_some(), "{name} acts");
            assert!(listed(name), "{name} is listed");
        }
    }
}
