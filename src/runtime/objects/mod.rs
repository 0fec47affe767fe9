//! The object model: the `Value` enum and the builtin types behind it (dicts and sets,
//! iterators, classes and instances, exceptions, async generators), their methods and reprs.

pub mod abstracts;
pub mod asyncgen;
pub mod builtin_subclass;
pub mod bytes;
pub mod class;
pub mod dict;
pub mod exception_group;
pub mod exceptions;
pub mod instance;
pub mod iter;
pub mod keys;
pub mod metaclass;
pub mod methods;
pub mod repr;
pub mod reprlib;
pub mod set;
pub mod types;
pub mod value;
