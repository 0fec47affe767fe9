//! Classes made by `class` statements: building them (C3 MRO, the `__class__` cell),
//! instantiating them, class attributes, `super()`, and the descriptors `property`,
//! `staticmethod` and `classmethod`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::objects::exceptions::ExcObj;
use crate::runtime::objects::instance::Instance;
use crate::runtime::objects::value::{Args, Builtin, BuiltinType, Class, NativeFn, Value};
use crate::runtime::vm::{PyResult, Unwind, Vm};

/// `property`, `staticmethod` and `classmethod` objects.
pub enum Descriptor {
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
}

impl Descriptor {
    pub fn type_name(&self) -> &'static str {
        match self {
            Descriptor::Property { .. } => "property",
            Descriptor::StaticMethod(_) => "staticmethod",
            Descriptor::ClassMethod(_) => "classmethod",
        }
    }
}

/// `super(this, obj)`: attribute lookup on `obj` starting after `this` in `obj_type`'s MRO.
///
/// Invariant: `obj_type` is `this` or a subclass of it.
pub struct SuperObj {
    pub this: Rc<Class>,
    pub obj: Value,
    pub obj_type: Rc<Class>,
}

/// A class's full MRO, itself first.
pub fn full_mro(c: &Rc<Class>) -> Vec<Rc<Class>> {
    let mut v = Vec::with_capacity(c.mro.len() + 1);
    v.push(c.clone());
    v.extend(c.mro.iter().cloned());
    v
}

fn native(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        bound: None,
    }))
}

/// Gives `object` and `BaseException` the methods `super()` and explicit calls reach
/// (`super().__init__(msg)`, `object.__repr__(self)`).
pub fn install(types: &crate::runtime::objects::types::Types) {
    let mut d = types.object.dict.borrow_mut();
    for (name, f) in [
        ("__init__", object_init as NativeFn),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__hash__", object_hash),
        ("__setattr__", object_setattr),
        ("__getattribute__", object_getattribute),
        ("__format__", object_format),
    ] {
        d.insert(Rc::from(name), native(name, f));
    }
    crate::runtime::objects::instance::install_wrapper(&types.coroutine_wrapper);
    crate::runtime::objects::builtin_subclass::install(types);
    let mut d = types.exc.base_exception.dict.borrow_mut();
    for (name, f) in [
        ("__init__", exception_init as NativeFn),
        ("__str__", exception_str),
        ("__repr__", exception_repr),
    ] {
        d.insert(Rc::from(name), native(name, f));
    }
}

fn receiver(vm: &Vm, args: &Args, what: &str) -> PyResult<Value> {
    args.pos.first().cloned().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{what}' of 'object' object needs an argument"
        ))
    })
}

fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver(vm, &args, "__init__")?;
    if args.pos.len() > 1 || !args.kw.is_empty() {
        let overridden = match vm.types.class_of(&me).lookup("__init__") {
            Some(Value::Builtin(_)) | None => None,
            Some(_) => Some(()),
        };
        return Err(vm.type_error(match overridden {
            Some(()) => "object.__init__() takes exactly one argument (the instance to initialize)"
                .to_string(),
            None => format!("{}() takes no arguments", me.type_name()),
        }));
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver(vm, &args, "__repr__")?;
    Ok(Value::str(&vm.default_repr(&me)))
}

/// `object.__str__`: whatever `__repr__` returns (`str()` checks the type afterwards).
fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver(vm, &args, "__str__")?;
    match vm.call_special(&me, "__repr__", vec![])? {
        Some(v) => Ok(v),
        None => Ok(Value::str(&vm.repr(&me)?)),
    }
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver(vm, &args, "__eq__")?;
    let other = args.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(if me.is(&other) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver(vm, &args, "__ne__")?;
    let other = args.pos.get(1).cloned().unwrap_or(Value::None);
    // object.__ne__ inverts __eq__ unless it declined.
    match vm.call_special(&me, "__eq__", vec![other])? {
        Some(Value::NotImplemented) | None => Ok(Value::NotImplemented),
        Some(v) => Ok(Value::Bool(!vm.truthy(&v)?)),
    }
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver(vm, &args, "__hash__")?;
    Ok(Value::Int(identity_hash(&me)))
}

/// `object.__hash__`: derived from the address, as CPython does.
pub use crate::runtime::objects::dict::identity_hash;

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::runtime::objects::methods::check_count(
        vm,
        "__setattr__",
        args.pos.len(),
        3,
        3,
        crate::runtime::objects::methods::ArityStyle::Unpack,
    )?;
    let Value::Str(name) = &args.pos[1] else {
        return Err(vm.type_error("attribute name must be string"));
    };
    vm.generic_set_attr(&args.pos[0], name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::runtime::objects::methods::check_count(
        vm,
        "__getattribute__",
        args.pos.len(),
        2,
        2,
        crate::runtime::objects::methods::ArityStyle::Unpack,
    )?;
    let Value::Str(name) = &args.pos[1] else {
        return Err(vm.type_error("attribute name must be string"));
    };
    vm.get_attr(&args.pos[0], name)
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::runtime::objects::methods::check_count(
        vm,
        "__format__",
        args.pos.len(),
        2,
        2,
        crate::runtime::objects::methods::ArityStyle::Unpack,
    )?;
    match &args.pos[1] {
        Value::Str(s) if s.is_empty() => Ok(Value::str(&vm.to_str(&args.pos[0])?)),
        _ => Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            args.pos[0].type_name()
        ))),
    }
}

fn exception_of(vm: &Vm, args: &Args, what: &str) -> PyResult<Rc<ExcObj>> {
    match args.pos.first() {
        Some(Value::Exception(e)) => Ok(e.clone()),
        _ => Err(vm.type_error(format!(
            "descriptor '{what}' requires a 'BaseException' object"
        ))),
    }
}

fn exception_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = exception_of(vm, &args, "__init__")?;
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", e.class.name)));
    }
    *e.args.borrow_mut() = args.pos[1..].to_vec();
    Ok(Value::None)
}

fn exception_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = exception_of(vm, &args, "__str__")?;
    Ok(Value::str(&vm.exception_str(&e)?))
}

fn exception_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = exception_of(vm, &args, "__repr__")?;
    Ok(Value::str(&vm.exception_repr(&e)?))
}

impl Vm<'_> {
    /// Calls a class made by a `class` statement (or `object()`): a new instance, then
    /// `__init__`.
    pub fn instantiate(&mut self, class: &Rc<Class>, args: Args) -> PyResult<Value> {
        self.check_abstract(class)?;
        let custom_new = self.custom_new(class);
        let payload_type = class
            .builtin
            .filter(|bt| crate::runtime::objects::builtin_subclass::has_payload(*bt));
        // A builtin base's `__new__` took the arguments (`tuple.__new__(cls, items)`).
        let had_new = custom_new.is_some() || payload_type.is_some();
        let obj = match class.builtin {
            // `__new__` may return anything; `__init__` runs only on an instance of `class`.
            _ if custom_new.is_some() => {
                let new = custom_new.expect("matched");
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(Value::Class(class.clone()));
                pos.extend(args.pos.iter().cloned());
                let obj = self.call(
                    &new,
                    Args {
                        pos,
                        kw: args.kw.clone(),
                    },
                )?;
                if !self.is_instance(&obj, class) {
                    return Ok(obj);
                }
                obj
            }
            // A metaclass without a `__new__` of its own: `type.__new__`.
            Some(BuiltinType::Type) => {
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(Value::Class(class.clone()));
                pos.extend(args.pos.iter().cloned());
                crate::runtime::objects::metaclass::type_new(
                    self,
                    Args {
                        pos,
                        kw: args.kw.clone(),
                    },
                )?
            }
            Some(BuiltinType::Exception)
                if class.is_subclass(&self.types.exc.base_exception_group) =>
            {
                self.new_exception_group(class, args.pos.clone())?
            }
            Some(BuiltinType::Exception) => {
                Value::Exception(ExcObj::new(class.clone(), args.pos.clone()))
            }
            Some(bt) if payload_type.is_some() => {
                let payload = crate::runtime::objects::builtin_subclass::new_payload(
                    self,
                    bt,
                    Args {
                        pos: args.pos.clone(),
                        kw: args.kw.clone(),
                    },
                )?;
                Value::Instance(Rc::new(Instance::with_payload(class.clone(), payload)))
            }
            _ => Value::Instance(Rc::new(Instance::new(class.clone()))),
        };
        // The builtin initialisers: object's checks its arguments, BaseException's
        // arguments were stored by the constructor already.
        let builtin_init = std::iter::once(class)
            .chain(class.mro.iter())
            .find(|c| c.dict.borrow().contains_key("__init__"))
            .is_none_or(|c| {
                !c.heap
                    && matches!(
                        c.builtin,
                        Some(BuiltinType::Object | BuiltinType::Exception)
                    )
            });
        match class.lookup("__init__") {
            Some(init) if !builtin_init => {
                let r = self.call_with_receiver(&init, &obj, class, args)?;
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        r.type_name()
                    )));
                }
            }
            _ => {
                if class.builtin == Some(BuiltinType::Exception) {
                    if !args.kw.is_empty() {
                        return Err(
                            self.type_error(format!("{}() takes no keyword arguments", class.name))
                        );
                    }
                } else if !had_new && (!args.pos.is_empty() || !args.kw.is_empty()) {
                    return Err(self.type_error(format!("{}() takes no arguments", class.name)));
                }
            }
        }
        Ok(obj)
    }

    /// Calls class attribute `attr` as a method of `obj` (whose class is `class`).
    pub fn call_with_receiver(
        &mut self,
        attr: &Value,
        obj: &Value,
        class: &Rc<Class>,
        mut args: Args,
    ) -> PyResult<Value> {
        match attr {
            Value::Function(f) => {
                args.pos.insert(0, obj.clone());
                self.call_function(f, args)
            }
            Value::Builtin(b) if b.bound.is_none() => {
                args.pos.insert(0, obj.clone());
                (b.func)(self, args)
            }
            _ => {
                let m = self.bind_attr(attr.clone(), obj, class)?;
                self.call(&m, args)
            }
        }
    }

    /// A class attribute seen through an instance: functions become bound methods, and
    /// descriptors do what they do.
    pub fn bind_attr(&mut self, attr: Value, obj: &Value, class: &Rc<Class>) -> PyResult<Value> {
        Ok(match attr {
            Value::Function(_) => {
                Value::BoundMethod(Rc::new(crate::runtime::objects::value::BoundMethod {
                    receiver: obj.clone(),
                    func: attr,
                }))
            }
            Value::Builtin(b) if b.bound.is_none() => Value::Builtin(Rc::new(Builtin {
                name: b.name,
                func: b.func,
                bound: Some(obj.clone()),
            })),
            Value::Descriptor(d) => match &*d {
                Descriptor::StaticMethod(f) => f.clone(),
                Descriptor::ClassMethod(f) => {
                    Value::BoundMethod(Rc::new(crate::runtime::objects::value::BoundMethod {
                        receiver: Value::Class(class.clone()),
                        func: f.clone(),
                    }))
                }
                Descriptor::Property { fget, .. } => {
                    if fget.is_none() {
                        return Err(
                            self.exc(&self.types.exc.attribute_error, "unreadable attribute")
                        );
                    }
                    self.call1(fget, vec![obj.clone()])?
                }
            },
            Value::Instance(_) if self.has_special(&attr, "__get__") => self
                .call_special(
                    &attr,
                    "__get__",
                    vec![obj.clone(), Value::Class(class.clone())],
                )?
                .unwrap_or(Value::None),
            other => other,
        })
    }

    /// `C.name`: the class attribute along the MRO, with classmethods bound to `C`.
    pub fn class_attr(&mut self, class: &Rc<Class>, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "__name__" => Value::Str(class.name.clone()),
            "__qualname__" => Value::Str(class.qualname.clone()),
            "__module__" if !class.heap => Value::Str(class.module.clone()),
            "__mro__" => Value::tuple(full_mro(class).into_iter().map(Value::Class).collect()),
            "__bases__" => Value::tuple(class.bases.iter().cloned().map(Value::Class).collect()),
            "__abstractmethods__" if class.heap => {
                match crate::runtime::objects::abstracts::abstract_methods(class) {
                    Some(names) => {
                        let mut d = crate::runtime::objects::dict::Dict::new();
                        for n in names {
                            d.insert(crate::runtime::objects::dict::Key::str(&n), Value::None);
                        }
                        crate::runtime::objects::set::SetKind::Frozen.make(d)
                    }
                    None => return Ok(None),
                }
            }
            "__base__" => match class.bases.first() {
                Some(b) => Value::Class(b.clone()),
                None => Value::None,
            },
            "__doc__" => class
                .dict
                .borrow()
                .get("__doc__")
                .cloned()
                .unwrap_or(Value::None),
            "__dict__" => {
                let mut d = crate::runtime::objects::dict::Dict::new();
                for (k, v) in class.dict.borrow().iter() {
                    d.insert(self.key(Value::Str(k.clone()))?, v.clone());
                }
                Value::Dict(Rc::new(RefCell::new(d)))
            }
            _ => match class.lookup(name) {
                Some(Value::Descriptor(d)) => match &*d {
                    Descriptor::StaticMethod(f) => f.clone(),
                    Descriptor::ClassMethod(f) => {
                        Value::BoundMethod(Rc::new(crate::runtime::objects::value::BoundMethod {
                            receiver: Value::Class(class.clone()),
                            func: f.clone(),
                        }))
                    }
                    Descriptor::Property { .. } => Value::Descriptor(d.clone()),
                },
                Some(v @ Value::Instance(_)) if self.has_special(&v, "__get__") => self
                    .call_special(
                        &v,
                        "__get__",
                        vec![Value::None, Value::Class(class.clone())],
                    )?
                    .unwrap_or(Value::None),
                Some(v) => v,
                None => return self.meta_attr(class, name),
            },
        }))
    }

    /// `super(this, obj).name`.
    pub fn super_attr(&mut self, s: &SuperObj, name: &str) -> PyResult<Value> {
        let mro = full_mro(&s.obj_type);
        let start = mro
            .iter()
            .position(|c| Rc::ptr_eq(c, &s.this))
            .map_or(mro.len(), |i| i + 1);
        let found = mro[start..]
            .iter()
            .find_map(|c| c.dict.borrow().get(name).cloned());
        let Some(attr) = found else {
            if name == "__class__" {
                return Ok(Value::Class(self.types.super_.clone()));
            }
            // A builtin base's methods (`super().append(x)`): those of the builtin value
            // the instance is.
            if let Some(p) = crate::runtime::objects::instance::payload_of(&s.obj) {
                let p = p.clone();
                if let Ok(m) = self.get_attr(&p, name) {
                    return Ok(m);
                }
            }
            return Err(self.exc(
                &self.types.exc.attribute_error,
                format!("'super' object has no attribute '{name}'"),
            ));
        };
        // Through a class (in a classmethod) functions stay plain functions; a class seen
        // as the instance of its metaclass binds them.
        if let Value::Class(c) = &s.obj {
            if !c.is_subclass(&s.this) {
                return self.bind_attr(attr, &s.obj, &s.obj_type);
            }
            return Ok(match attr {
                Value::Descriptor(d) => match &*d {
                    Descriptor::ClassMethod(f) => {
                        Value::BoundMethod(Rc::new(crate::runtime::objects::value::BoundMethod {
                            receiver: s.obj.clone(),
                            func: f.clone(),
                        }))
                    }
                    Descriptor::StaticMethod(f) => f.clone(),
                    Descriptor::Property { .. } => Value::Descriptor(d.clone()),
                },
                other => other,
            });
        }
        self.bind_attr(attr, &s.obj, &s.obj_type)
    }

    /// Attributes of property/staticmethod/classmethod objects.
    pub fn descriptor_attr(&mut self, d: &Rc<Descriptor>, name: &str) -> Option<Value> {
        let method = |name: &'static str, func: NativeFn| {
            Value::Builtin(Rc::new(Builtin {
                name,
                func,
                bound: Some(Value::Descriptor(d.clone())),
            }))
        };
        match (&**d, name) {
            (Descriptor::Property { fget, .. }, "fget") => Some(fget.clone()),
            (Descriptor::Property { fset, .. }, "fset") => Some(fset.clone()),
            (Descriptor::Property { fdel, .. }, "fdel") => Some(fdel.clone()),
            (Descriptor::Property { doc, .. }, "__doc__") => Some(doc.clone()),
            (Descriptor::Property { .. }, "getter") => Some(method("getter", property_getter)),
            (Descriptor::Property { .. }, "setter") => Some(method("setter", property_setter)),
            (Descriptor::Property { .. }, "deleter") => Some(method("deleter", property_deleter)),
            (
                Descriptor::StaticMethod(f) | Descriptor::ClassMethod(f),
                "__func__" | "__wrapped__",
            ) => Some(f.clone()),
            _ => None,
        }
    }
}

fn property_with(vm: &mut Vm, args: Args, which: usize) -> PyResult<Value> {
    crate::runtime::objects::methods::check_count(
        vm,
        "setter",
        args.pos.len(),
        2,
        2,
        crate::runtime::objects::methods::ArityStyle::Unpack,
    )?;
    let Value::Descriptor(d) = &args.pos[0] else {
        unreachable!("bound to a property")
    };
    let Descriptor::Property {
        fget,
        fset,
        fdel,
        doc,
    } = &**d
    else {
        unreachable!("bound to a property")
    };
    let f = args.pos[1].clone();
    let (mut g, mut s, mut x) = (fget.clone(), fset.clone(), fdel.clone());
    match which {
        0 => g = f,
        1 => s = f,
        _ => x = f,
    }
    Ok(Value::Descriptor(Rc::new(Descriptor::Property {
        fget: g,
        fset: s,
        fdel: x,
        doc: doc.clone(),
    })))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 0)
}
fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 1)
}
fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 2)
}

/// Calling `property`, `staticmethod`, `classmethod` or `super`.
pub fn construct(vm: &mut Vm, bt: BuiltinType, mut args: Args) -> PyResult<Value> {
    match bt {
        BuiltinType::Property => {
            let mut slots = [Value::None, Value::None, Value::None, Value::None];
            for (i, name) in ["fget", "fset", "fdel", "doc"].iter().enumerate() {
                if let Some(v) = args.take_kw(name) {
                    slots[i] = v;
                }
            }
            if let Some((k, _)) = args.kw.first() {
                return Err(vm.type_error(format!(
                    "property() got an unexpected keyword argument '{k}'"
                )));
            }
            crate::runtime::objects::methods::check_count(
                vm,
                "property",
                args.pos.len(),
                0,
                4,
                crate::runtime::objects::methods::ArityStyle::Unpack,
            )?;
            for (i, v) in args.pos.into_iter().enumerate() {
                slots[i] = v;
            }
            let [fget, fset, fdel, mut doc] = slots;
            if doc.is_none() {
                if let Value::Function(_) = &fget {
                    doc = vm.get_attr(&fget, "__doc__").unwrap_or(Value::None);
                }
            }
            Ok(Value::Descriptor(Rc::new(Descriptor::Property {
                fget,
                fset,
                fdel,
                doc,
            })))
        }
        BuiltinType::StaticMethod | BuiltinType::ClassMethod => {
            let name = if bt == BuiltinType::StaticMethod {
                "staticmethod"
            } else {
                "classmethod"
            };
            if !args.kw.is_empty() {
                return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
            }
            crate::runtime::objects::methods::check_count(
                vm,
                name,
                args.pos.len(),
                1,
                1,
                crate::runtime::objects::methods::ArityStyle::Unpack,
            )?;
            let f = args.pos.remove(0);
            Ok(Value::Descriptor(Rc::new(
                if bt == BuiltinType::StaticMethod {
                    Descriptor::StaticMethod(f)
                } else {
                    Descriptor::ClassMethod(f)
                },
            )))
        }
        BuiltinType::Super => {
            if !args.kw.is_empty() {
                return Err(vm.type_error("super() takes no keyword arguments"));
            }
            match args.pos.len() {
                0 => Err(vm.runtime_error("super(): no arguments")),
                1 => Err(vm.unmodelled("unbound `super` objects (`super(cls)`)")),
                2 => {
                    let Value::Class(this) = &args.pos[0] else {
                        return Err(vm.type_error(format!(
                            "super() argument 1 must be a type, not {}",
                            args.pos[0].type_name()
                        )));
                    };
                    let obj = args.pos[1].clone();
                    let obj_type = match &obj {
                        Value::Class(c) if c.is_subclass(this) => c.clone(),
                        other => vm.types.class_of(other),
                    };
                    if !obj_type.is_subclass(this) {
                        return Err(vm.type_error(
                            "super(type, obj): obj must be an instance or subtype of type",
                        ));
                    }
                    Ok(Value::Super(Rc::new(SuperObj {
                        this: this.clone(),
                        obj,
                        obj_type,
                    })))
                }
                n => Err(vm.type_error(format!("super() takes at most 2 arguments ({n} given)"))),
            }
        }
        _ => Err(Unwind::Exc(ExcObj::new(
            vm.types.exc.type_error.clone(),
            vec![Value::str("not a descriptor type")],
        ))),
    }
}
