"""newsline.temporal: find time expressions and normalize them to TimeML TIMEX3 values.

`tag` anchors relative expressions to the document creation date (DCT), `value_to_day`
reads a value back as a timeline day/month/year, `parse_dateline` reads wire datelines,
`infer_publication_date` estimates a publication date from content as a last resort.
"""

from newsline.temporal.dateline import dateline_end, parse_dateline
from newsline.temporal.publication import (
    PublicationEstimate,
    estimate_publication,
    infer_publication_date,
)
from newsline.temporal.tagger import tag
from newsline.temporal.values import value_to_day

__all__ = [
    "PublicationEstimate",
    "dateline_end",
    "estimate_publication",
    "infer_publication_date",
    "parse_dateline",
    "tag",
    "value_to_day",
]
