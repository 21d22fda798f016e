"""newsline.serve stage."""
