"""Passive voice and its agent ("were killed", "by IS gunmen"), read the same way by every extractor."""

from __future__ import annotations

import re

# "was killed", "were badly wounded", "got shot": what comes next was done to the words before.
PASSIVE_BEFORE = re.compile(r"\b(was|were|been|being|got)\s+(\w+\s+)?$", re.IGNORECASE)
# "by IS", "by the security forces": the agent of a passive verb follows.
_AGENT_WORDS = r"\s+(?:[\w'-]+\s+){0,3}$"
BY_AGENT = re.compile(rf"\bby{_AGENT_WORDS}", re.IGNORECASE)
# "came under fire from rebels": "from" names the agent too.
FROM_AGENT = re.compile(rf"\b(?:from|by){_AGENT_WORDS}", re.IGNORECASE)
