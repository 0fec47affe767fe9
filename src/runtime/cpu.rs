//! CPU time on the virtual clock (a scenario's `cpu = { instruction = ... }`): every
//! bytecode instruction the program runs costs that many virtual seconds, so computing
//! takes time, and the threads of the process share one GIL as in CPython: the running
//! thread holds it until it blocks, or until it has run `sys.getswitchinterval()` (5 ms) of
//! work while another thread waits for it; then it goes behind the waiting threads.
//!
//! The instruction countdown the VM already keeps for its slice budget carries the count
//! at no cost per instruction: it is armed to run out every `chunk` instructions, and
//! [`Vm::cpu_tick`] turns each run-out into time. Readers of the clock, and every wait,
//! first add the instructions run since (`cpu_sync`), so times read are exact; threads
//! whose sleep or timeout ends while another computes wake (and wait for the GIL) at the
//! next chunk's end, a quarter of a millisecond of work at most.

use crate::runtime::vm::{Abort, PyResult, Unwind, Vm};

/// `sys.getswitchinterval()`.
pub const SWITCH_INTERVAL: f64 = 0.005;
/// Virtual seconds of work between two looks at the clock and the other threads.
const CHUNK_SECONDS: f64 = 0.000_25;

/// The CPU model's state.
#[derive(Clone, Debug)]
pub struct Cpu {
    /// Virtual seconds per instruction.
    pub per_instruction: f64,
    /// Instructions per look at the clock.
    chunk: u64,
    /// What the countdown was last armed with.
    armed: u64,
    /// The slice's budget not yet armed.
    slice_left: u64,
    /// Instructions the running thread has run since it took the GIL.
    since_gil: u64,
    /// Instructions in one switch interval.
    switch_after: u64,
    /// Instructions run but not yet turned into time (a slice was re-armed meanwhile).
    carry: u64,
}

impl Vm<'_> {
    /// Turns the CPU model on, at `per_instruction` virtual seconds per instruction.
    pub fn cpu_start(&mut self, per_instruction: f64) {
        let chunk = ((CHUNK_SECONDS / per_instruction).round() as u64).max(1);
        let switch_after = ((SWITCH_INTERVAL / per_instruction).round() as u64).max(1);
        self.cpu = Some(Cpu {
            per_instruction,
            chunk,
            armed: 0,
            slice_left: 0,
            since_gil: 0,
            switch_after,
            carry: 0,
        });
        self.new_slice();
    }

    /// A new slice's budget: with the CPU model the countdown is armed one chunk at a time.
    pub(crate) fn cpu_arm_slice(&mut self) {
        let total = self.max_instructions;
        if let Some(cpu) = &mut self.cpu {
            cpu.carry += cpu.armed - self.budget.min(cpu.armed);
            let arm = cpu.chunk.min(total);
            cpu.armed = arm;
            cpu.slice_left = total - arm;
            self.budget = arm;
        }
    }

    /// The countdown ran out. With the CPU model, a chunk of work is over: its time is
    /// added (and the GIL may change hands); true when the slice's own budget still has
    /// instructions left, so the run goes on.
    #[cold]
    pub(crate) fn cpu_tick(&mut self) -> PyResult<bool> {
        let Some(cpu) = &mut self.cpu else {
            return Ok(false);
        };
        let ran = cpu.armed;
        let more = cpu.slice_left > 0;
        if more {
            let arm = cpu.chunk.min(cpu.slice_left);
            cpu.slice_left -= arm;
            cpu.armed = arm;
            self.budget = arm;
        }
        self.cpu_account(ran, true)?;
        Ok(more)
    }

    /// Adds the time of the instructions run since the last look (before the clock is read
    /// or the running thread waits).
    pub fn cpu_sync(&mut self) -> PyResult<()> {
        let Some(cpu) = &mut self.cpu else {
            return Ok(());
        };
        let ran = cpu.armed - self.budget.min(cpu.armed);
        cpu.armed = self.budget;
        self.cpu_account(ran, false)
    }

    /// The running thread took the GIL: its switch interval starts again.
    pub(crate) fn cpu_took_gil(&mut self) {
        if let Some(cpu) = &mut self.cpu {
            cpu.since_gil = 0;
        }
    }

    /// `ran` instructions of work: the clock moves on (paced to the wall clock in the live
    /// view), threads due by then wake, and when `may_switch` the GIL goes to a waiting
    /// thread once the running one has used its switch interval.
    fn cpu_account(&mut self, ran: u64, may_switch: bool) -> PyResult<()> {
        let Some(cpu) = &mut self.cpu else {
            return Ok(());
        };
        let ran = ran + std::mem::take(&mut cpu.carry);
        if ran == 0 {
            return Ok(());
        }
        cpu.since_gil += ran;
        let used_interval = cpu.since_gil >= cpu.switch_after;
        let from = self.asyncio.now;
        let to = from + ran as f64 * cpu.per_instruction;
        if self.max_time.is_some_and(|limit| to > limit) {
            return Err(Unwind::Abort(Abort::TimeLimit { next: to }));
        }
        if self
            .host
            .wait_until(from, to)
            .map_err(Unwind::Abort)?
            .is_some()
        {
            // A person acted meanwhile: Ctrl-C reaches the program at once, anything else
            // waits for the loop's next look at its selector.
            match self.host.take_action() {
                Some(crate::runtime::engine::Action::Interrupt) => {
                    self.asyncio.now = to;
                    return self.deliver_interrupt();
                }
                Some(other) => self.asyncio.deferred.push_back(other),
                None => {}
            }
        }
        // A scripted pause due during this work happens at its time, and so does a Ctrl-C
        // in the main thread (where CPython runs signal handlers); another thread's work
        // leaves a Ctrl-C for the main thread's next turn.
        let due = self
            .asyncio
            .due_action(Some(to))
            .map(|a| (a.at, a.action.clone()));
        if let Some((at, action)) = due {
            let now = match action {
                crate::runtime::engine::Action::Pause { .. } => true,
                crate::runtime::engine::Action::Interrupt => self.threads.current == 0,
                _ => false,
            };
            if now {
                self.asyncio.now = at.max(from);
                self.poll_signals(false)?;
            }
        }
        self.asyncio.now = to;
        if !self.threaded() {
            return Ok(());
        }
        self.wake_due_threads(to);
        if may_switch && used_interval && !self.in_library {
            // `thread_yield` does nothing when no other thread waits for the GIL.
            self.thread_yield()?;
        }
        Ok(())
    }
}
