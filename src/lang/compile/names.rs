//! The names of `asyncio` and `collections` coroviz models: a program naming any other
//! (`asyncio.to_thread`, `from asyncio import Runner`) is refused before it runs, rather than
//! failing later with an AttributeError CPython would not raise.

use ruff_python_ast::{Expr, Stmt};

use super::{CResult, Compiler};

/// What coroviz models of `asyncio` (and of `collections`): anything else a program names
/// there is refused before it runs, rather than failing as an AttributeError CPython would not
/// raise. Kept equal to the runtime's modules by a test in `runtime::library`.
pub const MODULE_NAMES: &[(&str, &[&str])] = &[
    (
        "asyncio",
        &[
            "run",
            "sleep",
            "create_task",
            "ensure_future",
            "gather",
            "wait",
            "wait_for",
            "shield",
            "as_completed",
            "get_event_loop",
            "get_running_loop",
            "new_event_loop",
            "set_event_loop",
            "current_task",
            "all_tasks",
            "iscoroutine",
            "iscoroutinefunction",
            "isfuture",
            "CancelledError",
            "InvalidStateError",
            "TimeoutError",
            "Future",
            "Task",
            "FIRST_COMPLETED",
            "FIRST_EXCEPTION",
            "ALL_COMPLETED",
            "Lock",
            "Event",
            "Condition",
            "Semaphore",
            "BoundedSemaphore",
            "Barrier",
            "BrokenBarrierError",
            "Queue",
            "PriorityQueue",
            "LifoQueue",
            "QueueEmpty",
            "QueueFull",
            "Timeout",
            "timeout",
            "timeout_at",
            "TaskGroup",
            "locks",
            "queues",
            "timeouts",
            "taskgroups",
            "tasks",
        ],
    ),
    (
        "collections",
        &[
            "abc",
            "deque",
            "ChainMap",
            "UserDict",
            "UserList",
            "UserString",
        ],
    ),
    (
        "contextlib",
        &[
            "contextmanager",
            "asynccontextmanager",
            "suppress",
            "ExitStack",
            "AsyncExitStack",
            "closing",
            "aclosing",
            "nullcontext",
            "redirect_stdout",
            "redirect_stderr",
            "ContextDecorator",
            "AsyncContextDecorator",
            "AbstractContextManager",
            "AbstractAsyncContextManager",
        ],
    ),
    ("io", &["StringIO"]),
    ("abc", &["abstractmethod", "ABC"]),
    (
        "collections.abc",
        &[
            "Awaitable",
            "Coroutine",
            "AsyncIterable",
            "AsyncIterator",
            "AsyncGenerator",
            "Hashable",
            "Iterable",
            "Iterator",
            "Generator",
            "Reversible",
            "Sized",
            "Container",
            "Callable",
            "Collection",
            "Set",
            "MutableSet",
            "Mapping",
            "MutableMapping",
            "MappingView",
            "KeysView",
            "ItemsView",
            "ValuesView",
            "Sequence",
            "MutableSequence",
        ],
    ),
];

/// The names a module's top-level `import asyncio [as x]` statements bind, with the module.
pub(super) fn module_aliases(body: &[Stmt]) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for s in body {
        let Stmt::Import(i) = s else { continue };
        for a in &i.names {
            let Some((module, _)) = MODULE_NAMES.iter().find(|(m, _)| *m == a.name.as_str()) else {
                continue;
            };
            let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
            out.push((bound, *module));
        }
    }
    out
}

impl Compiler<'_> {
    /// `asyncio.to_thread` and the like: a name of a modelled module that coroviz lacks.
    pub(super) fn check_module_attr(&self, a: &ruff_python_ast::ExprAttribute) -> CResult {
        let Expr::Name(n) = &*a.value else {
            return Ok(());
        };
        let attr = a.attr.as_str();
        let Some((_, module)) = self
            .module_aliases
            .iter()
            .find(|(b, _)| *b == n.id.as_str())
        else {
            return Ok(());
        };
        let names = MODULE_NAMES
            .iter()
            .find(|(m, _)| m == module)
            .map_or(&[][..], |(_, names)| *names);
        if attr.starts_with("__") || names.contains(&attr) {
            return Ok(());
        }
        Err(self
            .error(a.attr.range, format!("unsupported: `{module}.{attr}`"))
            .with_help(format!(
                "coroviz models these names of `{module}`: {}",
                names.join(", ")
            )))
    }
}
