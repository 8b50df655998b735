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
import operator
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import msgpack

__all__ = ["Codec", "DecodeError", "codec_for"]

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
        value: T = self._decode(raw)
        return value


_CODECS: dict[object, Codec[Any]] = {}


def codec_for(form: type[T]) -> Codec[T]:
    """The codec of ``form``, compiled once per process."""
    codec = _CODECS.get(form)
    if codec is None:
        codec = _CODECS[form] = Codec(form)
    return codec


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
        item = _encoder(args[0])
        return None if item is None else lambda value: tuple(map(item, value))
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


def _record_encoder(cls: type) -> _Convert | None:
    names, hints = _fields(cls)
    parts = [(i, enc) for i, name in enumerate(names) if (enc := _encoder(hints[name]))]
    if _is_named_tuple(cls) and not parts:
        return None  # a NamedTuple of plain fields packs as the tuple it is
    get: _Convert = operator.attrgetter(*names)
    if len(names) == 1:
        get = lambda value, one=get: (one(value),)  # noqa: E731 (attrgetter of one name is bare)
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


def _sequence_decoder(form: object, item: Any, make: Callable[[Any], Any]) -> _Convert:
    if item in _SCALARS:
        allowed = {item}

        def decode_plain(value: Any) -> Any:
            if type(value) is not tuple or (value and set(map(type, value)) != allowed):
                raise _fail(form, value)
            return value if make is tuple else make(value)

        return decode_plain
    element = _decoder(item)

    def decode(value: Any) -> Any:
        if type(value) is not tuple:
            raise _fail(form, value)
        return make(map(element, value))

    return decode


def _fixed_tuple_decoder(form: object, args: tuple[Any, ...]) -> _Convert:
    raw = tuple(_raw_type(arg) for arg in args)
    parts = [(i, _decoder(arg)) for i, arg in enumerate(args) if arg not in _SCALARS]

    def decode(value: Any) -> Any:
        if type(value) is not tuple or tuple(map(type, value)) != raw:
            raise _fail(form, value)
        if not parts:
            return value
        row = list(value)
        for i, dec in parts:
            row[i] = dec(row[i])
        return tuple(row)

    return decode


def _mapping_decoder(form: object, key_form: Any, value_form: Any) -> _Convert:
    pair = _fixed_tuple_decoder(form, (key_form, value_form))

    def decode(value: Any) -> Any:
        if type(value) is not tuple:
            raise _fail(form, value)
        return dict(map(pair, value))

    return decode


def _record_decoder(cls: type) -> _Convert:
    names, hints = _fields(cls)
    raw = tuple(_raw_type(hints[name]) for name in names)
    parts = [(i, _decoder(hints[n])) for i, n in enumerate(names) if hints[n] not in _SCALARS]

    def decode(value: Any) -> Any:
        # One C-level pass checks the type of every field; then only the fields that are
        # not plain strings and numbers are converted.
        if type(value) is not tuple or tuple(map(type, value)) != raw:
            raise _fail(cls, value)
        if not parts:
            return cls(*value)
        row = list(value)
        for i, dec in parts:
            row[i] = dec(row[i])
        return cls(*row)

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


def _fields(cls: type) -> tuple[tuple[str, ...], dict[str, Any]]:
    """A record's field names in constructor order and their resolved types."""
    hints = typing.get_type_hints(cls)
    if _is_named_tuple(cls):
        return tuple(cls._fields), hints  # type: ignore[attr-defined]
    names = tuple(f.name for f in dataclasses.fields(cls) if f.init)
    return names, hints
