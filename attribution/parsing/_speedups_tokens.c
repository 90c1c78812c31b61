/* The tokenizer: text.tokens()'s words of a window (text._tokens), text.word_count(), and the Token
   objects themselves (their free list). text.py is the reference.

   tokens(text, start, end, limit, token_type, keys, fold) -> list of token_type tuples
       the words TOKEN_RE = [^P']++(?:['’][^P']++)*+ finds in text[start:end] (P: white space and the
       punctuation in text._PUNCT), each (start, end, word, key) with key = keys[word], computed as
       fold(word) and stored in `keys` the first time a word is seen (the dict is cleared when it
       holds more than 200,000 words). */

#include "_speedups.h"

#define KEYS_MAX 200000

/* text._PUNCT without \s (tested with Py_UNICODE_ISSPACE, as the regex's \s does), plus "'": for ASCII
   one look-up in a table (the word loops test every character of every paragraph), the ASCII white
   space of Py_UNICODE_ISSPACE included (\t \n \v \f \r, \x1c-\x1f, " ") */
static const unsigned char PUNCT_ASCII[128] = {
    [0x09] = 1, [0x0A] = 1, [0x0B] = 1, [0x0C] = 1, [0x0D] = 1, [0x1C] = 1, [0x1D] = 1, [0x1E] = 1,
    [0x1F] = 1, [' '] = 1,  ['.'] = 1,  [','] = 1,  [';'] = 1,  [':'] = 1,  ['!'] = 1,  ['?'] = 1,
    ['('] = 1,  [')'] = 1,  ['['] = 1,  [']'] = 1,  ['{'] = 1,  ['}'] = 1,  ['"'] = 1,  ['/'] = 1,
    ['\\'] = 1, ['|'] = 1,  ['\''] = 1,
};

static inline int
is_punct(Py_UCS4 c)
{
    if (c < 128)
        return PUNCT_ASCII[c];
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
        int same;
        if (wk == kind) {
            /* (one memcmp: a kind is its character's size in bytes) */
            same = memcmp(wd, (const char *)data + a * kind, (size_t)((b - a) * kind)) == 0;
        }
        else {
            Py_ssize_t k = 0;
            while (k < b - a && PyUnicode_READ(wk, wd, k) == PyUnicode_READ(kind, data, a + k))
                k++;
            same = k == b - a;
        }
        if (same) {
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
void
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
PyObject *
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
    Py_ssize_t start, end;
    if (!span_args(args, &start, &end))
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

/* len(TOKEN_RE.findall(text, start, end)) counting no further than `limit` (text.word_count) */
PyObject *
speedups_word_count(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 4 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "word_count(text, start, end, limit)");
        return NULL;
    }
    PyObject *text = args[0];
    Py_ssize_t start, end;
    if (!span_args(args, &start, &end))
        return NULL;
    Py_ssize_t limit = PyLong_AsSsize_t(args[3]);
    if (limit == -1 && PyErr_Occurred())
        return NULL;
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
