# numpy.fft, written in nabla after NumPy's numpy/fft/_pocketfft.py and _helper.py: argument defaults, norm
# handling and the n-dimensional transforms as sequences of 1-D ones (in NumPy's axis order, so results round the
# same). The 1-D transforms are the Rust kernels `_c2c`, `_r2c`, `_c2r` (pocketfft's algorithms); `_np` is numpy.

_SWAP_DIRECTION = {"backward": "forward", None: "forward", "ortho": "ortho", "forward": "backward"}


def _swap_direction(norm):
    if norm not in _SWAP_DIRECTION:
        raise ValueError(f'Invalid norm value {norm}; should be "backward", "ortho" or "forward".')
    return _SWAP_DIRECTION[norm]


def _raw_fft(a, n, axis, is_real, is_forward, norm):
    if n < 1:
        raise ValueError(f"Invalid number of FFT data points ({n}) specified.")
    if not is_forward:
        norm = _swap_direction(norm)
    if norm is None:
        norm = "backward"
    if norm not in ("backward", "ortho", "forward"):
        raise ValueError(f'Invalid norm value {norm}; should be "backward","ortho" or "forward".')
    axis = _np._normalize_axis(axis, a.ndim)
    if is_real:
        if is_forward:
            return _r2c(a, n, axis, norm)
        return _c2r(a, n, axis, norm)
    return _c2c(a, n, axis, is_forward, norm)


def fft(a, n=None, axis=-1, norm=None):
    """One-dimensional discrete Fourier transform (complex output; complex64 for float32 input).

    >>> np.fft.fft(np.array([1.0, 2.0, 3.0, 4.0]))
    array([10.+0.j, -2.+2.j, -2.+0.j, -2.-2.j])
    """
    a = _np.asarray(a)
    if n is None:
        n = a.shape[axis]
    return _raw_fft(a, n, axis, False, True, norm)


def ifft(a, n=None, axis=-1, norm=None):
    """Inverse of fft: ifft(fft(a)) == a up to rounding.

    >>> np.fft.ifft(np.array([10.0, -2 + 2j, -2.0, -2 - 2j]))
    array([1.+0.j, 2.+0.j, 3.+0.j, 4.+0.j])
    """
    a = _np.asarray(a)
    if n is None:
        n = a.shape[axis]
    return _raw_fft(a, n, axis, False, False, norm)


def rfft(a, n=None, axis=-1, norm=None):
    """Discrete Fourier transform of real input: the n // 2 + 1 non-negative frequency terms.

    >>> np.fft.rfft(np.array([1.0, 2.0, 3.0, 4.0]))
    array([10.+0.j, -2.+2.j, -2.+0.j])
    """
    a = _np.asarray(a)
    if n is None:
        n = a.shape[axis]
    return _raw_fft(a, n, axis, True, True, norm)


def irfft(a, n=None, axis=-1, norm=None):
    """Inverse of rfft: n real points (default 2 * (m - 1) for m input terms).

    >>> np.fft.irfft(np.array([10.0, -2 + 2j, -2.0]))
    array([1., 2., 3., 4.])
    """
    a = _np.asarray(a)
    if n is None:
        n = (a.shape[axis] - 1) * 2
    return _raw_fft(a, n, axis, True, False, norm)


def hfft(a, n=None, axis=-1, norm=None):
    """Transform of a signal with Hermitian symmetry, given by its first half: a real spectrum.

    >>> np.fft.hfft(np.array([1.0, 2.0, 3.0]))
    array([ 8., -2.,  0., -2.])
    """
    a = _np.asarray(a)
    if n is None:
        n = (a.shape[axis] - 1) * 2
    return irfft(_np.conjugate(a), n, axis, norm=_swap_direction(norm))


def ihfft(a, n=None, axis=-1, norm=None):
    """Inverse of hfft: the first half of the Hermitian-symmetric transform of a real signal.

    >>> np.fft.ihfft(np.array([8.0, -2.0, 0.0, -2.0]))
    array([1.-0.j, 2.-0.j, 3.-0.j])
    """
    a = _np.asarray(a)
    if n is None:
        n = a.shape[axis]
    return _np.conjugate(rfft(a, n, axis, norm=_swap_direction(norm)))


def _cook_nd_args(a, s=None, axes=None, invreal=False, warn=True):
    shapeless = s is None
    if s is None:
        if axes is None:
            s = list(a.shape)
        else:
            s = [a.shape[ax] for ax in axes]
    s = list(s)
    if axes is None:
        # NumPy warns with stacklevel=3, which names the user's line only when a public function called this
        # directly (rfftn, irfftn); through _raw_fftnd it names NumPy's own file, and the warning stays hidden.
        if not shapeless and warn:
            _deprecated(
                "`axes` should not be `None` if `s` is not `None` (Deprecated in NumPy 2.0). In a future version of "
                "NumPy, this will raise an error and `s[i]` will correspond to the size along the transformed axis "
                "specified by `axes[i]`. To retain current behaviour, pass a sequence [0, ..., k-1] to `axes` for "
                "an array of dimension k."
            )
        axes = list(range(-len(s), 0))
    if len(s) != len(axes):
        raise ValueError("Shape and axes have different lengths.")
    if invreal and shapeless:
        s[-1] = (a.shape[axes[-1]] - 1) * 2
    s = [a.shape[ax] if size == -1 else size for size, ax in zip(s, axes)]
    return s, axes


def _raw_fftnd(a, s, axes, function, norm):
    a = _np.asarray(a)
    s, axes = _cook_nd_args(a, s, axes, warn=False)
    for ii in range(len(axes) - 1, -1, -1):
        a = function(a, n=s[ii], axis=axes[ii], norm=norm)
    return a


def fftn(a, s=None, axes=None, norm=None):
    """N-dimensional discrete Fourier transform (over all axes by default).

    >>> np.fft.fftn(np.array([[1.0, 2.0], [3.0, 4.0]]))
    array([[10.+0.j, -2.+0.j],
           [-4.+0.j,  0.+0.j]])
    """
    return _raw_fftnd(a, s, axes, fft, norm)


def ifftn(a, s=None, axes=None, norm=None):
    """Inverse of fftn.

    >>> np.fft.ifftn(np.array([[10.0, -2.0], [-4.0, 0.0]]))
    array([[1.+0.j, 2.+0.j],
           [3.+0.j, 4.+0.j]])
    """
    return _raw_fftnd(a, s, axes, ifft, norm)


def fft2(a, s=None, axes=(-2, -1), norm=None):
    """Two-dimensional discrete Fourier transform over the last two axes.

    >>> np.fft.fft2(np.array([[1.0, 2.0], [3.0, 4.0]]))
    array([[10.+0.j, -2.+0.j],
           [-4.+0.j,  0.+0.j]])
    """
    return _raw_fftnd(a, s, axes, fft, norm)


def ifft2(a, s=None, axes=(-2, -1), norm=None):
    """Inverse of fft2.

    >>> np.fft.ifft2(np.array([[10.0, -2.0], [-4.0, 0.0]]))
    array([[1.+0.j, 2.+0.j],
           [3.+0.j, 4.+0.j]])
    """
    return _raw_fftnd(a, s, axes, ifft, norm)


def rfftn(a, s=None, axes=None, norm=None):
    """N-dimensional transform of real input: rfft over the last axis, fft over the others.

    >>> np.fft.rfftn(np.array([[1.0, 2.0], [3.0, 4.0]]))
    array([[10.+0.j, -2.+0.j],
           [-4.+0.j,  0.+0.j]])
    """
    a = _np.asarray(a)
    s, axes = _cook_nd_args(a, s, axes)
    a = rfft(a, s[-1], axes[-1], norm)
    for ii in range(len(axes) - 2, -1, -1):
        a = fft(a, s[ii], axes[ii], norm)
    return a


def rfft2(a, s=None, axes=(-2, -1), norm=None):
    """Two-dimensional transform of real input.

    >>> np.fft.rfft2(np.array([[1.0, 2.0], [3.0, 4.0]]))
    array([[10.+0.j, -2.+0.j],
           [-4.+0.j,  0.+0.j]])
    """
    return rfftn(a, s, axes, norm)


def irfftn(a, s=None, axes=None, norm=None):
    """Inverse of rfftn: ifft over all axes but the last, irfft over the last.

    >>> np.fft.irfftn(np.array([[10.0, -2.0], [-4.0, 0.0]]))
    array([[1., 2.],
           [3., 4.]])
    """
    a = _np.asarray(a)
    s, axes = _cook_nd_args(a, s, axes, invreal=True)
    for ii in range(len(axes) - 1):
        a = ifft(a, s[ii], axes[ii], norm)
    return irfft(a, s[-1], axes[-1], norm)


def irfft2(a, s=None, axes=(-2, -1), norm=None):
    """Inverse of rfft2.

    >>> np.fft.irfft2(np.array([[10.0, -2.0], [-4.0, 0.0]]))
    array([[1., 2.],
           [3., 4.]])
    """
    return irfftn(a, s, axes, norm)


def _check_count(n):
    if not isinstance(n, int) or isinstance(n, bool):
        if not (isinstance(n, _np.integer)):
            raise ValueError("n should be an integer")
    return int(n)


def fftfreq(n, d=1.0):
    """Sample frequencies of an n-point fft with sample spacing d: [0, 1, ..., -2, -1] / (d * n).

    >>> np.fft.fftfreq(4)
    array([ 0.  ,  0.25, -0.5 , -0.25])
    """
    n = _check_count(n)
    val = 1.0 / (n * d)
    results = _np.empty(n, int)
    N = (n - 1) // 2 + 1
    results[:N] = _np.arange(0, N, dtype=int)
    results[N:] = _np.arange(-(n // 2), 0, dtype=int)
    return results * val


def rfftfreq(n, d=1.0):
    """Sample frequencies of an n-point rfft: [0, 1, ..., n // 2] / (d * n).

    >>> np.fft.rfftfreq(4)
    array([0.  , 0.25, 0.5 ])
    """
    n = _check_count(n)
    val = 1.0 / (n * d)
    return _np.arange(0, n // 2 + 1, dtype=int) * val


def _half_shifts(x, axes, sign):
    if axes is None:
        axes = tuple(range(x.ndim))
        shift = [sign * (dim // 2) for dim in x.shape]
    elif isinstance(axes, int):
        shift = sign * (x.shape[axes] // 2)
    else:
        shift = [sign * (x.shape[ax] // 2) for ax in axes]
    return _np.roll(x, shift, axes)


def fftshift(x, axes=None):
    """Move the zero-frequency term to the centre (a roll by half of each axis).

    >>> np.fft.fftshift(np.fft.fftfreq(5))
    array([-0.4, -0.2,  0. ,  0.2,  0.4])
    """
    return _half_shifts(_np.asarray(x), axes, 1)


def ifftshift(x, axes=None):
    """Inverse of fftshift (they differ for odd lengths).

    >>> np.fft.ifftshift(np.array([-2, -1, 0, 1, 2]))
    array([ 0,  1,  2, -2, -1])
    """
    return _half_shifts(_np.asarray(x), axes, -1)
