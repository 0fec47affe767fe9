//! The instrumented interpreter and event loop: compiled program in, typed events out.
//!
//! Rooms: `engine` and `event` are the public face; `vm/` is the evaluation core (frames,
//! calls, operators, attribute lookup, tracebacks); `objects/` the object model and the
//! builtin types; `numeric/` int/float semantics and formatting; `builtins/` the builtin
//! functions; `stdlib/` the native modules a program imports; `asyncio/` the event loop and
//! its futures and tasks; `library/` the modules coroviz writes in Python; `threads` Python threads on their own stacks; `cpu` CPU time and the GIL (a scenario's `cpu` setting); `cpython_names`
//! the names CPython has (generated), to tell a name coroviz lacks from a learner's typo.

pub mod asyncio;
pub mod builtins;
pub mod cpu;
pub mod cpython_names;
pub mod engine;
pub mod event;
pub mod library;
pub mod memory;
pub mod numeric;
pub mod objects;
pub mod processes;
pub mod stdlib;
pub mod threads;
pub mod unmodelled;
pub mod vm;
