"""Data-only serialisation of quizgen's typed values: msgpack out, typed decoders back in.

Nothing read back can name code (unlike pickle, which calls whatever a file tells it to).
A value is written as msgpack of strings, numbers, booleans, bytes and arrays: a dataclass
or NamedTuple as the array of its fields in order, an enum as its value, a set as an array,
a mapping as an array of pairs. A ``Codec`` is made for one type form and its decoder builds
only that type and the types its fields name, checking every field's type on the way;
anything else raises ``DecodeError``, which a cache treats as a miss.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import itertools
import operator
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import msgpack

__all__ = ["Codec", "DecodeError", "codec_for", "replaced"]

T = TypeVar("T")

_Convert = Callable[[Any], Any]
_SCALARS = (str, int, bool, bytes)


class DecodeError(ValueError):
    """The data is not a value of the codec's type."""


class Codec(Generic[T]):
    """Encoder and typed decoder for one type form.

    Example:
        >>> facts: Codec[ArticleFacts] = Codec(ArticleFacts)
        >>> facts.decode(facts.encode(entry)) == entry
        True
    """

    def __init__(self, form: object) -> None:
        """Compile the codec for ``form``: str, int, bool, bytes, a StrEnum, a dataclass, a
        NamedTuple, ``tuple[X, ...]``, ``tuple[X, Y]``, ``frozenset[X]`` or ``Mapping[K, V]``
        of those.

        Raises:
            TypeError: the form names a type the codec does not know.
        """
        self.form = form
        self._encode = _encoder(form) or _identity
        self._decode = _decoder(form)

    def encode(self, value: T) -> bytes:
        """The value as msgpack bytes."""
        return bytes(msgpack.packb(self._encode(value), use_bin_type=True))

    def decode(self, data: bytes) -> T:
        """The value ``encode`` wrote.

        Raises:
            DecodeError: the data is not msgpack of a value of this type.
        """
        try:
            raw = msgpack.unpackb(data, use_list=False, raw=False, strict_map_key=True)
        except Exception as exc:  # any malformed, truncated or foreign bytes
            raise DecodeError(f"not msgpack ({exc.__class__.__name__})") from exc
        try:
            value: T = self._decode(raw)
        except DecodeError:
            raise
        except (TypeError, ValueError, KeyError, RecursionError) as exc:  # a shape no check foresaw
            raise DecodeError(f"not a {self.form} ({exc.__class__.__name__})") from exc
        finally:
            _shared.clear()
        return value


_CODECS: dict[object, Codec[Any]] = {}


def codec_for(form: type[T]) -> Codec[T]:
    """The codec of ``form``, compiled once per process."""
    codec = _CODECS.get(form)
    if codec is None:
        codec = _CODECS[form] = Codec(form)
    return codec


_shared: dict[str, str] = {}  # equal strings of the value being decoded, one copy each
_new_tuple: Callable[[Any, Any], Any] = tuple.__new__  # a NamedTuple from a tuple, no __new__


def _identity(value: Any) -> Any:
    return value


def _fail(form: object, value: object) -> DecodeError:
    return DecodeError(f"expected {form}, got {type(value).__name__}")


# --- encoders (None: the value packs as it is) --------------------------------------------


def _encoder(form: Any) -> _Convert | None:  # noqa: PLR0911 (one return per kind of form)
    if form in _SCALARS or _is_enum(form):
        return None  # a StrEnum member packs as its string
    if _is_record(form):
        return _record_encoder(form)
    origin, args = typing.get_origin(form), typing.get_args(form)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _map_encoder(args[0])
    if origin is tuple:
        parts = [_encoder(arg) or _identity for arg in args]
        if all(part is _identity for part in parts):
            return None
        return lambda value: tuple(part(x) for part, x in zip(parts, value, strict=True))
    if origin is frozenset:
        item = _encoder(args[0]) or _identity
        return lambda value: tuple(map(item, value))
    if origin in (Mapping, dict):
        key, val = _encoder(args[0]) or _identity, _encoder(args[1]) or _identity
        return lambda value: tuple((key(k), val(v)) for k, v in value.items())
    raise TypeError(f"no codec for {form!r}")


def _map_encoder(form: Any) -> _Convert | None:
    item = _encoder(form)
    if item is None:
        return None

    def encode(value: Any) -> tuple[Any, ...]:
        return tuple(map(item, value))

    return encode


def _record_encoder(cls: type) -> _Convert | None:
    names, hints = _fields(cls)
    parts = [(i, enc) for i, name in enumerate(names) if (enc := _encoder(hints[name]))]
    if _is_named_tuple(cls) and not parts:
        return None  # a NamedTuple of plain fields packs as the tuple it is
    get: _Convert = operator.attrgetter(*names)
    if len(names) == 1:
        one = get

        def get(value: Any) -> tuple[Any, ...]:  # attrgetter of one name gives it bare
            return (one(value),)

    if not parts:
        return get  # one C call gives the tuple of every field

    def encode(value: Any) -> tuple[Any, ...]:
        row = list(get(value))
        for i, enc in parts:
            row[i] = enc(row[i])
        return tuple(row)

    return encode


# --- decoders -----------------------------------------------------------------------------


def _decoder(form: Any) -> _Convert:  # noqa: PLR0911 (one return per kind of form)
    if form in _SCALARS:
        return _scalar_decoder(form)
    if _is_enum(form):
        return _enum_decoder(form)
    if _is_record(form):
        return _record_decoder(form)
    origin, args = typing.get_origin(form), typing.get_args(form)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _sequence_decoder(form, args[0], tuple)
    if origin is tuple:
        return _fixed_tuple_decoder(form, args)
    if origin is frozenset:
        return _sequence_decoder(form, args[0], frozenset)
    if origin in (Mapping, dict):
        return _mapping_decoder(form, args[0], args[1])
    raise TypeError(f"no codec for {form!r}")


def _scalar_decoder(kind: type) -> _Convert:
    def decode(value: Any) -> Any:
        if type(value) is not kind:
            raise _fail(kind, value)
        return value

    return decode


def _enum_decoder(kind: type[enum.Enum]) -> _Convert:
    members = {member.value: member for member in kind}

    def decode(value: Any) -> Any:
        try:
            return members[value]
        except (KeyError, TypeError):
            raise _fail(kind, value) from None

    return decode


def _raw_type(form: Any) -> type:
    """The Python type msgpack gives back for a value of ``form``."""
    if form in _SCALARS:
        return typing.cast(type, form)
    return str if _is_enum(form) else tuple


def _flat(form: Any) -> tuple[type, int, Callable[..., Any] | None] | None:
    """(item type, length, maker) of a fixed array whose items are all of one plain type
    (a tuple, NamedTuple or dataclass of strings, say), else None."""
    if _is_record(form):
        names, hints = _fields(form)
        args, maker = tuple(hints[name] for name in names), form
    elif typing.get_origin(form) is tuple and Ellipsis not in typing.get_args(form):
        args, maker = typing.get_args(form), None
    else:
        return None
    if len(set(args)) == 1 and args[0] in _SCALARS:
        return args[0], len(args), maker
    return None


def _sequence_decoder(form: object, item: Any, make: Callable[[Any], Any]) -> _Convert:
    if item in _SCALARS:
        allowed = {item}

        def decode_plain(value: Any) -> Any:
            if type(value) is not tuple or (value and set(map(type, value)) != allowed):
                raise _fail(form, value)
            return value if make is tuple else make(value)

        return decode_plain
    if _is_enum(item):
        return _enum_sequence_decoder(form, item, make)
    inner = typing.get_args(item)
    if typing.get_origin(item) is tuple and inner[1:] == (Ellipsis,) and inner[0] in _SCALARS:
        return _nested_plain_decoder(form, inner[0], make)
    flat = _flat(item)
    if flat is not None:
        return _flat_sequence_decoder(form, make, *flat)
    if _is_record(item):
        return _record_sequence_decoder(form, item, make)
    element = _decoder(item)

    def decode(value: Any) -> Any:
        if type(value) is not tuple:
            raise _fail(form, value)
        return make(map(element, value))

    return decode


def _nested_plain_decoder(form: object, kind: type, make: _Convert) -> _Convert:
    """Arrays of arrays of one plain type (e.g. every note's tags), checked in two passes."""
    allowed, tuples = {kind}, {tuple}

    def decode(value: Any) -> Any:
        if type(value) is not tuple:
            raise _fail(form, value)
        if value and (
            set(map(type, value)) != tuples
            or not set(map(type, itertools.chain.from_iterable(value))) <= allowed
        ):
            raise _fail(form, value)
        return value if make is tuple else make(value)

    return decode


def _enum_sequence_decoder(form: object, kind: type[enum.Enum], make: _Convert) -> _Convert:
    lookup = {member.value: member for member in kind}.__getitem__

    def decode(value: Any) -> Any:
        if type(value) is not tuple:
            raise _fail(form, value)
        try:
            return make(tuple(map(lookup, value)))
        except (KeyError, TypeError):
            raise _fail(form, value) from None

    return decode


def _record_sequence_decoder(form: object, cls: type, make: _Convert) -> _Convert:
    """Arrays of records, decoded a column (one field of every record) at a time: each
    column is checked and converted as an array of its field's type, so a library of
    records costs C-level passes and one constructor call per record."""
    names, hints = _fields(cls)
    width, tuples, named = {len(names)}, {tuple}, _is_named_tuple(cls)
    texts = [i for i, name in enumerate(names) if hints[name] is str]
    build = cls if named else _maker(cls)
    columns: list[_Convert] = []  # made on first use: a record may hold arrays of itself

    def decode(value: Any) -> Any:
        if type(value) is not tuple:
            raise _fail(form, value)
        if not value:
            return make(())
        if set(map(type, value)) != tuples or set(map(len, value)) != width:
            raise _fail(form, value)
        if not columns:
            columns.extend(_sequence_decoder(cls, hints[name], tuple) for name in names)
        found = tuple(zip(*value, strict=True))
        fields = [column(items) for column, items in zip(columns, found, strict=True)]
        if not named:
            # Records kept in memory (facts, notes) repeat strings (slug, title, section, a
            # sentence as statement and source): one copy of each per value decoded, as
            # the objects written shared them.
            share = _shared.setdefault
            for i in texts:
                fields[i] = tuple(map(share, fields[i], fields[i]))
        if not all(map(operator.is_, fields, found)):
            return make(map(build, *fields))
        # Every field was taken as it is: build the records from the rows themselves.
        if named:
            return make(map(_new_tuple, itertools.repeat(cls), value))
        return make(itertools.starmap(build, value))

    return decode


def _flat_sequence_decoder(
    form: object,
    make: Callable[[Any], Any],
    kind: type,
    length: int,
    maker: Callable[..., Any] | None,
) -> _Convert:
    """Arrays of fixed arrays of one plain type, checked in three C-level passes."""
    one, tuples, lengths = {kind}, {tuple}, {length}
    named = maker is not None and _is_named_tuple(maker)
    build = maker if maker is None or named else _maker(typing.cast(type, maker))
    records: Callable[..., Any] = build or tuple  # the maker, when there is one

    def decode(value: Any) -> Any:
        if type(value) is not tuple:
            raise _fail(form, value)
        if value and (
            set(map(type, value)) != tuples
            or set(map(len, value)) != lengths
            or set(map(type, itertools.chain.from_iterable(value))) != one
        ):
            raise _fail(form, value)
        if maker is None:
            return make(value)
        if named:  # a NamedTuple is its row: no call of its Python __new__ per item
            return make(map(_new_tuple, itertools.repeat(maker), value))
        return make(itertools.starmap(records, value))

    return decode


def _fixed_tuple_decoder(form: object, args: tuple[Any, ...]) -> _Convert:
    return _compiled_decoder(form, tuple, args)


def _mapping_decoder(form: object, key_form: Any, value_form: Any) -> _Convert:
    keys = _sequence_decoder(form, key_form, tuple)
    values = _sequence_decoder(form, value_form, tuple)
    pairs = {tuple}, {2}

    def decode(value: Any) -> Any:
        if type(value) is not tuple:
            raise _fail(form, value)
        if not value:
            return {}
        if set(map(type, value)) != pairs[0] or set(map(len, value)) != pairs[1]:
            raise _fail(form, value)
        found_keys, found_values = zip(*value, strict=True)
        return dict(zip(keys(found_keys), values(found_values), strict=True))

    return decode


def _record_decoder(cls: type) -> _Convert:
    names, hints = _fields(cls)
    return _compiled_decoder(cls, _maker(cls), tuple(hints[name] for name in names))


@functools.cache
def _maker(cls: type) -> Callable[..., Any]:
    """What builds a decoded record from its fields in order: ``cls``, or for a frozen
    dataclass with slots and the ``__init__`` dataclasses wrote, the same steps compiled
    without the generic ``object.__setattr__`` per field (a store holds 10^5 facts, each
    with its source): each slot is filled through its own descriptor, then
    ``__post_init__`` runs as ``__init__`` would run it."""
    params = getattr(cls, "__dataclass_params__", None)
    init = cls.__dict__.get("__init__")
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or getattr(getattr(init, "__code__", None), "co_filename", "") != "<string>"
    ):
        return cls
    fields = dataclasses.fields(cls)
    if not all(f.init for f in fields):
        return cls
    names: dict[str, Any] = {"new": object.__new__, "cls": cls}
    lines = ["    o = new(cls)"]
    for i, f in enumerate(fields):
        names[f"s{i}"] = cls.__dict__[f.name].__set__  # the slot's member descriptor
        lines.append(f"    s{i}(o, v{i})")
    if hasattr(cls, "__post_init__"):
        names["post"] = cls.__post_init__
        lines.append("    post(o)")
    params_list = ", ".join(f"v{i}" for i in range(len(fields)))
    source = f"def make({params_list}):\n" + "\n".join(lines) + "\n    return o\n"
    exec(source, names)  # made from the field names alone, as dataclasses makes __init__
    make: Callable[..., Any] = names["make"]
    return make


def replaced(record: T, /, **changes: Any) -> T:
    """``dataclasses.replace(record, **changes)``: a new record built as its ``__init__``
    builds it (every field set, then ``__post_init__``), from the old one's fields and the
    changes. For a frozen dataclass with slots it takes the fields with one C getter and
    builds through ``_maker``, a third of ``replace``'s time (a clean build of 1,000
    articles numbers 67k new facts this way); any other record goes to ``replace``."""
    cls: type = type(record)
    fast = _replacer(cls)
    if fast is None or not changes.keys() <= fast[2].keys():
        return dataclasses.replace(record, **changes)  # type: ignore[type-var]
    make, fields_of, index = fast
    values = list(fields_of(record))
    for name, value in changes.items():
        values[index[name]] = value
    return make(*values)  # type: ignore[no-any-return]


@functools.cache
def _replacer(
    cls: type,
) -> tuple[Callable[..., Any], Callable[[Any], tuple[Any, ...]], dict[str, int]] | None:
    """What ``replaced`` needs for ``cls``, or None when ``_maker`` has no fast build for it
    (or it has pseudo-fields, init-only or class variables, that ``replace`` treats apart)."""
    make = _maker(cls)
    if make is cls:
        return None
    fields = dataclasses.fields(cls)
    if len(fields) < 2 or len(fields) != len(cls.__dataclass_fields__):  # type: ignore[attr-defined]
        return None
    names = [f.name for f in fields]
    return make, operator.attrgetter(*names), {name: i for i, name in enumerate(names)}


def _compiled_decoder(form: object, make: Callable[..., Any], args: tuple[Any, ...]) -> _Convert:
    """The decoder of a fixed array whose items have the types ``args``, passed to ``make``.

    Compiled from the types alone (as dataclasses and namedtuple compile their methods;
    nothing read from data reaches the source), so that a record costs one call: one
    C-level pass checks the type of every item, plain items are passed as they are, arrays
    of plain items are checked in place and only the others are converted.
    """
    names: dict[str, Any] = {"make": make, "raw": tuple(map(_raw_type, args)), "fail": _fail}
    names["form"] = form
    checks: list[str] = []
    items: list[str] = []
    for i, arg in enumerate(args):
        origin, inner = typing.get_origin(arg), typing.get_args(arg)
        if arg in _SCALARS:
            items.append(f"v[{i}]")
        elif _is_enum(arg):  # a lookup in place of a call (a bad value raises KeyError)
            names[f"m{i}"] = {member.value: member for member in arg}
            items.append(f"m{i}[v[{i}]]")
        elif origin is tuple and len(inner) == 2 and inner[1] is Ellipsis and inner[0] in _SCALARS:
            names[f"s{i}"] = {inner[0]}
            checks.append(f"(v[{i}] and set(map(type, v[{i}])) != s{i})")
            items.append(f"v[{i}]")
        else:
            names[f"d{i}"] = _decoder(arg)
            items.append(f"d{i}(v[{i}])")
    check = "".join(f" or {c}" for c in checks)
    result = (
        "v"
        if make is tuple and all(i == f"v[{n}]" for n, i in enumerate(items))
        else (f"make({', '.join(items)})" if make is not tuple else f"({', '.join(items)},)")
    )
    source = (
        "def decode(v):\n"
        f"    if type(v) is not tuple or tuple(map(type, v)) != raw{check}:\n"
        "        raise fail(form, v)\n"
        "    try:\n"
        f"        return {result}\n"
        "    except KeyError:\n"
        "        raise fail(form, v) from None\n"
    )
    exec(source, names)
    decode: _Convert = names["decode"]
    return decode


# --- type inspection ----------------------------------------------------------------------


def _is_enum(form: Any) -> bool:
    return isinstance(form, type) and issubclass(form, enum.StrEnum)


def _is_named_tuple(form: Any) -> bool:
    return isinstance(form, type) and issubclass(form, tuple) and hasattr(form, "_fields")


def _is_record(form: Any) -> bool:
    if isinstance(form, types.GenericAlias):
        return False
    return _is_named_tuple(form) or (isinstance(form, type) and dataclasses.is_dataclass(form))


@functools.cache  # resolving string annotations compiles each of them
def _fields(cls: type) -> tuple[tuple[str, ...], dict[str, Any]]:
    """A record's field names in constructor order and their resolved types."""
    hints = typing.get_type_hints(cls)
    if _is_named_tuple(cls):
        return tuple(cls._fields), hints  # type: ignore[attr-defined]
    names = tuple(f.name for f in dataclasses.fields(cls) if f.init)
    return names, hints
