//! Python 3.11 int and float semantics: division, powers, rounding, conversions, parsing, hashing.
//!
//! Ints are `i64` in the VM and `BigInt` once they overflow; every function here takes the
//! `BigInt` form, and the hot ones (`//`, `%`, `**`, `/`, comparisons, hashing) also have an
//! `i64` fast path. Results that may be small are returned as `BigInt`: the VM narrows them.
//! `&`, `|`, `^`, `!` (as `~`) and `>>` on `BigInt` already follow Python's two's-complement
//! semantics for negatives (num-bigint 0.4); the wrappers below only add Python's errors.

use std::cmp::Ordering;
use std::fmt;

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

/// The Python exception class an operation raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PyErrKind {
    ValueError,
    OverflowError,
    ZeroDivisionError,
    TypeError,
    /// `random.choice([])`.
    IndexError,
    /// Where CPython would try to build an absurdly large int or string (see [`MAX_INT_BITS`]).
    MemoryError,
}

impl PyErrKind {
    /// The exception class name, as a traceback prints it.
    pub fn name(self) -> &'static str {
        match self {
            PyErrKind::ValueError => "ValueError",
            PyErrKind::OverflowError => "OverflowError",
            PyErrKind::ZeroDivisionError => "ZeroDivisionError",
            PyErrKind::TypeError => "TypeError",
            PyErrKind::IndexError => "IndexError",
            PyErrKind::MemoryError => "MemoryError",
        }
    }
}

/// A Python exception raised by a numeric or formatting operation; `msg` is CPython's exact text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyErr {
    pub kind: PyErrKind,
    pub msg: String,
}

impl PyErr {
    pub fn new(kind: PyErrKind, msg: impl Into<String>) -> PyErr {
        PyErr {
            kind,
            msg: msg.into(),
        }
    }
    pub(crate) fn value(msg: impl Into<String>) -> PyErr {
        PyErr::new(PyErrKind::ValueError, msg)
    }
    pub(crate) fn overflow(msg: impl Into<String>) -> PyErr {
        PyErr::new(PyErrKind::OverflowError, msg)
    }
    pub(crate) fn zero_division(msg: impl Into<String>) -> PyErr {
        PyErr::new(PyErrKind::ZeroDivisionError, msg)
    }
    pub(crate) fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(PyErrKind::TypeError, msg)
    }
    pub(crate) fn memory() -> PyErr {
        PyErr::new(PyErrKind::MemoryError, "")
    }
}

/// The last line of a traceback: `ValueError: msg`, or the bare class name for an empty message.
impl fmt::Display for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.msg.is_empty() {
            f.write_str(self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.msg)
        }
    }
}

impl std::error::Error for PyErr {}

pub type PyResult<T> = Result<T, PyErr>;

/// Ints larger than this many bits are refused with `MemoryError` (CPython would try, for minutes).
pub const MAX_INT_BITS: u64 = 1 << 28;

/// CPython's `sys.int_info.default_max_str_digits`: the most decimal digits `int <-> str` converts.
pub const MAX_STR_DIGITS: usize = 4300;

const FLOOR_DIV_ZERO: &str = "integer division or modulo by zero";

// ---------------------------------------------------------------- floor division and modulo

/// `a // b`; `Ok(None)` when the result does not fit (`i64::MIN // -1`).
pub fn i64_floordiv(a: i64, b: i64) -> PyResult<Option<i64>> {
    if b == 0 {
        return Err(PyErr::zero_division(FLOOR_DIV_ZERO));
    }
    Ok(a.checked_div(b).map(|q| {
        if (a % b != 0) && ((a < 0) != (b < 0)) {
            q - 1
        } else {
            q
        }
    }))
}

/// `a % b`, with the sign of `b`.
pub fn i64_mod(a: i64, b: i64) -> PyResult<i64> {
    if b == 0 {
        return Err(PyErr::zero_division("integer modulo by zero"));
    }
    let r = a.wrapping_rem(b);
    Ok(if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    })
}

/// `a // b`.
pub fn int_floordiv(a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    if b.is_zero() {
        return Err(PyErr::zero_division(FLOOR_DIV_ZERO));
    }
    Ok(a.div_floor(b))
}

/// `a % b`.
pub fn int_mod(a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    if b.is_zero() {
        return Err(PyErr::zero_division("integer modulo by zero"));
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)`.
pub fn int_divmod(a: &BigInt, b: &BigInt) -> PyResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(PyErr::zero_division(FLOOR_DIV_ZERO));
    }
    Ok(a.div_mod_floor(b))
}

/// `a / b` for floats.
pub fn float_truediv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// CPython's `_float_div_mod`: the floor quotient snapped to an integer, the remainder signed like `w`.
fn float_div_mod(v: f64, w: f64) -> (f64, f64) {
    let mut m = v % w;
    let mut div = (v - m) / w;
    if m != 0.0 {
        if (w < 0.0) != (m < 0.0) {
            m += w;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(w);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(v / w)
    };
    (floordiv, m)
}

/// `a // b` for floats.
pub fn float_floordiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::zero_division("float floor division by zero"));
    }
    Ok(float_div_mod(a, b).0)
}

/// `a % b` for floats (CPython's `float_rem`).
pub fn float_mod(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::zero_division("float modulo"));
    }
    let m = a % b;
    Ok(if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    })
}

/// `divmod(a, b)` for floats.
pub fn float_divmod(a: f64, b: f64) -> PyResult<(f64, f64)> {
    if b == 0.0 {
        return Err(PyErr::zero_division("float divmod()"));
    }
    Ok(float_div_mod(a, b))
}

// ---------------------------------------------------------------- powers

/// The result of `int ** int`: an int, or a float for a negative exponent.
#[derive(Clone, Debug, PartialEq)]
pub enum IntPow {
    Int(BigInt),
    Float(f64),
}

/// `base ** exp` when `exp >= 0` and the result fits; `None` means "use [`int_pow`]".
pub fn i64_pow(base: i64, exp: i64) -> Option<i64> {
    let exp = u32::try_from(exp).ok()?;
    base.checked_pow(exp)
}

/// `base ** exp` for ints: a negative exponent gives a float, as in CPython.
pub fn int_pow(base: &BigInt, exp: &BigInt) -> PyResult<IntPow> {
    if exp.is_negative() {
        return float_pow(int_to_f64(base)?, int_to_f64(exp)?).map(IntPow::Float);
    }
    if base.is_zero() || base.is_one() || exp.is_zero() {
        return Ok(IntPow::Int(if exp.is_zero() || base.is_one() {
            BigInt::one()
        } else {
            BigInt::zero()
        }));
    }
    if base.magnitude().is_one() {
        // -1 ** exp
        return Ok(IntPow::Int(if exp.is_odd() {
            -BigInt::one()
        } else {
            BigInt::one()
        }));
    }
    let bits = base.bits();
    let exp = exp
        .to_u64()
        .filter(|e| e.saturating_mul(bits.saturating_sub(1).max(1)) <= MAX_INT_BITS);
    match exp.and_then(|e| u32::try_from(e).ok()) {
        Some(e) => Ok(IntPow::Int(num_traits::pow::Pow::pow(base, e))),
        None => Err(PyErr::memory()),
    }
}

/// `pow(base, exp, modulus)`; a negative exponent uses the modular inverse (Python 3.8+).
pub fn int_pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> PyResult<BigInt> {
    if modulus.is_zero() {
        return Err(PyErr::value("pow() 3rd argument cannot be 0"));
    }
    if modulus.magnitude().is_one() {
        return Ok(BigInt::zero());
    }
    if exp.is_negative() {
        let inverse = base
            .mod_floor(modulus)
            .modinv(modulus)
            .ok_or_else(|| PyErr::value("base is not invertible for the given modulus"))?;
        return Ok(inverse.modpow(&-exp, modulus));
    }
    Ok(base.modpow(exp, modulus))
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0 && (x / 2.0).fract() != 0.0
}

/// `a ** b` for floats, with CPython's special cases; a negative base with a fractional
/// exponent (a complex result in CPython) is a `TypeError` here.
pub fn float_pow(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(a);
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let a = a.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (b > 0.0) == (a > 1.0) {
            b.abs()
        } else {
            0.0
        });
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(if b > 0.0 {
            if odd {
                a
            } else {
                a.abs()
            }
        } else if odd {
            0.0f64.copysign(a)
        } else {
            0.0
        });
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(PyErr::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if is_odd_integer(b) { a } else { 0.0 });
    }
    let mut base = a;
    let mut negate = false;
    if base < 0.0 {
        if b != b.floor() {
            // CPython switches to complex pow, whose magnitude is |a| ** b.
            if base.abs().powf(b).is_infinite() {
                return Err(PyErr::overflow("complex exponentiation"));
            }
            return Err(PyErr::type_error(
                "complex numbers are not supported (negative number raised to a fractional power)",
            ));
        }
        base = -base;
        negate = is_odd_integer(b);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(PyErr::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

// ---------------------------------------------------------------- int <-> float

/// `2.0 ** e` for `-1074 <= e <= 1023`, exactly.
fn pow2(e: i64) -> f64 {
    debug_assert!((-1074..=1023).contains(&e));
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// The value `n * 2**e` (plus a positive amount below one unit of `n` when `sticky`), rounded
/// half-even to the nearest double; `None` on overflow. With `sticky`, `n` must carry at least two
/// bits beyond the 53 kept.
fn scaled_to_f64(n: &BigUint, e: i64, sticky: bool) -> Option<f64> {
    if n.is_zero() {
        return Some(0.0);
    }
    let bits = n.bits() as i64;
    let top = bits - 1 + e;
    if top > 1023 {
        return None;
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let mut m: u64;
    if shift <= 0 {
        debug_assert!(!sticky, "not enough bits to round with a sticky bit");
        m = (n << ((-shift) as usize)).to_u64()?;
    } else if shift > bits + 1 {
        return Some(0.0);
    } else {
        let shift = shift as u64;
        let q = n >> shift;
        m = q.to_u64()?;
        let rem = n - (&q << shift);
        let half = BigUint::one() << (shift - 1);
        match rem.cmp(&half) {
            Ordering::Greater => m += 1,
            Ordering::Equal if sticky || m & 1 == 1 => m += 1,
            _ => {}
        }
    }
    let (m, lsb) = if m == 1 << 53 {
        (1u64 << 52, lsb + 1)
    } else {
        (m, lsb)
    };
    let mbits = 64 - i64::from(m.leading_zeros());
    if mbits + lsb > 1024 {
        return None;
    }
    Some(m as f64 * pow2(lsb))
}

/// `float(a)`, correctly rounded.
pub fn int_to_f64(a: &BigInt) -> PyResult<f64> {
    if let Some(small) = a.to_i64() {
        return Ok(small as f64);
    }
    let mag = scaled_to_f64(a.magnitude(), 0, false)
        .ok_or_else(|| PyErr::overflow("int too large to convert to float"))?;
    Ok(if a.is_negative() { -mag } else { mag })
}

/// `int(x)` for a float: truncation toward zero.
pub fn f64_to_int(x: f64) -> PyResult<BigInt> {
    if x.is_nan() {
        return Err(PyErr::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    Ok(BigInt::from_f64(x.trunc()).unwrap_or_default())
}

const EXACT_F64_INT: u64 = 1 << 53;

/// `a / b` for ints: the exact quotient correctly rounded, however large the operands.
pub fn int_truediv(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(PyErr::zero_division("division by zero"));
    }
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() <= EXACT_F64_INT && y.unsigned_abs() <= EXACT_F64_INT {
            return Ok(x as f64 / y as f64);
        }
    }
    let negate = a.is_negative() != b.is_negative();
    let (na, nb) = (a.magnitude(), b.magnitude());
    let mag = if na.is_zero() {
        0.0
    } else {
        // Scale so the integer quotient has at least 55 bits, then round with a sticky bit.
        let shift = na.bits() as i64 - nb.bits() as i64 - 55;
        let (num, den) = if shift < 0 {
            (na << ((-shift) as usize), nb.clone())
        } else {
            (na.clone(), nb << (shift as usize))
        };
        let (q, r) = num.div_rem(&den);
        scaled_to_f64(&q, shift, !r.is_zero())
            .ok_or_else(|| PyErr::overflow("integer division result too large for a float"))?
    };
    Ok(if negate { -mag } else { mag })
}

/// `a / b` for small ints.
pub fn i64_truediv(a: i64, b: i64) -> PyResult<f64> {
    if b == 0 {
        return Err(PyErr::zero_division("division by zero"));
    }
    if a.unsigned_abs() <= EXACT_F64_INT && b.unsigned_abs() <= EXACT_F64_INT {
        return Ok(a as f64 / b as f64);
    }
    int_truediv(&BigInt::from(a), &BigInt::from(b))
}

/// Exact comparison of an int with a float; `None` when `b` is NaN.
pub fn cmp_int_float(a: &BigInt, b: f64) -> Option<Ordering> {
    if b.is_nan() {
        return None;
    }
    if b.is_infinite() {
        return Some(if b > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let floor = b.floor();
    let whole = BigInt::from_f64(floor)?;
    Some(match a.cmp(&whole) {
        Ordering::Equal if b > floor => Ordering::Less,
        other => other,
    })
}

/// [`cmp_int_float`] for a small int.
pub fn cmp_i64_float(a: i64, b: f64) -> Option<Ordering> {
    if a.unsigned_abs() <= EXACT_F64_INT {
        return (a as f64).partial_cmp(&b);
    }
    cmp_int_float(&BigInt::from(a), b)
}

// ---------------------------------------------------------------- rounding

/// `round(x)`: the nearest int, ties to even.
pub fn float_round_to_int(x: f64) -> PyResult<BigInt> {
    f64_to_int(x.round_ties_even())
}

/// Decompose a finite nonzero |x| into `m * 2**e` with integer `m`.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    }
}

/// `round(num / den)` for positive `den`, ties to even.
fn div_round_half_even(num: &BigUint, den: &BigUint) -> BigUint {
    let (q, r) = num.div_rem(den);
    let twice = &r << 1usize;
    match twice.cmp(den) {
        Ordering::Greater => q + 1u32,
        Ordering::Equal if q.is_odd() => q + 1u32,
        _ => q,
    }
}

/// `round(x, ndigits)`: `x` rounded half-even (on its exact binary value) to `ndigits` decimal
/// places, as CPython's dtoa-based `double_round`.
pub fn float_round(x: f64, ndigits: i64) -> PyResult<f64> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN || x == 0.0 {
        return Ok(0.0 * x);
    }
    let (m, e) = decompose(x);
    let m = BigUint::from(m);
    let mag = if ndigits >= 0 {
        if e >= 0 {
            return Ok(x);
        }
        let scale = BigUint::from(10u32).pow(ndigits as u32);
        let r = div_round_half_even(&(&m * &scale), &(BigUint::one() << ((-e) as usize)));
        int_truediv(&BigInt::from(r), &BigInt::from(scale))?
    } else {
        let scale = BigUint::from(10u32).pow((-ndigits) as u32);
        let (num, den) = if e >= 0 {
            (m << (e as usize), scale.clone())
        } else {
            (m, &scale << ((-e) as usize))
        };
        let r = div_round_half_even(&num, &den) * scale;
        scaled_to_f64(&r, 0, false)
            .ok_or_else(|| PyErr::overflow("rounded value too large to represent"))?
    };
    Ok(mag.copysign(x))
}

/// `round(a, ndigits)` for ints: unchanged for `ndigits >= 0`, else rounded half-even to a
/// multiple of `10 ** -ndigits`.
pub fn int_round(a: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 || a.is_zero() {
        return a.clone();
    }
    let k = ndigits.unsigned_abs();
    if k > a.bits() + 1 {
        // 10**k > 2 * |a|: rounds to zero.
        return BigInt::zero();
    }
    let p = BigInt::from(10u32).pow(k as u32);
    let (q, r) = a.div_mod_floor(&p);
    let twice = &r * 2u32;
    let q = match twice.cmp(&p) {
        Ordering::Greater => q + 1u32,
        Ordering::Equal if q.is_odd() => q + 1u32,
        _ => q,
    };
    q * p
}

// ---------------------------------------------------------------- bits

/// `a << n`.
pub fn int_lshift(a: &BigInt, n: &BigInt) -> PyResult<BigInt> {
    if n.is_negative() {
        return Err(PyErr::value("negative shift count"));
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    match n.to_u64() {
        Some(n) if n.saturating_add(a.bits()) <= MAX_INT_BITS => Ok(a << (n as usize)),
        _ => Err(PyErr::memory()),
    }
}

/// `a >> n` (rounds toward negative infinity).
pub fn int_rshift(a: &BigInt, n: &BigInt) -> PyResult<BigInt> {
    if n.is_negative() {
        return Err(PyErr::value("negative shift count"));
    }
    match n.to_u64() {
        Some(n) if n < a.bits() => Ok(a >> (n as usize)),
        _ => Ok(if a.is_negative() {
            -BigInt::one()
        } else {
            BigInt::zero()
        }),
    }
}

/// `a & b`.
pub fn int_and(a: &BigInt, b: &BigInt) -> BigInt {
    a & b
}

/// `a | b`.
pub fn int_or(a: &BigInt, b: &BigInt) -> BigInt {
    a | b
}

/// `a ^ b`.
pub fn int_xor(a: &BigInt, b: &BigInt) -> BigInt {
    a ^ b
}

/// `~a`.
pub fn int_invert(a: &BigInt) -> BigInt {
    -a - 1u32
}

/// `a.bit_length()`.
pub fn int_bit_length(a: &BigInt) -> u64 {
    a.bits()
}

// ---------------------------------------------------------------- hashing

/// CPython's `_PyHASH_MODULUS`, the Mersenne prime 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: i64 = 61;

fn finish_hash(h: u64, negative: bool) -> i64 {
    let h = if negative { -(h as i64) } else { h as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for a small int (also `bool`).
pub fn hash_i64(n: i64) -> i64 {
    finish_hash(n.unsigned_abs() % HASH_MODULUS, n < 0)
}

/// `hash(n)`.
pub fn hash_int(n: &BigInt) -> i64 {
    if let Some(small) = n.to_i64() {
        return hash_i64(small);
    }
    let h = (n.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0);
    finish_hash(h, n.is_negative())
}

/// `frexp(x)` for finite nonzero x: `x == m * 2**e` with `0.5 <= |m| < 1`.
fn frexp(x: f64) -> (f64, i64) {
    let (m, e) = decompose(x);
    let shift = 64 - i64::from(m.leading_zeros()); // bit length of m
    let mant = m as f64 / pow2(shift.min(1023));
    (mant.copysign(x), e + shift)
}

/// `hash(x)` for a float; equal to the int's hash when `x` is integral. `None` for NaN, whose
/// hash CPython 3.10+ takes from the object's identity.
pub fn hash_f64(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { 314_159 } else { -314_159 });
    }
    if x == 0.0 {
        return Some(0);
    }
    let (mut m, mut e) = frexp(x);
    let negative = m < 0.0;
    m = m.abs();
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & HASH_MODULUS) | (h >> (HASH_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= HASH_MODULUS {
            h -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % HASH_BITS
    } else {
        HASH_BITS - 1 - ((-1 - e) % HASH_BITS)
    };
    h = ((h << e) & HASH_MODULUS) | (h >> (HASH_BITS - e));
    Some(finish_hash(h, negative))
}

// ---------------------------------------------------------------- text -> number

/// The first code point of each run of ten Unicode decimal digits (category Nd, Unicode 14).
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a Unicode decimal digit (`'7'`, `'٣'`), as Python's `int()` and `float()` read it.
pub(crate) fn unicode_decimal(c: char) -> Option<u32> {
    let c = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= c).checked_sub(1)?;
    let d = c - DECIMAL_ZEROS[i];
    (d < 10).then_some(d)
}

/// Python's `str.isspace()`.
pub(crate) fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: spaces become `' '`, decimal digits
/// their ASCII digit, other non-ASCII characters `'?'` (never valid in a number).
fn to_ascii_number(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if is_py_space(c) {
                b' '
            } else if let Some(d) = unicode_decimal(c) {
                b'0' + d as u8
            } else {
                b'?'
            }
        })
        .collect()
}

/// C's `isspace` on ASCII, as CPython's `Py_ISSPACE`.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 37,
    }
}

fn truncate_chars(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// `int(text, base)` (base 0 reads a `0x`/`0o`/`0b` prefix), as CPython's `PyLong_FromUnicodeObject`.
pub fn parse_int(text: &str, base: i64) -> PyResult<BigInt> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(PyErr::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || {
        let repr = crate::runtime::numeric::format::str_repr(text);
        PyErr::value(format!(
            "invalid literal for int() with base {base}: {}",
            truncate_chars(&repr, 200)
        ))
    };
    let s = to_ascii_number(text);
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    let negative = at(i) == b'-';
    if matches!(at(i), b'+' | b'-') {
        i += 1;
    }
    let mut radix = base as u32;
    let mut error_if_nonzero = false;
    let prefix_letter = at(i + 1).to_ascii_lowercase();
    if radix == 0 {
        radix = match (at(i), prefix_letter) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(i) == b'0' && matches!((radix, prefix_letter), (16, b'x') | (8, b'o') | (2, b'b')) {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }
    let mut digits = Vec::new();
    let mut prev = 0u8;
    while i < s.len() && (digit_value(s[i]) < radix || s[i] == b'_') {
        if s[i] == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else {
            digits.push(s[i]);
        }
        prev = s[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    if !radix.is_power_of_two() && digits.len() > MAX_STR_DIGITS {
        return Err(PyErr::value(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    let value = BigInt::parse_bytes(&digits, radix).unwrap_or_default();
    if (error_if_nonzero && !value.is_zero()) || digits.is_empty() {
        return Err(invalid());
    }
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Err(invalid());
    }
    Ok(if negative { -value } else { value })
}

/// `str(a)` for an int, with CPython 3.11's limit of [`MAX_STR_DIGITS`] digits.
pub fn int_to_decimal(a: &BigInt) -> PyResult<String> {
    // A cheap early refusal: more than ~4300 digits is at least 14_280 bits.
    if a.bits() > 14_300 {
        return Err(str_digits_error());
    }
    let s = a.to_string();
    if s.trim_start_matches('-').len() > MAX_STR_DIGITS {
        return Err(str_digits_error());
    }
    Ok(s)
}

pub(crate) fn str_digits_error() -> PyErr {
    PyErr::value(format!(
        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Whether `s` is Python float syntax: `[sign] (inf | infinity | nan | digits [. digits] [exponent])`.
fn is_float_syntax(s: &[u8]) -> bool {
    let body = match s.first() {
        Some(b'+' | b'-') => &s[1..],
        _ => s,
    };
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_slice(), b"inf" | b"infinity" | b"nan") {
        return true;
    }
    let mut i = 0;
    let count_digits = |i: &mut usize| {
        let start = *i;
        while *i < body.len() && body[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa_digits = count_digits(&mut i);
    if body.get(i) == Some(&b'.') {
        i += 1;
        mantissa_digits += count_digits(&mut i);
    }
    if mantissa_digits == 0 {
        return false;
    }
    if matches!(body.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(body.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if count_digits(&mut i) == 0 {
            return false;
        }
    }
    i == body.len()
}

/// `float(text)`, as CPython's `PyFloat_FromString`: whitespace, underscores between digits,
/// `inf`/`infinity`/`nan` in any case; out-of-range values become `inf` or `0.0`.
pub fn parse_float(text: &str) -> PyResult<f64> {
    let invalid = || {
        PyErr::value(format!(
            "could not convert string to float: {}",
            crate::runtime::numeric::format::str_repr(text)
        ))
    };
    let mut s = to_ascii_number(text);
    if s.contains(&b'_') {
        let mut cleaned = Vec::with_capacity(s.len());
        let mut prev = 0u8;
        for &b in &s {
            if b == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(invalid());
                }
            } else {
                if prev == b'_' && !b.is_ascii_digit() {
                    return Err(invalid());
                }
                cleaned.push(b);
            }
            prev = b;
        }
        if prev == b'_' {
            return Err(invalid());
        }
        s = cleaned;
    }
    let start = s
        .iter()
        .position(|&b| !is_ascii_space(b))
        .unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|&b| !is_ascii_space(b))
        .map_or(start, |e| e + 1);
    let s = &s[start..end.max(start)];
    if !is_float_syntax(s) {
        return Err(invalid());
    }
    let s = std::str::from_utf8(s).map_err(|_| invalid())?;
    let x: f64 = s.parse().map_err(|_| invalid())?;
    Ok(if x.is_nan() && s.starts_with('-') {
        -f64::NAN
    } else {
        x
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn msg<T: fmt::Debug>(r: PyResult<T>) -> String {
        r.unwrap_err().to_string()
    }

    #[test]
    fn floor_division_and_modulo_follow_the_divisor_sign() {
        assert_eq!(i64_floordiv(-7, 2), Ok(Some(-4)));
        assert_eq!(i64_mod(-7, 2), Ok(1));
        assert_eq!(i64_mod(5, -3), Ok(-1));
        assert_eq!(i64_floordiv(i64::MIN, -1), Ok(None));
        assert_eq!(i64_mod(i64::MIN, -1), Ok(0));
        assert_eq!(
            msg(i64_floordiv(1, 0)),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        assert_eq!(
            msg(i64_mod(1, 0)),
            "ZeroDivisionError: integer modulo by zero"
        );
        assert_eq!(int_divmod(&big("-7"), &big("2")), Ok((big("-4"), big("1"))));
        assert_eq!(float_mod(7.5, -2.0), Ok(-0.5));
        assert_eq!(float_divmod(-7.5, 2.0), Ok((-4.0, 0.5)));
        assert_eq!(float_divmod(-1e-300, 1e300), Ok((-1.0, 1e300)));
        assert!(float_floordiv(0.0, -3.0).unwrap().is_sign_negative());
        assert!(float_mod(-0.0, 5.0).unwrap().is_sign_positive());
        assert_eq!(
            msg(float_floordiv(1.0, 0.0)),
            "ZeroDivisionError: float floor division by zero"
        );
        assert_eq!(msg(float_mod(1.0, 0.0)), "ZeroDivisionError: float modulo");
        assert_eq!(
            msg(float_divmod(1.0, 0.0)),
            "ZeroDivisionError: float divmod()"
        );
        assert_eq!(
            msg(float_truediv(1.0, 0.0)),
            "ZeroDivisionError: float division by zero"
        );
    }

    #[test]
    fn powers() {
        assert_eq!(i64_pow(3, 4), Some(81));
        assert_eq!(i64_pow(2, 63), None);
        assert_eq!(int_pow(&big("2"), &big("-1")), Ok(IntPow::Float(0.5)));
        assert_eq!(int_pow(&big("-2"), &big("-1")), Ok(IntPow::Float(-0.5)));
        assert_eq!(
            int_pow(&big("-1"), &big("100000000001")),
            Ok(IntPow::Int(big("-1")))
        );
        assert_eq!(
            int_pow(&big("2"), &big("100")),
            Ok(IntPow::Int(big("1267650600228229401496703205376")))
        );
        assert_eq!(
            msg(int_pow(&big("0"), &big("-1"))),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power"
        );
        assert_eq!(
            int_pow(&big("3"), &big("100000000000")).unwrap_err().kind,
            PyErrKind::MemoryError
        );
        assert_eq!(int_pow_mod(&big("3"), &big("-1"), &big("7")), Ok(big("5")));
        assert_eq!(
            int_pow_mod(&big("3"), &big("-1"), &big("-7")),
            Ok(big("-2"))
        );
        assert_eq!(int_pow_mod(&big("-3"), &big("5"), &big("7")), Ok(big("2")));
        assert_eq!(int_pow_mod(&big("3"), &big("5"), &big("-7")), Ok(big("-2")));
        assert_eq!(int_pow_mod(&big("2"), &big("0"), &big("-1")), Ok(big("0")));
        assert_eq!(
            msg(int_pow_mod(&big("2"), &big("3"), &big("0"))),
            "ValueError: pow() 3rd argument cannot be 0"
        );
        assert_eq!(
            msg(int_pow_mod(&big("0"), &big("-1"), &big("5"))),
            "ValueError: base is not invertible for the given modulus"
        );
        assert_eq!(float_pow(f64::INFINITY, 0.5), Ok(f64::INFINITY));
        assert_eq!(float_pow(f64::NEG_INFINITY, 3.0), Ok(f64::NEG_INFINITY));
        assert!(float_pow(f64::NEG_INFINITY, -3.0)
            .unwrap()
            .is_sign_negative());
        assert_eq!(float_pow(1.0, f64::NAN), Ok(1.0));
        assert_eq!(float_pow(f64::NAN, 0.0), Ok(1.0));
        assert_eq!(float_pow(-1.0, 1e300), Ok(1.0));
        assert!(float_pow(-0.0, 3.0).unwrap().is_sign_negative());
        assert_eq!(float_pow(10.0, -400.0), Ok(0.0));
        assert_eq!(
            msg(float_pow(-10.0, 309.0)),
            "OverflowError: (34, 'Numerical result out of range')"
        );
        assert_eq!(
            float_pow(-8.0, 1.0 / 3.0).unwrap_err().kind,
            PyErrKind::TypeError
        );
    }

    #[test]
    fn true_division_is_correctly_rounded() {
        let p = |e: u32| BigInt::from(10u32).pow(e);
        assert_eq!(int_truediv(&p(400), &p(399)), Ok(10.0));
        assert_eq!(int_truediv(&-p(30), &p(30)), Ok(-1.0));
        assert!(int_truediv(&big("0"), &big("-5"))
            .unwrap()
            .is_sign_negative());
        assert_eq!(
            msg(int_truediv(&(BigInt::one() << 2000usize), &big("1"))),
            "OverflowError: integer division result too large for a float"
        );
        assert_eq!(
            int_truediv(&big("1"), &(BigInt::one() << 2000usize)),
            Ok(0.0)
        );
        assert_eq!(
            int_truediv(
                &(BigInt::one() << 2000usize),
                &((BigInt::one() << 1999usize) + 1u32)
            ),
            Ok(2.0)
        );
        assert_eq!(
            int_truediv(&big("1"), &(BigInt::one() << 1074usize)),
            Ok(5e-324)
        );
        assert_eq!(
            int_truediv(&big("1"), &(BigInt::one() << 1075usize)),
            Ok(0.0)
        );
        assert_eq!(
            int_truediv(&big("3"), &(BigInt::one() << 1076usize)),
            Ok(5e-324)
        );
        // 2**53 + 1 over 1 is a tie between 2**53 and 2**53 + 2: even wins.
        assert_eq!(
            int_truediv(&big("9007199254740993"), &big("1")),
            Ok(9007199254740992.0)
        );
        assert_eq!(i64_truediv(9007199254740995, 1), Ok(9007199254740996.0));
        assert_eq!(
            msg(i64_truediv(1, 0)),
            "ZeroDivisionError: division by zero"
        );
    }

    #[test]
    fn int_float_conversions_and_comparisons() {
        assert_eq!(int_to_f64(&big("9007199254740993")), Ok(9007199254740992.0));
        assert_eq!(
            int_to_f64(&(BigInt::one() << 1023usize)),
            Ok(2f64.powi(1023))
        );
        let almost = (BigInt::one() << 1024usize) - (BigInt::one() << 970usize);
        assert_eq!(
            msg(int_to_f64(&almost)),
            "OverflowError: int too large to convert to float"
        );
        assert_eq!(int_to_f64(&(almost - 1u32)), Ok(f64::MAX));
        assert_eq!(f64_to_int(-3.9), Ok(big("-3")));
        assert_eq!(f64_to_int(1e20), Ok(big("100000000000000000000")));
        assert_eq!(
            msg(f64_to_int(f64::INFINITY)),
            "OverflowError: cannot convert float infinity to integer"
        );
        assert_eq!(
            msg(f64_to_int(f64::NAN)),
            "ValueError: cannot convert float NaN to integer"
        );
        let two53 = 9007199254740992.0;
        assert_eq!(
            cmp_int_float(&big("9007199254740993"), two53),
            Some(Ordering::Greater)
        );
        assert_eq!(
            cmp_i64_float(9007199254740993, two53),
            Some(Ordering::Greater)
        );
        assert_eq!(cmp_i64_float(-3, -2.5), Some(Ordering::Less));
        assert_eq!(cmp_i64_float(-2, -2.5), Some(Ordering::Greater));
        assert_eq!(
            cmp_int_float(&(BigInt::one() << 1024usize), f64::INFINITY),
            Some(Ordering::Less)
        );
        assert_eq!(cmp_i64_float(1, f64::NAN), None);
    }

    #[test]
    fn rounding() {
        assert_eq!(float_round_to_int(0.5), Ok(big("0")));
        assert_eq!(float_round_to_int(1.5), Ok(big("2")));
        assert_eq!(float_round_to_int(-0.5), Ok(big("0")));
        assert_eq!(float_round_to_int(2.5), Ok(big("2")));
        assert_eq!(float_round(2.675, 2), Ok(2.67));
        assert_eq!(float_round(-2.5, 0), Ok(-2.0));
        assert_eq!(float_round(1250.0, -2), Ok(1200.0));
        assert_eq!(float_round(123.456, -1), Ok(120.0));
        assert_eq!(float_round(1e300, -300), Ok(1e300));
        assert_eq!(float_round(5e-324, 400), Ok(5e-324));
        assert!(float_round(-1e-300, 5).unwrap().is_sign_negative());
        assert!(float_round(-0.0, 1).unwrap().is_sign_negative());
        assert_eq!(
            msg(float_round(1.7e308, -308)),
            "OverflowError: rounded value too large to represent"
        );
        assert_eq!(int_round(&big("1234"), -2), big("1200"));
        assert_eq!(int_round(&big("1250"), -2), big("1200"));
        assert_eq!(int_round(&big("1350"), -2), big("1400"));
        assert_eq!(int_round(&big("-1250"), -2), big("-1200"));
        assert_eq!(int_round(&big("-1350"), -2), big("-1400"));
        assert_eq!(int_round(&big("5"), -1_000_000_000), big("0"));
        assert_eq!(int_round(&big("5"), -1), big("0"));
        assert_eq!(int_round(&big("15"), -1), big("20"));
    }

    #[test]
    fn bit_operations() {
        assert_eq!(int_rshift(&big("-5"), &big("1")), Ok(big("-3")));
        assert_eq!(
            int_rshift(&big("-5"), &big("100000000000000000000")),
            Ok(big("-1"))
        );
        assert_eq!(int_and(&big("-5"), &big("3")), big("3"));
        assert_eq!(int_or(&big("-5"), &big("3")), big("-5"));
        assert_eq!(int_xor(&big("-5"), &big("3")), big("-8"));
        assert_eq!(int_invert(&big("5")), big("-6"));
        assert_eq!(int_bit_length(&big("-1")), 1);
        assert_eq!(int_bit_length(&(BigInt::one() << 64usize)), 65);
        assert_eq!(
            int_lshift(&big("-3"), &big("70")),
            Ok(big("-3541774862152233910272"))
        );
        assert_eq!(
            msg(int_lshift(&big("1"), &big("-1"))),
            "ValueError: negative shift count"
        );
        assert_eq!(
            msg(int_rshift(&big("1"), &big("-1"))),
            "ValueError: negative shift count"
        );
        assert_eq!(
            msg(int_lshift(&big("1"), &big("4611686018427387904"))),
            "MemoryError"
        );
    }

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(i64::MIN), -4);
        assert_eq!(hash_f64(1.5), Some(1152921504606846977));
        assert_eq!(hash_f64(-0.5), Some(-1152921504606846976));
        assert_eq!(hash_f64(1e300), Some(1224995262755759164));
        assert_eq!(hash_f64(5e-324), Some(16777216));
        assert_eq!(hash_f64(f64::INFINITY), Some(314159));
        assert_eq!(hash_f64(f64::NAN), None);
        assert_eq!(hash_f64(-1.0), Some(-2));
        assert_eq!(hash_int(&(BigInt::one() << 100usize)), 549755813888);
        assert_eq!(hash_int(&-(BigInt::one() << 100usize)), -549755813888);
        assert_eq!(hash_int(&big("2305843009213693951")), 0);
        assert_eq!(hash_int(&-(BigInt::one() << 61usize)), -2);
        for x in [1.0, 2.0f64.powi(80), -12345.0, 1e300] {
            assert_eq!(hash_f64(x), Some(hash_int(&f64_to_int(x).unwrap())), "{x}");
        }
    }

    #[test]
    fn parse_int_accepts_python_syntax() {
        assert_eq!(parse_int(" -1_0 ", 10), Ok(big("-10")));
        assert_eq!(parse_int("0x_1f", 0), Ok(big("31")));
        assert_eq!(parse_int("0x_1f", 16), Ok(big("31")));
        assert_eq!(parse_int("0O17", 0), Ok(big("15")));
        assert_eq!(parse_int("0b1", 16), Ok(big("177")));
        assert_eq!(parse_int("00", 0), Ok(big("0")));
        assert_eq!(parse_int("0_0", 0), Ok(big("0")));
        assert_eq!(parse_int("Z", 36), Ok(big("35")));
        assert_eq!(parse_int("\u{663}", 10), Ok(big("3")));
        assert_eq!(parse_int("\u{2003}7\u{a0}", 10), Ok(big("7")));
        assert!(parse_int("7\u{1c}", 10).is_err());
        for (text, base) in [
            ("_1", 10),
            ("1__0", 10),
            ("1_", 10),
            ("01", 0),
            ("0b", 0),
            ("0x", 16),
            ("  ", 10),
            ("+", 10),
            ("1\0", 10),
            ("1.5", 10),
        ] {
            let err = parse_int(text, base).unwrap_err();
            let repr = crate::runtime::numeric::format::str_repr(text);
            assert_eq!(
                err.msg,
                format!("invalid literal for int() with base {base}: {repr}"),
                "{text:?}"
            );
        }
        assert_eq!(
            msg(parse_int("12", 99)),
            "ValueError: int() base must be >= 2 and <= 36, or 0"
        );
        assert_eq!(
            parse_int(&"x".repeat(300), 10)
                .unwrap_err()
                .msg
                .chars()
                .count(),
            240
        );
        assert!(parse_int(&"1".repeat(5000), 10)
            .unwrap_err()
            .msg
            .contains("value has 5000 digits"));
        assert_eq!(
            parse_int(&"1".repeat(5000), 16).map(|v| v.bits()),
            Ok(19997)
        );
        assert!(msg(int_to_decimal(&BigInt::from(10u32).pow(5000)))
            .contains("Exceeds the limit (4300 digits)"));
        assert_eq!(
            int_to_decimal(&-BigInt::from(10u32).pow(4299)).map(|s| s.len()),
            Ok(4301)
        );
    }

    #[test]
    fn parse_float_accepts_python_syntax() {
        assert_eq!(parse_float(" 1.5 "), Ok(1.5));
        assert_eq!(parse_float("1_000.25"), Ok(1000.25));
        assert_eq!(parse_float("1e1_0"), Ok(1e10));
        assert_eq!(parse_float(".5"), Ok(0.5));
        assert_eq!(parse_float("5."), Ok(5.0));
        assert_eq!(parse_float("-Infinity"), Ok(f64::NEG_INFINITY));
        assert_eq!(parse_float("  -iNF  "), Ok(f64::NEG_INFINITY));
        assert!(parse_float("+nan").unwrap().is_nan());
        assert_eq!(parse_float("1e400"), Ok(f64::INFINITY));
        assert!(parse_float("-1e-400").unwrap().is_sign_negative());
        assert_eq!(parse_float("\u{661}.\u{665}"), Ok(1.5));
        for bad in [
            "1_e5", "1e_5", ".", "e5", "1e", "in_f", "infinit", "0x10", "1.5\0", "", "++1", "1__0",
            "1_.5", "1._5", "x",
        ] {
            assert_eq!(
                parse_float(bad).unwrap_err().msg,
                format!(
                    "could not convert string to float: {}",
                    crate::runtime::numeric::format::str_repr(bad)
                ),
                "{bad:?}"
            );
        }
    }
}
