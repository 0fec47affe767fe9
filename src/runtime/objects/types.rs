//! The builtin type objects (`int`, `str`, `list`, …) and exception classes, made once per VM.

use std::rc::Rc;

use crate::runtime::objects::exceptions::{make_class, ExcTypes};
use crate::runtime::objects::value::{BuiltinType, Class, Value};

macro_rules! builtin_types {
    ($root:ident; $($field:ident : $name:literal => $bt:ident < $base:ident,)*) => {
        /// Every builtin class, by field.
        pub struct Types {
            pub $root: Rc<Class>,
            $(pub $field: Rc<Class>,)*
            pub exc: ExcTypes,
            /// The classes of builtin iterators and dict views, by `ITER_CLASS_NAMES`.
            pub iter_classes: Vec<Rc<Class>>,
        }

        impl Types {
            pub fn new() -> Types {
                let $root = make_class("object", "builtins", vec![], Some(BuiltinType::Object));
                $(let $field = make_class($name, if matches!(BuiltinType::$bt, BuiltinType::Future | BuiltinType::Task) { "_asyncio" } else { "builtins" }, vec![$base.clone()], Some(BuiltinType::$bt));)*
                let exc = ExcTypes::new(&$root);
                let iter_classes = ITER_CLASS_NAMES
                    .iter()
                    .map(|name| make_class(name, "builtins", vec![$root.clone()], Some(BuiltinType::Iterator)))
                    .collect();
                Types { $root, $($field,)* exc, iter_classes }
            }

            /// The classes a program can name as builtins.
            pub fn named(&self) -> Vec<(&'static str, Rc<Class>)> {
                let mut v = vec![("object", self.$root.clone())];
                $(v.push(($name, self.$field.clone()));)*
                v.retain(|(n, _)| !n.contains(' ') && !n.starts_with('_'));
                v
            }
        }
    };
}

builtin_types! {
    object;
    type_: "type" => Type < object,
    none_type: "NoneType" => NoneType < object,
    int: "int" => Int < object,
    bool_: "bool" => Bool < int,
    float: "float" => Float < object,
    str_: "str" => Str < object,
    list: "list" => List < object,
    tuple: "tuple" => Tuple < object,
    dict: "dict" => Dict < object,
    set: "set" => Set < object,
    frozenset: "frozenset" => FrozenSet < object,
    bytes: "bytes" => Bytes < object,
    bytearray: "bytearray" => ByteArray < object,
    range: "range" => Range < object,
    slice: "slice" => Slice < object,
    function: "function" => Function < object,
    builtin_function: "builtin_function_or_method" => BuiltinFunction < object,
    method: "method" => Method < object,
    generator: "generator" => Generator < object,
    coroutine: "coroutine" => Coroutine < object,
    module: "module" => Module < object,
    future: "Future" => Future < object,
    task: "Task" => Task < future,
    event_loop: "_UnixSelectorEventLoop" => Loop < object,
    handle: "Handle" => Handle < object,
    timer_handle: "TimerHandle" => TimerHandle < object,
    iterator: "iterator" => Iterator < object,
    ellipsis: "ellipsis" => Ellipsis < object,
    cell: "cell" => Cell < object,
    async_generator: "async_generator" => AsyncGenerator < object,
    property: "property" => Property < object,
    staticmethod: "staticmethod" => StaticMethod < object,
    classmethod: "classmethod" => ClassMethod < object,
    super_: "super" => Super < object,
    not_implemented_type: "NotImplementedType" => NotImplementedType < object,
    async_generator_asend: "async_generator_asend" => AsyncGenOp < object,
    async_generator_athrow: "async_generator_athrow" => AsyncGenOp < object,
    traceback: "traceback" => Traceback < object,
    coroutine_wrapper: "coroutine_wrapper" => CoroutineWrapper < object,
}

/// What `type()` of a builtin iterator or dict view is called, each its own class as in
/// CPython (`type(iter([]))` is `list_iterator`). Indexed by `IterObj::class_index`;
/// the last three are the dict views.
pub const ITER_CLASS_NAMES: [&str; 21] = [
    "iterator",
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "range_iterator",
    "set_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "list_reverseiterator",
    "reversed",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "dict_keys",
    "dict_values",
    "dict_items",
];

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}

impl Types {
    /// `type(v)`.
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        use Value::*;
        match v {
            Null | None => self.none_type.clone(),
            Ellipsis => self.ellipsis.clone(),
            Bool(_) => self.bool_.clone(),
            Int(_) | BigInt(_) => self.int.clone(),
            Float(_) => self.float.clone(),
            Str(_) => self.str_.clone(),
            List(_) => self.list.clone(),
            Tuple(_) => self.tuple.clone(),
            Dict(_) => self.dict.clone(),
            Set(_) => self.set.clone(),
            FrozenSet(_) => self.frozenset.clone(),
            Bytes(_) => self.bytes.clone(),
            ByteArray(_) => self.bytearray.clone(),
            Range(_) => self.range.clone(),
            Slice(_) => self.slice.clone(),
            Function(_) => self.function.clone(),
            Builtin(_) | NativeMethod(_) => self.builtin_function.clone(),
            BoundMethod(_) => self.method.clone(),
            Gen(g) => match g.kind {
                crate::runtime::objects::value::GenKind::Generator => self.generator.clone(),
                crate::runtime::objects::value::GenKind::Coroutine => self.coroutine.clone(),
                crate::runtime::objects::value::GenKind::AsyncGenerator => {
                    self.async_generator.clone()
                }
            },
            NativeCoro(_) => self.coroutine.clone(),
            Class(c) => c.meta.clone().unwrap_or_else(|| self.type_.clone()),
            Exception(e) => e.class.clone(),
            Module(_) => self.module.clone(),
            Future(f) => {
                if f.is_task() {
                    self.task.clone()
                } else {
                    self.future.clone()
                }
            }
            Loop(_) => self.event_loop.clone(),
            Handle(h) => {
                if h.when.is_some() {
                    self.timer_handle.clone()
                } else {
                    self.handle.clone()
                }
            }
            Iter(it) => match it.try_borrow() {
                Ok(it) => self.iter_classes[it.class_index()].clone(),
                Err(_) => self.iterator.clone(),
            },
            Cell(_) | Code(_) => self.cell.clone(),
            DictView(_, view) => {
                use crate::runtime::objects::iter::DictView as V;
                let last = ITER_CLASS_NAMES.len();
                self.iter_classes[match view {
                    V::Keys => last - 3,
                    V::Values => last - 2,
                    V::Items => last - 1,
                }]
                .clone()
            }
            Instance(i) => i.class.clone(),
            Descriptor(d) => match &**d {
                crate::runtime::objects::class::Descriptor::Property { .. } => {
                    self.property.clone()
                }
                crate::runtime::objects::class::Descriptor::StaticMethod(_) => {
                    self.staticmethod.clone()
                }
                crate::runtime::objects::class::Descriptor::ClassMethod(_) => {
                    self.classmethod.clone()
                }
            },
            Super(_) => self.super_.clone(),
            NotImplemented => self.not_implemented_type.clone(),
            AsyncGenOp(op) => {
                if op.type_name() == "async_generator_asend" {
                    self.async_generator_asend.clone()
                } else {
                    self.async_generator_athrow.clone()
                }
            }
        }
    }
}
