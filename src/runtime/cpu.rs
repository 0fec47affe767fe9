//! CPU time on the virtual clock (a scenario's `cpu = { instruction = ... }`): every
//! bytecode instruction the program runs costs that many virtual seconds, so computing
//! takes time, and the threads of the process share one GIL as in CPython: the running
//! thread holds it until it blocks, or until it has run `sys.getswitchinterval()` (5 ms) of
//! work while another thread waits for it; then it goes behind the waiting threads.
//!
//! Each process (a process pool's worker, `runtime::processes`) has a GIL of its own, and
//! the machine has [`CORES`] cores: processes compute at once. The engine still runs one
//! thread at a time, so it takes the computing processes in turns, a chunk of work each
//! (the process that ran least recently next); with `k` of them computing, a chunk moves the
//! clock by its time divided by `min(k, CORES)`, so each process's work takes as long as it
//! would on a core of its own (and more than four share the cores).
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
/// The model machine's cores (`os.cpu_count()`).
pub const CORES: usize = 4;
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
    /// Per process: the thread holding its GIL and the instructions it has run since it
    /// took it.
    gil: Vec<(Option<usize>, u64)>,
    /// Per process: when it last computed (a turn number), for the turns among processes.
    last_turn: Vec<u64>,
    turns: u64,
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
            gil: Vec::new(),
            last_turn: Vec::new(),
            turns: 0,
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

    /// Thread `tid` of process `p` runs: if it did not hold its process's GIL already, it
    /// takes it and its switch interval starts again.
    pub(crate) fn cpu_took_gil(&mut self, tid: usize, p: usize) {
        if let Some(cpu) = &mut self.cpu {
            if cpu.gil.len() <= p {
                cpu.gil.resize(p + 1, (None, 0));
            }
            if cpu.gil[p].0 != Some(tid) {
                cpu.gil[p] = (Some(tid), 0);
            }
        }
    }

    /// The process that computed longest ago among `candidates` (process numbers).
    pub(crate) fn cpu_next_turn(&self, candidates: &[usize]) -> Option<usize> {
        let cpu = self.cpu.as_ref()?;
        let turn = |p: usize| cpu.last_turn.get(p).copied().unwrap_or(0);
        candidates.iter().copied().min_by_key(|&p| (turn(p), p))
    }

    /// Process `p` just had its turn.
    fn cpu_had_turn(&mut self, p: usize) {
        if let Some(cpu) = &mut self.cpu {
            cpu.turns += 1;
            if cpu.last_turn.len() <= p {
                cpu.last_turn.resize(p + 1, 0);
            }
            cpu.last_turn[p] = cpu.turns;
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
        let p = self.procs.current;
        if cpu.gil.len() <= p {
            cpu.gil.resize(p + 1, (None, 0));
        }
        cpu.gil[p].1 += ran;
        let used_interval = cpu.gil[p].1 >= cpu.switch_after;
        let per_instruction = cpu.per_instruction;
        // Processes computing at once share the cores; one alone has a core to itself.
        let cores = match self.procs.list.len() > 1 && self.threaded() {
            true => self.computing_processes().clamp(1, CORES),
            false => 1,
        };
        let from = self.asyncio.now;
        let to = from + ran as f64 * per_instruction / cores as f64;
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
                // The main thread runs a pool future's cancel now if it computes, else at
                // its next wait.
                Some(crate::runtime::engine::Action::CancelFuture { future }) => {
                    self.asyncio.now = to;
                    let woke = self.person_cancel(future);
                    if self.threads.current == 0 && !woke {
                        self.run_person_cancels()?;
                    }
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
        // A worker process that computes takes a Ctrl-C at once.
        self.take_worker_interrupt()?;
        self.wake_due_threads(to);
        if !may_switch || self.in_library {
            return Ok(());
        }
        if self.procs.list.len() > 1 {
            self.cpu_had_turn(p);
            if self.thread_next_process(used_interval)? {
                return Ok(());
            }
        }
        if used_interval {
            // `thread_yield` does nothing when no other thread waits for the GIL.
            self.thread_yield()?;
        }
        Ok(())
    }
}
