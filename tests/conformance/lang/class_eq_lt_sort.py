class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f'v{self.major}.{self.minor}'
vs = [Version(1, 2), Version(0, 9), Version(1, 0), Version(0, 9)]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(max(vs), min(vs))
print(Version(1, 0) == Version(1, 0), Version(1, 0) != Version(1, 1))
print(Version(1, 0) < Version(2, 0), Version(3, 0) > Version(2, 0))
print(Version(0, 9) in vs, vs.index(Version(1, 0)), vs.count(Version(0, 9)))
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
