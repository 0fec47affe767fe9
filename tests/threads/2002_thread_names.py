# Threads get default names "Thread-N (target)" unless given name=.
# realclock
import threading


def work():
    print("running in", threading.current_thread().name)


a = threading.Thread(target=work)
b = threading.Thread(target=work, name="downloader")
c = threading.Thread(target=work)
for t in (a, b, c):
    print("made", t.name)
for t in (a, b, c):
    t.start()
    t.join()
