//! The `random` module: CPython's Mersenne Twister, bit for bit (see `random.rs`).
//! Unseeded programs start from `seed(0)`, so every run is the same.

use num_bigint::BigInt;

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
    if matches!(pop, Value::Set(_) | Value::Dict(_)) {
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
