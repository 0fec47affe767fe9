//! Insertion-ordered dicts (and sets) keyed by Python equality: `1 == 1.0 == True`.
//!
//! Every key carries its Python hash and the table buckets keys by it, as CPython's does.
//! Builtin values hash and compare natively. A key hashed by a Python `__hash__` (an
//! instance, or a tuple or frozenset holding one) is *Python-compared*: its equality may
//! run the program's `__eq__`, which needs the VM. Lookups involving such keys go through
//! `Vm::key_in` (`objects/keys.rs`): it takes the entries of equal hash from here
//! (`same_hash`) and compares them with no borrow of the dict held, then the native
//! operation runs on the key it found.

use std::hash::{BuildHasher, Hash, Hasher};

use indexmap::map::RawEntryApiV1;
use indexmap::IndexMap;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use crate::runtime::numeric::num;
use crate::runtime::objects::value::Value;

/// A hashable value used as a dict key or set member, with its Python hash.
///
/// Invariant: `hash` is what `hash(value)` gave when the key was made (never -1), and
/// `python` says whether comparing the value may run Python code.
#[derive(Clone, Debug)]
pub struct Key {
    value: Value,
    hash: i64,
    python: bool,
}

impl Key {
    /// Wraps a value that hashes without Python code; `None` for the others (unhashable
    /// values, and those `Vm::key` hashes through `__hash__`).
    pub fn native(v: Value) -> Option<Key> {
        let (hash, python) = native_hash(&v).ok()??;
        Some(Key {
            value: v,
            hash,
            python,
        })
    }
    /// A string key.
    pub fn str(s: &str) -> Key {
        Key {
            hash: str_hash(s),
            value: Value::str(s),
            python: false,
        }
    }
    /// A key whose hash the VM computed through a Python `__hash__`.
    pub fn python(v: Value, hash: i64) -> Key {
        Key {
            value: v,
            hash,
            python: true,
        }
    }
    pub fn value(&self) -> &Value {
        &self.value
    }
    pub fn into_value(self) -> Value {
        self.value
    }
    /// The key's Python hash.
    pub fn hash(&self) -> i64 {
        self.hash
    }
    /// Does comparing this key with another run Python code?
    pub fn is_python(&self) -> bool {
        self.python
    }
}

/// What a key hashes and compares as: an instance of a builtin subclass that does not
/// define `__eq__` or `__hash__` in Python is its builtin value (`{Point(1, 2): 0}[(1, 2)]`).
fn key_view(v: &Value) -> &Value {
    match v {
        Value::Instance(i) => match &i.payload {
            Some(p)
                if !matches!(i.class.lookup("__hash__"), Some(Value::Function(_)))
                    && !matches!(i.class.lookup("__eq__"), Some(Value::Function(_))) =>
            {
                p
            }
            _ => v,
        },
        _ => v,
    }
}

/// `hash(v)` when no Python code is needed: `Ok(Some((hash, python_compared)))`;
/// `Ok(None)` when a Python `__hash__` must run; `Err(type name)` when unhashable.
pub fn native_hash(v: &Value) -> Result<Option<(i64, bool)>, String> {
    if let Value::Instance(i) = v {
        if i.payload.is_some() {
            let view = key_view(v);
            if !view.is(v) {
                return native_hash(view).map_err(|_| v.type_name().to_string());
            }
        }
    }
    Ok(Some(match v {
        Value::Str(s) => (str_hash(s), false),
        Value::Int(i) => (num::hash_i64(*i), false),
        Value::Bool(b) => (*b as i64, false),
        Value::BigInt(b) => (num::hash_int(b), false),
        Value::Float(x) => (float_hash(*x), false),
        Value::Tuple(items) => {
            let mut hashes = Vec::with_capacity(items.len());
            let mut python = false;
            for item in items.iter() {
                match native_hash(item)? {
                    Some((h, p)) => {
                        hashes.push(h);
                        python |= p;
                    }
                    None => return Ok(None),
                }
            }
            (tuple_hash(&hashes), python)
        }
        Value::FrozenSet(d) => {
            let d = d.borrow();
            (frozenset_hash(d.key_iter().map(|k| k.hash)), d.python_keys)
        }
        Value::Bytes(b) => (bytes_hash(b), false),
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) | Value::ByteArray(_) => {
            return Err(v.type_name().to_string())
        }
        Value::DictView(_, kind)
            if !matches!(kind, crate::runtime::objects::iter::DictView::Values) =>
        {
            return Err(v.type_name().to_string())
        }
        Value::Instance(i) => return class_hash(v, &i.class),
        Value::Exception(e) => return class_hash(v, &e.class),
        _ => (identity_hash(v), false),
    }))
}

/// An instance's hash as far as its class decides without running Python.
fn class_hash(
    v: &Value,
    class: &crate::runtime::objects::value::Class,
) -> Result<Option<(i64, bool)>, String> {
    match class.lookup("__hash__") {
        // A class that defines __eq__ without __hash__ sets __hash__ to None.
        Some(Value::None) => Err(v.type_name().to_string()),
        None | Some(Value::Builtin(_)) => Ok(Some((identity_hash(v), false))),
        Some(_) => Ok(None),
    }
}

/// `object.__hash__`: from the address.
pub fn identity_hash(v: &Value) -> i64 {
    v.ptr().map(|p| (p >> 4) as i64).unwrap_or(0)
}

fn float_hash(x: f64) -> i64 {
    if x.fract() == 0.0 && x.abs() < 9.0e18 {
        return num::hash_i64(x as i64);
    }
    // NaN hashes by identity in CPython; floats are not objects here, and NaN never equals.
    num::hash_f64(x).unwrap_or(0)
}

/// A string's hash: CPython's differs from run to run, so only equality is observable;
/// ours is a fixed FxHash-style fold, cheap for attribute names.
pub fn str_hash(s: &str) -> i64 {
    bytes_fold(s.as_bytes(), 0x2f6b_9a47_1c3d_5e81)
}

/// `hash(b)` of bytes: like a str's (CPython hashes bytes and ASCII str alike).
pub fn bytes_hash(b: &[u8]) -> i64 {
    bytes_fold(b, 0x2f6b_9a47_1c3d_5e81)
}

fn bytes_fold(bytes: &[u8], seed: u64) -> i64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = seed;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let mut last = [0u8; 8];
    let rest = chunks.remainder();
    last[..rest.len()].copy_from_slice(rest);
    h = (h.rotate_left(5) ^ u64::from_le_bytes(last)).wrapping_mul(K);
    h = (h.rotate_left(5) ^ bytes.len() as u64).wrapping_mul(K);
    match fmix(h) as i64 {
        -1 => -2,
        x => x,
    }
}

/// CPython's tuple hash (xxHash-style) over the items' hashes.
pub fn tuple_hash(hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3527539));
    match acc as i64 {
        -1 => 1546275796,
        x => x,
    }
}

/// CPython's frozenset hash: the members' shuffled hashes xor-ed (order-free), then the
/// size mixed in and the bits dispersed.
pub fn frozenset_hash(hashes: impl Iterator<Item = i64>) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut n = 0u64;
    let mut hash = 0u64;
    for h in hashes {
        hash ^= shuffle(h as u64);
        n += 1;
    }
    hash ^= (n + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    match hash as i64 {
        -1 => 590923713,
        x => x,
    }
}

/// murmur3's finaliser: spreads a Python hash (small ints hash to themselves) over the
/// bits the table uses. A bijection, so equal table hashes mean equal Python hashes.
fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// The table's hasher: fed one Python hash (`write_i64`), it spreads it with `fmix`.
#[derive(Default, Clone, Copy)]
pub struct PyHashState;

pub struct PyHasher(u64);

impl BuildHasher for PyHashState {
    type Hasher = PyHasher;
    fn build_hasher(&self) -> PyHasher {
        PyHasher(0)
    }
}

impl Hasher for PyHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Keys only ever write one i64; fold anything else in all the same.
        self.0 ^= bytes_fold(bytes, self.0) as u64;
    }
    fn write_i64(&mut self, h: i64) {
        self.0 = h as u64;
    }
    fn finish(&self) -> u64 {
        fmix(self.0)
    }
}

/// Equality for hashable builtin values (no user `__eq__` is involved): Python-compared
/// instances inside are compared by identity.
pub fn hashable_eq(a: &Value, b: &Value) -> bool {
    use Value::*;
    let (a, b) = (key_view(a), key_view(b));
    match (a, b) {
        (Str(x), Str(y)) => x == y,
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| hashable_eq(p, q))
        }
        (FrozenSet(x), FrozenSet(y)) | (FrozenSet(x), Set(y)) | (Set(x), FrozenSet(y)) => {
            std::rc::Rc::ptr_eq(x, y) || {
                let (x, y) = (x.borrow(), y.borrow());
                x.len() == y.len() && x.key_iter().all(|k| y.contains(k))
            }
        }
        _ => match (numeric(a), numeric(b)) {
            (Some(x), Some(y)) => x == y,
            (Option::None, Option::None) => a.is(b),
            _ => false,
        },
    }
}

/// A number normalised for equality between bool, int and float.
#[derive(PartialEq)]
enum Num {
    Small(i64),
    Big(BigInt),
    /// A float that is not an integer (or is inf/nan): compared by value.
    Frac(f64),
}

fn numeric(v: &Value) -> Option<Num> {
    match v {
        Value::Bool(b) => Some(Num::Small(*b as i64)),
        Value::Int(i) => Some(Num::Small(*i)),
        Value::BigInt(b) => Some(Num::Big((**b).clone())),
        Value::Float(x) => {
            if x.is_finite() && x.fract() == 0.0 {
                if let Some(i) = x.to_i64() {
                    if (i as f64) == *x {
                        return Some(Num::Small(i));
                    }
                }
                BigInt::from_f64(*x).map(Num::Big)
            } else {
                Some(Num::Frac(*x))
            }
        }
        _ => None,
    }
}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash)
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash && hashable_eq(&self.value, &other.value)
    }
}
impl Eq for Key {}

/// A borrowed string key, looked up without allocating (attribute dicts). Hashes as the
/// `Key` of the same string does.
struct StrKey<'a>(&'a str);

impl Hash for StrKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(str_hash(self.0))
    }
}

impl indexmap::Equivalent<Key> for StrKey<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        matches!(&key.value, Value::Str(s) if **s == *self.0)
    }
}

/// A Python dict: insertion-ordered; deleting keeps the order of the rest.
///
/// Deleting is O(1), as in CPython's compact dict: the entry stays in place as a tombstone
/// (a key of its own that equals nothing else, holding `Value::Null`), so the others keep
/// their positions; once tombstones outnumber the live entries, one pass drops them all.
/// Removing the last entry pops it (and any tombstones before it) instead. Positions
/// (`raw_len`, `next_live`) count tombstones: iterators walk them and skip the dead.
///
/// Invariant: `python_keys` is true whenever a Python-compared key is in the map (it may
/// stay true after such keys leave; it only routes lookups through the VM). `dead` is the
/// number of tombstones in `map`; `head` is a position before which every entry is dead.
#[derive(Default, Clone)]
pub struct Dict {
    map: IndexMap<Key, Value, PyHashState>,
    python_keys: bool,
    dead: usize,
    head: usize,
    /// Tombstones made since the map last held none: each gets its own hash, so that no
    /// two are equal.
    tombs: u64,
}

impl Key {
    fn is_dead(&self) -> bool {
        matches!(self.value, Value::Null)
    }
}

impl Dict {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn len(&self) -> usize {
        self.map.len() - self.dead
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Must a lookup of `k` compare through the VM?
    pub fn needs_python(&self, k: &Key) -> bool {
        k.python || self.python_keys
    }
    /// Does the dict (may) hold keys whose equality is Python's?
    pub fn has_python_keys(&self) -> bool {
        self.python_keys
    }
    /// The keys whose hash is `k`'s, in insertion order: what a lookup of `k` compares
    /// it with, as CPython probes them.
    pub fn same_hash(&self, k: &Key) -> Vec<Key> {
        let table_hash = self.map.hasher().hash_one(k);
        let mut found: Vec<(usize, Key)> = Vec::new();
        let _ = self.map.raw_entry_v1().from_hash(table_hash, |c| {
            if c.hash == k.hash && !c.is_dead() {
                found.push((usize::MAX, c.clone()));
            }
            false
        });
        for (i, c) in found.iter_mut() {
            *i = self.map.get_index_of(c).unwrap_or(usize::MAX);
        }
        found.sort_by_key(|(i, _)| *i);
        found.into_iter().map(|(_, c)| c).collect()
    }
    pub fn get(&self, k: &Key) -> Option<&Value> {
        self.map.get(k)
    }
    pub fn insert(&mut self, k: Key, v: Value) {
        self.python_keys |= k.python;
        self.map.insert(k, v);
    }
    pub fn remove(&mut self, k: &Key) -> Option<Value> {
        let i = self.map.get_index_of(k)?;
        Some(self.remove_at(i))
    }
    /// Removes the live entry at position `i`; its value.
    fn remove_at(&mut self, i: usize) -> Value {
        if i + 1 == self.map.len() {
            let (_, v) = self.map.pop().expect("the last entry");
            self.drop_dead_tail();
            return v;
        }
        self.tombs += 1;
        let tomb = Key {
            value: Value::Null,
            hash: self.tombs as i64,
            python: false,
        };
        if self.map.replace_index(i, tomb).is_err() {
            unreachable!("tombstone hashes are unique within a dict");
        }
        self.dead += 1;
        let v = std::mem::replace(&mut self.map[i], Value::Null);
        if self.dead > 8 && self.dead > self.len() {
            self.map.retain(|k, _| !k.is_dead());
            self.forget_tombstones();
        }
        v
    }
    /// Pops tombstones off the end, so that the last entry is live (or the map empty).
    fn drop_dead_tail(&mut self) {
        while self.dead > 0 && self.map.last().is_some_and(|(k, _)| k.is_dead()) {
            self.map.pop();
            self.dead -= 1;
        }
        if self.dead == 0 {
            self.forget_tombstones();
        }
        self.head = self.head.min(self.map.len());
    }
    fn forget_tombstones(&mut self) {
        self.dead = 0;
        self.head = 0;
        self.tombs = 0;
    }
    /// `dict.popitem()`: the newest entry, removed.
    pub fn pop_last(&mut self) -> Option<(Key, Value)> {
        let last = self.map.pop()?;
        self.drop_dead_tail();
        Some(last)
    }
    /// `set.pop()`: the oldest entry, removed.
    pub fn pop_first(&mut self) -> Option<(Key, Value)> {
        let (i, _, _) = self.next_live(self.head)?;
        self.head = i + 1;
        let key = self.map.get_index(i).map(|(k, _)| k.clone())?;
        let v = self.remove_at(i);
        Some((key, v))
    }
    pub fn contains(&self, k: &Key) -> bool {
        self.map.contains_key(k)
    }
    pub fn clear(&mut self) {
        self.map.clear();
        self.python_keys = false;
        self.forget_tombstones();
    }
    /// `d[name]` for a string key (an instance's attributes).
    pub fn get_str(&self, name: &str) -> Option<&Value> {
        self.map.get(&StrKey(name))
    }
    pub fn set_str(&mut self, name: &str, v: Value) {
        match self.map.get_mut(&StrKey(name)) {
            Some(slot) => *slot = v,
            None => {
                self.map.insert(Key::str(name), v);
            }
        }
    }
    pub fn remove_str(&mut self, name: &str) -> Option<Value> {
        let i = self.map.get_index_of(&StrKey(name))?;
        Some(self.remove_at(i))
    }
    /// The live entries, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = (&Key, &Value)> {
        self.map.iter().filter(|(k, _)| !k.is_dead())
    }
    /// The live keys, oldest first.
    pub fn key_iter(&self) -> impl Iterator<Item = &Key> {
        self.map.keys().filter(|k| !k.is_dead())
    }
    /// Positions in the table, tombstones included (where iterators stand).
    pub fn raw_len(&self) -> usize {
        self.map.len()
    }
    /// The first live entry at position `from` or after: its position, key and value.
    pub fn next_live(&self, from: usize) -> Option<(usize, &Key, &Value)> {
        (from..self.map.len()).find_map(|i| {
            let (k, v) = self.map.get_index(i)?;
            (!k.is_dead()).then_some((i, k, v))
        })
    }
    pub fn keys(&self) -> Vec<Value> {
        self.key_iter().map(|k| k.value.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|(_, v)| v.clone()).collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|(k, v)| (k.value.clone(), v.clone()))
            .collect()
    }
    /// The entries with their keys as keys (merging one dict into another).
    pub fn entries(&self) -> Vec<(Key, Value)> {
        self.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(v: Value) -> Key {
        Key::native(v).expect("hashable")
    }

    #[test]
    fn ints_floats_and_bools_are_one_key() {
        let mut d = Dict::new();
        d.insert(key(Value::Int(1)), Value::str("int"));
        d.insert(key(Value::Float(1.0)), Value::str("float"));
        d.insert(key(Value::Bool(true)), Value::str("bool"));
        assert_eq!(d.len(), 1);
        assert!(d.contains(&key(Value::Int(1))));
        assert!(!d.contains(&key(Value::Float(1.5))));
    }

    #[test]
    fn lists_are_unhashable() {
        assert_eq!(native_hash(&Value::list(vec![])).unwrap_err(), "list");
        assert!(Key::native(Value::tuple(vec![Value::list(vec![])])).is_none());
    }

    #[test]
    fn python_hashes_are_cpythons() {
        assert_eq!(key(Value::Int(-1)).hash(), -2);
        assert_eq!(key(Value::Float(2.5)).hash(), 1152921504606846978);
        assert_eq!(
            key(Value::tuple(vec![Value::Int(1), Value::Int(2)])).hash(),
            -3550055125485641917
        );
        assert_eq!(frozenset_hash(std::iter::empty()), 133146708735736);
        assert_eq!(frozenset_hash([1, 2].into_iter()), -1826646154956904602);
    }

    #[test]
    fn same_hash_lists_colliding_keys_in_order() {
        let mut d = Dict::new();
        d.insert(key(Value::Int(5)), Value::None);
        d.insert(key(Value::str("x")), Value::None);
        d.insert(key(Value::Float(5.0)), Value::None);
        let found = d.same_hash(&key(Value::Int(5)));
        assert_eq!(found.len(), 1);
        assert!(matches!(found[0].value(), Value::Int(5)));
        assert!(d.get_str("x").is_some());
    }

    fn ints(d: &Dict) -> Vec<i64> {
        d.keys()
            .iter()
            .map(|k| if let Value::Int(i) = k { *i } else { -1 })
            .collect()
    }

    #[test]
    fn deleting_leaves_tombstones_that_nothing_sees() {
        let mut d = Dict::new();
        for i in 0..6 {
            d.insert(key(Value::Int(i)), Value::Int(i * 10));
        }
        assert!(d.remove(&key(Value::Int(1))).is_some());
        assert!(d.remove(&key(Value::Int(3))).is_some());
        assert!(d.remove(&key(Value::Int(3))).is_none());
        assert_eq!(d.len(), 4);
        assert_eq!(d.raw_len(), 6, "deleting in the middle keeps positions");
        assert_eq!(ints(&d), vec![0, 2, 4, 5]);
        assert!(!d.contains(&key(Value::Int(1))));
        // A deleted key comes back at the end, as in CPython.
        d.insert(key(Value::Int(1)), Value::None);
        assert_eq!(ints(&d), vec![0, 2, 4, 5, 1]);
        assert_eq!(d.next_live(1).map(|(i, _, _)| i), Some(2));
        assert!(d.same_hash(&key(Value::Int(3))).is_empty());
    }

    #[test]
    fn popping_takes_the_ends_and_drops_tombstones_behind_them() {
        let mut d = Dict::new();
        for i in 0..5 {
            d.insert(key(Value::Int(i)), Value::None);
        }
        d.remove(&key(Value::Int(3)));
        let (k, _) = d.pop_last().unwrap();
        assert!(matches!(k.value(), Value::Int(4)));
        assert_eq!(
            d.raw_len(),
            3,
            "the tombstone before the last entry went with it"
        );
        let (k, _) = d.pop_first().unwrap();
        assert!(matches!(k.value(), Value::Int(0)));
        let (k, _) = d.pop_first().unwrap();
        assert!(matches!(k.value(), Value::Int(1)));
        assert_eq!(ints(&d), vec![2]);
        d.pop_first().unwrap();
        assert!(d.is_empty() && d.pop_first().is_none() && d.pop_last().is_none());
    }

    #[test]
    fn many_deletions_compact_the_table() {
        let mut d = Dict::new();
        for i in 0..1000 {
            d.insert(key(Value::Int(i)), Value::None);
        }
        for i in 0..990 {
            d.remove(&key(Value::Int(i)));
        }
        assert_eq!(d.len(), 10);
        assert!(d.raw_len() <= 2 * d.len() + 9, "{}", d.raw_len());
        assert_eq!(ints(&d), (990..1000).collect::<Vec<_>>());
        for i in 990..1000 {
            assert!(d.contains(&key(Value::Int(i))));
        }
    }

    #[test]
    fn delete_keeps_order() {
        let mut d = Dict::new();
        for i in 0..4 {
            d.insert(key(Value::Int(i)), Value::None);
        }
        d.remove(&key(Value::Int(1)));
        let keys: Vec<i64> = d
            .keys()
            .iter()
            .map(|k| if let Value::Int(i) = k { *i } else { -1 })
            .collect();
        assert_eq!(keys, vec![0, 2, 3]);
    }
}
