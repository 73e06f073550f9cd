#!/usr/bin/env python3
"""Time the same .py files under python3 and nabla, and print the ratio nabla/python (median of N runs).

Usage: python3 benches/compare.py [--runs N] [--nabla PATH] [FILES...]   (default: benches/*.py)
Build nabla first: cargo build --release. Benchmarks are measurements, never tests: nothing here asserts.
"""
import glob
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(argv):
    t0 = time.perf_counter()
    proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    dt = time.perf_counter() - t0
    return dt, proc


def main():
    args = sys.argv[1:]
    runs = 5
    nabla = os.path.join(HERE, "..", "target", "release", "nabla")
    files = []
    while args:
        a = args.pop(0)
        if a == "--runs":
            runs = int(args.pop(0))
        elif a == "--nabla":
            nabla = args.pop(0)
        else:
            files.append(a)
    if not files:
        files = sorted(glob.glob(os.path.join(HERE, "*.py")))
        files = [f for f in files if os.path.basename(f) != "compare.py"]
    print(f"{'benchmark':<28}{'python s':>10}{'nabla s':>10}{'ratio':>8}  same output")
    for f in files:
        py, nb = [], []
        same = True
        for _ in range(runs):
            dt, p1 = timed([sys.executable, f])
            py.append(dt)
            dt, p2 = timed([nabla, f])
            nb.append(dt)
            same = same and p1.stdout == p2.stdout
        mp, mn = statistics.median(py), statistics.median(nb)
        print(f"{os.path.basename(f):<28}{mp:>10.3f}{mn:>10.3f}{mn / mp:>8.2f}  {'yes' if same else 'NO'}")
    # Start-up: an empty program.
    st_py = statistics.median(timed([sys.executable, "-c", "pass"])[0] for _ in range(runs))
    st_nb = statistics.median(timed([nabla, "-c", "pass"])[0] for _ in range(runs))
    print(f"{'startup (-c pass)':<28}{st_py:>10.3f}{st_nb:>10.3f}{st_nb / st_py:>8.2f}")


if __name__ == "__main__":
    main()
