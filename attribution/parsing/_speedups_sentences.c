/* Sentences: the boundaries of text._BOUNDARY_RE (boundaries) and text.sentences() itself (sentences),
   the paragraph's sentence spans in one call. text.py is the reference (text._sentences_py). */

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

/* One match of _BOUNDARY_RE = ([.!?।…][.!?।…]*)([”"’'»)\]“«]*)(?=[\s\u00a0]+(.)|$) searched from *p on
   in text[:end], with the regex engine's semantics (`.` any character but "\n", `$` at `end` or before a
   "\n" that is the last character before `end`): 0 when there is none, else 1 with the match's start
   (m[0]), end (m[1]), the end of its stops (m[2]) and where the lookahead's "." matched (m[3], -1 for
   `$`); *p is where finditer goes on. */
static int
next_boundary(int kind, const void *data, Py_ssize_t *p_io, Py_ssize_t end, Py_ssize_t m[4])
{
    Py_ssize_t p = *p_io;
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
        m[0] = p;
        m[1] = j;
        m[2] = i;
        m[3] = q;
        *p_io = j > p ? j : p + 1;
        return 1;
    }
    *p_io = p;
    return 0;
}

/* boundaries(text, start, end): text._BOUNDARY_RE.finditer(text, start, end) as tuples (match start,
   match end, end of the stops group, the lookahead's character or None) */
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
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t p = start, m[4];
    while (next_boundary(kind, data, &p, end, m)) {
        PyObject *nxt;
        if (m[3] >= 0) {
            nxt = PyUnicode_Substring(text, m[3], m[3] + 1);
            if (nxt == NULL)
                goto fail;
        }
        else {
            nxt = Py_None;
            Py_INCREF(nxt);
        }
        /* (start, end, stops end, nxt), its ints from the shared table (Py_BuildValue parses its format
           each time) */
        PyObject *t = PyTuple_New(4);
        PyObject *vp = offset_int(m[0]), *vj = offset_int(m[1]), *vi = offset_int(m[2]);
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
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* text.OPEN_MARKS: “ " ‘ ' « „ ‚ ‹ */
static inline int
is_open_mark(Py_UCS4 c)
{
    return c == 0x201C || c == '"' || c == 0x2018 || c == '\'' || c == 0x00AB || c == 0x201E || c == 0x201A
           || c == 0x2039;
}

/* quotemarks.SPACE: " \t\r\n\u00a0\u202f\u2009\u2007\u200b" */
static inline int
is_space(Py_UCS4 c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0x00A0 || c == 0x202F || c == 0x2009
           || c == 0x2007 || c == 0x200B;
}

/* text.last_at_or_before(ints, x) over a list of ints, as it searches (a binary search from 9 values on,
   else a walk back from the end); -2 with the error set on an item that is no int */
static Py_ssize_t
last_at_or_before(PyObject *ints, Py_ssize_t x)
{
    Py_ssize_t k = PyList_GET_SIZE(ints) - 1;
    if (k >= 8) {
        Py_ssize_t lo = 0, hi = k + 1;
        while (lo < hi) {
            Py_ssize_t mid = (lo + hi) / 2;
            Py_ssize_t v = PyLong_AsSsize_t(PyList_GET_ITEM(ints, mid));
            if (v == -1 && PyErr_Occurred())
                return -2;
            if (x < v)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo - 1;
    }
    while (k >= 0) {
        Py_ssize_t v = PyLong_AsSsize_t(PyList_GET_ITEM(ints, k));
        if (v == -1 && PyErr_Occurred())
            return -2;
        if (v <= x)
            break;
        k--;
    }
    return k;
}

/* Is text[w0:j] (letters, digits and full stops, not empty) a word after which text._period_continues
   says no without being asked: ASCII, two characters or more, no full stop, not all digits, and its
   lower case (fold() of an ASCII word) not in the language's `abbrevs` (a set; NULL: never)? Most single
   full stops follow such a word ("… she said."), and the call into Python with its five ints costs some
   1,500 instructions. -1 on an error. */
static int
plain_word(int kind, const void *data, Py_ssize_t w0, Py_ssize_t j, PyObject *abbrevs)
{
    Py_ssize_t len = j - w0;
    if (abbrevs == NULL || len < 2 || len > 64)
        return 0;
    char low[64];
    int digits = 1;
    for (Py_ssize_t k = 0; k < len; k++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, w0 + k);
        if (c >= 128 || c == '.')
            return 0;
        if (c < '0' || c > '9')
            digits = 0;
        low[k] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    if (digits)
        return 0; /* (an ordinal: "am 3. Oktober") */
    PyObject *key = PyUnicode_FromStringAndSize(low, len);
    if (key == NULL)
        return -1;
    int found = PySet_Contains(abbrevs, key);
    Py_DECREF(key);
    return found < 0 ? -1 : !found;
}

/* sentences(text, start, end, opens, limits, period_continues, lang, abbreviations) -> text.sentences(text, start, end,
   pairs, lang) for a paragraph text[start:end] whose quotation pairs open at `opens` (sorted) and hold a
   boundary up to `limits` (pair.outer_end, less one for a closed pair): the spans between the boundaries
   that end a sentence, stripped of quotemarks.SPACE. A boundary inside a quotation, or before a
   lower-case letter, ends none; after a single full stop that follows a word, the Python test
   period_continues(text, start, end, word start, stop, boundary end, next character or None, lang)
   (the language's abbreviations and ordinals) decides, unless the word is a plain one (plain_word, with
   `abbreviations` the language's set of them). None when start and end are not a span of the text
   (Python then does what it always did). */
PyObject *
speedups_sentences(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 8 || !PyUnicode_Check(args[0]) || !PyList_Check(args[3]) || !PyList_Check(args[4])
        || PyList_GET_SIZE(args[3]) != PyList_GET_SIZE(args[4])) {
        PyErr_SetString(PyExc_TypeError,
                        "sentences(text, start, end, opens, limits, period_continues, lang, abbreviations)");
        return NULL;
    }
    PyObject *text = args[0], *opens = args[3], *limits = args[4], *cb = args[5], *lang = args[6];
    PyObject *abbrevs = PyAnySet_Check(args[7]) ? args[7] : NULL;
    Py_ssize_t start, end;
    if (!span_ints(args, &start, &end))
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (start < 0 || end > n || start > end)
        Py_RETURN_NONE;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    /* the cuts: start, the boundaries that end a sentence, end (a paragraph has a few dozen at most) */
    Py_ssize_t small[64];
    Py_ssize_t *cuts = small, cap = 64, n_cuts = 0;
    PyObject *out = NULL;
    cuts[n_cuts++] = start;
    Py_ssize_t p = start, m[4];
    while (next_boundary(kind, data, &p, end, m)) {
        Py_ssize_t m_start = m[0], b = m[1], stops_end = m[2], q = m[3];
        Py_ssize_t k = last_at_or_before(opens, b - 1);
        if (k == -2)
            goto done;
        if (k >= 0) {
            Py_ssize_t o = PyLong_AsSsize_t(PyList_GET_ITEM(opens, k));
            Py_ssize_t lim = PyLong_AsSsize_t(PyList_GET_ITEM(limits, k));
            if ((o == -1 || lim == -1) && PyErr_Occurred())
                goto done;
            if (o < b && b <= lim)
                continue; /* inside a quotation */
        }
        Py_UCS4 nxt = 0;
        if (q >= 0) {
            nxt = PyUnicode_READ(kind, data, q);
            /* a boundary before a lower-case letter (of a cased script, not an Indic one) ends nothing */
            if (!(Py_UNICODE_ISUPPER(nxt) || Py_UNICODE_ISDIGIT(nxt) || is_open_mark(nxt)
                  || !Py_UNICODE_ISALPHA(nxt) || (nxt >= 0x0900 && nxt <= 0x0DFF)))
                continue;
        }
        if (stops_end == m_start + 1 && stops_end == b && PyUnicode_READ(kind, data, m_start) == '.') {
            /* one ".", no closer: the word before it (letters, digits and full stops) may be an
               abbreviation or an ordinal */
            Py_ssize_t w0 = m_start;
            while (w0 > start) {
                Py_UCS4 c = PyUnicode_READ(kind, data, w0 - 1);
                if (!(Py_UNICODE_ISALNUM(c) || c == '.'))
                    break;
                w0--;
            }
            if (w0 < m_start) {
                int screened = plain_word(kind, data, w0, m_start, abbrevs);
                if (screened < 0)
                    goto done;
                if (screened)
                    goto cut; /* period_continues would say no: a plain word ends the sentence */
                PyObject *v[8] = {text, args[1], args[2], NULL, NULL, NULL, NULL, lang};
                v[3] = offset_int(w0);
                v[4] = offset_int(m_start);
                v[5] = offset_int(b);
                if (q >= 0)
                    v[6] = PyUnicode_FromOrdinal(nxt);
                else {
                    v[6] = Py_None;
                    Py_INCREF(Py_None);
                }
                PyObject *r = NULL;
                if (v[3] != NULL && v[4] != NULL && v[5] != NULL && v[6] != NULL)
                    r = PyObject_Vectorcall(cb, v, 8, NULL);
                for (int x = 3; x < 7; x++)
                    Py_XDECREF(v[x]);
                if (r == NULL)
                    goto done;
                int goes_on = PyObject_IsTrue(r);
                Py_DECREF(r);
                if (goes_on < 0)
                    goto done;
                if (goes_on)
                    continue;
            }
        }
    cut:
        if (b >= end)
            continue;
        if (n_cuts + 1 >= cap) {
            Py_ssize_t *bigger = PyMem_Malloc((size_t)(2 * cap) * sizeof(Py_ssize_t));
            if (bigger == NULL) {
                PyErr_NoMemory();
                goto done;
            }
            memcpy(bigger, cuts, (size_t)n_cuts * sizeof(Py_ssize_t));
            if (cuts != small)
                PyMem_Free(cuts);
            cuts = bigger;
            cap *= 2;
        }
        cuts[n_cuts++] = b;
    }
    cuts[n_cuts++] = end;
    out = PyList_New(0);
    if (out == NULL)
        goto done;
    for (Py_ssize_t c = 0; c + 1 < n_cuts; c++) {
        Py_ssize_t a = cuts[c], e = cuts[c + 1];
        while (a < e && is_space(PyUnicode_READ(kind, data, a)))
            a++;
        while (e > a && is_space(PyUnicode_READ(kind, data, e - 1)))
            e--;
        if (a < e && append_span(out, a, e) < 0) {
            Py_CLEAR(out);
            goto done;
        }
    }
done:
    if (cuts != small)
        PyMem_Free(cuts);
    return out;
}
