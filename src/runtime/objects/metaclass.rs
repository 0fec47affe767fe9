//! Making classes: `class` statements and `type(name, bases, ns)`, metaclasses (a class's
//! type other than `type`), `__new__`, `__init_subclass__`, `__mro_entries__`, and the
//! special methods a metaclass gives its classes (`len(Color)`, `Color['RED']`, …).

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::objects::class::{full_mro, Descriptor};
use crate::runtime::objects::dict::Dict;
use crate::runtime::objects::value::{Args, Builtin, BuiltinType, Class, NativeFn, Value};
use crate::runtime::vm::{PyResult, Vm};

fn native(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        bound: None,
    }))
}

/// Gives `type` its `__new__`/`__call__`/`__init__` and `object` its `__new__` and
/// `__init_subclass__`, which metaclasses and `super()` reach.
pub fn install(types: &crate::runtime::objects::types::Types) {
    let mut d = types.type_.dict.borrow_mut();
    d.insert(
        Rc::from("__new__"),
        Value::Descriptor(Rc::new(Descriptor::StaticMethod(native(
            "__new__", type_new,
        )))),
    );
    d.insert(Rc::from("__call__"), native("__call__", type_call));
    d.insert(Rc::from("__init__"), native("__init__", type_init));
    drop(d);
    let mut d = types.object.dict.borrow_mut();
    d.insert(
        Rc::from("__new__"),
        Value::Descriptor(Rc::new(Descriptor::StaticMethod(native(
            "__new__", object_new,
        )))),
    );
    d.insert(
        Rc::from("__init_subclass__"),
        Value::Descriptor(Rc::new(Descriptor::ClassMethod(native(
            "__init_subclass__",
            object_init_subclass,
        )))),
    );
}

/// What a new class is made of, from its bases: a plain object, an exception, a class (a
/// metaclass), or one of the builtin values `builtin_subclass` wraps. Other builtin bases
/// cannot be subclassed in coroviz.
fn layout(vm: &Vm, bases: &[Rc<Class>]) -> PyResult<Option<BuiltinType>> {
    let mut out = None;
    for b in bases {
        match b.builtin {
            None | Some(BuiltinType::Object) | Some(BuiltinType::Abc) => {}
            Some(bt @ (BuiltinType::Exception | BuiltinType::Type)) => out = Some(bt),
            Some(bt) if crate::runtime::objects::builtin_subclass::has_payload(bt) => match out {
                Some(o) if o != bt => {
                    return Err(vm.type_error("multiple bases have instance lay-out conflict"))
                }
                _ => out = Some(bt),
            },
            Some(_) => {
                return Err(vm.unmodelled(format!("subclassing the builtin type `{}`", b.name)))
            }
        }
    }
    Ok(out)
}

/// C3 linearisation of `bases` (the MRO of a new class, without the class itself); on
/// failure, the heads left to merge (what CPython's error message names).
fn c3(bases: &[Rc<Class>]) -> Result<Vec<Rc<Class>>, Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(full_mro).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|h| !seqs.iter().any(|s| s[1..].iter().any(|c| Rc::ptr_eq(c, h))));
        let Some(head) = head else {
            let mut heads: Vec<Rc<Class>> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                    heads.push(s[0].clone());
                }
            }
            return Err(heads);
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// Everything a new class is made from.
pub struct ClassSpec {
    pub name: Rc<str>,
    pub bases: Vec<Rc<Class>>,
    pub ns: Rc<RefCell<Dict>>,
    /// The metaclass, when it is not `type`.
    pub meta: Option<Rc<Class>>,
    /// The class statement's keywords, for `__init_subclass__`.
    pub kw: Vec<(Rc<str>, Value)>,
}

impl Vm<'_> {
    /// `BuildClass`: resolves the bases and the metaclass, runs the class body on a fresh
    /// namespace and makes the class (through the metaclass when there is one).
    pub fn build_class(
        &mut self,
        body: Value,
        name: Value,
        bases: Vec<Value>,
        mut kw: Vec<(Rc<str>, Value)>,
    ) -> PyResult<Value> {
        let Value::Str(name) = name else {
            unreachable!("the compiler passes the class name")
        };
        let (base_classes, orig_bases) = self.resolve_bases(&bases)?;
        let explicit = kw
            .iter()
            .position(|(k, _)| &**k == "metaclass")
            .map(|i| kw.remove(i).1);
        let (meta, maker) = match explicit {
            Some(Value::Class(m)) => (self.winning_meta(Some(m), &base_classes)?, None),
            // Any callable may stand in for a metaclass: it is called with the namespace.
            Some(other) => (None, Some(other)),
            None => (self.winning_meta(None, &base_classes)?, None),
        };
        let Value::Function(func) = &body else {
            unreachable!("the class body is a function")
        };
        let qualname = func.code.qualname.clone();
        let module = match func.code.library {
            true => crate::runtime::library::module_of_file(&func.code.file),
            false => "__main__",
        };
        let ns = Rc::new(RefCell::new(Dict::new()));
        // A metaclass's `__prepare__` may give the body a mapping of its own.
        let prepared = match &meta {
            Some(m) if m.heap && m.lookup("__prepare__").is_some() => {
                let prepare = self
                    .class_attr(m, "__prepare__")?
                    .expect("the metaclass has __prepare__");
                let bases = Value::tuple(base_classes.iter().cloned().map(Value::Class).collect());
                let mapping = self.call(
                    &prepare,
                    Args {
                        pos: vec![Value::Str(name.clone()), bases],
                        kw: kw.clone(),
                    },
                )?;
                Some(mapping)
            }
            _ => None,
        };
        let namespace = prepared.unwrap_or_else(|| Value::Dict(ns.clone()));
        // `__module__ = __name__` of the module the class statement is in.
        self.set_item(&namespace, Value::str("__module__"), Value::str(module))?;
        self.set_item(&namespace, Value::str("__qualname__"), Value::Str(qualname))?;
        if let Some(orig) = &orig_bases {
            self.set_item(&namespace, Value::str("__orig_bases__"), orig.clone())?;
        }
        let cell = self.call(&body, Args::new(vec![namespace.clone()]))?;
        if let Some(maker) = maker {
            let bases = Value::tuple(base_classes.into_iter().map(Value::Class).collect());
            let made = self.call(
                &maker,
                Args {
                    pos: vec![Value::Str(name), bases, namespace],
                    kw,
                },
            )?;
            if let (Value::Cell(c), Value::Class(_)) = (&cell, &made) {
                *c.borrow_mut() = made.clone();
            }
            return Ok(made);
        }
        let class = match meta {
            Some(m) if m.heap => {
                let bases = Value::tuple(base_classes.into_iter().map(Value::Class).collect());
                let made = self.call_class(
                    &m,
                    Args {
                        pos: vec![Value::Str(name), bases, namespace],
                        kw,
                    },
                )?;
                let Value::Class(c) = made else {
                    return Ok(made);
                };
                c
            }
            meta => self.make_class(ClassSpec {
                name,
                bases: base_classes,
                ns,
                meta,
                kw,
            })?,
        };
        if let Value::Cell(c) = cell {
            *c.borrow_mut() = Value::Class(class.clone());
        }
        Ok(Value::Class(class))
    }

    /// The bases of a class statement as classes: objects with `__mro_entries__` (a
    /// `Generic[T]`) stand for what it returns, and the originals are kept.
    fn resolve_bases(&mut self, bases: &[Value]) -> PyResult<(Vec<Rc<Class>>, Option<Value>)> {
        let mut out = Vec::with_capacity(bases.len());
        let mut replaced = false;
        let orig = Value::tuple(bases.to_vec());
        for b in bases {
            match b {
                Value::Class(c) => out.push(c.clone()),
                other if self.has_special(other, "__mro_entries__") => {
                    replaced = true;
                    let entries = self
                        .call_special(other, "__mro_entries__", vec![orig.clone()])?
                        .unwrap_or(Value::None);
                    let Value::Tuple(t) = entries else {
                        return Err(self.type_error("__mro_entries__ must return a tuple"));
                    };
                    for e in t.iter() {
                        match e {
                            Value::Class(c) => out.push(c.clone()),
                            other => {
                                return Err(self.type_error(format!(
                                    "bases must be types, not {}",
                                    other.type_name()
                                )))
                            }
                        }
                    }
                }
                other => {
                    return Err(
                        self.type_error(format!("bases must be types, not {}", other.type_name()))
                    )
                }
            }
        }
        Ok((out, replaced.then_some(orig)))
    }

    /// The most derived of the explicit metaclass and the bases' metaclasses (`None`:
    /// `type`); unrelated ones are CPython's "metaclass conflict".
    fn winning_meta(
        &mut self,
        explicit: Option<Rc<Class>>,
        bases: &[Rc<Class>],
    ) -> PyResult<Option<Rc<Class>>> {
        let ty = self.types.type_.clone();
        let mut winner = explicit.unwrap_or_else(|| ty.clone());
        for b in bases {
            let m = b.meta.clone().unwrap_or_else(|| ty.clone());
            if winner.is_subclass(&m) {
                continue;
            }
            if m.is_subclass(&winner) {
                winner = m;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok((!Rc::ptr_eq(&winner, &ty)).then_some(winner))
    }

    /// `type.__new__`: the class itself, its descriptors told their names, then the
    /// parent's `__init_subclass__`.
    pub fn make_class(&mut self, spec: ClassSpec) -> PyResult<Rc<Class>> {
        let ClassSpec {
            name,
            mut bases,
            ns,
            meta,
            kw,
        } = spec;
        if bases.is_empty() {
            bases.push(self.types.object.clone());
        }
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|c| Rc::ptr_eq(c, b)) {
                return Err(self.type_error(format!("duplicate base class {}", b.name)));
            }
        }
        let builtin = layout(self, &bases)?;
        let mro = match c3(&bases) {
            Ok(mro) => mro,
            Err(heads) => {
                let names: Vec<&str> = heads.iter().map(|c| &*c.name).collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        };
        let mut dict: crate::runtime::objects::value::NameMap = Default::default();
        for (k, v) in ns.borrow().items() {
            if let Value::Str(k) = k {
                dict.insert(k, v);
            }
        }
        let qualname = match dict.shift_remove("__qualname__") {
            Some(Value::Str(q)) => q,
            Some(other) => {
                return Err(self.type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    other.type_name()
                )))
            }
            None => name.clone(),
        };
        // A class that defines __eq__ but not __hash__ is unhashable.
        if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
            dict.insert(Rc::from("__hash__"), Value::None);
        }
        // CPython makes these plain functions class or static methods.
        for (key, wrap) in [
            ("__init_subclass__", true),
            ("__class_getitem__", true),
            ("__new__", false),
        ] {
            if let Some(f @ Value::Function(_)) = dict.get(key).cloned() {
                let d = if wrap {
                    Descriptor::ClassMethod(f)
                } else {
                    Descriptor::StaticMethod(f)
                };
                dict.insert(Rc::from(key), Value::Descriptor(Rc::new(d)));
            }
        }
        let module = match dict.get("__module__") {
            Some(Value::Str(m)) => m.clone(),
            _ => Rc::from("__main__"),
        };
        let slots = self.slots_of(&dict, &mro)?;
        let class = Rc::new(Class {
            name,
            qualname,
            module,
            bases,
            mro,
            dict: RefCell::new(dict),
            builtin,
            heap: true,
            meta,
            slots,
        });
        // Descriptors learn the name they were bound to (`__set_name__`).
        let attrs: Vec<(Rc<str>, Value)> = class
            .dict
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in attrs {
            if matches!(v, Value::Instance(_)) {
                self.call_special(
                    &v,
                    "__set_name__",
                    vec![Value::Class(class.clone()), Value::Str(k)],
                )?;
            }
        }
        // `super(cls, cls).__init_subclass__(**kw)`.
        let parent_hook = class
            .mro
            .iter()
            .find_map(|c| c.dict.borrow().get("__init_subclass__").cloned());
        if let Some(hook) = parent_hook {
            let f = match hook {
                Value::Descriptor(d) => match &*d {
                    Descriptor::ClassMethod(f) => f.clone(),
                    _ => Value::None,
                },
                other => other,
            };
            let pos = vec![Value::Class(class.clone())];
            self.call(&f, Args { pos, kw })?;
        }
        Ok(class)
    }

    /// The names instances of a new class may have, when its `__slots__` and those of all
    /// its bases leave them without a `__dict__`.
    fn slots_of(
        &mut self,
        dict: &crate::runtime::objects::value::NameMap,
        mro: &[Rc<Class>],
    ) -> PyResult<Option<Rc<[Rc<str>]>>> {
        // coroviz keeps slot values in the instance dict, so a class whose instances have
        // both (slots and a `__dict__`) would show them there: refused instead.
        let mixed = |vm: &Self| {
            vm.type_error(
                "coroviz does not support __slots__ in a class whose instances also have a \
                 __dict__ (a base or subclass without __slots__, or '__dict__' in __slots__)",
            )
        };
        let Some(spec) = dict.get("__slots__") else {
            if mro.iter().any(|b| b.slots.is_some()) {
                return Err(mixed(self));
            }
            return Ok(None);
        };
        let items = match spec {
            Value::Str(_) => vec![spec.clone()],
            other => self.collect(other)?,
        };
        let mut names: Vec<Rc<str>> = Vec::new();
        for item in items {
            let Value::Str(name) = item else {
                return Err(self.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    item.type_name()
                )));
            };
            if dict.contains_key(&name) {
                return Err(self.value_error(format!(
                    "'{name}' in __slots__ conflicts with class variable"
                )));
            }
            names.push(name);
        }
        if names.iter().any(|n| &**n == "__dict__") {
            return Err(mixed(self));
        }
        for base in mro {
            match (&base.slots, base.heap) {
                (Some(inherited), _) => names.extend(inherited.iter().cloned()),
                (None, true) => return Err(mixed(self)),
                (None, false) => {}
            }
        }
        Ok(Some(names.into()))
    }

    /// A method the metaclass of `c` defines itself (before `type` in its MRO).
    pub fn meta_special(&self, c: &Class, name: &str) -> Option<Value> {
        let m = c.meta.as_ref()?;
        full_mro(m)
            .iter()
            .take_while(|k| k.heap)
            .find_map(|k| k.dict.borrow().get(name).cloned())
            .filter(|v| !v.is_none())
    }

    /// Calls the metaclass's own `name` on class `c` (`len(Color)` → `EnumMeta.__len__`);
    /// `None` when the metaclass does not define it.
    pub fn call_meta(
        &mut self,
        c: &Rc<Class>,
        name: &str,
        args: Vec<Value>,
    ) -> PyResult<Option<Value>> {
        let Some(f) = self.meta_special(c, name) else {
            return Ok(None);
        };
        let meta = c.meta.clone().expect("meta_special found a metaclass");
        let r = self.call_with_receiver(&f, &Value::Class(c.clone()), &meta, Args::new(args))?;
        Ok(Some(r))
    }

    /// `repr(C)`/`str(C)` through the metaclass's `__repr__`/`__str__`, if it has them.
    pub fn meta_text(&mut self, c: &Rc<Class>, name: &str) -> PyResult<Option<String>> {
        let found = match self.call_meta(c, name, vec![])? {
            Some(v) => Some(v),
            None if name == "__str__" => self.call_meta(c, "__repr__", vec![])?,
            None => None,
        };
        match found {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.to_string())),
            Some(other) => Err(self.type_error(format!(
                "{name} returned non-string (type {})",
                other.type_name()
            ))),
        }
    }

    /// `C[key]`: the metaclass's `__getitem__`, the class's `__class_getitem__`, or for
    /// builtin containers a `types.GenericAlias` (`list[int]`).
    pub fn class_subscript(&mut self, c: &Rc<Class>, key: &Value) -> PyResult<Value> {
        if let Some(r) = self.call_meta(c, "__getitem__", vec![key.clone()])? {
            return Ok(r);
        }
        if let Some(hook) = self.class_attr(c, "__class_getitem__")? {
            return self.call1(&hook, vec![key.clone()]);
        }
        let generic = matches!(
            c.builtin,
            Some(
                BuiltinType::List
                    | BuiltinType::Dict
                    | BuiltinType::Tuple
                    | BuiltinType::Set
                    | BuiltinType::Type
            )
        ) && !c.heap;
        if generic {
            return self.alias_hook("GenericAlias", vec![Value::Class(c.clone()), key.clone()]);
        }
        Err(self.type_error(format!("type '{}' is not subscriptable", c.name)))
    }

    /// Calls `name` of the library module behind `types.GenericAlias` and `X | Y`.
    pub fn alias_hook(&mut self, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let m = crate::runtime::stdlib::import(self, "_types_alias")?;
        let f = self.get_attr(&m, name)?;
        self.call1(&f, args)
    }

    /// `C.name` found on neither `C` nor its bases: the metaclass's attribute, bound to `C`.
    pub fn meta_attr(&mut self, c: &Rc<Class>, name: &str) -> PyResult<Option<Value>> {
        let Some(meta) = c.meta.clone() else {
            return Ok(None);
        };
        let Some(a) = self.meta_special(c, name) else {
            return Ok(None);
        };
        self.bind_attr(a, &Value::Class(c.clone()), &meta).map(Some)
    }

    /// A class's own `__new__` written in Python, if it or a base has one.
    pub fn custom_new(&self, class: &Class) -> Option<Value> {
        match class.lookup("__new__")? {
            Value::Descriptor(d) => match &*d {
                Descriptor::StaticMethod(f @ Value::Function(_)) => Some(f.clone()),
                _ => None,
            },
            _ => None,
        }
    }
}

/// `type.__new__(mcls, name, bases, ns, **kw)`.
pub fn type_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.len() != 4 {
        return Err(vm.type_error("type.__new__() takes exactly 3 arguments"));
    }
    let ns = args.pos.pop().expect("four arguments");
    let bases = args.pos.pop().expect("four arguments");
    let name = args.pos.pop().expect("four arguments");
    let mcls = args.pos.pop().expect("four arguments");
    let Value::Class(mcls) = mcls else {
        return Err(vm.type_error("type.__new__(X): X is not a type object"));
    };
    let Value::Str(name) = name else {
        return Err(vm.type_error("type.__new__() argument 1 must be str"));
    };
    let Value::Tuple(bases) = bases else {
        return Err(vm.type_error("type.__new__() argument 2 must be tuple"));
    };
    let ns = match ns {
        Value::Dict(d) => Rc::new(RefCell::new(d.borrow().clone())),
        other => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                other.type_name()
            )))
        }
    };
    let mut base_classes = Vec::with_capacity(bases.len());
    for b in bases.iter() {
        match b {
            Value::Class(c) => base_classes.push(c.clone()),
            other => {
                return Err(vm.type_error(format!("bases must be types, not {}", other.type_name())))
            }
        }
    }
    let ty = vm.types.type_.clone();
    let explicit = (!Rc::ptr_eq(&mcls, &ty)).then_some(mcls);
    let meta = vm.winning_meta(explicit, &base_classes)?;
    let class = vm.make_class(ClassSpec {
        name,
        bases: base_classes,
        ns,
        meta,
        kw: args.kw,
    })?;
    Ok(Value::Class(class))
}

/// `type.__call__(cls, *args)`: a new instance, without the metaclass's `__call__`.
fn type_call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let Some(Value::Class(c)) = args.pos.first().cloned() else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    };
    args.pos.remove(0);
    vm.call_class_plain(&c, args)
}

fn type_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `object.__new__(cls)`: a bare instance of `cls`.
fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(c)) = args.pos.first() else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    match c.builtin {
        None | Some(BuiltinType::Object) | Some(BuiltinType::Abc) => Ok(Value::Instance(Rc::new(
            crate::runtime::objects::instance::Instance::new(c.clone()),
        ))),
        Some(BuiltinType::Exception) => Ok(Value::Exception(
            crate::runtime::objects::exceptions::ExcObj::new(c.clone(), args.pos[1..].to_vec()),
        )),
        _ => Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            c.name, c.name
        ))),
    }
}

/// `object.__init_subclass__`: takes no keywords.
fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        let name = match args.pos.first() {
            Some(Value::Class(c)) => c.name.to_string(),
            _ => "object".to_string(),
        };
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}
