//! Frames and local variables (what Python Tutor shows): the latest `Frames` event of each
//! task and generator, and what the frames view shows for the selected row.

use rustc_hash::FxHashMap as HashMap;

use crate::runtime::event::{FrameInfo, FrameRole, FramesOf};

use super::{Row, State};

/// The latest frames each task and generator reported (at the end of its latest step).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Frames {
    latest: HashMap<FramesOf, Vec<FrameInfo>>,
    /// `Frames` events folded since the start.
    pub events: u64,
}

impl Frames {
    pub(crate) fn record(&mut self, owner: FramesOf, frames: &[FrameInfo]) {
        self.events += 1;
        self.latest.insert(owner, frames.to_vec());
    }

    pub fn of(&self, owner: FramesOf) -> Option<&[FrameInfo]> {
        self.latest.get(&owner).map(Vec::as_slice)
    }
}

/// What the frames view shows for one task or generator.
#[derive(Clone, Debug, PartialEq)]
pub struct FramesView<'a> {
    /// `Task-1` or the generator's name.
    pub name: String,
    /// `task` or `generator`.
    pub kind: &'static str,
    pub owner: FramesOf,
    /// `None`: it has not finished a step yet (or the recording predates frames).
    pub frames: Option<&'a [FrameInfo]>,
}

/// One frame as the view words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameText {
    /// `foo()` or `<module>`.
    pub func: String,
    pub line: u32,
    /// What the line is to the learner: `drove it`, `called`, `its yield`, `awaits`, ….
    pub tag: &'static str,
    /// The source line, trimmed (empty when the line is out of range).
    pub source: String,
    /// `name = repr`, then `… 3 more` when some were left out.
    pub locals: Vec<String>,
}

impl State {
    /// The frames view of row `i` of the task table.
    pub fn frames_view(&self, i: usize) -> Option<FramesView<'_>> {
        let (name, kind, owner) = match self.row(i)? {
            Row::Task(t) => (t.name.clone(), "task", FramesOf::Task { task: t.id }),
            Row::Gen(g) => (g.name.clone(), "generator", FramesOf::Gen { gen: g.id }),
            // A pool's future has no frames of its own: its worker thread runs the call.
            Row::Work(_) => return None,
        };
        Some(FramesView {
            name,
            kind,
            owner,
            frames: self.frames.of(owner),
        })
    }

    /// The frames of `view`, worded: outermost first.
    pub fn frame_texts(&self, view: &FramesView<'_>) -> Vec<FrameText> {
        let Some(frames) = view.frames else {
            return Vec::new();
        };
        let is_task = matches!(view.owner, FramesOf::Task { .. });
        let last_caller = frames.iter().rposition(|f| f.role == FrameRole::Caller);
        let finished = self.row_finished(view.owner);
        frames
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let innermost = i + 1 == frames.len();
                let tag = match f.role {
                    FrameRole::Caller if Some(i) == last_caller => "drove it",
                    FrameRole::Caller => "calls",
                    _ if innermost && finished => "ended",
                    _ if is_task => "awaits",
                    _ if innermost => "its yield",
                    _ => "yield from",
                };
                let func = if f.func.starts_with('<') {
                    f.func.clone()
                } else {
                    format!("{}()", f.func)
                };
                let mut locals: Vec<String> = f
                    .locals
                    .iter()
                    .map(|l| format!("{} = {}", l.name, l.repr))
                    .collect();
                if f.more > 0 {
                    locals.push(format!("… {} more", f.more));
                }
                FrameText {
                    func,
                    line: f.line,
                    tag,
                    source: self
                        .source_lines
                        .get((f.line as usize).wrapping_sub(1))
                        .map(|l| l.trim().to_string())
                        .unwrap_or_default(),
                    locals,
                }
            })
            .collect()
    }

    fn row_finished(&self, owner: FramesOf) -> bool {
        match owner {
            FramesOf::Task { task } => self.task(task).is_some_and(|t| t.state.is_finished()),
            FramesOf::Gen { gen } => self
                .gens
                .iter()
                .find(|g| g.id == gen)
                .is_some_and(|g| g.state == crate::runtime::event::GenState::GEN_CLOSED),
        }
    }

    /// The value of local `name` in the innermost frame of `owner` that has it (tests and
    /// headless summaries: "what is `total` now?").
    pub fn local_value(&self, owner: FramesOf, name: &str) -> Option<&str> {
        self.frames
            .of(owner)?
            .iter()
            .rev()
            .flat_map(|f| f.locals.iter())
            .find(|l| l.name == name)
            .map(|l| l.repr.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Action, Lesson};
    use super::*;
    use crate::runtime::event::{Event, EventKind, Local, TaskId};

    fn lesson() -> Lesson {
        Lesson {
            title: "t".into(),
            about: String::new(),
            source_name: "dir/x.py".into(),
            source: "async def w(n):\n    await sleep(n)\n".into(),
            speed: 1.0,
        }
    }

    fn frames(n: &str) -> EventKind {
        EventKind::Frames {
            owner: FramesOf::Task { task: TaskId(1) },
            frames: vec![FrameInfo {
                func: "w".into(),
                line: 2,
                role: FrameRole::Own,
                locals: vec![Local {
                    name: "n".into(),
                    repr: n.into(),
                }],
                more: 3,
            }],
        }
    }

    fn ev(kind: EventKind) -> Event {
        Event {
            t: 0.0,
            iter: 1,
            kind,
        }
    }

    #[test]
    fn the_latest_frames_are_kept_and_not_logged() {
        let created = EventKind::TaskCreated {
            task: TaskId(1),
            name: "Task-1".into(),
            coro: "w".into(),
            parent: None,
            line: 1,
        };
        let s = State::fold(lesson(), &[ev(created), ev(frames("1")), ev(frames("2"))]);
        assert_eq!(s.log.total, 1, "only TaskCreated is a log line");
        assert_eq!(s.frames.events, 2);
        let owner = FramesOf::Task { task: TaskId(1) };
        assert_eq!(s.local_value(owner, "n"), Some("2"));
        assert_eq!(s.local_value(owner, "m"), None);
        let view = s.frames_view(0).expect("row 0");
        assert_eq!((view.kind, view.name.as_str()), ("task", "Task-1"));
        let texts = s.frame_texts(&view);
        assert_eq!(texts.len(), 1);
        assert_eq!(texts[0].func, "w()");
        assert_eq!(texts[0].tag, "awaits");
        assert_eq!(texts[0].source, "await sleep(n)");
        assert_eq!(texts[0].locals, vec!["n = 2", "… 3 more"]);
    }

    #[test]
    fn v_opens_the_view_and_esc_closes_it() {
        let created = EventKind::TaskCreated {
            task: TaskId(1),
            name: "Task-1".into(),
            coro: "w".into(),
            parent: None,
            line: 1,
        };
        let mut empty = State::new(lesson(), false);
        empty.act(Action::ToggleFrames);
        assert!(!empty.view.frames, "nothing to show without a row");
        let mut s = State::fold(lesson(), &[ev(created)]);
        assert!(s.frames_view(0).is_some_and(|v| v.frames.is_none()));
        s.act(Action::ToggleFrames);
        assert!(s.view.frames);
        s.act(Action::ToggleFrames);
        assert!(!s.view.frames);
        s.act(Action::ToggleFrames);
        s.act(Action::Close);
        assert!(!s.view.frames);
    }
}
