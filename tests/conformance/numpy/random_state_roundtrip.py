import numpy as np
np.random.seed(0)
st = np.random.get_state()
print(st[0], st[1][:4], st[1].dtype, st[1].shape, st[2], st[3], st[4])
a = np.random.rand(3).tolist()
g = np.random.randn()
st2 = np.random.get_state()
print(st2[2], st2[3], repr(st2[4]))
b = np.random.randn(2).tolist()
np.random.set_state(st)
print(np.random.rand(3).tolist() == a)
np.random.set_state(st2)
print(np.random.randn(2).tolist() == b)
d = np.random.get_state(legacy=False)
print(sorted(d), d['state']['pos'], d['has_gauss'])
rs = np.random.RandomState(5)
rs.set_state(d)
print(rs.randn(2).tolist() == np.random.randn(2).tolist())
rng = np.random.default_rng(0)
s = rng.bit_generator.state
print(s)
x = rng.integers(0, 10, 3)
print(rng.bit_generator.state['has_uint32'], rng.bit_generator.state['uinteger'])
rng.bit_generator.state = s
print(rng.integers(0, 10, 3).tolist() == x.tolist())
try:
    np.random.set_state(('PCG64', 1, 2))
except ValueError as e:
    print(e)
try:
    np.random.set_state(5)
except TypeError as e:
    print(e)
