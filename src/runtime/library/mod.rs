//! coroviz's own Python library: asyncio's locks, queues, timeouts, task groups and
//! `wait_for`/`shield`/`as_completed`, `heapq`, `collections.deque`, `itertools`, `operator`, `bisect` and `copy`, written by us to
//! behave as CPython 3.11.7's (the same futures, callbacks and coroutines in the same order;
//! heapq and deque after the C modules CPython runs) and compiled by coroviz's compiler the
//! first time a program reaches them.
//!
//! Each module gets its own global namespace: its slots are numbered after those already in
//! use, so the VM's flat global vector needs no lookup by module at run time.

use std::cell::RefCell;
use std::rc::Rc;

use crate::lang::compile::compile_library;
use crate::runtime::objects::value::{Args, Module, Value};
use crate::runtime::vm::frame::Frame;
use crate::runtime::vm::{PyResult, Vm};

/// One library module: its import name, the file name tracebacks show, and its source.
pub struct LibModule {
    pub name: &'static str,
    pub file: &'static str,
    pub source: &'static str,
}

/// Every library module.
pub const MODULES: &[LibModule] = &[
    LibModule {
        name: "queue",
        file: "queue.py",
        source: include_str!("queue.py"),
    },
    LibModule {
        name: "concurrent.futures",
        file: "concurrent/futures/_base.py",
        source: include_str!("concurrent/futures.py"),
    },
    LibModule {
        name: "concurrent.futures.process",
        file: "concurrent/futures/process.py",
        source: include_str!("concurrent/process.py"),
    },
    LibModule {
        name: "pickle",
        file: "pickle.py",
        source: include_str!("pickle.py"),
    },
    LibModule {
        name: "multiprocessing",
        file: "multiprocessing/__init__.py",
        source: include_str!("multiprocessing.py"),
    },
    LibModule {
        name: "concurrent.futures.thread",
        file: "concurrent/futures/thread.py",
        source: include_str!("concurrent/thread.py"),
    },
    LibModule {
        name: "threading",
        file: "threading.py",
        source: include_str!("threading.py"),
    },
    LibModule {
        name: "asyncio.locks",
        file: "asyncio/locks.py",
        source: include_str!("asyncio/locks.py"),
    },
    LibModule {
        name: "asyncio.exceptions",
        file: "asyncio/exceptions.py",
        source: include_str!("asyncio/exceptions.py"),
    },
    LibModule {
        name: "asyncio.queues",
        file: "asyncio/queues.py",
        source: include_str!("asyncio/queues.py"),
    },
    LibModule {
        name: "asyncio.timeouts",
        file: "asyncio/timeouts.py",
        source: include_str!("asyncio/timeouts.py"),
    },
    LibModule {
        name: "asyncio.taskgroups",
        file: "asyncio/taskgroups.py",
        source: include_str!("asyncio/taskgroups.py"),
    },
    LibModule {
        name: "asyncio.tasks",
        file: "asyncio/tasks.py",
        source: include_str!("asyncio/tasks.py"),
    },
    LibModule {
        name: "contextvars",
        file: "contextvars.py",
        source: include_str!("contextvars.py"),
    },
    LibModule {
        name: "asyncio.futures",
        file: "asyncio/futures.py",
        source: include_str!("asyncio/futures.py"),
    },
    LibModule {
        name: "asyncio.base_events",
        file: "asyncio/base_events.py",
        source: include_str!("asyncio/base_events.py"),
    },
    LibModule {
        name: "asyncio.threads",
        file: "asyncio/threads.py",
        source: include_str!("asyncio/threads.py"),
    },
    LibModule {
        name: "functools",
        file: "functools.py",
        source: include_str!("functools.py"),
    },
    LibModule {
        name: "string",
        file: "string.py",
        source: include_str!("string.py"),
    },
    LibModule {
        name: "textwrap",
        file: "textwrap.py",
        source: include_str!("textwrap.py"),
    },
    LibModule {
        name: "_coroviz_builtins",
        file: "builtins.py",
        source: include_str!("builtins.py"),
    },
    LibModule {
        name: "statistics",
        file: "statistics.py",
        source: include_str!("statistics.py"),
    },
    LibModule {
        name: "_random_instances",
        file: "random.py",
        source: include_str!("random_instances.py"),
    },
    LibModule {
        name: "heapq",
        file: "heapq.py",
        source: include_str!("heapq.py"),
    },
    LibModule {
        name: "itertools",
        file: "itertools.py",
        source: include_str!("itertools.py"),
    },
    LibModule {
        name: "dataclasses",
        file: "dataclasses.py",
        source: include_str!("dataclasses.py"),
    },
    LibModule {
        name: "typing",
        file: "typing.py",
        source: include_str!("typing.py"),
    },
    LibModule {
        name: "enum",
        file: "enum.py",
        source: include_str!("enum.py"),
    },
    LibModule {
        name: "__future__",
        file: "__future__.py",
        source: include_str!("__future__.py"),
    },
    LibModule {
        name: "_types_alias",
        file: "types_alias.py",
        source: include_str!("types_alias.py"),
    },
    LibModule {
        name: "_time",
        file: "time.py",
        source: include_str!("time.py"),
    },
    LibModule {
        name: "operator",
        file: "operator.py",
        source: include_str!("operator.py"),
    },
    LibModule {
        name: "bisect",
        file: "bisect.py",
        source: include_str!("bisect.py"),
    },
    LibModule {
        name: "copy",
        file: "copy.py",
        source: include_str!("copy.py"),
    },
    LibModule {
        name: "contextlib",
        file: "contextlib.py",
        source: include_str!("contextlib.py"),
    },
    LibModule {
        name: "collections.abc",
        file: "collections/abc.py",
        source: include_str!("collections_abc.py"),
    },
    LibModule {
        name: "abc",
        file: "abc.py",
        source: include_str!("abc.py"),
    },
    LibModule {
        name: "_collections_user",
        file: "collections/user.py",
        source: include_str!("collections_user.py"),
    },
    LibModule {
        name: "json",
        file: "json.py",
        source: include_str!("json.py"),
    },
    LibModule {
        name: "re",
        file: "re.py",
        source: include_str!("re.py"),
    },
    LibModule {
        name: "os",
        file: "os.py",
        source: include_str!("os.py"),
    },
    LibModule {
        name: "posixpath",
        file: "posixpath.py",
        source: include_str!("posixpath.py"),
    },
    LibModule {
        name: "pprint",
        file: "pprint.py",
        source: include_str!("pprint.py"),
    },
    LibModule {
        name: "_sys_version",
        file: "sys_version.py",
        source: include_str!("sys_version.py"),
    },
    LibModule {
        name: "traceback",
        file: "traceback.py",
        source: include_str!("traceback.py"),
    },
    LibModule {
        name: "logging",
        file: "logging.py",
        source: include_str!("logging.py"),
    },
    LibModule {
        name: "datetime",
        file: "datetime.py",
        source: include_str!("datetime.py"),
    },
    LibModule {
        name: "_datetime_parse",
        file: "datetime_parse.py",
        source: include_str!("datetime_parse.py"),
    },
    LibModule {
        name: "calendar",
        file: "calendar.py",
        source: include_str!("calendar.py"),
    },
    LibModule {
        name: "io",
        file: "io.py",
        source: include_str!("io.py"),
    },
    LibModule {
        name: "_collections",
        file: "collections/deque.py",
        source: include_str!("deque.py"),
    },
    LibModule {
        name: "_collections_more",
        file: "collections/__init__.py",
        source: include_str!("collections_more.py"),
    },
];

/// Names a native module takes from a library module the first time one is looked up
/// (`asyncio.Lock` loads `asyncio.locks`), so programs that never use them never compile them.
const LAZY: &[(&str, &str, &[&str])] = &[
    (
        "asyncio",
        "asyncio.locks",
        &[
            "Lock",
            "Event",
            "Condition",
            "Semaphore",
            "BoundedSemaphore",
            "Barrier",
            "BrokenBarrierError",
            "locks",
        ],
    ),
    (
        "asyncio",
        "asyncio.exceptions",
        &["IncompleteReadError", "LimitOverrunError"],
    ),
    (
        "asyncio",
        "asyncio.queues",
        &[
            "Queue",
            "PriorityQueue",
            "LifoQueue",
            "QueueEmpty",
            "QueueFull",
            "queues",
        ],
    ),
    (
        "asyncio",
        "asyncio.timeouts",
        &["Timeout", "timeout", "timeout_at", "timeouts"],
    ),
    (
        "asyncio",
        "asyncio.taskgroups",
        &["TaskGroup", "taskgroups"],
    ),
    (
        "asyncio",
        "asyncio.tasks",
        &[
            "wait_for",
            "shield",
            "as_completed",
            "run_coroutine_threadsafe",
            "tasks",
        ],
    ),
    ("asyncio", "asyncio.futures", &["wrap_future", "futures"]),
    ("asyncio", "asyncio.threads", &["to_thread", "threads"]),
    ("asyncio", "asyncio.base_events", &["base_events"]),
    ("collections", "_collections", &["deque"]),
    (
        "concurrent.futures",
        "concurrent.futures.process",
        &["ProcessPoolExecutor", "process"],
    ),
    ("random", "_random_instances", &["Random"]),
    ("sys", "_sys_version", &["version_info"]),
    (
        "time",
        "_time",
        &[
            "struct_time",
            "gmtime",
            "localtime",
            "asctime",
            "ctime",
            "mktime",
            "strftime",
            "strptime",
            "timezone",
            "altzone",
            "daylight",
            "tzname",
        ],
    ),
    (
        "collections",
        "_collections_user",
        &["ChainMap", "UserDict", "UserList", "UserString"],
    ),
    (
        "collections",
        "_collections_more",
        &["defaultdict", "Counter", "OrderedDict", "namedtuple"],
    ),
];

pub fn find(name: &str) -> Option<&'static LibModule> {
    MODULES.iter().find(|m| m.name == name)
}

/// The module a library file belongs to (`__module__` of the classes it defines).
pub fn module_of_file(file: &str) -> &'static str {
    MODULES
        .iter()
        .find(|m| m.file == file)
        .map_or("__main__", |m| m.name)
}

/// A library file's source, for traceback lines.
pub fn source_of(file: &str) -> Option<&'static str> {
    MODULES.iter().find(|m| m.file == file).map(|m| m.source)
}

impl Vm<'_> {
    /// Compiles and runs a library module in a namespace of its own; its globals become the
    /// module's attributes.
    pub fn load_library(&mut self, m: &LibModule) -> PyResult<Value> {
        let base = self.globals.len() as u32;
        let program = compile_library(m.file, m.source, base).unwrap_or_else(|d| {
            panic!("coroviz's library module {} does not compile: {d}", m.name)
        });
        let builtins = crate::runtime::builtins::table(self);
        for name in &program.globals {
            self.globals.push(Value::Null);
            self.global_builtins
                .push(builtins.get(&**name).cloned().unwrap_or(Value::Null));
            self.global_names.push(name.clone());
        }
        let slot = |name: &str| {
            let i = program.globals.iter().position(|n| &**n == name);
            base as usize + i.expect("every module has __name__ and __file__")
        };
        self.globals[slot("__name__")] = Value::str(m.name);
        self.globals[slot("__file__")] = Value::str(m.file);
        let mut frame = Frame::new(program.code.clone(), Vec::new(), Vec::new());
        self.run_frame(&mut frame)?;
        let mut attrs: crate::runtime::objects::value::NameMap = Default::default();
        for (i, name) in program.globals.iter().enumerate() {
            let v = &self.globals[base as usize + i];
            if !v.is_null() {
                attrs.insert(name.clone(), v.clone());
            }
        }
        Ok(Value::Module(Rc::new(Module {
            name: Rc::from(m.name),
            attrs: RefCell::new(attrs),
        })))
    }

    /// Whether the program uses `contextvars` (its module is loaded): only then do tasks and
    /// loop callbacks carry a context of their own.
    pub fn contexts_on(&self) -> bool {
        self.contexts_in_use
    }

    /// The running thread's current context, made on first use.
    pub fn current_context(&mut self) -> PyResult<Value> {
        if let Some(c) = &self.context {
            return Ok(c.clone());
        }
        let fresh = self.fresh_context()?;
        self.context = Some(fresh.clone());
        Ok(fresh)
    }

    /// `contextvars.Context()`: an empty context.
    fn fresh_context(&mut self) -> PyResult<Value> {
        let class = self.library_function("contextvars", "Context")?;
        self.call(&class, Args::new(vec![]))
    }

    /// `contextvars.copy_context()`.
    pub fn copy_current_context(&mut self) -> PyResult<Value> {
        let current = self.current_context()?;
        let copy = self.get_attr(&current, "copy")?;
        self.call(&copy, Args::new(vec![]))
    }

    /// Makes a task's context current for one of its steps; gives the one before.
    pub fn enter_task_context(
        &mut self,
        td: &crate::runtime::asyncio::future::TaskData,
    ) -> PyResult<Option<Value>> {
        let own = td.context.borrow().clone();
        let own = match own {
            Some(c) => c,
            None => {
                let fresh = self.fresh_context()?;
                *td.context.borrow_mut() = Some(fresh.clone());
                fresh
            }
        };
        Ok(self.context.replace(own))
    }

    /// A function (or class) of a library module, for the engine to call.
    pub fn library_function(&mut self, module: &str, name: &str) -> PyResult<Value> {
        let Value::Module(m) = crate::runtime::stdlib::import(self, module)? else {
            unreachable!("a library module is a module")
        };
        let found = m.attrs.borrow().get(name).cloned();
        Ok(found.unwrap_or_else(|| panic!("coroviz's library module {module} defines {name}")))
    }

    /// `module.name` missing from a native module that takes it from a library module:
    /// load that module and copy its names over.
    pub fn lazy_module_attr(&mut self, module: &Module, name: &str) -> PyResult<Option<Value>> {
        let Some((_, lib, names)) = LAZY
            .iter()
            .find(|(parent, _, names)| **parent == *module.name && names.contains(&name))
        else {
            return Ok(None);
        };
        let Value::Module(loaded) = crate::runtime::stdlib::import(self, lib)? else {
            return Ok(None);
        };
        let short = lib.rsplit('.').next().unwrap_or(lib);
        for n in names.iter() {
            let v = if *n == short {
                Some(Value::Module(loaded.clone()))
            } else {
                loaded.attrs.borrow().get(*n).cloned()
            };
            if let Some(v) = v {
                module.attrs.borrow_mut().insert(Rc::from(*n), v);
            }
        }
        Ok(module.attrs.borrow().get(name).cloned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::compile::{compile, MODULE_NAMES};
    use crate::runtime::engine::{DiscardOutput, HeadlessHost};
    use crate::runtime::event::NullSink;

    #[test]
    fn every_library_module_compiles() {
        for m in MODULES {
            if let Err(d) = compile_library(m.file, m.source, 7) {
                panic!("{}: {d}", m.name);
            }
        }
    }

    /// The compiler refuses exactly the names the runtime's modules lack (their public
    /// names: a library module's private helpers start with `_`).
    #[test]
    fn modelled_names_are_the_modules_names() {
        let program = compile("t.py", "pass\n").expect("compiles");
        let (mut sink, mut out) = (NullSink, DiscardOutput);
        let mut host = HeadlessHost::new(&mut sink, &mut out);
        let mut vm = Vm::new(&program, &mut host, 1_000_000);
        for (module, names) in MODULE_NAMES {
            let Ok(m) = crate::runtime::stdlib::import(&mut vm, module) else {
                panic!("{module} imports")
            };
            let Value::Module(native) = &m else {
                panic!("{module} is a module")
            };
            // Library modules keep private helpers (`_bind`, `__name__`) next to their names.
            let own: Vec<Rc<str>> = native.attrs.borrow().keys().cloned().collect();
            for name in own.into_iter().filter(|n| !n.starts_with('_')) {
                assert!(
                    names.contains(&&*name),
                    "{module}.{name} is not in MODULE_NAMES"
                );
            }
            for name in names.iter() {
                let found = vm.get_attr(&m, name).is_ok();
                assert!(
                    found,
                    "{module}.{name} is in MODULE_NAMES but not in the module"
                );
            }
        }
    }
}
