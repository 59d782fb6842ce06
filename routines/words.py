"""Plain words shared by the library and the journal. No Django here: the insights use it too."""


def count_of(number, singular, plural=None):
    """ "1 set", "3 sets", "2 entries" (given the plural when adding an s is wrong)."""
    return f"{number} {singular if number == 1 else plural or singular + 's'}"
