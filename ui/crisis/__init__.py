"""Crisis management and exercises: plans register, crisis organisation and contact list,
exercises with evaluation and lessons learned, training."""
