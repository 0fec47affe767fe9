# The library modules rewritten in our own words, at their corners: Counter arithmetic and
# comparisons, namedtuple checks, ChainMap/User* wrappers, pprint layouts, contextlib, logging
# styles and filters, statistics medians, Flag operators, dataclasses, textwrap, functools,
# string, typing, datetime replace(), json, copy, calendar and io.
import statistics, enum, dataclasses, textwrap, functools, string, typing, datetime, json, copy, calendar, io
from typing import NamedTuple, Generic, TypeVar, Protocol, Union, ForwardRef
from collections import Counter, OrderedDict, defaultdict, namedtuple, ChainMap, UserDict, UserList, UserString
import pprint, logging, sys, io
from contextlib import contextmanager, nullcontext, closing, suppress

a = Counter('abracadabra'); b = Counter(a=1, b=5, z=-2, q=3)
print('+', a + b, b + a); print('-', a - b, b - a); print('|', a | b, b | a); print('&', a & b, b & a)
print(+b, -b, a == b, a <= a + b, a < a + b, a >= b, a > b, a != b)
c = Counter(a); c += b; print(c); c -= b; print(c); c |= b; print(c); c &= a; print(c)
c.update('xyz'); c.update({'x': 5}); c.subtract('xx'); c.subtract({'y': 9}); print(c, repr(Counter()), c.total())
del c['nope']; print(c.most_common(2))
try: Counter.fromkeys('ab')
except NotImplementedError as e: print(e)
P = namedtuple('P', 'x y z', defaults=[2, 3]); p = P(1); print(p, p._replace(z=9), P._field_defaults, [k for k in P.__dict__ if k in ('_make', '__repr__', '__new__', '_replace', '_asdict', '__getnewargs__', '__match_args__', '__module__', '_fields')])
for bad in [('P', 'x _y'), ('P', 'x x'), ('P', 'x def'), ('1P', 'x'), ('P', ['x', 3])]:
    try: namedtuple(*bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
try: namedtuple('P', 'x', defaults=[1, 2])
except TypeError as e: print(e)
try: p._replace(w=1)
except ValueError as e: print(e)
print(namedtuple('R', 'a def _c a', rename=True)._fields)
d = defaultdict(list, a=[1]); print(d | {'b': 2}, {'b': 2} | d); d |= {'c': 3}; print(d)
o = OrderedDict(a=1); print(o | {'b': 2}, {'b': 2} | o); o |= {'c': 3}; print(o)
cm = ChainMap({'a': 1}, {'b': 2}); cm['c'] = 3; del cm['c']; print(cm, len(cm), list(cm), cm.pop('a'), cm)
try: cm.popitem()
except KeyError as e: print(e)
try: del cm['zz']
except KeyError as e: print(e)
cm |= {'q': 1}; print(cm | {'r': 2}, {'r': 2} | cm)
ud = UserDict(a=1); ud['b'] = 2; del ud['a']; print(ud, len(ud), 'b' in ud, ud.get('x', 7), ud | {'c': 1}, ud.copy())
ul = UserList([3, 1, 2]); ul.append(5); ul.insert(0, 9); ul.extend([7]); ul.remove(1); ul.sort(); ul.reverse()
print(ul, ul.pop(), ul.index(3), ul.count(2), ul[1:], ul + [1], [1] + ul, ul * 2, 3 in ul, len(ul)); ul *= 2; print(ul); ul.clear(); print(ul)
us = UserString('Hello World'); print(us.upper(), us.lower(), us.split(), us.join('ab'), us.isupper(), us.find('o'), us[1:4], us + '!', len(us), int(UserString('42')), str(us), repr(us), us.zfill(14), us.ljust(13, '*'))
data = {'k%d' % i: list(range(i)) for i in range(12)}
data["s"] = 'word ' * 30 + '\nline two ' * 5
pprint.pprint(data); pprint.pprint(data, width=40, compact=True); pprint.pprint([data, (1,), (), [], {}, set()], depth=2)
pprint.pprint(list(range(40)), compact=True, indent=3); print(pprint.pformat('x' * 100, width=30)); print(pprint.saferepr([1, [2]]), pprint.isreadable([1]), pprint.isrecursive([1]))
@contextmanager
def cm1():
    print('in'); yield 5; print('out')
with cm1() as v: print(v)
@contextmanager
def bad():
    if False: yield
try:
    with bad(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1; yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
with nullcontext(3) as n: print(n)
with suppress(KeyError): {}['x']
class T:
    def close(self): print('closed')
with closing(T()) as t: print(type(t).__name__)
out = io.StringIO()
logging.basicConfig(stream=out, level=logging.DEBUG, format='%(levelname)s %(name)s %(message)s')
log = logging.getLogger('app.sub'); log.debug('d %s', 1); log.info('i'); log.warning('w %(x)s', {'x': 2}); log.error('e'); log.critical('c'); log.log(25, 'lvl')
try: 1/0
except ZeroDivisionError: log.exception('boom')
ad = logging.LoggerAdapter(log, {'u': 1}); ad.info('adapted'); print(repr(ad), repr(log), log.getEffectiveLevel(), log.getChild('x').name, logging.getLogger().getChild('y').name)
f = logging.Filter('app'); print(f.filter(logging.makeLogRecord({'name': 'app.sub'})), f.filter(logging.makeLogRecord({'name': 'apple'})))
print(logging.getLevelName(10), logging.getLevelName('WARN'), logging.getLevelName(33), list(logging.getLevelNamesMapping()))
h = logging.StreamHandler(out); h.setFormatter(logging.Formatter('{levelname}|{message}', style='{')); log.addHandler(h); log.warning('brace'); log.removeHandler(h)
h2 = logging.StreamHandler(out); h2.setFormatter(logging.Formatter('$levelname/$message', style='$')); log.addHandler(h2); log.warning('dollar')
for st, fm in (('%', 'nofields'), ('{', 'nofields'), ('$', 'nofields')):
    try: logging.Formatter(fm, style=st)
    except ValueError as e: print(e)
try: log.info('x', extra={'message': 1})
except KeyError as e: print(e)
logging.disable(logging.ERROR); log.warning('hidden'); logging.disable(logging.NOTSET)
print(logging.root.manager.disable, repr(h2))
try: logging.Formatter('%(nope)s').format(logging.makeLogRecord({}))
except ValueError as e: print(e)
sys.stdout.write(out.getvalue().replace(__file__, 'F'))
print(statistics.median([3, 1, 2]), statistics.median([4, 1, 3, 2]), statistics.median_low([4, 1, 3, 2]), statistics.median_high([4, 1, 3, 2]), statistics.median_low([5, 1, 3]))
for f in (statistics.median, statistics.median_low, statistics.median_high):
    try: f([])
    except statistics.StatisticsError as e: print(e)
print(statistics.fmean([1, 2, 3]), statistics.fmean(iter([1, 2, 4])), statistics.fmean([1, 2], weights=iter([1, 3])), statistics.harmonic_mean([1, 2, 4]), statistics.harmonic_mean([1, 2], weights=iter([1, 2])))
for args in (([],), ([1, 2], [1])):
    try: statistics.fmean(*args)
    except statistics.StatisticsError as e: print(e)
try: statistics.harmonic_mean([1, -2])
except statistics.StatisticsError as e: print(e)
class Color(enum.Flag):
    R = enum.auto(); G = enum.auto(); B = enum.auto()
print(Color.R | Color.G, Color.R & Color.G, Color.R ^ Color.B, ~Color.R, bool(Color(0)), Color.R.name, Color.R.value, repr(enum.auto()))
class P(enum.IntFlag):
    X = 1; Y = 2
print(P.X | 2, 2 | P.X, P.X & 3, P.X ^ 1)
try: Color.R | 1
except TypeError as e: print(e)
class E(enum.Enum):
    A = 1
try: E(5)
except ValueError as e: print(e)
@dataclasses.dataclass
class D:
    x: int
    y: dataclasses.InitVar[int] = 0
    z: list = dataclasses.field(default_factory=list)
print(D(1), dataclasses.fields(D)[0].name, repr(dataclasses.InitVar[int]), D.__dataclass_params__.frozen)
@dataclasses.dataclass
class D2(D):
    w: int = 5
print(D2(1), [f.name for f in dataclasses.fields(D2)])
s = "Hello there.  This is a test. Of the wrap. function and fix sentence endings. " * 3
print(textwrap.wrap(s, 30, fix_sentence_endings=True)); print(textwrap.fill(s, width=25, max_lines=3)); w = textwrap.TextWrapper(width=20, initial_indent='> '); print(w.wrap(s)[:3])
class C:
    @functools.cached_property
    def v(self):
        print('computing'); return 42
c = C(); print(c.v, c.v, C.v.attrname)
@functools.singledispatch
def g(x): return 'obj'
@g.register
def _(x: int): return 'int'
g.register(str, lambda x: 'str')
@g.register(list)
def _(x): return 'list'
print(g(1), g('a'), g([]), g(2.0))
try: g()
except TypeError as e: print(e)
try: g.register(3, len)
except TypeError as e: print(e)
class M:
    @functools.singledispatchmethod
    def h(self, x): return 'base'
    @h.register
    def _(self, x: int): return 'int'
print(M().h(1), M().h('s'))
t = string.Template('Hi $name, ${x}!'); print(t.substitute(name='a', x=1), t.get_identifiers(), t.is_valid())
try: string.Template('a\nb $').substitute()
except ValueError as e: print(e)
try: string.Template('$').substitute()
except ValueError as e: print(e)
print(string.Formatter().format('{0}-{x:>{w}}', 1, x='y', w=3))
class NT(NamedTuple):
    a: int
    b: int = 2
print(NT(1), ForwardRef('x') == ForwardRef('x'), typing.List[int] == typing.List[int], Union[int], Union[int, str])
try: Union[()]
except TypeError as e: print(e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e: print(e)
try: isinstance(1, typing.Any)
except TypeError as e: print(e)
d = datetime.date(2020, 5, 17); print(d.replace(day=1), d.replace(year=2021, month=2), datetime.date.min, datetime.date.max, datetime.time.min, datetime.time.max)
dt = datetime.datetime(2020, 1, 2, 3, 4, 5, 6); print(dt.replace(hour=9, tzinfo=datetime.timezone.utc), dt.replace(), datetime.time(1, 2).replace(minute=5, fold=1).fold)
tz = datetime.timezone(datetime.timedelta(hours=1), 'X'); print(tz == datetime.timezone(datetime.timedelta(hours=1)), hash(tz) == hash(datetime.timezone(datetime.timedelta(hours=1))), repr(tz))
td = datetime.timedelta(days=1, hours=2); print(divmod(td, datetime.timedelta(hours=5)), td - datetime.timedelta(hours=1), datetime.timedelta(hours=30) - td)
print(json.loads('{"a": 1.5, "b": [1, 2]}', parse_float=str), json.dumps({'a': [1, 2]}, indent=2), json.dumps([1, 2], separators=(',', ':')))
try: json.loads('[1] x')
except json.JSONDecodeError as e: print(e, e.pos, e.lineno, e.colno)
a = [1, [2]]; a.append(a); b = copy.deepcopy(a); print(b[2] is b, b[1] is not a[1], copy.copy(D(3)))
print(calendar.Calendar(8).firstweekday, list(calendar.Calendar(1).iterweekdays()))
try: calendar.monthrange(2020, 13)
except calendar.IllegalMonthError as e: print(e)
print(list(io.StringIO('a\nb\n')))
