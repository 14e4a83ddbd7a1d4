"""The supplier loop in the app: the supplier list, campaigns, intake and feedback."""
