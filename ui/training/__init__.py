"""Training courses and sessions, shared by the Alarms and the Crisis & exercises areas."""
