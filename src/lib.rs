//! coroviz: see how an event loop schedules coroutines.
//!
//! Data flows one way: scenario → lang → runtime → events → app state → ui.

pub mod app;
pub mod cli;
pub mod diag;
pub mod export;
pub mod lang;
pub mod lessons;
pub mod live;
pub mod record;
pub mod replay;
pub mod runtime;
pub mod scenario;
pub mod trace;
pub mod tui;
pub mod ui;
