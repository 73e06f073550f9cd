def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10))
print(c2())
def make_acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = make_acc()
print(acc(1), acc(2), acc(3))
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed'
        inner()
    middle()
    return x
print(outer())
