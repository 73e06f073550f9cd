x = 3
x * 2
x
"text"
None
[1, 2.5, 'a']
{'k': (1,)}
_
y = _ + [0]
y
1/0
x
def f(a, b=2):
    return a * b

f(4)
for i in range(3):
    i

class P:
    def __repr__(self):
        return 'P()'

P()
