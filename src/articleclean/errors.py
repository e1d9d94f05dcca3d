"""The one exception `clean` lets escape."""


class InputError(ValueError):
    """The input is not text that can be cleaned: empty, binary, or undecodable."""
