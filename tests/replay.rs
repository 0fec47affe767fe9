//! Replay: record → replay reaches exactly the screens the live run had (rendered TestBackend
//! buffers compared at every position, forward, backward and in random order), replay frames
//! snapshotted with insta, the CLI's errors, and the replay in a real terminal (tmux).

#[allow(dead_code)] // each test crate uses its own part of the shared support module
mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use coroviz::app::{HostNote, State, Tab, View};
use coroviz::lang::compile::compile;
use coroviz::record::{
    load, run_recorded, Header, RecordSink, Recorder, Recording, Replace, RunMode,
};
use coroviz::replay::Player;
use coroviz::runtime::engine::{Action, Host, DEFAULT_MAX_INSTRUCTIONS};
use coroviz::runtime::event::Event;
use coroviz::runtime::vm::Abort;
use coroviz::scenario::{self, Scenario};
use coroviz::ui::{Dashboard, Theme};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;

/// The sizes and views every position is compared at.
const LOOKS: [(u16, u16, Look); 3] = [
    (120, 40, Look::Default),
    (80, 24, Look::Detail),
    (80, 24, Look::Timeline),
];

#[derive(Clone, Copy, Debug)]
enum Look {
    Default,
    /// Row 2 selected with its detail open.
    Detail,
    /// The compact layout's timeline tab.
    Timeline,
}

impl Look {
    fn view(self) -> View {
        match self {
            Look::Default => View::default(),
            Look::Detail => View {
                selected: 2,
                detail: true,
                ..View::default()
            },
            Look::Timeline => View {
                selected: 1,
                tab: Tab::Timeline,
                ..View::default()
            },
        }
    }
}

/// `state` rendered with `look`'s view (selection clamped), as the live dashboard draws it.
fn render(state: &State, w: u16, h: u16, look: Look) -> Buffer {
    let mut s = state.clone();
    s.replay = None;
    s.view = look.view();
    let rows = s.rows();
    s.view.selected = s.view.selected.min(rows.saturating_sub(1));
    s.view.detail &= rows > 0;
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("test backend");
    let dash = Dashboard {
        state: &s,
        theme: Theme::colored(),
    };
    term.draw(|f| f.render_widget(&dash, f.area()))
        .expect("draws");
    term.backend().buffer().clone()
}

/// A live-style viewer on the engine thread: folds each event into a `State` with the live
/// reducer, shows scripted pauses as the live host does, and keeps the screens it saw.
///
/// `screens[p]` is what the dashboard showed with `p` events applied (and the pauses at `p`
/// noted): taken just before event `p` arrives, and once more at the end.
struct LiveViewer {
    state: State,
    screens: Vec<Vec<Buffer>>,
}

impl LiveViewer {
    fn shoot(&mut self) {
        let shots = LOOKS
            .iter()
            .map(|(w, h, look)| render(&self.state, *w, *h, *look))
            .collect();
        self.screens.push(shots);
    }
}

impl Host for LiveViewer {
    fn events_enabled(&self) -> bool {
        true
    }
    fn emit(&mut self, event: Event) {
        self.shoot();
        // The person resumes after a scripted pause (space), then the event lands.
        self.state.paused = false;
        self.state.script_note = None;
        self.state.apply(&event);
    }
    fn stdout(&mut self, _: &str) {}
    fn stderr(&mut self, _: &str) {}
    fn before_handle(&mut self) -> Result<(), Abort> {
        Ok(())
    }
    fn take_action(&mut self) -> Option<Action> {
        None
    }
    fn pause(&mut self, note: Option<&str>) {
        self.state.note(HostNote::ScriptPause {
            note: note.map(str::to_string),
        });
    }
}

/// Runs `scenario` with a live-style viewer, recording to `path`; returns the screens seen.
fn record_live(scenario: Scenario, path: PathBuf) -> Vec<Vec<Buffer>> {
    std::thread::Builder::new()
        .stack_size(coroviz::cli::ENGINE_STACK)
        .spawn(move || {
            let program = compile(&scenario.source_name, &scenario.source).expect("compiles");
            let header = Header::new(&scenario, RunMode::Headless, DEFAULT_MAX_INSTRUCTIONS);
            let mut recorder = Recorder::create(&path, &header, 3, Replace::Yes).expect("recorder");
            let mut viewer = LiveViewer {
                state: State::new(coroviz::app::Lesson::from_scenario(&scenario), false),
                screens: Vec::new(),
            };
            let report = run_recorded(
                &program,
                scenario.engine_config(DEFAULT_MAX_INSTRUCTIONS),
                &mut viewer,
                &mut recorder,
            );
            recorder.finish(report.exit).expect("recording written");
            viewer.shoot();
            viewer.screens
        })
        .expect("engine thread")
        .join()
        .expect("engine ran")
}

/// A small deterministic shuffle (no rand crate): positions in a scattered order.
fn scattered(n: usize, count: usize) -> Vec<usize> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..count)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % (n as u64 + 1)) as usize
        })
        .collect()
}

/// Records `scenario`, loads the file back, and checks the player's screen at every position
/// (forward, backward, scattered) against the live viewer's.
fn round_trip(scenario: Scenario) -> Recording {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("run.cvz");
    let live = record_live(scenario, path.clone());
    let rec = load(&path).expect("the recording loads");
    let n = rec.events.len();
    assert!(!rec.truncated());
    assert_eq!(live.len(), n + 1, "one screen per position");
    // Dense snapshots and the default spacing: both must land on the same screens.
    for player in [
        Player::with_snapshots(rec.clone(), 5, usize::MAX),
        Player::new(rec.clone()),
    ] {
        let mut player = player;
        let mut order: Vec<usize> = (0..=n).collect();
        order.extend((0..=n).rev());
        order.extend(scattered(n, 300));
        for pos in order {
            player.seek(pos);
            for (i, (w, h, look)) in LOOKS.iter().enumerate() {
                let replayed = render(player.state(), *w, *h, *look);
                assert!(
                    replayed == live[pos][i],
                    "position {pos} of {n} at {w}×{h} {look:?} differs from the live screen"
                );
            }
        }
    }
    rec
}

fn gather_with(script: &str) -> Scenario {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy("scenarios/gather.py", dir.path().join("gather.py")).expect("copy gather.py");
    let toml = dir.path().join("s.toml");
    std::fs::write(
        &toml,
        format!("title = \"gather, scripted\"\nsource = \"gather.py\"\n{script}"),
    )
    .expect("write scenario");
    let mut s = scenario::load(&toml).expect("scenario loads");
    // The temp dir's name would leak into the screens.
    s.source_name = "scenarios/gather.py".into();
    s
}

const SCRIPTED: &str = r#"
[[script]]
at = 0.5
do = "pause"
note = "one worker done: look at the timer heap"

[[script]]
at = 0.7
do = "cancel"
task = "Task-4"

[[script]]
at = 0.7
do = "interrupt"
"#;

#[test]
fn replaying_gather_reaches_every_live_screen() {
    let s = scenario::load(Path::new("scenarios/gather.toml")).expect("gather loads");
    let rec = round_trip(s);
    assert!(rec.events.len() > 50);
}

#[test]
fn replaying_a_scripted_pause_cancel_and_interrupt_reaches_every_live_screen() {
    let rec = round_trip(gather_with(SCRIPTED));
    assert_eq!(rec.pauses.len(), 1);
    assert!(rec.events.iter().any(|e| matches!(
        e.kind,
        coroviz::runtime::event::EventKind::KeyboardInterrupt { .. }
    )));
}

#[test]
fn replaying_ctrl_c_under_asyncio_run_reaches_every_live_screen() {
    let s = scenario::load(Path::new("tests/golden/ctrl_c_run.toml")).expect("loads");
    round_trip(s);
}

#[test]
fn replaying_a_thread_pool_reaches_every_live_screen_with_its_threads() {
    let s = scenario::load(Path::new("tests/threads/2126_pool_queues_work.py")).expect("loads");
    let rec = round_trip(s);
    let mut player = Player::new(rec);
    player.seek(player.len());
    let threads = &player.state().threads;
    assert!(threads.shown());
    assert_eq!(threads.list.len(), 3, "main and two workers");
}

// ---- replay frames (insta) ----

fn recorded(s: Scenario) -> Recording {
    std::thread::Builder::new()
        .stack_size(coroviz::cli::ENGINE_STACK)
        .spawn(move || coroviz::record::record_headless(&s).expect("compiles"))
        .expect("engine thread")
        .join()
        .expect("engine ran")
}

/// The replay screen as text (the whole frame: header, position bar, panels, footer).
fn text(state: &State, w: u16, h: u16) -> String {
    support::dashboard_text(state, w, h)
}

#[test]
fn a_replay_frame_shows_mode_and_position() {
    let s = scenario::load(Path::new("scenarios/gather.toml")).expect("gather loads");
    let mut p = Player::new(recorded(s));
    p.seek_time(0.5);
    let small = text(p.state(), 80, 24);
    assert!(small.contains("REPLAY"), "{small}");
    let n = p.len();
    assert!(
        small.contains(&format!("event {}/{n}", p.position())),
        "{small}"
    );
    assert!(small.contains("t=0.500/"), "{small}");
    insta::assert_snapshot!("replay_gather_t0.5_80x24", small);
    insta::assert_snapshot!("replay_gather_t0.5_120x40", text(p.state(), 120, 40));
    p.act(coroviz::app::ReplayAction::View(
        coroviz::app::Action::ToggleHelp,
    ));
    let help = text(p.state(), 80, 24);
    assert!(help.contains("task switch"), "{help}");
    insta::assert_snapshot!("replay_help_80x24", help);
}

#[test]
fn a_replay_paused_at_a_scripted_pause_shows_its_note() {
    let mut rec = recorded(gather_with(SCRIPTED));
    let at = rec.pauses[0].0;
    rec.end = None; // and say it is cut short
    let mut p = Player::new(rec);
    p.seek(at);
    let screen = text(p.state(), 80, 24);
    assert!(
        screen.contains("paused by the scenario: one worker done"),
        "{screen}"
    );
    assert!(screen.contains("truncated"), "{screen}");
    insta::assert_snapshot!("replay_scripted_pause_80x24", screen);
    insta::assert_snapshot!("replay_scripted_pause_120x40", text(p.state(), 120, 40));
}

// ---- the command line ----

fn coroviz(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_coroviz"))
        .args(args)
        .output()
        .expect("coroviz runs")
}

#[test]
fn a_damaged_or_missing_recording_is_an_error_before_the_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.cvz");
    std::fs::write(&bad, "{\"header\": 1}\nnot json\n").expect("write");
    let bad_s = bad.to_str().expect("utf-8 path");
    for args in [vec!["replay", bad_s], vec!["replay", "no/such/file.cvz"]] {
        let o = coroviz(&args);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("coroviz: error: "), "{err}");
        assert!(err.contains(args[1]), "names the file: {err}");
        assert!(o.stdout.is_empty(), "nothing drawn: {:?}", o.stdout);
    }
}

#[test]
fn replay_needs_a_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("r.cvz");
    write_recording(&path);
    let o = coroviz(&["replay", path.to_str().expect("utf-8 path")]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("needs a terminal"), "{err}");
}

/// Records gather headless into `path`.
fn write_recording(path: &Path) -> Recording {
    let s = scenario::load(Path::new("scenarios/gather.toml")).expect("gather loads");
    let rec = recorded(s);
    let mut w = Recorder::create(path, &rec.header, 64, Replace::Yes).expect("recorder");
    for r in rec.records().into_iter().skip(1) {
        w.record(r);
    }
    w.abandon().expect("written");
    rec
}
