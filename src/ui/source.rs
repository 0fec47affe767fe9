//! The program's source with a marker per task at the line it stands on.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text::{fit, width};
use super::Ctx;
use crate::app::{Tab, Task};

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
        let block = self.ctx.block(title, Some(Tab::Source));
        let inner = block.inner(area);
        block.render(area, buf);
        let lines = &s.source_lines;
        if inner.height == 0 || lines.is_empty() {
            return;
        }
        let selected = s.selected_task();
        // Centre on the selected task's line, else the latest task's.
        let focus = selected
            .or_else(|| s.tasks.last())
            .map_or(1, |t| t.line.max(1) as usize);
        let h = usize::from(inner.height);
        let start = focus
            .saturating_sub(h / 2)
            .min(lines.len().saturating_sub(h))
            .max(1);
        let end = (start + h).min(lines.len() + 1);

        // Tasks standing on each visible line (unfinished ones, in creation order).
        let mut at: Vec<Vec<&Task>> = vec![Vec::new(); end - start];
        for task in s.tasks.iter().filter(|t| !t.state.is_finished()) {
            let l = task.line as usize;
            if (start..end).contains(&l) {
                at[l - start].push(task);
            }
        }
        let num_w = lines.len().to_string().len();
        for (i, n) in (start..end).enumerate() {
            let here = &at[i];
            let is_selected = selected.is_some_and(|sel| here.iter().any(|t| t.id == sel.id));
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

/// ` ◀ Task-2 Task-3 +5`: the first `shown` tasks on a line, then how many more.
fn tags_for<'a>(here: &[&Task], shown: usize, ctx: &Ctx<'_>) -> Vec<Span<'a>> {
    let t = ctx.theme;
    if here.is_empty() {
        return Vec::new();
    }
    let mut tags = vec![Span::styled(" ◀", t.dim())];
    for task in here.iter().take(shown) {
        tags.push(Span::raw(" "));
        tags.push(Span::styled(task.name.clone(), t.state(task.state)));
    }
    if here.len() > shown {
        tags.push(Span::styled(format!(" +{}", here.len() - shown), t.dim()));
    }
    tags
}
