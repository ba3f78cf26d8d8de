"""What a drag between parts of the window carries: a passage dragged from the document onto
a code in the codebook."""

PASSAGE_MIME = "application/x-qdacoder-passage"  # JSON {"document_id": int, "start": int, "end": int}
