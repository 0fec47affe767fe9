//! The `random` module: CPython's Mersenne Twister, bit for bit (see `random.rs`).
//! Unseeded programs start from `seed(0)`, so every run is the same.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::ToPrimitive;

use crate::runtime::numeric::random::Random;
use crate::runtime::objects::value::{Args, Value};
use crate::runtime::stdlib::module;
use crate::runtime::vm::{PyResult, Vm};

pub fn make_module() -> Value {
    module(
        "random",
        &[
            ("seed", seed),
            ("random", random),
            ("randint", randint),
            ("randrange", randrange),
            ("uniform", uniform),
            ("choice", choice),
            ("shuffle", shuffle),
            ("sample", sample),
            ("getrandbits", getrandbits),
            ("gauss", gauss),
            ("choices", choices),
            ("normalvariate", normalvariate),
            ("lognormvariate", lognormvariate),
            ("expovariate", expovariate),
            ("vonmisesvariate", vonmisesvariate),
            ("gammavariate", gammavariate),
            ("betavariate", betavariate),
            ("paretovariate", paretovariate),
            ("weibullvariate", weibullvariate),
            ("triangular", triangular),
            ("getstate", getstate),
            ("setstate", setstate),
        ],
    )
}

fn int_of(vm: &Vm, v: &Value) -> PyResult<BigInt> {
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

fn float_of(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Float(f) => Ok(*f),
        Value::BigInt(b) => crate::runtime::numeric::num::int_to_f64(b).map_err(|e| vm.py_err(e)),
        other => Err(vm.type_error(format!("must be real number, not {}", other.type_name()))),
    }
}

fn arg(vm: &Vm, args: &Args, i: usize, name: &str) -> PyResult<Value> {
    args.pos
        .get(i)
        .cloned()
        .ok_or_else(|| vm.type_error(format!("{name}() missing required argument")))
}

fn rng<'a>(vm: &'a mut Vm) -> &'a mut Random {
    vm.random.get_or_insert_with(Random::new_seeded_default)
}

fn seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut r = Random::new_seeded_default();
    match args.pos.first() {
        None | Some(Value::None) => {}
        Some(Value::Str(s)) => r.seed_str(s),
        Some(Value::Float(f)) => r.seed_float(*f),
        Some(v) => {
            let n = int_of(vm, v)?;
            r.seed_int(&n);
        }
    }
    vm.random = Some(r);
    Ok(Value::None)
}

fn random(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(rng(vm).random()))
}

fn randint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = int_of(vm, &arg(vm, &args, 0, "randint")?)?;
    let b = int_of(vm, &arg(vm, &args, 1, "randint")?)?;
    let r = rng(vm).randint(&a, &b);
    r.map(Value::int_from_big).map_err(|e| vm.py_err(e))
}

fn randrange(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let start = int_of(vm, &arg(vm, &args, 0, "randrange")?)?;
    let stop = args
        .pos
        .get(1)
        .filter(|v| !v.is_none())
        .map(|v| int_of(vm, v))
        .transpose()?;
    let step = args.pos.get(2).map(|v| int_of(vm, v)).transpose()?;
    let r = rng(vm).randrange(&start, stop.as_ref(), step.as_ref());
    r.map(Value::int_from_big).map_err(|e| vm.py_err(e))
}

fn uniform(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = float_of(vm, &arg(vm, &args, 0, "uniform")?)?;
    let b = float_of(vm, &arg(vm, &args, 1, "uniform")?)?;
    Ok(Value::Float(rng(vm).uniform(a, b)))
}

fn choice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let seq = arg(vm, &args, 0, "choice")?;
    let items = vm.collect(&seq)?;
    let i = rng(vm).choice(items.len()).map_err(|e| vm.py_err(e))?;
    Ok(items[i].clone())
}

fn shuffle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::List(l)) = args.pos.first() else {
        return Err(vm.type_error("shuffle() needs a list"));
    };
    let mut items = std::mem::take(&mut *l.borrow_mut());
    rng(vm).shuffle(&mut items);
    *l.borrow_mut() = items;
    Ok(Value::None)
}

fn sample(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let k = args
        .take_kw("k")
        .or_else(|| args.pos.get(1).cloned())
        .ok_or_else(|| vm.type_error("sample() missing 1 required positional argument: 'k'"))?;
    let Value::Int(k) = k else {
        return Err(vm.type_error("k must be an int"));
    };
    let pop = arg(vm, &args, 0, "sample")?;
    if matches!(pop, Value::Set(_) | Value::FrozenSet(_) | Value::Dict(_)) {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let items = vm.collect(&pop)?;
    let picks = rng(vm).sample(items.len(), k).map_err(|e| vm.py_err(e))?;
    Ok(Value::list(
        picks.into_iter().map(|i| items[i].clone()).collect(),
    ))
}

fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Int(k)) = args.pos.first() else {
        return Err(vm.type_error("getrandbits() needs an int"));
    };
    let r = rng(vm).getrandbits(*k);
    r.map(Value::int_from_big).map_err(|e| vm.py_err(e))
}

fn gauss(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mu = args
        .pos
        .first()
        .map(|v| float_of(vm, v))
        .transpose()?
        .unwrap_or(0.0);
    let sigma = args
        .pos
        .get(1)
        .map(|v| float_of(vm, v))
        .transpose()?
        .unwrap_or(1.0);
    Ok(Value::Float(rng(vm).gauss(mu, sigma)))
}

/// The float parameters of a variate: positional or by name, with their defaults
/// (`None` marks a required one, named in the TypeError as CPython does).
fn float_params<const K: usize>(
    vm: &mut Vm,
    mut args: Args,
    func: &str,
    params: [(&str, Option<f64>); K],
) -> PyResult<[f64; K]> {
    let mut out = [0.0; K];
    for (i, (name, default)) in params.iter().enumerate() {
        let given = match args.take_kw(name) {
            Some(v) => Some(v),
            None => args.pos.get(i).cloned(),
        };
        out[i] = match (given, default) {
            (Some(v), _) => float_of(vm, &v)?,
            (None, Some(d)) => *d,
            (None, None) => {
                let missing: Vec<&str> = params[i..]
                    .iter()
                    .filter(|(_, d)| d.is_none())
                    .map(|(n, _)| *n)
                    .collect();
                return Err(vm.type_error(missing_message(func, &missing)));
            }
        };
    }
    if args.pos.len() > K {
        return Err(vm.type_error(format!(
            "Random.{func}() takes from 1 to {} positional arguments but {} were given",
            K + 1,
            args.pos.len() + 1
        )));
    }
    Ok(out)
}

/// CPython's "missing N required positional argument(s)" text for a bound method.
fn missing_message(func: &str, names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        more => format!(
            "{} and {}",
            more[..more.len() - 1].join(", "),
            more[more.len() - 1]
        ),
    };
    let plural = if names.len() == 1 { "" } else { "s" };
    format!(
        "Random.{func}() missing {} required positional argument{plural}: {list}",
        names.len()
    )
}

fn normalvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [mu, sigma] = float_params(
        vm,
        args,
        "normalvariate",
        [("mu", Some(0.0)), ("sigma", Some(1.0))],
    )?;
    Ok(Value::Float(rng(vm).normalvariate(mu, sigma)))
}

fn lognormvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [mu, sigma] = float_params(vm, args, "lognormvariate", [("mu", None), ("sigma", None)])?;
    Ok(Value::Float(rng(vm).lognormvariate(mu, sigma)))
}

fn expovariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [lambd] = float_params(vm, args, "expovariate", [("lambd", None)])?;
    let r = rng(vm).expovariate(lambd);
    r.map(Value::Float).map_err(|e| vm.py_err(e))
}

fn vonmisesvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [mu, kappa] = float_params(vm, args, "vonmisesvariate", [("mu", None), ("kappa", None)])?;
    let r = rng(vm).vonmisesvariate(mu, kappa);
    r.map(Value::Float).map_err(|e| vm.py_err(e))
}

fn gammavariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [alpha, beta] = float_params(vm, args, "gammavariate", [("alpha", None), ("beta", None)])?;
    let r = rng(vm).gammavariate(alpha, beta);
    r.map(Value::Float).map_err(|e| vm.py_err(e))
}

fn betavariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [alpha, beta] = float_params(vm, args, "betavariate", [("alpha", None), ("beta", None)])?;
    let r = rng(vm).betavariate(alpha, beta);
    r.map(Value::Float).map_err(|e| vm.py_err(e))
}

fn paretovariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [alpha] = float_params(vm, args, "paretovariate", [("alpha", None)])?;
    Ok(Value::Float(rng(vm).paretovariate(alpha)))
}

fn weibullvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [alpha, beta] = float_params(
        vm,
        args,
        "weibullvariate",
        [("alpha", None), ("beta", None)],
    )?;
    Ok(Value::Float(rng(vm).weibullvariate(alpha, beta)))
}

fn triangular(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    // `mode` may be None, so it is read apart from the float parameters.
    let mode = args
        .take_kw("mode")
        .or_else(|| (args.pos.len() > 2).then(|| args.pos.remove(2)));
    let mode = match mode {
        None | Some(Value::None) => None,
        Some(v) => Some(float_of(vm, &v)?),
    };
    let given_low = args.pos.first().cloned().or_else(|| {
        args.kw
            .iter()
            .find(|(k, _)| &**k == "low")
            .map(|(_, v)| v.clone())
    });
    let [low, high] = float_params(
        vm,
        args,
        "triangular",
        [("low", Some(0.0)), ("high", Some(1.0))],
    )?;
    let x = rng(vm).triangular(low, high, mode);
    // With a mode and no span CPython returns `low` itself (an int stays an int).
    match given_low {
        Some(v) if mode.is_some() && high - low == 0.0 => Ok(v),
        _ => Ok(Value::Float(x)),
    }
}

/// `choices(population, weights=None, *, cum_weights=None, k=1)`.
fn choices(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let k = match args.take_kw("k") {
        Some(v) => int_of(vm, &v)?.to_i64().unwrap_or(i64::MAX).max(0) as usize,
        None => 1,
    };
    let cum_weights = args.take_kw("cum_weights").filter(|v| !v.is_none());
    let weights = args
        .take_kw("weights")
        .or_else(|| args.pos.get(1).cloned())
        .filter(|v| !v.is_none());
    let population = arg(vm, &args, 0, "choices")?;
    let n = crate::runtime::builtins::len_of(vm, &population)?;
    let cumulative = match (weights, cum_weights) {
        (None, None) => None,
        (Some(_), Some(_)) => {
            return Err(vm.type_error("Cannot specify both weights and cumulative weights"))
        }
        (Some(Value::Int(n)), None) => {
            return Err(vm.type_error(format!(
                "The number of choices must be a keyword argument: k={n}"
            )))
        }
        // `weights` are accumulated first, as `random.py` does with `itertools.accumulate`.
        (Some(w), None) => {
            let mut total = 0.0;
            let mut out = Vec::new();
            for v in vm.collect(&w)? {
                total += float_of(vm, &v)?;
                out.push(total);
            }
            Some(out)
        }
        (None, Some(c)) => {
            let mut out = Vec::new();
            for v in vm.collect(&c)? {
                out.push(float_of(vm, &v)?);
            }
            Some(out)
        }
    };
    // Each pick indexes the population as soon as it is drawn (`population[i]`), so an
    // empty population fails after one draw, as in CPython.
    let mut out = Vec::with_capacity(k);
    match cumulative {
        None => {
            for _ in 0..k {
                let i = rng(vm).choices(n, 1)[0];
                out.push(vm.get_item(&population, &Value::Int(i as i64))?);
            }
        }
        Some(cumulative) => {
            if cumulative.len() != n {
                return Err(vm.value_error("The number of weights does not match the population"));
            }
            let picks = rng(vm)
                .choices_weighted(&cumulative, k)
                .map_err(|e| vm.py_err(e))?;
            for i in picks {
                out.push(vm.get_item(&population, &Value::Int(i as i64))?);
            }
        }
    }
    Ok(Value::list(out))
}

/// `getstate()`: `(3, (624 words..., position), gauss_next)`, as CPython's version 3 state.
fn getstate(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let (words, index, gauss_next) = rng(vm).internal_state();
    let mut inner: Vec<Value> = words.into_iter().map(|w| Value::Int(w.into())).collect();
    inner.push(Value::Int(index as i64));
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(inner),
        gauss_next.map_or(Value::None, Value::Float),
    ]))
}

/// `setstate(state)`: the inverse of `getstate()`.
fn setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = arg(vm, &args, 0, "setstate")?;
    let parts = vm.collect(&state)?;
    let version = parts.first().cloned().unwrap_or(Value::None);
    // Version 2 states (Python 2) held signed words; they are taken modulo 2**32.
    if !matches!(version, Value::Int(2 | 3)) {
        let shown = vm.to_str(&version)?;
        return Err(vm.value_error(format!(
            "state with version {shown} passed to Random.setstate() of version 3"
        )));
    }
    let (Some(inner), Some(gauss)) = (parts.get(1), parts.get(2)) else {
        return Err(vm.value_error("not enough values to unpack (expected 3)"));
    };
    let Value::Tuple(inner) = inner else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    let mut words = Vec::with_capacity(inner.len());
    for v in inner.iter() {
        let n = int_of(vm, v)?.mod_floor(&BigInt::from(1u64 << 32));
        words.push(n.to_u32().unwrap_or(0));
    }
    let index = words.pop().map_or(usize::MAX, |i| i as usize);
    let gauss_next = match gauss {
        Value::None => None,
        v => Some(float_of(vm, v)?),
    };
    rng(vm)
        .set_internal_state(&words, index, gauss_next)
        .map_err(|e| vm.py_err(e))?;
    Ok(Value::None)
}
