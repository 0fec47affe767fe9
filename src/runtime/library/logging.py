# logging, written for coroviz: loggers in a dotted-name hierarchy under the root, levels,
# handlers writing to streams (sys.stdout, sys.stderr, an io.StringIO, anything with a
# write), formatters in the three styles, filters and adapters, behaving as CPython 3.11's
# logging does for one thread in one process. Times are the virtual clock's time.time();
# local time is UTC. What the VM knows (the exception being handled, the calling frame,
# traceback text) comes from _logsupport. Files, sockets, threads and logging.config are
# not modelled: the compiler refuses their names.

import sys as _sys
from collections.abc import Mapping as _Mapping
from string import Template as _Template
from time import time as _now
from time import localtime as _localtime
from time import gmtime as _gmtime
from time import strftime as _strftime
import _logsupport

__all__ = ['BASIC_FORMAT', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'Filter', 'Formatter',
           'Handler', 'INFO', 'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig', 'critical',
           'debug', 'disable', 'error', 'exception', 'fatal', 'getLevelName', 'getLogger',
           'getLoggerClass', 'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warning', 'getLogRecordFactory', 'setLogRecordFactory', 'lastResort',
           'raiseExceptions', 'getLevelNamesMapping']

# When the run started: CPython's logging is imported (by asyncio, or by the program)
# before the program's first line, so relativeCreated counts from there.
_startTime = _logsupport.start_time()

# Whether errors inside handlers are reported on stderr (handleError) or swallowed. These
# settings, and lastResort, are read from the module each time (_setting): a program sets
# them as `logging.raiseExceptions = False`.
raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

# The numbered levels. FATAL and WARN are other spellings of CRITICAL and WARNING.
CRITICAL, ERROR, WARNING, INFO, DEBUG, NOTSET = 50, 40, 30, 20, 10, 0
FATAL, WARN = CRITICAL, WARNING

# Both directions of the level table. A name that is only an alias parses to its number
# but is never what a number prints as; the rows are in the order getLevelNamesMapping()
# shows them.
_levelToName = {}
_nameToLevel = {}
for _row_name, _row_level, _row_alias in (
        ('CRITICAL', CRITICAL, False), ('FATAL', FATAL, True), ('ERROR', ERROR, False),
        ('WARN', WARN, True), ('WARNING', WARNING, False), ('INFO', INFO, False),
        ('DEBUG', DEBUG, False), ('NOTSET', NOTSET, False)):
    _nameToLevel[_row_name] = _row_level
    if not _row_alias:
        _levelToName[_row_level] = _row_name
del _row_name, _row_level, _row_alias


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    # A number gives its name and a name its number; anything else is "Level x".
    name = _levelToName.get(level)
    if name is not None:
        return name
    number = _nameToLevel.get(level)
    if number is not None:
        return number
    return "Level %s" % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _setting(name):
    import logging as _me
    return getattr(_me, name)


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# The frames that belong to logging itself are skipped when looking for the caller.
_OWN_FILE = 'logging.py'


def _is_own(frame):
    return frame[3] and frame[0] == _OWN_FILE


def _basename(path):
    return path[path.rfind('/') + 1:]


def _stem(filename):
    # os.path.splitext: the last dot, unless the name only starts with dots.
    dot = filename.rfind('.')
    if dot <= 0 or filename[:dot].strip('.') == '':
        return filename
    return filename[:dot]


def _stack_text(frames):
    # traceback.format_stack of the program's frames, outermost first.
    lines = []
    for file, line, func, library in frames:
        lines.append('  File "%s", line %d, in %s\n' % (file, line, func))
        source = _logsupport.source_line(file, line)
        if source:
            lines.append('    %s\n' % source)
    return ''.join(lines)


class LogRecord(object):
    """One logged event: who logged it, where, when, the message and its arguments."""

    def __init__(self, name, level, pathname, lineno,
                 msg, args, exc_info, func=None, sinfo=None, **kwargs):
        created = _now()
        # A lone non-empty mapping is the arguments themselves: "%(user)s" % {"user": ...}.
        lone = args[0] if args and len(args) == 1 else None
        if isinstance(lone, _Mapping) and lone:
            args = lone
        if isinstance(pathname, str):
            filename = _basename(pathname)
            module = _stem(filename)
        else:
            filename, module = pathname, "Unknown module"
        # The attributes in CPython's order: a program may print vars(record).
        self.name, self.msg, self.args = name, msg, args
        self.levelname, self.levelno = getLevelName(level), level
        self.pathname, self.filename, self.module = pathname, filename, module
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = created
        self.msecs = int((created - int(created)) * 1000) + 0.0
        self.relativeCreated = (created - _startTime) * 1000
        # One thread in one process: the names CPython gives the main ones.
        if _setting('logThreads'):
            self.thread = 1
            self.threadName = 'MainThread'
        else:
            self.thread = None
            self.threadName = None
        self.processName = 'MainProcess' if _setting('logMultiprocessing') else None
        self.process = 1 if _setting('logProcesses') else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno,
                                                     self.pathname, self.lineno, self.msg)

    def getMessage(self):
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    # An empty record from the factory, then the given attributes laid over it.
    blank = _logRecordFactory(None, None, "", 0, "", (), None, None)
    blank.__dict__.update(dict)
    return blank


# ----- the three format styles -----------------------------------------------------------

_PERCENT_FLAGS = '#0+ -'
_PERCENT_CONVERSIONS = 'diouxefgcrsaDIOUXEFGCRSA%'


def _has_percent_field(fmt):
    # Whether fmt holds a "%(name)[flags][width][.precision]conversion" field.
    start = fmt.find('%(')
    while start >= 0:
        i = start + 2
        j = i
        while j < len(fmt) and (fmt[j].isalnum() or fmt[j] == '_'):
            j += 1
        if j > i and j < len(fmt) and fmt[j] == ')':
            j += 1
            while j < len(fmt) and fmt[j] in _PERCENT_FLAGS:
                j += 1
            if j < len(fmt) and fmt[j] == '*':
                j += 1
            else:
                while j < len(fmt) and fmt[j].isdigit():
                    j += 1
            if j < len(fmt) and fmt[j] == '.':
                j += 1
                if j < len(fmt) and fmt[j] == '*':
                    j += 1
                else:
                    while j < len(fmt) and fmt[j].isdigit():
                        j += 1
            if j < len(fmt) and fmt[j] in _PERCENT_CONVERSIONS:
                return True
        start = fmt.find('%(', start + 1)
    return False


def _record_values(defaults, record):
    if defaults:
        return defaults | record.__dict__
    return record.__dict__


class PercentStyle(object):
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        # No format (or an empty one) means the style's own default.
        self._fmt = fmt if fmt else self.default_format
        self._defaults = defaults

    def format(self, record):
        # A field the record lacks is a KeyError from the substitution; logging reports
        # it as a ValueError naming the field.
        try:
            text = self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)
        return text

    def _format(self, record):
        return self._fmt % _record_values(self._defaults, record)

    def usesTime(self):
        return self._fmt.find(self.asctime_search) != -1

    def validate(self):
        if not _has_percent_field(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))


def _brace_fields(fmt):
    # The field names of a str.format template, checking braces as str.format does.
    fields = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '{':
            if i + 1 < n and fmt[i + 1] == '{':
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if fmt[j] == '{':
                    depth += 1
                elif fmt[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            inner = fmt[i + 1:j - 1]
            name = inner
            for stop in ('!', ':'):
                k = name.find(stop)
                if k >= 0:
                    name = name[:k]
            conversion = None
            bang = inner.find('!')
            if bang >= 0 and (inner.find(':') < 0 or bang < inner.find(':')):
                conversion = inner[bang + 1:bang + 2]
            fields.append((name, conversion))
            i = j
        elif c == '}':
            if i + 1 < n and fmt[i + 1] == '}':
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            i += 1
    return fields


def _field_name_ok(name):
    head = name
    for stop in ('.', '['):
        k = head.find(stop)
        if k >= 0:
            head = head[:k]
    return head != '' and (head.isdigit() or head.replace('_', 'a').isalnum())


class StrFormatStyle(PercentStyle):
    # str.format fields: {name}, {name:spec}, {name!r}.
    asctime_format = '{asctime}'
    asctime_search = '{asctime'
    default_format = '{message}'

    def _format(self, record):
        return self._fmt.format(**_record_values(self._defaults, record))

    def validate(self):
        try:
            found = False
            for name, conversion in _brace_fields(self._fmt):
                if name:
                    if not _field_name_ok(name):
                        raise ValueError('invalid field name/expression: %r' % name)
                    found = True
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not found:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    # string.Template fields: $name or ${name}.
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'
    default_format = '${message}'

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The template is compiled once, when the formatter is made.
        self._tpl = _Template(self._fmt)

    def usesTime(self):
        return self._fmt.find('$asctime') >= 0 or self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        fmt = self._fmt
        found = False
        i = 0
        n = len(fmt)
        while i < n:
            if fmt[i] != '$':
                i += 1
                continue
            if i + 1 < n and fmt[i + 1] == '$':
                i += 2
                continue
            j = i + 1
            braced = j < n and fmt[j] == '{'
            if braced:
                j += 1
            k = j
            if k < n and (fmt[k].isalpha() or fmt[k] == '_') and fmt[k].isascii():
                k += 1
                while k < n and (fmt[k].isalnum() or fmt[k] == '_') and fmt[k].isascii():
                    k += 1
            if k > j and (not braced or (k < n and fmt[k] == '}')):
                found = True
                i = k + 1 if braced else k
                continue
            raise ValueError("invalid format: bare '$' not allowed")
        if not found:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**_record_values(self._defaults, record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# Formatter(style=...) by its key: the style's class, and the format basicConfig gives it.
_STYLES = {'%': (PercentStyle, BASIC_FORMAT),
           '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
           '$': (StringTemplateStyle, '${levelname}:${name}:${message}')}


def _format_exception_text(value):
    # traceback.print_exception's text for the exception (or "NoneType: None").
    if value is None:
        return 'NoneType: None\n'
    return _logsupport.format_exception(value)


class Formatter(object):
    """Turns a LogRecord into text: a format string over the record's attributes."""

    converter = staticmethod(_localtime)
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        convert = self.converter
        # time.gmtime or time.localtime put on the class: CPython's are builtins, which
        # never become methods; coroviz's are Python functions, which would.
        if getattr(convert, '__self__', None) is self and convert.__func__ in (_gmtime, _localtime):
            convert = convert.__func__
        stamp = convert(record.created)
        if datefmt:
            return _strftime(datefmt, stamp)
        text = _strftime(self.default_time_format, stamp)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        text = _format_exception_text(ei[1])
        if text[-1:] == "\n":
            text = text[:-1]
        return text

    def formatStack(self, stack_info):
        # The stack text is already formatted when the record is made.
        return stack_info

    def formatMessage(self, record):
        return self._style.format(record)

    def usesTime(self):
        return self._style.usesTime()

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info:
            # Kept on the record: every handler shows the same traceback text.
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if text[-1:] != "\n":
                text = text + "\n"
            text = text + record.exc_text
        if record.stack_info:
            if text[-1:] != "\n":
                text = text + "\n"
            text = text + self.formatStack(record.stack_info)
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record, a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if len(records) == 0:
            return ""
        text = self.formatHeader(records)
        for record in records:
            text = text + self.linefmt.format(record)
        return text + self.formatFooter(records)


# ----- filters ---------------------------------------------------------------------------

class Filter(object):
    """Lets through the records of one logger and the loggers below it (all, if no name)."""

    def __init__(self, name=''):
        self.name, self.nlen = name, len(name)

    def filter(self, record):
        # Passes a record from the named logger itself or from one whose name continues
        # it after a dot ("a.b" passes "a.b.c", not "a.bc"); the empty name passes all.
        if not self.nlen or record.name == self.name:
            return True
        if record.name.find(self.name, 0, self.nlen) == 0:
            return record.name[self.nlen] == "."
        return False


class Filterer(object):
    """What loggers and handlers share: a list of filters, all of which must pass."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        # Each filter at most once, in the order added.
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        try:
            self.filters.remove(filter)
        except ValueError:
            pass

    def filter(self, record):
        for f in self.filters:
            if hasattr(f, 'filter'):
                passed = f.filter(record)
            else:
                passed = f(record)
            if not passed:
                return False
        return True


# ----- handlers --------------------------------------------------------------------------

# Named handlers, and every handler made, newest last (what shutdown() closes).
_handlers = {}
_handlerList = []


class Handler(Filterer):
    """Where records go: subclasses define emit(); level, filters and formatter decide."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name, self.level = None, _checkLevel(level)
        self.formatter, self._closed = None, False
        # shutdown() flushes and closes every handler made, newest first.
        _handlerList.append(self)
        self.createLock()

    def set_name(self, name):
        # A named handler is findable by its name until renamed or closed.
        _handlers.pop(self._name, None)
        self._name = name
        if name:
            _handlers[name] = self

    def get_name(self):
        return self._name

    name = property(get_name, set_name)

    # One thread, no forks: the lock is nothing and taking it does nothing.
    def createLock(self):
        self.lock = None

    def acquire(self):
        pass

    def release(self):
        pass

    def _at_fork_reinit(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        # Emits the record if the filters pass it, under the handler's lock; says whether
        # they did.
        passed = self.filter(record)
        if not passed:
            return passed
        self.acquire()
        try:
            self.emit(record)
        finally:
            self.release()
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name and self._name in _handlers:
            del _handlers[self._name]

    def handleError(self, record):
        # What CPython writes to stderr when emit fails: the traceback, where the program
        # logged from, and the message with its arguments (the last line).
        if not (_setting('raiseExceptions') and _sys.stderr):
            return
        err = _sys.stderr
        err.write('--- Logging error ---\n')
        err.write(_format_exception_text(_logsupport.handled()))
        err.write('Call stack:\n')
        program = [f for f in _logsupport.frames() if not f[3]]
        if program:
            err.write(_stack_text(program))
        else:
            err.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
        try:
            err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
        except RecursionError:
            raise
        except Exception:
            err.write('Unable to print the message and arguments'
                      ' - possible formatting error.\nUse the'
                      ' traceback above to help find the error.\n')

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record and a newline to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = _sys.stderr
        self.stream = stream

    def flush(self):
        if self.stream and hasattr(self.stream, "flush"):
            self.stream.flush()

    def setStream(self, stream):
        # Swaps in a new stream, flushing the old one, and gives back the old one (None if
        # the stream was the same).
        if stream is self.stream:
            return None
        previous = self.stream
        self.flush()
        self.stream = stream
        return previous

    def emit(self, record):
        try:
            text = self.format(record)
            out = self.stream
            out.write(text + self.terminator)
            self.flush()
        except RecursionError:  # running out of stack is not a logging error
            raise
        except Exception:  # reported on stderr; the program goes on
            self.handleError(record)

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """The last resort: whatever sys.stderr is at the time of each record."""

    def __init__(self, level=NOTSET):
        # Not StreamHandler's __init__: the stream is looked up on each use, never kept.
        Handler.__init__(self, level)

    # sys.stderr as it is at each record, not as it was when the handler was made.
    @property

    def stream(self):
        return _sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Takes records and does nothing with them (for libraries that log)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# ----- loggers and their hierarchy -------------------------------------------------------

class PlaceHolder(object):
    """Stands in the hierarchy for a dotted name no one asked for yet (`a` of `a.b`)."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


_loggerClass = None


def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """Keeps every logger by name and links each to its nearest existing ancestor."""

    def __init__(self, rootnode):
        self.root, self.disable = rootnode, 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = self.logRecordFactory = None

    # manager.disable is kept as a number, whether set from a level's name or number.
    def _disable_get(self):
        return self._disable

    def _disable_set(self, value):
        self._disable = _checkLevel(value)

    disable = property(_disable_get, _disable_set)
    del _disable_get, _disable_set

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        existing = self.loggerDict.get(name)
        if existing is not None and not isinstance(existing, PlaceHolder):
            return existing
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        if existing is not None:
            self._fixupChildren(existing, made)
        self._fixupParents(made)
        return made

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        # Walk up the dotted name: the first real logger is the parent; the names on the
        # way get placeholders that remember this logger.
        name = alogger.name
        i = name.rfind(".")
        parent = None
        while i > 0 and not parent:
            prefix = name[:i]
            if prefix not in self.loggerDict:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            else:
                found = self.loggerDict[prefix]
                if isinstance(found, Logger):
                    parent = found
                else:
                    found.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if not parent:
            parent = self.root
        alogger.parent = parent

    def _fixupChildren(self, ph, alogger):
        # The loggers below a placeholder now hang from the logger that replaces it,
        # unless they already have a nearer parent below it.
        name = alogger.name
        size = len(name)
        for child in ph.loggerMap.keys():
            if child.parent.name[:size] != name:
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        # Forgets every logger's remembered isEnabledFor answers (placeholders have none).
        self.root._cache.clear()
        for entry in self.loggerDict.values():
            if isinstance(entry, Logger):
                entry._cache.clear()


class Logger(Filterer):
    """A named channel: records at or above its effective level go to its handlers and
    to those of its ancestors while propagate is true."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name, self.level = name, _checkLevel(level)
        self.parent, self.propagate = None, True
        self.handlers, self.disabled = [], False
        # isEnabledFor's answers by level, until some level changes anywhere.
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        # Descendants inherit the level: every logger's remembered answers may be stale.
        self.manager._clear_cache()

    # One method per level; each does nothing at all when the level is not enabled.
    def debug(self, msg, *args, **kwargs):
        if not self.isEnabledFor(DEBUG):
            return
        self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if not self.isEnabledFor(INFO):
            return
        self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if not self.isEnabledFor(WARNING):
            return
        self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _logsupport.unmodelled("`Logger.warn` (deprecated; its DeprecationWarning)")

    def error(self, msg, *args, **kwargs):
        if not self.isEnabledFor(ERROR):
            return
        self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if not self.isEnabledFor(CRITICAL):
            return
        self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if _setting('raiseExceptions'):
                raise TypeError("level must be an integer")
            return
        if not self.isEnabledFor(level):
            return
        self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        # The frame that called into logging, or stacklevel-1 frames further out.
        frames = _logsupport.frames()
        at = len(frames) - 1
        while at >= 0 and _is_own(frames[at]):
            at -= 1
        if at < 0:
            return "(unknown file)", 0, "(unknown function)", None
        while stacklevel > 1 and at > 0:
            at -= 1
            if not _is_own(frames[at]):
                stacklevel -= 1
        file, line, func, library = frames[at]
        sinfo = None
        if stack_info:
            shown = [f for f in frames[:at + 1] if not _is_own(f)]
            # Under a running event loop CPython's stack holds asyncio's frames, and
            # coroviz's library frames are not CPython's: neither is shown as CPython would.
            if _logsupport.loop_running() or any(f[3] for f in shown):
                _logsupport.unmodelled("`stack_info=True` with asyncio's or the library's frames on the stack")
            text = 'Stack (most recent call last):\n' + _stack_text(shown)
            if text[-1] == '\n':
                text = text[:-1]
            sinfo = text
        return file, line, func, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is None:
            return record
        attrs = record.__dict__
        for key in extra:
            # extra may add attributes, never replace one (message and asctime are made
            # later, by format()).
            if key in ("message", "asctime") or key in attrs:
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            attrs[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        if exc_info and not isinstance(exc_info, tuple):
            # An exception is shown as itself; any other true value means the exception
            # being handled now.
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            else:
                exc_info = _exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info,
                                 func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if self.disabled or not self.filter(record):
            return
        self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        logger = self
        while logger:
            if logger.handlers:
                return True
            if not logger.propagate:
                return False
            logger = logger.parent
        return False

    def callHandlers(self, record):
        logger = self
        found = 0
        while logger:
            for hdlr in logger.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not logger.propagate:
                logger = None
            else:
                logger = logger.parent
        if found == 0:
            last = _setting('lastResort')
            if last:
                if record.levelno >= last.level:
                    last.handle(record)
            elif _setting('raiseExceptions') and not self.manager.emittedNoHandlerWarning:
                _sys.stderr.write("No handlers could be found for logger"
                                 " \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True  # said once per manager

    def getEffectiveLevel(self):
        # The first level set on the way up towards the root; NOTSET if there is none.
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        if level in self._cache:
            return self._cache[level]
        if self.manager.disable >= level:
            enabled = False
        else:
            enabled = level >= self.getEffectiveLevel()
        self._cache[level] = enabled
        return enabled

    def getChild(self, suffix):
        # The root's children have top-level names; anyone else's are dotted onto theirs.
        if self.root is self:
            return self.manager.getLogger(suffix)
        return self.manager.getLogger('.'.join((self.name, suffix)))

    def __repr__(self):
        shown = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, shown)


class RootLogger(Logger):
    """The top of the hierarchy, named "root"."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


def _exc_info():
    # sys.exc_info(): the exception being handled where logging was called.
    value = _logsupport.handled()
    if value is None:
        return (None, None, None)
    return (type(value), value, value.__traceback__)


class LoggerAdapter(object):
    """A logger with context: process() adds `extra` to every call."""

    def __init__(self, logger, extra=None):
        self.logger, self.extra = logger, extra

    def process(self, msg, kwargs):
        # The base adapter replaces any extra given in the call with its own.
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _logsupport.unmodelled("`LoggerAdapter.warn` (deprecated; its DeprecationWarning)")

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        msg, kwargs = self.process(msg, kwargs)
        self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    # manager and name are the wrapped logger's, read and written through.
    def _manager_get(self):
        return self.logger.manager

    def _manager_set(self, value):
        self.logger.manager = value

    manager = property(_manager_get, _manager_set)
    name = property(lambda self: self.logger.name)
    del _manager_get, _manager_set

    def __repr__(self):
        wrapped = self.logger
        shown = getLevelName(wrapped.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, wrapped.name, shown)


# The hierarchy's top, shared by every Logger through the class.
root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


# ----- module-level configuration and shortcuts ------------------------------------------

def basicConfig(**kwargs):
    # Gives the root logger a handler with a formatter, unless it has one already
    # (or force=True removes those first). Options are taken off `kwargs` one by one, so
    # whatever is left at the end was not understood.
    option = kwargs.pop
    force = option('force', False)
    option('encoding', None)
    option('errors', 'backslashreplace')
    if force:
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    if root.handlers:
        return
    given = option("handlers", None)
    has_stream, has_file = "stream" in kwargs, "filename" in kwargs
    if given is not None and (has_stream or has_file):
        raise ValueError("'stream' or 'filename' should not be "
                         "specified together with 'handlers'")
    if given is None and has_stream and has_file:
        raise ValueError("'stream' and 'filename' should not be specified together")
    if given is None:
        if option("filename", None):
            _logsupport.unmodelled("log files (`logging.basicConfig(filename=...)`)")
        option("filemode", 'a')
        given = [StreamHandler(option("stream", None))]
    datefmt = option("datefmt", None)
    style = option("style", '%')
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
    shared = Formatter(option("format", _STYLES[style][1]), datefmt, style)
    for handler in given:
        if handler.formatter is None:
            handler.setFormatter(shared)
        root.addHandler(handler)
    level = option("level", None)
    if level is not None:
        root.setLevel(level)
    if kwargs:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


def getLogger(name=None):
    # No name, or the root's own name, is the root logger.
    if name and not (isinstance(name, str) and name == root.name):
        return Logger.manager.getLogger(name)
    return root


def _configured():
    if len(root.handlers) == 0:
        basicConfig()


def critical(msg, *args, **kwargs):
    _configured()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    _configured()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _configured()
    root.warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _configured()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _configured()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _configured()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    # Flush and close every handler, newest first; errors are ignored as at exit.
    for h in handlerList[:][::-1]:
        try:
            h.acquire()
            try:
                h.flush()
                h.close()
            except (OSError, ValueError):
                pass
            finally:
                h.release()
        except Exception:
            if _setting('raiseExceptions'):
                raise


# ----- what asyncio logs ------------------------------------------------------------------
# CPython's asyncio logs to the "asyncio" logger from its own files; the records carry
# those files' names and lines (the paths are where CPython keeps its library).

_ASYNCIO_DIR = '/usr/lib/python3.11/asyncio/'


def _asyncio_imported():
    # asyncio's import makes the loggers of concurrent.futures and of asyncio itself.
    Logger.manager.getLogger('concurrent.futures')
    Logger.manager.getLogger('asyncio')


def _asyncio_log(level, file, line, func, msg, args, exc_info):
    logger = getLogger('asyncio')
    if logger.isEnabledFor(level):
        record = logger.makeRecord('asyncio', level, _ASYNCIO_DIR + file, line, msg, args,
                                   exc_info, func, None, None)
        logger.handle(record)


def _loop_made():
    # A selector event loop, as it is made (selector_events' BaseSelectorEventLoop).
    _asyncio_log(DEBUG, 'selector_events.py', 54, '__init__', 'Using selector: %s',
                 ('EpollSelector',), None)


def _asyncio_error(message, exc):
    # The loop's default exception handler (base_events' default_exception_handler).
    exc_info = False
    if exc is not None:
        exc_info = (type(exc), exc, exc.__traceback__)
    _asyncio_log(ERROR, 'base_events.py', 1771, 'default_exception_handler', message, (),
                 exc_info)


if _logsupport.asyncio_imported():
    _asyncio_imported()
