//! Methods of the builtin containers and of `str`.

use std::cell::RefCell;
use std::rc::Rc;
use unicode_titlecase::TitleCase;

use crate::runtime::objects::dict::Dict;
use crate::runtime::objects::exceptions::ExcObj;
use crate::runtime::objects::iter::DictView;
use crate::runtime::objects::value::{Args, Value};
use crate::runtime::vm::{PyResult, Unwind, Vm};

pub const STR_METHODS: &[&str] = &[
    "upper",
    "lower",
    "strip",
    "lstrip",
    "rstrip",
    "split",
    "rsplit",
    "join",
    "replace",
    "startswith",
    "endswith",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "format",
    "zfill",
    "encode",
    "center",
    "ljust",
    "rjust",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "isnumeric",
    "isdecimal",
    "isidentifier",
    "title",
    "capitalize",
    "swapcase",
    "splitlines",
    "partition",
    "rpartition",
    "casefold",
    "expandtabs",
    "removeprefix",
    "removesuffix",
    "istitle",
    "isprintable",
    "isascii",
    "translate",
    "format_map",
];
pub const LIST_METHODS: &[&str] = &[
    "append", "extend", "pop", "insert", "remove", "index", "count", "sort", "reverse", "copy",
    "clear",
];
pub const DICT_METHODS: &[&str] = &[
    "get",
    "keys",
    "values",
    "items",
    "pop",
    "setdefault",
    "update",
    "copy",
    "clear",
    "popitem",
    "fromkeys",
];

pub(crate) fn want(
    vm: &Vm,
    ty: &str,
    name: &str,
    args: &Args,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !args.kw.is_empty()
        && name != "sort"
        && name != "split"
        && name != "rsplit"
        && name != "format"
    {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if min == max && min <= 1 {
        // METH_O/METH_NOARGS methods name their type: `str.join() takes exactly one argument`.
        return check_count(
            vm,
            &format!("{ty}.{name}"),
            args.pos.len(),
            min,
            max,
            ArityStyle::One,
        );
    }
    check_count(vm, name, args.pos.len(), min, max, ArityStyle::Unpack)
}

/// `PyArg_ParseTuple`'s count check (`find() takes at least 1 argument (0 given)`), for
/// the methods CPython still parses that way.
fn want_parsed(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    check_count(vm, name, args.pos.len(), min, max, ArityStyle::Clinic)
}

/// How a builtin reports a wrong argument count (it depends on how CPython implements it).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ArityStyle {
    /// `METH_O`: `len() takes exactly one argument (2 given)`.
    One,
    /// `PyArg_UnpackTuple`: `divmod expected 2 arguments, got 1`.
    Unpack,
    /// Argument Clinic: `int() takes at most 2 arguments (3 given)`.
    Clinic,
}

/// CPython's messages for a wrong number of positional arguments to a builtin.
pub fn check_count(
    vm: &Vm,
    name: &str,
    n: usize,
    min: usize,
    max: usize,
    style: ArityStyle,
) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = match style {
        ArityStyle::One if min == max => match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name}() takes exactly {min} arguments ({n} given)"),
        },
        ArityStyle::Clinic if n > max => format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        ),
        ArityStyle::Clinic => format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        ),
        _ if min == max => format!("{name} expected {min} argument{}, got {n}", plural(min)),
        _ if n < min => format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        ),
        _ => format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        ),
    };
    Err(vm.type_error(msg))
}

fn str_arg<'v>(vm: &Vm, v: &'v Value, what: &str) -> PyResult<&'v str> {
    match crate::runtime::objects::instance::unwrap_payload(v) {
        Value::Str(s) => Ok(s),
        other => Err(vm.type_error(format!("{what} must be str, not {}", other.type_name()))),
    }
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match crate::runtime::objects::instance::unwrap_payload(v) {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// Clamps optional start/end arguments to char positions.
fn span(vm: &Vm, args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let get = |i: usize, default: i64| -> PyResult<i64> {
        match args.get(i) {
            None | Some(Value::None) => Ok(default),
            Some(v) => int_arg(vm, v),
        }
    };
    let norm = |i: i64| -> usize {
        let i = if i < 0 { i + len as i64 } else { i };
        i.clamp(0, len as i64) as usize
    };
    Ok((norm(get(0, 0)?), norm(get(1, len as i64)?)))
}

pub fn str_method(vm: &mut Vm, s: &Rc<str>, name: &str, mut args: Args) -> Option<PyResult<Value>> {
    let r = (|| -> PyResult<Value> {
        const NO_ARGS: &[&str] = &[
            "upper",
            "lower",
            "casefold",
            "title",
            "capitalize",
            "swapcase",
            "isdigit",
            "isnumeric",
            "isdecimal",
            "isalpha",
            "isalnum",
            "isspace",
            "isupper",
            "islower",
            "istitle",
            "isidentifier",
            "isprintable",
            "isascii",
        ];
        if NO_ARGS.contains(&name) {
            want(vm, "str", name, &args, 0, 0)?;
        }
        Ok(match name {
            "encode" => {
                return crate::runtime::objects::bytes::str_encode(vm, s, std::mem::take(&mut args))
            }
            "upper" => Value::str(&s.to_uppercase()),
            "lower" => Value::str(&s.to_lowercase()),
            "casefold" => Value::str(&s.to_lowercase().replace('ß', "ss")),
            "strip" | "lstrip" | "rstrip" => {
                want(vm, "str", name, &args, 0, 1)?;
                let chars: Option<Vec<char>> = match args.pos.first() {
                    None | Some(Value::None) => None,
                    Some(v) => Some(str_arg(vm, v, "argument")?.chars().collect()),
                };
                let pred = |c: char| match &chars {
                    None => c.is_whitespace(),
                    Some(cs) => cs.contains(&c),
                };
                Value::str(match name {
                    "strip" => s.trim_matches(pred),
                    "lstrip" => s.trim_start_matches(pred),
                    _ => s.trim_end_matches(pred),
                })
            }
            "split" | "rsplit" => {
                check_count(vm, name, args.pos.len(), 0, 2, ArityStyle::Clinic)?;
                let sep = args.take_kw("sep").or_else(|| {
                    if args.pos.is_empty() {
                        None
                    } else {
                        Some(args.pos.remove(0))
                    }
                });
                let maxsplit = match args
                    .take_kw("maxsplit")
                    .or_else(|| args.pos.first().cloned())
                {
                    Some(v) => int_arg(vm, &v)?,
                    None => -1,
                };
                let parts: Vec<String> = match sep {
                    None | Some(Value::None) => split_whitespace(s, maxsplit, name == "rsplit"),
                    Some(v) => {
                        let sep: &str = match &v {
                            Value::Str(sep) => sep,
                            other => {
                                return Err(vm.type_error(format!(
                                    "must be str or None, not {}",
                                    other.type_name()
                                )))
                            }
                        };
                        if sep.is_empty() {
                            return Err(vm.value_error("empty separator"));
                        }
                        if name == "split" {
                            if maxsplit < 0 {
                                s.split(sep).map(String::from).collect()
                            } else {
                                s.splitn(maxsplit as usize + 1, sep)
                                    .map(String::from)
                                    .collect()
                            }
                        } else {
                            let mut v: Vec<String> = if maxsplit < 0 {
                                s.rsplit(sep).map(String::from).collect()
                            } else {
                                s.rsplitn(maxsplit as usize + 1, sep)
                                    .map(String::from)
                                    .collect()
                            };
                            v.reverse();
                            v
                        }
                    }
                };
                Value::list(parts.iter().map(|p| Value::str(p)).collect())
            }
            "splitlines" => {
                check_count(vm, name, args.pos.len(), 0, 1, ArityStyle::Clinic)?;
                let keepends = match args
                    .take_kw("keepends")
                    .or_else(|| args.pos.first().cloned())
                {
                    Some(v) => vm.truthy(&v)?,
                    None => false,
                };
                Value::list(
                    split_lines(s, keepends)
                        .into_iter()
                        .map(|l| Value::str(&l))
                        .collect(),
                )
            }
            "join" => {
                want(vm, "str", name, &args, 1, 1)?;
                let items = vm.collect(&args.pos[0])?;
                let mut out = String::new();
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(s);
                    }
                    match crate::runtime::objects::instance::unwrap_payload(it) {
                        Value::Str(p) => out.push_str(p),
                        _ => {
                            let other = it;
                            return Err(vm.type_error(format!(
                                "sequence item {i}: expected str instance, {} found",
                                other.type_name()
                            )));
                        }
                    }
                }
                Value::str(&out)
            }
            "replace" => {
                want(vm, "str", name, &args, 2, 3)?;
                let old = str_arg(vm, &args.pos[0], "replace() argument 1")?.to_string();
                let new = str_arg(vm, &args.pos[1], "replace() argument 2")?.to_string();
                match args.pos.get(2) {
                    Some(n) => {
                        let n = int_arg(vm, n)?;
                        if n < 0 {
                            Value::str(&s.replace(&old, &new))
                        } else {
                            Value::str(&s.replacen(&old, &new, n as usize))
                        }
                    }
                    None => Value::str(&s.replace(&old, &new)),
                }
            }
            "startswith" | "endswith" => {
                want_parsed(vm, name, &args, 1, 3)?;
                let chars: Vec<char> = s.chars().collect();
                // A start past the end matches nothing, not even "".
                if let Some(Value::Int(start)) = args.pos.get(1) {
                    if *start > chars.len() as i64 {
                        return Ok(Value::Bool(false));
                    }
                }
                let (a, b) = span(vm, &args.pos[1..], chars.len())?;
                let sub: String = if a <= b {
                    chars[a..b].iter().collect()
                } else {
                    String::new()
                };
                let prefixes: Vec<Value> = match &args.pos[0] {
                    Value::Tuple(t) => (**t).clone(),
                    other => vec![other.clone()],
                };
                let mut hit = false;
                for p in &prefixes {
                    let p = str_arg(vm, p, &format!("{name} first arg"))?;
                    if (name == "startswith" && sub.starts_with(p))
                        || (name == "endswith" && sub.ends_with(p))
                    {
                        hit = true;
                    }
                }
                Value::Bool(hit)
            }
            "find" | "rfind" | "index" | "rindex" | "count" => {
                want_parsed(vm, name, &args, 1, 3)?;
                let needle: Vec<char> = str_arg(vm, &args.pos[0], "must be str")?.chars().collect();
                let chars: Vec<char> = s.chars().collect();
                let (a, b) = span(vm, &args.pos[1..], chars.len())?;
                let hay = if a <= b { &chars[a..b] } else { &chars[0..0] };
                let positions: Vec<usize> = if needle.is_empty() {
                    (0..=hay.len()).collect()
                } else if hay.len() >= needle.len() {
                    (0..=hay.len() - needle.len())
                        .filter(|&i| hay[i..i + needle.len()] == needle[..])
                        .collect()
                } else {
                    vec![]
                };
                if name == "count" {
                    // Non-overlapping occurrences.
                    let mut n = 0;
                    let mut next = 0;
                    for p in positions {
                        if p >= next {
                            n += 1;
                            next = p + needle.len().max(1);
                        }
                    }
                    return Ok(Value::Int(n));
                }
                let found = if name.starts_with('r') {
                    positions.last()
                } else {
                    positions.first()
                };
                match found {
                    Some(p) => Value::Int((p + a) as i64),
                    None if name.ends_with("index") => {
                        return Err(vm.value_error("substring not found"))
                    }
                    None => Value::Int(-1),
                }
            }
            "format" => Value::str(&crate::runtime::numeric::strformat::str_format(
                vm, s, args,
            )?),
            "format_map" => {
                want(vm, "str", name, &args, 1, 1)?;
                let mapping = args.pos.remove(0);
                Value::str(&crate::runtime::numeric::strformat::str_format_map(
                    vm, s, mapping,
                )?)
            }
            "zfill" => {
                want(vm, "str", name, &args, 1, 1)?;
                let width = int_arg(vm, &args.pos[0])?.max(0) as usize;
                let n = s.chars().count();
                if n >= width {
                    Value::Str(s.clone())
                } else {
                    let (sign, rest) = match s.chars().next() {
                        Some(c @ ('+' | '-')) => (c.to_string(), &s[1..]),
                        _ => (String::new(), &s[..]),
                    };
                    Value::str(&format!("{sign}{}{rest}", "0".repeat(width - n)))
                }
            }
            "center" | "ljust" | "rjust" => {
                want(vm, "str", name, &args, 1, 2)?;
                let width = int_arg(vm, &args.pos[0])?.max(0) as usize;
                let fill = match args.pos.get(1) {
                    Some(v) => {
                        let f = str_arg(vm, v, "fill character")?;
                        let mut cs = f.chars();
                        match (cs.next(), cs.next()) {
                            (Some(c), None) => c,
                            _ => {
                                return Err(vm.type_error(
                                    "The fill character must be exactly one character long",
                                ))
                            }
                        }
                    }
                    None => ' ',
                };
                let n = s.chars().count();
                if n >= width {
                    Value::Str(s.clone())
                } else {
                    let pad = width - n;
                    let f = |k: usize| fill.to_string().repeat(k);
                    Value::str(&match name {
                        "ljust" => format!("{s}{}", f(pad)),
                        "rjust" => format!("{}{s}", f(pad)),
                        // CPython's centering puts the extra fill on the left when the padding
                        // and the width are both odd.
                        _ => {
                            let left = pad / 2 + (pad & width & 1);
                            format!("{}{s}{}", f(left), f(pad - left))
                        }
                    })
                }
            }
            "isdecimal" => Value::Bool(
                !s.is_empty()
                    && s.chars()
                        .all(|c| crate::runtime::numeric::num::unicode_decimal(c).is_some()),
            ),
            "isdigit" | "isnumeric" => {
                Value::Bool(!s.is_empty() && s.chars().all(|c| c.is_numeric()))
            }
            "isalpha" => Value::Bool(!s.is_empty() && s.chars().all(char::is_alphabetic)),
            "isalnum" => Value::Bool(!s.is_empty() && s.chars().all(char::is_alphanumeric)),
            "isspace" => Value::Bool(!s.is_empty() && s.chars().all(char::is_whitespace)),
            "isupper" => {
                Value::Bool(s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase))
            }
            "islower" => {
                Value::Bool(s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase))
            }
            "istitle" => Value::Bool(is_title(s)),
            "isprintable" => Value::Bool(
                s.chars()
                    .all(|c| !c.is_control() && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{ad}')),
            ),
            "isascii" => Value::Bool(s.is_ascii()),
            "translate" => {
                want(vm, "str", name, &args, 1, 1)?;
                let mut out = String::new();
                for c in s.chars() {
                    match vm.get_item(&args.pos[0], &Value::Int(c as i64)) {
                        Ok(Value::None) => {}
                        Ok(Value::Int(n)) => out.extend(char::from_u32(n as u32)),
                        Ok(Value::Str(r)) => out.push_str(&r),
                        Ok(other) => {
                            return Err(vm.type_error(format!(
                                "character mapping must return integer, None or str, not {}",
                                other.type_name()
                            )))
                        }
                        Err(crate::runtime::vm::Unwind::Exc(e))
                            if e.is_instance(&vm.types.exc.lookup_error) =>
                        {
                            out.push(c)
                        }
                        Err(e) => return Err(e),
                    }
                }
                Value::str(&out)
            }
            "isidentifier" => Value::Bool(
                s.chars()
                    .next()
                    .is_some_and(|c| c.is_alphabetic() || c == '_')
                    && s.chars().all(|c| c.is_alphanumeric() || c == '_'),
            ),
            "title" => {
                // CPython titlecases (not uppercases) after an uncased character, and
                // "cased" means having case, not being a letter: `中a` gives `中A`.
                let mut out = String::new();
                let mut prev_cased = false;
                for c in s.chars() {
                    if prev_cased {
                        out.extend(c.to_lowercase());
                    } else {
                        out.extend(c.to_titlecase());
                    }
                    prev_cased = is_cased(c);
                }
                Value::str(&out)
            }
            "capitalize" => {
                let mut cs = s.chars();
                Value::str(&match cs.next() {
                    Some(c) => c.to_titlecase().collect::<String>() + &cs.as_str().to_lowercase(),
                    None => String::new(),
                })
            }
            "swapcase" => Value::str(
                &s.chars()
                    .map(|c| {
                        if c.is_uppercase() {
                            c.to_lowercase().collect::<String>()
                        } else {
                            c.to_uppercase().collect()
                        }
                    })
                    .collect::<String>(),
            ),
            "partition" | "rpartition" => {
                want(vm, "str", name, &args, 1, 1)?;
                let sep = str_arg(vm, &args.pos[0], "separator")?.to_string();
                let found = if name == "partition" {
                    s.find(&sep)
                } else {
                    s.rfind(&sep)
                };
                let parts = match found {
                    Some(i) => [&s[..i], &sep[..], &s[i + sep.len()..]],
                    None if name == "partition" => [&s[..], "", ""],
                    None => ["", "", &s[..]],
                };
                Value::tuple(parts.iter().map(|p| Value::str(p)).collect())
            }
            "removeprefix" => {
                want(vm, "str", name, &args, 1, 1)?;
                let p = str_arg(vm, &args.pos[0], "argument")?;
                Value::str(s.strip_prefix(p).unwrap_or(s))
            }
            "removesuffix" => {
                want(vm, "str", name, &args, 1, 1)?;
                let p = str_arg(vm, &args.pos[0], "argument")?;
                Value::str(s.strip_suffix(p).unwrap_or(s))
            }
            "expandtabs" => {
                check_count(vm, name, args.pos.len(), 0, 1, ArityStyle::Clinic)?;
                let size = match args
                    .take_kw("tabsize")
                    .or_else(|| args.pos.first().cloned())
                {
                    Some(v) => int_arg(vm, &v)?,
                    None => 8,
                };
                let mut out = String::new();
                let mut col = 0i64;
                for c in s.chars() {
                    match c {
                        '\t' => {
                            if size > 0 {
                                let pad = size - col % size;
                                out.push_str(&" ".repeat(pad as usize));
                                col += pad;
                            }
                        }
                        '\n' | '\r' => {
                            out.push(c);
                            col = 0;
                        }
                        _ => {
                            out.push(c);
                            col += 1;
                        }
                    }
                }
                Value::str(&out)
            }
            _ => return Err(vm.attribute_error(&Value::Str(s.clone()), name)),
        })
    })();
    match r {
        Err(Unwind::Exc(e))
            if e.is_instance(&vm.types.exc.attribute_error) && !STR_METHODS.contains(&name) =>
        {
            None
        }
        other => Some(other),
    }
}

/// `str.splitlines`: every Unicode line boundary CPython knows, `\r\n` as one.
fn split_lines(s: &str, keepends: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let boundary = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !boundary {
            line.push(c);
            continue;
        }
        let mut end = c.to_string();
        if c == '\r' && chars.peek() == Some(&'\n') {
            chars.next();
            end.push('\n');
        }
        if keepends {
            line.push_str(&end);
        }
        out.push(std::mem::take(&mut line));
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

/// `str.istitle`: cased words start upper and continue lower.
/// Unicode's titlecase letters (general category Lt): the digraphs `ǅ ǈ ǋ ǲ` and Greek
/// capitals with a iota subscript. Neither upper- nor lowercase, yet cased.
fn is_title_letter(c: char) -> bool {
    matches!(c as u32, 0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f
        | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc)
}

/// Whether `c` has case, as CPython's `title()` asks of the character before.
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_title_letter(c)
}

fn is_title(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_title_letter(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn split_whitespace(s: &str, maxsplit: i64, from_right: bool) -> Vec<String> {
    if maxsplit < 0 {
        return s.split_whitespace().map(String::from).collect();
    }
    let mut parts = Vec::new();
    if !from_right {
        let mut rest = s.trim_start();
        while !rest.is_empty() {
            if parts.len() as i64 == maxsplit {
                parts.push(rest.to_string());
                break;
            }
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            parts.push(rest[..end].to_string());
            rest = rest[end..].trim_start();
        }
    } else {
        let mut rest = s.trim_end();
        while !rest.is_empty() {
            if parts.len() as i64 == maxsplit {
                parts.push(rest.to_string());
                break;
            }
            let start = rest
                .rfind(char::is_whitespace)
                .map(|i| i + rest[i..].chars().next().map_or(1, char::len_utf8))
                .unwrap_or(0);
            parts.push(rest[start..].to_string());
            rest = rest[..start].trim_end();
        }
        parts.reverse();
    }
    parts
}

pub fn list_method(
    vm: &mut Vm,
    l: &Rc<RefCell<Vec<Value>>>,
    name: &str,
    mut args: Args,
) -> Option<PyResult<Value>> {
    if !LIST_METHODS.contains(&name) {
        return None;
    }
    let r = (|| -> PyResult<Value> {
        if matches!(name, "reverse" | "copy" | "clear") {
            want(vm, "list", name, &args, 0, 0)?;
        }
        Ok(match name {
            "append" => {
                want(vm, "list", name, &args, 1, 1)?;
                // A full list doubles: past the memory limit that is a MemoryError.
                let full = {
                    let l = l.borrow();
                    (l.len() == l.capacity()).then_some(l.capacity())
                };
                if let Some(cap) = full {
                    vm.reserve_items(cap.max(4), std::mem::size_of::<Value>())?;
                }
                l.borrow_mut().push(args.pos.pop().expect("one arg"));
                Value::None
            }
            "extend" => {
                want(vm, "list", name, &args, 1, 1)?;
                let items = vm.collect(&args.pos[0])?;
                vm.reserve_items(items.len(), std::mem::size_of::<Value>())?;
                l.borrow_mut().extend(items);
                Value::None
            }
            "pop" => {
                want(vm, "list", name, &args, 0, 1)?;
                let len = l.borrow().len();
                if len == 0 {
                    return Err(vm.exc(&vm.types.exc.index_error, "pop from empty list"));
                }
                let i = match args.pos.first() {
                    Some(v) => vm.seq_index(v, len)?.ok_or_else(|| {
                        vm.exc(&vm.types.exc.index_error, "pop index out of range")
                    })?,
                    None => len - 1,
                };
                l.borrow_mut().remove(i)
            }
            "insert" => {
                want(vm, "list", name, &args, 2, 2)?;
                let len = l.borrow().len() as i64;
                let i = int_arg(vm, &args.pos[0])?;
                let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
                let v = args.pos.pop().expect("two args");
                l.borrow_mut().insert(i as usize, v);
                Value::None
            }
            "remove" | "index" | "count" => {
                let max = if name == "index" { 3 } else { 1 };
                want(vm, "list", name, &args, 1, max)?;
                let items = l.borrow().clone();
                // list.index(x, start, stop) searches only that span.
                let (lo, hi) = if name == "index" {
                    span(vm, &args.pos[1..], items.len())?
                } else {
                    (0, items.len())
                };
                let mut hits = Vec::new();
                for (i, v) in items.iter().enumerate().take(hi).skip(lo) {
                    if v.is(&args.pos[0]) || vm.eq(v, &args.pos[0])? {
                        hits.push(i);
                        if name != "count" {
                            break;
                        }
                    }
                }
                match name {
                    "count" => Value::Int(hits.len() as i64),
                    "index" => match hits.first() {
                        Some(i) => Value::Int(*i as i64),
                        None => {
                            let r = vm.repr(&args.pos[0])?;
                            return Err(vm.value_error(format!("{r} is not in list")));
                        }
                    },
                    _ => match hits.first() {
                        Some(&i) => {
                            l.borrow_mut().remove(i);
                            Value::None
                        }
                        None => return Err(vm.value_error("list.remove(x): x not in list")),
                    },
                }
            }
            "sort" => {
                check_count(vm, name, args.pos.len(), 0, 2, ArityStyle::Clinic)?;
                if !args.pos.is_empty() {
                    return Err(vm.type_error("sort() takes no positional arguments"));
                }
                let key = args.take_kw("key");
                let reverse = match args.take_kw("reverse") {
                    Some(v) => vm.truthy(&v)?,
                    None => false,
                };
                if let Some((k, _)) = args.kw.first() {
                    return Err(
                        vm.type_error(format!("'{k}' is an invalid keyword argument for sort()"))
                    );
                }
                let items = std::mem::take(&mut *l.borrow_mut());
                let sorted = vm.sort_values(items, key, reverse)?;
                *l.borrow_mut() = sorted;
                Value::None
            }
            "reverse" => {
                l.borrow_mut().reverse();
                Value::None
            }
            "copy" => Value::list(l.borrow().clone()),
            "clear" => {
                l.borrow_mut().clear();
                Value::None
            }
            _ => unreachable!("listed"),
        })
    })();
    Some(r)
}

pub fn tuple_method(
    vm: &mut Vm,
    t: &Rc<Vec<Value>>,
    name: &str,
    args: Args,
) -> Option<PyResult<Value>> {
    if name != "index" && name != "count" {
        return None;
    }
    Some((|| -> PyResult<Value> {
        want(vm, "tuple", name, &args, 1, 1)?;
        let mut hits = Vec::new();
        for (i, v) in t.iter().enumerate() {
            if v.is(&args.pos[0]) || vm.eq(v, &args.pos[0])? {
                hits.push(i);
            }
        }
        if name == "count" {
            return Ok(Value::Int(hits.len() as i64));
        }
        match hits.first() {
            Some(i) => Ok(Value::Int(*i as i64)),
            None => Err(vm.value_error("tuple.index(x): x not in tuple")),
        }
    })())
}

fn key_error(vm: &Vm, key: Value) -> Unwind {
    Unwind::Exc(ExcObj::new(vm.types.exc.key_error.clone(), vec![key]))
}

pub fn dict_method(
    vm: &mut Vm,
    d: &Rc<RefCell<Dict>>,
    name: &str,
    mut args: Args,
) -> Option<PyResult<Value>> {
    if !DICT_METHODS.contains(&name) {
        return None;
    }
    let r = (|| -> PyResult<Value> {
        if matches!(
            name,
            "keys" | "values" | "items" | "copy" | "clear" | "popitem"
        ) {
            want(vm, "dict", name, &args, 0, 0)?;
        }
        Ok(match name {
            "get" => {
                want(vm, "dict", name, &args, 1, 2)?;
                let k = vm.key(args.pos[0].clone())?;
                vm.dict_get(d, k)?
                    .unwrap_or_else(|| args.pos.get(1).cloned().unwrap_or(Value::None))
            }
            // Views are modelled as live iterators over the dict; list(), len() and `in`
            // on them work because they materialise from the dict.
            "keys" => Value::DictView(d.clone(), DictView::Keys),
            "values" => Value::DictView(d.clone(), DictView::Values),
            "items" => Value::DictView(d.clone(), DictView::Items),
            "pop" => {
                want(vm, "dict", name, &args, 1, 2)?;
                let k = vm.key(args.pos[0].clone())?;
                let removed = vm.dict_remove(d, k)?;
                match removed {
                    Some(v) => v,
                    None => match args.pos.get(1) {
                        Some(default) => default.clone(),
                        None => return Err(key_error(vm, args.pos[0].clone())),
                    },
                }
            }
            "popitem" => {
                let last = d.borrow_mut().pop_last();
                match last {
                    Some((k, v)) => Value::tuple(vec![k.into_value(), v]),
                    None => {
                        return Err(
                            vm.exc(&vm.types.exc.key_error, "popitem(): dictionary is empty")
                        )
                    }
                }
            }
            "setdefault" => {
                want(vm, "dict", name, &args, 1, 2)?;
                let k = vm.key(args.pos[0].clone())?;
                let k = vm.key_in(d, k)?;
                let existing = d.borrow().get(&k).cloned();
                match existing {
                    Some(v) => v,
                    None => {
                        let v = args.pos.get(1).cloned().unwrap_or(Value::None);
                        d.borrow_mut().insert(k, v.clone());
                        v
                    }
                }
            }
            "fromkeys" => dict_fromkeys(vm, std::mem::take(&mut args))?,
            "update" => {
                check_count(vm, name, args.pos.len(), 0, 1, ArityStyle::Unpack)?;
                if let Some(Value::Dict(other)) = args.pos.first() {
                    // Another dict's keys come with their hashes (no `__hash__` runs).
                    let entries = other.borrow().entries();
                    for (k, v) in entries {
                        vm.dict_insert(d, k, v)?;
                    }
                } else if let Some(other) = args.pos.first() {
                    let pairs: Vec<(Value, Value)> = match vm.mapping_pairs(other)? {
                        Some(pairs) => pairs,
                        None => {
                            let mut out = Vec::new();
                            for (i, item) in vm.collect(other)?.into_iter().enumerate() {
                                let kv = vm.update_pair(&item, i)?;
                                out.push((kv[0].clone(), kv[1].clone()));
                            }
                            out
                        }
                    };
                    for (k, v) in pairs {
                        let k = vm.key(k)?;
                        vm.dict_insert(d, k, v)?;
                    }
                }
                for (k, v) in std::mem::take(&mut args.kw) {
                    let k = vm.key(Value::Str(k))?;
                    vm.dict_insert(d, k, v)?;
                }
                Value::None
            }
            "copy" => Value::Dict(Rc::new(RefCell::new(d.borrow().clone()))),
            "clear" => {
                d.borrow_mut().clear();
                Value::None
            }
            _ => unreachable!("listed"),
        })
    })();
    Some(r)
}

impl Vm<'_> {
    /// A stable sort with an optional key function, raising what comparisons raise.
    pub fn sort_values(
        &mut self,
        items: Vec<Value>,
        key: Option<Value>,
        reverse: bool,
    ) -> PyResult<Vec<Value>> {
        let keys: Vec<Value> = match &key {
            Some(k) if !k.is_none() => {
                let mut ks = Vec::with_capacity(items.len());
                for it in &items {
                    ks.push(self.call1(k, vec![it.clone()])?);
                }
                ks
            }
            _ => items.clone(),
        };
        let mut idx: Vec<usize> = (0..items.len()).collect();
        if reverse {
            idx.reverse();
        }
        let mut err = None;
        idx.sort_by(|&a, &b| {
            if err.is_some() {
                return std::cmp::Ordering::Equal;
            }
            match self.compare(crate::lang::bytecode::CmpOp::Lt, &keys[a], &keys[b]) {
                Ok(true) => std::cmp::Ordering::Less,
                Ok(false) => {
                    match self.compare(crate::lang::bytecode::CmpOp::Lt, &keys[b], &keys[a]) {
                        Ok(true) => std::cmp::Ordering::Greater,
                        Ok(false) => std::cmp::Ordering::Equal,
                        Err(e) => {
                            err = Some(e);
                            std::cmp::Ordering::Equal
                        }
                    }
                }
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            }
        });
        if let Some(e) = err {
            return Err(e);
        }
        if reverse {
            idx.reverse();
        }
        Ok(idx.into_iter().map(|i| items[i].clone()).collect())
    }
}

/// `float.fromhex(text)`.
pub fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count(vm, "float.fromhex", args.pos.len(), 1, 1, ArityStyle::One)?;
    let text = str_arg(vm, &args.pos[0], "must be str")?.to_string();
    crate::runtime::numeric::hexfloat::float_fromhex(&text)
        .map(Value::Float)
        .map_err(|e| vm.py_err(e))
}

/// `dict.fromkeys(iterable, value=None)`.
pub fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count(vm, "fromkeys", args.pos.len(), 1, 2, ArityStyle::Unpack)?;
    let value = args.pos.get(1).cloned().unwrap_or(Value::None);
    let mut d = Dict::new();
    match &args.pos[0] {
        // A set's or dict's members keep their hashes, as CPython's fast path does.
        Value::Set(s) | Value::FrozenSet(s) | Value::Dict(s) => {
            let entries = s.borrow().entries();
            for (k, _) in entries {
                vm.local_insert(&mut d, k, value.clone())?;
            }
        }
        other => {
            for k in vm.collect(other)? {
                let k = vm.key(k)?;
                vm.local_insert(&mut d, k, value.clone())?;
            }
        }
    }
    Ok(Value::Dict(Rc::new(RefCell::new(d))))
}

/// `str.maketrans(x[, y[, z]])`.
pub fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_count(vm, "maketrans", args.pos.len(), 1, 3, ArityStyle::Unpack)?;
    let mut d = Dict::new();
    match (&args.pos[0], args.pos.get(1)) {
        (Value::Dict(src), None) => {
            for (k, v) in src.borrow().items() {
                let k = match k {
                    Value::Str(s) if s.chars().count() == 1 => {
                        Value::Int(s.chars().next().map_or(0, |c| c as i64))
                    }
                    other => other,
                };
                d.insert(vm.key(k)?, v);
            }
        }
        (Value::Str(x), Some(Value::Str(y))) => {
            if x.chars().count() != y.chars().count() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (a, b) in x.chars().zip(y.chars()) {
                d.insert(vm.key(Value::Int(a as i64))?, Value::Int(b as i64));
            }
            if let Some(Value::Str(z)) = args.pos.get(2) {
                for c in z.chars() {
                    d.insert(vm.key(Value::Int(c as i64))?, Value::None);
                }
            }
        }
        _ => {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            )
        }
    }
    Ok(Value::Dict(Rc::new(RefCell::new(d))))
}
