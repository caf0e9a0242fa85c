"""Every spaCy registration of saidwhat, in one place.

`nlp.add_pipe("saidwhat")` adds a component that sets `doc._.statements` (a list of `model.Statement`
with offsets into `doc.text`) and `doc._.actors`. It is also exposed through the `spacy_factories`
entry point, so spaCy finds it without importing saidwhat first.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("statements"):
    Doc.set_extension("statements", default=None)
if not Doc.has_extension("actors"):
    Doc.set_extension("actors", default=None)


class SaidwhatComponent:
    """Runs attribution and in-document actor resolution on a parsed Doc."""

    def __init__(self, nlp: Language, name: str, published: str | None = None):
        self.name = name
        self.published = published

    def __call__(self, doc: Doc) -> Doc:
        from saidwhat.reader import statements_from_doc

        statements, actors = statements_from_doc(doc, published=self.published)
        doc._.statements = list(statements)
        doc._.actors = list(actors)
        return doc


@Language.factory("saidwhat", assigns=["doc._.statements", "doc._.actors"], default_config={"published": None})
def make_saidwhat(nlp: Language, name: str, published: str | None) -> SaidwhatComponent:
    return SaidwhatComponent(nlp, name, published)
