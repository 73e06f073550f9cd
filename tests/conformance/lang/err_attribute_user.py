class Thing:
    def __init__(self):
        self.size = 1
t = Thing()
print(t.size)
print(t.weight)
