//! What coroviz lacks, told apart from a learner's mistake: when a lookup fails at run time
//! and CPython 3.11 has the name (`cpython_names`, generated from CPython), the run ends with
//! "coroviz does not model X yet" (exit 2) instead of an AttributeError or NameError the
//! program might catch and that would read like its own fault.

use crate::runtime::cpython_names::{MODULE_ATTRS, TYPE_ATTRS};

/// "`str.casefold`" when CPython's value of this kind has `name` and the lookup failed here:
/// what coroviz lacks, not a mistake in the program. Values of the program's own classes
/// never qualify (their attributes are the program's business).
pub fn unmodelled_attr(v: &crate::runtime::objects::value::Value, name: &str) -> Option<String> {
    use crate::runtime::objects::value::Value;
    let has = |table: &[(&str, &[&str])], key: &str| {
        table
            .iter()
            .find(|(k, _)| *k == key)
            .is_some_and(|(_, names)| names.contains(&name))
    };
    match v {
        Value::Instance(_) => None,
        Value::Module(m) => (!name.starts_with("__") && has(MODULE_ATTRS, &m.name))
            .then(|| format!("`{}.{name}`", m.name)),
        Value::Class(c) => (&*c.module == "builtins"
            && (has(TYPE_ATTRS, &c.name) || has(TYPE_ATTRS, "type")))
        .then(|| format!("`{}.{name}`", c.name)),
        Value::Exception(e) => (&*e.class.module == "builtins" && has(TYPE_ATTRS, "BaseException"))
            .then(|| format!("`{}.{name}`", e.class.name)),
        other => {
            let t = other.type_name();
            has(TYPE_ATTRS, &t).then(|| format!("`{t}.{name}`"))
        }
    }
}
