//! asciicast v2 (<https://docs.asciinema.org/manual/asciicast/v2/>): the dashboard replayed
//! frame by frame, as `asciinema play` shows it.
//!
//! Frames: one per virtual instant of one loop iteration (events with the same `iter` and `t`
//! fold into one frame, showing the state after all of them), plus one per recorded pause.
//! Timing: a frame appears `Δt / speed` wall seconds after the previous one (`Δt` the virtual
//! time between them, `speed` the scenario's), but never sooner than [`Timing::min_frame`]
//! (CPU work costs no virtual time, and instant steps must stay visible) nor later than
//! [`Timing::max_idle`] (long sleeps would only show a still picture). A recorded pause holds
//! its note on screen for [`Timing::pause_hold`]; the last frame stays for
//! [`Timing::end_hold`]. Frames that change nothing on screen are not written. A run with
//! more instants than [`MAX_FRAMES`] draws one frame every so many instants (every event is
//! still folded), so a long program gives a cast of minutes, not hours.
//!
//! A program of generators alone (no task) takes no virtual time: every generator operation
//! (`next`, `send`, `throw`, `close`) starts an instant of its own, shown for the scenario's
//! `step_time` (within the frame bounds), as the live view holds each step.

use std::io::{self, Write};

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::screen::{Screen, Size};
use super::Summary;
use crate::app::{HostNote, State};
use crate::record::Recording;
use crate::runtime::event::{EventKind, GenOp};
use crate::ui::{Dashboard, Theme};

/// Wall-clock pacing of a cast, in seconds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timing {
    /// The least time between two frames.
    pub min_frame: f64,
    /// The most time between two frames, however long the loop idled.
    pub max_idle: f64,
    /// How long a recorded pause shows its note.
    pub pause_hold: f64,
    /// How long the last frame stays before the cast ends.
    pub end_hold: f64,
}

/// The pacing every cast uses.
pub const TIMING: Timing = Timing {
    min_frame: 0.1,
    max_idle: 3.0,
    pause_hold: 3.0,
    end_hold: 2.0,
};

/// The most instants a cast draws: about five minutes at the shortest frame gap.
pub const MAX_FRAMES: usize = 3000;

/// The cast's first line (fields in the order the asciicast v2 documentation lists them).
#[derive(serde::Serialize)]
struct CastHeader {
    version: u32,
    width: u16,
    height: u16,
    title: String,
    env: CastEnv,
}

#[derive(serde::Serialize)]
#[serde(rename_all = "UPPERCASE")]
struct CastEnv {
    term: &'static str,
    shell: &'static str,
}

/// Writes the cast of `rec` at `size`; `color` false keeps only emphasis (NO_COLOR).
pub fn write(rec: &Recording, size: Size, color: bool, out: &mut dyn Write) -> io::Result<Summary> {
    let lesson = rec.lesson();
    let header = CastHeader {
        version: 2,
        width: size.width,
        height: size.height,
        title: format!("coroviz: {}", lesson.title),
        env: CastEnv {
            term: "xterm-256color",
            shell: "/bin/sh",
        },
    };
    let header = serde_json::to_string(&header).map_err(io::Error::other)?;
    writeln!(out, "{header}")?;
    let theme = if color {
        Theme::colored()
    } else {
        Theme::plain()
    };
    let speed = rec.scenario().speed;
    let mut cast = Cast {
        out,
        screen: Screen::new(color),
        area: Rect::new(0, 0, size.width, size.height),
        theme,
        clock: 0.0,
        frames: 0,
    };
    let mut state = State::new(lesson, false);
    cast.frame(&state, 0.0)?;
    let mut last_t = 0.0;
    // An instant's key: (loop iteration, virtual time, generator operations so far, the
    // last only for programs without tasks).
    let by_gen_steps = !rec
        .events
        .iter()
        .any(|e| matches!(e.kind, EventKind::TaskCreated { .. }));
    let mut steps = 0u64;
    let keys: Vec<(u64, f64, u64)> = rec
        .events
        .iter()
        .map(|e| {
            if by_gen_steps && gen_resume(&e.kind) {
                steps += 1;
            }
            (e.iter, e.t, steps)
        })
        .collect();
    let step_gap = (rec.scenario().step_time / speed).clamp(TIMING.min_frame, TIMING.max_idle);
    let instants = keys.windows(2).filter(|w| w[0] != w[1]).count() + 1;
    let every = instants.div_ceil(MAX_FRAMES).max(1);
    let mut instant = 0usize;
    let mut pauses = rec.pauses.iter().peekable();
    for pos in 0..=rec.events.len() {
        // Pauses stand between events: `pos` events came before them.
        while let Some((_, pause)) = pauses.next_if(|(at, _)| *at == pos) {
            state.note(HostNote::ScriptPause {
                note: pause.note.clone(),
            });
            cast.frame(&state, TIMING.min_frame)?;
            cast.clock += TIMING.pause_hold;
            state.paused = false;
            state.clear_script_note();
        }
        let Some(ev) = rec.events.get(pos) else {
            break;
        };
        state.apply(ev);
        let pause_next = pauses.peek().is_some_and(|(at, _)| *at == pos + 1);
        let instant_ends = keys
            .get(pos + 1)
            .is_none_or(|next| *next != keys[pos] || pause_next);
        // The next instant is a generator operation: what this one shows stays a step long.
        let next_is_step = keys.get(pos + 1).is_some_and(|next| next.2 != keys[pos].2);
        if instant_ends {
            instant += 1;
        }
        let last = pos + 1 == rec.events.len();
        if instant_ends && (instant.is_multiple_of(every) || pause_next || last) {
            let gap = wall_gap(ev.t - last_t, speed);
            last_t = ev.t;
            cast.frame(&state, gap)?;
            if next_is_step && ev.t == keys.get(pos + 1).map_or(ev.t, |k| k.1) {
                cast.clock += step_gap;
            }
        }
    }
    cast.clock += TIMING.end_hold;
    let tail = cast.screen.finish();
    cast.line(&tail)?;
    Ok(Summary::Cast {
        frames: cast.frames,
        seconds: cast.clock,
        every,
    })
}

/// Whether `kind` resumes a generator (starts one of its operations).
fn gen_resume(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::GeneratorState {
            op: GenOp::Next | GenOp::Send { .. } | GenOp::Throw { .. } | GenOp::Close,
            ..
        }
    )
}

/// Wall seconds between two frames `virtual_gap` virtual seconds apart (0 for the same
/// instant: then the gap is only spent if the screen changed).
fn wall_gap(virtual_gap: f64, speed: f64) -> f64 {
    if virtual_gap > 0.0 {
        (virtual_gap / speed).clamp(TIMING.min_frame, TIMING.max_idle)
    } else {
        0.0
    }
}

/// A cast being written.
///
/// Invariant: `clock` never decreases; every output line is stamped with it.
struct Cast<'a> {
    out: &'a mut dyn Write,
    screen: Screen,
    area: Rect,
    theme: Theme,
    clock: f64,
    frames: usize,
}

impl Cast<'_> {
    /// Renders `state` and writes what changed, `gap` wall seconds after the last frame (at
    /// least [`Timing::min_frame`] when something changed).
    fn frame(&mut self, state: &State, gap: f64) -> io::Result<()> {
        let mut buf = Buffer::empty(self.area);
        (&Dashboard {
            state,
            theme: self.theme,
        })
            .render(self.area, &mut buf);
        let diff = self.screen.diff(&buf);
        if diff.is_empty() {
            self.clock += gap;
            return Ok(());
        }
        self.clock += if self.frames == 0 {
            gap
        } else {
            gap.max(TIMING.min_frame)
        };
        self.frames += 1;
        self.line(&diff)
    }

    /// One `[time, "o", data]` line at the current clock (microsecond precision).
    fn line(&mut self, data: &str) -> io::Result<()> {
        let t = (self.clock * 1e6).round() / 1e6;
        let line = serde_json::to_string(&(t, "o", data)).map_err(io::Error::other)?;
        writeln!(self.out, "{line}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testdata;

    /// The header and the `(time, data)` of every output line.
    fn parse(cast: &[u8]) -> (serde_json::Value, Vec<(f64, String)>) {
        let text = std::str::from_utf8(cast).expect("utf-8");
        let mut lines = text.lines();
        let header = serde_json::from_str(lines.next().expect("header")).expect("header json");
        let events = lines
            .map(|l| {
                let (t, kind, data): (f64, String, String) =
                    serde_json::from_str(l).expect("event line");
                assert_eq!(kind, "o");
                (t, data)
            })
            .collect();
        (header, events)
    }

    /// An SGR colour code (`;31`, `;90`, `;38;…`) anywhere in `s`.
    fn has_colour(s: &str) -> bool {
        s.split("\x1b[").any(|esc| {
            esc.split_once('m').is_some_and(|(params, _)| {
                params
                    .split(';')
                    .filter_map(|p| p.parse::<u16>().ok())
                    .any(|p| (30..=49).contains(&p) || (90..=107).contains(&p))
            })
        })
    }

    #[test]
    fn gather_cast_has_a_header_and_paced_frames() {
        let rec = testdata::gather();
        let mut out = Vec::new();
        let summary = write(&rec, Size::DEFAULT, true, &mut out).expect("writes");
        let (header, events) = parse(&out);
        assert_eq!(header["version"], 2);
        assert_eq!(header["width"], 120);
        assert_eq!(header["height"], 40);
        assert_eq!(header["title"], "coroviz: gather: three workers");
        let Summary::Cast {
            frames,
            seconds,
            every,
        } = summary
        else {
            panic!("{summary:?}")
        };
        assert_eq!(every, 1, "a short run draws every instant");
        assert_eq!(events.len(), frames + 1, "frames plus the closing line");
        assert!(
            events.windows(2).all(|w| w[0].0 <= w[1].0),
            "time is monotone"
        );
        assert!(
            events
                .windows(2)
                .take(frames - 1)
                .all(|w| w[1].0 - w[0].0 >= 0.099),
            "frames are at least min_frame apart"
        );
        let last = events.last().expect("events").0;
        assert!((last - seconds).abs() < 1e-6);
        // Sleeps of 0.5 s at speed 1 take about that long; the whole run is 1.5 s virtual.
        assert!(
            seconds > 1.5 + TIMING.end_hold && seconds < 30.0,
            "{seconds}"
        );
        let all: String = events.iter().map(|(_, d)| d.as_str()).collect();
        assert!(all.contains("gather: three workers"));
        assert!(all.contains("medium"));
        assert!(
            all.contains("ran to the end"),
            "the last frame says how it ended"
        );
        assert!(has_colour(&all));
    }

    #[test]
    fn a_long_run_is_sampled_down_to_a_watchable_cast_that_still_ends() {
        let rec = testdata::hops();
        let mut out = Vec::new();
        let summary =
            write(&rec, Size::new(80, 24).expect("a size"), false, &mut out).expect("writes");
        let Summary::Cast { frames, every, .. } = summary else {
            panic!("{summary:?}")
        };
        assert!(every > 1, "{summary:?}");
        assert!(frames <= MAX_FRAMES + 2, "{frames}");
        let (_, events) = parse(&out);
        let all: String = events.iter().map(|(_, d)| d.as_str()).collect();
        assert!(all.contains("ran to the end"), "the last instant is drawn");
        assert!(summary.to_string().contains("one frame every"), "{summary}");
    }

    #[test]
    fn a_recorded_pause_holds_its_note() {
        let rec = testdata::cancel_ctrl_c();
        assert_eq!(rec.pauses.len(), 1, "the scenario pauses once");
        let mut out = Vec::new();
        write(&rec, Size::DEFAULT, false, &mut out).expect("writes");
        let (_, events) = parse(&out);
        let at = events
            .iter()
            .position(|(_, d)| {
                // The pause opens the lesson pager at its note, read whole.
                d.contains("The scenario paused here") && d.contains("Both <workers> & \"friends\"")
            })
            .expect("the note is shown");
        let held = events[at + 1].0 - events[at].0;
        assert!(held >= TIMING.pause_hold, "held {held} s");
        let all: String = events.iter().map(|(_, d)| d.as_str()).collect();
        assert!(!has_colour(&all), "no colour codes without colour");
        assert!(all.contains("KeyboardInterrupt"));
    }

    #[test]
    fn a_small_size_gets_the_compact_layout() {
        let rec = testdata::gather();
        let mut out = Vec::new();
        write(&rec, Size::MIN, true, &mut out).expect("writes");
        let (header, events) = parse(&out);
        assert_eq!(header["width"], 80);
        let first = &events[0].1;
        assert!(first.contains("\x1b[24;1H") && !first.contains("\x1b[25;1H"));
        let last = &events.last().expect("frames").1;
        assert!(last.ends_with("\x1b[24;1H\x1b[?25h"), "{last:?}");
    }

    #[test]
    fn a_pool_cast_shows_the_threads_panel() {
        let rec = testdata::pool();
        let mut out = Vec::new();
        write(&rec, Size::DEFAULT, false, &mut out).expect("writes");
        let (_, events) = parse(&out);
        let all: String = events.iter().map(|(_, d)| d.as_str()).collect();
        for want in [
            "Threads 3",
            "ThreadPoolExecutor-0_1",
            "time.sleep until 0.3s",
        ] {
            assert!(all.contains(want), "{want} missing from the cast");
        }
    }
}
