"""Shared fixtures. Qt runs offscreen: the machines that run the suite have no display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from qdacoder.core.coders import ensure_coder  # noqa: E402
from qdacoder.core.project import Project  # noqa: E402


@pytest.fixture
def project(tmp_path):
    """A new, empty project file on disk (a real SQLite file, as users have)."""
    p = Project.create(tmp_path / "studie.qdacoder")
    yield p
    p.close()


@pytest.fixture
def coder(project):
    return ensure_coder(project, "Anna de Vries")


TRANSCRIPT = (
    "Interview met jeugdige, casus 1\n"
    "I: Hoe ging het toen je op de nieuwe school kwam?\n"
    "R: Eerst slecht. Niemand wist wat er thuis speelde.\n"
    "Pas later kreeg ik een mentor die echt luisterde.\n"
    "I: Wat deed die mentor anders?\n"
    "R: Ze vroeg wat ík wilde. Betrek mij gewoon, het is mijn leven.\n"
)


@pytest.fixture
def transcript_text():
    return TRANSCRIPT


@pytest.fixture
def run():
    """Run the ``qdacoder`` command as a researcher would, as coder Bram Jansen (a test may
    pass another with ``coder=``). ``ok=False``: the test checks the failure itself."""
    from click.testing import CliRunner

    from qdacoder.cli import cli

    runner = CliRunner()

    def invoke(*args, ok=True, coder="Bram Jansen"):
        result = runner.invoke(cli, [str(a) for a in args], env={"QDACODER_CODER": coder})
        if ok:
            assert result.exit_code == 0, result.output
        return result

    return invoke
