//! Reading recordings: every way a file can be wrong becomes a [`RecordingError`] naming the
//! file and line; a file cut off mid-record loads up to its last whole line.
//!
//! A recording is JSON lines, zstd-compressed as this build writes it or plain (older
//! builds, or a recording decompressed with `zstd -d` and edited): the first bytes tell.

use std::borrow::Cow;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

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

/// How far a load has got, for a progress display on another thread: bytes of JSON lines
/// read of `total` (0 until the file is read and decompressed).
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
    let file = std::fs::File::open(path).map_err(read)?;
    let mut start = Vec::new();
    let mut raw = io::BufReader::new(file);
    let mut magic = [0u8; 4];
    let got = read_up_to(&mut raw, &mut magic).map_err(read)?;
    start.extend_from_slice(&magic[..got]);
    if got == 0 {
        return Err(RecordingError::Empty {
            path: path.to_path_buf(),
        });
    }
    let mut text: Box<dyn Read> = if magic == ZSTD_MAGIC {
        let chained = io::Cursor::new(start).chain(raw);
        let decoder = zstd::stream::read::Decoder::new(chained).map_err(read)?;
        Box::new(decoder)
    } else {
        Box::new(io::Cursor::new(start).chain(raw))
    };
    // The first line, a chunk at a time (a header holds the program's source: kilobytes).
    let mut line = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        // A cut or damaged stream: what came before is all there is.
        let n: usize = text.read(&mut chunk).unwrap_or_default();
        if n == 0 {
            break;
        }
        line.extend_from_slice(&chunk[..n]);
        if let Some(i) = line.iter().position(|b| *b == b'\n') {
            line.truncate(i);
            return match header(path, &line)? {
                Some(h) => Ok(Recording::new(h)),
                None => Err(stops_in_header(path)),
            };
        }
    }
    Err(stops_in_header(path))
}

fn stops_in_header(path: &Path) -> RecordingError {
    RecordingError::NotARecording {
        path: path.to_path_buf(),
        why: "it stops inside its first line (the header)".into(),
    }
}

/// Fills as much of `buf` as the reader has; the count read.
fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match r.read(&mut buf[got..])? {
            0 => break,
            n => got += n,
        }
    }
    Ok(got)
}

/// Parses a recording's bytes; `path` is only for messages.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Recording, RecordingError> {
    parse_counting(path, bytes, &Progress::default())
}

/// Below this many bytes of JSON lines one thread parses them all.
pub(super) const PARALLEL_FROM: usize = 4 << 20;

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
    let (text, stream_cut) = json_lines(bytes).map_err(|(line, why)| damaged(line, why))?;
    let bytes = &text[..];
    progress.total.store(bytes.len(), Ordering::Relaxed);
    // A last line without its newline was cut off mid-write: drop it.
    let (whole, cut_tail) = match bytes.iter().rposition(|b| *b == b'\n') {
        Some(i) => (&bytes[..=i], i + 1 < bytes.len()),
        None => (&bytes[..0], true),
    };
    let header_end = whole.iter().position(|b| *b == b'\n');
    let first = header_end.map_or(&whole[..0], |i| &whole[..i]);
    let mut recording = match header(path, first)? {
        Some(h) => Recording::new(h),
        // Cut off inside the header line: nothing to show.
        None => return Err(stops_in_header(path)),
    };
    recording.cut_tail = cut_tail || stream_cut;
    let body = &whole[header_end.map_or(whole.len(), |i| i + 1)..];
    // Lines parse on every core, in runs of whole lines; they are checked and kept in order.
    let threads = match body.len() {
        n if n < PARALLEL_FROM => 1,
        _ => std::thread::available_parallelism().map_or(1, |n| n.get().min(8)),
    };
    let runs = whole_line_runs(body, threads);
    let parsed: Vec<(usize, Parsed)> = if runs.len() == 1 {
        vec![(lines_in(runs[0]), parse_run(runs[0], progress))]
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = runs
                .iter()
                .map(|run| scope.spawn(move || (lines_in(run), parse_run(run, progress))))
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|_| (0, Err((1, "the reader failed".into()))))
                })
                .collect()
        })
    };
    // Line 1 is the header.
    let mut first_line = 2;
    for (lines, records) in parsed {
        for (at, record) in records.map_err(|(at, why)| damaged(first_line + at, why))? {
            recording
                .push(record)
                .map_err(|why| damaged(first_line + at, why))?;
        }
        first_line += lines;
    }
    Ok(recording)
}

/// Records parsed from a run of whole lines, each with its line counted within the run
/// from 0; or the line that is not a record and why.
type Parsed = Result<Vec<(usize, Record)>, (usize, String)>;

/// Splits `body` (whole lines) into about `parts` runs of whole lines.
fn whole_line_runs(body: &[u8], parts: usize) -> Vec<&[u8]> {
    let mut runs = Vec::with_capacity(parts);
    let mut rest = body;
    for left in (1..=parts).rev() {
        if left == 1 || rest.is_empty() {
            runs.push(rest);
            break;
        }
        let aim = rest.len() / left;
        let cut = rest[aim..]
            .iter()
            .position(|b| *b == b'\n')
            .map_or(rest.len(), |i| aim + i + 1);
        let (run, tail) = rest.split_at(cut);
        runs.push(run);
        rest = tail;
    }
    runs
}

fn lines_in(run: &[u8]) -> usize {
    run.iter().filter(|b| **b == b'\n').count()
}

/// Parses one run of whole lines, adding the bytes done to `progress` as it goes.
fn parse_run(run: &[u8], progress: &Progress) -> Parsed {
    const REPORT_EVERY: usize = 1 << 20;
    let mut records = Vec::with_capacity(run.len() / 64);
    let mut unreported = 0;
    for (at, line) in run.split(|b| *b == b'\n').enumerate() {
        unreported += line.len() + 1;
        if unreported >= REPORT_EVERY {
            progress.done.fetch_add(unreported, Ordering::Relaxed);
            unreported = 0;
        }
        if line.is_empty() {
            // The split's last piece after the final newline.
            continue;
        }
        let record: Record =
            serde_json::from_slice(line).map_err(|e| (at, format!("not a record ({e})")))?;
        records.push((at, record));
    }
    progress.done.fetch_add(unreported, Ordering::Relaxed);
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
    let mut decoder =
        zstd::stream::read::Decoder::with_buffer(bytes).map_err(|e| (1, e.to_string()))?;
    match decoder.read_to_end(&mut text) {
        Ok(_) => Ok((Cow::Owned(text), false)),
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok((Cow::Owned(text), true)),
        Err(e) => {
            let line = 1 + text.iter().filter(|b| **b == b'\n').count();
            Err((line, format!("its compressed data is damaged ({e})")))
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
