"""newsline.clean stage."""
