"""Run an installed or bundled qdacoder the way a new user would, from a scratch folder where no
source checkout is in reach: `make bundle-check` and `make wheel-check` call it with the program
they made.

    python tools/check_install.py PROGRAM [--window SECONDS]

PROGRAM is the `qdacoder` to check (dist/qdacoder/qdacoder, or a fresh venv's bin/qdacoder). It
runs `--version`, builds the demo project and reads it (`info`), starts a project from a starter
codebook (`new P --codebook ketenbreed_leren`), writes a table in Dutch (the translation read
from the shipped .ts), a chart as PNG and SVG, quotes as Word (imported again) and the demo as
REFI-QDA (read back into a new project); with --window it also opens the window on the
demo offscreen and checks it is still running, with nothing on stderr, after SECONDS. The
window's settings and log go to the scratch folder, not the user's. Exit code 1 on the first
failure, with what was run and what it printed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def fail(what: str, result: subprocess.CompletedProcess | None = None, detail: str = "") -> None:
    print(f"FAILED: {what}", file=sys.stderr)
    if result is not None:
        print(f"exit code {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}", file=sys.stderr)
    if detail:
        print(detail, file=sys.stderr)
    sys.exit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program", type=Path)
    parser.add_argument("--window", type=float, metavar="SECONDS", help="Also open the window for this long.")
    options = parser.parse_args()
    program = options.program.resolve()
    if not program.is_file():
        fail(f"{program} does not exist")
    scratch = Path(tempfile.mkdtemp(prefix="qdacoder-check-"))
    # a home of its own: the window's settings, recent projects and log stay out of the user's
    environment = {**os.environ, "HOME": str(scratch), "XDG_CONFIG_HOME": str(scratch / "config"),
                   "XDG_DATA_HOME": str(scratch / "data"), "XDG_CACHE_HOME": str(scratch / "cache"),
                   "MPLCONFIGDIR": str(scratch / "matplotlib"), "QDACODER_CODER": "Controle",
                   "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("PYTHONPATH", None)

    def run(*arguments: str, expect: str = "", timeout: float = 300) -> str:
        command = [str(program), *arguments]
        started = time.perf_counter()
        result = subprocess.run(command, cwd=scratch, env=environment, capture_output=True, text=True, timeout=timeout)
        seconds = time.perf_counter() - started
        if result.returncode != 0 or expect not in result.stdout:
            fail(f"qdacoder {' '.join(arguments)}" + (f" (expected “{expect}” in its output)" if expect else ""),
                 result)
        print(f"ok  {seconds:5.2f} s  qdacoder {' '.join(arguments)}", flush=True)
        return result.stdout

    run("--version", expect="qdacoder, version")
    run("demo", "demo.qdacoder", expect="Created the demo project")
    run("info", "demo.qdacoder", expect="codings:")
    run("new", "P.qdacoder", "--codebook", "ketenbreed_leren", expect="with the codebook ketenbreed_leren")
    if len(run("codes", "P.qdacoder").splitlines()) < 10:
        fail("the starter codebook ketenbreed_leren gave (almost) no codes")
    run("stats", "demo.qdacoder", "--language", "nl", "--xlsx", "frequenties.xlsx", expect="Codefrequenties")
    for chart in ("frequenties.png", "frequenties.svg"):
        run("chart", "demo.qdacoder", chart, "--type", "frequencies")
        if (scratch / chart).stat().st_size < 1000:
            fail(f"{chart} is (nearly) empty")

    # Word out and back in (python-docx and its template), REFI-QDA out and back in (lxml, the
    # shipped XML schemas)
    run("quotes", "demo.qdacoder", "citaten.docx", "--all", expect="Wrote")
    run("import", "P.qdacoder", "citaten.docx", expect="Imported")
    run("qdpx", "export", "demo.qdacoder", "demo.qdpx")
    run("qdpx", "new", "Q.qdacoder", "demo.qdpx")
    run("info", "Q.qdacoder", expect="codings:")

    # the name finder: deduce's lists inside the install, its cache built into the user's cache
    # folder (here the scratch home's), never into the installation (two minutes on a quiet
    # machine, five or more on a busy one)
    run("placeholders", "suggest", "demo.qdacoder", "--json", expect="[", timeout=900)
    if not list((scratch / "cache" / "qdacoder").glob("deduce-*/cache/*.pickle")):
        fail("qdacoder placeholders suggest left no deduce cache in the user's cache folder")

    if options.window:
        window = subprocess.Popen([str(program), "gui", str(scratch / "demo.qdacoder")], cwd=scratch, env=environment,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(options.window)
        if window.poll() is not None:
            out, err = window.communicate()
            fail(f"the window closed by itself within {options.window} s",
                 subprocess.CompletedProcess(window.args, window.returncode, out, err))
        window.terminate()
        out, err = window.communicate(timeout=30)
        if "Traceback" in err or "Error" in err:
            fail("the window wrote an error", subprocess.CompletedProcess(window.args, window.returncode, out, err))
        print(f"ok  the window ran for {options.window:g} s offscreen without an error")
    print(f"all checks passed ({program})")


if __name__ == "__main__":
    main()
