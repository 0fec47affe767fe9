//! Dict keys and set members whose hash and equality are the program's: the VM's side of
//! `dict.rs`. A key's hash is computed once, when the key is made (a Python `__hash__`
//! runs there, and what it raises propagates); a lookup of a Python-compared key, or in a
//! dict holding such keys, compares the entries of equal hash as CPython does (identity,
//! then the stored key's `__eq__`) with no borrow of the dict held, since that `__eq__`
//! may read or change the very dict. Builtin keys in builtin-keyed dicts skip all of it.

use std::cell::RefCell;

use crate::runtime::objects::dict::{native_hash, tuple_hash, Dict, Key};
use crate::runtime::objects::value::Value;
use crate::runtime::vm::{PyResult, Vm};

impl Vm<'_> {
    /// Makes a dict key, raising TypeError for unhashable values.
    pub fn key(&mut self, v: Value) -> PyResult<Key> {
        if let Some(k) = Key::native(v.clone()) {
            return Ok(k);
        }
        let h = self.hash_of(&v)?;
        Ok(Key::python(v, h))
    }

    /// `hash(v)`.
    pub fn hash_of(&mut self, v: &Value) -> PyResult<i64> {
        match native_hash(v) {
            Ok(Some((h, _))) => Ok(h),
            Ok(None) => match v {
                Value::Tuple(items) => {
                    let mut hashes = Vec::with_capacity(items.len());
                    for item in items.iter() {
                        hashes.push(self.hash_of(item)?);
                    }
                    Ok(tuple_hash(&hashes))
                }
                _ => self.heap_hash(v),
            },
            Err(t) => Err(self.type_error(format!("unhashable type: '{t}'"))),
        }
    }

    /// The key `d` holds that equals `k`, or `k` itself when none does; the native
    /// operation that follows then finds (or misses) the right entry.
    pub fn key_in(&mut self, d: &RefCell<Dict>, k: Key) -> PyResult<Key> {
        let candidates = {
            let d = d.borrow();
            if !d.needs_python(&k) {
                return Ok(k);
            }
            d.same_hash(&k)
        };
        self.matching_key(candidates, k)
    }

    /// `key_in` for a dict Python code cannot reach: one being built, or a snapshot.
    pub fn key_in_local(&mut self, d: &Dict, k: Key) -> PyResult<Key> {
        if !d.needs_python(&k) {
            return Ok(k);
        }
        let candidates = d.same_hash(&k);
        self.matching_key(candidates, k)
    }

    /// CPython's probe over the entries of equal hash: identity (or builtin equality)
    /// first, then `stored == k` when Python decides.
    fn matching_key(&mut self, candidates: Vec<Key>, k: Key) -> PyResult<Key> {
        for c in candidates {
            if c == k {
                return Ok(c);
            }
            if (c.is_python() || k.is_python()) && self.eq(c.value(), k.value())? {
                return Ok(c);
            }
        }
        Ok(k)
    }

    /// `k in d` for a dict Python code cannot reach (see `key_in_local`).
    pub fn local_contains(&mut self, d: &Dict, k: &Key) -> PyResult<bool> {
        if !d.needs_python(k) {
            return Ok(d.contains(k));
        }
        let k = self.key_in_local(d, k.clone())?;
        Ok(d.contains(&k))
    }

    /// `d[k] = v` for a dict Python code cannot reach; an equal key already there stays.
    pub fn local_insert(&mut self, d: &mut Dict, k: Key, v: Value) -> PyResult<()> {
        let k = self.key_in_local(d, k)?;
        d.insert(k, v);
        Ok(())
    }

    /// `d[k] = v`.
    pub fn dict_insert(&mut self, d: &RefCell<Dict>, k: Key, v: Value) -> PyResult<()> {
        let k = self.key_in(d, k)?;
        d.borrow_mut().insert(k, v);
        Ok(())
    }

    /// `d.get(k)`.
    pub fn dict_get(&mut self, d: &RefCell<Dict>, k: Key) -> PyResult<Option<Value>> {
        let k = self.key_in(d, k)?;
        Ok(d.borrow().get(&k).cloned())
    }

    /// `d.pop(k, None)`.
    pub fn dict_remove(&mut self, d: &RefCell<Dict>, k: Key) -> PyResult<Option<Value>> {
        let k = self.key_in(d, k)?;
        Ok(d.borrow_mut().remove(&k))
    }

    /// `k in d`.
    pub fn dict_contains(&mut self, d: &RefCell<Dict>, k: Key) -> PyResult<bool> {
        let k = self.key_in(d, k)?;
        Ok(d.borrow().contains(&k))
    }
}
