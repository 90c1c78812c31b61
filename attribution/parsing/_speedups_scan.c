/* Scans of a paragraph's characters: the sentence boundaries (text._BOUNDARY_RE, text.py is the
   reference), the positions of a set of characters, and the script counts and letter words of
   language detection (detect.py). */

#include "_speedups.h"

static inline int
is_stop(Py_UCS4 c)
{
    return c == '.' || c == '!' || c == '?' || c == 0x0964 || c == 0x2026; /* . ! ? । … */
}

static inline int
is_closer(Py_UCS4 c)
{
    switch (c) {
    case 0x201D: case '"': case 0x2019: case '\'': case 0x00BB: case ')': case ']': case 0x201C: case 0x00AB:
        return 1; /* ” " ’ ' » ) ] “ « */
    default:
        return 0;
    }
}

/* The first position in [p, end) holding a stop (is_stop), or end. The loop is written once per kind of
   string: the sentence splitter looks at every character of every paragraph, and reading through
   PyUnicode_READ decides the kind again at each one. */
static inline Py_ssize_t
next_stop(int kind, const void *data, Py_ssize_t p, Py_ssize_t end)
{
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *d = (const Py_UCS1 *)data;
        while (p < end && d[p] != '.' && d[p] != '!' && d[p] != '?')
            p++;
        return p;
    }
    if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *d = (const Py_UCS2 *)data;
        while (p < end && !is_stop(d[p]))
            p++;
        return p;
    }
    while (p < end && !is_stop(PyUnicode_READ(kind, data, p)))
        p++;
    return p;
}

/* boundaries(text, start, end): text._BOUNDARY_RE.finditer(text, start, end) as tuples (match start,
   match end, end of the stops group, the lookahead's character or None), that is
   ([.!?।…][.!?।…]*)([”"’'»)\]“«]*)(?=[\s\u00a0]+(.)|$) with the regex engine's semantics: `.` any
   character but "\n", `$` at `end` or before a "\n" that is the last character before `end`. */
PyObject *
speedups_boundaries(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "boundaries(text, start, end)");
        return NULL;
    }
    PyObject *text = args[0];
    Py_ssize_t start, end;
    if (!span_args(args, &start, &end))
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (end > n) end = n;
    if (end < 0) end = 0;
    if (start < 0) start = 0;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t p = start;
    while (p < end) {
        p = next_stop(kind, data, p, end);
        if (p >= end)
            break;
        Py_ssize_t i = p + 1;
        while (i < end && is_stop(PyUnicode_READ(kind, data, i)))
            i++;
        Py_ssize_t j = i;
        while (j < end && is_closer(PyUnicode_READ(kind, data, j)))
            j++;
        Py_ssize_t k = j;
        while (k < end && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, k)))
            k++;
        Py_ssize_t q = -1; /* where the lookahead's "." matched */
        int matched = 0;
        if (k > j) {
            if (k < end) {
                q = k; /* not white space, so no "\n" */
                matched = 1;
            }
            else {
                for (Py_ssize_t r = end - 1; r > j; r--) {
                    if (PyUnicode_READ(kind, data, r) != '\n') {
                        q = r;
                        matched = 1;
                        break;
                    }
                }
            }
        }
        if (!matched && (j == end || (j == end - 1 && PyUnicode_READ(kind, data, j) == '\n')))
            matched = 1; /* $ */
        if (!matched) {
            p++; /* the regex is tried again at the next stop */
            continue;
        }
        PyObject *nxt;
        if (q >= 0) {
            nxt = PyUnicode_Substring(text, q, q + 1);
            if (nxt == NULL)
                goto fail;
        }
        else {
            nxt = Py_None;
            Py_INCREF(nxt);
        }
        /* (p, j, i, nxt), its ints from the shared table (Py_BuildValue parses its format each time) */
        PyObject *t = PyTuple_New(4);
        PyObject *vp = offset_int(p), *vj = offset_int(j), *vi = offset_int(i);
        if (t == NULL || vp == NULL || vj == NULL || vi == NULL) {
            Py_XDECREF(t);
            Py_XDECREF(vp);
            Py_XDECREF(vj);
            Py_XDECREF(vi);
            Py_DECREF(nxt);
            goto fail;
        }
        PyTuple_SET_ITEM(t, 0, vp);
        PyTuple_SET_ITEM(t, 1, vj);
        PyTuple_SET_ITEM(t, 2, vi);
        PyTuple_SET_ITEM(t, 3, nxt);
        int r = PyList_Append(out, t);
        Py_DECREF(t);
        if (r < 0)
            goto fail;
        p = j > p ? j : p + 1;
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* [i for i in range(start, end) if text[i] in chars]: where the characters of a small set occur */
PyObject *
speedups_char_positions(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 4 || !PyUnicode_Check(args[0]) || !PyUnicode_Check(args[3])) {
        PyErr_SetString(PyExc_TypeError, "char_positions(text, start, end, chars)");
        return NULL;
    }
    PyObject *text = args[0], *chars = args[3];
    Py_ssize_t start, end;
    if (!span_args(args, &start, &end))
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (start < 0) start = 0;
    if (end > n) end = n;
    unsigned char ascii[128] = {0};
    Py_UCS4 other[64];
    Py_ssize_t n_other = 0, n_chars = PyUnicode_GET_LENGTH(chars);
    Py_UCS4 min_other = 0x10FFFF;
    for (Py_ssize_t k = 0; k < n_chars; k++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(chars, k);
        if (c < 128)
            ascii[c] = 1;
        else if (n_other < 64) {
            other[n_other++] = c;
            if (c < min_other)
                min_other = c;
        }
        else {
            PyErr_SetString(PyExc_ValueError, "char_positions: at most 64 non-ASCII characters");
            return NULL;
        }
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = start; i < end; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        int hit = 0;
        if (c < 128)
            hit = ascii[c];
        else if (c >= min_other)
            for (Py_ssize_t k = 0; k < n_other && !hit; k++)
                hit = other[k] == c;
        if (hit) {
            PyObject *ix = offset_int(i);
            if (ix == NULL || PyList_Append(out, ix) < 0) {
                Py_XDECREF(ix);
                Py_DECREF(out);
                return NULL;
            }
            Py_DECREF(ix);
        }
    }
    return out;
}

/* (Latin letters [A-Za-z\u00C0-\u024F], Devanagari characters [\u0900-\u097F]) in text (detect.py) */
PyObject *
speedups_script_counts(PyObject *self, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "script_counts(str)");
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), latin = 0, deva = 0;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F))
            latin++;
        else if (c >= 0x900 && c <= 0x97F)
            deva++;
    }
    return Py_BuildValue("(nn)", latin, deva);
}

/* detect._WORD_RE.findall(text) for _WORD_RE = [^\W\d_]+(?:['’][^\W\d_]+)? (letters, one apostrophe) */
static inline int
is_letterish(Py_UCS4 c)
{
    if (c < 128)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return Py_UNICODE_ISALNUM(c) && !Py_UNICODE_ISDECIMAL(c);
}

PyObject *
speedups_letter_words(PyObject *self, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "letter_words(str)");
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), i = 0;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    while (i < n) {
        if (!is_letterish(PyUnicode_READ(kind, data, i))) {
            i++;
            continue;
        }
        Py_ssize_t a = i;
        while (i < n && is_letterish(PyUnicode_READ(kind, data, i)))
            i++;
        if (i + 1 < n) {
            Py_UCS4 c = PyUnicode_READ(kind, data, i);
            if ((c == '\'' || c == 0x2019) && is_letterish(PyUnicode_READ(kind, data, i + 1))) {
                i += 2;
                while (i < n && is_letterish(PyUnicode_READ(kind, data, i)))
                    i++;
            }
        }
        PyObject *w = PyUnicode_Substring(text, a, i);
        if (w == NULL || PyList_Append(out, w) < 0) {
            Py_XDECREF(w);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(w);
    }
    return out;
}
