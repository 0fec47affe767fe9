//! `Frames` events: what a task's or generator's frames hold when one of its steps ends,
//! the view Python Tutor gives. Taken only while someone listens, at a step's end (a task
//! suspending or finishing, a generator yielding, returning or raising), and bounded:
//! [`MAX_FRAMES`] frames, [`MAX_LOCALS`] locals a frame, [`MAX_REPR`] characters a value.
//!
//! Reprs never run the program's code: builtin values are written natively (and stop
//! once the text is long enough, so a list of a million items costs no more than a short
//! one); an instance of a program's class shows as `<Point object>`, whatever its
//! `__repr__` says.

use std::rc::Rc;

use crate::lang::bytecode::{Code, Instr};
use crate::runtime::event::{FrameInfo, FrameRole, Local, MAX_FRAMES, MAX_LOCALS, MAX_REPR};
use crate::runtime::numeric::format;
use crate::runtime::objects::value::{GenObj, Value};
use crate::runtime::vm::frame::Frame;
use crate::runtime::vm::Vm;

/// Where a frame's variables come from, read before any repr is made.
enum Vars {
    /// A heap frame's locals and cells, as (name, value) in `co_varnames` order.
    Frame(Vec<(Rc<str>, Value)>),
    /// The program's globals (the `<module>` frame).
    Globals,
    /// A running frame other than `<module>`: not readable.
    None,
}

struct Pending {
    func: Rc<str>,
    line: u32,
    role: FrameRole,
    vars: Vars,
}

/// A repr stops growing past this many bytes (then it is cut to [`MAX_REPR`] characters).
const REPR_BYTES: usize = MAX_REPR * 4 + 8;

impl Vm<'_> {
    /// The frames of a task's coroutine `coro`, suspended: it and what it awaits.
    pub fn task_frames(&mut self, coro: &Value) -> Vec<FrameInfo> {
        let mut pending = Vec::new();
        if let Value::Gen(g) = coro {
            chain_of(g, FrameRole::Own, &mut pending);
        }
        self.finish_frames(pending)
    }

    /// The frames of generator `g` after a step: the running frames that drove it
    /// (`caller_line` is where the innermost of them stands), then `g` and the frames it
    /// delegates to. `ended` is `g`'s frame when it returned or raised (it is no longer in
    /// `g`), `None` when it yielded.
    pub fn gen_frames(
        &mut self,
        g: &Rc<GenObj>,
        caller_line: u32,
        ended: Option<&Frame>,
    ) -> Vec<FrameInfo> {
        let mut pending = self.callers(caller_line);
        match ended {
            Some(f) => pending.push(heap_frame(f, f.line(), FrameRole::Own)),
            None => chain_of(g, FrameRole::Own, &mut pending),
        }
        self.finish_frames(pending)
    }

    /// The final frame of a task's coroutine that returned or raised.
    pub fn ended_frames(&mut self, f: &Frame) -> Vec<FrameInfo> {
        let pending = vec![heap_frame(f, f.line(), FrameRole::Own)];
        self.finish_frames(pending)
    }

    /// The running frames of the program, outermost first, each at its line.
    fn callers(&self, innermost_line: u32) -> Vec<Pending> {
        let n = self.running_codes.len();
        let mut out = Vec::new();
        for (i, code) in self.running_codes.iter().enumerate() {
            if code.library {
                continue;
            }
            let line = match self.caller_lines.get(i + 1) {
                Some(l) if i + 1 < n => *l,
                _ => innermost_line,
            };
            let vars = if &*code.name == "<module>" && i == 0 {
                Vars::Globals
            } else {
                Vars::None
            };
            out.push(Pending {
                func: code.qualname.clone(),
                line,
                role: FrameRole::Caller,
                vars,
            });
        }
        out
    }

    /// Trims to [`MAX_FRAMES`] (keeping the generator's own frame and those nearest it)
    /// and writes the locals' reprs.
    fn finish_frames(&mut self, mut pending: Vec<Pending>) -> Vec<FrameInfo> {
        if pending.len() > MAX_FRAMES {
            let own = pending
                .iter()
                .position(|p| p.role == FrameRole::Own)
                .unwrap_or(0);
            let start = (pending.len() - MAX_FRAMES).min(own);
            pending.drain(..start);
            pending.truncate(MAX_FRAMES);
        }
        pending
            .into_iter()
            .map(|p| {
                let (locals, more) = self.locals_of(p.vars);
                FrameInfo {
                    func: p.func.to_string(),
                    line: p.line,
                    role: p.role,
                    locals,
                    more,
                }
            })
            .collect()
    }

    fn locals_of(&mut self, vars: Vars) -> (Vec<Local>, u32) {
        let named: Vec<(Rc<str>, Value)> = match vars {
            Vars::None => return (Vec::new(), 0),
            Vars::Frame(v) => v,
            Vars::Globals => {
                let n = self.program_globals.min(self.globals.len());
                (0..n)
                    .filter(|&i| shown_global(&self.global_names[i], &self.globals[i]))
                    .map(|i| (self.global_names[i].clone(), self.globals[i].clone()))
                    .collect()
            }
        };
        let more = named.len().saturating_sub(MAX_LOCALS) as u32;
        let locals = named
            .into_iter()
            .take(MAX_LOCALS)
            .map(|(name, v)| Local {
                name: name.to_string(),
                repr: self.bounded_repr(&v),
            })
            .collect();
        (locals, more)
    }

    /// `repr(v)` cut to [`MAX_REPR`] characters, built natively and only as far as shown.
    pub fn bounded_repr(&mut self, v: &Value) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.repr_into(v, &mut out, &mut seen);
        cut_chars(out)
    }

    fn repr_into(&mut self, v: &Value, out: &mut String, seen: &mut Vec<usize>) {
        if out.len() > REPR_BYTES {
            return;
        }
        match v {
            // The common scalars, written straight into the text.
            Value::None => out.push_str("None"),
            Value::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
            Value::Int(i) => {
                use std::fmt::Write;
                let _ = write!(out, "{i}");
            }
            Value::Float(f) => out.push_str(&format::float_repr(*f)),
            Value::Str(s) => {
                // One character more than is shown: the final cut then adds the `…`.
                let head: String = s.chars().take(MAX_REPR + 1).collect();
                out.push_str(&format::str_repr(&head));
            }
            Value::BigInt(b) if b.bits() > 256 => {
                let digits = (b.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 1;
                out.push_str(&format!("<int of about {digits} digits>"));
            }
            Value::Bytes(b) if b.len() > MAX_REPR => {
                let head = Value::Bytes(Rc::from(&b[..=MAX_REPR]));
                let r = self.stable_repr(&head);
                out.push_str(&r);
            }
            Value::List(l) => {
                let p = Rc::as_ptr(l) as usize;
                if seen.contains(&p) {
                    out.push_str("[...]");
                    return;
                }
                seen.push(p);
                out.push('[');
                self.items_into(out, seen, |i| l.borrow().get(i).cloned());
                out.push(']');
                seen.pop();
            }
            Value::Tuple(t) => {
                out.push('(');
                let t = t.clone();
                self.items_into(out, seen, |i| t.get(i).cloned());
                if t.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Value::Set(s) | Value::FrozenSet(s) if !s.borrow().is_empty() => {
                let frozen = matches!(v, Value::FrozenSet(_));
                if frozen {
                    out.push_str("frozenset(");
                }
                out.push('{');
                self.items_into(out, seen, |i| {
                    s.borrow().iter().nth(i).map(|(k, _)| k.value().clone())
                });
                out.push('}');
                if frozen {
                    out.push(')');
                }
            }
            Value::Dict(d) => {
                let p = Rc::as_ptr(d) as usize;
                if seen.contains(&p) {
                    out.push_str("{...}");
                    return;
                }
                seen.push(p);
                out.push('{');
                let (mut i, mut at) = (0, 0);
                loop {
                    let entry = d
                        .borrow()
                        .next_live(at)
                        .map(|(pos, k, v)| (pos, k.value().clone(), v.clone()));
                    let Some((pos, k, x)) = entry else { break };
                    at = pos + 1;
                    if i > 0 {
                        out.push_str(", ");
                    }
                    if out.len() > REPR_BYTES {
                        break;
                    }
                    self.repr_into(&k, out, seen);
                    out.push_str(": ");
                    self.repr_into(&x, out, seen);
                    i += 1;
                }
                out.push('}');
                seen.pop();
            }
            other => {
                let r = self.stable_repr(other);
                out.push_str(&r);
            }
        }
    }

    /// Items `at(0)`, `at(1)`, … separated by commas, until they run out or the text is
    /// long enough.
    fn items_into(
        &mut self,
        out: &mut String,
        seen: &mut Vec<usize>,
        at: impl Fn(usize) -> Option<Value>,
    ) {
        let mut i = 0;
        while let Some(x) = at(i) {
            if i > 0 {
                out.push_str(", ");
            }
            if out.len() > REPR_BYTES {
                return;
            }
            self.repr_into(&x, out, seen);
            i += 1;
        }
    }
}

/// Which globals the `<module>` frame shows: the program's data, not its modules,
/// functions, classes or dunder names.
fn shown_global(name: &str, v: &Value) -> bool {
    let machinery = matches!(
        v,
        Value::Null | Value::Module(_) | Value::Function(_) | Value::Class(_) | Value::Builtin(_)
    );
    let dunder = name.starts_with("__") && name.ends_with("__");
    !machinery && !dunder
}

/// `g`'s suspended frame as `role`, then each generator or coroutine it delegates to
/// (parked on a `Send`), skipping coroviz's library frames.
fn chain_of(g: &Rc<GenObj>, role: FrameRole, out: &mut Vec<Pending>) {
    let mut role = role;
    let mut cur = g.clone();
    for _ in 0..64 {
        let next = {
            let frame = cur.frame.borrow();
            let Some(f) = frame.as_ref() else { return };
            if !cur.code.library {
                out.push(heap_frame(f, cur.line.get(), role));
                role = FrameRole::Delegate;
            }
            match f.code.instrs.get(f.ip) {
                Some(Instr::Send(_)) => f.stack.last().cloned(),
                _ => None,
            }
        };
        match next {
            Some(Value::Gen(n)) => cur = n,
            _ => return,
        }
    }
}

fn heap_frame(f: &Frame, line: u32, role: FrameRole) -> Pending {
    Pending {
        func: f.code.qualname.clone(),
        line,
        role,
        vars: Vars::Frame(frame_vars(f)),
    }
}

/// A frame's bound variables: locals, then cells and free variables, skipping the
/// compiler's own (`.0`) and names not bound yet.
fn frame_vars(f: &Frame) -> Vec<(Rc<str>, Value)> {
    let code: &Code = &f.code;
    let mut out: Vec<(Rc<str>, Value)> = Vec::new();
    for (name, v) in code.varnames.iter().zip(f.locals.iter()) {
        if !matches!(v, Value::Null) && !name.starts_with('.') {
            out.push((name.clone(), v.clone()));
        }
    }
    let cell_names = code.cellvars.iter().chain(code.freevars.iter());
    for (name, cell) in cell_names.zip(f.cells.iter()) {
        let v = cell.borrow().clone();
        if matches!(v, Value::Null) || name.starts_with('.') || &**name == "__class__" {
            continue;
        }
        if out.iter().any(|(n, _)| n == name) {
            continue;
        }
        out.push((name.clone(), v));
    }
    out
}

fn cut_chars(s: String) -> String {
    match s.char_indices().nth(MAX_REPR) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn cut_keeps_short_text() {
        assert_eq!(super::cut_chars("[1, 2]".into()), "[1, 2]");
        let c = super::cut_chars("x".repeat(100));
        assert_eq!(c.chars().count(), super::MAX_REPR + 1);
        assert!(c.ends_with('…'));
    }
}
