"""`make report-check`: write the draft report of the three sample projects (the demo, a
starter-codebook project with three codings, codings outside cases with two coders), check
every number, render each to PDF with LibreOffice, print its page count, and put the pages as
PNG beside it (pdftoppm) to look at. Fails on a contradiction or when the starter project's
report reaches 12 pages."""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from qdacoder.reports.draft_report import write_draft_report
from qdacoder.reports.language import output_language, translator
from qdacoder.reports.report_check import check_report
from qdacoder.reports.sample_projects import SAMPLES

for tool, package in (("soffice", "libreoffice-writer-nogui"), ("pdfinfo", "poppler-utils"),
                      ("pdftoppm", "poppler-utils")):
    if not shutil.which(tool):
        sys.exit(f"{tool} is missing: sudo apt-get install {package}")
if shutil.which("fc-list") and "Carlito" not in subprocess.run(["fc-list", ":", "family"], capture_output=True,
                                                               text=True).stdout:
    # the template's Calibri is then set in a wider font: headers of narrow columns may break
    print("note: without Carlito (Calibri's metrics) LibreOffice sets the pages in a wider font; "
          "sudo apt-get install fonts-crosextra-carlito for pages as Word shows them")
out = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="report-check-"))
out.mkdir(parents=True, exist_ok=True)
failed = False
for kind, build in SAMPLES.items():
    (out / f"{kind}.qdacoder").unlink(missing_ok=True)
    project = build(out / f"{kind}.qdacoder")
    report = out / f"{kind}.docx"
    claims = write_draft_report(project, report, translate=translator(output_language(project)))
    problems = check_report(report, claims, project)
    project.close()
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(report)],
                   check=True, capture_output=True)
    info = subprocess.run(["pdfinfo", str(out / f"{kind}.pdf")], check=True, capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(out / f"{kind}.pdf"), str(out / f"{kind}-page")], check=True)
    limit = " (must stay under 12)" if kind == "starter" else ""
    print(f"{kind:8} {pages:3} pages{limit}, {len(claims)} claims, {len(problems)} contradictions  {out / (kind + '.pdf')}")
    for problem in problems:
        print("   ", problem)
    failed |= bool(problems) or (kind == "starter" and pages >= 12)
sys.exit(1 if failed else 0)
