"""RMI's published facility lists (Conformant, Active, cross-recognised smelters and refiners):
imported from the file the user downloaded, matched against a declaration's Smelter List."""

from forms.facilities.model import (
    Facility,
    FacilityList,
    FacilityListError,
    FacilityState,
)

__all__ = ["Facility", "FacilityList", "FacilityListError", "FacilityState"]
