//! Which panel has the keys, how far each panel is scrolled, and the full-screen pager (`L`,
//! the lesson text) or zoom (`z`, the focused panel).
//!
//! The model does not wrap text, so it cannot know how many lines a panel holds: the host
//! measures the screen it drew ([`Extents`], from `ui::measure`) before it hands over a key,
//! and scrolling is clamped to that.

use super::action::{Action, Effect};
use super::view::Tab;
use super::State;

/// A panel of the dashboard that can take the keys, scroll, or fill the screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Panel {
    #[default]
    Tasks,
    Log,
    Source,
    Timeline,
    Notes,
    Output,
    Loop,
    /// The task detail overlay (Enter).
    Detail,
    /// The lesson text as a full-screen pager (`L`).
    Lesson,
}

/// How many [`Panel`]s there are.
pub const PANELS: usize = 9;

impl Panel {
    /// The order Tab moves the focus in (Shift-Tab goes back). The bottom tabs come right
    /// after the task table, so on a small terminal Tab still brings up the log, then source…
    pub const CYCLE: [Panel; 7] = [
        Panel::Tasks,
        Panel::Log,
        Panel::Source,
        Panel::Timeline,
        Panel::Notes,
        Panel::Output,
        Panel::Loop,
    ];

    fn index(self) -> usize {
        self as usize
    }

    /// The bottom tab that shows this panel in the compact layout.
    pub fn tab(self) -> Option<Tab> {
        Some(match self {
            Panel::Log => Tab::Log,
            Panel::Source => Tab::Source,
            Panel::Timeline => Tab::Timeline,
            Panel::Notes => Tab::Notes,
            _ => return None,
        })
    }

    /// Whether a fresh view of the panel shows its end (the newest lines) rather than its top.
    pub fn follows_the_end(self) -> bool {
        matches!(self, Panel::Log | Panel::Output)
    }

    fn step(self, by: isize) -> Panel {
        let n = Panel::CYCLE.len() as isize;
        let i = Panel::CYCLE.iter().position(|p| *p == self).unwrap_or(0) as isize;
        Panel::CYCLE[(i + by).rem_euclid(n) as usize]
    }
}

/// How one panel is scrolled.
///
/// Unpinned, a panel shows its default position (the end for the log and output: they follow
/// new lines; the selected task's line for the source; the top for the rest). Scrolling pins
/// it at `top`; scrolling the log or output back to its end unpins it, so it follows again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scroll {
    pub top: usize,
    pub pinned: bool,
}

/// What the screen showed of one panel: its lines, the rows it had, the first line shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Extent {
    pub lines: usize,
    pub visible: usize,
    pub top: usize,
}

impl Extent {
    /// The largest `top` that still fills the panel.
    pub fn max_top(&self) -> usize {
        self.lines.saturating_sub(self.visible)
    }
}

/// The last measured [`Extent`] of every panel (zero for panels not on screen).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Extents(pub [Extent; PANELS]);

impl Extents {
    pub fn get(&self, p: Panel) -> Extent {
        self.0[p.index()]
    }

    pub fn set(&mut self, p: Panel, e: Extent) {
        self.0[p.index()] = e;
    }
}

/// Focus, scrolling and the full-screen panel: the part of [`super::View`] this file owns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Focus {
    /// The panel the keys go to (the task table at first: ↑/↓ select tasks as they always did).
    pub panel: Panel,
    scrolls: [Scroll; PANELS],
    /// A panel filling the screen: the lesson pager, or a zoomed panel.
    pub full: Option<Panel>,
    /// The pager was opened by a scripted pause (it closes when the run resumes).
    pub opened_by_script: bool,
    pub extents: Extents,
}

impl Focus {
    pub fn scroll(&self, p: Panel) -> Scroll {
        self.scrolls[p.index()]
    }

    /// The panel the scroll keys move: the full-screen one, else the focused one.
    pub fn target(&self) -> Panel {
        self.full.unwrap_or(self.panel)
    }

    /// Back to the panel's default position (the end, the selection's line, the top).
    pub fn unpin(&mut self, p: Panel) {
        self.scrolls[p.index()] = Scroll::default();
    }

    /// Moves `p` by `by` lines (negative: up), within what was measured.
    pub fn scroll_by(&mut self, p: Panel, by: isize) {
        let e = self.extents.get(p);
        let max = e.max_top();
        // Pinned, the panel stands where it was put; else where it was last drawn.
        let s = self.scrolls[p.index()];
        let from = if s.pinned { s.top } else { e.top }.min(max);
        let top = if by < 0 {
            from.saturating_sub(by.unsigned_abs())
        } else {
            (from + by as usize).min(max)
        };
        self.pin(p, top);
    }

    fn pin(&mut self, p: Panel, top: usize) {
        let max = self.extents.get(p).max_top();
        self.scrolls[p.index()] = if p.follows_the_end() && top >= max {
            Scroll::default()
        } else {
            Scroll { top, pinned: true }
        };
    }

    fn home(&mut self, p: Panel) {
        self.scrolls[p.index()] = Scroll {
            top: 0,
            pinned: true,
        };
    }

    fn end(&mut self, p: Panel) {
        let max = self.extents.get(p).max_top();
        self.pin(p, max);
        if !p.follows_the_end() {
            // Past any end measured so far: the panel's own clamp keeps it at its last page.
            self.scrolls[p.index()] = Scroll {
                top: usize::MAX,
                pinned: true,
            };
        }
    }

    /// Rows a page key moves in `p`: its height less one line kept for context.
    fn page(&self, p: Panel) -> isize {
        self.extents.get(p).visible.saturating_sub(1).max(1) as isize
    }
}

/// Lines one notch of the mouse wheel scrolls.
pub const WHEEL: isize = 3;

impl State {
    /// Carries out the focus, scroll and full-screen actions, and the selection keys when the
    /// keys go to a panel other than the task table. `None`: the action is not about focus.
    pub(super) fn act_on_focus(&mut self, action: &Action) -> Option<Effect> {
        let f = &mut self.view.focus;
        match action {
            Action::FocusNext | Action::FocusPrev => {
                f.full = None;
                f.panel = f
                    .panel
                    .step(if *action == Action::FocusNext { 1 } else { -1 });
                self.show_focused_tab();
            }
            Action::FocusPanel(p) => {
                f.panel = *p;
                self.show_focused_tab();
            }
            Action::ScrollPanel(p, by) => {
                f.panel = match p {
                    Panel::Detail | Panel::Lesson => f.panel,
                    _ => *p,
                };
                if *p == Panel::Tasks {
                    let by = *by;
                    return Some(self.select(|s, _| s.saturating_add_signed(by)));
                }
                f.scroll_by(*p, *by);
            }
            Action::ToggleLesson => {
                if f.full == Some(Panel::Lesson) {
                    f.full = None;
                } else {
                    f.full = Some(Panel::Lesson);
                    f.unpin(Panel::Lesson);
                }
                f.opened_by_script = false;
            }
            Action::ToggleZoom => {
                f.full = match f.full {
                    Some(_) => None,
                    None => Some(f.panel),
                };
                f.opened_by_script = false;
            }
            Action::Close if f.full.is_some() => {
                f.full = None;
                f.opened_by_script = false;
            }
            Action::SelectRow(_) => {
                f.panel = Panel::Tasks;
                return None;
            }
            Action::FilterChar(_) | Action::FilterBackspace | Action::FilterClear => {
                f.unpin(Panel::Log);
                return None;
            }
            Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
                let paging = matches!(action, Action::PageUp | Action::PageDown);
                let p = match (f.full, self.view.detail) {
                    (Some(p), _) => p,
                    // The detail follows the selection (↑/↓); the page keys scroll it.
                    (None, true) if paging => Panel::Detail,
                    (None, true) => return None,
                    (None, false) => f.panel,
                };
                if p == Panel::Tasks {
                    return None;
                }
                let by = match action {
                    Action::Up => -1,
                    Action::Down => 1,
                    Action::PageUp => -f.page(p),
                    _ => f.page(p),
                };
                f.scroll_by(p, by);
            }
            Action::First | Action::Last => {
                let p = match (f.full, self.view.detail) {
                    (Some(p), _) => p,
                    (None, true) => Panel::Detail,
                    (None, false) => f.panel,
                };
                if p == Panel::Tasks {
                    return None;
                }
                if *action == Action::First {
                    f.home(p);
                } else {
                    f.end(p);
                }
            }
            _ => return None,
        }
        Some(Effect::Nothing)
    }

    /// The compact layout shows one bottom panel at a time: focusing one brings it up.
    fn show_focused_tab(&mut self) {
        if let Some(tab) = self.view.focus.panel.tab() {
            self.view.tab = tab;
        }
    }

    /// What the host measured on the screen it last drew (see [`Extents`]).
    pub fn measured(&mut self, extents: Extents) {
        self.view.focus.extents = extents;
    }

    /// A scripted pause with a note opens the lesson pager on it, so it is read whole.
    pub(super) fn open_pager_at_note(&mut self) {
        let f = &mut self.view.focus;
        if f.full.is_none() {
            f.full = Some(Panel::Lesson);
            f.opened_by_script = true;
        }
        f.unpin(Panel::Lesson);
    }

    /// The run goes on after a scripted pause: its note is gone, and so is the pager it opened.
    pub fn clear_script_note(&mut self) {
        self.script_note = None;
        let f = &mut self.view.focus;
        if f.opened_by_script {
            f.full = None;
            f.opened_by_script = false;
        }
    }

    /// The selection moved: the source centres on it again and the detail starts at its top.
    pub(super) fn selection_moved(&mut self) {
        self.view.focus.unpin(Panel::Source);
        self.view.focus.unpin(Panel::Detail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Lesson;

    fn state() -> State {
        let lesson = Lesson {
            title: "t".into(),
            about: String::new(),
            source_name: "p.py".into(),
            source: String::new(),
            speed: 1.0,
        };
        State::new(lesson, false)
    }

    /// As the host would measure it: `lines` in `visible` rows, shown from `top`.
    fn measured(s: &mut State, p: Panel, lines: usize, visible: usize, top: usize) {
        let mut e = Extents::default();
        e.set(
            p,
            Extent {
                lines,
                visible,
                top,
            },
        );
        s.measured(e);
    }

    #[test]
    fn the_scroll_keys_move_the_focused_panel_within_its_lines() {
        let mut s = state();
        s.view.focus.panel = Panel::Notes;
        measured(&mut s, Panel::Notes, 50, 10, 0);
        s.act(Action::Down);
        assert_eq!(
            s.view.focus.scroll(Panel::Notes),
            Scroll {
                top: 1,
                pinned: true
            }
        );
        measured(&mut s, Panel::Notes, 50, 10, 1);
        s.act(Action::PageDown);
        assert_eq!(s.view.focus.scroll(Panel::Notes).top, 10);
        measured(&mut s, Panel::Notes, 50, 10, 10);
        for _ in 0..10 {
            s.act(Action::PageDown);
        }
        assert_eq!(
            s.view.focus.scroll(Panel::Notes).top,
            40,
            "stops at the last page"
        );
        s.act(Action::First);
        assert_eq!(s.view.focus.scroll(Panel::Notes).top, 0);
        measured(&mut s, Panel::Notes, 50, 10, 0);
        s.act(Action::Up);
        assert_eq!(s.view.focus.scroll(Panel::Notes).top, 0);
    }

    #[test]
    fn the_log_follows_until_scrolled_up_and_again_from_its_end() {
        let mut s = state();
        s.view.focus.panel = Panel::Log;
        assert!(
            !s.view.focus.scroll(Panel::Log).pinned,
            "following at first"
        );
        measured(&mut s, Panel::Log, 30, 10, 20);
        s.act(Action::Up);
        assert_eq!(
            s.view.focus.scroll(Panel::Log),
            Scroll {
                top: 19,
                pinned: true
            }
        );
        measured(&mut s, Panel::Log, 40, 10, 19);
        s.act(Action::Down);
        assert!(s.view.focus.scroll(Panel::Log).pinned, "not yet at the end");
        s.act(Action::Last);
        assert!(
            !s.view.focus.scroll(Panel::Log).pinned,
            "End: following again"
        );
        // Typing a filter shows the newest matches.
        measured(&mut s, Panel::Log, 40, 10, 30);
        s.act(Action::Up);
        s.act(Action::StartFilter);
        s.act(Action::FilterChar('x'));
        assert!(!s.view.focus.scroll(Panel::Log).pinned);
    }

    #[test]
    fn tab_cycles_the_focus_and_the_task_table_keeps_its_keys() {
        let mut s = state();
        assert_eq!(s.view.focus.panel, Panel::Tasks);
        let mut seen = Vec::new();
        for _ in 0..Panel::CYCLE.len() {
            s.act(Action::FocusNext);
            seen.push(s.view.focus.panel);
            if let Some(tab) = s.view.focus.panel.tab() {
                assert_eq!(s.view.tab, tab, "focusing a bottom panel brings it up");
            }
        }
        assert_eq!(seen.last(), Some(&Panel::Tasks));
        assert_eq!(seen.len(), Panel::CYCLE.len());
        s.act(Action::FocusPrev);
        assert_eq!(s.view.focus.panel, Panel::Loop);
        // Tasks focused: Down is a selection (nothing to select here, nothing scrolls).
        s.act(Action::FocusNext);
        s.act(Action::Down);
        assert_eq!(s.view.focus.scroll(Panel::Tasks), Scroll::default());
    }

    #[test]
    fn l_and_z_fill_the_screen_and_esc_closes_them_first() {
        let mut s = state();
        s.act(Action::ToggleLesson);
        assert_eq!(s.view.focus.full, Some(Panel::Lesson));
        measured(&mut s, Panel::Lesson, 60, 20, 0);
        s.act(Action::Last);
        assert_eq!(
            s.view.focus.scroll(Panel::Lesson).top,
            usize::MAX,
            "clamped when drawn"
        );
        s.act(Action::Close);
        assert_eq!(s.view.focus.full, None);
        s.act(Action::FocusNext);
        s.act(Action::ToggleZoom);
        assert_eq!(s.view.focus.full, Some(Panel::Log));
        s.act(Action::ToggleZoom);
        assert_eq!(s.view.focus.full, None);
        // Escape with nothing full-screen still clears the filter, as before.
        s.view.filter = "x".into();
        s.act(Action::Close);
        assert_eq!(s.view.filter, "");
    }

    #[test]
    fn a_scripted_pause_opens_the_pager_only_with_a_note() {
        let mut s = state();
        s.note(crate::app::HostNote::ScriptPause { note: None });
        assert_eq!(s.view.focus.full, None);
        s.note(crate::app::HostNote::ScriptPause {
            note: Some("look".into()),
        });
        assert_eq!(s.view.focus.full, Some(Panel::Lesson));
        s.clear_script_note();
        assert_eq!(s.view.focus.full, None);
    }
}
