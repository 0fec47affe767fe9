# A caught RecursionError's traceback text: how many frames, CPython's "[Previous line repeated N more times]".
import traceback


def walk(node):
    return walk(node + 1)


def ping(n):
    return pong(n)


def pong(n):
    return ping(n)


def frames(exc):
    tb, count = exc.__traceback__, 0
    while tb is not None:
        count, tb = count + 1, tb.tb_next
    return count


for start in (walk, ping):
    try:
        start(0)
    except RecursionError as e:
        lines = traceback.format_exc().splitlines()
        print(start.__name__, "frames:", frames(e), "lines:", len(lines))
        for line in lines[-4:]:
            print(line.replace(__file__, "FILE"))
        print(repr(e), e.args)
