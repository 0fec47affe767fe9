# expect-exit: 2
# expect-stderr: 65_unmodelled_module_attr_at_run_time.py:6: coroviz does not model `sys.getsizeof` yet
import sys

probe = "getsizeof"
size = getattr(sys, probe)
