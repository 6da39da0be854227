"""Small pieces of English the app and the CLI both say."""


def count(number: int, noun: str, plural: str = "") -> str:
    """``count(1, "call")`` is "1 call", ``count(3, "call")`` "3 calls", ``count(2, "entry", "entries")``."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
