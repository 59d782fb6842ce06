"""What the runners' thread on lower back pain says, as plain data for the migration that seeds the library.

Only the seeding migration reads this package, and only once per database: after that, curators edit the
library in the admin. Changing these lists does not change a database that is already migrated.

Shapes (plain dicts and tuples, no models, so the migration can use its historical models):
- a quote is (contributor, words), the contributor's own words, cut short but not reworded;
- a caution is {"severity", "applies_to", "text", "source", "quotes"};
- an exercise is the Exercise fields plus "body_areas", "equipment" and "alternatives" (slugs),
  "cautions" and "quotes";
- a routine is the Routine fields plus "steps" ({"exercise" slug, "sets", "reps", "hold_seconds", "note"})
  and "quotes".
"Source" is "thread" when a runner said it and "library" when it is the library's own addition.
"""

from routines.seed.exercises import BODY_AREAS, EQUIPMENT, STRENGTH_EXERCISES
from routines.seed.routines import LIBRARY_CAUTIONS, ROUTINES
from routines.seed.stretches import STRETCHES

EXERCISES = STRENGTH_EXERCISES + STRETCHES

__all__ = ["BODY_AREAS", "EQUIPMENT", "EXERCISES", "LIBRARY_CAUTIONS", "ROUTINES"]
