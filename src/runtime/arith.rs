//! Float and mixed int/float arithmetic with CPython's exact semantics.

use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

/// Converts an int to the nearest float, or says it is too large.
pub fn bigint_to_f64(b: &BigInt) -> Result<f64, String> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err("int too large to convert to float".to_string()),
    }
}

/// `a / b` for ints, correctly rounded like CPython (even when both are huge).
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, String> {
    debug_assert!(!b.is_zero());
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(x as f64 / y as f64);
        }
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the quotient has 55 bits, keep a sticky bit for the remainder, then let the
    // u64 → f64 conversion round to nearest-even.
    let shift: i64 = 55 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 { (a << shift as usize, b) } else { (a, b << (-shift) as usize) };
    let (q, r) = num_integer::Integer::div_rem(&num, &den);
    let mut q = q.to_u64().expect("quotient has at most 56 bits");
    if !r.is_zero() {
        q |= 1;
    }
    let exp = -shift;
    let mut x = q as f64;
    // Apply the power of two in steps to avoid intermediate overflow/underflow.
    let mut e = exp;
    while e > 0 {
        let step = e.min(1000);
        x *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        x /= 2f64.powi(step as i32);
        e += step;
    }
    if x.is_infinite() {
        return Err("integer division result too large for a float".to_string());
    }
    Ok(if negative { -x } else { x })
}

/// `a % b` for floats: the result takes the sign of `b` (CPython's float_rem).
pub fn float_mod(a: f64, b: f64) -> f64 {
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    m
}

/// `a // b` for floats (CPython's float_floor_div via float_divmod).
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let mut fl = div.floor();
        if div - fl > 0.5 {
            fl += 1.0;
        }
        fl
    } else {
        0.0f64.copysign(a / b)
    }
}

/// Why a float power failed.
pub enum PowError {
    ZeroDivision,
    Overflow,
    Complex,
}

/// `a ** b` for floats with CPython's errors.
pub fn float_pow(a: f64, b: f64) -> Result<f64, (PowError, String)> {
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err((PowError::ZeroDivision, "0.0 cannot be raised to a negative power".into()));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        return Err((PowError::Complex, "complex numbers are not supported by coroviz (a negative number raised to a fractional power)".into()));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err((PowError::Overflow, "(34, 'Numerical result out of range')".into()));
    }
    Ok(r)
}

/// Compares a float with an int exactly (`2**53 + 1 > 2.0**53`).
pub fn cmp_float_int(f: f64, i: &BigInt) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Greater } else { Ordering::Less });
    }
    let t = f.trunc();
    let ti = BigInt::from_f64(t).expect("finite");
    match ti.cmp(i) {
        Ordering::Equal => {
            let frac = f - t;
            Some(if frac > 0.0 {
                Ordering::Greater
            } else if frac < 0.0 {
                Ordering::Less
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn true_division_is_correctly_rounded() {
        let a = num_traits::pow::Pow::pow(BigInt::from(10), 400u32);
        let b = num_traits::pow::Pow::pow(BigInt::from(10), 399u32);
        assert_eq!(int_true_div(&a, &b).unwrap(), 10.0);
        assert_eq!(int_true_div(&BigInt::from(1), &BigInt::from(3)).unwrap(), 1.0 / 3.0);
        assert_eq!(int_true_div(&BigInt::from(-7), &BigInt::from(2)).unwrap(), -3.5);
    }

    #[test]
    fn float_modulo_and_floor_division_follow_python() {
        assert_eq!(float_mod(7.5, -2.0), -0.5);
        assert_eq!(float_mod(-7.5, 2.0), 0.5);
        assert_eq!(float_floordiv(-7.5, 2.0), -4.0);
        assert_eq!(float_floordiv(7.0, 2.0), 3.0);
    }

    #[test]
    fn float_int_comparison_is_exact() {
        let big = BigInt::from(2i64.pow(53) + 1);
        assert_eq!(cmp_float_int(2f64.powi(53), &big), Some(Ordering::Less));
        assert_eq!(cmp_float_int(2.5, &BigInt::from(2)), Some(Ordering::Greater));
        assert_eq!(cmp_float_int(f64::NAN, &BigInt::from(2)), None);
    }
}
