# asyncio.TaskGroup, written for coroviz to behave as CPython 3.11's: the same cancellations
# in the same order, the same uncancel() bookkeeping, the same errors and exception groups.
# The future __aexit__ waits on is named "TaskGroup" for the dashboard.
#
# One difference cannot be helped: `_tasks` is a set, and a failing child makes the group
# cancel the others in the set's order. CPython's sets of tasks follow object addresses;
# coroviz's sets keep insertion order, so children are cancelled in the order they were made.

__all__ = ["TaskGroup"]

from asyncio import get_running_loop, current_task, CancelledError
from _coroviz import waiter as _waiter


def _is_fatal(exc):
    # The exceptions asyncio lets through untouched instead of grouping them.
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """`async with TaskGroup() as tg:` runs the tasks made by tg.create_task() and waits for
    all of them on the way out. The first child to fail cancels the rest (and the body);
    their errors come out together as an ExceptionGroup."""

    def __init__(self):
        # Where the group is in its life: entered, exiting the body, cancelling children.
        self._entered = self._exiting = self._aborting = False
        self._loop = None
        self._parent = None
        self._cancelled_parent = False
        self._tasks = set()
        self._errors = []
        self._fatal = None
        self._all_done = None

    def __repr__(self):
        parts = ['<TaskGroup']
        if self._tasks:
            parts.append(f'tasks={len(self._tasks)}')
        if self._errors:
            parts.append(f'errors={len(self._errors)}')
        if self._aborting:
            parts.append('cancelling')
        elif self._entered:
            parts.append('entered')
        return ' '.join(parts) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent = current_task(self._loop)
        if self._parent is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self._exiting = True
        if exc is not None and _is_fatal(exc) and self._fatal is None:
            self._fatal = exc
        # A CancelledError that left the body goes on up at the end, unless it was the one
        # we sent the parent ourselves (uncancel() brings its count back to zero).
        cancel_to_raise = exc if exc_type is CancelledError else None
        if self._cancelled_parent and self._parent.uncancel() == 0:
            cancel_to_raise = None
        if exc_type is not None and not self._aborting:
            # The body failed or was cancelled: the children are cancelled too.
            self._abort()
        # Wait for every child. In a loop, because the parent may be cancelled (again)
        # while it waits here.
        while self._tasks:
            if self._all_done is None:
                self._all_done = _waiter(self._loop, None, "TaskGroup")
            try:
                await self._all_done
            except CancelledError as ex:
                if not self._aborting:
                    # Someone else cancels the parent while its children still run: they
                    # are cancelled, and so is the parent once they are done.
                    cancel_to_raise = ex
                    self._abort()
            self._all_done = None
        assert not self._tasks

        if self._fatal is not None:
            raise self._fatal
        # The children's errors take precedence over a cancellation.
        if cancel_to_raise and not self._errors:
            raise cancel_to_raise
        if exc_type is not None and exc_type is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            # Drop our reference to the errors (and their tracebacks) as we raise them.
            self._errors = None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        """Starts a task in this group (like asyncio.create_task) and returns it."""
        refusal = self._refusal()
        if refusal is not None:
            raise RuntimeError(f"TaskGroup {self!r} {refusal}")
        # The loop's create_task, given a context only when the caller gave one.
        extra = {} if context is None else {'context': context}
        task = self._loop.create_task(coro, **extra)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        # Counted as running until its done callback removes it.
        self._tasks.add(task)
        return task

    def _refusal(self):
        # Why create_task() is refused now, or None.
        if not self._entered:
            return "has not been entered"
        if self._exiting and not self._tasks:
            return "is finished"
        if self._aborting:
            return "is shutting down"
        return None

    def _abort(self):
        self._aborting = True
        for child in self._tasks:
            if not child.done():
                child.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        waiting = self._all_done
        if waiting is not None and not self._tasks and not waiting.done():
            waiting.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _is_fatal(exc) and self._fatal is None:
            self._fatal = exc
        if self._parent.done():
            # The parent got away without waiting for us; all that is left is to report it.
            parent = self._parent
            message = (f'Task {task!r} has errored out but its parent task {parent} '
                       'is already completed')
            self._loop.call_exception_handler({'message': message, 'exception': exc, 'task': task})
            return
        if not self._aborting and not self._cancelled_parent:
            # The first failure while the body still runs: cancel the other children and
            # interrupt the body by cancelling the parent; __aexit__ takes that cancel
            # request back with uncancel().
            self._abort()
            self._cancelled_parent = True
            self._parent.cancel()
