class Team:
    def __init__(self, *members):
        self.members = list(members)
    def __iter__(self):
        return iter(self.members)
t = Team('ann', 'bob', 'cy')
for m in t:
    print(m)
print(list(t), sorted(t, reverse=True))
print('bob' in t)
a, b, c = t
print(a, c)
print([m.upper() for m in t])
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
print(sum(Countdown(10)))
