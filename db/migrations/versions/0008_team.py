"""Team mode: team settings, and on PostgreSQL the server's own rules

Revision ID: 0008_team
Revises: 0007_facilities
Create Date: 2026-12-01 02:00:00

Both engines get `team_settings` (key → value; "allow_self_approval" is read by the approval
rule). On PostgreSQL only, three triggers keep the team's rules on the server, where no desk can
skip them:
- a history row gets the database login and the server's time (except when the schema's owner
  writes it: `mrtdesk store copy` keeps the original names and times);
- only a member of `mrtdesk_reviewer` approves, and not right after their own last edit unless
  `allow_self_approval` is "yes";
- every new or changed declaration is announced on the channel `mrtdesk` (LISTEN/NOTIFY) with
  its id, status and revision, so other desks refresh within a moment.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_team"
down_revision = "0007_facilities"
branch_labels = None
depends_on = None

_OWNER_WRITES = """
    SELECT pg_has_role(session_user, c.relowner, 'USAGE')
    FROM pg_class c WHERE c.oid = TG_RELID
"""

PG_FUNCTIONS = [
    f"""
CREATE OR REPLACE FUNCTION mrtdesk_stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT ({_OWNER_WRITES}) THEN
        NEW."user" := session_user;
        NEW.at := (now() AT TIME ZONE 'UTC');
    END IF;
    RETURN NEW;
END $$
""",
    f"""
CREATE OR REPLACE FUNCTION mrtdesk_check_approval() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_editor text;
BEGIN
    IF NEW.status = 'approved' AND OLD.status IS DISTINCT FROM 'approved'
       AND NOT ({_OWNER_WRITES}) THEN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mrtdesk_reviewer')
           OR NOT pg_has_role(session_user, 'mrtdesk_reviewer', 'MEMBER') THEN
            RAISE EXCEPTION 'only a reviewer may approve (% is not one)', session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT c."user" INTO last_editor FROM changes c
         WHERE c.declaration_id = NEW.id AND c.field NOT IN ('status', 'exported')
           AND c.field NOT LIKE 'review:%'
         ORDER BY c.id DESC LIMIT 1;
        IF last_editor = session_user AND COALESCE(
            (SELECT value FROM team_settings WHERE key = 'allow_self_approval'), 'no') <> 'yes'
        THEN
            RAISE EXCEPTION '% made the last edit and may not approve it too', session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END $$
""",
    """
CREATE OR REPLACE FUNCTION mrtdesk_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('mrtdesk', json_build_object(
        'id', NEW.id, 'status', NEW.status, 'revision', NEW.revision, 'event', lower(TG_OP),
        'by', session_user)::text);
    RETURN NULL;
END $$
""",
]

PG_TRIGGERS = [
    ("mrtdesk_stamp_change", "changes",
     "BEFORE INSERT ON changes FOR EACH ROW EXECUTE FUNCTION mrtdesk_stamp_change()"),
    ("mrtdesk_check_approval", "declarations",
     "BEFORE UPDATE OF status ON declarations FOR EACH ROW "
     "EXECUTE FUNCTION mrtdesk_check_approval()"),
    ("mrtdesk_notify", "declarations",
     "AFTER INSERT OR UPDATE ON declarations FOR EACH ROW EXECUTE FUNCTION mrtdesk_notify()"),
]


def upgrade() -> None:
    op.create_table(
        "team_settings",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    for body in PG_FUNCTIONS:
        op.execute(body)
    for name, table, spec in PG_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute(f"CREATE TRIGGER {name} {spec}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, table, _ in PG_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for name, _, _ in PG_TRIGGERS:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.drop_table("team_settings")
