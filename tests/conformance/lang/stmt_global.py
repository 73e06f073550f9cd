counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make_global():
    global created
    created = 'new global'
make_global()
print(created)
x = 'global x'
def read_only():
    return x
def shadow():
    x = 'local x'
    return x
print(read_only(), shadow(), x)
def outer():
    def inner():
        global x
        x = 'set by inner'
    inner()
outer()
print(x)
