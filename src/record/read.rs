//! Reading recordings: every way a file can be wrong becomes a [`RecordingError`] naming the
//! file and line; a file cut off mid-record loads up to its last whole line.
//!
//! A recording is JSON lines, zstd-compressed as this build writes it or plain (older
//! builds, or a recording decompressed with `zstd -d` and edited): the first bytes tell.

use std::borrow::Cow;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use super::{Record, Recording, FORMAT_VERSION, MAGIC};
use crate::runtime::event::{OLDEST_READABLE_SCHEMA, SCHEMA_VERSION};

/// Why a recording could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum RecordingError {
    #[error("cannot read `{}`: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },
    #[error("`{}` is empty: not a coroviz recording", path.display())]
    Empty { path: PathBuf },
    #[error("`{}` is not a coroviz recording: {why}", path.display())]
    NotARecording { path: PathBuf, why: String },
    #[error(
        "`{}` was written by coroviz {by} in recording format {version}; this coroviz \
         ({}) reads format {FORMAT_VERSION} and older: upgrade coroviz to open it",
        path.display(), env!("CARGO_PKG_VERSION")
    )]
    Newer {
        path: PathBuf,
        version: u32,
        by: String,
    },
    #[error(
        "`{}` holds events of schema {schema} (written by coroviz {by}); this coroviz reads \
         schema {OLDEST_READABLE_SCHEMA} to {SCHEMA_VERSION}: record it again with this version",
        path.display()
    )]
    Schema {
        path: PathBuf,
        schema: u32,
        by: String,
    },
    #[error("{}:{line}: damaged recording: {why}", path.display())]
    Damaged {
        path: PathBuf,
        line: usize,
        why: String,
    },
}

/// Loads a recording from a file.
pub fn load(path: &Path) -> Result<Recording, RecordingError> {
    load_counting(path, &Progress::default())
}

/// How far a load has got, for a progress display on another thread: bytes of the file
/// read (compressed or not) of `total` (0 until the file is in memory).
#[derive(Debug, Default)]
pub struct Progress {
    pub done: AtomicUsize,
    pub total: AtomicUsize,
}

/// [`load`], counting its progress in `progress`.
pub fn load_counting(path: &Path, progress: &Progress) -> Result<Recording, RecordingError> {
    let bytes = std::fs::read(path).map_err(|source| RecordingError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    parse_counting(path, &bytes, progress)
}

/// The recording's header alone, read from the start of the file (what a replay shows
/// while the rest loads): an empty recording with that header, or why the file is not a
/// recording this build reads.
pub fn load_header(path: &Path) -> Result<Recording, RecordingError> {
    let read = |source| RecordingError::Read {
        path: path.to_path_buf(),
        source,
    };
    let mut raw = io::BufReader::new(std::fs::File::open(path).map_err(read)?);
    if raw.fill_buf().map_err(read)?.is_empty() {
        return Err(RecordingError::Empty {
            path: path.to_path_buf(),
        });
    }
    let mut text = decoded(raw).map_err(read)?;
    let mut lines = Lines {
        text: &mut *text,
        read: 0,
        cut: false,
    };
    // A cut or damaged stream: what came before is all there is.
    let first = lines.chunk(0).unwrap_or_default();
    match first.strip_suffix(b"\n").map(|line| header(path, line)) {
        Some(Ok(Some(h))) => Ok(Recording::new(h)),
        Some(Err(e)) => Err(e),
        Some(Ok(None)) | None => Err(stops_in_header(path)),
    }
}

fn stops_in_header(path: &Path) -> RecordingError {
    RecordingError::NotARecording {
        path: path.to_path_buf(),
        why: "it stops inside its first line (the header)".into(),
    }
}

/// The JSON lines `input` holds: itself when plain, its decoded stream when it starts as a
/// zstd frame does.
fn decoded<'a>(mut input: impl BufRead + 'a) -> io::Result<Box<dyn BufRead + 'a>> {
    if input.fill_buf()?.starts_with(&ZSTD_MAGIC) {
        let decoder = zstd::stream::read::Decoder::with_buffer(input)?;
        Ok(Box::new(io::BufReader::with_capacity(1 << 20, decoder)))
    } else {
        Ok(Box::new(input))
    }
}

/// What a damaged compressed stream says of itself.
fn damage(e: &io::Error) -> String {
    format!("its compressed data is damaged ({e})")
}

/// Parses a recording's bytes; `path` is only for messages.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Recording, RecordingError> {
    parse_counting(path, bytes, &Progress::default())
}

/// Whole lines handed to a parsing thread at a time (the last line of a chunk runs to its
/// newline).
pub(super) const CHUNK: usize = 2 << 20;

fn parse_counting(
    path: &Path,
    bytes: &[u8],
    progress: &Progress,
) -> Result<Recording, RecordingError> {
    let damaged = |line: usize, why: String| RecordingError::Damaged {
        path: path.to_path_buf(),
        line,
        why,
    };
    if bytes.is_empty() {
        return Err(RecordingError::Empty {
            path: path.to_path_buf(),
        });
    }
    // Progress counts the file's bytes read, compressed or not.
    progress.total.store(bytes.len(), Ordering::Relaxed);
    let input = Counted {
        rest: bytes,
        unreported: 0,
        progress,
    };
    let mut text = decoded(input).map_err(|e| damaged(1, damage(&e)))?;
    let mut lines = Lines {
        text: &mut *text,
        read: 0,
        cut: false,
    };
    let first = lines.chunk(0).map_err(|(line, why)| damaged(line, why))?;
    let Some(first) = first.strip_suffix(b"\n") else {
        // Cut off inside the header line: nothing to show.
        return Err(stops_in_header(path));
    };
    let mut recording = match header(path, first)? {
        Some(h) => Recording::new(h),
        None => return Err(stops_in_header(path)),
    };
    // Chunks of whole lines parse on every core; their records are checked and kept in
    // order as they come back.
    // A small file (a few chunks of text, even compressed) is not worth the threads.
    let threads = match bytes.len() {
        n if n < CHUNK / 16 => 1,
        _ => std::thread::available_parallelism().map_or(1, |n| n.get().min(8)),
    };
    let mut first_line = 2;
    let mut push = |(from, records): (usize, Parsed)| -> Result<(), RecordingError> {
        for (at, record) in records.map_err(|(at, why)| damaged(from + at, why))? {
            recording
                .push(record)
                .map_err(|why| damaged(from + at, why))?;
        }
        Ok(())
    };
    let next_chunk = |lines: &mut Lines, first_line: &mut usize| {
        let chunk = lines
            .chunk(CHUNK)
            .map_err(|(line, why)| damaged(line, why))?;
        let from = *first_line;
        *first_line += chunk.iter().filter(|b| **b == b'\n').count();
        Ok::<_, RecordingError>((from, chunk))
    };
    if threads == 1 {
        loop {
            let (from, chunk) = next_chunk(&mut lines, &mut first_line)?;
            if chunk.is_empty() {
                break;
            }
            push((from, parse_run(&chunk)))?;
        }
    } else {
        let (work_tx, work_rx) = mpsc::sync_channel::<(usize, usize, Vec<u8>)>(threads);
        let work_rx = std::sync::Mutex::new(work_rx);
        std::thread::scope(|scope| -> Result<(), RecordingError> {
            // Dropped when this closure returns, however it does: the threads then stop.
            let work_tx = work_tx;
            let (done_tx, done_rx) = mpsc::channel::<(usize, (usize, Parsed))>();
            for _ in 0..threads {
                let (work_rx, done_tx) = (&work_rx, done_tx.clone());
                scope.spawn(move || loop {
                    let job = work_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok((seq, from, chunk))) = job else {
                        break;
                    };
                    if done_tx.send((seq, (from, parse_run(&chunk)))).is_err() {
                        break;
                    }
                });
            }
            drop(done_tx);
            // Send chunks as the threads take them; keep what comes back out of order until
            // its turn.
            let (mut sent, mut kept) = (0, 0);
            let mut waiting = std::collections::BTreeMap::new();
            let mut reading = true;
            while reading || kept < sent {
                if reading && sent - kept < 2 * threads {
                    let (from, chunk) = next_chunk(&mut lines, &mut first_line)?;
                    if chunk.is_empty() {
                        reading = false;
                    } else {
                        if work_tx.send((sent, from, chunk)).is_err() {
                            break;
                        }
                        sent += 1;
                    }
                    continue;
                }
                let Ok((seq, parsed)) = done_rx.recv() else {
                    break;
                };
                waiting.insert(seq, parsed);
                while let Some(parsed) = waiting.remove(&kept) {
                    push(parsed)?;
                    kept += 1;
                }
            }
            drop(work_tx);
            if kept < sent {
                return Err(damaged(first_line, "the reader failed".into()));
            }
            Ok(())
        })?;
    }
    recording.cut_tail = lines.cut;
    Ok(recording)
}

/// Records parsed from a run of whole lines, each with its line counted within the run
/// from 0; or the line that is not a record and why.
type Parsed = Result<Vec<(usize, Record)>, (usize, String)>;

/// The file's bytes as a reader that counts what has been read into a [`Progress`].
struct Counted<'a> {
    rest: &'a [u8],
    unreported: usize,
    progress: &'a Progress,
}

impl Read for Counted<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.rest.len().min(buf.len());
        buf[..n].copy_from_slice(&self.rest[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Counted<'_> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        Ok(self.rest)
    }

    fn consume(&mut self, n: usize) {
        self.rest = &self.rest[n..];
        self.unreported += n;
        if self.unreported >= 1 << 16 || self.rest.is_empty() {
            self.progress
                .done
                .fetch_add(self.unreported, Ordering::Relaxed);
            self.unreported = 0;
        }
    }
}

/// The JSON lines of a recording, read a chunk of whole lines at a time.
struct Lines<'a> {
    text: &'a mut dyn BufRead,
    /// Lines read so far (for the line a damaged stream stops at).
    read: usize,
    /// The text stopped short: a last line without its newline (dropped), or a compressed
    /// stream that ends before its end.
    cut: bool,
}

impl Lines<'_> {
    /// At least `size` bytes of whole lines (one line when `size` is 0), each with its
    /// newline; empty at the end. A cut-off last line is dropped and noted in `cut`.
    fn chunk(&mut self, size: usize) -> Result<Vec<u8>, (usize, String)> {
        let mut chunk = Vec::with_capacity(size + 4096);
        loop {
            let start = chunk.len();
            match self.text.read_until(b'\n', &mut chunk) {
                Ok(0) => break,
                Ok(_) if chunk.last() == Some(&b'\n') => {
                    self.read += 1;
                    if chunk.len() > size {
                        break;
                    }
                }
                Ok(_) => {
                    // The end came inside a line: the file was cut mid-record.
                    chunk.truncate(start);
                    self.cut = true;
                    break;
                }
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => {
                    chunk.truncate(start);
                    self.cut = true;
                    break;
                }
                Err(e) => return Err((self.read + 1, damage(&e))),
            }
        }
        Ok(chunk)
    }
}

/// Parses one run of whole lines.
fn parse_run(run: &[u8]) -> Parsed {
    let mut records = Vec::with_capacity(run.len() / 96);
    for (at, line) in run.split(|b| *b == b'\n').enumerate() {
        if line.is_empty() {
            // The split's last piece after the final newline, or a blank line.
            continue;
        }
        let record: Record =
            serde_json::from_slice(line).map_err(|e| (at, format!("not a record ({e})")))?;
        records.push((at, record));
    }
    Ok(records)
}

/// The first bytes of a zstd frame.
const ZSTD_MAGIC: [u8; 4] = [0x28, 0xb5, 0x2f, 0xfd];

/// A recording's JSON lines, and whether the compressed stream they came from stops short.
pub type JsonLines<'a> = (Cow<'a, [u8]>, bool);

/// A recording's JSON lines: `bytes` themselves when they are plain, else what their
/// compressed stream holds, and whether that stream stops short (a cut file: what it holds
/// is good). `Err` carries the line at which damaged compressed data stops making sense.
pub fn json_lines(bytes: &[u8]) -> Result<JsonLines<'_>, (usize, String)> {
    if !bytes.starts_with(&ZSTD_MAGIC) {
        return Ok((Cow::Borrowed(bytes), false));
    }
    let mut text = Vec::with_capacity(bytes.len().saturating_mul(8));
    let mut decoder = decoded(bytes).map_err(|e| (1, damage(&e)))?;
    match decoder.read_to_end(&mut text) {
        Ok(_) => Ok((Cow::Owned(text), false)),
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok((Cow::Owned(text), true)),
        Err(e) => {
            let line = 1 + text.iter().filter(|b| **b == b'\n').count();
            Err((line, damage(&e)))
        }
    }
}

/// The header from the first line; `None` when the file stops before the line ends.
fn header(path: &Path, line: &[u8]) -> Result<Option<super::Header>, RecordingError> {
    let not = |why: String| RecordingError::NotARecording {
        path: path.to_path_buf(),
        why,
    };
    if line.is_empty() {
        return Ok(None);
    }
    // Check the version before the shape: a newer format may have changed the header.
    let value: serde_json::Value = serde_json::from_slice(line)
        .map_err(|e| not(format!("its first line is not a recording header ({e})")))?;
    let obj = value
        .get("header")
        .ok_or_else(|| not("its first line is not a recording header".into()))?;
    if obj.get("format").and_then(|f| f.as_str()) != Some(MAGIC) {
        return Err(not(format!(
            "its header does not say `\"format\": \"{MAGIC}\"`"
        )));
    }
    let by = obj
        .get("coroviz")
        .and_then(|v| v.as_str())
        .unwrap_or("(unknown)")
        .to_string();
    let version = obj.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > u64::from(FORMAT_VERSION) {
        return Err(RecordingError::Newer {
            path: path.to_path_buf(),
            version: u32::try_from(version).unwrap_or(u32::MAX),
            by,
        });
    }
    let schema = obj.get("schema").and_then(|v| v.as_u64()).unwrap_or(0);
    if schema > u64::from(SCHEMA_VERSION) || schema < u64::from(OLDEST_READABLE_SCHEMA) {
        return Err(RecordingError::Schema {
            path: path.to_path_buf(),
            schema: u32::try_from(schema).unwrap_or(u32::MAX),
            by,
        });
    }
    match serde_json::from_value::<Record>(value) {
        Ok(Record::Header(h)) => Ok(Some(*h)),
        Ok(_) => Err(not("its first line is not a recording header".into())),
        Err(e) => Err(RecordingError::Damaged {
            path: path.to_path_buf(),
            line: 1,
            why: format!("bad header ({e})"),
        }),
    }
}
