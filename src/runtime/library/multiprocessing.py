# coroviz's `multiprocessing`: which process the code runs in (`current_process`,
# `parent_process`) and the model machine's CPU count. Processes themselves come from
# concurrent.futures' ProcessPoolExecutor (runtime/processes).
import _coroviz_proc as _proc


class _ProcessInfo:
    # What current_process() and parent_process() describe: a process by name and pid.

    def __init__(self, kind, name, pid, parent):
        self._kind, self._name, self._pid, self._parent = kind, name, pid, parent

    @property
    def name(self):
        return self._name

    @property
    def pid(self):
        return self._pid

    ident = pid

    @property
    def daemon(self):
        return False

    def is_alive(self):
        return True

    def __repr__(self):
        parent = 'None' if self._parent is None else str(self._parent)
        return '<%s name=%r parent=%s started>' % (self._kind, self._name, parent)


def current_process():
    name = _proc.name()
    if name == 'MainProcess':
        return _ProcessInfo('_MainProcess', name, _proc.getpid(), None)
    return _ProcessInfo('ForkProcess', name, _proc.getpid(), _proc.getppid())


def parent_process():
    if _proc.name() == 'MainProcess':
        return None
    return _ProcessInfo('_ParentProcess', 'MainProcess', _proc.getppid(), None)


def cpu_count():
    return 4
