//! Exception objects and the builtin exception hierarchy (plus asyncio's).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::runtime::objects::value::{BuiltinType, Class, Value};

/// One line of a traceback: where an exception passed through.
#[derive(Clone, Debug)]
pub struct TbEntry {
    pub file: Rc<str>,
    pub line: u32,
    pub func: Rc<str>,
    /// The failing instruction's source range (bytes of `file`), for the caret line.
    pub span: Option<crate::lang::bytecode::Span>,
}

/// An exception instance.
///
/// Invariant: `class` is BaseException or a subclass of it.
pub struct ExcObj {
    pub class: Rc<Class>,
    pub args: RefCell<Vec<Value>>,
    /// Innermost entry last: entries are appended as the exception unwinds outward,
    /// so print them reversed.
    pub traceback: RefCell<Vec<TbEntry>>,
    pub cause: RefCell<Option<Rc<ExcObj>>>,
    pub context: RefCell<Option<Rc<ExcObj>>>,
    pub suppress_context: Cell<bool>,
    /// Extra attributes (`StopIteration.value` lives in `args[0]`, others here).
    pub attrs: RefCell<crate::runtime::objects::value::NameMap>,
}

impl ExcObj {
    pub fn new(class: Rc<Class>, args: Vec<Value>) -> Rc<ExcObj> {
        debug_assert!(matches!(class.builtin, Some(BuiltinType::Exception)));
        Rc::new(ExcObj {
            class,
            args: RefCell::new(args),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
            attrs: RefCell::new(Default::default()),
        })
    }

    pub fn is_instance(&self, class: &Class) -> bool {
        self.class.is_subclass(class)
    }

    /// The class name as a traceback's last line shows it (`asyncio.exceptions.CancelledError`).
    pub fn qualified_name(&self) -> String {
        // traceback.py leaves out `builtins` and `__main__`.
        if matches!(&*self.class.module, "builtins" | "__main__") {
            self.class.qualname.to_string()
        } else {
            format!("{}.{}", self.class.module, self.class.qualname)
        }
    }

    /// Appends a traceback line unless the exception was just raised there already.
    pub fn push_tb(&self, entry: TbEntry) {
        self.traceback.borrow_mut().push(entry);
    }
}

/// Builds a class object (used for builtin types and builtin exceptions).
pub fn make_class(
    name: &str,
    module: &str,
    bases: Vec<Rc<Class>>,
    builtin: Option<BuiltinType>,
) -> Rc<Class> {
    let mut mro: Vec<Rc<Class>> = Vec::new();
    // Single inheritance among builtins: the MRO is the chain of first bases.
    for b in &bases {
        mro.push(b.clone());
        for c in &b.mro {
            if !mro.iter().any(|m| Rc::ptr_eq(m, c)) {
                mro.push(c.clone());
            }
        }
    }
    Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from(module),
        bases,
        mro,
        dict: RefCell::new(Default::default()),
        builtin,
        heap: false,
        meta: None,
        slots: None,
    })
}

macro_rules! exception_table {
    ($root:ident; $($field:ident : $name:literal < $base:ident in $module:literal;)*) => {
        /// Every builtin exception class, by field.
        pub struct ExcTypes {
            pub $root: Rc<Class>,
            $(pub $field: Rc<Class>,)*
            /// `BaseExceptionGroup` and `ExceptionGroup(BaseExceptionGroup, Exception)`.
            pub base_exception_group: Rc<Class>,
            pub exception_group: Rc<Class>,
        }

        impl ExcTypes {
            pub fn new(object: &Rc<Class>) -> ExcTypes {
                let $root = make_class("BaseException", "builtins", vec![object.clone()], Some(BuiltinType::Exception));
                $(let $field = make_class($name, $module, vec![$base.clone()], Some(BuiltinType::Exception));)*
                let base_exception_group = make_class("BaseExceptionGroup", "builtins", vec![$root.clone()], Some(BuiltinType::Exception));
                let exception = [$(($name, &$field)),*].into_iter().find(|(n, _)| *n == "Exception").map(|(_, c)| c.clone()).expect("Exception is in the table");
                let exception_group = crate::runtime::objects::exception_group::make_exception_group(&base_exception_group, &exception);
                ExcTypes { $root, $($field,)* base_exception_group, exception_group }
            }

            /// Every class with its Python name and module, for name lookup.
            pub fn all(&self) -> Vec<(&'static str, &'static str, Rc<Class>)> {
                vec![
                    ("BaseException", "builtins", self.$root.clone()),
                    $(($name, $module, self.$field.clone()),)*
                    ("BaseExceptionGroup", "builtins", self.base_exception_group.clone()),
                    ("ExceptionGroup", "builtins", self.exception_group.clone()),
                ]
            }
        }
    };
}

exception_table! {
    base_exception;
    exception: "Exception" < base_exception in "builtins";
    generator_exit: "GeneratorExit" < base_exception in "builtins";
    keyboard_interrupt: "KeyboardInterrupt" < base_exception in "builtins";
    system_exit: "SystemExit" < base_exception in "builtins";
    arithmetic_error: "ArithmeticError" < exception in "builtins";
    overflow_error: "OverflowError" < arithmetic_error in "builtins";
    zero_division_error: "ZeroDivisionError" < arithmetic_error in "builtins";
    assertion_error: "AssertionError" < exception in "builtins";
    attribute_error: "AttributeError" < exception in "builtins";
    lookup_error: "LookupError" < exception in "builtins";
    index_error: "IndexError" < lookup_error in "builtins";
    key_error: "KeyError" < lookup_error in "builtins";
    name_error: "NameError" < exception in "builtins";
    unbound_local_error: "UnboundLocalError" < name_error in "builtins";
    runtime_error: "RuntimeError" < exception in "builtins";
    not_implemented_error: "NotImplementedError" < runtime_error in "builtins";
    recursion_error: "RecursionError" < runtime_error in "builtins";
    stop_iteration: "StopIteration" < exception in "builtins";
    stop_async_iteration: "StopAsyncIteration" < exception in "builtins";
    type_error: "TypeError" < exception in "builtins";
    value_error: "ValueError" < exception in "builtins";
    unicode_error: "UnicodeError" < value_error in "builtins";
    unicode_encode_error: "UnicodeEncodeError" < unicode_error in "builtins";
    unicode_decode_error: "UnicodeDecodeError" < unicode_error in "builtins";
    os_error: "OSError" < exception in "builtins";
    timeout_error: "TimeoutError" < os_error in "builtins";
    connection_error: "ConnectionError" < os_error in "builtins";
    eof_error: "EOFError" < exception in "builtins";
    memory_error: "MemoryError" < exception in "builtins";
    buffer_error: "BufferError" < exception in "builtins";
    reference_error: "ReferenceError" < exception in "builtins";
    system_error: "SystemError" < exception in "builtins";
    floating_point_error: "FloatingPointError" < arithmetic_error in "builtins";
    file_not_found_error: "FileNotFoundError" < os_error in "builtins";
    file_exists_error: "FileExistsError" < os_error in "builtins";
    permission_error: "PermissionError" < os_error in "builtins";
    is_a_directory_error: "IsADirectoryError" < os_error in "builtins";
    not_a_directory_error: "NotADirectoryError" < os_error in "builtins";
    interrupted_error: "InterruptedError" < os_error in "builtins";
    blocking_io_error: "BlockingIOError" < os_error in "builtins";
    child_process_error: "ChildProcessError" < os_error in "builtins";
    process_lookup_error: "ProcessLookupError" < os_error in "builtins";
    broken_pipe_error: "BrokenPipeError" < connection_error in "builtins";
    connection_aborted_error: "ConnectionAbortedError" < connection_error in "builtins";
    connection_refused_error: "ConnectionRefusedError" < connection_error in "builtins";
    connection_reset_error: "ConnectionResetError" < connection_error in "builtins";
    warning: "Warning" < exception in "builtins";
    user_warning: "UserWarning" < warning in "builtins";
    deprecation_warning: "DeprecationWarning" < warning in "builtins";
    pending_deprecation_warning: "PendingDeprecationWarning" < warning in "builtins";
    runtime_warning: "RuntimeWarning" < warning in "builtins";
    syntax_warning: "SyntaxWarning" < warning in "builtins";
    future_warning: "FutureWarning" < warning in "builtins";
    import_warning: "ImportWarning" < warning in "builtins";
    unicode_warning: "UnicodeWarning" < warning in "builtins";
    bytes_warning: "BytesWarning" < warning in "builtins";
    resource_warning: "ResourceWarning" < warning in "builtins";
    encoding_warning: "EncodingWarning" < warning in "builtins";
    import_error: "ImportError" < exception in "builtins";
    module_not_found_error: "ModuleNotFoundError" < import_error in "builtins";
    cancelled_error: "CancelledError" < base_exception in "asyncio.exceptions";
    invalid_state_error: "InvalidStateError" < exception in "asyncio.exceptions";
}
