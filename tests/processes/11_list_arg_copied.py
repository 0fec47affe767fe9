# A list passed to a worker is a copy: mutating it there leaves the parent's list unchanged.
from concurrent.futures import ProcessPoolExecutor


def mutate(items):
    items.append("added in worker")
    items[0] = "changed"
    return items


if __name__ == "__main__":
    original = ["first", "second"]
    with ProcessPoolExecutor(max_workers=1) as pool:
        back = pool.submit(mutate, original).result()
    print("parent list:", original)
    print("returned list:", back)
    print("same object:", back is original)
