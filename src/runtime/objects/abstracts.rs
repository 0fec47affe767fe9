//! Abstract classes: what CPython's `object.__new__` refuses for a class ABCMeta marked
//! abstract. A class takes part when `_abc_impl` is found along its MRO (set by `abc.ABC`
//! and the classes of `collections.abc`, as ABCMeta sets it on every class it makes); its
//! abstract methods are the names whose value, resolved along the MRO, is marked
//! `__isabstractmethod__` (directly, or as the function under a property, classmethod or
//! staticmethod).

use std::rc::Rc;

use crate::runtime::objects::class::Descriptor;
use crate::runtime::objects::value::{Class, Value};
use crate::runtime::vm::{PyResult, Vm};

/// Is `v` marked abstract (`abc.abstractmethod`)?
pub fn is_abstract(v: &Value) -> bool {
    match v {
        Value::Function(f) => f
            .attrs
            .borrow()
            .get("__isabstractmethod__")
            .is_some_and(|m| matches!(m, Value::Bool(true))),
        Value::Descriptor(d) => match &**d {
            Descriptor::Property {
                fget, fset, fdel, ..
            } => is_abstract(fget) || is_abstract(fset) || is_abstract(fdel),
            Descriptor::StaticMethod(f) | Descriptor::ClassMethod(f) => is_abstract(f),
        },
        _ => false,
    }
}

/// The abstract methods left in `class`, sorted (None when it is not an ABC at all).
pub fn abstract_methods(class: &Rc<Class>) -> Option<Vec<Rc<str>>> {
    class.lookup("_abc_impl")?;
    let mut names: Vec<Rc<str>> = Vec::new();
    for k in std::iter::once(class).chain(class.mro.iter()) {
        for (name, _) in k.dict.borrow().iter() {
            if !names.contains(name) {
                names.push(name.clone());
            }
        }
    }
    let mut left: Vec<Rc<str>> = names
        .into_iter()
        .filter(|n| class.lookup(n).is_some_and(|v| is_abstract(&v)))
        .collect();
    left.sort();
    Some(left)
}

impl Vm<'_> {
    /// The TypeError of instantiating a class with abstract methods left.
    pub fn check_abstract(&self, class: &Rc<Class>) -> PyResult<()> {
        let Some(left) = abstract_methods(class) else {
            return Ok(());
        };
        if left.is_empty() {
            return Ok(());
        }
        let plural = if left.len() > 1 { "s" } else { "" };
        Err(self.type_error(format!(
            "Can't instantiate abstract class {} with abstract method{plural} {}",
            class.name,
            left.join(", ")
        )))
    }
}
