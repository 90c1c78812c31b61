/* Optional C versions of the parser's innermost loops: the module `_speedups`, built from this file (its
   functions and the shared tables) and the sources named in native.SPEEDUPS_SOURCES, one per concern:
   _speedups_tokens.c (words), _speedups_window.c (a document's shared words), _speedups_trie.c
   (lexicons), _speedups_quotes.c (quotation marks), _speedups_sentences.c (sentence boundaries and spans),
   _speedups_scan.c (character scans, language detection); _speedups.h declares what they share. The Python each replaces stays the reference (tests/parsing/test_speedups.py).

   Built by scripts/build_parser.py with the mypyc modules and loaded under the same rule (native.py):
   only when built from the sources on disk. tests/parsing/test_native.py checks it against TOKEN_RE. */

#include "_speedups.h"

/* Offsets as int objects, made once (see offset_int in _speedups.h) */
PyObject *offset_ints[OFFSETS_CACHED];

/* out.append((i, e)) */
int
append_span(PyObject *out, Py_ssize_t i, Py_ssize_t e)
{
    PyObject *span = NULL, *si = offset_int(i), *se = offset_int(e);
    if (si != NULL && se != NULL)
        span = PyTuple_Pack(2, si, se);
    Py_XDECREF(si);
    Py_XDECREF(se);
    if (span == NULL || PyList_Append(out, span) < 0) {
        Py_XDECREF(span);
        return -1;
    }
    Py_DECREF(span);
    return 0;
}

static PyMethodDef speedups_methods[] = {
    {"letter_words", (PyCFunction)speedups_letter_words, METH_O,
     "letter_words(text): the runs of letters, with one inner apostrophe, in text"},
    {"script_counts", (PyCFunction)speedups_script_counts, METH_O,
     "script_counts(text): (Latin letters, Devanagari characters)"},
    {"mark_pairs", (PyCFunction)(void (*)(void))speedups_mark_pairs, METH_FASTCALL,
     "mark_pairs(text, start, end): quotemarks._mark_pairs, the marks paired"},
    {"char_positions", (PyCFunction)(void (*)(void))speedups_char_positions, METH_FASTCALL,
     "char_positions(text, start, end, chars): the offsets of the characters of `chars`"},
    {"compile_trie", (PyCFunction)speedups_compile_trie, METH_O,
     "compile_trie(trie): the nested-dict word trie as C arrays, for trie_spans"},
    {"compile_words", (PyCFunction)speedups_compile_words, METH_O,
     "compile_words(words): the trie of a sorted list of distinct lower-cased words, for trie_spans"},
    {"packed_offsets", (PyCFunction)speedups_packed_offsets, METH_O,
     "packed_offsets(toks): packed(*offsets(toks)), without the lists"},
    {"offsets", (PyCFunction)speedups_offsets, METH_O,
     "offsets(toks): the lists of the tokens' starts and ends"},
    {"cap_starts", (PyCFunction)speedups_cap_starts, METH_O,
     "cap_starts(toks): indices of the words that are capitalised or hold a hyphen"},
    {"window_count", (PyCFunction)(void (*)(void))speedups_window_count, METH_FASTCALL,
     "window_count(bounds, offsets, start, end, limit): text.word_count() served from the shared words, "
     "or -1"},
    {"word_count", (PyCFunction)(void (*)(void))speedups_word_count, METH_FASTCALL,
     "word_count(text, start, end, limit): words in text[start:end], counting no further than limit"},
    {"trie_spans_multi", (PyCFunction)(void (*)(void))speedups_trie_spans_multi, METH_FASTCALL,
     "trie_spans_multi(text, pos, endpos, tries, guards): trie_spans of each trie, in one pass"},
    {"trie_spans", (PyCFunction)(void (*)(void))speedups_trie_spans, METH_FASTCALL,
     "trie_spans(text, pos, endpos, trie, guard): the spans of the trie's words, whole words only"},
    {"sentences", (PyCFunction)(void (*)(void))speedups_sentences, METH_FASTCALL,
     "sentences(text, start, end, opens, limits, period_continues, lang, abbreviations): text.sentences(), "
     "or None"},
    {"boundaries", (PyCFunction)(void (*)(void))speedups_boundaries, METH_FASTCALL,
     "boundaries(text, start, end): the sentence-boundary matches as (start, end, stops end, next char)"},
    {"configure", (PyCFunction)(void (*)(void))speedups_configure, METH_FASTCALL,
     "configure(token_type, keys, fold, max_piece): what window() makes its words with"},
    {"packed", (PyCFunction)(void (*)(void))speedups_packed, METH_FASTCALL,
     "packed(ints, ...): lists of ints as one bytes object of Py_ssize_t"},
    {"window", (PyCFunction)(void (*)(void))speedups_window, METH_FASTCALL,
     "window(bounds, words, offsets, text, start, end, limit, last): text.tokens() served from the shared "
     "words, or None"},
    {"tokens", (PyCFunction)(void (*)(void))speedups_tokens, METH_FASTCALL,
     "tokens(text, start, end, limit, token_type, keys, fold): the words of text[start:end]"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef speedups_module = {
    PyModuleDef_HEAD_INIT, "_speedups", "C versions of the parser's innermost loops.", -1,
    speedups_methods,
};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    return PyModule_Create(&speedups_module);
}
