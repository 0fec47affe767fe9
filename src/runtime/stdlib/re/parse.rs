//! Python's regular-expression syntax (as `re._parser` reads it in 3.11) into a tree, with
//! CPython's error messages and positions.

/// `re` flag bits, as CPython numbers them.
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const ASCII: u32 = 256;

/// A repeat count this large (CPython's `MAXREPEAT`; `number` saturates at it) is refused.
const MAXREPEAT: u32 = 4_294_967_295;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Greed {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// `^`; with MULTILINE also after each newline.
    LineStart {
        multiline: bool,
    },
    /// `$`: at the end or before a newline that ends the string; with MULTILINE before
    /// every newline.
    LineEnd {
        multiline: bool,
    },
    /// `\A`.
    Start,
    /// `\Z` (the very end, unlike `$`).
    End,
    WordBoundary {
        ascii: bool,
        negated: bool,
    },
}

/// The class escapes `\d \w \s` (and their negations), Unicode or ASCII.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Digit,
    Word,
    Space,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SetItem {
    Char(char),
    Range(char, char),
    Category { cat: Category, negated: bool },
}

#[derive(Debug, Clone, PartialEq)]
pub struct CharSet {
    pub negated: bool,
    pub items: Vec<SetItem>,
    pub icase: bool,
    pub ascii: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Empty,
    Char {
        c: char,
        icase: bool,
        ascii: bool,
    },
    Any {
        dotall: bool,
    },
    Set(Box<CharSet>),
    Cat(Vec<Node>),
    Alt(Vec<Node>),
    Group(usize, Box<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
        greed: Greed,
    },
    Anchor(Anchor),
    Backref {
        group: usize,
        icase: bool,
    },
    Look {
        behind: bool,
        negated: bool,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    /// `(?(group)yes|no)`.
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

/// Why a pattern does not compile: CPython's `re.error` message and position, or a
/// construct coroviz does not match exactly.
#[derive(Debug, Clone, PartialEq)]
pub enum ParseError {
    Syntax { msg: String, pos: usize },
    Unmodelled(String),
}

pub struct Parsed {
    pub node: Node,
    /// Number of capturing groups.
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// The flags given plus those set by `(?x)` at the start.
    pub flags: u32,
}

struct Parser {
    src: Vec<char>,
    pos: usize,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    open: Vec<usize>,
    /// The flags of the `(?...)` group being parsed, scoped over the group.
    scoped: Vec<u32>,
}

type PResult<T> = Result<T, ParseError>;

fn syntax<T>(msg: impl Into<String>, pos: usize) -> PResult<T> {
    Err(ParseError::Syntax {
        msg: msg.into(),
        pos,
    })
}

pub fn parse(pattern: &str, flags: u32) -> PResult<Parsed> {
    if flags & LOCALE != 0 {
        return syntax("cannot use LOCALE flag with a str pattern", 0).map_err(no_pos);
    }
    if flags & ASCII != 0 && flags & UNICODE != 0 {
        return syntax("ASCII and UNICODE flags are incompatible", 0).map_err(no_pos);
    }
    let mut p = Parser {
        src: pattern.chars().collect(),
        pos: 0,
        flags,
        groups: 0,
        names: Vec::new(),
        open: Vec::new(),
        scoped: Vec::new(),
    };
    let node = p.alternation(0, true)?;
    if p.pos < p.src.len() {
        // Only `)` stops the top level early.
        return syntax("unbalanced parenthesis", p.pos);
    }
    let mut flags = p.flags;
    if flags & ASCII == 0 {
        flags |= UNICODE;
    }
    Ok(Parsed {
        node,
        groups: p.groups,
        names: p.names,
        flags,
    })
}

/// CPython raises the flag-combination errors without a position.
fn no_pos(e: ParseError) -> ParseError {
    match e {
        ParseError::Syntax { msg, .. } => ParseError::Syntax {
            msg,
            pos: usize::MAX,
        },
        other => other,
    }
}

impl Parser {
    fn flag(&self, f: u32) -> bool {
        let cur = self.scoped.last().copied().unwrap_or(self.flags);
        cur & f != 0
    }

    fn cur_flags(&self) -> u32 {
        self.scoped.last().copied().unwrap_or(self.flags)
    }

    fn peek(&self) -> Option<char> {
        self.src.get(self.pos).copied()
    }

    /// Skips what VERBOSE ignores: whitespace and `#` comments.
    fn skip_verbose(&mut self) {
        if !self.flag(VERBOSE) {
            return;
        }
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.pos += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    fn alternation(&mut self, depth: usize, top: bool) -> PResult<Node> {
        let mut branches = vec![self.sequence(depth, top)?];
        while self.peek() == Some('|') {
            self.pos += 1;
            branches.push(self.sequence(depth, false)?);
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(branches)
        })
    }

    fn sequence(&mut self, depth: usize, first: bool) -> PResult<Node> {
        let mut items: Vec<Node> = Vec::new();
        loop {
            self.skip_verbose();
            let Some(c) = self.peek() else { break };
            if c == '|' || c == ')' {
                if c == ')' && depth == 0 {
                    return syntax("unbalanced parenthesis", self.pos);
                }
                break;
            }
            let start = self.pos;
            match c {
                '*' | '+' | '?' | '{' => {
                    if c == '{' && !self.quantifier_follows() {
                        self.pos += 1;
                        items.push(self.literal('{'));
                        continue;
                    }
                    let Some(prev) = items.pop() else {
                        return syntax("nothing to repeat", start);
                    };
                    if matches!(prev, Node::Anchor(_)) {
                        return syntax("nothing to repeat", start);
                    }
                    if matches!(prev, Node::Repeat { .. }) {
                        return syntax("multiple repeat", start);
                    }
                    let (min, max) = self.counts()?;
                    let greed = match self.peek() {
                        Some('?') => {
                            self.pos += 1;
                            Greed::Lazy
                        }
                        Some('+') => {
                            self.pos += 1;
                            Greed::Possessive
                        }
                        _ => Greed::Greedy,
                    };
                    items.push(Node::Repeat {
                        node: Box::new(prev),
                        min,
                        max,
                        greed,
                    });
                }
                '(' => {
                    let node = self.group(depth, first && items.is_empty())?;
                    if let Some(node) = node {
                        items.push(node);
                    }
                }
                '[' => {
                    self.pos += 1;
                    items.push(self.set(start)?);
                }
                '.' => {
                    self.pos += 1;
                    items.push(Node::Any {
                        dotall: self.flag(DOTALL),
                    });
                }
                '^' => {
                    self.pos += 1;
                    items.push(Node::Anchor(Anchor::LineStart {
                        multiline: self.flag(MULTILINE),
                    }));
                }
                '$' => {
                    self.pos += 1;
                    items.push(Node::Anchor(Anchor::LineEnd {
                        multiline: self.flag(MULTILINE),
                    }));
                }
                '\\' => {
                    let node = self.escape()?;
                    items.push(node);
                }
                _ => {
                    self.pos += 1;
                    items.push(self.literal(c));
                }
            }
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Cat(items),
        })
    }

    fn literal(&self, c: char) -> Node {
        Node::Char {
            c,
            icase: self.flag(IGNORECASE),
            ascii: self.flag(ASCII),
        }
    }

    /// Whether a `{` here starts `{m}`, `{m,}`, `{,n}` or `{m,n}` (otherwise it is literal).
    fn quantifier_follows(&self) -> bool {
        let mut i = self.pos + 1;
        let digits = |i: &mut usize| {
            let s = *i;
            while self.src.get(*i).is_some_and(char::is_ascii_digit) {
                *i += 1;
            }
            *i > s
        };
        let lo = digits(&mut i);
        if self.src.get(i) == Some(&'}') {
            return lo;
        }
        if self.src.get(i) != Some(&',') {
            return false;
        }
        i += 1;
        digits(&mut i);
        self.src.get(i) == Some(&'}')
    }

    fn number(&mut self) -> Option<u32> {
        let s = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        let text: String = self.src[s..self.pos].iter().collect();
        if text.is_empty() {
            None
        } else {
            Some(
                text.parse::<u64>()
                    .map_or(u32::MAX, |n| n.min(u32::MAX as u64) as u32),
            )
        }
    }

    fn counts(&mut self) -> PResult<(u32, Option<u32>)> {
        let c = self.src[self.pos];
        self.pos += 1;
        Ok(match c {
            '*' => (0, None),
            '+' => (1, None),
            '?' => (0, Some(1)),
            _ => {
                let open = self.pos - 1;
                let lo = self.number();
                let hi = if self.peek() == Some(',') {
                    self.pos += 1;
                    self.number()
                } else {
                    Some(lo.unwrap_or(0))
                };
                self.pos += 1; // '}'
                let min = lo.unwrap_or(0);
                if min == MAXREPEAT {
                    return Err(ParseError::Syntax {
                        msg: "the repetition number is too large".into(),
                        pos: open + 1,
                    });
                }
                if let Some(h) = hi {
                    if h == MAXREPEAT {
                        return syntax("the repetition number is too large", open + 1);
                    }
                    if h < min {
                        return syntax("min repeat greater than max repeat", open + 1);
                    }
                }
                (min, hi)
            }
        })
    }

    fn group_name(&mut self, terminator: char) -> PResult<String> {
        let start = self.pos;
        let mut name = String::new();
        loop {
            match self.peek() {
                None => {
                    return if name.is_empty() {
                        syntax("missing group name", start)
                    } else {
                        syntax(format!("missing {terminator}, unterminated name"), start)
                    }
                }
                Some(c) if c == terminator => {
                    self.pos += 1;
                    break;
                }
                Some(c) => {
                    name.push(c);
                    self.pos += 1;
                }
            }
        }
        if name.is_empty() {
            return syntax("missing group name", start);
        }
        if !is_identifier(&name) {
            return syntax(format!("bad character in group name {name:?}"), start)
                .map_err(|e| requote(e, &name, start));
        }
        Ok(name)
    }

    /// `(...)` in all its forms; `None` for a comment or global flags.
    fn group(&mut self, depth: usize, first: bool) -> PResult<Option<Node>> {
        let open = self.pos;
        self.pos += 1;
        if self.peek() != Some('?') {
            self.groups += 1;
            let g = self.groups;
            self.open.push(g);
            let body = self.alternation(depth + 1, false)?;
            self.close(open)?;
            self.open.pop();
            return Ok(Some(Node::Group(g, Box::new(body))));
        }
        self.pos += 1;
        let Some(c) = self.peek() else {
            return syntax("unexpected end of pattern", self.pos);
        };
        self.pos += 1;
        match c {
            ':' => {
                let body = self.alternation(depth + 1, false)?;
                self.close(open)?;
                Ok(Some(body))
            }
            '>' => {
                let body = self.alternation(depth + 1, false)?;
                self.close(open)?;
                Ok(Some(Node::Atomic(Box::new(body))))
            }
            '#' => {
                loop {
                    match self.peek() {
                        None => return syntax("missing ), unterminated comment", open),
                        Some(')') => break,
                        Some(_) => self.pos += 1,
                    }
                }
                self.pos += 1;
                Ok(None)
            }
            '=' | '!' => {
                let body = self.alternation(depth + 1, false)?;
                self.close(open)?;
                Ok(Some(Node::Look {
                    behind: false,
                    negated: c == '!',
                    node: Box::new(body),
                }))
            }
            '<' => match self.peek() {
                Some(k @ ('=' | '!')) => {
                    self.pos += 1;
                    let body = self.alternation(depth + 1, false)?;
                    self.close(open)?;
                    if fixed_width(&body).is_none() {
                        return syntax("look-behind requires fixed-width pattern", usize::MAX)
                            .map_err(no_pos);
                    }
                    Ok(Some(Node::Look {
                        behind: true,
                        negated: k == '!',
                        node: Box::new(body),
                    }))
                }
                Some(k) => syntax(format!("unknown extension ?<{k}"), open + 1),
                None => syntax("unexpected end of pattern", self.pos),
            },
            'P' => {
                match self.peek() {
                    Some('<') => {
                        self.pos += 1;
                        let name = self.group_name('>')?;
                        self.groups += 1;
                        let g = self.groups;
                        if let Some((_, old)) = self.names.iter().find(|(n, _)| *n == name) {
                            return syntax(
                            format!("redefinition of group name {name:?} as group {g}; was group {old}"),
                            open + 4,
                        )
                        .map_err(|e| requote(e, &name, open + 4));
                        }
                        self.names.push((name, g));
                        self.open.push(g);
                        let body = self.alternation(depth + 1, false)?;
                        self.close(open)?;
                        self.open.pop();
                        Ok(Some(Node::Group(g, Box::new(body))))
                    }
                    Some('=') => {
                        self.pos += 1;
                        let at = self.pos;
                        let name = self.group_name(')')?;
                        let Some(&(_, g)) = self.names.iter().find(|(n, _)| *n == name) else {
                            return syntax(format!("unknown group name {name:?}"), at)
                                .map_err(|e| requote(e, &name, at));
                        };
                        if self.open.contains(&g) {
                            return syntax("cannot refer to an open group", at);
                        }
                        Ok(Some(Node::Backref {
                            group: g,
                            icase: self.flag(IGNORECASE),
                        }))
                    }
                    Some(k) => syntax(format!("unknown extension ?P{k}"), open + 1),
                    None => syntax("unexpected end of pattern", self.pos),
                }
            }
            '(' => {
                let at = self.pos;
                let mut name = String::new();
                loop {
                    match self.peek() {
                        None => return syntax("missing ), unterminated name", at),
                        Some(')') => break,
                        Some(c) => name.push(c),
                    }
                    self.pos += 1;
                }
                self.pos += 1;
                if name.is_empty() {
                    return syntax("missing group name", at);
                }
                let group = if name.chars().all(|c| c.is_ascii_digit()) {
                    let g: usize = name.parse().unwrap_or(usize::MAX);
                    if g == 0 {
                        return syntax("bad group number", at);
                    }
                    g
                } else {
                    match self.names.iter().find(|(n, _)| *n == name) {
                        Some(&(_, g)) => g,
                        None if !is_identifier(&name) => {
                            return syntax(format!("bad character in group name {name:?}"), at)
                                .map_err(|e| requote(e, &name, at))
                        }
                        None => {
                            return syntax(format!("unknown group name {name:?}"), at)
                                .map_err(|e| requote(e, &name, at))
                        }
                    }
                };
                let yes = self.sequence(depth + 1, false)?;
                let no = if self.peek() == Some('|') {
                    self.pos += 1;
                    let no = self.sequence(depth + 1, false)?;
                    if self.peek() == Some('|') {
                        return syntax("conditional backref with more than two branches", self.pos);
                    }
                    no
                } else {
                    Node::Empty
                };
                self.close(open)?;
                if group > self.groups {
                    return syntax(format!("invalid group reference {group}"), at);
                }
                Ok(Some(Node::Cond {
                    group,
                    yes: Box::new(yes),
                    no: Box::new(no),
                }))
            }
            c if "aiLmsux-".contains(c) => {
                self.pos -= 1;
                self.flag_group(open, depth, first)
            }
            other => syntax(format!("unknown extension ?{other}"), open + 1),
        }
    }

    /// `(?aiLmsux)` (global, only at the start) or `(?aiLmsux-imsx:...)` (scoped).
    fn flag_group(&mut self, open: usize, depth: usize, first: bool) -> PResult<Option<Node>> {
        let letter = |c: char| match c {
            'a' => Some(ASCII),
            'i' => Some(IGNORECASE),
            'L' => Some(LOCALE),
            'm' => Some(MULTILINE),
            's' => Some(DOTALL),
            'u' => Some(UNICODE),
            'x' => Some(VERBOSE),
            _ => None,
        };
        let mut add = 0;
        while let Some(f) = self.peek().and_then(letter) {
            if f == LOCALE {
                return syntax(
                    "bad inline flag: cannot use 'L' flag with a str pattern",
                    self.pos + 1,
                );
            }
            add |= f;
            self.pos += 1;
        }
        if add & ASCII != 0 && add & UNICODE != 0 {
            return syntax(
                "bad inline flag: flags 'a', 'u' and 'L' are incompatible",
                self.pos,
            );
        }
        let mut del = 0;
        if self.peek() == Some('-') {
            self.pos += 1;
            while let Some(f) = self.peek().and_then(letter) {
                if matches!(f, ASCII | UNICODE | LOCALE) {
                    return syntax(
                        "bad inline flag: cannot turn off flags 'a', 'u' and 'L'",
                        self.pos + 1,
                    );
                }
                del |= f;
                self.pos += 1;
            }
            if del == 0 {
                return syntax("missing flag", self.pos);
            }
            if self.peek() != Some(':') {
                return match self.peek() {
                    Some(c) if c.is_ascii_alphabetic() => syntax("unknown flag", self.pos),
                    None => syntax("missing :", self.pos),
                    _ => syntax("missing :", self.pos),
                };
            }
        }
        match self.peek() {
            Some(')') if del == 0 => {
                self.pos += 1;
                if !first || depth > 0 {
                    return syntax("global flags not at the start of the expression", open);
                }
                if add & ASCII != 0 && self.flags & UNICODE != 0 {
                    return syntax("ASCII and UNICODE flags are incompatible", usize::MAX)
                        .map_err(no_pos);
                }
                self.flags |= add;
                Ok(None)
            }
            Some(':') => {
                self.pos += 1;
                if add & del != 0 {
                    return syntax("bad inline flag: flag turned on and off", self.pos - 1);
                }
                let mut f = self.cur_flags() | add;
                f &= !del;
                if add & ASCII != 0 {
                    f &= !UNICODE;
                } else if add & UNICODE != 0 {
                    f &= !ASCII;
                }
                self.scoped.push(f);
                let body = self.alternation(depth + 1, false);
                self.scoped.pop();
                let body = body?;
                self.close(open)?;
                Ok(Some(body))
            }
            Some(c) if c.is_ascii_alphabetic() => syntax("unknown flag", self.pos),
            None => syntax("missing -, : or )", self.pos),
            Some(_) => syntax("missing -, : or )", self.pos),
        }
    }

    fn close(&mut self, open: usize) -> PResult<()> {
        if self.peek() == Some(')') {
            self.pos += 1;
            Ok(())
        } else {
            syntax("missing ), unterminated subpattern", open)
        }
    }

    /// An escape outside a set.
    fn escape(&mut self) -> PResult<Node> {
        let start = self.pos;
        self.pos += 1;
        let Some(c) = self.peek() else {
            return syntax("bad escape (end of pattern)", start);
        };
        self.pos += 1;
        let ascii = self.flag(ASCII);
        let cat = |cat: Category, negated: bool, icase: bool| {
            Node::Set(Box::new(CharSet {
                negated: false,
                items: vec![SetItem::Category { cat, negated }],
                icase,
                ascii,
            }))
        };
        Ok(match c {
            'A' => Node::Anchor(Anchor::Start),
            'Z' => Node::Anchor(Anchor::End),
            'b' => Node::Anchor(Anchor::WordBoundary {
                ascii,
                negated: false,
            }),
            'B' => Node::Anchor(Anchor::WordBoundary {
                ascii,
                negated: true,
            }),
            'd' => cat(Category::Digit, false, false),
            'D' => cat(Category::Digit, true, false),
            'w' => cat(Category::Word, false, false),
            'W' => cat(Category::Word, true, false),
            's' => cat(Category::Space, false, false),
            'S' => cat(Category::Space, true, false),
            '1'..='9' => {
                // Three octal digits make a character; otherwise one or two digits name a group.
                let d2 = self.peek().filter(char::is_ascii_digit);
                if let Some(d2) = d2 {
                    let d3 = self.src.get(self.pos + 1).copied();
                    if c <= '7' && d2 <= '7' && d3.is_some_and(|d| ('0'..='7').contains(&d)) {
                        self.pos += 2;
                        let text: String = [c, d2, d3.unwrap_or('0')].iter().collect();
                        let v = u32::from_str_radix(&text, 8).unwrap_or(0);
                        if v > 0o377 {
                            return syntax(
                                format!("octal escape value \\{text} outside of range 0-0o377"),
                                start,
                            );
                        }
                        return Ok(self.literal(char::from_u32(v).unwrap_or('\0')));
                    }
                    self.pos += 1;
                }
                let text: String = self.src[start + 1..self.pos].iter().collect();
                let g: usize = text.parse().unwrap_or(usize::MAX);
                if g > self.groups {
                    return syntax(format!("invalid group reference {g}"), start + 1);
                }
                if self.open.contains(&g) {
                    return syntax("cannot refer to an open group", start);
                }
                Node::Backref {
                    group: g,
                    icase: self.flag(IGNORECASE),
                }
            }
            _ => {
                self.pos -= 1;
                let ch = self.char_escape(start, false)?;
                self.literal(ch)
            }
        })
    }

    /// The escapes that stand for one character (the position is after the backslash).
    fn char_escape(&mut self, start: usize, in_set: bool) -> PResult<char> {
        let c = self.src[self.pos];
        self.pos += 1;
        let hex = |p: &mut Parser, n: usize| -> PResult<char> {
            let s = p.pos;
            let text: String = p.src[s..(s + n).min(p.src.len())].iter().collect();
            if text.chars().count() < n || !text.chars().all(|c| c.is_ascii_hexdigit()) {
                let mut shown = String::from("\\");
                shown.push(p.src[start + 1]);
                shown.extend(
                    p.src[s..]
                        .iter()
                        .take(n)
                        .take_while(|c| c.is_ascii_hexdigit()),
                );
                return syntax(format!("incomplete escape {shown}"), start);
            }
            p.pos += n;
            let v = u32::from_str_radix(&text, 16).unwrap_or(u32::MAX);
            match char::from_u32(v) {
                Some(ch) => Ok(ch),
                None => syntax(format!("bad escape \\{}{text}", p.src[start + 1]), start),
            }
        };
        Ok(match c {
            'a' => '\x07',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            'b' if in_set => '\x08',
            '\\' => '\\',
            'x' => hex(self, 2)?,
            'u' => hex(self, 4)?,
            'U' => hex(self, 8)?,
            'N' => {
                return Err(ParseError::Unmodelled(
                    "named Unicode escapes (\\N{...}) in regular expressions".into(),
                ))
            }
            '0' => {
                let s = self.pos;
                while self.pos < s + 2 && self.peek().is_some_and(|d| ('0'..='7').contains(&d)) {
                    self.pos += 1;
                }
                let text: String = self.src[s..self.pos].iter().collect();
                char::from_u32(u32::from_str_radix(&text, 8).unwrap_or(0)).unwrap_or('\0')
            }
            c if c.is_ascii_alphanumeric() => {
                return syntax(format!("bad escape \\{c}"), start);
            }
            c => c,
        })
    }

    fn set(&mut self, open: usize) -> PResult<Node> {
        let mut negated = false;
        if self.peek() == Some('^') {
            negated = true;
            self.pos += 1;
        }
        let ascii = self.flag(ASCII);
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return syntax("unterminated character set", open);
            };
            if c == ']' && !first {
                self.pos += 1;
                break;
            }
            first = false;
            let item_start = self.pos;
            let lo = self.set_atom()?;
            if self.peek() == Some('-') && self.src.get(self.pos + 1).is_some_and(|c| *c != ']') {
                self.pos += 1;
                let hi = self.set_atom()?;
                match (lo, hi) {
                    (SetItem::Char(a), SetItem::Char(b)) => {
                        if b < a {
                            let text: String = self.src[item_start..self.pos].iter().collect();
                            return syntax(format!("bad character range {text}"), item_start);
                        }
                        items.push(SetItem::Range(a, b));
                    }
                    _ => {
                        let text: String = self.src[item_start..self.pos].iter().collect();
                        return syntax(format!("bad character range {text}"), item_start);
                    }
                }
            } else {
                items.push(lo);
            }
        }
        Ok(Node::Set(Box::new(CharSet {
            negated,
            items,
            icase: self.flag(IGNORECASE),
            ascii,
        })))
    }

    fn set_atom(&mut self) -> PResult<SetItem> {
        let c = self.src[self.pos];
        if c != '\\' {
            self.pos += 1;
            return Ok(SetItem::Char(c));
        }
        let start = self.pos;
        self.pos += 1;
        let Some(e) = self.peek() else {
            return syntax("unterminated character set", start);
        };
        let cat = |cat, negated| SetItem::Category { cat, negated };
        let item = match e {
            'd' => cat(Category::Digit, false),
            'D' => cat(Category::Digit, true),
            'w' => cat(Category::Word, false),
            'W' => cat(Category::Word, true),
            's' => cat(Category::Space, false),
            'S' => cat(Category::Space, true),
            '1'..='7' => {
                // An octal escape in a set: up to three digits.
                let s = self.pos;
                while self.pos < s + 3 && self.peek().is_some_and(|d| ('0'..='7').contains(&d)) {
                    self.pos += 1;
                }
                let text: String = self.src[s..self.pos].iter().collect();
                let v = u32::from_str_radix(&text, 8).unwrap_or(0);
                if v > 0o377 {
                    return syntax(
                        format!("octal escape value \\{text} outside of range 0-0o377"),
                        start,
                    );
                }
                return Ok(SetItem::Char(char::from_u32(v).unwrap_or('\0')));
            }
            '8' | '9' => return syntax(format!("bad escape \\{e}"), start),
            _ => return Ok(SetItem::Char(self.char_escape(start, true)?)),
        };
        self.pos += 1;
        Ok(item)
    }
}

/// CPython quotes names in messages with `repr()`'s single quotes.
fn requote(e: ParseError, name: &str, _pos: usize) -> ParseError {
    match e {
        ParseError::Syntax { msg, pos } => ParseError::Syntax {
            msg: msg.replace(&format!("{name:?}"), &crate_repr(name)),
            pos,
        },
        other => other,
    }
}

fn crate_repr(s: &str) -> String {
    crate::runtime::numeric::format::str_repr(s)
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// The width of what `node` matches, when every match has the same width.
pub fn fixed_width(node: &Node) -> Option<usize> {
    match node {
        Node::Empty | Node::Anchor(_) | Node::Look { .. } => Some(0),
        Node::Char { .. } | Node::Any { .. } | Node::Set(_) => Some(1),
        Node::Cat(items) => items.iter().map(fixed_width).sum(),
        Node::Alt(branches) => {
            let first = fixed_width(&branches[0])?;
            branches
                .iter()
                .all(|b| fixed_width(b) == Some(first))
                .then_some(first)
        }
        Node::Group(_, n) | Node::Atomic(n) => fixed_width(n),
        Node::Repeat { node, min, max, .. } => {
            if *max == Some(*min) {
                Some(fixed_width(node)? * *min as usize)
            } else if fixed_width(node) == Some(0) {
                Some(0)
            } else {
                None
            }
        }
        Node::Backref { .. } => None,
        Node::Cond { yes, no, .. } => {
            let y = fixed_width(yes)?;
            (fixed_width(no) == Some(y)).then_some(y)
        }
    }
}

/// The shortest width anything `node` matches has (0 when it can match empty).
pub fn min_width(node: &Node) -> usize {
    match node {
        Node::Empty | Node::Anchor(_) | Node::Look { .. } | Node::Backref { .. } => 0,
        Node::Char { .. } | Node::Any { .. } | Node::Set(_) => 1,
        Node::Cat(items) => items.iter().map(min_width).sum(),
        Node::Alt(branches) => branches.iter().map(min_width).min().unwrap_or(0),
        Node::Group(_, n) | Node::Atomic(n) => min_width(n),
        Node::Repeat { node, min, .. } => min_width(node).saturating_mul(*min as usize),
        Node::Cond { yes, no, .. } => min_width(yes).min(min_width(no)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(p: &str) -> (String, usize) {
        match parse(p, 0) {
            Err(ParseError::Syntax { msg, pos }) => (msg, pos),
            other => panic!("{p}: {:?}", other.map(|p| p.node)),
        }
    }

    #[test]
    fn cpython_messages() {
        assert_eq!(err("*a"), ("nothing to repeat".into(), 0));
        assert_eq!(err("a**"), ("multiple repeat".into(), 2));
        assert_eq!(err("(a"), ("missing ), unterminated subpattern".into(), 0));
        assert_eq!(err("a)"), ("unbalanced parenthesis".into(), 1));
        assert_eq!(err("[a"), ("unterminated character set".into(), 0));
        assert_eq!(err("\\q"), ("bad escape \\q".into(), 0));
        assert_eq!(err("[z-a]"), ("bad character range z-a".into(), 1));
        assert_eq!(err("(a)\\2"), ("invalid group reference 2".into(), 4));
        assert_eq!(err("(?P=x)"), ("unknown group name 'x'".into(), 4));
        assert_eq!(
            err("a{3,2}"),
            ("min repeat greater than max repeat".into(), 2)
        );
    }

    #[test]
    fn groups_and_flags() {
        let p = parse("(?i)(?P<a>x)(y)", 0).unwrap_or_else(|_| panic!("parses"));
        assert_eq!(p.groups, 2);
        assert_eq!(p.names, vec![("a".to_string(), 1)]);
        assert_eq!(p.flags, IGNORECASE | UNICODE);
        assert!(matches!(
            parse("a{,2}", 0).map(|p| p.node),
            Ok(Node::Repeat {
                min: 0,
                max: Some(2),
                ..
            })
        ));
        assert!(matches!(parse("a{x", 0).map(|p| p.node), Ok(Node::Cat(_))));
    }
}
