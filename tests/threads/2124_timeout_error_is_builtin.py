# In Python 3.11 concurrent.futures.TimeoutError is the built-in TimeoutError.
# realclock
import concurrent.futures

print(concurrent.futures.TimeoutError is TimeoutError)
print(issubclass(concurrent.futures.CancelledError, Exception))
print(concurrent.futures.FIRST_COMPLETED, concurrent.futures.ALL_COMPLETED)
