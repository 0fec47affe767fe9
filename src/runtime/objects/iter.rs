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
        /// The next position in the dict's table (tombstones count), and how many items
        /// have been yielded.
        index: usize,
        yielded: usize,
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
    /// `reversed()` of a materialised sequence, popped from the end; `class` is its
    /// `ITER_CLASS_NAMES` index, from `REVERSED_CLASS` on.
    Reversed {
        items: Vec<Value>,
        class: usize,
    },
    /// The old sequence protocol: `obj[0]`, `obj[1]`, … until IndexError.
    GetItem {
        obj: Value,
        index: i64,
    },
    Exhausted,
}

/// Where the reverse iterators start in `ITER_CLASS_NAMES`: `list_reverseiterator`,
/// `reversed`, then the dict's keys, values and items reverse iterators.
pub const REVERSED_CLASS: usize = 13;

impl IterObj {
    pub fn type_name(&self) -> &'static str {
        crate::runtime::objects::types::ITER_CLASS_NAMES[self.class_index()]
    }

    /// Which of `ITER_CLASS_NAMES` is this iterator's class.
    pub fn class_index(&self) -> usize {
        match self {
            IterObj::GetItem { .. } | IterObj::Exhausted => 0,
            IterObj::Seq {
                seq: Value::List(_),
                ..
            } => 1,
            IterObj::Seq {
                seq: Value::Tuple(_),
                ..
            } => 2,
            IterObj::Seq { .. } => 3,
            IterObj::Range { .. } => 4,
            IterObj::Dict { is_set: true, .. } | IterObj::Snapshot { .. } => 5,
            IterObj::Dict {
                view: DictView::Keys,
                ..
            } => 6,
            IterObj::Dict {
                view: DictView::Values,
                ..
            } => 7,
            IterObj::Dict {
                view: DictView::Items,
                ..
            } => 8,
            IterObj::Enumerate { .. } => 9,
            IterObj::Zip { .. } => 10,
            IterObj::Map { .. } => 11,
            IterObj::Filter { .. } => 12,
            IterObj::Reversed { class, .. } => *class,
        }
    }
}
