//! Heap frames: each Python call gets its own value stack and instruction pointer, so a
//! generator or coroutine suspends by keeping its frame, never the Rust stack.

use std::rc::Rc;

use crate::lang::bytecode::Code;
use crate::runtime::objects::exceptions::ExcObj;
use crate::runtime::objects::value::{CellRef, Value};

/// A running or suspended activation of a code object.
///
/// Invariant: `locals.len() == code.varnames.len()`; `cells.len() == cellvars + freevars`.
pub struct Frame {
    pub code: Rc<Code>,
    /// The next instruction to run.
    pub ip: usize,
    pub stack: Vec<Value>,
    pub locals: Vec<Value>,
    pub cells: Vec<CellRef>,
    /// The exception currently being handled in this frame (for bare `raise` and chaining).
    pub handling: Option<Rc<ExcObj>>,
    /// What the calling frames were handling when this frame last started or resumed:
    /// seen through it when `handling` is None, as CPython's exc_info stack falls through.
    pub outer_handling: Option<Rc<ExcObj>>,
}

impl Frame {
    pub fn new(code: Rc<Code>, locals: Vec<Value>, cells: Vec<CellRef>) -> Frame {
        debug_assert_eq!(locals.len(), code.varnames.len());
        Frame {
            stack: Vec::with_capacity(8),
            code,
            ip: 0,
            locals,
            cells,
            handling: None,
            outer_handling: None,
        }
    }

    /// The exception being handled here or, failing that, by the frames below.
    pub fn handled(&self) -> Option<&Rc<ExcObj>> {
        self.handling.as_ref().or(self.outer_handling.as_ref())
    }

    /// The line of the instruction that last ran (or will run first).
    pub fn line(&self) -> u32 {
        self.code.line_at(self.ip.saturating_sub(1))
    }
}
