/* The tokenizer and the shared words of a document: text.tokens(), tokens_tail(), word_count() and
   the offsets the compiled Python bisects (text.py is the reference).

   tokens(text, start, end, limit, token_type, keys, fold) -> list of token_type tuples
       the words TOKEN_RE = [^P']++(?:['’][^P']++)*+ finds in text[start:end] (P: white space and the
       punctuation in text._PUNCT), each (start, end, word, key) with key = keys[word], computed as
       fold(word) and stored in `keys` the first time a word is seen (the dict is cleared when it
       holds more than 200,000 words). */

#include "_speedups.h"

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

/* Tokens freed, kept for the next ones. An article makes and frees its words by the thousand (one
   tuple each, made once per paragraph, freed with the document); the generic path costs some 600
   instructions per token (the GC allocator, then subtype_dealloc, tupledealloc and PyObject_GC_Del for a
   tuple subclass). configure() gives the Token type token_dealloc, which clears a token's four items and
   keeps its memory here (the token keeps its reference to the type); make_token takes it back. Only
   tokens of exactly that type and size go on the list; the others are freed as the type would. */
#define TOKEN_FREE_MAX 8192
static PyObject *token_free[TOKEN_FREE_MAX];
static Py_ssize_t token_n_free = 0;
static PyTypeObject *token_hooked = NULL; /* the type whose tp_dealloc is token_dealloc */

/* What tupledealloc and subtype_dealloc do for a Token (untrack, clear the items, free, release the
   type: the base of a heap type's subclass releases it), the memory of a 4-word token kept instead.
   (Not the type's old tp_dealloc: subtype_dealloc looks for the nearest base dealloc that is not itself
   and would find this one.) No trashcan: a token holds ints and strings. */
static void
token_dealloc(PyObject *op)
{
    PyTypeObject *tp = Py_TYPE(op);
    /* (a token made by Python code is tracked by the collector; the list's are not) */
    PyObject_GC_UnTrack(op);
    Py_ssize_t n = Py_SIZE(op);
    for (Py_ssize_t i = n - 1; i >= 0; i--)
        Py_CLEAR(((PyTupleObject *)op)->ob_item[i]);
    if (tp == token_hooked && n == 4 && token_n_free < TOKEN_FREE_MAX) {
        token_free[token_n_free++] = op;
        return;
    }
    tp->tp_free(op);
    Py_DECREF(tp);
}

/* A token's memory: one freed earlier (reference count 1 again, its type reference kept), else new */
static inline PyObject *
token_alloc(PyTypeObject *tok_type)
{
    if (tok_type == token_hooked && token_n_free > 0) {
        PyObject *tok = token_free[--token_n_free];
        _Py_NewReference(tok);
        return tok;
    }
    /* allocated untracked and unzeroed (tp_alloc, PyType_GenericAlloc, zeroes the object and tracks it,
       and it would be untracked below): the four items are set right away, and the tuple subclass has
       no other field (a NamedTuple's __slots__ are empty) */
    return tok_type->tp_basicsize == (Py_ssize_t)(sizeof(PyTupleObject) - sizeof(PyObject *))
                   && tok_type->tp_itemsize == (Py_ssize_t)sizeof(PyObject *) && PyType_IS_GC(tok_type)
               ? (PyObject *)PyObject_GC_NewVar(PyTupleObject, tok_type, 4)
               : tok_type->tp_alloc(tok_type, 4);
}

/* configure(): the free list serves `type` when it is a plain tuple subclass (a NamedTuple: no
   __dict__, no weak references, no finalizer), hooked once */
static void
token_hook(PyTypeObject *type)
{
    if (token_hooked != NULL || !PyType_HasFeature(type, Py_TPFLAGS_HEAPTYPE)
        || !PyType_IsSubtype(type, &PyTuple_Type)
        || type->tp_basicsize != (Py_ssize_t)(sizeof(PyTupleObject) - sizeof(PyObject *))
        || type->tp_itemsize != (Py_ssize_t)sizeof(PyObject *) || type->tp_dictoffset != 0
        || type->tp_weaklistoffset != 0 || type->tp_finalize != NULL || type->tp_del != NULL
        || type->tp_dealloc == NULL)
        return;
    Py_INCREF(type); /* (never freed: its instances may sit on the list) */
    type->tp_dealloc = token_dealloc;
    token_hooked = type;
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
    PyObject *tok = token_alloc(tok_type);
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

PyObject *
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

    /* the words gathered in a C array, then moved into one list of their number (PyList_Append grows
       the list as it goes, at some 65 instructions a word); a paragraph has a few dozen words */
    PyObject *small[128];
    PyObject **buf = small;
    Py_ssize_t cap = 128, n_out = 0;
    PyObject *out = NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t i = start;
    while (i < end) {
        if (limit >= 0 && n_out >= limit)
            break;
        i = word_start(kind, data, i, end);
        if (i >= end)
            break;
        Py_ssize_t a = i;
        i = token_end(kind, data, i, end);
        PyObject *tok = make_token(text, kind, data, a, i, tok_type, keys, fold);
        if (tok == NULL)
            goto done;
        if (n_out == cap) {
            PyObject **bigger = PyMem_Malloc((size_t)(2 * cap) * sizeof(PyObject *));
            if (bigger == NULL) {
                Py_DECREF(tok);
                PyErr_NoMemory();
                goto done;
            }
            memcpy(bigger, buf, (size_t)n_out * sizeof(PyObject *));
            if (buf != small)
                PyMem_Free(buf);
            buf = bigger;
            cap *= 2;
        }
        buf[n_out++] = tok;
    }
    out = PyList_New(n_out);
    if (out != NULL) {
        /* (the list takes the references) */
        memcpy(((PyListObject *)out)->ob_item, buf, (size_t)n_out * sizeof(PyObject *));
        n_out = 0;
    }
done:
    for (Py_ssize_t k = 0; k < n_out; k++)
        Py_DECREF(buf[k]);
    if (buf != small)
        PyMem_Free(buf);
    return out;
}

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

/* len(TOKEN_RE.findall(text, start, end)) counting no further than `limit` (text.word_count) */
PyObject *
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
