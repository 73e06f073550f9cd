a = [5, 2, 8, 1, 9]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
w = ['banana', 'Apple', 'fig', 'cherry']
w.sort(key=len)
print(w)
w.sort(key=lambda s: s.lower())
print(w)
recs = [('x', 3), ('y', 1), ('z', 3), ('w', 1)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
print(a.sort())
f = [3.5, -1.0, 2, 0]
f.sort()
print(f)
