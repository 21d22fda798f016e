"""newsline.render stage."""
