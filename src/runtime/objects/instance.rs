//! Instances of Python classes: attribute lookup with descriptors, and the dunder methods
//! through which operators, builtins and statements reach Python code (CPython's slots).
//!
//! "Heap" objects are instances and exceptions of classes made by `class` statements;
//! everything here is a no-op (`None`) for builtin values, so the builtin fast paths in
//! `ops.rs` and friends stay as they are.

use std::cell::RefCell;
use std::rc::Rc;

use crate::lang::bytecode::{BinOp, CmpOp, UnOp};
use crate::runtime::objects::class::Descriptor;
use crate::runtime::objects::dict::Dict;
use crate::runtime::objects::exceptions::ExcObj;
use crate::runtime::objects::value::{Args, Class, GenKind, Value};
use crate::runtime::vm::{PyResult, Unwind, Vm};

/// An object of a Python class: its class and its attribute dict (`obj.__dict__`).
///
/// Invariant: `payload` is `Some` exactly when the class has a builtin base (`dict`,
/// `list`, `tuple`, `int`, `str`, `float`, `set`), and holds a plain value of that type:
/// the builtin object the instance "is", which every operation the class does not
/// override reaches.
pub struct Instance {
    pub class: Rc<Class>,
    pub dict: Rc<RefCell<Dict>>,
    pub payload: Option<Value>,
}

impl Instance {
    pub fn new(class: Rc<Class>) -> Instance {
        Instance {
            class,
            dict: Rc::new(RefCell::new(Dict::new())),
            payload: None,
        }
    }

    /// An instance of a subclass of a builtin type, around the builtin value it is.
    pub fn with_payload(class: Rc<Class>, payload: Value) -> Instance {
        Instance {
            class,
            dict: Rc::new(RefCell::new(Dict::new())),
            payload: Some(payload),
        }
    }
}

/// The builtin value inside an instance of a subclass of a builtin type.
pub fn payload_of(v: &Value) -> Option<&Value> {
    match v {
        Value::Instance(i) => i.payload.as_ref(),
        _ => None,
    }
}

/// `v`, or the builtin value inside it when it is an instance of a builtin subclass.
pub fn unwrap_payload(v: &Value) -> &Value {
    payload_of(v).unwrap_or(v)
}

/// The class whose Python-level dict governs `v`: an instance's class, or an exception's
/// class when a `class` statement made it.
pub fn heap_class(v: &Value) -> Option<&Rc<Class>> {
    match v {
        Value::Instance(i) => Some(&i.class),
        Value::Exception(e) if e.class.heap => Some(&e.class),
        _ => None,
    }
}

/// `__await__` of a coroutine, future or native awaitable: a `coroutine_wrapper` over it.
fn await_method(v: &Value) -> Value {
    Value::Builtin(Rc::new(crate::runtime::objects::value::Builtin {
        name: "__await__",
        func: make_wrapper,
        bound: Some(v.clone()),
    }))
}

fn make_wrapper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let target = args.pos.into_iter().next().unwrap_or(Value::None);
    let w = Instance::new(vm.types.coroutine_wrapper.clone());
    w.dict.borrow_mut().set_str("_target", target);
    Ok(Value::Instance(Rc::new(w)))
}

fn wrapped(vm: &Vm, args: &Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Instance(i)) => Ok(i
            .dict
            .borrow()
            .get_str("_target")
            .cloned()
            .unwrap_or(Value::None)),
        _ => Err(vm.type_error("coroutine_wrapper method needs its wrapper")),
    }
}

/// `coroutine_wrapper.send/__next__/throw/close`: the wrapped awaitable's steps, with a
/// return turned into StopIteration.
fn wrapper_step(
    vm: &mut Vm,
    target: &Value,
    r: crate::runtime::vm::call::Resume,
) -> PyResult<Value> {
    match vm.resume(target, r)? {
        crate::runtime::vm::call::GenStep::Yield(v) => Ok(v),
        crate::runtime::vm::call::GenStep::Return(v) => {
            let args = if v.is_none() { vec![] } else { vec![v] };
            Err(Unwind::Exc(ExcObj::new(
                vm.types.exc.stop_iteration.clone(),
                args,
            )))
        }
    }
}

fn wrapper_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = wrapped(vm, &args)?;
    wrapper_step(vm, &t, crate::runtime::vm::call::Resume::Send(Value::None))
}

fn wrapper_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = wrapped(vm, &args)?;
    let v = args.pos.get(1).cloned().unwrap_or(Value::None);
    wrapper_step(vm, &t, crate::runtime::vm::call::Resume::Send(v))
}

fn wrapper_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = wrapped(vm, &args)?;
    let e = vm.make_exception(args.pos.get(1).cloned().unwrap_or(Value::None))?;
    wrapper_step(vm, &t, crate::runtime::vm::call::Resume::Throw(e))
}

fn wrapper_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = wrapped(vm, &args)?;
    vm.close(&t)?;
    Ok(Value::None)
}

fn wrapper_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.into_iter().next().unwrap_or(Value::None))
}

/// Fills the `coroutine_wrapper` class with its methods.
pub fn install_wrapper(class: &Class) {
    let mut d = class.dict.borrow_mut();
    for (name, f) in [
        (
            "__next__",
            wrapper_next as crate::runtime::objects::value::NativeFn,
        ),
        ("send", wrapper_send),
        ("throw", wrapper_throw),
        ("close", wrapper_close),
        ("__iter__", wrapper_iter),
    ] {
        d.insert(
            Rc::from(name),
            Value::Builtin(Rc::new(crate::runtime::objects::value::Builtin {
                name,
                func: f,
                bound: None,
            })),
        );
    }
}

/// Does setting or deleting this class attribute go through it (a data descriptor)?
fn is_data_descriptor(vm: &Vm, attr: &Value) -> bool {
    match attr {
        Value::Descriptor(d) => matches!(**d, Descriptor::Property { .. }),
        Value::Instance(_) => vm.has_special(attr, "__set__") || vm.has_special(attr, "__delete__"),
        _ => false,
    }
}

/// Operator method names: forward, reflected, in-place.
fn op_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
    }
}

fn cmp_names(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::Ne => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
    }
}

impl Vm<'_> {
    /// Does `v`'s class define `name` (and not as None)?
    pub fn has_special(&self, v: &Value, name: &str) -> bool {
        heap_class(v).is_some_and(|c| matches!(c.lookup(name), Some(a) if !a.is_none()))
    }

    /// Calls special method `name` of `v`, looked up on its class as CPython does;
    /// `None` when the class does not define it (or sets it to None).
    pub fn call_special(
        &mut self,
        v: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> PyResult<Option<Value>> {
        self.call_special_args(v, name, Args::new(args))
    }

    pub fn call_special_args(
        &mut self,
        v: &Value,
        name: &str,
        args: Args,
    ) -> PyResult<Option<Value>> {
        let Some(class) = heap_class(v).cloned() else {
            return Ok(None);
        };
        match class.lookup(name) {
            None | Some(Value::None) => Ok(None),
            Some(attr) => Ok(Some(self.call_with_receiver(&attr, v, &class, args)?)),
        }
    }

    // ----- attributes ------------------------------------------------------------------

    /// Attribute lookup for what has a Python-level class: instances, classes, `super`,
    /// descriptors and data descriptors of heap exceptions. `None`: the builtin lookup
    /// decides.
    pub fn heap_get_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(i) => {
                // CPython's slot_tp_getattr_hook: any AttributeError of the generic lookup
                // (a property's getter included) falls back to `__getattr__`.
                match self.instance_generic_getattr(obj, i, name) {
                    Err(Unwind::Exc(e))
                        if e.is_instance(&self.types.exc.attribute_error)
                            && self.has_special(obj, "__getattr__") =>
                    {
                        self.call_special(obj, "__getattr__", vec![Value::str(name)])
                    }
                    other => other.map(Some),
                }
            }
            Value::Class(c) => {
                let c = c.clone();
                self.class_attr(&c, name)
            }
            Value::Super(s) => {
                let s = s.clone();
                self.super_attr(&s, name).map(Some)
            }
            Value::Descriptor(d) => {
                let d = d.clone();
                Ok(self.descriptor_attr(&d, name))
            }
            Value::Function(f) => Ok(f.attrs.borrow().get(name).cloned()),
            Value::Module(m) if name == "__name__" => Ok(Some(Value::Str(m.name.clone()))),
            // `coro.__await__()`, `fut.__await__()`: the object iterates itself.
            Value::Gen(g) if name == "__await__" && g.kind == GenKind::Coroutine => {
                Ok(Some(await_method(obj)))
            }
            Value::Future(_) | Value::NativeCoro(_) | Value::AsyncGenOp(_)
                if name == "__await__" =>
            {
                Ok(Some(await_method(obj)))
            }
            Value::BoundMethod(m) => match name {
                "__self__" => Ok(Some(m.receiver.clone())),
                "__func__" => Ok(Some(m.func.clone())),
                "__name__" | "__qualname__" | "__doc__" | "__module__" | "__wrapped__" => {
                    let f = m.func.clone();
                    self.get_attr(&f, name).map(Some)
                }
                _ => Ok(None),
            },
            Value::Exception(e) if e.class.heap => {
                let class = e.class.clone();
                match class.lookup(name) {
                    Some(a) if is_data_descriptor(self, &a) => {
                        self.bind_attr(a, obj, &class).map(Some)
                    }
                    _ => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    /// `object.__getattribute__` for an instance: data descriptors, the instance dict,
    /// then class attributes.
    fn instance_generic_getattr(
        &mut self,
        obj: &Value,
        i: &Instance,
        name: &str,
    ) -> PyResult<Value> {
        let class = i.class.clone();
        let cls_attr = class.lookup(name);
        if let Some(a) = &cls_attr {
            if is_data_descriptor(self, a) {
                return self.bind_attr(a.clone(), obj, &class);
            }
        }
        if let Some(v) = i.dict.borrow().get_str(name) {
            return Ok(v.clone());
        }
        match name {
            "__class__" => return Ok(Value::Class(class)),
            "__dict__" if class.slots.is_none() => return Ok(Value::Dict(i.dict.clone())),
            _ => {}
        }
        if let Some(a) = cls_attr {
            return self.bind_attr(a, obj, &class);
        }
        // The builtin base's methods (`self.append`, `self.items()`), bound to the
        // builtin value the instance is.
        if let Some(p) = &i.payload {
            return match self.get_attr(p, name) {
                Err(Unwind::Exc(e)) if e.is_instance(&self.types.exc.attribute_error) => {
                    Err(self.attribute_error(obj, name))
                }
                other => other,
            };
        }
        Err(self.attribute_error(obj, name))
    }

    /// The last resort before AttributeError for heap exceptions: their class's methods
    /// and `__getattr__`.
    pub fn heap_attr_fallback(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let Value::Exception(e) = obj else {
            return Ok(None);
        };
        let class = e.class.clone();
        if let Some(a) = class.lookup(name) {
            return self.bind_attr(a, obj, &class).map(Some);
        }
        if class.heap {
            return self.call_special(obj, "__getattr__", vec![Value::str(name)]);
        }
        Ok(None)
    }

    /// `obj.name = v` for heap objects; gives `v` back when the builtin path should store it.
    pub fn heap_set_attr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(i) => {
                if let Some(Value::Function(_)) = i.class.lookup("__setattr__") {
                    self.call_special(obj, "__setattr__", vec![Value::str(name), v])?;
                    return Ok(None);
                }
                self.generic_set_attr(obj, name, v)?;
                Ok(None)
            }
            Value::Exception(e) if e.class.heap => {
                if let Some(Value::Function(_)) = e.class.lookup("__setattr__") {
                    self.call_special(obj, "__setattr__", vec![Value::str(name), v])?;
                    return Ok(None);
                }
                match e.class.lookup(name) {
                    Some(a) if is_data_descriptor(self, &a) => {
                        self.set_through(&a, obj, name, v)?;
                        Ok(None)
                    }
                    _ => Ok(Some(v)),
                }
            }
            Value::Class(c) if c.heap => {
                c.dict.borrow_mut().insert(Rc::from(name), v);
                Ok(None)
            }
            Value::Function(f) => {
                match name {
                    "__qualname__" => match &v {
                        Value::Str(s) => *f.qualname.borrow_mut() = s.clone(),
                        _ => {
                            return Err(
                                self.type_error("__qualname__ must be set to a string object")
                            )
                        }
                    },
                    "__name__" => return Ok(Some(v)),
                    _ => {
                        f.attrs.borrow_mut().insert(Rc::from(name), v);
                    }
                }
                Ok(None)
            }
            _ => Ok(Some(v)),
        }
    }

    /// `object.__setattr__`: data descriptors, else the instance dict.
    pub fn generic_set_attr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        let Value::Instance(i) = obj else {
            return self.set_attr(obj, name, v);
        };
        if let Some(a) = i.class.lookup(name) {
            if is_data_descriptor(self, &a) {
                return self.set_through(&a, obj, name, v);
            }
        }
        // A bare `object()` has no `__dict__`, nor has an instance of a class with slots.
        if i.class.builtin == Some(crate::runtime::objects::value::BuiltinType::Object)
            || i.class
                .slots
                .as_ref()
                .is_some_and(|s| !s.iter().any(|n| &**n == name))
        {
            return Err(self.attribute_error(obj, name));
        }
        i.dict.borrow_mut().set_str(name, v);
        Ok(())
    }

    /// Sets through a data descriptor (a property's setter, a `__set__`).
    fn set_through(&mut self, attr: &Value, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        if let Value::Descriptor(d) = attr {
            if let Descriptor::Property { fset, .. } = &**d {
                if fset.is_none() {
                    return Err(self.exc(
                        &self.types.exc.attribute_error,
                        format!(
                            "property '{name}' of '{}' object has no setter",
                            obj.type_name()
                        ),
                    ));
                }
                self.call1(fset, vec![obj.clone(), v])?;
                return Ok(());
            }
        }
        match self.call_special(attr, "__set__", vec![obj.clone(), v])? {
            Some(_) => Ok(()),
            None => Err(self.exc(
                &self.types.exc.attribute_error,
                format!("__set__ of '{}' object", attr.type_name()),
            )),
        }
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        match obj {
            Value::Instance(i) => {
                if let Some(Value::Function(_)) = i.class.lookup("__delattr__") {
                    self.call_special(obj, "__delattr__", vec![Value::str(name)])?;
                    return Ok(());
                }
                if let Some(a) = i.class.lookup(name) {
                    if let Value::Descriptor(d) = &a {
                        if let Descriptor::Property { fdel, .. } = &**d {
                            if fdel.is_none() {
                                return Err(self.exc(
                                    &self.types.exc.attribute_error,
                                    format!(
                                        "property '{name}' of '{}' object has no deleter",
                                        obj.type_name()
                                    ),
                                ));
                            }
                            self.call1(fdel, vec![obj.clone()])?;
                            return Ok(());
                        }
                    }
                    if is_data_descriptor(self, &a) {
                        self.call_special(&a, "__delete__", vec![obj.clone()])?;
                        return Ok(());
                    }
                }
                match i.dict.borrow_mut().remove_str(name) {
                    Some(_) => Ok(()),
                    None => Err(self.attribute_error(obj, name)),
                }
            }
            Value::Class(c) if c.heap => match c.dict.borrow_mut().shift_remove(name) {
                Some(_) => Ok(()),
                None => Err(self.attribute_error(obj, name)),
            },
            Value::Exception(e) => match e.attrs.borrow_mut().shift_remove(name) {
                Some(_) => Ok(()),
                None => Err(self.attribute_error(obj, name)),
            },
            Value::Function(f) => match f.attrs.borrow_mut().shift_remove(name) {
                Some(_) => Ok(()),
                None => Err(self.attribute_error(obj, name)),
            },
            _ => Err(self.attribute_error(obj, name)),
        }
    }

    /// `obj.name(*args)` on an instance, without a bound method in between.
    pub fn instance_call_method(&mut self, obj: &Value, name: &str, args: Args) -> PyResult<Value> {
        let Value::Instance(i) = obj else {
            unreachable!("called for instances")
        };
        let own = i.dict.borrow().get_str(name).cloned();
        if let Some(f) = own {
            if !i
                .class
                .lookup(name)
                .is_some_and(|a| is_data_descriptor(self, &a))
            {
                return self.call(&f, args);
            }
        }
        let class = i.class.clone();
        match class.lookup(name) {
            Some(a @ (Value::Function(_) | Value::Builtin(_))) => {
                self.call_with_receiver(&a, obj, &class, args)
            }
            _ => {
                let f = self.get_attr(obj, name)?;
                self.call(&f, args)
            }
        }
    }

    // ----- operators -------------------------------------------------------------------

    /// `divmod(a, b)` when either side is a heap object: `__divmod__`, then the other
    /// side's `__rdivmod__` (first when it is a subclass overriding it); `None` lets the
    /// builtin path decide.
    pub fn heap_divmod(&mut self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (ha, hb) = (heap_class(a).is_some(), heap_class(b).is_some());
        if !ha && !hb {
            return Ok(None);
        }
        let (ta, tb) = (self.types.class_of(a), self.types.class_of(b));
        let same = Rc::ptr_eq(&ta, &tb);
        let right_first = hb && !same && tb.is_subclass(&ta);
        let mut attempts: Vec<(&Value, &str, &Value)> = Vec::new();
        if right_first {
            attempts.push((b, "__rdivmod__", a));
        }
        attempts.push((a, "__divmod__", b));
        if !same && !right_first {
            attempts.push((b, "__rdivmod__", a));
        }
        for (receiver, name, other) in attempts {
            if let Some(r) = self.call_special(receiver, name, vec![other.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a.type_name(),
            b.type_name()
        )))
    }

    /// `a op b` when either side is a heap object; `None` lets the builtin path decide
    /// (and raise its TypeError).
    pub fn heap_binary_op(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        let (ha, hb) = (heap_class(a).cloned(), heap_class(b).cloned());
        if ha.is_none() && hb.is_none() {
            return Ok(None);
        }
        let (fwd, rev, inp) = op_names(op);
        if inplace && ha.is_some() {
            if let Some(r) = self.call_special(a, inp, vec![b.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        // Builtin left operands that take anything: `str % x`, `list += iterable`.
        if ha.is_none()
            && ((op == BinOp::Mod && matches!(a, Value::Str(_)))
                || (inplace && op == BinOp::Add && matches!(a, Value::List(_))))
        {
            return Ok(None);
        }
        let (ta, tb) = (self.types.class_of(a), self.types.class_of(b));
        let same = Rc::ptr_eq(&ta, &tb);
        // A subclass on the right that overrides the reflected method goes first.
        let right_first = hb.is_some() && !same && tb.is_subclass(&ta) && {
            let (x, y) = (tb.lookup(rev), ta.lookup(rev));
            match (x, y) {
                (Some(x), Some(y)) => !x.is(&y),
                (Some(_), None) => true,
                _ => false,
            }
        };
        if right_first {
            if let Some(r) = self.call_special(b, rev, vec![a.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if ha.is_some() {
            if let Some(r) = self.call_special(a, fwd, vec![b.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if hb.is_some() && !same && !right_first {
            if let Some(r) = self.call_special(b, rev, vec![a.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        // What the builtin base does, on the builtin values (`MyList([1]) + [2]` is a
        // plain list); `+=` on a list subclass extends it in place and keeps the instance.
        if payload_of(a).is_some() || payload_of(b).is_some() {
            let (pa, pb) = (unwrap_payload(a), unwrap_payload(b));
            if heap_class(pa).is_none() && heap_class(pb).is_none() {
                let r = self.binary_op(op, pa, pb, inplace)?;
                if inplace && payload_of(a).is_some() && r.is(pa) {
                    return Ok(Some(a.clone()));
                }
                return Ok(Some(r));
            }
        }
        let is_seq = |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_));
        if op == BinOp::Mul && (is_seq(a) || is_seq(b)) {
            let other = if is_seq(a) { b } else { a };
            return Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other.type_name()
            )));
        }
        if ha.is_some() || !is_seq(a) {
            let sym = if inplace {
                format!("{}=", op.symbol())
            } else {
                op.symbol().to_string()
            };
            return Err(self.type_error(format!(
                "unsupported operand type(s) for {sym}: '{}' and '{}'",
                a.type_name(),
                b.type_name()
            )));
        }
        Ok(None)
    }

    /// Rich comparison when either side is a heap object: the dunder's own result.
    pub fn heap_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (ha, hb) = (heap_class(a).is_some(), heap_class(b).is_some());
        if !ha && !hb {
            return Ok(None);
        }
        let (fwd, refl) = cmp_names(op);
        let (ta, tb) = (self.types.class_of(a), self.types.class_of(b));
        let reverse_first = hb && !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta);
        if reverse_first {
            if let Some(r) = self.call_special(b, refl, vec![a.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if ha {
            if let Some(r) = self.call_special(a, fwd, vec![b.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if hb && !reverse_first {
            if let Some(r) = self.call_special(b, refl, vec![a.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if payload_of(a).is_some() || payload_of(b).is_some() {
            let (pa, pb) = (unwrap_payload(a), unwrap_payload(b));
            if heap_class(pa).is_none() && heap_class(pb).is_none() {
                let (pa, pb) = (pa.clone(), pb.clone());
                return Ok(Some(Value::Bool(self.compare(op, &pa, &pb)?)));
            }
        }
        match op {
            CmpOp::Eq => Ok(Some(Value::Bool(a.is(b)))),
            CmpOp::Ne => Ok(Some(Value::Bool(!a.is(b)))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                a.type_name(),
                b.type_name()
            ))),
        }
    }

    /// `-x`, `+x`, `~x` for heap objects.
    pub fn heap_unary(&mut self, op: UnOp, a: &Value) -> PyResult<Option<Value>> {
        let name = match op {
            UnOp::Neg => "__neg__",
            UnOp::Pos => "__pos__",
            UnOp::Invert => "__invert__",
            UnOp::Not => return Ok(None),
        };
        if let Some(r) = self.call_special(a, name, vec![])? {
            return Ok(Some(r));
        }
        match payload_of(a) {
            Some(p) => {
                let p = p.clone();
                self.unary_op(op, &p).map(Some)
            }
            None => Ok(None),
        }
    }

    /// Truth of a heap object: `__bool__`, else `__len__`, else true.
    pub fn heap_truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(r) = self.call_special(v, "__bool__", vec![])? {
            return match r {
                Value::Bool(b) => Ok(b),
                other => Err(self.type_error(format!(
                    "__bool__ should return bool, returned {}",
                    other.type_name()
                ))),
            };
        }
        if self.has_special(v, "__len__") {
            return Ok(self.heap_len(v)? > 0);
        }
        match payload_of(v) {
            Some(p) => {
                let p = p.clone();
                self.truthy(&p)
            }
            None => Ok(true),
        }
    }

    /// `len()` of a heap object.
    pub fn heap_len(&mut self, v: &Value) -> PyResult<usize> {
        let Some(r) = self.call_special(v, "__len__", vec![])? else {
            return Err(self.type_error(format!("object of type '{}' has no len()", v.type_name())));
        };
        match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Bool(b) => Ok(b as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            Value::BigInt(_) => Err(self.exc(
                &self.types.exc.overflow_error,
                "cannot fit 'int' into an index-sized integer",
            )),
            other => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ))),
        }
    }

    /// `item in v` for a heap container; `None` when it has no `__contains__`.
    pub fn heap_contains(&mut self, v: &Value, item: &Value) -> PyResult<Option<bool>> {
        if let Some(r) = self.call_special(v, "__contains__", vec![item.clone()])? {
            return Ok(Some(self.truthy(&r)?));
        }
        if !self.has_special(v, "__iter__") && !self.has_special(v, "__getitem__") {
            return Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                v.type_name()
            )));
        }
        Ok(None)
    }

    /// `iter(v)` for a heap object: `__iter__`, or the `__getitem__` sequence protocol.
    pub fn heap_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(it) = self.call_special(v, "__iter__", vec![])? {
            if !self.is_iterator(&it) {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    it.type_name()
                )));
            }
            return Ok(it);
        }
        if self.has_special(v, "__getitem__") {
            return Ok(Value::Iter(Rc::new(RefCell::new(
                crate::runtime::objects::iter::IterObj::GetItem {
                    obj: v.clone(),
                    index: 0,
                },
            ))));
        }
        Err(self.type_error(format!("'{}' object is not iterable", v.type_name())))
    }

    /// Does `v` have `__next__` (builtin iterators, generators, instances)?
    pub fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iter(_) => true,
            Value::Gen(g) => g.kind == GenKind::Generator,
            other => self.has_special(other, "__next__"),
        }
    }

    /// One step of a heap iterator: `Some(item)`, or `None` on StopIteration.
    pub fn heap_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match self.call_special(it, "__next__", vec![]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => {
                Err(self.type_error(format!("'{}' object is not an iterator", it.type_name())))
            }
            Err(Unwind::Exc(e)) if e.is_instance(&self.types.exc.stop_iteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `hash(v)` for a heap object.
    pub fn heap_hash(&mut self, v: &Value) -> PyResult<i64> {
        let Some(class) = heap_class(v).cloned() else {
            return Ok(crate::runtime::objects::class::identity_hash(v));
        };
        match class.lookup("__hash__") {
            // The builtin base's hash, of the builtin value (`hash(Point(1, 2))`).
            None | Some(Value::Builtin(_)) if payload_of(v).is_some() => {
                let p = payload_of(v).expect("checked").clone();
                if matches!(p, Value::List(_) | Value::Dict(_) | Value::Set(_)) {
                    return Err(self.type_error(format!("unhashable type: '{}'", v.type_name())));
                }
                crate::runtime::builtins::py_hash(self, &p)
            }
            None | Some(Value::Builtin(_)) => Ok(crate::runtime::objects::class::identity_hash(v)),
            Some(Value::None) => {
                Err(self.type_error(format!("unhashable type: '{}'", v.type_name())))
            }
            Some(f) => match self.call_with_receiver(&f, v, &class, Args::default())? {
                // CPython keeps a returned int that fits a machine word as it is (but -1,
                // its error marker) and reduces others as `hash()` of the int does.
                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                Value::Bool(b) => Ok(b as i64),
                Value::BigInt(b) => Ok(crate::runtime::numeric::num::hash_int(&b)),
                _ => Err(self.type_error("__hash__ method should return an integer")),
            },
        }
    }

    /// Runs `f` with reprs that do not call Python code (for event payloads).
    pub fn inert<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let was = std::mem::replace(&mut self.inert_reprs, true);
        let r = f(self);
        self.inert_reprs = was;
        r
    }

    /// `repr()` of a heap object.
    pub fn heap_repr(&mut self, v: &Value) -> PyResult<String> {
        if self.inert_reprs {
            return match v {
                Value::Exception(e) => self.exception_repr(e),
                _ => Ok(self.default_repr(v)),
            };
        }
        match self.call_special(v, "__repr__", vec![])? {
            Some(Value::Str(s)) => Ok(s.to_string()),
            Some(other) => Err(self.type_error(format!(
                "__repr__ returned non-string (type {})",
                other.type_name()
            ))),
            None => Ok(self.default_repr(v)),
        }
    }

    /// `str()` of a heap object.
    pub fn heap_str(&mut self, v: &Value) -> PyResult<String> {
        if self.inert_reprs {
            return match v {
                Value::Exception(e) => self.exception_str(e),
                _ => Ok(self.default_repr(v)),
            };
        }
        match self.call_special(v, "__str__", vec![])? {
            Some(Value::Str(s)) => Ok(s.to_string()),
            Some(other) => Err(self.type_error(format!(
                "__str__ returned non-string (type {})",
                other.type_name()
            ))),
            None => self.heap_repr(v),
        }
    }

    /// `object.__repr__`: `<__main__.C object at 0x…>`.
    pub fn default_repr(&self, v: &Value) -> String {
        let class = self.types.class_of(v);
        let addr = crate::runtime::objects::repr::fake_addr(v);
        if &*class.module == "builtins" {
            format!("<{} object at {addr}>", class.qualname)
        } else {
            format!("<{}.{} object at {addr}>", class.module, class.qualname)
        }
    }

    /// `format(v, spec)` through a Python `__format__`, if the class has one.
    pub fn heap_format(&mut self, v: &Value, spec: &str) -> PyResult<Option<String>> {
        let Some(class) = heap_class(v) else {
            return Ok(None);
        };
        if !matches!(class.lookup("__format__"), Some(Value::Function(_))) {
            // The builtin base's `__format__`: `str(self)` for an empty spec.
            return match payload_of(v) {
                Some(p) if !spec.is_empty() => {
                    let p = p.clone();
                    self.format(&p, spec).map(Some)
                }
                Some(_) => self.heap_str(v).map(Some),
                None => Ok(None),
            };
        }
        match self.call_special(v, "__format__", vec![Value::str(spec)])? {
            Some(Value::Str(s)) => Ok(Some(s.to_string())),
            Some(other) => Err(self.type_error(format!(
                "__format__ must return a str, not {}",
                other.type_name()
            ))),
            None => Ok(None),
        }
    }

    /// `BeforeWith`/`BeforeAsyncWith`: the bound exit and what entering returned.
    pub fn before_with(&mut self, ctx: &Value, is_async: bool) -> PyResult<(Value, Value)> {
        let (enter, exit, what) = if is_async {
            ("__aenter__", "__aexit__", "asynchronous context manager")
        } else {
            ("__enter__", "__exit__", "context manager")
        };
        if !self.has_special(ctx, enter) {
            return Err(self.type_error(format!(
                "'{}' object does not support the {what} protocol",
                ctx.type_name()
            )));
        }
        let class = heap_class(ctx).cloned().expect("has_special saw a class");
        let Some(exit_attr) = class.lookup(exit).filter(|a| !a.is_none()) else {
            return Err(self.type_error(format!(
                "'{}' object does not support the {what} protocol (missed {exit} method)",
                ctx.type_name()
            )));
        };
        let bound_exit = self.bind_attr(exit_attr, ctx, &class)?;
        let entered = self
            .call_special(ctx, enter, vec![])?
            .expect("has_special saw __enter__");
        Ok((bound_exit, entered))
    }

    /// `v(*args)` for an instance: its class's `__call__`.
    pub fn heap_call(&mut self, v: &Value, args: Args) -> PyResult<Value> {
        match self.call_special_args(v, "__call__", args)? {
            Some(r) => Ok(r),
            None => Err(self.type_error(format!("'{}' object is not callable", v.type_name()))),
        }
    }

    /// `callable(v)`.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Function(_)
            | Value::Builtin(_)
            | Value::BoundMethod(_)
            | Value::NativeMethod(_)
            | Value::Class(_) => true,
            Value::Descriptor(d) => matches!(**d, Descriptor::StaticMethod(_)),
            other => self.has_special(other, "__call__"),
        }
    }

    /// A traceback object for `e` (what `__exit__` and `__traceback__` see): `tb_lineno`
    /// and `tb_next`, outermost frame first; None when it has not been raised.
    pub fn traceback_of(&mut self, e: &Rc<ExcObj>) -> Value {
        let mut tb = Value::None;
        for entry in e.traceback.borrow().iter() {
            let obj = Instance::new(self.types.traceback.clone());
            {
                let mut d = obj.dict.borrow_mut();
                d.set_str("tb_lineno", Value::Int(entry.line as i64));
                d.set_str("tb_next", tb);
            }
            tb = Value::Instance(Rc::new(obj));
        }
        tb
    }

    /// The builtin exception `str()`: the message, or the args.
    pub fn exception_str(&mut self, e: &Rc<ExcObj>) -> PyResult<String> {
        if self.is_exception_group(e) {
            return self.group_str(e);
        }
        if let Some(s) = crate::runtime::objects::bytes::codec_error_str(self, e) {
            return Ok(s);
        }
        let args = e.args.borrow().clone();
        if e.is_instance(&self.types.exc.key_error) && args.len() == 1 {
            return self.repr(&args[0]);
        }
        match args.len() {
            0 => Ok(String::new()),
            1 => self.to_str(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// The builtin exception `repr()`: `Name(args…)`.
    pub fn exception_repr(&mut self, e: &Rc<ExcObj>) -> PyResult<String> {
        let args = e.args.borrow().clone();
        let mut parts = Vec::with_capacity(args.len());
        for a in &args {
            parts.push(self.repr(a)?);
        }
        Ok(format!("{}({})", e.class.name, parts.join(", ")))
    }
}
