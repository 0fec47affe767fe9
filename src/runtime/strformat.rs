//! `str.format`: replacement fields with auto/manual numbering, keys, attributes,
//! indexes, conversions and (nested) format specs.

use crate::runtime::value::{Args, Value};
use crate::runtime::vm::{PyResult, Vm};

pub fn str_format(vm: &mut Vm, fmt: &str, args: Args) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut auto = 0usize;
    let mut numbering: Option<bool> = None; // Some(true) = automatic
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching close brace, allowing one level of nesting in the spec.
        let mut depth = 1;
        let mut j = i + 1;
        while j < chars.len() && depth > 0 {
            match chars[j] {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            j += 1;
        }
        if depth > 0 {
            return Err(vm.value_error("expected '}' before end of string"));
        }
        let field: String = chars[i + 1..j - 1].iter().collect();
        i = j;
        let (head, spec) = match field.find(':') {
            Some(p) => (field[..p].to_string(), field[p + 1..].to_string()),
            None => (field.clone(), String::new()),
        };
        let (name, conv) = match head.find('!') {
            Some(p) => (head[..p].to_string(), Some(head[p + 1..].to_string())),
            None => (head, None),
        };
        // Split the field name into the first part and accessors.
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let mut value = if first.is_empty() {
            if numbering == Some(false) {
                return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
            }
            numbering = Some(true);
            let v = args.pos.get(auto).cloned().ok_or_else(|| vm.exc(&vm.types.exc.index_error, format!("Replacement index {auto} out of range for positional args tuple")))?;
            auto += 1;
            v
        } else if let Ok(n) = first.parse::<usize>() {
            if numbering == Some(true) {
                return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
            }
            numbering = Some(false);
            args.pos.get(n).cloned().ok_or_else(|| vm.exc(&vm.types.exc.index_error, format!("Replacement index {n} out of range for positional args tuple")))?
        } else {
            match args.kw.iter().find(|(k, _)| &**k == first) {
                Some((_, v)) => v.clone(),
                None => {
                    return Err(crate::runtime::vm::Unwind::Exc(crate::runtime::exceptions::ExcObj::new(vm.types.exc.key_error.clone(), vec![Value::str(first)])));
                }
            }
        };
        let mut rest = &name[first_end..];
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                value = vm.get_attr(&value, &r[..end])?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let end = r.find(']').ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
                let key = &r[..end];
                let k = match key.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => Value::str(key),
                };
                value = vm.get_item(&value, &k)?;
                rest = &r[end + 1..];
            } else {
                return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
        let value = match conv.as_deref() {
            None => value,
            Some("r") => Value::str(&vm.repr(&value)?),
            Some("s") => Value::str(&vm.to_str(&value)?),
            Some("a") => Value::str(&crate::runtime::repr::ascii(&vm.repr(&value)?)),
            Some(other) => return Err(vm.value_error(format!("Unknown conversion specifier {other}"))),
        };
        let spec = if spec.contains('{') {
            let nested = Args { pos: args.pos.clone(), kw: args.kw.clone() };
            let _ = &mut auto;
            str_format(vm, &spec, nested)?
        } else {
            spec
        };
        out.push_str(&vm.format(&value, &spec)?);
    }
    Ok(out)
}
