//! Scrolled panels: which lines a panel shows for the model's [`Scroll`](crate::app::Scroll),
//! the position mark on its border, the full-screen pager, and what the host needs to know
//! of the screen (panel sizes for the scroll keys, the panel under the mouse).

use std::cell::Cell;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Widget};

use super::text::wrap;
use super::{Areas, Ctx, Dashboard, Theme};
use crate::app::{Extent, Extents, Panel, State};

/// The extents the panels drawn in one frame report (see [`measure`]).
#[derive(Default)]
pub(crate) struct Measured(Cell<Extents>);

impl Ctx<'_> {
    /// The first line `panel` shows, holding `lines` in `visible` rows, when unpinned it
    /// shows `default`. Recorded for [`measure`].
    pub fn window(&self, panel: Panel, lines: usize, visible: usize, default: usize) -> usize {
        let s = self.state.view.focus.scroll(panel);
        let max = lines.saturating_sub(visible);
        let top = if s.pinned { s.top } else { default }.min(max);
        let mut all = self.measured.0.get();
        all.set(
            panel,
            Extent {
                lines,
                visible,
                top,
            },
        );
        self.measured.0.set(all);
        top
    }

    /// Draws `lines` (already wrapped) in `inner`, scrolled as `panel` is, with the position
    /// mark on the border under it.
    pub fn scrolled(
        &self,
        panel: Panel,
        lines: &[Line<'_>],
        default: usize,
        inner: Rect,
        buf: &mut Buffer,
    ) {
        let visible = usize::from(inner.height);
        let top = self.window(panel, lines.len(), visible, default);
        for (i, l) in lines.iter().skip(top).take(visible).enumerate() {
            buf.set_line(inner.x, inner.y + i as u16, l, inner.width);
        }
        mark(buf, inner, lines.len(), visible, top, self.theme);
    }
}

/// `lines` wrapped at word boundaries to `cols` columns.
pub(crate) fn wrapped(lines: &[Line<'_>], cols: usize) -> Vec<Line<'static>> {
    lines.iter().flat_map(|l| wrap(l, cols)).collect()
}

/// ` 12–21/54 ↕ ` on the bottom border under `inner`, when there is more than fits.
pub(crate) fn mark(
    buf: &mut Buffer,
    inner: Rect,
    lines: usize,
    visible: usize,
    top: usize,
    t: Theme,
) {
    if lines <= visible || inner.width < 12 {
        return;
    }
    let last = (top + visible).min(lines);
    let arrow = match (top > 0, last < lines) {
        (true, true) => "↕",
        (false, true) => "↓",
        _ => "↑",
    };
    let text = format!(" {}–{last}/{lines} {arrow} ", top + 1);
    let w = super::width(&text) as u16;
    let y = inner.bottom();
    let x = inner.right().saturating_sub(w + 1).max(inner.x);
    buf.set_line(x, y, &Line::styled(text, t.key()), inner.width);
}

/// The screen between the header (and position bar) and the footer.
pub(crate) fn body(areas: &Areas) -> Rect {
    let top = areas.position.unwrap_or(areas.header).bottom();
    let footer = areas.footer;
    Rect::new(footer.x, top, footer.width, footer.y.saturating_sub(top))
}

/// How big each panel was, and where it stood, on the screen `state` draws in `area`: the
/// host hands this to [`State::measured`] before a key, so scrolling is clamped to it.
pub fn measure(area: Rect, state: &State) -> Extents {
    let mut buf = Buffer::empty(area);
    let dash = Dashboard {
        state,
        theme: Theme::plain(),
    };
    dash.draw(area, &mut buf).0.get()
}

/// The panel under the mouse at (`column`, `row`), if any.
pub fn panel_at(area: Rect, state: &State, column: u16, row: u16) -> Option<Panel> {
    let areas = Areas::for_state(area, state)?;
    let at = |r: Rect| r.contains((column, row).into());
    if let Some(p) = state.view.focus.full {
        return at(body(&areas)).then_some(p);
    }
    let tab = |r: Option<Rect>, p: Panel| r.filter(|r| at(*r)).map(|_| p);
    let bottom = areas
        .tabbed
        .filter(|r| at(*r))
        .map(|_| match state.view.tab {
            crate::app::Tab::Log => Panel::Log,
            crate::app::Tab::Source => Panel::Source,
            crate::app::Tab::Timeline => Panel::Timeline,
            crate::app::Tab::Notes => Panel::Notes,
        });
    bottom
        .or_else(|| tab(Some(areas.tasks), Panel::Tasks))
        .or_else(|| tab(Some(areas.internals), Panel::Loop))
        .or_else(|| tab(Some(areas.output), Panel::Output))
        .or_else(|| tab(areas.source, Panel::Source))
        .or_else(|| tab(areas.timeline, Panel::Timeline))
        .or_else(|| tab(areas.log, Panel::Log))
        .or_else(|| tab(areas.notes, Panel::Notes))
}

/// The lesson text as a full-screen pager (`L`): a scripted pause's note first, then the
/// notes panel's text, wrapped to the screen's width.
pub(crate) struct Pager<'a> {
    pub ctx: &'a Ctx<'a>,
}

impl Widget for &Pager<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, t) = (self.ctx.state, self.ctx.theme);
        Clear.render(area, buf);
        let title = Line::from(vec![
            Span::styled(" Lesson: ", t.title()),
            Span::styled(s.lesson.title.clone(), t.title()),
            Span::styled(" · ↑↓ PgUp PgDn g G scroll · Esc or L closes ", t.dim()),
        ]);
        let block = Block::bordered()
            .border_type(ratatui::widgets::BorderType::Thick)
            .border_style(t.focus())
            .title(title);
        let inner = block.inner(area);
        block.render(area, buf);
        let mut text = Text::default();
        if let Some(note) = &s.script_note {
            text.push_line(Line::styled("⏸ The scenario paused here:", t.warn()));
            text.push_line(super::text::prose(note, t.plain_text(), t.code()));
            text.push_line(Line::styled(
                "  (space resumes the run; n runs one step)",
                t.dim(),
            ));
            text.push_line(Line::raw(""));
        }
        text.lines.extend(super::panels::notes_lines(self.ctx));
        // A margin of one column each side reads better than text against the border.
        let inner = Rect::new(
            inner.x + 1,
            inner.y,
            inner.width.saturating_sub(2),
            inner.height,
        );
        let lines = wrapped(&text.lines, usize::from(inner.width));
        self.ctx.scrolled(Panel::Lesson, &lines, 0, inner, buf);
    }
}
