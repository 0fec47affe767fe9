# CPU-bound work split into four ranges, computed in four processes and summed in the parent.
from concurrent.futures import ProcessPoolExecutor


def count_primes(lo, hi):
    count = 0
    for n in range(max(lo, 2), hi):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


def sum_squares(bounds):
    lo, hi = bounds
    return sum(i * i for i in range(lo, hi))


if __name__ == "__main__":
    N = 40000
    step = N // 4
    chunks = [(i * step, (i + 1) * step) for i in range(4)]
    with ProcessPoolExecutor(max_workers=4) as pool:
        parts = list(pool.map(count_primes, [lo for lo, _ in chunks], [hi for _, hi in chunks]))
        squares = sum(pool.map(sum_squares, chunks))
    print("primes per chunk:", parts)
    print("primes below", N, ":", sum(parts))
    print("matches serial:", sum(parts) == count_primes(0, N))
    print("sum of squares:", squares, squares == sum(i * i for i in range(N)))
