# A timestamped job log from asyncio tasks: each worker stamps its steps with datetime.now() across sleeps; durations and a summary by minute.
import asyncio
from datetime import datetime, timedelta, timezone

log = []


def stamp(who, what):
    now = datetime.now()
    log.append((now, who, what))
    print(f"[{now:%H:%M:%S.%f}] {who:<8} {what}")


async def job(name, steps, pause):
    stamp(name, "start")
    started = datetime.now()
    for step in range(steps):
        await asyncio.sleep(pause)
        stamp(name, f"step {step + 1}/{steps}")
    took = datetime.now() - started
    stamp(name, f"done in {took} ({took.total_seconds():.3f}s)")
    return name, took


async def main():
    first = datetime.now()
    print("log opens", first.isoformat(timespec="milliseconds"), repr(first), datetime.now(timezone.utc).isoformat())
    results = await asyncio.gather(job("backup", 3, 20.5), job("report", 2, 31.25), job("mail", 4, 0.125))
    for name, took in sorted(results, key=lambda r: r[1]):
        print(f"{name:8} {took!r}")
    async with asyncio.timeout(5):
        await asyncio.sleep(1.000001)
    stamp("main", "after a short wait")
    deadline = datetime.now() + timedelta(minutes=2)
    while datetime.now() < deadline:
        await asyncio.sleep(45)
    stamp("main", f"passed the deadline by {datetime.now() - deadline}")
    total = datetime.now() - first
    print("total", total, total // timedelta(seconds=1), "whole seconds", divmod(total, timedelta(minutes=1)))


asyncio.run(main())
by_minute = {}
for when, who, what in log:
    by_minute.setdefault(when.replace(second=0, microsecond=0).isoformat(" ", "minutes"), []).append(who)
for minute, names in by_minute.items():
    print(minute, datetime.fromisoformat(minute).strftime("%a %H:%M"), names)
print(log[-1][0] > log[0][0], log[0][0].date() == datetime.today().date(), datetime.now() - log[-1][0] < timedelta(seconds=1))
