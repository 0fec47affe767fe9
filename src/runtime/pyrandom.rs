//! The `random` module (placeholder until MT19937 lands): an empty module.

pub fn make_module() -> crate::runtime::value::Value {
    crate::runtime::modules::module("random", &[])
}
