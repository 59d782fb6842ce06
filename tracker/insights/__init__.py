"""What a runner's own journal says about their back: pure functions over daily series.

Nothing here imports Django or touches the database: `tracker.series` builds a `DailySeries` from the journal,
`analyse` turns it into small frozen dataclasses, and `as_json` gives the shape of GET /api/insights/.
"""

from tracker.insights.daily import DailySeries
from tracker.insights.irritation import Alternative, ExerciseIrritation
from tracker.insights.report import Insights, analyse, as_json

__all__ = ["Alternative", "DailySeries", "ExerciseIrritation", "Insights", "analyse", "as_json"]
