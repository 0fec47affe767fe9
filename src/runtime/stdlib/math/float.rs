//! `math`'s float algorithms, pure and bit-exact with CPython 3.11 on glibc: the special
//! cases its C code handles before (or instead of) calling libm, `fsum`'s exact summation,
//! the scaled and corrected norm behind `hypot`/`dist`, and the bit-level helpers
//! (`frexp`, `ldexp`, `nextafter`, `ulp`).

use crate::runtime::numeric::num::PyErr;

/// What CPython reports through `errno`: EDOM as ValueError, ERANGE as OverflowError.
pub fn domain() -> PyErr {
    PyErr::value("math domain error")
}

pub fn range() -> PyErr {
    PyErr::overflow("math range error")
}

// libm functions Rust's std implements itself (differently from glibc) or lacks.
extern "C" {
    #[link_name = "asinh"]
    fn c_asinh(x: f64) -> f64;
    #[link_name = "acosh"]
    fn c_acosh(x: f64) -> f64;
    #[link_name = "atanh"]
    fn c_atanh(x: f64) -> f64;
    #[link_name = "erf"]
    fn c_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn c_erfc(x: f64) -> f64;
}

// Rust links its own `cbrt` into the binary, which rounds differently from glibc's (CPython
// says `cbrt(27) == 3.0000000000000004`), so glibc's is named by its symbol version.
#[cfg(all(target_os = "linux", target_env = "gnu", target_arch = "x86_64"))]
extern "C" {
    #[link_name = "cbrt@GLIBC_2.2.5"]
    fn c_cbrt(x: f64) -> f64;
}

#[cfg(all(target_os = "linux", target_env = "gnu", target_arch = "x86_64"))]
pub fn cbrt(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double.
    unsafe { c_cbrt(x) }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu", target_arch = "x86_64")))]
pub fn cbrt(x: f64) -> f64 {
    x.cbrt()
}

pub fn asinh(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double.
    unsafe { c_asinh(x) }
}
pub fn acosh(x: f64) -> f64 {
    // SAFETY: as above.
    unsafe { c_acosh(x) }
}
pub fn atanh(x: f64) -> f64 {
    // SAFETY: as above.
    unsafe { c_atanh(x) }
}
pub fn erf(x: f64) -> f64 {
    // SAFETY: as above.
    unsafe { c_erf(x) }
}
pub fn erfc(x: f64) -> f64 {
    // SAFETY: as above.
    unsafe { c_erfc(x) }
}

/// CPython's `math_1`: a libm result that is NaN from a non-NaN argument is a domain error;
/// an infinite one from a finite argument is an overflow where the function can overflow
/// (`exp`, `cosh`, …) and a domain error where it cannot (`log1p(-1)`, `atanh(1)`).
pub fn checked_1(x: f64, r: f64, can_overflow: bool) -> Result<f64, PyErr> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(r)
}

/// CPython's `math_2`, the same checks for two arguments.
pub fn checked_2(x: f64, y: f64, r: f64) -> Result<f64, PyErr> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range());
    }
    Ok(r)
}

/// `math.pow`: C99's special values decided here, finite powers left to libm.
pub fn pow(x: f64, y: f64) -> Result<f64, PyErr> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() {
        // 0 ** negative divides by zero; anything else overflowed.
        return Err(if x == 0.0 { domain() } else { range() });
    }
    Ok(r)
}

/// `math.fmod`: an infinite divisor leaves a finite dividend alone.
pub fn fmod(x: f64, y: f64) -> Result<f64, PyErr> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(r)
}

/// IEEE 754 remainder, as CPython computes it itself: `x - n*y` for the nearest integer `n`,
/// ties to even.
pub fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = ax % ay;
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Exactly half way: the even multiple wins.
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.modf`: fractional and integral parts, both carrying the sign of `x`.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let int = x.trunc();
    ((x - int).copysign(x), int)
}

/// `math.frexp`: `x == m * 2**e` with `0.5 <= |m| < 1`; zeros, infinities and NaN as given.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, biased - 1022)
}

/// `x * 2**n` correctly rounded (also into the subnormals, rounding once).
pub fn scalbn(mut x: f64, mut n: i64) -> f64 {
    let two_1023 = f64::from_bits(0x7fe0_0000_0000_0000);
    // 2**-1022 * 2**53: stepping down by it keeps the last step above the subnormals'
    // rounding, so the result is rounded only once.
    let down = f64::from_bits(0x0010_0000_0000_0000) * f64::from_bits(0x4340_0000_0000_0000);
    if n > 1023 {
        x *= two_1023;
        n -= 1023;
        if n > 1023 {
            x *= two_1023;
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        x *= down;
        n += 1022 - 53;
        if n < -1022 {
            x *= down;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    x * f64::from_bits(((0x3ff + n) as u64) << 52)
}

/// `math.ldexp`.
pub fn ldexp(x: f64, exp: Option<i64>, exp_positive: bool) -> Result<f64, PyErr> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    let r = match exp {
        Some(e) if e > i32::MAX as i64 => return Err(range()),
        Some(e) if e < i32::MIN as i64 => 0.0f64.copysign(x),
        Some(e) => scalbn(x, e),
        None if exp_positive => return Err(range()),
        None => 0.0f64.copysign(x),
    };
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

/// The next float after `x` towards `y`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away_from_zero = (y > x) == (x > 0.0);
    f64::from_bits(if away_from_zero { bits + 1 } else { bits - 1 })
}

/// `math.ulp`: the gap from `|x|` to the next float up (down, for the largest float).
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let up = nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return x - nextafter(x, f64::NEG_INFINITY);
    }
    up - x
}

/// `math.isclose` once the tolerances are known to be non-negative.
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> bool {
    if a == b {
        return true;
    }
    if a.is_infinite() || b.is_infinite() {
        return false;
    }
    let diff = (b - a).abs();
    diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol
}

/// A double-length number `hi + lo` with `|lo|` below half an ulp of `hi`.
struct DoubleLength {
    hi: f64,
    lo: f64,
}

/// `a + b` exactly, given `|a| >= |b|`.
fn fast_two_sum(a: f64, b: f64) -> DoubleLength {
    let hi = a + b;
    DoubleLength {
        hi,
        lo: (a - hi) + b,
    }
}

/// Veltkamp's split of `x` into two halves of 26 bits each.
fn split(x: f64) -> DoubleLength {
    let t = x * 134217729.0; // 2**27 + 1
    let hi = t - (t - x);
    DoubleLength { hi, lo: x - hi }
}

/// Dekker's exact product `x * y` as hi + lo.
fn two_product(x: f64, y: f64) -> DoubleLength {
    let (xx, yy) = (split(x), split(y));
    let p = xx.hi * yy.hi;
    let q = xx.hi * yy.lo + xx.lo * yy.hi;
    let z = p + q;
    DoubleLength {
        hi: z,
        lo: p - z + q + xx.lo * yy.lo,
    }
}

/// The Euclidean norm of `vec` (absolute values, `max` the largest), as CPython 3.11's
/// `vector_norm`: scaled by a power of two so squares cannot overflow, squares summed with
/// their rounding errors kept apart, then one Newton correction of the square root.
pub fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        // Too small to scale by 2**-max_e in one go: make the subnormals normal first.
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = scalbn(1.0, -(max_e as i64));
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in vec.iter() {
        let x = x * scale;
        let pr = two_product(x, x);
        let sm = fast_two_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let pr = two_product(-h, h);
    let sm = fast_two_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// `math.fsum`'s state: Shewchuk's non-overlapping partials, plus the infinities and NaNs
/// seen (which end exact summation).
#[derive(Default)]
pub struct ExactSum {
    partials: Vec<f64>,
    special: f64,
    infinities: f64,
}

impl ExactSum {
    pub fn add(&mut self, value: f64) -> Result<(), PyErr> {
        let mut x = value;
        let mut kept = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        self.partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // Either the input was special or the partials overflowed.
                if value.is_finite() {
                    return Err(PyErr::overflow("intermediate overflow in fsum"));
                }
                if value.is_infinite() {
                    self.infinities += value;
                }
                self.special += value;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded sum.
    pub fn total(&self) -> Result<f64, PyErr> {
        if self.special != 0.0 {
            if self.infinities.is_nan() {
                return Err(PyErr::value("-inf + inf in fsum"));
            }
            return Ok(self.special);
        }
        let p = &self.partials;
        let mut n = p.len();
        if n == 0 {
            return Ok(0.0);
        }
        n -= 1;
        let mut hi = p[n];
        let mut lo = 0.0;
        // Add from the largest partial down until the sum stops being exact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Round half to even across the remaining partials.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
        Ok(hi)
    }
}
