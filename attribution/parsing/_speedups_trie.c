/* Whole-word matching of a lexicon: the word tries of wordset.py (the Python there is the reference). */

#include "_speedups.h"

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
    /* the ASCII children of the nodes with many (the first letters of the words): row dense_of[node] of
       `dense` (-1: none) holds the child of each ASCII character, found without a binary search */
    int32_t *dense_of, *dense;
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
    PyMem_Free(t->dense_of);
    PyMem_Free(t->dense);
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

#define DENSE_MIN_KIDS 2    /* a node with one child: one comparison */
#define DENSE_MAX_ROWS 1024 /* 512 bytes a row: at most half a megabyte a trie */

/* The root's ASCII children, and the dense rows of the nodes with at least DENSE_MIN_KIDS children,
   the shallowest first (a walk that fails, as most do, fails in the first letters), DENSE_MAX_ROWS at
   most; 0, or -1 without memory */
static int
trie_index(Trie *t)
{
    for (Py_UCS4 c = 0; c < 128; c++)
        t->root_ascii[c] = trie_child(t, 0, c);
    Py_ssize_t n = t->n_nodes > 0 ? t->n_nodes : 1;
    t->dense_of = PyMem_Malloc((size_t)n * sizeof(int32_t));
    t->dense = PyMem_Malloc((size_t)DENSE_MAX_ROWS * 128 * sizeof(int32_t));
    int32_t *depth = PyMem_Malloc((size_t)n * sizeof(int32_t));
    if (t->dense_of == NULL || t->dense == NULL || depth == NULL) {
        PyMem_Free(depth);
        return -1;
    }
    /* (the nodes are numbered parent first: each node's depth is known before its children's) */
    int32_t deepest = 0;
    for (Py_ssize_t k = 0; k < t->n_nodes; k++) {
        t->dense_of[k] = -1;
        if (k == 0)
            depth[0] = 0;
        for (Py_ssize_t e = t->first[k]; e < t->first[k] + t->count[k]; e++)
            depth[t->kids[e]] = depth[k] + 1;
        if (t->space[k] >= 0)
            depth[t->space[k]] = depth[k] + 1;
        if (depth[k] > deepest)
            deepest = depth[k];
    }
    Py_ssize_t row = 0;
    for (int32_t d = 0; d <= deepest && row < DENSE_MAX_ROWS; d++) {
        for (Py_ssize_t k = 0; k < t->n_nodes && row < DENSE_MAX_ROWS; k++) {
            if (depth[k] != d || t->count[k] < DENSE_MIN_KIDS)
                continue;
            int32_t *r = t->dense + row * 128;
            for (Py_UCS4 c = 0; c < 128; c++)
                r[c] = (int32_t)trie_child(t, k, c); /* (dense_of[k] is still -1: the binary search) */
            t->dense_of[k] = (int32_t)row++;
        }
    }
    PyMem_Free(depth);
    return 0;
}

/* compile_trie(trie) -> capsule: the nested dicts {char: node, "": {} at a word's end} made C arrays */
PyObject *
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
    if (trie_index(t) < 0) {
        Py_DECREF(capsule);
        return PyErr_NoMemory();
    }
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
PyObject *
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
    if (trie_index(t) < 0) {
        Py_DECREF(capsule);
        return PyErr_NoMemory();
    }
    return capsule;
}

static inline Py_ssize_t
trie_child(const Trie *t, Py_ssize_t node, Py_UCS4 c)
{
    if (c < 128 && t->dense_of != NULL && t->dense_of[node] >= 0)
        return t->dense[(Py_ssize_t)t->dense_of[node] * 128 + c];
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

/* The end of the longest word of the trie starting at i and followed by no word character, or -1.
   Written once per kind of string (see word_end): each walk reads a word's characters, most of them
   twice (the child to take, then whether a word may end before it). */
#define TRIE_WALK_LOOP(T)                                                                              \
    {                                                                                                  \
        const T *d = (const T *)data;                                                                  \
        Py_ssize_t node = 0, j = i, best = -1;                                                         \
        while (1) {                                                                                    \
            if (j >= end) {                                                                            \
                if (j > i && t->terminal[node])                                                        \
                    best = j;                                                                          \
                break;                                                                                 \
            }                                                                                          \
            Py_UCS4 c = d[j];                                                                          \
            if (j > i && t->terminal[node] && !is_word_char(c))                                        \
                best = j;                                                                              \
            if (t->space[node] >= 0 && Py_UNICODE_ISSPACE(c)) {                                        \
                while (j < end && Py_UNICODE_ISSPACE(d[j]))                                            \
                    j++;                                                                               \
                node = t->space[node];                                                                 \
                continue;                                                                              \
            }                                                                                          \
            Py_UCS4 low = c < 128 ? ((c >= 'A' && c <= 'Z') ? c + 32 : c) : Py_UNICODE_TOLOWER(c);    \
            node = (node == 0 && low < 128) ? t->root_ascii[low] : trie_child(t, node, low);           \
            if (node < 0)                                                                              \
                break;                                                                                 \
            j++;                                                                                       \
        }                                                                                              \
        return best;                                                                                   \
    }

static inline __attribute__((always_inline)) Py_ssize_t
trie_walk(const Trie *t, int kind, const void *data, Py_ssize_t i, Py_ssize_t end)
{
    if (kind == PyUnicode_1BYTE_KIND)
        TRIE_WALK_LOOP(Py_UCS1)
    if (kind == PyUnicode_2BYTE_KIND)
        TRIE_WALK_LOOP(Py_UCS2)
    TRIE_WALK_LOOP(Py_UCS4)
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
PyObject *
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
    Py_ssize_t pos, end;
    if (!span_args(args, &pos, &end))
        return NULL;
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
PyObject *
speedups_trie_spans_multi(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 5 || !PyUnicode_Check(args[0]) || !PyTuple_Check(args[3]) || !PyTuple_Check(args[4])
        || PyTuple_GET_SIZE(args[3]) != PyTuple_GET_SIZE(args[4]) || PyTuple_GET_SIZE(args[3]) > MULTI_MAX) {
        PyErr_SetString(PyExc_TypeError, "trie_spans_multi(text, pos, endpos, tries, guards)");
        return NULL;
    }
    PyObject *text = args[0];
    Py_ssize_t pos, end;
    if (!span_args(args, &pos, &end))
        return NULL;
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
