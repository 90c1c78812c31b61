/* The shared words of a document (text._Share): text.tokens() and word_count() served from a paragraph's
   words made once (window, window_count), and the offsets of the words that the compiled Python bisects
   (text.py is the reference). */

#include "_speedups.h"

/* What window() needs besides its arguments, set once by text.py (configure()). */
static PyObject *cfg_token_type = NULL, *cfg_keys = NULL, *cfg_fold = NULL;
static Py_ssize_t cfg_max_piece = 0;

PyObject *
speedups_configure(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 4 || !PyType_Check(args[0]) || !PyDict_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "configure(token_type, keys, fold, max_piece)");
        return NULL;
    }
    Py_ssize_t mp = PyLong_AsSsize_t(args[3]);
    if (mp == -1 && PyErr_Occurred())
        return NULL;
    Py_INCREF(args[0]);
    Py_INCREF(args[1]);
    Py_INCREF(args[2]);
    Py_XSETREF(cfg_token_type, args[0]);
    Py_XSETREF(cfg_keys, args[1]);
    Py_XSETREF(cfg_fold, args[2]);
    cfg_max_piece = mp;
    token_hook((PyTypeObject *)args[0]);
    Py_RETURN_NONE;
}

/* packed(values) -> bytes: a list of ints as consecutive Py_ssize_t, for window()'s binary searches (no
   int object to fetch at each step) */
PyObject *
speedups_packed(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t total = 0;
    for (Py_ssize_t a = 0; a < nargs; a++) {
        if (!PyList_Check(args[a])) {
            PyErr_SetString(PyExc_TypeError, "packed(list of ints, ...)");
            return NULL;
        }
        total += PyList_GET_SIZE(args[a]);
    }
    PyObject *out = PyBytes_FromStringAndSize(NULL, total * (Py_ssize_t)sizeof(Py_ssize_t));
    if (out == NULL)
        return NULL;
    Py_ssize_t *v = (Py_ssize_t *)PyBytes_AS_STRING(out);
    Py_ssize_t k = 0;
    for (Py_ssize_t a = 0; a < nargs; a++) {
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(args[a]); i++) {
            Py_ssize_t x = PyLong_AsSsize_t(PyList_GET_ITEM(args[a], i));
            if (x == -1 && PyErr_Occurred()) {
                Py_DECREF(out);
                return NULL;
            }
            v[k++] = x;
        }
    }
    return out;
}

/* the first index of v[0..n) whose value is > x (right) or >= x (left) */
static inline Py_ssize_t
bisect_packed(const Py_ssize_t *v, Py_ssize_t n, Py_ssize_t x, int right)
{
    Py_ssize_t lo = 0, hi = n;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (right ? x < v[mid] : v[mid] >= x)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* window(bounds, words, offsets, text, start, end, limit, last): the fast path of text.tokens() over the
   shared words of a document. `bounds` is packed(piece starts, piece ends); words[k] the words of piece
   k (None until tokenised) and offsets[k] packed(their starts, their ends). Returns the words of the piece
   holding [start, end) that lie in the window, a word the window cuts made anew from its part inside (as
   text.tokens() does), the first `limit` of them (None: all), or only the last `last` (None: all); or None
   whenever Python must decide (piece not tokenised yet, window not inside one piece, one word holding the
   whole window): text.tokens() then does what it always did. */
PyObject *
speedups_window(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 8 || !PyBytes_Check(args[0]) || !PyList_Check(args[1]) || !PyList_Check(args[2])
        || !PyUnicode_Check(args[3]) || cfg_token_type == NULL) {
        PyErr_SetString(PyExc_TypeError, "window(bounds, words, offsets, text, start, end, limit, last) "
                                         "after configure()");
        return NULL;
    }
    Py_ssize_t start = PyLong_AsSsize_t(args[4]);
    Py_ssize_t end = PyLong_AsSsize_t(args[5]);
    if ((start == -1 || end == -1) && PyErr_Occurred())
        return NULL;
    Py_ssize_t limit = -1, last = -1;
    if (args[6] != Py_None) {
        limit = PyLong_AsSsize_t(args[6]);
        if (limit == -1 && PyErr_Occurred())
            return NULL;
        if (limit < 0)
            Py_RETURN_NONE;
    }
    if (args[7] != Py_None) {
        last = PyLong_AsSsize_t(args[7]);
        if (last == -1 && PyErr_Occurred())
            return NULL;
        if (last < 0)
            Py_RETURN_NONE;
    }
    Py_ssize_t n_p = PyBytes_GET_SIZE(args[0]) / (Py_ssize_t)(2 * sizeof(Py_ssize_t));
    const Py_ssize_t *p_starts = (const Py_ssize_t *)PyBytes_AS_STRING(args[0]);
    const Py_ssize_t *p_ends = p_starts + n_p;
    Py_ssize_t k = bisect_packed(p_starts, n_p, start, 1) - 1;
    if (k < 0 || k >= PyList_GET_SIZE(args[1]) || k >= PyList_GET_SIZE(args[2]))
        Py_RETURN_NONE;
    if (!(end <= p_ends[k] && p_ends[k] - p_starts[k] <= cfg_max_piece))
        Py_RETURN_NONE;
    PyObject *words = PyList_GET_ITEM(args[1], k);
    PyObject *offs = PyList_GET_ITEM(args[2], k);
    if (!PyList_Check(words) || !PyBytes_Check(offs))
        Py_RETURN_NONE; /* not tokenised yet */
    Py_ssize_t nw = PyList_GET_SIZE(words);
    if (PyBytes_GET_SIZE(offs) != nw * (Py_ssize_t)(2 * sizeof(Py_ssize_t)))
        Py_RETURN_NONE;
    const Py_ssize_t *ws = (const Py_ssize_t *)PyBytes_AS_STRING(offs);
    const Py_ssize_t *we = ws + nw;
    Py_ssize_t i = bisect_packed(we, nw, start, 1);
    Py_ssize_t j = bisect_packed(ws, nw, end, 0);
    if (i >= j)
        return PyList_New(0);
    PyObject *text = args[3];
    int head = 0, tail = 0;
    Py_ssize_t e0 = 0;
    if (last >= 0 && j - i > last)
        i = j - last; /* the words before are not asked for: whether the window cuts the first is moot */
    else if (ws[i] < start) {
        e0 = we[i];
        if (e0 > end)
            Py_RETURN_NONE; /* one word holds the whole window: Python scans the window */
        head = 1;           /* the end of a word */
    }
    if (we[j - 1] > end)
        tail = 1; /* the start of a word */
    Py_ssize_t m = j - i;
    if (!head && !tail)
        return PyList_GetSlice(words, i, limit >= 0 && m > limit ? i + limit : j);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n_out = limit >= 0 && m > limit ? limit : m;
    PyObject *out = PyList_New(n_out);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t idx = 0; idx < n_out; idx++) {
        PyObject *item;
        if ((idx == 0 && head) || (idx == m - 1 && tail)) {
            Py_ssize_t a, b;
            if (idx == 0 && head) {
                /* after the apostrophe if the cut falls right before one */
                Py_UCS4 c = PyUnicode_READ(kind, data, start);
                a = (c == '\'' || c == 0x2019) ? start + 1 : start;
                b = e0;
            }
            else {
                /* without an apostrophe it would end with */
                a = ws[j - 1];
                Py_UCS4 c = PyUnicode_READ(kind, data, end - 1);
                b = (c == '\'' || c == 0x2019) ? end - 1 : end;
            }
            item = make_token(text, kind, data, a, b, (PyTypeObject *)cfg_token_type, cfg_keys, cfg_fold);
            if (item == NULL) {
                Py_DECREF(out);
                return NULL;
            }
        }
        else {
            item = PyList_GET_ITEM(words, i + idx);
            Py_INCREF(item);
        }
        PyList_SET_ITEM(out, idx, item);
    }
    return out;
}

/* window_count(bounds, offsets, start, end, limit): text.word_count() served from the shared words'
   offsets (see window()): the words of the piece holding [start, end) that overlap the window, counting
   no further than `limit` (limit > 0). A word the window cuts counts once, as the window's own scan
   finds one word in its part (the part after an apostrophe the cut falls on, or before one the cut
   leaves at the end, is a word). -1 whenever Python must count (piece not tokenised yet, window not
   inside one piece, one word holding the whole window). A binary search instead of a scan of the
   window: word_count is asked about windows of up to hundreds of characters. */
PyObject *
speedups_window_count(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 5 || !PyBytes_Check(args[0]) || !PyList_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "window_count(bounds, offsets, start, end, limit)");
        return NULL;
    }
    Py_ssize_t start = PyLong_AsSsize_t(args[2]);
    Py_ssize_t end = PyLong_AsSsize_t(args[3]);
    Py_ssize_t limit = PyLong_AsSsize_t(args[4]);
    if ((start == -1 || end == -1 || limit == -1) && PyErr_Occurred())
        return NULL;
    if (limit <= 0 || start < 0 || start >= end)
        return PyLong_FromSsize_t(-1);
    Py_ssize_t n_p = PyBytes_GET_SIZE(args[0]) / (Py_ssize_t)(2 * sizeof(Py_ssize_t));
    const Py_ssize_t *p_starts = (const Py_ssize_t *)PyBytes_AS_STRING(args[0]);
    const Py_ssize_t *p_ends = p_starts + n_p;
    Py_ssize_t k = bisect_packed(p_starts, n_p, start, 1) - 1;
    if (k < 0 || k >= PyList_GET_SIZE(args[1]))
        return PyLong_FromSsize_t(-1);
    if (!(end <= p_ends[k] && p_ends[k] - p_starts[k] <= cfg_max_piece))
        return PyLong_FromSsize_t(-1);
    PyObject *offs = PyList_GET_ITEM(args[1], k);
    if (!PyBytes_Check(offs))
        return PyLong_FromSsize_t(-1); /* not tokenised yet */
    Py_ssize_t nw = PyBytes_GET_SIZE(offs) / (Py_ssize_t)(2 * sizeof(Py_ssize_t));
    const Py_ssize_t *ws = (const Py_ssize_t *)PyBytes_AS_STRING(offs);
    const Py_ssize_t *we = ws + nw;
    Py_ssize_t i = bisect_packed(we, nw, start, 1);
    Py_ssize_t j = bisect_packed(ws, nw, end, 0);
    if (i >= j)
        return PyLong_FromSsize_t(0);
    if (ws[i] < start && we[i] > end)
        return PyLong_FromSsize_t(-1); /* one word holds the whole window: Python scans the window */
    return PyLong_FromSsize_t(j - i < limit ? j - i : limit);
}

/* [i for i, t in enumerate(toks) if t.text[:1].isupper() or "-" in t.text]: the words that may start a
   name (engine._register_cased) */
PyObject *
speedups_cap_starts(PyObject *self, PyObject *toks)
{
    if (!PyList_Check(toks)) {
        PyErr_SetString(PyExc_TypeError, "cap_starts(list of tokens)");
        return NULL;
    }
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(toks);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *t = PyList_GET_ITEM(toks, i);
        if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) < 3 || !PyUnicode_Check(PyTuple_GET_ITEM(t, 2))) {
            PyErr_SetString(PyExc_TypeError, "cap_starts: not a token");
            goto fail;
        }
        PyObject *w = PyTuple_GET_ITEM(t, 2);
        Py_ssize_t len = PyUnicode_GET_LENGTH(w);
        if (len == 0)
            continue;
        int kind = PyUnicode_KIND(w);
        const void *data = PyUnicode_DATA(w);
        int take = Py_UNICODE_ISUPPER(PyUnicode_READ(kind, data, 0)); /* str.isupper() of one character */
        for (Py_ssize_t k = 0; !take && k < len; k++)
            take = PyUnicode_READ(kind, data, k) == '-';
        if (take) {
            PyObject *ix = offset_int(i);
            if (ix == NULL || PyList_Append(out, ix) < 0) {
                Py_XDECREF(ix);
                goto fail;
            }
            Py_DECREF(ix);
        }
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* ([t.start for t in toks], [t.end for t in toks]), sharing the tokens' int objects */
PyObject *
speedups_offsets(PyObject *self, PyObject *toks)
{
    if (!PyList_Check(toks)) {
        PyErr_SetString(PyExc_TypeError, "offsets(list of tokens)");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(toks);
    PyObject *starts = PyList_New(n), *ends = PyList_New(n);
    if (starts == NULL || ends == NULL)
        goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *t = PyList_GET_ITEM(toks, i);
        if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) < 2) {
            PyErr_SetString(PyExc_TypeError, "offsets: not a token");
            goto fail;
        }
        PyObject *a = PyTuple_GET_ITEM(t, 0), *b = PyTuple_GET_ITEM(t, 1);
        Py_INCREF(a);
        Py_INCREF(b);
        PyList_SET_ITEM(starts, i, a);
        PyList_SET_ITEM(ends, i, b);
    }
    return Py_BuildValue("(NN)", starts, ends);
fail:
    Py_XDECREF(starts);
    Py_XDECREF(ends);
    return NULL;
}

/* packed(*offsets(toks)) without the two lists: the tokens' starts, then their ends, as Py_ssize_t */
PyObject *
speedups_packed_offsets(PyObject *self, PyObject *toks)
{
    if (!PyList_Check(toks)) {
        PyErr_SetString(PyExc_TypeError, "packed_offsets(list of tokens)");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(toks);
    PyObject *out = PyBytes_FromStringAndSize(NULL, 2 * n * (Py_ssize_t)sizeof(Py_ssize_t));
    if (out == NULL)
        return NULL;
    Py_ssize_t *v = (Py_ssize_t *)PyBytes_AS_STRING(out);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *t = PyList_GET_ITEM(toks, i);
        if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) < 2) {
            PyErr_SetString(PyExc_TypeError, "packed_offsets: not a token");
            Py_DECREF(out);
            return NULL;
        }
        Py_ssize_t a = PyLong_AsSsize_t(PyTuple_GET_ITEM(t, 0));
        Py_ssize_t b = PyLong_AsSsize_t(PyTuple_GET_ITEM(t, 1));
        if ((a == -1 || b == -1) && PyErr_Occurred()) {
            Py_DECREF(out);
            return NULL;
        }
        v[i] = a;
        v[n + i] = b;
    }
    return out;
}
