def guarded():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('generator cleanup')
for v in guarded():
    print(v)
def take(gen, n):
    out = []
    for v in gen:
        if len(out) == n:
            break
        out.append(v)
    return out
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(take(naturals(), 5))
class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
print(list(Tree(1, [Tree(2, [Tree(3)]), Tree(4)])))
