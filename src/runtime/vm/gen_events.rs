//! What the dashboard sees of generators: a `GeneratorState` event when one is made, when
//! `next`/`send`/`throw`/`close` resumes it, and when its step ends (a `yield`, a return
//! as `StopIteration(value)`, or an exception). Coroutines are shown as tasks instead.

use crate::runtime::event::{EventKind, FramesOf, GenId, GenOp, GenState};
use crate::runtime::objects::exceptions::ExcObj;
use crate::runtime::objects::value::{GenKind, GenObj, GenStatus, Value};
use crate::runtime::vm::Vm;

/// Longest value text an event carries; the rest is cut with `…`.
const VALUE_CHARS: usize = 60;

impl Vm<'_> {
    /// Whether `g`'s steps are reported: plain generators, while someone listens.
    /// Generators of coroviz's library (`as_completed`) are its own business: not shown.
    pub fn watching_gen(&self, g: &GenObj) -> bool {
        g.kind == GenKind::Generator && !g.code.library && self.emitting()
    }

    /// Whether `Frames` events are wanted (some sinks, such as trace files, do not).
    #[inline]
    pub fn emitting_frames(&self) -> bool {
        self.host.frames_enabled()
    }

    /// Reports `g` at `line` in its current state, after `op`.
    pub fn note_gen(&mut self, g: &GenObj, line: u32, op: GenOp) {
        let state = match g.status.get() {
            GenStatus::Created => GenState::GEN_CREATED,
            GenStatus::Running => GenState::GEN_RUNNING,
            GenStatus::Suspended => GenState::GEN_SUSPENDED,
            GenStatus::Closed => GenState::GEN_CLOSED,
        };
        self.emit(EventKind::GeneratorState {
            gen: GenId(g.id),
            name: g.qualname.to_string(),
            state,
            line,
            op,
        });
    }

    /// A `Frames` event for watched generator `g` after its step (see `snapshot.rs`).
    pub fn note_gen_frames(
        &mut self,
        g: &std::rc::Rc<GenObj>,
        caller_line: u32,
        ended: Option<&crate::runtime::vm::frame::Frame>,
    ) {
        if !self.emitting_frames() {
            return;
        }
        let frames = self.gen_frames(g, caller_line, ended);
        self.emit(EventKind::Frames {
            owner: FramesOf::Gen { gen: GenId(g.id) },
            frames,
        });
    }

    /// Keeps the last frame of the task's coroutine `g` when it returned or raised (see
    /// `Vm::snap_task_coro`).
    #[inline]
    pub fn note_task_end(&mut self, g: &std::rc::Rc<GenObj>, f: &crate::runtime::vm::frame::Frame) {
        if self.snap_task_coro != 0 && self.snap_task_coro == std::rc::Rc::as_ptr(g) as usize {
            self.ended_frames = Some(self.ended_frames(f));
        }
    }

    /// A value as an event shows it: its repr without calling the program's `__repr__`
    /// (which could print or change state), cut to a readable length.
    pub fn value_text(&mut self, v: &Value) -> String {
        cut(self.stable_repr(v))
    }

    /// `repr(v)` for an event: without calling the program's `__repr__`, and without the
    /// memory addresses of default reprs (`<Result object>`), which differ between runs and
    /// would keep a recording from verifying.
    pub fn stable_repr(&mut self, v: &Value) -> String {
        let full = self.inert(|vm| vm.repr(v)).unwrap_or_default();
        strip_addresses(&full)
    }

    /// An exception as an event shows it: `ValueError('bad')`, cut like a value.
    pub fn exc_text(&mut self, e: &std::rc::Rc<ExcObj>) -> String {
        self.value_text(&Value::Exception(e.clone()))
    }
}

/// `<Result object at 0x7f…>` → `<Result object>`.
fn strip_addresses(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(" at 0x") {
        let tail = &rest[i + 6..];
        let hex = tail
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(tail.len());
        out.push_str(&rest[..i]);
        if hex == 0 {
            out.push_str(" at 0x");
        }
        rest = &tail[hex..];
    }
    out.push_str(rest);
    out
}

fn cut(s: String) -> String {
    match s.char_indices().nth(VALUE_CHARS) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn addresses_are_left_out() {
        assert_eq!(
            super::strip_addresses("[<a.B object at 0x7f00aa>, <f at 0x1>, 'at 0xz']"),
            "[<a.B object>, <f>, 'at 0xz']"
        );
    }

    #[test]
    fn long_values_are_cut_on_a_character() {
        assert_eq!(super::cut("abc".into()), "abc");
        let long = "é".repeat(100);
        let c = super::cut(long);
        assert_eq!(c.chars().count(), super::VALUE_CHARS + 1);
        assert!(c.ends_with('…'));
    }
}
