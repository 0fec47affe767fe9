//! A backtracking matcher for the tree `parse` makes, trying alternatives in the order
//! CPython's `_sre` does (leftmost, greedy first, branches left to right), so matches and
//! group spans agree with Python's. Positions count characters, as Python's indices do.

use super::parse::{fixed_width, min_width, Anchor, Category, CharSet, Greed, Node, SetItem};

/// Programs bigger than this (counted repeats expand into copies) are refused.
pub const MAX_INSTRUCTIONS: usize = 200_000;

#[derive(Debug, Clone)]
enum Inst {
    Char(char),
    CharFold {
        c: char,
        ascii: bool,
    },
    Any,
    AnyButNewline,
    Set(usize),
    /// Try the first target; on failure, the second.
    Split(usize, usize),
    Jmp(usize),
    /// Record the position in a slot (group `i` has slots `2i`, `2i+1`).
    Save(usize),
    Anchor(Anchor),
    Backref {
        group: usize,
        icase: bool,
    },
    Look {
        sub: usize,
        behind: Option<usize>,
        negated: bool,
    },
    Atomic(usize),
    /// Go on if the group took part in the match, else jump.
    IfGroup(usize, usize),
    /// Remember where a loop's iteration started (register `r`).
    Mark(usize),
    /// Loop back only if the iteration consumed something (CPython stops a repeat whose
    /// body matched empty).
    LoopIfProgress(usize, usize),
    Match,
}

/// A compiled pattern: the main program and those of lookarounds and atomic groups.
pub struct Program {
    progs: Vec<Vec<Inst>>,
    sets: Vec<CharSet>,
    groups: usize,
    marks: usize,
}

pub struct TooLarge;

struct Compiler {
    progs: Vec<Vec<Inst>>,
    sets: Vec<CharSet>,
    marks: usize,
    size: usize,
}

impl Program {
    pub fn new(node: &Node, groups: usize) -> Result<Program, TooLarge> {
        let mut c = Compiler {
            progs: Vec::new(),
            sets: Vec::new(),
            marks: 0,
            size: 0,
        };
        c.sub(node)?;
        Ok(Program {
            progs: c.progs,
            sets: c.sets,
            groups,
            marks: c.marks,
        })
    }
}

impl Compiler {
    /// Compiles `node` as a program of its own (ending in `Match`); returns its index.
    fn sub(&mut self, node: &Node) -> Result<usize, TooLarge> {
        let idx = self.progs.len();
        self.progs.push(Vec::new());
        let mut code = Vec::new();
        self.emit(node, &mut code)?;
        code.push(Inst::Match);
        self.progs[idx] = code;
        Ok(idx)
    }

    fn push(&mut self, code: &mut Vec<Inst>, i: Inst) -> Result<usize, TooLarge> {
        self.size += 1;
        if self.size > MAX_INSTRUCTIONS {
            return Err(TooLarge);
        }
        code.push(i);
        Ok(code.len() - 1)
    }

    fn emit(&mut self, node: &Node, code: &mut Vec<Inst>) -> Result<(), TooLarge> {
        match node {
            Node::Empty => {}
            Node::Char { c, icase, ascii } => {
                let folds = *icase
                    && (if *ascii {
                        c.is_ascii_alphabetic()
                    } else {
                        has_case(*c)
                    });
                let i = if folds {
                    Inst::CharFold {
                        c: *c,
                        ascii: *ascii,
                    }
                } else {
                    Inst::Char(*c)
                };
                self.push(code, i)?;
            }
            Node::Any { dotall } => {
                self.push(
                    code,
                    if *dotall {
                        Inst::Any
                    } else {
                        Inst::AnyButNewline
                    },
                )?;
            }
            Node::Set(set) => {
                self.sets.push((**set).clone());
                let i = Inst::Set(self.sets.len() - 1);
                self.push(code, i)?;
            }
            Node::Cat(items) => {
                for n in items {
                    self.emit(n, code)?;
                }
            }
            Node::Alt(branches) => {
                let mut jumps = Vec::new();
                for (k, b) in branches.iter().enumerate() {
                    if k + 1 < branches.len() {
                        let split = self.push(code, Inst::Split(0, 0))?;
                        self.emit(b, code)?;
                        jumps.push(self.push(code, Inst::Jmp(0))?);
                        let next = code.len();
                        code[split] = Inst::Split(split + 1, next);
                    } else {
                        self.emit(b, code)?;
                    }
                }
                let end = code.len();
                for j in jumps {
                    code[j] = Inst::Jmp(end);
                }
            }
            Node::Group(g, body) => {
                self.push(code, Inst::Save(2 * g))?;
                self.emit(body, code)?;
                self.push(code, Inst::Save(2 * g + 1))?;
            }
            Node::Repeat {
                node,
                min,
                max,
                greed,
            } => {
                if *greed == Greed::Possessive {
                    let plain = Node::Repeat {
                        node: node.clone(),
                        min: *min,
                        max: *max,
                        greed: Greed::Greedy,
                    };
                    let sub = self.sub(&plain)?;
                    self.push(code, Inst::Atomic(sub))?;
                    return Ok(());
                }
                let lazy = *greed == Greed::Lazy;
                for _ in 0..*min {
                    self.emit(node, code)?;
                }
                match max {
                    None => {
                        let may_be_empty = min_width(node) == 0;
                        let top = self.push(code, Inst::Split(0, 0))?;
                        let mark = self.marks;
                        if may_be_empty {
                            self.marks += 1;
                            self.push(code, Inst::Mark(mark))?;
                        }
                        self.emit(node, code)?;
                        if may_be_empty {
                            self.push(code, Inst::LoopIfProgress(mark, top))?;
                        } else {
                            self.push(code, Inst::Jmp(top))?;
                        }
                        let exit = code.len();
                        code[top] = if lazy {
                            Inst::Split(exit, top + 1)
                        } else {
                            Inst::Split(top + 1, exit)
                        };
                    }
                    Some(max) => {
                        let mut splits = Vec::new();
                        for _ in *min..*max {
                            splits.push(self.push(code, Inst::Split(0, 0))?);
                            self.emit(node, code)?;
                        }
                        let exit = code.len();
                        for s in splits {
                            code[s] = if lazy {
                                Inst::Split(exit, s + 1)
                            } else {
                                Inst::Split(s + 1, exit)
                            };
                        }
                    }
                }
            }
            Node::Anchor(a) => {
                self.push(code, Inst::Anchor(*a))?;
            }
            Node::Backref { group, icase } => {
                self.push(
                    code,
                    Inst::Backref {
                        group: *group,
                        icase: *icase,
                    },
                )?;
            }
            Node::Look {
                behind,
                negated,
                node,
            } => {
                let width = if *behind { fixed_width(node) } else { None };
                let sub = self.sub(node)?;
                self.push(
                    code,
                    Inst::Look {
                        sub,
                        behind: width,
                        negated: *negated,
                    },
                )?;
            }
            Node::Atomic(node) => {
                let sub = self.sub(node)?;
                self.push(code, Inst::Atomic(sub))?;
            }
            Node::Cond { group, yes, no } => {
                let test = self.push(code, Inst::IfGroup(*group, 0))?;
                self.emit(yes, code)?;
                let jump = self.push(code, Inst::Jmp(0))?;
                let else_at = code.len();
                self.emit(no, code)?;
                code[test] = Inst::IfGroup(*group, else_at);
                code[jump] = Inst::Jmp(code.len());
            }
        }
        Ok(())
    }
}

fn has_case(c: char) -> bool {
    lower(c) != c || upper(c) != c
}

/// A character's one-character lower case (itself when the mapping is longer).
fn lower(c: char) -> char {
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

fn upper(c: char) -> char {
    let mut it = c.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

fn same_icase(a: char, b: char, ascii: bool) -> bool {
    if ascii {
        a.eq_ignore_ascii_case(&b)
    } else {
        a == b || lower(a) == lower(b) || upper(a) == upper(b)
    }
}

/// `\d`, `\w`, `\s` as `_sre` defines them: `str.isdecimal`, `str.isalnum` or `_`,
/// `str.isspace`; with ASCII only their ASCII members.
pub fn in_category(cat: Category, c: char, ascii: bool) -> bool {
    if ascii {
        return match cat {
            Category::Digit => c.is_ascii_digit(),
            Category::Word => c.is_ascii_alphanumeric() || c == '_',
            Category::Space => matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'),
        };
    }
    match cat {
        Category::Digit => crate::runtime::numeric::num::unicode_decimal(c).is_some(),
        Category::Word => c.is_alphanumeric() || c == '_',
        Category::Space => c.is_whitespace() || ('\x1c'..='\x1f').contains(&c),
    }
}

fn set_has(set: &CharSet, c: char) -> bool {
    set.items.iter().any(|item| match item {
        SetItem::Char(x) => *x == c,
        SetItem::Range(a, b) => (*a..=*b).contains(&c),
        SetItem::Category { cat, negated } => in_category(*cat, c, set.ascii) != *negated,
    })
}

fn set_matches(set: &CharSet, c: char) -> bool {
    let mut hit = set_has(set, c);
    if !hit && set.icase {
        hit = if set.ascii {
            c.is_ascii_alphabetic()
                && (set_has(set, c.to_ascii_lowercase()) || set_has(set, c.to_ascii_uppercase()))
        } else {
            (lower(c) != c && set_has(set, lower(c))) || (upper(c) != c && set_has(set, upper(c)))
        };
    }
    hit != set.negated
}

/// What a match must satisfy at its end.
#[derive(Clone, Copy)]
pub struct Goal {
    /// The match must end exactly here (`fullmatch`, the inside of a lookbehind).
    pub end_at: Option<usize>,
    /// An empty match here does not count (after an empty match while iterating, the next
    /// one must not be empty at the same place, as `_sre` requires).
    pub no_empty_at: Option<usize>,
}

enum Step {
    Alt(usize, usize),
    Restore(usize, usize),
    RestoreAll(Vec<usize>),
}

pub const UNSET: usize = usize::MAX;

impl Program {
    /// Slot count: two per group (group 0 included), one for `lastindex`, then the loop
    /// marks.
    pub fn slot_count(&self) -> usize {
        2 * (self.groups + 1) + 1 + self.marks
    }

    /// The slots `exec` reports: the spans and `lastindex`.
    pub fn spans_len(&self) -> usize {
        2 * (self.groups + 1) + 1
    }

    fn last_slot(&self) -> usize {
        2 * (self.groups + 1)
    }

    /// Tries a match starting at `start` in `text[..end]`; on success the slots hold the
    /// spans (group 0 included) and the slot after them `lastindex`.
    pub fn match_at(
        &self,
        text: &[char],
        end: usize,
        start: usize,
        goal: Goal,
    ) -> Option<Vec<usize>> {
        let mut slots = vec![UNSET; self.slot_count()];
        let stop = self.run(0, text, end, start, goal, &mut slots)?;
        slots[0] = start;
        slots[1] = stop;
        Some(slots)
    }

    /// Searches from `start` for the leftmost match.
    pub fn search(
        &self,
        text: &[char],
        end: usize,
        start: usize,
        goal: Goal,
    ) -> Option<Vec<usize>> {
        let first = self.first_char();
        let mut at = start;
        while at <= end {
            if let Some(c) = first {
                match text[at..end].iter().position(|x| *x == c) {
                    Some(k) => at += k,
                    None => return None,
                }
            }
            if let Some(found) = self.match_at(text, end, at, goal) {
                return Some(found);
            }
            at += 1;
        }
        None
    }

    /// A literal every match starts with, to skip ahead while searching.
    fn first_char(&self) -> Option<char> {
        match self.progs[0].first()? {
            Inst::Char(c) => Some(*c),
            _ => None,
        }
    }

    fn run(
        &self,
        prog: usize,
        text: &[char],
        end: usize,
        start: usize,
        goal: Goal,
        slots: &mut Vec<usize>,
    ) -> Option<usize> {
        let code = &self.progs[prog];
        let mut stack: Vec<Step> = Vec::new();
        let (mut pc, mut pos) = (0usize, start);
        let word_at =
            |i: usize, ascii: bool| i < end && in_category(Category::Word, text[i], ascii);
        loop {
            let ok = match &code[pc] {
                Inst::Char(c) => {
                    let hit = pos < end && text[pos] == *c;
                    pos += 1;
                    hit
                }
                Inst::CharFold { c, ascii } => {
                    let hit = pos < end && same_icase(text[pos], *c, *ascii);
                    pos += 1;
                    hit
                }
                Inst::Any => {
                    pos += 1;
                    pos <= end
                }
                Inst::AnyButNewline => {
                    let hit = pos < end && text[pos] != '\n';
                    pos += 1;
                    hit
                }
                Inst::Set(s) => {
                    let hit = pos < end && set_matches(&self.sets[*s], text[pos]);
                    pos += 1;
                    hit
                }
                Inst::Split(a, b) => {
                    stack.push(Step::Alt(*b, pos));
                    pc = *a;
                    continue;
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    continue;
                }
                Inst::Save(s) => {
                    stack.push(Step::Restore(*s, slots[*s]));
                    slots[*s] = pos;
                    if s % 2 == 1 {
                        let last = self.last_slot();
                        stack.push(Step::Restore(last, slots[last]));
                        slots[last] = s / 2;
                    }
                    true
                }
                Inst::Mark(r) => {
                    let r = self.last_slot() + 1 + r;
                    stack.push(Step::Restore(r, slots[r]));
                    slots[r] = pos;
                    true
                }
                Inst::LoopIfProgress(r, top) => {
                    if slots[self.last_slot() + 1 + r] != pos {
                        pc = *top;
                        continue;
                    }
                    true
                }
                Inst::Anchor(a) => match a {
                    Anchor::LineStart { multiline } => {
                        pos == 0 || (*multiline && text[pos - 1] == '\n')
                    }
                    Anchor::LineEnd { multiline } => {
                        pos == end || (text[pos] == '\n' && (*multiline || pos + 1 == end))
                    }
                    Anchor::Start => pos == 0,
                    Anchor::End => pos == end,
                    Anchor::WordBoundary { ascii, negated } => {
                        // `_sre` answers no for both on an empty string.
                        let before = pos > 0 && word_at(pos - 1, *ascii);
                        end != 0 && (before != word_at(pos, *ascii)) != *negated
                    }
                },
                Inst::Backref { group, icase } => {
                    let (s, e) = (slots[2 * group], slots[2 * group + 1]);
                    if s == UNSET || e == UNSET || s > e {
                        false
                    } else {
                        let n = e - s;
                        let hit = pos + n <= end
                            && (0..n).all(|k| {
                                let (a, b) = (text[s + k], text[pos + k]);
                                a == b || (*icase && same_icase(a, b, false))
                            });
                        pos += n;
                        hit
                    }
                }
                Inst::Look {
                    sub,
                    behind,
                    negated,
                } => {
                    let mut inner = slots.clone();
                    let found = match behind {
                        Some(w) => {
                            pos >= *w && {
                                let g = Goal {
                                    end_at: Some(pos),
                                    no_empty_at: None,
                                };
                                self.run(*sub, text, end, pos - w, g, &mut inner).is_some()
                            }
                        }
                        None => {
                            let g = Goal {
                                end_at: None,
                                no_empty_at: None,
                            };
                            self.run(*sub, text, end, pos, g, &mut inner).is_some()
                        }
                    };
                    if found && !negated {
                        stack.push(Step::RestoreAll(std::mem::replace(slots, inner)));
                    }
                    found != *negated
                }
                Inst::Atomic(sub) => {
                    let mut inner = slots.clone();
                    let g = Goal {
                        end_at: None,
                        no_empty_at: None,
                    };
                    match self.run(*sub, text, end, pos, g, &mut inner) {
                        Some(stop) => {
                            stack.push(Step::RestoreAll(std::mem::replace(slots, inner)));
                            pos = stop;
                            true
                        }
                        None => false,
                    }
                }
                Inst::IfGroup(g, else_at) => {
                    if slots[2 * g] == UNSET || slots[2 * g + 1] == UNSET {
                        pc = *else_at;
                        continue;
                    }
                    true
                }
                Inst::Match => {
                    let ends_right = goal.end_at.is_none_or(|e| e == pos);
                    let advances = pos != start || goal.no_empty_at != Some(pos);
                    if ends_right && advances {
                        return Some(pos);
                    }
                    false
                }
            };
            if ok {
                pc += 1;
                continue;
            }
            // Backtrack to the most recent alternative, undoing slot writes on the way.
            loop {
                match stack.pop()? {
                    Step::Alt(t, p) => {
                        pc = t;
                        pos = p;
                        break;
                    }
                    Step::Restore(s, v) => slots[s] = v,
                    Step::RestoreAll(old) => *slots = old,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse::parse;
    use super::*;

    fn find(p: &str, s: &str) -> Option<(usize, usize)> {
        let parsed = parse(p, 0).unwrap_or_else(|_| panic!("{p} parses"));
        let prog = Program::new(&parsed.node, parsed.groups).unwrap_or_else(|_| panic!("small"));
        let text: Vec<char> = s.chars().collect();
        let goal = Goal {
            end_at: None,
            no_empty_at: None,
        };
        prog.search(&text, text.len(), 0, goal)
            .map(|m| (m[0], m[1]))
    }

    #[test]
    fn leftmost_and_greedy_as_sre() {
        assert_eq!(find("a+", "baaa"), Some((1, 4)));
        assert_eq!(find("a+?", "baaa"), Some((1, 2)));
        assert_eq!(find("x*", "abc"), Some((0, 0)));
        assert_eq!(find("(a|ab)c", "abc"), Some((0, 3)));
        assert_eq!(find(r"(\w+)\s\1", "hey hey you"), Some((0, 7)));
        assert_eq!(find("a$", "a\n"), Some((0, 1)));
        assert_eq!(find(r"a\Z", "a\n"), None);
        assert_eq!(find("(?<=a)b", "ab"), Some((1, 2)));
        assert_eq!(find("(?>a+)a", "aaa"), None);
        assert_eq!(find("a++b", "aab"), Some((0, 3)));
        assert_eq!(find("(a*)*b", "aab"), Some((0, 3)));
        assert_eq!(find("(?i)straße", "STRAßE"), Some((0, 6)));
    }
}
