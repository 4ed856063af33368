"""Language analysis, done once per article: tokens, lemmas, sentences, named entities and
the gazetteer's names, shared by the interview and event steps (needs the `nlp` extra)."""
