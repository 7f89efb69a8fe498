"""The resource library: readings, attached documents, referral contacts and the lending shelf."""
