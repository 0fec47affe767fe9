//! Exports of a recording (`coroviz export`): an asciinema cast of the dashboard, a Perfetto
//! (Chrome trace-event) timeline, an SVG picture of the task lanes, and the plain Python program.
//!
//! Every format is a pure function of a [`Recording`] written to a `&mut dyn Write`; nothing
//! here runs Python or touches a terminal. [`to_path`] writes through a temporary file next to
//! the target and renames it, so a failed export never leaves half a file behind, and it
//! replaces a file already there only when asked to ([`Replace::Yes`], `--force`).

mod asciicast;
mod perfetto;
mod python;
mod screen;
mod svg;

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::record::{Recording, Replace};

pub use asciicast::{Timing, TIMING};
pub use screen::Size;

/// What `coroviz export` can write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// asciicast v2: the dashboard frame by frame (`asciinema play`)
    Asciicast,
    /// Chrome trace-event JSON: one track per task and per thread (ui.perfetto.dev, chrome://tracing)
    Perfetto,
    /// A static timeline picture: one lane per task (and per thread) over virtual time
    Svg,
    /// The scenario's program as a plain `.py` for CPython
    Python,
}

/// How to export.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Options {
    pub format: Format,
    /// Terminal size for the asciicast.
    pub size: Size,
    /// Colours (SGR colour codes in the cast, coloured lanes in the SVG stay coloured).
    pub color: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            format: Format::Asciicast,
            size: Size::DEFAULT,
            color: true,
        }
    }
}

/// What an export wrote, for the one-line summary on stderr.
#[derive(Clone, Debug, PartialEq)]
pub enum Summary {
    /// `every` > 1: the program had more instants than a cast shows, so one in `every` is drawn.
    Cast {
        frames: usize,
        seconds: f64,
        every: usize,
    },
    Trace {
        events: usize,
        tasks: usize,
        /// Tracks of generators no task drives.
        generators: usize,
        /// Tracks of Python threads (0 for a program with the main thread alone).
        threads: usize,
    },
    Picture {
        lanes: usize,
        virtual_seconds: f64,
        /// Drawn over generator operations (generators alone, a clock that never moved).
        by_gen_ops: bool,
    },
    Program {
        lines: usize,
        notes: usize,
    },
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Summary::Cast {
                frames,
                seconds,
                every,
            } => {
                write!(f, "{frames} frames, {seconds:.1} s")?;
                if *every > 1 {
                    write!(
                        f,
                        " (a long run: one frame every {every} loop instants, at most {} frames)",
                        asciicast::MAX_FRAMES
                    )?;
                }
                Ok(())
            }
            Summary::Trace {
                events,
                tasks,
                generators,
                threads,
            } => {
                write!(f, "{events} trace events, {tasks} task tracks")?;
                if *generators > 0 {
                    write!(f, ", {generators} generator tracks")?;
                }
                if *threads > 0 {
                    write!(f, ", {threads} thread tracks")?;
                }
                Ok(())
            }
            Summary::Picture {
                lanes,
                virtual_seconds,
                ..
            } if *virtual_seconds > 0.0 => {
                write!(f, "{lanes} lanes, {virtual_seconds} s of virtual time")
            }
            Summary::Picture {
                lanes,
                by_gen_ops: true,
                ..
            } => write!(
                f,
                "{lanes} generator lanes over generator operations (no event loop; the virtual \
                 clock never moved)"
            ),
            Summary::Picture { lanes, .. } => write!(
                f,
                "{lanes} lanes over loop iterations (the virtual clock never moved)"
            ),
            Summary::Program { lines, notes } => {
                write!(f, "{lines} lines, {notes} actions noted as comments")
            }
        }
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("writing `{}`: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },
    #[error("writing the export: {0}")]
    Io(#[from] io::Error),
    /// The target exists and `--force` was not given: it is left as it was.
    #[error("`{}` already exists (pass --force to replace it)", path.display())]
    Exists { path: PathBuf },
    /// The target is the file being exported (or the program it runs): never replaced,
    /// even with `--force`.
    #[error("`{}` is what this command reads: writing there would destroy it (even with --force); choose another output file", path.display())]
    IsInput { path: PathBuf },
}

/// Refuses a target that is one of `inputs` (compared as canonical paths, so `./a.cvz`,
/// a symlink to it and `dir/../a.cvz` are all caught), or that exists when `replace` is
/// [`Replace::No`]. `-` (stdout) is never refused.
pub fn check_target(path: &Path, inputs: &[&Path], replace: Replace) -> Result<(), ExportError> {
    if path == Path::new("-") {
        return Ok(());
    }
    if let Ok(target) = std::fs::canonicalize(path) {
        let same = inputs
            .iter()
            .filter_map(|i| std::fs::canonicalize(i).ok())
            .any(|i| i == target);
        if same {
            return Err(ExportError::IsInput {
                path: path.to_path_buf(),
            });
        }
    }
    // `symlink_metadata`: a dangling symlink is a file there too.
    if replace == Replace::No && std::fs::symlink_metadata(path).is_ok() {
        return Err(ExportError::Exists {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// Writes `rec` in `opts.format` to `out`.
pub fn write(rec: &Recording, opts: &Options, out: &mut dyn Write) -> io::Result<Summary> {
    match opts.format {
        Format::Asciicast => asciicast::write(rec, opts.size, opts.color, out),
        Format::Perfetto => perfetto::write(rec, out),
        Format::Svg => svg::write(rec, out),
        Format::Python => python::write(rec, out),
    }
}

/// Writes `rec` to `path` (`-` is stdout) through a temporary file in the same directory,
/// moved into place only once everything was written and flushed. With [`Replace::No`] a
/// file already at `path` is never replaced, even one created while the export ran.
pub fn to_path(
    rec: &Recording,
    opts: &Options,
    path: &Path,
    replace: Replace,
) -> Result<Summary, ExportError> {
    if path == Path::new("-") {
        let stdout = io::stdout();
        let mut out = io::BufWriter::new(stdout.lock());
        let summary = write(rec, opts, &mut out)?;
        out.flush()?;
        return Ok(summary);
    }
    let err = |source: io::Error| ExportError::Write {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let file = std::fs::File::create_new(&tmp)?;
        let mut out = io::BufWriter::new(file);
        let summary = write(rec, opts, &mut out)?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        Ok(summary)
    })()
    .map_err(err)
    .and_then(|summary| {
        move_into_place(&tmp, path, replace)?;
        Ok(summary)
    });
    if result.is_err() {
        // Best effort: the temporary file is ours and useless now.
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Moves the finished temporary file to `path`. Without `replace`, a hard link puts it there
/// only if nothing is (atomically: no check-then-rename race); where hard links are not
/// supported, the check is made just before the rename.
fn move_into_place(tmp: &Path, path: &Path, replace: Replace) -> Result<(), ExportError> {
    let exists = || ExportError::Exists {
        path: path.to_path_buf(),
    };
    let err = |source: io::Error| ExportError::Write {
        path: path.to_path_buf(),
        source,
    };
    match replace {
        Replace::Yes => std::fs::rename(tmp, path).map_err(err),
        Replace::No => match std::fs::hard_link(tmp, path) {
            Ok(()) => std::fs::remove_file(tmp).map_err(err),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(exists()),
            Err(_) if std::fs::symlink_metadata(path).is_ok() => Err(exists()),
            Err(_) => std::fs::rename(tmp, path).map_err(err),
        },
    }
}

/// Escapes text for XML character data and attribute values.
pub(crate) fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 forbids most control characters even when escaped.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod testdata;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escape_covers_markup_and_control_characters() {
        assert_eq!(
            xml_escape("a<b & \"c\" 'd'>\u{1}"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;\u{fffd}"
        );
    }

    #[test]
    fn a_failed_export_leaves_no_file_behind() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("missing-dir").join("out.svg");
        let rec = testdata::gather();
        let err = to_path(&rec, &Options::default(), &target, Replace::No).unwrap_err();
        assert!(err.to_string().contains("out.svg"), "{err}");
        let good = dir.path().join("out.cast");
        to_path(&rec, &Options::default(), &good, Replace::No).expect("export");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("out.cast")]);
    }

    #[test]
    fn an_existing_file_is_kept_unless_replace_and_no_temporary_is_left() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("out.py");
        std::fs::write(&target, b"mine\n").expect("write");
        let rec = testdata::gather();
        let python = Options {
            format: Format::Python,
            ..Options::default()
        };
        let err = to_path(&rec, &python, &target, Replace::No).unwrap_err();
        assert!(matches!(err, ExportError::Exists { .. }), "{err}");
        assert!(err.to_string().contains("--force"), "{err}");
        assert_eq!(std::fs::read(&target).expect("read"), b"mine\n");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("out.py")]);
        to_path(&rec, &python, &target, Replace::Yes).expect("replace");
        assert_ne!(std::fs::read(&target).expect("read"), b"mine\n");
    }

    #[test]
    fn the_input_is_never_a_target_even_by_another_name() {
        let dir = tempfile::tempdir().expect("temp dir");
        let input = dir.path().join("same.cvz");
        std::fs::write(&input, b"recording").expect("write");
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).expect("mkdir");
        let other_name = sub.join("..").join("same.cvz");
        for replace in [Replace::No, Replace::Yes] {
            let err = check_target(&other_name, &[&input], replace).unwrap_err();
            assert!(matches!(err, ExportError::IsInput { .. }), "{err}");
        }
        let link = dir.path().join("link.cvz");
        std::os::unix::fs::symlink(&input, &link).expect("symlink");
        let err = check_target(&link, &[&input], Replace::Yes).unwrap_err();
        assert!(matches!(err, ExportError::IsInput { .. }), "{err}");
        let fresh = dir.path().join("fresh.py");
        check_target(&fresh, &[&input], Replace::No).expect("a new file is fine");
        check_target(Path::new("-"), &[&input], Replace::No).expect("stdout is fine");
        let err = check_target(&input, &[], Replace::No).unwrap_err();
        assert!(matches!(err, ExportError::Exists { .. }), "{err}");
        check_target(&input, &[], Replace::Yes).expect("--force replaces another file");
    }
}
