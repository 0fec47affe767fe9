//! The instrumented interpreter and event loop: compiled program in, typed events out.

pub mod asyncio;
pub mod attr;
pub mod builtins;
pub mod call;
pub mod dict;
pub mod engine;
pub mod event;
pub mod exceptions;
pub mod format;
pub mod frame;
pub mod gc_notes;
pub mod iter;
pub mod methods;
pub mod modules;
pub mod num;
pub mod ops;
pub mod pyrandom;
pub mod random;
pub mod repr;
pub mod strformat;
pub mod traceback;
pub mod types;
pub mod value;
pub mod vm;
