//! The lessons bundled into the binary: the scenarios of `scenarios/`, embedded at build time
//! so that `coroviz lesson NAME` (and `coroviz run NAME`, …) work from any directory.
//!
//! `scenarios/` stays the source of truth: each entry of [`LESSONS`] is a `NAME.toml` there
//! and the `NAME.py` it names, read with `include_str!` (a test checks the list against the
//! directory).

use std::fmt;
use std::path::Path;

use crate::scenario::{self, Scenario, ScenarioError};

/// A lesson shipped inside the binary.
///
/// Invariant: `toml` says `source = "<name>.py"`, and `source` is that file's text.
pub struct Lesson {
    /// The file stem in `scenarios/`, e.g. `03-yield-and-send`: what `coroviz lesson` takes.
    pub name: &'static str,
    /// The scenario file's text.
    pub toml: &'static str,
    /// The Python program's text.
    pub source: &'static str,
}

impl fmt::Debug for Lesson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lesson")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// Embeds `scenarios/NAME.toml` and `scenarios/NAME.py` for each name.
macro_rules! lessons {
    ($($name:literal),* $(,)?) => {
        &[$(Lesson {
            name: $name,
            toml: include_str!(concat!("../scenarios/", $name, ".toml")),
            source: include_str!(concat!("../scenarios/", $name, ".py")),
        }),*]
    };
}

/// Every bundled lesson, in course order: the numbered ones by number, then the rest.
pub static LESSONS: &[Lesson] = lessons![
    "01-iterables",
    "02-generators",
    "03-yield-and-send",
    "04-generator-states",
    "05-stopping-a-coroutine",
    "06-throw-and-close",
    "07-ping-pong",
    "08-producer-consumer",
    "09-return-value",
    "10-averager-proxy",
    "11-delegating-generator",
    "12-sync-vs-async",
    "13-hello-asyncio",
    "14-two-tasks",
    "15-run-until-complete",
    "16-done-callback",
    "17-await-sleep",
    "18-wait-many",
    "19-ctrl-c-cancel-all",
    "20-submit-and-future",
    "21-map-with-timeout",
    "22-executor-deadlock",
    "23-coroutine-vs-thread",
    "24-run-in-executor",
    "25-cpu-bound-threads",
    "26-threads-vs-processes",
    "gather",
];

impl Lesson {
    /// The scenario, loaded from the embedded text. Messages and tracebacks name the files
    /// as they sit in the repository: `scenarios/NAME.toml`, `scenarios/NAME.py`.
    pub fn scenario(&self) -> Result<Scenario, ScenarioError> {
        let toml = format!("scenarios/{}.toml", self.name);
        let py = format!("{}.py", self.name);
        scenario::load_embedded(Path::new(&toml), self.toml, &[(&py, self.source)])
    }

    /// The name without its course number: `yield-and-send` for `03-yield-and-send`.
    pub fn topic(&self) -> &'static str {
        match self.number() {
            Some(_) => self.name.split_once('-').map_or(self.name, |(_, t)| t),
            None => self.name,
        }
    }

    /// The course number, for a name like `03-yield-and-send`.
    pub fn number(&self) -> Option<u32> {
        let (n, _) = self.name.split_once('-')?;
        n.parse().ok()
    }
}

/// One line about a lesson for `coroviz list`: the first line of its program's docstring,
/// or else the first sentence of its lesson text.
pub fn summary(scenario: &Scenario) -> String {
    docstring_line(&scenario.source).unwrap_or_else(|| first_sentence(&scenario.about))
}

/// The first line of a module docstring (`"""…` or `'''…` opening the program).
fn docstring_line(source: &str) -> Option<String> {
    let text = source.trim_start();
    let quote = ["\"\"\"", "'''"]
        .into_iter()
        .find(|q| text.starts_with(q))?;
    let body = &text[quote.len()..];
    let body = &body[..body.find(quote)?];
    let line = body.trim().lines().next()?.trim();
    (!line.is_empty()).then(|| line.to_string())
}

/// The first sentence (up to the first `. `) of the first paragraph, on one line.
fn first_sentence(about: &str) -> String {
    let paragraph = about.trim().split("\n\n").next().unwrap_or("");
    let flat = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.find(". ") {
        Some(i) => flat[..=i].to_string(),
        None => flat,
    }
}

/// No bundled lesson has the name a user typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLesson {
    pub name: String,
    /// The closest lesson names, best first (at most three).
    pub close: Vec<&'static str>,
}

impl fmt::Display for UnknownLesson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no lesson named `{}`", self.name)?;
        match self.close.as_slice() {
            [] => {}
            [one] => write!(f, "; did you mean `{one}`?")?,
            more => {
                let names: Vec<String> = more.iter().map(|n| format!("`{n}`")).collect();
                write!(f, "; did you mean one of {}?", names.join(", "))?
            }
        }
        write!(
            f,
            " (`coroviz list` shows all {} lessons; a scenario file ends in .toml or .py)",
            LESSONS.len()
        )
    }
}

impl std::error::Error for UnknownLesson {}

/// The lesson `name` refers to: its full name (`03-yield-and-send`), its topic
/// (`yield-and-send`) or its number (`3`, `03`); case does not matter.
pub fn find(name: &str) -> Result<&'static Lesson, UnknownLesson> {
    let wanted = name.trim().to_ascii_lowercase();
    let number: Option<u32> = wanted.parse().ok();
    LESSONS
        .iter()
        .find(|l| l.name == wanted)
        .or_else(|| LESSONS.iter().find(|l| l.topic() == wanted))
        .or_else(|| {
            LESSONS
                .iter()
                .find(|l| number.is_some() && l.number() == number)
        })
        .ok_or_else(|| UnknownLesson {
            name: name.to_string(),
            close: close_matches(&wanted),
        })
}

/// Lesson names near `wanted`: a small edit distance from the name or its topic, or one
/// containing the other. Best first, at most three.
fn close_matches(wanted: &str) -> Vec<&'static str> {
    let mut scored: Vec<(usize, &'static str)> = LESSONS
        .iter()
        .filter_map(|l| {
            let distance = edit_distance(wanted, l.name).min(edit_distance(wanted, l.topic()));
            let contains =
                wanted.len() >= 3 && (l.topic().contains(wanted) || wanted.contains(l.topic()));
            let near = distance <= (wanted.chars().count() / 3).max(2);
            match (near, contains) {
                (true, _) => Some((distance, l.name)),
                (false, true) => Some((usize::MAX, l.name)),
                (false, false) => None,
            }
        })
        .collect();
    scored.sort_by_key(|&(d, _)| d);
    scored.into_iter().take(3).map(|(_, n)| n).collect()
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (diagonal + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lesson_loads_with_its_own_program() {
        for lesson in LESSONS {
            let s = lesson
                .scenario()
                .unwrap_or_else(|e| panic!("{}: {e}", lesson.name));
            assert_eq!(s.source, lesson.source, "{}", lesson.name);
            assert_eq!(s.source_name, format!("scenarios/{}.py", lesson.name));
            assert!(
                !s.title.is_empty() && !s.about.is_empty(),
                "{}",
                lesson.name
            );
        }
    }

    #[test]
    fn the_course_is_in_order_and_names_are_unique() {
        let numbers: Vec<u32> = LESSONS.iter().filter_map(Lesson::number).collect();
        let expected: Vec<u32> = (1..=numbers.len() as u32).collect();
        assert_eq!(
            numbers, expected,
            "numbered lessons count 1, 2, 3, … in order"
        );
        let first_unnumbered = LESSONS.iter().position(|l| l.number().is_none());
        if let Some(i) = first_unnumbered {
            assert!(LESSONS[i..].iter().all(|l| l.number().is_none()));
        }
        let mut topics: Vec<&str> = LESSONS.iter().map(Lesson::topic).collect();
        topics.sort_unstable();
        topics.dedup();
        assert_eq!(topics.len(), LESSONS.len(), "topics are unique");
    }

    #[test]
    fn a_lesson_is_found_by_name_topic_or_number() {
        assert_eq!(find("03-yield-and-send").unwrap().name, "03-yield-and-send");
        assert_eq!(find("yield-and-send").unwrap().name, "03-yield-and-send");
        assert_eq!(find("3").unwrap().name, "03-yield-and-send");
        assert_eq!(find("03").unwrap().name, "03-yield-and-send");
        assert_eq!(find("Gather").unwrap().name, "gather");
        assert!(find("0").is_err());
    }

    #[test]
    fn an_unknown_name_suggests_close_ones() {
        let e = find("yield-and-sned").unwrap_err();
        assert_eq!(e.close.first(), Some(&"03-yield-and-send"));
        let e = find("ctrl-c").unwrap_err();
        assert_eq!(e.close, ["19-ctrl-c-cancel-all"]);
        let text = e.to_string();
        assert!(text.starts_with("no lesson named `ctrl-c`; did you mean `19-ctrl-c-cancel-all`?"));
        assert!(text.contains("coroviz list"), "{text}");
        assert!(find("zzzzzzzzzzzz").unwrap_err().close.is_empty());
    }

    #[test]
    fn summaries_are_one_short_line() {
        assert_eq!(first_sentence("One. Two.\n\nThree."), "One.");
        assert_eq!(first_sentence("A b\nc d\n\nE."), "A b c d");
        assert_eq!(
            docstring_line("\"\"\"Doc line.\n\nMore.\"\"\"\nx = 1\n").as_deref(),
            Some("Doc line.")
        );
        assert_eq!(docstring_line("''' '''\n"), None);
        assert_eq!(docstring_line("x = \"\"\"no\"\"\"\n"), None);
        for lesson in LESSONS {
            let s = lesson.scenario().expect("loads");
            let line = summary(&s);
            assert!(
                docstring_line(&s.source).is_some() && line.chars().count() <= 90,
                "{}: {line:?}",
                lesson.name
            );
        }
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("send", "send"), 0);
    }
}
