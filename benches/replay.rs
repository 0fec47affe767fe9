//! Replay benchmark (not a test): a recording of about a million real engine events (a
//! generated asyncio program run headless), then the time to load it, to build the player's
//! snapshots, their memory, and the time of seeks to random positions and of single steps
//! back. Run with `cargo bench --bench replay` (`-- EVENTS` to change the target size).

/// The binary's allocator (`src/main.rs`), so the figures are those of the real dashboard
/// (the system allocator spends far longer in malloc and free).
#[global_allocator]
static GLOBAL: coroviz::runtime::memory::Counting<mimalloc::MiMalloc> =
    coroviz::runtime::memory::Counting(mimalloc::MiMalloc);

use std::path::Path;
use std::time::{Duration, Instant};

use coroviz::record::{
    load, load_counting, load_header, record_headless, RecordSink, Recorder, Recording, Replace,
};
use coroviz::replay::Player;
use coroviz::ui::{Dashboard, Theme};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

/// Seeks measured.
const SEEKS: usize = 200;

/// A program whose run emits roughly `events` events: `tasks` workers, each sleeping on its
/// own period and printing now and then, gathered by main.
fn program(events: usize) -> String {
    // One worker round (timer, wake-up, step, suspend, sleep future) is about 12 events.
    let tasks = 200;
    let rounds = (events / 12 / tasks).max(1);
    format!(
        "import asyncio

async def worker(i, rounds):
    total = 0
    for r in range(rounds):
        await asyncio.sleep(0.001 * (i % 7 + 1))
        total += r
        if r % 50 == 0:
            print('worker', i, 'round', r)
    return total

async def main():
    results = await asyncio.gather(*(worker(i, {rounds}) for i in range({tasks})))
    print(sum(results))

asyncio.run(main())
"
    )
}

fn record(events: usize) -> Recording {
    let code = program(events);
    std::thread::Builder::new()
        .stack_size(coroviz::cli::ENGINE_STACK)
        .spawn(move || {
            let dir = tempfile::tempdir().expect("temp dir");
            let path = dir.path().join("big.py");
            std::fs::write(&path, code).expect("write program");
            let s = coroviz::scenario::load(&path).expect("scenario");
            record_headless(&s).expect("compiles")
        })
        .expect("engine thread")
        .join()
        .expect("engine ran")
}

/// Resident memory of this process, in bytes (Linux; 0 elsewhere).
fn rss() -> usize {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<usize>().ok())
        .map_or(0, |pages| pages * 4096)
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

fn mib(b: usize) -> String {
    format!("{:.0} MiB", b as f64 / (1 << 20) as f64)
}

/// Median and maximum.
fn stats(mut v: Vec<Duration>) -> (Duration, Duration) {
    v.sort();
    (v[v.len() / 2], v[v.len() - 1])
}

fn main() {
    let target: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let t0 = Instant::now();
    let rec = record(target);
    let recorded = t0.elapsed();
    let n = rec.events.len();

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("big.cvz");
    let mut w = Recorder::create(&path, &rec.header, 4096, Replace::Yes).expect("recorder");
    for r in rec.records().into_iter().skip(1) {
        w.record(r);
    }
    w.abandon().expect("written");
    drop(rec);
    let bytes = std::fs::metadata(&path).map_or(0, |m| m.len() as usize);

    let before_load = rss();
    let t = Instant::now();
    let rec = load(Path::new(&path)).expect("loads");
    let loaded = t.elapsed();
    let after_load = rss();

    let t = Instant::now();
    let mut player = Player::new(rec);
    let built = t.elapsed();
    let after_build = rss();
    let (interval, snapshots, estimate) = player.snapshot_stats();

    // Random positions from a fixed xorshift: the same every run.
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x % (n as u64 + 1)) as usize
    };
    let mut seeks = Vec::with_capacity(SEEKS);
    for _ in 0..SEEKS {
        let pos = next();
        let t = Instant::now();
        player.seek(pos);
        seeks.push(t.elapsed());
        std::hint::black_box(player.state());
    }
    let mut backs = Vec::with_capacity(SEEKS);
    for _ in 0..SEEKS {
        player.seek(next().max(1));
        let t = Instant::now();
        player.step_back();
        backs.push(t.elapsed());
    }
    let (seek_med, seek_max) = stats(seeks);
    let (back_med, back_max) = stats(backs);
    drop(player);

    // What `coroviz replay` does before its first frame: read the header, start a player
    // that loads the events and builds its index on its own thread, draw one frame; then
    // the waits for the events and for the index.
    let t = Instant::now();
    let header = load_header(Path::new(&path)).expect("a header");
    let file = path.clone();
    let mut player = Player::opening(&path, header, move |progress| {
        load_counting(&file, progress)
    });
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
    let dash = Dashboard {
        state: player.state(),
        theme: Theme::colored(),
    };
    term.draw(|f| f.render_widget(&dash, f.area()))
        .expect("draw");
    let first_frame = t.elapsed();
    player.wait_for_events();
    let events_in = t.elapsed();
    player.wait_for_index();
    let indexed = t.elapsed();
    assert_eq!(player.len(), n);

    println!("replay benchmark: {n} events ({} MiB file)", bytes >> 20);
    println!("| what | figure |");
    println!("|---|---|");
    println!(
        "| record headless (engine + recording in memory) | {} |",
        ms(recorded)
    );
    println!("| load `.cvz` | {} |", ms(loaded));
    println!(
        "| `coroviz replay`: open to first frame (header, draw 120×40) | {} |",
        ms(first_frame)
    );
    println!(
        "| `coroviz replay`: open to every event loaded (playhead free) | {} |",
        ms(events_in)
    );
    println!(
        "| `coroviz replay`: open to index ready (`]`/`[`, fast seeks) | {} |",
        ms(indexed)
    );
    println!(
        "| recording in memory (RSS growth on load) | {} |",
        mib(after_load.saturating_sub(before_load))
    );
    println!(
        "| build player (fold every event + snapshots) | {} |",
        ms(built)
    );
    println!(
        "| snapshots | {snapshots} × every {interval} events, estimated {} |",
        mib(estimate)
    );
    println!(
        "| snapshots (RSS growth on build) | {} |",
        mib(after_build.saturating_sub(after_load))
    );
    println!(
        "| seek to a random position ({SEEKS}×) | median {}, max {} |",
        ms(seek_med),
        ms(seek_max)
    );
    println!(
        "| step back one event ({SEEKS}×) | median {}, max {} |",
        ms(back_med),
        ms(back_max)
    );
}
