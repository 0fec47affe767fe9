//! `_coroviz_re`, the native half of the library's `re` (as `_sre` is CPython's): compiling
//! a pattern (`parse.rs`: Python's syntax and its error messages) into a backtracking
//! program (`exec.rs`) and running it. Everything above spans (Match and Pattern objects,
//! `sub` templates, `split`, `findall`) is `library/re.py`.

pub mod exec;
pub mod parse;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::runtime::objects::value::{Args, Value};
use crate::runtime::stdlib::module;
use crate::runtime::vm::{PyResult, Vm};

use exec::{Goal, Program, UNSET};
use parse::ParseError;

/// The compiled programs of this run, numbered by `compile`, and the characters of the
/// last string matched (iterating calls again and again on the same string).
#[derive(Default)]
struct Store {
    programs: Vec<Rc<Program>>,
    by_source: HashMap<(String, u32), usize>,
    text: Option<(Rc<str>, Rc<Vec<char>>)>,
}

thread_local! {
    static STORE: RefCell<Store> = RefCell::new(Store::default());
}

pub fn make_module() -> Value {
    module(
        "_coroviz_re",
        &[
            ("compile", compile),
            ("exec", exec_fn),
            ("unmodelled", unmodelled),
        ],
    )
}

/// `unmodelled(what)`: ends the run with coroviz's refusal, for the parts of `re` it lacks.
fn unmodelled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let what = match args.pos.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => "part of `re`".to_string(),
    };
    Err(vm.unmodelled(what))
}

fn int_arg(vm: &Vm, args: &Args, i: usize, what: &str) -> PyResult<i64> {
    match args.pos.get(i) {
        Some(Value::Int(n)) => Ok(*n),
        Some(Value::Bool(b)) => Ok(*b as i64),
        _ => Err(vm.type_error(format!("_coroviz_re: {what} must be an int"))),
    }
}

/// `compile(pattern, flags)`: `(id, groups, ((name, index), ...), flags)`, or
/// `(None, message, position)` for a pattern CPython rejects (position `None` when its
/// message has none).
fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Str(pattern)) = args.pos.first() else {
        return Err(vm.type_error("_coroviz_re.compile: pattern must be a str"));
    };
    let flags = int_arg(vm, &args, 1, "flags")? as u32;
    let parsed = match parse::parse(pattern, flags) {
        Ok(p) => p,
        Err(ParseError::Syntax { msg, pos }) => {
            let pos = if pos == usize::MAX {
                Value::None
            } else {
                Value::Int(pos as i64)
            };
            return Ok(Value::tuple(vec![Value::None, Value::str(&msg), pos]));
        }
        Err(ParseError::Unmodelled(what)) => return Err(vm.unmodelled(what)),
    };
    let key = (pattern.to_string(), flags);
    let known = STORE.with(|s| s.borrow().by_source.get(&key).copied());
    let id = match known {
        Some(id) => id,
        None => {
            let Ok(program) = Program::new(&parsed.node, parsed.groups) else {
                return Err(vm.unmodelled(format!(
                    "regular expressions this large (over {} steps once repeats are expanded)",
                    exec::MAX_INSTRUCTIONS
                )));
            };
            STORE.with(|s| {
                let mut s = s.borrow_mut();
                s.programs.push(Rc::new(program));
                let id = s.programs.len() - 1;
                s.by_source.insert(key, id);
                id
            })
        }
    };
    let names = parsed
        .names
        .iter()
        .map(|(n, g)| Value::tuple(vec![Value::str(n), Value::Int(*g as i64)]))
        .collect();
    Ok(Value::tuple(vec![
        Value::Int(id as i64),
        Value::Int(parsed.groups as i64),
        Value::tuple(names),
        Value::Int(parsed.flags as i64),
    ]))
}

/// `exec(id, string, pos, endpos, mode, must_advance)`: mode 0 matches at `pos`, 1 matches
/// all of `string[pos:endpos]`, 2 searches. Returns `None` or the spans, two per group from
/// group 0 (`-1` where unset), then `lastindex` (`-1` for none).
fn exec_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let id = int_arg(vm, &args, 0, "id")? as usize;
    let Some(Value::Str(string)) = args.pos.get(1) else {
        return Err(vm.type_error("_coroviz_re.exec: string must be a str"));
    };
    let pos = int_arg(vm, &args, 2, "pos")?;
    let endpos = int_arg(vm, &args, 3, "endpos")?;
    let mode = int_arg(vm, &args, 4, "mode")?;
    let must_advance = int_arg(vm, &args, 5, "must_advance")? != 0;
    let (program, text) = STORE.with(|s| {
        let mut s = s.borrow_mut();
        let program = s.programs.get(id).cloned();
        let text = match &s.text {
            Some((k, chars)) if Rc::ptr_eq(k, string) || **k == **string => chars.clone(),
            _ => {
                let chars: Rc<Vec<char>> = Rc::new(string.chars().collect());
                s.text = Some((string.clone(), chars.clone()));
                chars
            }
        };
        (program, text)
    });
    let Some(program) = program else {
        return Err(vm.type_error("_coroviz_re.exec: no such pattern"));
    };
    // `pos`/`endpos` clamp as CPython's do.
    let len = text.len() as i64;
    let end = endpos.clamp(0, len) as usize;
    let start = pos.clamp(0, len) as usize;
    if start > end {
        return Ok(Value::None);
    }
    let goal = Goal {
        end_at: (mode == 1).then_some(end),
        no_empty_at: must_advance.then_some(start),
    };
    let found = if mode == 2 {
        program.search(&text, end, start, goal)
    } else {
        program.match_at(&text, end, start, goal)
    };
    let Some(slots) = found else {
        return Ok(Value::None);
    };
    let out = slots[..program.spans_len()]
        .iter()
        .map(|&v| Value::Int(if v == UNSET { -1 } else { v as i64 }))
        .collect();
    Ok(Value::tuple(out))
}
