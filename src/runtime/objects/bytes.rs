//! `bytes` and `bytearray`: construction, repr, indexing, operators and methods, and the
//! three codecs coroviz has (`utf-8`, `ascii`, `latin-1`) behind `str.encode` and
//! `bytes.decode`, with CPython's error handlers `strict`, `replace` and `ignore` and its
//! `UnicodeEncodeError`/`UnicodeDecodeError` texts.

use std::cell::RefCell;
use std::rc::Rc;

use crate::lang::bytecode::BinOp;
use crate::runtime::objects::exceptions::ExcObj;
use crate::runtime::objects::methods::want;
use crate::runtime::objects::value::{Args, Value};
use crate::runtime::vm::{PyResult, Unwind, Vm};

pub const BYTES_METHODS: &[&str] = &[
    "decode",
    "hex",
    "join",
    "split",
    "strip",
    "lstrip",
    "rstrip",
    "startswith",
    "endswith",
    "find",
    "rfind",
    "index",
    "count",
    "replace",
    "upper",
    "lower",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "isascii",
];

pub const BYTEARRAY_METHODS: &[&str] = &[
    "decode",
    "hex",
    "join",
    "split",
    "strip",
    "lstrip",
    "rstrip",
    "startswith",
    "endswith",
    "find",
    "rfind",
    "index",
    "count",
    "replace",
    "upper",
    "lower",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "isascii",
    "append",
    "extend",
    "pop",
    "insert",
    "remove",
    "clear",
    "copy",
    "reverse",
];

/// Which of the two types a result is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum BytesKind {
    Bytes,
    Array,
}

impl BytesKind {
    pub fn of(v: &Value) -> Option<BytesKind> {
        match v {
            Value::Bytes(_) => Some(BytesKind::Bytes),
            Value::ByteArray(_) => Some(BytesKind::Array),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            BytesKind::Bytes => "bytes",
            BytesKind::Array => "bytearray",
        }
    }
    pub fn make(self, b: Vec<u8>) -> Value {
        match self {
            BytesKind::Bytes => Value::Bytes(b.into()),
            BytesKind::Array => Value::ByteArray(Rc::new(RefCell::new(b))),
        }
    }
}

/// The contents of a bytes-like value (copied out of a bytearray).
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.to_vec()),
        Value::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    }
}

/// `repr(b)`: `b'...'`, double quotes when the bytes hold `'` and no `"`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            32..=126 => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// `repr()` of either type.
pub fn repr_of(v: &Value) -> Option<String> {
    match v {
        Value::Bytes(b) => Some(bytes_repr(b)),
        Value::ByteArray(b) => Some(format!("bytearray({})", bytes_repr(&b.borrow()))),
        _ => None,
    }
}

const WHITESPACE: &[u8] = b" \t\n\r\x0b\x0c";

fn find_sub(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

/// A codec coroviz has, by CPython's canonical name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

fn codec(vm: &Vm, name: &str) -> PyResult<Codec> {
    let norm: String = name
        .chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" => {
            Codec::Latin1
        }
        _ => {
            return Err(vm.exc(
                &vm.types.exc.lookup_error,
                format!("unknown encoding: {name}"),
            ))
        }
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Replace,
    Ignore,
}

fn handler(vm: &Vm, name: &str) -> PyResult<Handler> {
    match name {
        "strict" => Ok(Handler::Strict),
        "replace" => Ok(Handler::Replace),
        "ignore" => Ok(Handler::Ignore),
        _ => Err(vm.exc(
            &vm.types.exc.lookup_error,
            format!("unknown error handler name '{name}'"),
        )),
    }
}

/// The `encoding` and `errors` arguments of `encode`/`decode`/`bytes(str, …)`.
fn codec_args(vm: &Vm, fname: &str, mut args: Args, skip: usize) -> PyResult<(String, String)> {
    let enc = args.take_kw("encoding");
    let err = args.take_kw("errors");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "{fname}() got an unexpected keyword argument '{k}'"
        )));
    }
    let mut pos = args.pos.into_iter().skip(skip);
    let enc = enc.or_else(|| pos.next());
    let err = err.or_else(|| pos.next());
    let text = |v: Option<Value>, what: &str, default: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.to_string()),
            Some(other) => Err(vm.type_error(format!(
                "{fname}() argument '{what}' must be str, not {}",
                other.type_name()
            ))),
        }
    };
    Ok((
        text(enc, "encoding", "utf-8")?,
        text(err, "errors", "strict")?,
    ))
}

fn codec_error(
    vm: &Vm,
    decode: bool,
    codec: Codec,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> Unwind {
    let class = if decode {
        vm.types.exc.unicode_decode_error.clone()
    } else {
        vm.types.exc.unicode_encode_error.clone()
    };
    let args = vec![
        Value::str(codec.name()),
        object.clone(),
        Value::Int(start as i64),
        Value::Int(end as i64),
        Value::str(reason),
    ];
    let e = ExcObj::new(class, args);
    {
        let mut attrs = e.attrs.borrow_mut();
        attrs.insert("encoding".into(), Value::str(codec.name()));
        attrs.insert("object".into(), object);
        attrs.insert("start".into(), Value::Int(start as i64));
        attrs.insert("end".into(), Value::Int(end as i64));
        attrs.insert("reason".into(), Value::str(reason));
    }
    Unwind::Exc(e)
}

/// `str()` of a `UnicodeEncodeError`/`UnicodeDecodeError` made with its five arguments.
pub fn codec_error_str(vm: &Vm, e: &ExcObj) -> Option<String> {
    let decode = e.is_instance(&vm.types.exc.unicode_decode_error);
    if !decode && !e.is_instance(&vm.types.exc.unicode_encode_error) {
        return None;
    }
    let args = e.args.borrow();
    let [Value::Str(enc), object, Value::Int(start), Value::Int(end), Value::Str(reason)] =
        &args[..]
    else {
        return None;
    };
    let (start, end) = (*start, *end);
    Some(if decode {
        let b = bytes_of(object)?;
        if end == start + 1 {
            let byte = *b.get(start as usize)?;
            format!("'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}")
        } else {
            format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            )
        }
    } else if end == start + 1 {
        let Value::Str(s) = object else {
            return None;
        };
        let c = s.chars().nth(start as usize)? as u32;
        let shown = if c <= 0xff {
            format!("\\x{c:02x}")
        } else if c <= 0xffff {
            format!("\\u{c:04x}")
        } else {
            format!("\\U{c:08x}")
        };
        format!("'{enc}' codec can't encode character '{shown}' in position {start}: {reason}")
    } else {
        format!(
            "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        )
    })
}

fn encode(vm: &Vm, s: &Rc<str>, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = codec(vm, encoding)?;
    let limit = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        // CPython hands a run of unencodable characters to the handler at once.
        let run = chars[i..]
            .iter()
            .take_while(|&&c| c as u32 >= limit)
            .count();
        match handler(vm, errors)? {
            Handler::Strict => {
                let reason = format!("ordinal not in range({limit})");
                return Err(codec_error(
                    vm,
                    false,
                    codec,
                    Value::Str(s.clone()),
                    i,
                    i + run,
                    &reason,
                ));
            }
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', run)),
            Handler::Ignore => {}
        }
        i += run;
    }
    Ok(out)
}

fn decode(vm: &Vm, object: &Value, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = codec(vm, encoding)?;
    match codec {
        Codec::Latin1 => Ok(b.iter().map(|&c| c as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                    continue;
                }
                match handler(vm, errors)? {
                    Handler::Strict => {
                        return Err(codec_error(
                            vm,
                            true,
                            codec,
                            object.clone(),
                            i,
                            i + 1,
                            "ordinal not in range(128)",
                        ))
                    }
                    Handler::Replace => out.push('\u{fffd}'),
                    Handler::Ignore => {}
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(b.len());
            let mut rest = b;
            let mut offset = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        // Rust's error length is the maximal invalid subpart, as CPython's.
                        let (bad, reason) = match e.error_len() {
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) => {
                                let first = rest[good];
                                let start_byte = matches!(first, 0xc2..=0xf4);
                                let reason = if start_byte {
                                    "invalid continuation byte"
                                } else {
                                    "invalid start byte"
                                };
                                (n, reason)
                            }
                        };
                        match handler(vm, errors)? {
                            Handler::Strict => {
                                let start = offset + good;
                                return Err(codec_error(
                                    vm,
                                    true,
                                    codec,
                                    object.clone(),
                                    start,
                                    start + bad,
                                    reason,
                                ));
                            }
                            Handler::Replace => out.push('\u{fffd}'),
                            Handler::Ignore => {}
                        }
                        offset += good + bad;
                        rest = &rest[good + bad..];
                    }
                }
            }
        }
    }
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(vm: &mut Vm, s: &Rc<str>, args: Args) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "encode() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let (enc, err) = codec_args(vm, "encode", args, 0)?;
    Ok(Value::Bytes(encode(vm, s, &enc, &err)?.into()))
}

/// One byte from an int, with CPython's message for anything else.
fn byte_value(vm: &Vm, v: &Value, message: &str) -> PyResult<u8> {
    match v {
        Value::Int(i) if (0..256).contains(i) => Ok(*i as u8),
        Value::Bool(b) => Ok(*b as u8),
        Value::Int(_) | Value::BigInt(_) => Err(vm.value_error(message)),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

impl Vm<'_> {
    /// The bytes an iterable of ints (or a bytes-like object) gives.
    fn bytes_from(&mut self, v: &Value) -> PyResult<Vec<u8>> {
        if let Some(b) = bytes_of(v) {
            return Ok(b);
        }
        let mut out = Vec::new();
        for x in self.collect(v)? {
            out.push(byte_value(self, &x, "byte must be in range(0, 256)")?);
        }
        Ok(out)
    }

    /// A bytes-like argument, or TypeError naming what was given.
    fn bytes_arg(&self, v: &Value) -> PyResult<Vec<u8>> {
        bytes_of(v).ok_or_else(|| {
            self.type_error(format!(
                "a bytes-like object is required, not '{}'",
                v.type_name()
            ))
        })
    }

    /// `bytes(...)` / `bytearray(...)`.
    pub fn construct_bytes(&mut self, kind: BytesKind, args: Args) -> PyResult<Value> {
        let name = kind.name();
        let has_codec = args.pos.len() > 1 || !args.kw.is_empty();
        if args.pos.len() > 3 {
            return Err(self.type_error(format!(
                "{name}() takes at most 3 arguments ({} given)",
                args.pos.len()
            )));
        }
        let first = args.pos.first().cloned();
        match first {
            None if !has_codec => Ok(kind.make(Vec::new())),
            Some(Value::Str(s)) => {
                if !has_codec {
                    return Err(self.type_error("string argument without an encoding"));
                }
                let (enc, err) = codec_args(self, name, args, 1)?;
                Ok(kind.make(encode(self, &s, &enc, &err)?))
            }
            _ if has_codec => Err(self.type_error(if args.pos.is_empty() {
                "encoding or errors without sequence argument"
            } else {
                "encoding without a string argument"
            })),
            Some(Value::Int(n)) => {
                if n < 0 {
                    return Err(self.value_error("negative count"));
                }
                Ok(kind.make(vec![0; n as usize]))
            }
            Some(Value::Bool(b)) => Ok(kind.make(vec![0; b as usize])),
            Some(v) => {
                if let Some(b) = bytes_of(&v) {
                    return Ok(kind.make(b));
                }
                if matches!(v, Value::Float(_) | Value::None) || !(self.is_iterable_value(&v)) {
                    return Err(self.type_error(format!(
                        "cannot convert '{}' object to {name}",
                        v.type_name()
                    )));
                }
                let mut out = Vec::new();
                for x in self.collect(&v)? {
                    out.push(byte_value(self, &x, "bytes must be in range(0, 256)")?);
                }
                Ok(kind.make(out))
            }
            None => unreachable!("no codec arguments without a first one here"),
        }
    }

    fn is_iterable_value(&mut self, v: &Value) -> bool {
        self.get_iter(v).is_ok()
    }

    /// `b[i]` and `b[i:j]`.
    pub fn bytes_getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Option<Value>> {
        let Some(kind) = BytesKind::of(obj) else {
            return Ok(None);
        };
        let b = bytes_of(obj).unwrap_or_default();
        if let Value::Slice(s) = key {
            let (start, stop, step) = self.slice_indices(s, b.len() as i64)?;
            let mut out = Vec::new();
            let mut i = start;
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                out.push(b[i as usize]);
                i += step;
            }
            return Ok(Some(kind.make(out)));
        }
        let what = if kind == BytesKind::Bytes {
            "byte"
        } else {
            "bytearray"
        };
        match self.seq_index_of(what, key, b.len())? {
            Some(i) => Ok(Some(Value::Int(b[i] as i64))),
            None => Err(self.exc(
                &self.types.exc.index_error,
                if kind == BytesKind::Bytes {
                    "index out of range"
                } else {
                    "bytearray index out of range"
                },
            )),
        }
    }

    /// `ba[i] = x`, `ba[i:j] = iterable`.
    pub fn bytearray_setitem(
        &mut self,
        ba: &Rc<RefCell<Vec<u8>>>,
        key: &Value,
        v: &Value,
    ) -> PyResult<()> {
        let len = ba.borrow().len();
        if let Value::Slice(s) = key {
            let items = self.bytes_from(v)?;
            let (start, stop, step) = self.slice_indices(s, len as i64)?;
            if step == 1 {
                let stop = stop.max(start);
                ba.borrow_mut().splice(start as usize..stop as usize, items);
                return Ok(());
            }
            let mut pos = Vec::new();
            let mut i = start;
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                pos.push(i as usize);
                i += step;
            }
            if pos.len() != items.len() {
                return Err(self.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    items.len(),
                    pos.len()
                )));
            }
            let mut b = ba.borrow_mut();
            for (p, x) in pos.into_iter().zip(items) {
                b[p] = x;
            }
            return Ok(());
        }
        let x = byte_value(self, v, "byte must be in range(0, 256)")?;
        match self.seq_index_of("bytearray", key, len)? {
            Some(i) => {
                ba.borrow_mut()[i] = x;
                Ok(())
            }
            None => Err(self.exc(&self.types.exc.index_error, "bytearray index out of range")),
        }
    }

    /// `del ba[i]`, `del ba[i:j]`.
    pub fn bytearray_delitem(&mut self, ba: &Rc<RefCell<Vec<u8>>>, key: &Value) -> PyResult<()> {
        let len = ba.borrow().len();
        if let Value::Slice(s) = key {
            let (start, stop, step) = self.slice_indices(s, len as i64)?;
            let mut doomed = vec![false; len];
            let mut i = start;
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                doomed[i as usize] = true;
                i += step;
            }
            let mut n = 0;
            ba.borrow_mut().retain(|_| {
                n += 1;
                !doomed[n - 1]
            });
            return Ok(());
        }
        match self.seq_index_of("bytearray", key, len)? {
            Some(i) => {
                ba.borrow_mut().remove(i);
                Ok(())
            }
            None => Err(self.exc(&self.types.exc.index_error, "bytearray index out of range")),
        }
    }

    /// `x in b`: an int in range, or a bytes-like subsequence.
    pub fn bytes_contains(&mut self, b: &[u8], item: &Value) -> PyResult<bool> {
        match item {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let x = byte_value(self, item, "byte must be in range(0, 256)")?;
                Ok(b.contains(&x))
            }
            other => {
                let needle = self.bytes_arg(other)?;
                Ok(find_sub(b, &needle, 0).is_some())
            }
        }
    }

    /// `a + b`, `a * n` with `a` bytes-like; `None` when the operator does not apply.
    /// `ba += x` extends the bytearray itself.
    pub fn bytes_binop(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        let Some(kind) = BytesKind::of(a) else {
            return Ok(None);
        };
        match op {
            BinOp::Add => {
                let Some(rhs) = bytes_of(b) else {
                    return Err(self.type_error(format!(
                        "can't concat {} to {}",
                        b.type_name(),
                        kind.name()
                    )));
                };
                if let (true, Value::ByteArray(ba)) = (inplace, a) {
                    ba.borrow_mut().extend(rhs);
                    return Ok(Some(a.clone()));
                }
                let mut out = bytes_of(a).unwrap_or_default();
                self.reserve(out.len() + rhs.len())?;
                out.extend(rhs);
                Ok(Some(kind.make(out)))
            }
            BinOp::Mul => {
                let n = match b {
                    Value::Int(n) => *n,
                    Value::Bool(x) => *x as i64,
                    _ => return Ok(None),
                };
                let own = bytes_of(a).unwrap_or_default();
                self.reserve_items(own.len(), n.max(0) as usize)?;
                let out = own.repeat(n.max(0) as usize);
                if let (true, Value::ByteArray(ba)) = (inplace, a) {
                    *ba.borrow_mut() = out;
                    return Ok(Some(a.clone()));
                }
                Ok(Some(kind.make(out)))
            }
            _ => Ok(None),
        }
    }
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`: pairs of hex digits, spaces between pairs.
pub fn fromhex(vm: &mut Vm, kind: BytesKind, args: &Args) -> PyResult<Value> {
    let name = "fromhex";
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "{}.{name}() takes exactly one argument ({} given)",
            kind.name(),
            args.pos.len()
        )));
    }
    let Value::Str(s) = &args.pos[0] else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            args.pos[0].type_name()
        )));
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |vm: &Vm, at: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {at}"
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(vm, i))?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(vm, i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(kind.make(out))
}

/// `bytes.fromhex` and `bytearray.fromhex`, looked up on the class.
pub fn fromhex_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fromhex(vm, BytesKind::Bytes, &args)
}
pub fn fromhex_bytearray(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fromhex(vm, BytesKind::Array, &args)
}

/// The optional `start`/`end` arguments of `find`/`count`/`startswith`, as a byte range.
fn span(vm: &Vm, args: &Args, from: usize, len: usize) -> PyResult<(usize, usize)> {
    let get = |i: usize, default: i64| -> PyResult<i64> {
        match args.pos.get(i) {
            None | Some(Value::None) => Ok(default),
            Some(Value::Int(n)) => Ok(*n),
            Some(Value::Bool(b)) => Ok(*b as i64),
            Some(_) => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    };
    let clamp = |i: i64| -> usize {
        let i = if i < 0 { i + len as i64 } else { i };
        i.clamp(0, len as i64) as usize
    };
    Ok((clamp(get(from, 0)?), clamp(get(from + 1, len as i64)?)))
}

/// What `find`/`count`/`index` look for: bytes-like, or one byte as an int.
fn needle(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Int(_) | Value::Bool(_) => {
            Ok(vec![byte_value(vm, v, "byte must be in range(0, 256)")?])
        }
        other => bytes_of(other).ok_or_else(|| {
            vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                other.type_name()
            ))
        }),
    }
}

/// A method of bytes or bytearray (`recv` is the receiver).
pub fn bytes_method(
    vm: &mut Vm,
    recv: &Value,
    name: &str,
    mut args: Args,
) -> Option<PyResult<Value>> {
    let kind = BytesKind::of(recv)?;
    let table = match kind {
        BytesKind::Bytes => BYTES_METHODS,
        BytesKind::Array => BYTEARRAY_METHODS,
    };
    if !table.contains(&name) {
        return None;
    }
    let ty = kind.name();
    let me = bytes_of(recv)?;
    let r = (|| -> PyResult<Value> {
        Ok(match name {
            "decode" => {
                if args.pos.len() > 2 {
                    return Err(vm.type_error(format!(
                        "decode() takes at most 2 arguments ({} given)",
                        args.pos.len()
                    )));
                }
                let (enc, err) = codec_args(vm, "decode", std::mem::take(&mut args), 0)?;
                Value::str(&decode(vm, recv, &me, &enc, &err)?)
            }
            "hex" => {
                want(vm, ty, name, &args, 0, 1)?;
                let digits: Vec<String> = me.iter().map(|c| format!("{c:02x}")).collect();
                match args.pos.first() {
                    None => Value::str(&digits.concat()),
                    Some(Value::Str(sep)) if sep.chars().count() == 1 => {
                        Value::str(&digits.join(sep))
                    }
                    Some(Value::Str(_)) => return Err(vm.value_error("sep must be length 1.")),
                    Some(other) => {
                        return Err(vm.type_error(format!(
                            "sep must be str or bytes, not {}",
                            other.type_name()
                        )))
                    }
                }
            }
            "join" => {
                want(vm, ty, name, &args, 1, 1)?;
                let mut out = Vec::new();
                for (i, item) in vm.collect(&args.pos[0])?.into_iter().enumerate() {
                    let Some(b) = bytes_of(&item) else {
                        return Err(vm.type_error(format!(
                            "sequence item {i}: expected a bytes-like object, {} found",
                            item.type_name()
                        )));
                    };
                    if i > 0 {
                        out.extend_from_slice(&me);
                    }
                    out.extend(b);
                }
                kind.make(out)
            }
            "split" => {
                let sep = args.take_kw("sep").or_else(|| args.pos.first().cloned());
                let maxsplit = match args
                    .take_kw("maxsplit")
                    .or_else(|| args.pos.get(1).cloned())
                {
                    None => -1,
                    Some(Value::Int(n)) => n,
                    Some(other) => {
                        return Err(vm.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            other.type_name()
                        )))
                    }
                };
                let mut parts: Vec<Vec<u8>> = Vec::new();
                match sep {
                    None | Some(Value::None) => {
                        let mut i = 0;
                        loop {
                            while i < me.len() && WHITESPACE.contains(&me[i]) {
                                i += 1;
                            }
                            if i >= me.len() {
                                break;
                            }
                            if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                                // The rest stays as it is, trailing whitespace too.
                                parts.push(me[i..].to_vec());
                                break;
                            }
                            let start = i;
                            while i < me.len() && !WHITESPACE.contains(&me[i]) {
                                i += 1;
                            }
                            parts.push(me[start..i].to_vec());
                        }
                    }
                    Some(s) => {
                        let s = vm.bytes_arg(&s)?;
                        if s.is_empty() {
                            return Err(vm.value_error("empty separator"));
                        }
                        let mut from = 0;
                        while maxsplit < 0 || (parts.len() as i64) < maxsplit {
                            match find_sub(&me, &s, from) {
                                Some(at) => {
                                    parts.push(me[from..at].to_vec());
                                    from = at + s.len();
                                }
                                None => break,
                            }
                        }
                        parts.push(me[from..].to_vec());
                    }
                }
                Value::list(parts.into_iter().map(|p| kind.make(p)).collect())
            }
            "strip" | "lstrip" | "rstrip" => {
                want(vm, ty, name, &args, 0, 1)?;
                let chars = match args.pos.first() {
                    None | Some(Value::None) => WHITESPACE.to_vec(),
                    Some(v) => vm.bytes_arg(v)?,
                };
                let mut start = 0;
                let mut end = me.len();
                if name != "rstrip" {
                    while start < end && chars.contains(&me[start]) {
                        start += 1;
                    }
                }
                if name != "lstrip" {
                    while end > start && chars.contains(&me[end - 1]) {
                        end -= 1;
                    }
                }
                kind.make(me[start..end].to_vec())
            }
            "startswith" | "endswith" => {
                want(vm, ty, name, &args, 1, 3)?;
                let (start, end) = span(vm, &args, 1, me.len())?;
                let window = if start <= end {
                    &me[start..end]
                } else {
                    &[][..]
                };
                let options = match &args.pos[0] {
                    Value::Tuple(t) => t.to_vec(),
                    other => vec![other.clone()],
                };
                let mut hit = false;
                for o in options {
                    let Some(p) = bytes_of(&o) else {
                        return Err(vm.type_error(format!(
                            "{name} first arg must be bytes or a tuple of bytes, not {}",
                            o.type_name()
                        )));
                    };
                    hit |= if name == "startswith" {
                        window.starts_with(&p)
                    } else {
                        window.ends_with(&p)
                    } && start <= end;
                }
                Value::Bool(hit)
            }
            "find" | "rfind" | "index" | "count" => {
                want(vm, ty, name, &args, 1, 3)?;
                let sub = needle(vm, &args.pos[0])?;
                let (start, end) = span(vm, &args, 1, me.len())?;
                let window: &[u8] = if start <= end { &me[start..end] } else { &[] };
                if name == "count" {
                    if start > end {
                        return Ok(Value::Int(0));
                    }
                    if sub.is_empty() {
                        return Ok(Value::Int(window.len() as i64 + 1));
                    }
                    let mut n = 0;
                    let mut from = 0;
                    while let Some(at) = find_sub(window, &sub, from) {
                        n += 1;
                        from = at + sub.len();
                    }
                    return Ok(Value::Int(n));
                }
                let found = if start > end {
                    None
                } else if name == "rfind" {
                    (0..=window.len().saturating_sub(sub.len()))
                        .rev()
                        .find(|&i| window[i..].starts_with(&sub))
                        .filter(|_| sub.len() <= window.len())
                } else {
                    find_sub(window, &sub, 0)
                };
                match found {
                    Some(i) => Value::Int((i + start) as i64),
                    None if name == "index" => return Err(vm.value_error("subsection not found")),
                    None => Value::Int(-1),
                }
            }
            "replace" => {
                want(vm, ty, name, &args, 2, 3)?;
                let old = vm.bytes_arg(&args.pos[0])?;
                let new = vm.bytes_arg(&args.pos[1])?;
                let mut count = match args.pos.get(2) {
                    Some(Value::Int(n)) => *n,
                    _ => -1,
                };
                let mut out = Vec::new();
                let mut i = 0;
                if old.is_empty() {
                    // An empty pattern matches between every two bytes and at both ends.
                    for (j, &c) in me.iter().enumerate() {
                        if count != 0 {
                            out.extend_from_slice(&new);
                            count -= 1;
                        }
                        out.push(c);
                        i = j + 1;
                    }
                    if count != 0 {
                        out.extend_from_slice(&new);
                    }
                    let _ = i;
                    return Ok(kind.make(out));
                }
                while count != 0 {
                    match find_sub(&me, &old, i) {
                        Some(at) => {
                            out.extend_from_slice(&me[i..at]);
                            out.extend_from_slice(&new);
                            i = at + old.len();
                            count -= 1;
                        }
                        None => break,
                    }
                }
                out.extend_from_slice(&me[i..]);
                kind.make(out)
            }
            "upper" | "lower" => {
                want(vm, ty, name, &args, 0, 0)?;
                kind.make(if name == "upper" {
                    me.to_ascii_uppercase()
                } else {
                    me.to_ascii_lowercase()
                })
            }
            "isdigit" | "isalpha" | "isalnum" | "isspace" | "isupper" | "islower" | "isascii" => {
                want(vm, ty, name, &args, 0, 0)?;
                Value::Bool(match name {
                    "isascii" => me.is_ascii(),
                    "isupper" | "islower" => {
                        let cased = me.iter().any(|c| c.is_ascii_alphabetic());
                        cased
                            && if name == "isupper" {
                                !me.iter().any(|c| c.is_ascii_lowercase())
                            } else {
                                !me.iter().any(|c| c.is_ascii_uppercase())
                            }
                    }
                    _ => {
                        !me.is_empty()
                            && me.iter().all(|c| match name {
                                "isdigit" => c.is_ascii_digit(),
                                "isalpha" => c.is_ascii_alphabetic(),
                                "isalnum" => c.is_ascii_alphanumeric(),
                                _ => WHITESPACE.contains(c),
                            })
                    }
                })
            }
            _ => {
                let Value::ByteArray(ba) = recv else {
                    unreachable!("listed for bytearray only")
                };
                array_method(vm, ba, name, args)?
            }
        })
    })();
    Some(r)
}

/// The methods only a bytearray has: it changes in place.
fn array_method(vm: &mut Vm, ba: &Rc<RefCell<Vec<u8>>>, name: &str, args: Args) -> PyResult<Value> {
    let ty = "bytearray";
    Ok(match name {
        "append" => {
            want(vm, ty, name, &args, 1, 1)?;
            let x = byte_value(vm, &args.pos[0], "byte must be in range(0, 256)")?;
            ba.borrow_mut().push(x);
            Value::None
        }
        "extend" => {
            want(vm, ty, name, &args, 1, 1)?;
            if matches!(args.pos[0], Value::Str(_)) {
                return Err(vm.type_error("expected iterable of integers; got: 'str'"));
            }
            let items = vm.bytes_from(&args.pos[0])?;
            ba.borrow_mut().extend(items);
            Value::None
        }
        "pop" => {
            want(vm, ty, name, &args, 0, 1)?;
            let len = ba.borrow().len();
            if len == 0 {
                return Err(vm.exc(&vm.types.exc.index_error, "pop from empty bytearray"));
            }
            let i = match args.pos.first() {
                None => len - 1,
                Some(v) => match vm.seq_index_of("bytearray", v, len)? {
                    Some(i) => i,
                    None => return Err(vm.exc(&vm.types.exc.index_error, "pop index out of range")),
                },
            };
            Value::Int(ba.borrow_mut().remove(i) as i64)
        }
        "insert" => {
            want(vm, ty, name, &args, 2, 2)?;
            let Value::Int(i) = args.pos[0] else {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    args.pos[0].type_name()
                )));
            };
            let x = byte_value(vm, &args.pos[1], "byte must be in range(0, 256)")?;
            let len = ba.borrow().len() as i64;
            let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
            ba.borrow_mut().insert(at as usize, x);
            Value::None
        }
        "remove" => {
            want(vm, ty, name, &args, 1, 1)?;
            let x = byte_value(vm, &args.pos[0], "byte must be in range(0, 256)")?;
            let at = ba.borrow().iter().position(|&c| c == x);
            match at {
                Some(i) => {
                    ba.borrow_mut().remove(i);
                }
                None => return Err(vm.value_error("value not found in bytearray")),
            }
            Value::None
        }
        "clear" => {
            want(vm, ty, name, &args, 0, 0)?;
            ba.borrow_mut().clear();
            Value::None
        }
        "copy" => {
            want(vm, ty, name, &args, 0, 0)?;
            BytesKind::Array.make(ba.borrow().clone())
        }
        "reverse" => {
            want(vm, ty, name, &args, 0, 0)?;
            ba.borrow_mut().reverse();
            Value::None
        }
        _ => unreachable!("listed"),
    })
}
