/* What the C sources of the `_speedups` module share (see _speedups.c): the shared table of offset ints,
   the span appender, and the functions of the module's method table. */

#ifndef QUOTEDESK_SPEEDUPS_H
#define QUOTEDESK_SPEEDUPS_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* Offsets as int objects, made once: every token holds two, and ints are immutable, so the words of all
   articles share them (offsets past the table are made as usual). The table is _speedups.c's; inline
   here because every token asks for two. */
#define OFFSETS_CACHED 65536
extern PyObject *offset_ints[OFFSETS_CACHED];

static inline PyObject *
offset_int(Py_ssize_t v)
{
    if (v < 0 || v >= OFFSETS_CACHED)
        return PyLong_FromSsize_t(v);
    PyObject *o = offset_ints[v];
    if (o == NULL) {
        o = PyLong_FromSsize_t(v);
        if (o == NULL)
            return NULL;
        offset_ints[v] = o; /* the table keeps one reference */
    }
    Py_INCREF(o);
    return o;
}

/* The span f(text, start, end, ...) takes as its 2nd and 3rd arguments, as C sizes, unchanged: 0 with
   the error set when either is not an int that fits. */
static inline int
span_ints(PyObject *const *args, Py_ssize_t *start, Py_ssize_t *end)
{
    *start = PyLong_AsSsize_t(args[1]);
    *end = PyLong_AsSsize_t(args[2]);
    return !((*start == -1 || *end == -1) && PyErr_Occurred());
}

/* The span every scan of text = args[0] (a str) takes as its 2nd and 3rd arguments (span_ints), clamped
   as pattern.finditer(text, start, end) clamps its bounds: start and end within [0, len(text)] (a scan
   loops while start < end, so an end below start is an empty window, as an end clamped to 0 is). */
static inline int
span_args(PyObject *const *args, Py_ssize_t *start, Py_ssize_t *end)
{
    if (!span_ints(args, start, end))
        return 0;
    Py_ssize_t n = PyUnicode_GET_LENGTH(args[0]);
    if (*start < 0)
        *start = 0;
    if (*end > n)
        *end = n;
    if (*end < 0)
        *end = 0;
    return 1;
}

/* out.append((i, e)); -1 on an error */
int append_span(PyObject *out, Py_ssize_t i, Py_ssize_t e);

/* _speedups_tokens.c */
/* the token_type tuple (a, b, text[a:b], key) of one word, its key from `keys` or fold(word) */
PyObject *make_token(PyObject *text, int kind, const void *data, Py_ssize_t a, Py_ssize_t b,
                     PyTypeObject *tok_type, PyObject *keys, PyObject *fold);
/* configure(): the Token type's tokens freed onto the free list (once, for a plain tuple subclass) */
void token_hook(PyTypeObject *type);
PyObject *speedups_tokens(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *speedups_word_count(PyObject *self, PyObject *const *args, Py_ssize_t nargs);

/* _speedups_window.c */
PyObject *speedups_configure(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *speedups_packed(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *speedups_window(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *speedups_window_count(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *speedups_cap_starts(PyObject *self, PyObject *toks);
PyObject *speedups_offsets(PyObject *self, PyObject *toks);
PyObject *speedups_packed_offsets(PyObject *self, PyObject *toks);

/* _speedups_scan.c */
PyObject *speedups_char_positions(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *speedups_script_counts(PyObject *self, PyObject *text);
PyObject *speedups_letter_words(PyObject *self, PyObject *text);

/* _speedups_sentences.c */
PyObject *speedups_boundaries(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *speedups_sentences(PyObject *self, PyObject *const *args, Py_ssize_t nargs);

/* _speedups_trie.c */
PyObject *speedups_compile_trie(PyObject *self, PyObject *trie);
PyObject *speedups_compile_words(PyObject *self, PyObject *words);
PyObject *speedups_trie_spans(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *speedups_trie_spans_multi(PyObject *self, PyObject *const *args, Py_ssize_t nargs);

/* _speedups_quotes.c */
PyObject *speedups_mark_pairs(PyObject *self, PyObject *const *args, Py_ssize_t nargs);

#endif
