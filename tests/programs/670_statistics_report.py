# A small grade report with statistics: per-student summaries, the class mode and a z-score per mark.
import statistics as st

grades = {
    "ana": [78, 92, 85],
    "ben": [65, 70, 58],
    "cy": [90, 95, 100],
    "dee": [70, 70, 85],
}
for name, marks in grades.items():
    print(f"{name:4} mean={st.mean(marks):7.3f} median={st.median(marks)} range={max(marks) - min(marks)}")
everything = [m for marks in grades.values() for m in marks]
mu, sigma = st.mean(everything), st.pstdev(everything)
print(len(everything), mu, sigma, st.mode(everything))
for name, marks in grades.items():
    print(name, [round((m - mu) / sigma, 2) for m in marks])
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 8]), st.covariance([1, 2, 3], [1, 2, 4]))
slope, intercept = st.linear_regression([1, 2, 3, 4], [3, 5, 7, 9])
print(slope, intercept)
