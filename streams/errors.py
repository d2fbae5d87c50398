"""One exception hierarchy for bad input; each class maps to a dead-letter reason."""

from __future__ import annotations


class BadInput(ValueError):
    """A record Rasd cannot process; `reason` is the dead-letter reason code."""

    reason = "bad_input"


class MalformedRecord(BadInput):
    """The bytes are not a JSON object (broken JSON, invalid UTF-8, not an object)."""

    reason = "malformed_json"


class MissingField(BadInput):
    """A required field is absent or empty."""

    reason = "missing_field"


class WrongType(BadInput):
    """A field has the wrong JSON type."""

    reason = "wrong_type"


class TooLarge(BadInput):
    """The text or a derived list is over a configured limit."""

    reason = "too_large"


class NotArabic(BadInput):
    """The text has too little Arabic script to be an Arabic article."""

    reason = "not_arabic"


class UnsupportedSchema(BadInput):
    """The record carries a schema version this code does not read."""

    reason = "unsupported_schema"


class BadSeedFile(BadInput):
    """A seed-format file that does not have the title/date/headline/body layout."""

    reason = "bad_seed_format"
