//! `str.format`: the numerics module parses the template; this resolves fields on values.

use crate::runtime::numeric::format::{self, Conversion, FieldAccessor, FieldResolver};
use crate::runtime::objects::repr::FmtFail;
use crate::runtime::objects::value::{Args, Value};
use crate::runtime::vm::{PyResult, Vm};

struct Fields<'a, 'h> {
    vm: &'a mut Vm<'h>,
    args: Args,
    /// `format_map`'s mapping: named fields are `mapping[name]`, positional ones refused.
    mapping: Option<Value>,
}

impl FieldResolver for Fields<'_, '_> {
    type Value = Value;
    type Error = FmtFail;

    fn positional(&mut self, index: usize) -> Result<Value, FmtFail> {
        if self.mapping.is_some() {
            return Err(FmtFail::Unwind(self.vm.exc(
                &self.vm.types.exc.value_error,
                "Format string contains positional fields",
            )));
        }
        match self.args.pos.get(index) {
            Some(v) => Ok(v.clone()),
            None => Err(FmtFail::Unwind(self.vm.exc(
                &self.vm.types.exc.index_error,
                format!("Replacement index {index} out of range for positional args tuple"),
            ))),
        }
    }

    fn keyword(&mut self, name: &str) -> Result<Value, FmtFail> {
        if let Some(mapping) = self.mapping.clone() {
            return Ok(self.vm.get_item(&mapping, &Value::str(name))?);
        }
        match self.args.kw.iter().find(|(k, _)| &**k == name) {
            Some((_, v)) => Ok(v.clone()),
            None => Err(FmtFail::Unwind(crate::runtime::vm::Unwind::Exc(
                crate::runtime::objects::exceptions::ExcObj::new(
                    self.vm.types.exc.key_error.clone(),
                    vec![Value::str(name)],
                ),
            ))),
        }
    }

    fn access(&mut self, value: Value, accessor: FieldAccessor<'_>) -> Result<Value, FmtFail> {
        Ok(match accessor {
            FieldAccessor::Attr(name) => self.vm.get_attr(&value, name)?,
            FieldAccessor::Index(i) => self.vm.get_item(&value, &Value::Int(i as i64))?,
            FieldAccessor::Key(k) => self.vm.get_item(&value, &Value::str(k))?,
        })
    }

    fn convert(&mut self, value: Value, conversion: Conversion) -> Result<Value, FmtFail> {
        Ok(Value::str(&match conversion {
            Conversion::Str => self.vm.to_str(&value)?,
            Conversion::Repr => self.vm.repr(&value)?,
            Conversion::Ascii => crate::runtime::objects::repr::ascii(&self.vm.repr(&value)?),
        }))
    }

    fn format(&mut self, value: Value, spec: &str) -> Result<String, FmtFail> {
        Ok(self.vm.format(&value, spec)?)
    }
}

/// `template.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, template: &str, args: Args) -> PyResult<String> {
    format_fields(
        Fields {
            vm,
            args,
            mapping: None,
        },
        template,
    )
}

/// `template.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, template: &str, mapping: Value) -> PyResult<String> {
    format_fields(
        Fields {
            vm,
            args: Args::default(),
            mapping: Some(mapping),
        },
        template,
    )
}

fn format_fields(mut fields: Fields<'_, '_>, template: &str) -> PyResult<String> {
    match format::str_format(template, &mut fields) {
        Ok(s) => Ok(s),
        Err(FmtFail::Py(e)) => Err(fields.vm.py_err(e)),
        Err(FmtFail::Unwind(u)) => Err(u),
    }
}
