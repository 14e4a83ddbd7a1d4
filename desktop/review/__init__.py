"""The review workflow in the app: status actions, review comments, the report, the e-mail."""
