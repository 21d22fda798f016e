"""newsline.summarize stage."""
