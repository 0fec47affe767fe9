//! The interpreter: runs frames instruction by instruction, unwinding exceptions through
//! each code object's exception table.
//!
//! The rest of the evaluation core lives beside it: heap frames (`frame`), argument binding
//! and generator resumption (`call`), operators and iteration (`ops`), attribute lookup
//! (`attr`), generator events (`gen_events`), what CPython prints when objects die
//! unattended (`gc_notes`), tracebacks (`traceback`), and what `match` (`pattern`) and
//! `except*` (`except_star`) ask at run time.

pub mod attr;
pub mod call;
pub mod carets;
pub mod except_star;
pub mod frame;
pub mod gc_notes;
pub mod gen_events;
pub mod namespaces;
pub mod ops;
pub mod pattern;
pub mod signature;
pub mod snapshot;
pub mod traceback;

use std::cell::RefCell;
use std::rc::Rc;

use crate::lang::bytecode::{Conversion, Instr, MakeFunctionFlags};
use crate::lang::compile::Program;
use crate::runtime::asyncio::AsyncState;
use crate::runtime::engine::Host;
use crate::runtime::objects::dict::Dict;
use crate::runtime::objects::exceptions::{ExcObj, TbEntry};
use crate::runtime::objects::types::Types;
use crate::runtime::objects::value::{Args, CellRef, Class, Function, SliceObj, Value};
use crate::runtime::vm::frame::Frame;

/// Why Python execution stopped unwinding normally.
pub enum Unwind {
    /// A Python exception, catchable by Python code.
    Exc(Rc<ExcObj>),
    /// The run must end now; no Python handler runs.
    Abort(Abort),
}

/// Reasons to end a run that Python code cannot intercept.
#[derive(Clone, Debug, PartialEq)]
pub enum Abort {
    /// Nothing ready, no timers, and the loop waits for a future nobody will complete.
    Deadlock,
    /// A slice ran more instructions than allowed.
    Budget {
        func: Rc<str>,
        file: Rc<str>,
        line: u32,
    },
    /// The user asked to stop (quit or restart in the dashboard).
    Stopped,
    /// `os._exit(code)` in a worker process: that process ends (`runtime::processes`).
    ProcessExit(i64),
    /// The clock would pass the run's virtual time limit (`EngineConfig::max_time`):
    /// `next` is the wake-up it was asked to reach.
    TimeLimit { next: f64 },
    /// The program reached something CPython has and coroviz does not model (`what`, e.g.
    /// "`str.casefold`"); `at` is the program's file and line, filled in by the first
    /// frame of the program's own code the abort passes through.
    Unmodelled {
        what: String,
        at: Option<(Rc<str>, u32)>,
    },
}

pub type PyResult<T> = Result<T, Unwind>;

/// How a frame stopped running.
pub enum FrameExit {
    Return(Value),
    Yield(Value),
}

/// Python's default recursion limit.
pub const MAX_DEPTH: u32 = 1000;

/// The virtual machine: globals, builtin types, the asyncio runtime and the host.
pub struct Vm<'h> {
    pub types: Types,
    pub globals: Vec<Value>,
    pub global_names: Vec<Rc<str>>,
    /// For each global slot, the builtin of that name (or Null): the fallback on lookup.
    pub global_builtins: Vec<Value>,
    pub host: &'h mut dyn Host,
    /// The exception handled by the running frame (its own, or its callers'): what a
    /// frame started now sees as being handled (implicit `__context__`, bare `raise`).
    handled: Option<Rc<ExcObj>>,
    pub asyncio: AsyncState,
    pub modules: crate::runtime::stdlib::Modules,
    /// Instructions left in the current slice.
    pub budget: u64,
    pub max_instructions: u64,
    /// Virtual seconds the clock may reach (headless runs); `None`: no limit.
    pub max_time: Option<f64>,
    /// The CPU model (a scenario's `cpu` setting), when on.
    pub cpu: Option<crate::runtime::cpu::Cpu>,
    /// The running thread's current `contextvars` context (None until first used).
    pub context: Option<Value>,
    /// Set once the program imports `contextvars`: from then on tasks and callbacks carry
    /// contexts (a flag, since it is asked at every handle and task step).
    pub contexts_in_use: bool,
    /// What `input()` has still to read of the program's standard input.
    pub stdin: String,
    /// The running frame is coroviz's own library code: its lookups of names coroviz lacks
    /// are probes (`getattr(x, name, None)`) and fail as AttributeError, not as the end of
    /// the run that such a lookup from the program's code is.
    pub in_library: bool,
    pub depth: u32,
    /// Set by `Reraise` so the unwinder does not add a traceback line twice.
    reraising: bool,
    /// Counter for generator ids.
    pub next_gen_id: u64,
    /// The line of the call being made (for events raised inside builtins).
    pub current_line: u32,
    pub source_file: Rc<str>,
    /// `sys.argv[0]`.
    pub argv0: Rc<str>,
    /// For each running frame, outermost first, `current_line` when it was entered: the
    /// line its caller stands at (for the line of a running coroutine that called deeper).
    pub caller_lines: Vec<u32>,
    /// The code of each running frame, outermost first (beside `caller_lines`): where
    /// `logging` finds the function and file that made a call.
    pub running_codes: Vec<Rc<crate::lang::bytecode::Code>>,
    /// Running generators and coroutines (by address) with the depth of their frame.
    pub running_gens: Vec<(usize, usize)>,
    pub source: Rc<str>,
    /// Warning locations already printed.
    pub reported: crate::runtime::vm::gc_notes::Reported,
    /// The `random` module's generator (made on first use).
    pub random: Option<crate::runtime::numeric::random::Random>,
    /// Async generators and the loops whose finalizer hooks they carry.
    pub asyncgens: crate::runtime::objects::asyncgen::AsyncGenHooks,
    /// While set, repr/str of Python objects do not run their `__repr__`/`__str__`: event
    /// payloads must not run user code (a traced run prints what an untraced one does).
    pub inert_reprs: bool,
    /// How many global slots are the program's own (library modules' come after).
    pub program_globals: usize,
    /// The namespace `globals()` returned, once it has been asked for.
    pub globals_dict: Option<Rc<RefCell<crate::runtime::objects::dict::Dict>>>,
    /// The coroutine (by address, 0 for none) of the task whose step is running while
    /// events are wanted: when it returns or raises, its last frame is kept in
    /// `ended_frames` for the task's `Frames` event.
    pub snap_task_coro: usize,
    pub ended_frames: Option<Vec<crate::runtime::event::FrameInfo>>,
    /// The program's Python threads and their scheduler (`runtime::threads`).
    pub threads: crate::runtime::threads::Threads,
    /// The program's processes (a process pool's workers) and what is in transit between
    /// them (`runtime::processes`).
    pub procs: crate::runtime::processes::Processes,
}

impl<'h> Vm<'h> {
    pub fn new(program: &Program, host: &'h mut dyn Host, max_instructions: u64) -> Vm<'h> {
        let types = Types::new();
        let mut vm = Vm {
            types,
            globals: vec![Value::Null; program.globals.len()],
            global_names: program.globals.clone(),
            global_builtins: Vec::new(),
            host,
            asyncio: AsyncState::default(),
            modules: Default::default(),
            budget: max_instructions,
            max_instructions,
            max_time: None,
            cpu: None,
            context: None,
            contexts_in_use: false,
            stdin: String::new(),
            in_library: false,
            depth: 0,
            handled: None,
            reraising: false,
            next_gen_id: 1,
            current_line: 0,
            source_file: program.code.file.clone(),
            argv0: program.file.clone(),
            caller_lines: Vec::new(),
            running_codes: Vec::new(),
            running_gens: Vec::new(),
            source: program.source.clone(),
            reported: Default::default(),
            random: None,
            asyncgens: Default::default(),
            inert_reprs: false,
            program_globals: program.globals.len(),
            globals_dict: None,
            snap_task_coro: 0,
            ended_frames: None,
            threads: Default::default(),
            procs: Default::default(),
        };
        crate::runtime::objects::class::install(&vm.types);
        crate::runtime::objects::metaclass::install(&vm.types);
        let builtins = crate::runtime::builtins::table(&vm);
        vm.global_builtins = vm
            .global_names
            .iter()
            .map(|n| builtins.get(&**n).cloned().unwrap_or(Value::Null))
            .collect();
        vm.globals[0] = Value::str("__main__");
        vm.globals[1] = Value::Str(program.code.file.clone());
        vm.globals[2] = Value::None;
        vm
    }

    // ----- exceptions -------------------------------------------------------------------

    /// The exception the running frame (or one of its callers) is handling: `sys.exc_info()`.
    pub fn handled_exception(&self) -> Option<Rc<ExcObj>> {
        self.handled.clone()
    }

    /// Takes the handled exception away (a thread switch keeps it with its thread).
    pub(crate) fn take_handled(&mut self) -> Option<Rc<ExcObj>> {
        self.handled.take()
    }

    pub(crate) fn set_handled(&mut self, e: Option<Rc<ExcObj>>) {
        self.handled = e;
    }

    /// A new exception of `class` with one string argument.
    pub fn exc(&self, class: &Rc<Class>, msg: impl Into<String>) -> Unwind {
        let msg: String = msg.into();
        Unwind::Exc(ExcObj::new(class.clone(), vec![Value::str(&msg)]))
    }
    pub fn type_error(&self, msg: impl Into<String>) -> Unwind {
        self.exc(&self.types.exc.type_error, msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> Unwind {
        self.exc(&self.types.exc.value_error, msg)
    }
    pub fn runtime_error(&self, msg: impl Into<String>) -> Unwind {
        self.exc(&self.types.exc.runtime_error, msg)
    }
    /// Ends the run: the program reached `what`, which CPython has and coroviz does not
    /// model yet (located by the program frame it unwinds through).
    pub fn unmodelled(&self, what: impl Into<String>) -> Unwind {
        Unwind::Abort(Abort::Unmodelled {
            what: what.into(),
            at: None,
        })
    }

    pub fn attribute_error(&self, v: &Value, name: &str) -> Unwind {
        if let Some(what) =
            crate::runtime::unmodelled::unmodelled_attr(v, name).filter(|_| !self.in_library)
        {
            return Unwind::Abort(Abort::Unmodelled { what, at: None });
        }
        let msg = match v {
            Value::Module(m) => format!("module '{}' has no attribute '{}'", m.name, name),
            Value::Class(c) => format!("type object '{}' has no attribute '{}'", c.name, name),
            _ => format!("'{}' object has no attribute '{}'", v.type_name(), name),
        };
        self.exc(&self.types.exc.attribute_error, msg)
    }

    /// Turns an exception class or instance (as raised) into an instance.
    pub fn make_exception(&mut self, v: Value) -> PyResult<Rc<ExcObj>> {
        match v {
            Value::Exception(e) => Ok(e),
            Value::Class(c) if c.is_subclass(&self.types.exc.base_exception) => {
                match self.call(&Value::Class(c), Args::default())? {
                    Value::Exception(e) => Ok(e),
                    _ => Err(self.type_error("exceptions must derive from BaseException")),
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    // ----- frames -----------------------------------------------------------------------

    /// Runs `f` as if `frames` more frames were on the stack: the Python frames of
    /// CPython's event loop (and its C calls that count) which coroviz runs natively, so
    /// that RecursionError strikes at CPython's depth.
    pub fn deeper<T>(&mut self, frames: u32, f: impl FnOnce(&mut Self) -> T) -> T {
        self.depth += frames;
        let r = f(self);
        self.depth -= frames;
        r
    }

    /// Runs `f` until it returns or yields, unwinding exceptions through its handlers.
    pub fn run_frame(&mut self, f: &mut Frame) -> PyResult<FrameExit> {
        self.run_frame_from(f, None)
    }

    /// Like [`Vm::run_frame`], but first raises `pending` at the instruction before `f.ip`
    /// (how `throw()` lands an exception at a suspended `yield` or `await`).
    pub fn run_frame_from(
        &mut self,
        f: &mut Frame,
        pending: Option<Unwind>,
    ) -> PyResult<FrameExit> {
        if self.depth >= MAX_DEPTH {
            return Err(self.exc(
                &self.types.exc.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        self.depth += 1;
        let outer_library = std::mem::replace(&mut self.in_library, f.code.library);
        f.outer_handling = self.handled.take();
        self.handled = f.handled().cloned();
        self.caller_lines.push(self.current_line);
        self.running_codes.push(f.code.clone());
        let mut pending = pending;
        let result = loop {
            let step = match pending.take() {
                Some(p) => Err(p),
                None => self.exec(f),
            };
            match step {
                Ok(exit) => break Ok(exit),
                Err(Unwind::Exc(exc)) => {
                    let at = f.ip.saturating_sub(1);
                    if !std::mem::take(&mut self.reraising) {
                        exc.push_tb(TbEntry {
                            file: f.code.file.clone(),
                            line: f.code.line_at(at),
                            func: f.code.name.clone(),
                            span: f.code.span_at(at),
                        });
                        if let Some(h) = f.handled() {
                            if !Rc::ptr_eq(h, &exc) && exc.context.borrow().is_none() {
                                *exc.context.borrow_mut() = Some(h.clone());
                            }
                        }
                    }
                    match f.code.handler_for(at) {
                        Some(h) => {
                            f.stack.truncate(h.depth as usize);
                            f.stack.push(Value::Exception(exc));
                            f.ip = h.target as usize;
                        }
                        None => break Err(Unwind::Exc(exc)),
                    }
                }
                Err(Unwind::Abort(Abort::Unmodelled { what, at: None })) if !f.code.library => {
                    let line = f.code.line_at(f.ip.saturating_sub(1));
                    break Err(Unwind::Abort(Abort::Unmodelled {
                        what,
                        at: Some((f.code.file.clone(), line)),
                    }));
                }
                Err(abort) => break Err(abort),
            }
        };
        self.caller_lines.pop();
        self.running_codes.pop();
        self.depth -= 1;
        self.in_library = outer_library;
        self.handled = f.outer_handling.take();
        result
    }

    /// The line a running generator's frame stands at: where it called the frame above it,
    /// or, when it is the innermost frame, the call it is making now.
    pub fn running_line(&self, g: &Rc<crate::runtime::objects::value::GenObj>) -> Option<u32> {
        let key = Rc::as_ptr(g) as usize;
        let (_, depth) = self.running_gens.iter().rev().find(|(k, _)| *k == key)?;
        Some(match self.caller_lines.get(*depth) {
            Some(line) => *line,
            None => self.current_line,
        })
    }

    /// Called when the slice's budget runs out: the host decides (abort headless).
    #[cold]
    fn out_of_budget(&mut self, f: &Frame) -> PyResult<()> {
        if self.cpu_tick()? {
            return Ok(());
        }
        let line = f.line();
        if self
            .host
            .overrun(&f.code.qualname, line)
            .map_err(Unwind::Abort)?
        {
            self.new_slice();
            // Ctrl-C reaches a runaway slice at the next instruction, as a signal would.
            match self.host.take_action() {
                Some(crate::runtime::engine::Action::Interrupt) => self.deliver_interrupt()?,
                // Anything else waits for the loop's next look at its selector.
                Some(other) => self.asyncio.deferred.push_back(other),
                None => {}
            }
            return Ok(());
        }
        Err(Unwind::Abort(Abort::Budget {
            func: f.code.qualname.clone(),
            file: f.code.file.clone(),
            line,
        }))
    }

    fn exec(&mut self, f: &mut Frame) -> PyResult<FrameExit> {
        let code = f.code.clone();
        let instrs = &code.instrs[..];
        loop {
            let ins = instrs[f.ip];
            f.ip += 1;
            self.budget = self.budget.wrapping_sub(1);
            if self.budget == 0 {
                self.out_of_budget(f)?;
            }
            match ins {
                Instr::Nop => {}
                Instr::Pop => {
                    f.stack.pop();
                    if crate::runtime::vm::gc_notes::pending() {
                        let at = Some((code.file.clone(), code.line_at(f.ip - 1)));
                        self.flush_gc_notes(at);
                    }
                }
                Instr::Dup => {
                    let v = top(f).clone();
                    f.stack.push(v);
                }
                Instr::Dup2 => {
                    let n = f.stack.len();
                    let a = f.stack[n - 2].clone();
                    let b = f.stack[n - 1].clone();
                    f.stack.push(a);
                    f.stack.push(b);
                }
                Instr::Rot2 => {
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - 2);
                }
                Instr::Rot3 => {
                    let v = pop(f);
                    let n = f.stack.len();
                    f.stack.insert(n - 2, v);
                }
                Instr::Swap(n) => {
                    let len = f.stack.len();
                    f.stack.swap(len - 1, len - n as usize);
                }
                Instr::LoadConst(i) => f.stack.push(code.consts[i as usize].clone()),
                Instr::LoadFast(i) => {
                    let v = &f.locals[i as usize];
                    if v.is_null() {
                        let name = &code.varnames[i as usize];
                        return Err(self.exc(
                            &self.types.exc.unbound_local_error,
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ));
                    }
                    f.stack.push(v.clone());
                }
                Instr::StoreFast(i) => {
                    let v = pop(f);
                    f.locals[i as usize] = v;
                }
                Instr::DeleteFast(i) => {
                    if f.locals[i as usize].is_null() {
                        let name = &code.varnames[i as usize];
                        return Err(self.exc(
                            &self.types.exc.unbound_local_error,
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ));
                    }
                    f.locals[i as usize] = Value::Null;
                    // `del gen` finalises what it released, as reference counting would.
                    self.after_call(f);
                }
                Instr::LoadDeref(i) => {
                    let v = f.cells[i as usize].borrow().clone();
                    if v.is_null() {
                        let name = cell_name(&code, i);
                        return Err(self.exc(
                            &self.types.exc.name_error,
                            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
                        ));
                    }
                    f.stack.push(v);
                }
                Instr::StoreDeref(i) => {
                    let v = pop(f);
                    *f.cells[i as usize].borrow_mut() = v;
                }
                Instr::DeleteDeref(i) => {
                    *f.cells[i as usize].borrow_mut() = Value::Null;
                }
                Instr::LoadClosure(i) => f.stack.push(Value::Cell(f.cells[i as usize].clone())),
                Instr::LoadGlobal(slot) => {
                    let v = self.load_global(slot)?;
                    f.stack.push(v);
                }
                Instr::StoreGlobal(slot) => {
                    self.globals[slot as usize] = pop(f);
                    if self.globals_dict.is_some() {
                        self.mirror_global(slot);
                    }
                }
                Instr::DeleteGlobal(slot) => {
                    if self.globals[slot as usize].is_null() {
                        let name = self.global_names[slot as usize].clone();
                        return Err(self.exc(
                            &self.types.exc.name_error,
                            format!("name '{name}' is not defined"),
                        ));
                    }
                    self.globals[slot as usize] = Value::Null;
                    self.mirror_global(slot);
                    self.after_call(f);
                }
                Instr::LoadAttr(n) => {
                    let obj = pop(f);
                    let v = self.get_attr(&obj, &code.names[n as usize])?;
                    f.stack.push(v);
                }
                Instr::StoreAttr(n) => {
                    let obj = pop(f);
                    let v = pop(f);
                    self.set_attr(&obj, &code.names[n as usize], v)?;
                }
                Instr::DeleteAttr(n) => {
                    let obj = pop(f);
                    self.del_attr(&obj, &code.names[n as usize])?;
                }
                Instr::LoadMethod(n) => {
                    let obj = pop(f);
                    let name = &code.names[n as usize];
                    if self.is_method_receiver(&obj) {
                        f.stack.push(obj);
                        f.stack.push(Value::Str(name.clone()));
                    } else {
                        let v = self.get_attr(&obj, name)?;
                        f.stack.push(Value::Null);
                        f.stack.push(v);
                    }
                }
                Instr::CallMethod(argc) => {
                    self.note_line(&code, f.ip - 1);
                    let args = f.stack.split_off(f.stack.len() - argc as usize);
                    let b = pop(f);
                    let a = pop(f);
                    let result = if a.is_null() {
                        self.call(&b, Args::new(args))?
                    } else {
                        let Value::Str(name) = b else {
                            unreachable!("LoadMethod pushes the name")
                        };
                        self.call_method(&a, &name, Args::new(args))?
                    };
                    f.stack.push(result);
                    self.after_call(f);
                }
                Instr::Subscr => {
                    let key = pop(f);
                    let obj = pop(f);
                    let v = self.get_item(&obj, &key)?;
                    f.stack.push(v);
                }
                Instr::StoreSubscr => {
                    let key = pop(f);
                    let obj = pop(f);
                    let v = pop(f);
                    self.set_item(&obj, key, v)?;
                }
                Instr::DeleteSubscr => {
                    let key = pop(f);
                    let obj = pop(f);
                    self.del_item(&obj, &key)?;
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { pop(f) } else { Value::None };
                    let stop = pop(f);
                    let start = pop(f);
                    f.stack
                        .push(Value::Slice(Rc::new(SliceObj { start, stop, step })));
                }
                Instr::Binary(op) | Instr::Inplace(op) => {
                    let b = pop(f);
                    let a = pop(f);
                    let inplace = matches!(ins, Instr::Inplace(_));
                    let v = self.binary_op(op, &a, &b, inplace)?;
                    f.stack.push(v);
                }
                Instr::Unary(op) => {
                    let a = pop(f);
                    let v = self.unary_op(op, &a)?;
                    f.stack.push(v);
                }
                Instr::Compare(op) => {
                    let b = pop(f);
                    let a = pop(f);
                    // A Python __eq__/__lt__ result is the comparison's value as it is.
                    let v = match self.heap_compare(op, &a, &b)? {
                        Some(v) => v,
                        None => Value::Bool(self.compare(op, &a, &b)?),
                    };
                    f.stack.push(v);
                }
                Instr::Is(negate) => {
                    let b = pop(f);
                    let a = pop(f);
                    f.stack.push(Value::Bool(a.is(&b) != negate));
                }
                Instr::Contains(negate) => {
                    let container = pop(f);
                    let item = pop(f);
                    let v = self.contains(&container, &item)?;
                    f.stack.push(Value::Bool(v != negate));
                }
                Instr::Jump(t) => f.ip = t as usize,
                Instr::PopJumpIfFalse(t) => {
                    let v = pop(f);
                    if !self.truthy(&v)? {
                        f.ip = t as usize;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = pop(f);
                    if self.truthy(&v)? {
                        f.ip = t as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    if !self.truthy(top(f))? {
                        f.ip = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    if self.truthy(top(f))? {
                        f.ip = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Instr::PopJumpIfNone(t) => {
                    if pop(f).is_none() {
                        f.ip = t as usize;
                    }
                }
                Instr::PopJumpIfNotNone(t) => {
                    if !pop(f).is_none() {
                        f.ip = t as usize;
                    }
                }
                Instr::GetIter => {
                    let v = pop(f);
                    let it = self.get_iter(&v)?;
                    f.stack.push(it);
                }
                Instr::ForIter(t) => {
                    let it = top(f).clone();
                    if matches!(it, Value::Gen(_)) {
                        // The line a generator's `Frames` show its driving loop at.
                        self.note_line(&code, f.ip - 1);
                    }
                    match self.next_item(&it)? {
                        Some(v) => f.stack.push(v),
                        None => {
                            f.stack.pop();
                            f.ip = t as usize;
                        }
                    }
                }
                Instr::BuildTuple(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    f.stack.push(Value::tuple(items));
                }
                Instr::BuildList(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    f.stack.push(Value::list(items));
                }
                Instr::BuildSet(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let mut d = Dict::new();
                    for it in items {
                        let k = self.key(it)?;
                        self.local_insert(&mut d, k, Value::None)?;
                    }
                    f.stack.push(Value::Set(Rc::new(RefCell::new(d))));
                }
                Instr::BuildMap(n) => {
                    let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
                    let mut d = Dict::new();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        let k = self.key(k)?;
                        self.local_insert(&mut d, k, v)?;
                    }
                    f.stack.push(Value::Dict(Rc::new(RefCell::new(d))));
                }
                Instr::BuildConstKeyMap(n) => {
                    let Value::Tuple(keys) = pop(f) else {
                        unreachable!("const key tuple")
                    };
                    let values = f.stack.split_off(f.stack.len() - n as usize);
                    let mut d = Dict::new();
                    for (k, v) in keys.iter().zip(values) {
                        d.insert(self.key(k.clone())?, v);
                    }
                    f.stack.push(Value::Dict(Rc::new(RefCell::new(d))));
                }
                Instr::ListAppend(depth) => {
                    let v = pop(f);
                    let n = f.stack.len();
                    let Value::List(l) = &f.stack[n - depth as usize] else {
                        unreachable!("list below")
                    };
                    let full = {
                        let l = l.borrow();
                        (l.len() == l.capacity()).then_some(l.capacity())
                    };
                    if let Some(cap) = full {
                        self.reserve_items(cap.max(4), std::mem::size_of::<Value>())?;
                    }
                    l.borrow_mut().push(v);
                }
                Instr::SetAdd(depth) => {
                    let v = pop(f);
                    let k = self.key(v)?;
                    let n = f.stack.len();
                    let Value::Set(s) = &f.stack[n - depth as usize] else {
                        unreachable!("set below")
                    };
                    let s = s.clone();
                    self.dict_insert(&s, k, Value::None)?;
                }
                Instr::MapAdd(depth) => {
                    let v = pop(f);
                    let k = pop(f);
                    let k = self.key(k)?;
                    let n = f.stack.len();
                    let Value::Dict(d) = &f.stack[n - depth as usize] else {
                        unreachable!("dict below")
                    };
                    let d = d.clone();
                    self.dict_insert(&d, k, v)?;
                }
                Instr::ListExtend => {
                    let iterable = pop(f);
                    let items = self.collect(&iterable)?;
                    let Value::List(l) = top(f) else {
                        unreachable!("list below")
                    };
                    l.borrow_mut().extend(items);
                }
                Instr::DictMergeCall => {
                    let m = pop(f);
                    let items = match self.mapping_pairs(&m)? {
                        Some(items) => items,
                        None => {
                            let callee = f.stack[f.stack.len() - 3].clone();
                            let who = self.callee_name(&callee);
                            return Err(self.type_error(format!(
                                "{who} argument after ** must be a mapping, not {}",
                                m.type_name()
                            )));
                        }
                    };
                    let Value::Dict(d) = top(f) else {
                        unreachable!("dict below")
                    };
                    let d = d.clone();
                    for (k, v) in items {
                        let key = self.key(k.clone())?;
                        if d.borrow().contains(&key) {
                            let callee = f.stack[f.stack.len() - 3].clone();
                            let who = self.callee_name(&callee);
                            let k = self.to_str(&k)?;
                            return Err(self.type_error(format!(
                                "{who} got multiple values for keyword argument '{k}'"
                            )));
                        }
                        d.borrow_mut().insert(key, v);
                    }
                }
                Instr::DictMerge => {
                    let m = pop(f);
                    let Some(items) = self.mapping_pairs(&m)? else {
                        return Err(
                            self.type_error(format!("'{}' object is not a mapping", m.type_name()))
                        );
                    };
                    let Value::Dict(d) = top(f) else {
                        unreachable!("dict below")
                    };
                    let d = d.clone();
                    for (k, v) in items {
                        let key = self.key(k)?;
                        self.dict_insert(&d, key, v)?;
                    }
                }
                Instr::ScopeNames(what) => {
                    let v = self.scope_names(f, what)?;
                    f.stack.push(v);
                }
                Instr::ListToTuple => {
                    let Value::List(l) = pop(f) else {
                        unreachable!("list")
                    };
                    let items = std::mem::take(&mut *l.borrow_mut());
                    f.stack.push(Value::tuple(items));
                }
                Instr::BuildString(n) => {
                    let parts = f.stack.split_off(f.stack.len() - n as usize);
                    let mut s = String::new();
                    for p in parts {
                        if let Value::Str(p) = p {
                            s.push_str(&p);
                        }
                    }
                    f.stack.push(Value::str(&s));
                }
                Instr::FormatValue(conv, has_spec) => {
                    let spec = if has_spec { Some(pop(f)) } else { None };
                    let v = pop(f);
                    let v = match conv {
                        Conversion::None => v,
                        Conversion::Str => Value::str(&self.to_str(&v)?),
                        Conversion::Repr => Value::str(&self.repr(&v)?),
                        Conversion::Ascii => {
                            Value::str(&crate::runtime::objects::repr::ascii(&self.repr(&v)?))
                        }
                    };
                    let spec = match &spec {
                        Some(Value::Str(s)) => s.to_string(),
                        _ => String::new(),
                    };
                    let out = self.format(&v, &spec)?;
                    f.stack.push(Value::str(&out));
                }
                Instr::UnpackSequence(n) => {
                    let v = pop(f);
                    let items = self.unpack(&v, n as usize)?;
                    f.stack.extend(items.into_iter().rev());
                }
                Instr::UnpackEx(before, after) => {
                    let v = pop(f);
                    let items = self.collect(&v)?;
                    let (b, a) = (before as usize, after as usize);
                    if items.len() < b + a {
                        return Err(self.value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            b + a,
                            items.len()
                        )));
                    }
                    let mut out = Vec::with_capacity(b + a + 1);
                    out.extend_from_slice(&items[..b]);
                    out.push(Value::list(items[b..items.len() - a].to_vec()));
                    out.extend_from_slice(&items[items.len() - a..]);
                    f.stack.extend(out.into_iter().rev());
                }
                Instr::Call(argc) => {
                    self.note_line(&code, f.ip - 1);
                    let args = f.stack.split_off(f.stack.len() - argc as usize);
                    let callee = pop(f);
                    let v = self.call(&callee, Args::new(args))?;
                    f.stack.push(v);
                    self.after_call(f);
                }
                Instr::CallKw { argc, names } => {
                    self.note_line(&code, f.ip - 1);
                    let Value::Tuple(names) = &code.consts[names as usize] else {
                        unreachable!("kw names tuple")
                    };
                    let mut args = f.stack.split_off(f.stack.len() - argc as usize);
                    let kwvals = args.split_off(args.len() - names.len());
                    let kw = names
                        .iter()
                        .zip(kwvals)
                        .map(|(n, v)| match n {
                            Value::Str(s) => (s.clone(), v),
                            _ => unreachable!("kw names are strings"),
                        })
                        .collect();
                    let callee = pop(f);
                    let v = self.call(&callee, Args { pos: args, kw })?;
                    f.stack.push(v);
                    self.after_call(f);
                }
                Instr::CallEx => {
                    self.note_line(&code, f.ip - 1);
                    let kwargs = pop(f);
                    let Value::Tuple(pos) = pop(f) else {
                        unreachable!("args tuple")
                    };
                    let callee = pop(f);
                    let mut kw = Vec::new();
                    if let Value::Dict(d) = kwargs {
                        for (k, v) in d.borrow().items() {
                            match k {
                                Value::Str(s) => kw.push((s, v)),
                                _ => return Err(self.type_error("keywords must be strings")),
                            }
                        }
                    }
                    let v = self.call(
                        &callee,
                        Args {
                            pos: (*pos).clone(),
                            kw,
                        },
                    )?;
                    f.stack.push(v);
                    self.after_call(f);
                }
                Instr::MakeFunction { code: ci, flags } => {
                    let Value::Code(fcode) = &code.consts[ci as usize] else {
                        unreachable!("code const")
                    };
                    let closure: Vec<CellRef> = if flags & MakeFunctionFlags::CLOSURE != 0 {
                        let Value::Tuple(cells) = pop(f) else {
                            unreachable!("closure tuple")
                        };
                        cells
                            .iter()
                            .map(|c| {
                                if let Value::Cell(c) = c {
                                    c.clone()
                                } else {
                                    unreachable!("cells")
                                }
                            })
                            .collect()
                    } else {
                        Vec::new()
                    };
                    let kwdefaults = if flags & MakeFunctionFlags::KWDEFAULTS != 0 {
                        let Value::Dict(d) = pop(f) else {
                            unreachable!("kwdefaults dict")
                        };
                        let items = d.borrow().items();
                        items
                            .into_iter()
                            .map(|(k, v)| {
                                if let Value::Str(k) = k {
                                    (k, v)
                                } else {
                                    unreachable!("names")
                                }
                            })
                            .collect()
                    } else {
                        Vec::new()
                    };
                    let defaults = if flags & MakeFunctionFlags::DEFAULTS != 0 {
                        let Value::Tuple(d) = pop(f) else {
                            unreachable!("defaults tuple")
                        };
                        (*d).clone()
                    } else {
                        Vec::new()
                    };
                    f.stack.push(Value::Function(Rc::new(Function {
                        code: fcode.clone(),
                        name: RefCell::new(fcode.name.clone()),
                        qualname: RefCell::new(fcode.qualname.clone()),
                        defaults,
                        kwdefaults,
                        closure,
                        attrs: Default::default(),
                    })));
                }
                Instr::Return => {
                    let v = pop(f);
                    return Ok(FrameExit::Return(v));
                }
                Instr::LoadName { name, global } => {
                    let v = self.load_name(f, &code.names[name as usize], global)?;
                    f.stack.push(v);
                }
                Instr::StoreName(n) => {
                    let v = pop(f);
                    self.ns_set(f, &code.names[n as usize], v)?;
                }
                Instr::DeleteName(n) => {
                    let name = &code.names[n as usize];
                    if !self.ns_delete(f, name)? {
                        return Err(self.exc(
                            &self.types.exc.name_error,
                            format!("name '{name}' is not defined"),
                        ));
                    }
                }
                Instr::LoadClassDeref { name, cell } => {
                    let own = self.ns_get(f, &code.names[name as usize])?;
                    let v = match own {
                        Some(v) => v,
                        None => {
                            let v = f.cells[cell as usize].borrow().clone();
                            if v.is_null() {
                                let name = cell_name(&code, cell);
                                return Err(self.exc(
                                    &self.types.exc.name_error,
                                    format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
                                ));
                            }
                            v
                        }
                    };
                    f.stack.push(v);
                }
                Instr::BuildClass { bases: n, kw } => {
                    self.note_line(&code, f.ip - 1);
                    let kw = match kw {
                        true => match pop(f) {
                            Value::Dict(d) => d
                                .borrow()
                                .items()
                                .into_iter()
                                .filter_map(|(k, v)| match k {
                                    Value::Str(k) => Some((k, v)),
                                    _ => None,
                                })
                                .collect(),
                            _ => unreachable!("the compiler passes a dict of class keywords"),
                        },
                        false => Vec::new(),
                    };
                    let bases = f.stack.split_off(f.stack.len() - n as usize);
                    let name = pop(f);
                    let body = pop(f);
                    let v = self.build_class(body, name, bases, kw)?;
                    f.stack.push(v);
                }
                Instr::BeforeWith | Instr::BeforeAsyncWith => {
                    if matches!(ins, Instr::BeforeWith) {
                        // `__enter__` is a call: a thread blocking in it waits at this line.
                        self.note_line(&code, f.ip - 1);
                    }
                    let ctx = pop(f);
                    let (exit, entered) =
                        self.before_with(&ctx, matches!(ins, Instr::BeforeAsyncWith))?;
                    f.stack.push(exit);
                    f.stack.push(entered);
                }
                Instr::WithExceptStart => {
                    let n = f.stack.len();
                    let exit = f.stack[n - 3].clone();
                    let exc = f.stack[n - 1].clone();
                    let ty = Value::Class(self.types.class_of(&exc));
                    let tb = match &exc {
                        Value::Exception(e) => self.traceback_of(e),
                        _ => Value::None,
                    };
                    let r = self.call(&exit, Args::new(vec![ty, exc, tb]))?;
                    f.stack.push(r);
                }
                Instr::GetAIter => {
                    let v = pop(f);
                    let it = self.get_aiter(&v)?;
                    f.stack.push(it);
                }
                Instr::GetANext => {
                    let it = top(f).clone();
                    let aw = self.get_anext(&it)?;
                    f.stack.push(aw);
                }
                Instr::EndAsyncFor => {
                    let Value::Exception(e) = pop(f) else {
                        unreachable!("the handler receives an exception")
                    };
                    if !e.is_instance(&self.types.exc.stop_async_iteration) {
                        self.reraising = true;
                        return Err(Unwind::Exc(e));
                    }
                    f.stack.pop();
                }
                Instr::Yield => {
                    let v = pop(f);
                    return Ok(FrameExit::Yield(v));
                }
                Instr::GetAwaitable => {
                    let v = pop(f);
                    self.note_line(&code, f.ip - 1);
                    let it = self.get_awaitable(v)?;
                    f.stack.push(it);
                }
                Instr::GetYieldFromIter => {
                    let v = pop(f);
                    // GET_YIELD_FROM_ITER: only a `types.coroutine` generator may delegate
                    // to a coroutine.
                    let coroutine = matches!(&v, Value::NativeCoro(_))
                        || matches!(&v, Value::Gen(g) if g.kind == crate::runtime::objects::value::GenKind::Coroutine);
                    if coroutine && !code.iterable_coroutine {
                        return Err(self.type_error(
                            "cannot 'yield from' a coroutine object in a non-coroutine generator",
                        ));
                    }
                    let it = match v {
                        // `yield from fut` iterates `Future.__iter__` (its `__await__`).
                        Value::Gen(_) | Value::NativeCoro(_) | Value::Future(_) => v,
                        other => self.get_iter(&other)?,
                    };
                    f.stack.push(it);
                }
                Instr::Send(target) => {
                    // Delegating is a call too: the line the frame stands at while the
                    // awaited object runs (a resumed frame re-runs its parked Send).
                    self.note_line(&code, f.ip - 1);
                    let value = pop(f);
                    let it = top(f).clone();
                    match self.resume(&it, crate::runtime::vm::call::Resume::Send(value))? {
                        crate::runtime::vm::call::GenStep::Yield(v) => {
                            // Stay parked on this Send: resuming pushes the sent value and
                            // re-runs it, delegating again (CPython's SEND/YIELD_VALUE pair).
                            f.ip -= 1;
                            return Ok(FrameExit::Yield(v));
                        }
                        crate::runtime::vm::call::GenStep::Return(v) => {
                            f.stack.pop();
                            f.stack.push(v);
                            f.ip = target as usize;
                        }
                    }
                }
                Instr::Raise(n) => {
                    return Err(self.do_raise(f, n)?);
                }
                Instr::Reraise => {
                    let v = pop(f);
                    let Value::Exception(e) = v else {
                        unreachable!("exception to re-raise")
                    };
                    self.reraising = true;
                    return Err(Unwind::Exc(e));
                }
                Instr::PushExcInfo => {
                    let exc = pop(f);
                    let prev = match f.handling.take() {
                        Some(e) => Value::Exception(e),
                        None => Value::None,
                    };
                    if let Value::Exception(e) = &exc {
                        f.handling = Some(e.clone());
                        self.handled = Some(e.clone());
                    }
                    f.stack.push(prev);
                    f.stack.push(exc);
                }
                Instr::PopExcept => {
                    let prev = pop(f);
                    f.handling = match prev {
                        Value::Exception(e) => Some(e),
                        _ => None,
                    };
                    self.handled = f.handled().cloned();
                }
                Instr::CheckExcMatch => {
                    let ty = pop(f);
                    let Value::Exception(exc) = top(f) else {
                        unreachable!("exception under type")
                    };
                    let exc = exc.clone();
                    let m = self.exception_matches(&exc, &ty)?;
                    f.stack.push(Value::Bool(m));
                }
                Instr::ImportName(c) => {
                    let Value::Str(name) = &code.consts[c as usize] else {
                        unreachable!("module name")
                    };
                    let m = self.import(name)?;
                    f.stack.push(m);
                }
                Instr::ImportFrom(n) => {
                    let name = &code.names[n as usize];
                    let m = top(f).clone();
                    let v = match self.get_attr(&m, name) {
                        Ok(v) => v,
                        Err(_) => {
                            let mname = if let Value::Module(m) = &m {
                                m.name.to_string()
                            } else {
                                String::new()
                            };
                            return Err(self.exc(
                                &self.types.exc.import_error,
                                format!(
                                    "cannot import name '{name}' from '{mname}' (unknown location)"
                                ),
                            ));
                        }
                    };
                    f.stack.push(v);
                }
                Instr::MatchSequence => {
                    let b = self.match_sequence(top(f));
                    f.stack.push(Value::Bool(b));
                }
                Instr::MatchMapping => {
                    let b = self.match_mapping(top(f));
                    f.stack.push(Value::Bool(b));
                }
                Instr::GetLen => {
                    let v = top(f).clone();
                    let n = crate::runtime::builtins::len_of(self, &v)?;
                    f.stack.push(Value::Int(n as i64));
                }
                Instr::MatchKeys => {
                    let n = f.stack.len();
                    let (subject, keys) = (f.stack[n - 2].clone(), f.stack[n - 1].clone());
                    let values = self.match_keys(&subject, &keys)?;
                    f.stack.push(values);
                }
                Instr::MatchRest => {
                    let keys = pop(f);
                    let subject = pop(f);
                    let rest = self.match_rest(&subject, &keys)?;
                    f.stack.push(rest);
                }
                Instr::MatchClass(positional) => {
                    self.note_line(&code, f.ip - 1);
                    let names = pop(f);
                    let class = pop(f);
                    let subject = pop(f);
                    let attrs = self.match_class(&subject, &class, positional as usize, &names)?;
                    f.stack.push(attrs);
                }
                Instr::CheckEgMatch => {
                    let ty = pop(f);
                    let exc = pop(f);
                    match self.check_eg_match(&exc, &ty)? {
                        except_star::EgMatch::Some { matched, rest } => {
                            // The clause handles its part: `raise` re-raises it, and what
                            // the clause raises has it as context.
                            f.handling = Some(matched.clone());
                            self.handled = Some(matched.clone());
                            f.stack.push(rest);
                            f.stack.push(Value::Exception(matched));
                        }
                        except_star::EgMatch::None => {
                            f.stack.push(exc);
                            f.stack.push(Value::None);
                        }
                    }
                }
                Instr::PrepReraiseStar => {
                    let raised = pop(f);
                    let orig = pop(f);
                    let v = self.prep_reraise_star(&orig, &raised)?;
                    f.stack.push(v);
                }
                Instr::RaiseAssert(has_msg) => {
                    let args = if has_msg { vec![pop(f)] } else { vec![] };
                    return Err(Unwind::Exc(ExcObj::new(
                        self.types.exc.assertion_error.clone(),
                        args,
                    )));
                }
            }
        }
    }

    /// Objects released by a call (its arguments, its frame) are finalised right away, as
    /// CPython's reference counting would: a generator's `finally` runs before the caller
    /// goes on.
    #[inline]
    fn after_call(&mut self, f: &Frame) {
        if crate::runtime::vm::gc_notes::pending() {
            let at = Some((f.code.file.clone(), f.code.line_at(f.ip - 1)));
            self.flush_gc_notes(at);
        }
    }

    /// How CPython names a callee in call errors: `__main__.f()`, `print()`.
    fn callee_name(&self, callee: &Value) -> String {
        match callee {
            Value::Function(func) => {
                let module = match func.code.library {
                    true => crate::runtime::library::module_of_file(&func.code.file),
                    false => "__main__",
                };
                format!("{module}.{}()", func.qualname.borrow())
            }
            Value::Builtin(b) => format!("{}()", b.name),
            other => format!("{}()", other.type_name()),
        }
    }

    /// Remembers the line of the call being made, for events raised inside builtins. Calls
    /// made by library code keep the user's line: that is where the program stands.
    #[inline]
    fn note_line(&mut self, code: &crate::lang::bytecode::Code, ip: usize) {
        if !code.library {
            self.current_line = code.line_at(ip);
        }
    }

    /// `LoadName`: the class namespace, then globals, then builtins.
    fn load_name(&mut self, f: &Frame, name: &str, slot: u32) -> PyResult<Value> {
        if let Some(v) = self.ns_get(f, name)? {
            return Ok(v);
        }
        self.load_global(slot)
    }

    /// A class body's namespace: a dict, or the mapping its metaclass's `__prepare__`
    /// returned (read with `__getitem__`, a KeyError meaning absent).
    fn ns_get(&mut self, f: &Frame, name: &str) -> PyResult<Option<Value>> {
        let mapping = match &f.locals[0] {
            Value::Dict(d) => return Ok(d.borrow().get_str(name).cloned()),
            other => other.clone(),
        };
        match self.get_item(&mapping, &Value::str(name)) {
            Ok(v) => Ok(Some(v)),
            Err(Unwind::Exc(e)) if e.is_instance(&self.types.exc.key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn ns_set(&mut self, f: &Frame, name: &str, v: Value) -> PyResult<()> {
        let mapping = match &f.locals[0] {
            Value::Dict(d) => {
                d.borrow_mut().set_str(name, v);
                return Ok(());
            }
            other => other.clone(),
        };
        self.set_item(&mapping, Value::str(name), v)
    }

    /// Deletes `name` from a class body's namespace; false when it was not there.
    fn ns_delete(&mut self, f: &Frame, name: &str) -> PyResult<bool> {
        let mapping = match &f.locals[0] {
            Value::Dict(d) => return Ok(d.borrow_mut().remove_str(name).is_some()),
            other => other.clone(),
        };
        match self.del_item(&mapping, &Value::str(name)) {
            Ok(()) => Ok(true),
            Err(Unwind::Exc(e)) if e.is_instance(&self.types.exc.key_error) => Ok(false),
            Err(e) => Err(e),
        }
    }

    fn load_global(&mut self, slot: u32) -> PyResult<Value> {
        let v = &self.globals[slot as usize];
        if !v.is_null() {
            return Ok(v.clone());
        }
        let b = &self.global_builtins[slot as usize];
        if !b.is_null() {
            return Ok(b.clone());
        }
        let name = self.global_names[slot as usize].clone();
        if !self.in_library && crate::runtime::cpython_names::BUILTINS.contains(&&*name) {
            return Err(Unwind::Abort(Abort::Unmodelled {
                what: format!("the builtin `{name}`"),
                at: None,
            }));
        }
        Err(self.exc(
            &self.types.exc.name_error,
            format!("name '{name}' is not defined"),
        ))
    }

    fn do_raise(&mut self, f: &mut Frame, n: u8) -> PyResult<Unwind> {
        match n {
            0 => match f.handled() {
                Some(e) => {
                    // A bare `raise` keeps the traceback as it is (CPython's RERAISE path).
                    self.reraising = true;
                    Ok(Unwind::Exc(e.clone()))
                }
                None => Ok(self.runtime_error("No active exception to reraise")),
            },
            _ => {
                let cause = if n == 2 { Some(pop(f)) } else { None };
                let exc = pop(f);
                let exc = self.make_exception(exc)?;
                if let Some(cause) = cause {
                    let c = match cause {
                        Value::None => None,
                        other => Some(self.make_exception(other)?),
                    };
                    *exc.cause.borrow_mut() = c;
                    exc.suppress_context.set(true);
                }
                Ok(Unwind::Exc(exc))
            }
        }
    }

    /// Does `exc` match an `except` clause's type (a class or a tuple of classes)?
    pub fn exception_matches(&mut self, exc: &Rc<ExcObj>, ty: &Value) -> PyResult<bool> {
        match ty {
            Value::Class(c) => Ok(exc.is_instance(c)),
            Value::Tuple(items) => {
                for t in items.iter() {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// Is anyone listening for events? (Skip building them when not.)
    #[inline]
    pub fn emitting(&self) -> bool {
        self.host.events_enabled()
    }

    /// Emits an event stamped with the virtual time and loop iteration.
    pub fn emit(&mut self, kind: crate::runtime::event::EventKind) {
        let ev = crate::runtime::event::Event {
            t: self.asyncio.now,
            iter: self.asyncio.iteration,
            kind,
        };
        self.host.emit(ev);
    }

    pub fn write_stdout(&mut self, text: &str) {
        self.host.stdout(text);
        if self.emitting() {
            self.emit(crate::runtime::event::EventKind::Output {
                stream: crate::runtime::event::Stream::Stdout,
                text: text.to_string(),
            });
        }
    }

    pub fn write_stderr(&mut self, text: &str) {
        self.host.stderr(text);
        if self.emitting() {
            self.emit(crate::runtime::event::EventKind::Output {
                stream: crate::runtime::event::Stream::Stderr,
                text: text.to_string(),
            });
        }
    }

    /// Resets the instruction budget for a new slice.
    pub fn new_slice(&mut self) {
        self.budget = self.max_instructions;
        if self.cpu.is_some() {
            self.cpu_arm_slice();
        }
    }
}

fn cell_name(code: &crate::lang::bytecode::Code, i: u32) -> Rc<str> {
    let i = i as usize;
    if i < code.cellvars.len() {
        code.cellvars[i].clone()
    } else {
        code.freevars[i - code.cellvars.len()].clone()
    }
}

/// A class body's namespace: its one argument.
#[inline]
fn pop(f: &mut Frame) -> Value {
    f.stack.pop().expect("value stack underflow")
}

#[inline]
fn top(f: &Frame) -> &Value {
    f.stack.last().expect("value stack empty")
}
