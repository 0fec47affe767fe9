# Workers share the parent's stdout; real delays fix the order of their lines among the parent's.
from concurrent.futures import ProcessPoolExecutor
import time


def speak(name, delay):
    time.sleep(delay)
    print(f"worker {name} after {delay}s", flush=True)
    return name


if __name__ == "__main__":
    print("parent: before submit", flush=True)
    with ProcessPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(speak, "A", 0.3), pool.submit(speak, "B", 0.1), pool.submit(speak, "C", 0.5)]
        time.sleep(0.2)
        print("parent: at 0.2s", flush=True)
        time.sleep(0.2)
        print("parent: at 0.4s", flush=True)
        print("parent: results", [f.result() for f in futures], flush=True)
    print("parent: end", flush=True)
