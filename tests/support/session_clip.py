"""Regenerate the outputs of a REPL session clip (examples/tour.session) from its inputs.

    python3 tests/support/session_clip.py examples/tour.session [--nabla target/debug/nabla]

A clip is a transcript: inputs after `>>> ` (continued by `... `, a bare `...` being an empty line) and, under
each, what the REPL printed. This script keeps the inputs and rewrites every output: blocks of plain Python take
real CPython's (with NumPy and PyTorch), run under `python3 -i`; blocks using nabla's extras carry a `# nabla:`
comment on their first line and take nabla's output (check those by eye). nabla is run too, and every plain
block where it differs from Python is reported: tests/repl.rs replays the clip through nabla and compares it
byte for byte, so such a block is a nabla bug (or a block to drop from the tour).
"""

import argparse
import os
import subprocess
import sys

MARK = "#--clip-mark--#"


def parse(text):
    """The clip's input blocks, each a list of lines."""
    blocks = []
    for line in text.splitlines():
        if line.startswith(">>> "):
            blocks.append([line[4:]])
        elif line.startswith("... ") and blocks:
            blocks[-1].append(line[4:])
        elif line == "..." and blocks:
            blocks[-1].append("")
    return blocks


def session_input(blocks):
    """The blocks as one piped session, a print of MARK after each so the outputs can be told apart."""
    parts = []
    for block in blocks:
        parts.append("\n".join(block) + "\n")
        parts.append(f"print({MARK!r})\n")
    return "".join(parts)


def outputs(cmd, blocks, env=None):
    """Run `cmd` (a piped REPL) on the blocks: each block's stdout, and the whole stderr."""
    run = subprocess.run(cmd, input=session_input(blocks), capture_output=True, text=True, env=env)
    pieces = run.stdout.split(MARK + "\n")
    return pieces[: len(blocks)], run.stderr


def is_nabla_only(block):
    return "# nabla:" in block[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("clip")
    ap.add_argument("--nabla", default="target/debug/nabla")
    args = ap.parse_args()
    with open(args.clip, encoding="utf-8") as f:
        blocks = parse(f.read())
    plain = [b for b in blocks if not is_nabla_only(b)]
    py_out, py_err = outputs([sys.executable, "-q", "-i"], plain)
    if "Traceback" in py_err or len(py_out) != len(plain):
        sys.exit(f"python3 failed on the plain blocks:\n{py_err}")
    env = dict(os.environ, NO_COLOR="1")
    nabla_out, nabla_err = outputs([args.nabla, "-q", "-i"], blocks, env)
    if len(nabla_out) != len(blocks):
        sys.exit(f"nabla stopped early:\n{nabla_err}")
    python_of = iter(py_out)
    lines, differ = [], 0
    for block, from_nabla in zip(blocks, nabla_out):
        text = from_nabla if is_nabla_only(block) else next(python_of)
        if text != from_nabla:
            differ += 1
            print(f"nabla differs on {block[0]!r}:\n  python: {text!r}\n  nabla:  {from_nabla!r}")
        lines.append(">>> " + block[0])
        lines.extend("... " + l if l else "..." for l in block[1:])
        if text:
            # Every output ends with a newline; the lines under the input are the output without it.
            lines.append(text[:-1])
    with open(args.clip, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{args.clip}: {len(blocks)} inputs, {len(blocks) - len(plain)} nabla-only, {differ} differ from nabla")


if __name__ == "__main__":
    main()
