"""Speaker mentions: the noun phrase around a cue that names who spoke, and what kind of phrase it is.

The stage, from the word up (each module says what it decides):
  words.py       what one word is to a speaker phrase: capitalised, a title word, a head noun, a particle
                 of a surname, a month that is a surname here
  word_facts.py  those tests (and the lexicon's) of one word, made once per word and language
  phrase.py      Mention, and classify: a noun phrase as a name, a description with a title class, or an
                 organisation
  np_start.py    where the simple noun phrase ending at a word starts (read back to its article)
  before.py      the subject ending right before a cue ("The mayor said")
  after.py       the inverted subject right after a cue ("…, said the mayor")
  appositive.py  the subject before appositives and relative clauses ("Jane Holt, a teacher, said")
  sov.py         the subject of a verb-final language, marked by a postposition (Hindi "ने")
subjects.py (one level up) chooses among these for each cue.
"""
