//! The header (scenario, virtual time, speed, iteration, mode) and the footer (what just
//! happened, what is pending, or the keys).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text::{fit, secs, speed, width};
use super::Ctx;
use crate::app::{exit_word, Mode, Panel, Queued, SeekTarget, State};

pub(crate) struct Header<'a> {
    pub ctx: &'a Ctx<'a>,
}

impl Widget for &Header<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, t) = (self.ctx.state, self.ctx.theme);
        let mut right = vec![
            Span::styled(format!("t={}s", secs(s.now)), t.title()),
            Span::raw(format!("  ×{}  iter {}  ", speed(s.speed), s.iter)),
        ];
        if s.dropped_events > 0 {
            right.push(Span::styled(
                format!("⚠ {} events dropped ", s.dropped_events),
                t.error(),
            ));
        }
        if s.recording {
            right.push(Span::styled("● REC ", t.error()));
        }
        if s.view.hide_internals {
            right.push(Span::styled("internals hidden (i) ", t.warn()));
        }
        right.push(mode_badge(s, self.ctx));
        let right = Line::from(right);
        let right_w = right.width();
        let left_w = usize::from(area.width).saturating_sub(right_w + 1);
        let left = Line::from(vec![
            Span::styled(" coroviz ", t.title().patch(t.selected())),
            Span::raw(" "),
            Span::styled(
                fit(&s.lesson.title, left_w.saturating_sub(10)).into_owned(),
                t.title(),
            ),
        ]);
        buf.set_line(area.x, area.y, &left, area.width);
        let x = area.right().saturating_sub(right_w as u16);
        buf.set_line(x.max(area.x), area.y, &right, area.width);
    }
}

fn mode_badge<'a>(s: &State, ctx: &Ctx<'a>) -> Span<'a> {
    let t = ctx.theme;
    if s.restarting {
        return Span::styled(" ↻ RESTARTING ", t.warn().patch(t.selected()));
    }
    match s.mode() {
        Mode::Live if s.engine_stopped => Span::styled(" ENGINE STOPPED ", t.error()),
        Mode::Live => Span::styled(" ▶ LIVE ", t.good().patch(t.selected())),
        Mode::Paused => Span::styled(" ⏸ PAUSED ", t.warn().patch(t.selected())),
        Mode::Replay => match s.replay.as_ref().is_some_and(|p| p.playing) {
            true => Span::styled(" ▶ REPLAY ", t.good().patch(t.selected())),
            false => Span::styled(" ⏸ REPLAY ", t.warn().patch(t.selected())),
        },
        Mode::Finished => {
            let code = s.finish.map(|f| f.code).unwrap_or_default();
            let style = if code == 0 { t.good() } else { t.error() };
            Span::styled(
                format!(" ■ FINISHED exit {code} "),
                style.patch(t.selected()),
            )
        }
    }
}

pub(crate) struct Footer<'a> {
    pub ctx: &'a Ctx<'a>,
}

/// The key hints, most important first (cut from the end when narrow).
const HINTS: &[(&str, &str)] = &[
    ("space", "pause"),
    ("n", "step"),
    ("L", "lesson"),
    ("+/-", "speed"),
    ("↑↓", "select"),
    ("⏎", "detail"),
    ("c", "cancel"),
    ("^C", "interrupt"),
    ("/", "filter"),
    ("Tab", "panels"),
    ("i", "internals"),
    ("r", "restart"),
    ("?", "help"),
    ("q", "quit"),
];

/// The key hints while replaying a recording.
const REPLAY_HINTS: &[(&str, &str)] = &[
    ("space", "play"),
    ("←→", "step"),
    ("[]", "switch"),
    ("t/i", "seek"),
    ("L", "lesson"),
    ("+/-", "speed"),
    ("↑↓", "select"),
    ("⏎", "detail"),
    ("/", "filter"),
    ("?", "help"),
    ("q", "quit"),
];

impl Widget for &Footer<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, t) = (self.ctx.state, self.ctx.theme);
        let max = usize::from(area.width);
        let hints = match s.replay {
            Some(_) => REPLAY_HINTS,
            None => HINTS,
        };
        let line = match status(s) {
            Some((text, important)) => {
                let style = if important { t.warn() } else { t.plain_text() };
                Line::from(Span::styled(format!(" {}", fit(&text, max - 1)), style))
            }
            None => {
                let mut spans = vec![Span::raw(" ")];
                let mut used = 1;
                for (key, what) in hints {
                    // The internals toggle says what pressing it does now.
                    let what = match (*key, s.view.hide_internals) {
                        ("i", true) => "show internals",
                        ("i", false) => "hide internals",
                        _ => *what,
                    };
                    let w = width(key) + width(what) + 3;
                    if used + w > max {
                        break;
                    }
                    used += w;
                    spans.push(Span::styled(*key, t.key()));
                    spans.push(Span::raw(format!(" {what}  ")));
                }
                Line::from(spans)
            }
        };
        buf.set_line(area.x, area.y, &line, area.width);
    }
}

/// What the footer should say instead of the key hints, and whether it is important.
fn status(s: &State) -> Option<(String, bool)> {
    if let Some(flash) = &s.flash {
        return Some((flash.clone(), true));
    }
    if s.view.filtering {
        return Some((
            format!(
                "filter the event log: {}▏  (Enter keeps it, Esc clears it)",
                s.view.filter
            ),
            false,
        ));
    }
    if let Some(p) = s.replay.as_ref().and_then(|r| r.prompt.as_ref()) {
        let what = match p.target {
            SeekTarget::Time => "seek to virtual time (seconds)",
            SeekTarget::Iteration => "seek to the end of loop iteration",
        };
        return Some((
            format!("{what}: {}▏  (Enter seeks, Esc cancels)", p.text),
            false,
        ));
    }
    if let Some(q) = s.queued.first() {
        let what = match q {
            Queued::Cancel(id) => format!(
                "cancel {} sent: it lands when the loop next polls for I/O, as a callback would",
                s.task(*id).map(|t| t.name.as_str()).unwrap_or("the task")
            ),
            Queued::CancelFuture(id) => format!(
                "cancel of the future of {} sent: the main thread runs it at its next wait",
                s.pool_futures
                    .get(*id)
                    .map(|f| f.call.as_str())
                    .unwrap_or("the call")
            ),
            Queued::Interrupt => {
                "Ctrl-C sent: KeyboardInterrupt lands at the loop's next safe point".into()
            }
        };
        let hint = if s.paused {
            " (paused: n steps, space resumes)"
        } else {
            ""
        };
        return Some((format!("{what}{hint}"), true));
    }
    if let Some((func, line)) = &s.busy {
        return Some((
            format!(
                "⏳ {func} (line {line}) runs a long slice without awaiting: the loop is stuck \
                 until it yields (Ctrl-C interrupts it)"
            ),
            true,
        ));
    }
    if let Some(b) = s.blocked {
        return Some((
            format!(
                "⛔ the loop is blocked by a blocking call at line {} until t={}: nothing else runs",
                b.line,
                secs(b.until)
            ),
            true,
        ));
    }
    if let Some(crash) = &s.crash {
        return Some((
            format!("coroviz hit a bug and the engine stopped ({crash}): q quits"),
            true,
        ));
    }
    if s.engine_stopped && s.finish.is_none() {
        return Some(("the engine stopped: q quits".into(), true));
    }
    // A scripted pause's pager has the note whole; the footer still says who paused.
    let pause_pager = s.view.focus.full == Some(Panel::Lesson) && s.script_note.is_some();
    if let Some(full) = s.view.focus.full.filter(|_| !pause_pager) {
        let what = match (full, s.paused && s.replay.is_none() && s.finish.is_none()) {
            (Panel::Lesson, true) => {
                "↑↓ PgUp PgDn g G scroll · L or Esc closes · space resumes · n steps"
            }
            (Panel::Lesson, false) => "↑↓ PgUp PgDn g G scroll · L or Esc closes · ? help",
            (_, _) => "↑↓ PgUp PgDn g G scroll · z or Esc shows every panel · ? help",
        };
        return Some((what.into(), false));
    }
    match s.mode() {
        Mode::Finished => {
            let f = s.finish?;
            Some((
                format!(
                    "program finished: {} (exit {}) · r restart · ? help · q quit",
                    exit_word(f.exit),
                    f.code
                ),
                false,
            ))
        }
        Mode::Paused => Some((
            format!(
                "{} · n runs one step · space resumes · ? help",
                s.paused_text()
            ),
            false,
        )),
        Mode::Replay => replay_status(s),
        Mode::Live => None,
    }
}

/// What the footer says in a replay when nothing more pressing is shown: a recorded pause's
/// note, or how the run ended at the end of the recording.
fn replay_status(s: &State) -> Option<(String, bool)> {
    let p = s.replay.as_ref()?;
    if s.paused {
        let what = match &s.script_note {
            Some(note) => format!("paused by the scenario: {note}"),
            None => "the scenario paused here".into(),
        };
        return Some((format!("{what} · space plays on · ? help"), true));
    }
    if p.position < p.events || p.playing {
        return None;
    }
    let end = match (s.finish, p.truncated) {
        (_, true) => "end of a truncated recording: the run went on, the file stops here".into(),
        (Some(f), false) => format!(
            "end of the recording: program finished: {} (exit {})",
            exit_word(f.exit),
            f.code
        ),
        (None, false) => "end of the recording".into(),
    };
    Some((format!("{end} · Home starts over · q quits"), false))
}
