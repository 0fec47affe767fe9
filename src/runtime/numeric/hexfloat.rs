//! `float.hex()` and `float.fromhex()`: floats written in base 16 with a binary exponent.

use num_bigint::BigUint;
use num_traits::{One, ToPrimitive, Zero};

use super::num::{PyErr, PyResult};

/// `x.hex()`: `0x1.8000000000000p+0` for 1.5. A normal float prints its hidden leading 1
/// and the 52 fraction bits as 13 hex digits; a subnormal prints 0 and the exponent of the
/// smallest normal, so every finite float has exactly one spelling.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let fraction = bits & ((1u64 << 52) - 1);
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{fraction:013x}p{exp:+}")
}

/// `float.fromhex(text)`: the nearest float (ties to even) to a hexadecimal literal with
/// an optional `0x`, fraction and `p` exponent, or `inf`/`infinity`/`nan` in any case.
pub fn float_fromhex(text: &str) -> PyResult<f64> {
    let invalid = || PyErr::value("invalid hexadecimal floating-point string");
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let signed = |v: f64| if negative { -v } else { v };
    let lower = s.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits_part, exp_part) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_digits, frac_digits) = match digits_part.find('.') {
        Some(i) => (&digits_part[..i], &digits_part[i + 1..]),
        None => (digits_part, ""),
    };
    if int_digits.is_empty() && frac_digits.is_empty() {
        return Err(invalid());
    }
    let mut mantissa = BigUint::zero();
    for c in int_digits.chars().chain(frac_digits.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        mantissa = (mantissa << 4u32) + BigUint::from(d);
    }
    let mut exp: i64 = match exp_part {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            // Exponents beyond any float's range only need to stay beyond it.
            let clipped = digits
                .parse::<i64>()
                .unwrap_or(i64::MAX / 4)
                .min(i64::MAX / 4);
            if e.starts_with('-') {
                -clipped
            } else {
                clipped
            }
        }
    };
    exp -= 4 * frac_digits.len() as i64;
    if mantissa.is_zero() {
        return Ok(signed(0.0));
    }
    // The value is mantissa * 2**exp, with 2**(top-1) <= value < 2**top.
    let top = mantissa.bits() as i64 + exp;
    if top > 1024 {
        return Err(too_large());
    }
    // Keep 53 significant bits, fewer for subnormals (whose last bit is 2**-1074).
    let low = (top - 53).max(-1074);
    let shift = low - exp;
    let kept = if shift > 0 {
        let shift = shift as u64;
        let mut kept: BigUint = &mantissa >> shift;
        let rest = &mantissa - (&kept << shift);
        let half = BigUint::one() << (shift - 1);
        if rest > half || (rest == half && kept.bit(0)) {
            kept += 1u32;
        }
        kept
    } else {
        mantissa << ((-shift) as u64)
    };
    let value = scale(kept.to_f64().unwrap_or(f64::INFINITY), low);
    if value.is_infinite() {
        return Err(too_large());
    }
    Ok(signed(value))
}

fn too_large() -> PyErr {
    PyErr::overflow("hexadecimal value too large to represent as a float")
}

/// `x * 2**exp` for an `x` of at most 54 bits whose product is representable: each step
/// multiplies by a power of two that is itself a normal float, so none rounds.
fn scale(mut x: f64, mut exp: i64) -> f64 {
    while exp > 1000 {
        x *= 2f64.powi(1000);
        exp -= 1000;
    }
    while exp < -1000 {
        x *= 2f64.powi(-1000);
        exp += 1000;
    }
    x * 2f64.powi(exp as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_spells_normals_subnormals_and_specials_as_cpython() {
        assert_eq!(float_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_hex(-0.1), "-0x1.999999999999ap-4");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(f64::MAX), "0x1.fffffffffffffp+1023");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_hex(f64::NEG_INFINITY), "-inf");
    }

    #[test]
    fn fromhex_rounds_to_nearest_even_and_reports_overflow() {
        assert_eq!(float_fromhex("0x1.8p1").unwrap(), 3.0);
        assert_eq!(float_fromhex("  -0X.8p-1 ").unwrap(), -0.25);
        assert_eq!(float_fromhex("1").unwrap(), 1.0);
        assert_eq!(float_fromhex("0x0.0000000000001p-1022").unwrap(), 5e-324);
        // 2**53 + 1 is a tie between 2**53 and 2**53 + 2: even wins.
        assert_eq!(
            float_fromhex("0x20000000000001").unwrap(),
            9007199254740992.0
        );
        assert_eq!(
            float_fromhex("0x20000000000003").unwrap(),
            9007199254740996.0
        );
        assert_eq!(float_fromhex("0x1p-1075").unwrap(), 0.0);
        assert_eq!(float_fromhex("0x1.8p-1075").unwrap(), 5e-324);
        assert_eq!(float_fromhex("INFINITY").unwrap(), f64::INFINITY);
        assert!(float_fromhex("0x1p1024").is_err());
        assert!(float_fromhex("0x1.fffffffffffff8p1023").is_err());
        assert!(float_fromhex("0x").is_err());
        assert!(float_fromhex("0x1.2q").is_err());
        for x in [0.1, 1e300, 2.5e-310, 123456.789, f64::MIN_POSITIVE] {
            assert_eq!(float_fromhex(&float_hex(x)).unwrap(), x);
        }
    }
}
