"""What an article as a whole says, read by every step that builds its events (events.py and
event_place.py); a module of its own so that those two import it, not each other."""

from __future__ import annotations

from dataclasses import dataclass

from ..annotate import Annotations
from ..annotate.actors import ActorMention
from ..records import Article

UNSET = object()


@dataclass
class Context:
    """What the article as a whole says: its country, its main armed group, its dates."""

    country: str | None
    iso3: str | None
    main_group: ActorMention | None
    article: Article
    ann: Annotations
    article_place: object = UNSET  # event_place._article_place's answer, computed once per article
