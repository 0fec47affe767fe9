//! Insertion-ordered dicts (and sets) keyed by Python equality: `1 == 1.0 == True`.

use std::hash::{Hash, Hasher};

use indexmap::IndexMap;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive, Zero};

use crate::runtime::objects::value::Value;

/// A hashable value used as a dict key or set member.
///
/// Invariant: only built through [`Key::new`], so the value is hashable.
#[derive(Clone, Debug)]
pub struct Key(Value);

impl Key {
    /// Wraps `v`, or returns its type name when it is unhashable.
    pub fn new(v: Value) -> Result<Key, String> {
        check_hashable(&v)?;
        Ok(Key(v))
    }
    pub fn value(&self) -> &Value {
        &self.0
    }
    pub fn into_value(self) -> Value {
        self.0
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

fn check_hashable(v: &Value) -> Result<(), String> {
    match v {
        Value::Instance(i) if i.payload.is_some() && !key_view(v).is(v) => {
            check_hashable(key_view(v)).map_err(|_| v.type_name().to_string())
        }
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
            Err(v.type_name().to_string())
        }
        Value::Tuple(items) => items.iter().try_for_each(check_hashable),
        // A class that defines __eq__ without __hash__ sets __hash__ to None.
        Value::Instance(i) if matches!(i.class.lookup("__hash__"), Some(Value::None)) => {
            Err(v.type_name().to_string())
        }
        Value::Exception(e) if matches!(e.class.lookup("__hash__"), Some(Value::None)) => {
            Err(v.type_name().to_string())
        }
        _ => Ok(()),
    }
}

/// Equality for hashable builtin values (no user `__eq__` is involved).
pub fn hashable_eq(a: &Value, b: &Value) -> bool {
    use Value::*;
    let (a, b) = (key_view(a), key_view(b));
    match (a, b) {
        (Str(x), Str(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| hashable_eq(p, q))
        }
        _ => match (numeric(a), numeric(b)) {
            (Some(x), Some(y)) => x == y,
            (Option::None, Option::None) => a.is(b),
            _ => false,
        },
    }
}

/// A number normalised for hashing and equality between bool, int and float.
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
        hash_value(&self.0, state)
    }
}

fn hash_value<H: Hasher>(v: &Value, state: &mut H) {
    let v = key_view(v);
    match v {
        Value::Str(s) => s.hash(state),
        Value::Tuple(items) => {
            items.len().hash(state);
            for item in items.iter() {
                hash_value(item, state);
            }
        }
        _ => match numeric(v) {
            Some(Num::Small(i)) => i.hash(state),
            Some(Num::Big(b)) => {
                if b.is_zero() {
                    0i64.hash(state)
                } else {
                    b.hash(state)
                }
            }
            Some(Num::Frac(x)) => x.to_bits().hash(state),
            None => v.ptr().unwrap_or(0).hash(state),
        },
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Self) -> bool {
        hashable_eq(&self.0, &other.0)
    }
}
impl Eq for Key {}

/// A borrowed string key, looked up without allocating (attribute dicts). Hashes as the
/// `Key` of the same string does.
struct StrKey<'a>(&'a str);

impl Hash for StrKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state)
    }
}

impl indexmap::Equivalent<Key> for StrKey<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        matches!(&key.0, Value::Str(s) if **s == *self.0)
    }
}

/// A Python dict: insertion-ordered; deleting keeps the order of the rest.
#[derive(Default, Clone)]
pub struct Dict {
    pub map: IndexMap<Key, Value>,
}

impl Dict {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
    pub fn get(&self, k: &Key) -> Option<&Value> {
        self.map.get(k)
    }
    pub fn insert(&mut self, k: Key, v: Value) {
        self.map.insert(k, v);
    }
    pub fn remove(&mut self, k: &Key) -> Option<Value> {
        self.map.shift_remove(k)
    }
    pub fn contains(&self, k: &Key) -> bool {
        self.map.contains_key(k)
    }
    /// `d[name]` for a string key (an instance's attributes).
    pub fn get_str(&self, name: &str) -> Option<&Value> {
        self.map.get(&StrKey(name))
    }
    pub fn set_str(&mut self, name: &str, v: Value) {
        match self.map.get_mut(&StrKey(name)) {
            Some(slot) => *slot = v,
            None => {
                self.map.insert(Key(Value::str(name)), v);
            }
        }
    }
    pub fn remove_str(&mut self, name: &str) -> Option<Value> {
        self.map.shift_remove(&StrKey(name))
    }
    pub fn keys(&self) -> Vec<Value> {
        self.map.keys().map(|k| k.0.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.map.values().cloned().collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.map
            .iter()
            .map(|(k, v)| (k.0.clone(), v.clone()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_floats_and_bools_are_one_key() {
        let mut d = Dict::new();
        d.insert(Key::new(Value::Int(1)).unwrap(), Value::str("int"));
        d.insert(Key::new(Value::Float(1.0)).unwrap(), Value::str("float"));
        d.insert(Key::new(Value::Bool(true)).unwrap(), Value::str("bool"));
        assert_eq!(d.len(), 1);
        assert!(d.contains(&Key::new(Value::Int(1)).unwrap()));
        assert!(!d.contains(&Key::new(Value::Float(1.5)).unwrap()));
    }

    #[test]
    fn lists_are_unhashable() {
        assert_eq!(Key::new(Value::list(vec![])).unwrap_err(), "list");
        assert!(Key::new(Value::tuple(vec![Value::list(vec![])])).is_err());
    }

    #[test]
    fn delete_keeps_order() {
        let mut d = Dict::new();
        for i in 0..4 {
            d.insert(Key::new(Value::Int(i)).unwrap(), Value::None);
        }
        d.remove(&Key::new(Value::Int(1)).unwrap());
        let keys: Vec<i64> = d
            .keys()
            .iter()
            .map(|k| if let Value::Int(i) = k { *i } else { -1 })
            .collect();
        assert_eq!(keys, vec![0, 2, 3]);
    }
}
