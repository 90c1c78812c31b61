"""The per-document name registry (entities.Registry), built before any construction runs:
  build.py   the pass over each sentence: capitalised runs (or, without case, names after titles)
  runs.py    one capitalised run: titles cut off, then registered as a name or refused
  titles.py  the titles, nationality and gender the words around a name give it
  facts.py   what one word is to the registry, computed once per word and language
"""
