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
use crate::record::{Recording, RecordingError};
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

/// Why a replay ended other than by the person quitting.
#[derive(Debug, thiserror::Error)]
pub enum ReplayError {
    #[error("terminal: {0}")]
    Terminal(#[from] io::Error),
    /// The recording turned out damaged while it loaded behind the first frame.
    #[error(transparent)]
    Recording(#[from] RecordingError),
}

/// Replays the recording at `path`, of which `header` is the header alone (read first, so a
/// file that is no recording is refused before the terminal is taken), until the person
/// quits. The first frame shows at once; the events load and the index builds behind it.
/// The terminal is restored on every path: quit, error, panic (hook) and
/// SIGTERM/SIGHUP/SIGINT.
pub fn run(header: Recording, path: &Path, start: Start) -> Result<(), ReplayError> {
    let file = path.to_path_buf();
    let mut player = Player::opening(path, header, move |progress| {
        crate::record::load_counting(&file, progress)
    });
    tracing::info!(path = %path.display(), "replay opened");
    player.start(start);
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

/// How the select loop ended: the person quit, or the recording could not be loaded.
type Ended = Result<Option<RecordingError>, io::Error>;

/// The replay's one select loop.
async fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    mut player: Player,
    token: CancellationToken,
) -> Result<(), ReplayError> {
    let ended = select_loop(terminal, &mut player, token).await;
    tracing::info!(position = player.position(), "replay closed");
    match ended? {
        Some(e) => Err(e.into()),
        None => Ok(()),
    }
}

async fn select_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    player: &mut Player,
    token: CancellationToken,
) -> Ended {
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
                if let Some(e) = player.take_failure() {
                    return Ok(Some(e));
                }
                if dirty {
                    draw(terminal, player.state(), theme)?;
                    dirty = false;
                }
            },
        }
    }
    Ok(None)
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
