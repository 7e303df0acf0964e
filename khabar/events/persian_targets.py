"""The target a Persian attack names only by where it struck.

"هواپیماهای عربستان ... چندین حمله به فرودگاه و بندر «عدن» انجام داده‌اند": the attack
names no party as its object, only the place it hit, and the place's state is whom it was
done to (the event conventions code an airstrike on Aden as Saudi Arabia against Yemen).
So an attack with no target takes the country of the city it took place in, unless that is
the attacker's own country: a state's forces acting at home ("ارتش عراق در موصل ...") are
not attacking their own state, and the victims stay unnamed.
"""

from __future__ import annotations

from khabar.doc import Entity, Participant
from khabar.events.arguments import country_participant

ATTACKS = frozenset({"ASSAULT"})


def struck_country(lang: str, kind: str, place: Entity | None, actor: Participant | None,
                   target: Participant | None, key: str | None
                   ) -> tuple[Participant | None, str | None]:
    """A Persian attack's target and its merging key: the one found, else the country of
    the city the attack took place in (its KB id the key), else none."""
    if (target is not None or lang != "fa" or kind not in ATTACKS or place is None
            or place.country is None or (actor is not None and actor.country == place.country)):
        return target, key
    struck = country_participant(place)
    return (struck, struck.kb_id) if struck is not None else (target, key)
