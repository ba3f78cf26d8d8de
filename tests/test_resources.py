"""Where the shipped files are found: in this checkout at the top of the repository, and in an
installed qdacoder inside the package (qdacoder/_data, where setup.py puts them in the wheel).
`make wheel-check` and `make bundle-check` prove the real wheel and bundle; this checks the rule."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

from qdacoder.resources import codebooks_dir, resources_dir, starter_codebooks

ROOT = Path(__file__).resolve().parents[1]


def test_a_checkout_reads_the_folders_at_the_top_of_the_repository():
    assert resources_dir() == ROOT / "resources" and codebooks_dir() == ROOT / "codebooks"
    assert (resources_dir() / "translations" / "qdacoder_nl.ts").is_file()
    assert "ketenbreed_leren" in starter_codebooks()


def test_an_installed_package_reads_its_own_copy(tmp_path):
    package = tmp_path / "site-packages" / "qdacoder"
    package.mkdir(parents=True)
    shutil.copy(ROOT / "qdacoder" / "__init__.py", package)
    shutil.copy(ROOT / "qdacoder" / "resources.py", package)
    (package / "_data" / "resources" / "demo").mkdir(parents=True)
    (package / "_data" / "codebooks").mkdir()
    (package / "_data" / "codebooks" / "eigen_studie.yaml").write_text("codes: []\n", encoding="utf-8")
    code = ("import json; from qdacoder.resources import resources_dir, starter_codebooks\n"
            "print(json.dumps([str(resources_dir()), sorted(starter_codebooks())]))")
    # run from the scratch folder, with only the fake installation on the path (not this checkout)
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True,
                            env={"PYTHONPATH": str(package.parent), "PATH": ""})
    found, books = json.loads(result.stdout)
    assert found == str(package / "_data" / "resources")
    assert books == ["eigen_studie"]
