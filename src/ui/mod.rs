//! The dashboard drawn from `&State` alone: the layout, and one widget per panel.
//!
//! No logic beyond layout lives here: what to show is decided by `app`.

mod frames;
mod header;
mod internals;
mod overlay;
mod panels;
mod replay;
mod source;
mod tasks;
mod text;
mod theme;
mod timeline;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::app::{State, Tab};

pub use text::{fit, pad, width};
pub use theme::Theme;

/// The smallest terminal the dashboard draws in; below it a message asks for more room.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// The whole dashboard for one frame.
pub struct Dashboard<'a> {
    pub state: &'a State,
    pub theme: Theme,
}

/// What every panel needs: the state, the theme, and whether panels share a tabbed area.
pub(crate) struct Ctx<'a> {
    pub state: &'a State,
    pub theme: Theme,
    pub tabbed: bool,
}

impl<'a> Ctx<'a> {
    /// A bordered panel; in the compact layout the tabbed panels show the tab strip first.
    pub fn block(&self, title: Vec<Span<'a>>, tab: Option<Tab>) -> Block<'a> {
        let t = self.theme;
        let mut spans = vec![Span::raw(" ")];
        if let (true, Some(active)) = (self.tabbed, tab) {
            for (i, tab) in Tab::ALL.iter().enumerate() {
                if i > 0 {
                    spans.push(Span::styled(" │ ", t.dim()));
                }
                let style = if *tab == active {
                    t.title().patch(t.selected())
                } else {
                    t.dim()
                };
                spans.push(Span::styled(tab.title(), style));
            }
            spans.push(Span::styled(" (Tab)", t.dim()));
            if !title.is_empty() {
                spans.push(Span::styled(" · ", t.dim()));
            }
        }
        spans.extend(title);
        spans.push(Span::raw(" "));
        Block::bordered()
            .border_style(t.border())
            .title(Line::from(spans))
    }
}

/// Where each panel goes. `None` panels are hidden (the compact layout shows them one at a
/// time in `tabbed`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    pub tasks: Rect,
    pub internals: Rect,
    pub output: Rect,
    pub source: Option<Rect>,
    pub timeline: Option<Rect>,
    pub log: Option<Rect>,
    pub notes: Option<Rect>,
    pub tabbed: Option<Rect>,
    /// The replay's position bar, under the header (replay only).
    pub position: Option<Rect>,
    pub footer: Rect,
}

impl Areas {
    /// The layout for a terminal of this size; `None` when it is too small.
    pub fn of(area: Rect) -> Option<Areas> {
        Self::with_bar(area, false)
    }

    /// The layout for `state`: a replay gives one line under the header to its position bar.
    pub fn for_state(area: Rect, state: &State) -> Option<Areas> {
        Self::with_bar(area, state.replay.is_some())
    }

    fn with_bar(area: Rect, bar: bool) -> Option<Areas> {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return None;
        }
        let (x, w) = (area.x, area.width);
        let header = Rect::new(x, area.y, w, 1);
        let footer = Rect::new(x, area.bottom() - 1, w, 1);
        let bar = u16::from(bar);
        let position = (bar == 1).then(|| Rect::new(x, area.y + 1, w, 1));
        let body_y = area.y + 1 + bar;
        let body_h = area.height - 2 - bar;
        if w >= 110 && area.height >= 34 {
            // Everything at once: tasks | loop, source | timeline, log | output | notes.
            let top = body_h * 2 / 5;
            let mid = body_h * 3 / 10;
            let bottom = body_h - top - mid;
            let left = w * 66 / 100;
            let half = w / 2;
            let (y1, y2) = (body_y + top, body_y + top + mid);
            let log_w = w * 45 / 100;
            let out_w = (w - log_w) / 2;
            Some(Areas {
                header,
                tasks: Rect::new(x, body_y, left, top),
                internals: Rect::new(x + left, body_y, w - left, top),
                source: Some(Rect::new(x, y1, half, mid)),
                timeline: Some(Rect::new(x + half, y1, w - half, mid)),
                log: Some(Rect::new(x, y2, log_w, bottom)),
                output: Rect::new(x + log_w, y2, out_w, bottom),
                notes: Some(Rect::new(x + log_w + out_w, y2, w - log_w - out_w, bottom)),
                tabbed: None,
                position,
                footer,
            })
        } else {
            // Compact: tasks, then loop | output, then one tabbed panel.
            let top = (body_h * 2 / 5).max(8);
            let mid = (body_h / 4).max(7);
            let bottom = body_h - top - mid;
            let left = w / 2;
            Some(Areas {
                header,
                tasks: Rect::new(x, body_y, w, top),
                internals: Rect::new(x, body_y + top, left, mid),
                output: Rect::new(x + left, body_y + top, w - left, mid),
                source: None,
                timeline: None,
                log: None,
                notes: None,
                tabbed: Some(Rect::new(x, body_y + top + mid, w, bottom)),
                position,
                footer,
            })
        }
    }
}

/// The task table row under a mouse click at (`column`, `row`), if any.
pub fn task_row_at(area: Rect, state: &State, column: u16, row: u16) -> Option<usize> {
    let tasks = Areas::for_state(area, state)?.tasks;
    let inner = Block::bordered().inner(tasks);
    let first = inner.y + 1; // below the column headings
    if column < inner.x || column >= inner.right() || row < first || row >= inner.bottom() {
        return None;
    }
    let visible = usize::from(inner.bottom() - first);
    let offset = tasks::offset(state.view.selected, visible);
    let i = offset + usize::from(row - first);
    (i < state.rows()).then_some(i)
}

impl Widget for &Dashboard<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        buf.set_style(area, Style::reset());
        let Some(areas) = Areas::for_state(area, self.state) else {
            overlay::TooSmall { theme: self.theme }.render(area, buf);
            return;
        };
        let ctx = Ctx {
            state: self.state,
            theme: self.theme,
            tabbed: areas.tabbed.is_some(),
        };
        header::Header { ctx: &ctx }.render(areas.header, buf);
        tasks::TaskTable { ctx: &ctx }.render(areas.tasks, buf);
        internals::LoopPanel { ctx: &ctx }.render(areas.internals, buf);
        panels::OutputPanel { ctx: &ctx }.render(areas.output, buf);
        let panel = |tab: Tab, area: Rect, buf: &mut Buffer| match tab {
            Tab::Log => panels::LogPanel { ctx: &ctx }.render(area, buf),
            Tab::Source => source::SourcePanel { ctx: &ctx }.render(area, buf),
            Tab::Timeline => timeline::TimelinePanel { ctx: &ctx }.render(area, buf),
            Tab::Notes => panels::NotesPanel { ctx: &ctx }.render(area, buf),
        };
        for (tab, area) in [
            (Tab::Source, areas.source),
            (Tab::Timeline, areas.timeline),
            (Tab::Log, areas.log),
            (Tab::Notes, areas.notes),
        ] {
            if let Some(area) = area {
                panel(tab, area, buf);
            }
        }
        if let Some(area) = areas.tabbed {
            panel(self.state.view.tab, area, buf);
        }
        if let (Some(area), Some(playback)) = (areas.position, &self.state.replay) {
            replay::PositionBar {
                playback,
                theme: self.theme,
            }
            .render(area, buf);
        }
        header::Footer { ctx: &ctx }.render(areas.footer, buf);
        if self.state.view.detail {
            overlay::Detail { ctx: &ctx }.render(area, buf);
        }
        if self.state.view.frames {
            frames::FramesPanel { ctx: &ctx }.render(area, buf);
        }
        if self.state.view.help {
            overlay::Help { ctx: &ctx }.render(area, buf);
        }
    }
}
