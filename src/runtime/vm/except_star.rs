//! `except*` at run time, as CPython 3.11's ceval.c and exceptions.c do it: splitting off
//! what a clause matches (CHECK_EG_MATCH) and building what propagates once the clauses
//! have run (PREP_RERAISE_STAR).

use std::rc::Rc;

use crate::runtime::objects::exceptions::ExcObj;
use crate::runtime::objects::value::{Args, Value};
use crate::runtime::vm::{PyResult, Vm};

/// What one `except*` clause takes from the exception not matched yet.
pub enum EgMatch {
    /// Nothing matched: the exception goes on to the next clause as it is.
    None,
    /// `matched` is handled by this clause; `rest` (None or a group) goes on.
    Some { matched: Rc<ExcObj>, rest: Value },
}

impl Vm<'_> {
    /// CHECK_EG_MATCH: checks the clause's type, then splits `exc` by it. A naked
    /// exception that matches is wrapped in `ExceptionGroup('', [exc])`.
    pub fn check_eg_match(&mut self, exc: &Value, ty: &Value) -> PyResult<EgMatch> {
        self.check_except_star_type(ty)?;
        let Value::Exception(e) = exc else {
            // The rest after a full match is None: nothing is left to match.
            return Ok(EgMatch::None);
        };
        if self.exception_matches(e, ty)? {
            let matched = match self.is_exception_group(e) {
                true => e.clone(),
                false => {
                    let class = self.types.exc.base_exception_group.clone();
                    let members = Value::tuple(vec![exc.clone()]);
                    match self.new_exception_group(&class, vec![Value::str(""), members])? {
                        Value::Exception(g) => g,
                        _ => unreachable!("BaseExceptionGroup() makes a group"),
                    }
                }
            };
            return Ok(EgMatch::Some {
                matched,
                rest: Value::None,
            });
        }
        if !self.is_exception_group(e) {
            return Ok(EgMatch::None);
        }
        let pair = self.call_method(exc, "split", Args::new(vec![ty.clone()]))?;
        let class = e.class.name.clone();
        let Value::Tuple(pair) = pair else {
            return Err(self.type_error(format!(
                "{class}.split must return a tuple, not {}",
                pair.type_name()
            )));
        };
        if pair.len() != 2 {
            return Err(self.type_error(format!(
                "{class}.split must return a 2-tuple, got tuple of size {}",
                pair.len()
            )));
        }
        Ok(match &pair[0] {
            Value::Exception(m) => EgMatch::Some {
                matched: m.clone(),
                rest: pair[1].clone(),
            },
            _ => EgMatch::None,
        })
    }

    /// An `except*` type must be exception classes, and no exception group class.
    fn check_except_star_type(&mut self, ty: &Value) -> PyResult<()> {
        let classes: Vec<Value> = match ty {
            Value::Tuple(t) => t.to_vec(),
            other => vec![other.clone()],
        };
        let base = self.types.exc.base_exception.clone();
        let group = self.types.exc.base_exception_group.clone();
        let mut catches_group = false;
        for c in &classes {
            match c {
                Value::Class(c) if c.is_subclass(&base) => {
                    catches_group |= c.is_subclass(&group);
                }
                _ => {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ))
                }
            }
        }
        if catches_group {
            return Err(self.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        Ok(())
    }

    /// PREP_RERAISE_STAR: from the original exception and what the clauses raised (and the
    /// unmatched rest, last), what propagates: None, the re-raised parts as one group shaped
    /// like the original, or a new `ExceptionGroup('', [new…, re-raised])`.
    pub fn prep_reraise_star(&mut self, orig: &Value, raised: &Value) -> PyResult<Value> {
        let Value::List(list) = raised else {
            unreachable!("the compiler builds the raised list")
        };
        let excs: Vec<Value> = list.borrow().clone();
        let Value::Exception(orig) = orig else {
            unreachable!("except* keeps the exception it caught")
        };
        if !self.is_exception_group(orig) {
            // A naked exception: only one clause can have run.
            return Ok(excs.into_iter().next().unwrap_or(Value::None));
        }
        let mut new = Vec::new();
        let mut kept = Vec::new();
        for e in excs {
            let Value::Exception(x) = &e else { continue };
            // A part raised again (bare `raise`, or never matched) still carries the
            // original's traceback, cause and context.
            if same_metadata(x, orig) {
                kept.push(x.clone());
            } else {
                new.push(e);
            }
        }
        let mut leaves = Vec::new();
        for k in &kept {
            self.leaf_ids(k, &mut leaves);
        }
        let reraised = self.project(orig, &leaves)?;
        if new.is_empty() {
            return Ok(reraised.map_or(Value::None, Value::Exception));
        }
        if let Some(r) = reraised {
            new.push(Value::Exception(r));
        }
        if new.len() == 1 {
            return Ok(new.remove(0));
        }
        let class = self.types.exc.base_exception_group.clone();
        self.new_exception_group(&class, vec![Value::str(""), Value::list(new)])
    }

    /// The identities of the plain exceptions inside `e` (itself when it is plain).
    fn leaf_ids(&self, e: &Rc<ExcObj>, out: &mut Vec<*const ExcObj>) {
        match self.group_members(e) {
            Some(members) => members.iter().for_each(|m| self.leaf_ids(m, out)),
            None => out.push(Rc::as_ptr(e)),
        }
    }

    /// `e` cut down to the leaves in `keep`, its nesting and metadata kept; None if no leaf
    /// is kept.
    fn project(&mut self, e: &Rc<ExcObj>, keep: &[*const ExcObj]) -> PyResult<Option<Rc<ExcObj>>> {
        let Some(members) = self.group_members(e) else {
            return Ok(keep.contains(&Rc::as_ptr(e)).then(|| e.clone()));
        };
        let mut parts = Vec::new();
        for m in &members {
            if let Some(p) = self.project(m, keep)? {
                parts.push(Value::Exception(p));
            }
        }
        self.derive_and_copy(e, parts)
    }
}

/// CPython compares the traceback, cause, context and notes objects by identity; parts split
/// from a group share them. Our tracebacks are copied lists, so they compare by content.
fn same_metadata(a: &ExcObj, b: &ExcObj) -> bool {
    let same_exc = |x: &Option<Rc<ExcObj>>, y: &Option<Rc<ExcObj>>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => Rc::ptr_eq(x, y),
        _ => false,
    };
    let notes = |e: &ExcObj| e.attrs.borrow().get("__notes__").and_then(|n| n.ptr());
    let (ta, tb) = (a.traceback.borrow(), b.traceback.borrow());
    let same_tb = ta.len() == tb.len()
        && ta
            .iter()
            .zip(tb.iter())
            .all(|(x, y)| x.line == y.line && x.file == y.file && x.func == y.func);
    same_tb
        && same_exc(&a.cause.borrow(), &b.cause.borrow())
        && same_exc(&a.context.borrow(), &b.context.borrow())
        && notes(a) == notes(b)
}
