import numpy as np
def attempt(f):
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
rng = np.random.default_rng(0)
for g in (np.random, rng):
    attempt(lambda: g.standard_t(0))
    attempt(lambda: g.pareto(-1))
    attempt(lambda: g.weibull(-1))
    attempt(lambda: g.power(0))
    attempt(lambda: g.rayleigh(-2))
    attempt(lambda: g.laplace(0, -1))
    attempt(lambda: g.gumbel(0, [1, -1]))
    attempt(lambda: g.logistic(0, -1))
    attempt(lambda: g.f(0, 1))
    attempt(lambda: g.f(1, -1))
    attempt(lambda: g.chisquare(0))
    attempt(lambda: g.lognormal(0, -1))
