# expect-exit: 2
# expect-stderr: 85_indentation_expected_block.py:6:5: error: indentation error: expected an indented block after 'for' statement on line 5
# A body that is not indented, named after its statement and line.
async def worker(n):
    for i in range(n):
    await asyncio.sleep(i)
