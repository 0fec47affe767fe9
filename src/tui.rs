//! The terminal: raw mode, alternate screen and mouse capture (restored on quit, error, panic
//! and SIGTERM), and the one `tokio::select!` loop joining keys, engine events, the render
//! tick and cancellation.

use std::io::{self, Stdout};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{
    DisableMouseCapture, EnableMouseCapture, Event as TermEvent, EventStream, KeyCode, KeyEvent,
    KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use crossterm::{cursor, execute};
use futures_core::Stream;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;
use tokio_util::sync::CancellationToken;

use crate::app::{action_for, Action, Command, Effect, HostNote, Key, Lesson, Panel, State, WHEEL};
use crate::live::{self, EngineLink, LiveMsg, LiveRun, RecordResult, LIVE_SLICE_BUDGET};
use crate::scenario::Scenario;
use crate::ui::{measure, panel_at, task_row_at, Dashboard, Theme};

/// How often the screen is redrawn when something changed.
pub(crate) const FRAME: Duration = Duration::from_millis(33);
/// Engine messages folded per wake-up before keys and frames get their turn.
const BATCH: usize = 8192;

/// What the dashboard was asked to show.
pub struct Options {
    pub scenario: Scenario,
    /// Start paused before the first loop handle.
    pub paused: bool,
    /// When the process started (for the time-to-first-frame log line).
    pub started: Instant,
    /// Record the run here (restart is then off: a recording holds one run).
    pub recorder: Option<crate::record::Recorder>,
}

/// How the dashboard ended, for the CLI to report after the terminal is restored.
#[derive(Debug, PartialEq, Eq)]
pub enum Ending {
    /// The person quit (or a signal asked us to), with how the program had ended by then
    /// (`None`: it was still running, and is stopped).
    Quit(Option<crate::runtime::event::ExitStatus>),
    /// The engine crashed with this message.
    EngineCrashed(String),
}

/// Runs the live dashboard until the person quits. The terminal is restored on every path.
/// When recording, also returns how the recording ended (after the engine thread is done).
pub fn run(options: Options) -> io::Result<(Ending, Option<RecordResult>)> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(run_async(options))
}

async fn run_async(options: Options) -> io::Result<(Ending, Option<RecordResult>)> {
    let Options {
        scenario,
        paused,
        started,
        recorder,
    } = options;
    let lesson = Lesson::from_scenario(&scenario);
    let recording = recorder.is_some();
    let link = live::start(LiveRun {
        source_name: scenario.source_name.clone(),
        code_file: scenario.code_file().to_string(),
        source: scenario.source.clone(),
        config: scenario.engine_config(LIVE_SLICE_BUDGET),
        paused,
        speed: scenario.speed,
        step_time: scenario.step_time,
        recorder,
    })?;

    install_panic_hook();
    let token = CancellationToken::new();
    watch_signals(token.clone());
    let result = {
        let _screen = Screen::enter()?;
        let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
        let mut state = State::new(lesson, paused);
        state.recording = recording;
        event_loop(&mut terminal, state, link, token, started).await
    };
    restore_terminal();
    let (ending, engine) = result?;
    // The recording is complete once the engine thread has written its end.
    let recorded = if recording {
        engine.join().unwrap_or_else(|_| {
            Some(Err(io::Error::other(
                "the engine thread panicked while recording",
            )))
        })
    } else {
        None
    };
    Ok((ending, recorded))
}

/// The dashboard's one select loop.
async fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    mut state: State,
    mut link: EngineLink,
    token: CancellationToken,
    started: Instant,
) -> io::Result<(Ending, std::thread::JoinHandle<Option<RecordResult>>)> {
    let theme = Theme::from_env();
    draw(terminal, &state, theme)?;
    tracing::info!(
        micros = started.elapsed().as_micros() as u64,
        "first frame drawn (since the process started)"
    );
    let mut keys = EventStream::new();
    let mut tick = tokio::time::interval(FRAME);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    let mut dirty = false;
    let mut engine_open = true;
    let ending = loop {
        tokio::select! {
            () = token.cancelled() => break Ending::Quit(None),
            input = next_input(&mut keys) => match input {
                Some(Ok(ev)) => {
                    dirty = true;
                    let area = terminal.size().map(|s| Rect::new(0, 0, s.width, s.height))?;
                    if let Some(action) = action_of(&ev, &state, area) {
                        state.measured(measure(area, &state));
                        match state.act(action) {
                            Effect::Nothing => {}
                            Effect::Send(command) => send(&link, &mut state, command),
                            Effect::Quit => break Ending::Quit(None),
                        }
                    }
                }
                Some(Err(e)) => return Err(e),
                None => break Ending::Quit(None),
            },
            msg = link.events.recv(), if engine_open => {
                dirty = true;
                match msg {
                    Some(msg) => {
                        // Everything waiting is folded before the next frame: the events
                        // of a run between notes go together, so those whose log lines
                        // would fall off before the frame are not described.
                        let mut run = Vec::new();
                        fold(&mut state, msg, &mut run);
                        for _ in 0..BATCH {
                            match link.events.try_recv() {
                                Ok(msg) => fold(&mut state, msg, &mut run),
                                Err(_) => break,
                            }
                        }
                        state.apply_all(&run);
                    }
                    None => {
                        engine_open = false;
                        state.note(HostNote::EngineStopped);
                    }
                }
            },
            _ = tick.tick() => {
                let dropped = link.dropped.load(Ordering::Relaxed);
                if dropped != state.dropped_events {
                    state.note(HostNote::Dropped(dropped));
                    dirty = true;
                }
                if dirty {
                    draw(terminal, &state, theme)?;
                    dirty = false;
                }
            },
        }
    };
    // Tell the engine to stop; dropping our ends of the channels tells it too.
    let _ = link.commands.try_send(Command::Quit);
    tracing::info!("dashboard closed");
    let ending = match (state.crash, ending) {
        (Some(msg), _) => Ending::EngineCrashed(msg),
        // The program's own status once it has ended, as `coroviz run` would exit.
        (None, Ending::Quit(_)) => Ending::Quit(state.finish.map(|f| f.exit)),
        (None, ending) => ending,
    };
    Ok((ending, link.thread))
}

/// Adds an event to the `run` being gathered; a note first folds the run, then itself.
fn fold(state: &mut State, msg: LiveMsg, run: &mut Vec<crate::runtime::event::Event>) {
    match msg {
        LiveMsg::Event(ev) => run.push(ev),
        LiveMsg::Note(note) => {
            state.apply_all(run);
            run.clear();
            state.note(note);
        }
    }
}

fn send(link: &EngineLink, state: &mut State, command: Command) {
    use std::sync::mpsc::TrySendError;
    match link.commands.try_send(command) {
        Ok(()) => {}
        Err(TrySendError::Full(c)) => {
            tracing::warn!(command = ?c, "engine busy: command dropped");
            state.command_dropped();
        }
        // The engine is gone; the screen already says so.
        Err(TrySendError::Disconnected(_)) => {}
    }
}

pub(crate) fn draw(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    state: &State,
    theme: Theme,
) -> io::Result<()> {
    let dashboard = Dashboard { state, theme };
    terminal.draw(|f| f.render_widget(&dashboard, f.area()))?;
    Ok(())
}

/// The next terminal event (key, mouse, resize).
pub(crate) async fn next_input(keys: &mut EventStream) -> Option<io::Result<TermEvent>> {
    std::future::poll_fn(|cx| Pin::new(&mut *keys).poll_next(cx)).await
}

/// What a terminal event means for the dashboard.
fn action_of(ev: &TermEvent, state: &State, area: Rect) -> Option<Action> {
    match ev {
        TermEvent::Key(key) => action_for(key_of(key)?, state.input_mode()),
        TermEvent::Mouse(m) => mouse_action(m, state, area),
        _ => None,
    }
}

/// A click selects the task row under it or focuses the panel under it; the wheel scrolls
/// the panel under it (a task table row at a time, other panels a few lines).
pub(crate) fn mouse_action(
    m: &crossterm::event::MouseEvent,
    state: &State,
    area: Rect,
) -> Option<Action> {
    let wheel = |up: bool| {
        let panel = panel_at(area, state, m.column, m.row).unwrap_or(state.view.focus.panel);
        let by = if panel == Panel::Tasks { 1 } else { WHEEL };
        let panel = if state.view.detail && state.view.focus.full.is_none() {
            Panel::Detail
        } else {
            panel
        };
        Some(Action::ScrollPanel(panel, if up { -by } else { by }))
    };
    match m.kind {
        MouseEventKind::Down(MouseButton::Left) => task_row_at(area, state, m.column, m.row)
            .filter(|_| state.view.focus.full.is_none())
            .map(Action::SelectRow)
            .or_else(|| panel_at(area, state, m.column, m.row).map(Action::FocusPanel)),
        MouseEventKind::ScrollUp => wheel(true),
        MouseEventKind::ScrollDown => wheel(false),
        _ => None,
    }
}

/// A crossterm key press as the app's [`Key`].
pub(crate) fn key_of(key: &KeyEvent) -> Option<Key> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    Some(match key.code {
        KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
        KeyCode::Char(c) => Key::Char(c),
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Esc,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Tab => Key::Tab,
        KeyCode::BackTab => Key::BackTab,
        _ => return None,
    })
}

/// Whether the terminal is in the dashboard's modes (raw, alternate screen, mouse).
static TERMINAL_TAKEN: AtomicBool = AtomicBool::new(false);

/// Holds the terminal in the dashboard's modes; restores it when dropped.
pub(crate) struct Screen;

impl Screen {
    pub(crate) fn enter() -> io::Result<Screen> {
        TERMINAL_TAKEN.store(true, Ordering::SeqCst);
        let screen = Screen;
        enable_raw_mode()?;
        execute!(
            io::stdout(),
            EnterAlternateScreen,
            EnableMouseCapture,
            cursor::Hide
        )?;
        Ok(screen)
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// Puts the terminal back as we found it (once; later calls do nothing).
pub fn restore_terminal() {
    if TERMINAL_TAKEN.swap(false, Ordering::SeqCst) {
        let _ = execute!(
            io::stdout(),
            DisableMouseCapture,
            LeaveAlternateScreen,
            cursor::Show
        );
        let _ = disable_raw_mode();
    }
}

/// Restores the terminal before a panic message is printed. The engine thread's panics are
/// caught there and shown on the dashboard, so they only go to the log.
pub(crate) fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() == Some("engine") {
            tracing::error!(%info, "engine panic");
            return;
        }
        restore_terminal();
        previous(info);
    }));
}

/// SIGTERM, SIGHUP and an outside SIGINT end the dashboard cleanly (Ctrl-C typed in the
/// dashboard is a key, not a signal, in raw mode).
pub(crate) fn watch_signals(token: CancellationToken) {
    use tokio::signal::unix::{signal, SignalKind};
    for kind in [
        SignalKind::terminate(),
        SignalKind::hangup(),
        SignalKind::interrupt(),
    ] {
        match signal(kind) {
            Ok(mut s) => {
                let token = token.clone();
                tokio::spawn(async move {
                    if s.recv().await.is_some() {
                        tracing::info!(?kind, "signal: closing the dashboard");
                        token.cancel();
                    }
                });
            }
            Err(e) => tracing::warn!(%e, "cannot watch a signal"),
        }
    }
}
