/* The quotation marks of a paragraph paired (quotemarks._mark_pairs is the reference). */

#include "_speedups.h"

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
PyObject *
speedups_mark_pairs(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "mark_pairs(text, start, end)");
        return NULL;
    }
    PyObject *text = args[0];
    Py_ssize_t start, end;
    if (!span_args(args, &start, &end))
        return NULL;
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
