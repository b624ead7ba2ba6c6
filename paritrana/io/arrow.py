"""Columns of an Arrow record batch (the Arrow C data interface) as numpy arrays and lists,
without pyarrow.

fastexcel hands a sheet over as Arrow (``__arrow_c_array__``: a struct array, one child per
column). pyarrow would read it, but importing pyarrow makes pandas import it too on every run
(0.2–0.4 s of start-up, and pandas then stores its strings in Arrow). The interface is a
plain C struct, so this module reads the three kinds of column the loader takes — 64-bit
floats and integers, UTF-8 texts, and all-null columns — with ctypes, copying the values out
before the batch is released. Anything else is reported as its Arrow format string.
"""

from __future__ import annotations

import ctypes
from typing import Any


class _Schema(ctypes.Structure):
    pass


_Schema._fields_ = [
    ("format", ctypes.c_char_p),
    ("name", ctypes.c_char_p),
    ("metadata", ctypes.c_char_p),
    ("flags", ctypes.c_int64),
    ("n_children", ctypes.c_int64),
    ("children", ctypes.POINTER(ctypes.POINTER(_Schema))),
    ("dictionary", ctypes.POINTER(_Schema)),
    ("release", ctypes.c_void_p),
    ("private_data", ctypes.c_void_p),
]


class _Array(ctypes.Structure):
    pass


_Array._fields_ = [
    ("length", ctypes.c_int64),
    ("null_count", ctypes.c_int64),
    ("offset", ctypes.c_int64),
    ("n_buffers", ctypes.c_int64),
    ("n_children", ctypes.c_int64),
    ("buffers", ctypes.POINTER(ctypes.c_void_p)),
    ("children", ctypes.POINTER(ctypes.POINTER(_Array))),
    ("dictionary", ctypes.POINTER(_Array)),
    ("release", ctypes.c_void_p),
    ("private_data", ctypes.c_void_p),
]

_GET_POINTER = ctypes.pythonapi.PyCapsule_GetPointer
_GET_POINTER.restype = ctypes.c_void_p
_GET_POINTER.argtypes = [ctypes.py_object, ctypes.c_char_p]


class Column:
    """One column: ``kind`` is "float" (``values`` a float64 array, NaN for null), "text"
    (``values`` a list of str or None), "null" (all null; ``values`` a list of None) or
    another Arrow format (``values`` None)."""

    __slots__ = ("kind", "values", "length")

    def __init__(self, kind: str, values: Any, length: int):
        self.kind, self.values, self.length = kind, values, length


def record_batch(source: Any) -> list[Column]:
    """The columns of ``source`` (an object with ``__arrow_c_array__`` for a struct array)."""
    schema_capsule, array_capsule = source.__arrow_c_array__()
    schema = _Schema.from_address(_GET_POINTER(schema_capsule, b"arrow_schema"))
    array = _Array.from_address(_GET_POINTER(array_capsule, b"arrow_array"))
    columns = []
    for k in range(array.n_children):
        columns.append(_column(schema.children[k].contents, array.children[k].contents, array.offset,
                               array.length))
    del schema_capsule, array_capsule  # the capsules release the batch; everything was copied
    return columns


def _column(schema: _Schema, array: _Array, parent_offset: int, parent_length: int) -> Column:
    import numpy as np

    form = (schema.format or b"").decode("ascii")
    n = array.length
    offset = array.offset
    if parent_offset or n != parent_length:  # a sliced batch: not what fastexcel hands over
        return Column(f"sliced {form}", None, n)
    valid = _validity(array, offset, n)
    if form in ("g", "l"):  # float64, int64
        dtype = np.float64 if form == "g" else np.int64
        if n == 0:
            return Column("float", np.zeros(0, dtype=np.float64), 0)
        data = np.frombuffer(ctypes.string_at(array.buffers[1], 8 * (offset + n)), dtype=dtype)
        values = data[offset:offset + n].astype(np.float64)  # a copy: the batch is released after this
        if valid is not None:
            values[~valid] = np.nan
        return Column("float", values, n)
    if form in ("u", "U"):  # UTF-8 texts, 32- or 64-bit offsets
        width = 4 if form == "u" else 8
        kind = np.int32 if form == "u" else np.int64
        if n == 0:
            return Column("text", [], 0)
        offsets = np.frombuffer(ctypes.string_at(array.buffers[1], width * (offset + n + 1)), dtype=kind)
        offsets = offsets[offset:offset + n + 1].astype(np.int64)
        start, stop = int(offsets[0]), int(offsets[-1])
        blob = ctypes.string_at(array.buffers[2] + start, stop - start) if stop > start else b""
        bounds = (offsets - start).tolist()
        if blob.isascii():
            text = blob.decode("ascii")
            texts: list[Any] = [text[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
        else:
            texts = [blob[a:b].decode("utf-8") for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
        if valid is not None:
            for i in np.flatnonzero(~valid).tolist():
                texts[i] = None
        return Column("text", texts, n)
    if form == "n":
        return Column("null", [None] * n, n)
    return Column(form, None, n)


def _validity(array: _Array, offset: int, n: int) -> Any:
    """The validity bitmap as a bool array, or None when every value is valid."""
    import numpy as np

    if array.null_count == 0 or n == 0 or not array.buffers[0]:
        return None
    size = (offset + n + 7) // 8
    bits = np.frombuffer(ctypes.string_at(array.buffers[0], size), dtype=np.uint8)
    return np.unpackbits(bits, bitorder="little")[offset:offset + n].astype(bool)
