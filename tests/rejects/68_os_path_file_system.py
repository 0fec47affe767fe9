# expect-exit: 2
# expect-stderr: 68_os_path_file_system.py:7: coroviz does not model `os.path.exists` (coroviz has no files) yet
# os.path's string operations run; what asks the file system stops the run, located.
import os.path

where = os.path.join("a", "b")
found = os.path.exists(where)
