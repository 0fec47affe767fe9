//! Calling: argument binding, Python function frames, and the generator/coroutine
//! protocol (`send`, `throw`, `close`) shared by `await`, `yield from` and tasks.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::lang::bytecode::{CodeKind, Instr};
use crate::runtime::event::GenOp;
use crate::runtime::objects::exceptions::ExcObj;
use crate::runtime::objects::value::{Args, Function, GenKind, GenObj, GenStatus, Value};
use crate::runtime::vm::frame::Frame;
use crate::runtime::vm::{FrameExit, PyResult, Unwind, Vm};

/// What a generator is resumed with.
pub enum Resume {
    Send(Value),
    Throw(Rc<ExcObj>),
}

/// What a resumed generator did.
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

impl Vm<'_> {
    /// Calls any callable value.
    pub fn call(&mut self, callee: &Value, mut args: Args) -> PyResult<Value> {
        match callee {
            Value::Function(func) => self.call_function(func, args),
            Value::Builtin(b) => {
                if let Some(recv) = &b.bound {
                    args.pos.insert(0, recv.clone());
                }
                (b.func)(self, args)
            }
            Value::NativeMethod(m) => {
                let (recv, name) = (m.receiver.clone(), m.name.clone());
                self.call_method(&recv, &name, args)
            }
            Value::BoundMethod(m) => {
                args.pos.insert(0, m.receiver.clone());
                let func = m.func.clone();
                self.call(&func, args)
            }
            Value::Class(c) => {
                let c = c.clone();
                self.call_class(&c, args)
            }
            Value::Instance(_) => self.heap_call(callee, args),
            Value::Descriptor(d) => match &**d {
                crate::runtime::objects::class::Descriptor::StaticMethod(f) => {
                    let f = f.clone();
                    self.call(&f, args)
                }
                _ => {
                    Err(self.type_error(format!("'{}' object is not callable", callee.type_name())))
                }
            },
            other => {
                Err(self.type_error(format!("'{}' object is not callable", other.type_name())))
            }
        }
    }

    /// Calls with positional arguments only.
    pub fn call1(&mut self, callee: &Value, pos: Vec<Value>) -> PyResult<Value> {
        self.call(callee, Args::new(pos))
    }

    pub fn call_function(&mut self, func: &Rc<Function>, args: Args) -> PyResult<Value> {
        let mut frame = self.bind(func, args)?;
        match func.code.kind {
            CodeKind::Generator | CodeKind::Coroutine | CodeKind::AsyncGenerator => {
                Ok(self.new_gen(func, frame))
            }
            _ => match self.run_frame(&mut frame)? {
                FrameExit::Return(v) => Ok(v),
                FrameExit::Yield(_) => unreachable!("plain functions do not yield"),
            },
        }
    }

    fn new_gen(&mut self, func: &Rc<Function>, frame: Frame) -> Value {
        let kind = match func.code.kind {
            CodeKind::Coroutine => GenKind::Coroutine,
            CodeKind::AsyncGenerator => GenKind::AsyncGenerator,
            _ => GenKind::Generator,
        };
        let id = self.next_gen_id;
        self.next_gen_id += 1;
        let g = Rc::new(GenObj {
            id,
            kind,
            name: func.name.borrow().clone(),
            qualname: func.qualname.borrow().clone(),
            code: func.code.clone(),
            frame: RefCell::new(Some(Box::new(frame))),
            status: Cell::new(GenStatus::Created),
            line: Cell::new(func.code.first_line),
            awaited: Cell::new(false),
        });
        if self.watching_gen(&g) {
            self.note_gen(&g, g.line.get(), GenOp::Created);
        }
        Value::Gen(g)
    }

    /// Binds call arguments to a new frame, with CPython's error messages.
    fn bind(&mut self, func: &Rc<Function>, args: Args) -> PyResult<Frame> {
        let code = &func.code;
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlycount as usize;
        let mut locals = vec![Value::Null; code.varnames.len()];
        let name = &*func.qualname.borrow();
        let Args { pos, kw } = args;
        let npos = pos.len();
        let mut extra = Vec::new();
        for (i, v) in pos.into_iter().enumerate() {
            if i < argcount {
                locals[i] = v;
            } else if code.has_varargs {
                extra.push(v);
            } else {
                let ndef = func.defaults.len();
                let takes = if ndef > 0 {
                    format!(
                        "from {} to {} positional arguments",
                        argcount - ndef,
                        argcount
                    )
                } else {
                    format!(
                        "{} positional argument{}",
                        argcount,
                        if argcount == 1 { "" } else { "s" }
                    )
                };
                // CPython also counts keyword-only arguments that were given.
                let kwonly_given = kw
                    .iter()
                    .filter(|(k, _)| {
                        code.varnames[argcount..argcount + kwonly]
                            .iter()
                            .any(|n| **n == **k)
                    })
                    .count();
                let given = if kwonly_given > 0 {
                    format!(
                        "{} positional argument{} (and {} keyword-only argument{}) were given",
                        npos,
                        if npos == 1 { "" } else { "s" },
                        kwonly_given,
                        if kwonly_given == 1 { "" } else { "s" }
                    )
                } else {
                    format!("{} {} given", npos, if npos == 1 { "was" } else { "were" })
                };
                return Err(self.type_error(format!("{name}() takes {takes} but {given}")));
            }
        }
        let mut varkw = crate::runtime::objects::dict::Dict::new();
        for (k, v) in kw {
            let slot = code.varnames[code.posonlycount as usize..argcount + kwonly]
                .iter()
                .position(|n| **n == *k)
                .map(|p| p + code.posonlycount as usize);
            match slot {
                Some(s) => {
                    if !locals[s].is_null() {
                        return Err(self.type_error(format!(
                            "{name}() got multiple values for argument '{k}'"
                        )));
                    }
                    locals[s] = v;
                }
                None if code.has_varkw => {
                    varkw.insert(self.key(Value::Str(k))?, v);
                }
                None => {
                    if code.varnames[..code.posonlycount as usize]
                        .iter()
                        .any(|n| **n == *k)
                    {
                        return Err(self.type_error(format!(
                            "{name}() got some positional-only arguments passed as keyword arguments: '{k}'"
                        )));
                    }
                    return Err(self
                        .type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
                }
            }
        }
        // Defaults fill the last positional parameters.
        let first_default = argcount - func.defaults.len();
        let mut missing = Vec::new();
        for (i, slot) in locals.iter_mut().enumerate().take(argcount) {
            if slot.is_null() {
                if i >= first_default {
                    *slot = func.defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{name}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        for (i, slot) in locals.iter_mut().enumerate().skip(argcount).take(kwonly) {
            if slot.is_null() {
                match func.kwdefaults.iter().find(|(k, _)| *k == code.varnames[i]) {
                    Some((_, v)) => *slot = v.clone(),
                    None => missing.push(code.varnames[i].clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{name}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        let mut next = argcount + kwonly;
        if code.has_varargs {
            locals[next] = Value::tuple(extra);
            next += 1;
        }
        if code.has_varkw {
            locals[next] = Value::Dict(Rc::new(RefCell::new(varkw)));
        }
        let mut cells = Vec::with_capacity(code.cellvars.len() + code.freevars.len());
        for arg in &code.cell2arg {
            let initial = match arg {
                Some(a) => std::mem::replace(&mut locals[*a as usize], Value::Null),
                None => Value::Null,
            };
            cells.push(Rc::new(RefCell::new(initial)));
        }
        cells.extend(func.closure.iter().cloned());
        Ok(Frame::new(code.clone(), locals, cells))
    }

    /// Resumes any awaitable iterator: generator, coroutine, native coroutine, future.
    pub fn resume(&mut self, it: &Value, r: Resume) -> PyResult<GenStep> {
        match it {
            Value::Gen(g) => {
                let g = g.clone();
                self.gen_resume(&g, r)
            }
            Value::NativeCoro(c) => {
                let c = c.clone();
                crate::runtime::asyncio::native_coro::resume(self, &c, r)
            }
            Value::AsyncGenOp(op) => {
                let op = op.clone();
                self.agen_op_resume(&op, r)
            }
            Value::Future(fut) => {
                let fut = fut.clone();
                match r {
                    Resume::Throw(e) => Err(Unwind::Exc(e)),
                    Resume::Send(_) => {
                        // Future.__await__: yield the future itself until it is done.
                        if !fut.done() {
                            fut.blocking.set(true);
                            Ok(GenStep::Yield(Value::Future(fut)))
                        } else {
                            Ok(GenStep::Return(self.future_result(&fut)?))
                        }
                    }
                }
            }
            // `yield from` an object: `__next__`, or its `send`/`throw` when it has them.
            Value::Instance(_) => {
                let step = match r {
                    Resume::Send(v) if v.is_none() => self.call_special(it, "__next__", vec![]),
                    Resume::Send(v) => match self.call_special(it, "send", vec![v])? {
                        Some(v) => Ok(Some(v)),
                        None => return Err(self.attribute_error(it, "send")),
                    },
                    Resume::Throw(e) => {
                        if !self.has_special(it, "throw") {
                            return Err(Unwind::Exc(e));
                        }
                        self.call_special(it, "throw", vec![Value::Exception(e)])
                    }
                };
                match step {
                    Ok(Some(v)) => Ok(GenStep::Yield(v)),
                    Ok(None) => {
                        Err(self
                            .type_error(format!("'{}' object is not an iterator", it.type_name())))
                    }
                    Err(Unwind::Exc(e)) if e.is_instance(&self.types.exc.stop_iteration) => {
                        let v = e.args.borrow().first().cloned().unwrap_or(Value::None);
                        Ok(GenStep::Return(v))
                    }
                    Err(e) => Err(e),
                }
            }
            Value::Iter(_) => match r {
                Resume::Throw(e) => Err(Unwind::Exc(e)),
                // `yield from` an iterator forwards a sent value to its `send`, which
                // builtin iterators do not have.
                Resume::Send(v) if !v.is_none() => Err(self.attribute_error(it, "send")),
                Resume::Send(_) => Ok(match self.next_item(it)? {
                    Some(v) => GenStep::Yield(v),
                    None => GenStep::Return(Value::None),
                }),
            },
            other => {
                Err(self.type_error(format!("'{}' object is not an iterator", other.type_name())))
            }
        }
    }

    fn gen_word(g: &GenObj) -> &'static str {
        match g.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }

    pub fn gen_resume(&mut self, g: &Rc<GenObj>, r: Resume) -> PyResult<GenStep> {
        let word = Self::gen_word(g);
        match g.status.get() {
            GenStatus::Running => return Err(self.value_error(format!("{word} already executing"))),
            GenStatus::Closed => {
                return match r {
                    Resume::Throw(e) => Err(Unwind::Exc(e)),
                    Resume::Send(_) if g.kind == GenKind::Coroutine => {
                        Err(self.runtime_error("cannot reuse already awaited coroutine"))
                    }
                    Resume::Send(_) => Err(Unwind::Exc(ExcObj::new(
                        self.types.exc.stop_iteration.clone(),
                        vec![],
                    ))),
                };
            }
            GenStatus::Created => match &r {
                Resume::Send(v) if !v.is_none() => {
                    return Err(self.type_error(format!(
                        "can't send non-None value to a just-started {word}"
                    )));
                }
                Resume::Throw(e) => {
                    g.status.set(GenStatus::Closed);
                    g.frame.borrow_mut().take();
                    return Err(Unwind::Exc(e.clone()));
                }
                _ => {}
            },
            GenStatus::Suspended => {}
        }
        let watched = self.watching_gen(g);
        let caller_line = self.current_line;
        if watched {
            // Each generator step is a step point like a loop handle: the live view pauses
            // and single-steps here too, so a program without a loop can be followed.
            self.host.before_handle().map_err(Unwind::Abort)?;
        }
        if self.asyncio.running_loop.is_none() {
            // No loop polls for Ctrl-C here: this step point does (see `poll_signals`).
            self.poll_signals(watched)?;
        }
        let created = g.status.get() == GenStatus::Created;
        let mut frame = g
            .frame
            .borrow_mut()
            .take()
            .expect("a created or suspended generator has its frame");
        g.status.set(GenStatus::Running);
        if watched {
            let op = match &r {
                Resume::Send(v) if v.is_none() => GenOp::Next,
                Resume::Send(v) => GenOp::Send {
                    value: self.value_text(v),
                },
                Resume::Throw(e) if e.is_instance(&self.types.exc.generator_exit) => GenOp::Close,
                Resume::Throw(e) => GenOp::Throw {
                    exc: self.exc_text(e),
                },
            };
            self.note_gen(g, g.line.get(), op);
        }
        // Indexed by frames pushed, not `depth` (which also counts the loop's C frames).
        self.running_gens
            .push((Rc::as_ptr(g) as usize, self.caller_lines.len() + 1));
        let outcome = match r {
            Resume::Send(v) => {
                if !created {
                    frame.stack.push(v);
                }
                self.run_frame(&mut frame)
            }
            Resume::Throw(e) => self.throw_into(&mut frame, e),
        };
        self.running_gens.pop();
        let end_line = frame.line();
        match outcome {
            Ok(FrameExit::Yield(v)) => {
                g.line.set(end_line);
                *g.frame.borrow_mut() = Some(frame);
                g.status.set(GenStatus::Suspended);
                if watched {
                    let value = self.value_text(&v);
                    self.note_gen(g, end_line, GenOp::Yielded { value });
                    self.note_gen_frames(g, caller_line, None);
                }
                Ok(GenStep::Yield(v))
            }
            Ok(FrameExit::Return(v)) => {
                g.status.set(GenStatus::Closed);
                if watched {
                    let value = self.value_text(&v);
                    self.note_gen(g, end_line, GenOp::Returned { value });
                    self.note_gen_frames(g, caller_line, Some(&frame));
                }
                self.note_task_end(g, &frame);
                Ok(GenStep::Return(v))
            }
            Err(Unwind::Exc(e)) => {
                g.status.set(GenStatus::Closed);
                if watched {
                    let exc = self.exc_text(&e);
                    self.note_gen(g, end_line, GenOp::Raised { exc });
                    self.note_gen_frames(g, caller_line, Some(&frame));
                }
                self.note_task_end(g, &frame);
                if e.is_instance(&self.types.exc.stop_iteration) {
                    // PEP 479: StopIteration escaping a generator becomes RuntimeError.
                    let err = ExcObj::new(
                        self.types.exc.runtime_error.clone(),
                        vec![Value::str(&format!("{word} raised StopIteration"))],
                    );
                    *err.cause.borrow_mut() = Some(e);
                    return Err(Unwind::Exc(err));
                }
                Err(Unwind::Exc(e))
            }
            Err(abort) => {
                g.status.set(GenStatus::Closed);
                Err(abort)
            }
        }
    }

    /// Throws `e` into a suspended frame: into the iterator it delegates to, if it is
    /// parked on a `Send`, else at its `yield`.
    fn throw_into(&mut self, frame: &mut Frame, e: Rc<ExcObj>) -> PyResult<FrameExit> {
        if let Some(Instr::Send(target)) = frame.code.instrs.get(frame.ip).copied() {
            let sub = frame
                .stack
                .last()
                .cloned()
                .expect("delegated iterator on the stack");
            let step = if e.is_instance(&self.types.exc.generator_exit) {
                // GeneratorExit closes the delegate, then lands here.
                self.close(&sub).map(|_| None)
            } else {
                self.resume(&sub, Resume::Throw(e.clone())).map(Some)
            };
            match step {
                Ok(Some(GenStep::Yield(v))) => return Ok(FrameExit::Yield(v)),
                Ok(Some(GenStep::Return(v))) => {
                    frame.stack.pop();
                    frame.stack.push(v);
                    frame.ip = target as usize;
                    return self.run_frame(frame);
                }
                Ok(None) => {
                    frame.stack.pop();
                    frame.ip += 1;
                    return self.run_frame_from(frame, Some(Unwind::Exc(e)));
                }
                Err(err) => {
                    frame.stack.pop();
                    frame.ip += 1;
                    return self.run_frame_from(frame, Some(err));
                }
            }
        }
        self.run_frame_from(frame, Some(Unwind::Exc(e)))
    }

    /// `gen.close()`: throw GeneratorExit; a yield in response is an error.
    pub fn close(&mut self, it: &Value) -> PyResult<()> {
        let Value::Gen(g) = it else {
            if let Value::NativeCoro(c) = it {
                crate::runtime::asyncio::native_coro::close(self, c);
            }
            return Ok(());
        };
        match g.status.get() {
            GenStatus::Closed => return Ok(()),
            GenStatus::Created => {
                g.status.set(GenStatus::Closed);
                g.frame.borrow_mut().take();
                if self.watching_gen(g) {
                    self.note_gen(g, g.line.get(), GenOp::Close);
                }
                return Ok(());
            }
            _ => {}
        }
        let exit = ExcObj::new(self.types.exc.generator_exit.clone(), vec![]);
        let g = g.clone();
        match self.gen_resume(&g, Resume::Throw(exit)) {
            Ok(GenStep::Yield(_)) => {
                Err(self.runtime_error(format!("{} ignored GeneratorExit", Self::gen_word(&g))))
            }
            Ok(GenStep::Return(_)) => Ok(()),
            Err(Unwind::Exc(e))
                if e.is_instance(&self.types.exc.generator_exit)
                    || e.is_instance(&self.types.exc.stop_iteration) =>
            {
                Ok(())
            }
            Err(other) => Err(other),
        }
    }

    /// What `await v` delegates to.
    pub fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Gen(g) if g.kind == GenKind::Coroutine => {
                g.awaited.set(true);
                Ok(v)
            }
            // A generator-based coroutine (`@types.coroutine`).
            Value::Gen(g) if g.kind == GenKind::Generator && g.code.iterable_coroutine => Ok(v),
            Value::NativeCoro(c) => {
                c.borrow_mut().awaited = true;
                Ok(v)
            }
            Value::Future(_) | Value::AsyncGenOp(_) => Ok(v),
            other if self.has_special(other, "__await__") => {
                let it = self
                    .call_special(other, "__await__", vec![])?
                    .expect("has __await__");
                match &it {
                    Value::Gen(g) if g.kind == GenKind::Coroutine => {
                        Err(self.type_error("__await__() returned a coroutine"))
                    }
                    _ if self.is_iterator(&it) => Ok(it),
                    _ => Err(self.type_error(format!(
                        "__await__() returned non-iterator of type '{}'",
                        it.type_name()
                    ))),
                }
            }
            other => {
                let msg = format!(
                    "object {} can't be used in 'await' expression",
                    other.type_name()
                );
                if self.emitting() {
                    let line = self.current_line;
                    let what = self.value_text(other);
                    self.emit(crate::runtime::event::EventKind::Warning {
                        warning: crate::runtime::event::WarningKind::NotAwaitable,
                        msg: format!("line {line}: `await {what}`: {msg}"),
                    });
                }
                Err(self.type_error(msg))
            }
        }
    }
}

pub(crate) fn name_list(names: &[Rc<str>]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}
