# numpy.random, written in nabla after NumPy's numpy/random/mtrand.pyx (RandomState), _generator.pyx (Generator),
# bit_generator.pyx (SeedSequence) and _common.pyx (argument checks and broadcasting), with the same order of
# generator calls so the streams match NumPy bit for bit. The bit generators and the per-draw algorithms are the
# Rust kernels of this module (_mt19937, _pcg64, _seedseq_state, _cont_draws, _disc_draws, _bounded, _entropy,
# _shuffle_perm, _choice_noreplace); `_np` is numpy.


_INT_RANGES = {
    'bool': (0, 1), 'int8': (-2**7, 2**7 - 1), 'int16': (-2**15, 2**15 - 1), 'int32': (-2**31, 2**31 - 1),
    'int64': (-2**63, 2**63 - 1), 'uint8': (0, 2**8 - 1), 'uint16': (0, 2**16 - 1), 'uint32': (0, 2**32 - 1),
    'uint64': (0, 2**64 - 1),
}
_POISSON_LAM_MAX = 9.223372006484771e+18
_LEGACY_POISSON_LAM_MAX = 9.223372006484771e+18


def _index(v):
    # operator.index
    if isinstance(v, (int, _np.integer)):
        return int(v)
    raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")


def _shape_of(size):
    if isinstance(size, (int, _np.integer)):
        size = (int(size),)
    shape = tuple(_index(s) for s in size)
    for s in shape:
        if s < 0:
            raise ValueError("negative dimensions are not allowed")
    return shape


def _as_float_param(v):
    return _np.asarray(v, dtype=_np.float64)


# ---- argument constraints (_common.pyx check_constraint / check_array_constraint) ----

def _check_scalar(val, name, cons):
    if cons == 'non_negative':
        if not _np.isnan(val) and _np.signbit(val):
            raise ValueError(f"{name} < 0")
    elif cons == 'positive':
        if val <= 0:
            raise ValueError(f"{name} <= 0")
    elif cons == 'bounded_0_1':
        if not (val >= 0) or not (val <= 1):
            raise ValueError(f"{name} < 0, {name} > 1 or {name} is NaN")
    elif cons == 'poisson' or cons == 'legacy_poisson':
        if not (val >= 0):
            raise ValueError(f"{name} < 0 or {name} is NaN")
        elif not (val <= _POISSON_LAM_MAX):
            raise ValueError(f"{name} value too large")
    elif cons == 'non_negative_long':
        if val < 0:
            raise ValueError(f"{name} < 0")
        elif val > 2**63 - 1:
            raise ValueError(f"{name} is out of bounds for long, consider using "
                             "the new generator API for 64bit integers.")


def _check_array(val, name, cons):
    if cons == 'non_negative':
        if _np.any(_np.logical_and(_np.logical_not(_np.isnan(val)), _np.signbit(val))):
            raise ValueError(f"{name} < 0")
    elif cons == 'positive':
        if _np.any(_np.less_equal(val, 0)):
            raise ValueError(f"{name} <= 0")
    elif cons == 'bounded_0_1':
        if not _np.all(_np.greater_equal(val, 0)) or not _np.all(_np.less_equal(val, 1)):
            raise ValueError(f"{name} < 0, {name} > 1 or {name} contains NaNs")
    elif cons == 'poisson' or cons == 'legacy_poisson':
        if not _np.all(_np.less_equal(val, _POISSON_LAM_MAX)):
            raise ValueError(f"{name} value too large")
        elif not _np.all(_np.greater_equal(val, 0.0)):
            raise ValueError(f"{name} < 0 or {name} contains NaNs")
    elif cons == 'non_negative_long':
        if not _np.all(val >= 0):
            raise ValueError(f"{name} < 0")


def _broadcast_out(size, arrays):
    # The output shape: `size`, which every parameter must broadcast to, or the parameters' broadcast shape.
    shapes = [a.shape for a in arrays]
    if size is None:
        return _np.broadcast_shapes(*shapes)
    shape = _shape_of(size)
    it_shape = _np.broadcast_shapes(shape, *shapes)
    if it_shape != shape:
        raise ValueError(f"Output size {shape} is not compatible with broadcast "
                         f"dimensions of inputs {it_shape}.")
    return shape


def _draw(kernel, bg, name, size, params, names, cons, scalar_type):
    # _common.pyx cont()/disc(): scalar parameters are checked as numbers and give a Python scalar when size is
    # None; any array parameter switches to the broadcasting path (array checks, one draw per output element).
    arrs = [p if isinstance(p, _np.ndarray) and p.dtype == _np.float64 else _as_float_param(p) for p in params]
    if any(a.ndim != 0 for a in arrs):
        for a, n, c in zip(arrs, names, cons):
            if c is not None:
                _check_array(a, n, c)
        shape = _broadcast_out(size, arrs)
        flat = [_np.broadcast_to(a, shape).ravel() for a in arrs]
        return kernel(bg, name, shape, flat)
    vals = [float(a) for a in arrs]
    for v, n, c in zip(vals, names, cons):
        if c is not None:
            _check_scalar(v, n, c)
    if size is None:
        return scalar_type(kernel(bg, name, (), vals)[()])
    return kernel(bg, name, _shape_of(size), vals)


def _cont(bg, name, size, params=(), names=(), cons=()):
    return _draw(_cont_kernel, bg, name, size, params, names, cons, float)


def _cont_kernel(bg, name, shape, vals):
    return _cont_draws(bg, name, shape, vals, False)


def _disc_kernel(bg, name, shape, vals):
    return _disc_draws(bg, name, shape, vals)


def _disc(bg, name, size, params=(), names=(), cons=()):
    return _draw(_disc_kernel, bg, name, size, params, names, cons, int)


def _kahan_sum(p):
    c = 0.0
    s = 0.0
    for x in p.tolist():
        y = x - c
        t = s + y
        c = (t - s) - y
        s = t
    return s


def _check_p(p, pop_size, generator):
    atol = _np.sqrt(_np.finfo(_np.float64).eps)
    if isinstance(p, _np.ndarray):
        if _np.issubdtype(p.dtype, _np.floating):
            atol = max(atol, _np.sqrt(_np.finfo(p.dtype).eps))
    p = _np.ascontiguousarray(p, dtype=_np.float64)
    if p.ndim != 1:
        raise ValueError("p must be 1-dimensional" if generator else "'p' must be 1-dimensional")
    if p.size != pop_size:
        raise ValueError("a and p must have same size" if generator else "'a' and 'p' must have same size")
    p_sum = _kahan_sum(p)
    if _np.isnan(p_sum):
        raise ValueError("Probabilities contain NaN" if generator else "probabilities contain NaN")
    if _np.logical_or.reduce(p < 0):
        raise ValueError("Probabilities are not non-negative" if generator
                         else "probabilities are not non-negative")
    if abs(p_sum - 1.) > atol:
        raise ValueError("Probabilities do not sum to 1. See Notes section of docstring for more information."
                         if generator else "probabilities do not sum to 1")
    return p


def _choice_p_noreplace(draw, p, shape, size):
    # Repeated inverse-CDF draws, zeroing the probability of each index found (mtrand/_generator choice).
    if _np.count_nonzero(p > 0) < size:
        raise ValueError("Fewer non-zero entries in p than size")
    n_uniq = 0
    p = p.copy()
    found = _np.zeros(shape, dtype=_np.int64)
    flat_found = found.ravel()
    while n_uniq < size:
        x = draw(size - n_uniq)
        if n_uniq > 0:
            p[flat_found[0:n_uniq]] = 0
        cdf = _np.cumsum(p)
        cdf /= cdf[-1]
        new = cdf.searchsorted(x, side='right')
        _, unique_indices = _np.unique(new, return_index=True)
        unique_indices.sort()
        new = new.take(unique_indices)
        flat_found[n_uniq:n_uniq + new.size] = new
        n_uniq += new.size
    return found


def _choice_indices(gen, pop_size, size, replace, p, shuffle):
    is_scalar, idx = _choice_sample(gen, pop_size, size, replace, p, shuffle)
    if is_scalar and isinstance(idx, _np.ndarray):
        idx = idx.item(0)
    return is_scalar, idx


def _choice_sample(gen, pop_size, size, replace, p, shuffle):
    # The sampling half of choice, shared by RandomState (shuffle None) and Generator: inverse-CDF draws with p,
    # uniform integers without, and without replacement a permutation prefix (legacy) or Floyd/tail shuffle.
    legacy = gen._legacy
    if p is not None:
        p = _check_p(p, pop_size, not legacy)
    is_scalar = size is None
    if not is_scalar:
        shape = size
        size = int(_np.prod(shape))
    else:
        shape = ()
        size = 1
    if replace:
        if p is not None:
            cdf = p.cumsum()
            cdf /= cdf[-1]
            uniform_samples = gen.random(shape)
            idx = cdf.searchsorted(uniform_samples, side='right')
            return is_scalar, _np.asarray(idx).astype(_np.int64)
        if legacy:
            return is_scalar, gen.randint(0, pop_size, size=shape)
        return is_scalar, gen.integers(0, pop_size, size=shape, dtype=_np.int64)
    if size > pop_size:
        raise ValueError("Cannot take a larger sample than population when 'replace=False'" if legacy
                         else "Cannot take a larger sample than population when replace is False")
    elif size < 0:
        raise ValueError("Negative dimensions are not allowed" if legacy else "negative dimensions are not allowed")
    if p is not None:
        return is_scalar, _choice_p_noreplace(lambda k: gen.random((k,)), p, shape, size)
    if legacy:
        return is_scalar, gen.permutation(pop_size)[:size].reshape(shape)
    return is_scalar, _choice_noreplace(gen._bg, pop_size, size, shuffle).reshape(shape)


def _integers(bg, low, high, size, dtype, masked, closed, what):
    # _bounded_integers.pyx _rand_<type>: bounds checks with NumPy's messages, then the bounded kernel.
    name = _np.dtype(dtype).name
    if name not in _INT_RANGES:
        raise TypeError('Unsupported dtype %r for %s' % (_np.dtype(dtype), what))
    lb, ub = _INT_RANGES[name]
    if size is not None and _np.prod(size) == 0:
        return _np.empty(size, dtype=name)
    scalar = [not isinstance(v, (list, tuple)) and not (isinstance(v, _np.ndarray) and v.ndim > 0) for v in (low, high)]
    if scalar[0] and scalar[1]:
        low = int(low)
        high = int(high)
        if not closed:
            high -= 1
        if low < lb:
            raise ValueError(f"low is out of bounds for {name}")
        if high > ub:
            raise ValueError(f"high is out of bounds for {name}")
        if low > high:
            raise ValueError(_bounds_error(closed, low))
        if size is None:
            out = _bounded(bg, low if low < 2**63 else _np.uint64(low), high if high < 2**63 else _np.uint64(high),
                           (), name, masked)
            return out[()]
        return _bounded(bg, low if low < 2**63 else _np.uint64(low), high if high < 2**63 else _np.uint64(high),
                        _shape_of(size), name, masked)
    # Broadcasting bounds.
    low_arr = _np.asarray(low)
    high_arr = _np.asarray(high)
    if _np.any(_np.less(low_arr, lb)):
        raise ValueError(f"low is out of bounds for {name}")
    highs = high_arr.astype(_np.int64) - (0 if closed else 1) if name != 'uint64' else high_arr
    if _np.any(_np.greater(highs, ub)):
        raise ValueError(f"high is out of bounds for {name}")
    if _np.any(_np.greater(low_arr, highs)):
        raise ValueError(_bounds_error(closed, low_arr))
    shape = _broadcast_out(size, [low_arr, high_arr])
    lows = _np.broadcast_to(low_arr.astype(_np.int64), shape).ravel()
    highs = _np.broadcast_to(highs.astype(_np.int64), shape).ravel()
    return _bounded(bg, lows, highs, shape, name, masked)


def _bounds_error(closed, low):
    if not _np.any(low):
        return 'high < 0' if closed else 'high <= 0'
    return 'low > high' if closed else 'low >= high'


def _shuffle_with(bg, x):
    # Fisher-Yates along axis 0: the kernel gives the composed permutation of the swaps.
    if isinstance(x, _np.ndarray):
        if x.ndim == 0:
            raise TypeError("len() of unsized object")
        n = len(x)
        if x.size == 0:
            return
        perm = _shuffle_perm(bg, n)
        x[...] = x[perm]
        return
    n = len(x)
    perm = _shuffle_perm(bg, n).tolist()
    items = [x[i] for i in range(n)]
    for i in range(n):
        x[i] = items[perm[i]]


class _Distributions:
    # The distributions whose Python layer is the same in RandomState and Generator; `_legacy` picks the kernels
    # (RandomState's are NumPy 1.16's frozen algorithms) and the few checks that differ.

    def _k(self, name):
        return 'legacy_' + name if self._legacy else name

    def normal(self, loc=0.0, scale=1.0, size=None):
        """Draws from a normal distribution.

        >>> np.random.seed(0)
        >>> np.random.normal(10.0, 2.0, size=3)
        array([13.52810469, 10.80031442, 11.95747597])
        """
        return _cont(self._bg, self._k('normal'), size, (loc, scale), ('', 'scale'), (None, 'non_negative'))

    def uniform(self, low=0.0, high=1.0, size=None):
        """Draws from a uniform distribution over [low, high).

        >>> np.random.seed(0)
        >>> np.random.uniform(-1.0, 1.0, size=3)
        array([0.09762701, 0.43037873, 0.20552675])
        """
        alow = _as_float_param(low)
        ahigh = _as_float_param(high)
        # RandomState accepts high < low; Generator checks the range.
        cons = (None, None) if self._legacy else (None, 'non_negative')
        if alow.ndim == 0 and ahigh.ndim == 0:
            rng = float(ahigh) - float(alow)
            if not _np.isfinite(rng):
                raise OverflowError('Range exceeds valid bounds' if self._legacy
                                    else 'high - low range exceeds valid bounds')
            return _cont(self._bg, 'uniform', size, (float(alow), rng), ('', 'high - low'), cons)
        arange = _np.subtract(ahigh, alow)
        if not _np.all(_np.isfinite(arange)):
            raise OverflowError('Range exceeds valid bounds')
        return _cont(self._bg, 'uniform', size, (alow, arange), ('', 'high - low'), cons)

    def exponential(self, scale=1.0, size=None):
        """Draws from an exponential distribution.

        >>> np.random.seed(0)
        >>> np.random.exponential(2.0, size=2)
        array([1.59174902, 2.51186153])
        """
        return _cont(self._bg, self._k('exponential'), size, (scale,), ('scale',), ('non_negative',))

    def gamma(self, shape, scale=1.0, size=None):
        """Draws from a Gamma distribution.

        >>> np.random.seed(0)
        >>> np.random.gamma(2.0, 1.0, size=2)
        array([5.13882958, 2.23848091])
        """
        return _cont(self._bg, self._k('gamma'), size, (shape, scale), ('shape', 'scale'),
                     ('non_negative', 'non_negative'))

    def beta(self, a, b, size=None):
        """Draws from a Beta distribution.

        >>> np.random.seed(0)
        >>> np.random.beta(2.0, 3.0, size=2)
        array([0.60358975, 0.79868334])
        """
        return _cont(self._bg, self._k('beta'), size, (a, b), ('a', 'b'), ('positive', 'positive'))

    def chisquare(self, df, size=None):
        """Draws from a chi-square distribution.

        >>> np.random.seed(0)
        >>> np.random.chisquare(3, size=2)
        array([8.59517635, 3.30891648])
        """
        return _cont(self._bg, self._k('chisquare'), size, (df,), ('df',), ('positive',))

    def lognormal(self, mean=0.0, sigma=1.0, size=None):
        """Draws from a log-normal distribution.

        >>> np.random.seed(0)
        >>> np.random.lognormal(0.0, 1.0, size=2)
        array([5.83603919, 1.49205924])
        """
        return _cont(self._bg, self._k('lognormal'), size, (mean, sigma), ('', 'sigma'), (None, 'non_negative'))

    def f(self, dfnum, dfden, size=None):
        """Draws from an F distribution.

        >>> np.random.seed(0)
        >>> np.random.f(5, 10, size=2)
        array([2.12644055, 4.36838911])
        """
        return _cont(self._bg, self._k('f'), size, (dfnum, dfden), ('dfnum', 'dfden'), ('positive', 'positive'))

    def standard_cauchy(self, size=None):
        """Draws from a standard Cauchy distribution (ratio of normals).

        >>> np.random.seed(0)
        >>> np.random.standard_cauchy(2)
        array([4.40839827, 0.43676244])
        """
        return _cont(self._bg, self._k('standard_cauchy'), size)

    def standard_t(self, df, size=None):
        """Draws from a standard Student's t distribution.

        >>> np.random.seed(0)
        >>> np.random.standard_t(5, size=2)
        array([ 1.66370595, -1.64009533])
        """
        return _cont(self._bg, self._k('standard_t'), size, (df,), ('df',), ('positive',))

    def pareto(self, a, size=None):
        """Draws from a Pareto II (Lomax) distribution.

        >>> np.random.seed(0)
        >>> np.random.pareto(3.0, size=2)
        array([0.30381098, 0.51989855])
        """
        return _cont(self._bg, self._k('pareto'), size, (a,), ('a',), ('positive',))

    def weibull(self, a, size=None):
        """Draws from a Weibull distribution.

        >>> np.random.seed(0)
        >>> np.random.weibull(2.0, size=2)
        array([0.89211799, 1.12068317])
        """
        return _cont(self._bg, self._k('weibull'), size, (a,), ('a',), ('non_negative',))

    def power(self, a, size=None):
        """Draws from a power distribution with positive exponent a - 1.

        >>> np.random.seed(0)
        >>> np.random.power(3.0, size=2)
        array([0.81873168, 0.89428034])
        """
        return _cont(self._bg, self._k('power'), size, (a,), ('a',), ('positive',))

    def rayleigh(self, scale=1.0, size=None):
        """Draws from a Rayleigh distribution.

        >>> np.random.seed(0)
        >>> np.random.rayleigh(1.0, size=2)
        array([1.26164536, 1.58488534])
        """
        return _cont(self._bg, self._k('rayleigh'), size, (scale,), ('scale',), ('non_negative',))

    def laplace(self, loc=0.0, scale=1.0, size=None):
        """Draws from the Laplace (double exponential) distribution.

        >>> np.random.seed(0)
        >>> np.random.laplace(0.0, 1.0, size=2)
        array([0.10272733, 0.56278358])
        """
        return _cont(self._bg, self._k('laplace'), size, (loc, scale), ('loc', 'scale'), (None, 'non_negative'))

    def gumbel(self, loc=0.0, scale=1.0, size=None):
        """Draws from a Gumbel distribution.

        >>> np.random.seed(0)
        >>> np.random.gumbel(0.0, 1.0, size=2)
        array([ 0.22831376, -0.22787694])
        """
        return _cont(self._bg, self._k('gumbel'), size, (loc, scale), ('loc', 'scale'), (None, 'non_negative'))

    def logistic(self, loc=0.0, scale=1.0, size=None):
        """Draws from a logistic distribution.

        >>> np.random.seed(0)
        >>> np.random.logistic(0.0, 1.0, size=2)
        array([0.19587791, 0.92072284])
        """
        return _cont(self._bg, self._k('logistic'), size, (loc, scale), ('loc', 'scale'), (None, 'non_negative'))

    def multinomial(self, n, pvals, size=None):
        """Draws from a multinomial distribution: counts over len(pvals) outcomes for n trials.

        >>> np.random.seed(0)
        >>> np.random.multinomial(10, [0.2, 0.3, 0.5])
        array([2, 4, 4])
        """
        parr = _np.asarray(pvals, dtype=_np.float64)
        if self._legacy:
            if parr.ndim == 0:
                raise TypeError("pvals must be a 1-d sequence")
        elif parr.ndim == 0 or parr.shape[-1] == 0:
            raise ValueError("pvals must have at least 1 dimension and the last dimension "
                             "of pvals must be greater than 0.")
        if parr.ndim != 1 or _np.ndim(n) != 0:
            raise NotImplementedError("multinomial with an array n or multi-dimensional pvals")
        d = parr.size
        _check_array(parr, 'pvals', 'bounded_0_1')
        if d and _kahan_sum(parr[:d - 1]) > (1.0 + 1e-12):
            if (isinstance(pvals, _np.ndarray) and _np.issubdtype(pvals.dtype, _np.floating)
                    and pvals.dtype != float and pvals.sum() < 1.0001):
                raise ValueError("sum(pvals[:-1].astype(np.float64)) > 1.0. The pvals array is cast to 64-bit "
                                 "floating point prior to checking the sum. Precision changes when casting may "
                                 "cause problems even if the sum of the original pvals is valid.")
            raise ValueError("sum(pvals[:-1]) > 1.0")
        if size is None:
            shape = (d,)
        elif isinstance(size, (int, _np.integer)):
            shape = (int(size), d)
        else:
            shape = tuple(size) + (d,)
        ni = int(n)
        _check_scalar(ni, 'n', 'non_negative')
        rows = int(_np.prod(shape)) // d if d else 0
        return _multinomial(self._bg, ni, parr, rows).reshape(shape)

    def binomial(self, n, p, size=None):
        """Draws from a binomial distribution.

        >>> np.random.seed(0)
        >>> np.random.binomial(10, 0.5, size=5)
        array([5, 6, 5, 5, 5])
        """
        return _binomial(self._bg, self._k('binomial'), n, p, size,
                         'non_negative_long' if self._legacy else 'non_negative')

    def poisson(self, lam=1.0, size=None):
        """Draws from a Poisson distribution.

        >>> np.random.seed(0)
        >>> np.random.poisson(3.0, size=5)
        array([5, 6, 2, 0, 7])
        """
        return _disc(self._bg, 'poisson', size, (lam,), ('lam',), ('poisson',))


class RandomState(_Distributions):
    """Container for the slow Mersenne Twister pseudo-random number generator (NumPy's legacy API).

    >>> rs = np.random.RandomState(0)
    >>> rs.rand(2)
    array([0.5488135 , 0.71518937])
    >>> rs.randint(0, 10, size=3)
    array([3, 3, 7])
    """
    _legacy = True

    def __init__(self, seed=None):
        self.seed(seed)

    def __repr__(self):
        return f'RandomState(MT19937) at 0x{id(self):X}'

    def __str__(self):
        return 'RandomState(MT19937)'

    def seed(self, seed=None):
        """Reseed the legacy MT19937 state (clears the cached Gaussian)."""
        if seed is None:
            words = SeedSequence().generate_state(624).tolist()
            self._bg = _mt19937(2, words)
            return
        if hasattr(seed, 'squeeze'):
            seed = seed.squeeze()
        if isinstance(seed, (int, _np.integer)) or (isinstance(seed, _np.ndarray) and seed.ndim == 0
                                                    and _np.issubdtype(seed.dtype, _np.integer)):
            idx = int(seed)
            if idx > int(2**32 - 1) or idx < 0:
                raise ValueError("Seed must be between 0 and 2**32 - 1")
            self._bg = _mt19937(0, [idx])
            return
        if isinstance(seed, (float, _np.floating)):
            raise TypeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'")
        obj = _np.asarray(seed)
        if obj.size == 0:
            raise ValueError("Seed must be non-empty")
        if not _np.issubdtype(obj.dtype, _np.integer):
            raise TypeError(f"Cannot cast array data from dtype('{obj.dtype}') to dtype('int64') according to the rule 'safe'")
        if obj.ndim != 1:
            raise ValueError("Seed array must be 1-d")
        if ((obj > int(2**32 - 1)) | (obj < 0)).any():
            raise ValueError("Seed must be between 0 and 2**32 - 1")
        self._bg = _mt19937(1, [int(v) for v in obj.tolist()])

    def get_state(self, legacy=True):
        """The MT19937 state: ('MT19937', key, pos, has_gauss, cached_gaussian), or a dict with legacy=False.

        >>> np.random.seed(1)
        >>> state = np.random.get_state()
        >>> a = np.random.rand()
        >>> np.random.set_state(state)
        >>> np.random.rand() == a
        True
        """
        key, pos, has_gauss, gauss = _get_state(self._bg)
        key = _np.array(key, dtype=_np.uint32)
        if legacy:
            return ('MT19937', key, pos, has_gauss, gauss)
        return {'bit_generator': 'MT19937', 'state': {'key': key, 'pos': pos}, 'has_gauss': has_gauss, 'gauss': gauss}

    def set_state(self, state):
        """Restore a state from get_state.

        >>> np.random.seed(1)
        >>> state = np.random.get_state()
        >>> a = np.random.rand()
        >>> np.random.set_state(state)
        >>> np.random.rand() == a
        True
        """
        if isinstance(state, dict):
            if 'bit_generator' not in state or 'state' not in state:
                raise ValueError('state dictionary is not valid.')
            st = state
        else:
            if not isinstance(state, (tuple, list)):
                raise TypeError('state must be a dict or a tuple.')
            if state[0] != 'MT19937':
                raise ValueError('set_state can only be used with legacy MT19937 state instances.')
            st = {'bit_generator': state[0], 'state': {'key': state[1], 'pos': state[2]}}
            if len(state) > 3:
                st['has_gauss'] = state[3]
                st['gauss'] = state[4]
        if st.get('bit_generator', '') != 'MT19937':
            raise ValueError('state must be for a MT19937 PRNG')
        key = [int(k) for k in _np.asarray(st['state']['key']).tolist()]
        _set_state(self._bg, key, int(st['state']['pos']), st.get('has_gauss', 0), float(st.get('gauss', 0.0)))

    def random_sample(self, size=None):
        """Floats in the half-open interval [0.0, 1.0).

        >>> np.random.seed(0)
        >>> np.random.random_sample(3)
        array([0.5488135 , 0.71518937, 0.60276338])
        """
        return _cont(self._bg, 'random', size)

    def random(self, size=None):
        """Floats in the half-open interval [0.0, 1.0).

        >>> np.random.seed(0)
        >>> np.random.random((2, 2))
        array([[0.5488135 , 0.71518937],
               [0.60276338, 0.54488318]])
        """
        return self.random_sample(size=size)

    def rand(self, *args):
        """Uniform floats in [0, 1) of the given shape.

        >>> np.random.seed(0)
        >>> np.random.rand(2, 3)
        array([[0.5488135 , 0.71518937, 0.60276338],
               [0.54488318, 0.4236548 , 0.64589411]])
        """
        if len(args) == 0:
            return self.random_sample()
        return self.random_sample(size=args)

    def randn(self, *args):
        """Standard normal floats of the given shape.

        >>> np.random.seed(0)
        >>> np.random.randn(3)
        array([1.76405235, 0.40015721, 0.97873798])
        """
        if len(args) == 0:
            return self.standard_normal()
        return self.standard_normal(size=args)

    def standard_normal(self, size=None):
        """Draws from the standard normal distribution (polar Box-Muller).

        >>> np.random.seed(0)
        >>> np.random.standard_normal(2)
        array([1.76405235, 0.40015721])
        """
        return _cont(self._bg, 'legacy_gauss', size)

    def randint(self, low, high=None, size=None, dtype=int):
        """Random integers from low (inclusive) to high (exclusive).

        >>> np.random.seed(0)
        >>> np.random.randint(0, 10, size=5)
        array([5, 0, 3, 3, 7])
        >>> np.random.randint(5)
        1
        """
        if high is None:
            high = low
            low = 0
        _dtype = _np.dtype(dtype) if dtype is not int else _np.dtype('int64')
        ret = _integers(self._bg, low, high, size, _dtype, True, False, 'randint')
        if size is None and (dtype is bool or dtype is int):
            if _np.array(ret).shape == ():
                return dtype(ret)
        return ret

    def standard_exponential(self, size=None):
        """Draws from the standard exponential distribution.

        >>> np.random.seed(0)
        >>> np.random.standard_exponential(2)
        array([0.79587451, 1.25593076])
        """
        return _cont(self._bg, 'legacy_standard_exponential', size)

    def standard_gamma(self, shape, size=None):
        """Draws from a standard Gamma distribution.

        >>> np.random.seed(0)
        >>> np.random.standard_gamma(2.0, size=2)
        array([5.13882958, 2.23848091])
        """
        return _cont(self._bg, 'legacy_standard_gamma', size, (shape,), ('shape',), ('non_negative',))

    def choice(self, a, size=None, replace=True, p=None):
        """A random sample from a 1-D array or range(a).

        >>> np.random.seed(0)
        >>> np.random.choice(5, 3)
        array([4, 0, 3])
        >>> np.random.choice(['a', 'b', 'c'], size=4, p=[0.5, 0.25, 0.25])
        array(['c', 'c', 'b', 'a'], dtype='<U1')
        """
        a = _np.asarray(a)
        if a.ndim == 0:
            try:
                pop_size = _index(a.item())
            except TypeError:
                raise ValueError("a must be 1-dimensional or an integer")
            if pop_size <= 0 and _np.prod(size) != 0:
                raise ValueError("a must be greater than 0 unless no samples are taken")
        elif a.ndim != 1:
            raise ValueError("a must be 1-dimensional")
        else:
            pop_size = a.shape[0]
            if pop_size == 0 and _np.prod(size) != 0:
                raise ValueError("'a' cannot be empty unless no samples are taken")
        is_scalar, idx = _choice_indices(self, pop_size, size, replace, p, None)
        if a.ndim == 0:
            return idx
        if not is_scalar and idx.ndim == 0:
            res = _np.empty((), dtype=a.dtype)
            res[()] = a[idx]
            return res
        return a[idx]

    def shuffle(self, x):
        """Shuffle a sequence in place along its first axis.

        >>> np.random.seed(0)
        >>> a = np.arange(5)
        >>> np.random.shuffle(a)
        >>> a
        array([2, 0, 1, 3, 4])
        """
        if isinstance(x, _np.ndarray) and not x.flags.writeable:
            raise ValueError('array is read-only')
        _shuffle_with(self._bg, x)

    def permutation(self, x):
        """A permuted range, or a shuffled copy of an array (along axis 0).

        >>> np.random.seed(0)
        >>> np.random.permutation(5)
        array([2, 0, 1, 3, 4])
        """
        if isinstance(x, (int, _np.integer)):
            arr = _np.arange(x, dtype=_np.int64)
            self.shuffle(arr)
            return arr
        arr = _np.asarray(x)
        if arr.ndim < 1:
            raise IndexError("x must be an integer or at least 1-dimensional")
        if arr.ndim == 1:
            arr = _np.array(arr)
            self.shuffle(arr)
            return arr
        idx = _np.arange(arr.shape[0], dtype=_np.int64)
        self.shuffle(idx)
        return arr[idx]

    def multivariate_normal(self, mean, cov, size=None, check_valid='warn', tol=1e-8):
        """Draws from a multivariate normal distribution (through the SVD of cov).

        >>> np.random.seed(0)
        >>> np.random.multivariate_normal([0.0, 10.0], [[1.0, 0.0], [0.0, 4.0]], size=2)
        array([[ 0.40015721, 13.52810469],
               [ 2.2408932 , 11.95747597]])
        """
        mean = _np.array(mean)
        cov = _np.array(cov)
        shape, final_shape = _mvn_shapes(mean, cov, size)
        x = self.standard_normal(final_shape).reshape(-1, mean.shape[0])
        cov = cov.astype(_np.double)
        (_u, s, v) = _mvn_svd(cov)
        _check_psd(v, s, cov, check_valid, tol)
        x = _np.dot(x, _np.sqrt(s)[:, None] * v)
        x += mean
        return x.reshape(tuple(final_shape))


def _mvn_shapes(mean, cov, size):
    if size is None:
        shape = []
    elif isinstance(size, (int, _np.integer)):
        shape = [size]
    else:
        shape = size
    if len(mean.shape) != 1:
        raise ValueError("mean must be 1 dimensional")
    if (len(cov.shape) != 2) or (cov.shape[0] != cov.shape[1]):
        raise ValueError("cov must be 2 dimensional and square")
    if mean.shape[0] != cov.shape[0]:
        raise ValueError("mean and cov must have same length")
    final_shape = list(shape[:])
    final_shape.append(mean.shape[0])
    return shape, final_shape


def _check_psd(vh, s, cov, check_valid, tol):
    if check_valid != 'ignore':
        if check_valid != 'warn' and check_valid != 'raise':
            raise ValueError("check_valid must equal 'warn', 'raise', or 'ignore'")
        psd = _np.allclose(_np.dot(vh.T * s, vh), cov, rtol=tol, atol=tol)
        if not psd:
            if check_valid == 'warn':
                import warnings
                warnings.warn("covariance is not symmetric positive-semidefinite.", RuntimeWarning)
            else:
                raise ValueError("covariance is not symmetric positive-semidefinite.")


def _mvn_svd(cov):
    # The draws depend on the signs of LAPACK gesdd's singular vectors. nabla's np.linalg.svd reproduces OpenBLAS's
    # up to 25 x 25 (beyond, gesdd divides and conquers, which nabla does not port).
    if cov.shape[0] > 25:
        raise NotImplementedError("multivariate_normal with more than 25 dimensions (LAPACK gesdd's divide and "
                                  "conquer singular vectors are not reproduced)")
    return _np.linalg.svd(cov)


def _binomial(bg, name, n, p, size, n_cons):
    p_arr = _as_float_param(p)
    n_arr = _np.asarray(n)
    if p_arr.ndim != 0 or n_arr.ndim != 0:
        _check_array(p_arr, 'p', 'bounded_0_1')
        _check_array(n_arr, 'n', n_cons)
        shape = _broadcast_out(size, [p_arr, n_arr])
        flat = [_np.broadcast_to(n_arr.astype(_np.float64), shape).ravel(), _np.broadcast_to(p_arr, shape).ravel()]
        return _disc_kernel(bg, name, shape, flat)
    dp = float(p_arr)
    dn = int(n)
    _check_scalar(dp, 'p', 'bounded_0_1')
    _check_scalar(float(dn), 'n', n_cons)
    if size is None:
        return int(_disc_kernel(bg, name, (), [dn, dp])[()])
    return _disc_kernel(bg, name, _shape_of(size), [dn, dp])


class SeedSequence:
    """SeedSequence mixes sources of entropy into seeds for independent bit generators.

    >>> ss = np.random.SeedSequence(42)
    >>> ss.generate_state(2)
    array([3444837047, 2669555309], dtype=uint32)
    >>> [c.spawn_key for c in ss.spawn(2)]
    [(0,), (1,)]
    """

    def __init__(self, entropy=None, *, spawn_key=(), pool_size=4, n_children_spawned=0):
        if pool_size < 4:
            raise ValueError("The size of the entropy pool should be at least 4")
        if entropy is None:
            entropy = _entropy()
        elif not isinstance(entropy, (int, _np.integer, list, tuple, range, _np.ndarray)):
            raise TypeError(f'SeedSequence expects int or sequence of ints for entropy not {entropy}')
        self.entropy = entropy
        self.spawn_key = tuple(spawn_key)
        self.pool_size = pool_size
        self.n_children_spawned = n_children_spawned
        self._assembled = self._assemble()

    def __repr__(self):
        lines = [f'{type(self).__name__}(', f'    entropy={self.entropy!r},']
        if self.spawn_key:
            lines.append(f'    spawn_key={self.spawn_key!r},')
        if self.pool_size != 4:
            lines.append(f'    pool_size={self.pool_size!r},')
        if self.n_children_spawned != 0:
            lines.append(f'    n_children_spawned={self.n_children_spawned!r},')
        lines.append(')')
        return '\n'.join(lines)

    @property
    def state(self):
        return {k: getattr(self, k) for k in ['entropy', 'spawn_key', 'pool_size', 'n_children_spawned']}

    def _assemble(self):
        run = _coerce_to_uint32(self.entropy)
        spawn = _coerce_to_uint32(self.spawn_key)
        if len(spawn) > 0 and len(run) < self.pool_size:
            run = run + [0] * (self.pool_size - len(run))
        return run + spawn

    def generate_state(self, n_words, dtype=_np.uint32):
        """n_words words of seed state (uint32, or uint64 from pairs of uint32 words, low word first)."""
        out_dtype = _np.dtype(dtype)
        if out_dtype == _np.dtype(_np.uint32):
            words = _seedseq_state(self._assembled, self.pool_size, n_words)
            return _np.array(words, dtype=_np.uint32)
        elif out_dtype == _np.dtype(_np.uint64):
            words = _seedseq_state(self._assembled, self.pool_size, 2 * n_words)
            return _np.array([words[2 * i] | (words[2 * i + 1] << 32) for i in range(n_words)], dtype=_np.uint64)
        raise ValueError("only support uint32 or uint64")

    def spawn(self, n_children):
        """Child SeedSequences, extending the spawn key.

        >>> ss = np.random.SeedSequence(0)
        >>> [c.spawn_key for c in ss.spawn(2)]
        [(0,), (1,)]
        >>> [c.spawn_key for c in ss.spawn(1)]
        [(2,)]
        """
        if n_children < 0:
            # NumPy 2.4 converts the count to a C uint32 first.
            raise OverflowError("can't convert negative value to uint32_t")
        seqs = []
        for i in range(self.n_children_spawned, self.n_children_spawned + n_children):
            seqs.append(type(self)(self.entropy, spawn_key=self.spawn_key + (i,), pool_size=self.pool_size))
        self.n_children_spawned += n_children
        return seqs


def _int_to_uint32(n):
    if n < 0:
        raise ValueError("expected non-negative integer")
    if n == 0:
        return [0]
    out = []
    while n > 0:
        out.append(n & 0xFFFFFFFF)
        n >>= 32
    return out


def _coerce_to_uint32(x):
    if isinstance(x, _np.ndarray) and x.dtype == _np.dtype(_np.uint32):
        return [int(v) for v in x.tolist()]
    if isinstance(x, str):
        if x.startswith('0x'):
            x = int(x, base=16)
        elif x.isdigit():
            x = int(x)
        else:
            raise ValueError("unrecognized seed string")
    if isinstance(x, (bool, _np.bool_)):
        return _int_to_uint32(int(x))
    if isinstance(x, (int, _np.integer)):
        return _int_to_uint32(int(x))
    if isinstance(x, (float, _np.inexact)):
        raise TypeError('seed must be integer')
    # NumPy 2.4 flattens nested sequences (2.5 rejects them).
    out = []
    for v in x:
        out += _coerce_to_uint32(v)
    return out


def _words_int(words):
    return sum(w << (32 * k) for k, w in enumerate(words))


def _int_words(x):
    x = int(x)
    return [(x >> (32 * k)) & 0xFFFFFFFF for k in range(4)]


class PCG64:
    """BitGenerator for the PCG-64 pseudo-random number generator.

    >>> bg = np.random.PCG64(1)
    >>> np.random.Generator(bg).integers(0, 100, size=3)
    array([47, 51, 75])
    """

    def __init__(self, seed=None):
        if isinstance(seed, SeedSequence):
            self._seed_seq = seed
        else:
            if isinstance(seed, (float, _np.floating)):
                raise TypeError('SeedSequence expects int or sequence of ints for entropy not ' + repr(seed))
            self._seed_seq = SeedSequence(seed)
        self._bg = _pcg64(self._seed_seq.generate_state(8).tolist())

    @property
    def state(self):
        """{'bit_generator': 'PCG64', 'state': {'state': ..., 'inc': ...}, 'has_uint32': ..., 'uinteger': ...}"""
        s, inc, has, u = _get_state(self._bg)
        return {'bit_generator': 'PCG64', 'state': {'state': _words_int(s), 'inc': _words_int(inc)},
                'has_uint32': has, 'uinteger': u}

    @state.setter
    def state(self, value):
        if not isinstance(value, dict):
            raise TypeError('state must be a dict')
        if value.get('bit_generator', '') != 'PCG64':
            raise ValueError('state must be for a PCG64 RNG')
        st = value['state']
        _set_state(self._bg, _int_words(st['state']), _int_words(st['inc']), value['has_uint32'], value['uinteger'])

    @property
    def seed_seq(self):
        return self._seed_seq

    def spawn(self, n_children):
        """Child PCG64 bit generators with independent streams, from spawned SeedSequences.

        >>> bg = np.random.PCG64(0)
        >>> [int(np.random.Generator(c).integers(100)) for c in bg.spawn(2)]
        [80, 66]
        """
        return [type(self)(s) for s in self._seed_seq.spawn(n_children)]

    def random_raw(self, size=None):
        """Raw 64-bit outputs of the generator."""
        raise NotImplementedError("PCG64.random_raw")


class Generator(_Distributions):
    """Container for the BitGenerators (NumPy's recommended API).

    >>> rng = np.random.Generator(np.random.PCG64(0))
    >>> rng.random(2)
    array([0.63696169, 0.26978671])
    >>> rng.normal(size=2)
    array([0.64042265, 0.10490012])
    """
    _legacy = False

    def __init__(self, bit_generator):
        if not isinstance(bit_generator, PCG64):
            raise NotImplementedError("numpy.random.Generator over a bit generator other than PCG64")
        self._bit_generator = bit_generator
        self._bg = bit_generator._bg

    def __repr__(self):
        return f'{self} at 0x{id(self):X}'

    def __str__(self):
        return f'{self.__class__.__name__}({self._bit_generator.__class__.__name__})'

    @property
    def bit_generator(self):
        """The bit generator (PCG64) that supplies the raw random bits.

        >>> rng = np.random.default_rng(0)
        >>> type(rng.bit_generator).__name__
        'PCG64'
        >>> rng.bit_generator.state['bit_generator']
        'PCG64'
        """
        return self._bit_generator

    def spawn(self, n_children):
        """Child Generators with independent streams.

        >>> rng = np.random.default_rng(0)
        >>> a, b = rng.spawn(2)
        >>> a.integers(100, size=3), b.integers(100, size=3)
        (array([80, 94,  0]), array([66, 67, 35]))
        """
        return [type(self)(g) for g in self._bit_generator.spawn(n_children)]

    def random(self, size=None, dtype=_np.float64, out=None):
        """Floats in the half-open interval [0.0, 1.0).

        >>> rng = np.random.default_rng(0)
        >>> rng.random(3)
        array([0.63696169, 0.26978671, 0.04097352])
        >>> rng.random((2, 2)).shape
        (2, 2)
        """
        return self._float_fill('random', size, dtype, out)

    def _float_fill(self, name, size, dtype, out, what=None):
        if out is not None:
            raise NotImplementedError(f"Generator.{name} with out=")
        _dtype = _np.dtype(dtype)
        if _dtype == _np.float64:
            return _cont(self._bg, name, size)
        if _dtype == _np.float32:
            if size is None:
                return float(_cont_draws(self._bg, name, (), [], True)[()])
            return _cont_draws(self._bg, name, _shape_of(size), [], True)
        raise TypeError('Unsupported dtype %r for %s' % (_dtype, what or name))

    def integers(self, low, high=None, size=None, dtype=_np.int64, endpoint=False):
        """Random integers from low (inclusive) to high (exclusive, or inclusive with endpoint=True).

        >>> rng = np.random.default_rng(0)
        >>> rng.integers(10, size=5)
        array([8, 6, 5, 2, 3])
        >>> rng.integers(1, 6, size=5, endpoint=True)
        array([1, 1, 1, 2, 5])
        """
        if high is None:
            high = low
            low = 0
        ret = _integers(self._bg, low, high, size, _np.dtype(dtype), False, endpoint, 'integers')
        if size is None and (dtype is bool or dtype is int):
            if _np.array(ret).shape == ():
                return dtype(ret)
        return ret

    def standard_normal(self, size=None, dtype=_np.float64, out=None):
        """Draws from the standard normal distribution (ziggurat).

        >>> rng = np.random.default_rng(0)
        >>> rng.standard_normal(3)
        array([ 0.12573022, -0.13210486,  0.64042265])
        >>> rng.standard_normal((2, 3)).shape
        (2, 3)
        """
        return self._float_fill('standard_normal', size, dtype, out)

    def standard_exponential(self, size=None, dtype=_np.float64, method='zig', out=None):
        """Draws from the standard exponential distribution (ziggurat, or inversion with method='inv').

        >>> rng = np.random.default_rng(0)
        >>> rng.standard_exponential(3)
        array([0.6799319 , 1.0195971 , 0.01980666])
        """
        kernel = 'standard_exponential' if method == 'zig' else 'standard_exponential_inv'
        return self._float_fill(kernel, size, dtype, out, 'standard_exponential')

    def standard_gamma(self, shape, size=None, dtype=_np.float64, out=None):
        """Draws from a standard Gamma distribution.

        >>> rng = np.random.default_rng(0)
        >>> rng.standard_gamma(2.0, size=3)
        array([1.83431007, 2.63769797, 1.06635807])
        """
        if out is not None or _np.dtype(dtype) != _np.float64:
            raise NotImplementedError("standard_gamma with dtype float32 or out=")
        return _cont(self._bg, 'standard_gamma', size, (shape,), ('shape',), ('non_negative',))

    def choice(self, a, size=None, replace=True, p=None, axis=0, shuffle=True):
        """A random sample from an array (along axis) or range(a).

        >>> rng = np.random.default_rng(0)
        >>> rng.choice(5, size=3)
        array([4, 3, 2])
        >>> rng.choice(5, size=3, replace=False)
        array([1, 4, 0])
        >>> rng.choice(['a', 'b', 'c'], size=4, p=[0.5, 0.25, 0.25])
        array(['c', 'c', 'b', 'b'], dtype='<U1')
        """
        a_original = a
        a = _np.asarray(a)
        if a.ndim == 0:
            try:
                pop_size = _index(a.item())
            except TypeError:
                raise ValueError(f"a must be a sequence or an integer, not {type(a_original)}")
            if pop_size <= 0 and _np.prod(size) != 0:
                raise ValueError("a must be a positive integer unless no samples are taken")
        else:
            pop_size = a.shape[axis]
            if pop_size == 0 and _np.prod(size) != 0:
                raise ValueError("a cannot be empty unless no samples are taken")
        is_scalar, idx = _choice_indices(self, pop_size, size, replace, p, shuffle)
        if a.ndim == 0:
            return idx
        if not is_scalar and _np.ndim(idx) == 0 and a.ndim == 1:
            res = _np.empty((), dtype=a.dtype)
            res[()] = a[idx]
            return res
        if axis == 0:
            return a[idx]
        return _np.take(a, idx, axis=axis)

    def shuffle(self, x, axis=0):
        """Shuffle a sequence in place along an axis.

        >>> rng = np.random.default_rng(0)
        >>> x = np.arange(5)
        >>> rng.shuffle(x)
        >>> x
        array([2, 4, 3, 0, 1])
        """
        if isinstance(x, _np.ndarray):
            if not x.flags.writeable:
                raise ValueError('array is read-only')
            if axis != 0:
                x = _np.swapaxes(x, 0, axis)
        elif axis != 0:
            raise NotImplementedError("Axis argument is only supported on ndarray objects")
        _shuffle_with(self._bg, x)

    def permutation(self, x, axis=0):
        """A permuted range, or a shuffled copy of an array along an axis.

        >>> rng = np.random.default_rng(0)
        >>> rng.permutation(5)
        array([2, 4, 3, 0, 1])
        >>> rng.permutation([10, 20, 30])
        array([30, 10, 20])
        >>> rng.permutation(np.arange(6).reshape(3, 2))
        array([[2, 3],
               [4, 5],
               [0, 1]])
        """
        if isinstance(x, (int, _np.integer)):
            arr = _np.arange(x)
            self.shuffle(arr)
            return arr
        arr = _np.asarray(x)
        if arr.ndim == 1:
            arr = _np.array(arr)
            self.shuffle(arr)
            return arr
        idx = _np.arange(arr.shape[axis], dtype=_np.int64)
        self.shuffle(idx)
        return _np.take(arr, idx, axis=axis)

    def multivariate_normal(self, mean, cov, size=None, check_valid='warn', tol=1e-8, *, method='svd'):
        """Draws from a multivariate normal distribution.

        >>> rng = np.random.default_rng(0)
        >>> x = rng.multivariate_normal([0.0, 10.0], [[1.0, 0.5], [0.5, 1.0]], size=3)
        >>> x.shape
        (3, 2)
        >>> np.round(x, 3)
        array([[-0.043,  9.825],
               [-0.607,  9.498],
               [ 0.283, 10.645]])
        """
        if method not in {'eigh', 'svd', 'cholesky'}:
            raise ValueError("method must be one of {'eigh', 'svd', 'cholesky'}")
        mean = _np.array(mean)
        cov = _np.array(cov)
        shape, final_shape = _mvn_shapes(mean, cov, size)
        x = self.standard_normal(final_shape).reshape(-1, mean.shape[0])
        cov = cov.astype(_np.double)
        if method == 'cholesky':
            # nabla's Cholesky is not bit-identical to LAPACK's dpotrf (e.g. its L[0, 0] for [[2, .5], [.5, 1]] is
            # one ulp off), which would change every draw.
            raise NotImplementedError("multivariate_normal with method='cholesky'")
        elif method == 'eigh':
            if cov.shape[0] > 25:
                raise NotImplementedError("multivariate_normal with method='eigh' and more than 25 dimensions "
                                          "(LAPACK syevd's divide and conquer eigenvectors are not reproduced)")
            (s, u) = _np.linalg.eigh(cov)
            if check_valid != 'ignore':
                if check_valid != 'warn' and check_valid != 'raise':
                    raise ValueError("check_valid must equal 'warn', 'raise', or 'ignore'")
                if _np.any(s < -tol):
                    if check_valid == 'warn':
                        import warnings
                        warnings.warn("covariance is not symmetric positive-semidefinite.", RuntimeWarning)
                    else:
                        raise ValueError("covariance is not symmetric positive-semidefinite.")
            factor = u * _np.sqrt(abs(s))
        else:
            (u, s, vh) = _mvn_svd(cov)
            _check_psd(vh, s, cov, check_valid, tol)
            factor = u * _np.sqrt(s)
        x = mean + x @ factor.T
        return x.reshape(tuple(final_shape))


def default_rng(seed=None):
    """A new Generator over PCG64, seeded through SeedSequence.

    >>> rng = np.random.default_rng(42)
    >>> rng.random(3)
    array([0.77395605, 0.43887844, 0.85859792])
    >>> rng.integers(0, 10, size=4)
    array([0, 6, 2, 0])
    """
    if isinstance(seed, Generator):
        return seed
    if isinstance(seed, PCG64):
        return Generator(seed)
    return Generator(PCG64(seed))


_rand = RandomState()


def seed(seed=None):
    """Seed the global legacy generator (MT19937 init_genrand for an int).

    >>> np.random.seed(0)
    >>> np.random.rand(2)
    array([0.5488135 , 0.71518937])
    """
    _rand.seed(seed)


get_state = _rand.get_state
set_state = _rand.set_state
beta = _rand.beta
f = _rand.f
multinomial = _rand.multinomial
gumbel = _rand.gumbel
laplace = _rand.laplace
logistic = _rand.logistic
pareto = _rand.pareto
power = _rand.power
rayleigh = _rand.rayleigh
standard_cauchy = _rand.standard_cauchy
standard_t = _rand.standard_t
weibull = _rand.weibull
binomial = _rand.binomial
chisquare = _rand.chisquare
choice = _rand.choice
exponential = _rand.exponential
gamma = _rand.gamma
lognormal = _rand.lognormal
multivariate_normal = _rand.multivariate_normal
normal = _rand.normal
permutation = _rand.permutation
poisson = _rand.poisson
rand = _rand.rand
randint = _rand.randint
randn = _rand.randn
random = _rand.random
random_sample = _rand.random_sample
shuffle = _rand.shuffle
standard_exponential = _rand.standard_exponential
standard_gamma = _rand.standard_gamma
standard_normal = _rand.standard_normal
uniform = _rand.uniform


def sample(size=None):
    """Alias of random_sample.

    >>> np.random.seed(0)
    >>> np.random.sample(2)
    array([0.5488135 , 0.71518937])
    """
    return _rand.random_sample(size)


def ranf(size=None):
    """Alias of random_sample.

    >>> np.random.seed(0)
    >>> np.random.ranf(2)
    array([0.5488135 , 0.71518937])
    """
    return _rand.random_sample(size)
