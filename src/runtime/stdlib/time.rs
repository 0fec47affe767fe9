//! `time` on the virtual clock: `time()`, `monotonic()`, `perf_counter()` and their `_ns`
//! forms read it; `sleep()` blocks the whole program and advances it.

use crate::runtime::event::EventKind;
use crate::runtime::objects::value::{Args, Value};
use crate::runtime::vm::{PyResult, Vm};

use super::module;

pub fn make_module() -> Value {
    module(
        "time",
        &[
            ("time", time_time),
            ("monotonic", time_monotonic),
            ("perf_counter", time_monotonic),
            ("sleep", time_sleep),
            ("time_ns", time_ns),
            ("monotonic_ns", monotonic_ns),
            ("perf_counter_ns", monotonic_ns),
        ],
    )
}

/// `time.time()` is the virtual clock plus a fixed epoch.
pub const EPOCH: f64 = 1_700_000_000.0;

fn time_time(vm: &mut Vm, _: Args) -> PyResult<Value> {
    vm.cpu_sync()?;
    Ok(Value::Float(EPOCH + vm.asyncio.now))
}

fn time_monotonic(vm: &mut Vm, _: Args) -> PyResult<Value> {
    vm.cpu_sync()?;
    Ok(Value::Float(vm.asyncio.now))
}

fn time_ns(vm: &mut Vm, _: Args) -> PyResult<Value> {
    vm.cpu_sync()?;
    Ok(Value::Int(((EPOCH + vm.asyncio.now) * 1e9) as i64))
}

fn monotonic_ns(vm: &mut Vm, _: Args) -> PyResult<Value> {
    vm.cpu_sync()?;
    Ok(Value::Int((vm.asyncio.now * 1e9) as i64))
}

/// `time.sleep(d)`: blocks everything and advances the clock; a scripted Ctrl-C due during
/// the sleep is delivered at its time (the oracle does the same).
fn time_sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = match args.pos.first() {
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Float(f)) => *f,
        Some(Value::Bool(b)) => *b as i64 as f64,
        Some(other) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
        None => return Err(vm.type_error("time.sleep() takes exactly one argument (0 given)")),
    };
    if d < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.cpu_sync()?;
    let start = vm.asyncio.now;
    if vm.threaded() {
        // Other threads run meanwhile (`runtime::threads`).
        if d == 0.0 {
            return vm.thread_yield().map(|_| Value::None);
        }
        let until = start + d;
        let main = vm.threads.current == 0;
        // A scripted Ctrl-C due during the main thread's sleep wakes it at its time.
        if main && vm.asyncio.next_interrupt_due(until) {
            let at = vm.asyncio.script.front().map_or(until, |a| a.at.max(start));
            vm.thread_block(crate::runtime::threads::State::Sleeping { until: at })?;
            if vm.asyncio.next_interrupt_due(vm.asyncio.now) {
                vm.asyncio.script.pop_front();
                vm.deliver_interrupt()?;
            }
        }
        // The handler did not raise (or there was no Ctrl-C): the sleep goes on to its end.
        while vm.asyncio.now < until {
            let state = crate::runtime::threads::State::Sleeping { until };
            vm.thread_block(state)?;
            if main && std::mem::take(&mut vm.threads.interrupt) {
                vm.run_main_handlers()?;
            }
        }
        return Ok(Value::None);
    }
    if vm.emitting() {
        let line = vm.current_line;
        vm.emit(EventKind::LoopBlocked { line, duration: d });
    }
    if vm.asyncio.next_interrupt_due(start + d) {
        let a = vm.asyncio.script.pop_front().expect("due action");
        if a.at > vm.asyncio.now {
            vm.advance_clock(a.at)?;
        }
        vm.deliver_interrupt()?;
    }
    // A person may press Ctrl-C while the loop is blocked: deliver it, then sleep on.
    while vm.advance_clock(start + d)? {
        match vm.host.take_action() {
            Some(crate::runtime::engine::Action::Interrupt) => vm.deliver_interrupt()?,
            Some(other) => vm.asyncio.deferred.push_back(other),
            None => {}
        }
    }
    Ok(Value::None)
}
