/* Scans of a paragraph's characters: the positions of a set of characters, and the script counts and
   letter words of language detection (detect.py). The sentence boundaries are _speedups_sentences.c's. */

#include "_speedups.h"

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
