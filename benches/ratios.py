#!/usr/bin/env python3
"""Run a self-timing bench file (benches/timed/*.py: lines "name<TAB>seconds") under python3 and nabla, and print
the per-line ratio nabla/python. Build first: cargo build --release. Measurements, never tests: nothing asserts.

Usage: python3 benches/ratios.py [--nabla PATH] [--runs N] [FILE]   (default: benches/timed/np_bars.py)

With --runs N the two programs run N times, alternating, and each line keeps its best time: on a shared 2-core
virtual machine a neighbour's burst can double one run's times.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(argv):
    out = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=True).stdout
    rows = [line.split("\t") for line in out.splitlines() if "\t" in line]
    return {name: float(t) for name, t in rows}, [name for name, _ in rows]


def main():
    args = sys.argv[1:]
    nabla = os.path.join(HERE, "..", "target", "release", "nabla")
    if args[:1] == ["--nabla"]:
        nabla = args[1]
        args = args[2:]
    runs = 1
    if args[:1] == ["--runs"]:
        runs = int(args[1])
        args = args[2:]
    f = args[0] if args else os.path.join(HERE, "timed", "np_bars.py")
    py, order = run([sys.executable, f])
    nb, _ = run([nabla, f])
    for _ in range(runs - 1):
        for best, argv in ((py, [sys.executable, f]), (nb, [nabla, f])):
            for name, t in run(argv)[0].items():
                best[name] = min(best.get(name, t), t)
    print(f"{'operation':<28}{'numpy s':>10}{'nabla s':>10}{'ratio':>8}")
    for name in order:
        print(f"{name:<28}{py[name]:>10.4f}{nb.get(name, float('nan')):>10.4f}{nb.get(name, float('nan')) / py[name]:>8.2f}")


if __name__ == "__main__":
    main()
