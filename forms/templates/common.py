"""Pieces every RMI template shares: option strings, the company block and the list sheets."""

from __future__ import annotations

from datetime import date

from forms.templates.model import Column, CompanyField, ListSheet

YES_NO = ("Yes", "No")
YES_NO_UNKNOWN = ("Yes", "No", "Unknown")
SURVEY_PERCENT = (
    "100%",
    "Greater than 90%",
    "Greater than 75%",
    "Greater than 50%",
    "50% or less",
    "None",
)
SCOPE_OPTIONS = (
    "A. Company",
    "B. Product (or List of Products)",
    "C. User defined [Specify in 'Description of scope']",
)
SCOPE_COMPANY, SCOPE_PRODUCT, SCOPE_USER_DEFINED = SCOPE_OPTIONS

NOT_LISTED = "Smelter not listed"
NOT_YET_IDENTIFIED = "Smelter not yet identified"

# DV date bounds: "greaterThan 39082" (CMRT 6.31+) and "between 39082 and 46112".
DATE_AFTER_2006 = date(2007, 1, 1)
DATE_FROM_2006 = date(2006, 12, 31)
DATE_UNTIL_2026_03 = date(2026, 3, 31)

CMRT_LANGUAGES = (
    "English",
    "中文 Chinese",
    "日本語 Japanese",
    "한국어 Korean",
    "Français",
    "Português",
    "Deutsch",
    "Español",
    "Italiano",
    "Türkçe",
)


def company_fields(first_after_scope: int) -> tuple[CompanyField, ...]:
    """The company block: D8–D10, then twelve rows starting at `first_after_scope` (12 or 16)."""
    r = first_after_scope
    return (
        CompanyField("name", "D8", "Company Name (*):", required=True),
        CompanyField("scope", "D9", "Declaration Scope or Class (*):", "scope", required=True),
        CompanyField("scope_description", "D10", "Description of Scope:"),
        CompanyField("unique_id", f"D{r}", "Company Unique ID:"),
        CompanyField("unique_id_authority", f"D{r + 1}", "Company Unique ID Authority:"),
        CompanyField("address", f"D{r + 2}", "Address:"),
        CompanyField("contact_name", f"D{r + 3}", "Contact Name (*):", required=True),
        CompanyField("contact_email", f"D{r + 4}", "Email – Contact (*):", "email", required=True),
        CompanyField("contact_phone", f"D{r + 5}", "Phone – Contact (*):", "phone", required=True),
        CompanyField("authorizer_name", f"D{r + 6}", "Authorizer (*):", required=True),
        CompanyField("authorizer_title", f"D{r + 7}", "Title - Authorizer:"),
        CompanyField(
            "authorizer_email", f"D{r + 8}", "Email - Authorizer (*):", "email", required=True
        ),
        CompanyField("authorizer_phone", f"D{r + 9}", "Phone - Authorizer:", "phone"),
        CompanyField("effective_date", f"D{r + 10}", "Effective Date (*):", "date", required=True),
    )


def smelter_list(last_row: int, name_header: str = "Smelter Name (1)") -> ListSheet:
    """The Smelter List: header row 4, data from row 5, visible columns A–Q."""
    return ListSheet(
        sheet="Smelter List",
        header_row=4,
        first_row=5,
        last_row=last_row,
        columns=(
            Column("id_input", "A", "Smelter Identification Number Input Column"),
            Column("metal", "B", "Metal (*)", formula=True),
            Column("lookup_name", "C", "Smelter Look-up (*)", formula=True),
            Column("name", "D", name_header),
            Column("country", "E", "Smelter Country (*)", formula=True),
            Column("smelter_id", "F", "Smelter Identification", formula=True),
            Column("id_source", "G", "Source of Smelter Identification Number", formula=True),
            Column("street", "H", "Smelter Street", formula=True),
            Column("city", "I", "Smelter City", formula=True),
            Column("state", "J", "Smelter Facility Location: State / Province", formula=True),
            Column("contact_name", "K", "Smelter Contact Name"),
            Column("contact_email", "L", "Smelter Contact Email"),
            Column("next_steps", "M", "Proposed next steps"),
            Column("mine_names", "N", 'Name of Mine(s) or if recycled or scrap sourced, enter "recycled" or "scrap"'),
            Column("mine_countries", "O", 'Location (Country) of Mine(s) or if recycled or scrap sourced, enter "recycled" or "scrap"'),
            Column("recycled_scrap", "P", "Does 100% of the smelter’s feedstock originate from recycled or scrap sources?"),
            Column("comments", "Q", "Comments"),
        ),
    )  # fmt: skip


def product_list(
    last_row: int, number_header: str, name_header: str, requester: bool = False
) -> ListSheet:
    """The Product List: header row 5, data from row 6; requester columns in newer versions."""
    columns = [Column("number", "B", number_header), Column("name", "C", name_header)]
    if requester:
        columns += [
            Column("requester_number", "D", "Requester Product Number"),
            Column("requester_name", "E", "Requester Product Name"),
            Column("comments", "F", "Comments"),
        ]
    else:
        columns.append(Column("comments", "D", "Comments"))
    return ListSheet("Product List", 5, 6, last_row, tuple(columns))


def mine_list(last_row: int) -> ListSheet:
    """The EMRT 2.x Mine List: header row 4, data from row 5, columns A–M."""
    names = (
        ("metal", "Metal"),
        ("smelter_name", "Name of Smelter(s) sourcing from this Mine Facility"),
        ("mine_name", "Mine Facility (Site) Name"),
        ("mine_id", "Mine Identification (e.g. CID)"),
        ("id_source", "Source of Mine Facility Identification Number"),
        ("country", "Mine Facility Country"),
        ("street", "Mine Facility Street"),
        ("city", "Mine Facility City"),
        ("state", "Mine Facility Location: State / Province"),
        ("contact_name", "Mine Facility Contact Name"),
        ("contact_email", "Mine Facility Contact Email"),
        ("next_steps", "Proposed next steps"),
        ("comments", "Comments"),
    )
    cols = tuple(Column(key, chr(ord("A") + i), header) for i, (key, header) in enumerate(names))
    return ListSheet("Mine List", 4, 5, last_row, cols)
