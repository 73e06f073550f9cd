#!/usr/bin/env python3
"""Write stdlib/numpy.py from the parts in stdlib/numpy/*.py, in a fixed order.

The numpy module's composites live in stdlib/numpy/ split by responsibility; the interpreter embeds the single
file stdlib/numpy.py (include_str!) and runs it once into the module namespace at `import numpy`.

    python3 stdlib/build_numpy.py           regenerate stdlib/numpy.py
    python3 stdlib/build_numpy.py --check   exit 1 if stdlib/numpy.py is stale (for CI)
"""

import os
import sys

# Module-level statements run in this order; a part may only use at import time what an earlier part defined
# (functions may call anything, since calls happen after the whole file has run).
PARTS = [
    'core.py',        # errstate, printoptions, internal helpers, broadcast_shapes
    'info.py',        # result_type, promote_types, can_cast, finfo, iinfo
    'creation.py',    # grids, sequences, diagonals and triangles
    'shape.py',       # atleast_*, stacking, block, flip/roll, tile, split, insert/delete, pad
    'indexing.py',    # s_, r_/c_, mgrid/ogrid, ix_, unravel_index, ndindex, diagonal and triangle indices
    'math.py',        # complex parts, differences, products, convolution, polynomials, floating-point helpers
    'stats.py',       # counting, averages, covariance, histograms, NaN-aware reductions
    'sets.py',        # lexsort, partition, unique_*, set operations
    'functional.py',  # vectorize, apply_along_axis, piecewise, select, choose, compress, put, place, ...
    'testing.py',     # allclose/isclose/array_equal and np.testing
]

HERE = os.path.dirname(os.path.abspath(__file__))
PART_DIR = os.path.join(HERE, 'numpy')
TARGET = os.path.join(HERE, 'numpy.py')

BANNER = """\
# GENERATED FILE: generated from stdlib/numpy/*.py by stdlib/build_numpy.py -- edit the parts, then run
# `python3 stdlib/build_numpy.py` (CI runs it with --check).
#
# Composites of the `numpy` module written in nabla itself, over the Rust primitives (array creation,
# concatenate, reshape, ufuncs, reductions). Embedded in the binary and run into the numpy module at import.
# Anything that loops over elements belongs in a Rust kernel instead.
"""


def generate():
    on_disk = sorted(f for f in os.listdir(PART_DIR) if f.endswith('.py'))
    unlisted = [f for f in on_disk if f not in PARTS]
    if unlisted:
        raise SystemExit('build_numpy.py: parts not listed in PARTS: ' + ', '.join(unlisted))
    out = [BANNER]
    for name in PARTS:
        with open(os.path.join(PART_DIR, name), encoding='utf-8') as f:
            text = f.read().rstrip('\n') + '\n'
        rule = '# ' + '=' * 113
        out.append('\n\n' + rule + '\n# stdlib/numpy/' + name + '\n' + rule + '\n\n' + text)
    return ''.join(out)


def main(argv):
    text = generate()
    if '--check' in argv[1:]:
        try:
            with open(TARGET, encoding='utf-8') as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            sys.stderr.write('stdlib/numpy.py is stale: run `python3 stdlib/build_numpy.py`\n')
            return 1
        return 0
    with open(TARGET, 'w', encoding='utf-8') as f:
        f.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
