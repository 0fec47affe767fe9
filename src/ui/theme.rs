//! Colours and emphasis, with `NO_COLOR` honoured: without colour every state still shows as
//! its word, and selection shows as reversed text.

use ratatui::style::{Color, Modifier, Style};

use crate::app::TaskState;

/// How the dashboard paints things.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    color: bool,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set to a non-empty value (<https://no-color.org>).
    pub fn from_env() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme { color: !no_color }
    }

    pub fn colored() -> Self {
        Theme { color: true }
    }

    pub fn plain() -> Self {
        Theme { color: false }
    }

    fn fg(&self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    pub fn state(&self, s: TaskState) -> Style {
        match s {
            TaskState::Ready => self.fg(Color::Yellow),
            TaskState::Running => self.fg(Color::Green).add_modifier(Modifier::BOLD),
            TaskState::Waiting => self.fg(Color::Cyan),
            TaskState::Done => self.fg(Color::DarkGray),
            TaskState::Failed => self.fg(Color::Red).add_modifier(Modifier::BOLD),
            TaskState::Cancelled => self.fg(Color::Magenta),
        }
    }

    pub fn plain_text(&self) -> Style {
        Style::new()
    }

    pub fn title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        self.fg(Color::DarkGray)
    }

    pub fn border(&self) -> Style {
        self.fg(Color::DarkGray)
    }

    pub fn key(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// The border of the panel that has the keys.
    pub fn focus(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// A `code` span in prose (the lesson text).
    pub fn code(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Cyan)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn warn(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn error(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn good(&self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }

    pub fn stderr(&self) -> Style {
        self.fg(Color::Red)
    }
}
