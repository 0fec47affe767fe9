//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654), as CPython 3.11's
//! Objects/exceptions.c makes them: the class choice and checks of `__new__`, `message` and
//! `exceptions`, `str()`, and `split`/`subgroup`/`derive`. (`except*` is run by
//! `vm/except_star.rs`; tracebacks of groups are drawn in `traceback.rs`.)

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::objects::exceptions::ExcObj;
use crate::runtime::objects::value::{Args, BuiltinType, Class, Value};
use crate::runtime::vm::{PyResult, Vm};

/// What `split`/`subgroup` may be given.
const BAD_CONDITION: &str = "expected a function, exception type or tuple of exception types";

/// `ExceptionGroup(BaseExceptionGroup, Exception)`, with the MRO C3 gives it.
pub fn make_exception_group(base_group: &Rc<Class>, exception: &Rc<Class>) -> Rc<Class> {
    let mut mro = vec![base_group.clone(), exception.clone()];
    for c in &exception.mro {
        mro.push(c.clone());
    }
    Rc::new(Class {
        name: Rc::from("ExceptionGroup"),
        qualname: Rc::from("ExceptionGroup"),
        module: Rc::from("builtins"),
        bases: vec![base_group.clone(), exception.clone()],
        mro,
        dict: RefCell::new(Default::default()),
        builtin: Some(BuiltinType::Exception),
        heap: false,
        meta: None,
        slots: None,
    })
}

/// What `split` gives: the matching part and the rest, each a group or nothing.
type Split = (Option<Rc<ExcObj>>, Option<Rc<ExcObj>>);

/// How `split`/`subgroup` decide whether an exception matches.
enum Condition {
    Types(Vec<Rc<Class>>),
    Predicate(Value),
}

impl Vm<'_> {
    pub fn is_exception_group(&self, e: &ExcObj) -> bool {
        e.is_instance(&self.types.exc.base_exception_group)
    }

    /// The members of a group (`eg.exceptions`), or None for other exceptions.
    pub fn group_members(&self, e: &ExcObj) -> Option<Vec<Rc<ExcObj>>> {
        if !self.is_exception_group(e) {
            return None;
        }
        match e.attrs.borrow().get("exceptions") {
            Some(Value::Tuple(t)) => Some(
                t.iter()
                    .filter_map(|v| match v {
                        Value::Exception(x) => Some(x.clone()),
                        _ => None,
                    })
                    .collect(),
            ),
            _ => Some(Vec::new()),
        }
    }

    /// `BaseExceptionGroup.__new__(cls, message, exceptions)`: checks the arguments and
    /// picks `ExceptionGroup` when every member is an `Exception`.
    pub fn new_exception_group(&mut self, class: &Rc<Class>, args: Vec<Value>) -> PyResult<Value> {
        if args.len() != 2 {
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                args.len()
            )));
        }
        if !matches!(args[0], Value::Str(_)) {
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
                args[0].type_name()
            )));
        }
        let members = match &args[1] {
            Value::List(_) | Value::Tuple(_) => self.collect(&args[1])?,
            Value::Instance(_) if self.has_special(&args[1], "__getitem__") => {
                self.collect(&args[1])?
            }
            _ => return Err(self.type_error("second argument (exceptions) must be a sequence")),
        };
        if members.is_empty() {
            return Err(
                self.value_error("second argument (exceptions) must be a non-empty sequence")
            );
        }
        let mut nested_base = false;
        for (i, m) in members.iter().enumerate() {
            let Value::Exception(e) = m else {
                return Err(self.value_error(format!(
                    "Item {i} of second argument (exceptions) is not an exception"
                )));
            };
            if !e.is_instance(&self.types.exc.exception) {
                nested_base = true;
            }
        }
        let exc = &self.types.exc;
        let class = if Rc::ptr_eq(class, &exc.base_exception_group) {
            if nested_base {
                class.clone()
            } else {
                exc.exception_group.clone()
            }
        } else if Rc::ptr_eq(class, &exc.exception_group) {
            if nested_base {
                return Err(self.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
            }
            class.clone()
        } else {
            if nested_base && class.is_subclass(&exc.exception) {
                return Err(
                    self.type_error(format!("Cannot nest BaseExceptions in '{}'", class.name))
                );
            }
            class.clone()
        };
        let e = ExcObj::new(class, args.clone());
        {
            let mut attrs = e.attrs.borrow_mut();
            attrs.insert(Rc::from("message"), args[0].clone());
            attrs.insert(Rc::from("exceptions"), Value::tuple(members));
        }
        Ok(Value::Exception(e))
    }

    /// `str(eg)`: `message (N sub-exceptions)`.
    pub fn group_str(&mut self, e: &ExcObj) -> PyResult<String> {
        let message = e
            .attrs
            .borrow()
            .get("message")
            .cloned()
            .unwrap_or(Value::None);
        let n = self.group_members(e).map_or(0, |m| m.len());
        let msg = self.to_str(&message)?;
        Ok(format!(
            "{msg} ({n} sub-exception{})",
            if n == 1 { "" } else { "s" }
        ))
    }

    /// `eg.split(cond)`, `eg.subgroup(cond)`, `eg.derive(excs)`.
    pub fn group_method(
        &mut self,
        e: &Rc<ExcObj>,
        name: &str,
        args: Args,
    ) -> Option<PyResult<Value>> {
        let arg = args.pos.into_iter().next();
        let r = match name {
            "derive" => match arg {
                Some(excs) => self.derive_group(e, excs),
                None => Err(self.type_error("derive() takes exactly one argument (0 given)")),
            },
            "split" | "subgroup" => (|| {
                let cond = self.condition(arg.as_ref())?;
                let (matched, rest) = self.split_group(e, &cond, name == "split")?;
                let v = |x: Option<Rc<ExcObj>>| x.map(Value::Exception).unwrap_or(Value::None);
                Ok(match name {
                    "split" => Value::tuple(vec![v(matched), v(rest)]),
                    _ => v(matched),
                })
            })(),
            _ => return None,
        };
        Some(r)
    }

    fn condition(&mut self, arg: Option<&Value>) -> PyResult<Condition> {
        let is_exc_class = |c: &Class, vm: &Vm| c.is_subclass(&vm.types.exc.base_exception);
        match arg {
            Some(Value::Class(c)) if is_exc_class(c, self) => Ok(Condition::Types(vec![c.clone()])),
            Some(Value::Tuple(t)) => {
                let mut types = Vec::new();
                for v in t.iter() {
                    match v {
                        Value::Class(c) if is_exc_class(c, self) => types.push(c.clone()),
                        _ => return Err(self.type_error(BAD_CONDITION)),
                    }
                }
                Ok(Condition::Types(types))
            }
            Some(v) if self.is_callable(v) && !matches!(v, Value::Class(_)) => {
                Ok(Condition::Predicate(v.clone()))
            }
            _ => Err(self.type_error(BAD_CONDITION)),
        }
    }

    fn matches(&mut self, e: &Rc<ExcObj>, cond: &Condition) -> PyResult<bool> {
        match cond {
            Condition::Types(types) => Ok(types.iter().any(|t| e.is_instance(t))),
            Condition::Predicate(f) => {
                let r = self.call(f, Args::new(vec![Value::Exception(e.clone())]))?;
                self.truthy(&r)
            }
        }
    }

    /// exceptiongroup_split_recursive: (what matches, the rest if asked for).
    fn split_group(
        &mut self,
        e: &Rc<ExcObj>,
        cond: &Condition,
        want_rest: bool,
    ) -> PyResult<Split> {
        if self.matches(e, cond)? {
            return Ok((Some(e.clone()), None));
        }
        let Some(members) = self.group_members(e) else {
            return Ok((None, want_rest.then(|| e.clone())));
        };
        let (mut matched, mut rest) = (Vec::new(), Vec::new());
        for m in &members {
            let (a, b) = self.split_group(m, cond, want_rest)?;
            matched.extend(a.map(Value::Exception));
            rest.extend(b.map(Value::Exception));
        }
        let matched = self.derive_and_copy(e, matched)?;
        let rest = match want_rest {
            true => self.derive_and_copy(e, rest)?,
            false => None,
        };
        Ok((matched, rest))
    }

    /// A new group of `members` with `e`'s message, traceback, cause and context.
    pub fn derive_and_copy(
        &mut self,
        e: &Rc<ExcObj>,
        members: Vec<Value>,
    ) -> PyResult<Option<Rc<ExcObj>>> {
        if members.is_empty() {
            return Ok(None);
        }
        let Value::Exception(g) = self.derive_group(e, Value::list(members))? else {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        };
        *g.traceback.borrow_mut() = e.traceback.borrow().clone();
        *g.cause.borrow_mut() = e.cause.borrow().clone();
        *g.context.borrow_mut() = e.context.borrow().clone();
        g.suppress_context.set(e.suppress_context.get());
        Ok(Some(g))
    }

    /// `eg.derive(excs)`: `BaseExceptionGroup(eg.message, excs)`.
    fn derive_group(&mut self, e: &ExcObj, excs: Value) -> PyResult<Value> {
        let message = e
            .attrs
            .borrow()
            .get("message")
            .cloned()
            .unwrap_or(Value::None);
        let class = self.types.exc.base_exception_group.clone();
        self.new_exception_group(&class, vec![message, excs])
    }
}
