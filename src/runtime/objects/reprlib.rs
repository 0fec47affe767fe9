//! `reprlib.repr`: repr() with size limits, as asyncio's reprs show results and arguments.
//!
//! CPython's `reprlib.Repr` picks a method by the type's name: containers show at most a
//! few items (then `...`), nest at most six levels, and dicts and sets are shown sorted when
//! their items compare; long strings and ints keep their ends around a `...`; anything else
//! is its full repr cut to 30 characters the same way.

use crate::runtime::objects::dict::hashable_eq;
use crate::runtime::objects::value::Value;
use crate::runtime::vm::{PyResult, Vm};

const FILL: &str = "...";
const MAX_LEVEL: usize = 6;
const MAX_SEQUENCE: usize = 6;
const MAX_DICT: usize = 4;
const MAX_STRING: usize = 30;
const MAX_LONG: usize = 40;
const MAX_OTHER: usize = 30;

/// Keeps the first and last characters of `s` around `...` so that it fits in `limit`.
fn shorten(s: &str, limit: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= limit {
        return s.to_string();
    }
    let head = limit.saturating_sub(3) / 2;
    let tail = limit.saturating_sub(3).saturating_sub(head);
    let mut out: String = chars[..head].iter().collect();
    out.push_str(FILL);
    out.extend(&chars[chars.len() - tail..]);
    out
}

impl Vm<'_> {
    /// `reprlib.repr(v)`.
    pub fn limited_repr(&mut self, v: &Value) -> PyResult<String> {
        self.limited_repr_at(v, MAX_LEVEL)
    }

    fn limited_repr_at(&mut self, v: &Value, level: usize) -> PyResult<String> {
        match v {
            Value::Tuple(t) => {
                let items = (**t).clone();
                self.limited_items(&items, level, "(", ")", ",")
            }
            Value::List(l) => {
                let items = l.borrow().clone();
                self.limited_items(&items, level, "[", "]", "")
            }
            Value::Set(s) => {
                let items = s.borrow().keys();
                if items.is_empty() {
                    return Ok("set()".into());
                }
                let items = self.possibly_sorted(items);
                self.limited_items(&items, level, "{", "}", "")
            }
            Value::FrozenSet(s) => {
                let items = s.borrow().keys();
                if items.is_empty() {
                    return Ok("frozenset()".into());
                }
                let items = self.possibly_sorted(items);
                self.limited_items(&items, level, "frozenset({", "})", "")
            }
            Value::Instance(i)
                if &*i.class.name == "deque" && &*i.class.module == "collections" =>
            {
                let items = self.collect(v)?;
                self.limited_items(&items, level, "deque([", "])", "")
            }
            Value::Dict(d) => {
                let items = d.borrow().items();
                if items.is_empty() {
                    return Ok("{}".into());
                }
                if level == 0 {
                    return Ok(format!("{{{FILL}}}"));
                }
                let keys = self.possibly_sorted(items.iter().map(|(k, _)| k.clone()).collect());
                let mut pieces = Vec::new();
                for key in keys.iter().take(MAX_DICT) {
                    let value = items
                        .iter()
                        .find(|(k, _)| hashable_eq(k, key))
                        .map_or(Value::None, |(_, x)| x.clone());
                    let k = self.limited_repr_at(key, level - 1)?;
                    let x = self.limited_repr_at(&value, level - 1)?;
                    pieces.push(format!("{k}: {x}"));
                }
                if items.len() > MAX_DICT {
                    pieces.push(FILL.into());
                }
                Ok(format!("{{{}}}", pieces.join(", ")))
            }
            Value::Str(s) => {
                let chars: Vec<char> = s.chars().collect();
                let first: String = chars.iter().take(MAX_STRING).collect();
                let shown = self.repr(&Value::str(&first))?;
                if shown.chars().count() <= MAX_STRING {
                    return Ok(shown);
                }
                let head = (MAX_STRING - 3) / 2;
                let tail = MAX_STRING - 3 - head;
                let kept: String = chars[..head]
                    .iter()
                    .chain(&chars[chars.len() - tail..])
                    .collect();
                let kept = self.repr(&Value::str(&kept))?;
                let kept: Vec<char> = kept.chars().collect();
                let mut out: String = kept[..head].iter().collect();
                out.push_str(FILL);
                out.extend(&kept[kept.len() - tail..]);
                Ok(out)
            }
            Value::Int(_) | Value::BigInt(_) => Ok(shorten(&self.repr(v)?, MAX_LONG)),
            _ => Ok(shorten(&self.repr(v)?, MAX_OTHER)),
        }
    }

    /// `_repr_iterable`: at most six items, `...` for the rest or for too deep a level.
    fn limited_items(
        &mut self,
        items: &[Value],
        level: usize,
        left: &str,
        right: &str,
        trail: &str,
    ) -> PyResult<String> {
        let inner = if level == 0 && !items.is_empty() {
            FILL.to_string()
        } else {
            let mut pieces = Vec::new();
            for item in items.iter().take(MAX_SEQUENCE) {
                pieces.push(self.limited_repr_at(item, level.saturating_sub(1))?);
            }
            if items.len() > MAX_SEQUENCE {
                pieces.push(FILL.into());
            }
            pieces.join(", ")
        };
        let trail = if items.len() == 1 { trail } else { "" };
        Ok(format!("{left}{inner}{trail}{right}"))
    }

    /// `sorted(items)`, or the items as they are when they do not compare.
    fn possibly_sorted(&mut self, items: Vec<Value>) -> Vec<Value> {
        match self.sort_values(items.clone(), None, false) {
            Ok(sorted) => sorted,
            Err(_) => items,
        }
    }
}
