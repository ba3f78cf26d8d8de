"""A code that has codings cannot be made a category (issue 21)."""

import pytest

from qdacoder.core.coders import ensure_coder
from qdacoder.core.codes import find_code_by_path, get_code, update_code
from qdacoder.core.codings import add_coding_by_path
from qdacoder.core.documents import import_document
from qdacoder.core.errors import ValidationError


def test_a_coded_code_stays_codable_and_an_empty_one_may_become_a_category(project):
    document_id = import_document(project, name="Interview Sanne", text="R: Mijn mentor hielp mij echt.\n").result
    add_coding_by_path(project, document_id=document_id, path="Steun/Mentor", start=3, end=16,
                       coder_id=ensure_coder(project, "Anna de Vries").id)
    mentor = find_code_by_path(project, "Steun/Mentor")
    with pytest.raises(ValidationError, match="“Mentor” has 1 coding"):
        update_code(project, mentor.id, is_codable=False)
    assert get_code(project, mentor.id).is_codable
    steun = find_code_by_path(project, "Steun")
    update_code(project, steun.id, is_codable=False)  # only its subcode holds codings
    assert not get_code(project, steun.id).is_codable
