# threading.excepthook can be replaced to handle exceptions that escape threads.
# realclock
import threading


def hook(args):
    print(f"caught {args.exc_type.__name__}({args.exc_value}) from {args.thread.name}")


threading.excepthook = hook


def divide(a, b):
    print(a / b)


for b in (2, 0, 4):
    t = threading.Thread(target=divide, args=(8, b), name=f"divide-by-{b}")
    t.start()
    t.join()
