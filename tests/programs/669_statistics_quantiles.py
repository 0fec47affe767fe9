# statistics.quantiles: quartiles, deciles, the inclusive method, on exam scores.
import statistics as st

scores = [55, 61, 63, 67, 70, 72, 75, 78, 81, 84, 88, 93]
print(st.quantiles(scores))
print(st.quantiles(scores, n=10))
print(st.quantiles(scores, n=4, method="inclusive"))
print(st.quantiles([1, 2], n=2), st.quantiles(range(1, 101), n=5))
q1, q2, q3 = st.quantiles(scores, n=4)
print("IQR", q3 - q1, "median", st.median(scores), q2 == st.median(scores))
try:
    st.quantiles([1], n=4)
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.quantiles(scores, n=0)
except st.StatisticsError as e:
    print("StatisticsError:", e)
