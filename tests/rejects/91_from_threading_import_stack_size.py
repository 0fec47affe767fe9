# expect-exit: 2
# expect-stderr: 91_from_threading_import_stack_size.py:4:23: error: unsupported: `threading.stack_size`
# expect-stderr: coroviz models these names of `threading`
from threading import stack_size, Thread

print("never", stack_size, Thread)
