//! The replay in a terminal: one `tokio::select!` over keys, the frame tick (which moves the
//! playhead while playing) and cancellation. Terminal setup and restore are `crate::tui`'s.

use std::io::{self, Stdout};
use std::path::Path;
use std::time::Instant;

use crossterm::event::Event as TermEvent;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;
use tokio_util::sync::CancellationToken;

use super::{select_row, Flow, Player};
use crate::app::{replay_action_for, Action, ReplayAction, State};
use crate::record::Recording;
use crate::tui::mouse_action;
use crate::tui::{
    draw, install_panic_hook, key_of, next_input, restore_terminal, watch_signals, Screen, FRAME,
};
use crate::ui::{measure, Theme};

/// Where the playhead starts and whether it plays.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Start {
    pub at: StartAt,
    pub paused: bool,
}

/// The first position shown.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StartAt {
    Beginning,
    /// Every event at or before this virtual time applied.
    Time(f64),
    /// The end of this loop iteration.
    Iteration(u64),
}

/// Replays `recording` (loaded from `path`) until the person quits. The terminal is restored
/// on every path: quit, error, panic (hook) and SIGTERM/SIGHUP/SIGINT.
pub fn run(recording: Recording, path: &Path, start: Start) -> io::Result<()> {
    let mut player = Player::indexed_in_background(recording);
    tracing::info!(path = %path.display(), events = player.len(), "replay opened");
    match start.at {
        StartAt::Beginning => {}
        StartAt::Time(t) => player.seek_time(t),
        StartAt::Iteration(n) => player.seek_iteration(n),
    }
    if !start.paused {
        player.toggle_play();
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        install_panic_hook();
        let token = CancellationToken::new();
        watch_signals(token.clone());
        let result = {
            let _screen = Screen::enter()?;
            let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
            event_loop(&mut terminal, player, token).await
        };
        restore_terminal();
        result
    })
}

/// The replay's one select loop.
async fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    mut player: Player,
    token: CancellationToken,
) -> io::Result<()> {
    let theme = Theme::from_env();
    draw(terminal, player.state(), theme)?;
    let mut keys = crossterm::event::EventStream::new();
    let mut tick = tokio::time::interval(FRAME);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    let mut last = Instant::now();
    let mut dirty = false;
    loop {
        tokio::select! {
            () = token.cancelled() => break,
            input = next_input(&mut keys) => match input {
                Some(Ok(ev)) => {
                    dirty = true;
                    let area = terminal.size().map(|s| Rect::new(0, 0, s.width, s.height))?;
                    if let Some(action) = action_of(&ev, player.state(), area) {
                        player.measured(measure(area, player.state()));
                        if player.act(action) == Flow::Quit {
                            break;
                        }
                    }
                }
                Some(Err(e)) => return Err(e),
                None => break,
            },
            _ = tick.tick() => {
                let now = Instant::now();
                dirty |= player.tick(now - last);
                last = now;
                if dirty {
                    draw(terminal, player.state(), theme)?;
                    dirty = false;
                }
            },
        }
    }
    tracing::info!(position = player.position(), "replay closed");
    Ok(())
}

/// What a terminal event means for the replay.
fn action_of(ev: &TermEvent, state: &State, area: Rect) -> Option<ReplayAction> {
    match ev {
        TermEvent::Key(key) => replay_action_for(key_of(key)?, state.replay_input()),
        TermEvent::Mouse(m) => match mouse_action(m, state, area)? {
            Action::SelectRow(row) => Some(select_row(row)),
            action => Some(ReplayAction::View(action)),
        },
        _ => None,
    }
}
