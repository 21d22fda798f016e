"""newsline.events stage."""
