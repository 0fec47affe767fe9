//! The program's source with a marker per task and generator at the line it stands on.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text::{fit, width};
use super::Ctx;
use crate::app::{Panel, Row, TaskState};
use crate::runtime::event::GenState;

pub(crate) struct SourcePanel<'a> {
    pub ctx: &'a Ctx<'a>,
}

/// At most this many task names are spelled out after a line; the rest are counted.
const NAMES_PER_LINE: usize = 3;

impl Widget for &SourcePanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (s, t) = (self.ctx.state, self.ctx.theme);
        let title = vec![Span::styled(
            format!("Source: {}", s.lesson.source_name),
            t.title(),
        )];
        let block = self.ctx.panel_block(title, Panel::Source);
        let inner = block.inner(area);
        block.render(area, buf);
        let lines = &s.source_lines;
        if inner.height == 0 || lines.is_empty() {
            return;
        }
        // Unfinished tasks, then live generators, each with its line and colour.
        let selected_row = s.view.selected;
        let standing: Vec<Here> = s
            .tasks
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.state.is_finished())
            .map(|(row, t)| Here {
                name: &t.name,
                line: t.line as usize,
                state: t.state,
                selected: row == selected_row,
            })
            .chain(
                s.gens
                    .iter()
                    .enumerate()
                    .filter(|(_, g)| g.state != GenState::GEN_CLOSED)
                    .map(|(i, g)| Here {
                        name: &g.name,
                        line: g.line as usize,
                        state: g.shown_as(),
                        selected: s.tasks.len() + i == selected_row,
                    }),
            )
            .collect();
        // Centre on the selected row's line, else the latest task's, else a generator's.
        let focus = match s.row(selected_row) {
            Some(Row::Task(t)) => t.line as usize,
            Some(Row::Gen(g)) => g.line as usize,
            Some(Row::Work(f)) => f.line as usize,
            None => s
                .tasks
                .last()
                .map(|t| t.line as usize)
                .or_else(|| standing.last().map(|h| h.line))
                .unwrap_or(1),
        }
        .max(1);
        let h = usize::from(inner.height);
        let centred = focus
            .saturating_sub(h / 2)
            .min(lines.len().saturating_sub(h))
            .max(1);
        // Scrolled by hand, or else centred on that line (`start` counts from 1).
        let start = self.ctx.window(Panel::Source, lines.len(), h, centred - 1) + 1;
        let end = (start + h).min(lines.len() + 1);
        super::scroll::mark(buf, inner, lines.len(), h, start - 1, t);

        let mut at: Vec<Vec<&Here>> = vec![Vec::new(); end - start];
        for here in &standing {
            if (start..end).contains(&here.line) {
                at[here.line - start].push(here);
            }
        }
        let num_w = lines.len().to_string().len();
        for (i, n) in (start..end).enumerate() {
            let here = &at[i];
            let is_selected = here.iter().any(|h| h.selected);
            let marker = match (is_selected, here.is_empty()) {
                (true, _) => Span::styled("▶", t.title()),
                (false, false) => Span::styled("●", t.state(here[0].state)),
                (false, true) => Span::raw(" "),
            };
            // The code matters more than the names: they get at most a third of the panel.
            let cap = usize::from(inner.width) / 3;
            let mut shown = here.len().min(NAMES_PER_LINE);
            let tags = loop {
                let tags = tags_for(here, shown, self.ctx);
                let w: usize = tags.iter().map(|s| width(&s.content)).sum();
                if w <= cap || shown <= 1 {
                    break tags;
                }
                shown -= 1;
            };
            let tags_w: usize = tags.iter().map(|s| width(&s.content)).sum();
            let prefix = format!("{n:>num_w$} ");
            let code_w = usize::from(inner.width).saturating_sub(width(&prefix) + 2 + tags_w);
            let code = lines[n - 1].replace('\t', "    ");
            let mut spans = vec![
                Span::styled(prefix, t.dim()),
                marker,
                Span::raw(" "),
                Span::raw(fit(&code, code_w).into_owned()),
            ];
            spans.extend(tags);
            let line = Line::from(spans);
            buf.set_line(inner.x, inner.y + i as u16, &line, inner.width);
        }
    }
}

/// A task or generator standing on a source line.
struct Here<'a> {
    name: &'a str,
    line: usize,
    state: TaskState,
    selected: bool,
}

/// ` ◀ Task-2 Task-3 +5`: the first `shown` names on a line, then how many more.
fn tags_for<'a>(here: &[&Here], shown: usize, ctx: &Ctx<'_>) -> Vec<Span<'a>> {
    let t = ctx.theme;
    if here.is_empty() {
        return Vec::new();
    }
    let mut tags = vec![Span::styled(" ◀", t.dim())];
    for task in here.iter().take(shown) {
        tags.push(Span::raw(" "));
        tags.push(Span::styled(task.name.to_string(), t.state(task.state)));
    }
    if here.len() > shown {
        tags.push(Span::styled(format!(" +{}", here.len() - shown), t.dim()));
    }
    tags
}
