//! A static timeline picture for slides: one lane per task over virtual time, coloured by
//! state with the dashboard's colours, with markers for cancels and Ctrl-C, an axis, a legend.
//!
//! Drawn from the lanes of the final folded [`State`]: a lane's mark holds its state until the
//! next mark; a step (CPU work, no virtual time) is a thin bar in the running colour.
//!
//! A run whose virtual clock never moves (everything `sleep(0)`, or a lesson cancelled at
//! t=0) would be one vertical line: it is drawn over loop iterations instead, by folding the
//! events with each one's iteration standing in for its time. A program of generators alone
//! (no tasks) is drawn with one lane per generator: over virtual time when its clock moves
//! (`time.sleep`), else over its generator operations, as the dashboard's timeline does.
//! A program with threads besides main gets a lane per thread after those, as the
//! dashboard's timeline draws them.

use std::fmt::Write as _;
use std::io::{self, Write};

use ratatui::style::Color;

use super::{xml_escape as esc, Summary};
use crate::app::{CancelNote, Lane, State, TaskState};
use crate::record::Recording;
use crate::ui::{fit, width, Theme};

const WIDTH: f64 = 1000.0;
const LABELS: f64 = 210.0;
const RIGHT: f64 = 30.0;
const TOP: f64 = 92.0;
const LANE: f64 = 28.0;
const BAR: f64 = 16.0;
/// Columns of text a lane label may take (at 12 px, about `LABELS` pixels).
const LABEL_CHARS: usize = 28;
const FONT: &str = "DejaVu Sans, Verdana, sans-serif";
const CANCEL: &str = "#d7005f";
const CTRL_C: &str = "#cc0000";

/// The dashboard's colour for a task state, as `#rrggbb`.
pub fn state_hex(s: TaskState) -> &'static str {
    hex(Theme::colored().state(s).fg.unwrap_or(Color::Gray))
}

/// An sRGB rendering of the terminal colours the theme uses.
fn hex(c: Color) -> &'static str {
    match c {
        Color::Yellow => "#d7a600",
        Color::Green => "#2e9e44",
        Color::Cyan => "#1a9fb5",
        Color::DarkGray => "#8a8a8a",
        Color::Red => "#d1332e",
        Color::Magenta => "#b04fc0",
        _ => "#606060",
    }
}

/// A tick step of 1, 2 or 5 × 10ⁿ giving about eight ticks over `span`.
fn tick_step(span: f64) -> f64 {
    let raw = span / 8.0;
    let pow = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * pow)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * pow)
}

/// What the horizontal axis counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Axis {
    VirtualTime,
    Iterations,
    /// Generator operations (next/send/throw/close), for generators alone on a still clock.
    GenSteps,
}

impl Axis {
    fn unit(self) -> &'static str {
        match self {
            Axis::VirtualTime => " s",
            Axis::Iterations | Axis::GenSteps => "",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Axis::VirtualTime => "virtual time",
            Axis::Iterations => "loop iteration (the virtual clock never moved)",
            Axis::GenSteps => "generator operation (no event loop; the virtual clock never moved)",
        }
    }
}

/// Writes the picture of `rec`.
pub fn write(rec: &Recording, out: &mut dyn Write) -> io::Result<Summary> {
    let moves = rec.events.last().is_some_and(|e| e.t > 0.0);
    let tasks = rec
        .events
        .iter()
        .any(|e| matches!(e.kind, crate::runtime::event::EventKind::TaskCreated { .. }));
    let (axis_kind, state) = if !moves && !tasks && !rec.events.is_empty() {
        (Axis::GenSteps, State::fold(rec.lesson(), &rec.events))
    } else if moves || rec.events.is_empty() {
        (Axis::VirtualTime, State::fold(rec.lesson(), &rec.events))
    } else {
        let by_iteration: Vec<_> = rec
            .events
            .iter()
            .map(|e| crate::runtime::event::Event {
                t: e.iter as f64,
                ..e.clone()
            })
            .collect();
        (Axis::Iterations, State::fold(rec.lesson(), &by_iteration))
    };
    // What each lane shows: the tasks, or for generators alone the generators; then the
    // threads of a program with threads besides main.
    let mut rows: Vec<Row<'_>> = if state.tasks.is_empty() && !state.gens.is_empty() {
        state
            .gens
            .iter()
            .map(|g| Row {
                name: &g.name,
                sub: "generator",
                title: format!("{} (generator)", g.name),
                lane: if axis_kind == Axis::GenSteps {
                    &g.step_lane
                } else {
                    &g.lane
                },
                cancels: &[],
                word: TaskState::word,
            })
            .collect()
    } else {
        state
            .tasks
            .iter()
            .map(|t| Row {
                name: &t.name,
                sub: t.coro.rsplit('.').next().unwrap_or(&t.coro),
                title: format!("{} ({})", t.name, t.coro),
                lane: &t.lane,
                cancels: &t.cancels,
                word: TaskState::word,
            })
            .collect()
    };
    if state.threads.shown() {
        rows.extend(state.threads.list.iter().map(|th| Row {
            name: &th.name,
            sub: if th.daemon { "daemon thread" } else { "thread" },
            title: format!("{} (thread started at line {})", th.name, th.started_at),
            lane: &th.lane,
            cancels: &[],
            word: thread_word,
        }));
    }
    let now = match axis_kind {
        Axis::GenSteps => state.gen_steps as f64,
        _ => state.now,
    };
    let interrupts: Vec<(f64, &String)> = state
        .interrupts
        .iter()
        .map(|(t, how)| match axis_kind {
            // A Ctrl-C between generator steps stands where the steps had got to.
            Axis::GenSteps => (now, how),
            _ => (*t, how),
        })
        .collect();
    let end = rows
        .iter()
        .filter_map(|r| r.lane.marks().last().map(|m| m.t))
        .chain(interrupts.iter().map(|(t, _)| *t))
        .fold(now, f64::max);
    let span = if end > 0.0 { end } else { 1.0 };
    let x = |t: f64| LABELS + t / span * (WIDTH - LABELS - RIGHT);
    let lanes = rows.len().max(1);
    let axis_y = TOP + lanes as f64 * LANE + 6.0;
    let height = axis_y + 40.0;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="{FONT}" font-size="12">
<rect width="100%" height="100%" fill="white"/>
<text x="16" y="28" font-size="18" font-weight="bold">{}</text>
"#,
        esc(&state.lesson.title)
    );
    legend(&mut s);
    if rows.is_empty() {
        let _ = writeln!(
            s,
            r##"<text x="{LABELS}" y="{}" fill="#606060">no tasks</text>"##,
            TOP + 18.0
        );
    }
    for (i, row) in rows.iter().enumerate() {
        lane(&mut s, row, TOP + i as f64 * LANE, span, &x);
    }
    for (t, how) in &interrupts {
        let _ = writeln!(
            s,
            r#"<g><title>Ctrl-C at t={t}: {}</title><line x1="{x:.1}" y1="{}" x2="{x:.1}" y2="{axis_y}" stroke="{CTRL_C}" stroke-width="2" stroke-dasharray="5 3"/><text x="{x:.1}" y="{}" fill="{CTRL_C}" text-anchor="middle" font-weight="bold">Ctrl-C</text></g>"#,
            esc(how),
            TOP - 12.0,
            TOP - 15.0,
            x = x(*t),
        );
    }
    axis(&mut s, axis_y, span, &x, axis_kind);
    s.push_str("</svg>\n");
    out.write_all(s.as_bytes())?;
    Ok(Summary::Picture {
        lanes: rows.len(),
        by_gen_ops: axis_kind == Axis::GenSteps,
        virtual_seconds: if axis_kind == Axis::VirtualTime {
            end
        } else {
            0.0
        },
    })
}

/// What one lane draws: a task, or a generator of a program without tasks.
struct Row<'a> {
    name: &'a str,
    /// In grey after the name: the coroutine's last dotted part, or `generator`.
    sub: &'a str,
    /// The label's tooltip.
    title: String,
    lane: &'a Lane,
    cancels: &'a [CancelNote],
    /// The word for a lane state in tooltips (a thread's ready is `runnable`).
    word: fn(TaskState) -> &'static str,
}

/// A thread lane's state in words: its lane borrows the task states (`ThreadStatus::shown_as`).
fn thread_word(s: TaskState) -> &'static str {
    match s {
        TaskState::Running => "running (holds the GIL)",
        TaskState::Ready => "runnable (waits for the GIL)",
        TaskState::Waiting => "sleeping or blocked",
        _ => "done",
    }
}

/// One lane: label, state segments, step bars, end and cancel markers.
fn lane(s: &mut String, row: &Row<'_>, top: f64, span: f64, x: &impl Fn(f64) -> f64) {
    let mid = top + LANE / 2.0;
    let bar_y = mid - BAR / 2.0;
    // Labels must fit left of the lanes: the coroutine's last dotted part, then a cut.
    let name = fit(row.name, LABEL_CHARS);
    let coro = fit(row.sub, LABEL_CHARS.saturating_sub(width(&name) + 3));
    let _ = writeln!(
        s,
        r##"<text x="{}" y="{}" text-anchor="end"><title>{}</title>{} <tspan fill="#606060">({})</tspan></text>"##,
        LABELS - 10.0,
        mid + 4.0,
        esc(&row.title),
        esc(&name),
        esc(&coro),
    );
    let task = row;
    let marks = row.lane.marks();
    for (i, m) in marks.iter().enumerate() {
        if m.state.is_finished() {
            let _ = writeln!(
                s,
                r#"<rect x="{:.1}" y="{:.1}" width="6" height="{BAR}" fill="{}"><title>{} {} at t={}</title></rect>"#,
                x(m.t) - 1.0,
                bar_y,
                state_hex(m.state),
                esc(task.name),
                (row.word)(m.state),
                m.t,
            );
            continue;
        }
        let to = marks.get(i + 1).map_or(span, |n| n.t);
        let (x0, x1) = (x(m.t), x(to));
        let _ = writeln!(
            s,
            r#"<rect x="{x0:.1}" y="{:.1}" width="{:.1}" height="{BAR}" fill="{}" fill-opacity="0.85"><title>{} {} from t={} to t={to}</title></rect>"#,
            bar_y,
            (x1 - x0).max(1.0),
            state_hex(m.state),
            esc(task.name),
            (row.word)(m.state),
            m.t,
        );
    }
    for m in marks.iter().filter(|m| m.ran) {
        let _ = writeln!(
            s,
            r#"<rect x="{:.1}" y="{:.1}" width="3" height="{}" fill="{}"><title>{} ran at t={}</title></rect>"#,
            x(m.t) - 1.5,
            bar_y - 3.0,
            BAR + 6.0,
            state_hex(TaskState::Running),
            esc(task.name),
            m.t,
        );
    }
    for c in task.cancels {
        let (cx, cy) = (x(c.t), bar_y - 6.0);
        let _ = writeln!(
            s,
            r#"<g><title>cancel() on {} at t={}{}</title><path d="M{:.1} {:.1} l8 8 m0 -8 l-8 8" stroke="{CANCEL}" stroke-width="2.5"/></g>"#,
            esc(task.name),
            c.t,
            c.msg
                .as_deref()
                .map(|m| format!(": {}", esc(m)))
                .unwrap_or_default(),
            cx - 4.0,
            cy - 4.0,
        );
    }
}

fn legend(s: &mut String) {
    let mut lx = 16.0;
    let y = 50.0;
    for st in TaskState::ALL {
        let _ = writeln!(
            s,
            r#"<rect x="{lx}" y="{}" width="14" height="12" fill="{}"/><text x="{}" y="{y}">{}</text>"#,
            y - 10.0,
            state_hex(st),
            lx + 19.0,
            st.word()
        );
        lx += 34.0 + 7.0 * st.word().len() as f64;
    }
    let _ = writeln!(
        s,
        r#"<path d="M{lx} {} l8 8 m0 -8 l-8 8" stroke="{CANCEL}" stroke-width="2.5"/><text x="{}" y="{y}">cancel()</text>"#,
        y - 10.0,
        lx + 13.0
    );
    lx += 80.0;
    let _ = writeln!(
        s,
        r#"<line x1="{lx}" y1="{}" x2="{lx}" y2="{}" stroke="{CTRL_C}" stroke-width="2" stroke-dasharray="5 3"/><text x="{}" y="{y}">Ctrl-C</text>"#,
        y - 12.0,
        y + 3.0,
        lx + 6.0
    );
    let _ = writeln!(
        s,
        r##"<text x="16" y="{}" fill="#606060">thin bars: a step ran (CPU work takes no virtual time)</text>"##,
        y + 18.0
    );
}

fn axis(s: &mut String, y: f64, span: f64, x: &impl Fn(f64) -> f64, kind: Axis) {
    let _ = writeln!(
        s,
        r##"<line x1="{LABELS}" y1="{y}" x2="{:.1}" y2="{y}" stroke="#404040"/>"##,
        x(span)
    );
    let step = tick_step(span);
    let ticks = (span / step + 1e-9).floor() as u64;
    for i in 0..=ticks {
        let t = step * i as f64;
        // Round away float noise (0.30000000000000004).
        let label = format!("{}", (t * 1e9).round() / 1e9);
        let _ = writeln!(
            s,
            r##"<line x1="{x:.1}" y1="{y}" x2="{x:.1}" y2="{}" stroke="#404040"/><text x="{x:.1}" y="{}" text-anchor="middle">{label}{unit}</text>"##,
            y + 5.0,
            y + 18.0,
            x = x(t),
            unit = kind.unit(),
        );
    }
    let _ = writeln!(
        s,
        r##"<text x="{:.1}" y="{}" text-anchor="end" fill="#606060">{}</text>"##,
        x(span),
        y + 34.0,
        kind.label()
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testdata;

    fn picture(rec: &Recording) -> (String, Summary) {
        let mut out = Vec::new();
        let summary = write(rec, &mut out).expect("writes");
        (String::from_utf8(out).expect("utf-8"), summary)
    }

    #[test]
    fn ticks_are_round_numbers() {
        assert_eq!(tick_step(1.5), 0.2);
        assert_eq!(tick_step(8.0), 1.0);
        assert_eq!(tick_step(30.0), 5.0);
        assert_eq!(tick_step(0.004), 0.0005);
    }

    #[test]
    fn gather_has_a_lane_per_task_and_an_axis() {
        let (svg, summary) = picture(&testdata::gather());
        assert_eq!(
            summary,
            Summary::Picture {
                lanes: 6,
                virtual_seconds: 1.5,
                by_gen_ops: false,
            }
        );
        assert!(svg.contains(">gather: three workers</text>"));
        assert_eq!(
            svg.matches("<tspan fill=\"#606060\">(worker)</tspan>")
                .count(),
            3
        );
        assert!(svg.contains("<title>Task-5 (BaseEventLoop.shutdown_asyncgens)</title>"));
        assert!(
            svg.contains("(shutdown_asyncgens)</tspan>"),
            "long names are cut"
        );
        assert!(svg.contains(">1.4 s</text>") && !svg.contains(">1.6 s</text>"));
        assert!(svg.contains(&format!("fill=\"{}\"", state_hex(TaskState::Waiting))));
        assert!(!svg.contains("Ctrl-C at"));
        assert!(svg.contains(">virtual time</text>"));
    }

    #[test]
    fn a_run_whose_clock_never_moves_is_drawn_over_loop_iterations() {
        let rec = testdata::hops();
        let last_iter = rec.events.last().expect("events").iter;
        let (svg, summary) = picture(&rec);
        assert_eq!(
            summary.to_string(),
            "5 lanes over loop iterations (the virtual clock never moved)"
        );
        assert!(svg.contains("loop iteration"), "{svg}");
        assert!(!svg.contains(" s</text>"), "no seconds on this axis");
        // The axis reaches the last iteration: the ticks are round iteration numbers.
        let step = tick_step(last_iter as f64);
        let last_tick = (last_iter as f64 / step).floor() * step;
        assert!(svg.contains(&format!(">{last_tick}</text>")), "{last_tick}");
    }

    #[test]
    fn cancels_and_ctrl_c_are_marked_and_text_is_escaped() {
        let (svg, _) = picture(&testdata::cancel_ctrl_c());
        assert!(svg.contains("Cancel &lt;one&gt; &amp; Ctrl-C &quot;the rest&quot;"));
        assert!(svg.contains("<title>cancel() on doomed at t=0.5"));
        assert!(svg.contains("<title>Ctrl-C at t=2: "));
        assert!(svg.contains("cancelled at t=0.5"));
        assert!(!svg.contains("<one>"));
    }

    #[test]
    fn colours_come_from_the_dashboard_theme() {
        let all: std::collections::HashSet<_> = TaskState::ALL.map(state_hex).into();
        assert_eq!(all.len(), 6, "every state has its own colour");
    }

    #[test]
    fn a_pool_has_a_lane_per_thread() {
        let (svg, summary) = picture(&testdata::pool());
        assert_eq!(
            summary,
            Summary::Picture {
                lanes: 3,
                virtual_seconds: 0.30000000000000004,
                by_gen_ops: false,
            }
        );
        assert!(svg.contains("<title>ThreadPoolExecutor-0_1 (thread started at line 16)</title>"));
        assert!(svg.contains("(thread)</tspan>"));
        assert!(
            svg.contains("ThreadPoolExecutor-0_0 sleeping or blocked from t=0 to t=0.3"),
            "a worker's sleep, in thread words"
        );
        assert!(!svg.contains("no tasks"), "threads are lanes enough");
    }
}
