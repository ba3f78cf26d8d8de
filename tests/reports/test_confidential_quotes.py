"""A confidential coding is never quoted, starred or not, and the export counts what it left
out; retrieval and counts still see it (fictional study of tests/core/test_quotes.py)."""

import docx

from qdacoder.analysis.frequency_table import frequency_table
from qdacoder.analysis.retrieval import segments
from qdacoder.core import quotes as core_quotes
from qdacoder.reports.draft_report import write_draft_report
from qdacoder.reports.quotes import collect_quotes, write_quotes
from qdacoder.core.names import name_filter
from tests.core.test_quotes import build_study


def test_confidential_codings_are_left_out_of_quotes_and_counted(project, coder, tmp_path):
    study = build_study(project, coder)
    before = collect_quotes(project)
    assert len(before) == 3 and before.confidential_left_out == 0
    core_quotes.set_confidential(project, [study.ids.alone, study.ids.unstarred])
    found = collect_quotes(project)
    assert sorted(q.coding_id for q in found) == sorted([study.ids.mentor, study.ids.school])
    assert found.confidential_left_out == 1  # only the starred one would have been a quote
    every = collect_quotes(project, starred_only=False)
    assert len(every) == 2 and every.confidential_left_out == 2

    write_quotes(found, tmp_path / "citaten.docx", names=name_filter(project))
    texts = " ".join(p.text for p in docx.Document(tmp_path / "citaten.docx").paragraphs)
    assert "werkte veel" not in texts and "echt luisterde" in texts
    write_draft_report(project, tmp_path / "concept.docx")
    report = " ".join(p.text for p in docx.Document(tmp_path / "concept.docx").paragraphs)
    assert "werkte veel" not in report and "echt luisterde" in report
    assert core_quotes.starred_with_names(project) == [(study.ids.mentor, ["Sanne"]), (study.ids.school, ["Sanne"])]

    # the researcher still analyses everything
    assert study.ids.alone in {s.coding_id for s in segments(project)}
    assert [r.own.codings for r in frequency_table(project) if r.path == "Thuis"] == [1]
