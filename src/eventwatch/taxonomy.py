"""ACLED's event taxonomy and the GTD's attack types, spelled exactly as those projects spell them."""

from __future__ import annotations

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

ACLED_TYPES: dict[str, tuple[str, ...]] = {
    BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    EXPLOSIONS: ("Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                 "Remote explosive/landmine/IED", "Grenade"),
    VAC: ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    PROTESTS: ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC: ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                "Headquarters or base established", "Looting/property destruction",
                "Non-violent transfer of territory", "Other"),
}

GTD_ATTACK_TYPES = (
    "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)",
    "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown",
)

# ACLED interaction codes (inter1/inter2).
INTER_CODES = {
    1: "State forces", 2: "Rebel groups", 3: "Political militias", 4: "Identity militias",
    5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces",
}

# Incident class (see annotate.triggers) -> (event_type, sub_event_type, gtd_attack_type).
CLASS_TYPES: dict[str, tuple[str, str, str | None]] = {
    "chemical": (EXPLOSIONS, "Chemical weapon", "Bombing/Explosion"),
    "suicide": (EXPLOSIONS, "Suicide bomb", "Bombing/Explosion"),
    "air": (EXPLOSIONS, "Air/drone strike", "Bombing/Explosion"),
    "shelling": (EXPLOSIONS, "Shelling/artillery/missile attack", "Bombing/Explosion"),
    "grenade": (EXPLOSIONS, "Grenade", "Bombing/Explosion"),
    "ied": (EXPLOSIONS, "Remote explosive/landmine/IED", "Bombing/Explosion"),
    "kidnap": (VAC, "Abduction/forced disappearance", "Hostage Taking (Kidnapping)"),
    "sexual": (VAC, "Sexual violence", "Unarmed Assault"),
    "attack_civilians": (VAC, "Attack", "Armed Assault"),
    "assassination": (VAC, "Attack", "Assassination"),
    "armed_clash": (BATTLES, "Armed clash", "Armed Assault"),
    "peaceful_protest": (PROTESTS, "Peaceful protest", None),
    "protest_intervention": (PROTESTS, "Protest with intervention", None),
    "excessive_force": (PROTESTS, "Excessive force against protesters", None),
    "violent_demonstration": (RIOTS, "Violent demonstration", "Facility/Infrastructure Attack"),
    "mob_violence": (RIOTS, "Mob violence", "Unarmed Assault"),
    "cache": (STRATEGIC, "Disrupted weapons use", None),
    "defused": (STRATEGIC, "Disrupted weapons use", "Bombing/Explosion"),  # the GTD counts a defused bomb as one
    "own_blast": (STRATEGIC, "Disrupted weapons use", "Bombing/Explosion"),  # went off on the man laying it
    "destruction": (STRATEGIC, "Looting/property destruction", "Facility/Infrastructure Attack"),
    "arrest": (STRATEGIC, "Arrests", None),
    "movement": (STRATEGIC, "Change to group/activity", None),
    "policy": (STRATEGIC, "Change to group/activity", None),  # personnel reinstated, a mission suspended, a curfew
    "strike_call": (STRATEGIC, "Other", None),  # a general strike announced
    "resignation": (STRATEGIC, "Other", None),  # an official resigned or was dismissed
    "office_raid": (STRATEGIC, "Change to group/activity", None),  # state forces raid a party's offices, no fight
    "mass_grave": (STRATEGIC, "Other", None),  # ACLED codes the discovery of a mass grave here
    "base": (STRATEGIC, "Headquarters or base established", None),
    "displacement": (STRATEGIC, "Other", None),
    "war_remnant": (STRATEGIC, "Other", None),  # an old landmine or shell that went off: no attack by anyone now
    "operation": (STRATEGIC, "Other", None),
    "territory_taken": (BATTLES, "Non-state actor overtakes territory", None),
    "territory_regained": (BATTLES, "Government regains territory", None),
    "peaceful_transfer": (STRATEGIC, "Non-violent transfer of territory", None),
    "agreement": (STRATEGIC, "Agreement", None),
}
