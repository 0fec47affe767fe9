//! The live host: runs the engine on its own thread, paces virtual time to the wall clock at
//! the chosen speed, and talks to the dashboard through two bounded channels (events out,
//! commands in). When the dashboard falls behind, the engine waits for it (a program that
//! never idles runs at the speed the viewer can show); an event the dashboard cannot take
//! within [`SEND_PATIENCE`] is dropped and counted, and the header shows the count.

use std::collections::VecDeque;
use std::io;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SyncSender, TryRecvError};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use tokio::sync::mpsc::error::TrySendError;

use crate::app::{Command, HostNote};
use crate::lang::compile::compile_main;
use crate::record::{run_recorded, Recorder};
use crate::runtime::engine::{run_compiled, Action, EngineConfig, Host};
use crate::runtime::event::Event;
use crate::runtime::vm::Abort;

/// What the engine thread sends the dashboard.
#[derive(Clone, Debug, PartialEq)]
pub enum LiveMsg {
    Event(Event),
    Note(HostNote),
}

/// Events in flight between the engine and the dashboard before new ones are dropped.
pub const EVENT_CAPACITY: usize = 1 << 16;
/// Commands in flight from the dashboard to the engine.
pub const COMMAND_CAPACITY: usize = 256;
/// Instructions a slice runs before the host is asked whether to go on: small enough that
/// `q` and Ctrl-C reach a runaway loop within a frame or two.
pub const LIVE_SLICE_BUDGET: u64 = 2_000_000;
/// How often the clock moves on screen while the loop idles.
const CLOCK_TICK: Duration = Duration::from_millis(33);
/// How long the engine waits for room in the event channel before dropping an event.
pub const SEND_PATIENCE: Duration = Duration::from_millis(250);
/// How often a long slice is reported.
const BUSY_TICK: Duration = Duration::from_millis(100);

/// What to run live.
#[derive(Debug)]
pub struct LiveRun {
    pub source_name: String,
    /// The file name the program's code carries (`Scenario::code_file`).
    pub code_file: String,
    pub source: String,
    pub config: EngineConfig,
    /// Start paused before the first loop handle.
    pub paused: bool,
    /// Virtual seconds per wall second.
    pub speed: f64,
    /// Wall seconds (at ×1) each step takes while playing: a loop handle or a generator
    /// operation. 0 runs steps as fast as they come (virtual time alone paces the loop).
    pub step_time: f64,
    /// Record the run into this recording (the dashboard then does not restart).
    pub recorder: Option<Recorder>,
}

/// How a recording made in the live view ended: events written, or the write error.
pub type RecordResult = io::Result<u64>;

/// The dashboard's ends of the channels to a running engine thread.
pub struct EngineLink {
    pub events: tokio::sync::mpsc::Receiver<LiveMsg>,
    pub commands: SyncSender<Command>,
    /// Events dropped because the dashboard fell behind, since the start.
    pub dropped: Arc<AtomicU64>,
    /// Ends with the recording's outcome when the run was recorded.
    pub thread: JoinHandle<Option<RecordResult>>,
}

/// Starts the engine thread (with the interpreter's big stack).
pub fn start(run: LiveRun) -> io::Result<EngineLink> {
    let (event_tx, events) = tokio::sync::mpsc::channel(EVENT_CAPACITY);
    let (commands, command_rx) = mpsc::sync_channel(COMMAND_CAPACITY);
    let dropped = Arc::new(AtomicU64::new(0));
    let counter = dropped.clone();
    let thread = std::thread::Builder::new()
        .name("engine".into())
        .stack_size(crate::cli::ENGINE_STACK)
        .spawn(move || engine_thread(run, event_tx, command_rx, counter))?;
    Ok(EngineLink {
        events,
        commands,
        dropped,
        thread,
    })
}

/// Why a run stopped before its end, or what to do after it ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stop {
    Restart,
    Quit,
}

/// Runs the program, again on each restart, until the dashboard quits.
fn engine_thread(
    mut run: LiveRun,
    events: tokio::sync::mpsc::Sender<LiveMsg>,
    commands: Receiver<Command>,
    dropped: Arc<AtomicU64>,
) -> Option<RecordResult> {
    let mut recorder = run.recorder.take();
    // `Program` holds `Rc`s: it is compiled here, on the thread that runs it. The CLI has
    // already compiled it once to report a diagnostic before the terminal was taken over.
    let program = match compile_main(&run.source_name, &run.code_file, &run.source) {
        Ok(p) => p,
        Err(d) => {
            tracing::error!(%d, "program rejected on the engine thread");
            return recorder.map(|r| r.abandon().map(|()| 0));
        }
    };
    let mut pacing = Pacing {
        paused: run.paused,
        speed: run.speed,
        step_time: run.step_time,
    };
    // Only for waiting (with a deadline) on a full event channel.
    let waiter = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .map_err(
            |e| tracing::warn!(%e, "no runtime to wait on the event channel: full means dropped"),
        )
        .ok();
    let channel = Channel {
        events: &events,
        dropped: &dropped,
        waiter: waiter.as_ref(),
    };
    loop {
        let mut host = LiveHost::new(channel, &commands, pacing);
        let outcome =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match recorder.as_mut() {
                Some(rec) => run_recorded(&program, run.config.clone(), &mut host, rec),
                None => run_compiled(&program, run.config.clone(), &mut host),
            }));
        let report = match outcome {
            Ok(report) => report,
            Err(panic) => {
                let msg = panic_message(&panic);
                tracing::error!(%msg, "the engine panicked");
                let _ = events.blocking_send(LiveMsg::Note(HostNote::EngineCrashed(msg)));
                // What was recorded stays (it loads as truncated).
                return recorder.map(|r| r.abandon().map(|()| 0));
            }
        };
        tracing::info!(exit = ?report.exit, "live run ended");
        // A recording holds one run: it ends with it (the dashboard does not restart).
        let recorded = recorder.take().map(|r| r.finish(report.exit));
        if let Some(result) = &recorded {
            tracing::info!(?result, "recording finished");
        }
        let stop = match host.stop {
            Some(stop) => stop,
            None => host.wait_after_finish(),
        };
        pacing = host.pacing;
        if recorded.is_some() {
            return recorded;
        }
        match stop {
            Stop::Quit => return None,
            Stop::Restart => {
                tracing::info!("restarting the program");
                if events
                    .blocking_send(LiveMsg::Note(HostNote::Restarted))
                    .is_err()
                {
                    return None;
                }
            }
        }
    }
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    match (panic.downcast_ref::<&str>(), panic.downcast_ref::<String>()) {
        (Some(s), _) => s.to_string(),
        (None, Some(s)) => s.clone(),
        (None, None) => "the engine panicked".into(),
    }
}

/// The engine's end of the event channel.
#[derive(Clone, Copy)]
struct Channel<'a> {
    events: &'a tokio::sync::mpsc::Sender<LiveMsg>,
    dropped: &'a AtomicU64,
    waiter: Option<&'a tokio::runtime::Runtime>,
}

/// Whether the dashboard is still there to receive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Delivery {
    Sent,
    Dropped,
    Closed,
}

impl Channel<'_> {
    fn send(&self, msg: LiveMsg) -> Delivery {
        let msg = match self.events.try_send(msg) {
            Ok(()) => return Delivery::Sent,
            Err(TrySendError::Closed(_)) => return Delivery::Closed,
            Err(TrySendError::Full(msg)) => msg,
        };
        // The dashboard is behind: wait for room, but not forever.
        let waited = self.waiter.map(|rt| {
            rt.block_on(async {
                // Built inside the runtime: a timer needs its time driver.
                tokio::time::timeout(SEND_PATIENCE, self.events.send(msg)).await
            })
        });
        match waited {
            Some(Ok(Ok(()))) => Delivery::Sent,
            Some(Ok(Err(_))) => Delivery::Closed,
            Some(Err(_)) | None => {
                self.dropped.fetch_add(1, Ordering::Relaxed);
                Delivery::Dropped
            }
        }
    }
}

/// Pause and speed: kept across restarts.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Pacing {
    paused: bool,
    speed: f64,
    step_time: f64,
}

/// The engine's host in the live view.
///
/// Invariant: `steps > 0` or `seeking` only while paused; once `stop` is set nothing more is
/// sent and every blocking call returns `Err(Abort::Stopped)`.
/// Step points are `before_handle` and every event that gives a thread the GIL.
struct LiveHost<'a> {
    channel: Channel<'a>,
    commands: &'a Receiver<Command>,
    pacing: Pacing,
    /// Steps (handles, generator operations, thread switches) the person let through with
    /// `n` and that have not started yet.
    steps: u32,
    /// A step's handle has started: run on, jumping the clock, until the next handle.
    seeking: bool,
    actions: VecDeque<Action>,
    stop: Option<Stop>,
    last_busy: Option<Instant>,
}

impl<'a> LiveHost<'a> {
    fn new(channel: Channel<'a>, commands: &'a Receiver<Command>, pacing: Pacing) -> Self {
        LiveHost {
            channel,
            commands,
            pacing,
            steps: 0,
            seeking: false,
            actions: VecDeque::new(),
            stop: None,
            last_busy: None,
        }
    }

    fn send(&mut self, msg: LiveMsg) {
        if self.stop.is_some() {
            return;
        }
        if self.channel.send(msg) == Delivery::Closed {
            self.stop = Some(Stop::Quit);
        }
    }

    /// While playing, holds each step for the scenario's `step_time` (at the current speed),
    /// so that code which takes no virtual time (generators driven by hand, a burst of
    /// callbacks) unfolds at a pace a person can follow. Any key is handled at once.
    fn linger(&mut self) -> Result<(), Abort> {
        if self.pacing.step_time <= 0.0 || self.pacing.paused {
            return Ok(());
        }
        let until =
            Instant::now() + Duration::from_secs_f64(self.pacing.step_time / self.pacing.speed);
        while !self.pacing.paused {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            match self.commands.recv_timeout(left) {
                Ok(c) => self.handle(c),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => self.stop = Some(Stop::Quit),
            }
            self.check()?;
        }
        Ok(())
    }

    /// A step boundary (a loop handle, a generator operation, a thread switch): while
    /// playing it lingers for the step time; while paused it waits, and a step lets one
    /// through (the clock then jumps on to the next boundary).
    fn step_point(&mut self) -> Result<(), Abort> {
        self.drain();
        self.check()?;
        self.linger()?;
        while self.pacing.paused {
            if self.steps > 0 {
                self.steps -= 1;
                self.seeking = true;
                return Ok(());
            }
            self.seeking = false;
            self.wait_for_command();
            self.check()?;
        }
        Ok(())
    }

    fn handle(&mut self, command: Command) {
        match command {
            Command::Pause => {
                self.pacing.paused = true;
                self.steps = 0;
                self.seeking = false;
            }
            Command::Resume => {
                self.pacing.paused = false;
                self.steps = 0;
                self.seeking = false;
            }
            Command::Step => {
                self.pacing.paused = true;
                self.steps += 1;
            }
            Command::Speed(s) if s.is_finite() && s > 0.0 => self.pacing.speed = s,
            Command::Speed(_) => {}
            Command::Cancel(task) => self.actions.push_back(Action::CancelTask { task }),
            Command::CancelFuture(future) => {
                self.actions.push_back(Action::CancelFuture { future })
            }
            Command::Interrupt => self.actions.push_back(Action::Interrupt),
            Command::Restart => self.stop = Some(Stop::Restart),
            Command::Quit => self.stop = Some(Stop::Quit),
        }
    }

    /// Takes every command waiting, without blocking.
    fn drain(&mut self) {
        loop {
            match self.commands.try_recv() {
                Ok(c) => self.handle(c),
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => {
                    self.stop = Some(Stop::Quit);
                    return;
                }
            }
        }
    }

    /// Blocks for the next command (the dashboard gone counts as quit).
    fn wait_for_command(&mut self) {
        match self.commands.recv() {
            Ok(c) => self.handle(c),
            Err(_) => self.stop = Some(Stop::Quit),
        }
    }

    fn check(&self) -> Result<(), Abort> {
        match self.stop {
            Some(_) => Err(Abort::Stopped),
            None => Ok(()),
        }
    }

    /// The program ended: stay until the person restarts or quits.
    fn wait_after_finish(&mut self) -> Stop {
        loop {
            self.wait_for_command();
            if let Some(stop) = self.stop {
                return stop;
            }
            // Pause, speed and the like still apply to the next run.
            self.actions.clear();
            self.steps = 0;
        }
    }
}

impl Host for LiveHost<'_> {
    fn events_enabled(&self) -> bool {
        true
    }

    fn emit(&mut self, event: Event) {
        let switch = crate::app::takes_gil(&event.kind);
        self.send(LiveMsg::Event(event));
        if switch {
            // A thread taking the GIL is a step point too, shown before the thread runs.
            // Not a question the engine asks: a stop asked for here is kept for the next
            // one (`check`), so recordings number their inputs as before.
            let _ = self.step_point();
        }
    }

    // The program's text reaches the dashboard as `Output` events.
    fn stdout(&mut self, _text: &str) {}
    fn stderr(&mut self, _text: &str) {}

    fn before_handle(&mut self) -> Result<(), Abort> {
        self.step_point()
    }

    fn wait_until(&mut self, from: f64, to: f64) -> Result<Option<f64>, Abort> {
        let mut now = from;
        let mut mark = Instant::now();
        loop {
            self.drain();
            self.check()?;
            if !self.actions.is_empty() {
                // A person acted: the loop wakes at this moment, as from its selector.
                return Ok(Some(now));
            }
            if self.pacing.paused && (self.seeking || self.steps > 0) {
                return Ok(None); // stepping: jump straight to the next handle
            }
            if now >= to {
                return Ok(None);
            }
            let running = !self.pacing.paused;
            let speed = self.pacing.speed;
            let got = if running {
                let wall = ((to - now) / speed).min(CLOCK_TICK.as_secs_f64());
                self.commands
                    .recv_timeout(Duration::from_secs_f64(wall.max(0.0)))
            } else {
                self.commands
                    .recv()
                    .map_err(|_| RecvTimeoutError::Disconnected)
            };
            let elapsed = mark.elapsed().as_secs_f64();
            mark = Instant::now();
            if running {
                now = (now + elapsed * speed).min(to);
            }
            match got {
                Ok(c) => self.handle(c),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => self.stop = Some(Stop::Quit),
            }
            self.send(LiveMsg::Note(HostNote::Clock(now)));
        }
    }

    fn take_action(&mut self) -> Option<Action> {
        self.drain();
        self.actions.pop_front()
    }

    fn overrun(&mut self, func: &str, line: u32) -> Result<bool, Abort> {
        self.drain();
        self.check()?;
        if self.last_busy.is_none_or(|t| t.elapsed() >= BUSY_TICK) {
            self.last_busy = Some(Instant::now());
            self.send(LiveMsg::Note(HostNote::Busy {
                func: func.to_string(),
                line,
            }));
        }
        Ok(true)
    }

    fn pause(&mut self, note: Option<&str>) {
        self.pacing.paused = true;
        self.steps = 0;
        self.seeking = false;
        self.send(LiveMsg::Note(HostNote::ScriptPause {
            note: note.map(str::to_string),
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::event::{EventKind, ThreadId, ThreadState};

    fn event(kind: EventKind) -> Event {
        Event {
            t: 0.0,
            iter: 0,
            kind,
        }
    }

    fn switch_to(thread: u64) -> Event {
        event(EventKind::ThreadChanged {
            thread: ThreadId(thread),
            state: ThreadState::Running,
        })
    }

    /// A paused host whose commands are already queued, so nothing here waits on a clock:
    /// a step point that should wait takes the next command, one that should not leaves it.
    /// `hang_up`: the dashboard is gone once they are read.
    fn with_host(commands: &[Command], hang_up: bool, test: impl FnOnce(&mut LiveHost<'_>)) {
        let (tx, mut rx) = tokio::sync::mpsc::channel(64);
        let (ctx, crx) = mpsc::sync_channel(16);
        for c in commands {
            ctx.send(c.clone()).expect("queued");
        }
        let ctx = (!hang_up).then_some(ctx);
        let dropped = AtomicU64::new(0);
        let channel = Channel {
            events: &tx,
            dropped: &dropped,
            waiter: None,
        };
        let pacing = Pacing {
            paused: true,
            speed: 1.0,
            step_time: 0.0,
        };
        let mut host = LiveHost::new(channel, &crx, pacing);
        test(&mut host);
        drop(host);
        drop(ctx);
        rx.close();
    }

    #[test]
    fn a_thread_switch_is_a_step_point() {
        with_host(&[Command::Step], false, |host| {
            host.emit(switch_to(1));
            assert_eq!(host.steps, 0, "the step was spent at the switch");
            assert!(host.seeking, "the clock runs on to the next step point");
            assert!(host.stop.is_none());
        });
    }

    #[test]
    fn other_thread_events_go_by_without_stopping() {
        with_host(&[Command::Step], false, |host| {
            host.emit(event(EventKind::ThreadChanged {
                thread: ThreadId(1),
                state: ThreadState::Sleeping {
                    until: 0.3,
                    line: 0,
                },
            }));
            host.emit(event(EventKind::ThreadEnded {
                thread: ThreadId(1),
            }));
            // The queued step is still there for the next step point.
            host.drain();
            assert_eq!(host.steps, 1);
        });
    }

    #[test]
    fn quitting_at_a_switch_stops_at_the_next_question() {
        // The dashboard is gone after the queued commands: waiting at the switch sees that.
        with_host(&[], true, |host| {
            host.emit(switch_to(2));
            assert_eq!(host.stop, Some(Stop::Quit));
            assert_eq!(host.before_handle(), Err(Abort::Stopped));
        });
    }
}
