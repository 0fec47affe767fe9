# statistics' spread: sample and population variance and standard deviation, with a known mean.
import statistics as st

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.pvariance(data), st.pstdev(data), st.variance(data), st.stdev(data))
print(st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
m = st.mean(data)
print(m, st.variance(data, xbar=m), st.pvariance(data, mu=m))
print(st.variance([3, 3, 3]), st.pstdev([10]), st.stdev([1, 2]))
try:
    st.variance([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.pvariance([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
