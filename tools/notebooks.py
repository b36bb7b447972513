#!/usr/bin/python3
"""Executes the tutorial's notebooks on the Java kernel, and checks what they show.

    tools/notebooks.py execute [--force] [--set NAME=VALUE ...] [NOTEBOOK ...]
        Runs every notebook (or the ones named) top to bottom on a fresh kernel and saves its
        outputs in place; pictures go to img/. A notebook whose code, library and kernel have
        not changed since its last run is skipped. Ends with a summary table.

    tools/notebooks.py html
        Exports every executed notebook to static HTML in build/html/, with an index page,
        pictures embedded and formulas rendered by a local copy of MathJax: the folder opens in
        a browser with no network.

    tools/notebooks.py check [NOTEBOOK ...]
        Runs a copy of every notebook in a scratch folder and checks: no cell fails; the fresh
        outputs equal the committed ones (execution counts, timings and image bytes aside);
        every picture is a valid PNG; named values equal the reference values computed with
        NumPy; and the exercises, left blank, filled with right answers and filled with classic
        wrong ones, give the right verdicts. Ends with "N passed, M failed".

Run it with Debian's /usr/bin/python3, which has nbclient and nbformat; the README's commands do.
The kernel is the project's own kernelspec "java" under kernel/target/jupyter.
"""

import argparse
import base64
import hashlib
import json
import math
import os
import re
import shutil
import struct
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
IMG = ROOT / "img"
KERNELS = ROOT / "kernel" / "target" / "jupyter"
STAMPS = ROOT / "build" / "notebook-stamps"
LOGS = ROOT / "build" / "logs"
REFERENCE = Path(os.environ.get("REFERENCE_DIR", ROOT.parent / "shared" / "reference"))

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

try:
    import nbformat
    from nbclient import NotebookClient
except ImportError:
    sys.exit(
        "notebooks.py needs nbclient and nbformat: run it with /usr/bin/python3 after\n"
        "  apt-get install jupyter-nbconvert jupyter-client python3-nbclient python3-nbformat\n"
        "(bash bin/run installs them)."
    )


class CellFailed(Exception):
    """A cell raised an error: says which notebook, which cell, and what."""

    def __init__(self, notebook, index, ename, evalue):
        self.notebook, self.index = notebook, index
        lines = []
        for line in evalue.strip().splitlines():
            if line.strip() and line.strip() not in lines:
                lines.append(line.strip())
        detail = "\n    ".join(lines[:8])
        where = f"cell {index} failed" if index else "could not run"
        super().__init__(f"{notebook}: {where}: {ename}: {detail}".rstrip(": "))


# ------------------------------------------------------------------------------ running


def notebook_paths(names):
    if not names:
        return sorted(NOTEBOOKS.glob("[0-9]*.ipynb"))
    paths = []
    for name in names:
        p = Path(name)
        if not p.exists():
            p = NOTEBOOKS / name
        if not p.exists():
            sys.exit(f"no notebook {name} (looked in {NOTEBOOKS.relative_to(ROOT)}/)")
        paths.append(p.resolve())
    return paths


def run(path, workdir, overrides=None):
    """Executes the notebook at `path` with `workdir` as the kernel's folder; returns it."""
    if not (KERNELS / "kernels" / "java" / "kernel.json").exists():
        sys.exit("the Java kernel is not built yet: run  bash bin/run  (or mvn package)")
    os.environ["JUPYTER_PATH"] = str(KERNELS)
    nb = nbformat.read(str(path), as_version=4)
    if overrides:
        apply_overrides(nb, overrides, path.name)
    client = NotebookClient(
        nb,
        kernel_name="java",
        timeout=300,
        startup_timeout=90,
        allow_errors=True,
        record_timing=False,
        resources={"metadata": {"path": str(workdir)}},
    )
    # the kernel's own log lines go to a file, not into the terminal
    LOGS.mkdir(parents=True, exist_ok=True)
    with open(LOGS / "kernel.log", "a") as log:
        try:
            client.execute(stdout=log, stderr=log)
        except CellFailed:
            raise
        except Exception as e:  # the kernel did not start, or died: say so plainly
            raise CellFailed(path.name, 0, "the Java kernel failed",
                             f"{type(e).__name__}: {e} (see build/logs/kernel.log)") from None
    for index, cell in enumerate(nb.cells, start=1):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                # a compile error leaves evalue empty: its reason is in the traceback
                detail = out.get("evalue", "") + "\n" + "\n".join(out.get("traceback", []))
                raise CellFailed(path.name, f"{index} (In [{cell.get('execution_count')}])",
                                 out.get("ename", "error"), ANSI.sub("", detail))
    normalise(nb)
    return nb


def normalise(nb):
    """Removes what would differ between machines and runs but teaches nothing."""
    info = nb.metadata.get("language_info", {})
    info.pop("version", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        for out in cell.get("outputs", []):
            if "text" in out:
                out["text"] = ANSI.sub("", out["text"])
            for mime, value in out.get("data", {}).items():
                if mime.startswith("text/") and isinstance(value, str):
                    out["data"][mime] = ANSI.sub("", value)


# ------------------------------------------------------------------------------ parameters


ASSIGNMENT = re.compile(r"^(\s*(?:long|int|double)\s+)(\w+)(\s*=\s*)([^;]+)(;.*)$")


def apply_overrides(nb, overrides, name):
    """Sets NAME = VALUE in the notebook's parameters cell, the first code cell that declares
    `seed`; returns the names that cell does not have."""
    left = dict(overrides)
    for cell in nb.cells:
        if cell.cell_type != "code" or not re.search(r"^\s*long\s+seed\s*=", cell.source, re.M):
            continue
        lines = cell.source.split("\n")
        for i, line in enumerate(lines):
            m = ASSIGNMENT.match(line)
            if m and m.group(2) in left:
                kind, value = m.group(1).split()[0], left.pop(m.group(2))
                if kind in ("int", "long") and not re.fullmatch(r"[-+]?[0-9]+", value):
                    sys.exit(f"--set {m.group(2)}={value}: {m.group(2)} is a whole number"
                             f" ({kind}) in {name}")
                if kind == "long":
                    value += "L"  # seeds go up to 2^32 - 1, beyond an int literal
                lines[i] = m.group(1) + m.group(2) + m.group(3) + value + m.group(5)
        cell.source = "\n".join(lines)
        break
    return sorted(left)


# ------------------------------------------------------------------------------ execute


def stamp_of(path, overrides):
    """What a notebook's outputs depend on: its cells, the library and kernel, the overrides."""
    h = hashlib.sha256()
    nb = nbformat.read(str(path), as_version=4)
    for cell in nb.cells:
        h.update(cell.cell_type.encode() + b"\0" + cell.source.encode() + b"\0")
    kernel = ROOT / "kernel" / "target"
    for folder in ("kernel-jars", "classes", "jupyter"):
        for f in sorted(p for p in (kernel / folder).rglob("*") if p.is_file()):
            h.update(str(f.relative_to(kernel)).encode() + hashlib.sha256(f.read_bytes()).digest())
    h.update(json.dumps(sorted(overrides.items())).encode())
    return h.hexdigest()


def executed(path):
    nb = nbformat.read(str(path), as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code" and c.source.strip()]
    return all(c.get("execution_count") is not None for c in code)


def pictures_of(path):
    """The img/ files a notebook writes: the "NAME.png" strings in its code cells."""
    nb = nbformat.read(str(path), as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    return sorted(set(re.findall(r'"(?:\.\./img/)?([\w.\-]+\.png)"', code)))


def command_execute(args):
    overrides = dict(parse_assignment(a) for a in args.set)
    paths = notebook_paths(args.notebooks)
    unknown = set(overrides)
    STAMPS.mkdir(parents=True, exist_ok=True)
    IMG.mkdir(exist_ok=True)
    rows = []
    started = time.time()
    for path in paths:
        nb = nbformat.read(str(path), as_version=4)
        unknown -= set(overrides) - set(apply_overrides(nb, overrides, path.name))
    if unknown:
        sys.exit(f"--set: no notebook has a parameter named {', '.join(sorted(unknown))}")
    if overrides:
        # a class's own numbers: run copies, leave the committed notebooks as they are
        out = ROOT / "build" / "custom"
        (out / "notebooks").mkdir(parents=True, exist_ok=True)
        (out / "img").mkdir(exist_ok=True)
    for path in paths:
        stamp = stamp_of(path, overrides)
        stamp_file = STAMPS / (path.stem + ".sha256")
        pictures = pictures_of(path)
        fresh = (
            not args.force
            and not overrides
            and stamp_file.exists()
            and stamp_file.read_text().strip() == stamp
            and executed(path)
            and all((IMG / p).exists() for p in pictures)
        )
        if fresh:
            rows.append((path.name, "unchanged", "-", pictures))
            continue
        t0 = time.time()
        print(f"running  {path.name} ...", flush=True)
        # with parameters set, the committed notebook is read and the result written elsewhere
        target = out / "notebooks" / path.name if overrides else path
        try:
            nb = run(path, target.parent, overrides)
        except CellFailed as e:
            print(f"\nFAILED   {e}\n         the notebook was left as it was", file=sys.stderr)
            return 1
        nbformat.write(nb, str(target))
        if not overrides:
            stamp_file.write_text(stamp + "\n")
        rows.append((path.name, "executed", f"{time.time() - t0:.1f} s", pictures))
    print()
    where = (out / "img").relative_to(ROOT) if overrides else "img"
    print(f"{'notebook':<34} {'status':<10} {'time':>7}  pictures in {where}/")
    for name, status, took, pictures in rows:
        print(f"{name:<34} {status:<10} {took:>7}  {', '.join(pictures) or '-'}")
    print(f"{len(rows)} notebooks, {time.time() - started:.1f} s in all")
    if overrides:
        print("parameters set: " + ", ".join(f"{k} = {v}" for k, v in overrides.items()))
        print(f"notebooks and pictures with these numbers: {(out).relative_to(ROOT)}/"
              " (the committed notebooks are unchanged)")
    return 0


def parse_assignment(text):
    if "=" not in text:
        sys.exit(f"--set wants NAME=VALUE, got {text!r}")
    name, value = (s.strip() for s in text.split("=", 1))
    if not re.fullmatch(r"[A-Za-z_]\w*", name) or not re.fullmatch(r"[-+0-9.eE]+", value):
        sys.exit(f"--set wants NAME=NUMBER, got {text!r}")
    return name, value


# ------------------------------------------------------------------------------ html

SYSTEM_JS = Path("/usr/share/javascript")
# the parts of MathJax 2 that the TeX-AMS_CHTML-full configuration loads, in English
MATHJAX_PARTS = ["MathJax.js", "config", "extensions", "jax/input/TeX", "jax/output/CommonHTML",
                 "jax/element", "localization/en", "fonts/HTML-CSS/TeX/woff"]


def command_html(args):
    from nbconvert import HTMLExporter

    out = ROOT / "build" / "html"
    static = out / "static"
    if out.exists():
        shutil.rmtree(out)
    static.mkdir(parents=True)
    mathjax = SYSTEM_JS / "mathjax"
    if not (mathjax / "MathJax.js").exists():
        sys.exit("no MathJax in /usr/share/javascript/mathjax: apt-get install libjs-mathjax")
    for part in MATHJAX_PARTS:
        source = mathjax / part
        if source.is_dir():
            shutil.copytree(source, static / "mathjax" / part)
        elif source.exists():
            (static / "mathjax" / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, static / "mathjax" / part)
    for lib in ("jquery/jquery.min.js", "requirejs/require.min.js"):
        if (SYSTEM_JS / lib).exists():
            shutil.copy(SYSTEM_JS / lib, static / Path(lib).name)

    exporter = HTMLExporter(template_name="classic")
    entries = []
    for path in notebook_paths(args.notebooks):
        nb = nbformat.read(str(path), as_version=4)
        if not executed(path):
            sys.exit(f"{path.name} has not been executed yet: run  bash bin/run  first")
        body, _ = exporter.from_notebook_node(nb)
        # the system's script locations become the folder's own copies
        body = body.replace("file:///usr/share/javascript/mathjax/", "static/mathjax/")
        body = body.replace("file:///usr/share/javascript/jquery/", "static/")
        body = body.replace("file:///usr/share/javascript/requirejs/", "static/")
        # links between notebooks point to their HTML pages
        body = re.sub(r'href="([\w.\-]+)\.ipynb"', r'href="\1.html"', body)
        leftover = re.findall(r'(?:src|href)="((?:https?|file):[^"]*)"', body)
        if leftover:
            sys.exit(f"{path.name}: the page would still load {leftover[0]}")
        (out / (path.stem + ".html")).write_text(body, encoding="utf-8")
        title = next((c.source.split("\n")[0].lstrip("# ").strip()
                      for c in nb.cells if c.cell_type == "markdown"), path.stem)
        entries.append((path.stem + ".html", title))

    items = "\n".join(f'    <li><a href="{href}">{title}</a></li>' for href, title in entries)
    (out / "index.html").write_text(f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Backpropagation and gradient descent, in Java</title>
  <style>
    body {{ font-family: "DejaVu Sans", sans-serif; max-width: 46em; margin: 3em auto;
            line-height: 1.5; color: #222; }}
    li {{ margin: 0.4em 0; }}
  </style>
</head>
<body>
  <h1>Backpropagation and gradient descent, in Java</h1>
  <p>The notebooks, executed, in reading order.</p>
  <ol>
{items}
  </ol>
</body>
</html>
""", encoding="utf-8")
    print(f"HTML: {len(entries)} notebooks and an index page in "
          f"{out.relative_to(ROOT)}/ (open {out.relative_to(ROOT)}/index.html)")
    return 0


# ------------------------------------------------------------------------------ check


def comparable(nb):
    """A notebook's outputs with what may legitimately vary taken out."""
    cells = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        outs = []
        for out in cell.get("outputs", []):
            kind = out.get("output_type")
            if kind == "stream":
                outs.append((kind, out.get("name"), out.get("text")))
            elif kind in ("execute_result", "display_data"):
                data = {m: ("<png>" if m == "image/png" else v) for m, v in out["data"].items()}
                outs.append((kind, json.dumps(data, sort_keys=True)))
            else:
                outs.append((kind, out.get("ename"), out.get("evalue")))
        cells.append((cell.source, outs))
    return cells


def shown_text(outputs):
    """What a cell's outputs show as text, on one line, for a message."""
    parts = []
    for out in outputs:
        if out[0] == "stream":
            parts.append(out[2])
        elif out[0] in ("execute_result", "display_data"):
            data = json.loads(out[1])
            parts.append(data.get("text/plain", "<image>" if "image/png" in data else ""))
        else:
            parts.append(f"{out[1]}: {out[2]}")
    text = " ".join("".join(parts).split())
    return text if len(text) <= 160 else text[:157] + "..."


def png_problem(b64):
    """None for a valid PNG image, else what is wrong with it."""
    try:
        raw = base64.b64decode(b64, validate=False)
    except ValueError as e:
        return f"not base64: {e}"
    if not raw.startswith(PNG_SIGNATURE):
        return "does not start with the PNG signature"
    if raw[12:16] != b"IHDR":
        return "has no IHDR header"
    width, height = struct.unpack(">II", raw[16:24])
    if width == 0 or height == 0:
        return f"is {width} x {height}"
    if b"IEND" not in raw[-12:]:
        return "is truncated (no IEND chunk)"
    return None


def text_of(nb, last_line):
    """The text output of the code cell whose last line is `last_line`."""
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.source.strip().split("\n")[-1].strip() == last_line:
            parts = []
            for out in cell.get("outputs", []):
                if out.get("output_type") == "stream":
                    parts.append(out["text"])
                elif "data" in out and "text/plain" in out["data"]:
                    parts.append(out["data"]["text/plain"])
            return "".join(parts)
    raise LookupError(f"no code cell ends with `{last_line}`")


def reference():
    path = REFERENCE / "worked-example.json"
    if not path.exists():
        sys.exit(f"reference values not found at {path} (set REFERENCE_DIR)")
    return json.loads(path.read_text())


def ACCURACY_AT_LEAST_95(shown):
    m = re.search(r"training accuracy: ([0-9.]+) %", shown)
    return m is not None and float(m.group(1)) >= 95.0


def expected_values():
    """Per notebook: (what, the cell's last line, the text that cell must show)."""
    ref = reference()
    step1 = ref["step1"]
    train = ref["training_lr0.1"]["loss_at_epoch"]

    def numpy_str(name):
        return step1[name]["numpy_str"]

    a0, a1 = step1["a2"]["values"][0]
    stuck = -math.log(0.5 + 1e-8)
    return {
        "01-forward-propagation.ipynb": [
            ("X", "X", numpy_str("X")),
            ("W1", "W1", numpy_str("W1")),
            ("z1", "z1", numpy_str("z1")),
            ("a2", "a2", numpy_str("a2")),
            ("loss", "loss", repr(ref["step1_loss"])),
        ],
        "02-backward-propagation.ipynb": [
            ("a2", "f.a2()", numpy_str("a2")),
            ("loss", "f.loss()", repr(ref["step1_loss"])),
            ("dz2", "g.dz2()", numpy_str("dz2")),
            ("dW2", "g.dW2()", numpy_str("dW2")),
            ("dz1", "g.dz1()", numpy_str("dz1")),
            ("dW1", "g.dW1()", numpy_str("dW1")),
            ("updated W1", "next.W1()", numpy_str("W1_updated")),
            ("updated W2", "next.W2()", numpy_str("W2_updated")),
            ("loss after one step", "next.forward(X, Y).loss()",
             repr(ref["loss_after_step1_update"])),
        ],
        "03-softmax-derivative.ipynb": [
            ("softmax of sample 0", "a", f"[[{a0:.8f} {a1:.8f}]]"),
            ("Jacobian diagonal", "J", f" {a0 * (1 - a0):.8f}"),
            ("Jacobian off-diagonal", "J", f"-{a0 * a1:.8f}"),
        ],
        "04-training.ipynb": [
            ("loss at epoch 1", "history", f"epoch     1  loss {train['1']:.8f}"),
            ("loss at epoch 100", "history", f"epoch   100  loss {train['100']:.8f}"),
            ("loss after 1000 epochs", "history", f"epoch  1000  loss {train['1000']:.8f}"),
            ("dead ReLUs at alpha 0.5", "}", f"alpha = 0.5   loss at epoch 10 = "),
            ("stuck loss at alpha 0.5 and 1.0", "}", f"at epoch 1000 = {stuck:.8f}"),
        ],
        "05-spiral.ipynb": [
            # three classes guessed evenly: ln 3, up to the small random weights
            ("untrained loss near ln 3", "net.forward(X, Y).loss()",
             lambda shown: abs(float(shown) - math.log(3)) < 1e-3),
            ("training accuracy of 95 % or more", "String.format(\"training accuracy: %.1f %%\","
             " 100 * accuracy)", ACCURACY_AT_LEAST_95),
        ],
    }


# Each exercise: the blank's variable, a right answer, a classic wrong one, and a phrase the
# verdict on the wrong one must contain (the mistake it names).
EXERCISES = {
    "01-forward-propagation.ipynb": [
        ("myZ1", "X.dot(W1).plus(b1)", "Relu.apply(X.dot(W1).plus(b1))", "that is a1 = relu(z1)"),
        ("myZ2Shape", '"(2, 2)"', '"(2, 4)"', "(2, 4) is"),
        ("myLoss0", "-Math.log(a2.get(0, 0))", "-Math.log10(a2.get(0, 0))", "that is log10"),
    ],
    "02-backward-propagation.ipynb": [
        ("myDb2", "f.a2().minus(Y).sumColumns().divide(2)", "f.a2().minus(Y).sumColumns()",
         "Did you forget to divide by m = 2?"),
        ("myDW1Shape", '"(3, 4)"', '"(2, 3)"', "(2, 3) is"),
        ("myDz1", "f.a2().minus(Y).dot(net.W2().transpose()).multiply(Relu.derivative(f.z1()))",
         "f.a2().minus(Y).dot(net.W2().transpose()).multiply(f.a1())",
         "you multiplied by a1 = relu(z1)"),
        ("myW1", "net.W1().minus(g.dW1().times(alpha))",
         "net.W1().minus(next.backward(next.forward(X, Y)).dW1().times(alpha))",
         "Not quite"),
    ],
    "03-softmax-derivative.ipynb": [
        ("myJ01", "-a3.get(0, 0) * a3.get(0, 1)", "a3.get(0, 0) * a3.get(0, 1)", "sign"),
        ("myRowSum", "0.0", "1.0", "Not quite"),
    ],
    "04-training.ipynb": [
        ("myGuess", "TrainingOutcome.CONVERGES", "TrainingOutcome.STUCK_AT_LN2",
         "it does not get stuck at ln 2"),
        ("myEpoch", "88", "87", "Not quite"),
    ],
    "05-spiral.ipynb": [
        ("myGuess", "TrainingOutcome.CONVERGES", "TrainingOutcome.DIVERGES_TO_NAN", "Not quite"),
        ("myEpoch",
         "java.util.stream.IntStream.rangeClosed(1, epochs)"
         ".filter(e -> history.loss(e) < 0.5).findFirst().getAsInt()",
         "java.util.stream.IntStream.rangeClosed(1, epochs)"
         ".filter(e -> history.loss(e) < 0.5).findFirst().getAsInt() - 1",
         "Not quite"),
    ],
}


def fill_blanks(nb, answers):
    """Replaces each `Type name = null;` blank with the given answer expression."""
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for name, answer in answers.items():
            cell.source = re.sub(rf"^(\s*\w+\s+{name}\s*=\s*)null;", rf"\g<1>{answer};",
                                 cell.source, flags=re.M)


def verdicts(nb):
    """The text each exercise cell shows, by the name of its blank."""
    shown = {}
    for cell in nb.cells:
        m = re.search(r"^\s*\w+\s+(my\w+)\s*=", cell.source, flags=re.M)
        if cell.cell_type == "code" and m and "Exercises." in cell.source:
            shown[m.group(1)] = "".join(o.get("data", {}).get("text/plain", "")
                                        for o in cell.get("outputs", []))
    return shown


def command_check(args):
    paths = notebook_paths(args.notebooks)
    expected = expected_values()
    passed, failed = 0, []

    def verdict(ok, what):
        nonlocal passed
        if ok:
            passed += 1
        else:
            failed.append(what)
            print(f"  FAIL {what}")

    scratch = Path(tempfile.mkdtemp(prefix="notebook-check-"))
    try:
        (scratch / "notebooks").mkdir()
        (scratch / "img").mkdir()
        for path in paths:
            t0 = time.time()
            copy = scratch / "notebooks" / path.name
            shutil.copy(path, copy)
            committed = nbformat.read(str(path), as_version=4)
            try:
                fresh = run(copy, copy.parent)
            except CellFailed as e:
                verdict(False, str(e))
                continue
            verdict(True, f"{path.name}: every cell runs")

            ours, theirs = comparable(fresh), comparable(committed)
            differing = [i for i, (a, b) in enumerate(zip(ours, theirs), 1) if a != b]
            same = len(ours) == len(theirs) and not differing
            if same:
                verdict(True, f"{path.name}: fresh outputs equal the committed ones")
            else:
                where = "the number of cells differs"
                if differing:
                    i = differing[0]
                    source = ours[i - 1][0].strip().split("\n")[-1]
                    where = (f"code cell {i} (In [{i}], `{source}`) shows\n"
                             f"      {shown_text(ours[i - 1][1])}\n"
                             f"    where the committed notebook shows\n"
                             f"      {shown_text(theirs[i - 1][1])}")
                verdict(False, f"{path.name}: fresh outputs differ from the committed ones:"
                        f" {where}\n    (re-run  bash bin/run  and commit the notebook)")

            for index, cell in enumerate(fresh.cells, start=1):
                for out in cell.get("outputs", []):
                    png = out.get("data", {}).get("image/png")
                    if png is not None:
                        problem = png_problem(png)
                        verdict(problem is None,
                                f"{path.name}: cell {index}: the image {problem or 'is a PNG'}")

            for what, last_line, text in expected.get(path.name, []):
                try:
                    shown = text_of(fresh, last_line)
                except LookupError as e:
                    verdict(False, f"{path.name}: {what}: {e}")
                    continue
                ok = text(shown) if callable(text) else text in shown
                verdict(ok, f"{path.name}: {what}" + ("" if callable(text) else f" is {text!r}")
                        + ("" if ok else f", but the cell shows {shown.strip()[:200]!r}"))
            exercises = EXERCISES.get(path.name, [])
            blank = verdicts(fresh)
            for name, _, _, _ in exercises:
                verdict(blank.get(name, "").startswith("Not attempted yet"),
                        f"{path.name}: exercise {name} left blank says it is not attempted yet")
            for which, column in (("right", 1), ("wrong", 2)):
                if not exercises:
                    break
                filled = nbformat.read(str(path), as_version=4)
                fill_blanks(filled, {e[0]: e[column] for e in exercises})
                nbformat.write(filled, str(copy))
                try:
                    shown = verdicts(run(copy, copy.parent))
                except CellFailed as e:
                    verdict(False, f"{e} (with the {which} answers filled in)")
                    continue
                for name, _, _, hint in exercises:
                    text = shown.get(name, "")
                    ok = (text.startswith("Right:") if which == "right"
                          else text.startswith("Not quite") and hint in text)
                    verdict(ok, f"{path.name}: exercise {name} with a {which} answer"
                            + ("" if ok else f" shows {text.strip()[:200]!r}"))
            print(f"checked  {path.name} in {time.time() - t0:.1f} s", flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    print(f"\n{passed} passed, {len(failed)} failed")
    return 0 if not failed else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("execute", help="run the notebooks and save their outputs")
    ex.add_argument("--force", action="store_true", help="run even if nothing changed")
    ex.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="override a parameter of the notebooks' first cells, e.g. seed=7")
    ex.add_argument("notebooks", nargs="*")
    ch = sub.add_parser("check", help="run copies of the notebooks and check their outputs")
    ch.add_argument("notebooks", nargs="*")
    ht = sub.add_parser("html", help="export the executed notebooks to build/html/")
    ht.add_argument("notebooks", nargs="*")
    args = parser.parse_args()
    commands = {"execute": command_execute, "check": command_check, "html": command_html}
    return commands[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
