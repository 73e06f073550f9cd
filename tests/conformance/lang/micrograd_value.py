import math

class Value:
    def __init__(self, data, _children=(), _op=''):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = set(_children)
        self._op = _op

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), '+')
        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), '*')
        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def __pow__(self, k):
        assert isinstance(k, (int, float)), 'only int/float powers'
        out = Value(self.data ** k, (self,), f'**{k}')
        def _backward():
            self.grad += k * self.data ** (k - 1) * out.grad
        out._backward = _backward
        return out

    def tanh(self):
        e = math.exp(2 * self.data)
        t = (e - 1) / (e + 1)
        out = Value(t, (self,), 'tanh')
        def _backward():
            self.grad += (1 - t ** 2) * out.grad
        out._backward = _backward
        return out

    def backward(self):
        topo = []
        visited = set()
        def build(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build(child)
                topo.append(v)
        build(self)
        self.grad = 1.0
        for v in reversed(topo):
            v._backward()

    def __neg__(self): return self * -1
    def __radd__(self, other): return self + other
    def __sub__(self, other): return self + (-other)
    def __rsub__(self, other): return other + (-self)
    def __rmul__(self, other): return self * other
    def __truediv__(self, other): return self * other ** -1
    def __rtruediv__(self, other): return other * self ** -1
    def __repr__(self): return f'Value(data={self.data:.4f}, grad={self.grad:.4f})'

# a single neuron: o = tanh(x1*w1 + x2*w2 + b)
x1, x2 = Value(2.0), Value(0.0)
w1, w2 = Value(-3.0), Value(1.0)
b = Value(6.8813735870195432)
n = x1 * w1 + x2 * w2 + b
o = n.tanh()
o.backward()
for name, v in [('x1', x1), ('w1', w1), ('x2', x2), ('w2', w2), ('b', b), ('n', n), ('o', o)]:
    print(f'{name} {v.data:.4f} {v.grad:.4f}')

# an expression exercising every operator
a = Value(-4.0)
c = Value(2.0)
d = a * c + c ** 3
e = 2 * d - a / c + 1
f = (e - 3) * (-a) + 10 / c
g = f ** 2 / 100 + (1 - a) * 0.5
g.backward()
print(f'{a.data:.4f} {a.grad:.4f}')
print(f'{c.data:.4f} {c.grad:.4f}')
print(f'{g.data:.4f} {g.grad:.4f}')
print(g._op, d._op, o._op, len(g._prev))
print(repr(d))
