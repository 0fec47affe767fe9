//! The dashboard drawn from `&State` alone: the layout, and one widget per panel.
//!
//! No logic beyond layout lives here: what to show is decided by `app`.

mod deadlock;
mod frames;
mod header;
mod internals;
mod overlay;
mod panels;
mod replay;
mod scroll;
mod source;
mod tasks;
mod text;
mod theme;
mod threads;
mod timeline;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Widget};

use crate::app::{Panel, State, Tab};

pub use scroll::{measure, panel_at};
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
    /// What the scrolled panels drew (for [`measure`]).
    pub measured: scroll::Measured,
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

    /// [`Ctx::block`] for `panel`: its border thick and bright when the panel has the keys.
    pub fn panel_block(&self, title: Vec<Span<'a>>, panel: Panel) -> Block<'a> {
        let block = self.block(title, panel.tab());
        let focus = &self.state.view.focus;
        if focus.panel == panel && focus.full.is_none() {
            block
                .border_type(BorderType::Thick)
                .border_style(self.theme.focus())
        } else {
            block
        }
    }
}

/// Where each panel goes. `None` panels are hidden (the compact layout shows them one at a
/// time in `tabbed`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    pub tasks: Rect,
    /// The threads panel, under the task table, when the program has a thread besides main.
    pub threads: Option<Rect>,
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
        Self::with_bar(area, false, usize::MAX, 0)
    }

    /// The layout for `state`: a replay gives one line under the header to its position bar,
    /// a program with threads besides main a threads panel under the task table.
    pub fn for_state(area: Rect, state: &State) -> Option<Areas> {
        let threads = match state.threads.shown() {
            true => state.threads.list.len(),
            false => 0,
        };
        Self::with_bar(area, state.replay.is_some(), state.rows(), threads)
    }

    /// `rows`: the task table's rows; it takes the height they need (within a share of the
    /// screen) and the rest goes to source, notes and output. `threads`: the threads panel's
    /// rows (0: no panel); it shares the task table's place, each taking what it needs.
    fn with_bar(area: Rect, bar: bool, rows: usize, threads: usize) -> Option<Areas> {
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
            let top = match threads {
                0 => table_height(rows, 10, body_h * 2 / 5),
                _ => table_height(rows.max(1) + threads + 3, 10, body_h / 2),
            };
            let mid = (body_h - top) / 2;
            let bottom = body_h - top - mid;
            let left = w * 66 / 100;
            let half = w / 2;
            let (y1, y2) = (body_y + top, body_y + top + mid);
            let log_w = w * 45 / 100;
            let out_w = (w - log_w) / 2;
            let (tasks_h, threads_h) = share(top, rows, threads);
            Some(Areas {
                header,
                tasks: Rect::new(x, body_y, left, tasks_h),
                threads: (threads_h > 0).then(|| Rect::new(x, body_y + tasks_h, left, threads_h)),
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
            // Compact: tasks (and threads), then loop | output, then one tabbed panel.
            let (top, mid) = match threads {
                0 => (
                    table_height(rows, 5, (body_h * 2 / 5).max(8)),
                    (body_h / 4).max(7),
                ),
                // Threads take a few rows from the loop and the tabbed panel.
                _ => (
                    table_height(rows.max(1) + threads + 3, 8, (body_h * 2 / 5).max(10)),
                    (body_h / 4).max(6),
                ),
            };
            let bottom = body_h - top - mid;
            let left = w / 2;
            let (tasks_h, threads_h) = share(top, rows, threads);
            Some(Areas {
                header,
                tasks: Rect::new(x, body_y, w, tasks_h),
                threads: (threads_h > 0).then(|| Rect::new(x, body_y + tasks_h, w, threads_h)),
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

/// The task table's height: its rows, the heading and the borders, within `least..=most`.
fn table_height(rows: usize, least: u16, most: u16) -> u16 {
    let need = u16::try_from(rows.max(1) + 3).unwrap_or(u16::MAX);
    need.clamp(least, most.max(least))
}

/// How the task table and the threads panel share `top` rows: with no threads the table has
/// them all; else each wants its rows, the heading and the borders (a table with no rows a
/// line to say so), and when they do not both fit the threads get at most half (all but the
/// table's four when there are no tasks), never less than four.
fn share(top: u16, rows: usize, threads: usize) -> (u16, u16) {
    if threads == 0 {
        return (top, 0);
    }
    let want = |n: usize| u16::try_from(n + 3).unwrap_or(u16::MAX);
    let (tasks, thr) = (want(rows.max(1)), want(threads));
    if tasks + thr <= top {
        return (top - thr, thr);
    }
    let most = if rows == 0 {
        top.saturating_sub(4)
    } else {
        top / 2
    };
    let thr = thr.min(most).max(4).min(top);
    (top - thr, thr)
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
        self.draw(area, buf);
    }
}

impl Dashboard<'_> {
    /// Draws the frame; says what the scrolled panels showed.
    fn draw(&self, area: Rect, buf: &mut Buffer) -> scroll::Measured {
        buf.set_style(area, Style::reset());
        let Some(areas) = Areas::for_state(area, self.state) else {
            overlay::TooSmall { theme: self.theme }.render(area, buf);
            return scroll::Measured::default();
        };
        let mut ctx = Ctx {
            state: self.state,
            theme: self.theme,
            tabbed: areas.tabbed.is_some(),
            measured: scroll::Measured::default(),
        };
        if let Some(full) = self.state.view.focus.full {
            ctx.tabbed = false;
            self.draw_full(&ctx, &areas, full, buf);
            if self.state.view.help {
                overlay::Help { ctx: &ctx }.render(area, buf);
            }
            return ctx.measured;
        }
        header::Header { ctx: &ctx }.render(areas.header, buf);
        tasks::TaskTable { ctx: &ctx }.render(areas.tasks, buf);
        if let Some(area) = areas.threads {
            threads::ThreadsPanel { ctx: &ctx }.render(area, buf);
        }
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
        if !self.state.view.detail && !self.state.view.help {
            deadlock::DeadlockBox {
                ctx: &ctx,
                footer: areas.footer,
            }
            .render(area, buf);
        }
        if self.state.view.detail {
            overlay::Detail { ctx: &ctx }.render(area, buf);
        }
        if self.state.view.frames {
            frames::FramesPanel { ctx: &ctx }.render(area, buf);
        }
        if self.state.view.help {
            overlay::Help { ctx: &ctx }.render(area, buf);
        }
        ctx.measured
    }

    /// One panel over the whole body (the lesson pager or a zoomed panel), with the header,
    /// the replay's position bar and the footer around it.
    fn draw_full(&self, ctx: &Ctx<'_>, areas: &Areas, full: Panel, buf: &mut Buffer) {
        header::Header { ctx }.render(areas.header, buf);
        if let (Some(area), Some(playback)) = (areas.position, &self.state.replay) {
            replay::PositionBar {
                playback,
                theme: self.theme,
            }
            .render(area, buf);
        }
        let body = scroll::body(areas);
        match full {
            Panel::Lesson => scroll::Pager { ctx }.render(body, buf),
            Panel::Tasks => tasks::TaskTable { ctx }.render(body, buf),
            Panel::Loop => internals::LoopPanel { ctx }.render(body, buf),
            Panel::Output => panels::OutputPanel { ctx }.render(body, buf),
            Panel::Log => panels::LogPanel { ctx }.render(body, buf),
            Panel::Source => source::SourcePanel { ctx }.render(body, buf),
            Panel::Timeline => timeline::TimelinePanel { ctx }.render(body, buf),
            Panel::Notes => panels::NotesPanel { ctx }.render(body, buf),
            Panel::Detail => overlay::Detail { ctx }.render(body, buf),
        }
        header::Footer { ctx }.render(areas.footer, buf);
        if self.state.view.detail && full != Panel::Detail {
            overlay::Detail { ctx }.render(body, buf);
        }
    }
}
