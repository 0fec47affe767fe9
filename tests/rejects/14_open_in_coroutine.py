# expect-exit: 2
# expect-stderr: 14_open_in_coroutine.py:12:18: error: unsupported: the builtin `open` (coroviz has no files; keep the data in the program)
# expect-stderr: ^
import asyncio

print("top-level code must not run when the file is rejected")


async def main(flag):
    for i in range(3):
        if flag:
            with open("x") as f:
                print(f)


asyncio.run(main(False))
