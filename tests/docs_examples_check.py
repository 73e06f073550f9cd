#!/usr/bin/env python3
"""Run every help example under real CPython + NumPy + PyTorch and report where the doc's text differs.

Not part of CI (it needs numpy and torch). The docs test runs the same examples under nabla, so an example that
passes both prints what Python prints.

    python3 tests/docs_examples_check.py                 # build the dump with cargo, check every example
    python3 tests/docs_examples_check.py --dump F.json   # check an existing dump
    python3 tests/docs_examples_check.py --render F.txt  # print doc text (code + Python's output) for new examples

Each doc's examples run in order in one namespace, as doctest runs a docstring, after `import math, random,
numpy as np, torch`. An example whose code carries the comment `# nabla-only` (grad(), REPL commands, help
output) is skipped.

The --render input holds blocks of `@@ NAME` followed by one statement per line (a line starting with a space,
or with except/else/elif/finally, continues the previous statement); the output gives each block's doc example text.
"""

import argparse
import contextlib
import io
import json
import math
import os
import random
import subprocess
import sys
import traceback

import numpy as np
import torch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKIP_MARK = "# nabla-only"
# Clauses that continue the compound statement before them.
CONTINUING = {"except", "else", "elif", "finally"}


def fresh_namespace():
    """A namespace as the docs test's fresh session has it, with global state back to the defaults."""
    np.set_printoptions(
        edgeitems=3, infstr="inf", linewidth=75, nanstr="nan", precision=8, suppress=False, threshold=1000,
        formatter=None, sign="-", floatmode="maxprec", legacy=False,
    )
    np.seterr(divide="warn", over="warn", under="ignore", invalid="warn")
    torch.set_printoptions(profile="default", sci_mode=None)
    torch.set_default_dtype(torch.float32)
    return {"math": math, "random": random, "np": np, "torch": torch, "__name__": "__main__"}


def run(code, ns):
    """Run one example as the interactive interpreter does (expressions echo their repr); its output and whether
    it raised."""
    buf = io.StringIO()
    raised = False
    with contextlib.redirect_stdout(buf):
        try:
            try:
                compiled = compile(code + "\n", "<doc>", "single")
            except SyntaxError:
                compiled = compile(code + "\n", "<doc>", "exec")
            exec(compiled, ns)
        except Exception:
            raised = True
            print(traceback.format_exc().rstrip().splitlines()[-1])
    return buf.getvalue().rstrip(), raised


def check(dump):
    with open(dump) as f:
        docs = json.load(f)
    checked = skipped = 0
    bad = []
    for doc in docs:
        ns = fresh_namespace()
        for code, expected in doc["examples"]:
            if SKIP_MARK in code:
                skipped += 1
                continue
            checked += 1
            got, raised = run(code, ns)
            if raised or got != expected:
                bad.append((doc["name"], code, expected, got, raised))
    for name, code, expected, got, raised in bad:
        print(f"{name}: {code!r}{' (raised)' if raised else ''}")
        print(f"    doc:    {expected!r}")
        print(f"    python: {got!r}")
    print(f"{checked} examples checked, {skipped} nabla-only skipped, {len(bad)} differ")
    return 1 if bad else 0


def render(path):
    blocks = []
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("@@ "):
                blocks.append((line[3:].strip(), []))
            elif line.strip() and blocks:
                stmts = blocks[-1][1]
                if stmts and (line.startswith(" ") or line.split()[0].rstrip(":") in CONTINUING):
                    stmts[-1] += "\n" + line
                else:
                    stmts.append(line)
    for name, stmts in blocks:
        ns = fresh_namespace()
        lines = []
        for code in stmts:
            got, raised = run(code, ns)
            first, *rest = code.split("\n")
            lines.append(">>> " + first)
            lines.extend("... " + r for r in rest)
            if raised:
                lines.append("RAISED " + got)
            elif got:
                lines.extend(l if l else "<BLANKLINE>" for l in got.split("\n"))
        print(f"@@ {name}")
        print("\n".join(lines))
        print()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dump", help="a dump written by NABLA_DOCS_DUMP (default: make one with cargo)")
    ap.add_argument("--render", help="examples to run and print as doc text")
    args = ap.parse_args()
    if args.render:
        render(args.render)
        return 0
    dump = args.dump
    if dump is None:
        dump = os.path.join(ROOT, "target", "docs_dump.json")
        env = dict(os.environ, NABLA_DOCS_DUMP=dump)
        subprocess.run(["cargo", "test", "--test", "docs", "dump"], cwd=ROOT, env=env, check=True)
    return check(dump)


if __name__ == "__main__":
    sys.exit(main())
