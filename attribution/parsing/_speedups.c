/* Optional C versions of the parser's innermost loops; the Python in text.py is the reference.

   tokens(text, start, end, limit, token_type, keys, fold) -> list of token_type tuples
       the words TOKEN_RE = [^P']++(?:['’][^P']++)*+ finds in text[start:end] (P: white space and the
       punctuation in text._PUNCT), each (start, end, word, key) with key = keys[word], computed as
       fold(word) and stored in `keys` the first time a word is seen (the dict is cleared when it
       holds more than 200,000 words).

   Built by scripts/build_parser.py with the mypyc modules and loaded under the same rule (native.py):
   only when built from the sources on disk. tests/parsing/test_native.py checks it against TOKEN_RE. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#define KEYS_MAX 200000

/* text._PUNCT without \s (tested with Py_UNICODE_ISSPACE, as the regex's \s does), plus "'" */
static inline int
is_punct(Py_UCS4 c)
{
    if (c < 128) {
        switch (c) {
        case '.': case ',': case ';': case ':': case '!': case '?': case '(': case ')': case '[':
        case ']': case '{': case '}': case '"': case '/': case '\\': case '|': case '\'':
            return 1;
        default:
            return Py_UNICODE_ISSPACE(c);
        }
    }
    switch (c) {
    case 0x201C: case 0x201D: case 0x2018: case 0x2019: /* “ ” ‘ ’ */
    case 0x00AB: case 0x00BB: case 0x201E: case 0x201F: /* « » „ ‟ */
    case 0x2039: case 0x203A: case 0x0964: case 0x0965: /* ‹ › । ॥ */
    case 0x2014: case 0x2013: case 0x2026:              /* — – … */
        return 1;
    default:
        return Py_UNICODE_ISSPACE(c);
    }
}

static inline PyObject *offset_int(Py_ssize_t v);

/* The end of the word TOKEN_RE matches at i (text[i] is no punctuation): a run of word characters, then
   (?:['’][^P']++)*+ — an apostrophe joins two runs. */
/* (written once per kind of string: the word loops read every character of every paragraph, and
   PyUnicode_READ decides the kind again at each one) */
#define TOKEN_END_LOOP(T)                                                                       \
    {                                                                                           \
        const T *d = (const T *)data;                                                           \
        while (i < end && !is_punct(d[i]))                                                      \
            i++;                                                                                \
        while (i + 1 < end && (d[i] == '\'' || d[i] == 0x2019) && !is_punct(d[i + 1])) {        \
            i += 2;                                                                             \
            while (i < end && !is_punct(d[i]))                                                  \
                i++;                                                                            \
        }                                                                                       \
        return i;                                                                               \
    }

static inline Py_ssize_t
token_end(int kind, const void *data, Py_ssize_t i, Py_ssize_t end)
{
    if (kind == PyUnicode_1BYTE_KIND)
        TOKEN_END_LOOP(Py_UCS1)
    if (kind == PyUnicode_2BYTE_KIND)
        TOKEN_END_LOOP(Py_UCS2)
    TOKEN_END_LOOP(Py_UCS4)
}

/* The first position in [i, end) holding no punctuation or white space (is_punct): where a word starts */
static inline Py_ssize_t
word_start(int kind, const void *data, Py_ssize_t i, Py_ssize_t end)
{
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *d = (const Py_UCS1 *)data;
        while (i < end && is_punct(d[i]))
            i++;
        return i;
    }
    if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *d = (const Py_UCS2 *)data;
        while (i < end && is_punct(d[i]))
            i++;
        return i;
    }
    const Py_UCS4 *d = (const Py_UCS4 *)data;
    while (i < end && is_punct(d[i]))
        i++;
    return i;
}

static PyObject *
key_of(PyObject *word, PyObject *keys, PyObject *fold)
{
    PyObject *k = PyDict_GetItemWithError(keys, word);
    if (k != NULL) {
        Py_INCREF(k);
        return k;
    }
    if (PyErr_Occurred())
        return NULL;
    if (PyDict_GET_SIZE(keys) > KEYS_MAX)
        PyDict_Clear(keys);
    k = PyObject_CallOneArg(fold, word);
    if (k == NULL)
        return NULL;
    if (PyDict_SetItem(keys, word, k) < 0) {
        Py_DECREF(k);
        return NULL;
    }
    return k;
}

/* Words seen lately, with their keys: a word found again is shared instead of copied out of the text
   and looked up (most words of an article are function words and names seen before). Direct-mapped,
   replaced on collision; guarded by the GIL like the rest of the module. */
#define WCACHE_SIZE 8192
typedef struct {
    Py_uhash_t h;
    PyObject *word, *key;
} WEntry;
static WEntry wcache[WCACHE_SIZE];

static PyObject *
cached_word(PyObject *text, int kind, const void *data, Py_ssize_t a, Py_ssize_t b, PyObject *keys,
            PyObject *fold, PyObject **key_out)
{
    Py_uhash_t h = 2166136261u;
    if (kind == PyUnicode_1BYTE_KIND)
        for (Py_ssize_t k = a; k < b; k++)
            h = (h ^ ((const Py_UCS1 *)data)[k]) * 16777619u;
    else if (kind == PyUnicode_2BYTE_KIND)
        for (Py_ssize_t k = a; k < b; k++)
            h = (h ^ ((const Py_UCS2 *)data)[k]) * 16777619u;
    else
        for (Py_ssize_t k = a; k < b; k++)
            h = (h ^ ((const Py_UCS4 *)data)[k]) * 16777619u;
    h ^= (Py_uhash_t)(b - a);
    WEntry *e = &wcache[h & (WCACHE_SIZE - 1)];
    if (e->word != NULL && e->h == h && PyUnicode_GET_LENGTH(e->word) == b - a) {
        int wk = PyUnicode_KIND(e->word);
        const void *wd = PyUnicode_DATA(e->word);
        Py_ssize_t k = 0;
        while (k < b - a && PyUnicode_READ(wk, wd, k) == PyUnicode_READ(kind, data, a + k))
            k++;
        if (k == b - a) {
            Py_INCREF(e->word);
            Py_INCREF(e->key);
            *key_out = e->key;
            return e->word;
        }
    }
    PyObject *word = PyUnicode_Substring(text, a, b);
    if (word == NULL)
        return NULL;
    PyObject *key = key_of(word, keys, fold);
    if (key == NULL) {
        Py_DECREF(word);
        return NULL;
    }
    PyObject *old_word = e->word, *old_key = e->key;
    Py_INCREF(word);
    Py_INCREF(key);
    e->h = h;
    e->word = word;
    e->key = key;
    Py_XDECREF(old_word);
    Py_XDECREF(old_key);
    *key_out = key;
    return word;
}

/* Offsets as int objects, made once: every token holds two, and ints are immutable, so the words of all
   articles share them (offsets past the table are made as usual). */
#define OFFSETS_CACHED 65536
static PyObject *offset_ints[OFFSETS_CACHED];

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

/* The token_type tuple (a, b, text[a:b], key) of one word. */
static PyObject *
make_token(PyObject *text, int kind, const void *data, Py_ssize_t a, Py_ssize_t b, PyTypeObject *tok_type,
           PyObject *keys, PyObject *fold)
{
    PyObject *key = NULL;
    PyObject *word = cached_word(text, kind, data, a, b, keys, fold, &key);
    if (word == NULL)
        return NULL;
    PyObject *ps = offset_int(a);
    PyObject *pe = offset_int(b);
    /* allocated untracked and unzeroed (tp_alloc, PyType_GenericAlloc, zeroes the object and tracks it,
       and it would be untracked below): the four items are set right away, and the tuple subclass has
       no other field (a NamedTuple's __slots__ are empty) */
    PyObject *tok = tok_type->tp_basicsize == (Py_ssize_t)(sizeof(PyTupleObject) - sizeof(PyObject *))
                        && tok_type->tp_itemsize == (Py_ssize_t)sizeof(PyObject *)
                        && PyType_IS_GC(tok_type)
                        ? (PyObject *)PyObject_GC_NewVar(PyTupleObject, tok_type, 4)
                        : tok_type->tp_alloc(tok_type, 4);
    if (ps == NULL || pe == NULL || tok == NULL) {
        Py_XDECREF(ps);
        Py_XDECREF(pe);
        Py_XDECREF(tok);
        Py_DECREF(word);
        Py_DECREF(key);
        return NULL;
    }
    PyTuple_SET_ITEM(tok, 0, ps);
    PyTuple_SET_ITEM(tok, 1, pe);
    PyTuple_SET_ITEM(tok, 2, word);
    PyTuple_SET_ITEM(tok, 3, key);
    /* ints and strings only: no cycle can run through it, so the collector need not visit it */
    PyObject_GC_UnTrack(tok);
    return tok;
}

static PyObject *
speedups_tokens(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 7) {
        PyErr_SetString(PyExc_TypeError, "tokens() takes 7 arguments");
        return NULL;
    }
    PyObject *text = args[0];
    if (!PyUnicode_Check(text) || !PyType_Check(args[4]) || !PyDict_Check(args[5])) {
        PyErr_SetString(PyExc_TypeError, "tokens(): bad argument types");
        return NULL;
    }
    Py_ssize_t start = PyLong_AsSsize_t(args[1]);
    Py_ssize_t end = PyLong_AsSsize_t(args[2]);
    if ((start == -1 || end == -1) && PyErr_Occurred())
        return NULL;
    Py_ssize_t limit = -1;
    if (args[3] != Py_None) {
        limit = PyLong_AsSsize_t(args[3]);
        if (limit == -1 && PyErr_Occurred())
            return NULL;
        if (limit < 0)
            limit = 0;
    }
    PyTypeObject *tok_type = (PyTypeObject *)args[4];
    PyObject *keys = args[5], *fold = args[6];

    /* the slice semantics of pattern.finditer(text, start, end) */
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (start < 0) start = 0;
    if (end > n) end = n;
    if (end < 0) end = 0;

    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t i = start;
    while (i < end) {
        if (limit >= 0 && PyList_GET_SIZE(out) >= limit)
            break;
        i = word_start(kind, data, i, end);
        if (i >= end)
            break;
        Py_ssize_t a = i;
        i = token_end(kind, data, i, end);
        PyObject *tok = make_token(text, kind, data, a, i, tok_type, keys, fold);
        if (tok == NULL)
            goto fail;
        int r = PyList_Append(out, tok);
        Py_DECREF(tok);
        if (r < 0)
            goto fail;
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

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
static PyObject *
speedups_boundaries(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "boundaries(text, start, end)");
        return NULL;
    }
    PyObject *text = args[0];
    Py_ssize_t start = PyLong_AsSsize_t(args[1]);
    Py_ssize_t end = PyLong_AsSsize_t(args[2]);
    if ((start == -1 || end == -1) && PyErr_Occurred())
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

/* What window() needs besides its arguments, set once by text.py (configure()). */
static PyObject *cfg_token_type = NULL, *cfg_keys = NULL, *cfg_fold = NULL;
static Py_ssize_t cfg_max_piece = 0;

static PyObject *
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
    Py_RETURN_NONE;
}

/* packed(values) -> bytes: a list of ints as consecutive Py_ssize_t, for window()'s binary searches (no
   int object to fetch at each step) */
static PyObject *
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
static PyObject *
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
static PyObject *
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

/* len(TOKEN_RE.findall(text, start, end)) counting no further than `limit` (text.word_count) */
static PyObject *
speedups_word_count(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 4 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "word_count(text, start, end, limit)");
        return NULL;
    }
    PyObject *text = args[0];
    Py_ssize_t start = PyLong_AsSsize_t(args[1]);
    Py_ssize_t end = PyLong_AsSsize_t(args[2]);
    Py_ssize_t limit = PyLong_AsSsize_t(args[3]);
    if ((start == -1 || end == -1 || limit == -1) && PyErr_Occurred())
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (start < 0) start = 0;
    if (end > n) end = n;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t count = 0, i = start;
    while (i < end && count < limit) {
        i = word_start(kind, data, i, end);
        if (i >= end)
            break;
        i = token_end(kind, data, i, end);
        count++;
    }
    return PyLong_FromSsize_t(count);
}

/* languages.base.WORD_CHARS: \w (sre: alphanumeric or "_") and the Indic ranges */
static inline int
is_word_char(Py_UCS4 c)
{
    if (c < 128)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if ((c >= 0x900 && c <= 0x963) || (c >= 0x966 && c <= 0xDFF))
        return 1;
    return Py_UNICODE_ISALNUM(c);
}

/* The first position in [i, end) holding no word character (is_word_char), or end: the word walks skip
   the rest of each word with it. Written once per kind of string (see next_stop). */
static inline Py_ssize_t
word_end(int kind, const void *data, Py_ssize_t i, Py_ssize_t end)
{
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *d = (const Py_UCS1 *)data;
        while (i < end && is_word_char(d[i]))
            i++;
        return i;
    }
    if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *d = (const Py_UCS2 *)data;
        while (i < end && is_word_char(d[i]))
            i++;
        return i;
    }
    while (i < end && is_word_char(PyUnicode_READ(kind, data, i)))
        i++;
    return i;
}

/* A word trie, flattened: node k has `terminal`, its children's characters sorted in chars[first..first+n)
   and their node numbers in kids[...] (a " " child is kept apart: it takes a run of white space). */
typedef struct {
    Py_ssize_t n_nodes;
    char *terminal;
    Py_ssize_t *first, *count, *space;
    Py_UCS4 *chars;
    Py_ssize_t *kids;
    Py_ssize_t root_ascii[128]; /* the root's child for each ASCII character (most words start so) */
} Trie;

static void
trie_free(PyObject *capsule)
{
    Trie *t = (Trie *)PyCapsule_GetPointer(capsule, "quotedesk.trie");
    if (t == NULL)
        return;
    PyMem_Free(t->terminal);
    PyMem_Free(t->first);
    PyMem_Free(t->count);
    PyMem_Free(t->space);
    PyMem_Free(t->chars);
    PyMem_Free(t->kids);
    PyMem_Free(t);
}

/* counts nodes and edges of a nested-dict trie; -1 on a malformed one */
static int
trie_size(PyObject *node, Py_ssize_t *nodes, Py_ssize_t *edges, int depth)
{
    if (!PyDict_Check(node) || depth > 1000) {
        PyErr_SetString(PyExc_TypeError, "compile_trie: not a trie of dicts");
        return -1;
    }
    (*nodes)++;
    PyObject *k, *v;
    Py_ssize_t pos = 0;
    while (PyDict_Next(node, &pos, &k, &v)) {
        if (!PyUnicode_Check(k) || PyUnicode_GET_LENGTH(k) > 1) {
            PyErr_SetString(PyExc_TypeError, "compile_trie: keys are single characters or \"\"");
            return -1;
        }
        if (PyUnicode_GET_LENGTH(k) == 0)
            continue;
        (*edges)++;
        if (trie_size(v, nodes, edges, depth + 1) < 0)
            return -1;
    }
    return 0;
}

static int
cmp_ucs4(const void *a, const void *b)
{
    Py_UCS4 x = *(const Py_UCS4 *)a, y = *(const Py_UCS4 *)b;
    return x < y ? -1 : x > y;
}

/* fills node number `me`; returns the next free node number */
static Py_ssize_t
trie_fill(Trie *t, PyObject *node, Py_ssize_t me, Py_ssize_t next_node, Py_ssize_t *next_edge)
{
    PyObject *k, *v;
    Py_ssize_t pos = 0, n = 0;
    t->terminal[me] = 0;
    t->space[me] = -1;
    while (PyDict_Next(node, &pos, &k, &v)) {
        if (PyUnicode_GET_LENGTH(k) == 0)
            t->terminal[me] = 1;
        else if (PyUnicode_READ_CHAR(k, 0) != ' ')
            n++;
    }
    Py_ssize_t first = *next_edge;
    t->first[me] = first;
    t->count[me] = n;
    *next_edge += n;
    /* characters first, sorted, then the children in that order */
    Py_ssize_t e = first;
    pos = 0;
    while (PyDict_Next(node, &pos, &k, &v))
        if (PyUnicode_GET_LENGTH(k) == 1 && PyUnicode_READ_CHAR(k, 0) != ' ')
            t->chars[e++] = PyUnicode_READ_CHAR(k, 0);
    qsort(t->chars + first, (size_t)n, sizeof(Py_UCS4), cmp_ucs4);
    for (Py_ssize_t c = 0; c < n; c++) {
        PyObject *key = PyUnicode_FromOrdinal(t->chars[first + c]);
        if (key == NULL)
            return -1;
        PyObject *child = PyDict_GetItemWithError(node, key);
        Py_DECREF(key);
        if (child == NULL)
            return -1;
        t->kids[first + c] = next_node;
        next_node = trie_fill(t, child, next_node, next_node + 1, next_edge);
        if (next_node < 0)
            return -1;
    }
    PyObject *sp = PyUnicode_FromOrdinal(' ');
    if (sp == NULL)
        return -1;
    PyObject *child = PyDict_GetItemWithError(node, sp);
    Py_DECREF(sp);
    if (child != NULL) {
        t->space[me] = next_node;
        next_node = trie_fill(t, child, next_node, next_node + 1, next_edge);
    }
    else if (PyErr_Occurred())
        return -1;
    return next_node;
}

static inline Py_ssize_t trie_child(const Trie *t, Py_ssize_t node, Py_UCS4 c);

/* compile_trie(trie) -> capsule: the nested dicts {char: node, "": {} at a word's end} made C arrays */
static PyObject *
speedups_compile_trie(PyObject *self, PyObject *trie)
{
    Py_ssize_t nodes = 0, edges = 0;
    if (trie_size(trie, &nodes, &edges, 0) < 0)
        return NULL;
    Trie *t = PyMem_Calloc(1, sizeof(Trie));
    if (t == NULL)
        return PyErr_NoMemory();
    t->n_nodes = nodes;
    t->terminal = PyMem_Calloc((size_t)nodes, 1);
    t->first = PyMem_Calloc((size_t)nodes, sizeof(Py_ssize_t));
    t->count = PyMem_Calloc((size_t)nodes, sizeof(Py_ssize_t));
    t->space = PyMem_Calloc((size_t)nodes, sizeof(Py_ssize_t));
    t->chars = PyMem_Calloc((size_t)edges + 1, sizeof(Py_UCS4));
    t->kids = PyMem_Calloc((size_t)edges + 1, sizeof(Py_ssize_t));
    PyObject *capsule = PyCapsule_New(t, "quotedesk.trie", trie_free);
    if (capsule == NULL) {
        PyMem_Free(t);
        return NULL;
    }
    if (!t->terminal || !t->first || !t->count || !t->space || !t->chars || !t->kids) {
        Py_DECREF(capsule);
        return PyErr_NoMemory();
    }
    Py_ssize_t next_edge = 0;
    if (trie_fill(t, trie, 0, 1, &next_edge) < 0) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_ValueError, "compile_trie failed");
        Py_DECREF(capsule);
        return NULL;
    }
    for (Py_UCS4 c = 0; c < 128; c++)
        t->root_ascii[c] = trie_child(t, 0, c);
    return capsule;
}

/* fills node `me` from the sorted distinct words [lo, hi) that share their first `d` characters;
   returns the next free node number, -1 on an error */
static Py_ssize_t
words_fill(Trie *t, PyObject *words, Py_ssize_t lo, Py_ssize_t hi, Py_ssize_t d, Py_ssize_t me,
           Py_ssize_t next_node, Py_ssize_t *next_edge, int depth)
{
    if (depth > 1000) {
        PyErr_SetString(PyExc_ValueError, "compile_words: a word is too long");
        return -1;
    }
    t->terminal[me] = 0;
    t->space[me] = -1;
    if (lo < hi && PyUnicode_GET_LENGTH(PyList_GET_ITEM(words, lo)) == d) {
        t->terminal[me] = 1; /* sorted: the word that ends here comes first */
        lo++;
    }
    /* the children's characters: contiguous groups, in ascending order (" " kept apart) */
    Py_ssize_t n = 0;
    for (Py_ssize_t i = lo; i < hi;) {
        Py_UCS4 c = PyUnicode_READ_CHAR(PyList_GET_ITEM(words, i), d);
        Py_ssize_t j = i + 1;
        while (j < hi && PyUnicode_READ_CHAR(PyList_GET_ITEM(words, j), d) == c)
            j++;
        if (c != ' ')
            n++;
        i = j;
    }
    Py_ssize_t first = *next_edge, e = first, sp_lo = -1, sp_hi = -1;
    t->first[me] = first;
    t->count[me] = n;
    *next_edge += n;
    for (Py_ssize_t i = lo; i < hi;) {
        Py_UCS4 c = PyUnicode_READ_CHAR(PyList_GET_ITEM(words, i), d);
        Py_ssize_t j = i + 1;
        while (j < hi && PyUnicode_READ_CHAR(PyList_GET_ITEM(words, j), d) == c)
            j++;
        if (c == ' ') {
            sp_lo = i;
            sp_hi = j;
        }
        else {
            t->chars[e] = c;
            t->kids[e] = next_node;
            e++;
            next_node = words_fill(t, words, i, j, d + 1, next_node, next_node + 1, next_edge, depth + 1);
            if (next_node < 0)
                return -1;
        }
        i = j;
    }
    if (sp_lo >= 0) {
        t->space[me] = next_node;
        next_node = words_fill(t, words, sp_lo, sp_hi, d + 1, next_node, next_node + 1, next_edge, depth + 1);
    }
    return next_node;
}

/* compile_words(words) -> capsule: the same trie as compile_trie, made from a sorted list of distinct,
   non-empty words (already lower-cased as the regex engine does) without building nested dicts */
static PyObject *
speedups_compile_words(PyObject *self, PyObject *words)
{
    if (!PyList_Check(words)) {
        PyErr_SetString(PyExc_TypeError, "compile_words(list of str)");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(words), total = 1;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *w = PyList_GET_ITEM(words, i);
        if (!PyUnicode_Check(w) || PyUnicode_GET_LENGTH(w) == 0) {
            PyErr_SetString(PyExc_TypeError, "compile_words: the words are non-empty str");
            return NULL;
        }
        if (i > 0 && PyUnicode_Compare(PyList_GET_ITEM(words, i - 1), w) >= 0) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_ValueError, "compile_words: the words are sorted and distinct");
            return NULL;
        }
        total += PyUnicode_GET_LENGTH(w);
    }
    /* at most one node per character, plus the root */
    Trie *t = PyMem_Calloc(1, sizeof(Trie));
    if (t == NULL)
        return PyErr_NoMemory();
    t->terminal = PyMem_Calloc((size_t)total, 1);
    t->first = PyMem_Calloc((size_t)total, sizeof(Py_ssize_t));
    t->count = PyMem_Calloc((size_t)total, sizeof(Py_ssize_t));
    t->space = PyMem_Calloc((size_t)total, sizeof(Py_ssize_t));
    t->chars = PyMem_Calloc((size_t)total, sizeof(Py_UCS4));
    t->kids = PyMem_Calloc((size_t)total, sizeof(Py_ssize_t));
    PyObject *capsule = PyCapsule_New(t, "quotedesk.trie", trie_free);
    if (capsule == NULL) {
        PyMem_Free(t->terminal);
        PyMem_Free(t->first);
        PyMem_Free(t->count);
        PyMem_Free(t->space);
        PyMem_Free(t->chars);
        PyMem_Free(t->kids);
        PyMem_Free(t);
        return NULL;
    }
    if (!t->terminal || !t->first || !t->count || !t->space || !t->chars || !t->kids) {
        Py_DECREF(capsule);
        return PyErr_NoMemory();
    }
    Py_ssize_t next_edge = 0;
    Py_ssize_t nodes = words_fill(t, words, 0, n, 0, 0, 1, &next_edge, 0);
    if (nodes < 0) {
        Py_DECREF(capsule);
        return NULL;
    }
    t->n_nodes = nodes;
    for (Py_UCS4 c = 0; c < 128; c++)
        t->root_ascii[c] = trie_child(t, 0, c);
    return capsule;
}

static inline Py_ssize_t
trie_child(const Trie *t, Py_ssize_t node, Py_UCS4 c)
{
    Py_ssize_t lo = t->first[node], hi = lo + t->count[node];
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (t->chars[mid] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (lo < t->first[node] + t->count[node] && t->chars[lo] == c) ? t->kids[lo] : -1;
}

/* The spans [(s, e), ...] that word_regex(words) = re.compile(rf"(?<![{WORD_CHARS}])(?:{alternation})
   (?![{WORD_CHARS}])", re.IGNORECASE).finditer(text, pos, endpos) finds, given the words' trie compiled by
   compile_trie (its characters lower-cased as the regex engine does), or None when text[pos:endpos]
   holds one of the characters in `guard` (those the regex engine matches case-insensitively without
   lower-casing them to the pattern's letter, such as 'ſ' for 's'): the caller then runs the regex.
   Each character is lower-cased with the regex engine's own mapping (Py_UNICODE_TOLOWER), so a letter
   matches exactly when the regex's would. The alternation is deterministic: at most one child takes a
   character, a " " child takes a run of white space (the regex's \s+), and the deepest word end that is
   followed by no word character wins, as the regex's greedy optional groups backtrack to it. */
/* Does text[pos:end) hold one of the characters of `guard`? */
static int
guard_hit(PyObject *guard, int kind, const void *data, Py_ssize_t pos, Py_ssize_t end)
{
    Py_ssize_t n_guard = PyUnicode_GET_LENGTH(guard);
    if (n_guard == 0)
        return 0;
    Py_UCS4 lowest = 0x10FFFF;
    for (Py_ssize_t g = 0; g < n_guard; g++)
        if (PyUnicode_READ_CHAR(guard, g) < lowest)
            lowest = PyUnicode_READ_CHAR(guard, g);
    for (Py_ssize_t k = pos; k < end; k++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, k);
        if (c < lowest)
            continue;
        for (Py_ssize_t g = 0; g < n_guard; g++)
            if (c == PyUnicode_READ_CHAR(guard, g))
                return 1;
    }
    return 0;
}

/* The end of the longest word of the trie starting at i and followed by no word character, or -1 */
static inline Py_ssize_t
trie_walk(const Trie *t, int kind, const void *data, Py_ssize_t i, Py_ssize_t end)
{
    Py_ssize_t node = 0, j = i, best = -1;
    while (1) {
        if (j > i && t->terminal[node] && (j >= end || !is_word_char(PyUnicode_READ(kind, data, j))))
            best = j;
        if (j >= end)
            break;
        Py_UCS4 c = PyUnicode_READ(kind, data, j);
        if (t->space[node] >= 0 && Py_UNICODE_ISSPACE(c)) {
            while (j < end && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, j)))
                j++;
            node = t->space[node];
            continue;
        }
        Py_UCS4 low = c < 128 ? ((c >= 'A' && c <= 'Z') ? c + 32 : c) : Py_UNICODE_TOLOWER(c);
        node = (node == 0 && low < 128) ? t->root_ascii[low] : trie_child(t, node, low);
        if (node < 0)
            break;
        j++;
    }
    return best;
}

/* out.append((i, e)) */
static int
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

/* The spans [(s, e), ...] that word_regex(words) = re.compile(rf"(?<![{WORD_CHARS}])(?:{alternation})
   (?![{WORD_CHARS}])", re.IGNORECASE).finditer(text, pos, endpos) finds, given the words' trie compiled by
   compile_trie (its characters lower-cased as the regex engine does), or None when text[pos:endpos]
   holds one of the characters in `guard` (those the regex engine matches case-insensitively without
   lower-casing them to the pattern's letter, such as 'ſ' for 's'): the caller then runs the regex.
   Each character is lower-cased with the regex engine's own mapping (Py_UNICODE_TOLOWER), so a letter
   matches exactly when the regex's would. The alternation is deterministic: at most one child takes a
   character, a " " child takes a run of white space (the regex's \s+), and the deepest word end that is
   followed by no word character wins, as the regex's greedy optional groups backtrack to it. */
static PyObject *
speedups_trie_spans(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 5 || !PyUnicode_Check(args[0]) || !PyUnicode_Check(args[4])) {
        PyErr_SetString(PyExc_TypeError, "trie_spans(text, pos, endpos, compiled trie, guard)");
        return NULL;
    }
    const Trie *t = (const Trie *)PyCapsule_GetPointer(args[3], "quotedesk.trie");
    if (t == NULL)
        return NULL;
    PyObject *text = args[0];
    Py_ssize_t pos = PyLong_AsSsize_t(args[1]);
    Py_ssize_t end = PyLong_AsSsize_t(args[2]);
    if ((pos == -1 || end == -1) && PyErr_Occurred())
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (pos < 0) pos = 0;
    if (end > n) end = n;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    if (guard_hit(args[4], kind, data, pos, end))
        Py_RETURN_NONE;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t i = pos;
    while (i < end) {
        /* (?<![W]): the character before i (even before pos) is no word character */
        if (i > 0 && is_word_char(PyUnicode_READ(kind, data, i - 1))) {
            i++;
            continue;
        }
        Py_ssize_t best = trie_walk(t, kind, data, i, end);
        if (best < 0) {
            /* no word starts inside this one: skip to the character after its last word character */
            i++;
            if (i < end && is_word_char(PyUnicode_READ(kind, data, i - 1)))
                i = word_end(kind, data, i, end) + 1;
            continue;
        }
        if (append_span(out, i, best) < 0) {
            Py_DECREF(out);
            return NULL;
        }
        i = best;
    }
    return out;
}

#define MULTI_MAX 8

/* hit[k] = guard_hit(guards[k], ...) for the m guards, in one pass over text[pos:end) (a guard that is
   not a str counts as hit: that trie is left to the caller). The guards' characters (such as 'ı', 'ſ')
   are rarely below U+0100: a text of one-byte characters needs no pass at all then. */
static void
guards_hit(PyObject *guards, Py_ssize_t m, int kind, const void *data, Py_ssize_t pos, Py_ssize_t end, int *hit)
{
    Py_UCS4 lowest = 0x10FFFF;
    int any = 0;
    for (Py_ssize_t k = 0; k < m; k++) {
        PyObject *g = PyTuple_GET_ITEM(guards, k);
        hit[k] = !PyUnicode_Check(g);
        if (hit[k])
            continue;
        for (Py_ssize_t x = 0; x < PyUnicode_GET_LENGTH(g); x++) {
            Py_UCS4 c = PyUnicode_READ_CHAR(g, x);
            if (c < lowest)
                lowest = c;
            any = 1;
        }
    }
    if (!any || (kind == PyUnicode_1BYTE_KIND && lowest > 0xFF))
        return;
    for (Py_ssize_t i = pos; i < end; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c < lowest)
            continue;
        for (Py_ssize_t k = 0; k < m; k++) {
            PyObject *g = PyTuple_GET_ITEM(guards, k);
            if (hit[k] || !PyUnicode_Check(g))
                continue;
            for (Py_ssize_t x = 0; x < PyUnicode_GET_LENGTH(g); x++)
                if (c == PyUnicode_READ_CHAR(g, x))
                    hit[k] = 1;
        }
    }
}

/* trie_spans_multi(text, pos, endpos, tries, guards) -> [trie_spans(text, pos, endpos, tries[k],
   guards[k]) for k ...] in one pass over the text (a None trie gives None: the caller's own look-up).
   Each trie is walked at the places its own scan would try: the positions after no word character,
   from the end of its last match on (trie_spans tries those and only those, in order). */
static PyObject *
speedups_trie_spans_multi(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 5 || !PyUnicode_Check(args[0]) || !PyTuple_Check(args[3]) || !PyTuple_Check(args[4])
        || PyTuple_GET_SIZE(args[3]) != PyTuple_GET_SIZE(args[4]) || PyTuple_GET_SIZE(args[3]) > MULTI_MAX) {
        PyErr_SetString(PyExc_TypeError, "trie_spans_multi(text, pos, endpos, tries, guards)");
        return NULL;
    }
    PyObject *text = args[0];
    Py_ssize_t pos = PyLong_AsSsize_t(args[1]);
    Py_ssize_t end = PyLong_AsSsize_t(args[2]);
    if ((pos == -1 || end == -1) && PyErr_Occurred())
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (pos < 0) pos = 0;
    if (end > n) end = n;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t m = PyTuple_GET_SIZE(args[3]);
    const Trie *tries[MULTI_MAX];
    Py_ssize_t next[MULTI_MAX]; /* where trie k may match next (the end of its last match) */
    PyObject *out = PyList_New(m);
    if (out == NULL)
        return NULL;
    int hit[MULTI_MAX];
    guards_hit(args[4], m, kind, data, pos, end, hit);
    Py_ssize_t live = 0;
    for (Py_ssize_t k = 0; k < m; k++) {
        PyObject *cap = PyTuple_GET_ITEM(args[3], k);
        tries[k] = NULL;
        next[k] = pos;
        if (cap == Py_None || hit[k]) {
            Py_INCREF(Py_None);
            PyList_SET_ITEM(out, k, Py_None);
            continue;
        }
        tries[k] = (const Trie *)PyCapsule_GetPointer(cap, "quotedesk.trie");
        PyObject *found = tries[k] != NULL ? PyList_New(0) : NULL;
        if (found == NULL) {
            Py_DECREF(out); /* (the items not set yet are NULL: list_dealloc skips them) */
            return NULL;
        }
        PyList_SET_ITEM(out, k, found);
        live++;
    }
    Py_ssize_t i = pos;
    while (live > 0 && i < end) {
        if (i > 0 && is_word_char(PyUnicode_READ(kind, data, i - 1))) {
            /* inside a word: the next place to try is after the non-word character that ends it */
            i = word_end(kind, data, i, end) + 1;
            continue;
        }
        /* an ASCII character no trie's word starts with (most of them for the short lists): no walk */
        Py_UCS4 c0 = PyUnicode_READ(kind, data, i);
        Py_UCS4 low0 = (c0 >= 'A' && c0 <= 'Z') ? c0 + 32 : c0;
        Py_ssize_t soonest = end; /* the next place some trie may match again */
        for (Py_ssize_t k = 0; k < m; k++) {
            if (tries[k] == NULL)
                continue;
            if (next[k] <= i && !(low0 < 128 && tries[k]->root_ascii[low0] < 0 && tries[k]->space[0] < 0)) {
                Py_ssize_t best = trie_walk(tries[k], kind, data, i, end);
                if (best >= 0) {
                    if (append_span(PyList_GET_ITEM(out, k), i, best) < 0) {
                        Py_DECREF(out);
                        return NULL;
                    }
                    next[k] = best;
                }
            }
            if (next[k] < soonest)
                soonest = next[k];
        }
        /* the positions before `soonest` are inside a match of every trie: none walks there */
        i = soonest > i + 1 ? soonest : i + 1;
    }
    return out;
}

/* [i for i, t in enumerate(toks) if t.text[:1].isupper() or "-" in t.text]: the words that may start a
   name (engine._register_cased) */
static PyObject *
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
static PyObject *
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
static PyObject *
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

/* [i for i in range(start, end) if text[i] in chars]: where the characters of a small set occur */
static PyObject *
speedups_char_positions(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 4 || !PyUnicode_Check(args[0]) || !PyUnicode_Check(args[3])) {
        PyErr_SetString(PyExc_TypeError, "char_positions(text, start, end, chars)");
        return NULL;
    }
    PyObject *text = args[0], *chars = args[3];
    Py_ssize_t start = PyLong_AsSsize_t(args[1]);
    Py_ssize_t end = PyLong_AsSsize_t(args[2]);
    if ((start == -1 || end == -1) && PyErr_Occurred())
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

/* quotemarks._is_word: str.isalnum() of one character, or an Indic letter or mark */
static inline int
qm_is_word(Py_UCS4 c)
{
    return Py_UNICODE_ISALNUM(c) || (c >= 0x900 && c <= 0xDFF);
}

/* quotemarks.SPACE */
static inline int
qm_is_space(Py_UCS4 c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0 || c == 0x202F || c == 0x2009
           || c == 0x2007 || c == 0x200B;
}

#define QM_DOUBLE 1
#define QM_SINGLE 2
#define QM_MAX_DEPTH 4 /* quotemarks._MAX_DEPTH */

/* quotemarks._FAMILY (0: no quotation mark) */
static inline int
qm_family(Py_UCS4 c)
{
    switch (c) {
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case '"': case 0xAB: case 0xBB: /* “ ” „ ‟ " « » */
        return QM_DOUBLE;
    case 0x2018: case 0x2019: case 0x201A: case '\'': case 0x2039: case 0x203A: /* ‘ ’ ‚ ' ‹ › */
        return QM_SINGLE;
    default:
        return 0;
    }
}

/* The first position in [i, end) holding a quotation mark (qm_family), or end: written once per kind
   of string, as next_stop (most characters of a paragraph are letters, below every mark but " and ') */
static inline Py_ssize_t
next_mark(int kind, const void *data, Py_ssize_t i, Py_ssize_t end)
{
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *d = (const Py_UCS1 *)data;
        while (i < end && d[i] != '"' && d[i] != '\'' && d[i] != 0xAB && d[i] != 0xBB)
            i++;
        return i;
    }
    if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *d = (const Py_UCS2 *)data;
        for (; i < end; i++) {
            Py_UCS2 c = d[i];
            if (c < 0xAB ? (c == '"' || c == '\'') : qm_family(c) != 0)
                return i;
        }
        return end;
    }
    while (i < end && qm_family(PyUnicode_READ(kind, data, i)) == 0)
        i++;
    return i;
}

/* quotemarks._opened_with: the innermost opener of mark's family on the stack is `mark` */
static inline int
qm_opened_with(const int *fam, const Py_ssize_t *pos, int depth, int kind, const void *data, Py_UCS4 mark)
{
    int want = qm_family(mark);
    for (int k = depth - 1; k >= 0; k--)
        if (fam[k] == want)
            return PyUnicode_READ(kind, data, pos[k]) == mark;
    return 0;
}

/* mark_pairs(text, start, end) -> (closed, open): quotemarks._mark_pairs (the Python there is the
   reference, tests/parsing/test_speedups.py compares them): the quotation marks of text[start:end] paired,
   [(open, close), ...] of each pair closed and the positions of the openers left open, outermost first. */
static PyObject *
speedups_mark_pairs(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "mark_pairs(text, start, end)");
        return NULL;
    }
    PyObject *text = args[0];
    Py_ssize_t start = PyLong_AsSsize_t(args[1]);
    Py_ssize_t end = PyLong_AsSsize_t(args[2]);
    if ((start == -1 || end == -1) && PyErr_Occurred())
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (start < 0) start = 0;
    if (end > n) end = n;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    int fam_st[QM_MAX_DEPTH];
    Py_ssize_t pos_st[QM_MAX_DEPTH];
    int depth = 0;
    PyObject *closed = PyList_New(0);
    if (closed == NULL)
        return NULL;
    for (Py_ssize_t i = start; i < end; i++) {
        i = next_mark(kind, data, i, end);
        if (i >= end)
            break;
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        int fam = qm_family(c);
        /* (the text outside the window reads as a space, as in the Python) */
        Py_UCS4 prev = i > start ? PyUnicode_READ(kind, data, i - 1) : ' ';
        Py_UCS4 nxt = i + 1 < end ? PyUnicode_READ(kind, data, i + 1) : ' ';
        int pw = qm_is_word(prev), nw = qm_is_word(nxt);
        int has_single = 0, has_double = 0;
        for (int k = 0; k < depth; k++) {
            has_single |= fam_st[k] == QM_SINGLE;
            has_double |= fam_st[k] == QM_DOUBLE;
        }
        int has_fam = fam == QM_SINGLE ? has_single : has_double;
        int open; /* 1: open, 0: close (a mark that does neither is skipped with `continue`) */
        if (c == 0x2019 || c == '\'') { /* ’ ' */
            if (pw && nw)
                continue;
            if (has_single && !nw)
                open = 0;
            else if (!pw && nw && !(prev >= '0' && prev <= '9'))
                open = 1;
            else
                continue;
        }
        else if (c == 0x2018) { /* ‘ */
            if (pw && nw)
                continue;
            open = (has_single && pw && !nw) ? 0 : 1;
        }
        else if (c == 0x201A) { /* ‚ */
            if (!nw)
                continue;
            open = 1;
        }
        else if ((c == 0xAB || c == 0x2039) && has_fam
                 && qm_opened_with(fam_st, pos_st, depth, kind, data, fam == QM_DOUBLE ? 0xBB : 0x203A))
            open = 0; /* « ‹ closing German »…« and ›…‹ */
        else if (c == 0x201E || c == 0xAB || c == 0x2039) /* „ « ‹ */
            open = 1;
        else if (c == 0x201C) { /* “ */
            int after = pw || prev == '.' || prev == ',' || prev == '!' || prev == '?' || prev == ';'
                        || prev == ':';
            open = (has_double && (qm_opened_with(fam_st, pos_st, depth, kind, data, 0x201E) || (after && !nw)))
                       ? 0
                       : 1;
        }
        else if (c == 0x201D || c == 0xBB || c == 0x203A || c == 0x201F) { /* ” » › ‟ */
            if (has_fam)
                open = 0;
            else if (c == 0xBB && nw && !pw)
                open = 1;
            else
                continue;
        }
        else { /* " */
            if (has_double && (!nw || (pw && !qm_is_space(prev))))
                open = 0;
            else if (!pw && (nw || !qm_is_space(nxt)))
                open = 1;
            else if (has_double)
                open = 0;
            else
                continue;
        }
        if (open) {
            if (depth < QM_MAX_DEPTH) {
                fam_st[depth] = fam;
                pos_st[depth] = i;
                depth++;
            }
            continue;
        }
        for (int k = depth - 1; k >= 0; k--) {
            if (fam_st[k] == fam) {
                if (append_span(closed, pos_st[k], i) < 0) {
                    Py_DECREF(closed);
                    return NULL;
                }
                depth = k;
                break;
            }
        }
    }
    PyObject *left = PyList_New(depth);
    if (left == NULL) {
        Py_DECREF(closed);
        return NULL;
    }
    for (int k = 0; k < depth; k++) {
        PyObject *o = offset_int(pos_st[k]);
        if (o == NULL) {
            Py_DECREF(left);
            Py_DECREF(closed);
            return NULL;
        }
        PyList_SET_ITEM(left, k, o);
    }
    PyObject *res = PyTuple_Pack(2, closed, left);
    Py_DECREF(closed);
    Py_DECREF(left);
    return res;
}

/* (Latin letters [A-Za-z\u00C0-\u024F], Devanagari characters [\u0900-\u097F]) in text (detect.py) */
static PyObject *
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

static PyObject *
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
