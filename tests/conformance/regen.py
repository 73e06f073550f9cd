#!/usr/bin/env python3
"""Regenerate the expected outputs of the nabla conformance corpus.

Expected outputs are ONLY ever produced by this script, running each script under
real CPython (plus NumPy / PyTorch for the folders that use them). They are never
written or edited by hand, and never produced by nabla itself.

For every ``*.py`` under ``tests/conformance/`` (recursively; this script and any
file whose name starts with ``_`` are skipped) it runs ``sys.executable SCRIPT``
with:

  * cwd = the directory of this script (``tests/conformance/``),
  * scripts in a ``repl/`` folder are fed on stdin to ``python3 -i -q`` (REPL transcripts),
  * ``PYTHONHASHSEED=0`` and ``PYTHONIOENCODING=utf-8`` in the environment,
  * stdin = /dev/null, and a 60 s timeout,

and writes next to the script:

  * ``NAME.out``: the exact stdout bytes;
  * ``NAME.err``: only when the exit status is non-zero, exactly two lines::

        exit: N
        <last non-empty line of stderr, e.g. "ValueError: bad value">

    A stale ``NAME.err`` is deleted when the script now exits 0.

Usage:
  regen.py                   regenerate everything
  regen.py PATH_OR_GLOB ...  regenerate only those scripts (relative to the cwd or
                             to this directory; directories are searched recursively)
  regen.py --check [...]     run into memory, report stored files that differ;
                             exit 1 if any differ
"""

import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SELF = os.path.abspath(__file__)
TIMEOUT = 60


def wanted(path):
    path = os.path.abspath(path)
    return (
        path.endswith(".py")
        and path != SELF
        and not os.path.basename(path).startswith("_")
    )


def all_scripts(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_")))
        for name in filenames:
            path = os.path.join(dirpath, name)
            if wanted(path):
                found.append(os.path.abspath(path))
    return sorted(found)


def select(args):
    if not args:
        return all_scripts(HERE)
    chosen = []
    for arg in args:
        matches = []
        for base in ("", HERE):
            pattern = os.path.join(base, arg) if base else arg
            matches = sorted(glob.glob(pattern, recursive=True))
            if matches:
                break
        if not matches:
            sys.exit(f"regen.py: no match for {arg!r}")
        for m in matches:
            if os.path.isdir(m):
                chosen.extend(all_scripts(m))
            elif wanted(m):
                chosen.append(os.path.abspath(m))
    # dedupe, keep order
    seen = set()
    return [p for p in chosen if not (p in seen or seen.add(p))]


def run(script):
    """Return (stdout bytes, err-file bytes or None)."""
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    # Scripts under a `repl/` folder are REPL transcripts: fed to `python3 -i -q` on stdin, so the
    # expected stdout holds the interactive echo of each expression statement.
    interactive = os.path.basename(os.path.dirname(script)) == "repl"
    argv = [sys.executable, "-i", "-q"] if interactive else [sys.executable, script]
    stdin_data = open(script, "rb").read() if interactive else None
    try:
        proc = subprocess.run(
            argv,
            cwd=HERE,
            env=env,
            **({"input": stdin_data} if interactive else {"stdin": subprocess.DEVNULL}),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        sys.exit(f"regen.py: {script} timed out after {TIMEOUT} s")
    if proc.returncode == 0:
        return proc.stdout, None
    lines = [l for l in proc.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    last = lines[-1] if lines else ""
    err = f"exit: {proc.returncode}\n{last}\n".encode("utf-8")
    return proc.stdout, err


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    scripts = select(args)
    differ = []
    for script in scripts:
        stem = script[:-3]
        rel = os.path.relpath(script, HERE)
        out, err = run(script)
        status = "ok" if err is None else err.decode().splitlines()[0]
        if check:
            bad = []
            if read(stem + ".out") != out:
                bad.append(".out")
            if read(stem + ".err") != err:
                bad.append(".err")
            if bad:
                differ.append(rel)
                print(f"DIFF {rel} ({', '.join(bad)})")
            else:
                print(f"same {rel} [{status}]")
        else:
            with open(stem + ".out", "wb") as f:
                f.write(out)
            if err is not None:
                with open(stem + ".err", "wb") as f:
                    f.write(err)
            elif os.path.exists(stem + ".err"):
                os.remove(stem + ".err")
            print(f"wrote {rel} [{status}]")
    if check:
        print(f"{len(scripts)} checked, {len(differ)} differ")
        return 1 if differ else 0
    print(f"{len(scripts)} regenerated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
