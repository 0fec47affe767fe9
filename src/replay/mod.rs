//! Time-travel replay of a recording (`coroviz replay FILE.cvz`): a [`Player`] that rebuilds
//! the dashboard's state at any position with the live reducer, and its terminal loop.
//!
//! Everything but `tui.rs` is model: no terminal, no wall clock (playing takes the elapsed
//! wall time as an argument), unit-tested in `tests.rs`.

mod player;
mod playing;
mod snapshots;
pub mod tui;

#[cfg(test)]
mod tests;

pub use player::Player;
pub use playing::{select_row, Flow, BURST_RATE};
pub use snapshots::{footprint, DEFAULT_BUDGET, MIN_INTERVAL};
pub use tui::{run, ReplayError, Start, StartAt};
