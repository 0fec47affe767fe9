//! Builtin iterator objects: over lists, tuples, strings, ranges, dicts, and the
//! `enumerate`/`zip`/`map`/`reversed` adapters.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::objects::dict::Dict;
use crate::runtime::objects::value::Value;

/// Which view of a dict an iterator walks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

/// An iterator's state. Advanced by `Vm::next_item`.
pub enum IterObj {
    /// Over a list (live: sees appends), tuple or string (by character index).
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Over a dict (or a set's keys, `is_set`): its size must not change meanwhile.
    Dict {
        dict: Rc<RefCell<Dict>>,
        index: usize,
        len: usize,
        view: DictView,
        is_set: bool,
    },
    /// Over a snapshot (sets, dict views materialised).
    Snapshot {
        items: Vec<Value>,
        index: usize,
    },
    Enumerate {
        inner: Value,
        count: i64,
    },
    /// `strict`: the iterables must all end together.
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    Reversed {
        items: Vec<Value>,
    },
    /// The old sequence protocol: `obj[0]`, `obj[1]`, … until IndexError.
    GetItem {
        obj: Value,
        index: i64,
    },
    Exhausted,
}

impl IterObj {
    pub fn type_name(&self) -> &'static str {
        match self {
            IterObj::Seq {
                seq: Value::List(_),
                ..
            } => "list_iterator",
            IterObj::Seq {
                seq: Value::Tuple(_),
                ..
            } => "tuple_iterator",
            IterObj::Seq { .. } => "str_ascii_iterator",
            IterObj::Range { .. } => "range_iterator",
            IterObj::Dict { is_set: true, .. } => "set_iterator",
            IterObj::Dict {
                view: DictView::Keys,
                ..
            } => "dict_keyiterator",
            IterObj::Dict {
                view: DictView::Values,
                ..
            } => "dict_valueiterator",
            IterObj::Dict {
                view: DictView::Items,
                ..
            } => "dict_itemiterator",
            IterObj::Snapshot { .. } => "set_iterator",
            IterObj::Enumerate { .. } => "enumerate",
            IterObj::Zip { .. } => "zip",
            IterObj::Map { .. } => "map",
            IterObj::Filter { .. } => "filter",
            IterObj::Reversed { .. } => "list_reverseiterator",
            IterObj::GetItem { .. } => "iterator",
            IterObj::Exhausted => "iterator",
        }
    }
}
