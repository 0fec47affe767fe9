//! The instrumented interpreter and event loop: compiled program in, typed events out.

pub mod engine;
pub mod event;
pub mod format;
pub mod num;
pub mod random;
