//! The `math` module: CPython 3.11's functions with its argument checks and messages, on
//! glibc's libm (as CPython calls it, so results are bit-exact) and the algorithms of
//! `float.rs` (special values, `fsum`, `hypot`) and `int.rs` (big-int functions).

mod float;
mod int;

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::lang::bytecode::BinOp;
use crate::runtime::numeric::num::{self, PyErr};
use crate::runtime::objects::methods::{check_count, ArityStyle};
use crate::runtime::objects::value::{Args, NativeFn, Value};
use crate::runtime::stdlib::module;
use crate::runtime::vm::{PyResult, Vm};

use float::ExactSum;

pub fn make_module() -> Value {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("cos", cos),
        ("cosh", cosh),
        ("erf", erf),
        ("erfc", erfc),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("fabs", fabs),
        ("log1p", log1p),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("pow", pow),
        ("atan2", atan2),
        ("copysign", copysign),
        ("fmod", fmod),
        ("remainder", remainder),
        ("nextafter", nextafter),
        ("hypot", hypot),
        ("dist", dist),
        ("degrees", degrees),
        ("radians", radians),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isclose", isclose),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("ulp", ulp),
        ("fsum", fsum),
        ("prod", prod),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
        ("isqrt", isqrt),
        ("gcd", gcd),
        ("lcm", lcm),
    ];
    let m = module("math", funcs);
    if let Value::Module(md) = &m {
        let mut attrs = md.attrs.borrow_mut();
        for (name, v) in [
            ("pi", std::f64::consts::PI),
            ("e", std::f64::consts::E),
            ("tau", std::f64::consts::TAU),
            ("inf", f64::INFINITY),
            ("nan", f64::NAN),
        ] {
            attrs.insert(Rc::from(name), Value::Float(v));
        }
    }
    m
}

// ---------------------------------------------------------------- arguments

/// A function of one argument (`METH_O`): `math.sqrt() takes exactly one argument (0 given)`.
fn one(vm: &Vm, name: &str, args: &Args) -> PyResult<Value> {
    no_keywords(vm, name, args)?;
    check_count(
        vm,
        &format!("math.{name}"),
        args.pos.len(),
        1,
        1,
        ArityStyle::One,
    )?;
    Ok(args.pos[0].clone())
}

/// Positional arguments unpacked by count: `atan2 expected 2 arguments, got 1`.
fn unpack<'a>(
    vm: &Vm,
    name: &str,
    args: &'a Args,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_keywords(vm, name, args)?;
    check_count(vm, name, args.pos.len(), min, max, ArityStyle::Unpack)?;
    Ok(&args.pos)
}

fn no_keywords(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// `PyFloat_AsDouble`: ints convert (too large ones overflow), floats are themselves.
fn real(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => num::int_to_f64(b).map_err(|e| vm.py_err(e)),
        other => Err(vm.type_error(format!("must be real number, not {}", other.type_name()))),
    }
}

/// `__index__`: an int (bools included), or the TypeError CPython raises for anything else.
fn index(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

fn float_result(vm: &Vm, r: Result<f64, PyErr>) -> PyResult<Value> {
    r.map(Value::Float).map_err(|e| vm.py_err(e))
}

// ---------------------------------------------------------------- functions of one float

/// Defines `math.NAME(x)` as libm's function with `math_1`'s error checks.
macro_rules! unary {
    ($($name:ident => $f:expr, $can_overflow:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let x = real(vm, &one(vm, stringify!($name), &args)?)?;
            let f: fn(f64) -> f64 = $f;
            float_result(vm, float::checked_1(x, f(x), $can_overflow))
        }
    )*};
}

unary! {
    acos => f64::acos, false;
    acosh => float::acosh, false;
    asin => f64::asin, false;
    asinh => float::asinh, false;
    atan => f64::atan, false;
    atanh => float::atanh, false;
    cbrt => float::cbrt, false;
    cos => f64::cos, false;
    cosh => f64::cosh, true;
    erf => float::erf, false;
    erfc => float::erfc, false;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    fabs => f64::abs, false;
    log1p => f64::ln_1p, false;
    sin => f64::sin, false;
    sinh => f64::sinh, true;
    sqrt => f64::sqrt, false;
    tan => f64::tan, false;
    tanh => f64::tanh, false;
}

/// `floor`/`ceil`/`trunc`: ints come back unchanged, floats are rounded to an int.
fn to_integral(vm: &Vm, x: &Value, round: fn(f64) -> f64, missing: &str) -> PyResult<Value> {
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => num::f64_to_int(round(*f))
            .map(Value::int_from_big)
            .map_err(|e| vm.py_err(e)),
        other => Err(vm.type_error(missing.replace("{}", &other.type_name()))),
    }
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, "floor", &args)?;
    to_integral(vm, &x, f64::floor, "must be real number, not {}")
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, "ceil", &args)?;
    to_integral(vm, &x, f64::ceil, "must be real number, not {}")
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, "trunc", &args)?;
    to_integral(
        vm,
        &x,
        f64::trunc,
        "type {} doesn't define __trunc__ method",
    )
}

fn degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = real(vm, &one(vm, "degrees", &args)?)?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = real(vm, &one(vm, "radians", &args)?)?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        real(vm, &one(vm, "isfinite", &args)?)?.is_finite(),
    ))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        real(vm, &one(vm, "isinf", &args)?)?.is_infinite(),
    ))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(real(vm, &one(vm, "isnan", &args)?)?.is_nan()))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (frac, int) = float::modf(real(vm, &one(vm, "modf", &args)?)?);
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (m, e) = float::frexp(real(vm, &one(vm, "frexp", &args)?)?);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(float::ulp(real(vm, &one(vm, "ulp", &args)?)?)))
}

// ---------------------------------------------------------------- logarithms

/// CPython's `loghelper`: ints too large for a float are taken apart as `m * 2**e` first,
/// so `log(10**400)` works; zero and negatives are domain errors.
fn log_of(vm: &Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let checked = |x: f64| -> PyResult<f64> {
        if x.is_finite() && x <= 0.0 || x == f64::NEG_INFINITY {
            return Err(vm.py_err(float::domain()));
        }
        Ok(f(x))
    };
    match v {
        Value::BigInt(b) => {
            if !b.is_positive() {
                return Err(vm.py_err(float::domain()));
            }
            match num::int_to_f64(b) {
                Ok(x) => checked(x),
                Err(_) => {
                    let (m, e) = big_frexp(b);
                    Ok(f(m) + f(2.0) * e as f64)
                }
            }
        }
        Value::Int(i) if *i <= 0 => Err(vm.py_err(float::domain())),
        Value::Bool(false) => Err(vm.py_err(float::domain())),
        other => checked(real(vm, other)?),
    }
}

/// A positive int as `m * 2**e` with `0.5 <= m < 1`, `m` correctly rounded.
fn big_frexp(b: &BigInt) -> (f64, u64) {
    let bits = b.bits();
    let keep = 55;
    let shift = bits - keep;
    let mut top = (b >> shift).to_u64().unwrap_or(0);
    if !(b - (BigInt::from(top) << shift)).is_zero() {
        top |= 1; // a sticky bit, so the conversion below rounds as the whole number would
    }
    let m = top as f64 / (1u64 << keep) as f64;
    if m == 1.0 {
        (0.5, bits + 1)
    } else {
        (m, bits)
    }
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "log", &args)?;
    if !(1..=2).contains(&args.pos.len()) {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &args.pos[0], f64::ln)?;
    let Some(base) = args.pos.get(1) else {
        return Ok(Value::Float(num));
    };
    let den = log_of(vm, base, f64::ln)?;
    float_result(vm, num::float_truediv(num, den))
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, "log2", &args)?;
    Ok(Value::Float(log_of(vm, &x, f64::log2)?))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, "log10", &args)?;
    Ok(Value::Float(log_of(vm, &x, f64::log10)?))
}

// ---------------------------------------------------------------- functions of two floats

fn two(vm: &Vm, name: &str, args: &Args) -> PyResult<(f64, f64)> {
    let a = unpack(vm, name, args, 2, 2)?;
    Ok((real(vm, &a[0])?, real(vm, &a[1])?))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, "pow", &args)?;
    float_result(vm, float::pow(x, y))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, x) = two(vm, "atan2", &args)?;
    float_result(vm, float::checked_2(y, x, y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, "copysign", &args)?;
    float_result(vm, float::checked_2(x, y, x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, "fmod", &args)?;
    float_result(vm, float::fmod(x, y))
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, "remainder", &args)?;
    float_result(vm, float::checked_2(x, y, float::remainder(x, y)))
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, "nextafter", &args)?;
    Ok(Value::Float(float::nextafter(x, y)))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = unpack(vm, "ldexp", &args, 2, 2)?;
    let x = real(vm, &a[0])?;
    let (exp, positive) = match &a[1] {
        Value::Int(i) => (Some(*i), *i > 0),
        Value::Bool(b) => (Some(*b as i64), *b),
        Value::BigInt(b) => (None, b.is_positive()),
        _ => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    float_result(vm, float::ldexp(x, exp, positive))
}

fn isclose(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let a = args.take_kw("a").or_else(|| args.pos.first().cloned());
    let b = args.take_kw("b").or_else(|| args.pos.get(1).cloned());
    let rel = args.take_kw("rel_tol");
    let abs = args.take_kw("abs_tol");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "isclose() got an unexpected keyword argument '{k}'"
        )));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let (Some(a), Some(b)) = (&a, &b) else {
        let (name, pos) = if a.is_none() { ("a", 1) } else { ("b", 2) };
        return Err(vm.type_error(format!(
            "isclose() missing required argument '{name}' (pos {pos})"
        )));
    };
    let (a, b) = (real(vm, a)?, real(vm, b)?);
    let rel_tol = rel.map_or(Ok(1e-9), |v| real(vm, &v))?;
    let abs_tol = abs.map_or(Ok(0.0), |v| real(vm, &v))?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    Ok(Value::Bool(float::isclose(a, b, rel_tol, abs_tol)))
}

// ---------------------------------------------------------------- norms and sums

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "hypot", &args)?;
    norm_of(args.pos.iter().map(|v| real(vm, v)))
}

fn norm_of(values: impl Iterator<Item = PyResult<f64>>) -> PyResult<Value> {
    let (mut coords, mut max, mut found_nan) = (Vec::new(), 0.0f64, false);
    for x in values {
        let x = x?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(float::vector_norm(
        &mut coords,
        max,
        found_nan,
    )))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = unpack(vm, "dist", &args, 2, 2)?;
    let (p, q) = (a[0].clone(), a[1].clone());
    let p = vm.collect(&p)?;
    let q = vm.collect(&q)?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let diffs: Vec<PyResult<f64>> = p
        .iter()
        .zip(&q)
        .map(|(x, y)| Ok(real(vm, x)? - real(vm, y)?))
        .collect();
    norm_of(diffs.into_iter())
}

fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let seq = one(vm, "fsum", &args)?;
    let it = vm.get_iter(&seq)?;
    let mut sum = ExactSum::default();
    while let Some(v) = vm.next_item(&it)? {
        let x = real(vm, &v)?;
        sum.add(x).map_err(|e| vm.py_err(e))?;
    }
    float_result(vm, sum.total())
}

fn prod(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start = args.take_kw("start").unwrap_or(Value::Int(1));
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!("prod() got an unexpected keyword argument '{k}'")));
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let it = vm.get_iter(&args.pos[0])?;
    let mut acc = start;
    while let Some(v) = vm.next_item(&it)? {
        acc = vm.binary_op(BinOp::Mul, &acc, &v, false)?;
    }
    Ok(acc)
}

// ---------------------------------------------------------------- integer functions

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = index(vm, &one(vm, "factorial", &args)?)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.py_err(PyErr::overflow(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        ))));
    };
    Ok(Value::int_from_big(int::factorial(n as u64)))
}

/// `n` and `k` of `comb`/`perm`, both non-negative; `None` for `k` when `k > n`.
fn n_and_k(vm: &Vm, n: &Value, k: &Value) -> PyResult<(BigInt, Option<u64>)> {
    let n = index(vm, n)?;
    let k = index(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok((n, None));
    }
    Ok((n, Some(k.to_u64().unwrap_or(u64::MAX))))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = unpack(vm, "comb", &args, 2, 2)?;
    let (n, k) = n_and_k(vm, &a[0], &a[1])?;
    let Some(k) = k else {
        return Ok(Value::Int(0));
    };
    let other = &n - BigInt::from(k);
    let k = match other.to_u64() {
        Some(o) if o < k => o,
        _ => k,
    };
    if k == u64::MAX {
        return Err(vm.py_err(PyErr::overflow(format!(
            "min(n - k, k) must not exceed {}",
            i64::MAX
        ))));
    }
    Ok(Value::int_from_big(int::comb(&n, k)))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = unpack(vm, "perm", &args, 1, 2)?;
    let k = a.get(1).cloned().unwrap_or(Value::None);
    if k.is_none() {
        let n = index(vm, &a[0])?;
        if n.is_negative() {
            return Err(vm.value_error("n must be a non-negative integer"));
        }
        let Some(n) = n.to_u64() else {
            return Err(vm.py_err(PyErr::overflow(format!("n must not exceed {}", i64::MAX))));
        };
        return Ok(Value::int_from_big(int::factorial(n)));
    }
    let (n, k) = n_and_k(vm, &a[0], &k)?;
    let Some(k) = k else {
        return Ok(Value::Int(0));
    };
    Ok(Value::int_from_big(int::perm(&n, k)))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = index(vm, &one(vm, "isqrt", &args)?)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::int_from_big(int::isqrt(&n)))
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "gcd", &args)?;
    let mut acc = BigInt::zero();
    for v in &args.pos {
        acc = int::gcd(&acc, &index(vm, v)?);
    }
    Ok(Value::int_from_big(acc))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "lcm", &args)?;
    let mut acc = BigInt::from(1);
    for v in &args.pos {
        acc = int::lcm(&acc, &index(vm, v)?);
    }
    Ok(Value::int_from_big(acc))
}
