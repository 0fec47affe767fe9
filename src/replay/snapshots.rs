//! Periodic clones of the dashboard state along a recording, so any position is one clone and
//! a bounded number of `State::apply` calls away.
//!
//! Spacing: a snapshot every `interval` events, starting at [`MIN_INTERVAL`]. Folding an
//! event costs about a microsecond, so 1024 events keep even a cold seek far below a frame;
//! cloning is cheap too while the state is small. But a state grows with the run (timeline
//! lanes keep every task's transitions; the log, output and loop queues are bounded), so on
//! long recordings the clones would dominate memory. When the snapshots' estimated size
//! passes the budget, the interval doubles and every other snapshot is dropped: memory stays
//! within [`DEFAULT_BUDGET`] (plus one state) and a seek applies at most `interval` events.

use std::mem::size_of;

use crate::app::{Handle, LogEntry, OutputLine, State, Task};
use crate::runtime::event::Event;

/// Events between snapshots on a short recording.
pub const MIN_INTERVAL: usize = 1024;
/// What all snapshots together may take (estimated bytes) before they are thinned.
pub const DEFAULT_BUDGET: usize = 192 << 20;

/// Snapshots of the state after `k × interval` events, for `k = 0, 1, …`.
///
/// Invariant: `states[k]` is the fold of the first `k × interval` events (no host notes, the
/// default view); `interval` is a power-of-two multiple of the initial interval; `bytes` is
/// the sum of the estimated sizes of `states`.
#[derive(Clone, Debug)]
pub struct Snapshots {
    states: Vec<State>,
    sizes: Vec<usize>,
    interval: usize,
    bytes: usize,
    budget: usize,
}

impl Snapshots {
    /// Folds every event once, keeping a clone every `interval` events; calls `each` with
    /// each event and its position once applied (what the player indexes besides).
    pub fn build(
        initial: State,
        events: &[Event],
        min_interval: usize,
        budget: usize,
        mut each: impl FnMut(usize, &Event),
    ) -> Self {
        let mut snaps = Snapshots {
            states: Vec::new(),
            sizes: Vec::new(),
            interval: min_interval.max(1),
            bytes: 0,
            budget,
        };
        let mut state = initial;
        snaps.keep(&state);
        // From one snapshot to the next (the interval may grow on the way): only each
        // stretch's end is ever looked at.
        let mut done = 0;
        while done < events.len() {
            let next = ((done / snaps.interval + 1) * snaps.interval).min(events.len());
            state.apply_all(&events[done..next]);
            for (i, ev) in events[done..next].iter().enumerate() {
                each(done + i + 1, ev);
            }
            if next.is_multiple_of(snaps.interval) {
                snaps.keep(&state);
            }
            done = next;
        }
        snaps
    }

    /// The start alone, for a player whose index is still being built: every position
    /// folds from the start (or from the playhead, when it is ahead).
    pub fn start(initial: State) -> Self {
        let size = footprint(&initial);
        Snapshots {
            states: vec![initial],
            sizes: vec![size],
            interval: usize::MAX,
            bytes: size,
            budget: usize::MAX,
        }
    }

    fn keep(&mut self, state: &State) {
        let size = footprint(state);
        self.states.push(state.clone());
        self.sizes.push(size);
        self.bytes += size;
        // Thin while over budget, but always keep the start and at least two snapshots.
        while self.bytes > self.budget && self.states.len() > 2 {
            self.interval *= 2;
            let mut k = 0;
            self.states.retain(|_| {
                k += 1;
                (k - 1) % 2 == 0
            });
            let mut k = 0;
            self.sizes.retain(|_| {
                k += 1;
                (k - 1) % 2 == 0
            });
            self.bytes = self.sizes.iter().sum();
        }
        debug_assert_eq!(self.states.len(), self.sizes.len());
    }

    /// The nearest snapshot at or before `pos`: (its position, its state).
    pub fn at_or_before(&self, pos: usize) -> (usize, &State) {
        let k = (pos / self.interval).min(self.states.len() - 1);
        (k * self.interval, &self.states[k])
    }

    pub fn interval(&self) -> usize {
        self.interval
    }

    pub fn len(&self) -> usize {
        self.states.len()
    }

    /// Estimated bytes the snapshots hold.
    pub fn bytes(&self) -> usize {
        self.bytes
    }
}

/// A rough estimate of the heap a state holds (what a clone costs): the growing parts
/// counted by length, strings by their text.
pub fn footprint(s: &State) -> usize {
    let tasks: usize = s
        .tasks
        .iter()
        .map(|t| {
            size_of::<Task>()
                + t.name.len()
                + t.coro.len()
                + std::mem::size_of_val(t.lane.marks())
                + t.cancels.len() * 64
                + t.throws.len() * 64
                + t.done_callbacks.iter().map(|c| c.len() + 24).sum::<usize>()
        })
        .sum();
    let log: usize = s
        .log
        .matching("")
        .map(|e| size_of::<LogEntry>() + e.text.len())
        .sum();
    let output: usize = s
        .output
        .lines
        .iter()
        .map(|l| size_of::<OutputLine>() + l.text.len())
        .sum::<usize>()
        + s.output.stderr.len();
    let lv = &s.loop_view;
    let handles: usize = lv
        .handles
        .values()
        .map(|h: &Handle| size_of::<Handle>() + 16 + h.callback.len())
        .sum::<usize>()
        + (lv.ready.len() + lv.timers.len()) * 24
        + lv.futures.values().map(|f| f.len() + 40).sum::<usize>()
        + lv.callbacks.len() * 64;
    let source: usize = s.source_lines.iter().map(|l| l.len() + 24).sum();
    size_of::<State>()
        + tasks
        + s.tasks.len() * 48 // the id and name indexes
        + s.gens.len() * 64
        + log
        + output
        + handles
        + source
        + s.teaching.iter().map(|t| t.text.len() + 48).sum::<usize>()
}
