# A lambda made inside main() is submitted and result() is not guarded: the program dies (exit 1).
from concurrent.futures import ProcessPoolExecutor


def main():
    with ProcessPoolExecutor(max_workers=1) as pool:
        f = pool.submit(lambda: 42)
        print("submitted", flush=True)
        print(f.result())
    print("never printed")


if __name__ == "__main__":
    main()
