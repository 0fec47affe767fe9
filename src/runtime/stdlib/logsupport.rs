//! `_logsupport`, the native half of the library's `logging`: what CPython's logging reads
//! from the interpreter (`sys.exc_info()`, `sys._getframe()` for the caller, traceback
//! text), and the run's start on the wall clock for `relativeCreated`.

use std::rc::Rc;

use crate::runtime::objects::exceptions::ExcObj;
use crate::runtime::objects::value::{Args, Value};
use crate::runtime::stdlib::module;
use crate::runtime::vm::{PyResult, Vm};

pub fn make_module() -> Value {
    module(
        "_logsupport",
        &[
            ("handled", handled),
            ("format_exception", format_exception),
            ("frames", frames),
            ("start_time", start_time),
            ("unmodelled", unmodelled),
            ("source_line", source_line),
            ("loop_running", loop_running),
            ("asyncio_imported", asyncio_imported),
        ],
    )
}

/// `handled()`: the exception being handled where logging was called, or None.
fn handled(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.handled_exception().map_or(Value::None, Value::Exception))
}

/// `format_exception(exc)`: the text the top-level handler prints for `exc` (chain and
/// traceback as they stand now).
fn format_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Exception(e)) => {
            let e = e.clone();
            Ok(Value::str(&vm.format_exception(&e)))
        }
        _ => Err(vm.type_error("format_exception() needs an exception")),
    }
}

/// `frames()`: the running frames, outermost first, as `(file, line, function, library)`:
/// the line each stands at (where it called the frame above it; the innermost, the call
/// being made now), and whether the frame is coroviz's own library code.
fn frames(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let n = vm.running_codes.len();
    let items = vm
        .running_codes
        .iter()
        .enumerate()
        .map(|(i, code)| {
            let line = match vm.caller_lines.get(i + 1) {
                Some(line) if i + 1 < n => *line,
                _ => vm.current_line,
            };
            Value::tuple(vec![
                Value::Str(code.file.clone()),
                Value::Int(i64::from(line)),
                Value::Str(code.name.clone()),
                Value::Bool(code.library),
            ])
        })
        .collect();
    Ok(Value::list(items))
}

/// `start_time()`: `time.time()` when the program started (CPython's logging is imported
/// by then; the oracle sets its start to the virtual clock's zero).
fn start_time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(crate::runtime::stdlib::time::EPOCH))
}

/// `source_line(file, line)`: that line of the program or of a library module, stripped
/// (what traceback text shows under `File ...`), or None.
fn source_line(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(Value::Str(file)), Some(Value::Int(line))) = (args.pos.first(), args.pos.get(1))
    else {
        return Err(vm.type_error("source_line() needs a file name and a line number"));
    };
    let line = u32::try_from(*line).unwrap_or(0);
    Ok(vm
        .source_line(file, line)
        .map_or(Value::None, |text| Value::str(text.trim())))
}

/// `loop_running()`: whether an event loop is running (CPython's stack then holds
/// asyncio's own frames, which coroviz's does not).
fn loop_running(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.asyncio.running_loop.is_some()))
}

/// `asyncio_imported()`: whether the program imported asyncio already.
fn asyncio_imported(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.modules.loaded("asyncio").is_some()))
}

/// `unmodelled(what)`: ends the run, refusing `what` (located at the program's line).
fn unmodelled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let what = match args.pos.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => "this part of logging".to_string(),
    };
    Err(vm.unmodelled(what))
}

impl Vm<'_> {
    /// Calls `logging.<hook>(args)` if the program imported logging; whether it did.
    fn logging_hook(&mut self, hook: &str, args: Vec<Value>) -> PyResult<bool> {
        let Some(Value::Module(m)) = self.modules.loaded("logging").cloned() else {
            return Ok(false);
        };
        let Some(hook) = m.attrs.borrow().get(hook).cloned() else {
            return Ok(false);
        };
        self.call(&hook, Args::new(args))?;
        Ok(true)
    }

    /// asyncio was imported: CPython's makes the `concurrent.futures` and `asyncio`
    /// loggers as it is (logging imported later finds them itself).
    pub fn log_asyncio_imported(&mut self) -> PyResult<()> {
        self.logging_hook("_asyncio_imported", Vec::new()).map(drop)
    }

    /// What asyncio's default exception handler reports: `message` and the traceback of
    /// `exc`. CPython logs it at ERROR to the `asyncio` logger; without logging imported that
    /// is the last-resort handler's stderr text, written here directly.
    pub fn asyncio_error(&mut self, message: &str, exc: Option<&Rc<ExcObj>>) -> PyResult<()> {
        let e = exc.map_or(Value::None, |e| Value::Exception(e.clone()));
        if self.logging_hook("_asyncio_error", vec![Value::str(message), e])? {
            return Ok(());
        }
        let mut text = format!("{message}\n");
        if let Some(e) = exc {
            text.push_str(&self.format_exception(e));
        }
        self.write_stderr(&text);
        Ok(())
    }

    /// A new event loop: CPython's selector loop logs `Using selector: EpollSelector` to the
    /// `asyncio` logger at DEBUG as it is made; once `logging` is imported, so does coroviz's.
    pub fn log_loop_made(&mut self) -> PyResult<()> {
        self.logging_hook("_loop_made", Vec::new()).map(drop)
    }
}
