//! Python front end: parse with ruff, reject what we do not support, compile to bytecode.

pub mod bytecode;
pub mod compile;
pub mod scope;
pub mod syntax_error;
