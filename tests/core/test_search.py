"""Full-text search: accent-blind, phrases and several words, exact positions, the index kept
in step with imports and their undo, and coding all hits (hit, sentence, paragraph) as one
undo step."""

import pytest

from qdacoder.core import codes, codings, documents
from qdacoder.core.errors import ValidationError
from qdacoder.core.search import code_hits, context_around, expand, parse_query, search
from qdacoder.importers.turns import find_turns

VERSLAG = (
    "Verslag 3 juni 😀. In het café werd het plan geëvalueerd. De wachtlijst bleef lang.\n"
    "Moeder vond het café een fijne plek. Wachtlijsten zijn een probleem!\n"
    "\n"
    "Tot slot: één-op-één begeleiding op school.\n"
)
INTERVIEW = (
    "I: Hoe was de wachtlijst?\n"
    "R: Lang. De wachtlijst duurde een jaar. Daarna ging het beter.\n"
    "I: En nu?\n"
    "R: Nu gaat het goed.\n"
)


@pytest.fixture
def docs(project):
    verslag = documents.import_document(project, name="Verslag", text=VERSLAG, kind="report").result
    interview = documents.import_document(project, name="Interview", text=INTERVIEW, turns=find_turns(INTERVIEW)).result
    return {"verslag": verslag, "interview": interview}


def spans(hits):
    return [(h.document, h.start, h.end, h.match) for h in hits]


def test_accents_are_ignored_both_ways_and_positions_count_code_points(project, docs):
    cafe = VERSLAG.index("café")
    assert cafe == VERSLAG.encode("utf-16-le").index("café".encode("utf-16-le")) // 2 - 1  # 😀 is one code point
    assert spans(search(project, "cafe")) == [
        ("Verslag", cafe, cafe + 4, "café"), ("Verslag", VERSLAG.index("café", cafe + 1), VERSLAG.index("café", cafe + 1) + 4, "café")]
    start = VERSLAG.index("geëvalueerd")
    assert spans(search(project, "GEEVALUEERD")) == [("Verslag", start, start + 11, "geëvalueerd")]
    assert spans(search(project, "café")) == spans(search(project, "cafe"))
    assert search(project, "cafetaria") == []  # whole words, as the index has them


def test_decomposed_accents_in_the_text_map_back_to_their_letters(project):
    text = "Het cafe\u0301 aan de haven; daar wordt geevalueerd."
    documents.import_document(project, name="Decomposed", text=text)
    (hit,) = search(project, "café")
    assert (hit.start, hit.end, hit.match) == (4, 9, "cafe\u0301")


def test_several_words_must_all_occur_and_each_is_highlighted(project, docs):
    hits = search(project, "wachtlijst jaar")
    assert {h.document for h in hits} == {"Interview"}  # Verslag has no "jaar"
    assert [h.match for h in hits] == ["wachtlijst", "wachtlijst", "jaar"]
    first = INTERVIEW.index("wachtlijst")
    assert (hits[0].start, hits[0].end) == (first, first + 10)


def test_quoted_phrase_and_prefix(project, docs):
    hits = search(project, '"fijne plek"')
    assert [(h.match, h.start) for h in hits] == [("fijne plek", VERSLAG.index("fijne plek"))]
    assert search(project, '"plek fijne"') == []
    assert [h.match for h in search(project, "wachtlijst*")] == [
        "wachtlijst", "wachtlijst", "wachtlijst", "Wachtlijsten"]
    (hit,) = search(project, "een-op-een")  # inner punctuation: a phrase, as FTS5 reads it
    assert hit.match == "één-op-één"


def test_keyword_in_context(project, docs):
    (hit,) = search(project, "geëvalueerd")
    assert hit.before.endswith("werd het plan ") and hit.after.startswith(". De wachtlijst")
    assert context_around("aaa bbb ccc ddd", 8, 11, 5) == (" bbb ", " ddd")
    assert context_around("aaa bbbb ccc dddd eee", 9, 12, 4) == ("", "")  # half words dropped
    assert context_around("x: woordenboek", 0, 1, 5) == ("", ":")
    assert context_around("abc-defghij", 0, 3, 4) == ("", "-def")  # one long word: kept, cut


@pytest.mark.parametrize("query", ['"open einde', "  ", "?!", '""'])
def test_unreadable_queries_are_explained(project, docs, query):
    with pytest.raises(ValidationError):
        search(project, query)
    assert [t.tokens for t in parse_query('AND OR "NEAR(" wacht*')] == [("and",), ("or",), ("near",), ("wacht",)]
    assert search(project, "AND OR") == []  # FTS keywords are just words here


def test_the_index_follows_import_undo_redo_rename_and_delete(project):
    journal = documents.import_document(project, name="Notitie", text="De gezinsvoogd kwam te laat.")
    assert [h.document for h in search(project, "gezinsvoogd")] == ["Notitie"]
    journal.undo(project)
    assert search(project, "gezinsvoogd") == []
    journal.redo(project)
    document_id = journal.result
    documents.rename_document(project, document_id, "Notitie 12 mei")
    assert [h.document for h in search(project, "gezinsvoogd")] == ["Notitie 12 mei"]
    assert search(project, "Notitie") == []  # the name is not the text
    documents.delete_document(project, document_id)
    assert search(project, "gezinsvoogd") == []
    assert project.scalar("SELECT count(*) FROM documents_fts") == 0
    assert project.scalar("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')") is None


def test_the_migration_indexes_existing_documents(tmp_path):
    from sqlite_utils import Database

    from qdacoder.core.project import Project
    from qdacoder.core.schema import MIGRATIONS

    path = tmp_path / "oud.qdacoder"
    db = Database(path)
    MIGRATIONS.apply(db, stop_before="0004_full_text_search")
    db.execute("PRAGMA user_version = 3")
    db.execute("INSERT INTO documents (guid, name, kind, text, sha256, imported_at) "
               "VALUES ('g1', 'Oud', 'other', 'Een oude notitie over het café.', 'x', 't')")
    db.conn.commit()
    db.close()
    with Project.open(path) as project:
        assert [h.match for h in search(project, "cafe")] == ["café"]


def test_limit(project, docs):
    assert len(search(project, "wachtlijst*", limit=2)) == 2


def test_expand_to_sentence_and_paragraph():
    hit = VERSLAG.index("plan")
    assert VERSLAG[slice(*expand(VERSLAG, hit, hit + 4, "hit"))] == "plan"
    assert VERSLAG[slice(*expand(VERSLAG, hit, hit + 4, "sentence"))] == "In het café werd het plan geëvalueerd."
    assert VERSLAG[slice(*expand(VERSLAG, hit, hit + 4, "paragraph"))] == VERSLAG.splitlines()[0]
    problem = VERSLAG.index("probleem")
    assert VERSLAG[slice(*expand(VERSLAG, problem, problem + 8, "sentence"))] == "Wachtlijsten zijn een probleem!"
    school = VERSLAG.index("school")
    assert VERSLAG[slice(*expand(VERSLAG, school, school + 6, "sentence"))] == "Tot slot: één-op-één begeleiding op school."


def test_code_all_hits_in_one_undo_step(project, docs, coder):
    code = codes.add_code(project, "Wachtlijst").result
    hits = search(project, "wachtlijst*")
    journal = code_hits(project, hits, code, coder.id, unit="hit")
    assert journal.result == 4
    texts = [(c.document_id, INTERVIEW[c.start:c.end] if c.document_id == docs["interview"] else VERSLAG[c.start:c.end])
             for c in codings.code_codings(project, code)]
    assert sorted(t for _, t in texts) == ["Wachtlijsten", "wachtlijst", "wachtlijst", "wachtlijst"]
    assert code_hits(project, hits, code, coder.id).result == 0  # nothing twice, no error
    journal.undo(project)
    assert codings.code_codings(project, code) == []


def test_code_sentences_and_paragraphs(project, docs, coder):
    code = codes.add_code(project, "Wachten").result
    hits = search(project, "wachtlijst")
    assert code_hits(project, hits, code, coder.id, unit="sentence").result == 3
    coded = {INTERVIEW[c.start:c.end] if c.document_id == docs["interview"] else VERSLAG[c.start:c.end]
             for c in codings.code_codings(project, code)}
    # the question's sentence stays out of the speaker label "I: "
    assert coded == {"Hoe was de wachtlijst?", "De wachtlijst duurde een jaar.", "De wachtlijst bleef lang."}
    other = codes.add_code(project, "Wachten per beurt").result
    journal = code_hits(project, hits, other, coder.id, unit="paragraph")
    assert journal.result == 3  # two hits in one paragraph code it once
    coded = {INTERVIEW[c.start:c.end] if c.document_id == docs["interview"] else VERSLAG[c.start:c.end]
             for c in codings.code_codings(project, other)}
    assert coded == {"Hoe was de wachtlijst?", INTERVIEW.splitlines()[1][3:], VERSLAG.splitlines()[0]}
    journal.undo(project)
    assert codings.code_codings(project, other) == []


def test_folded_positions_map_back_exactly_whatever_folds_unevenly():
    """The sparse map of folded to original positions gives what a map of every character
    gives, for texts full of characters that fold to several ("…", "ß", "ﬁ") or none (an accent)."""
    import random

    from qdacoder.core.search import fold_char, folded_with_map

    random.seed(7)
    alphabet = "abcdé e\u0301ß…ﬁ ÅxyZ\u0308 \n"
    for _ in range(3000):
        text = "".join(random.choice(alphabet) for _ in range(random.randint(0, 30)))
        folded, origin = folded_with_map(text)
        every = [i for i, c in enumerate(text) for _ in fold_char(c)]
        assert len(every) == len(folded)
        assert [origin[i] for i in range(len(folded))] == every if origin is not None else every == list(range(len(text)))


def test_long_texts_are_searched_near_candidates_with_the_same_result():
    """A long text is not folded whole: only around places a loose pattern finds. The spans are
    those of folding the whole text, for words, phrases and prefixes, with accents precomposed or
    written apart, capitals, punctuation, "…" and emoji around them."""
    import random

    from qdacoder.core.search import _locate_folded, _locate_near_candidates, parse_query

    random.seed(11)
    pieces = ["wacht", "wachtlijst", "Wachtlijst", "WACHTLIJST", "wachtlijsten", "wächtlijst", "wa\u0301chtlijst",
              "café", "cafe\u0301", "CAFÉ", "een", "op", "de", "lijst", "…", "😀", "-", "_", ".", " ", " ", "\n",
              "één-op-één", "een op een", "geëvalueerd", "geevalueerd",
              # odd forms of plain letters: the Kelvin sign and the long s match k and s in either
              # case, "İ" lowers to two characters, accents written apart in a long run
              "\u212aind", "kind", "KIND", "ſtad", "stad", "\u0130k", "ik", "wa\u0301\u0302\u0303\u0304chtlijst",
              "e\u0301wachtlijst", "wachtlijst\u0301"]
    queries = ["wachtlijst", "wacht*", "cafe", '"op de lijst"', "een-op-een", "geevalueerd", '"wachtlijst cafe"',
               "kind", "stad", "ik", "lijst"]
    for _ in range(300):
        text = "".join(random.choice(pieces) for _ in range(random.randint(50, 600)))
        for query in queries:
            terms = parse_query(query)
            assert _locate_near_candidates(text, terms) == _locate_folded(text, terms), (query, text)
