//! Readable panels: focus, scrolling, the lesson pager and zoom, drawn into ratatui's
//! TestBackend from real engine events (no wall clock: the snapshots are stable).
//!
//! Keys go through the same path as in the terminal: the screen is measured
//! (`ui::measure`), then the action is applied.

#[allow(dead_code)] // each test crate uses its own part of the shared support module
mod support;

use std::path::Path;

use coroviz::app::{Action, HostNote, Lesson, Panel, State, Tab, WHEEL};
use coroviz::runtime::event::Event;
use coroviz::scenario;
use coroviz::ui::{measure, panel_at};
use ratatui::layout::Rect;

/// The scenario's lesson, its full event stream, and its first scripted pause's note.
fn events(path: &str) -> (Lesson, Vec<Event>, Option<String>) {
    let s = scenario::load(Path::new(path)).expect("scenario loads");
    let lesson = Lesson::from_scenario(&s);
    let config = s.engine_config(10_000_000);
    let note = config.script.iter().find_map(|a| match &a.action {
        coroviz::runtime::engine::Action::Pause { note } => note.clone(),
        _ => None,
    });
    let events = support::scenario_events(&s, config);
    (lesson, events, note)
}

fn at_time(lesson: &Lesson, events: &[Event], t: f64) -> State {
    support::state_at(lesson, events, t)
}

/// The screen as text, one line per row.
fn render(state: &State, w: u16, h: u16) -> String {
    support::dashboard_text(state, w, h)
}

/// A key as the terminal loop hands it over: measure the screen, then act.
fn press(s: &mut State, w: u16, h: u16, action: Action) {
    s.measured(measure(Rect::new(0, 0, w, h), s));
    s.act(action);
}

/// Whitespace runs as one space, backticks gone: how prose reads on screen.
fn words(s: &str) -> String {
    s.replace('`', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Pages through the open pager from its top to its end, collecting every line it shows
/// (by line number, so overlapping pages count once).
fn read_the_pager(s: &mut State, w: u16, h: u16) -> String {
    let mut lines = std::collections::BTreeMap::new();
    press(s, w, h, Action::First);
    for _ in 0..200 {
        let screen = render(s, w, h);
        let e = measure(Rect::new(0, 0, w, h), s).get(Panel::Lesson);
        assert_eq!(e.visible, usize::from(h) - 4, "the pager fills the body");
        for (i, row) in screen.lines().skip(2).take(e.visible).enumerate() {
            // Inside the border and the one-column margin.
            let text: String = row.chars().skip(2).take(usize::from(w) - 4).collect();
            lines.insert(e.top + i, text);
        }
        if e.top >= e.max_top() {
            break;
        }
        press(s, w, h, Action::PageDown);
    }
    words(&lines.into_values().collect::<Vec<_>>().join(" "))
}

#[test]
fn the_lesson_pager_opens_with_l_and_scrolls_to_the_end() {
    let (lesson, ev, _) = events("scenarios/19-ctrl-c-cancel-all.toml");
    for (w, h) in [(80, 24), (120, 40)] {
        // At the end: how the run ended and its teaching points come before the lesson.
        let mut s = State::fold(lesson.clone(), &ev);
        press(&mut s, w, h, Action::ToggleLesson);
        assert_eq!(s.view.focus.full, Some(Panel::Lesson));
        let top = render(&s, w, h);
        assert!(top.contains("Lesson: Ctrl-C: cancel every task"), "{top}");
        assert!(top.contains("Finished: "), "{top}");
        press(&mut s, w, h, Action::Last);
        let end = render(&s, w, h);
        assert!(
            end.contains("it cancels the main task instead of raising."),
            "{end}"
        );
        assert!(
            !end.contains('`'),
            "code spans lose their backticks:\n{end}"
        );
        insta::assert_snapshot!(format!("lesson_pager_end_{w}x{h}"), end);
        // Esc closes it; L again opens it at its top.
        press(&mut s, w, h, Action::Close);
        assert_eq!(s.view.focus.full, None);
        press(&mut s, w, h, Action::ToggleLesson);
        assert!(render(&s, w, h).contains("Finished: "));
        press(&mut s, w, h, Action::ToggleLesson);
        assert_eq!(s.view.focus.full, None);
    }
}

#[test]
fn a_learner_can_read_every_line_of_lessons_3_10_16_and_19() {
    for path in [
        "scenarios/03-yield-and-send.toml",
        "scenarios/10-averager-proxy.toml",
        "scenarios/16-done-callback.toml",
        "scenarios/19-ctrl-c-cancel-all.toml",
    ] {
        let (lesson, ev, _) = events(path);
        let about = words(&lesson.about);
        assert!(about.len() > 200, "{path} has a lesson text");
        for (w, h) in [(80, 24), (120, 40)] {
            // At the start and at the end (where the result and teaching notes come first).
            for mut s in [at_time(&lesson, &ev, 0.0), State::fold(lesson.clone(), &ev)] {
                press(&mut s, w, h, Action::ToggleLesson);
                let read = read_the_pager(&mut s, w, h);
                assert!(
                    read.contains(&about),
                    "{path} at {w}x{h}: the pager lost some of the lesson.\nread: {read}\n\
                     lesson: {about}"
                );
            }
        }
    }
}

#[test]
fn a_scripted_pause_opens_the_pager_at_its_note_and_resuming_closes_it() {
    let (lesson, ev, note) = events("scenarios/19-ctrl-c-cancel-all.toml");
    let note = note.expect("lesson 19 pauses with a note");
    let mut s = at_time(&lesson, &ev, 2.4);
    s.note(HostNote::ScriptPause {
        note: Some(note.clone()),
    });
    assert_eq!(s.view.focus.full, Some(Panel::Lesson));
    let screen = render(&s, 80, 24);
    assert!(screen.contains("The scenario paused here"), "{screen}");
    let shown = words(&screen.replace(['┃', '│'], " "));
    assert!(
        shown.contains(&words(&note)),
        "the whole note is on screen:\n{screen}"
    );
    insta::assert_snapshot!("scripted_pause_pager_80x24", screen);
    // Space resumes the run, and the pager the pause opened closes.
    press(&mut s, 80, 24, Action::TogglePause);
    assert_eq!(s.view.focus.full, None);
    assert_eq!(s.script_note, None);
    // A pager the person opened stays open across a pause and a resume.
    press(&mut s, 80, 24, Action::ToggleLesson);
    s.note(HostNote::ScriptPause {
        note: Some(note.clone()),
    });
    press(&mut s, 80, 24, Action::TogglePause);
    assert_eq!(s.view.focus.full, Some(Panel::Lesson));
}

#[test]
fn a_focused_log_scrolled_up_stays_put_until_it_is_sent_to_the_end() {
    let (lesson, ev, _) = events("scenarios/gather.toml");
    for (w, h) in [(80, 24), (120, 40)] {
        let mut s = at_time(&lesson, &ev, 1.0);
        press(&mut s, w, h, Action::FocusNext);
        assert_eq!(s.view.focus.panel, Panel::Log);
        assert_eq!(s.view.tab, Tab::Log);
        let before = measure(Rect::new(0, 0, w, h), &s).get(Panel::Log);
        assert_eq!(
            before.top,
            before.max_top(),
            "the log shows its newest at first"
        );
        press(&mut s, w, h, Action::PageUp);
        press(&mut s, w, h, Action::Up);
        press(&mut s, w, h, Action::Up);
        let scrolled = measure(Rect::new(0, 0, w, h), &s).get(Panel::Log);
        assert_eq!(scrolled.top, before.top - (before.visible - 1) - 2);
        let screen = render(&s, w, h);
        // The focused panel's border is thick; the task table's is back to thin.
        let log_title = screen
            .lines()
            .find(|l| l.contains("Events "))
            .expect("the log's title");
        assert!(log_title.contains('┏'), "{screen}");
        assert!(!screen.contains("┏ Tasks"), "{screen}");
        // Its border says where it stands: lines above and below.
        let mark = format!(
            "{}–{}/{} ↕",
            scrolled.top + 1,
            scrolled.top + scrolled.visible,
            scrolled.lines
        );
        assert!(screen.contains(&mark), "{mark}:\n{screen}");
        // The explanation under the log is of its lowest line shown, not of the newest.
        let lowest = scrolled.top + scrolled.visible - 1;
        let why = coroviz::app::explain::explain_log_line(&s, lowest).expect("a line");
        let head: String = why.chars().take(30).collect();
        assert!(screen.contains(&format!("↳ {head}")), "{why}:\n{screen}");
        insta::assert_snapshot!(format!("log_scrolled_{w}x{h}"), screen);
        // New events do not move a log scrolled up…
        let mut later = s.clone();
        for e in ev.iter().filter(|e| e.t > 1.0) {
            later.apply(e);
        }
        let kept = measure(Rect::new(0, 0, w, h), &later).get(Panel::Log);
        assert_eq!(kept.top, scrolled.top);
        // …and End sends it back to following them.
        press(&mut later, w, h, Action::Last);
        let end = measure(Rect::new(0, 0, w, h), &later).get(Panel::Log);
        assert_eq!(end.top, end.max_top());
        let newest = later.filtered_log().last().expect("events").text.clone();
        assert!(render(&later, w, h).contains(&newest));
    }
}

#[test]
fn tab_cycles_the_focus_and_brings_up_the_bottom_panel_at_80x24() {
    let (lesson, ev, _) = events("scenarios/gather.toml");
    let mut s = at_time(&lesson, &ev, 0.5);
    let order = [
        (Panel::Log, Some("Events ")),
        (Panel::Source, Some("Source: scenarios/gather.py")),
        (Panel::Timeline, Some("Timeline")),
        (Panel::Notes, Some("Notes")),
        (Panel::Output, None),
        (Panel::Loop, None),
        (Panel::Tasks, None),
    ];
    for (panel, shown) in order {
        press(&mut s, 80, 24, Action::FocusNext);
        assert_eq!(s.view.focus.panel, panel);
        let screen = render(&s, 80, 24);
        if let Some(title) = shown {
            let line = screen.lines().find(|l| l.contains(title)).expect(title);
            assert!(
                line.starts_with('┏'),
                "{panel:?} is focused and shown:\n{screen}"
            );
        }
    }
    press(&mut s, 80, 24, Action::FocusPrev);
    assert_eq!(s.view.focus.panel, Panel::Loop);
    // With the task table focused, ↓ selects the next task as it always did.
    press(&mut s, 80, 24, Action::FocusNext);
    press(&mut s, 80, 24, Action::Down);
    assert_eq!(s.view.selected, 1);
}

#[test]
fn a_click_focuses_the_panel_under_it_and_the_wheel_scrolls_it() {
    let (lesson, ev, _) = events("scenarios/gather.toml");
    let area = Rect::new(0, 0, 120, 40);
    let mut s = State::fold(lesson, &ev);
    let screen = render(&s, 120, 40);
    let (row, line) = screen
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("Result & notes"))
        .expect("the notes panel");
    let col = line[..line.find("Result & notes").unwrap()].chars().count() as u16;
    let inside = (col, row as u16 + 2);
    assert_eq!(panel_at(area, &s, inside.0, inside.1), Some(Panel::Notes));
    press(&mut s, 120, 40, Action::FocusPanel(Panel::Notes));
    assert_eq!(s.view.focus.panel, Panel::Notes);
    press(&mut s, 120, 40, Action::ScrollPanel(Panel::Notes, WHEEL));
    assert_eq!(measure(area, &s).get(Panel::Notes).top, WHEEL as usize);
    press(&mut s, 120, 40, Action::ScrollPanel(Panel::Notes, -1));
    assert_eq!(measure(area, &s).get(Panel::Notes).top, WHEEL as usize - 1);
    // The wheel over the task table moves the selection, a row a notch.
    press(&mut s, 120, 40, Action::ScrollPanel(Panel::Tasks, 1));
    assert_eq!(s.view.selected, 1);
    assert_eq!(s.view.focus.panel, Panel::Tasks);
}

#[test]
fn z_zooms_the_focused_panel_to_the_full_screen() {
    let (lesson, ev, _) = events("scenarios/gather.toml");
    let mut s = State::fold(lesson, &ev);
    press(&mut s, 80, 24, Action::FocusNext);
    press(&mut s, 80, 24, Action::FocusNext);
    assert_eq!(s.view.focus.panel, Panel::Source);
    press(&mut s, 80, 24, Action::ToggleZoom);
    assert_eq!(s.view.focus.full, Some(Panel::Source));
    let screen = render(&s, 120, 40);
    // The whole program fits: its first and last lines at once, no other panel.
    let src = std::fs::read_to_string("scenarios/gather.py").unwrap();
    let first = src.lines().next().unwrap();
    let last = src.lines().rfind(|l| !l.trim().is_empty()).unwrap();
    assert!(screen.contains(first) && screen.contains(last), "{screen}");
    assert!(!screen.contains("Tasks "), "{screen}");
    // At 80×24 the zoomed source shows twenty lines (the compact tab shows eight).
    let screen = render(&s, 80, 24);
    let numbered = screen
        .lines()
        .filter(|l| {
            l.chars()
                .nth(1)
                .is_some_and(|c| c.is_ascii_digit() || c == ' ')
        })
        .filter(|l| l.starts_with('│'))
        .count();
    assert_eq!(numbered, 20, "{screen}");
    press(&mut s, 80, 24, Action::ToggleZoom);
    assert!(render(&s, 80, 24).contains("Tasks "));
}

#[test]
fn the_task_table_takes_the_rows_it_needs_and_columns_widen() {
    let (lesson, ev, _) = events("scenarios/gather.toml");
    let s = State::fold(lesson, &ev);
    let screen = render(&s, 200, 60);
    // Six tasks: the table is six rows, a heading and two borders (its least is ten).
    let table: Vec<&str> = screen
        .lines()
        .filter(|l| l.starts_with('┏') || l.starts_with('┃') || l.starts_with('┗'))
        .collect();
    assert_eq!(table.len(), 10, "{screen}");
    // At 200 columns the coroutine of asyncio's own shutdown task is spelled out.
    assert!(
        screen.contains("BaseEventLoop.shutdown_default_executor()"),
        "{screen}"
    );
    // The lesson text's code spans are styled, not shown as backticks.
    assert!(screen.contains("asyncio.gather(a, b, c)"), "{screen}");
    assert!(!screen.contains("`asyncio"), "{screen}");
}
