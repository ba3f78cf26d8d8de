"""The one build step pyproject.toml cannot express: resources/ and codebooks/ stay at the top of
the repository (where people look for them), and the wheel carries them as
qdacoder/_data/resources and qdacoder/_data/codebooks, where ``qdacoder.resources`` finds them in
an installed qdacoder. Everything else about the package is in pyproject.toml; the PyInstaller
bundle copies the same files itself (build.spec)."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# folder -> the files of it qdacoder reads at run time (the .py files in resources/translations
# are tools for developers, not for the program)
SHIPPED = {"resources": "**/*", "codebooks": "*.yaml"}


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):  # an editable install reads them from the checkout
            return
        for folder, pattern in SHIPPED.items():
            for source in sorted((ROOT / folder).glob(pattern)):
                if source.is_file() and source.suffix != ".py" and "__pycache__" not in source.parts:
                    target = Path(self.build_lib, "qdacoder", "_data", source.relative_to(ROOT))
                    self.mkpath(str(target.parent))
                    self.copy_file(str(source), str(target))


setup(cmdclass={"build_py": BuildWithData})
