# statistics' averages: mean of ints and floats, fmean, median (odd/even), median_low/high, mode and multimode.
import statistics as st

marks = [72, 85, 90, 66, 85, 78]
print(st.mean(marks), st.fmean(marks), st.median(marks), st.median_low(marks), st.median_high(marks))
print(st.mean([1, 2, 3, 4]), st.mean([1.5, 2.5]), st.median([3, 1, 2]), st.median([1, 2, 3, 4]))
print(st.mode(marks), st.mode("abracadabra"), st.multimode("aabbc"), st.multimode([]))
print(st.mean([0.1, 0.2, 0.3]), sum([0.1, 0.2, 0.3]) / 3, st.fmean([0.1, 0.2, 0.3]))
print(st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]), st.fmean([1, 2, 3], weights=[3, 1, 1]))
print(type(st.mean([1, 2])).__name__, type(st.mean([1, 3])).__name__, st.mean([True, False, True]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.median([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(st.StatisticsError.__mro__[1].__name__)
